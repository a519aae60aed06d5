"""No WAL block is freed before it is overwritten (store/dbapi.py `scrub_wal`).

What a freed block holds is read where it is freed: SQLite's own unlink at the last close is
seen through a hard link to the WAL's inode (the blocks stay with it), a truncation through the
bytes the file holds just before it (`cut_wal` for ours; for SQLite's TRUNCATE checkpoint, the
bytes just before the purge's checkpoint, which copies frames out and changes nothing in the WAL
before it truncates). The frames are decrypted under the vault key independently of SQLCipher.
Then the safety of it: another process reading and writing throughout the scrubs sees no error
and loses nothing, and a kill -9 in the middle of a scrub reopens with every commit.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import hrd_desk
from hrd_desk.services import casework
from hrd_desk.services.casework import Casework
from hrd_desk.services.emergency import rekey
from hrd_desk.services.session import create_vault, open_session
from hrd_desk.store import dbapi
from hrd_desk.store.dbapi import connect, transaction
from hrd_desk.store.vault import Vault
from vault_support import decrypted_pages, found_in

pytest.importorskip("cryptography")  # the WAL's frames are decrypted independently

PASS = "correct horse battery staple"
SRC = str(Path(hrd_desk.__path__[0]).parent)


def _key(directory: Path) -> bytes:
    from hrd_desk.crypto import keyslot

    return keyslot.unlock(Vault.read_keyslots(directory), PASS)


def _fill(conn: Any, pages: int, tag: str) -> None:
    with transaction(conn):
        conn.execute("CREATE TABLE IF NOT EXISTS scratch(body TEXT)")
        conn.executemany("INSERT INTO scratch VALUES (?)",
                         [(f"{tag} {i} " + "w" * 3000,) for i in range(pages)])


def _holding(wal_bytes: bytes, key: bytes, marker: str, where: Path) -> bool:
    """Whether a WAL of these bytes holds a frame that decrypts to text with `marker`."""
    where.mkdir(exist_ok=True)
    (where / "vault.db").write_bytes(b"")
    (where / "vault.db-wal").write_bytes(wal_bytes)
    try:
        return any(found_in(page, marker) for _, page in decrypted_pages(where, key))
    finally:
        for name in ("vault.db", "vault.db-wal"):
            (where / name).unlink()


@pytest.fixture
def cut(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The bytes of the WAL at each of our cuts (what the blocks it frees hold)."""
    seen: list[bytes] = []
    real = getattr(dbapi, "cut_wal", None)

    def cutting(fd: int, size: int) -> None:
        length = os.fstat(fd).st_size
        seen.append(os.pread(fd, length, 0) if length else b"")
        assert real is not None
        real(fd, size)

    monkeypatch.setattr(dbapi, "cut_wal", cutting, raising=False)
    return seen


def test_the_last_close_frees_no_frame_of_the_wal_it_deletes(
        vault_dir: Path, cut: list[bytes]) -> None:
    """Lock (the last close) with 2,000 unfolded pages and a record in the WAL: the blocks the
    close frees (SQLite's unlink, seen through a hard link; our cut) hold zeros only, so a rekey
    later leaves no frame under the retired key (the review's finding in session 11)."""
    create_vault(vault_dir, PASS)
    old_key = _key(vault_dir)
    marker = "q" + secrets.token_hex(12)
    kept = vault_dir.parent / "old-wal-blocks"
    with open_session(vault_dir, PASS) as session:
        Casework(session).add("defender", {"name": f"Old {marker}"})
        _fill(session.conn, 2000, "unfolded")
        os.link(vault_dir / "vault.db-wal", kept)
        assert _holding(kept.read_bytes(), old_key, marker, vault_dir.parent / "probe")
    assert not (vault_dir / "vault.db-wal").exists()
    rekey(vault_dir, PASS)
    assert not _holding(kept.read_bytes(), old_key, marker, vault_dir.parent / "probe")
    assert any(len(blocks) > 2000 * 4096 for blocks in cut)  # the whole WAL, cut at the close
    assert all(not any(block) for block in cut)


def test_the_purge_frees_only_zeroed_wal_blocks_even_with_frames_older_than_the_fold(
        vault_dir: Path, monkeypatch: pytest.MonkeyPatch, cut: list[bytes]) -> None:
    """The session 11 review's purge test with the fold threshold raised to 10,000 pages (so no
    later frame overwrote the record's in place): the purge's truncation frees only zeros."""
    monkeypatch.setattr(dbapi, "WAL_FOLD_PAGES", 10_000)
    create_vault(vault_dir, PASS)
    key = _key(vault_dir)
    marker = "q" + secrets.token_hex(12)
    probe = vault_dir.parent / "probe"
    before: list[bytes] = []
    real = casework.checkpoint

    def looking(conn: Any) -> bool:
        before.append((vault_dir / "vault.db-wal").read_bytes())
        cut.clear()
        return real(conn)

    monkeypatch.setattr(casework, "checkpoint", looking)
    with open_session(vault_dir, PASS) as session:
        work = Casework(session)
        defender = work.add("defender", {"name": f"Gone {marker}"})
        work.delete("defender", defender)
        for n in range(40):
            _fill(session.conn, 60, f"edit {n}")
        work.purge(defender)
        wal = vault_dir / "vault.db-wal"
        assert not wal.exists() or wal.stat().st_size == 0
        assert _holding(before[0], key, marker, probe)  # the frames were there before it
        # what the truncation freed: our cut's bytes, or (SQLite's TRUNCATE) the WAL before it
        freed = cut or before
        assert not any(_holding(blocks, key, marker, probe) for blocks in freed)
        assert all(not any(blocks) for blocks in freed)


def test_a_fold_cuts_a_long_wal_back_freeing_only_zeros(
        vault_dir: Path, cut: list[bytes]) -> None:
    """journal_size_limit cut a long WAL back after a reset without overwriting what it cut:
    the fold now zeroes the header and everything past WAL_KEEP_BYTES before cutting there."""
    create_vault(vault_dir, PASS)
    wal = vault_dir / "vault.db-wal"
    with open_session(vault_dir, PASS) as session:
        _fill(session.conn, dbapi.WAL_KEEP_BYTES // 4096 + 2000, "big")
        assert wal.stat().st_size > dbapi.WAL_KEEP_BYTES
        dbapi.fold_wal(session.conn)
        assert wal.stat().st_size <= dbapi.WAL_KEEP_BYTES
        _fill(session.conn, 1, "small")
        _fill(session.conn, 3000, "again")  # the log restarts over the kept part
        count = session.conn.execute("SELECT count(*) FROM scratch").fetchone()[0]
    assert cut and not any(cut[0][:32]) and not any(cut[0][dbapi.WAL_KEEP_BYTES:])
    with open_session(vault_dir, PASS) as session:
        assert session.conn.execute("SELECT count(*) FROM scratch").fetchone() == (count,)
        assert session.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


# -- safety: another process, and kill -9 -----------------------------------------------------


_OTHER = """
import sys, time
sys.path[:0] = {paths!r}
from pathlib import Path
from hrd_desk.store.dbapi import connect, transaction
conn = connect(Path({db!r}), bytes.fromhex({key!r}))
mine = 0
theirs = 0
end = time.monotonic() + {seconds}
while time.monotonic() < end:
    with transaction(conn):
        conn.execute("INSERT INTO other_rows(body) VALUES (?)", ("x" * 2000,))
    mine += 1
    conn.execute("BEGIN")
    got = conn.execute("SELECT count(*) FROM other_rows").fetchone()[0]
    now = conn.execute("SELECT count(*) FROM scratch").fetchone()[0]
    short = conn.execute("SELECT count(*) FROM scratch WHERE length(body) < 3000").fetchone()[0]
    conn.execute("COMMIT")
    assert got == mine, (got, mine)
    assert now >= theirs, (now, theirs)
    assert short == 0, short
    theirs = now
conn.close()
print("ok", mine, flush=True)
"""


def test_another_process_reading_and_writing_through_the_scrubs_sees_no_error_and_loses_nothing(
        vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A CLI command while the GUI is open: the other process commits and reads in a loop while
    this one writes, purges (scrub, waiting), folds and opens and closes connections (scrub
    without waiting). Some scrubs run, some are skipped; none breaks the other's reads or loses
    a commit of either."""
    scrubbed: list[int] = []
    real = getattr(dbapi, "cut_wal", os.ftruncate)

    def counting(fd: int, size: int) -> None:
        scrubbed.append(size)
        real(fd, size)

    monkeypatch.setattr(dbapi, "cut_wal", counting, raising=False)
    create_vault(vault_dir, PASS)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    conn = connect(db, key)
    with transaction(conn):
        conn.execute("CREATE TABLE other_rows(id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("CREATE TABLE scratch(body TEXT)")
    code = _OTHER.format(paths=[SRC], db=str(db), key=key.hex(), seconds=8)
    other = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    written = 0
    try:
        end = time.monotonic() + 8
        while time.monotonic() < end:
            _fill(conn, 40, "mine")
            written += 40
            dbapi.checkpoint(conn)
            again = connect(db, key)
            _fill(again, 5, "again")
            written += 5
            again.close()
            dbapi.fold_wal(conn)
    finally:
        out, err = other.communicate(timeout=120)
    conn.close()
    assert other.returncode == 0, err
    assert out.startswith("ok ")
    assert scrubbed  # the scrubs ran while the other process worked
    theirs = int(out.split()[1])
    assert_rows(db, key, {"scratch": written, "other_rows": theirs})


def assert_rows(db: Path, key: bytes, counts: dict[str, int]) -> None:
    """The vault database at `db` holds these rows (a count per table) and is intact."""
    check = connect(db, key)
    try:
        for table, count in counts.items():
            assert check.execute(f"SELECT count(*) FROM {table}").fetchone() == (count,)
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        check.close()


_KILLED = """
import os, sys, time
sys.path[:0] = {paths!r}
from pathlib import Path
from hrd_desk.store import dbapi
from hrd_desk.store.dbapi import connect, transaction

real = dbapi._write_zeros
def slow(fd, start, end):  # a scrub long enough to be killed in
    step = 128 * 1024
    while start < end:
        real(fd, start, min(end, start + step))
        start += step
        time.sleep(0.005)
dbapi._write_zeros = slow
real_zero = dbapi._zero
def zero(wal, keep):
    print("scrubbing", flush=True)
    real_zero(wal, keep)
dbapi._zero = zero

conn = connect(Path({db!r}), bytes.fromhex({key!r}))
for batch in range(1000):
    with transaction(conn):
        conn.execute("CREATE TABLE IF NOT EXISTS scratch(body TEXT)")
        conn.executemany("INSERT INTO scratch VALUES (?)", [("w" * 3000,)] * 400)
    print("committed", flush=True)
    dbapi.checkpoint(conn)
"""


def test_a_kill_9_during_the_scrub_reopens_with_every_commit(vault_dir: Path) -> None:
    """Killed at a random moment of the scrub (the header zeroed or not, part of the frames,
    before or after the cut), again and again: every reopen has every commit it printed."""
    create_vault(vault_dir, PASS)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    code = _KILLED.format(paths=[SRC], db=str(db), key=key.hex())
    committed = 0
    rng = random.Random(12)
    for _round in range(6):
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        assert child.stdout is not None
        lines = _lines(child.stdout)
        for line in lines:
            if line == "committed":
                committed += 1
            elif line == "scrubbing":
                time.sleep(rng.uniform(0, 0.08))
                os.kill(child.pid, signal.SIGKILL)
                break
        child.wait(timeout=60)
        for line in lines:  # what it printed before it died
            committed += line == "committed"
        assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
        with open_session(vault_dir, PASS) as session:
            (rows,) = session.conn.execute("SELECT count(*) FROM scratch").fetchone()
            assert session.conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        # every commit it printed, and at most the one it made before the kill let it print
        assert committed * 400 <= rows <= (committed + 1) * 400 and rows % 400 == 0
        committed = rows // 400


def _lines(stream: Any) -> Iterator[str]:
    for line in stream:
        yield line.strip()
