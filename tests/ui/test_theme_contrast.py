"""Both themes: control edges and the keyboard focus stand out (WCAG 2.1 1.4.11: 3:1).

The ratios are computed from the palette the theme installs, then checked on pixels Qt actually
drew, so a style that ignored the palette would fail too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hrd_desk.ui.control_style import contrast_ratio
from hrd_desk.ui.theme import DARK, LIGHT, Colours, palette_for

from .theme_support import themed

THEMES = {"light": LIGHT, "dark": DARK}
MIN_RATIO = 3.0


@pytest.mark.parametrize("name", sorted(THEMES))
def test_palette_edges_and_focus_have_3_to_1_against_every_background(name: str) -> None:
    colours = THEMES[name]
    palette = palette_for(colours)
    role = QPalette.ColorRole
    edge, focus = palette.color(role.Mid), palette.color(role.Highlight)
    backgrounds = [palette.color(role.Window), palette.color(role.Base),
                   palette.color(role.Button), QColor(colours.card)]
    for background in backgrounds:
        assert contrast_ratio(edge, background) >= MIN_RATIO, (name, background.name())
        assert contrast_ratio(focus, background) >= MIN_RATIO, (name, background.name())


def _column_contrast(image: QImage, x: int, background: QColor) -> float:
    """The strongest contrast against `background` among the pixels of column x."""
    return max(contrast_ratio(image.pixelColor(x, y), background)
               for y in range(image.height() // 4, 3 * image.height() // 4))


def _best_contrast(image: QImage, background: QColor) -> float:
    return max(_column_contrast(image, x, background) for x in range(image.width()))


def _panel(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QComboBox, QPlainTextEdit, QCheckBox]:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    line, combo, text, box = QLineEdit(), QComboBox(), QPlainTextEdit(), QCheckBox("")
    combo.addItem("Choose…")
    for widget in (line, combo, text, box):
        layout.addWidget(widget)
    qtbot.addWidget(panel)
    panel.resize(300, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, line, combo, text, box


@pytest.mark.parametrize("name", sorted(THEMES))
def test_drawn_fields_and_check_boxes_show_their_edges(qtbot: QtBot, name: str) -> None:
    with themed(name) as colours:
        _panel_widget, line, combo, text, box = _panel(qtbot)
        window = QColor(colours.window)
        base = QColor(colours.base)
        for widget in (line, combo, text):
            image = widget.grab().toImage()
            middle = image.height() // 2
            edge = image.pixelColor(0, middle)
            assert contrast_ratio(edge, window) >= MIN_RATIO, (name, type(widget).__name__)
            assert contrast_ratio(edge, base) >= MIN_RATIO, (name, type(widget).__name__)
        indicator = box.grab().toImage()
        assert _best_contrast(indicator, window) >= MIN_RATIO, name


@pytest.mark.parametrize("name", sorted(THEMES))
def test_keyboard_focus_is_a_ring_in_the_highlight_colour(qtbot: QtBot, name: str) -> None:
    with themed(name) as colours:
        panel, line, combo, _text, _box = _panel(qtbot)
        panel.activateWindow()
        focus = QColor(colours.accent)
        for widget in (line, combo):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(widget.hasFocus)
            image = widget.grab().toImage()
            middle = image.height() // 2
            for x in (0, 1):
                assert image.pixelColor(x, middle) == focus, (name, type(widget).__name__, x)
            unfocused = image.pixelColor(0, middle)
            assert contrast_ratio(unfocused, QColor(colours.window)) >= MIN_RATIO


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_focused_section_in_the_sidebar_is_ringed(qtbot: QtBot, name: str) -> None:
    with themed(name) as colours:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        other, nav = QLineEdit(), QListWidget()
        nav.setObjectName("navigation")
        nav.addItems(["Defenders", "Cases"])
        layout.addWidget(other)
        layout.addWidget(nav)
        qtbot.addWidget(panel)
        panel.resize(200, 160)
        panel.show()
        qtbot.waitExposed(panel)
        panel.activateWindow()
        nav.setCurrentRow(0)
        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
        rect = nav.visualItemRect(nav.item(0))
        y = rect.center().y()
        row = range(rect.left(), rect.left() + 12)
        before = nav.grab().toImage()
        nav.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(nav.hasFocus)
        after = nav.grab().toImage()
        ratios = [contrast_ratio(after.pixelColor(x, y), before.pixelColor(x, y)) for x in row]
        assert max(ratios) >= MIN_RATIO, f"{name}: focus on the sidebar is hard to see"
        assert QColor(colours.text) in [after.pixelColor(x, y) for x in row]


def test_both_themes_are_checked() -> None:
    assert set(THEMES.values()) == {LIGHT, DARK}
    assert all(isinstance(c, Colours) for c in THEMES.values())


@pytest.mark.parametrize("name", sorted(THEMES))
def test_radio_buttons_stay_round_and_check_boxes_square(qtbot: QtBot, name: str) -> None:
    """Seen at a real window: the edge drawn around every indicator was a square, so the
    spreadsheet import's "day first" / "month first" and the export wizard's two choices looked
    like check boxes (several may be ticked) when only one can be."""
    from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton

    with themed(name):
        panel = QWidget()
        layout = QVBoxLayout(panel)
        radio, box = QRadioButton(""), QCheckBox("")
        layout.addWidget(radio)
        layout.addWidget(box)
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitExposed(panel)
        edge = panel.palette().color(QPalette.ColorRole.Mid)
        corners = {}
        for widget, element in ((radio, QStyle.SubElement.SE_RadioButtonIndicator),
                                (box, QStyle.SubElement.SE_CheckBoxIndicator)):
            option = QStyleOptionButton()
            option.initFrom(widget)
            rect = widget.style().subElementRect(element, option, widget)
            image = widget.grab().toImage()
            corners[widget] = image.pixelColor(rect.left(), rect.top())
        assert corners[box] == edge, name  # a check box keeps its square edge
        assert corners[radio] != edge, name  # a radio button's edge is round
