"""Changing what the keyslot file holds besides the passphrase: the recovery code, the duress
passphrase and the wipe-after-failures setting. Each needs the passphrase (never the recovery
code) and records an audit event (what changed, never a secret).

Adding, replacing or removing the recovery code rekeys the vault (store.rekey): an old code, with
any old copy of the keyslot file, then opens nothing current. The duress passphrase and the
setting change only the keyslot file: the vault key stays, and the old file is overwritten after
the new one is in place. Which secret slot is the duress slot is known only inside the database
(meta `duress_slots`), so a rekey keeps it; otherwise a decoy stands in its place (keyslot.padded).
"""

from __future__ import annotations

from collections.abc import Callable

from ..crypto import keyslot
from ..errors import RejectedInput, WrongPassphrase
from .audit import append_event
from .dbapi import transaction
from .rekey import DROP, record_duress, recorded_duress, rekey, replace_keyslot_file
from .vault import Vault, open_with_rules

# (current file, what opened, salts of duress slots) -> (new file, salts of duress slots)
Edit = Callable[[keyslot.KeyslotFile, keyslot.Opened, list[str]],
                tuple[keyslot.KeyslotFile, list[str]]]


# The keyslot file as read and what the passphrase opened in it, when the caller has just checked
# the passphrase (services/emergency.py): the change then reads the file and runs the KDF no more.
Unlocked = tuple[keyslot.KeyslotFile, keyslot.Opened]


def _passphrase(vault: Vault, passphrase: str, unlocked: Unlocked | None = None) -> Unlocked:
    if unlocked is not None:
        slots, opened = unlocked
    else:
        slots = Vault.read_keyslots(vault.directory)
        opened = open_with_rules(vault.directory, slots, passphrase)
    if opened.recovery:
        raise RejectedInput("give the passphrase, not the recovery code, for this change",
                            code="passphrase-not-code")
    return slots, opened


def _record(vault: Vault, action: str, detail: dict[str, object] | None = None) -> None:
    conn = vault.connect()
    try:
        with transaction(conn):
            append_event(conn, action, detail=detail or {})
    finally:
        conn.close()


def _change(vault: Vault, passphrase: str, edit: Edit, action: str,
            detail: dict[str, object] | None = None, unlocked: Unlocked | None = None) -> None:
    """The database first (duress record, audit event), then the keyslot file: a crash between
    leaves a recorded salt with no slot, which nothing uses, never a slot nobody knows."""
    slots, opened = _passphrase(vault, passphrase, unlocked)
    assert opened.key is not None
    conn = vault.connect()
    try:
        with transaction(conn):
            changed, duress = edit(slots, opened, recorded_duress(conn))
            record_duress(conn, duress)
            append_event(conn, action, detail=detail or {})
    finally:
        conn.close()
    replace_keyslot_file(vault.directory, keyslot.serialize(changed, opened.key))


def _rekey_with(vault: Vault, passphrase: str, recovery: str, action: str,
                unlocked: Unlocked | None = None) -> None:
    slots, opened = _passphrase(vault, passphrase, unlocked)
    assert opened.key is not None
    _record(vault, action)  # before the rekey: the event travels into the new database
    new_slots, key = rekey(vault.directory, slots, opened.key, passphrase,
                           slots.secret_slots[0].params, recovery=recovery)
    vault.database = new_slots.database
    vault.adopt_key(key)


def add_recovery_code(vault: Vault, passphrase: str, unlocked: Unlocked | None = None) -> str:
    """A new recovery code (shown once, never stored in clear); it replaces any earlier one,
    which stops opening anything (the vault is rekeyed)."""
    code = keyslot.new_recovery_code()
    _rekey_with(vault, passphrase, code, "recovery code added", unlocked)
    return code


def remove_recovery_code(vault: Vault, passphrase: str, unlocked: Unlocked | None = None) -> bool:
    checked = _passphrase(vault, passphrase, unlocked)  # checked (and counted) anyway
    if not checked[0].recovery_slots:
        return False
    _rekey_with(vault, passphrase, DROP, "recovery code removed", checked)
    return True


def _secret_slots_without(slots: keyslot.KeyslotFile, opened: keyslot.Opened,
                          duress: list[str]) -> list[keyslot.Keyslot]:
    """The passphrase slot that opened and nothing else of the secret kind (old duress slots and
    decoys go; keyslot.padded adds what is needed)."""
    del duress
    return [s for s in slots.secret_slots if s.salt == opened.salt]


def set_duress_passphrase(vault: Vault, passphrase: str, duress_passphrase: str,
                          unlocked: Unlocked | None = None) -> None:
    """A passphrase that destroys the vault when typed; it replaces any earlier one."""
    keyslot.check_new_passphrase(duress_passphrase)
    if duress_passphrase == passphrase:
        raise RejectedInput("the duress passphrase must differ from the passphrase",
                            code="duress-same")
    slots = unlocked[0] if unlocked is not None else Vault.read_keyslots(vault.directory)
    try:
        keyslot.open_slots(slots, duress_passphrase)
    except WrongPassphrase:
        pass
    else:
        raise RejectedInput("that passphrase already opens this vault: choose another",
                            code="passphrase-taken")
    params = slots.secret_slots[0].params
    fresh = keyslot.duress_slot(slots.file_id, duress_passphrase, params)

    def edit(current: keyslot.KeyslotFile, opened: keyslot.Opened, duress: list[str]
             ) -> tuple[keyslot.KeyslotFile, list[str]]:
        secret = keyslot.padded(current.file_id,
                                [*_secret_slots_without(current, opened, duress), fresh], params)
        return keyslot.KeyslotFile(current.file_id, (*secret, *current.recovery_slots),
                                   current.database, current.wipe_after_failures), \
            [fresh.salt.hex()]

    _change(vault, passphrase, edit, "duress passphrase set", unlocked=unlocked)


def remove_duress_passphrase(vault: Vault, passphrase: str,
                             unlocked: Unlocked | None = None) -> bool:
    removed: list[str] = []

    def edit(current: keyslot.KeyslotFile, opened: keyslot.Opened, duress: list[str]
             ) -> tuple[keyslot.KeyslotFile, list[str]]:
        removed.extend(duress)
        params = current.secret_slots[0].params
        secret = keyslot.padded(current.file_id,
                                _secret_slots_without(current, opened, duress), params)
        return keyslot.KeyslotFile(current.file_id, (*secret, *current.recovery_slots),
                                   current.database, current.wipe_after_failures), []

    _change(vault, passphrase, edit, "duress passphrase removed", unlocked=unlocked)
    return bool(removed)


def set_wipe_after_failures(vault: Vault, passphrase: str, count: int,
                            unlocked: Unlocked | None = None) -> None:
    """Destroy the vault after `count` failed unlocks in a row (0: never)."""
    if not 0 <= count <= keyslot.MAX_WIPE_AFTER or 0 < count < 3:
        raise RejectedInput(f"choose 0 (off) or 3 to {keyslot.MAX_WIPE_AFTER} failed unlocks",
                            code="wipe-after", values=(str(keyslot.MAX_WIPE_AFTER),))

    def edit(current: keyslot.KeyslotFile, _opened: keyslot.Opened, duress: list[str]
             ) -> tuple[keyslot.KeyslotFile, list[str]]:
        return keyslot.KeyslotFile(current.file_id, current.slots, current.database,
                                   count), duress

    _change(vault, passphrase, edit, "wipe after failed unlocks set", {"count": count},
            unlocked)
