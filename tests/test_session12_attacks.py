"""Session 12 review: attacks on the WAL scrub (store/dbapi.py `scrub_wal`), the signature
thread (services/import_checks.py), the search index order and the worded refusals."""

from __future__ import annotations

import gc
import os
import random
import secrets
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from exchange_support import Office, offices, refused, unchanged
from hrd_desk.crypto.identity import Identity
from hrd_desk.errors import BundleRejected
from hrd_desk.history.versions import signature_verifies
from hrd_desk.history.wire import to_message
from hrd_desk.services import exchange, import_checks
from hrd_desk.services.casework import Casework
from hrd_desk.services.session import create_vault, open_session
from hrd_desk.store import dbapi, search_index
from hrd_desk.store.dbapi import connect, transaction
from hrd_desk.store.records import RecordStore
from test_exchange_hostile import origin, sealed, version
from test_wal_scrub import PASS, _key, assert_rows
from test_wal_scrub import _holding as _holds


def _rows(conn: Any, pages: int, tag: str) -> list[tuple[str]]:
    return [(f"{tag} {i} " + "w" * 3000,) for i in range(pages)]


# -- the WAL scrub ------------------------------------------------------------------------------


def _marked_wal(vault_dir: Path, rows: int = 100) -> tuple[dbapi.Connection, str]:
    """A vault whose WAL holds `rows` rows with a marker, through the connection returned."""
    create_vault(vault_dir, PASS)
    conn = connect(vault_dir / "vault.db", _key(vault_dir))
    marker = "q" + secrets.token_hex(12)
    with transaction(conn):
        conn.execute("CREATE TABLE scratch(body TEXT)")
        conn.executemany("INSERT INTO scratch VALUES (?)", _rows(conn, rows, marker))
    return conn, marker


def _keep_wal_blocks(vault_dir: Path) -> Path:
    """A hard link to the WAL: its blocks as the last close leaves them."""
    kept = vault_dir.parent / "old-wal-blocks"
    os.link(vault_dir / "vault.db-wal", kept)
    return kept


def _freed_unzeroed(vault_dir: Path, kept: Path, marker: str) -> bool:
    assert not (vault_dir / "vault.db-wal").exists()
    return _holds(kept.read_bytes(), _key(vault_dir), marker, vault_dir.parent / "probe")


def test_a_rolled_back_spill_does_not_stop_the_close_from_scrubbing_the_wal(
        vault_dir: Path) -> None:
    """A big import refused part-way (its pages spilled to the WAL past the 64 MiB streaming
    cache, then ROLLBACK): the WAL the last close frees must hold no frame of an earlier commit."""
    create_vault(vault_dir, PASS)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    marker = "q" + secrets.token_hex(12)
    conn = connect(db, key)
    with transaction(conn):
        conn.execute("CREATE TABLE scratch(body TEXT)")
    with transaction(conn):  # 3,000 frames holding the marker, folded in at the commit
        conn.executemany("INSERT INTO scratch VALUES (?)", _rows(conn, 3000, marker))
    conn.execute("PRAGMA cache_size = -400")  # the import's page cache, small enough to spill
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO scratch VALUES (?)", _rows(conn, 600, "refused"))
    conn.execute("ROLLBACK")  # the refused bundle: its spilled frames stay in the WAL
    with transaction(conn):  # a small edit after it
        conn.execute("INSERT INTO scratch VALUES ('later')")
    assert dbapi.checkpoint(conn)  # a purge's scrub: not left pending by the spill
    with transaction(conn):
        conn.execute("INSERT INTO scratch VALUES ('later again')")
    copy = vault_dir.parent / "power-cut"  # the files as a power cut leaves them (no shm)
    copy.mkdir()
    for name in ("vault.db", "vault.db-wal"):
        (copy / name).write_bytes((vault_dir / name).read_bytes())
    kept = _keep_wal_blocks(vault_dir)
    conn.close()  # the last close: our scrub, then SQLite's checkpoint and unlink
    assert not _freed_unzeroed(vault_dir, kept, marker)
    for where in (db, copy / "vault.db"):  # every commit, the refused rows in none
        check = connect(where, key)
        try:
            assert check.execute("SELECT count(*), sum(body LIKE 'refused%'), "
                                 "sum(body LIKE 'later%') FROM scratch").fetchone() == (3002, 0, 2)
        finally:
            check.close()


def test_a_connection_closed_inside_a_transaction_still_scrubs_the_wal(vault_dir: Path) -> None:
    """The last connection closed while a unit of work is open (an exception path, a lock in the
    middle of a write): SQLite rolls the work back and unlinks the WAL; the blocks it frees must
    hold no frame of an earlier commit."""
    conn, marker = _marked_wal(vault_dir, rows=200)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO scratch VALUES ('unfinished')")
    kept = _keep_wal_blocks(vault_dir)
    conn.close()
    assert not _freed_unzeroed(vault_dir, kept, marker)
    check = connect(vault_dir / "vault.db", _key(vault_dir))
    try:
        assert check.execute("SELECT count(*) FROM scratch").fetchone() == (200,)
    finally:
        check.close()


# -- the signature thread (services/import_checks.Signatures) -----------------------------------


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path, "A", "B") as made:
        yield made


def _signed(signer: Identity, count: int, bad: set[int], *, first: int = 1) -> list[Any]:
    """`count` new defenders from `signer`; those at `bad` carry another signature (every other
    check of theirs passes: the id covers the content, not the signature)."""
    made = []
    for at in range(count):
        one = version(signer, counter=first + at)
        if at in bad:
            one = replace(one, signature=bytes(64))
        made.append(to_message(one))
    return made


def _signature_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("signatures")]


@pytest.mark.parametrize("bad", [{0}, {31}, {32}, {150}, {255}, {256}, {299}, {0, 150, 299}])
def test_a_bad_signature_anywhere_refuses_the_whole_bundle_and_changes_nothing(
        world: dict[str, Office], tmp_path: Path, bad: set[int]) -> None:
    """300 versions (chunks of 32 to the thread, batches of 256): a zeroed signature first, at a
    chunk's or a batch's edge, in the middle or last refuses the bundle, every table and file
    byte unchanged (`refused`), and the thread is gone after."""
    a, b = world["A"], world["B"]
    bundle = sealed(tmp_path / "bad.bundle", a.identity, [b],
                    [origin(a.identity), *_signed(a.identity, 300, bad)])
    assert "signature does not verify" in refused(b, bundle, "payload failure").message
    assert not _signature_threads()


def test_a_relayed_version_with_a_bad_signature_refuses_the_bundle(
        world: dict[str, Office], tmp_path: Path) -> None:
    """A third office's versions relayed by A, its key named in the bundle: one of them signed
    wrongly refuses everything A sent with it."""
    a, b = world["A"], world["B"]
    third = Identity.generate()
    bundle = sealed(tmp_path / "relayed.bundle", a.identity, [b],
                    [origin(a.identity), *_signed(a.identity, 40, set()), origin(third),
                     *_signed(third, 40, {39})])
    assert "signature does not verify" in refused(b, bundle, "payload failure").message


def test_fifty_refused_imports_leave_no_signature_thread(
        world: dict[str, Office], tmp_path: Path) -> None:
    a, b = world["A"], world["B"]
    before = threading.active_count()
    for n in range(50):
        bundle = sealed(tmp_path / f"bad-{n}.bundle", a.identity, [b],
                        [origin(a.identity), *_signed(a.identity, 40, {n % 40})])
        with pytest.raises(BundleRejected):
            exchange.import_bundle(b.session, bundle)
    assert not _signature_threads()
    assert threading.active_count() == before


def test_an_error_on_the_signature_thread_fails_the_import_and_changes_nothing(
        world: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = world["A"], world["B"]
    calls: list[int] = []
    real = signature_verifies  # what import_checks calls

    def failing(*args: Any) -> bool:
        calls.append(1)
        if len(calls) == 70:
            raise RuntimeError("libsodium went away")
        return bool(real(*args))

    monkeypatch.setattr(import_checks, "signature_verifies", failing)
    bundle = sealed(tmp_path / "fine.bundle", a.identity, [b],
                    [origin(a.identity), *_signed(a.identity, 100, set())])
    with unchanged(b), pytest.raises(RuntimeError, match="went away"):
        exchange.import_bundle(b.session, bundle)
    assert not _signature_threads()
    monkeypatch.setattr(import_checks, "signature_verifies", real)
    assert sum(exchange.import_bundle(b.session, bundle).outcomes.values()) == 100


# -- the scrub with a second process that also opens, scrubs and checkpoints -------------------

_CLI = """
import sys, time, random
sys.path[:0] = {paths!r}
from pathlib import Path
from hrd_desk.store import dbapi
from hrd_desk.store import search_index
from hrd_desk.store.dbapi import connect, transaction
from hrd_desk.store.records import RecordStore
dbapi.WAL_KEEP_BYTES = 256 * 1024
zeroed = []
real_zero = dbapi._zero
dbapi._zero = lambda wal, keep: (zeroed.append(keep), real_zero(wal, keep))[1]
db, key = Path({db!r}), bytes.fromhex({key!r})
rng = random.Random({seed})
mine = 0
seen = 0
end = time.monotonic() + {seconds}
while time.monotonic() < end:
    conn = connect(db, key)  # a CLI command: open, read, write, close (its own scrub)
    conn.execute("BEGIN")  # a snapshot held across the other's scrubs and checkpoints
    first = conn.execute("SELECT count(*) FROM theirs").fetchone()[0]
    time.sleep(rng.uniform(0, 0.02))
    again = conn.execute("SELECT count(*) FROM theirs").fetchone()[0]
    assert first == again >= seen, (first, again, seen)
    assert conn.execute("SELECT count(*) FROM mine").fetchone()[0] == mine
    conn.execute("COMMIT")
    seen = first
    with transaction(conn):
        conn.executemany("INSERT INTO mine(body) VALUES (?)", [("m" * 3000,)] * rng.randint(1, 30))
    mine = conn.execute("SELECT count(*) FROM mine").fetchone()[0]
    choice = rng.random()
    if choice < 0.15:
        conn.execute("PRAGMA wal_checkpoint(RESTART)").fetchall()
    elif choice < 0.3:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    elif choice < 0.5:
        dbapi.checkpoint(conn)
    elif choice < 0.7:
        dbapi.fold_wal(conn)
    conn.close()
print("ok", mine, len(zeroed), sum(1 for k in zeroed if k), flush=True)
"""


def test_two_processes_opening_writing_scrubbing_and_checkpointing_lose_nothing(
        vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The GUI and a CLI command in a loop (or two CLIs): each opens, holds a snapshot across
    the other's scrubs, writes, checkpoints (RESTART, the purge's, the fold) and closes with its
    own scrub, with the fold's cut-back made small so it runs: no error, no lost or changed
    row, and the vault checks out after."""
    monkeypatch.setattr(dbapi, "WAL_KEEP_BYTES", 256 * 1024)
    zeroed: list[int] = []
    real_zero = dbapi._zero

    def zero(wal: str, keep: int) -> None:
        zeroed.append(keep)
        real_zero(wal, keep)

    monkeypatch.setattr(dbapi, "_zero", zero)
    create_vault(vault_dir, PASS)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    conn = connect(db, key)
    with transaction(conn):
        conn.execute("CREATE TABLE theirs(id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("CREATE TABLE mine(id INTEGER PRIMARY KEY, body TEXT)")
    conn.close()
    code = _CLI.format(paths=[str(Path(dbapi.__file__).parents[2])], db=str(db),
                       key=key.hex(), seconds=8, seed=3)
    other = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    written = 0
    rng = random.Random(5)
    try:
        end = time.monotonic() + 8
        while time.monotonic() < end:
            conn = connect(db, key)
            conn.execute("BEGIN")
            first = conn.execute("SELECT count(*) FROM theirs").fetchone()[0]
            assert first == written
            time.sleep(rng.uniform(0, 0.02))
            assert conn.execute("SELECT count(*) FROM theirs").fetchone()[0] == first
            conn.execute("COMMIT")
            with transaction(conn):
                count = rng.randint(1, 60)
                conn.executemany("INSERT INTO theirs(body) VALUES (?)",
                                 [("t" * 3000,)] * count)
            written += count
            if rng.random() < 0.5:
                dbapi.fold_wal(conn)
            conn.close()
    finally:
        out, err = other.communicate(timeout=120)
    assert other.returncode == 0, err
    _ok, mine_text, their_scrubs, their_cuts = out.split()
    mine = int(mine_text)
    print(len(zeroed), sum(1 for k in zeroed if k), their_scrubs, their_cuts)
    assert zeroed and int(their_scrubs)  # both processes scrubbed
    assert_rows(db, key, {"theirs": written, "mine": mine})


_PEEK = """
import sys
sys.path[:0] = {paths!r}
from pathlib import Path
from hrd_desk.store.dbapi import DatabaseError, connect
conn = connect(Path({db!r}), bytes.fromhex({key!r}))
rows = conn.execute("SELECT count(*), sum(length(body)) FROM scratch").fetchone()
ckpt = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
conn.execute("PRAGMA busy_timeout = 0")
try:
    conn.execute("BEGIN IMMEDIATE")
except DatabaseError:
    wrote = "busy"
else:
    wrote = "wrote"
    conn.execute("ROLLBACK")
check = conn.execute("PRAGMA quick_check").fetchone()[0]
conn.close()
print(rows[0], rows[1], ckpt[0], wrote, check, flush=True)
"""


def test_a_process_opening_while_the_wal_header_is_zeroed_reads_the_database_file(
        vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process opens in the middle of a scrub (the WAL's header zeroed and fsynced, its
    frames not yet, the shm still counting them): it reads every committed row from the
    database file, its checkpoint has nothing to copy, its write waits for the scrub's lock."""
    create_vault(vault_dir, PASS)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    conn = connect(db, key)
    with transaction(conn):
        conn.execute("CREATE TABLE scratch(body TEXT)")
    with transaction(conn):
        conn.executemany("INSERT INTO scratch VALUES (?)", _rows(conn, 500, "kept"))
    expected = conn.execute("SELECT count(*), sum(length(body)) FROM scratch").fetchone()
    seen: list[str] = []
    real = dbapi._write_zeros

    def peeking(fd: int, start: int, end: int) -> None:
        real(fd, start, end)
        if start == 0 and not seen:  # the header, zeroed: another process opens now
            assert not any(os.pread(fd, dbapi.WAL_HEADER_BYTES, 0))
            code = _PEEK.format(paths=[str(Path(dbapi.__file__).parents[2])], db=str(db),
                                key=key.hex())
            done = subprocess.run([sys.executable, "-c", code], capture_output=True,
                                  text=True, timeout=120)
            assert done.returncode == 0, done.stderr
            seen.append(done.stdout.strip())

    monkeypatch.setattr(dbapi, "_write_zeros", peeking)
    assert dbapi.checkpoint(conn)
    assert seen == [f"{expected[0]} {expected[1]} 0 busy ok"]
    with transaction(conn):
        conn.execute("INSERT INTO scratch VALUES ('after')")
    conn.close()
    check = connect(db, key)
    try:
        assert check.execute("SELECT count(*) FROM scratch").fetchone() == (expected[0] + 1,)
    finally:
        check.close()


# -- the search index in rowid order (store/records.py _write_index) -----------------------------


def _unordered_index(self: Any) -> None:  # the write as it was before session 12
    marks = search_index.marks_of(self.conn, list(self._index_later))
    for rowid, (kind, fields, held) in self._index_later.items():
        search_index.index_record(self.conn, rowid, kind, fields, held,
                                  marks.get(rowid, frozenset()))
    self._index_later.clear()
    self._index_bytes = 0


def _ranked_after_mixed_batch(directory: Path) -> list[list[int]]:
    """Edits, deletes and restores of 30 incidents in one unit of work, in shuffled rowid
    order, some records touched twice; then ranked results (by creation number) per word."""
    create_vault(directory, PASS)
    with open_session(directory, PASS) as session:
        work = Casework(session)
        defender = work.add("defender", {"name": "Amina"})
        made = [work.add("incident", {"defenders": [defender], "category": "digital",
                                      "occurred": "2024", "description": f"word{n} spyware"
                                      + " spyware" * (n % 4)}) for n in range(30)]
        for gone in made[20:25]:
            work.delete("incident", gone)
        order = list(range(30))
        random.Random(7).shuffle(order)
        with transaction(session.conn), session.store.batch():
            for n in order:
                if n % 5 == 0:
                    work.delete("incident", made[n])
                elif 20 <= n < 25:
                    work.restore("incident", made[n])
                else:
                    work.edit("incident", made[n],
                                {"description": f"edited{n} spyware" + " malware" * (n % 3)})
                if n % 7 == 0 and n % 5 == 0:  # deleted and restored in the batch
                    work.restore("incident", made[n])
                elif n % 7 == 0:  # edited twice in the batch
                    work.edit("incident", made[n], {"description": f"again{n} malware"})
        number = {record_id: n for n, record_id in enumerate(made)}
        ranked = []
        for word in ("spyware", "malware", "edited3", "word22", "again21", "again14", "word0",
                     "word20"):
            rows = session.conn.execute(
                "SELECT r.id FROM search_text AS s JOIN records AS r ON r.rowid = s.rowid "
                "WHERE search_text MATCH ? ORDER BY rank, r.rowid",
                (f'"{search_index.normalize(word)}"',)).fetchall()
            ranked.append([number[str(r[0])] for r in rows])
        return ranked


def test_the_index_in_rowid_order_ranks_a_mixed_batch_as_arrival_order_did(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    now = _ranked_after_mixed_batch(tmp_path / "ordered")
    monkeypatch.setattr(RecordStore, "_write_index", _unordered_index)
    before = _ranked_after_mixed_batch(tmp_path / "arrival")
    assert now == before
    assert all(now)  # every word found something


def test_a_commit_between_the_scrubs_checkpoint_and_its_lock_is_never_zeroed(
        vault_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Another connection commits right after the scrub's RESTART checkpoint, before its BEGIN
    IMMEDIATE (it restarts the log: the header changes): a scrub that does not wait leaves the
    WAL alone, and a copy of the files as a power cut would leave them (no shm: recovery from
    the WAL) holds the commit; a waiting scrub (the purge's) then copies it in and zeroes."""
    create_vault(vault_dir, PASS)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    conn, other = connect(db, key), connect(db, key)
    with transaction(conn):
        conn.execute("CREATE TABLE scratch(body TEXT)")
        conn.executemany("INSERT INTO scratch VALUES (?)", _rows(conn, 50, "first"))
    real = dbapi.Connection.execute
    injected: list[int] = []

    def execute(self: Any, sql: str, *args: Any) -> Any:
        result = real(self, sql, *args)
        if self is conn and sql == "PRAGMA wal_checkpoint(RESTART)" and len(injected) < 1:
            rows = result.fetchall()
            injected.append(1)
            with transaction(other):
                other.execute("INSERT INTO scratch VALUES ('between')")
            return _Rows(rows)
        return result

    monkeypatch.setattr(dbapi.Connection, "execute", execute)
    assert not dbapi.scrub_wal(conn, wait=False)
    assert injected
    copy = tmp_path / "power-cut"
    copy.mkdir()
    for name in ("vault.db", "vault.db-wal"):
        (copy / name).write_bytes((vault_dir / name).read_bytes())
    cut = connect(copy / "vault.db", key)
    try:
        assert cut.execute("SELECT count(*) FROM scratch WHERE body = 'between'").fetchone() \
            == (1,)
    finally:
        cut.close()
    assert dbapi.scrub_wal(conn, wait=True)
    assert not any((vault_dir / "vault.db-wal").read_bytes())
    other.close()
    conn.close()
    check = connect(db, key)
    try:
        assert check.execute("SELECT count(*) FROM scratch").fetchone() == (51,)
    finally:
        check.close()


class _Rows:
    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows

    def fetchone(self) -> Any:
        return self.rows[0]

    def fetchall(self) -> list[Any]:
        return self.rows


_FOLDING = """
import sys, time
sys.path[:0] = {paths!r}
from pathlib import Path
from hrd_desk.store import dbapi
from hrd_desk.store.dbapi import connect, transaction
dbapi.WAL_KEEP_BYTES = 1024 * 1024
real = dbapi._write_zeros
def slow(fd, start, end):
    while start < end:
        real(fd, start, min(end, start + 65536))
        start += 65536
        time.sleep(0.002)
dbapi._write_zeros = slow
real_zero = dbapi._zero
def zero(wal, keep):
    print("scrubbing", keep, flush=True)
    real_zero(wal, keep)
dbapi._zero = zero
conn = connect(Path({db!r}), bytes.fromhex({key!r}))
conn.execute("PRAGMA wal_autocheckpoint = 0")  # the WAL grows; only the fold folds it
for batch in range(1000):
    with transaction(conn):
        conn.execute("CREATE TABLE IF NOT EXISTS scratch(body TEXT)")
        conn.executemany("INSERT INTO scratch VALUES (?)", [("w" * 3000,)] * 400)
    print("committed", flush=True)
    if batch % 2:
        dbapi.fold_wal(conn)
"""


def test_a_kill_9_during_the_folds_cut_back_reopens_with_every_commit(vault_dir: Path) -> None:
    """The idle fold's cut-back (header zeroed, then everything past WAL_KEEP_BYTES, the frames
    between left as they are) killed at random moments: every reopen has every commit."""
    create_vault(vault_dir, PASS)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    code = _FOLDING.format(paths=[str(Path(dbapi.__file__).parents[2])], db=str(db),
                           key=key.hex())
    committed = 0
    rng = random.Random(21)
    for _round in range(5):
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        assert child.stdout is not None
        printed = 0
        for line in child.stdout:
            if line.startswith("committed"):
                printed += 1
            elif line.startswith("scrubbing 1048576") and printed >= 3:
                time.sleep(rng.uniform(0, 0.03))
                os.kill(child.pid, signal.SIGKILL)
                break
        child.wait(timeout=60)
        printed += sum(1 for line in child.stdout if line.startswith("committed"))
        assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
        with open(db.with_name("vault.db-wal"), "rb") as wal:  # killed inside the cut-back
            assert not any(wal.read(dbapi.WAL_HEADER_BYTES))
            assert any(wal.read(dbapi.WAL_KEEP_BYTES))  # the old frames it keeps
        check = connect(db, key)
        try:
            (rows,) = check.execute("SELECT count(*) FROM scratch").fetchone()
            assert check.execute("PRAGMA quick_check").fetchone() == ("ok",)
        finally:
            check.close()
        assert (committed + printed) * 400 <= rows <= (committed + printed + 1) * 400
        committed = rows // 400


def test_a_connection_dropped_without_close_still_scrubs_the_wal(vault_dir: Path) -> None:
    conn, marker = _marked_wal(vault_dir)
    kept = _keep_wal_blocks(vault_dir)
    del conn
    gc.collect()
    assert not _freed_unzeroed(vault_dir, kept, marker)


def test_a_read_only_view_scrubs_and_still_refuses_writes_after(vault_dir: Path) -> None:
    """The GUI's read-only view (query_only) takes the write lock for its scrub: it scrubs, and
    it refuses writes again afterwards, whether the scrub ran or another writer stopped it."""
    create_vault(vault_dir, PASS)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    writer, view = connect(db, key), connect(db, key)
    dbapi.refuse_writes(view)
    with transaction(writer):
        writer.execute("CREATE TABLE scratch(body TEXT)")
        writer.executemany("INSERT INTO scratch VALUES (?)", _rows(writer, 200, "w"))
    writer.execute("BEGIN IMMEDIATE")  # another writer: the view's scrub cannot run
    assert not dbapi.scrub_wal(view, wait=False)
    writer.execute("ROLLBACK")
    assert dbapi.scrub_wal(view, wait=False)
    assert not any(db.with_name("vault.db-wal").read_bytes())
    with pytest.raises(dbapi.DatabaseError, match=r"readonly|read-only|query_only"):
        view.execute("INSERT INTO scratch VALUES ('no')")
    writer.close()
    view.close()


def test_a_connection_closed_with_an_unfinished_cursor_still_scrubs_the_wal(
        vault_dir: Path) -> None:
    conn, marker = _marked_wal(vault_dir)
    rows = conn.execute("SELECT body FROM scratch")
    assert rows.fetchone() is not None  # an export interrupted after its first row, say
    kept = _keep_wal_blocks(vault_dir)
    conn.close()
    assert not _freed_unzeroed(vault_dir, kept, marker)
