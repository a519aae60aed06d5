"""Help > Keyboard shortcuts as a table; dialogs' buttons carry words only; Vault > Change
passphrase and Check vault integrity, with the slow work off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from hrd_desk.errors import WrongPassphrase
from hrd_desk.services import maintenance
from hrd_desk.services.session import create_vault, unlock_vault
from hrd_desk.ui.main_window import SHORTCUTS, MainWindow
from hrd_desk.ui.settings import AppSettings
from hrd_desk.ui.settings_dialog import SettingsDialog
from hrd_desk.ui.shortcuts_dialog import ShortcutsDialog
from hrd_desk.ui.vault_maintenance import (
    AskPassphraseDialog,
    ChangePassphraseDialog,
    IntegrityReportDialog,
)

from .conftest import PASSPHRASE, ScriptedPrompter, unlock
from .theme_support import themed

NEW = "lantern orchid kettle river 77"


def test_keyboard_shortcuts_are_a_table_of_keys_and_what_they_do(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    shown: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        shown.append(dialog)
        return 0

    window = make_window(run_dialog=run)
    window.act_shortcuts.trigger()
    assert len(shown) == 1 and isinstance(shown[0], ShortcutsDialog)
    table = shown[0].table
    assert isinstance(table, QTableWidget) and table.columnCount() == 2
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Ctrl+Q"] == "Quit (locks first)"
    assert len(rows) == len(SHORTCUTS)
    for keys in ("Ctrl+F", "Ctrl+L", "Ctrl+Shift+H", "Ctrl+,"):
        assert keys in rows
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(
        "Ctrl+Shift+L or Pause")


def test_settings_buttons_carry_words_only(qtbot: QtBot) -> None:
    with themed("light"):
        dialog = SettingsDialog(AppSettings())
        qtbot.addWidget(dialog)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        assert [b.text() for b in box.buttons()]
        assert all(b.icon().isNull() for b in box.buttons())


@pytest.fixture
def opened(qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
           prompter: ScriptedPrompter) -> Callable[[Callable[[QDialog], int]], MainWindow]:
    create_vault(vault_dir, PASSPHRASE).lock()

    def make(run: Callable[[QDialog], int]) -> MainWindow:
        window = make_window(run_dialog=run)
        unlock(qtbot, window)
        return window

    return make


def test_change_passphrase_locks_rekeys_off_the_gui_thread_and_reopens(
    qtbot: QtBot, opened: Callable[[Callable[[QDialog], int]], MainWindow],
    prompter: ScriptedPrompter, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[threading.Thread, bool]] = []
    windows: list[MainWindow] = []
    real = maintenance.change_passphrase

    def watched(directory: Path, old: str, ask_new: Callable[[], str]) -> None:
        seen.append((threading.current_thread(), windows[0].ctx.is_open))
        real(directory, old, ask_new)

    monkeypatch.setattr(maintenance, "change_passphrase", watched)
    fields: list[object] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, ChangePassphraseDialog)
        fields.extend([dialog.current, dialog.new, dialog.repeat])
        assert [b.text() for b in dialog.buttons.buttons()] == ["Change passphrase", "Cancel"]
        dialog.current.setText(PASSPHRASE)
        dialog.new.setText(NEW)
        assert not dialog.ok.isEnabled(), "the new passphrase must be typed twice"
        dialog.repeat.setText(NEW)
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    window = opened(run)
    windows.append(window)
    with qtbot.waitSignal(window.locked) as locked:
        window.act_passwd.trigger()
    assert locked.args == ["passphrase"]
    assert window.unlock_screen.busy_bar.isVisible(), "no unlocking while it is re-encrypted"
    with qtbot.waitSignal(window.unlocked, timeout=30_000):
        pass
    thread, session_open = seen[0]
    assert thread is not threading.main_thread()
    assert not session_open, "the database was re-encrypted under an open connection"
    assert fields and all(not shiboken6.isValid(f) or f.text() == ""  # type: ignore[attr-defined]
                          for f in fields), "the passphrases are not left in the fields"
    window.lock("manual")
    unlock_vault(vault_dir, NEW).lock()
    with pytest.raises(WrongPassphrase):
        unlock_vault(vault_dir, PASSPHRASE)


def test_a_wrong_current_passphrase_changes_nothing(
    qtbot: QtBot, opened: Callable[[Callable[[QDialog], int]], MainWindow],
    prompter: ScriptedPrompter, vault_dir: Path
) -> None:
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, ChangePassphraseDialog)
        dialog.current.setText("not the passphrase")
        dialog.new.setText(NEW)
        dialog.repeat.setText(NEW)
        return QDialog.DialogCode.Accepted

    window = opened(run)
    window.act_passwd.trigger()
    screen = window.unlock_screen
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=20_000)
    assert "current passphrase was not right" in screen.error.text()
    assert screen.passphrase.isEnabled()
    unlock(qtbot, window)  # the old passphrase still opens it


def test_check_integrity_reports_every_check(
    qtbot: QtBot, opened: Callable[[Callable[[QDialog], int]], MainWindow],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = maintenance.verify_vault

    def watched(directory: Path, ask: Callable[[], str]) -> maintenance.VerifyReport:
        threads.append(threading.current_thread())
        return real(directory, ask)

    monkeypatch.setattr(maintenance, "verify_vault", watched)
    reports: list[tuple[str, list[str]]] = []

    def run(dialog: QDialog) -> int:
        if isinstance(dialog, AskPassphraseDialog):
            dialog.passphrase.setText(PASSPHRASE)
            return QDialog.DialogCode.Accepted
        assert isinstance(dialog, IntegrityReportDialog)
        checks = dialog.checks
        reports.append((dialog.summary.text(), [checks.topLevelItem(i).text(1)
                                                for i in range(checks.topLevelItemCount())]))
        return QDialog.DialogCode.Accepted

    window = opened(run)
    assert window.act_verify in window.menuBar().actions()[0].menu().actions()
    window.act_verify.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    summary, results = reports[0]
    assert summary.startswith("Every check passed")
    assert len(results) >= 5 and set(results) == {"Passed"}
    assert window.act_verify.isEnabled()


def test_the_maintenance_actions_need_an_open_vault(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    assert not window.act_passwd.isEnabled() and not window.act_verify.isEnabled()
    assert QMessageBox  # the questions go through the prompter, never a bare box


def test_a_new_language_says_when_the_pages_follow(
    opened: Callable[[Callable[[QDialog], int]], MainWindow], prompter: ScriptedPrompter,
) -> None:
    """Seen at a real window: after choosing French in Settings, the menus and sections were
    French and the open page stayed English, without a word why (pages follow at unlock)."""
    chosen: list[str] = ["fr"]

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, SettingsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData(chosen[0]))
        return int(QDialog.DialogCode.Accepted)

    window = opened(run)
    try:
        window.open_settings()
        infos = [c for c in prompter.calls if c[0] == "info"]
        assert len(infos) == 1 and "verrouillez" in infos[0][2].lower()  # in the new language
        window.open_settings()  # the same language again: nothing to say
        assert len([c for c in prompter.calls if c[0] == "info"]) == 1
    finally:
        window.apply_settings(AppSettings(), persist=False)
