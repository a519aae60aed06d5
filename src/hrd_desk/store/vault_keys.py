"""Changing what the keyslot file holds besides the passphrase: the recovery code, the duress
passphrase and the wipe-after-failures setting.

Each change needs the current passphrase (the recovery code may remove itself), rewrites the
keyslot file atomically and records an audit event (what changed, never a secret). The vault key
stays the same: these changes add or remove ways in, they do not re-encrypt. Which secret slots
are duress slots is known only inside the database (meta `duress_slots`), so a rekey keeps them.
"""

from __future__ import annotations

from collections.abc import Callable

from ..crypto import keyslot
from ..errors import RejectedInput, WrongPassphrase
from ..fsutil import atomic_write
from .audit import append_event
from .dbapi import transaction
from .rekey import record_duress, recorded_duress
from .vault import Vault

# (current file, vault key, salts of duress slots) -> (new file, salts of duress slots)
Edit = Callable[[keyslot.KeyslotFile, bytes, list[str]], tuple[keyslot.KeyslotFile, list[str]]]


def _change(vault: Vault, secret: str, edit: Edit, action: str,
            detail: dict[str, object] | None = None, *, allow_recovery: bool = False) -> None:
    slots = Vault.read_keyslots(vault.directory)
    opened = keyslot.open_slots(slots, secret)
    if opened.key is None:
        raise WrongPassphrase()
    if opened.recovery and not allow_recovery:
        raise RejectedInput("give the passphrase, not the recovery code, for this change")
    conn = vault.connect()
    try:
        with transaction(conn):
            changed, duress = edit(slots, opened.key, recorded_duress(conn))
            record_duress(conn, duress)
            append_event(conn, action, detail=detail or {})
            # replaced inside the transaction: if the write fails, the event rolls back with it
            atomic_write(vault.keyslots_path, keyslot.serialize(changed))
    finally:
        conn.close()


def _with(slots: keyslot.KeyslotFile, new: tuple[keyslot.Slot, ...],
          wipe_after: int | None = None) -> keyslot.KeyslotFile:
    return keyslot.KeyslotFile(slots.file_id, new, slots.database,
                               slots.wipe_after_failures if wipe_after is None else wipe_after)


def _params(slots: keyslot.KeyslotFile) -> keyslot.KdfParams:
    return slots.secret_slots[0].params if slots.secret_slots else keyslot.calibrate()


def add_recovery_code(vault: Vault, passphrase: str) -> str:
    """A new recovery code (shown once, never stored in clear); it replaces any earlier one."""
    code = keyslot.new_recovery_code()

    def edit(slots: keyslot.KeyslotFile, key: bytes, duress: list[str]
             ) -> tuple[keyslot.KeyslotFile, list[str]]:
        fresh = keyslot.recovery_slot(slots.file_id, key, code, _params(slots))
        return _with(slots, (*slots.secret_slots, fresh)), duress

    _change(vault, passphrase, edit, "recovery code added")
    return code


def remove_recovery_code(vault: Vault, secret: str) -> bool:
    if not Vault.read_keyslots(vault.directory).recovery_slots:
        return False

    def edit(slots: keyslot.KeyslotFile, _key: bytes, duress: list[str]
             ) -> tuple[keyslot.KeyslotFile, list[str]]:
        return _with(slots, slots.secret_slots), duress

    _change(vault, secret, edit, "recovery code removed", allow_recovery=True)
    return True


def set_duress_passphrase(vault: Vault, passphrase: str, duress_passphrase: str) -> None:
    """A passphrase that destroys the vault when typed; it replaces any earlier one."""
    keyslot.check_new_passphrase(duress_passphrase)
    if duress_passphrase == passphrase:
        raise RejectedInput("the duress passphrase must differ from the passphrase")
    slots = Vault.read_keyslots(vault.directory)
    try:
        keyslot.open_slots(slots, duress_passphrase)
    except WrongPassphrase:
        pass
    else:
        raise RejectedInput("that passphrase already opens this vault: choose another")
    fresh = keyslot.duress_slot(slots.file_id, duress_passphrase, _params(slots))

    def edit(current: keyslot.KeyslotFile, _key: bytes, duress: list[str]
             ) -> tuple[keyslot.KeyslotFile, list[str]]:
        keep = tuple(s for s in current.slots
                     if isinstance(s, keyslot.RecoverySlot) or s.salt.hex() not in duress)
        return _with(current, (*keep, fresh)), [fresh.salt.hex()]

    _change(vault, passphrase, edit, "duress passphrase set")


def remove_duress_passphrase(vault: Vault, passphrase: str) -> bool:
    removed: list[str] = []

    def edit(current: keyslot.KeyslotFile, _key: bytes, duress: list[str]
             ) -> tuple[keyslot.KeyslotFile, list[str]]:
        removed.extend(duress)
        keep = tuple(s for s in current.slots
                     if isinstance(s, keyslot.RecoverySlot) or s.salt.hex() not in duress)
        return _with(current, keep), []

    _change(vault, passphrase, edit, "duress passphrase removed")
    return bool(removed)


def set_wipe_after_failures(vault: Vault, passphrase: str, count: int) -> None:
    """Destroy the vault after `count` failed unlocks in a row (0: never)."""
    if not 0 <= count <= keyslot.MAX_WIPE_AFTER or 0 < count < 3:
        raise RejectedInput(f"choose 0 (off) or 3 to {keyslot.MAX_WIPE_AFTER} failed unlocks")

    def edit(current: keyslot.KeyslotFile, _key: bytes, duress: list[str]
             ) -> tuple[keyslot.KeyslotFile, list[str]]:
        return _with(current, current.slots, count), duress

    _change(vault, passphrase, edit, "wipe after failed unlocks set", {"count": count})
