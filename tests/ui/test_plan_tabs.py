"""The Risk and Security plan tabs, and measures on the start screen, as a caseworker uses them
(issue 16).

Tabs run over a FakeContext (writes at once, tabs refreshed after each); "today" is fixed by
replacing Planning.today and Plans.today, so due and review dates fall where the test says.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrd_desk.services.planning import Planning
from hrd_desk.services.plans import Plans
from hrd_desk.services.session import Session
from hrd_desk.ui.defender_view import DefenderView
from hrd_desk.ui.i18n import apply_language
from hrd_desk.ui.pages.start import StartPage
from hrd_desk.ui.plan_tab import PlanTab
from hrd_desk.ui.risk_tab import RiskTab
from hrd_desk.ui.sensitive import MASK

from .conftest import ScriptedPrompter
from .page_support import FakeContext, top_forms, type_text

TODAY = date(2026, 3, 10)
SHOTS = Path("/tmp/s4p-shots")


def d(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Planning, "today", lambda self: TODAY)
    monkeypatch.setattr(Plans, "today", lambda self: TODAY)


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    return FakeContext(session, prompter)


@pytest.fixture
def world(ctx: FakeContext) -> dict[str, str]:
    """Blue Heron: two assessments (medium, then high) with incidents around them; a threat
    linked to an incident, a vulnerability and a capacity; a plan with an overdue measure, one
    due for review today, and an emergency protocol."""
    add = ctx.reader.records.add
    plans = ctx.reader.plans
    heron = add("defender", {"name": "Amina Okoye", "codename": "Blue Heron"})
    followed = add("incident", {"defenders": [heron], "category": "physical",
                                "occurred": d(-40), "description": "Followed home"})
    add("incident", {"defenders": [heron], "category": "digital", "occurred": d(-20),
                     "description": "Phishing"})
    add("incident", {"defenders": [heron], "category": "physical", "occurred": d(-100),
                     "description": "Threat at the office"})
    first = plans.assess(heron, "medium", on=d(-90), assessor="Tom")
    risk = plans.assess(heron, "high", on=d(-5), assessor="Maria",
                        summary="Surveillance is escalating")
    threat = plans.add_item(risk, {"item_type": "threat", "text": "Followed by police",
                                   "likelihood": 4, "impact": 5, "incidents": [followed],
                                   "behind": "State security", "facts": "Seen twice"})
    weak = plans.add_item(risk, {"item_type": "vulnerability", "text": "Same route daily",
                                 "level": 3})
    strong = plans.add_item(risk, {"item_type": "capacity", "text": "Lawyer on call",
                                   "level": 4})
    late = plans.add_measure({"defender": heron, "title": "Vary the route to work",
                              "due": d(-2), "owner": "Amina", "reduces": [threat, weak],
                              "details": "Three routes, changed daily"})
    review = plans.add_measure({"defender": heron, "title": "Safe room at the office",
                                "status": "in-place", "review": d(0)})
    protocol = plans.add_measure({"defender": heron, "title": "<b>Call</b> the hotline",
                                  "group": "emergency", "due": d(5)})
    return {"heron": heron, "followed": followed, "first": first, "risk": risk,
            "threat": threat, "weak": weak, "strong": strong, "late": late, "review": review,
            "protocol": protocol}


@pytest.fixture
def risk_tab(qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> Iterator[RiskTab]:
    made = RiskTab()
    qtbot.addWidget(made)
    ctx.pages.append(made)
    made.attach(ctx)  # type: ignore[arg-type]
    made.resize(900, 700)
    made.show()
    made.show_defender(world["heron"])
    yield made
    made.clear()


@pytest.fixture
def plan_tab(qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> Iterator[PlanTab]:
    made = PlanTab()
    qtbot.addWidget(made)
    ctx.pages.append(made)
    made.attach(ctx)  # type: ignore[arg-type]
    made.resize(900, 600)
    made.show()
    made.show_defender(world["heron"])
    yield made
    made.clear()


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


# -- the Risk tab ------------------------------------------------------------------------------

def test_risk_tab_lists_assessments_with_rated_items_and_the_trend(
        risk_tab: RiskTab, world: dict[str, str]) -> None:
    assert risk_tab.lines() == [
        (f"Risk assessment, {d(-5)} (high)", "by Maria", ""),
        ("Threat", "likelihood 4, impact 5 (suggests critical)",
         f"Incident: Physical harassment and direct threats, {d(-40)}"),
        ("Vulnerability", "level 3", ""),
        ("Capacity", "level 4", ""),
        (f"Risk assessment, {d(-90)} (medium)", "by Tom", "")]
    trend = risk_tab.chart.trend
    assert [(p.assessment, p.level) for p in trend.points] == [(world["first"], "medium"),
                                                              (world["risk"], "high")]
    assert trend.incident_count(d(-40)[:7]) >= 1
    assert "medium" in risk_tab.chart.accessibleDescription()
    assert risk_tab.chart.categories() == ["physical", "digital"]
    _shot(risk_tab, "risk-tab")


def test_what_a_threat_says_is_hidden_until_shown(risk_tab: RiskTab,
                                                  world: dict[str, str]) -> None:
    assert risk_tab.select(("risk_assessment", world["risk"]))
    assert risk_tab.reasoning.isVisible() and risk_tab.reasoning.text.text() == MASK
    assert risk_tab.select(("risk_item", world["threat"]))
    assert risk_tab.text.text.text() == MASK
    assert risk_tab.questions["behind"].isVisible()
    assert not risk_tab.questions["objective"].isVisible()  # not written down: not shown
    risk_tab.text.reveal()
    risk_tab.questions["behind"].reveal()
    assert risk_tab.text.text.text() == "Followed by police"
    assert risk_tab.questions["behind"].text.text() == "State security"
    _shot(risk_tab, "risk-tab-threat-shown")
    risk_tab.conceal()
    assert risk_tab.text.text.text() == MASK
    risk_tab.clear()  # lock: nothing of it stays on screen
    assert risk_tab.lines() == [] and risk_tab.chart.trend.points == []


def test_adding_a_threat_from_the_tab_links_an_incident(
        risk_tab: RiskTab, ctx: FakeContext, world: dict[str, str]) -> None:
    assert risk_tab.select(("risk_item", world["weak"]))  # an item: its assessment is used
    risk_tab.add_item()
    form = top_forms()[0]
    assert form.values()["assessment"] == world["risk"]
    assert not form.editors["assessment"].focus_target().isEnabled()
    assert form.values()["item_type"] == "threat"
    type_text(form.editors["text"].focus_target(), "Phone tapped")
    form.editors["level"].set_value(3)  # a threat has no level: refused beside the field
    form.save()
    assert form.errors["level"].isVisible()
    form.editors["level"].set_value(None)
    form.editors["likelihood"].set_value(3)
    form.editors["impact"].set_value(3)
    incidents = form.editors["incidents"]
    inner = getattr(incidents, "inner", incidents)
    assert world["followed"] in inner.boxes  # the defender's incidents are offered
    inner.boxes[world["followed"]].setChecked(True)
    form.save()
    assert ("Threat", "likelihood 3, impact 3 (suggests medium)",
            f"Incident: Physical harassment and direct threats, {d(-40)}") in risk_tab.lines()


def test_a_new_assessment_is_dated_today(risk_tab: RiskTab, world: dict[str, str]) -> None:
    risk_tab.new_assessment()
    form = top_forms()[0]
    assert (form.values()["defender"], form.values()["assessed"]) == (world["heron"], d(0))
    form.editors["level"].set_value("critical")
    form.save()
    assert risk_tab.lines()[0] == (f"Risk assessment, {d(0)} (critical)", "", "")


# -- the Security plan tab ---------------------------------------------------------------------

def test_plan_tab_groups_measures_and_says_what_is_late(plan_tab: PlanTab,
                                                        world: dict[str, str]) -> None:
    assert plan_tab.lines() == [
        ("Preventive measures (2)", "", "", "", ""),
        ("Vary the route to work", f"{d(-2)} (2 days late)", "Planned, overdue", "Amina",
         "2 items"),
        ("Safe room at the office", "", "In place, review due today", "", ""),
        ("Emergency protocols (1)", "", "", "", ""),
        ("<b>Call</b> the hotline", f"{d(5)} (in 5 days)", "Planned", "", "")]
    assert plan_tab.current_target() == ("security_measure", world["late"])
    assert plan_tab.details.text.text() == MASK
    assert plan_tab.reduces.text() == "Threat (likelihood 4, impact 5); Vulnerability (level 3)"
    assert plan_tab.reduces.textFormat() == Qt.TextFormat.PlainText
    _shot(plan_tab, "plan-tab")


def test_in_place_and_reviewed_write_and_clear_the_warnings(
        plan_tab: PlanTab, ctx: FakeContext, world: dict[str, str]) -> None:
    plan_tab.mark_in_place()
    assert ctx.reader.records.get("security_measure", world["late"]).get("status") == "in-place"
    assert plan_tab.notice.text() == "In place: Vary the route to work"
    assert plan_tab.select(("security_measure", world["review"]))
    plan_tab.mark_reviewed()
    held = ctx.reader.records.get("security_measure", world["review"])
    assert (held.get("reviewed"), held.get("review")) == (d(0), d(91))
    lines = plan_tab.lines()
    assert ("Safe room at the office", "", "In place", "", "") in lines
    assert not any("overdue" in line[2] for line in lines)


def test_a_new_measure_offers_threats_and_vulnerabilities_not_capacities(
        plan_tab: PlanTab, world: dict[str, str]) -> None:
    plan_tab.new_measure()
    form = top_forms()[0]
    reduces = form.editors["reduces"]
    inner = getattr(reduces, "inner", reduces)
    assert set(inner.boxes) == {world["threat"], world["weak"]}
    assert "Followed by police" not in " ".join(b.text() for b in inner.boxes.values())
    inner.reveal()
    assert "Followed by police" in " ".join(b.text() for b in inner.boxes.values())
    type_text(form.editors["title"].focus_target(), "Change phone")
    inner.boxes[world["weak"]].setChecked(True)
    form.save()
    assert any(line[0] == "Change phone" and line[4] == "1 item" for line in plan_tab.lines())


def test_plan_summary_hides_details_until_shown_and_saves_a_pdf(
        plan_tab: PlanTab, prompter: ScriptedPrompter, tmp_path: Path,
        world: dict[str, str]) -> None:
    plan_tab.show_summary()
    dialog = plan_tab.summary_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert "Security plan: Blue Heron" in text
    assert "[ ] Vary the route to work (Planned, OVERDUE)" in text
    assert "Followed by police" not in text and "Three routes" not in text
    assert "<b>Call</b> the hotline" in text  # as typed
    _shot(dialog, "plan-summary")
    dialog.reveal.setChecked(True)
    assert "Followed by police" in dialog.text.toPlainText()
    dialog.reveal.setChecked(False)
    target = tmp_path / "plan.pdf"
    prompter.files.append(str(target))
    dialog.save()
    assert target.read_bytes().startswith(b"%PDF")
    assert prompter.calls[-1][0] == "info" and "in clear" in prompter.calls[-1][2]
    plan_tab.clear()  # lock: the summary goes with the rest
    assert plan_tab.summary_dialog is None and dialog.text.toPlainText() == ""


def test_plan_summary_is_in_the_users_language(plan_tab: PlanTab, world: dict[str, str]) -> None:
    """The printable plan speaks the window's language (issue 18); what was typed stays."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "fr")
    try:
        plan_tab.show_summary()
        dialog = plan_tab.summary_dialog
        assert dialog is not None
        text = dialog.text.toPlainText()
    finally:
        apply_language(app, "en")
        plan_tab.clear()
    assert "Plan de sécurité : Blue Heron" in text
    assert "[ ] Vary the route to work (Prévue, EN RETARD)" in text
    assert "Mesures préventives" in text and "Preventive measures" not in text
    assert "[masqué]" in text and "Followed by police" not in text


# -- the start screen and the defender's page ---------------------------------------------------

def test_overdue_and_unreviewed_measures_are_on_the_start_screen(
        qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> None:
    start = StartPage()
    qtbot.addWidget(start)
    ctx.pages.append(start)
    start.show()
    start.attach(ctx)  # type: ignore[arg-type]
    assert ("Measure due: Vary the route to work · Blue Heron", f"{d(-2)} (2 days late)") in (
        start.lines(0))
    assert ("Review measure: Safe room at the office · Blue Heron", f"{d(0)} (today)") in (
        start.lines(1))
    assert start.select_target(("security_measure", world["late"]))
    start.open_current()
    assert ctx.opened[-1] == ("security_measure", world["late"])
    start.clear()


def test_the_defender_page_has_risk_and_plan_tabs(qtbot: QtBot, ctx: FakeContext,
                                                  world: dict[str, str]) -> None:
    view = DefenderView()
    qtbot.addWidget(view)
    view.attach(ctx)  # type: ignore[arg-type]
    view.resize(1000, 760)
    view.show()
    assert view.show_defender(world["heron"], tab="Risk", select=("risk_item", world["weak"]))
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Risk"
    assert view.risk.current_target() == ("risk_item", world["weak"])
    _shot(view, "defender-risk")
    assert view.show_defender(world["heron"], tab="Security plan",
                              select=("security_measure", world["protocol"]))
    assert view.plan.current_target() == ("security_measure", world["protocol"])
    _shot(view, "defender-plan")
    assert view.plan.select(("security_measure", world["late"]))
    assert view.plan.details.text.text() == MASK
    view.toggle_hidden_values()  # Ctrl+Shift+H shows the plan's hidden values too
    assert view.plan.details.text.text() == "Three routes, changed daily"
    view.toggle_hidden_values()
    assert view.plan.details.text.text() == MASK
    view.clear()
    assert view.risk.lines() == [] and view.plan.lines() == []


def test_a_measure_title_marked_sensitive_stays_hidden_in_the_tab_and_summary(
        plan_tab: PlanTab, ctx: FakeContext, world: dict[str, str]) -> None:
    ctx.reader.records.mark_sensitive("security_measure", world["late"], "title")
    plan_tab.show_defender(world["heron"])
    shown = " ".join(" ".join(line) for line in plan_tab.lines())
    assert "Vary the route" not in shown
    text = ctx.reader.plans.summary(world["heron"]).text(reveal=False)
    assert "Vary the route" not in text and "[ ] [hidden] (Planned, OVERDUE)" in text
    assert "Vary the route" in ctx.reader.plans.summary(world["heron"]).text(reveal=True)


def test_every_phrase_of_the_plan_summary_is_marked_for_translation() -> None:
    """The layout lives in services/plans.summary_text; its fixed phrases must all reach the
    catalogues through ui/plan_summary.PHRASES, or the summary shows English in French."""
    from hrd_desk.services import plans as plan_service
    from hrd_desk.ui import plan_summary

    assert set(plan_summary.PHRASES) == set(plan_service.PHRASES)
