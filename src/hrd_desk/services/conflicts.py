"""Conflicts: a field changed on both sides, or a deletion concurrent with an edit; and
proposals: a colleague's change to consent, to what a record belongs to or to a field this vault
did not give it, held back by the rule for received versions (services/received.py) until a
caseworker accepts or refuses it.

Concurrent versions stay until a user resolves them; meanwhile the record shows the value of the
greatest (HLC, origin) and is flagged. Resolving keeps one version's view of the conflicting
fields (or "mine": this vault's latest version) by writing a new version that supersedes all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import NotFound, RejectedInput
from ..history.versions import Version, display, dominates
from ..model.display import hidden_fields, title_of
from ..model.records import KINDS
from ..store import colleagues as colleague_store
from ..store import merge as merge_store
from ..store import queries
from ..store import sharing as sharing_store
from ..store.audit import append_event
from ..store.dbapi import Connection, transaction
from ..store.records import load_versions, record_kind
from .session import Session


@dataclass(frozen=True)
class ConflictVersion:
    version_id: str
    origin: str  # "this vault", a colleague's local name, or the origin id
    made_at_ms: int
    deleted: bool
    values: dict[str, Any]  # the conflicting fields as this version saw them


@dataclass(frozen=True)
class Conflict:
    kind: str
    record_id: str
    title: str
    fields: tuple[str, ...]
    delete_conflict: bool
    versions: tuple[ConflictVersion, ...]
    hidden: frozenset[str] = field(default=frozenset())  # masked until revealed (hidden_fields)


def _seen_by(version: Version, history: list[Version]) -> dict[str, Any]:
    return display(
        [v for v in history if v is version or dominates(version.vector, v.vector)]
    ).fields


def _origin_name(session: Session, origin: str) -> str:
    if origin in session.own_origins():
        return "this vault"
    colleague = colleague_store.find_by_vault_id(session.conn, origin)
    return colleague.local_name if colleague else origin


def _candidates(history: list[Version], fields: frozenset[str], delete: bool) -> list[Version]:
    chosen: dict[bytes, Version] = {}
    for name in fields:
        writers = [v for v in history if name in v.fields]
        for w in writers:
            if not any(dominates(o.vector, w.vector) for o in writers):
                chosen[w.version_id] = w
    if delete:
        for v in history:
            if not any(dominates(o.vector, v.vector) for o in history):
                chosen[v.version_id] = v
    return sorted(chosen.values(), key=lambda v: v.order_key)


def get_conflict(session: Session, record_id: str) -> Conflict:
    kind = record_kind(session.conn, record_id)
    if kind is None:
        raise NotFound("record", record_id)
    history = load_versions(session.conn, record_id)
    shown = display(history)
    if not shown.conflict:
        raise RejectedInput(f"{KINDS[kind].label} {record_id} has no conflict")
    versions = []
    for version in _candidates(history, shown.conflict_fields, shown.delete_conflict):
        seen = _seen_by(version, history)
        versions.append(ConflictVersion(
            version_id=version.version_id.hex(),
            origin=_origin_name(session, version.origin),
            made_at_ms=version.hlc_wall,
            deleted=version.deleted,
            values={f: seen.get(f) for f in sorted(shown.conflict_fields)},
        ))
    marked = sharing_store.marks_of(session.conn, record_id)
    return Conflict(kind, record_id, title_of(kind, shown.fields, marked),
                    tuple(sorted(shown.conflict_fields)), shown.delete_conflict, tuple(versions),
                    hidden_fields(kind, marked))


def conflict_ids(conn: Connection) -> list[str]:
    """Ids of every record flagged as in conflict (cheap: summaries count them before and after
    an import)."""
    return queries.conflict_ids(conn)


def list_conflicts(session: Session) -> list[Conflict]:
    return [get_conflict(session, record_id) for record_id in conflict_ids(session.conn)]


def resolve(session: Session, record_id: str, keep: str) -> None:
    """Keep one version's view (`keep` = its id or a prefix of 8 or more characters, or "mine"
    for this vault's latest)."""
    conflict = get_conflict(session, record_id)
    history = load_versions(session.conn, record_id)
    if keep == "mine":
        origins = session.own_origins()
        mine = [v for v in history if v.origin in origins]
        if not mine:
            raise RejectedInput("this vault made no version of that record: name a version id")
        kept = max(mine, key=lambda v: sum(v.vector.values()))
    else:
        wanted = keep.strip().lower()  # the whole id, or its first 8 or more characters
        matches = [v for v in history if len(wanted) >= 8 and v.version_id.hex().startswith(wanted)]
        if not matches:
            raise RejectedInput(f"no version {keep} of that record")
        if len(matches) > 1:
            raise RejectedInput(f"{keep} names more than one version: give more characters")
        kept = matches[0]
    seen = _seen_by(kept, history)
    fields = {name: seen.get(name) for name in conflict.fields}
    deleted = kept.deleted if conflict.delete_conflict else False
    session.store.resolve(conflict.kind, record_id, fields, deleted)


# -- proposals -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    """A colleague's change this vault did not apply: what it proposes, beside what is shown."""

    proposal_id: str  # the version's id (hex)
    kind: str
    record_id: str
    title: str
    origin: str  # who made the change: a colleague's local name, or the origin id
    sender: str  # who sent it here (a relay may differ from the origin)
    made_at_ms: int
    current: dict[str, Any]  # the fields as this vault shows them now
    proposed: dict[str, Any]  # the values the colleague proposes
    titles: dict[str, str]  # safe titles of the records either side links to (id -> title)
    hidden: frozenset[str] = field(default=frozenset())  # masked until revealed (hidden_fields)


def _sender_name(session: Session, vault_id: str) -> str:
    colleague = colleague_store.find_by_vault_id(session.conn, vault_id)
    return colleague.local_name if colleague else vault_id


def list_proposals(session: Session, record_id: str | None = None) -> list[Proposal]:
    found = []
    for version_id, rid, kind, origin, sender, made_at, values in merge_store.proposals(
            session.conn, record_id):
        shown = display(load_versions(session.conn, rid))
        current = {name: shown.fields.get(name) for name in values}
        marked = sharing_store.marks_of(session.conn, rid)
        found.append(Proposal(
            proposal_id=version_id.hex(), kind=kind, record_id=rid,
            hidden=hidden_fields(kind, marked),
            title=title_of(kind, shown.fields, marked), origin=_origin_name(session, origin),
            sender=_sender_name(session, sender), made_at_ms=made_at,
            current=current, proposed=dict(values),
            titles=_linked_titles(session, [*current.values(), *values.values()])))
    return found


def _linked_titles(session: Session, values: list[Any]) -> dict[str, str]:
    """Safe titles of the records held here whose ids appear among `values`."""
    titles = {}
    for value in values:
        for candidate in value if isinstance(value, list) else [value]:
            if not isinstance(candidate, str):
                continue
            kind = record_kind(session.conn, candidate)
            if kind is not None and kind in KINDS:
                history = load_versions(session.conn, candidate)
                titles[candidate] = title_of(kind, display(history).fields) if history else kind
    return titles


def _proposal(session: Session, proposal_id: str) -> Proposal:
    wanted = proposal_id.strip().lower()
    matches = [p for p in list_proposals(session)
               if len(wanted) >= 8 and p.proposal_id.startswith(wanted)]
    if not matches:
        raise NotFound("proposal", proposal_id)
    if len(matches) > 1:
        raise RejectedInput(f"{proposal_id} names more than one proposal: give more characters")
    return matches[0]


def accept_proposal(session: Session, proposal_id: str) -> Proposal:
    """Make the proposed values this vault's own decision (a local edit, checked like one)."""
    from .casework import Casework

    found = _proposal(session, proposal_id)
    with transaction(session.conn):
        Casework(session).edit(found.kind, found.record_id, dict(found.proposed))
        merge_store.drop_proposal(session.conn, bytes.fromhex(found.proposal_id))
        append_event(session.conn, "proposal accepted", found.kind, found.record_id,
                     {"fields": sorted(found.proposed)})
    return found


def refuse_proposal(session: Session, proposal_id: str) -> Proposal:
    """Keep what this vault decided; the proposal is dropped (the colleague is not told)."""
    found = _proposal(session, proposal_id)
    with transaction(session.conn):
        merge_store.drop_proposal(session.conn, bytes.fromhex(found.proposal_id))
        append_event(session.conn, "proposal refused", found.kind, found.record_id,
                     {"fields": sorted(found.proposed)})
    return found
