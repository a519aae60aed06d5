"""Session 13 review: attacks on the dropped connection's scrub (store/dbapi.py
`Connection.__del__`, the exit's close), the WAL left to the idle fold (WAL_FOLD_PAGES 10,000)
and the system's reasons given as errno names."""

from __future__ import annotations

import gc
import os
import secrets
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

from hrd_desk.services.session import create_vault
from hrd_desk.store import dbapi
from hrd_desk.store.dbapi import connect, transaction
from hrd_desk.store.vault import Vault
from test_session12_attacks import (
    PASS,
    _freed_unzeroed,
    _keep_wal_blocks,
    _key,
    _marked_wal,
    _rows,
)

SRC = Path(__file__).resolve().parents[1] / "src"


# -- a connection dropped without close() -----------------------------------------------------

_AT_EXIT = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from hrd_desk.store.dbapi import connect, transaction

    db, key, marker, how = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), sys.argv[3], sys.argv[4]
    conn = connect(db, key)
    with transaction(conn):
        conn.execute("CREATE TABLE scratch(body TEXT)")
        conn.executemany("INSERT INTO scratch VALUES (?)",
                         [(f"{marker} {i} " + "w" * 3000,) for i in range(100)])
    os.link(str(db) + "-wal", db.parent.parent / "old-wal-blocks")

    class Desk:  # a face's object graph: the desk and what it made hold each other
        pass

    if how == "cycle":
        desk = Desk()
        desk.self, desk.conn = desk, conn
        del conn
    elif how == "global":
        KEPT = conn
    """)


@pytest.mark.parametrize("how", ["cycle", "global"])
def test_a_connection_still_open_at_the_interpreters_exit_scrubs_the_wal(
        vault_dir: Path, how: str) -> None:
    """A process that ends with a keyed connection still open (the GUI's objects hold each
    other in cycles): the last close at exit must not let SQLite unlink an unzeroed WAL. In a
    cycle the connection was collected after builtins were gone (open() a NameError in the
    finaliser's scrub, swallowed) and the dealloc's plain close freed every frame."""
    create_vault(vault_dir, PASS)
    marker = "q" + secrets.token_hex(12)
    done = subprocess.run(
        [sys.executable, "-c", _AT_EXIT, str(vault_dir / "vault.db"), _key(vault_dir).hex(),
         marker, how],
        env={**os.environ, "PYTHONPATH": str(SRC)}, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    kept = vault_dir.parent / "old-wal-blocks"
    assert not _freed_unzeroed(vault_dir, kept, marker)


@pytest.mark.xfail(strict=True, reason="a connection collected on a thread other than its own "
                   "cannot run SQL there (check_same_thread): the dealloc's plain close lets "
                   "SQLite unlink the WAL unzeroed. No app path is known to drop one so.")
def test_a_connection_dropped_on_another_thread_still_scrubs_the_wal(vault_dir: Path) -> None:
    made: list[dbapi.Connection] = []
    marker: list[str] = []

    def open_elsewhere() -> None:  # a pool thread (ui/tasks.py) opening a vault connection
        conn, mark = _marked_wal(vault_dir)
        made.append(conn)
        marker.append(mark)

    worker = threading.Thread(target=open_elsewhere)
    worker.start()
    worker.join()
    kept = _keep_wal_blocks(vault_dir)
    made.clear()  # its last reference goes on this thread (an exception's traceback, say)
    gc.collect()
    assert not _freed_unzeroed(vault_dir, kept, marker[0])


def test_a_connection_collected_inside_another_ones_transaction_leaves_it_whole(
        vault_dir: Path) -> None:
    """The finaliser runs where the collector does: here inside another connection's unit of
    work on the same thread. Its scrub must not end that unit, nor zero the WAL under it; the
    unit commits and the last close scrubs."""
    writer, marker = _marked_wal(vault_dir)
    kept = _keep_wal_blocks(vault_dir)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    with transaction(writer):
        writer.executemany("INSERT INTO scratch VALUES (?)", _rows(writer, 50, "inside"))
        dropped = connect(db, key)
        dropped.execute("SELECT count(*) FROM scratch").fetchone()
        del dropped
        gc.collect()
        assert writer.in_transaction
        writer.execute("INSERT INTO scratch VALUES ('after the drop')")
    assert writer.execute("SELECT count(*) FROM scratch").fetchone() == (151,)
    writer.close()
    assert not _freed_unzeroed(vault_dir, kept, marker)
    check = connect(db, key)
    try:
        assert check.execute("SELECT count(*) FROM scratch").fetchone() == (151,)
    finally:
        check.close()


def test_a_connection_closed_twice_or_never_keyed_is_quiet(vault_dir: Path) -> None:
    conn, marker = _marked_wal(vault_dir)
    kept = _keep_wal_blocks(vault_dir)
    conn.close()
    conn.close()
    del conn
    gc.collect()
    assert not _freed_unzeroed(vault_dir, kept, marker)
    with pytest.raises(Exception, match="decrypted"):  # DamagedVault: a wrong key, never keyed
        connect(vault_dir / "vault.db", bytes(32))


# -- a purge a reader kept back, with the WAL left to the idle fold ------------------------------


def _purged_behind_a_reader(vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                            held: list[Any]) -> tuple[dbapi.Connection, dbapi.Connection, str]:
    """A writer and a read-only view (the GUI's two connections); the view holds a snapshot
    (a cursor not read to its end) while the writer deletes the marked rows and runs the
    purge's checkpoint, which is left pending. Several commits of history in the WAL, below
    WAL_FOLD_PAGES: nothing folded it at a commit."""
    monkeypatch.setattr(dbapi, "BUSY_TIMEOUT_S", 0.2)  # the purge's wait, short
    writer, marker = _marked_wal(vault_dir, rows=300)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    for round_ in range(5):
        with transaction(writer):
            writer.executemany("INSERT INTO scratch VALUES (?)", _rows(writer, 200, f"r{round_}"))
    view = connect(db, key)
    dbapi.refuse_writes(view)
    rows = view.execute("SELECT body FROM scratch")
    assert rows.fetchone() is not None  # the view's snapshot, still holding the marked pages
    with transaction(writer):
        writer.execute("DELETE FROM scratch WHERE body LIKE ?", (marker + "%",))
    assert not dbapi.checkpoint(writer)  # kept back by the view: pending
    assert dbapi.wipe_pending(writer)
    held.append(rows)
    return writer, view, marker


def _wal_holds(directory: Path, marker: str) -> bool:
    wal = directory / "vault.db-wal"
    return wal.exists() and _holds_frames(wal.read_bytes(), directory, marker)


def _holds_frames(data: bytes, directory: Path, marker: str) -> bool:
    from test_session12_attacks import _holds

    return _holds(data, _key(directory), marker, directory.parent / "probe")


def test_a_purge_kept_back_by_the_view_is_scrubbed_at_the_idle_fold_once_it_lets_go(
        vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    held: list[Any] = []
    writer, view, marker = _purged_behind_a_reader(vault_dir, monkeypatch, held)
    assert _wal_holds(vault_dir, marker)
    dbapi.fold_wal(writer)  # the idle fold while the view still reads: nothing freed unzeroed
    assert dbapi.wipe_pending(writer)
    held.pop().fetchall()  # the view's model read its cursor to the end
    dbapi.fold_wal(writer)  # the next idle fold finishes the purge's scrub
    assert not dbapi.wipe_pending(writer)
    assert not _wal_holds(vault_dir, marker)
    view.close()
    writer.close()


def test_after_a_crash_with_a_purge_pending_the_next_session_scrubs_the_wal_early(
        vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writer, view, marker = _purged_behind_a_reader(vault_dir, monkeypatch, [])
    crashed = vault_dir.parent / "after-the-crash"  # the files as a kill -9 leaves them
    crashed.mkdir()
    for name in ("keyslots", "vault.db", "vault.db-wal"):
        (crashed / name).write_bytes((vault_dir / name).read_bytes())
    assert _wal_holds(crashed, marker)
    # the next unlock (a new process; the scrub's pending mark was that process's memory)
    dbapi._wipe_pending.clear()
    _vault, again = Vault.open(crashed, PASS)
    try:
        assert not _wal_holds(crashed, marker)  # scrubbed at the unlock (store/vault.py)
        with transaction(again):  # a save, and the writer's idle fold after it
            again.execute("INSERT INTO scratch VALUES ('a save after the crash')")
        dbapi.fold_wal(again)
        assert not _wal_holds(crashed, marker)
        assert again.execute("SELECT count(*) FROM scratch WHERE body LIKE ?",
                             (marker + "%",)).fetchone() == (0,)
    finally:
        again.close()
        view.close()
        writer.close()
