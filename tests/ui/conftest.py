"""Fixtures for GUI tests: a scripted prompter, a controllable clock, fresh windows, leak scans.

Every test gets its own main window (never a module-level widget), closed at teardown; closing
locks the vault and waits for the window's threads. Nothing here can block on a modal dialog:
the prompter answers from a script and the window's `run_dialog` refuses to run a real one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hrd_desk.ui.i18n import apply_language
from hrd_desk.ui.main_window import MainWindow, build_main_window
from hrd_desk.ui.settings import AppSettings

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True, scope="session")
def _english_catalogue(qapp: QApplication) -> None:
    """The app always runs with a catalogue (English holds the English plural forms, "1 related
    person", "2 related people"), as make_application installs it: so do the tests, whatever
    ran before."""
    apply_language(qapp, "en")


@dataclass
class ScriptedPrompter:
    """contracts.Prompter that answers from a script and records every question."""

    confirm_answers: list[bool] = field(default_factory=list)
    typed_answers: list[bool] = field(default_factory=list)
    files: list[str | None] = field(default_factory=list)
    calls: list[tuple[str, str, str]] = field(default_factory=list)
    buttons: list[tuple[str, str]] = field(default_factory=list)  # each confirm's verbs
    destructive: list[bool] = field(default_factory=list)  # each confirm's flag (Enter keeps)
    choices: list[int | None] = field(default_factory=list)  # None: cancelled; none left: default
    options: list[list[tuple[str, str]]] = field(default_factory=list)  # each choice's options

    def confirm(self, title: str, text: str, *, destructive: bool = False,
                accept: str = "OK", reject: str = "Cancel") -> bool:
        self.calls.append(("confirm", title, text))
        self.buttons.append((accept, reject))
        self.destructive.append(destructive)
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def choose(self, title: str, text: str, options: Sequence[tuple[str, str]], *,
               default: int = 0, accept: str = "OK") -> int | None:
        self.calls.append(("choose", title, text))
        self.options.append(list(options))
        return self.choices.pop(0) if self.choices else default

    def confirm_typed(self, title: str, text: str, expected: str) -> bool:
        self.calls.append(("confirm_typed", title, text))
        return self.typed_answers.pop(0) if self.typed_answers else True

    def info(self, title: str, text: str) -> None:
        self.calls.append(("info", title, text))

    def error(self, title: str, text: str) -> None:
        self.calls.append(("error", title, text))

    def open_file(self, title: str, filters: str) -> str | None:
        self.calls.append(("open_file", title, filters))
        return self.files.pop(0) if self.files else None

    def save_file(self, title: str, suggested_name: str, filters: str) -> str | None:
        self.calls.append(("save_file", title, suggested_name))
        return self.files.pop(0) if self.files else None

    def open_folder(self, title: str) -> str | None:
        self.calls.append(("open_folder", title, ""))
        return self.files.pop(0) if self.files else None


class FakeClock:
    """Monotonic and wall-clock time that only move when a test says so."""

    def __init__(self) -> None:
        self.mono = 1000.0
        self.now = 1_700_000_000.0

    def monotonic(self) -> float:
        return self.mono

    def wall(self) -> float:
        return self.now

    def advance(self, seconds: float, *, asleep: bool = False) -> None:
        """Time passes; asleep=True: the wall clock moves but the monotonic clock does not."""
        self.now += seconds
        if not asleep:
            self.mono += seconds


def _no_real_dialogs(dialog: QDialog) -> int:
    raise AssertionError(f"a test tried to run a real modal dialog: {type(dialog).__name__}")


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_window(
    qtbot: QtBot, vault_dir: Path, prompter: ScriptedPrompter, clock: FakeClock
) -> Iterator[Callable[..., MainWindow]]:
    """Build a fresh main window (shown); keyword arguments go to build_main_window."""
    made: list[MainWindow] = []

    def make(**kwargs: Any) -> MainWindow:
        kwargs.setdefault("prompter", prompter)
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("settings", AppSettings())
        kwargs.setdefault("run_dialog", _no_real_dialogs)
        window = build_main_window(kwargs.pop("vault_dir", vault_dir), **kwargs)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()


def flush_deletes() -> None:
    """Run deferred deletions now (Qt deletes deleteLater'd widgets on a later loop turn)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def type_and_submit(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        type_and_submit(qtbot, window.unlock_screen.passphrase, passphrase)


# -- leak scan --------------------------------------------------------------------------------

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
          Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole,
          Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole)
MAX_MODEL_ROWS = 2000


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None,
                 depth: int = 0) -> Iterator[str]:
    parent = parent if parent is not None else QModelIndex()
    rows = min(model.rowCount(parent), MAX_MODEL_ROWS)
    try:
        cols = model.columnCount(parent)
    except TypeError:  # list models keep columnCount private
        cols = 1
    for r in range(rows):
        for c in range(cols):
            index = model.index(r, c, parent)
            for role in _ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))
            if c == 0 and depth < 4 and not flat and model.rowCount(index) > 0:
                yield from _model_texts(model, index, depth + 1)


def _texts(obj: QObject) -> Iterator[tuple[str, str]]:
    name = type(obj).__name__
    if isinstance(obj, QWidget):
        for attr in ("windowTitle", "toolTip", "statusTip", "whatsThis", "accessibleName",
                     "accessibleDescription"):
            yield f"{name}.{attr}", getattr(obj, attr)()
    if isinstance(obj, (QLabel, QAbstractButton)):
        yield f"{name}.text", obj.text()
    if isinstance(obj, QLineEdit):
        yield f"{name}.text", obj.text()
        yield f"{name}.placeholder", obj.placeholderText()
        if obj.isUndoAvailable():
            yield f"{name}.undo", "<undo history present>"
    if isinstance(obj, (QTextEdit, QPlainTextEdit)):
        yield f"{name}.text", obj.toPlainText()
        if obj.document().isUndoAvailable():
            yield f"{name}.undo", "<undo history present>"
    if isinstance(obj, QComboBox):
        yield f"{name}.current", obj.currentText()
        for i in range(obj.count()):
            yield f"{name}.item", obj.itemText(i)
    if isinstance(obj, QAbstractItemView) and obj.model() is not None:
        for text in _model_texts(obj.model()):
            yield f"{name}.model", text
    if isinstance(obj, QAbstractItemModel):
        for text in _model_texts(obj):
            yield f"{name}.data", text
    if isinstance(obj, QCompleter):
        yield f"{name}.prefix", obj.completionPrefix()
        if obj.model() is not None:
            for text in _model_texts(obj.model()):
                yield f"{name}.model", text
    if isinstance(obj, QUndoStack):
        for i in range(obj.count()):
            yield f"{name}.command", obj.text(i)
    if isinstance(obj, QMainWindow):
        yield f"{name}.status", obj.statusBar().currentMessage()


def find_text(root: QObject, marker: str) -> list[str]:
    """Where `marker` still appears: under `root`, in top-level widgets and the clipboard."""
    hits: list[str] = []
    objects: list[QObject] = [root, *root.findChildren(QObject)]
    for top in QApplication.topLevelWidgets():
        if top is not root:
            objects += [top, *top.findChildren(QObject)]
    for obj in objects:
        for where, text in _texts(obj):
            if marker in text or (where.endswith(".undo") and isinstance(obj, QObject)
                                  and _belongs(obj, root)):
                hits.append(f"{where} ({obj.objectName() or '-'})")
    clipboard = QGuiApplication.clipboard()
    if marker in clipboard.text():
        hits.append("clipboard")
    mime = clipboard.mimeData()
    if mime is not None:
        for fmt in mime.formats():
            if marker.encode() in bytes(mime.data(fmt).data()):
                hits.append(f"clipboard:{fmt}")
    return hits


def _belongs(obj: QObject, root: QObject) -> bool:
    parent: QObject | None = obj
    while parent is not None:
        if parent is root:
            return True
        parent = parent.parent()
    return False


@pytest.fixture
def leak_scan() -> Callable[[QObject, str], list[str]]:
    """`leak_scan(window, marker)` -> where the marker (or any undo history) remains."""

    def scan(root: QObject, marker: str) -> list[str]:
        flush_deletes()
        return find_text(root, marker)

    return scan
