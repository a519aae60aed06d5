"""Add and edit forms for records (see record_form.py).

`open_form(ctx, kind, record_id=None, defaults=None)` opens a form as its own window over the
main window and returns it; the shell also uses it to reopen drafts after unlock. `on_saved`
hears the saved record's id (e.g. so a list can select the new record). The check-in window
(checkin_window.py: record a check-in done or missed) opens with `open_checkin`, and through
`open_form` under its draft kind CHECKIN_OUTCOME, so its drafts come back after unlock too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ..contracts import AppContext
from .checkin_window import CHECKIN_OUTCOME, CheckInWindow, open_checkin
from .record_form import RecordForm

__all__ = ["CHECKIN_OUTCOME", "CheckInWindow", "RecordForm", "open_checkin", "open_form"]


def main_window() -> QWidget | None:
    """The visible main window new windows open over (None in page tests)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


def centre_over(window: QWidget, owner: QWidget) -> None:
    """Place a window over the middle of its owner, inside the owner's screen (a window manager
    left alone puts a new window in a corner, away from what the caseworker was doing)."""
    centre = owner.frameGeometry().center()
    frame = window.frameGeometry()
    frame.moveCenter(centre)
    screen = owner.screen()
    if screen is not None:
        area = screen.availableGeometry()
        frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width())))
        frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height())))
    window.move(frame.topLeft())


def open_form(
    ctx: AppContext,
    kind: str,
    record_id: str | None = None,
    defaults: Mapping[str, Any] | None = None,
    *,
    parent: QWidget | None = None,
    on_saved: Callable[[str], object] | None = None,
) -> RecordForm | CheckInWindow:
    """Open an add (record_id None) or edit form for `kind`, shown and focused."""
    if kind == CHECKIN_OUTCOME:
        return open_checkin(ctx, record_id, on_saved=on_saved, parent=parent)
    form = RecordForm(ctx, kind, record_id, defaults)  # unparented until it has loaded, so a
    owner = parent or main_window()  # record that cannot be read leaves no half-built window
    if owner is not None:
        form.setParent(owner, form.windowFlags())
        centre_over(form, owner)
    if on_saved is not None:
        form.saved.connect(on_saved)
    form.show()
    form.raise_()
    form.activateWindow()
    form.first_to_fill().setFocus()
    return form
