"""The use cases of a Desk (services/desk.py), grouped by topic, each over the desk's session.

Each class is the face-facing side of one topic: it names the use cases and returns the results
the faces show; the work itself is in the topic's module (colleagues.py, scope.py, exchange.py,
conflicts.py, dropfolder.py, sync.py, search.py, overview.py, store/drafts.py). Records are
`casework.Casework` itself.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..crypto.card import Card
from ..model.records import Stored
from ..store import drafts as draft_store
from ..store.dbapi import transaction
from ..store.queries import ListQuery
from . import (
    audit_view,
    choices,
    colleagues,
    conflicts,
    drop_settings,
    dropfolder,
    exchange,
    overview,
    scope,
    search,
    sync,
)
from .casework import Casework, RecordFilter
from .guard import guarded
from .session import Session

Colleague = colleagues.Colleague
IdentityInfo = colleagues.IdentityInfo
Draft = draft_store.Draft
Progress = exchange.Progress


class Colleagues:
    """This vault's identity and the colleagues it exchanges bundles with."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def identity(self) -> IdentityInfo:
        return colleagues.identity_info(self._s)

    def rename_identity(self, name: str) -> None:
        colleagues.rename_identity(self._s, name)

    def export_card(self, out: Path) -> None:
        colleagues.export_card(self._s, out)

    @staticmethod
    def read_card(path: Path) -> Card:
        """A card file, parsed and its signature checked (shown before adding)."""
        return colleagues.read_card(path)

    def add(self, card_path: Path, local_name: str | None = None, *,
            verified: bool = False, kind: str = "office") -> Colleague:
        """`kind`: "office" (a programme office) or "partner" (a partner organisation)."""
        return colleagues.add_colleague(self._s, card_path, local_name, verified=verified,
                                        kind=kind)

    def set_kind(self, colleague_id: str, kind: str) -> Colleague:
        return colleagues.set_colleague_kind(self._s, colleague_id, kind)

    def list(self) -> list[Colleague]:
        return colleagues.list_colleagues(self._s)

    def get(self, colleague_id: str) -> Colleague:
        return colleagues.get_colleague(self._s, colleague_id)

    def verify(self, colleague_id: str) -> Colleague:
        return colleagues.verify_colleague(self._s, colleague_id)

    def revoke(self, colleague_id: str) -> Colleague:
        return colleagues.revoke_colleague(self._s, colleague_id)

    def standing(self) -> dict[str, colleagues.Standing]:
        """Colleague id -> suspicion noticed here and revocations colleagues told of."""
        return colleagues.standing(self._s)


class Sharing:
    """Which colleagues a defender or case is shared with, and what may be shared."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def share(self, record_id: str, colleague_id: str) -> bool:
        return scope.share(self._s, record_id, colleague_id)

    def unshare(self, record_id: str, colleague_id: str) -> bool:
        return scope.unshare(self._s, record_id, colleague_id)

    def shared_with(self, record_id: str) -> list[str]:
        return scope.shared_with(self._s.conn, record_id)

    def kept_updated_for(self, record_id: str) -> list[str]:
        """The local names of colleagues (not revoked) whose scope holds the record: whom a
        change to it reaches at the next exchange."""
        return [c.local_name for c in colleagues.list_colleagues(self._s)
                if not c.revoked and record_id in scope.scope_of(self._s, c.id, [record_id])]

    def defender_choices(self) -> list[choices.Choice]:
        return choices.defender_choices(self._s.conn)

    def case_choices(self) -> list[choices.Choice]:
        return choices.case_choices(self._s.conn)

    def choice_for(self, kind: str, record_id: str) -> choices.Choice | None:
        return choices.choice_for(self._s.conn, kind, record_id)


def _new_conflicts(session: Session, before: set[str]) -> int:
    return len(set(conflicts.conflict_ids(session.conn)) - before)


class Exchange:
    """Sealed bundles: export chosen records, import, inspect."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def export(
        self,
        out: Path,
        *,
        to: Sequence[str],
        defenders: Sequence[str] = (),
        cases: Sequence[str] = (),
        everything: bool = False,
        allow_unverified: bool = False,
        keep_updated: bool = False,
        progress: Progress | None = None,
        part_size: int | None = None,
        data_progress: exchange.DataProgress | None = None,
    ) -> exchange.ExportSummary:
        """`part_size`: split a larger bundle into parts of at most that many bytes;
        `data_progress`: the evidence files' bytes written, of their total."""
        return exchange.export_bundle(
            self._s, out, to=to, defenders=defenders, cases=cases, everything=everything,
            allow_unverified=allow_unverified, keep_updated=keep_updated, progress=progress,
            part_size=part_size, data_progress=data_progress)

    def import_bundle(self, path: Path, progress: Progress | None = None,
                      data_progress: exchange.DataProgress | None = None
                      ) -> exchange.ImportSummary:
        """Import, and say how many records are newly in conflict because of it."""
        before = set(conflicts.conflict_ids(self._s.conn))
        summary = exchange.import_bundle(self._s, path, progress=progress,
                                         data_progress=data_progress)
        summary.new_conflicts = _new_conflicts(self._s, before)
        return summary

    def inspect(self, path: Path) -> exchange.Inspection:
        """What this vault can tell of a file (never changes anything)."""
        return exchange.inspect_bundle(path, self._s)


def inspect_file(path: Path) -> exchange.Inspection:
    """What can be told of a file without any vault (header only)."""
    return exchange.inspect_bundle(path, None)


class Conflicts:
    """Records edited concurrently here and elsewhere, waiting for a person's decision."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def ids(self) -> list[str]:
        return conflicts.conflict_ids(self._s.conn)

    def get(self, record_id: str) -> conflicts.Conflict:
        return conflicts.get_conflict(self._s, record_id)

    def list(self) -> list[conflicts.Conflict]:
        return conflicts.list_conflicts(self._s)

    def resolve(self, record_id: str, keep: str) -> None:
        conflicts.resolve(self._s, record_id, keep)

    def proposals(self, record_id: str | None = None) -> builtins.list[conflicts.Proposal]:
        """Colleagues' changes to consent, links or fields they were not given, waiting for a
        decision."""
        return conflicts.list_proposals(self._s, record_id)

    def accept(self, proposal_id: str) -> conflicts.Proposal:
        return conflicts.accept_proposal(self._s, proposal_id)

    def refuse(self, proposal_id: str) -> conflicts.Proposal:
        return conflicts.refuse_proposal(self._s, proposal_id)


class Sync:
    """The drop folder, syncing through it, and incremental bundles for one colleague."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def drop_folder(self) -> tuple[Path | None, bool]:
        """(the configured folder or None, whether to watch it)."""
        return drop_settings.drop_folder(self._s.conn)

    def set_drop_folder(self, folder: Path | None, watch: bool) -> None:
        drop_settings.set_drop_folder(self._s, folder, watch)

    def sync_folder(self, folder: Path, progress: Callable[[str], None] | None = None
                    ) -> dropfolder.SyncSummary:
        """Import what came, write what is due; with the number of records newly in conflict."""
        before = set(conflicts.conflict_ids(self._s.conn))
        summary = dropfolder.sync_folder(self._s, folder, progress=progress)
        summary.new_conflicts = _new_conflicts(self._s, before)
        return summary

    def export_changes(self, colleague_id: str, out: Path, *, allow_unverified: bool = False,
                       progress: Progress | None = None, part_size: int | None = None,
                       data_progress: exchange.DataProgress | None = None
                       ) -> exchange.ExportSummary | None:
        return sync.export_changes(self._s, colleague_id, out,
                                   allow_unverified=allow_unverified, progress=progress,
                                   part_size=part_size, data_progress=data_progress)


@dataclass(frozen=True)
class PendingDraft:
    """A form's unsaved input, to be kept in the vault."""

    form_kind: str
    record_id: str | None
    state: dict[str, Any]


class Drafts:
    """Unsaved forms kept inside the vault at lock, reopened after unlock."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def save(self, drafts: Iterable[PendingDraft]) -> None:
        """All of them in one transaction."""
        conn = self._s.conn
        with transaction(conn):
            for draft in drafts:
                draft_store.save_draft(conn, draft.form_kind, draft.record_id, draft.state)

    def delete(self, draft_ids: Iterable[int]) -> None:
        conn = self._s.conn
        with transaction(conn):
            for draft_id in draft_ids:
                draft_store.delete_draft(conn, draft_id)

    def list(self) -> list[Draft]:
        return draft_store.list_drafts(self._s.conn)


class Search:
    """Full-text search (sensitive fields only on request) with the list filters."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def find(
        self,
        text: str,
        *,
        category: str | None = None,
        country: str | None = None,
        date_from: date | str | None = None,
        date_to: date | str | None = None,
        status: str | None = None,
        include_sensitive: bool = False,
        include_deleted: bool = False,
        limit: int = 50,
    ) -> list[search.SearchHit]:
        return search.search(
            self._s.conn, text, category=category, country=country, date_from=date_from,
            date_to=date_to, status=status, include_sensitive=include_sensitive,
            include_deleted=include_deleted, limit=limit)


class Audit:
    """The audit trail as the faces show it: ids, actions and field names, never values."""

    def __init__(self, session: Session) -> None:
        self._reader = Casework(session)

    def events(self, *, record_id: str | None = None,
               limit: int = 50) -> list[audit_view.AuditEvent]:
        """The newest events first; with `record_id`, that record's history."""
        return audit_view.audit_events(self._reader, record_id=record_id, limit=limit)

    def check(self) -> audit_view.ChainCheck:
        """Whether the hash chain is whole and its anchored head names the newest event."""
        return audit_view.check_chain(self._reader)


class Overview:
    """What the GUI's lists and pickers read: the Defenders overview, positions, timelines."""

    def __init__(self, session: Session) -> None:
        self._reader = Casework(session)

    def defenders(self, *, today: Callable[[], date] = date.today) -> overview.DefenderOverview:
        return guarded(overview.DefenderOverview(self._reader, today=today))

    def list_position(self, query: ListQuery, record_id: str) -> int | None:
        return overview.list_position(self._reader, query, record_id)

    def record_query(self, kind: str, flt: RecordFilter | None = None, **page: Any) -> ListQuery:
        return self._reader.query(kind, flt, **page)

    def timeline_groups(self, defender_id: str) -> list[overview.TimelineGroup]:
        return overview.timeline_groups(self._reader, defender_id)

    def timeline_items(self, defender_id: str, group: str, *, offset: int = 0,
                       limit: int = 200) -> list[Stored]:
        return overview.timeline_items(self._reader, defender_id, group, offset=offset,
                                       limit=limit)

    def titles(self, kind: str, ids: Sequence[str]) -> dict[str, str]:
        return overview.titles(self._reader, kind, ids)

    def linked(self, kind: str, ids: Sequence[str]) -> dict[str, Stored]:
        return overview.linked(self._reader, kind, ids)

    def find_defenders(self, text: str, limit: int = 20) -> list[tuple[str, str]]:
        return overview.find_defenders(self._reader, text, limit)
