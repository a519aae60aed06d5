"""Keys and emergencies in the GUI (issue 12): emergency wipe from the menu and the unlock screen,
the recovery code (shown once with a QR code, saved as PDF, accepted at unlock, then a new
passphrase), the duress passphrase and wipe after failed unlocks, failed unlocks told once,
record history and the audit trail, and no key material left after lock."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import nacl.public
import nacl.signing
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from hrd_desk.crypto.identity import Identity
from hrd_desk.errors import WrongPassphrase
from hrd_desk.services import emergency
from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session, create_vault
from hrd_desk.store import vault_files
from hrd_desk.store.vault import Vault
from hrd_desk.ui.audit_dialogs import AuditTrailDialog, RecordHistoryDialog
from hrd_desk.ui.key_dialogs import (
    CombineSharesDialog,
    DuressDialog,
    NewPassphraseDialog,
    RecoveryCodeDialog,
    SecurityDialog,
    SharesDialog,
    SplitDialog,
)
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.prompts import TypedConfirmation
from hrd_desk.ui.vault_maintenance import AskPassphraseDialog

from .conftest import PASSPHRASE, ScriptedPrompter, type_and_submit, unlock

NEW = "lantern orchid kettle river 77"
DURESS = "borrowed umbrella on a tuesday"
SECRET_NAME = "MARKER Amina Okoye"


@pytest.fixture
def made(vault_dir: Path) -> str:
    """A vault with one defender; returns the defender's id."""
    vault = create_vault(vault_dir, PASSPHRASE)
    with Session(vault) as session:
        defender = Casework(session).add("defender", {"name": SECRET_NAME,
                                                      "consent": "colleagues",
                                                      "consent_date": "2024-01-15",
                                                      "consent_how": "written"})
    vault.lock()
    return defender


Script = list[Callable[[QDialog], int]]


def scripted(steps: Script) -> Callable[[QDialog], int]:
    """run_dialog answering each dialog with the next step (which may fill it in)."""
    def run(dialog: QDialog) -> int:
        assert steps, f"unexpected dialog {type(dialog).__name__}"
        return steps.pop(0)(dialog)
    return run


def wait_for_create_screen(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.gate.currentWidget() is window.create_screen
                    and not window.keys.wiping, timeout=20_000)


# -- emergency wipe --------------------------------------------------------------------------


def test_the_typed_confirmation_defaults_to_cancel_and_needs_the_word(qtbot: QtBot) -> None:
    dialog = TypedConfirmation(None, "Emergency wipe", "text", emergency.WIPE_WORD)
    qtbot.addWidget(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert cancel.isDefault() and not ok.isDefault()
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.entry, "wipe")
    assert not ok.isEnabled(), "the word is typed exactly"
    dialog.entry.setText("")
    qtbot.keyClicks(dialog.entry, "WIPE")
    assert ok.isEnabled()
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize(("typed", "result"), [
    ("", QDialog.DialogCode.Rejected), ("WIP", QDialog.DialogCode.Rejected),
    ("wipe", QDialog.DialogCode.Rejected), ("WIPE", QDialog.DialogCode.Accepted)])
def test_enter_in_the_typed_confirmation_confirms_only_once_the_word_is_typed(
        qtbot: QtBot, typed: str, result: QDialog.DialogCode) -> None:
    """Seen in a real window: a caseworker typed PURGE and pressed Enter, and Enter cancelled
    (Cancel stayed the default). Until the word is exact, Enter still cancels."""
    dialog = TypedConfirmation(None, "Emergency wipe", "text", emergency.WIPE_WORD)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.entry, "WIPE")
    dialog.entry.setText(typed)  # typed, or typed and then changed back
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok.isDefault() == (result == QDialog.DialogCode.Accepted) != cancel.isDefault()
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert dialog.result() == result


def test_wipe_from_the_unlock_screen_asks_first_then_destroys_and_shows_create(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
    prompter: ScriptedPrompter,
) -> None:
    window = make_window()
    screen = window.unlock_screen
    button = screen.wipe_button
    assert isinstance(button, QPushButton) and not button.isDefault()
    assert not button.autoDefault() and screen.unlock_button.isDefault()
    prompter.typed_answers = [False]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert prompter.calls[-1][0] == "confirm_typed"
    assert "neither the passphrase nor the recovery code" in prompter.calls[-1][2]
    assert emergency.vault_exists(vault_dir), "cancelled: nothing destroyed"
    prompter.typed_answers = [True]
    screen.wipe_button.setFocus()
    qtbot.keyClick(screen.wipe_button, Qt.Key.Key_Space)  # keyboard alone
    wait_for_create_screen(qtbot, window)
    assert not vault_dir.exists() or not any(vault_dir.iterdir())
    assert prompter.calls[-1][:2] == ("info", "Vault wiped")


def test_wipe_from_the_vault_menu_locks_first(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
    prompter: ScriptedPrompter,
) -> None:
    window = make_window()
    unlock(qtbot, window)
    assert window.act_wipe in window.menuBar().actions()[0].menu().actions()
    prompter.typed_answers = [True]
    with qtbot.waitSignal(window.locked) as locked:
        window.act_wipe.trigger()
    assert locked.args == ["wipe"]
    wait_for_create_screen(qtbot, window)
    assert not window.ctx.is_open
    with pytest.raises(Exception):  # noqa: B017 - NoVault: nothing left to open
        Vault.unlock(vault_dir, PASSPHRASE)


def test_a_wipe_that_cannot_destroy_the_keys_says_so(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
    prompter: ScriptedPrompter, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(vault_files, "shred", lambda path: False)  # a read-only medium
    window = make_window()
    prompter.typed_answers = [True]
    window.unlock_screen.wipe_button.click()
    qtbot.waitUntil(lambda: bool(prompter.calls) and prompter.calls[-1][0] == "error",
                    timeout=20_000)
    assert "could NOT be destroyed" in prompter.calls[-1][2]
    assert window.gate.currentWidget() is window.unlock_screen  # the vault is still there


# -- recovery code ---------------------------------------------------------------------------


def _give_passphrase(passphrase: str) -> Callable[[QDialog], int]:
    def step(dialog: QDialog) -> int:
        assert isinstance(dialog, AskPassphraseDialog)
        assert not dialog.ok.isDefault() or dialog.ok.text() != "Remove"
        dialog.passphrase.setText(passphrase)
        return QDialog.DialogCode.Accepted
    return step


def _press(name: str) -> Callable[[QDialog], int]:
    def step(dialog: QDialog) -> int:
        assert isinstance(dialog, SecurityDialog)
        getattr(dialog, name).click()
        return dialog.result()
    return step


def test_make_a_recovery_code_shown_once_with_qr_and_pdf_then_it_opens_the_vault(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
    prompter: ScriptedPrompter, tmp_path: Path,
) -> None:
    codes: list[str] = []
    pdf = tmp_path / "code.pdf"

    def show_code(dialog: QDialog) -> int:
        assert isinstance(dialog, RecoveryCodeDialog)
        codes.append(dialog.code_label.text())
        pixmap = dialog.qr.pixmap()
        assert pixmap is not None and not pixmap.isNull() and pixmap.width() > 100
        prompter.files = [str(pdf)]
        dialog.save_pdf.click()
        return QDialog.DialogCode.Accepted

    steps: Script = [_press("add_recovery"), _give_passphrase(PASSPHRASE), show_code]
    window = make_window(run_dialog=scripted(steps))
    unlock(qtbot, window)
    with qtbot.waitSignal(window.unlocked, timeout=30_000):
        window.act_security.trigger()
    assert not steps
    code = codes[0]
    assert len(code.replace("-", "")) == 32
    assert pdf.read_bytes().startswith(b"%PDF")
    assert any("in clear" in c[2] for c in prompter.calls if c[0] == "info")
    Vault.unlock(vault_dir, code).lock()
    assert emergency.key_status(vault_dir).recovery_code
    window.lock("manual")
    assert not [c for c in window.findChildren(RecoveryCodeDialog)
                if c.code_label.text()], "the code stays on no widget"


def test_the_unlock_screen_takes_the_recovery_code_and_offers_a_new_passphrase(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
) -> None:
    code = emergency.add_recovery_code(vault_dir, PASSPHRASE)
    offered: list[NewPassphraseDialog] = []

    def set_new(dialog: QDialog) -> int:
        assert isinstance(dialog, NewPassphraseDialog)
        offered.append(dialog)
        labels = [b.text() for b in dialog.buttons.buttons()]
        assert labels == ["Set passphrase", "Later"]
        dialog.new.setText(NEW)
        assert not dialog.ok.isEnabled(), "typed twice"
        dialog.repeat.setText(NEW)
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    window = make_window(run_dialog=scripted([set_new]))
    assert "recovery code" in window.unlock_screen.intro.text()
    unlock(qtbot, window, code.lower().replace("-", " "))  # as people type it
    assert offered and window.ctx.is_open
    assert window.ctx.reader.records.count("defender") == 1
    window.lock("manual")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    Vault.unlock(vault_dir, NEW).lock()
    Vault.unlock(vault_dir, code).lock()


def test_later_keeps_the_old_passphrase(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
) -> None:
    code = emergency.add_recovery_code(vault_dir, PASSPHRASE)
    window = make_window(run_dialog=scripted([lambda d: QDialog.DialogCode.Rejected]))
    unlock(qtbot, window, code)
    window.lock("manual")
    Vault.unlock(vault_dir, PASSPHRASE).lock()


def test_remove_the_recovery_code(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
) -> None:
    code = emergency.add_recovery_code(vault_dir, PASSPHRASE)
    window = make_window(run_dialog=scripted(
        [_press("remove_recovery"), _give_passphrase(PASSPHRASE)]))
    unlock(qtbot, window)
    with qtbot.waitSignal(window.unlocked, timeout=30_000):
        window.act_security.trigger()
    assert not emergency.key_status(vault_dir).recovery_code
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, code)


# -- duress and wipe after failed unlocks ----------------------------------------------------


def test_security_dialog_words_and_keyboard(qtbot: QtBot) -> None:
    dialog = SecurityDialog(emergency.KeyStatus(False, 0, "vault.db"))
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.recovery_state)))
    assert "destroys the vault" in texts and "decoy" in texts
    assert "copied the vault's files" in texts
    assert dialog.wipe_after.text() == "Never" and dialog.wipe_after_count() == 0
    assert not dialog.remove_recovery.isEnabled()
    for button in dialog.findChildren(QPushButton):
        if button.text() != "Close":
            assert not button.isDefault() and not button.autoDefault(), button.text()
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.choice is None


def test_set_a_duress_passphrase_then_typing_it_at_unlock_destroys_the_vault(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
    prompter: ScriptedPrompter,
) -> None:
    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, DuressDialog)
        dialog.current.setText(PASSPHRASE)
        dialog.duress.setText(DURESS)
        dialog.repeat.setText(DURESS)
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    window = make_window(run_dialog=scripted([_press("set_duress"), fill]))
    unlock(qtbot, window)
    window.act_security.trigger()
    qtbot.waitUntil(lambda: bool(prompter.calls)
                    and prompter.calls[-1][1] == "Duress passphrase set",
                    timeout=20_000)
    window.lock("manual")
    type_and_submit(qtbot, window.unlock_screen.passphrase, DURESS)
    qtbot.waitUntil(lambda: window.unlock_screen.error.isVisible(), timeout=20_000)
    assert "did not open" in window.unlock_screen.error.text()  # like a wrong passphrase
    assert not emergency.vault_exists(vault_dir)


def test_wipe_after_failed_unlocks_is_set_from_the_dialog(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
    prompter: ScriptedPrompter,
) -> None:
    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, SecurityDialog)
        assert not dialog.apply_wipe_after.isEnabled()
        dialog.wipe_after.setValue(5)
        dialog.apply_wipe_after.click()
        return dialog.result()

    window = make_window(run_dialog=scripted([choose, _give_passphrase(PASSPHRASE)]))
    unlock(qtbot, window)
    window.act_security.trigger()
    qtbot.waitUntil(lambda: emergency.key_status(vault_dir).wipe_after_failures == 5,
                    timeout=20_000)
    qtbot.waitUntil(lambda: any("after 5 wrong" in c[2] for c in prompter.calls),
                    timeout=5_000)


# -- failed unlocks ----------------------------------------------------------------------------


def test_failed_unlocks_are_told_once_after_the_next_unlock(
    qtbot: QtBot, make_window: Callable[..., MainWindow], made: str,
    prompter: ScriptedPrompter,
) -> None:
    window = make_window()
    screen = window.unlock_screen
    for _ in range(2):
        type_and_submit(qtbot, screen.passphrase, "a wrong guess")
        qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=20_000)
    unlock(qtbot, window)
    told = [c for c in prompter.calls if c[1] == "Failed unlock attempts"]
    assert len(told) == 1 and told[0][2].startswith("2 failed attempts")
    window.lock("manual")
    unlock(qtbot, window)
    assert len([c for c in prompter.calls if c[1] == "Failed unlock attempts"]) == 1


# -- history and audit -------------------------------------------------------------------------


def test_a_defenders_history_names_actions_and_fields_never_contents(
    qtbot: QtBot, make_window: Callable[..., MainWindow], made: str,
    leak_scan: Callable[..., list[str]],
) -> None:
    window = make_window()
    unlock(qtbot, window)
    window.ctx.open_record("defender", made)
    view = window.pages["defenders"].view
    view.history_button.click()
    dialogs = [d for d in window.findChildren(RecordHistoryDialog) if d.isVisible()]
    assert len(dialogs) == 1
    table = dialogs[0].table
    assert table.topLevelItemCount() == 1
    row = [table.topLevelItem(0).text(c) for c in range(3)]
    assert row[1] == "Created" and "name" in row[2]
    assert SECRET_NAME not in " ".join(row)
    window.lock("manual")
    assert leak_scan(window, "Created") == []


def test_audit_trail_shows_the_chain_check(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
) -> None:
    shown: list[AuditTrailDialog] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, AuditTrailDialog)
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    window = make_window(run_dialog=look)
    unlock(qtbot, window)
    window.act_audit.trigger()
    assert "is whole" in shown[0].verdict.text()
    assert shown[0].table.topLevelItemCount() >= 1
    window.lock("manual")
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    conn = vault.connect()
    conn.execute("DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)")
    conn.close()
    vault.lock()
    unlock(qtbot, window)
    window.act_audit.trigger()
    assert "broken at event" in shown[1].verdict.text()


# -- memory ----------------------------------------------------------------------------------


def _reachable(*roots: object) -> Iterator[object]:
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, type) or type(obj).__name__ in (
                "module", "function", "builtin_function_or_method", "method_descriptor"):
            continue
        seen.add(id(obj))
        yield obj
        stack.extend(gc.get_referents(obj))


def test_after_lock_the_window_reaches_no_key_material(
    qtbot: QtBot, make_window: Callable[..., MainWindow], made: str,
) -> None:
    window = make_window()
    unlock(qtbot, window)
    window.ctx.open_record("defender", made)
    reader = window.ctx.reader
    holder = reader._vault._key
    assert holder is not None
    key = bytes(holder.value)
    signing, box = reader._current_session().identity.secret_bytes()
    roots = (window.__dict__, window.ctx.__dict__, window.gate.__dict__, window.keys.__dict__,
             window.workspace.__dict__)
    assert any(isinstance(o, Identity) for o in _reachable(*roots)), "the walk sees the keys"
    window.lock("manual")
    assert holder.wiped
    for obj in _reachable(*roots):
        assert not isinstance(obj, (Identity, nacl.signing.SigningKey, nacl.public.PrivateKey))
        if isinstance(obj, (bytes, bytearray)):
            assert key not in obj and signing not in obj and box not in obj
        if isinstance(obj, str):
            assert key.hex() not in obj.lower()


# -- recovery shares ---------------------------------------------------------------------------


def test_recovery_shares_made_from_security_then_combined_on_the_unlock_screen(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
    prompter: ScriptedPrompter, tmp_path: Path,
) -> None:
    got: list[str] = []
    pdf = tmp_path / "shares.pdf"

    def split(dialog: QDialog) -> int:
        assert isinstance(dialog, SplitDialog)
        dialog.count.setValue(3)
        dialog.threshold.setValue(2)
        assert not dialog.ok.isEnabled(), "the passphrase is asked"
        dialog.passphrase.setText(PASSPHRASE)
        return QDialog.DialogCode.Accepted

    def keep(dialog: QDialog) -> int:
        assert isinstance(dialog, SharesDialog)
        got.extend(label.text() for label in dialog.share_labels)
        prompter.files = [str(pdf)]
        dialog.save_pdf.click()
        return QDialog.DialogCode.Accepted

    def combine(dialog: QDialog) -> int:
        assert isinstance(dialog, CombineSharesDialog)
        dialog.entry.setPlainText(got[0])
        dialog.ok.click()  # one share is not enough: said in the dialog, which stays
        assert not dialog.message.isHidden() and "2 different shares" in dialog.message.text()
        # the share's words are not echoed (three in a row: one word alone may sit inside
        # the message's own, as "cover" in "recovery")
        assert " ".join(got[0].split()[:3]) not in dialog.message.text()
        dialog.entry.setPlainText(f"{got[2]}\n\n{got[0].upper()}\n")
        dialog.ok.click()
        return dialog.result()

    def later(dialog: QDialog) -> int:
        assert isinstance(dialog, NewPassphraseDialog)
        return QDialog.DialogCode.Rejected

    steps: Script = [_press("split_recovery"), split, keep, combine, later]
    window = make_window(run_dialog=scripted(steps))
    unlock(qtbot, window)
    with qtbot.waitSignal(window.unlocked, timeout=30_000):
        window.act_security.trigger()
    assert len(got) == 3 and all(len(share.split()) >= 20 for share in got)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") == 3  # a page per share
    window.lock("manual")
    screen = window.unlock_screen
    assert not screen.shares_button.isDefault()
    with qtbot.waitSignal(window.unlocked, timeout=30_000):
        screen.shares_button.click()
    assert not steps and window.ctx.is_open
    window.lock("manual")
    assert not [d for d in window.findChildren(SharesDialog) if d.share_labels[0].text()]


def test_the_duress_passphrase_typed_into_a_change_wipes_and_leaves_the_workspace(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
    prompter: ScriptedPrompter,
) -> None:
    emergency.set_duress_passphrase(vault_dir, PASSPHRASE, DURESS)
    window = make_window(run_dialog=scripted([_press("remove_duress"), _give_passphrase(DURESS)]))
    unlock(qtbot, window)
    window.act_security.trigger()
    qtbot.waitUntil(lambda: window.gate.currentWidget() is window.create_screen, timeout=20_000)
    assert not window.ctx.is_open and not emergency.vault_exists(vault_dir)
    assert "did not open the vault" in prompter.calls[-1][2]  # like a wrong passphrase


# -- identity rotation (issue 12) ------------------------------------------------------------


def test_rotate_identity_keys_from_security_shows_the_new_fingerprint_and_reopens(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
    prompter: ScriptedPrompter,
) -> None:
    with Session(Vault.unlock(vault_dir, PASSPHRASE)) as session:
        old = session.identity.public
    window = make_window(run_dialog=scripted(
        [_press("rotate_identity"), _give_passphrase(PASSPHRASE)]))
    unlock(qtbot, window)
    with qtbot.waitSignal(window.unlocked, timeout=30_000):
        window.act_security.trigger()
    told = [c for c in prompter.calls if c[0] == "info" and c[1] == "New identity keys"]
    assert len(told) == 1
    with Session(Vault.unlock(vault_dir, PASSPHRASE)) as session:
        new = session.identity.public
        assert Casework(session).get("defender", made).fields["name"] == SECRET_NAME
    assert new != old and new.fingerprint_text() in told[0][2]
    assert old.fingerprint_text() not in told[0][2]
    desk = window.ctx.desk
    assert desk is not None and desk.colleagues.identity().fingerprint == new.fingerprint_text()


def test_say_the_vault_was_restored_from_security_starts_a_new_epoch(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, made: str,
    prompter: ScriptedPrompter,
) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    with Session(vault) as session:
        before, key = session.vault_id, session.identity.public
    vault.lock()
    window = make_window(run_dialog=scripted([_press("restored"),
                                              _give_passphrase(PASSPHRASE)]))
    unlock(qtbot, window)
    with qtbot.waitSignal(window.unlocked, timeout=30_000):
        window.act_security.trigger()
    assert any(c[0] == "info" and "new epoch" in c[2] for c in prompter.calls)
    desk = window.ctx.desk
    assert desk is not None and desk.vault_id != before
    with Session(Vault.unlock(vault_dir, PASSPHRASE)) as session:
        assert session.identity.public == key and session.vault_id == desk.vault_id
        assert before in session.own_origins()
