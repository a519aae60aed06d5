"""SQLCipher connections: keyed with the raw vault key, validated, set up the same way every time.

The raw key (`x'..'`) skips SQLCipher's own PBKDF2: the passphrase has already been stretched by
Argon2id in the keyslot. `PRAGMA key` succeeds even with a wrong key, so a validating read follows
at once; SQLCipher's stderr logging is silenced so a damaged page never prints to the terminal.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from ..errors import DamagedVault

Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher3.DatabaseError

# Enough that a full-text search or a list of 100,000 incidents does not decrypt the same pages
# again and again (negative = KiB). Allocated only as pages are read.
PAGE_CACHE_KIB = 128 * 1024
BUSY_TIMEOUT_S = 30.0


def connect(db_path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open and key the vault database; DamagedVault if it is missing or cannot be decrypted."""
    if not create and not db_path.is_file():
        raise DamagedVault(f"the database file {db_path.name} is missing")
    if not create and db_path.stat().st_size == 0:
        # SQLite would take an empty file for a new database, and migrating would write into it
        raise DamagedVault(f"the database file {db_path.name} is empty")
    if create and not db_path.exists():
        # SQLite would create the file under the process umask; its -wal and -shm files take
        # the database file's mode, so a private file here keeps all three private.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        os.close(os.open(db_path, flags, 0o600))
    conn = sqlcipher3.connect(
        str(db_path), isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=True
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        pragma = f"PRAGMA key = \"x'{key.hex()}'\""
        conn.execute(pragma)
        del pragma
        conn.execute("PRAGMA cipher_memory_security = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError:
            raise DamagedVault(
                "the database cannot be decrypted: its pages fail their check or it belongs to "
                "another keyslot"
            ) from None
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception: every change is all-or-nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def checkpoint(conn: Connection) -> None:
    """Fold the WAL into the database and truncate it (after purge: old pages leave the WAL)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def as_damage(exc: Exception) -> DamagedVault:
    """Describe a database error met after opening (a page failing its HMAC deep in the file)."""
    return DamagedVault(f"the database could not be read ({exc.__class__.__name__}: {exc})")
