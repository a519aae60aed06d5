"""Session 12 review: attacks on the WAL scrub (store/dbapi.py `scrub_wal`), the signature
thread (services/import_checks.py), the search index order and the worded refusals."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from hrd_desk.services.session import create_vault
from hrd_desk.store import dbapi
from hrd_desk.store.dbapi import connect, transaction
from hrd_desk.store.vault import Vault
from vault_support import decrypted_pages, found_in

PASS = "correct horse battery staple"


def _key(directory: Path) -> bytes:
    from hrd_desk.crypto import keyslot

    return keyslot.unlock(Vault.read_keyslots(directory), PASS)


def _rows(conn: Any, pages: int, tag: str) -> list[tuple[str]]:
    return [(f"{tag} {i} " + "w" * 3000,) for i in range(pages)]


def _holds(wal_bytes: bytes, key: bytes, marker: str, where: Path) -> bool:
    where.mkdir(exist_ok=True)
    (where / "vault.db").write_bytes(b"")
    (where / "vault.db-wal").write_bytes(wal_bytes)
    try:
        return any(found_in(page, marker) for _, page in decrypted_pages(where, key))
    finally:
        for name in ("vault.db", "vault.db-wal"):
            (where / name).unlink()


# -- the WAL scrub ------------------------------------------------------------------------------


def test_a_rolled_back_spill_does_not_stop_the_close_from_scrubbing_the_wal(
        vault_dir: Path) -> None:
    """A big import refused part-way (its pages spilled to the WAL past the 64 MiB streaming
    cache, then ROLLBACK): the WAL the last close frees must hold no frame of an earlier commit."""
    create_vault(vault_dir, PASS)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    marker = "q" + secrets.token_hex(12)
    kept = vault_dir.parent / "old-wal-blocks"
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
    os.link(db.with_name("vault.db-wal"), kept)
    conn.close()  # the last close: our scrub, then SQLite's checkpoint and unlink
    assert not db.with_name("vault.db-wal").exists()
    assert not _holds(kept.read_bytes(), key, marker, vault_dir.parent / "probe")


def test_a_connection_closed_inside_a_transaction_still_scrubs_the_wal(vault_dir: Path) -> None:
    """The last connection closed while a unit of work is open (an exception path, a lock in the
    middle of a write): SQLite rolls the work back and unlinks the WAL; the blocks it frees must
    hold no frame of an earlier commit."""
    create_vault(vault_dir, PASS)
    db, key = vault_dir / "vault.db", _key(vault_dir)
    marker = "q" + secrets.token_hex(12)
    kept = vault_dir.parent / "old-wal-blocks"
    conn = connect(db, key)
    with transaction(conn):
        conn.execute("CREATE TABLE scratch(body TEXT)")
    with transaction(conn):
        conn.executemany("INSERT INTO scratch VALUES (?)", _rows(conn, 200, marker))
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO scratch VALUES ('unfinished')")
    os.link(db.with_name("vault.db-wal"), kept)
    conn.close()
    assert not db.with_name("vault.db-wal").exists()
    assert not _holds(kept.read_bytes(), key, marker, vault_dir.parent / "probe")
    check = connect(db, key)
    try:
        assert check.execute("SELECT count(*) FROM scratch").fetchone() == (200,)
    finally:
        check.close()
