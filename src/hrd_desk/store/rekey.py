"""Rekeying: a new vault key, the database re-encrypted under it, one rename to switch.

1. The current database is held in an exclusive transaction (no other window or process can
   save meanwhile) and exported (`sqlcipher_export`) into a new file, `vault-<16 hex>.db`, keyed
   with a new random key; the copy is fsynced and opened once to check.
2. The keyslot file is rewritten (temp, fsync, rename): a passphrase slot for the new key, the
   duress slot kept (or a decoy in its place), the recovery code resealed to the new key (or
   dropped, or a new one), and the name of the new database. That
   rename is the switch: a crash before it leaves the old keyslot file naming the old database,
   a crash after it the new one naming the new; the next unlock removes what is left over.
3. The old keyslot file (kept by a hard link until the switch) and the old database are
   overwritten in place and deleted.

Afterwards the old passphrase, and a copy of the old keyslot file carved from free blocks, open
nothing current: they unwrap the old key, and no database under that key is left.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from ..crypto import keyslot
from ..errors import DamagedVault
from ..fsutil import atomic_write, fsync_dir
from .dbapi import Connection, DatabaseError, as_damage, connect
from .meta import get_meta, set_meta
from .vault_files import KEYSLOTS_NAME, REPLACED_KEYSLOTS, database_files, shred

DURESS_SLOTS = "duress_slots"  # meta: salts (hex) of the secret slots that are duress slots


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def recorded_duress(conn: Connection) -> list[str]:
    """Salts (hex) of the duress slots, as this vault recorded them."""
    value = get_meta(conn, DURESS_SLOTS, "")
    return [s for s in value.split(",") if s] if isinstance(value, str) else []


def record_duress(conn: Connection, salts: list[str]) -> None:
    set_meta(conn, DURESS_SLOTS, ",".join(salts))


def _export(source: Path, source_key: bytes, target: Path, target_key: bytes) -> None:
    """Every table, index and trigger into `target`, keyed with `target_key` (what the source's
    last commit holds, WAL included)."""
    conn = connect(source, source_key)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{target_key.hex()}'\"",
                     (str(target),))
        try:
            conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
            conn.execute(f"PRAGMA rekeyed.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE rekeyed")
    finally:
        conn.keyed = False  # no scrub at this close: `rekey`'s guard holds the write lock, and
        conn.close()  # the old database's WAL is shredded with it after the switch


KEEP = "keep"  # the recovery code: keep it (resealed), or DROP it, or give a new code
DROP = "drop"


def _disk_error(exc: DatabaseError) -> Exception:
    """A full disk or a read-only folder is the machine's trouble, not damage to the vault:
    an OSError with the errno that says which (a face words it in its own language,
    ui/error_words.os_reason; the CLI prints its text, unchanged)."""
    text = str(exc).lower()
    for words, code in (("full", errno.ENOSPC), ("readonly", errno.EACCES),
                        ("read-only", errno.EACCES), ("disk i/o", errno.EIO)):
        if words in text:
            return OSError(code, f"the new database could not be written ({exc})")
    return as_damage(exc)


def rekey(
    directory: Path, slots: keyslot.KeyslotFile, old_key: bytes, passphrase: str,
    params: keyslot.KdfParams, *, recovery: str = KEEP,
) -> tuple[keyslot.KeyslotFile, bytes]:
    """Re-encrypt under a new key with `passphrase` as the one passphrase; returns the new
    keyslot file and key. `recovery` keeps the recovery code (resealed), drops it, or is a new
    code that replaces it: an old code, with any old copy of the keyslot file, then opens
    nothing current.

    The old database is held in an exclusive transaction from before the export until after the
    switch, so another window or process cannot save something the copy would miss: its write
    waits, then fails loudly, instead of being lost."""
    if slots.legacy_vault_id is not None:
        raise DamagedVault("the keyslot file is of an old format: unlock the vault once first")
    keyslot.check_new_passphrase(passphrase)
    new_key = secrets.token_bytes(keyslot.VAULT_KEY_BYTES)
    fresh = keyslot.wrap(slots.file_id, new_key, passphrase, params)  # the slow part first
    new_database = f"vault-{secrets.token_hex(8)}.db"
    source, target = directory / slots.database, directory / new_database
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    guard = connect(source, old_key)
    try:
        try:
            # the write lock: another writer waits (then fails loudly), readers go on (WAL)
            guard.execute("BEGIN IMMEDIATE")
            duress = set(recorded_duress(guard))
            os.close(os.open(target, flags, 0o600))  # private from the start, whatever umask
            _export(source, old_key, target, new_key)
        except DatabaseError as exc:
            raise _disk_error(exc) from None
        _fsync_file(target)
        fsync_dir(directory)
        check = connect(target, new_key)  # the validating read, under the new key
        check.close()
        kept = [s for s in slots.secret_slots if s.salt.hex() in duress]
        if recovery == KEEP:
            codes = [keyslot.reseal(slots.file_id, s, new_key) for s in slots.recovery_slots]
        elif recovery == DROP:
            codes = []
        else:
            codes = [keyslot.recovery_slot(slots.file_id, new_key, recovery, params)]
        secret_slots = keyslot.padded(slots.file_id, [fresh, *kept], params)
        new_slots = keyslot.KeyslotFile(slots.file_id, (*secret_slots, *codes), new_database,
                                        slots.wipe_after_failures)
        replace_keyslot_file(directory, keyslot.serialize(new_slots, new_key))  # the switch
    except BaseException:
        with contextlib.suppress(DatabaseError):
            guard.close()
        for name in database_files(new_database):
            shred(directory / name)
        raise
    with contextlib.suppress(DatabaseError):
        guard.execute("ROLLBACK")
    guard.close()
    for name in database_files(slots.database):
        shred(directory / name)
    fsync_dir(directory)
    return new_slots, new_key


def replace_keyslot_file(directory: Path, data: bytes) -> None:
    """Atomically replace the keyslot file, then overwrite the old one in place (kept by a hard
    link until the rename, so a crash leaves one whole file; the next unlock removes the link)."""
    current, replaced = directory / KEYSLOTS_NAME, directory / REPLACED_KEYSLOTS
    replaced.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # no hard links on some media: then only a rekey helps
        os.link(current, replaced)
    try:
        atomic_write(current, data)
    except BaseException:
        replaced.unlink(missing_ok=True)  # still the live keyslot file: only the link goes
        raise
    shred(replaced)
