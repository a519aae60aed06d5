"""Looking after a vault as a whole: checking its integrity and changing its passphrase.

`verify_vault` runs every check it can and reports each one, instead of stopping at the first
failure, so a caseworker (or whoever helps them) sees everything that is wrong at once. It never
writes: the database is opened without migrating, and nothing is repaired. A wrong passphrase is
not damage and is raised as WrongPassphrase, like everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import DamagedVault
from ..store.audit import verify_chain
from ..store.dbapi import Connection, DatabaseError, as_damage, connect
from ..store.identity_keys import current_epoch
from ..store.integrity import audit_event_count, page_problems, structure_problems
from ..store.meta import get_meta
from ..store.vault import Vault, load_identity, open_with_rules
from ..store.vault_files import clear_failed_unlocks
from .passphrase_policy import check_new_passphrase


@dataclass(frozen=True)
class Check:
    """One integrity check: a stable name (part of the CLI's JSON), its result and why."""

    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class VerifyReport:
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def failures(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if not c.ok)


def _what(exc: DamagedVault) -> str:
    """What is damaged, without the "damaged vault:" prefix the CLI adds once for all checks."""
    return exc.message.removeprefix("damaged vault: ")


def _pages(conn: Connection) -> Check:
    problems = page_problems(conn)
    if not problems:
        return Check("pages", True, "every page authenticates (cipher_integrity_check)")
    return Check("pages", False, f"{problems} problem(s) reported by cipher_integrity_check")


def _structure(conn: Connection) -> Check:
    problems = structure_problems(conn)
    if not problems:
        return Check("structure", True, "the database structure is sound (integrity_check)")
    return Check("structure", False, f"{problems} problem(s) reported by integrity_check")


def _audit(conn: Connection) -> Check:
    broken_at = verify_chain(conn)
    if broken_at is None:
        count = audit_event_count(conn)
        return Check("audit", True, f"the audit chain of {count} event(s) is whole")
    return Check("audit", False, f"the audit chain breaks at event {broken_at}")


def _database_checks(conn: Connection) -> list[Check]:
    checks: list[Check] = []
    try:
        if get_meta(conn, "vault_id") != load_identity(conn).public.vault_id(
                current_epoch(conn)):
            return [Check("database", False, "the database's id does not match its identity")]
    except DamagedVault as exc:
        return [Check("database", False, _what(exc))]
    except DatabaseError as exc:
        return [Check("database", False, _what(as_damage(exc)))]
    checks.append(Check("database", True, "the database opens with the vault key"))
    for name, run in (("pages", _pages), ("structure", _structure), ("audit", _audit)):
        try:
            checks.append(run(conn))
        except DatabaseError as exc:
            checks.append(Check(name, False, _what(as_damage(exc))))
    return checks


def verify_vault(directory: Path, ask_passphrase: Callable[[], str]) -> VerifyReport:
    """Check the keyslot file, that the passphrase unlocks it, and the database's pages,
    structure and audit chain.

    The passphrase is asked only once the keyslot file has parsed, so a damaged keyslot is
    reported without a pointless (and slow) question. NoVault and WrongPassphrase are raised.
    """
    checks: list[Check] = []
    try:
        slots = Vault.read_keyslots(directory)
    except DamagedVault as exc:
        return VerifyReport((Check("keyslot", False, _what(exc)),))
    checks.append(Check("keyslot", True, f"the keyslot file parses ({len(slots.slots)} slot(s))"))
    try:
        opened = open_with_rules(directory, slots, ask_passphrase())  # duress and counts too
        assert opened.key is not None
        key = opened.key
    except DamagedVault as exc:
        checks.append(Check("unlock", False, _what(exc)))
        return VerifyReport(tuple(checks))
    checks.append(Check("unlock", True, "the passphrase unlocks the vault key"))
    clear_failed_unlocks(directory)  # a successful unlock, told by the face (cli.invocation)
    try:
        conn = connect(directory / slots.database, key)
    except DamagedVault as exc:
        checks.append(Check("database", False, _what(exc)))
        return VerifyReport(tuple(checks))
    try:
        checks.extend(_database_checks(conn))
    finally:
        conn.close()
    return VerifyReport(tuple(checks))


def change_passphrase(directory: Path, old: str, ask_new: Callable[[], str]) -> None:
    """A new passphrase and a new vault key: the database is re-encrypted (store.rekey).

    The vault is unlocked with `old` before `ask_new` is called, so nobody types a new passphrase
    twice only to learn the old one was wrong, and a keyslot that does not open this database is
    never rewrapped.
    """
    vault = Vault.unlock(directory, old)
    try:
        new = ask_new()
        check_new_passphrase(new)
        vault.change_passphrase(old, new)
    finally:
        vault.lock()
