"""The Exchange section in the real main window: the window's own vault (the desk) is an Office
from tests/exchange_support.py whose session is closed before the window opens it; the other
offices are run through the services, as the CLI would run them elsewhere.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from exchange_support import PASSPHRASE, Office
from hrd_desk.services.session import Session, unlock_vault
from hrd_desk.ui.exchange import ExchangePage
from hrd_desk.ui.main_window import MainWindow

from .conftest import unlock

WAIT_MS = 20_000


def open_window_on(qtbot: QtBot, make_window: Callable[..., MainWindow],
                   desk: Office) -> MainWindow:
    """The main window on the desk's vault, unlocked (the desk's own session is closed first)."""
    desk.close()
    window = make_window(vault_dir=desk.directory)
    unlock(qtbot, window, PASSPHRASE)
    return window


def exchange_page(window: MainWindow) -> ExchangePage:
    window.workspace.go("exchange")
    page = window.pages["exchange"]
    assert isinstance(page, ExchangePage)
    return page


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until every write the window queued has finished and reported back."""
    qtbot.waitUntil(lambda: not window.ctx.writes_pending, timeout=WAIT_MS)


def click(qtbot: QtBot, target: QAbstractButton) -> None:
    assert target.isEnabled(), f"{target.text()!r} is disabled"
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


@contextlib.contextmanager
def peek(desk: Office) -> Iterator[Session]:
    """A separate session on the desk's vault, to check what the window wrote."""
    session = Session(unlock_vault(desk.directory, PASSPHRASE))
    try:
        yield session
    finally:
        session.close()
