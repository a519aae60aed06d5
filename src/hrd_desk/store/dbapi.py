"""SQLCipher connections: keyed with the raw vault key, validated, set up the same way every time.

The raw key (`x'..'`) skips SQLCipher's own PBKDF2: the passphrase has already been stretched by
Argon2id in the keyslot. `PRAGMA key` succeeds even with a wrong key, so a validating read follows
at once; SQLCipher's stderr logging is silenced so a damaged page never prints to the terminal.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3

from ..errors import DamagedVault, StorageFailure

DatabaseError = sqlcipher3.DatabaseError

# Enough that a full-text search or a list of 100,000 incidents does not decrypt the same pages
# again and again (negative = KiB). Allocated only as pages are read.
PAGE_CACHE_KIB = 128 * 1024

# Ids per statement when many records are read at once (SQLite allows 32,766 parameters).
IDS_PER_QUERY = 500
BUSY_TIMEOUT_S = 30.0
CLOSE_RETRY_S = 1.0  # a close retries a scrub another connection's read or write kept back

# The WAL is copied into the database file (a checkpoint, with its fsync) at the first commit
# that leaves it holding at least this many pages, when the writer is idle (`fold_wal`: the GUI's
# writer thread between jobs) and when a connection closes (lock, the end of a CLI command).
# 10,000 pages (40 MiB; SQLite's default is 1,000): an import of 1,000 edits (~2,500 pages)
# leaves the copy to the idle fold instead of paying it at its own commit. Session 11 put 1,000
# back because the WAL a purge truncated still held the purged record's old frames in the blocks
# it freed; since session 12 no WAL block is freed before it is overwritten (`scrub_wal`), so
# that reason is gone (tests/test_wal_scrub.py checks the purge at 10,000). A commit is durable
# in the WAL either way (synchronous FULL); every WAL page is encrypted like the database's.
# SQLite never shortens the WAL itself (journal_size_limit -1): `fold_wal` cuts a WAL grown past
# WAL_KEEP_BYTES back to it (a first exchange's import writes hundreds of MiB in one
# transaction), zeroing what it cuts.
WAL_FOLD_PAGES = 10_000
WAL_KEEP_BYTES = 64 * 2**20


class Connection(sqlcipher3.Connection):  # type: ignore[misc]  # sqlcipher3 has no types
    """A vault connection that knows whether a unit of work is open on it (see `transaction`).

    `on_begin`, `before_commit` and `on_end` hold the work a writer attached to this connection
    does at the edges of every outermost unit (RecordStore writes its full-text rows just before
    the commit and forgets them at the end).
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.unit_depth = 0
        self.on_begin: list[Callable[[], None]] = []
        self.before_commit: list[Callable[[], None]] = []
        self.on_end: list[Callable[[], None]] = []
        self.audit_head_key: bytes | None = None  # store/audit.py keeps its MAC key here
        # store/audit.py: the newest event (seq, hash) written in the open unit of work
        self.audit_tail: tuple[int, bytes] | None = None
        # store/audit.py: the audit head to anchor before the commit (at the newest event)
        self.anchor_later: Callable[[Connection], None] | None = None
        self.upkeep_touched: object | None = None  # store/upkeep.py: what an open batch wrote
        # store/meta.py: values set in the open unit of work, written just before it commits
        self.meta_later: dict[str, object] = {}
        self.keyed = False  # `connect` validated the key: the close may scrub the WAL
        # the thread that may use it (check_same_thread), in this process (not a fork's child)
        self.owner = (os.getpid(), threading.get_ident())

    def close(self) -> None:
        """Close, overwriting the WAL first (`scrub_wal`, without waiting): the last connection's
        close would otherwise have SQLite fold the WAL in and delete it, its frames left in free
        blocks under the vault key of that day (readable again with an old keyslot after a
        rekey). While another connection reads or writes it is tried again for up to
        CLOSE_RETRY_S, then skipped: the last connection to close finds none and does it. A unit
        of work still open (its COMMIT or ROLLBACK failed) is rolled back first, as the close
        would, and every statement still stepping (a cursor not read to its end) is reset:
        either would keep the scrub's checkpoint back and the last close free an unzeroed WAL."""
        self._close(CLOSE_RETRY_S)

    def _close(self, retry_s: float) -> None:
        if self.keyed:
            self.keyed = False
            with contextlib.suppress(DatabaseError):
                if not self.in_transaction:
                    self.execute("BEGIN")  # so that rollback() resets every cursor (sqlcipher3)
                self.rollback()
            with contextlib.suppress(DatabaseError, OSError):
                end = time.monotonic() + retry_s
                done = scrub_wal(self, wait=False)
                while not done and time.monotonic() < end:
                    time.sleep(0.05)  # two connections closing at once: each sees the other
                    done = scrub_wal(self, wait=False)
                if done:
                    _note_wiped(self, True)
        super().close()

    def __del__(self) -> None:
        """A connection dropped without close() (collected; sqlcipher3's own dealloc would close
        it without the scrub, and as the last one let SQLite unlink an unzeroed WAL) is closed
        as close() would, on its own thread; on another thread the dealloc's close is left as
        it was. Those still open at the interpreter's exit are closed by `_close_at_exit`
        before the modules go (one in a reference cycle would be collected after open() and
        the rest are gone). Tried once, never waited for (another connection still open
        closes last and scrubs then). Never raises."""
        if getattr(self, "keyed", False):
            # no module global (contextlib): at the interpreter's exit they may be gone
            try:  # noqa: SIM105
                self._close(0.0)
            except Exception:  # a finaliser must not raise
                pass


# Keyed connections not closed yet. At the interpreter's exit those still alive (or unreachable
# but not yet collected: in a reference cycle) are closed with their scrub before the modules
# are torn down: the final collection runs after builtins such as open() are gone, so their
# finaliser's scrub would fail and the dealloc's close let SQLite unlink an unzeroed WAL.
_open_connections: weakref.WeakSet[Connection] = weakref.WeakSet()


@atexit.register
def _close_at_exit() -> None:
    here = (os.getpid(), threading.get_ident())
    for _attempt in range(3):
        try:
            alive = list(_open_connections)
            break
        except RuntimeError:  # a daemon thread opened or dropped one meanwhile
            continue
    else:
        return
    for conn in alive:
        if conn.keyed and conn.owner == here:
            with contextlib.suppress(Exception):
                conn._close(0.0)


def connect(db_path: Path, key: bytes | bytearray, *, create: bool = False) -> Connection:
    """Open and key the vault database; DamagedVault if it is missing or cannot be decrypted."""
    if not create and not db_path.is_file():
        raise DamagedVault(f"the database file {db_path.name} is missing",
                           code="database-missing", values=(db_path.name,))
    if not create and db_path.stat().st_size == 0:
        # SQLite would take an empty file for a new database, and migrating would write into it
        raise DamagedVault(f"the database file {db_path.name} is empty", code="database-damaged")
    if create and not db_path.exists():
        # SQLite would create the file under the process umask; its -wal and -shm files take
        # the database file's mode, so a private file here keeps all three private.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        os.close(os.open(db_path, flags, 0o600))
    conn: Connection = sqlcipher3.connect(
        str(db_path), isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=True,
        factory=Connection,
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        pragma = f"PRAGMA key = \"x'{key.hex()}'\""
        conn.execute(pragma)
        del pragma
        # Off (SQLCipher's default since 4.5): with it on, SQLCipher mlocks, munlocks and wipes
        # every allocation SQLite makes, which made writes and searches several times slower,
        # while the same plaintext also lives in Python objects and Qt models no mlock covers.
        # What does protect memory is in docs/threat-model.md ("Memory").
        conn.execute("PRAGMA cipher_memory_security = OFF")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError:
            raise DamagedVault(
                "the database cannot be decrypted: its pages fail their check or it belongs to "
                "another keyslot", code="database-undecryptable") from None
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_FOLD_PAGES}")
        conn.execute("PRAGMA journal_size_limit = -1")  # SQLite would free unzeroed blocks
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        conn.keyed = True
        _open_connections.add(conn)
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One unit of work: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception.

    The one transaction idiom, and it nests: a unit opened inside another joins it, and only the
    outermost commits (or rolls back everything, inner units included). So a use case owns its
    transaction and still composes with a caller's (an import applying many records, a bulk load).
    """
    if conn.unit_depth:
        conn.unit_depth += 1
        try:
            yield conn
        finally:
            conn.unit_depth -= 1
        return
    conn.execute("BEGIN IMMEDIATE")
    conn.unit_depth = 1
    try:
        for hook in conn.on_begin:
            hook()
        yield conn
        for hook in conn.before_commit:
            hook()
        write_meta_later(conn)
    except BaseException:
        conn.unit_depth = 0
        try:
            conn.execute("ROLLBACK")
        finally:
            _end(conn)
        raise
    conn.unit_depth = 0
    try:
        conn.execute("COMMIT")
    finally:
        _end(conn)
    finish_pending_wipe(conn)


def _end(conn: Connection) -> None:
    conn.meta_later.clear()
    conn.audit_tail = None
    conn.anchor_later = None
    for hook in conn.on_end:
        hook()


META_UPSERT = ("INSERT INTO meta(key, value) VALUES (?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value")


def anchor_now(conn: Connection) -> None:
    """Run the audit head's anchoring the open unit of work left for later (store/audit.py)."""
    anchor = getattr(conn, "anchor_later", None)
    if anchor is not None:
        conn.anchor_later = None
        anchor(conn)


def write_meta_later(conn: Connection) -> None:
    """The meta values a unit of work set (store/meta.py), last before its commit: a batch
    advanced the clock and the audit head once per record, and wrote them each time. The audit
    head itself is computed here (its MAC and encoding), once, at the unit's newest event."""
    anchor_now(conn)
    if conn.meta_later:
        conn.executemany(META_UPSERT, list(conn.meta_later.items()))
        conn.meta_later.clear()


@contextlib.contextmanager
def page_cache(conn: Connection, kib: int) -> Iterator[None]:
    """SQLite's page cache at `kib` KiB for a while (a bundle streaming through), then back."""
    (before,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def roll_back_if_open(conn: Connection) -> None:
    """End a transaction an aborted unit left open (its ROLLBACK was itself interrupted)."""
    if conn.in_transaction:
        with contextlib.suppress(DatabaseError):
            conn.execute("ROLLBACK")


def refuse_writes(conn: Connection) -> None:
    """Make this connection read-only (`PRAGMA query_only`): a reader cannot write by mistake."""
    conn.execute("PRAGMA query_only = ON")


# Database files whose WAL still holds pages a purge or a forgotten key meant to remove: another
# connection was reading when the purge's scrub ran (it waited BUSY_TIMEOUT_S for it). The next
# commit, idle fold or close of any connection of this process to the file tries again, without
# waiting.
_wipe_pending: set[str] = set()
_wipe_lock = threading.Lock()


def checkpoint(conn: Connection) -> bool:
    """Fold the WAL into the database, overwrite it with zeros and cut it to nothing (after a
    purge: the old pages leave the WAL and the blocks it frees hold none of them).

    Waits for other connections' reads and writes (the busy timeout); False when one still holds
    an older snapshot, and then `finish_pending_wipe` completes it at that file's next commit,
    idle fold or close (also after an error writing the WAL file: the purge itself is committed)."""
    try:
        done = scrub_wal(conn, wait=True)
    except OSError:
        done = False
    _note_wiped(conn, done)
    return done


def _note_wiped(conn: Connection, done: bool) -> None:
    name = _main_file(conn)
    with _wipe_lock:
        if done:
            _wipe_pending.discard(name)
        else:
            _wipe_pending.add(name)


def fold_wal(conn: Connection) -> None:
    """Copy the WAL's committed pages into the database file now, waiting for no one (a PASSIVE
    checkpoint: another connection's read or write goes on, and what it still needs stays in
    the WAL for the next fold). For a writer with nothing to do (WAL_FOLD_PAGES). A WAL grown
    past WAL_KEEP_BYTES is then cut back to it, zeroed first (`scrub_wal`), if no one reads."""
    if not conn.in_transaction:
        finish_pending_wipe(conn)  # a purge's truncation a reader blocked: done now if it can
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        if wal_bytes(conn) > WAL_KEEP_BYTES:
            with contextlib.suppress(DatabaseError, OSError):
                scrub_wal(conn, wait=False, keep=WAL_KEEP_BYTES)


def finish_pending_wipe(conn: Connection) -> None:
    """Scrub the WAL now if an earlier purge's scrub of this file was blocked by a reader; never
    waits (a reader still busy leaves it pending). Cheap when nothing is pending."""
    if not _wipe_pending or conn.in_transaction or _main_file(conn) not in _wipe_pending:
        return
    # busy with a writer of its own, or the WAL could not be written: stays pending
    with contextlib.suppress(DatabaseError, OSError):
        _note_wiped(conn, scrub_wal(conn, wait=False))


def scrub_left_over(conn: Connection) -> None:
    """At unlock: a WAL no close scrubbed (the last session crashed or was killed, or another
    process has the vault open) is treated as a purge's pending scrub, and tried now. What a
    purge left pending in a session that then crashed is remembered nowhere (`_wipe_pending` is
    that process's memory): without this, its frames stayed in the WAL through this whole
    session's saves and idle folds, until its last close. Nothing to do after a clean close (no
    WAL); another process busy with the vault leaves it to the next save or idle fold."""
    _note_wiped(conn, False)
    finish_pending_wipe(conn)


def wipe_pending(conn: Connection) -> bool:
    """Whether this file's WAL still holds pages a blocked checkpoint meant to remove."""
    return _main_file(conn) in _wipe_pending


# -- overwriting the WAL before its blocks are freed ----------------------------------------------
#
# Grounded in SQLite's wal.c (3.53): a RESTART checkpoint copies every frame into the database
# file, fsyncs it and only then records nBackfill = mxFrame; it then waits until no reader holds
# a read mark other than 0. From then on a reader that starts sees nBackfill == mxFrame and takes
# read mark 0: it reads the database file only, never a WAL frame (walTryBeginRead); a checkpoint
# has nothing to copy, so it reads no frame either. The next writer, holding mark 0, restarts the
# log (walRestartLog: no reader on marks 1..N) and rewrites the WAL header with new salts before
# its first frame. So, holding the write lock (BEGIN IMMEDIATE) after a RESTART checkpoint, with
# the WAL header unchanged since before that checkpoint (no writer came between), every frame is
# in the fsynced database file and nobody reads or writes the WAL: it can be overwritten. Its
# header is zeroed and fsynced first, so a crash (or power loss) part-way leaves a WAL that
# recovery reads as empty rather than a prefix of old frames. SQLite's other truncations are
# avoided: no TRUNCATE checkpoint is run, journal_size_limit is -1, and the last close finds the
# WAL already empty when it deletes it. A connection that opens the shm read-only reads the WAL
# file directly (walBeginShmUnreliable): the app never opens a vault that way.

WAL_HEADER_BYTES = 32
_ZEROS = bytes(1024 * 1024)


def wal_bytes(conn: Connection) -> int:
    """The size of this connection's WAL file (0 when there is none)."""
    try:
        return os.stat(_wal_path(conn)).st_size
    except OSError:
        return 0


def scrub_wal(conn: Connection, *, wait: bool, keep: int = 0) -> bool:
    """Copy every frame of the WAL into the database file (fsynced), overwrite the WAL with zeros
    in place, fsync it, and cut it to `keep` bytes (0: nothing; else its header is zeroed and all
    past `keep`). True when done or nothing to do; False when another connection (of any
    process) was reading or writing, or wrote between the checkpoint and the write lock: then
    nothing was overwritten, for a later call. `wait`: wait for them (the busy timeout)."""
    if conn.in_transaction:
        return False
    wal = _wal_path(conn)
    for _attempt in range(3 if wait else 1):
        before = _wal_head(wal)
        if before is None or (keep and os.stat(wal).st_size <= keep):
            return True
        with _busy_timeout(conn, wait):
            busy, log, _copied = conn.execute("PRAGMA wal_checkpoint(RESTART)").fetchone()
            if busy:
                return False
            if log < 0:  # not in WAL mode: no WAL
                return True
            query_only = conn.execute("PRAGMA query_only").fetchone()[0]
            conn.execute("PRAGMA query_only = OFF")  # a read-only view takes the lock too
            try:
                conn.execute("BEGIN IMMEDIATE")
            except DatabaseError:  # another connection writes: not now
                return False
            finally:
                conn.execute(f"PRAGMA query_only = {int(query_only)}")
            try:
                if _wal_head(wal) == before and not _appended(wal, before, log):
                    _zero(wal, keep)
                    return True
            finally:
                conn.execute("ROLLBACK")
    return False


@contextlib.contextmanager
def _busy_timeout(conn: Connection, wait: bool) -> Iterator[None]:
    if wait:
        yield
        return
    (timeout,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")


def _wal_path(conn: Connection) -> str:
    return _main_file(conn) + "-wal"


def _wal_head(wal: str) -> bytes | None:
    """The WAL's header (its first 32 bytes), or None when the file is missing or empty."""
    try:
        with open(wal, "rb") as handle:
            return handle.read(WAL_HEADER_BYTES) or None
    except FileNotFoundError:
        return None


def _appended(wal: str, head: bytes, frames: int) -> bool:
    """Whether a commit of this WAL's generation follows the `frames` the checkpoint copied: a
    frame carrying the header's salts and a commit mark in the run of such frames after them (a
    commit appended without restarting the log, which wal.c does not do after a complete RESTART
    checkpoint): then the WAL is left alone. The frames a rolled-back transaction spilled carry
    the salts but no commit mark; no reader uses them and recovery ignores them: they are zeroed."""
    if len(head) < WAL_HEADER_BYTES:
        return False
    page = int.from_bytes(head[8:12], "big") or 65536
    frame = 24 + page
    with open(wal, "rb") as handle:
        offset = WAL_HEADER_BYTES + frames * frame
        while True:
            handle.seek(offset)
            header = handle.read(24)
            if len(header) < 24 or header[8:16] != head[16:24]:
                return False
            if header[4:8] != bytes(4):
                return True
            offset += frame


def _zero(wal: str, keep: int) -> None:
    """Zeros over the WAL's header (fsynced first) and then over everything from `keep` on
    (fsynced), then the cut to `keep` bytes. A file SQLite holds open may be opened again for
    writing: SQLite opens with FILE_SHARE_WRITE on Windows and takes no lock on the -wal file
    elsewhere (its locks are on the database and -shm files, which are never opened here:
    closing a second descriptor of a file drops a POSIX process's locks on it)."""
    fd = os.open(wal, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        _write_zeros(fd, 0, min(WAL_HEADER_BYTES, size))
        os.fsync(fd)
        _write_zeros(fd, max(keep, WAL_HEADER_BYTES), size)
        os.fsync(fd)
        cut_wal(fd, keep)
    finally:
        os.close(fd)


def _write_zeros(fd: int, start: int, end: int) -> None:
    os.lseek(fd, start, os.SEEK_SET)
    while start < end:
        start += os.write(fd, memoryview(_ZEROS)[:min(len(_ZEROS), end - start)])


def cut_wal(fd: int, size: int) -> None:
    """Cut the (zeroed) WAL file to `size` bytes: its blocks past it are freed (a test reads
    what they hold here)."""
    os.ftruncate(fd, size)


def _main_file(conn: Connection) -> str:
    for _seq, name, path in conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return str(path)
    return ""


def as_damage(exc: Exception) -> StorageFailure:
    """Describe a database error met after opening (a page failing its HMAC deep in the file)."""
    return StorageFailure(exc.__class__.__name__, str(exc))


@contextlib.contextmanager
def driver_errors_as_damage() -> Iterator[None]:
    """Let no driver exception out: each becomes a StorageFailure (errors.py) with its type."""
    try:
        yield
    except DatabaseError as exc:
        raise as_damage(exc) from None
