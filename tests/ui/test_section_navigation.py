"""Going to a section: Ctrl+1 or a click on Defenders returns to the list; Ctrl+N on the Threat
log does not guess a defender."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrd_desk.services.casework import Casework
from hrd_desk.services.session import create_vault, open_session
from hrd_desk.ui.main_window import MainWindow

from .conftest import PASSPHRASE, unlock
from .page_support import top_forms


def _window(qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
            ) -> tuple[MainWindow, str]:
    create_vault(vault_dir, PASSPHRASE).lock()
    with open_session(vault_dir, PASSPHRASE) as session:
        work = Casework(session)
        amina = work.add("defender", {"name": "Amina", "codename": "Blue Heron",
                                      "consent": "colleagues",
                                      "consent_date": "2024-01-15", "consent_how": "written"})
        work.add("incident", {"defenders": [amina], "category": "digital",
                              "occurred": "2024-05-02", "description": "Login attempts",
                              "status": "open"})
    window = make_window()
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, amina


def test_ctrl_1_on_a_defenders_page_returns_to_the_list(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    window, amina = _window(qtbot, make_window, vault_dir)
    page = window.pages["defenders"]
    window.open_record("defender", amina)
    assert page.stack.currentWidget() is page.view  # type: ignore[attr-defined]
    qtbot.keyClick(window.workspace.search_field, Qt.Key.Key_1,
                   Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.list  # type: ignore[attr-defined]
    assert page.list.current_id() == amina  # type: ignore[attr-defined]


def test_clicking_defenders_in_the_sidebar_returns_to_the_list(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    window, amina = _window(qtbot, make_window, vault_dir)
    page = window.pages["defenders"]
    window.open_record("defender", amina)
    nav = window.workspace.nav
    item = nav.item(1)  # after Today, the start screen
    assert item.text() == "Defenders" and nav.currentItem() is item
    rect = nav.visualItemRect(item)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.stack.currentWidget() is page.list  # type: ignore[attr-defined]


def test_back_after_another_section_keeps_the_defenders_page(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    window, amina = _window(qtbot, make_window, vault_dir)
    page = window.pages["defenders"]
    window.open_record("defender", amina)
    window.go("cases")
    window.workspace.go_back()
    assert page.stack.currentWidget() is page.view  # type: ignore[attr-defined]


def test_ctrl_n_on_the_threat_log_starts_without_a_defender(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    window, _amina = _window(qtbot, make_window, vault_dir)
    window.go("threat_log")
    log = window.pages["threat_log"]
    assert log.current_id() is not None  # type: ignore[attr-defined]  # top row, by itself
    qtbot.keyClick(window.workspace.search_field, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    forms = top_forms()
    assert len(forms) == 1
    assert forms[0].editors["defenders"].value() == []
    forms[0].clear()
    forms[0].close()
