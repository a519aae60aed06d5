"""Property (issue 13): the reach of a colleague's scope found from the records up
(`scope.reach_of`, what a sync asks about the records it decides) is exactly the reach found from
the scope rows down (`scope.wanted`), with the same purposes, and the rule gives the same
decisions and withheld fields from either.

Random small vaults: defenders with every consent level, cases with and without a defender,
incidents about one or two defenders and/or a case, related people, stays with their check-ins
and tasks, risk assessments with their items, security measures, training editions with their
participants, network contacts named in advocacy actions, links to records this vault does not
hold, sensitive marks, deletions and purges, links moved by later edits; an office and a partner,
shares of defenders and cases, records first received from a colleague, unshares. Every record,
every single one, and random subsets are asked.

This decides what leaves the vault: a family edge missing from `selection.families_holding`
would withhold records a colleague should get, and an extra one would send records outside its
scope to a possibly hostile office.
"""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrd_desk.services import colleagues, exchange, scope, sync
from hrd_desk.services.outbound import Outbound, recipient
from hrd_desk.services.session import Session
from hrd_desk.services.sharing_rule import Purpose, decide, markable_fields
from hrd_desk.store import colleagues as colleague_store
from hrd_desk.store import sharing as sharing_store
from hrd_desk.store.dbapi import transaction
from sync_support import close_all, make_offices

LEVELS = ("colleagues", "partners", "public", "none", "not-recorded")
TEXT = {"defender": "notes", "related": "notes", "case": "notes", "incident": "description",
        "relocation": "notes", "checkin": "note", "training": "notes", "participant": "needs",
        "risk_assessment": "summary", "risk_item": "text", "security_measure": "details",
        "contact": "notes", "advocacy": "outcome", "task": "notes"}  # a free-text field of each
_serial = itertools.count()


def _pick(draw: Any, count: int) -> int | None:
    """An index into `count` things, or None (no link)."""
    return draw(st.none() | st.integers(0, count - 1)) if count else None


@st.composite
def plans(draw: Any) -> dict[str, Any]:
    """What one vault holds: each record as (kind, its links as indexes of earlier records)."""
    defenders = draw(st.integers(1, 4))
    plan: dict[str, Any] = {
        "defenders": [(draw(st.sampled_from(LEVELS)), draw(st.sampled_from([True, False])))
                      for _ in range(defenders)],
    }
    some_defenders = st.lists(st.integers(0, defenders - 1), max_size=2, unique=True)
    plan["cases"] = [_pick(draw, defenders) for _ in range(draw(st.integers(0, 3)))]
    cases = len(plan["cases"])
    plan["incidents"] = [(draw(some_defenders), _pick(draw, cases))
                         for _ in range(draw(st.integers(0, 5)))]
    plan["related"] = [_pick(draw, defenders) for _ in range(draw(st.integers(0, 2)))]
    plan["stays"] = [(_pick(draw, defenders), _pick(draw, cases))
                     for _ in range(draw(st.integers(0, 3)))]
    stays = len(plan["stays"])
    plan["checkins"] = [_pick(draw, stays) for _ in range(draw(st.integers(0, 3)))]
    plan["tasks"] = [(_pick(draw, defenders), _pick(draw, cases), _pick(draw, stays))
                     for _ in range(draw(st.integers(0, 3)))]
    plan["assessments"] = [_pick(draw, defenders) for _ in range(draw(st.integers(0, 2)))]
    plan["items"] = [_pick(draw, len(plan["assessments"]))
                     for _ in range(draw(st.integers(0, 3)))]
    plan["measures"] = [_pick(draw, defenders) for _ in range(draw(st.integers(0, 2)))]
    plan["trainings"] = draw(st.integers(0, 2))
    plan["participants"] = [(_pick(draw, plan["trainings"]), _pick(draw, defenders))
                            for _ in range(draw(st.integers(0, 3)))]
    plan["contacts"] = draw(st.integers(0, 3))
    plan["advocacy"] = [(draw(some_defenders),
                         draw(st.lists(st.integers(0, max(plan["contacts"] - 1, 0)),
                                       max_size=2, unique=True)) if plan["contacts"] else [],
                         draw(st.booleans()))  # also names a contact this vault never held
                        for _ in range(draw(st.integers(0, 3)))]
    plan["ops"] = draw(operations(0))
    return plan


def operations(at_least: int) -> st.SearchStrategy[list[tuple[str, int, str, int]]]:
    """(what, which record, which colleague, another choice) for _apply."""
    return st.lists(st.tuples(
        st.sampled_from(["share", "edit", "share", "move", "share", "unshare", "received",
                         "delete", "purge", "mark", "consent", "edit"]),
        st.integers(0, 40), st.sampled_from(["B", "P"]), st.integers(0, 40)),
        min_size=at_least, max_size=12)


def _build(session: Session, plan: dict[str, Any]) -> dict[str, list[str]]:
    """The records of a plan (through the store, as older or received data may hold them)."""
    store = session.store
    made: dict[str, list[str]] = {}

    def ref(group: str, index: int | None) -> str | None:
        return None if index is None else made[group][index]

    def add(group: str, kind: str, values: dict[str, Any]) -> None:
        made.setdefault(group, []).append(store.create(kind, values))

    n = next(_serial)
    with transaction(session.conn):
        for level, facts in plan["defenders"]:
            add("defenders", "defender", {
                "name": f"D{n}", "consent": level, "consent_date": "2025-01-02" if facts else None,
                "consent_how": "verbal" if facts else None, "notes": "home address"})
        made.setdefault("cases", [])
        for defender in plan["cases"]:
            add("cases", "case", {"defender": ref("defenders", defender),
                                  "programme": "relocation", "notes": "n"})
        for defenders, case in plan["incidents"]:
            add("incidents", "incident", {
                "defenders": [made["defenders"][d] for d in defenders], "case": ref("cases", case),
                "category": "digital", "description": "what happened"})
        for defender in plan["related"]:
            add("related", "related", {"defender": ref("defenders", defender), "name": "R"})
        made.setdefault("stays", [])
        for defender, case in plan["stays"]:
            add("stays", "relocation", {"defender": ref("defenders", defender),
                                        "case": ref("cases", case), "host_city": "Oslo"})
        for stay in plan["checkins"]:
            add("checkins", "checkin", {"relocation": ref("stays", stay), "due": "2026-03-01"})
        for defender, case, stay in plan["tasks"]:
            add("tasks", "task", {"title": "t", "defender": ref("defenders", defender),
                                  "case": ref("cases", case), "relocation": ref("stays", stay)})
        made.setdefault("assessments", [])
        for defender in plan["assessments"]:
            add("assessments", "risk_assessment", {"defender": ref("defenders", defender),
                                                   "summary": "s"})
        for assessment in plan["items"]:
            add("items", "risk_item", {"assessment": ref("assessments", assessment),
                                       "text": "x"})
        for defender in plan["measures"]:
            add("measures", "security_measure", {"defender": ref("defenders", defender),
                                                 "title": "m"})
        made.setdefault("trainings", [])
        for _ in range(plan["trainings"]):
            add("trainings", "training", {"title": "T", "place": "Hague"})
        for training, defender in plan["participants"]:
            add("participants", "participant", {"training": ref("trainings", training),
                                                "defender": ref("defenders", defender)})
        made.setdefault("contacts", [])
        for _ in range(plan["contacts"]):
            add("contacts", "contact", {"name": "C", "city": "Nairobi"})
        for defenders, contacts, stranger in plan["advocacy"]:
            named = [made["contacts"][c] for c in contacts]
            add("advocacy", "advocacy", {
                "defenders": [made["defenders"][d] for d in defenders],
                "contacts": named + ([str(uuid.uuid4())] if stranger else []),
                "action": "meeting", "outcome": "o"})
    return made


def _apply(session: Session, plan: dict[str, Any], made: dict[str, list[str]],
           ids: dict[str, str]) -> None:
    """Shares, unshares, records first received, deletions, purges, marks and moved links."""
    conn = session.conn
    owners = made["defenders"] + made["cases"]
    every = [r for group in made.values() for r in group]
    for op, which, whom, other in plan["ops"]:
        colleague = ids[whom]
        record = every[which % len(every)]
        owner = owners[which % len(owners)]
        if op == "share":
            with transaction(conn):
                sharing_store.add_share(conn, owner, colleague, "shared")
        elif op == "unshare":
            with transaction(conn):
                sharing_store.remove_share(conn, owner, colleague)
        elif op == "received":
            with transaction(conn):
                scope.add_received(conn, record, colleague)
        elif op in ("delete", "purge", "mark", "move", "consent", "edit"):
            _change(session, op, record, other, made)


def _change(session: Session, op: str, record: str, other: int,
            made: dict[str, list[str]]) -> None:
    conn = session.conn
    kind = str(conn.execute("SELECT kind FROM records WHERE id = ?", (record,)).fetchone()[0])
    if conn.execute("SELECT purged FROM records WHERE id = ?", (record,)).fetchone()[0]:
        return
    deleted = sharing_store.is_deleted(conn, record)
    with transaction(conn):
        if op == "delete" and not deleted:
            session.store.delete(kind, record)
        elif op == "purge":  # a record is deleted before it is purged
            if not deleted:
                session.store.delete(kind, record)
            session.store.purge(record)
        elif op == "mark":
            markable = sorted(markable_fields(kind))
            if markable:
                sharing_store.set_mark(conn, record, markable[other % len(markable)], True)
        elif op == "consent" and kind == "defender" and not deleted:
            session.store.update(kind, record, {"consent": LEVELS[other % len(LEVELS)]})
            sharing_store.note_consent_change(conn, record)
        elif op == "edit" and not deleted:
            session.store.update(kind, record, {TEXT[kind]: f"edit {other}"})
        elif op == "move" and not deleted:
            # a link moved by an edit: the record (and what hangs from it) changes family
            target = {"defender": None, "case": "defender", "incident": "defenders",
                      "related": "defender", "relocation": "defender", "checkin": "relocation",
                      "task": "relocation", "risk_item": "assessment",
                      "risk_assessment": "defender", "security_measure": "defender",
                      "participant": "training", "advocacy": "contacts"}.get(kind)
            pool = {"defender": made["defenders"], "defenders": made["defenders"],
                    "relocation": made["stays"], "assessment": made["assessments"],
                    "training": made["trainings"], "contacts": made["contacts"]}
            if target is None or not pool[target]:
                return
            choice = pool[target][other % len(pool[target])]
            value: Any = [choice] if target in ("defenders", "contacts") else choice
            session.store.update(kind, record, {target: value})


def _same_reach(session: Session, colleague: str, every: list[str], data: st.DataObject
                ) -> None:
    full = scope.wanted(session, colleague)
    stranger = str(uuid.uuid4())
    subsets = [[*every, stranger], *[[r] for r in every],
               data.draw(st.lists(st.sampled_from(every), unique=True))]
    for subset in subsets:
        expected = {r: p for r, p in full.items() if r in subset}
        upward = scope.reach_of(session, colleague, subset)
        assert upward == expected, (subset, upward, expected)
    decided_full = scope.scope_of(session, colleague, every, full)
    decided_up = scope.scope_of(session, colleague, every,
                                scope.reach_of(session, colleague, every))
    assert decided_up == decided_full


def test_upward_reach_is_the_scope_reach(tmp_path: Path) -> None:
    offices = make_offices(tmp_path, ["A", "B", "P"])
    a = offices["A"]
    try:
        colleagues.set_colleague_kind(a.session, a.colleague_ids["P"], "partner")

        @settings(max_examples=60, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
        @given(plans(), st.data())
        def check(plan: dict[str, Any], data: st.DataObject) -> None:
            made = _build(a.session, plan)
            _apply(a.session, plan, made, a.colleague_ids)
            every = [r for group in made.values() for r in group]
            for colleague in a.colleague_ids.values():
                _same_reach(a.session, colleague, every, data)

        check()
    finally:
        close_all(offices)


def _changes(session: Session, colleague: str, upward: bool,
             monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ...]:
    """What a sync would send, with its reach found from the records up or read whole."""
    monkeypatch.setattr(sync, "UPWARD_AT_MOST", 10**9 if upward else -1)
    changes = sync.changes_for(session, colleague)
    return (changes.whole, [v.version_id for v in changes.stream()], changes.acks,
            changes.upto, changes.counts, changes.records, changes.withheld, changes.told,
            changes.echo, changes.consent, changes.attachments)


def test_a_sync_sends_the_same_whichever_way_it_finds_the_reach(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """changes_for after a first exchange and further edits, shares and unshares: the same
    bundle (records, versions, withheld fields, consent notices, files) either way."""
    offices = make_offices(tmp_path, ["A", "B", "P"])
    a = offices["A"]
    bundles = itertools.count()
    try:
        colleagues.set_colleague_kind(a.session, a.colleague_ids["P"], "partner")

        def exchange_with(name: str) -> None:
            other = offices[name]
            out = tmp_path / f"{next(bundles)}.hrdb"
            if sync.export_changes(a.session, a.colleague_ids[name], out) is not None:
                exchange.import_bundle(other.session, out)
            back = tmp_path / f"{next(bundles)}.hrdb"
            if sync.export_changes(other.session, other.colleague_ids["A"], back) is not None:
                exchange.import_bundle(a.session, back)

        @settings(max_examples=25, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
        @given(plans(), operations(2), st.sampled_from([("B", "P"), ("B",), ()]))
        def check(plan: dict[str, Any], later: list[Any], exchanged: tuple[str]) -> None:
            made = _build(a.session, plan)
            _apply(a.session, plan, made, a.colleague_ids)
            for name in exchanged:  # a first exchange: the colleague holds what it was sent
                exchange_with(name)
            _apply(a.session, {"ops": later}, made, a.colleague_ids)  # then more changes
            for colleague in a.colleague_ids.values():
                assert (_changes(a.session, colleague, True, monkeypatch)
                        == _changes(a.session, colleague, False, monkeypatch))

        check()
    finally:
        close_all(offices)


def _decisions(outbound: Outbound, records: list[str]) -> dict[tuple[str, Purpose], Any]:
    return {(r, p): (outbound.defenders_of(r), outbound.decision(r, p), outbound.refusal(r))
            for r in records for p in (Purpose.EXCHANGE, Purpose.CASE_CONTEXT)}


def test_facts_read_ahead_are_the_facts_read_one_by_one(tmp_path: Path) -> None:
    """Outbound.prepare picks the links out of the versions' payloads in SQL and reads whole
    histories only for defenders: every decision (the defenders a record concerns, whether it
    leaves, each field's form, the refusal) is the one made from each record's whole history."""
    offices = make_offices(tmp_path, ["A", "B", "P"])
    a = offices["A"]
    try:
        colleagues.set_colleague_kind(a.session, a.colleague_ids["P"], "partner")
        conn = a.session.conn

        @settings(max_examples=40, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
        @given(plans())
        def check(plan: dict[str, Any]) -> None:
            made = _build(a.session, plan)
            _apply(a.session, plan, made, a.colleague_ids)
            every = [r for group in made.values() for r in group] + [str(uuid.uuid4())]
            for colleague_id in a.colleague_ids.values():
                colleague = colleague_store.get_colleague(conn, colleague_id)
                ahead = Outbound(conn, a.session.vault_id, [colleague])
                ahead.prepare(every)
                one_by_one = Outbound(conn, a.session.vault_id, [colleague])
                assert _decisions(ahead, every) == _decisions(one_by_one, every)

        check()
    finally:
        close_all(offices)


def test_records_alike_share_one_decision_and_it_is_the_rules(tmp_path: Path) -> None:
    """A first exchange decides every record of the vault: records with the same facts (kind,
    consents of the defenders they concern, marks, deletion) are decided once, and the decision
    each gets is the one the rule gives for its own facts."""
    from exchange_support import add_family, offices

    with offices(tmp_path, "A", "B") as made:
        a = made["A"]
        amina, bashir = add_family(a), add_family(a, "Bashir")
        a.work.mark_sensitive("incident", bashir.incident, "description")
        colleague = colleague_store.get_colleague(a.session.conn, a.id_of(made["B"]))
        outbound = Outbound(a.session.conn, a.session.vault_id, [colleague])
        records = [*sorted(amina.ids), *sorted(bashir.ids)]
        outbound.prepare(records)
        for purpose in (Purpose.EXCHANGE, Purpose.CASE_CONTEXT):
            for record_id in records:
                assert outbound.decision(record_id, purpose) == decide(
                    outbound.facts(record_id, colleague.id), recipient(colleague).profile,
                    purpose)
            assert outbound.decision(amina.case, purpose) is outbound.decision(
                bashir.case, purpose)
        # facts that differ are decided apart: marked text is withheld from a case's context
        assert outbound.decision(bashir.incident, Purpose.CASE_CONTEXT).withheld == (
            outbound.decision(amina.incident, Purpose.CASE_CONTEXT).withheld | {"description"})
