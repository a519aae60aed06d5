"""Emergencies and keys: wipe, rekey, the recovery code, the duress passphrase, wipe after failed
unlocks, identity rotation. The CLI and the GUI call these; the mechanisms are in store (rekey,
vault_files, vault_keys, identity_keys).

Wiping needs no passphrase: anyone holding the laptop can delete files anyway, and a caseworker at
a border may have seconds. Everything else needs the current passphrase.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import NoVault
from ..store import vault_keys
from ..store.vault import Vault, open_with_rules
from ..store.vault import vault_exists as _vault_exists
from ..store.vault_files import KEYSLOTS_NAME, REPLACED_KEYSLOTS, destroy_keys, destroy_vault
from ..store.vault_files import failed_unlocks as _failed_unlocks
from ..store.vault_keys import Unlocked
from . import colleagues
from .desk import FoundVault
from .passphrase_policy import check_new_passphrase
from .recovery_shares import check_split, split_code
from .session import Session

WIPE_WORD = "WIPE"  # typed to confirm a wipe, on the CLI and in the GUI


def vault_exists(directory: Path) -> bool:
    return _vault_exists(directory)


def keys_remain(directory: Path) -> bool:
    """Whether a keyslot file is still there (after a wipe that failed: could it still open?)."""
    return any((directory / name).exists() for name in (KEYSLOTS_NAME, REPLACED_KEYSLOTS))


@dataclass(frozen=True)
class WipeReport:
    keys_seconds: float  # until no keyslot was left: from then on nothing can be opened
    total_seconds: float


def wipe(directory: Path) -> WipeReport:
    """Destroy the keys first (overwritten, fsynced, deleted), then every other vault file."""
    if not _vault_exists(directory):
        raise NoVault(f"no vault in {directory}: nothing to wipe")
    started = time.perf_counter()
    destroy_keys(directory)
    keys_done = time.perf_counter()
    destroy_vault(directory)
    return WipeReport(keys_done - started, time.perf_counter() - started)


def _unlocked(place: Path | FoundVault, secret: str) -> tuple[Vault, Unlocked | None]:
    """The vault unlocked with `secret`, and the keyslot file with what the secret opened in it,
    so a key change reads the file once and runs the KDF once (a file that opening upgraded
    from an older format is read again by the change: None)."""
    if isinstance(place, FoundVault):
        directory, slots = place.directory, place.slots
    else:
        directory, slots = place, Vault.read_keyslots(place)
    opened = open_with_rules(directory, slots, secret)
    vault = Vault.unlock(directory, secret, slots, opened)
    current = slots.legacy_vault_id is None and not slots.needs_upgrade
    return vault, ((slots, opened) if current else None)


def rekey(place: Path | FoundVault, passphrase: str) -> None:
    """A new vault key and the database re-encrypted under it; the passphrase stays."""
    vault, unlocked = _unlocked(place, passphrase)
    try:
        vault.rekey(passphrase, unlocked)
    finally:
        vault.lock()


def rotate_identity(place: Path | FoundVault, passphrase: str,
                    grace_days: int = colleagues.GRACE_DAYS) -> colleagues.Rotation:
    """New identity keys and a successor card for colleagues (services/colleagues.py). Run on a
    vault no view holds open: every session made before holds the old identity (the GUI locks,
    rotates and opens again, as for a rekey)."""
    vault, _unlocked_slots = _unlocked(place, passphrase)
    try:
        with Session(vault) as session:
            return colleagues.rotate_identity(session, grace_days=grace_days)
    finally:
        vault.lock()


def vault_restored(place: Path | FoundVault, passphrase: str) -> colleagues.NewEpoch:
    """This vault was restored from a copy: write under a new epoch from now on (services/
    colleagues.begin_new_epoch). Like a rotation, on a vault no view holds open."""
    vault, _unlocked_slots = _unlocked(place, passphrase)
    try:
        with Session(vault) as session:
            return colleagues.begin_new_epoch(session)
    finally:
        vault.lock()


def add_recovery_code(place: Path | FoundVault, passphrase: str) -> str:
    """A new recovery code, to be shown once and written down (it replaces an earlier one)."""
    vault, unlocked = _unlocked(place, passphrase)
    try:
        return vault_keys.add_recovery_code(vault, passphrase, unlocked)
    finally:
        vault.lock()


def add_recovery_shares(place: Path | FoundVault, passphrase: str, threshold: int,
                        count: int) -> list[str]:
    """A new recovery code given only as `count` shares, any `threshold` of which give it back
    (services/recovery_shares.py); the code itself is never shown."""
    check_split(threshold, count)  # before the slow unlock
    return split_code(add_recovery_code(place, passphrase), threshold, count)


def remove_recovery_code(place: Path | FoundVault, secret: str) -> bool:
    vault, unlocked = _unlocked(place, secret)
    try:
        return vault_keys.remove_recovery_code(vault, secret, unlocked)
    finally:
        vault.lock()


def set_duress_passphrase(place: Path | FoundVault, passphrase: str, duress: str) -> None:
    check_new_passphrase(duress)
    vault, unlocked = _unlocked(place, passphrase)
    try:
        vault_keys.set_duress_passphrase(vault, passphrase, duress, unlocked)
    finally:
        vault.lock()


def remove_duress_passphrase(place: Path | FoundVault, passphrase: str) -> bool:
    vault, unlocked = _unlocked(place, passphrase)
    try:
        return vault_keys.remove_duress_passphrase(vault, passphrase, unlocked)
    finally:
        vault.lock()


def set_wipe_after_failures(place: Path | FoundVault, passphrase: str, count: int) -> None:
    vault, unlocked = _unlocked(place, passphrase)
    try:
        vault_keys.set_wipe_after_failures(vault, passphrase, count, unlocked)
    finally:
        vault.lock()


@dataclass(frozen=True)
class KeyStatus:
    """What protects the vault, for `keys` and the GUI (never a secret)."""

    recovery_code: bool
    wipe_after_failures: int
    database: str


def key_status(place: Path | FoundVault) -> KeyStatus:
    """Readable without the passphrase: the keyslot file says as much to anyone holding it. Whether
    a duress passphrase exists is not shown: on disk it looks like any other slot."""
    slots = place.slots if isinstance(place, FoundVault) else Vault.read_keyslots(place)
    return KeyStatus(bool(slots.recovery_slots), slots.wipe_after_failures, slots.database)


def failed_unlocks(directory: Path) -> int:
    """Failed unlocks since the last success (no secret; readable without the passphrase). A face
    reads it before a command that unlocks the vault and tells the person once it succeeded
    (the successful unlock clears it)."""
    return _failed_unlocks(directory)
