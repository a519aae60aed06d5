"""The OS screen lock and suspend reach the vault: D-Bus signals on a private bus."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from hrd_desk.ui.screen_lock import ScreenLockWatcher, windows_message_locks


@pytest.fixture
def private_bus() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:  # run-tests.sh installs it: missing in CI is a failure
        if os.environ.get("CI"):
            pytest.fail("dbus-daemon is not installed (run-tests.sh installs it)")
        pytest.skip("dbus-daemon is not installed (run-tests.sh installs it)")
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    try:
        yield address
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)


def _send(bus: QDBusConnection, path: str, interface: str, member: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, member)
    if args:
        message.setArguments(list(args))
    assert bus.send(message)


def test_screensaver_logind_lock_and_sleep_signals_lock_the_vault(
    qtbot: QtBot, private_bus: str
) -> None:
    name = f"hrd-test-{os.getpid()}"
    listen = QDBusConnection.connectToBus(private_bus, name)
    speak = QDBusConnection.connectToBus(private_bus, name + "-sender")
    try:
        watcher = ScreenLockWatcher()
        watcher.watch_dbus(session_bus=listen, system_bus=listen)
        assert len(watcher.sources) == 4
        reasons: list[str] = []
        watcher.os_locked.connect(reasons.append)
        # Qt sends the bus its match rules asynchronously: probe with the last one subscribed
        # until it arrives, so every rule is in place before the real checks.
        for _ in range(50):
            _send(speak, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                  "PrepareForSleep", True)
            qtbot.wait(100)
            if reasons:
                break
        assert reasons and set(reasons) == {"sleep"}
        qtbot.wait(200)
        reasons.clear()
        _send(speak, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
              "ActiveChanged", False)
        _send(speak, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
        qtbot.waitUntil(lambda: reasons == ["screen-lock"], timeout=5000)
        _send(speak, "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session",
              "Lock")
        qtbot.waitUntil(lambda: len(reasons) == 2, timeout=5000)
        _send(speak, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
              "PrepareForSleep", False)
        _send(speak, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
              "PrepareForSleep", True)
        qtbot.waitUntil(lambda: len(reasons) == 3, timeout=5000)
        qtbot.wait(100)
        assert reasons == ["screen-lock", "screen-lock", "sleep"]
    finally:
        QDBusConnection.disconnectFromBus(name)
        QDBusConnection.disconnectFromBus(name + "-sender")


def test_no_bus_means_no_sources_and_no_error(qtbot: QtBot) -> None:
    watcher = ScreenLockWatcher()
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "hrd-test-dead")
    try:
        watcher.watch_dbus(session_bus=dead, system_bus=dead)
        assert watcher.sources == []
    finally:
        QDBusConnection.disconnectFromBus("hrd-test-dead")


def test_windows_messages_are_ignored_elsewhere() -> None:
    assert windows_message_locks(0) is False
