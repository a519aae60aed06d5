"""Which records an export carries: the chosen defenders or cases and what belongs with them.

A defender brings its related people, cases, incidents, relocation stays (with their check-ins),
risk assessments, security measures and tasks, its training enrolments (with the editions they
are in) and the advocacy actions about it (with the network contacts involved); a case brings the
incidents, stays and tasks linked to it, and its defender as context (without sensitive
fields). What is found is a superset: each record is then put to the one rule (sharing_rule.py,
through outbound.py) for every recipient, and only what it allows leaves. A chosen defender or
case whose consent does not cover a recipient is refused before anything is written
(ConsentRefused, exit 5, with the reason).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..errors import NotFound
from ..store import sharing as store
from ..store.dbapi import Connection
from ..store.records import is_purged, record_kind
from .outbound import Outbound
from .sharing_rule import Decision, Purpose

_DEFENDER_LINKS = ("related.defender", "case.defender", "incident.defenders",
                   "risk_assessment.defender", "security_measure.defender")
# records about a defender that bring what they link to: a training participant its edition,
# an advocacy action its contacts (neither concerns a defender: each still goes to the rule)
_BRINGING = (("participant.defender", "participant.training"),
             ("advocacy.defenders", "advocacy.contacts"))


@dataclass
class Selection:
    decisions: dict[str, Decision] = field(default_factory=dict)  # what leaves, and how
    purposes: dict[str, Purpose] = field(default_factory=dict)  # why each leaves
    # records left out because a defender they concern has not consented to this recipient
    withheld_for_consent: int = 0

    @property
    def record_ids(self) -> set[str]:
        return set(self.decisions)

    def counts(self, conn: Connection) -> dict[str, int]:
        counts: dict[str, int] = {}
        for record_id in self.decisions:
            kind = record_kind(conn, record_id) or "unknown"
            counts[kind] = counts.get(kind, 0) + 1
        return counts


def defender_family(conn: Connection, defender_id: str) -> set[str]:
    """A defender and the records linked to it, its stays' check-ins and tasks."""
    ids = {defender_id}
    for link in _DEFENDER_LINKS:
        ids |= store.refs_to(conn, link, defender_id)
    stays = store.refs_to(conn, "relocation.defender", defender_id)
    for link, brought in _BRINGING:
        for record_id in store.refs_to(conn, link, defender_id):
            ids |= {record_id} | store.links_of(conn, record_id, brought)
    return ids | stays | _planning_of(conn, "task.defender", {defender_id}, stays)


def _planning_of(conn: Connection, link: str, owners: set[str], stays: set[str]) -> set[str]:
    """The stays' check-ins, and tasks linked by `link` to one of `owners` or about a stay."""
    wanted = [(link, owner) for owner in owners] + [
        (f"{kind}.relocation", stay) for stay in stays for kind in ("checkin", "task")]
    ids: set[str] = set()
    for ref, value in wanted:
        ids |= store.refs_to(conn, ref, value)
    return ids


def case_family(conn: Connection, case_id: str) -> tuple[str | None, set[str]]:
    """(its defender, the case and its incidents, stays (with their check-ins) and tasks)."""
    ids = {case_id} | store.refs_to(conn, "incident.case", case_id)
    stays = store.refs_to(conn, "relocation.case", case_id)
    return store.case_defender(conn, case_id), ids | stays | _planning_of(
        conn, "task.case", {case_id}, stays)


def check_live(conn: Connection, record_id: str, kind: str) -> None:
    if record_kind(conn, record_id) != kind or is_purged(conn, record_id):
        raise NotFound(kind, record_id)


def require_consent(outbound: Outbound, record_id: str) -> None:
    error = outbound.refusal_error(record_id)
    if error is not None:
        raise error


def select_records(
    outbound: Outbound,
    *,
    defenders: Iterable[str] = (),
    cases: Iterable[str] = (),
    everything: bool = False,
) -> Selection:
    conn = outbound.conn
    wanted: dict[str, Purpose] = {}
    selection = Selection()
    if everything:
        for defender_id in store.defender_ids(conn):
            if outbound.refusal(defender_id) is None:
                wanted.update(dict.fromkeys(defender_family(conn, defender_id), Purpose.EXCHANGE))
            else:
                selection.withheld_for_consent += 1
    for defender_id in defenders:
        check_live(conn, defender_id, "defender")
        require_consent(outbound, defender_id)
        wanted.update(dict.fromkeys(defender_family(conn, defender_id), Purpose.EXCHANGE))
    context: set[str] = set()
    for case_id in cases:
        check_live(conn, case_id, "case")
        require_consent(outbound, case_id)
        defender, ids = case_family(conn, case_id)
        wanted.update(dict.fromkeys(ids, Purpose.EXCHANGE))
        if defender and record_kind(conn, defender) == "defender":
            context.add(defender)
    for defender_id in context:
        wanted.setdefault(defender_id, Purpose.CASE_CONTEXT)
    for record_id, purpose in sorted(wanted.items()):
        decision = outbound.decision(record_id, purpose)
        if decision.leaves:
            selection.decisions[record_id] = decision
            selection.purposes[record_id] = purpose
        elif outbound.refusal(record_id) is not None:
            selection.withheld_for_consent += 1
    return selection
