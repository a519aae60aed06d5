"""A defender's timeline (groups open for a few incidents, kept open or closed on return, range
headings in words) and what the page does after a form opened from it saved."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrd_desk.services.overview import TimelineGroup
from hrd_desk.services.session import Session
from hrd_desk.ui.incident_timeline import ID_ROLE, group_title
from hrd_desk.ui.pages.defenders import DefendersPage

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush, top_forms, type_text


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    return FakeContext(session, prompter)


@pytest.fixture
def amina(ctx: FakeContext) -> str:
    amina = ctx.reader.records.add("defender", {"name": "Amina", "codename": "Blue Heron",
                                        "consent": "colleagues",
                                        "consent_date": "2024-01-15", "consent_how": "written"})
    for when in ("2024-05-02", "2024-03-18", "2023", "2022-01-05", "2021-07"):
        ctx.reader.records.add("incident", {"defenders": [amina], "category": "digital",
                                    "occurred": when, "description": f"event {when}"})
    return amina


@pytest.fixture
def page(ctx: FakeContext, qtbot: QtBot, amina: str) -> Iterator[DefendersPage]:
    made = DefendersPage()
    qtbot.addWidget(made)
    ctx.pages.append(made)
    made.resize(1100, 700)
    made.show()
    made.attach(ctx)  # type: ignore[arg-type]
    yield made
    for form in top_forms():
        form.clear()
        form.close()
    made.clear()
    flush()


def test_a_defender_with_few_incidents_sees_every_group_open(
    page: DefendersPage, amina: str
) -> None:
    page.open_defender(amina)
    groups = page.view.timeline.groups()
    assert len(groups) == 5
    assert all(g.isExpanded() for g in groups)
    assert len(page.view.timeline.incident_items()) == 5


def test_groups_stay_as_left_when_the_defender_is_opened_again(
    page: DefendersPage, amina: str
) -> None:
    page.open_defender(amina)
    groups = page.view.timeline.groups()
    groups[1].setExpanded(False)
    page.show_list()
    page.open_defender(amina)
    assert [g.isExpanded() for g in page.view.timeline.groups()] == [
        True, False, True, True, True]


def test_lock_forgets_which_groups_were_open(page: DefendersPage, amina: str,
                                             ctx: FakeContext) -> None:
    page.open_defender(amina)
    page.view.timeline.groups()[1].setExpanded(False)
    page.clear()
    page.attach(ctx)  # type: ignore[arg-type]
    page.open_defender(amina)
    assert all(g.isExpanded() for g in page.view.timeline.groups())


@pytest.mark.parametrize(("key", "title"), [
    ("2024-03", "March 2024  ·  2 incidents"),
    ("2024-03..2024-04", "March to April 2024  ·  2 incidents"),
    ("2023-12..2024-01", "December 2023 to January 2024  ·  2 incidents"),
    ("2024-03-15..2024-04-02", "15 March to 2 April 2024  ·  2 incidents"),
    ("2022..2023", "2022 to 2023  ·  2 incidents"),
    ("2023", "2023, month not known  ·  2 incidents"),
])
def test_group_headings_read_as_words(key: str, title: str) -> None:
    is_month = len(key) == 7
    assert group_title(TimelineGroup(key, 2, is_month)) == title
    assert "Between" not in title


def test_after_logging_an_incident_the_page_says_so_and_shows_it(
    page: DefendersPage, amina: str, ctx: FakeContext
) -> None:
    page.open_defender(amina)
    view = page.view
    view.show_tab("Profile")
    view.log_incident()
    form = top_forms()[0]
    combo = form.editors["category"].focus_target()
    combo.setCurrentIndex(combo.findData("physical"))  # type: ignore[attr-defined]
    type_text(form.editors["occurred"].focus_target(), "2024-06-01")
    type_text(form.editors["description"].focus_target(), "Followed home")
    form.save()
    QApplication.processEvents()
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Incidents"
    assert view.notice.isVisible()
    assert view.notice.text() == (
        "Saved. Incident: Physical harassment and direct threats, 2024-06-01")
    selected = view.timeline.selected_id()
    assert selected is not None
    assert ctx.reader.records.get("incident", selected).get("description") == "Followed home"


def test_the_notice_goes_when_the_page_is_left(page: DefendersPage, amina: str) -> None:
    page.open_defender(amina)
    page.view.saved("incident", page.view.timeline.incident_items()[0].data(0, ID_ROLE))
    assert page.view.notice.isVisible()
    page.show_list()
    page.open_defender(amina)
    assert page.view.notice.isHidden()


def test_in_french_no_category_or_status_is_cut_short(ctx: FakeContext, qtbot: QtBot,
                                                     amina: str) -> None:
    """Seen in a French window: "Numérique" showed as "Numéri…" beside its colour."""
    from PySide6.QtWidgets import QApplication

    from hrd_desk.ui.defender_view import DefenderView
    from hrd_desk.ui.i18n import apply_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "fr")
    try:
        ctx.reader.records.add("incident", {"defenders": [amina], "category": "phone",
                                            "occurred": "2024-06-01", "status": "monitoring",
                                            "description": "sms"})
        view = DefenderView()
        qtbot.addWidget(view)
        view.attach(ctx)  # type: ignore[arg-type]
        view.show_defender(amina)
        view.resize(1000, 500)
        view.show()
        flush()
        timeline = view.timeline
        assert len(timeline.incident_items()) == 6
        for column in (1, 3):  # what Qt needs to show every cell whole, colour square included
            assert timeline.columnWidth(column) >= timeline.sizeHintForColumn(column), column
    finally:
        apply_language(app, "en")
