"""The vault on disk: a directory with `vault.db` (SQLCipher) and `keyslots` (the wrapped key).

Creating a vault makes a random 256-bit vault key, a vault id and the vault's identity keys; the
key leaves memory only wrapped in the keyslot file. Unlocking checks that every file is there
before the (slow) KDF, and never touches the database until the keyslot has authenticated, so a
wrong passphrase leaves every file byte-for-byte unchanged.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

import platformdirs

from ..crypto import keyslot
from ..crypto.identity import Identity
from ..errors import DamagedVault, NoVault, RejectedInput, VaultExists
from ..fsutil import atomic_write, private_dir
from .dbapi import Connection, DatabaseError, as_damage, connect, transaction
from .meta import get_meta, set_meta
from .migrations import migrate

DB_NAME = "vault.db"
KEYSLOTS_NAME = "keyslots"
ENV_VAULT = "HRD_DESK_VAULT"


def default_vault_dir() -> Path:
    """`HRD_DESK_VAULT` if set, else the platform's per-user data directory."""
    override = os.environ.get(ENV_VAULT)
    if override:
        return Path(override)
    return platformdirs.user_data_path("hrd-desk", appauthor=False) / "vault"


def vault_exists(directory: Path) -> bool:
    return (directory / KEYSLOTS_NAME).exists() or (directory / DB_NAME).exists()


class Vault:
    """An unlocked vault: knows its key and opens keyed connections to its database."""

    def __init__(self, directory: Path, vault_id: str, key: bytes) -> None:
        self.directory = directory
        self.vault_id = vault_id
        self._key: bytes | None = key

    @property
    def db_path(self) -> Path:
        return self.directory / DB_NAME

    @property
    def keyslots_path(self) -> Path:
        return self.directory / KEYSLOTS_NAME

    @classmethod
    def create(
        cls, directory: Path, passphrase: str, params: keyslot.KdfParams | None = None
    ) -> Vault:
        if vault_exists(directory):
            raise VaultExists(f"a vault already exists in {directory}; it was left untouched")
        if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
            # making it private (0700) and filling it would change someone's own folder
            raise RejectedInput(
                f"{directory} is not an empty directory: choose a new one for the vault"
            )
        keyslot.check_new_passphrase(passphrase)
        key = secrets.token_bytes(keyslot.VAULT_KEY_BYTES)
        identity = Identity.generate()
        vault_id = identity.public.vault_id()
        # The slow, interruptible part (calibration, Argon2id) before anything is on disk.
        slot = keyslot.wrap(vault_id, key, passphrase, params or keyslot.calibrate())
        made_directory = not directory.exists()
        private_dir(directory)
        vault = cls(directory, vault_id, key)
        try:
            conn = connect(vault.db_path, key, create=True)
            try:
                migrate(conn)
                signing, box = identity.secret_bytes()
                with transaction(conn):
                    set_meta(conn, "vault_id", vault_id)
                    set_meta(conn, "identity_signing", signing)
                    set_meta(conn, "identity_box", box)
                    set_meta(conn, "identity_name", "unnamed")
            finally:
                conn.close()
            atomic_write(
                vault.keyslots_path, keyslot.serialize(keyslot.KeyslotFile(vault_id, (slot,)))
            )
        except BaseException:
            # A database without its keyslot would look like a damaged vault and block `init`.
            _remove_partial(directory, made_directory)
            raise
        return vault

    @classmethod
    def read_keyslots(cls, directory: Path) -> keyslot.KeyslotFile:
        if not directory.is_dir() or not vault_exists(directory):
            raise NoVault(f"no vault in {directory}: create one with `hrd-desk init`")
        path = directory / KEYSLOTS_NAME
        if not path.is_file():
            raise DamagedVault("the keyslot file is missing")
        if not (directory / DB_NAME).is_file():
            raise DamagedVault(f"the database file {DB_NAME} is missing")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DamagedVault(f"the keyslot file cannot be read ({exc.strerror})") from None
        return keyslot.parse(data)

    @classmethod
    def unlock(cls, directory: Path, passphrase: str) -> Vault:
        """Unlock and check the vault; the connection made to check it is closed again."""
        vault, conn = cls.open(directory, passphrase)
        conn.close()
        return vault

    @classmethod
    def open(
        cls, directory: Path, passphrase: str, slots: keyslot.KeyslotFile | None = None
    ) -> tuple[Vault, Connection]:
        """Unlock with the keyslot file (`slots` if the caller already read it) and open one
        connection, schema up to date, checked to belong to the keyslot's vault."""
        slots = slots if slots is not None else cls.read_keyslots(directory)
        key = keyslot.unlock(slots, passphrase)
        vault = cls(directory, slots.vault_id, key)
        conn = vault.connect()
        try:
            stored_id = get_meta(conn, "vault_id")
            if stored_id != slots.vault_id:
                raise DamagedVault("the keyslot file belongs to another vault")
        except DatabaseError as exc:  # a page the validating read did not reach
            conn.close()
            raise as_damage(exc) from None
        except BaseException:
            conn.close()
            raise
        return vault, conn

    def connect(self) -> Connection:
        """A new keyed connection, schema brought up to date. One per thread."""
        if self._key is None:
            raise DamagedVault("the vault is locked")
        conn = connect(self.db_path, self._key)
        try:
            migrate(conn)
        except DatabaseError as exc:  # a page failing its HMAC beyond the validating read
            conn.close()
            raise as_damage(exc) from None
        except BaseException:
            conn.close()
            raise
        return conn

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the vault key under a new passphrase; rewrites only the keyslot, atomically."""
        keyslot.check_new_passphrase(new)
        slots = self.read_keyslots(self.directory)
        key = keyslot.unlock(slots, old)
        slot = keyslot.wrap(self.vault_id, key, new, keyslot.calibrate())
        others = tuple(s for s in slots.slots if s.slot_type != keyslot.SLOT_PASSPHRASE)
        data = keyslot.serialize(keyslot.KeyslotFile(self.vault_id, (slot, *others)))
        atomic_write(self.keyslots_path, data)

    def lock(self) -> None:
        """Forget the key (Python cannot wipe it from memory; see docs/threat-model.md)."""
        self._key = None

    @property
    def locked(self) -> bool:
        return self._key is None


def _remove_partial(directory: Path, made_directory: bool) -> None:
    """Undo a vault creation that failed half-way (the directory was empty or absent before)."""
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal"):
        with contextlib.suppress(OSError):
            (directory / name).unlink(missing_ok=True)
    if made_directory:
        with contextlib.suppress(OSError):
            directory.rmdir()


def load_identity(conn: Connection) -> Identity:
    signing = get_meta(conn, "identity_signing")
    box = get_meta(conn, "identity_box")
    if not isinstance(signing, bytes) or not isinstance(box, bytes):
        raise DamagedVault("the vault's identity keys are missing")
    return Identity(signing, box)
