"""Copying a field: concealment hints for clipboard managers, and clearing what we copied.

Clipboard managers and cloud clipboards keep a history of everything copied. Each OS has a hint
that asks them not to:
- Linux (KDE Klipper, and managers that follow it): `x-kde-passwordManagerHint` = `secret`.
- Windows: the registered formats `ExcludeClipboardContentFromMonitorProcessing`,
  `CanIncludeInClipboardHistory` and `CanUploadToCloudClipboard`, the latter two a 4-byte zero.
  Qt sets a raw Windows format through `application/x-qt-windows-mime;value="..."`.
- macOS: the pasteboard type `org.nspasteboard.ConcealedType`. Qt would publish an unknown MIME
  type under its own `com.trolltech.anymime` name, so the type is added with a native call
  (`_mark_concealed_macos`, best effort through the Objective-C runtime; not verified on a Mac
  here: if it fails the copy still works, without the hint).

What we copied is cleared after 30 s, at lock and at quit, but only if the clipboard still holds
it: if the caseworker copied something else since, that is left alone. We keep a keyed digest of
the copied text, not the text itself.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import hashlib
import logging
import secrets
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

log = logging.getLogger(__name__)

CLEAR_AFTER_MS = 30_000
KDE_HINT = "x-kde-passwordManagerHint"
WINDOWS_FORMATS = (
    "ExcludeClipboardContentFromMonitorProcessing",
    "CanIncludeInClipboardHistory",
    "CanUploadToCloudClipboard",
)
MACOS_CONCEALED = "org.nspasteboard.ConcealedType"
MACOS_QT_MIME = "application/x-nspasteboard-concealed-type"
DWORD_ZERO = b"\x00\x00\x00\x00"


def windows_mime(format_name: str) -> str:
    return f'application/x-qt-windows-mime;value="{format_name}"'


def concealed_mime_data(text: str, platform: str = sys.platform) -> QMimeData:
    """The text plus the hints for `platform` (tests pass another platform to check each)."""
    data = QMimeData()
    data.setText(text)
    if platform == "win32":
        for name in WINDOWS_FORMATS:
            data.setData(windows_mime(name), DWORD_ZERO)
    elif platform == "darwin":
        data.setData(MACOS_QT_MIME, b"")
    else:
        data.setData(KDE_HINT, b"secret")
    return data


def _mark_concealed_macos() -> None:
    """Add org.nspasteboard.ConcealedType to the general pasteboard Qt just wrote."""
    objc = ctypes.cdll.LoadLibrary(ctypes.util.find_library("objc") or "libobjc.dylib")
    ctypes.cdll.LoadLibrary(ctypes.util.find_library("AppKit") or "AppKit")
    objc.objc_getClass.restype = ctypes.c_void_p
    objc.objc_getClass.argtypes = [ctypes.c_char_p]
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p

    def call(receiver: int | None, selector: bytes, *args: int | bytes | None) -> int | None:
        send.argtypes = [ctypes.c_void_p, ctypes.c_void_p] + [
            ctypes.c_char_p if isinstance(a, bytes) else ctypes.c_void_p for a in args
        ]
        result: int | None = send(receiver, objc.sel_registerName(selector), *args)
        return result

    ns_string = objc.objc_getClass(b"NSString")
    kind = call(ns_string, b"stringWithUTF8String:", MACOS_CONCEALED.encode())
    empty = call(ns_string, b"stringWithUTF8String:", b"")
    types = call(objc.objc_getClass(b"NSArray"), b"arrayWithObject:", kind)
    board = call(objc.objc_getClass(b"NSPasteboard"), b"generalPasteboard")
    if not (kind and empty and types and board):
        raise OSError("the Objective-C runtime did not answer")
    call(board, b"addTypes:owner:", types, None)
    call(board, b"setString:forType:", empty, kind)


class SecretClipboard(QObject):
    """Copies with concealment hints and clears what it copied; one per main window."""

    copied = Signal()
    cleared = Signal()

    def __init__(
        self, parent: QObject | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self._key = secrets.token_bytes(32)
        self._digest: bytes | None = None
        self.clear_after_ms = clear_after_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def _fingerprint(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8"), key=self._key, digest_size=32).digest()

    @staticmethod
    def _board() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        if not text:
            return
        self._board().setMimeData(concealed_mime_data(text), QClipboard.Mode.Clipboard)
        if sys.platform == "darwin":
            try:
                _mark_concealed_macos()
            except (OSError, AttributeError, ValueError, TypeError):
                log.warning("could not mark the clipboard as concealed on macOS")
        self._digest = self._fingerprint(text)
        self._timer.start(self.clear_after_ms)
        self.copied.emit()

    @property
    def holds_ours(self) -> bool:
        if self._digest is None:
            return False
        current = self._board().text(QClipboard.Mode.Clipboard)
        return bool(current) and secrets.compare_digest(self._fingerprint(current), self._digest)

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds what we copied; True when it did."""
        self._timer.stop()
        if self._digest is None:
            return False
        ours = self.holds_ours
        self._digest = None
        if ours:
            with contextlib.suppress(RuntimeError):
                self._board().clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()
        return ours
