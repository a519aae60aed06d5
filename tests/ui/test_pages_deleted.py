"""Deleted records: restore, and purge asked twice with a plain "cannot be undone"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from hrd_desk.errors import NotFound
from hrd_desk.services.session import Session
from hrd_desk.ui.pages.deleted import DeletedPage

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush

SISTER = "Grace-Sister-Name"


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    ctx = FakeContext(session, prompter)
    amina = ctx.reader.records.add("defender", {"name": "Amina", "codename": "Blue Heron"})
    sister = ctx.reader.records.add("related", {"defender": amina, "name": SISTER,
                                        "relationship": "sibling"})
    ctx.reader.records.delete("related", sister)
    gone = ctx.reader.records.add("defender", {"name": "Luis"})
    ctx.reader.records.delete("defender", gone)
    return ctx


@pytest.fixture
def page(ctx: FakeContext, qtbot: QtBot) -> Iterator[DeletedPage]:
    made = DeletedPage()
    qtbot.addWidget(made)
    ctx.pages.append(made)
    made.show()
    made.attach(ctx)  # type: ignore[arg-type]
    yield made
    made.clear()
    flush()


def _titles(page: DeletedPage) -> list[str]:
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def test_lists_deleted_records_by_kind_with_safe_titles(page: DeletedPage) -> None:
    assert _titles(page) == ["Luis"]
    page.kind.setCurrentIndex(page.kind.findData("related"))
    assert _titles(page) == ["Related person (sibling)"]  # the name stays hidden
    assert page.model.data(page.model.index(0, 1)) == "Blue Heron"


def test_restore_puts_the_record_back(page: DeletedPage, ctx: FakeContext) -> None:
    record = page.current_id()
    assert record is not None
    page.restore_current()
    assert not ctx.reader.records.get("defender", record).deleted
    assert _titles(page) == [] and page.empty_label.isVisibleTo(page)


def test_purge_asks_to_type_a_word_and_says_it_cannot_be_undone(
    page: DeletedPage, ctx: FakeContext, prompter: ScriptedPrompter
) -> None:
    page.kind.setCurrentIndex(page.kind.findData("related"))
    record = page.current_id()
    assert record is not None
    prompter.typed_answers = [False]
    page.purge_current()
    kind, title, text = prompter.calls[-1]
    assert (kind, title) == ("confirm_typed", "Purge related person")
    assert "cannot be undone" in text and SISTER not in text
    assert ctx.reader.records.get("related", record).deleted  # refused: still there
    prompter.typed_answers = [True]
    page.purge_current()
    with pytest.raises(NotFound):
        ctx.reader.records.get("related", record)
    assert _titles(page) == []


def test_the_defender_column_shows_only_where_there_is_a_defender(page: DeletedPage) -> None:
    assert page.kind.currentData() == "defender"
    assert page.table.isColumnHidden(1)
    page.kind.setCurrentIndex(page.kind.findData("related"))
    assert not page.table.isColumnHidden(1)
    assert page.model.data(page.model.index(0, 1)) == "Blue Heron"


def test_the_defender_column_shown_again_is_wide_enough_for_its_heading(
    page: DeletedPage,
) -> None:
    """Seen at a real window: after Defenders (the column hidden, no row), Incidents showed it
    cut to "Defende": fitting the columns to the rows had resized the hidden one."""
    assert page.table.isColumnHidden(1)
    page.restore_current()  # no deleted defender left: the list is fitted with no row
    assert page.model.rowCount() == 0
    page.resize(1000, 600)
    page.kind.setCurrentIndex(page.kind.findData("related"))
    em = page.table.horizontalHeader().fontMetrics().horizontalAdvance("M")
    assert page.table.columnWidth(1) >= 16 * em  # the width the page gives it


def test_deleted_stays_checkins_and_tasks_are_listed_and_restored(
    page: DeletedPage, ctx: FakeContext
) -> None:
    records = ctx.reader.records
    amina = records.list("defender")[0].id
    stay = records.add("relocation", {
        "defender": amina, "host_city": "Utrecht", "planned_arrival": "2026-03-01",
        "planned_departure": "2026-05-31", "accommodation": "Flat above the bakery"})
    checkin = records.add("checkin", {"relocation": stay, "due": "2026-03-15"})
    task = records.add("task", {"title": "Book the flight", "relocation": stay})
    for kind, record_id in (("task", task), ("checkin", checkin), ("relocation", stay)):
        records.delete(kind, record_id)
    page.refresh(frozenset({"relocation", "checkin", "task"}))
    shown = {}
    for kind in ("relocation", "checkin", "task"):
        page.kind.setCurrentIndex(page.kind.findData(kind))
        shown[kind] = _titles(page)
    assert shown == {"relocation": ["Stay from 2026-03-01"],
                     "checkin": ["Check-in due 2026-03-15"], "task": ["Book the flight"]}
    assert page.kind.itemText(page.kind.findData("checkin")) == "Check-ins"
    page.kind.setCurrentIndex(page.kind.findData("relocation"))
    assert page.model.data(page.model.index(0, 1)) == "Blue Heron"
    page.restore_current()
    assert not records.get("relocation", stay).deleted
