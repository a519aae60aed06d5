"""Sensitive values on screen: hidden until the caseworker asks, hidden again on leaving.

A legal name, contact details, a relative's name or an accommodation address can put someone in
danger if read over a shoulder or caught in a screen share. Which fields are sensitive comes only
from the model's metadata (FieldInfo.sensitive). A hidden value shows a fixed mask (never its
length); Show reveals it until `conceal()`, which pages call whenever the record is left. Copying
goes through the context's clipboard, which conceals the copy from clipboard managers and clears
it after 30 seconds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QPushButton, QWidget

from ..model.display import MASK
from .i18n import QT_TRANSLATE_NOOP, translate
from .labels import value_label

__all__ = ["MASK", "REVEAL_KEYS", "SensitiveValue", "reveal_shortcut", "untabbable"]
# Show/Hide buttons take no Tab focus (typing after Tab must never land in, or reveal, a hidden
# value); this key shows or hides every hidden value of the window or page instead.
REVEAL_KEYS = "Ctrl+Shift+H"
# shown translated through reveal_tip()
REVEAL_TIP = QT_TRANSLATE_NOOP("Sensitive", "Show or hide every hidden value here: %1")


def mask_text() -> str:
    """MASK (a hidden value's stand-in) in the current language."""
    return translate("Sensitive", "•••••• hidden")


def reveal_tip() -> str:
    """REVEAL_TIP in the current language, naming the keys."""
    return translate("Sensitive", REVEAL_TIP).replace("%1", REVEAL_KEYS)


def untabbable(button: QAbstractButton) -> None:
    """A reveal button: clicked with the mouse, reached from the keyboard by REVEAL_KEYS."""
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tip = button.toolTip()
    button.setToolTip(f"{tip}. {reveal_tip()}" if tip else reveal_tip())


def reveal_shortcut(owner: QWidget, toggle_all: Callable[[], None]) -> QShortcut:
    """REVEAL_KEYS anywhere in `owner` (a form, a page, a gate screen) runs `toggle_all`."""
    shortcut = QShortcut(QKeySequence(REVEAL_KEYS), owner, toggle_all)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return shortcut


class SensitiveValue(QWidget):
    """A read-only sensitive value with Show/Hide and Copy buttons."""

    def __init__(self, label: str, copy: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_label = label
        self._value: str | None = None
        self._copy = copy
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text: QLabel = value_label("")  # copied only through Copy
        self.text.setAccessibleName(label)
        self.toggle = QPushButton(translate("Sensitive", "Show"))
        self.toggle.setAccessibleName(translate("Sensitive", "Show %1").replace(
            "%1", label.lower()))
        self.toggle.setToolTip(translate(
            "Sensitive", "Show the %1 until you leave this record").replace("%1", label.lower()))
        self.toggle.clicked.connect(self._toggle)
        untabbable(self.toggle)
        self.copy_button = QPushButton(translate("Sensitive", "Copy"))
        self.copy_button.setAccessibleName(translate("Sensitive", "Copy %1").replace(
            "%1", label.lower()))
        self.copy_button.setToolTip(translate(
            "Sensitive", "Copy; the clipboard is cleared after 30 seconds"))
        self.copy_button.clicked.connect(self._copy_value)
        layout.addWidget(self.text)
        layout.addWidget(self.toggle)
        layout.addWidget(self.copy_button)
        layout.addStretch(1)  # Show and Copy right beside the value, not at the far edge
        self._shown = False
        self._render()

    @property
    def shown(self) -> bool:
        return self._shown

    @property
    def hiding(self) -> bool:
        """A value is there and hidden."""
        return self._value is not None and not self._shown

    def set_value(self, value: str | None) -> None:
        """A new value starts hidden."""
        self._value = value or None
        self._shown = False
        self._render()

    def conceal(self) -> None:
        self._shown = False
        self._render()

    def reveal(self) -> None:
        self._shown = True
        self._render()

    def clear(self) -> None:
        self._value = None
        self._shown = False
        self._render()

    def _toggle(self) -> None:
        self._shown = not self._shown
        self._render()

    def _copy_value(self) -> None:
        if self._value and self._copy is not None:
            self._copy(self._value)

    def _render(self) -> None:
        has_value = self._value is not None
        self.toggle.setVisible(has_value)
        self.copy_button.setVisible(has_value and self._copy is not None)  # nothing to copy
        self.copy_button.setEnabled(has_value)
        if not has_value:
            self.text.setText("—")
            return
        self.text.setText(self._value if self._shown and self._value else mask_text())
        # A wrapping label asks for little room, so a shown name was broken over two lines
        # with the rest of the row empty: it gets its one-line width, up to 30 em.
        metrics = self.text.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in self.text.text().split("\n"))
        self.text.setMinimumWidth(min(widest + 2, metrics.horizontalAdvance("M") * 30))
        self.toggle.setText(translate("Sensitive", "Hide") if self._shown
                            else translate("Sensitive", "Show"))
        verb = translate("Sensitive", "Hide %1") if self._shown else translate(
            "Sensitive", "Show %1")
        self.toggle.setAccessibleName(verb.replace("%1", self.field_label.lower()))
