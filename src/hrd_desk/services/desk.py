"""The door: one unlocked vault, as the command line and the desktop app both reach it.

A `Desk` is the only thing a face holds. It is made by `open_desk` (the CLI: keyslot read once,
database opened once), `create_desk` or `unlock_desk` (the GUI, on a worker thread: nothing is left
open there), keeps its connection private, and offers the use cases grouped by topic:

    desk.records      add, edit, delete, restore, purge, get, list, count (services/casework.py)
    desk.colleagues   this vault's identity and card; colleagues added, verified, revoked
    desk.sharing      share and unshare defenders and cases; what may be shared (choices)
    desk.exchange     export, import and inspect sealed bundles
    desk.conflicts    concurrent edits waiting for a decision, and resolving them
    desk.sync         the drop folder, syncing through it, incremental exports
    desk.drafts       unsaved forms kept in the vault at lock
    desk.search       full-text search with filters
    desk.overview     the Defenders overview, list positions, timelines, titles for pickers
    desk.audit        the audit trail: ids, actions and field names, never values
    desk.evidence     attachments: intake, export, verify, custody statements (evidence.py)
    desk.planning     stays, check-ins and tasks as acted on; the start screen
    desk.plans        risk assessments (trend, items) and security plans (measures, summary)
    desk.training     enrolments in the training course; an edition's participants
    desk.network      advocacy actions about a defender or with a network contact
    desk.reports      statistics, lists as CSV, dossiers (services/reports.py)

Every use case owns its transaction (`store.dbapi.transaction`, which nests) and lets no driver
exception out: each becomes `errors.StorageFailure`. A desk's connection belongs to the thread
that first uses it; `view()` gives another desk on the same unlocked vault (its own connection,
for another thread), read-only when asked (the GUI's pages read through one, its writer thread
writes through another). `lock()` forgets the key for every view.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ..crypto.keyslot import KdfParams, KeyslotFile
from ..errors import DamagedVault
from ..store.dbapi import (
    Connection,
    DatabaseError,
    driver_errors_as_damage,
    fold_wal,
    roll_back_if_open,
)
from ..store.records import change_marks, kinds_changed_since
from ..store.vault import Vault, default_vault_dir
from ..store.vault import vault_exists as _vault_exists
from .casework import Casework
from .evidence import Evidence
from .guard import guarded
from .network import Network
from .passphrase_policy import check_new_passphrase
from .planning import Planning
from .plans import Plans
from .reports import Reports
from .session import Session, create_vault
from .sheet_import import SheetImport
from .topics import (
    Audit,
    Colleagues,
    Conflicts,
    Drafts,
    Exchange,
    Overview,
    Search,
    Sharing,
    Sync,
)
from .training import Training

T = TypeVar("T")


# -- locating ------------------------------------------------------------------------------------


def locate_vault(directory: str | Path | None = None) -> Path:
    """The vault directory: `directory` if given, else HRD_DESK_VAULT, else the per-user one."""
    if directory is None:
        return default_vault_dir()
    return Path(directory).expanduser()


def vault_exists(directory: Path) -> bool:
    return _vault_exists(directory)


@dataclass(frozen=True)
class FoundVault:
    """A vault directory whose keyslot file was read and parsed (before any passphrase is asked,
    so a missing or damaged vault is reported first); unlocking reuses what was read."""

    directory: Path
    _slots: KeyslotFile

    @property
    def slots(self) -> KeyslotFile:
        """The keyslot file as read (no secret in it): the services' key changes reuse it."""
        return self._slots


def find_vault(directory: Path) -> FoundVault:
    """NoVault or DamagedVault (the keyslot file) before anything is asked of the person."""
    return FoundVault(directory, Vault.read_keyslots(directory))


# -- the desk ------------------------------------------------------------------------------------


class Desk:
    """One unlocked vault; see the module docstring."""

    def __init__(
        self,
        vault: Vault,
        *,
        read_only: bool = False,
        conn: Connection | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        self._vault = vault
        self._read_only = read_only
        self._conn = conn
        self._now = now
        self._session: Session | None = None

    @classmethod
    def on(cls, session: Session) -> Desk:
        """A desk over a session already open on this thread (tests and tools that built a
        vault through the services underneath)."""
        desk = cls(session.vault)
        desk._session = session
        return desk

    # -- the topics (made on first use, over this desk's connection) ---------------------------

    def _topic(self, make: Callable[[Session], T]) -> T:
        with driver_errors_as_damage():
            return guarded(make(self._current_session()))

    @functools.cached_property
    def records(self) -> Casework:
        return self._topic(Casework)

    @functools.cached_property
    def colleagues(self) -> Colleagues:
        return self._topic(Colleagues)

    @functools.cached_property
    def sharing(self) -> Sharing:
        return self._topic(Sharing)

    @functools.cached_property
    def exchange(self) -> Exchange:
        return self._topic(Exchange)

    @functools.cached_property
    def conflicts(self) -> Conflicts:
        return self._topic(Conflicts)

    @functools.cached_property
    def sync(self) -> Sync:
        return self._topic(Sync)

    @functools.cached_property
    def drafts(self) -> Drafts:
        return self._topic(Drafts)

    @functools.cached_property
    def search(self) -> Search:
        return self._topic(Search)

    @functools.cached_property
    def overview(self) -> Overview:
        return self._topic(Overview)

    @functools.cached_property
    def audit(self) -> Audit:
        return self._topic(Audit)

    @functools.cached_property
    def evidence(self) -> Evidence:
        """Evidence attachments: intake, export, verify, custody statements."""
        return self._topic(Evidence)

    @functools.cached_property
    def planning(self) -> Planning:
        """Stays, check-ins and tasks as acted on; the start screen."""
        return self._topic(Planning)

    @functools.cached_property
    def plans(self) -> Plans:
        """Risk assessments and security plans: trend, measures due, the plan summary."""
        return self._topic(Plans)

    @functools.cached_property
    def sheets(self) -> SheetImport:
        """Spreadsheet import: preview a file, then import it whole or not at all."""
        return self._topic(SheetImport)

    @functools.cached_property
    def training(self) -> Training:
        """Enrolments in the training course; an edition's participants, a defender's."""
        return self._topic(Training)

    @functools.cached_property
    def network(self) -> Network:
        """Advocacy actions about a defender or with a network contact."""
        return self._topic(Network)

    @functools.cached_property
    def reports(self) -> Reports:
        """Statistics, lists as CSV and dossiers (issue 18)."""
        return self._topic(Reports)

    # -- the connection, opened on first use by the thread that uses it ------------------------

    def _current_session(self) -> Session:
        if self._session is None:
            if self._vault.locked:
                raise DamagedVault("the vault is locked")
            conn, self._conn = self._conn, None
            with driver_errors_as_damage():
                self._session = Session(self._vault, conn=conn, read_only=self._read_only,
                                        now=self._now)
        return self._session

    def connect(self) -> None:
        """Open this desk's connection now, on this thread (errors show at open, not later)."""
        self._current_session()

    @property
    def is_connected(self) -> bool:
        return self._session is not None

    # -- what a face may know of the vault ----------------------------------------------------

    @property
    def directory(self) -> Path:
        return self._vault.directory

    @property
    def vault_id(self) -> str:
        return self._vault.vault_id

    @property
    def failed_unlocks(self) -> int:
        """Failed unlock attempts since this vault was last opened (shown once, then cleared)."""
        return self._vault.failed_unlocks

    @property
    def recovered(self) -> bool:
        """Unlocked with the recovery code: offer to set a new passphrase (set_passphrase)."""
        return self._vault.recovered

    def set_passphrase(self, new: str) -> None:
        """A new passphrase with the key this desk holds (after the recovery code opened it):
        the database is re-encrypted under a new key, so call it before any view connects."""
        if self._session is not None or self._conn is not None:
            raise RuntimeError("set_passphrase needs a desk with no open connection")
        check_new_passphrase(new)
        with driver_errors_as_damage():
            self._vault.set_passphrase(new)

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def locked(self) -> bool:
        return self._vault.locked

    def view(self, *, read_only: bool = False) -> Desk:
        """Another desk on this unlocked vault, with its own connection (made on first use)."""
        return Desk(self._vault, read_only=read_only, now=self._now)

    def change_marks(self) -> tuple[int, int]:
        """Where the history stands now; `kinds_changed_since` tells what moved since."""
        with driver_errors_as_damage():
            return change_marks(self._current_session().conn)

    def kinds_changed_since(self, marks: tuple[int, int]) -> frozenset[str]:
        """Kinds of records that got a version or an audit event since `marks`."""
        with driver_errors_as_damage():
            return kinds_changed_since(self._current_session().conn, marks)

    def interrupt(self) -> None:
        """Abort the statement running on this desk's connection (from any thread, at lock)."""
        session = self._session
        if session is not None:
            with driver_errors_as_damage():
                session.conn.interrupt()

    def set_abort_check(self, check: Callable[[], int], every: int) -> None:
        """SQLite asks `check` every `every` steps; a true answer aborts the statement."""
        with driver_errors_as_damage():
            self._current_session().conn.set_progress_handler(check, every)

    def roll_back_if_open(self) -> None:
        """End a transaction an aborted use case left open (its ROLLBACK itself interrupted)."""
        session = self._session
        if session is not None:
            roll_back_if_open(session.conn)

    def fold_wal(self) -> None:
        """Copy the WAL into the database file without waiting (store/dbapi.py): for a writer
        that is idle."""
        session = self._session
        if session is not None:
            with driver_errors_as_damage():
                fold_wal(session.conn)

    _TOPICS = ("records", "colleagues", "sharing", "exchange", "conflicts", "sync", "drafts",
               "search", "overview", "audit", "evidence", "planning", "plans", "training",
               "network", "reports", "sheets")

    def close(self) -> None:
        """Close this desk's connection (the key stays: other views go on). The topics made
        over it go too: they hold the session, and through it the identity's keys."""
        for name in self._TOPICS:
            self.__dict__.pop(name, None)
        session, self._session = self._session, None
        if session is not None:
            session.close()
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(DatabaseError):
                conn.close()

    def lock(self) -> None:
        """Close this desk and forget the vault key for every view of it."""
        self.close()
        self._vault.lock()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- opening -------------------------------------------------------------------------------------


def open_desk(found: FoundVault, passphrase: str) -> Desk:
    """Unlock with the keyslot file already read, and open the one connection (this thread's)."""
    vault, conn = Vault.open(found.directory, passphrase, found._slots)
    return Desk(vault, conn=conn)


def unlock_desk(directory: Path, passphrase: str) -> Desk:
    """Unlock on any thread (the GUI's worker); the desk connects on its first use."""
    return Desk(Vault.unlock(directory, passphrase))


def create_desk(directory: Path, passphrase: str, params: KdfParams | None = None) -> Desk:
    """Create a vault (refused where one exists, the folder is not empty, or the passphrase is
    too weak for the policy) and unlock it."""
    return Desk(create_vault(directory, passphrase, params))


__all__ = ["Desk", "FoundVault", "create_desk", "find_vault", "locate_vault", "open_desk",
           "unlock_desk", "vault_exists"]
