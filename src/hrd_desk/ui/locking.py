"""When to lock by itself: idle time, a laptop that slept, the OS screen locking.

- Idle: any key, click, wheel or touch anywhere in the app counts as activity; after
  `idle_timeout_s` (default 5 minutes, a setting) without any, the vault locks.
- Sleep: QTimer and the monotonic clock may not count time asleep, so a 1 s heartbeat compares
  wall-clock time with the previous beat; a jump of more than 30 s means the machine slept (or the
  GUI was frozen that long) and the vault locks at once.
- OS screen lock and suspend, where they can be seen (screen_lock.py): Linux through D-Bus, Windows
  through session notifications, macOS by polling the session dictionary on the heartbeat.

The clock is injectable (`Clock`), and tests drive `heartbeat()` directly.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, QTimer, Signal
from PySide6.QtGui import QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from .settings import DEFAULT_IDLE_SECONDS

HEARTBEAT_MS = 1000
SLEEP_JUMP_S = 30.0

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def wall(self) -> float: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()


class AutoLock(QObject):
    """Emits `lock_requested(reason)` with reason "idle" or "sleep" while armed."""

    lock_requested = Signal(str)
    beat = Signal()  # every heartbeat while armed (screen-lock polling hangs off it)

    def __init__(
        self,
        clock: Clock | None = None,
        *,
        idle_timeout_s: float = DEFAULT_IDLE_SECONDS,
        heartbeat_ms: int = HEARTBEAT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.idle_timeout_s = idle_timeout_s
        self._armed = False
        self._last_activity = self.clock.monotonic()
        self._last_wall = self.clock.wall()
        self._timer = QTimer(self)
        self._timer.setInterval(heartbeat_ms)
        self._timer.timeout.connect(self.heartbeat)

    @property
    def armed(self) -> bool:
        return self._armed

    def arm(self) -> None:
        """Start watching (after unlock)."""
        app = QCoreApplication.instance()
        if app is not None and not self._armed:
            app.installEventFilter(self)
        self._armed = True
        self.note_activity()
        self._last_wall = self.clock.wall()
        self._timer.start()

    def disarm(self) -> None:
        """Stop watching (at lock)."""
        app = QCoreApplication.instance()
        if app is not None and self._armed:
            app.removeEventFilter(self)
        self._armed = False
        self._timer.stop()

    def note_activity(self) -> None:
        self._last_activity = self.clock.monotonic()

    def idle_seconds(self) -> float:
        return self.clock.monotonic() - self._last_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last_activity = self.clock.monotonic()
        return False

    def heartbeat(self) -> None:
        """One beat: lock on a wall-clock jump (sleep) or after the idle timeout."""
        if not self._armed:
            return
        self.beat.emit()
        wall = self.clock.wall()
        jumped = wall - self._last_wall > SLEEP_JUMP_S
        self._last_wall = wall
        if jumped:
            self.lock_requested.emit("sleep")
        elif self.idle_seconds() >= self.idle_timeout_s:
            self.lock_requested.emit("idle")


def scrub_tree(root: QObject) -> None:
    """Empty every text, list, completer and undo stack under `root` (a page about to be deleted).

    Pages clear themselves (contracts.Page.clear); this is the safety net for what a page missed,
    applied only to widgets that are being thrown away, so static labels do not matter. Qt deletes
    the widgets at the next turn of the event loop; until then they hold nothing.
    """
    for obj in [root, *root.findChildren(QObject)]:
        if isinstance(obj, QUndoStack):
            obj.clear()
        elif isinstance(obj, QCompleter):
            obj.setModel(None)  # type: ignore[arg-type]  # Qt accepts no model
        elif isinstance(obj, QStandardItemModel):
            obj.clear()
        elif isinstance(obj, QStringListModel):
            obj.setStringList([])
        if not isinstance(obj, QWidget):
            continue
        for setter in (obj.setToolTip, obj.setStatusTip, obj.setWhatsThis,
                       obj.setAccessibleName, obj.setAccessibleDescription, obj.setWindowTitle):
            setter("")
        if isinstance(obj, (QLabel, QLineEdit, QAbstractButton)):
            obj.setText("")  # QLineEdit.setText also forgets its undo history
        elif isinstance(obj, (QTextEdit, QPlainTextEdit)):
            obj.clear()  # also clears the undo history
        elif isinstance(obj, (QComboBox, QListWidget, QTableWidget, QTreeWidget)):
            obj.clear()
