"""Text marked sensitive (and the model's sensitive free text, such as a related person's notes)
is masked wherever the GUI shows a record outside its form, until the caseworker reveals it: the
defender's profile, related people, cases and timeline, the list pages, the start screen and the
check-in window. One rule decides what is hidden (model/display.hidden_fields)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from hrd_desk.model.display import MASK
from hrd_desk.services.session import Session
from hrd_desk.ui.forms.checkin_window import open_checkin
from hrd_desk.ui.forms.editors import MaskedEditor
from hrd_desk.ui.pages.cases import CasesPage
from hrd_desk.ui.pages.defenders import DefendersPage
from hrd_desk.ui.pages.network import NetworkPage
from hrd_desk.ui.pages.threat_log import ThreatLogPage
from hrd_desk.ui.pages.trainings import TrainingsPage
from hrd_desk.ui.sensitive import SensitiveValue

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush, top_forms

ORG = "Kibera-Org-Marked"
NOTES = "school in Kibera-Notes"
DESCRIPTION = "followed near Kibera-Description"
TITLE = "Kibera-Case-Title"
NOTE = "Kibera-Checkin-Note"
SECRETS = (ORG, NOTES, DESCRIPTION, TITLE, NOTE)


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    return FakeContext(session, prompter)


@pytest.fixture
def amina(ctx: FakeContext) -> str:
    records = ctx.reader.records
    amina = records.add("defender", {"name": "Amina", "codename": "Blue Heron",
                                     "organisation": ORG}, marks={"organisation": True})
    records.add("related", {"defender": amina, "name": "Child", "relationship": "child",
                            "notes": NOTES})
    case = records.add("case", {"defender": amina, "programme": "relocation", "title": TITLE},
                       marks={"title": True})
    records.add("incident", {"defenders": [amina], "category": "physical", "occurred": "2024-05",
                             "description": DESCRIPTION, "status": "open", "case": case},
                marks={"description": True})
    return amina


def _texts(root: QWidget) -> list[str]:
    """Every text the widget tree puts on screen: labels, tree items, table cells."""
    found = [label.text() for label in root.findChildren(QLabel)]
    trees = [root] if isinstance(root, QTreeWidget) else []
    for tree in trees + root.findChildren(QTreeWidget):
        stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found += [item.text(c) for c in range(item.columnCount())]
            stack += [item.child(i) for i in range(item.childCount())]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or isinstance(view, QTreeWidget):
            continue
        found += [str(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
                  for c in range(model.columnCount())]
    return found


def _leaks(root: QWidget) -> list[str]:
    return [t for t in _texts(root) if any(s in t for s in SECRETS)]


@pytest.fixture
def shown(qtbot: QtBot) -> Iterator[list[QWidget]]:
    made: list[QWidget] = []
    yield made
    for form in top_forms():
        form.clear()
        form.close()
    for widget in made:
        clear = getattr(widget, "clear", None)
        if callable(clear):
            clear()
    flush()


def _page(ctx: FakeContext, qtbot: QtBot, shown: list[QWidget], cls: type) -> QWidget:
    page = cls()
    qtbot.addWidget(page)
    ctx.pages.append(page)
    page.resize(1100, 700)
    page.show()
    page.attach(ctx)
    shown.append(page)
    QApplication.processEvents()
    return page


def test_the_defender_view_masks_marked_text_and_related_notes(
    ctx: FakeContext, qtbot: QtBot, shown: list[QWidget], amina: str
) -> None:
    page = _page(ctx, qtbot, shown, DefendersPage)
    assert isinstance(page, DefendersPage)
    page.open_defender(amina)
    view = page.view
    tabs = view.tabs
    for index in range(tabs.count()):  # every tab drawn at least once
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
    view.timeline.groups()[0].setExpanded(True)
    QApplication.processEvents()
    assert _leaks(page) == []
    assert any(MASK in t for t in _texts(view.timeline)), "the description shows the mask"
    hidden = [v for v in view.sensitive if v.hiding]
    assert {v.field_label for v in hidden} >= {"Organisation", "Notes"}
    # revealing is still possible, and leaving hides again
    view.toggle_hidden_values()
    assert any(ORG in t for t in _texts(view)) and any(NOTES in t for t in _texts(view))
    view.conceal()
    assert all(v.hiding for v in view.sensitive if isinstance(v, SensitiveValue) and v._value)


@pytest.mark.parametrize("cls", [ThreatLogPage, CasesPage, TrainingsPage, NetworkPage])
def test_list_pages_show_the_mask_not_the_marked_text(
    ctx: FakeContext, qtbot: QtBot, shown: list[QWidget], amina: str, cls: type
) -> None:
    records = ctx.reader.records
    records.add("training", {"title": TITLE, "starts": "2024-02-01", "place": NOTE},
                marks={"title": True, "place": True})
    contact = records.add("contact", {"name": ORG, "contact_type": "journalist"},
                          marks={"name": True})
    records.add("advocacy", {"action": "meeting", "date": "2024-03-01", "subject": DESCRIPTION,
                             "contacts": [contact]}, marks={"subject": True})
    page = _page(ctx, qtbot, shown, cls)
    texts = _texts(page)
    assert _leaks(page) == []
    assert MASK in texts


def test_the_checkin_window_masks_a_marked_note(
    ctx: FakeContext, qtbot: QtBot, shown: list[QWidget], amina: str
) -> None:
    records = ctx.reader.records
    stay = records.add("relocation", {"defender": amina, "planned_arrival": "2024-01-10",
                                      "planned_departure": "2024-03-10", "status": "planned",
                                      "host_city": "Nairobi"})
    checkin = records.add("checkin", {"relocation": stay, "due": "2024-02-01", "note": NOTE},
                          marks={"note": True})
    window = open_checkin(ctx, checkin)  # type: ignore[arg-type]
    shown.append(window)
    assert isinstance(window.note, MaskedEditor) and window.note.hiding
    assert window.note.value() == NOTE, "kept as it is, only hidden"
    assert _leaks(window) == [] or all(
        not w.isVisible() for w in window.findChildren(QWidget) if isinstance(w, QLabel)
        and NOTE in w.text())
