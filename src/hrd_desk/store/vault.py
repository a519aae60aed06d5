"""The vault on disk: a directory with `keyslots` (the wrapped key) and the SQLCipher database it
names (`vault.db`, or `vault-<hex>.db` after a rekey); store.vault_files lists every file.

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
from ..crypto.secret_memory import SecretBytes
from ..errors import DamagedVault, NoVault, RejectedInput, VaultExists, WrongPassphrase, os_code
from ..fsutil import atomic_write, private_dir
from .attachments import remove_orphans
from .dbapi import (
    Connection,
    DatabaseError,
    as_damage,
    connect,
    scrub_left_over,
    transaction,
)
from .meta import UNNAMED_OFFICE, get_meta, set_meta
from .migrations import migrate, schema_version
from .rekey import rekey, replace_keyslot_file
from .vault_files import (
    KEYSLOTS_NAME,
    clear_failed_unlocks,
    database_files,
    destroy_vault,
    record_failed_unlock,
    remove_leftovers,
)

DB_NAME = keyslot.DEFAULT_DATABASE  # a new vault's database; a rekey moves to vault-<hex>.db
ENV_VAULT = "HRD_DESK_VAULT"


def default_vault_dir() -> Path:
    """`HRD_DESK_VAULT` if set, else the platform's per-user data directory."""
    override = os.environ.get(ENV_VAULT)
    if override:
        return Path(override)
    return platformdirs.user_data_path("hrd-desk", appauthor=False) / "vault"


def vault_exists(directory: Path) -> bool:
    if not directory.is_dir():
        return False
    return (directory / KEYSLOTS_NAME).exists() or any(
        p.name.startswith("vault") and p.name.endswith(".db") for p in directory.iterdir())


class Vault:
    """An unlocked vault: knows its key and opens keyed connections to its database."""

    def __init__(self, directory: Path, vault_id: str, key: bytes, *,
                 database: str = DB_NAME, failed_unlocks: int = 0,
                 recovered: bool = False) -> None:
        self.directory = directory
        self.vault_id = vault_id
        self.database = database
        # unlocks that failed since the previous success (shown once, then counted afresh)
        self.failed_unlocks = failed_unlocks
        # opened with the recovery code: the face offers to set a new passphrase
        self.recovered = recovered
        self._key: SecretBytes | None = SecretBytes(key)

    @property
    def db_path(self) -> Path:
        return self.directory / self.database

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
        file_id = keyslot.new_file_id()
        # The slow, interruptible part (calibration, Argon2id) before anything is on disk.
        slot = keyslot.wrap(file_id, key, passphrase, params or keyslot.calibrate())
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
                    set_meta(conn, "identity_name", UNNAMED_OFFICE)
            finally:
                conn.close()
            params = params or slot.params
            slots = keyslot.padded(file_id, [slot], params)
            atomic_write(vault.keyslots_path,
                         keyslot.serialize(keyslot.KeyslotFile(file_id, slots, DB_NAME), key))
        except BaseException:
            # A database without its keyslot would look like a damaged vault and block `init`.
            _remove_partial(directory, made_directory)
            raise
        return vault

    @classmethod
    def read_keyslots(cls, directory: Path) -> keyslot.KeyslotFile:
        if not vault_exists(directory):
            raise NoVault(f"no vault in {directory}: create one with `hrd-desk init`")
        path = directory / KEYSLOTS_NAME
        if not path.is_file():
            raise DamagedVault("the keyslot file is missing", code="keyslot-missing")
        try:
            with path.open("rb") as handle:  # never more than a keyslot file may hold
                data = handle.read(keyslot.MAX_KEYSLOT_FILE + 1)
        except OSError as exc:
            raise DamagedVault(f"the keyslot file cannot be read ({exc.strerror})",
                               code="keyslot-unreadable", values=(os_code(exc),)) from None
        slots = keyslot.parse(data)
        if not (directory / slots.database).is_file():
            raise DamagedVault(f"the database file {slots.database} is missing",
                               code="database-missing", values=(slots.database,))
        return slots

    @classmethod
    def unlock(cls, directory: Path, secret: str,
               slots: keyslot.KeyslotFile | None = None,
               opened: keyslot.Opened | None = None) -> Vault:
        """Open (see `open`); the connection made to check the database is closed again."""
        vault, conn = cls.open(directory, secret, slots, opened)
        conn.close()
        return vault

    @classmethod
    def open(cls, directory: Path, secret: str,
             slots: keyslot.KeyslotFile | None = None,
             opened: keyslot.Opened | None = None) -> tuple[Vault, Connection]:
        """Open with a passphrase or a recovery code, and keep the one connection made to check
        the database (schema up to date): `slots` is the keyslot file if the caller already
        read it. A wrong secret is counted (and, when the keyslot file asks for it, the vault is
        destroyed after that many); the duress passphrase destroys the vault and answers like a
        wrong one. `opened` is what `secret` opened in `slots` when the caller already ran
        open_with_rules (a key change checks the secret once, not twice)."""
        slots = slots or cls.read_keyslots(directory)
        if opened is None:
            opened = open_with_rules(directory, slots, secret)
        assert opened.key is not None
        vault = cls(directory, "", opened.key, database=slots.database,
                    recovered=opened.recovery)
        conn = vault.connect()
        try:
            stored_id = get_meta(conn, "vault_id")
            if not isinstance(stored_id, str):
                raise DamagedVault("the database does not say which vault it is",
                                   code="database-damaged")
            if slots.legacy_vault_id is not None:
                if stored_id != slots.legacy_vault_id:
                    raise DamagedVault("the keyslot file belongs to another vault",
                                       code="keyslot-other-vault")
                vault._upgrade_keyslots(slots, secret)
            elif slots.needs_upgrade:  # format 2: the same slots, now with the binding
                replace_keyslot_file(directory, keyslot.serialize(slots, opened.key))
            vault.vault_id = stored_id
            vault.failed_unlocks = clear_failed_unlocks(directory)
            remove_leftovers(directory, slots.database)
            remove_orphans(conn, directory)
            scrub_left_over(conn)
        except DatabaseError as exc:  # a page the validating read did not reach
            conn.close()
            raise as_damage(exc) from None
        except BaseException:
            conn.close()
            raise
        return vault, conn

    def _upgrade_keyslots(self, legacy: keyslot.KeyslotFile, passphrase: str) -> None:
        """A format 1 file (it named the office's vault id) becomes format 2, same key."""
        assert self._key is not None
        params = legacy.secret_slots[0].params
        file_id = keyslot.new_file_id()
        slot = keyslot.wrap(file_id, bytes(self._key.value), passphrase, params)
        slots = keyslot.padded(file_id, [slot], params)
        replace_keyslot_file(self.directory, keyslot.serialize(
            keyslot.KeyslotFile(file_id, slots, self.database), self._key.value))

    def connect(self) -> Connection:
        """A new keyed connection, schema brought up to date. One per thread."""
        if self._key is None:
            raise DamagedVault("the vault is locked")
        conn = connect(self.db_path, self._key.value)
        try:
            found = schema_version(conn)
            if migrate(conn) != found:
                # A connection that migrated is not kept: measured, the first full exchange
                # imported through it took 89 s against 50 s through a new connection (the same
                # vault and bundle, migration 25 the only step; bench/issue13-figures.md,
                # session 10). Why is not known; a new connection costs about a millisecond,
                # once per schema change.
                conn.close()
                conn = connect(self.db_path, self._key.value)
        except DatabaseError as exc:  # a page failing its HMAC beyond the validating read
            conn.close()
            raise as_damage(exc) from None
        except BaseException:
            conn.close()
            raise
        return conn

    def change_passphrase(self, old: str, new: str) -> None:
        """A new passphrase and a new vault key: the database is re-encrypted (store.rekey), so
        an old keyslot file, with the old passphrase, opens nothing that is current."""
        keyslot.check_new_passphrase(new)
        slots = self.read_keyslots(self.directory)
        opened = open_with_rules(self.directory, slots, old)
        assert opened.key is not None
        refuse_taken_passphrase(slots, new, opened)
        self._rekeyed(rekey(self.directory, slots, opened.key, new, keyslot.calibrate()))

    def rekey(self, passphrase: str,
              unlocked: tuple[keyslot.KeyslotFile, keyslot.Opened] | None = None) -> None:
        """A new vault key under the same passphrase (a suspected compromise of the key).
        `unlocked`: the keyslot file and what `passphrase` opened in it, when just checked."""
        if unlocked is not None:
            slots, opened = unlocked
        else:
            slots = self.read_keyslots(self.directory)
            opened = open_with_rules(self.directory, slots, passphrase)
        assert opened.key is not None
        if opened.recovery:
            raise RejectedInput("the recovery code cannot become the passphrase: set a new "
                                "passphrase with passwd", code="passphrase-not-code")
        self._rekeyed(rekey(self.directory, slots, opened.key, passphrase, keyslot.calibrate()))

    def set_passphrase(self, new: str) -> None:
        """A new passphrase (and a new vault key) with the key this vault already holds: after
        unlocking with the recovery code. The vault must have no connection open (the database
        is re-encrypted into a new file). It may not be the duress passphrase or the code."""
        if self._key is None:
            raise DamagedVault("the vault is locked")
        keyslot.check_new_passphrase(new)
        slots = self.read_keyslots(self.directory)
        try:
            taken = keyslot.open_slots(slots, new)
        except WrongPassphrase:
            pass
        else:
            if taken.duress or taken.recovery:
                raise RejectedInput("that passphrase is already in use in this vault: choose "
                                    "another", code="passphrase-taken")
        self._rekeyed(rekey(self.directory, slots, bytes(self._key.value), new,
                            keyslot.calibrate()))
        self.recovered = False

    def _rekeyed(self, result: tuple[keyslot.KeyslotFile, bytes]) -> None:
        slots, key = result
        self.database = slots.database
        self.adopt_key(key)

    def adopt_key(self, key: bytes) -> None:
        """The vault key after a rekey (the old one is wiped); nothing when already locked."""
        if self._key is not None:
            self._key.wipe()
            self._key = SecretBytes(key)

    def lock(self) -> None:
        """Wipe the key (zeroed in place; copies Python made on the way are only dropped, see
        docs/threat-model.md)."""
        key, self._key = self._key, None
        if key is not None:
            key.wipe()

    @property
    def locked(self) -> bool:
        return self._key is None


def refuse_taken_passphrase(slots: keyslot.KeyslotFile, new: str, current: keyslot.Opened) -> None:
    """A new passphrase may not be the duress passphrase or the recovery code (it would stop
    them working): it may open nothing but the passphrase slot that just opened."""
    try:
        taken = keyslot.open_slots(slots, new)
    except WrongPassphrase:
        return
    if taken.duress or taken.recovery or taken.salt != current.salt:
        raise RejectedInput("that passphrase is already in use in this vault: choose another",
                            code="passphrase-taken")


def open_with_rules(directory: Path, slots: keyslot.KeyslotFile, secret: str) -> keyslot.Opened:
    """Every path that takes a passphrase goes through here (unlock, verify, passwd, rekey and
    the key changes): a wrong secret is counted, and the vault destroyed when the keyslot file
    asks for that after so many; the duress passphrase destroys the vault and answers like a
    wrong one. Returns what opened (a key, through a passphrase or the recovery code)."""
    try:
        opened = keyslot.open_slots(slots, secret)
    except WrongPassphrase:
        failures = record_failed_unlock(directory)
        if slots.wipe_after_failures and failures >= slots.wipe_after_failures:
            destroy_vault(directory)
        raise
    if opened.duress or opened.key is None:
        destroy_vault(directory)
        raise WrongPassphrase()
    keyslot.check_binding(slots, opened.key)
    return opened


def _remove_partial(directory: Path, made_directory: bool) -> None:
    """Undo a vault creation that failed half-way (the directory was empty or absent before)."""
    for name in database_files(DB_NAME):
        with contextlib.suppress(OSError):
            (directory / name).unlink(missing_ok=True)
    if made_directory:
        with contextlib.suppress(OSError):
            directory.rmdir()


def load_identity(conn: Connection) -> Identity:
    signing = get_meta(conn, "identity_signing")
    box = get_meta(conn, "identity_box")
    if not isinstance(signing, bytes) or not isinstance(box, bytes):
        raise DamagedVault("the vault's identity keys are missing", code="identity-missing")
    return Identity(signing, box)
