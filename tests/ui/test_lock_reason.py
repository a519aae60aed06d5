"""The lock screen says why the vault locked (a lock nobody asked for must not look like a
crash or an intrusion); the sentence goes once the vault is open again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import create_vault
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.settings import AppSettings

from .conftest import PASSPHRASE, FakeClock, unlock


@pytest.mark.parametrize(("reason", "words"), [
    ("idle", "after 7 minutes without activity"),
    ("sleep", "computer went to sleep"),
    ("screen-lock", "screen was locked"),
    ("panic", "panic key"),
    ("manual", "You locked"),
])
def test_the_lock_screen_says_why(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, reason: str,
    words: str
) -> None:
    create_vault(vault_dir, PASSPHRASE).lock()
    window = make_window(settings=AppSettings(idle_timeout_s=7 * 60))
    unlock(qtbot, window)
    assert window.unlock_screen.reason.isHidden()
    window.lock(reason)
    assert window.unlock_screen.reason.isVisible()
    assert words in window.unlock_screen.reason.text()
    unlock(qtbot, window)
    assert window.unlock_screen.reason.isHidden()


def test_idle_time_locks_and_says_so(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, clock: FakeClock
) -> None:
    create_vault(vault_dir, PASSPHRASE).lock()
    window = make_window(settings=AppSettings(idle_timeout_s=60))
    unlock(qtbot, window)
    with qtbot.waitSignal(window.locked, timeout=5000):
        for _ in range(4):  # beats 20 s apart: idle, not asleep
            clock.advance(20)
            window.auto_lock.heartbeat()
    assert "after 1 minute without activity" in window.unlock_screen.reason.text()
