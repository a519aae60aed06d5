"""Creating and unlocking the vault from the GUI: the KDF off the GUI thread, plain messages."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from hrd_desk.crypto.keyslot import new_recovery_code
from hrd_desk.errors import DamagedVault
from hrd_desk.services.desk import unlock_desk
from hrd_desk.services.recovery_shares import combine_shares, split_code
from hrd_desk.services.session import create_vault
from hrd_desk.store.migrations import LATEST
from hrd_desk.store.vault import KEYSLOTS_NAME, Vault
from hrd_desk.ui import i18n
from hrd_desk.ui.error_words import damage_reason
from hrd_desk.ui.key_dialogs import CombineSharesDialog
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.vault_screens import estimate_strength

from .conftest import PASSPHRASE, type_and_submit, unlock


def test_first_run_creates_a_vault_that_opens_with_the_passphrase(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    window = make_window()
    screen = window.create_screen
    assert window.gate.currentWidget() is screen
    assert "cannot be recovered" in screen.understood.text()
    assert "no way to recover a lost passphrase" in screen.warning.text()
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClicks(screen.repeat, PASSPHRASE[:-1])
    assert "do not match" in screen.match_text.text()
    assert not screen.create_button.isEnabled()
    qtbot.keyClicks(screen.repeat, PASSPHRASE[-1])
    assert "match" in screen.match_text.text() and "not" not in screen.match_text.text()
    assert not screen.create_button.isEnabled(), "the no-recovery warning must be acknowledged"
    screen.understood.setChecked(True)
    assert screen.create_button.isEnabled()
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert window.ctx.is_open
    assert screen.passphrase.text() == "" and screen.repeat.text() == ""
    Vault.unlock(vault_dir, PASSPHRASE).lock()  # the same passphrase opens it outside the GUI


def test_a_weak_passphrase_cannot_create_a_vault(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    screen = window.create_screen
    screen.understood.setChecked(True)
    for weak in ("short", "aaaaaaaaaaaaaaaa", "password123"):
        screen.passphrase.setText(weak)
        screen.repeat.setText(weak)
        assert not screen.create_button.isEnabled(), weak
        assert screen.strength_text.text().startswith("Strength: Too"), weak
    assert estimate_strength("four random words here").acceptable


def test_wrong_then_right_passphrase(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    window = make_window()
    screen = window.unlock_screen
    assert window.gate.currentWidget() is screen
    type_and_submit(qtbot, screen.passphrase, "not the passphrase")
    qtbot.waitUntil(lambda: not screen.error.isHidden(), timeout=20_000)
    assert "did not open the vault" in screen.error.text()
    assert screen.passphrase.isEnabled() and screen.passphrase.text() == ""
    assert not window.ctx.is_open
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.workspace
    assert screen.error.isHidden()


def test_the_kdf_runs_off_the_gui_thread_with_a_busy_indicator(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    real_unlock = Vault.unlock
    ran_on: list[threading.Thread] = []

    def slow_unlock(directory: Path, passphrase: str) -> Vault:
        ran_on.append(threading.current_thread())
        time.sleep(0.4)
        return real_unlock(directory, passphrase)

    monkeypatch.setattr(Vault, "unlock", staticmethod(slow_unlock))
    window = make_window()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    type_and_submit(qtbot, window.unlock_screen.passphrase, PASSPHRASE)
    assert not window.unlock_screen.busy_bar.isHidden()
    assert not window.unlock_screen.passphrase.isEnabled()
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        pass
    timer.stop()
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert len(ticks) >= 5, "the GUI event loop kept running while the KDF worked"
    assert window.unlock_screen.busy_bar.isHidden()


def test_while_unlocking_the_focus_is_not_left_on_emergency_wipe(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seen at a real window: Enter in the passphrase field disabled it, and the focus went on
    to the one button left enabled, Emergency wipe…, where an impatient second Enter lands."""
    from PySide6.QtWidgets import QApplication

    create_vault(vault_dir, PASSPHRASE)
    real_unlock = Vault.unlock

    def slow_unlock(directory: Path, passphrase: str) -> Vault:
        time.sleep(0.4)
        return real_unlock(directory, passphrase)

    monkeypatch.setattr(Vault, "unlock", staticmethod(slow_unlock))
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = window.unlock_screen
    screen.passphrase.setFocus()
    assert QApplication.focusWidget() is screen.passphrase
    type_and_submit(qtbot, screen.passphrase, "not the passphrase")
    assert not screen.busy_bar.isHidden() and screen.wipe_button.isEnabled()
    assert QApplication.focusWidget() is not screen.wipe_button
    qtbot.waitUntil(lambda: not screen.error.isHidden(), timeout=20_000)
    assert QApplication.focusWidget() is screen.passphrase  # ready for another try


def test_a_damaged_keyslot_file_is_explained_before_asking(
    make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    (vault_dir / KEYSLOTS_NAME).write_bytes(b"\x00garbage")
    window = make_window()
    screen = window.unlock_screen
    assert "This vault cannot be opened" in screen.error.text()
    assert "Nothing was changed" in screen.error.text()
    assert not screen.passphrase.isEnabled() and not screen.unlock_button.isEnabled()


def test_why_a_vault_cannot_be_opened_is_said_in_the_language(
    make_window: Callable[..., MainWindow], vault_dir: Path, qapp: QApplication
) -> None:
    """The keyslot's English ("keyslot file is truncated or unparsable") stayed inside the French
    sentence; a vault a newer hrd-desk made says to update."""
    create_vault(vault_dir, PASSPHRASE)
    good = (vault_dir / KEYSLOTS_NAME).read_bytes()
    (vault_dir / KEYSLOTS_NAME).write_bytes(b"\x00garbage")
    try:
        i18n.apply_language(qapp, "fr")
        text = make_window().unlock_screen.error.text()
        assert "Ce coffre ne peut pas être ouvert : son fichier de clés (keyslot) est abîmé" in text
        assert "unparsable" not in text and "keyslot file" not in text
        (vault_dir / KEYSLOTS_NAME).write_bytes(good)
        conn = Vault.unlock(vault_dir, PASSPHRASE).connect()
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
        conn.close()
        with pytest.raises(DamagedVault) as caught:
            unlock_desk(vault_dir, PASSPHRASE)
        text = damage_reason(caught.value)
        assert f"un hrd-desk plus récent l’a créé (schéma {LATEST + 1}" in text
        assert "mettez hrd-desk à jour" in text and "newer" not in text
    finally:
        i18n.apply_language(qapp, "en")


def test_a_mistyped_recovery_share_is_said_in_the_language(qapp: QApplication) -> None:
    share = split_code(new_recovery_code(), 2, 3)[0].split()
    share[3] = "zebra" if share[3] != "zebra" else "acid"  # a word of the list, checksum broken
    dialog = CombineSharesDialog(combine_shares)
    try:
        i18n.apply_language(qapp, "fr")
        dialog.entry.setPlainText(" ".join(share) + "\n" + " ".join(share[:-2]))
        dialog.ok.click()
        text = dialog.message.text()
        assert text.startswith("Il manque un mot à une part") or "mal saisi" in text, text
        assert "share" not in text and share[0] not in text
    finally:
        i18n.apply_language(qapp, "en")
        dialog.deleteLater()


def test_a_damaged_database_is_a_clear_message_not_a_crash(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    create_vault(vault_dir, PASSPHRASE)
    db = vault_dir / "vault.db"
    db.write_bytes(bytes(len(db.read_bytes())))
    window = make_window()
    type_and_submit(qtbot, window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.waitUntil(lambda: "cannot be opened" in window.unlock_screen.error.text(),
                    timeout=20_000)
    assert not window.ctx.is_open
    assert window.stack.currentWidget() is window.gate


def test_every_input_on_the_gate_has_a_label_and_an_accessible_name(
    make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    window = make_window()
    for screen in (window.create_screen, window.unlock_screen):
        inputs = screen.findChildren(QLineEdit) + screen.findChildren(QAbstractButton)
        assert inputs
        for widget in inputs:
            assert widget.accessibleName(), type(widget).__name__
        buddies = {label.buddy() for label in screen.findChildren(QLabel)}
        for field in screen.findChildren(QLineEdit):
            assert field in buddies
        for box in screen.findChildren(QCheckBox):
            assert box.text()
    assert window.windowTitle() == "hrd-desk"
