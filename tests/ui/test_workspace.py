"""The workspace routes navigation, search, records and refreshes to the right pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import create_vault
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.page_registry import SECTIONS, PlaceholderPage

from .conftest import PASSPHRASE, ScriptedPrompter, unlock


class RecordingPage(QWidget):
    def __init__(self, name: str, log: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.name = name
        self.log = log

    def attach(self, ctx: Any) -> None:
        self.log.append(("attach", self.name))

    def refresh(self, kinds: frozenset[str]) -> None:
        self.log.append(("refresh", self.name, ",".join(sorted(kinds))))

    def clear(self) -> None:
        self.log.append(("clear", self.name))


class SearchPage(RecordingPage):
    def search(self, text: str, *, focus: bool = True) -> None:
        self.log.append(("search", text))


class RecordPage(RecordingPage):
    nav_title = "Deleted"

    def show_record(self, kind: str, record_id: str) -> bool:
        self.log.append(("show", kind, record_id))
        return kind == "defender"


def _window(make_window: Callable[..., MainWindow], log: list[tuple[str, ...]],
            **kwargs: Any) -> MainWindow:
    def factory(ctx: Any) -> dict[str, QWidget]:
        return {"defenders": RecordingPage("defenders", log),
                "cases": RecordingPage("cases", log),
                "search": SearchPage("search", log),
                "deleted": RecordPage("deleted", log)}

    return make_window(page_factory=factory, **kwargs)


def test_pages_attach_when_first_shown_and_refresh_only_then(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    log: list[tuple[str, ...]] = []
    window = _window(make_window, log)
    unlock(qtbot, window)
    assert log == [("attach", "defenders")]
    titles = [window.workspace.nav.item(i).text() for i in range(window.workspace.nav.count())]
    assert titles == [title for _key, title in SECTIONS] + ["Deleted"]
    assert isinstance(window.pages["threat_log"], PlaceholderPage)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.current_key() == "cases"
    assert log[-1] == ("attach", "cases")
    log.clear()
    with qtbot.waitSignal(window.ctx.data_changed):
        window.ctx.write(lambda desk: desk.records.add("defender", {"name": "A",
                                                                    "consent": "colleagues",
                                                                    "consent_date": "2024-01-15",
                                                                    "consent_how": "written"}))
    assert sorted(log) == [("refresh", "cases", "defender"), ("refresh", "defenders", "defender")]
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.current_key() == "defenders"


def test_search_field_and_record_opening(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
    prompter: ScriptedPrompter,
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    log: list[tuple[str, ...]] = []
    window = _window(make_window, log)
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.search_field.hasFocus()
    qtbot.keyClicks(window.workspace.search_field, "Okoye")
    qtbot.keyClick(window.workspace.search_field, Qt.Key.Key_Return)
    assert ("search", "Okoye") in log
    assert window.workspace.current_key() == "search"
    qtbot.keyClick(window.workspace.search_field, Qt.Key.Key_Escape)
    assert window.workspace.search_field.text() == ""
    window.ctx.open_record("defender", "d-1")
    assert window.workspace.current_key() == "deleted"
    assert ("show", "defender", "d-1") in log
    window.ctx.open_record("training", "t-1")
    assert "cannot be opened" in window.statusBar().currentMessage()


def test_log_incident_without_a_selection_opens_an_empty_form(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    calls: list[tuple[Any, ...]] = []
    window = _window(make_window, [], form_opener=lambda ctx, kind, record_id=None,
                     defaults=None: calls.append((kind, record_id, defaults)))
    unlock(qtbot, window)
    qtbot.mouseClick(window.workspace.incident_button, Qt.MouseButton.LeftButton)
    assert calls == [("incident", None, None)]
    window.lock("manual")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(calls) == 1, "no form while locked"
