"""The training course, network contacts and advocacy as a caseworker uses them (issue 16): the
Trainings page, the Network page (contacts and advocacy actions) and a defender's Training and
advocacy tab. Pages run over a FakeContext (writes at once, pages refreshed after each).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import Session
from hrd_desk.ui.course_tab import COURSE_TAB, CourseTab
from hrd_desk.ui.defender_view import DefenderView
from hrd_desk.ui.forms import RecordForm
from hrd_desk.ui.forms.editors import MaskedEditor
from hrd_desk.ui.forms.link_editors import RecordChecklist, RecordChoice
from hrd_desk.ui.pages.network import NetworkPage
from hrd_desk.ui.pages.trainings import TrainingsPage
from hrd_desk.ui.tree_items import all_items

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush, top_forms


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    return FakeContext(session, prompter)


@pytest.fixture
def world(ctx: FakeContext) -> dict[str, str]:
    add = ctx.reader.records.add
    heron = add("defender", {"name": "Amina Okoye", "codename": "Blue Heron"})
    fox = add("defender", {"name": "<b>River</b> Fox"})
    edition = add("training", {"title": "Hague Training Course", "starts": "2026-09-07",
                               "ends": "2026-09-11", "place": "The Hague"})
    older = add("training", {"title": "Spring edition", "starts": "2026-03-02"})
    enrolled = ctx.reader.training.enrol(edition, heron, ["digital-security", "networking"],
                                         needs="A phone that is not tapped")
    embassy = add("contact", {"name": "Human rights officer", "contact_type": "embassy",
                              "organisation": "Embassy of the Netherlands", "city": "Geneva",
                              "reach": "+41 22 555 01 02"})
    lawyer = add("contact", {"name": "Maître Diallo", "contact_type": "lawyer",
                             "city": "Brussels"})
    action = add("advocacy", {"action": "meeting", "date": "2026-06-02",
                              "subject": "Trial monitoring", "contacts": [embassy],
                              "defenders": [heron], "outcome": "Observer at the hearing"})
    return {"heron": heron, "fox": fox, "edition": edition, "older": older,
            "enrolled": enrolled, "embassy": embassy, "lawyer": lawyer, "action": action}


def _page(qtbot: QtBot, ctx: FakeContext, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    ctx.pages.append(page)
    page.show()
    page.attach(ctx)  # type: ignore[attr-defined]
    return page


@pytest.fixture(autouse=True)
def close_forms() -> Iterator[None]:
    yield
    for window in top_forms():
        window.clear()  # type: ignore[attr-defined]
        window.close()
    flush()


def _texts(widget: QWidget) -> str:
    return " ".join(item.text(c) for tree in widget.findChildren(type(CourseTab().trainings))
                    for item in all_items(tree) for c in range(item.columnCount()))


def _only_form() -> RecordForm:
    [form] = top_forms()
    assert isinstance(form, RecordForm)
    return form


# -- Trainings ---------------------------------------------------------------------------------


def test_trainings_lists_editions_newest_first_with_the_participants_modules(
        qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> None:
    page = _page(qtbot, ctx, TrainingsPage())
    assert isinstance(page, TrainingsPage)
    assert [page.model.row(r).record.id for r in range(page.model.rowCount())] == [
        world["edition"], world["older"]]
    assert page.current_id() == world["edition"]
    rows = [(i.text(0), i.text(1)) for i in all_items(page.participants)]
    assert rows == [("Blue Heron", "Digital security, Networking")]
    assert page.participants_heading.text() == "Participants (1)"
    assert "not tapped" not in _texts(page)  # needs are sensitive: never listed
    page.table.select_id(world["older"])
    assert all_items(page.participants) == []
    assert "Nobody enrolled" in page.participants_empty.text()
    # a search hit on a participant opens its edition with the participant selected
    assert page.show_record("participant", world["enrolled"])
    assert page.current_id() == world["edition"]
    assert page.selected_participant() == world["enrolled"]
    assert not page.show_record("contact", world["embassy"])


def test_enrolling_from_the_trainings_page(qtbot: QtBot, ctx: FakeContext,
                                           world: dict[str, str]) -> None:
    page = _page(qtbot, ctx, TrainingsPage())
    assert isinstance(page, TrainingsPage)
    page.enrol()
    form = _only_form()
    assert form.form_kind == "participant"
    training = form.editors["training"]
    assert isinstance(training, RecordChoice)
    assert training.value() == world["edition"]  # the selected edition
    # the editions offered are the live ones, by safe title
    offered = [training.combo.itemText(i) for i in range(training.combo.count())]
    assert "Hague Training Course, 2026-09-07" in offered
    assert isinstance(form.editors["needs"], MaskedEditor)  # sensitive: hidden until shown
    form.set_values({"training": world["edition"], "defender": world["fox"],
                     "modules": ["reporting", "policy-influencing"]})
    form.save()
    assert ctx.failures == []
    rows = [(i.text(0), i.text(1)) for i in all_items(page.participants)]
    # by codename, else name ("<" sorts first); markup shown as typed
    assert rows == [("<b>River</b> Fox", "Reporting human rights abuses, Policy influencing"),
                    ("Blue Heron", "Digital security, Networking")]


def test_a_second_enrolment_is_refused_beside_the_defender_field(
        qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> None:
    page = _page(qtbot, ctx, TrainingsPage())
    assert isinstance(page, TrainingsPage)
    page.enrol()
    form = _only_form()
    form.set_values({"training": world["edition"], "defender": world["heron"]})
    form.save()
    assert form.isVisible()
    assert "already enrolled" in form.errors["defender"].text()
    assert len(ctx.reader.training.participants(world["edition"])) == 1


# -- Network -----------------------------------------------------------------------------------


def test_network_lists_contacts_by_name_and_filters_by_kind_and_city(
        qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> None:
    page = _page(qtbot, ctx, NetworkPage())
    assert isinstance(page, NetworkPage)
    contacts = page.contacts
    names = [contacts.model.row(r).record.get("name") for r in range(contacts.model.rowCount())]
    assert names == ["Human rights officer", "Maître Diallo"]
    shown = " ".join(contacts.model.data(contacts.model.index(r, c)) or ""
                     for r in range(contacts.model.rowCount()) for c in range(4))
    assert "+41 22" not in shown  # how to reach them is sensitive: never a column
    contacts.kind_filter.setCurrentIndex(contacts.kind_filter.findData("lawyer"))
    assert contacts.model.rowCount() == 1 and contacts.current_id() == world["lawyer"]
    contacts.kind_filter.setCurrentIndex(0)
    contacts.city_filter.setCurrentIndex(contacts.city_filter.findData("Geneva"))
    assert contacts.model.rowCount() == 1 and contacts.current_id() == world["embassy"]


def test_logging_advocacy_with_a_contact(qtbot: QtBot, ctx: FakeContext,
                                         world: dict[str, str]) -> None:
    page = _page(qtbot, ctx, NetworkPage())
    assert isinstance(page, NetworkPage)
    assert page.show_record("contact", world["lawyer"])
    page.contacts.log_advocacy()
    form = _only_form()
    contacts = form.editors["contacts"]
    assert isinstance(contacts, RecordChecklist)
    assert contacts.value() == [world["lawyer"]]
    labels = [contacts.items.item(i).text() for i in range(contacts.items.count())]
    assert labels == ["Human rights officer (Embassy of the Netherlands, Geneva)",
                      "Maître Diallo (Brussels)"]
    assert isinstance(form.editors["outcome"], MaskedEditor)
    form.set_values({"defenders": [world["fox"]], "action": "urgent-appeal",
                     "date": "2026-06-20", "contacts": [world["lawyer"]],
                     "outcome": "Released on bail"})
    form.save()
    assert ctx.failures == []
    [new] = ctx.reader.network.advocacy_with(world["lawyer"])
    assert (new.get("action"), new.get("defenders"), new.get("outcome")) == (
        "urgent-appeal", [world["fox"]], "Released on bail")
    advocacy = page.advocacy
    assert [advocacy.model.row(r).record.id for r in range(advocacy.model.rowCount())] == [
        new.id, world["action"]]
    row = advocacy.model.row(0)
    assert row.linked("contacts") == "Maître Diallo"
    assert row.linked("defenders") == "<b>River</b> Fox"
    assert page.show_record("advocacy", world["action"])
    assert page.tabs.currentWidget() is advocacy
    assert advocacy.current_defender_id() == world["heron"]


# -- the defender's tab ------------------------------------------------------------------------


def test_the_defenders_tab_shows_their_trainings_and_advocacy(
        qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> None:
    view = DefenderView()
    qtbot.addWidget(view)
    ctx.pages.append(view)
    view.show()
    view.attach(ctx)
    assert view.show_defender(world["heron"], tab=COURSE_TAB)
    assert view.tabs.tabText(view.tabs.currentIndex()) == COURSE_TAB
    course = view.course
    assert [(i.text(0), i.text(1), i.text(3)) for i in all_items(course.trainings)] == [
        ("Hague Training Course", "2026-09-07 to 2026-09-11", "Digital security, Networking")]
    assert [(i.text(0), i.text(1), i.text(2), i.text(3)) for i in all_items(course.advocacy)] \
        == [("2026-06-02", "Meeting", "Trial monitoring", "Human rights officer")]
    text = _texts(view)
    assert "not tapped" not in text and "Observer" not in text  # sensitive: forms only
    # enrol from here: the form comes with the defender; the tab follows the save
    course.enrol()
    form = _only_form()
    assert form.editors["defender"].value() == world["heron"]
    form.set_values({"defender": world["heron"], "training": world["older"],
                     "modules": ["physical-security"]})
    form.save()
    assert ctx.failures == []
    assert [i.text(0) for i in all_items(course.trainings)] == [
        "Hague Training Course", "Spring edition"]
    # another defender: nothing yet, said calmly
    assert view.show_defender(world["fox"])
    assert all_items(course.trainings) == [] and all_items(course.advocacy) == []
    assert course.trainings_empty.text() == "Not enrolled in any training yet."
    view.clear()
    assert course.defender_id is None and all_items(course.advocacy) == []


def test_the_enrolment_is_edited_from_the_defenders_tab_with_enter(
        qtbot: QtBot, ctx: FakeContext, world: dict[str, str]) -> None:
    view = DefenderView()
    qtbot.addWidget(view)
    view.show()
    view.attach(ctx)
    view.show_defender(world["heron"], tab=COURSE_TAB)
    tree = view.course.trainings
    tree.setCurrentItem(tree.topLevelItem(0))
    assert view.course.training_buttons[0].isEnabled()
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    form = _only_form()
    assert (form.form_kind, form.record_id) == ("participant", world["enrolled"])
