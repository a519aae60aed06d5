"""Cases: active ones by default, each with its defender's safe title."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import Session
from hrd_desk.ui.pages.cases import CasesPage

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush, top_forms


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    ctx = FakeContext(session, prompter)
    amina = ctx.reader.records.add("defender", {"name": "Amina", "codename": "Blue Heron",
                                        "legal_name": "Legal-Secret"})
    ctx.reader.records.add("case", {"defender": amina, "programme": "relocation",
                                    "status": "active", "title": "Relocation 2024"})
    ctx.reader.records.add("case", {"defender": amina, "programme": "advocacy", "status": "closed"})
    return ctx


@pytest.fixture
def page(ctx: FakeContext, qtbot: QtBot) -> Iterator[CasesPage]:
    made = CasesPage()
    qtbot.addWidget(made)
    ctx.pages.append(made)
    made.show()
    made.attach(ctx)  # type: ignore[arg-type]
    yield made
    for form in top_forms():
        form.clear()
        form.close()
    made.clear()
    flush()


def test_active_cases_first_then_all(page: CasesPage) -> None:
    model = page.model
    assert model.rowCount() == 1
    assert [model.data(model.index(0, c)) for c in range(3)] == [
        "Relocation 2024", "Blue Heron", "Shelter City relocation"]
    page.status.setCurrentIndex(page.status.findText("All cases"))
    assert model.rowCount() == 2


def test_new_case_starts_with_the_selected_defender(page: CasesPage, ctx: FakeContext) -> None:
    page.new_case()
    forms = top_forms()
    assert len(forms) == 1 and forms[0].form_kind == "case"
    assert forms[0].values()["defender"] == page.current_defender_id()
    assert forms[0].values()["opened"] == ""  # no date is pre-filled


def test_a_long_case_title_is_not_cut_while_other_columns_have_room(
    page: CasesPage, ctx: FakeContext
) -> None:
    title = "Relocation to the host city with family, spring 2024"
    amina = ctx.reader.records.list("defender")[0].id
    ctx.reader.records.add("case", {"defender": amina, "programme": "relocation",
                                    "status": "active", "title": title})
    page.resize(1100, 500)
    page.requery()
    table = page.table
    row = next(r for r in range(page.model.rowCount())
               if page.model.data(page.model.index(r, 0)) == title)
    assert row >= 0
    needed = table.fontMetrics().horizontalAdvance(title)
    assert table.columnWidth(0) >= needed
    header = table.horizontalHeader()
    last = page.model.columnCount() - 1
    assert header.sectionViewportPosition(last) + table.columnWidth(last) <= (
        table.viewport().width())
