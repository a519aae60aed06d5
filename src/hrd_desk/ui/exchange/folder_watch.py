"""Noticing new files in the drop folder while the vault is unlocked.

A file-system watcher reacts within seconds where the OS supports it; a periodic poll covers the
rest (network shares, USB sticks, watchers that drop events). Both only compare a listing (names,
sizes, modification times) with the last one seen and say `changed`: the sync itself runs on the
writer thread. The owner calls `stop()` at lock: nothing is watched while the vault is locked.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

POLL_MS = 60_000
SETTLE_MS = 2_000  # wait for a burst of file events (a copy in progress) to end

Listing = frozenset[tuple[str, int, int]]


def _entry(folder: Path, name: str) -> tuple[str, int, int] | None:
    try:
        info = os.lstat(folder / name)
    except OSError:
        return None
    return name, info.st_size, info.st_mtime_ns


def _names(folder: Path) -> list[str] | None:
    try:
        with os.scandir(folder) as entries:
            return [e.name for e in entries
                    if not e.name.startswith(".") and not e.name.endswith((".part", ".tmp"))]
    except OSError:
        return None


def listing(folder: Path) -> Listing | None:
    """What the folder and its pair subfolders hold that a sync would look at (hidden and .part
    files left out; services/dropfolder.py: each pair of vaults has a subfolder)."""
    names = _names(folder)
    if names is None:
        return None
    found: list[tuple[str, int, int] | None] = []
    for name in names:
        found.append(_entry(folder, name))
        if (folder / name).is_dir() and not (folder / name).is_symlink():
            found.extend(_entry(folder, f"{name}/{inner}") for inner in _names(folder / name) or ())
    return frozenset(e for e in found if e is not None)


class FolderWatcher(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, poll_ms: int = POLL_MS,
                 settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._seen: Listing | None = None
        self._watcher: QFileSystemWatcher | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.check_now)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self.check_now)

    @property
    def watching(self) -> bool:
        return self.folder is not None

    def start(self, folder: Path) -> None:
        """Watch `folder`; the first check says `changed` (a sync at the start of watching)."""
        self.stop()
        self.folder = folder
        self._watcher = QFileSystemWatcher(self)
        if folder.is_dir():
            self._watcher.addPath(str(folder))
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._poll.start()
        self._settle.start()

    def stop(self) -> None:
        self._poll.stop()
        self._settle.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self.folder = None
        self._seen = None

    def snapshot(self) -> Listing | None:
        return listing(self.folder) if self.folder is not None else None

    def mark_seen(self, seen: Listing | None, also: Iterable[str] = ()) -> None:
        """What a sync looked at (plus the files it wrote) is not news."""
        if self.folder is None:
            return
        extra = (_entry(self.folder, name) for name in also)
        self._seen = (seen or frozenset()) | frozenset(e for e in extra if e is not None)

    def check_now(self) -> None:
        if self.folder is None:
            return
        if self._watcher is not None and not self._watcher.directories() and self.folder.is_dir():
            self._watcher.addPath(str(self.folder))  # the folder appeared (a stick plugged in)
        current = listing(self.folder)
        if current is not None and current != self._seen:
            self.changed.emit()
