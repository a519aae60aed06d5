"""Copying a field: concealment hints per OS, and clearing only what we copied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import create_vault
from hrd_desk.ui.clipboard import (
    DWORD_ZERO,
    KDE_HINT,
    WINDOWS_FORMATS,
    SecretClipboard,
    concealed_mime_data,
    windows_mime,
)
from hrd_desk.ui.main_window import MainWindow

from .conftest import PASSPHRASE, unlock

SECRET = "+57 300 555 0101"


@pytest.fixture(autouse=True)
def empty_clipboard() -> None:
    QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)


def _board() -> QClipboard:
    return QGuiApplication.clipboard()


def test_linux_hint_is_set_on_the_clipboard(qtbot: QtBot) -> None:
    clip = SecretClipboard()
    clip.copy(SECRET)
    mime = _board().mimeData()
    assert mime.text() == SECRET
    assert bytes(mime.data(KDE_HINT).data()) == b"secret"


def test_windows_and_macos_hints(qtbot: QtBot) -> None:
    windows = concealed_mime_data(SECRET, "win32")
    assert windows.text() == SECRET
    for name in WINDOWS_FORMATS:
        assert bytes(windows.data(windows_mime(name)).data()) == DWORD_ZERO
    assert len(DWORD_ZERO) == 4
    mac = concealed_mime_data(SECRET, "darwin")
    assert "application/x-nspasteboard-concealed-type" in mac.formats()
    assert KDE_HINT not in mac.formats() and KDE_HINT not in windows.formats()


def test_cleared_after_the_timeout(qtbot: QtBot) -> None:
    clip = SecretClipboard(clear_after_ms=100)
    clip.copy(SECRET)
    assert _board().text() == SECRET
    with qtbot.waitSignal(clip.cleared, timeout=3000):
        pass
    assert _board().text() == ""


def test_something_copied_since_is_left_alone(qtbot: QtBot) -> None:
    clip = SecretClipboard(clear_after_ms=100)
    clip.copy(SECRET)
    _board().setText("the caseworker's own text")
    qtbot.wait(300)
    assert _board().text() == "the caseworker's own text"
    assert clip.clear_if_ours() is False


def test_the_default_is_thirty_seconds(qtbot: QtBot) -> None:
    assert SecretClipboard().clear_after_ms == 30_000


def test_cleared_at_lock_and_at_quit(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    window = make_window()
    unlock(qtbot, window)
    window.ctx.copy_to_clipboard(SECRET)
    assert _board().text() == SECRET
    assert "cleared in 30 seconds" in window.statusBar().currentMessage()
    window.lock("manual")
    assert _board().text() == ""
    unlock(qtbot, window)
    window.ctx.copy_to_clipboard(SECRET)
    window.close()
    assert _board().text() == ""
