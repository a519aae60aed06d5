"""Risk assessments and security plans through the services: what a caseworker relies on.

Every refusal is a typed error naming the field and changes nothing (a dump of every table before
and after is compared). The trend puts the assessed levels beside the incidents by month; measures
overdue or due for review reach the start screen; the plan summary hides what is sensitive unless
asked; a partner never receives the threats or what the measures are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from exchange_support import offices
from hrd_desk.cli.planning import item_title
from hrd_desk.errors import InvalidValue
from hrd_desk.services import colleagues, exchange
from hrd_desk.services.casework import Casework
from hrd_desk.services.dashboard import build
from hrd_desk.services.plans import Plans
from hrd_desk.services.session import Session
from hrd_desk.store.queries import get_record
from vault_support import table_dump

DAY = date(2026, 3, 10)
# a sharing level is recorded with when and how consent was given
CONSENTED = {"consent_date": "2026-01-05", "consent_how": "written"}


@pytest.fixture
def work(session: Session) -> Casework:
    return Casework(session)


@pytest.fixture
def plans(session: Session) -> Plans:
    return Plans(session, today=lambda: DAY)


@pytest.fixture
def amina(work: Casework) -> str:
    return work.add("defender", {"name": "Amina", "codename": "Falcon"})


def refused(work: Casework, field: str, action: Callable[[], object]) -> None:
    before = table_dump(work.conn)
    with pytest.raises(InvalidValue) as caught:
        action()
    assert caught.value.field == field
    assert table_dump(work.conn) == before


def test_an_assessment_with_its_three_lists_round_trips(work: Casework, plans: Plans,
                                                         amina: str) -> None:
    incident = work.add("incident", {"defenders": [amina], "category": "physical",
                                     "occurred": "2026-02-01", "description": "Followed"})
    risk = plans.assess(amina, "high", summary="Surveillance is escalating", assessor="Maria")
    threat = plans.add_item(risk, {
        "item_type": "threat", "text": "Followed by plain-clothes police", "likelihood": 4,
        "impact": 5, "incidents": [incident], "facts": "Seen twice near home",
        "pattern": "Weekly since January", "objective": "Intimidate", "behind": "State security",
        "feasibility": "They have the means"})
    weak = plans.add_item(risk, {"item_type": "vulnerability", "text": "Same route", "level": 2})
    strong = plans.add_item(risk, {"item_type": "capacity", "text": "Lawyer on call",
                                   "level": 4})
    held = work.get("risk_assessment", risk)
    assert (held.get("assessed"), held.get("level"), held.get("assessor")) == (
        DAY.isoformat(), "high", "Maria")
    assert [i.id for i in plans.items_of(risk)] == [threat, weak, strong]
    item = work.get("risk_item", threat)
    assert item.get("incidents") == [incident]
    assert item.get("behind") == "State security"
    assert plans.suggested_level(item) == "critical"  # 4 x 5 = 20
    assert [a.id for a in plans.assessments_of(amina)] == [risk]


def test_item_ratings_follow_the_type(work: Casework, plans: Plans, amina: str) -> None:
    risk = plans.assess(amina, "medium")
    refused(work, "level", lambda: plans.add_item(
        risk, {"item_type": "threat", "text": "x", "level": 3}))
    refused(work, "impact", lambda: plans.add_item(
        risk, {"item_type": "threat", "text": "x", "likelihood": 3}))
    refused(work, "likelihood", lambda: plans.add_item(
        risk, {"item_type": "capacity", "text": "x", "likelihood": 3, "impact": 2}))
    refused(work, "facts", lambda: plans.add_item(
        risk, {"item_type": "vulnerability", "text": "x", "facts": "only threats"}))
    refused(work, "likelihood", lambda: plans.add_item(
        risk, {"item_type": "threat", "text": "x", "likelihood": 6, "impact": 2}))
    refused(work, "level", lambda: plans.assess(amina, "extreme"))
    refused(work, "assessed", lambda: plans.assess(amina, "low", on="2999-01-01"))
    item = plans.add_item(risk, {"item_type": "vulnerability", "text": "x", "level": 2})
    # an edit is checked on the whole item: a vulnerability does not become a rated threat
    refused(work, "level", lambda: work.edit("risk_item", item, {"item_type": "threat"}))


def test_a_threat_links_only_incidents_of_its_defender(work: Casework, plans: Plans,
                                                       amina: str) -> None:
    other = work.add("defender", {"name": "Bilal"})
    theirs = work.add("incident", {"defenders": [other], "category": "physical",
                                   "occurred": "2026-02-01", "description": "x"})
    risk = plans.assess(amina, "low")
    refused(work, "incidents", lambda: plans.add_item(
        risk, {"item_type": "threat", "text": "x", "incidents": [theirs]}))


def test_a_measure_reduces_threats_and_vulnerabilities_of_its_defender(
        work: Casework, plans: Plans, amina: str) -> None:
    other = work.add("defender", {"name": "Bilal"})
    risk = plans.assess(amina, "high")
    threat = plans.add_item(risk, {"item_type": "threat", "text": "t"})
    capacity = plans.add_item(risk, {"item_type": "capacity", "text": "c", "level": 3})
    theirs = plans.add_item(plans.assess(other, "low"), {"item_type": "threat", "text": "o"})
    refused(work, "reduces", lambda: plans.add_measure(
        {"defender": amina, "title": "m", "reduces": [capacity]}))
    refused(work, "reduces", lambda: plans.add_measure(
        {"defender": amina, "title": "m", "reduces": [theirs]}))
    refused(work, "reduces", lambda: plans.add_measure(
        {"defender": amina, "title": "m", "reduces": [risk]}))  # an assessment, not an item
    refused(work, "status", lambda: plans.add_measure(
        {"defender": amina, "title": "m", "status": "done"}))
    measure = plans.add_measure({"defender": amina, "title": "Vary the route",
                                 "group": "emergency", "reduces": [threat]})
    assert work.get("security_measure", measure).get("reduces") == [threat]


def test_measures_overdue_or_due_for_review_reach_the_start_screen(
        work: Casework, plans: Plans, amina: str) -> None:
    late = plans.add_measure({"defender": amina, "title": "Install door camera",
                              "due": "2026-03-01"})
    review = plans.add_measure({"defender": amina, "title": "Safe house", "status": "in-place",
                                "review": "2026-03-10"})
    soon = plans.add_measure({"defender": amina, "title": "Hotline", "due": "2026-03-14"})
    plans.add_measure({"defender": amina, "title": "Done already", "status": "in-place",
                       "due": "2026-02-01"})  # in place: its due date asks nothing
    plans.add_measure({"defender": amina, "title": "Dropped", "status": "dropped",
                       "review": "2026-02-01"})
    board = build(work.conn, DAY)
    assert [(i.kind, i.id, item_title(i), i.who) for i in board.overdue] == [
        ("measure", late, "Measure due: Install door camera", "Falcon")]
    assert [(i.kind, i.id) for i in board.today] == [("review", review)]
    assert [(i.kind, i.id) for i in board.week] == [("measure", soon)]
    assert plans.is_overdue(work.get("security_measure", late))
    assert plans.needs_review(work.get("security_measure", review))

    assert plans.measure_done(late)
    assert plans.measure_reviewed(review, next_review="2026-06-10")
    board = build(work.conn, DAY)
    assert board.overdue == [] and board.today == []
    assert work.get("security_measure", review).get("reviewed") == DAY.isoformat()
    assert work.get("security_measure", late).get("status") == "in-place"
    # a deleted defender's plan asks for nothing
    work.delete("defender", amina)
    assert build(work.conn, DAY).week == []


def test_the_trend_puts_levels_beside_incidents_by_month(work: Casework, plans: Plans,
                                                         amina: str) -> None:
    for occurred, category in (("2025-11-03", "physical"), ("2026-01-10", "physical"),
                               ("2026-01-20", "digital"), ("2026-02", "physical")):
        work.add("incident", {"defenders": [amina], "category": category,
                              "occurred": occurred, "description": "x"})
    first = plans.assess(amina, "medium", on="2025-12-15")
    second = plans.assess(amina, "high", on="2026-02-20")
    trend = plans.trend(amina)
    assert [(p.assessment, p.level) for p in trend.points] == [(first, "medium"),
                                                              (second, "high")]
    assert trend.months[0] == "2024-12" and trend.months[-1] == "2026-03"
    assert trend.incidents["2026-01"] == {"physical": 1, "digital": 1}
    assert trend.incident_count("2025-11") == 1 and trend.incident_count("2026-02") == 1
    assert trend.incident_count("2025-12") == 0


def test_the_plan_summary_hides_what_is_sensitive_unless_asked(work: Casework, plans: Plans,
                                                               amina: str) -> None:
    risk = plans.assess(amina, "high", summary="SECRET-REASON")
    threat = plans.add_item(risk, {"item_type": "threat", "text": "SECRET-THREAT",
                                   "likelihood": 3, "impact": 4, "behind": "SECRET-WHO"})
    plans.add_measure({"defender": amina, "title": "Vary the route", "due": "2026-03-01",
                       "reduces": [threat], "details": "SECRET-HOW"})
    plans.add_measure({"defender": amina, "title": "Call the lawyer", "group": "emergency"})
    plans.add_measure({"defender": amina, "title": "Given up", "status": "dropped"})
    plan = plans.summary(amina)
    hidden = plan.text(reveal=False)
    assert "SECRET" not in hidden
    assert "Vary the route (Planned, OVERDUE)" in hidden
    assert "Reduces: Threat (likelihood 3, impact 4)" in hidden
    assert "Call the lawyer" in hidden.split("Emergency protocols")[1]
    assert "Given up" not in hidden
    shown = plan.text(reveal=True)
    for secret in ("SECRET-REASON", "SECRET-THREAT", "SECRET-WHO", "SECRET-HOW"):
        assert secret in shown


def test_a_partner_learns_a_plan_exists_but_not_what_it_says(tmp_path: Path) -> None:
    with offices(tmp_path, "A", "OFFICE", "PARTNER") as made:
        a, office, partner = made["A"], made["OFFICE"], made["PARTNER"]
        colleagues.set_colleague_kind(a.session, a.id_of(partner), "partner")
        plans = Plans(a.session, today=lambda: DAY)
        amina = a.work.add("defender", {"name": "Amina", "consent": "partners", **CONSENTED})
        risk = plans.assess(amina, "high", summary="MKREASON", assessor="MKASSESSOR")
        threat = plans.add_item(risk, {"item_type": "threat", "text": "MKTHREAT",
                                       "likelihood": 4, "impact": 4, "objective": "MKWHY"})
        measure = plans.add_measure({"defender": amina, "title": "MKTITLE", "owner": "MKOWNER",
                                     "details": "MKHOW", "due": "2026-04-01",
                                     "reduces": [threat]})
        for target, name in ((office, "office"), (partner, "partner")):
            out = tmp_path / f"{name}.hrdb"
            exchange.export_bundle(a.session, out, to=[a.id_of(target)], defenders=[amina])
            exchange.import_bundle(target.session, out)
        dump = repr(table_dump(partner.session.conn))
        for marker in ("MKREASON", "MKASSESSOR", "MKTHREAT", "MKWHY", "MKTITLE", "MKOWNER",
                       "MKHOW"):
            assert marker not in dump, marker
        got = get_record(partner.session.conn, measure, "security_measure").fields
        assert (got["due"], got["status"], got["reduces"]) == ("2026-04-01", "planned", [threat])
        assert get_record(partner.session.conn, risk, "risk_assessment").fields["level"] == "high"
        assert get_record(partner.session.conn, threat, "risk_item").fields["likelihood"] == 4
        whole = get_record(office.session.conn, threat, "risk_item").fields
        assert (whole["text"], whole["objective"]) == ("MKTHREAT", "MKWHY")
        assert get_record(office.session.conn, measure, "security_measure").fields[
            "details"] == "MKHOW"


def test_a_plan_does_not_leave_without_consent(tmp_path: Path) -> None:
    with offices(tmp_path, "A", "OFFICE") as made:
        a, office = made["A"], made["OFFICE"]
        plans = Plans(a.session, today=lambda: DAY)
        amina = a.work.add("defender", {"name": "Amina", "consent": "colleagues", **CONSENTED})
        bilal = a.work.add("defender", {"name": "Bilal", "consent": "none"})
        theirs = a.work.add("incident", {"defenders": [amina, bilal], "category": "physical",
                                         "occurred": "2026-01-01", "description": "x"})
        risk = plans.assess(amina, "high")
        linked = plans.add_item(risk, {"item_type": "threat", "text": "t",
                                       "incidents": [theirs]})
        alone = plans.add_item(risk, {"item_type": "vulnerability", "text": "v", "level": 2})
        out = tmp_path / "out.hrdb"
        exchange.export_bundle(a.session, out, to=[a.id_of(office)], defenders=[amina])
        exchange.import_bundle(office.session, out)
        held = office.session.conn
        assert get_record(held, alone, "risk_item").fields["level"] == 2
        # a threat linked to an incident that also concerns Bilal needs Bilal's consent too
        assert held.execute("SELECT count(*) FROM risk_items WHERE id = ?",
                            (linked,)).fetchone()[0] == 0
