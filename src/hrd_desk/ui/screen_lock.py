"""Seeing the OS lock the screen or go to sleep, so the vault locks with it.

What each platform gives, and what is used:
- Linux/BSD (QtDBus, part of pyside6-essentials): on the session bus, `ActiveChanged(bool)` of
  `org.freedesktop.ScreenSaver` (KDE, XFCE, others) and `org.gnome.ScreenSaver` (GNOME); on the
  system bus, systemd-logind's `Session.Lock()` (`loginctl lock-session`, many desktops) and
  `Manager.PrepareForSleep(true)` (sent just before suspend, so we lock *before* sleeping). Any
  of them may be missing (no D-Bus, no logind): then only idle and sleep detection remain.
- Windows: `WTSRegisterSessionNotification` makes the window receive `WM_WTSSESSION_CHANGE`
  (`WTS_SESSION_LOCK`) and `WM_POWERBROADCAST` (`PBT_APMSUSPEND`); the main window's
  `nativeEvent` passes messages to `windows_message_locks`.
- macOS: no public notification without PyObjC, so the heartbeat polls
  `CGSessionCopyCurrentDictionary()["CGSSessionScreenIsLocked"]` through ctypes.
The Windows and macOS paths are written against the documented APIs but could not be run here;
every call is guarded so a failure only means that source is not watched.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger(__name__)

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0

_SESSION_SIGNALS = (
    ("org.freedesktop.ScreenSaver", "ActiveChanged", "on_screensaver(bool)"),
    ("org.gnome.ScreenSaver", "ActiveChanged", "on_screensaver(bool)"),
)
_SYSTEM_SIGNALS = (
    ("org.freedesktop.login1.Session", "Lock", "on_session_lock()"),
    ("org.freedesktop.login1.Manager", "PrepareForSleep", "on_prepare_for_sleep(bool)"),
)


class ScreenLockWatcher(QObject):
    """Emits `os_locked(reason)` when the OS locks the screen or is about to sleep."""

    os_locked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self._mac_poll: Callable[[], bool] | None = None

    def watch_dbus(
        self, session_bus: object | None = None, system_bus: object | None = None
    ) -> None:
        """Subscribe to the D-Bus signals (buses injectable for tests)."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        buses = (
            (session_bus or QDBusConnection.sessionBus(), _SESSION_SIGNALS, "session"),
            (system_bus or QDBusConnection.systemBus(), _SYSTEM_SIGNALS, "system"),
        )
        for bus, signals, name in buses:
            if not isinstance(bus, QDBusConnection) or not bus.isConnected():
                continue
            for interface, member, slot in signals:
                if bus.connect("", "", interface, member, self, SLOT(slot)):  # type: ignore[call-overload]
                    self.sources.append(f"{name}:{interface}.{member}")

    def watch_platform(self, window_id: int | None = None) -> None:
        if sys.platform == "win32" and window_id is not None:
            if register_windows_session_notifications(window_id):
                self.sources.append("windows:WTSSession")
        elif sys.platform == "darwin":
            self._mac_poll = macos_screen_locked
            self.sources.append("macos:CGSession")
        else:
            self.watch_dbus()

    def poll(self) -> None:
        """Called on the heartbeat: platforms without a notification are asked here."""
        if self._mac_poll is None:
            return
        try:
            locked = self._mac_poll()
        except (OSError, AttributeError, ValueError):
            log.warning("cannot read the macOS session state; screen-lock watching is off")
            self._mac_poll = None
            return
        if locked:
            self.os_locked.emit("screen-lock")

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.os_locked.emit("screen-lock")

    @Slot()
    def on_session_lock(self) -> None:
        self.os_locked.emit("screen-lock")

    @Slot(bool)
    def on_prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.os_locked.emit("sleep")

    def handle_windows_message(self, message_address: int) -> None:
        if windows_message_locks(message_address):
            self.os_locked.emit("screen-lock")


def register_windows_session_notifications(window_id: int) -> bool:
    try:
        wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined,unused-ignore]
        return bool(wtsapi32.WTSRegisterSessionNotification(
            ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION))
    except (OSError, AttributeError):
        return False


def windows_message_locks(message_address: int) -> bool:
    """Whether a native MSG (its address, from nativeEvent) is a session lock or a suspend."""
    if sys.platform != "win32" or not message_address:
        return False
    try:
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(message_address)
    except (ImportError, ValueError, AttributeError):
        return False
    if msg.message == WM_WTSSESSION_CHANGE:
        return int(msg.wParam) == WTS_SESSION_LOCK
    if msg.message == WM_POWERBROADCAST:
        return int(msg.wParam) == PBT_APMSUSPEND
    return False


def macos_screen_locked() -> bool:
    """CGSSessionScreenIsLocked from the current session's dictionary (False when absent)."""
    core = ctypes.util.find_library("CoreGraphics") or ctypes.util.find_library(
        "ApplicationServices")
    found = ctypes.util.find_library("CoreFoundation")
    if core is None or found is None:
        raise OSError("CoreGraphics not found")
    cg, cf = ctypes.CDLL(core), ctypes.CDLL(found)
    cg.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFDictionaryGetValue.restype = ctypes.c_void_p
    cf.CFDictionaryGetValue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    cf.CFBooleanGetValue.restype = ctypes.c_bool
    cf.CFBooleanGetValue.argtypes = [ctypes.c_void_p]
    cf.CFRelease.argtypes = [ctypes.c_void_p]
    session = cg.CGSessionCopyCurrentDictionary()
    if not session:
        return False
    key = cf.CFStringCreateWithCString(None, b"CGSSessionScreenIsLocked", 0x08000100)
    try:
        value = cf.CFDictionaryGetValue(session, key)
        return bool(value) and bool(cf.CFBooleanGetValue(value))
    finally:
        cf.CFRelease(key)
        cf.CFRelease(session)
