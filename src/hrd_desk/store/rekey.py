"""Rekeying: a new vault key, the database re-encrypted under it, one rename to switch.

1. The current database is checkpointed and exported (`sqlcipher_export`) into a new file,
   `vault-<16 hex>.db`, keyed with a new random key; the copy is fsynced and opened once to check.
2. The keyslot file is rewritten (temp, fsync, rename): a passphrase slot for the new key, the
   recovery slots resealed to it, the duress slots kept, and the name of the new database. That
   rename is the switch: a crash before it leaves the old keyslot file naming the old database,
   a crash after it the new one naming the new; the next unlock removes what is left over.
3. The old keyslot file (kept by a hard link until the switch) and the old database are
   overwritten in place and deleted.

Afterwards the old passphrase, and a copy of the old keyslot file carved from free blocks, open
nothing current: they unwrap the old key, and no database under that key is left.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from ..crypto import keyslot
from ..errors import DamagedVault
from ..fsutil import atomic_write, fsync_dir
from .dbapi import Connection, DatabaseError, as_damage, checkpoint, connect
from .meta import get_meta, set_meta
from .vault_files import KEYSLOTS_NAME, REPLACED_KEYSLOTS, database_files, shred

DURESS_SLOTS = "duress_slots"  # meta: salts (hex) of the secret slots that are duress slots


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def export_database(source: Path, source_key: bytes, target: Path, target_key: bytes) -> None:
    """Copy every table, index and trigger into a new database keyed with `target_key`."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    os.close(os.open(target, flags, 0o600))  # private from the start, whatever the umask
    conn = connect(source, source_key)
    try:
        checkpoint(conn)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{target_key.hex()}'\"", (str(target),))
        try:
            conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
            conn.execute(f"PRAGMA rekeyed.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE rekeyed")
    except DatabaseError as exc:
        raise as_damage(exc) from None
    finally:
        conn.close()
    _fsync_file(target)
    fsync_dir(target.parent)
    check = connect(target, target_key)  # the validating read, under the new key
    try:
        check.execute("PRAGMA journal_mode = DELETE")  # the copy leaves no -wal of its own
    finally:
        check.close()


def recorded_duress(conn: Connection) -> list[str]:
    """Salts (hex) of the duress slots, as this vault recorded them."""
    value = get_meta(conn, DURESS_SLOTS, "")
    return [s for s in value.split(",") if s] if isinstance(value, str) else []


def record_duress(conn: Connection, salts: list[str]) -> None:
    set_meta(conn, DURESS_SLOTS, ",".join(salts))


def duress_salts(directory: Path, database: str, key: bytes) -> set[bytes]:
    conn = connect(directory / database, key)
    try:
        recorded = recorded_duress(conn)
    except DatabaseError as exc:
        raise as_damage(exc) from None
    finally:
        conn.close()
    return {bytes.fromhex(s) for s in recorded}


def rekey(
    directory: Path, slots: keyslot.KeyslotFile, old_key: bytes, passphrase: str,
    params: keyslot.KdfParams,
) -> tuple[keyslot.KeyslotFile, bytes]:
    """Re-encrypt under a new key with `passphrase` as the one passphrase; returns the new
    keyslot file and key."""
    if slots.legacy_vault_id is not None:
        raise DamagedVault("the keyslot file is of an old format: unlock the vault once first")
    keyslot.check_new_passphrase(passphrase)
    duress = duress_salts(directory, slots.database, old_key)
    new_key = secrets.token_bytes(keyslot.VAULT_KEY_BYTES)
    new_database = f"vault-{secrets.token_hex(8)}.db"
    target = directory / new_database
    try:
        export_database(directory / slots.database, old_key, target, new_key)
        kept = [s for s in slots.secret_slots if s.salt in duress]
        resealed = [keyslot.reseal(slots.file_id, s, new_key) for s in slots.recovery_slots]
        fresh = keyslot.wrap(slots.file_id, new_key, passphrase, params)
        new_slots = keyslot.KeyslotFile(slots.file_id, (fresh, *kept, *resealed), new_database,
                                        slots.wipe_after_failures)
        data = keyslot.serialize(new_slots)
    except BaseException:
        for name in database_files(new_database):
            shred(directory / name)
        raise
    current, replaced = directory / KEYSLOTS_NAME, directory / REPLACED_KEYSLOTS
    replaced.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # no hard links on some media: then only the rekey helps
        os.link(current, replaced)
    try:
        atomic_write(current, data)  # the switch
    except BaseException:
        replaced.unlink(missing_ok=True)  # still the live keyslot file: only the link goes
        for name in database_files(new_database):
            shred(directory / name)
        raise
    shred(replaced)
    for name in database_files(slots.database):
        shred(directory / name)
    fsync_dir(directory)
    return new_slots, new_key
