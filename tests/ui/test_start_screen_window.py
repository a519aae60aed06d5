"""The start screen in the real window: shown after unlock, Ctrl+0, keyboard-first, and a
check-in being recorded survives a lock as a draft and leaves nothing on screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrd_desk.services.casework import Casework
from hrd_desk.services.planning import Planning
from hrd_desk.services.session import create_vault, open_session
from hrd_desk.ui.forms import CheckInWindow
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.pages.start import StartPage

from .conftest import PASSPHRASE, unlock
from .focus_support import tab_chain
from .page_support import type_text

TODAY = date(2026, 3, 10)
NOTE = "Qz9 followed near the flat"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Planning, "today", lambda self: TODAY)


def _window(qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
            ) -> tuple[MainWindow, dict[str, str]]:
    create_vault(vault_dir, PASSPHRASE).lock()
    with open_session(vault_dir, PASSPHRASE) as session:
        work = Casework(session)
        heron = work.add("defender", {"name": "Amina", "codename": "Blue Heron"})
        stay = work.add("relocation", {
            "defender": heron, "host_city": "Qz1 Utrecht", "status": "in-stay",
            "planned_arrival": (TODAY - timedelta(days=20)).isoformat(),
            "planned_departure": (TODAY + timedelta(days=70)).isoformat()})
        missed = work.add("checkin", {"relocation": stay,
                                      "due": (TODAY - timedelta(days=2)).isoformat()})
        work.edit("checkin", missed, {"status": "missed"})
        for category in ("legal", "digital"):
            work.add("incident", {"defenders": [heron], "category": category,
                                  "occurred": "2024-05-02", "description": "x"})
    window = make_window()
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, {"heron": heron, "stay": stay, "missed": missed}


def _checkin_windows() -> list[CheckInWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, CheckInWindow) and w.isVisible()]


def test_unlock_opens_the_start_screen_and_ctrl_0_returns_to_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    window, ids = _window(qtbot, make_window, vault_dir)
    start = window.pages["start"]
    assert isinstance(start, StartPage)
    assert window.workspace.current_key() == "start"
    assert window.workspace.nav.item(0).text() == "Today"
    assert window.workspace.nav.currentRow() == 0
    assert start.current_target() == ("checkin", ids["missed"])
    window.go("tasks")
    qtbot.keyClick(window.workspace.search_field, Qt.Key.Key_0,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.current_key() == "start"
    # keyboard-first: the list, then Open
    assert tab_chain(qtbot, start.tree, 1) == [start.open_button]


def test_a_checkin_being_recorded_is_kept_at_lock_and_back_after_unlock(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
    leak_scan: Callable[..., list[str]],
) -> None:
    window, ids = _window(qtbot, make_window, vault_dir)
    start = window.pages["start"]
    assert isinstance(start, StartPage)
    start.tree.setFocus()
    qtbot.keyClick(start.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_checkin_windows()) == 1)
    checkin = _checkin_windows()[0]
    assert checkin.parent() is window  # over the main window, closed with it
    type_text(checkin.note.edit, NOTE)
    checkin.concern.setChecked(True)
    with qtbot.waitSignal(window.locked):
        window.lock("manual")
    assert leak_scan(window, "Qz9") == []
    assert leak_scan(window, "Qz1") == []  # the host city was never on screen either
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(_checkin_windows()) == 1)
    back = _checkin_windows()[0]
    assert back.record_id == ids["missed"]
    assert back.note.value() == NOTE and back.concern.isChecked()
    back.clear()
    back.close()


def test_a_category_line_opens_the_threat_log_on_that_category(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    window, _ids = _window(qtbot, make_window, vault_dir)
    start = window.pages["start"]
    assert isinstance(start, StartPage)
    assert start.select_target(("incident-category", "legal"))
    qtbot.keyClick(start.tree, Qt.Key.Key_Return)
    assert window.workspace.current_key() == "threat_log"
    log = window.pages["threat_log"]
    assert log.category.currentData() == "legal"  # type: ignore[attr-defined]
    assert log.model.rowCount() == 1  # type: ignore[attr-defined]
    assert window.workspace.nav.currentItem().text() == "Threat log"


def test_host_cities_shown_on_relocation_screens_are_gone_after_lock(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
    leak_scan: Callable[..., list[str]],
) -> None:
    window, ids = _window(qtbot, make_window, vault_dir)
    window.go("relocations")
    stays = window.pages["relocations"]
    stays.toggle_hidden_values()  # type: ignore[attr-defined]
    assert "Qz1 Utrecht" in [str(stays.model.data(stays.model.index(0, c)))  # type: ignore
                             for c in range(stays.model.columnCount())]  # type: ignore
    window.open_record("stay-checkins", ids["stay"])
    view = window.pages["defenders"].view  # type: ignore[attr-defined]
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Relocation"
    assert view.stays.current_target() == ("relocation", ids["stay"])
    view.toggle_hidden_values()
    assert view.stays.city.text.text() == "Qz1 Utrecht"
    assert leak_scan(window, "Qz1"), "the scan must see the city before the lock"
    with qtbot.waitSignal(window.locked):
        window.lock("manual")
    assert leak_scan(window, "Qz1") == []
