"""Locking: what it clears, what it keeps (drafts), and when it happens by itself."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import Session, create_vault, unlock_vault
from hrd_desk.store.drafts import list_drafts
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.settings import AppSettings

from .conftest import PASSPHRASE, FakeClock, flush_deletes, unlock

MARKER = "Zq7-MARKER-Okonkwo"


class MarkerPage(QWidget):
    """A page showing record text everywhere a real page might; `clear()` is deliberately lazy
    (it forgets only its own label), so the shell's own clearing is what the test checks."""

    def __init__(self) -> None:
        super().__init__()
        self.attached: list[Any] = []
        self.cleared = 0
        self.refreshed: list[frozenset[str]] = []
        layout = QVBoxLayout(self)
        self.label = QLabel(MARKER)
        self.label.setToolTip(MARKER)
        self.edit = QLineEdit()
        self.edit.setText("x")
        self.edit.insert(MARKER)  # leaves undo history
        self.notes = QPlainTextEdit(MARKER)
        self.combo = QComboBox()
        self.combo.addItem(MARKER)
        self.model = QStandardItemModel(self)
        self.model.appendRow([QStandardItem(MARKER)])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.completer = QCompleter(QStringListModel([MARKER], self), self)
        self.edit.setCompleter(self.completer)
        self.undo = QUndoStack(self)
        command = QUndoCommand(f"edit {MARKER}")
        self.undo.push(command)
        for widget in (self.label, self.edit, self.notes, self.combo, self.table):
            layout.addWidget(widget)

    def attach(self, ctx: Any) -> None:
        self.attached.append(ctx)

    def refresh(self, kinds: frozenset[str]) -> None:
        self.refreshed.append(kinds)

    def clear(self) -> None:
        self.cleared += 1
        self.label.setText("")

    def current_defender_id(self) -> str | None:
        return "defender-42"


class MarkerForm(QWidget):
    """A form with unsaved input (contracts.DraftHolder)."""

    form_kind = "incident"

    def __init__(self, record_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self.description = QLineEdit(self)
        self.restored: dict[str, Any] | None = None

    def draft_state(self) -> dict[str, Any] | None:
        text = self.description.text()
        return {"description": text} if text else None

    def restore_draft(self, state: dict[str, Any]) -> None:
        self.restored = state
        self.description.setText(str(state.get("description", "")))


def awake_for(window: MainWindow, clock: FakeClock, seconds: int) -> None:
    """Time passes with the heartbeat beating every second, as it does while awake."""
    for _ in range(seconds):
        clock.advance(1)
        window.auto_lock.heartbeat()


def _pages(made: list[MarkerPage]) -> Callable[[Any], dict[str, QWidget]]:
    def factory(ctx: Any) -> dict[str, QWidget]:
        page = MarkerPage()
        made.append(page)
        return {"defenders": page}

    return factory


def test_lock_leaves_no_record_text_anywhere_and_keeps_the_unsaved_form(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
    leak_scan: Callable[..., list[str]],
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    pages: list[MarkerPage] = []
    opened: list[tuple[Any, ...]] = []
    forms: list[MarkerForm] = []

    def open_form(ctx: Any, kind: str, record_id: str | None = None,
                  defaults: dict[str, Any] | None = None) -> MarkerForm:
        opened.append((kind, record_id, defaults))
        form = MarkerForm(record_id, window)
        form.setWindowFlag(Qt.WindowType.Window)
        form.show()
        forms.append(form)
        return form

    window = make_window(page_factory=_pages(pages), form_opener=open_form)
    unlock(qtbot, window)
    assert pages[0].attached == [window.ctx]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [("incident", None, {"defenders": ["defender-42"]})]
    forms[0].description.setText(f"unsaved {MARKER}")
    window.workspace.search_field.setText(MARKER)
    window.ctx.copy_to_clipboard(MARKER)
    assert leak_scan(window, MARKER), "the scan must see the marker before the lock"

    with qtbot.waitSignal(window.locked) as locked:
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked.args == ["manual"]
    assert pages[0].cleared == 1
    assert window.stack.currentWidget() is window.gate
    assert window.gate.currentWidget() is window.unlock_screen
    assert not window.ctx.is_open
    assert leak_scan(window, MARKER) == []

    with Session(unlock_vault(vault_dir, PASSPHRASE)) as session:
        drafts = list_drafts(session.conn)
    assert [(d.form_kind, d.record_id, d.payload) for d in drafts] == [
        ("incident", None, {"description": f"unsaved {MARKER}"})]

    unlock(qtbot, window)
    assert len(pages) == 2, "pages are rebuilt at every unlock"
    assert forms[-1].restored == {"description": f"unsaved {MARKER}"}
    assert forms[-1].description.text() == f"unsaved {MARKER}"
    qtbot.waitUntil(lambda: not window.ctx.writes_pending, timeout=10_000)
    with Session(unlock_vault(vault_dir, PASSPHRASE)) as session:
        assert list_drafts(session.conn) == [], "a reopened draft is deleted"


def test_panic_shortcut_locks_and_minimises(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    window = make_window()
    unlock(qtbot, window)
    with qtbot.waitSignal(window.locked) as locked:
        qtbot.keyClick(window, Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert locked.args == ["panic"]
    assert window.isMinimized()
    assert window.stack.currentWidget() is window.gate
    window.showNormal()
    unlock(qtbot, window)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window.workspace.nav, Qt.Key.Key_Pause)
    assert window.isMinimized()


def test_idle_time_locks_and_activity_postpones_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, clock: FakeClock
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    window = make_window(settings=AppSettings(idle_timeout_s=300))
    unlock(qtbot, window)
    locks: list[str] = []
    window.locked.connect(locks.append)
    awake_for(window, clock, 299)
    assert locks == [] and window.ctx.is_open
    qtbot.keyClick(window.workspace.search_field, Qt.Key.Key_A)  # activity
    awake_for(window, clock, 299)
    assert locks == []
    awake_for(window, clock, 1)
    assert locks == ["idle"] and not window.ctx.is_open


def test_the_idle_timeout_is_a_setting(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, clock: FakeClock
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    window = make_window()
    unlock(qtbot, window)
    window.apply_settings(AppSettings(idle_timeout_s=60), persist=False)
    awake_for(window, clock, 59)
    assert window.ctx.is_open
    awake_for(window, clock, 1)
    assert not window.ctx.is_open


def test_a_wall_clock_jump_means_the_laptop_slept(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, clock: FakeClock
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    window = make_window()
    unlock(qtbot, window)
    locks: list[str] = []
    window.locked.connect(locks.append)
    clock.advance(20, asleep=True)
    window.auto_lock.heartbeat()
    assert locks == []
    clock.advance(45, asleep=True)  # monotonic time did not move: only a jump can tell
    window.auto_lock.heartbeat()
    assert locks == ["sleep"]


def test_the_heartbeat_timer_really_runs(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, clock: FakeClock
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    window = make_window()
    unlock(qtbot, window)
    clock.advance(3600, asleep=True)
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass


def test_a_lock_while_a_question_is_open_dismisses_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    create_vault(vault_dir, PASSPHRASE)
    window = make_window()
    unlock(qtbot, window)
    box = QMessageBox(QMessageBox.Icon.Question, "Delete", f"Delete {MARKER}?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setModal(True)
    box.show()
    assert box.isVisible()
    window.lock("manual")
    assert not box.isVisible()
    box.deleteLater()
    flush_deletes()
