"""A security plan edited in two offices at once: merged without losing an edit.

Two offices share a defender and its plan. Concurrently, one puts a measure in place and adds an
emergency protocol; the other moves the same measure's review date, gives it an owner, adds a
threat to the assessment and a measure reducing it. After the bundles cross, both hold the same
plan with every one of those edits. Where both changed the same field of the same measure, the
record is marked as a conflict with both values kept for a caseworker to choose; neither is lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hrd_desk.services import conflicts, exchange, scope, sync
from hrd_desk.services.plans import Plans
from hrd_desk.store.dump import canonical_dump
from sync_support import Office, close_all, make_offices

DAY = date(2026, 3, 10)
# a sharing level is recorded with when and how consent was given
CONSENTED = {"consent_date": "2026-01-05", "consent_how": "written"}


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[dict[str, Office]]:
    made = make_offices(tmp_path / "offices", ["A", "B"])
    yield made
    close_all(made)


def _send(offices: dict[str, Office], sender: str, receiver: str, out: Path) -> None:
    office = offices[sender]
    summary = sync.export_changes(office.session, office.colleague_ids[receiver], out)
    if summary is not None:
        exchange.import_bundle(offices[receiver].session, out)


def _plans(office: Office) -> Plans:
    return Plans(office.session, today=lambda: DAY)


def _shared_plan(offices: dict[str, Office], tmp_path: Path) -> tuple[str, str, str, str]:
    a, b = offices["A"], offices["B"]
    defender = a.work.add("defender", {"name": "Amina", "consent": "colleagues", **CONSENTED})
    plans = _plans(a)
    risk = plans.assess(defender, "high", summary="Followed for weeks")
    threat = plans.add_item(risk, {"item_type": "threat", "text": "Followed", "likelihood": 4,
                                   "impact": 4})
    measure = plans.add_measure({"defender": defender, "title": "Vary the route",
                                 "due": "2026-03-20", "review": "2026-04-01",
                                 "reduces": [threat]})
    scope.share(a.session, defender, a.colleague_ids["B"])
    _send(offices, "A", "B", tmp_path / "1")
    assert b.work.get("security_measure", measure).get("title") == "Vary the route"
    scope.share(b.session, defender, b.colleague_ids["A"])
    return defender, risk, threat, measure


def test_a_plan_edited_in_two_offices_merges_with_nothing_lost(
        offices: dict[str, Office], tmp_path: Path) -> None:
    a, b = offices["A"], offices["B"]
    defender, risk, threat, measure = _shared_plan(offices, tmp_path)

    # concurrently: A puts the measure in place and adds an emergency protocol ...
    assert _plans(a).measure_done(measure)
    protocol = _plans(a).add_measure({"defender": defender, "title": "Call the lawyer",
                                      "group": "emergency", "reduces": [threat]})
    # ... B moves its review, gives it an owner, adds a threat and a measure against it
    b.work.edit("security_measure", measure, {"review": "2026-05-01", "owner": "Amina"})
    new_threat = _plans(b).add_item(risk, {"item_type": "threat", "text": "Phone tapped",
                                           "likelihood": 3, "impact": 3})
    phone = _plans(b).add_measure({"defender": defender, "title": "Use Signal",
                                   "reduces": [new_threat]})

    _send(offices, "A", "B", tmp_path / "2")
    _send(offices, "B", "A", tmp_path / "3")
    _send(offices, "A", "B", tmp_path / "4")

    for office in (a, b):
        held = office.work.get("security_measure", measure)
        assert (held.get("status"), held.get("review"), held.get("owner")) == (
            "in-place", "2026-05-01", "Amina")
        assert not held.conflict
        plan = _plans(office)
        assert {m.id for m in plan.measures_of(defender)} == {measure, protocol, phone}
        assert {i.id for i in plan.items_of(risk)} == {threat, new_threat}
        summary = plan.summary(defender)
        assert [line.measure.id for line in summary.emergency] == [protocol]
    assert canonical_dump(a.conn) == canonical_dump(b.conn)


def test_the_same_field_changed_in_both_offices_keeps_both_values(
        offices: dict[str, Office], tmp_path: Path) -> None:
    a, b = offices["A"], offices["B"]
    _defender, _risk, _threat, measure = _shared_plan(offices, tmp_path)

    a.work.edit("security_measure", measure, {"status": "lapsed", "owner": "Office A"})
    b.work.edit("security_measure", measure, {"status": "dropped", "due": "2026-04-15"})

    _send(offices, "A", "B", tmp_path / "2")
    _send(offices, "B", "A", tmp_path / "3")

    for office in (a, b):
        held = office.work.get("security_measure", measure)
        assert held.conflict  # the caseworker decides; both are offered
        assert (held.get("owner"), held.get("due")) == ("Office A", "2026-04-15")
        offered = {v.values.get("status") for v in
                   conflicts.get_conflict(office.session, measure).versions}
        assert offered == {"lapsed", "dropped"}
    assert canonical_dump(a.conn) == canonical_dump(b.conn)
