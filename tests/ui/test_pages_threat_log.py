"""The Threat log: opens on open and monitoring incidents; filters, sorting and deleting in SQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import Session
from hrd_desk.ui.pages.threat_log import ThreatLogPage

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush, top_forms

WHAT, CATEGORY, SUBTYPE, SEVERITY = 2, 3, 4, 5


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    ctx = FakeContext(session, prompter)
    amina = ctx.reader.records.add("defender", {"name": "Amina", "codename": "Blue Heron"})
    luis = ctx.reader.records.add("defender", {"name": "Luis"})
    for when, status, category, severity, who in (
        ("2024-06-01", "open", "digital", 2, [amina]),
        ("2024-05-01", "monitoring", "physical", 4, [amina, luis]),
        ("2024-04-01", "closed", "legal", 5, [luis]),
        ("2024-03-01", "open", "phone", None, [luis]),
    ):
        ctx.reader.records.add("incident", {
            "defenders": who, "category": category, "occurred": when,
            "description": f"{category} line one\nline two", "status": status,
            "severity": severity})
    return ctx


@pytest.fixture
def page(ctx: FakeContext, qtbot: QtBot) -> Iterator[ThreatLogPage]:
    made = ThreatLogPage()
    qtbot.addWidget(made)
    ctx.pages.append(made)
    made.resize(1100, 600)
    made.show()
    made.attach(ctx)  # type: ignore[arg-type]
    yield made
    for form in top_forms():
        form.clear()
        form.close()
    made.clear()
    flush()


def _rows(page: ThreatLogPage, column: int) -> list[str]:
    model = page.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_opens_on_open_and_monitoring_newest_first(page: ThreatLogPage) -> None:
    assert page.status.currentText() == "Open and monitoring"
    assert _rows(page, 0) == ["2024-06-01", "2024-05-01", "2024-03-01"]
    assert _rows(page, 1) == ["Blue Heron", "Blue Heron, Luis", "Luis"]
    assert _rows(page, WHAT)[0] == "digital line one"  # first line only
    assert page.count_label.text() == "3 incidents"
    colour = page.model.data(page.model.index(0, CATEGORY), Qt.ItemDataRole.DecorationRole)
    assert isinstance(colour, QColor)  # and the category's name as text
    assert page.model.data(page.model.index(0, CATEGORY)) == "Digital"


def test_filters_and_header_sorting(page: ThreatLogPage) -> None:
    page.status.setCurrentIndex(page.status.findText("All incidents"))
    assert page.count_label.text() == "4 incidents"
    page.table.sortByColumn(SEVERITY, Qt.SortOrder.DescendingOrder)  # severity, in SQL
    assert _rows(page, SEVERITY) == ["5", "4", "2", ""]
    page.category.setCurrentIndex(page.category.findData("physical"))
    assert _rows(page, 0) == ["2024-05-01"]


def test_delete_confirms_with_the_title_and_keeps_the_list_in_place(
    page: ThreatLogPage, prompter: ScriptedPrompter, ctx: FakeContext
) -> None:
    page.table.select_row(1)
    prompter.confirm_answers = [True]
    page.delete_current()
    kind, title, text = prompter.calls[-1]
    assert (kind, title) == ("confirm", "Delete incident")
    assert "Physical harassment and direct threats, 2024-05-01" in text
    assert _rows(page, 0) == ["2024-06-01", "2024-03-01"]
    assert ctx.reader.records.count("incident", None) == 3


def test_enter_opens_the_incident_form_and_ctrl_n_uses_its_defender(
    page: ThreatLogPage, qtbot: QtBot, ctx: FakeContext
) -> None:
    page.table.select_row(2)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    forms = top_forms()
    assert len(forms) == 1 and forms[0].record_id == page.current_id()
    assert forms[0].windowTitle() == "Edit incident"
    luis = next(d.id for d in ctx.reader.records.list("defender") if d.fields["name"] == "Luis")
    assert page.current_defender_id() == luis


def test_keyboard_only_delete(page: ThreatLogPage, qtbot: QtBot,
                              prompter: ScriptedPrompter) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    prompter.confirm_answers = [False]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert prompter.calls[-1][:2] == ("confirm", "Delete incident")
    assert page.model.rowCount() == 3  # answered no


def test_tab_goes_filters_then_list_then_buttons(page: ThreatLogPage, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    buttons = [page.action_bar.itemAt(i).widget() for i in range(page.action_bar.count())]
    page.status.setFocus()
    seen = []
    for _ in range(3 + len(buttons)):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen[:3] == [page.status, page.category, page.table]
    assert seen[3:] == [b for b in buttons if b.isEnabled()][: len(seen) - 3]


def test_log_incident_starts_with_no_defender_and_remove_works_at_once(
    page: ThreatLogPage, ctx: FakeContext
) -> None:
    assert page.table.current_id() is not None  # the top row is selected by itself
    page.log_incident()
    form = top_forms()[0]
    assert form.editors["defenders"].value() == []
    form.clear()
    form.close()
    flush()
    amina = next(d.id for d in ctx.reader.records.list("defender") if d.fields["name"] == "Amina")
    from hrd_desk.ui.forms import open_form

    prefilled = open_form(ctx, "incident", defaults={"defenders": [amina]})  # type: ignore[arg-type]
    editor = prefilled.editors["defenders"]
    assert editor.value() == [amina]
    editor.remove.click()  # type: ignore[attr-defined]
    assert editor.value() == []
    prefilled.clear()
    prefilled.close()


def test_a_further_category_shows_in_the_row_it_filters(
    page: ThreatLogPage, ctx: FakeContext
) -> None:
    amina = next(d.id for d in ctx.reader.records.list("defender") if d.fields["name"] == "Amina")
    ctx.reader.records.add("incident", {"defenders": [amina], "category": "digital",
                                "also": ["family", "phone"], "occurred": "2024-07-01",
                                "description": "Doxxing of her children", "status": "open"})
    page.category.setCurrentIndex(page.category.findData("family"))
    assert _rows(page, CATEGORY) == ["Digital (also Family, Phone)"]


def test_what_happened_is_on_screen_and_short_columns_are_not_cut(
    page: ThreatLogPage, ctx: FakeContext
) -> None:
    luis = next(d.id for d in ctx.reader.records.list("defender") if d.fields["name"] == "Luis")
    ctx.reader.records.add("incident", {"defenders": [luis], "category": "physical",
                                "subtype": "stalking", "occurred": "2024-03..2024-05",
                                "description": "Followed home", "status": "open"})
    page.requery()
    table = page.table
    em = table.fontMetrics().horizontalAdvance("M")
    viewport = table.viewport().width()
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(WHAT) + table.columnWidth(WHAT) <= viewport
    assert table.columnWidth(WHAT) >= 15 * em
    metrics = table.fontMetrics()
    for column in (0, CATEGORY, SUBTYPE):
        for text in _rows(page, column):
            swatch = 2 * em if column == CATEGORY else 0
            assert metrics.horizontalAdvance(text) + swatch <= table.columnWidth(column), text
