"""Which records an export carries: the chosen defenders or cases and what belongs with them.

A defender brings its related people, cases, incidents, relocation stays (with their check-ins),
risk assessments (with their items), security measures and tasks, its training enrolments (with
the editions they are in) and the advocacy actions about it (with the network contacts
involved); a case brings the incidents, stays and tasks linked to it, and its defender as context
(without sensitive fields). What is found is a superset: each record is then put to the one rule
(sharing_rule.py, through outbound.py) for every recipient, and only what it allows leaves. A
chosen defender or case whose consent does not cover a recipient is refused before anything is
written (ConsentRefused, exit 5, with the reason).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
    """A defender and the records linked to it, its stays' check-ins and tasks, its risk
    assessments' items."""
    return defender_families(conn, [defender_id])[defender_id]


def defender_families(conn: Connection, defender_ids: Iterable[str]) -> dict[str, set[str]]:
    """defender_family of each defender, a few statements for all of them (a sync reads the
    family of every defender in a colleague's scope)."""
    owners = sorted(set(defender_ids))
    families = {owner: {owner} for owner in owners}
    for link in _DEFENDER_LINKS:
        for owner, ids in store.refs_to_each(conn, link, owners).items():
            families[owner] |= ids
    assessments = store.refs_to_each(conn, "risk_assessment.defender", owners)
    items = store.refs_to_each(conn, "risk_item.assessment",
                               {a for ids in assessments.values() for a in ids})
    for owner, ids in assessments.items():
        for assessment in ids:
            families[owner] |= items.get(assessment, set())
    for link, brought in _BRINGING:
        bringing = store.refs_to_each(conn, link, owners)  # owner -> records bringing more
        named = store.links_of_each(conn, {r for ids in bringing.values() for r in ids}, brought)
        for owner, ids in bringing.items():
            for record_id in ids:
                families[owner] |= {record_id} | named.get(record_id, set())
    stays = store.refs_to_each(conn, "relocation.defender", owners)
    for owner, ids in _planning_of(conn, "task.defender", owners, stays).items():
        families[owner] |= ids
    return families


def _planning_of(conn: Connection, link: str, owners: Sequence[str],
                 stays: dict[str, set[str]]) -> dict[str, set[str]]:
    """Each owner's stays (`stays`: owner -> its stays), the stays' check-ins, and tasks linked
    by `link` to the owner or about one of its stays."""
    found: dict[str, set[str]] = {owner: set(stays.get(owner, ())) for owner in owners}
    for owner, ids in store.refs_to_each(conn, link, owners).items():
        found[owner] |= ids
    stay_owners: dict[str, list[str]] = {}
    for owner, held in stays.items():
        for stay in held:
            stay_owners.setdefault(stay, []).append(owner)
    for kind in ("checkin", "task"):
        for stay, ids in store.refs_to_each(conn, f"{kind}.relocation", stay_owners).items():
            for owner in stay_owners[stay]:
                found[owner] |= ids
    return found


@dataclass
class Owners:
    """The families one record belongs to (families_holding): the defenders and cases whose
    family (defender_families, case_families) holds it, and the cases whose display row shows
    it as their defender (a shared case carries that defender as context)."""

    defenders: set[str] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    context_of: set[str] = field(default_factory=set)


def families_holding(conn: Connection, record_ids: Iterable[str]) -> dict[str, Owners]:
    """defender_families and case_families read the other way, from the records up: for each
    of these records, whose families hold it, a few statements for all of them. A record is in
    its own family's owners whatever its kind (a defender's family and a case's hold their
    owner); the caller checks each owner's kind. Every step below is one step of the two
    functions above, reversed (tests/test_scope_upward.py holds them equal)."""
    ids = sorted(set(record_ids))
    found = {r: Owners({r}, {r}) for r in ids}
    refs: dict[str, dict[str, set[str]]] = {}  # record -> its links, field -> values

    def read(records: Iterable[str]) -> None:
        need = sorted({r for r in records if r not in refs})
        refs.update({r: {} for r in need})
        for record_id, field_name, value in store.refs_of_each(conn, need):
            refs[record_id].setdefault(field_name, set()).add(value)

    def links(records: Iterable[str], field_name: str) -> dict[str, set[str]]:
        """links_of_each, from the links read (one statement per level, not per field)."""
        return {r: refs[r][field_name] for r in records if field_name in refs[r]}

    def add(side: str, owners_of: dict[str, set[str]]) -> None:
        for record_id, owners in owners_of.items():
            getattr(found[record_id], side).update(owners)

    def through(linked: dict[str, set[str]], field_name: str) -> dict[str, set[str]]:
        """record -> what the records it links to link to by `field_name` (two steps up)."""
        upper = links({m for ms in linked.values() for m in ms}, field_name)
        return {r: {o for m in ms for o in upper.get(m, ())} for r, ms in linked.items()}

    read(ids)
    assessments = links(ids, "risk_item.assessment")
    named_by = {brought: store.refs_to_each(conn, brought, ids) for _link, brought in _BRINGING}
    stays = {kind: links(ids, f"{kind}.relocation") for kind in ("checkin", "task")}
    read({m for linked in (assessments, *named_by.values(), *stays.values())
          for ms in linked.values() for m in ms})  # the records one step up, at once
    for link in _DEFENDER_LINKS:  # linked to the defender (stays and tasks below)
        add("defenders", links(ids, link))
    # a risk item, through its assessment's defender
    add("defenders", through(assessments, "risk_assessment.defender"))
    for link, brought in _BRINGING:
        add("defenders", links(ids, link))  # the record bringing more
        add("defenders", through(named_by[brought], link))  # brought: by whom
    # planning: stays and tasks linked to the owner, and the check-ins and tasks of its stays
    for side, link in (("defenders", "defender"), ("cases", "case")):
        add(side, links(ids, f"relocation.{link}"))
        add(side, links(ids, f"task.{link}"))
        for kind in ("checkin", "task"):
            add(side, through(stays[kind], f"relocation.{link}"))
    add("cases", links(ids, "incident.case"))
    add("context_of", {d: cases for d, cases in store.cases_about(conn, ids).items() if d})
    return found


def case_family(conn: Connection, case_id: str) -> tuple[str | None, set[str]]:
    """(its defender, the case and its incidents, stays (with their check-ins) and tasks)."""
    return case_families(conn, [case_id])[case_id]


def case_families(conn: Connection, case_ids: Iterable[str]
                  ) -> dict[str, tuple[str | None, set[str]]]:
    """case_family of each case, a few statements for all of them."""
    owners = sorted(set(case_ids))
    incidents = store.refs_to_each(conn, "incident.case", owners)
    stays = store.refs_to_each(conn, "relocation.case", owners)
    planning = _planning_of(conn, "task.case", owners, stays)
    defenders = store.case_defenders(conn, owners)
    return {case: (defenders.get(case), {case} | incidents.get(case, set()) | planning[case])
            for case in owners}


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
        consenting = []
        for defender_id in store.defender_ids(conn):
            if outbound.refusal(defender_id) is None:
                consenting.append(defender_id)
            else:
                selection.withheld_for_consent += 1
        for family in defender_families(conn, consenting).values():
            wanted.update(dict.fromkeys(family, Purpose.EXCHANGE))
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
