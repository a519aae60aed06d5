"""A defender's header (codename only), the profile (country names, Copy only with a value,
right-to-left values beside their labels) and country names in forms and lists."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from hrd_desk.model.vocab import COUNTRIES, country_name, find_country
from hrd_desk.services.session import Session
from hrd_desk.ui.forms import RecordForm, open_form
from hrd_desk.ui.forms.editors import CountryEditor
from hrd_desk.ui.pages.defenders import DefendersPage
from hrd_desk.ui.sensitive import SensitiveValue

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush, top_forms, type_text

ARABIC_ORG = "رابطة الدفاع عن الأرض"


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    return FakeContext(session, prompter)


@pytest.fixture
def amina(ctx: FakeContext) -> str:
    return ctx.reader.records.add("defender", {"name": "Amina Okoye", "codename": "Blue Heron",
                                       "country": "KE", "organisation": ARABIC_ORG,
                                       "consent": "colleagues",
                                       "consent_date": "2024-01-15", "consent_how": "written"})


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


def _tab(page: DefendersPage, name: str) -> None:
    tabs = page.view.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == name))
    QApplication.processEvents()


def _profile_value(page: DefendersPage, label: str) -> QLabel | SensitiveValue:
    form = page.view.profile_form
    for row in range(form.rowCount()):
        caption = form.itemAt(row, form.ItemRole.LabelRole).widget()
        if isinstance(caption, QLabel) and caption.text() == label:
            widget = form.itemAt(row, form.ItemRole.FieldRole).widget()
            assert isinstance(widget, (QLabel, SensitiveValue))
            return widget
    raise AssertionError(label)


def test_the_header_shows_the_codename_and_never_the_name(page: DefendersPage, amina: str) -> None:
    page.open_defender(amina)
    view = page.view
    assert view.title.text() == "Blue Heron"
    assert "Amina" not in view.subtitle.text()
    assert "Kenya" in view.subtitle.text()
    _tab(page, "Profile")
    name = _profile_value(page, "Display name")
    assert isinstance(name, QLabel) and name.text() == "Amina Okoye"


def test_without_a_codename_the_name_is_the_title(page: DefendersPage, ctx: FakeContext) -> None:
    luis = ctx.reader.records.add("defender", {"name": "Luis García", "consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"})
    page.open_defender(luis)
    assert page.view.title.text() == "Luis García"


def test_the_profile_names_the_country(page: DefendersPage, amina: str) -> None:
    page.open_defender(amina)
    country = _profile_value(page, "Country")
    assert isinstance(country, QLabel) and country.text() == "Kenya (KE)"


def test_page_list_names_countries(page: DefendersPage) -> None:
    model = page.list.model
    assert model.data(model.index(0, 1)) == "Kenya"


def test_a_shown_value_reads_on_one_line_when_the_row_has_room(
    page: DefendersPage, amina: str
) -> None:
    """Seen at a real window: Show on a legal name wrapped it into a narrow column ("Amina
    Kariuki" over "Wanjiru"), with the buttons right after and the rest of the row empty."""
    page.open_defender(amina)
    _tab(page, "Profile")
    legal = _profile_value(page, "Legal name")
    assert isinstance(legal, SensitiveValue)
    legal.set_value("Amina Kariuki Wanjiru Okoye")
    legal.reveal()
    QApplication.processEvents()
    assert legal.text.text() == "Amina Kariuki Wanjiru Okoye"
    line = legal.text.fontMetrics().lineSpacing()
    assert legal.text.height() < 2 * line, "wrapped although the row has room"
    legal.conceal()
    QApplication.processEvents()
    assert legal.text.height() < 2 * line


def test_empty_sensitive_values_offer_no_copy_or_show(page: DefendersPage, amina: str) -> None:
    page.open_defender(amina)
    _tab(page, "Profile")
    legal = _profile_value(page, "Legal name")
    assert isinstance(legal, SensitiveValue)
    assert legal.text.text() == "—"
    assert legal.copy_button.isHidden()
    assert legal.toggle.isHidden()


def test_a_right_to_left_value_starts_beside_its_label(
    page: DefendersPage, amina: str, qtbot: QtBot
) -> None:
    page.open_defender(amina)
    _tab(page, "Profile")
    value = _profile_value(page, "Organisation")
    assert isinstance(value, QLabel) and value.text() == ARABIC_ORG
    assert value.width() > 300  # a wide row: the text must not sit at its far end
    image = value.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    inked = [x for x in range(image.width()) for y in range(image.height())
             if _differs(image.pixelColor(x, y), background)]
    assert inked, "nothing drawn"
    assert max(inked) < image.width() // 2, "the Arabic text is pushed to the right edge"
    assert value.alignment() & Qt.AlignmentFlag.AlignAbsolute


def test_in_a_right_to_left_window_a_value_starts_beside_its_label_on_the_right(
    page: DefendersPage, amina: str, qtbot: QtBot
) -> None:
    """Seen at a real window in Arabic: "Kenya (KE)", dates and names sat at the far left of
    the Profile, a whole page away from their labels on the right (left-aligned always), and
    the header's codename and country line at the far left under right-to-left tabs."""
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page.open_defender(amina)
        _tab(page, "Profile")
        for caption, text in (("Country", "Kenya (KE)"), ("Organisation", ARABIC_ORG)):
            value = _profile_value(page, caption)
            assert isinstance(value, QLabel) and value.text() == text
            assert value.width() > 300
            image = value.grab().toImage()
            background = image.pixelColor(0, 0)
            inked = [x for x in range(image.width()) for y in range(image.height())
                     if _differs(image.pixelColor(x, y), background)]
            assert inked, "nothing drawn"
            assert min(inked) > image.width() // 2, f"{caption}: pushed to the left edge"
        for label in (page.view.title, page.view.subtitle):  # "Blue Heron", "Kenya · …"
            image = label.grab().toImage()
            background = image.pixelColor(0, 0)
            inked = [x for x in range(image.width()) for y in range(image.height())
                     if _differs(image.pixelColor(x, y), background)]
            assert inked and min(inked) > image.width() // 2, label.text()
    finally:
        page.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    value = _profile_value(page, "Country")  # back to left to right: at the left again
    assert value.alignment() & Qt.AlignmentFlag.AlignLeft


def _differs(a: QColor, b: QColor) -> bool:
    return abs(a.lightness() - b.lightness()) > 60


def test_country_names_and_codes() -> None:
    assert country_name("KE") == "Kenya"
    assert country_name("ZZ") == "ZZ"
    assert find_country("kenya") == "KE"
    assert find_country(" Kenya (KE) ") == "KE"
    assert find_country("co") == "CO"
    assert find_country("Narnia") is None
    assert len({t.slug for t in COUNTRIES.terms}) == len(COUNTRIES.terms) > 240


def test_the_country_box_completes_names_and_explains_a_wrong_one(
    qtbot: QtBot, ctx: FakeContext, session: Session
) -> None:
    form = open_form(ctx, "defender")  # type: ignore[arg-type]
    try:
        editor = form.editors["country"]
        assert isinstance(editor, CountryEditor)
        line = editor.combo.lineEdit()
        assert line is not None
        type_text(line, "Keny")
        completer = editor.combo.completer()
        assert completer is not None
        assert completer.currentCompletion() == "Kenya (KE)"
        line.setText("kenya")
        assert editor.value() == "KE" and editor.problem() is None
        line.setText("Narnia")
        type_text(form.editors["name"].focus_target(), "Someone")
        form.save()
        message = form.errors["country"].text()
        assert "not a country in the list" in message
        assert "two-letter" not in message
    finally:
        _close(form)


def _close(form: RecordForm) -> None:
    form.clear()
    form.close()
    flush()


def test_the_cases_tab_says_when_there_are_none(page: DefendersPage, amina: str,
                                                ctx: FakeContext) -> None:
    page.open_defender(amina)
    _tab(page, "Cases")
    assert page.view.cases_empty.isVisible() and not page.view.cases.isVisible()
    assert "No cases" in page.view.cases_empty.text()
    ctx.reader.records.add("case", {"defender": amina, "programme": "relocation",
                                    "status": "active"})
    page.open_defender(amina)
    _tab(page, "Cases")
    assert page.view.cases.isVisible() and not page.view.cases_empty.isVisible()


def test_profile_show_buttons_take_no_tab_and_the_reveal_key_shows_them_all(
    page: DefendersPage, ctx: FakeContext, qtbot: QtBot
) -> None:
    luis = ctx.reader.records.add("defender", {"name": "Luis", "legal_name": "Luis G. Legal",
                                       "contact": "+57 300", "consent": "colleagues",
                                       "consent_date": "2024-01-15", "consent_how": "written"})
    page.open_defender(luis)
    _tab(page, "Profile")
    legal = _profile_value(page, "Legal name")
    contact = _profile_value(page, "Contact details")
    assert isinstance(legal, SensitiveValue) and isinstance(contact, SensitiveValue)
    assert legal.toggle.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert legal.copy_button.focusPolicy() != Qt.FocusPolicy.NoFocus  # Copy stays reachable
    page.view.tabs.setFocus()
    qtbot.keyClick(page.view.tabs, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert legal.shown and contact.shown
    assert legal.text.text() == "Luis G. Legal"
    qtbot.keyClick(page.view.tabs, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not legal.shown and not contact.shown
