"""Copying record text goes through the context's clipboard, also from text fields.

A line edit's own Ctrl+C (or Cut, or its context menu) puts the selection on the system
clipboard as it is: seen by clipboard managers and cloud clipboards, and still there after the
vault locks. `guard_copy` routes those through `ctx.copy_to_clipboard`, which marks the copy as
concealed for password managers and clears it after 30 seconds and at lock. Labels that show
record text get a context menu whose Copy does the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QPlainTextEdit, QWidget

from .i18n import translate

Copy = Callable[[str], None]


def _selected(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return "" if widget.echoMode() != QLineEdit.EchoMode.Normal else widget.selectedText()
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().selectedText().replace("\u2029", "\n")
    return ""


def _cut(widget: QWidget) -> None:
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        widget.del_()
    elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
        widget.textCursor().removeSelectedText()


class _CopyFilter(QObject):
    def __init__(self, copy: Copy, parent: QObject) -> None:
        super().__init__(parent)
        self.copy = copy

    def take(self, widget: QWidget, *, cut: bool) -> None:
        text = _selected(widget)
        if text:
            self.copy(text)
            if cut:
                _cut(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(
                watched, QWidget):
            for keys, cut in ((QKeySequence.StandardKey.Copy, False),
                              (QKeySequence.StandardKey.Cut, True)):
                if event.matches(keys):
                    self.take(watched, cut=cut)
                    return True
        return super().eventFilter(watched, event)


def _menu_for(widget: QLineEdit | QPlainTextEdit, guard: _CopyFilter, point: QPoint) -> None:
    menu = widget.createStandardContextMenu()
    for action in menu.actions():
        for keys, cut in ((QKeySequence.StandardKey.Copy, False),
                          (QKeySequence.StandardKey.Cut, True)):
            if action.shortcut() == QKeySequence(keys):
                action.triggered.disconnect()
                action.triggered.connect(lambda _c=False, c=cut: guard.take(widget, cut=c))
    menu.exec(widget.mapToGlobal(point))
    menu.deleteLater()


def guard_copy(widget: QLineEdit | QPlainTextEdit, copy: Copy) -> None:
    """Ctrl+C, Ctrl+X and the context menu's Copy/Cut go through `copy`."""
    guard = _CopyFilter(copy, widget)
    widget.installEventFilter(guard)
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    widget.customContextMenuRequested.connect(lambda point: _menu_for(widget, guard, point))


def copyable_label(label: QLabel, copy: Copy) -> None:
    """A label showing record text: right-click offers Copy (through `copy`)."""
    label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu(point: QPoint) -> None:
        popup = QMenu(label)
        action = popup.addAction(translate("CopyGuard", "Copy"))
        action.triggered.connect(lambda _c=False: copy(label.text()))
        popup.exec(label.mapToGlobal(point))
        popup.deleteLater()

    label.customContextMenuRequested.connect(menu)
