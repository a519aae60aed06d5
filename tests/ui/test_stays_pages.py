"""Stays, check-ins, tasks and the start screen as a caseworker uses them (issue 15).

Pages run over a FakeContext (writes at once, pages refreshed after each); "today" is fixed by
replacing Planning.today, so due dates fall where the test says (local dates).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hrd_desk.services.planning import Planning
from hrd_desk.services.session import Session
from hrd_desk.ui.forms import CheckInWindow, RecordForm
from hrd_desk.ui.pages.relocations import HOST_CITY, RelocationsPage
from hrd_desk.ui.pages.start import StartPage
from hrd_desk.ui.pages.tasks import TasksPage
from hrd_desk.ui.sensitive import MASK
from hrd_desk.ui.stay_tab import StayTab

from .conftest import ScriptedPrompter
from .focus_support import activate, tab_chain
from .page_support import FakeContext, flush, top_forms, type_text

TODAY = date(2026, 3, 10)


def d(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Planning, "today", lambda self: TODAY)


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    return FakeContext(session, prompter)


@pytest.fixture
def world(ctx: FakeContext) -> dict[str, str]:
    """Blue Heron in stay in Utrecht (a missed check-in, one due today, a visa expiring before
    the planned departure); River Fox with a planned stay; tasks for two caseworkers."""
    add = ctx.reader.records.add
    heron = add("defender", {"name": "Amina Okoye", "codename": "Blue Heron"})
    fox = add("defender", {"name": "<b>River</b> Fox"})
    stay = add("relocation", {"defender": heron, "host_city": "Utrecht",
                              "planned_arrival": d(-30), "planned_departure": d(60),
                              "arrival": d(-30), "status": "in-stay", "visa_expires": d(20),
                              "accommodation": "Flat above the bakery"})
    planned = add("relocation", {"defender": fox, "host_city": "Oslo",
                                 "planned_arrival": d(40), "planned_departure": d(120)})
    missed = add("checkin", {"relocation": stay, "due": d(-3)})
    ctx.reader.planning.checkin_missed(missed)
    due_today = add("checkin", {"relocation": stay, "due": d(0)})
    later = add("checkin", {"relocation": stay, "due": d(14)})
    late_task = add("task", {"title": "Send the invitation letter", "due": d(-2),
                             "defender": heron, "relocation": stay, "assignee": "Maria"})
    fox_task = add("task", {"title": "Book the flight", "due": d(5), "defender": fox,
                            "assignee": "Tom"})
    return {"heron": heron, "fox": fox, "stay": stay, "planned": planned, "missed": missed,
            "due_today": due_today, "later": later, "late_task": late_task,
            "fox_task": fox_task}


def _page(qtbot: QtBot, ctx: FakeContext, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    ctx.pages.append(page)
    page.show()
    page.attach(ctx)  # type: ignore[attr-defined]
    return page


def checkin_windows() -> list[CheckInWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, CheckInWindow) and w.isVisible()]


@pytest.fixture(autouse=True)
def close_windows() -> Iterator[None]:
    yield
    for window in [*top_forms(), *checkin_windows()]:
        window.clear()  # type: ignore[attr-defined]
        window.close()
    flush()


@pytest.fixture
def start(qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> Iterator[StartPage]:
    page = _page(qtbot, ctx, StartPage())
    assert isinstance(page, StartPage)
    yield page
    page.clear()


# -- the start screen -------------------------------------------------------------------------

def test_start_screen_lists_what_needs_attention_by_bucket(
        start: StartPage, world: dict[str, str]) -> None:
    assert start.group_titles() == [
        "Overdue (2)", "Today (1)", "Next 7 days (1)",
        "Threats escalating (last 30 days against the 90 before) (0)",
        "Open incidents by category (0)", "Stays in progress (1)"]
    assert start.lines(0) == [
        ("Missed check-in with Blue Heron", f"{d(-3)} (3 days late)"),
        ("Send the invitation letter · Blue Heron", f"{d(-2)} (2 days late)")]
    assert start.lines(1) == [("Check-in with Blue Heron", f"{d(0)} (today)")]
    assert start.lines(2) == [("Book the flight · <b>River</b> Fox", f"{d(5)} (in 5 days)")]
    assert start.lines(5) == [("Blue Heron, in stay since " + d(-30),
                               f"until {d(60)} (60 days left)")]
    assert start.lines(4) == [("No open incidents.", "")]
    shown = " ".join(t for g in range(6) for line in start.lines(g) for t in line)
    assert "Utrecht" not in shown and "Oslo" not in shown  # host cities are sensitive
    # the first line is selected, so Enter works at once
    assert start.current_target() == ("checkin", world["missed"])


def test_start_screen_shows_markup_in_a_title_as_typed(
        start: StartPage, ctx: FakeContext, world: dict[str, str]) -> None:
    ctx.reader.records.add("task", {"title": "<i>Call</i> the lawyer", "due": d(0),
                                    "defender": world["fox"]})
    start.refresh(frozenset({"task"}))
    assert ("<i>Call</i> the lawyer · <b>River</b> Fox", f"{d(0)} (today)") in start.lines(1)


def test_enter_on_a_missed_checkin_records_it_done_and_logs_an_incident(
        qtbot: QtBot, start: StartPage, ctx: FakeContext, world: dict[str, str]) -> None:
    start.tree.setFocus()
    qtbot.keyClick(start.tree, Qt.Key.Key_Return)
    windows = checkin_windows()
    assert len(windows) == 1
    window = windows[0]
    assert window.title.text() == "Check-in with Blue Heron"
    assert window.windowTitle() == "Check-in"  # never a record's contents
    assert not window.missed_button.isVisible()  # already missed: it waits for a contact
    assert window.done_on.value() == d(0)  # today, unless told otherwise
    window.how.set_value("call")
    type_text(window.note.edit, "Was followed near the flat")
    window.concern.setChecked(True)
    assert window.log_incident.isChecked()  # something worrying offers an incident at once
    activate(qtbot, window)
    qtbot.keyClick(window.note.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = ctx.reader.records.get("checkin", world["missed"])
    assert (stored.get("status"), stored.get("done_at"), stored.get("how"),
            stored.get("concern"), stored.get("note")) == (
        "done", d(0), "call", "raised", "Was followed near the flat")
    forms = top_forms()
    assert [f.form_kind for f in forms] == ["incident"]
    incident_form = forms[0]
    values = incident_form.values()
    assert values["defenders"] == [world["heron"]]
    assert values["occurred"] == d(0)
    assert values["description"] == "Was followed near the flat"
    incident_form.editors["category"].set_value("physical")
    incident_form.save()
    incidents = ctx.reader.records.list("incident")
    assert len(incidents) == 1
    assert ctx.reader.records.get("checkin", world["missed"]).get("incident") == incidents[0].id
    # acted on: the missed check-in has left the start screen
    assert [t for t, _ in start.lines(0)] == ["Send the invitation letter · Blue Heron"]


def test_mark_missed_keeps_the_checkin_on_the_start_screen(
        qtbot: QtBot, start: StartPage, ctx: FakeContext, world: dict[str, str]) -> None:
    assert start.select_target(("checkin", world["due_today"]))
    start.open_current()
    window = checkin_windows()[0]
    assert window.missed_button.isVisible()
    window.missed_button.click()
    assert ctx.reader.records.get("checkin", world["due_today"]).get("status") == "missed"
    assert start.lines(1) == [("Nothing due today.", "")]
    assert ("Missed check-in with Blue Heron", f"{d(0)} (today)") in start.lines(0)


def test_closing_a_checkin_with_typing_asks_first_and_keeps_it_as_a_draft(
        start: StartPage, ctx: FakeContext, prompter: ScriptedPrompter,
        world: dict[str, str]) -> None:
    start.open_current()
    window = checkin_windows()[0]
    type_text(window.note.edit, "Called twice, no answer")
    prompter.confirm_answers = [False]  # Keep editing
    window.close()
    assert window.isVisible()
    assert prompter.calls[-1][:2] == ("confirm", "Discard changes?")
    assert "This check-in has changes" in prompter.calls[-1][2]
    assert "Called twice" not in prompter.calls[-1][2]  # the question never quotes the typing
    draft = window.draft_state()
    assert draft is not None and draft["values"]["note"] == "Called twice, no answer"
    prompter.confirm_answers = [True]  # Discard changes
    window.close()
    assert not window.isVisible() and window.draft_state() is None
    assert ctx.reader.records.get("checkin", world["missed"]).get("note") is None


def test_a_checkin_done_without_a_date_is_refused_beside_the_field(
        start: StartPage, ctx: FakeContext, world: dict[str, str]) -> None:
    start.open_current()
    window = checkin_windows()[0]
    window.done_on.set_value("")
    window.record_done()
    assert window.done_error.isVisible()
    assert "when" in window.done_error.text().lower()
    assert ctx.reader.records.get("checkin", world["missed"]).get("status") == "missed"
    window.done_on.set_value("2099-01-01")  # a future day: refused, nothing changes
    window.record_done()
    assert window.done_error.isVisible()
    assert ctx.reader.records.get("checkin", world["missed"]).get("status") == "missed"


def test_other_lines_open_their_records(start: StartPage, ctx: FakeContext,
                                        world: dict[str, str]) -> None:
    assert start.select_target(("task", world["late_task"]))
    start.open_current()
    assert start.select_target(("relocation", world["stay"]))
    start.open_current()
    assert ctx.opened == [("task", world["late_task"]), ("relocation", world["stay"])]


# -- Relocations ------------------------------------------------------------------------------

@pytest.fixture
def stays(qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> Iterator[RelocationsPage]:
    page = _page(qtbot, ctx, RelocationsPage())
    assert isinstance(page, RelocationsPage)
    yield page
    page.clear()


def _row(page: RelocationsPage, row: int) -> list[str]:
    model = page.model
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


def test_relocations_list_the_stays_with_what_needs_watching(
        stays: RelocationsPage, world: dict[str, str]) -> None:
    assert stays.model.rowCount() == 2
    rows = {stays.model.record_id(r): _row(stays, r) for r in range(2)}
    headers = [str(stays.model.headerData(c, Qt.Orientation.Horizontal))
               for c in range(stays.model.columnCount())]
    heron = dict(zip(headers, rows[world["stay"]], strict=True))
    assert heron == {
        "Defender": "Blue Heron", "Status": "In stay",
        "Next check-in": f"Missed ({d(-3)})",  # a missed check-in first, until someone acts
        "Visa expires": f"{d(20)}, before departure!", "Days left": "60",
        "Arrival": d(-30), "Departure": f"{d(60)} (planned)", "Host city": MASK}
    fox = dict(zip(headers, rows[world["planned"]], strict=True))
    assert fox == {
        "Defender": "<b>River</b> Fox",  # markup shown as typed, never as rich text
        "Status": "Planned", "Next check-in": "", "Visa expires": "",
        "Days left": "", "Arrival": f"{d(40)} (planned)", "Departure": f"{d(120)} (planned)",
        "Host city": MASK}
    assert headers.index("Host city") == HOST_CITY


def test_host_cities_show_with_ctrl_shift_h_and_hide_on_leaving(
        qtbot: QtBot, stays: RelocationsPage, world: dict[str, str]) -> None:
    stays.table.setFocus()
    qtbot.keyClick(stays.table, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    cities = {_row(stays, r)[HOST_CITY] for r in range(2)}
    assert cities == {"Utrecht", "Oslo"}
    stays.hide()
    assert {_row(stays, r)[HOST_CITY] for r in range(2)} == {MASK}


def test_relocations_filter_by_status_and_open_a_stay(
        stays: RelocationsPage, ctx: FakeContext, world: dict[str, str]) -> None:
    ctx.reader.records.edit("relocation", world["planned"], {"status": "cancelled"})
    stays.refresh(frozenset({"relocation"}))
    assert stays.model.rowCount() == 1  # current stays only
    stays.status.setCurrentIndex(stays.status.findText("Cancelled"))
    assert [stays.model.record_id(0)] == [world["planned"]]
    assert stays.show_record("relocation", world["stay"])
    assert stays.current_id() == world["stay"]
    assert [f.form_kind for f in top_forms()] == ["relocation"]


def test_new_stay_form_refuses_an_overlapping_stay_beside_the_field(
        stays: RelocationsPage, ctx: FakeContext, world: dict[str, str]) -> None:
    form = RecordForm(ctx, "relocation", defaults={  # type: ignore[arg-type]
        "defender": world["heron"], "host_city": "Ghent", "planned_arrival": d(-10),
        "planned_departure": d(10)})
    form.show()
    form.save()
    assert form.errors["planned_arrival"].isVisible()
    assert "overlaps" in form.errors["planned_arrival"].text()
    assert len(ctx.reader.planning.stays_of(world["heron"])) == 1
    form.clear()
    form.close()


# -- Tasks ------------------------------------------------------------------------------------

@pytest.fixture
def tasks(qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> Iterator[TasksPage]:
    page = _page(qtbot, ctx, TasksPage())
    assert isinstance(page, TasksPage)
    yield page
    page.clear()


def _titles(page: TasksPage) -> list[str]:
    return [str(page.model.data(page.model.index(r, 0))) for r in range(page.model.rowCount())]


def test_tasks_filter_captions_sit_beside_their_boxes(tasks: TasksPage, qtbot: QtBot) -> None:
    """Seen at a real window: "Show" and "For" stood far from their boxes, the row's spare
    room shared out between the captions (the defender box may not grow past 16 em)."""
    from PySide6.QtWidgets import QLabel

    tasks.resize(1000, 600)
    qtbot.waitUntil(lambda: tasks.show_combo.width() > 0)
    em = tasks.fontMetrics().horizontalAdvance("M")
    for box in (tasks.show_combo, tasks.assignee, tasks.defender_search):
        caption = next(w for w in tasks.findChildren(QLabel) if w.buddy() is box)
        caption_end = caption.mapTo(tasks, caption.rect().topLeft()).x() + caption.width()
        text_end = caption.mapTo(tasks, caption.rect().topLeft()).x() + \
            caption.fontMetrics().horizontalAdvance(caption.text())
        box_start = box.mapTo(tasks, box.rect().topLeft()).x()
        assert box_start - text_end < 2 * em, caption.text()
        assert caption_end <= box_start


def test_tasks_filter_open_overdue_for_whom_and_by_defender(
        tasks: TasksPage, ctx: FakeContext, world: dict[str, str]) -> None:
    assert _titles(tasks) == ["Send the invitation letter", "Book the flight"]  # soonest first
    model = tasks.model
    assert [model.data(model.index(0, c)) for c in range(5)] == [
        "Send the invitation letter", d(-2), "Overdue, 2 days late", "Maria",
        f"Blue Heron, Stay from {d(-30)}"]
    assert model.data(model.index(1, 2)) == "Due in 5 days"
    tasks.show_combo.setCurrentIndex(tasks.show_combo.findData("overdue"))
    assert _titles(tasks) == ["Send the invitation letter"]
    tasks.show_combo.setCurrentIndex(tasks.show_combo.findData("open"))
    assert [tasks.assignee.itemText(i) for i in range(tasks.assignee.count())] == [
        "Anyone", "Maria", "Tom"]
    tasks.assignee.setCurrentIndex(tasks.assignee.findData("Tom"))
    assert _titles(tasks) == ["Book the flight"]
    tasks.assignee.setCurrentIndex(0)
    tasks._defender_chosen(world["fox"], "River Fox")  # as picking from the typed matches does
    assert _titles(tasks) == ["Book the flight"]
    tasks.defender_search.clear()
    assert len(_titles(tasks)) == 2


def test_a_partial_due_date_is_not_overdue_before_its_last_day(
        tasks: TasksPage, ctx: FakeContext) -> None:
    ctx.reader.records.add("task", {"title": "Sometime this month", "due": TODAY.strftime("%Y-%m")})
    tasks.show_combo.setCurrentIndex(tasks.show_combo.findData("overdue"))
    assert _titles(tasks) == ["Send the invitation letter"]


def test_mark_done_with_ctrl_d_closes_the_task(
        qtbot: QtBot, tasks: TasksPage, ctx: FakeContext, world: dict[str, str]) -> None:
    tasks.table.select_id(world["late_task"])
    tasks.table.setFocus()
    qtbot.keyClick(tasks.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ctx.reader.records.get("task", world["late_task"]).get("status") == "done"
    assert _titles(tasks) == ["Book the flight"]
    tasks.show_combo.setCurrentIndex(tasks.show_combo.findData("done"))
    assert _titles(tasks) == ["Send the invitation letter"]


def test_new_task_and_edit_through_the_form(
        tasks: TasksPage, ctx: FakeContext, world: dict[str, str]) -> None:
    tasks.new_task()
    form = top_forms()[0]
    assert form.form_kind == "task"
    type_text(form.editors["title"].focus_target(), "Renew the visa")
    type_text(form.editors["due"].focus_target(), d(1))
    form.save()
    assert "Renew the visa" in _titles(tasks)
    assert tasks.show_record("task", world["fox_task"])
    assert [f.record_id for f in top_forms()] == [world["fox_task"]]


# -- a defender's Relocation tab --------------------------------------------------------------

@pytest.fixture
def tab(qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> Iterator[StayTab]:
    made = StayTab()
    qtbot.addWidget(made)
    ctx.pages.append(made)
    made.attach(ctx)  # type: ignore[arg-type]
    made.show()
    made.show_defender(world["heron"])
    yield made
    made.clear()


def test_relocation_tab_lists_stays_with_checkins_and_tasks(
        tab: StayTab, world: dict[str, str]) -> None:
    assert tab.lines() == [
        (f"Stay from {d(-30)}", f"{d(-30)} to {d(60)}", "In stay"),
        ("Check-in", f"{d(-3)} (3 days late)", "Missed: waiting for someone to act"),
        ("Check-in", f"{d(0)} (today)", "Scheduled"),
        ("Check-in", f"{d(14)} (in 14 days)", "Scheduled"),
        ("Task: Send the invitation letter", d(-2), "Open, overdue")]
    assert tab.city.text.text() == MASK and tab.accommodation.text.text() == MASK
    assert "the visa expires" in tab.warning.text()
    tab.city.reveal()
    assert tab.city.text.text() == "Utrecht"
    tab.conceal()
    assert tab.city.text.text() == MASK


def test_scheduling_a_checkin_asks_only_for_its_date_and_note(
        tab: StayTab, ctx: FakeContext, world: dict[str, str]) -> None:
    tab.schedule_checkin()
    form = top_forms()[0]
    assert list(form.editors) == ["relocation", "due", "note"]
    stay_box = form.editors["relocation"].focus_target()
    assert not stay_box.isEnabled()  # the stay it was scheduled from
    assert form.values()["relocation"] == world["stay"]
    type_text(form.editors["due"].focus_target(), d(-40))  # before the stay: refused
    form.save()
    assert form.errors["due"].isVisible()
    form.editors["due"].set_value(d(21))
    form.save()
    assert ("Check-in", f"{d(21)} (in 21 days)", "Scheduled") in tab.lines()


def test_opening_a_checkin_from_the_tab_opens_the_checkin_window(
        tab: StayTab, world: dict[str, str]) -> None:
    assert tab.select(("checkin", world["later"]))
    tab.open_current()
    windows = checkin_windows()
    assert len(windows) == 1 and windows[0].record_id == world["later"]
    assert windows[0].missed_button.isVisible()


def test_escalating_threats_name_the_defender_and_the_counts(
        start: StartPage, ctx: FakeContext, world: dict[str, str]) -> None:
    for ago, severity in ((2, 4), (5, None)):
        ctx.reader.records.add("incident", {"defenders": [world["heron"]], "category": "digital",
                                            "occurred": d(-ago), "description": "phishing",
                                            **({"severity": severity} if severity else {})})
    ctx.reader.records.add("incident", {"defenders": [world["heron"]], "category": "digital",
                                        "occurred": d(-60), "description": "older",
                                        "severity": 2})
    start.refresh(frozenset({"incident"}))
    assert start.lines(3) == [("Blue Heron: 2 incidents in the last 30 days, 1 in the 90 "
                               "before", "severity 4, was 2")]
    assert start.lines(4) == [("Digital surveillance and online threats: 3", "")]
    assert start.select_target(("defender", world["heron"]))
    assert start.current_defender_id() == world["heron"]  # Ctrl+N logs an incident for them
    start.open_current()
    assert ctx.opened[-1] == ("defender", world["heron"])


def test_tab_goes_filters_list_then_buttons_on_tasks(
        qtbot: QtBot, tasks: TasksPage) -> None:
    activate(qtbot, tasks)
    chain = tab_chain(qtbot, tasks.show_combo, 4)
    assert chain == [tasks.assignee, tasks.defender_search, tasks.table,
                     tasks.action_bar.itemAt(0).widget()]  # type: ignore[union-attr]


def test_tab_in_the_checkin_window_follows_the_fields_to_record_as_done(
        qtbot: QtBot, start: StartPage, world: dict[str, str]) -> None:
    assert start.select_target(("checkin", world["due_today"]))
    start.open_current()
    window = checkin_windows()[0]
    activate(qtbot, window)
    chain = tab_chain(qtbot, window.done_on.focus_target(), 7)
    assert chain == [window.how.focus_target(), window.note.edit, window.concern,
                     window.missed_button, window.cancel_button, window.save_button,
                     window.done_on.focus_target()]
    window.concern.setChecked(True)
    assert tab_chain(qtbot, window.concern, 2) == [window.log_incident, window.missed_button]


def test_after_midnight_the_start_screen_shown_again_counts_from_the_new_day(
        start: StartPage, monkeypatch: pytest.MonkeyPatch, world: dict[str, str]) -> None:
    assert start.lines(1) == [("Check-in with Blue Heron", f"{d(0)} (today)")]
    start.hide()
    monkeypatch.setattr(Planning, "today", lambda self: TODAY + timedelta(days=1))
    start.show()  # back to the start screen after midnight: a local date later
    assert start.day_label.text() == "Wednesday, 11 March 2026"  # the locale's long date
    assert ("Check-in with Blue Heron", f"{d(0)} (1 day late)") in start.lines(0)
    assert start.lines(1) == [("Nothing due today.", "")]


def _laid_out_in_order(text: str, value: str) -> bool:
    """`value` (an ISO date) inside `text` as Qt lays out a right-to-left line: its characters
    left to right (reversed, 2026-03-30 reads 30-03-2026 to an Arabic reader's eye)."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    start = text.index(value)
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    xs = [line.cursorToX(i)[0] for i in range(start + 1, start + len(value))]
    return xs == sorted(xs)


def test_dates_in_arabic_lines_keep_their_order(
        tab: StayTab, ctx: FakeContext, world: dict[str, str]) -> None:
    """The visa warning and a check-in's "Done" date (issue 18): an ISO date inside an Arabic
    sentence is laid out left to right (in an isolate), not as 30-03-2026."""
    from hrd_desk.ui.i18n import apply_language

    ctx.reader.planning.checkin_done(world["later"], on=d(-1), how="video", note=None,
                                     concern=False)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "ar")
    try:
        tab.show_defender(world["heron"])
        done = next(line[2] for line in tab.lines() if d(-1) in line[2])
        warning = tab.warning.text()
    finally:
        apply_language(app, "en")
    assert _laid_out_in_order(done, d(-1)), repr(done)
    assert _laid_out_in_order(warning, d(20)) and _laid_out_in_order(warning, d(60)), warning
    assert not _laid_out_in_order(f"تمت في {d(-1)}", d(-1)), "the check can fail"
