"""Labels that never render user data as rich text, and how threat categories look.

QLabel treats text that looks like HTML as HTML unless told otherwise; a defender called
"<b>x</b>" or a description with a link must stay text, so every label here is Qt.PlainText.
Categories are shown by colour AND by their name (colour alone fails colour-blind readers and
grey-scale prints); the colours are mid-tone so they read on light and dark palettes alike.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from .i18n import QT_TRANSLATE_NOOP, marked_paragraphs, plural, translate, vocab_text
from .theme import scaled_font

CATEGORY_COLOURS: dict[str, str] = {
    "physical": "#d0473b",  # red
    "digital": "#3b7dd8",  # blue
    "family": "#9b59b6",  # purple
    "phone": "#1f9e89",  # teal
    "legal": "#d98c1f",  # amber
    "defamation": "#c2527f",  # rose
    "other": "#7f8c8d",  # grey
}


def category_colour(slug: str | None) -> QColor | None:
    return QColor(CATEGORY_COLOURS.get(slug or "", "#7f8c8d")) if slug else None


# Short names for lists and timelines; forms and tooltips use the vocabulary's full labels.
CATEGORY_SHORT: dict[str, str] = {
    "physical": QT_TRANSLATE_NOOP("Labels", "Physical"),
    "digital": QT_TRANSLATE_NOOP("Labels", "Digital"),
    "family": QT_TRANSLATE_NOOP("Labels", "Family"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "legal": QT_TRANSLATE_NOOP("Labels", "Legal"),
    "defamation": QT_TRANSLATE_NOOP("Labels", "Defamation"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}


def category_text(slug: str | None, *, short: bool = False) -> str:
    if short and slug in CATEGORY_SHORT:
        return translate("Labels", CATEGORY_SHORT[slug])
    return vocab_text("threat_categories", slug)


def severity_text(value: int | None, *, short: bool = True) -> str:
    """'5' in lists (the header explains the scale), the full meaning elsewhere."""
    if value is None:
        return "" if short else translate("Labels", "Not assessed")
    return str(value) if short else vocab_text("severities", str(value))


SEVERITY_SCALE = QT_TRANSLATE_NOOP(
    "Column", "Severity: 1 harassment or intimidation; 2 indirect threat; 3 direct threat; "
    "4 threat with capability shown; 5 attack, detention, abduction or imminent threat to life"
)


class SelectableText(QLabel):
    """A label whose text a person can select: Qt lays it out through a text document, which
    needs each line's direction marked where it holds an isolate (i18n.marked_paragraphs)."""

    def setText(self, text: str) -> None:
        super().setText(marked_paragraphs(text))


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False,
                object_name: str | None = None, selectable: bool = False) -> QLabel:
    """A QLabel that shows `text` exactly as written (never as HTML)."""
    label = SelectableText(parent) if selectable else QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class ValueLabel(QLabel):
    """A record's value beside its label in a form row: wrapped, plain text, and always starting
    at the edge next to its label, whatever the text's own direction: the left edge in a
    left-to-right window (an Arabic value keeps its reading order but does not drift to the far
    right of a wide row), the right edge in a right-to-left one (a Latin name or a date does not
    drift to the far left, away from its Arabic label). A plain QLabel aligns by its text's
    direction, not the window's."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self._align()

    def _align(self) -> None:
        edge = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()
        super().changeEvent(event)


def value_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A record's value beside its label (ValueLabel)."""
    return ValueLabel(text, parent)


def heading(text: str, parent: QWidget | None = None, *, factor: float = 1.4) -> QLabel:
    label = plain_label(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    return label


class CategoryChip(QLabel):
    """A category's name on its colour: readable without the colour, recognisable with it."""

    def __init__(self, slug: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_category(slug)

    def set_category(self, slug: str | None) -> None:
        self.setText(category_text(slug) or translate("Labels", "No category"))
        colour = CATEGORY_COLOURS.get(slug or "", "#7f8c8d")
        self.setStyleSheet(
            f"QLabel {{ border-left: 0.5em solid {colour}; padding: 0.1em 0.5em; }}")


def kind_count(kind: str, n: int) -> str:
    """'3 incidents', '1 related person' in the current language (one plural per kind, so each
    language can make its words agree)."""
    if kind == "defender":
        return plural("KindCount", "%n defender(s)", n)
    if kind == "related":
        return plural("KindCount", "%n related person(s)", n)
    if kind == "case":
        return plural("KindCount", "%n case(s)", n)
    if kind == "incident":
        return plural("KindCount", "%n incident(s)", n)
    if kind == "relocation":
        return plural("KindCount", "%n stay(s)", n)
    if kind == "task":
        return plural("KindCount", "%n task(s)", n)
    return plural("KindCount", "%n record(s)", n)
