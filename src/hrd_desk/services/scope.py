"""Sharing scope: which records go to which colleague.

Each defender and case lists the colleagues it is shared with. Sharing a defender covers what
belongs with it (selection.defender_families); a shared case carries the records linked to it and
its defender as context (without sensitive fields). A record first received from a colleague is in
that colleague's scope. Every record in a scope is put to the one rule (sharing_rule.py) each time
the scope is computed: a defender whose consent no longer covers the colleague stops flowing at
once, a partner gets records redacted, a deleted record reaches only a colleague that held it.
Scope and consent are read from this vault's own data (outbound.py), never from what a display row
shows after a colleague's version.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import InvalidValue, NotFound, RejectedInput
from ..store import colleagues as colleague_store
from ..store import sharing as store
from ..store.audit import append_event
from ..store.dbapi import Connection, transaction
from ..store.records import is_purged, record_kind, registry_entries
from .outbound import Outbound
from .selection import case_families, defender_families, families_holding, require_consent
from .session import Session
from .sharing_rule import Purpose

SHAREABLE = ("defender", "case")
# Records whose facts are read ahead together when a scope is decided (Outbound.prepare).
DECIDE_PER_READ = 2_000


@dataclass(frozen=True)
class Scope:
    """record id -> names of fields withheld from this colleague (empty: the whole record)."""

    records: dict[str, frozenset[str]]

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.records


def _shareable(session: Session, record_id: str) -> str:
    kind = record_kind(session.conn, record_id)
    if kind is None or is_purged(session.conn, record_id):
        raise NotFound("record", record_id)
    if kind not in SHAREABLE:
        raise InvalidValue("record", "only defenders and cases are shared (with what they hold)")
    return kind


def share(session: Session, record_id: str, colleague_id: str) -> bool:
    """Add a colleague to a defender's or case's scope (consent checked, audited); False if it
    was already there. The one way a scope grows by a caseworker's choice (`share`, and
    `export --keep-updated`)."""
    conn = session.conn
    kind = _shareable(session, record_id)
    colleague = colleague_store.get_colleague(conn, colleague_id)
    if colleague.revoked:
        raise RejectedInput(f"colleague {colleague_id} is revoked")
    require_consent(Outbound(conn, session.vault_id, [colleague]), record_id)
    with transaction(conn):
        added = store.add_share(conn, record_id, colleague_id, "shared")
        if added:
            append_event(conn, "share", kind, record_id, {"colleague": colleague_id})
    return added


def unshare(session: Session, record_id: str, colleague_id: str) -> bool:
    """Remove a colleague from the scope. The colleague keeps what it already has."""
    conn = session.conn
    kind = _shareable(session, record_id)
    colleague_store.get_colleague(conn, colleague_id)
    with transaction(conn):
        removed = store.remove_share(conn, record_id, colleague_id)
        if removed:
            store.forget_held_outside(conn, colleague_id, wanted(session, colleague_id))
            append_event(conn, "unshare", kind, record_id, {"colleague": colleague_id})
    return removed


def shared_with(conn: Connection, record_id: str) -> list[str]:
    return store.shared_with(conn, record_id)


def add_received(conn: Connection, record_id: str, colleague_id: str) -> None:
    """A record first received from a colleague is in that colleague's scope."""
    store.add_share(conn, record_id, colleague_id, "received")


def wanted(session: Session, colleague_id: str) -> dict[str, Purpose]:
    """Every record the colleague's scope rows reach, with the purpose it would travel for (a
    superset: the rule still decides each). SQL only: cheap enough for every sync."""
    conn = session.conn
    found: dict[str, Purpose] = {}
    context: set[str] = set()
    rows = store.scope_rows(conn, colleague_id)
    defenders = [record_id for record_id, kind in rows if kind == "defender"]
    for family in defender_families(conn, defenders).values():
        found.update(dict.fromkeys(family, Purpose.EXCHANGE))
    cases = case_families(conn, [record_id for record_id, kind in rows if kind == "case"])
    for defender, ids in cases.values():
        found.update(dict.fromkeys(ids, Purpose.EXCHANGE))
        if defender:
            context.add(defender)
    for record_id, kind in rows:
        if kind not in ("defender", "case"):
            found[record_id] = Purpose.EXCHANGE
    kinds = registry_entries(conn, sorted(context))
    for defender in context:
        if kinds.get(defender, ("", False))[0] == "defender":
            found.setdefault(defender, Purpose.CASE_CONTEXT)
    return found


def reach_of(session: Session, colleague_id: str, record_ids: Iterable[str]
             ) -> dict[str, Purpose]:
    """`wanted` for these records alone: those of them the colleague's scope rows reach, with
    the same purpose, found from the records up (selection.families_holding: the families
    each belongs to, then whether any of them is a scope row) instead of reading every family
    of the scope. A few statements for all of them: what a sync asks when what it decides is
    small beside the scope (tests/test_scope_upward.py holds it equal to `wanted`)."""
    conn = session.conn
    owners = families_holding(conn, record_ids)
    asked = set(owners)
    for found in owners.values():
        asked |= found.defenders | found.cases | found.context_of
    rows = store.scope_rows_among(conn, colleague_id, asked)
    kinds = registry_entries(conn, sorted(r for r, o in owners.items() if o.context_of))
    reach: dict[str, Purpose] = {}
    for record_id, found in owners.items():
        if (record_id in rows
                or any(rows.get(d) == "defender" for d in found.defenders)
                or any(rows.get(c) == "case" for c in found.cases)):
            reach[record_id] = Purpose.EXCHANGE
        elif (any(rows.get(c) == "case" for c in found.context_of)
              and kinds.get(record_id, ("", False))[0] == "defender"):
            reach[record_id] = Purpose.CASE_CONTEXT
    return reach


def scope_of(session: Session, colleague_id: str, only: Iterable[str] | None = None,
             reach: dict[str, Purpose] | None = None, outbound: Outbound | None = None
             ) -> Scope:
    """What may leave for the colleague, each record as the rule lets it; `only`: decide just
    these records (a sync decides only what it may send now, not the whole scope); `reach`:
    what `wanted` just returned, when the caller has it; `outbound`: the caller's decisions for
    this colleague alone, when it asks again and again."""
    if outbound is None:
        colleague = colleague_store.get_colleague(session.conn, colleague_id)
        outbound = Outbound(session.conn, session.vault_id, [colleague])
    reach = reach if reach is not None else wanted(session, colleague_id)
    picked = None if only is None else set(only)
    chosen = [r for r in reach if picked is None or r in picked]
    records: dict[str, frozenset[str]] = {}
    for start in range(0, len(chosen), DECIDE_PER_READ):
        chunk = chosen[start:start + DECIDE_PER_READ]
        outbound.prepare(chunk)
        for record_id in chunk:
            decision = outbound.decision(record_id, reach[record_id])
            if decision.leaves:
                records[record_id] = decision.withheld
    return Scope(records)
