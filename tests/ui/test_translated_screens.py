"""Languages (issue 18): the Exchange section, the vault's screens and dialogs and the key
dialogs speak French.

Each screen is built twice on the same vault, once in English and once in French, and every
text a person meets (labels, buttons, tabs, column headings, list lines, placeholders, tooltips,
window titles, names read out by a screen reader) is compared: an English text that the French
screens show too was left untranslated, unless the French catalogue itself keeps it (OK, Type,
Message, "incident") or it is the person's own data (a colleague's name, a fingerprint)."""

from __future__ import annotations

import contextlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from exchange_support import PASSPHRASE, introduce, new_office
from hrd_desk import release_info
from hrd_desk.services import emergency
from hrd_desk.services.desk import unlock_desk
from hrd_desk.services.maintenance import Check, VerifyReport
from hrd_desk.services.recovery_shares import combine_shares, split_code
from hrd_desk.services.session import create_vault
from hrd_desk.ui import i18n
from hrd_desk.ui.about_dialog import AboutDialog
from hrd_desk.ui.attachments_dialog import AttachmentsDialog
from hrd_desk.ui.audit_dialogs import AuditTrailDialog, RecordHistoryDialog
from hrd_desk.ui.key_dialogs import (
    CombineSharesDialog,
    NewPassphraseDialog,
    RecoveryCodeDialog,
    SecurityDialog,
    SharesDialog,
    SplitDialog,
)
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.prompts import TypedConfirmation
from hrd_desk.ui.vault_maintenance import ChangePassphraseDialog, IntegrityReportDialog

from .conftest import unlock
from .exchange_ui_support import exchange_page

CODE = "7K2M-Q9XD-4HTR-8WNB-C3PF-6YJA-0ZGE-5VS1"  # invented: no vault holds it
SHARES = split_code(CODE, 2, 3)
PROPER_NAMES = {"hrd-desk", "Syncthing", release_info.VERSION}
IDS = re.compile(r"[0-9a-f-]{8,}")  # record ids, hashes: data


def _kept_in_french() -> set[str]:
    """Sources the French catalogue translates as themselves (OK, Type, Message, incident)."""
    root = ET.parse(i18n.CATALOGUES / "hrd_desk_fr.ts").getroot()
    return {m.findtext("source") or "" for m in root.iter("message")
            if m.findtext("translation") == m.findtext("source")}


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text shown by `root` and the widgets inside it, in tree order."""
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        if widget.isWindow():
            yield f"{kind}.windowTitle", widget.windowTitle()
        yield f"{kind}.toolTip", widget.toolTip()
        yield f"{kind}.accessibleName", widget.accessibleName()
        if isinstance(widget, QLabel | QAbstractButton):
            yield f"{kind}.text", widget.text()
        if isinstance(widget, QLineEdit):
            yield f"{kind}.placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield f"{kind}.title", widget.title()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{kind}.item", widget.itemText(i)
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{kind}.tab", widget.tabText(i)
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for c in range(header.columnCount()):
                yield f"{kind}.heading", header.text(c)
            for r in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(r)
                for c in range(item.columnCount()):
                    yield f"{kind}.line", item.text(c)
                    yield f"{kind}.lineTip", item.toolTip(c)


def untranslated(english: list[tuple[str, str]], french: list[tuple[str, str]],
                 data: set[str]) -> list[str]:
    """Texts shown in French that are shown in English too: left untranslated. (Compared as
    sets: a widget Qt makes lazily, a header's tooltip, may come or not.)"""
    kept = _kept_in_french() | data
    shown_in_french = {text for _, text in french}
    found = []
    for where, en in english:
        words = en.replace("\n", " ").split()
        if (en in shown_in_french and any(c.isalpha() for c in en) and en not in kept
                and not IDS.fullmatch(en) and not (words and all(w in data for w in words))):
            found.append(f"{where}: {en!r}")
    return sorted(set(found))


def _in_language(language: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.apply_language(app, language)


def _screens(qtbot: QtBot, make_window: Callable[..., MainWindow], vault: Path,
             fresh: Path, defender: str, language: str) -> list[tuple[str, str]]:
    """Every screen and dialog under test, built in `language`."""
    _in_language(language)
    try:
        shown: list[tuple[str, str]] = []
        creating = make_window(vault_dir=fresh)
        shown += texts(creating.create_screen)
        window = make_window(vault_dir=vault)
        shown += texts(window.unlock_screen)
        window.unlock_screen.show_wrong_passphrase()
        shown += texts(window.unlock_screen)
        unlock(qtbot, window)
        page = exchange_page(window)
        page.colleagues.reload()
        page.colleagues.tree.setCurrentItem(page.colleagues.tree.topLevelItem(0))
        page.colleagues.start_compare()
        shown += texts(page)
        report = VerifyReport((Check("keyslot", True, ""), Check("pages", False, "")))
        for dialog in (ChangePassphraseDialog(window), AboutDialog(window),
                       AttachmentsDialog(window.ctx, "defender", defender, window),
                       AuditTrailDialog(window.ctx.reader, window),
                       RecordHistoryDialog(window.ctx.reader, "defender", defender, window),
                       IntegrityReportDialog(report, window),
                       TypedConfirmation(window, "", "", "WIPE"),
                       SecurityDialog(emergency.key_status(vault), window),
                       RecoveryCodeDialog(CODE, lambda _pdf: None, window),
                       SplitDialog(window), NewPassphraseDialog(window),
                       SharesDialog(SHARES, 2, lambda _pdf: None, window),
                       CombineSharesDialog(combine_shares, window)):
            assert isinstance(dialog, QDialog)
            qtbot.waitUntil(lambda: not window.ctx.writes_pending, timeout=20_000)
            QApplication.processEvents()
            shown += texts(dialog)
            dialog.deleteLater()
        window.lock()
        return shown
    finally:
        _in_language("en")


def test_exchange_and_vault_screens_are_all_french_in_french(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path,
) -> None:
    desk, kampala = new_office(tmp_path, "Desk"), new_office(tmp_path, "Kampala")
    introduce(desk, kampala, verified=False)
    defender = desk.work.add("defender", {"name": "Amina", "codename": "Heron"})
    fingerprints = {desk.public.fingerprint_text(), kampala.public.fingerprint_text()}
    data = {"Kampala", "Kampala office", "Amina", "Heron", PASSPHRASE, CODE, *PROPER_NAMES}
    data |= {word for share in SHARES for word in share.split()}
    data |= {group for f in fingerprints for group in f.split()}
    desk.close()
    kampala.close()
    note = tmp_path / "note.txt"
    note.write_text("what the summons said\n")
    with contextlib.closing(unlock_desk(desk.directory, PASSPHRASE)) as opened:
        opened.evidence.add(defender, note)
    data |= {"note.txt", "text/plain"}
    english = _screens(qtbot, make_window, desk.directory, tmp_path / "new-en",
                       defender, "en")
    french = _screens(qtbot, make_window, desk.directory, tmp_path / "new-fr",
                      defender, "fr")
    assert len(english) > 300, "the screens were really walked"
    missing = untranslated(english, french, data)
    assert missing == [], "\n".join(missing)
    assert any(fr == "NON VÉRIFIÉ·E" for _, fr in french), "a colleague's trust, in French"
    assert any(fr.endswith(" octets") for _, fr in french), "an attachment's size, in French"
    assert any(fr == "Phrase de contrainte" for _, fr in french), "the Security dialog, in French"


def test_the_lock_screens_follow_a_language_change_at_once(
    make_window: Callable[..., MainWindow], tmp_path: Path,
) -> None:
    """Settings > Language while unlocked, then Lock: the unlock screen is in the new language
    (the gate's screens are built once, when the window is)."""
    window = make_window(vault_dir=tmp_path / "vault")
    unlock_screen, create_screen = window.unlock_screen, window.create_screen
    assert unlock_screen.unlock_button.text() == "Unlock"
    try:
        _in_language("fr")
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        assert unlock_screen.unlock_button.text() == "Déverrouiller"
        assert unlock_screen.heading.text() == "Déverrouiller votre coffre"
        assert unlock_screen.show_button.text() == "Afficher"
        assert create_screen.heading.text() == "Créer votre coffre"
        assert create_screen.create_button.accessibleName() == "Créer le coffre"
        assert create_screen.where.text().startswith("Dossier du coffre : ")
        _in_language("ar")
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        assert unlock_screen.unlock_button.text() == "فتح"
        assert str(tmp_path) in unlock_screen.where.text()
        assert "\u2066" in unlock_screen.where.text(), "the path stays left to right in Arabic"
    finally:
        _in_language("en")
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
    assert unlock_screen.unlock_button.text() == "Unlock"


def test_the_unlock_screen_buttons_show_their_whole_text_in_every_language(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path,
) -> None:
    """Seen at a real window: in French "Effacement d'urgence…" and "Utiliser des parts de
    récupération…" were cut at both ends, squeezed beside Déverrouiller in the fixed card."""
    create_vault(tmp_path / "vault", PASSPHRASE).lock()
    window = make_window(vault_dir=tmp_path / "vault")
    screen = window.unlock_screen
    buttons = (screen.wipe_button, screen.shares_button, screen.unlock_button)
    try:
        for language in ("en", "fr", "es", "ar"):
            _in_language(language)
            QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
            qtbot.waitUntil(lambda: all(b.width() > 0 for b in buttons))
            QApplication.processEvents()
            for button in buttons:
                assert button.width() >= button.sizeHint().width(), (language, button.text())
    finally:
        _in_language("en")
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
