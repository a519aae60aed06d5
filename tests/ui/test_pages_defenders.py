"""The Defenders section: the list, a defender's page, its timeline and its hidden values."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session
from hrd_desk.ui import incident_timeline
from hrd_desk.ui.labels import CATEGORY_COLOURS
from hrd_desk.ui.pages import build_pages
from hrd_desk.ui.pages.defenders import DefendersPage
from hrd_desk.ui.sensitive import MASK

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush

LEGAL = "Amina-Wanjiru-Legal"
SISTER = "Grace-Sister-Name"


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    return FakeContext(session, prompter)


@pytest.fixture
def seeded(ctx: FakeContext) -> dict[str, str]:
    work: Casework = ctx.reader.records
    amina = work.add("defender", {"name": "Amina Okoye", "codename": "Blue Heron",
                                  "country": "KE", "legal_name": LEGAL})
    luis = work.add("defender", {"name": "Luis García", "country": "CO"})
    olga = work.add("defender", {"name": "<b>Olga</b>", "country": "BY"})
    sister = work.add("related", {"defender": amina, "name": SISTER, "relationship": "sibling"})
    for category, when in (("digital", "2024-05-02"), ("physical", "2024-05-20"),
                           ("family", "2024-03-18"), ("legal", "2023")):
        extra = {"targets": [sister]} if category == "family" else {}
        work.add("incident", {"defenders": [amina], "category": category, "occurred": when,
                              "description": f"{category} event", **extra})
    work.add("incident", {"defenders": [luis], "category": "legal", "occurred": "2024-06-01",
                          "description": "summons", "status": "closed"})
    work.add("case", {"defender": amina, "programme": "relocation", "status": "active"})
    return {"amina": amina, "luis": luis, "olga": olga, "sister": sister}


@pytest.fixture
def page(ctx: FakeContext, qtbot: QtBot, seeded: dict[str, str]) -> Iterator[DefendersPage]:
    made = DefendersPage()
    qtbot.addWidget(made)
    ctx.pages.append(made)
    made.resize(1100, 700)
    made.show()
    made.attach(ctx)  # type: ignore[arg-type]
    yield made
    made.clear()
    flush()


def _column(page: DefendersPage, column: int) -> list[str]:
    model = page.list.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_newest_incident_first_with_codename_and_counts(
    page: DefendersPage, seeded: dict[str, str]
) -> None:
    assert _column(page, 0) == ["Luis García", "Blue Heron", "<b>Olga</b>"]
    assert _column(page, 2) == ["2024-06-01", "2024-05-20", ""]
    assert _column(page, 3) == ["", "4", ""]  # Luis's only incident is closed
    assert _column(page, 5)[1] == "Shelter City relocation"
    assert page.list.count_label.text() == "3 defenders"
    assert page.current_defender_id() == seeded["luis"]  # first row selected


def test_filter_and_enter_opens_the_defender(
    page: DefendersPage, seeded: dict[str, str], qtbot: QtBot
) -> None:
    page.list.filter_text.setText("heron")
    assert _column(page, 0) == ["Blue Heron"]
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.view
    assert page.current_defender_id() == seeded["amina"]
    assert page.view.title.text() == "Blue Heron"
    page.view.tabs.setFocus()
    qtbot.keyClick(page.view.tabs, Qt.Key.Key_Escape)  # back, keyboard only
    assert page.stack.currentWidget() is page.list
    assert page.list.table.current_id() == seeded["amina"]


def test_timeline_groups_by_month_with_category_colour_and_name(
    page: DefendersPage, seeded: dict[str, str], ctx: FakeContext,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(incident_timeline, "OPEN_ALL_UP_TO", 0)  # as for a busy defender
    ctx.reader.records.add("incident", {"defenders": [seeded["amina"]], "category": "other",
                                "occurred": "2022-01-05", "description": "old"})
    assert page.open_defender(seeded["amina"])
    tree = page.view.timeline
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [g.text(0) for g in groups if g] == [
        "May 2024  ·  2 incidents", "March 2024  ·  1 incident",
        "2023, month not known  ·  1 incident", "January 2022  ·  1 incident"]
    may = groups[0]
    assert may is not None and may.isExpanded()
    first = may.child(0)
    assert first is not None
    assert (first.text(0), first.text(1)) == ("2024-05-20", "Physical")
    colour = first.data(1, Qt.ItemDataRole.DecorationRole)
    assert isinstance(colour, QColor) and colour.name() == CATEGORY_COLOURS["physical"]
    assert [g.isExpanded() for g in groups if g] == [True, True, True, False]
    last = groups[3]
    assert last is not None and last.child(0).text(0) == "…"  # loads when opened
    last.setExpanded(True)
    child = last.child(0)
    assert child is not None and (child.text(0), child.text(1)) == ("2022-01-05", "Other")
    march = groups[1]
    assert march is not None
    family = march.child(0)
    assert family is not None and "family targeted" in family.text(4)


def test_sensitive_values_hidden_until_shown_and_again_on_leaving(
    page: DefendersPage, seeded: dict[str, str], ctx: FakeContext
) -> None:
    page.open_defender(seeded["amina"], tab="Related people")

    def visible_texts() -> list[str]:
        return [w.text() for w in page.findChildren(QLabel) if w.isVisible()]

    assert LEGAL not in " ".join(visible_texts()) and SISTER not in " ".join(visible_texts())
    values = {v.field_label: v for v in page.view.sensitive}
    legal = next(v for v in page.view.sensitive if v.field_label == "Legal name")
    name = values["Name"]
    assert name.text.text() == MASK
    name.toggle.click()
    assert name.text.text() == SISTER and name.shown
    name.copy_button.click()
    assert ctx.copied == [SISTER]  # through the context's concealing, self-clearing clipboard
    legal.reveal()
    page.view.hide()  # leaving the record (another section, the lock screen)
    assert not name.shown and not legal.shown
    assert name.text.text() == MASK and legal.text.text() == MASK


def test_user_text_is_never_rendered_as_html(
    page: DefendersPage, seeded: dict[str, str]
) -> None:
    page.open_defender(seeded["olga"])
    labels = [w for w in page.findChildren(QLabel) if "<b>" in w.text()]
    assert labels, "the name should be shown"
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)


def test_show_record_opens_the_owner_of_a_related_person(
    page: DefendersPage, seeded: dict[str, str]
) -> None:
    assert page.show_record("related", seeded["sister"])
    assert page.current_defender_id() == seeded["amina"]
    assert page.view.tabs.tabText(page.view.tabs.currentIndex()) == "Related people"
    assert not page.show_record("incident", seeded["sister"])


def test_edits_elsewhere_refresh_the_open_defender_keeping_the_tab(
    page: DefendersPage, seeded: dict[str, str], ctx: FakeContext
) -> None:
    page.open_defender(seeded["amina"], tab="Cases")
    ctx.write(lambda desk: desk.records.add("case", {"defender": seeded["amina"],
                                                     "programme": "training"}))
    assert page.view.cases.topLevelItemCount() == 2
    assert page.view.tabs.tabText(page.view.tabs.currentIndex()) == "Cases"
    ctx.write(lambda desk: desk.records.delete("defender", seeded["amina"]))
    assert page.stack.currentWidget() is page.list  # a deleted defender's page closes
    assert "Blue Heron" not in _column(page, 0)


def test_delete_names_the_record_by_its_safe_title(
    page: DefendersPage, seeded: dict[str, str], prompter: ScriptedPrompter, ctx: FakeContext
) -> None:
    page.open_defender(seeded["amina"])
    prompter.confirm_answers = [False]
    page.view.delete_button.click()
    kind, title, text = prompter.calls[-1]
    assert (kind, title) == ("confirm", "Delete defender")
    assert "Blue Heron" in text and LEGAL not in text and "restored" in text
    assert not ctx.reader.records.get("defender", seeded["amina"]).deleted
    prompter.confirm_answers = [True]
    page.view.delete_button.click()
    assert ctx.reader.records.get("defender", seeded["amina"]).deleted


def test_build_pages_gives_every_section(ctx: FakeContext, qtbot: QtBot) -> None:
    pages = build_pages(ctx)  # type: ignore[arg-type]
    assert set(pages) >= {"defenders", "cases", "threat_log", "relocations", "trainings",
                          "tasks", "exchange", "deleted", "search"}
    for key, made in pages.items():
        qtbot.addWidget(made)
        made.attach(ctx)  # type: ignore[attr-defined]
        made.refresh(frozenset({"incident"}))  # type: ignore[attr-defined]
        made.clear()  # type: ignore[attr-defined]
        assert isinstance(made, QWidget), key
    assert callable(pages["search"].show_results)  # type: ignore[attr-defined]
    assert pages["deleted"].nav_title == "Deleted"  # type: ignore[attr-defined]
    lines = [w for p in pages.values() for w in p.findChildren(QLineEdit)]
    assert all(w.accessibleName() for w in lines)


def test_the_country_column_sorts_by_the_names_shown(
    page: DefendersPage, ctx: FakeContext
) -> None:
    """Switzerland is CH and Germany DE: sorted by code, Switzerland would come first."""
    ctx.reader.records.add("defender", {"name": "Hans", "country": "CH"})
    ctx.reader.records.add("defender", {"name": "Greta", "country": "DE"})
    page.list.model.reload()
    page.list.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _column(page, 1) == ["Belarus", "Colombia", "Germany", "Kenya", "Switzerland"]
    page.list.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _column(page, 1) == ["Switzerland", "Kenya", "Germany", "Colombia", "Belarus"]


def test_code_columns_sort_by_name_in_the_language_and_vocabularies_by_their_own_order(
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QApplication

    from hrd_desk.model.vocab import VOCABULARIES
    from hrd_desk.ui.i18n import apply_language, column_ranks

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    english = column_ranks("incident", "country")
    assert english is not None and english["CH"] > english["DE"]  # Switzerland, Germany
    apply_language(app, "fr")
    try:
        french = column_ranks("incident", "country")
    finally:
        apply_language(app, "en")
    assert french is not None
    assert french["DE"] < french["EG"] < french["EC"] < french["ZM"]  # Allemagne, Égypte,
    # Équateur, Zambie: by code Ecuador would come before Egypt
    status = column_ranks("case", "status")
    assert status is not None
    assert sorted(status, key=status.__getitem__) == list(VOCABULARIES["case_statuses"].slugs())
    assert column_ranks("case", "title") is None and column_ranks("case", "opened_order") is None


def test_a_case_without_a_title_is_named_by_its_programme_in_the_language(
    page: DefendersPage, ctx: FakeContext
) -> None:
    """Seen at a real window in Arabic: "Shelter City relocation", "Advocacy" and "Other" stood
    in English in the Active case column (the service worded the programme in English)."""
    from PySide6.QtWidgets import QApplication

    from hrd_desk.ui.i18n import apply_language

    zara = ctx.reader.records.add("defender", {"name": "Zara", "country": "FR"})
    ctx.reader.records.add("case", {"defender": zara, "programme": "relocation",
                                    "status": "active"})
    ctx.reader.records.add("case", {"defender": zara, "programme": "advocacy",
                                    "status": "closed", "title": "Old appeal"})
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "fr")
    try:
        page.list.model.reload()
        names = _column(page, 0)
        assert _column(page, 5)[names.index("Zara")] == "Relocalisation Shelter City"
    finally:
        apply_language(app, "en")
    page.list.model.reload()
    assert _column(page, 5)[_column(page, 0).index("Zara")] == "Shelter City relocation"
