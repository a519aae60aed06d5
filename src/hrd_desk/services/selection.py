"""Which records an export carries: the chosen defenders or cases and what belongs with them.

A defender brings its related people, cases, incidents, relocation stays (with their check-ins)
and tasks; a case brings its defender and the incidents, stays and tasks linked to it. Consent
is checked here, before anything is written: a defender whose consent is `none` never leaves
this vault.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..errors import ConsentRefused, NotFound
from ..store.dbapi import Connection
from ..store.records import is_purged, record_kind

# Consent levels that allow sharing with named colleagues of the programme.
CONSENT_FOR_COLLEAGUES = frozenset({"colleagues", "partners", "public"})


@dataclass
class Selection:
    record_ids: set[str] = field(default_factory=set)
    # records left out because a defender they concern has not consented to sharing
    withheld_for_consent: int = 0

    def counts(self, conn: Connection) -> dict[str, int]:
        counts: dict[str, int] = {}
        for record_id in self.record_ids:
            kind = record_kind(conn, record_id) or "unknown"
            counts[kind] = counts.get(kind, 0) + 1
        return counts


def _ids(conn: Connection, sql: str, params: Sequence[object]) -> set[str]:
    return {str(row[0]) for row in conn.execute(sql, params)}


def defender_consent(conn: Connection, defender_id: str) -> str | None:
    row = conn.execute("SELECT consent FROM defenders WHERE id = ?", (defender_id,)).fetchone()
    return None if row is None else (row[0] or "colleagues")


def _require_consent(conn: Connection, defender_id: str) -> None:
    consent = defender_consent(conn, defender_id)
    if consent is not None and consent not in CONSENT_FOR_COLLEAGUES:
        raise ConsentRefused(
            f"defender {defender_id} has consent '{consent}': nothing about them may leave "
            "this vault"
        )


def defender_family(conn: Connection, defender_id: str) -> set[str]:
    """A defender and its related people, cases, incidents, stays (with their check-ins) and
    tasks."""
    ids = {defender_id}
    ids |= _ids(conn, "SELECT id FROM related_people WHERE defender = ?", (defender_id,))
    ids |= _ids(conn, "SELECT id FROM cases WHERE defender = ?", (defender_id,))
    ids |= _ids(
        conn,
        "SELECT record_id FROM record_refs WHERE field = 'incident.defenders' AND value = ?",
        (defender_id,),
    )
    stays = _ids(conn, "SELECT id FROM relocations WHERE defender = ?", (defender_id,))
    return ids | stays | _planning_of(conn, "task.defender", {defender_id}, stays)


def _planning_of(conn: Connection, field: str, owners: set[str], stays: set[str]) -> set[str]:
    """The stays' check-ins, and tasks linked by `field` to one of `owners` or about a stay: a
    stay travels with its defender, a stay's check-ins and tasks with the stay."""
    wanted = [(field, owner) for owner in owners] + [
        (f"{kind}.relocation", stay) for stay in stays for kind in ("checkin", "task")]
    ids: set[str] = set()
    for ref, value in wanted:
        ids |= _ids(conn, "SELECT record_id FROM record_refs WHERE field = ? AND value = ?",
                    (ref, value))
    return ids


def case_family(conn: Connection, case_id: str) -> tuple[str | None, set[str]]:
    """(its defender, the case and its incidents, stays (with their check-ins) and tasks)."""
    row = conn.execute("SELECT defender FROM cases WHERE id = ?", (case_id,)).fetchone()
    defender = None if row is None else row[0]
    ids = {case_id}
    ids |= _ids(conn, 'SELECT id FROM incidents WHERE "case" = ?', (case_id,))
    stays = _ids(conn, 'SELECT id FROM relocations WHERE "case" = ?', (case_id,))
    return defender, ids | stays | _planning_of(conn, "task.case", {case_id}, stays)


def _check(conn: Connection, record_id: str, kind: str) -> None:
    if record_kind(conn, record_id) != kind or is_purged(conn, record_id):
        raise NotFound(kind, record_id)


def select_records(
    conn: Connection,
    *,
    defenders: Iterable[str] = (),
    cases: Iterable[str] = (),
    everything: bool = False,
) -> Selection:
    selection = Selection()
    if everything:
        for (defender_id,) in conn.execute("SELECT id FROM defenders").fetchall():
            if defender_consent(conn, defender_id) in CONSENT_FOR_COLLEAGUES:
                selection.record_ids |= defender_family(conn, defender_id)
            else:
                selection.withheld_for_consent += 1
        return _without_nonconsenting(conn, selection)
    for defender_id in defenders:
        _check(conn, defender_id, "defender")
        _require_consent(conn, defender_id)
        selection.record_ids |= defender_family(conn, defender_id)
    for case_id in cases:
        _check(conn, case_id, "case")
        defender, ids = case_family(conn, case_id)
        if defender:
            _require_consent(conn, defender)
            if record_kind(conn, defender) == "defender":
                ids.add(defender)
        selection.record_ids |= ids
    return _without_nonconsenting(conn, selection)


def _without_nonconsenting(conn: Connection, selection: Selection) -> Selection:
    """Leave out incidents that also concern a defender who has not consented."""
    refused = _ids(
        conn,
        "SELECT r.record_id FROM record_refs r JOIN defenders d ON d.id = r.value "
        "WHERE r.field = 'incident.defenders' AND coalesce(d.consent, 'colleagues') NOT IN "
        f"({', '.join('?' for _ in CONSENT_FOR_COLLEAGUES)})",
        sorted(CONSENT_FOR_COLLEAGUES),
    )
    left_out = selection.record_ids & refused
    selection.record_ids -= left_out
    selection.withheld_for_consent += len(left_out)
    return selection
