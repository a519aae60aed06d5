"""One editor per field kind, built from the model's field metadata (model/fields.py).

Every editor reports its value in the form the services validate (`clean_values`): text, a slug,
a list, a number or None. Nothing is pre-filled unless the model gives a default, and no date
ever is: a date is typed as text in one of the partial forms (a year, a month, a day, a minute
or a range) and checked with model.dates.parse_date, because an untouched date widget would
silently save a date nobody entered. Sensitive fields are wrapped in MaskedEditor: hidden until
shown, hidden again whenever the form (re)loads a record.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...model.dates import DAY_FIRST, DateFormatError, parse_date
from ...model.fields import FieldInfo
from ...model.vocab import COUNTRIES, VOCABULARIES, Vocabulary, find_country
from ..i18n import QT_TRANSLATE_NOOP, country_text, field_label, sort_key, translate, vocab_term
from ..labels import plain_label
from ..sensitive import mask_text, untabbable

DATE_HINT = QT_TRANSLATE_NOOP(
    "Editors", "e.g. 2024, 2024-03, 2024-03-15 (or 15/03/2024), 2024-03-15T14:30, or a range "
    "2024-03..2024-05")
_INT_VOCABS = {"severity": "severities"}
# Visible lines of long text: what happened is the heart of an incident, so its box is large.
LONG_TEXT_LINES = {"description": 12, "notes": 6, "actions": 6}


def _narrow(combo: QComboBox) -> None:
    """A combo as wide as the form gives it, not as its longest choice: the form must fit a
    narrow window at 200% scaling without a sideways scroll."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)


class FieldEditor(QWidget):
    """Base of every editor: a value, a change signal, and a way to forget everything."""

    changed = Signal()

    def __init__(self, name: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.info = info
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # As tall as its content: a form row that grew put the field far below its label.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The widget that takes focus and carries the accessible name (the field's label)."""
        return self

    def problem(self) -> str | None:
        """What is wrong that the services cannot see (e.g. a name typed but not chosen)."""
        return None

    def conceal(self) -> None:
        """Hide whatever sensitive text this editor shows (no-op for most)."""

    def wipe(self) -> None:
        """Lock: empty the editor and drop its undo history."""
        self.set_value(None)

    def set_accessible(self, name: str, description: str = "") -> None:
        target = self.focus_target()
        target.setAccessibleName(name)
        if description:
            target.setAccessibleDescription(description)


class TextEditor(FieldEditor):
    def __init__(self, name: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        self.edit = QLineEdit()
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))  # also clears undo history

    def focus_target(self) -> QWidget:
        return self.edit


class TextListEditor(TextEditor):
    """Free words separated by commas (e.g. languages)."""

    def __init__(self, name: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        self.edit.setPlaceholderText(translate("Editors", "Separate with commas"))

    def value(self) -> Any:
        return [part.strip() for part in self.edit.text().split(",") if part.strip()]

    def set_value(self, value: Any) -> None:
        self.edit.setText(", ".join(value or []))


class LongTextEditor(FieldEditor):
    def __init__(self, name: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the form
        lines = LONG_TEXT_LINES.get(name, 3)
        self.edit.setFixedHeight(round(self.edit.fontMetrics().lineSpacing() * (lines + 0.8)))
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))  # clears undo history

    def focus_target(self) -> QWidget:
        return self.edit


class DateEditor(TextEditor):
    """A date as typed text; the form checks it with parse_date and says what is accepted."""

    def __init__(self, name: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        self.edit.setPlaceholderText(
            translate("Editors", "YYYY-MM-DD or DD/MM/YYYY, or just YYYY-MM or YYYY")
        )
        hint = plain_label(translate("Editors", DATE_HINT), object_name="muted", wrap=True)
        self._layout.addWidget(hint)

    def value(self) -> Any:
        """ISO text; `15/03/2024` (day first, as most of the world writes it) is read too."""
        text = self.edit.text()
        try:
            return parse_date(text, slashes=DAY_FIRST).text
        except DateFormatError:
            return text  # the form's check says what is wrong with it

    def set_accessible(self, name: str, description: str = "") -> None:
        super().set_accessible(name, (description + " " + translate(
            "Editors", "Date, %1").replace("%1", translate("Editors", DATE_HINT))).strip())


class ChoiceEditor(FieldEditor):
    """One choice from a list (a vocabulary, a severity, the records a link may point to)."""

    def __init__(self, name: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        self.combo = QComboBox()
        _narrow(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)

    def set_options(self, options: list[tuple[str, Any]], empty: str | None) -> None:
        """(label, value) pairs; `empty` names the "nothing chosen" entry (None: no such entry).

        The current value is kept when it is still offered.
        """
        current = self.value()
        self.combo.blockSignals(True)
        self.combo.clear()
        if empty is not None:
            self.combo.addItem(empty, None)
        for label, value in options:
            self.combo.addItem(label, value)
        self.combo.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else -1
        if index < 0:
            index = self.combo.findData(None)
        self.combo.setCurrentIndex(max(index, 0) if self.combo.count() else -1)

    def focus_target(self) -> QWidget:
        return self.combo

    def wipe(self) -> None:
        self.combo.clear()


def vocab_options(vocab: Vocabulary) -> list[tuple[str, Any]]:
    return [(vocab_term(t.label, vocab.name), t.slug) for t in vocab.terms]


class EnumEditor(ChoiceEditor):
    def __init__(self, name: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        empty: str | None = translate("Editors", "Choose…") if info.required else translate(
            "Editors", "Not set")
        if info.required and info.default is not None:
            empty = None  # always has a value; new records start at the model's default
        self.set_options(vocab_options(VOCABULARIES[info.vocab or ""]), empty)


class IntEditor(ChoiceEditor):
    """A small whole number (severity 1-5), each with its fixed meaning where there is one."""

    def __init__(self, name: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        vocab = VOCABULARIES.get(_INT_VOCABS.get(name, ""))
        low, high = info.minimum or 0, info.maximum if info.maximum is not None else 10
        options = [((vocab_term(vocab.label(str(n)), vocab.name) if vocab else str(n)), n)
                   for n in range(low, high + 1)]
        self.set_options(options, translate("Editors", "Not assessed") if name == "severity"
                         else translate("Editors", "Not set"))


class CountryEditor(FieldEditor):
    """A country chosen by name (typing part of it offers matches) or typed as its code; the
    value is the ISO 3166 code (model.vocab.COUNTRIES)."""

    def __init__(self, name: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        self.combo = QComboBox()
        _narrow(self.combo)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem("", None)
        names = {term.slug: country_text(term.slug) for term in COUNTRIES.terms}
        for code in sorted(names, key=lambda c: sort_key(names[c])):
            self.combo.addItem(f"{names[code]} ({code})", code)
        completer = self.combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("Editors", "Type part of the country's name"))
            line.textChanged.connect(self.changed)
        self._layout.addWidget(self.combo)

    def _typed(self) -> str:
        return self.combo.currentText().strip()

    def value(self) -> Any:
        text = self._typed()
        if not text:
            return None
        found = self._find(text)
        if found is not None:
            return found
        return text.upper() if len(text) == 2 and text.isalpha() else text

    def problem(self) -> str | None:
        text = self._typed()
        if not text or self._find(text) is not None:
            return None
        if len(text) == 2 and text.isalpha():
            return None  # a code this list does not name: the services decide
        return translate("Editors", "“%1” is not a country in the list: type part of its name "
                         "and choose it, or leave the field empty").replace("%1", text)

    def _find(self, text: str) -> str | None:
        """The code for what was typed: a list entry, or a code or name in this language or
        in English (model.vocab.find_country)."""
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.combo.itemData(index))
        typed = " ".join(text.split()).casefold()
        for i in range(1, self.combo.count()):
            name = self.combo.itemText(i).rsplit(" (", 1)[0]
            if name.casefold() == typed:
                return str(self.combo.itemData(i))
        return find_country(text)

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value else 0
        if index < 0:
            self.combo.setEditText(str(value))
        else:
            self.combo.setCurrentIndex(index)
        line = self.combo.lineEdit()
        if line is not None and index >= 0:
            line.setText(self.combo.itemText(index))  # clears the line's undo history

    def focus_target(self) -> QWidget:
        return self.combo


class EnumListEditor(FieldEditor):
    """Several slugs of a vocabulary, as check boxes."""

    def __init__(self, name: str, info: FieldInfo, parent: QWidget | None = None,
                 short_labels: Mapping[str, str] | None = None) -> None:
        super().__init__(name, info, parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        terms = VOCABULARIES[info.vocab or ""].terms
        shorter = short_labels or {}
        labels = {t.slug: translate("Labels", shorter[t.slug]) if t.slug in shorter
                  else vocab_term(t.label, info.vocab or "") for t in terms}
        short = all(len(text) <= 20 for text in labels.values())
        columns = (4 if len(terms) <= 4 else 3) if short else 1
        for number, term in enumerate(terms):
            box = QCheckBox(labels[term.slug])
            whole = vocab_term(term.label, info.vocab or "")
            if term.slug in shorter:
                box.setToolTip(whole)
            box.setAccessibleName(f"{field_label(info)}: {whole}")
            box.toggled.connect(self.changed)
            self.boxes[term.slug] = box
            grid.addWidget(box, number // max(columns, 1), number % max(columns, 1))
        self._layout.addLayout(grid)

    def value(self) -> Any:
        return [slug for slug, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for slug, box in self.boxes.items():
            box.setChecked(slug in chosen)

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()), self)

    def set_accessible(self, name: str, description: str = "") -> None:
        self.setAccessibleName(name)


class MaskedEditor(FieldEditor):
    """A sensitive field: its value hidden behind a fixed mask until Show is pressed."""

    def __init__(self, inner: FieldEditor, parent: QWidget | None = None) -> None:
        super().__init__(inner.name, inner.info, parent)
        self.inner = inner
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        # As tall as the field, never more: a stack that grew with the form put a one-line
        # field far below its label, and Show/Hide above it.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.mask_label = plain_label(mask_text(), object_name="muted")
        self.stack.addWidget(self.mask_label)
        self.stack.addWidget(inner)
        self.toggle = QPushButton(translate("Editors", "Show"))
        self.toggle.setToolTip(translate("Editors", "Show or hide this value"))
        self.toggle.clicked.connect(self._toggle)
        untabbable(self.toggle)
        policy = self.toggle.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # typing the first letter must not move the field
        self.toggle.setSizePolicy(policy)
        row.addWidget(self.stack, 1)
        row.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(row)
        inner.changed.connect(self.changed)
        inner.changed.connect(self._sync)
        self.conceal()

    @property
    def revealed(self) -> bool:
        return self.stack.currentWidget() is self.inner

    def conceal(self) -> None:
        """Hide the value (an empty field stays open for typing: there is nothing to hide)."""
        has_value = self.inner.value() not in (None, "", [])
        self.stack.setCurrentWidget(self.mask_label if has_value else self.inner)
        self._sync()

    def reveal(self) -> None:
        self.stack.setCurrentWidget(self.inner)
        self._sync()

    def _toggle(self) -> None:
        if self.revealed:
            self.conceal()
        else:
            self.reveal()
            self.inner.focus_target().setFocus()

    @property
    def hiding(self) -> bool:
        """A value is there and hidden."""
        return not self.revealed and self.inner.value() not in (None, "", [])

    def _sync(self) -> None:
        has_value = self.inner.value() not in (None, "", [])
        self.toggle.setVisible(has_value or not self.revealed)  # nothing to hide yet
        self.toggle.setText(
            translate("Editors", "Hide") if self.revealed else translate("Editors", "Show")
        )
        self.toggle.setAccessibleName(
            (translate("Editors", "Hide %1") if self.revealed else translate(
                "Editors", "Show %1")).replace("%1", field_label(self.info).lower()))

    def value(self) -> Any:
        return self.inner.value()

    def set_value(self, value: Any) -> None:
        self.inner.set_value(value)
        self.conceal()

    def focus_target(self) -> QWidget:
        """The inner field (while the value is hidden it cannot take focus: reveal first)."""
        return self.inner.focus_target()

    def set_accessible(self, name: str, description: str = "") -> None:
        self.inner.set_accessible(name, description)

    def wipe(self) -> None:
        self.inner.wipe()
        self.conceal()
