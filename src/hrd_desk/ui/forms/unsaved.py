"""Closing a window that holds unsaved typing: ask before discarding, keep it as a draft at lock.

One behaviour for the record form and the check-in window: closing with changes asks "Discard
changes?" (Keep editing is the safe default), and at lock the typed values become a draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QCloseEvent

from ..i18n import translate

DRAFT_VERSION = 1


class UnsavedGuard:
    """Mixed into a QWidget that has `ctx`, `is_dirty()`, `values()` and sets `_closing_ok`
    once it saved or was told to close; `unsaved_what` names it in the question."""

    unsaved_what = "form"
    _closing_ok: bool
    ctx: Any

    if TYPE_CHECKING:  # what the window provides
        def is_dirty(self) -> bool: ...
        def values(self) -> dict[str, Any]: ...

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_ok or not self.is_dirty():
            event.accept()
            return
        if self.ctx.prompter.confirm(
            translate("Unsaved", "Discard changes?"),
            translate("Unsaved", "This %1 has changes that are not saved. Close it and discard "
                      "them?").replace("%1", translate("Kind", self.unsaved_what)),
            destructive=True, accept=translate("Unsaved", "Discard changes"),
            reject=translate("Unsaved", "Keep editing"),
        ):
            self._closing_ok = True
            event.accept()
        else:
            event.ignore()

    def draft_state(self) -> dict[str, Any] | None:
        if self._closing_ok or not self.is_dirty():
            return None
        return {"version": DRAFT_VERSION, "values": self.values()}
