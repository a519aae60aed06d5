"""A small AppContext for testing pages and forms without the shell's window and threads.

Writes run at once on the test's own session (the real context runs them on its writer thread);
after a successful write every registered page is refreshed before `on_done` runs, in the order
the real context uses. Prompts come from the shell's ScriptedPrompter, so nothing blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from hrd_desk.model.records import KINDS
from hrd_desk.services.desk import Desk
from hrd_desk.services.session import Session

from .conftest import ScriptedPrompter

T = TypeVar("T")


class FakeContext:
    """contracts.AppContext over one session, synchronous."""

    def __init__(self, session: Session, prompter: ScriptedPrompter) -> None:
        self.reader = Desk.on(session)
        self.epoch = 0
        self.prompter = prompter
        self.pages: list[Any] = []
        self.writes = 0
        self.opened: list[tuple[str, str]] = []
        self.copied: list[str] = []
        self.failures: list[Exception] = []

    def write(self, job: Callable[[Desk], T], on_done: Callable[[T], None] | None = None,
              on_error: Callable[[Exception], None] | None = None) -> None:
        self.writes += 1
        try:
            result = job(self.reader)
        except Exception as exc:
            self.failures.append(exc)
            if on_error is None:
                raise
            on_error(exc)
            return
        for page in self.pages:
            page.refresh(frozenset(KINDS))
        if on_done is not None:
            on_done(result)

    def open_record(self, kind: str, record_id: str) -> None:
        self.opened.append((kind, record_id))

    def copy_to_clipboard(self, text: str) -> None:
        self.copied.append(text)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person, one key event per character (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def top_forms() -> list[QWidget]:
    """Record forms currently open (visible windows with a form_kind)."""
    from hrd_desk.ui.forms import RecordForm

    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, RecordForm) and w.isVisible()]


def flush() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
