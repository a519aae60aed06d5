"""Follow the keyboard focus as a person pressing Tab would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow)


def tab_chain(qtbot: QtBot, start: QWidget, steps: int, *, back: bool = False) -> list[QWidget]:
    """Focus `start`, press Tab (Shift+Tab if `back`) `steps` times; where focus went each time."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen: list[QWidget] = []
    for _ in range(steps):
        current = QApplication.focusWidget()
        assert current is not None
        if back:
            qtbot.keyClick(current, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(current, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
    return seen
