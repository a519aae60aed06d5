"""Ctrl+Q quits, locking first, from the main window and from an open form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import create_vault
from hrd_desk.ui.main_window import MainWindow

from .conftest import PASSPHRASE, unlock
from .page_support import top_forms


def _unlocked(qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
              ) -> MainWindow:
    create_vault(vault_dir, PASSPHRASE).lock()
    window = make_window()
    unlock(qtbot, window)
    window.activateWindow()
    return window


def test_no_two_window_actions_share_a_key(qtbot: QtBot, make_window: Callable[..., MainWindow]
                                           ) -> None:
    window = make_window()
    seen: dict[str, str] = {}
    for action in window.actions():
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen, f"{text} is both {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()
    assert seen["Ctrl+Q"] == "Quit"


def test_ctrl_q_locks_then_closes_the_window(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    window = _unlocked(qtbot, make_window, vault_dir)
    with qtbot.waitSignal(window.locked) as locked:
        qtbot.keyClick(window.workspace.search_field, Qt.Key.Key_Q,
                       Qt.KeyboardModifier.ControlModifier)
    assert locked.args == ["quit"]
    assert not window.ctx.is_open
    assert not window.isVisible()


def test_ctrl_q_in_an_open_form_quits_too(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    window = _unlocked(qtbot, make_window, vault_dir)
    window.log_incident()
    forms = top_forms()
    assert len(forms) == 1
    form = forms[0]
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    with qtbot.waitSignal(window.locked) as locked:
        qtbot.keyClick(form, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert locked.args == ["quit"]
    assert not window.isVisible()
