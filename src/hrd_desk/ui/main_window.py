"""The main window: the locked gate (create / unlock), the workspace, and locking.

Shortcuts (also in Help > Keyboard shortcuts):
- Ctrl+F search everything; Ctrl+N log an incident for the selected defender; Ctrl+0 the start
  screen (Today, shown after unlock); Ctrl+1..7 sections; Alt+Left back.
- Ctrl+L lock. Panic: Ctrl+Shift+L or the Pause key lock, repaint the lock screen and minimise
  at once (so the taskbar thumbnail shows the lock screen). Both work from any hrd-desk window.

Locking (also on idle, sleep and OS screen lock): unsaved forms are kept as drafts in the vault,
the writer's jobs are cancelled and its connection closed, late results are dropped (epoch),
every page is cleared, emptied and deleted (pages are rebuilt at the next unlock), the search
field, status bar and our clipboard content are cleared, and the lock screen is painted.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from ..errors import HrdDeskError, WrongPassphrase
from ..services import maintenance
from ..services.desk import Desk
from ..services.maintenance import VerifyReport
from ..services.topics import PendingDraft
from .about_dialog import AboutDialog
from .app_context import LiveContext
from .attachments_dialog import close_evidence_windows
from .clipboard import CLEAR_AFTER_MS, SecretClipboard
from .contracts import Prompter
from .drafts import (
    collect_drafts,
    draft_deleter,
    drafts_writer,
    find_draft_holders,
    reopen_drafts,
)
from .error_words import failure_fragment, failure_sentence
from .gate import VaultGate
from .i18n import QT_TRANSLATE_NOOP, apply_language, filled, plural, translate
from .key_actions import KeyActions
from .locking import AutoLock, Clock, scrub_tree
from .page_registry import (
    SECTIONS,
    PageFactory,
    build_all_pages,
    module_by_name,
    section_title,
)
from .prompts import DialogPrompter, RunDialog
from .screen_lock import ScreenLockWatcher
from .settings import AppSettings, load_settings, save_settings
from .settings_dialog import SettingsDialog
from .shortcuts_dialog import ShortcutsDialog
from .tasks import BackgroundTasks
from .theme import apply_theme
from .vault_maintenance import AskPassphraseDialog, ChangePassphraseDialog, IntegrityReportDialog
from .vault_screens import CreateVaultScreen, UnlockScreen
from .workspace import Workspace

log = logging.getLogger(__name__)

APP_TITLE = "hrd-desk"
MIN_WIDTH_EM, MIN_HEIGHT_EM = 44, 34
DEFAULT_SECTION = "defenders"
START_PAGE = "start"  # the start screen, shown after unlock when the pages have one
FormOpener = Callable[..., Any]
SHORTCUTS = (
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search everything")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Log an incident for the selected defender")),
    ("Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts", "Today: what needs attention (the start screen)")),
    ("Ctrl+1 … Ctrl+9",
     QT_TRANSLATE_NOOP("Shortcuts", "Go to a section (Ctrl+1 shows the list of defenders)")),
    ("Alt+Left", QT_TRANSLATE_NOOP("Shortcuts", "Back")),
    ("Ctrl+Shift+H",
     QT_TRANSLATE_NOOP("Shortcuts", "Show or hide every hidden value in a form or on a page")),
    ("Ctrl+S or Ctrl+Enter",
     QT_TRANSLATE_NOOP("Shortcuts", "Save a form; record a check-in as done")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts", "Tasks: mark the selected task done")),
    ("Esc",
     QT_TRANSLATE_NOOP("Shortcuts", "Close a form; back to the list from a defender's page")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Lock the vault")),
    ("Ctrl+Shift+L or Pause", QT_TRANSLATE_NOOP("Shortcuts", "Panic: lock and minimise at once")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit (locks first)")),
)


def distinct_keys(keys: tuple[QKeySequence | QKeySequence.StandardKey | str, ...]
                  ) -> list[QKeySequence]:
    """Each key sequence once: a standard key that is also listed by hand (Quit is Ctrl+Q on
    Linux) would make Qt report an ambiguous shortcut and do nothing."""
    seen: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            candidates = QKeySequence.keyBindings(key)
        else:
            candidates = [QKeySequence(key)]
        seen += [c for c in candidates if not c.isEmpty() and c not in seen]
    return seen


def _exec_dialog(dialog: QDialog) -> int:
    return int(dialog.exec())


def _real_form_opener() -> FormOpener | None:
    module = module_by_name("hrd_desk.ui.forms")
    opener = getattr(module, "open_form", None)
    return opener if callable(opener) else None


class MainWindow(QMainWindow):
    unlocked = Signal()
    locked = Signal(str)  # reason: manual, panic, idle, sleep, screen-lock, quit

    def __init__(
        self,
        vault_dir: Path,
        *,
        prompter: Prompter | None = None,
        clock: Clock | None = None,
        settings: AppSettings | None = None,
        page_factory: PageFactory | None = None,
        form_opener: FormOpener | None = None,
        run_dialog: RunDialog = _exec_dialog,
        clipboard_clear_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__()
        self.setWindowTitle(APP_TITLE)
        self.vault_dir = vault_dir
        self.settings = settings or load_settings()
        self.prompter: Prompter = prompter or DialogPrompter(self, run=run_dialog)
        self._run_dialog = run_dialog
        self._page_factory = page_factory
        self._form_opener = form_opener
        self.tasks = BackgroundTasks(self)
        self.clipboard = SecretClipboard(self, clear_after_ms=clipboard_clear_ms)
        self.clipboard.copied.connect(self._copied)
        self.ctx = LiveContext(self.prompter, open_record=self.open_record,
                               copy_to_clipboard=self.clipboard.copy, parent=self)
        self.ctx.data_changed.connect(self._refresh_pages)
        self.auto_lock = AutoLock(clock, idle_timeout_s=self.settings.idle_timeout_s, parent=self)
        self.auto_lock.lock_requested.connect(self.lock)
        self.screen_watch = ScreenLockWatcher(self)
        self.screen_watch.os_locked.connect(self.lock)
        self.auto_lock.beat.connect(self.screen_watch.poll)
        self._locking = False
        self._shut_down = False
        self._lost_drafts = 0
        self.keys = KeyActions(self)
        self.gate = VaultGate(vault_dir, self.tasks, still_wanted=lambda: not self.ctx.is_open)
        self.gate.opened.connect(self._opened)
        self.gate.unlock_screen.wipe_requested.connect(self.keys.wipe)
        self.gate.unlock_screen.shares_requested.connect(self.keys.use_shares)
        self.workspace = Workspace()
        self.workspace.lock_clicked.connect(lambda: self.lock("manual"))
        self.workspace.incident_clicked.connect(self.log_incident)
        self.workspace.status.connect(self._status)
        self._build_actions()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.gate)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self._fit_to_screen()
        self.show_gate()

    # -- building ------------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """About 100 by 64 em, but never more than 95% of the screen (at 200% on a 1600x1000
        screen that is 800x500 logical pixels: the Lock button must stay on it)."""
        em = self.fontMetrics().horizontalAdvance("M")
        # Small enough for 800x500 logical pixels (1600x1000 at 200%), large enough that the
        # largest thing that must be seen whole, the identity QR code (16 em), fits in a page.
        self.setMinimumSize(em * MIN_WIDTH_EM, em * MIN_HEIGHT_EM)
        width, height = em * 100, em * 64
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, round(available.width() * 0.95))
            height = min(height, round(available.height() * 0.95))
        self.resize(width, height)

    def _action(self, text: Callable[[], str], slot: Callable[[], object],
                *keys: QKeySequence | QKeySequence.StandardKey | str,
                app_wide: bool = False) -> QAction:
        """An action whose text `text()` gives in the current language (again at a language
        change: retranslate)."""
        action = QAction(text(), self)
        self._texts.append((action, text))
        action.setShortcuts(distinct_keys(keys))
        if app_wide:
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self._texts: list[tuple[QAction | QMenu, Callable[[], str]]] = []
        self.act_incident = self._action(lambda: translate("MainWindow", "Log incident…"),
                                         self.log_incident, "Ctrl+N")
        self.act_lock = self._action(lambda: translate("MainWindow", "Lock"),
                                     lambda: self.lock("manual"), "Ctrl+L", app_wide=True)
        self.act_panic = self._action(lambda: translate("MainWindow", "Panic: lock and minimise"),
                                      self.panic, "Ctrl+Shift+L",
                                      QKeySequence(Qt.Key.Key_Pause), app_wide=True)
        self.act_settings = self._action(lambda: translate("MainWindow", "Settings…"),
                                         self.open_settings,
                                         QKeySequence.StandardKey.Preferences, "Ctrl+,")
        self.act_passwd = self._action(lambda: translate("MainWindow", "Change passphrase…"),
                                       self.change_passphrase)
        self.act_verify = self._action(lambda: translate("MainWindow", "Check vault integrity…"),
                                       self.check_integrity)
        self.act_import_sheet = self._action(
            lambda: translate("MainWindow", "Import from a spreadsheet…"), self.import_sheet)
        self.act_security = self._action(lambda: translate("MainWindow", "Security…"),
                                         lambda: self.keys.security())
        self.act_audit = self._action(lambda: translate("MainWindow", "Audit trail…"),
                                      lambda: self.keys.audit_trail())
        self.act_wipe = self._action(lambda: translate("MainWindow", "Emergency wipe…"),
                                     lambda: self.keys.wipe())
        self.act_quit = self._action(lambda: translate("MainWindow", "Quit"), self.close,
                                     QKeySequence.StandardKey.Quit, "Ctrl+Q", app_wide=True)
        self.act_search = self._action(lambda: translate("MainWindow", "Search"),
                                       self.workspace.focus_search, "Ctrl+F")
        self.act_back = self._action(lambda: translate("MainWindow", "Back"),
                                     self.workspace.go_back, "Alt+Left")
        self.act_start = self._action(lambda: translate("MainWindow", "Today"),
                                      functools.partial(self.go, START_PAGE), "Ctrl+0")
        self.act_sections = [
            self._action(functools.partial(section_title, title),
                         functools.partial(self.go, key), f"Ctrl+{n}")
            for n, (key, title) in enumerate(SECTIONS, start=1)
        ]
        self.act_shortcuts = self._action(lambda: translate("MainWindow", "Keyboard shortcuts"),
                                          self.show_shortcuts,
                                          QKeySequence.StandardKey.HelpContents)
        self.act_about = self._action(lambda: translate("MainWindow", "About hrd-desk"),
                                      self.show_about)
        menus = self.menuBar()
        vault_menu = self._menu(lambda: translate("MainWindow", "&Vault"))
        for action in (self.act_incident, self.act_import_sheet, self.act_lock, self.act_panic,
                       None,
                       self.act_passwd, self.act_security, self.act_verify, self.act_audit,
                       self.act_settings, None, self.act_wipe, None, self.act_quit):
            if action is None:
                vault_menu.addSeparator()
            else:
                vault_menu.addAction(action)
        go_menu = self._menu(lambda: translate("MainWindow", "&Go"))
        go_menu.addAction(self.act_search)
        go_menu.addAction(self.act_back)
        go_menu.addSeparator()
        go_menu.addAction(self.act_start)
        for action in self.act_sections:
            go_menu.addAction(action)
        help_menu = self._menu(lambda: translate("MainWindow", "&Help"))
        help_menu.addAction(self.act_shortcuts)
        help_menu.addAction(self.act_about)
        del menus
        self._workspace_actions = [self.act_incident, self.act_import_sheet, self.act_lock,
                                   self.act_search,
                                   self.act_back, self.act_start, self.act_passwd,
                                   self.act_verify, self.act_security, self.act_audit,
                                   *self.act_sections]

    def _menu(self, text: Callable[[], str]) -> QMenu:
        menu = self.menuBar().addMenu(text())
        self._texts.append((menu, text))
        return menu

    def retranslate(self) -> None:
        """Menus and actions in the current language (the workspace does its own part)."""
        for item, text in self._texts:
            if isinstance(item, QMenu):
                item.setTitle(text())
            else:
                item.setText(text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the gate: create / unlock ---------------------------------------------------------

    def show_gate(self) -> None:
        """Show the create or unlock screen (at start and at every lock)."""
        for action in self._workspace_actions:
            action.setEnabled(False)
        self.stack.setCurrentWidget(self.gate)
        self.gate.show_start()

    @property
    def unlock_screen(self) -> UnlockScreen:
        return self.gate.unlock_screen

    @property
    def create_screen(self) -> CreateVaultScreen:
        return self.gate.create_screen

    @Slot(object)
    def _opened(self, desk: Desk) -> None:
        if self.keys.wiping:  # an unlock that finished while the vault was being wiped
            desk.lock()
            return
        self.keys.after_unlock(desk, self._open_desk)

    def _open_desk(self, desk: Desk) -> None:
        try:
            self.ctx.open(desk)
        except HrdDeskError as exc:
            desk.lock()
            self.gate.show_open_failure(exc)
            return
        self._enter_workspace()
        self.keys.tell_failed_unlocks(desk)

    # -- the workspace ---------------------------------------------------------------------

    def _enter_workspace(self) -> None:
        self.gate.reset()
        self.unlock_screen.show_reason("")
        self.workspace.populate(self.ctx, build_all_pages(self.ctx, self._page_factory))
        for action in self._workspace_actions:
            action.setEnabled(True)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.go(START_PAGE if START_PAGE in self.pages else DEFAULT_SECTION)
        page = self.workspace.current_page()
        if page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.auto_lock.idle_timeout_s = self.settings.idle_timeout_s
        self.auto_lock.arm()
        self._reopen_drafts()
        self.unlocked.emit()

    @property
    def pages(self) -> dict[str, QWidget]:
        return self.workspace.pages

    def go(self, key: str) -> None:
        if self.ctx.is_open:
            self.workspace.go(key)

    def open_record(self, kind: str, record_id: str) -> None:
        """contracts.AppContext.open_record: show the record on a page that can."""
        if self.ctx.is_open:
            self.workspace.open_record(kind, record_id)

    @Slot(object)
    def _refresh_pages(self, kinds: object) -> None:
        if isinstance(kinds, frozenset) and self.ctx.is_open:
            self.workspace.refresh(kinds)

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _opener(self) -> FormOpener | None:
        return self._form_opener or _real_form_opener()

    def log_incident(self) -> None:
        """Ctrl+N: the incident form, with the selected defender filled in if there is one."""
        if not self.ctx.is_open:
            return
        opener = self._opener()
        if opener is None:
            self.prompter.info(translate("MainWindow", "Log incident"),
                               translate("MainWindow", "Logging incidents is not available in "
                                                       "this version yet."))
            return
        defender = self.workspace.selected_defender()
        opener(self.ctx, "incident", record_id=None,
               defaults={"defenders": [defender]} if defender else None)

    def _reopen_drafts(self) -> None:
        if self._lost_drafts:
            lost, self._lost_drafts = self._lost_drafts, 0
            self.prompter.error(translate("MainWindow", "Unsaved input was lost"),
                                plural("MainWindow", "%n unsaved form(s) could not be kept when "
                                                     "the vault locked.", lost))
        opener = self._opener()
        if opener is None:
            return
        restored = reopen_drafts(self.ctx.reader, opener, self.ctx)
        if restored:
            self.ctx.write(draft_deleter(restored))
            self.statusBar().showMessage(
                translate("MainWindow", "Your unsaved input from before the lock has been "
                                        "reopened."), 8000)

    def _copied(self) -> None:
        seconds = self.clipboard.clear_after_ms // 1000
        self.statusBar().showMessage(
            plural("MainWindow", "Copied. The clipboard will be cleared in %n second(s).",
                   seconds), 5000)

    # -- locking ---------------------------------------------------------------------------

    @Slot(str)
    def lock(self, reason: str = "manual") -> None:
        """Lock now; see the module docstring for everything this does.

        Every step runs even if one before it failed (a failure is logged by type only): a lock
        that stopped halfway would leave records on screen or the key in use.
        """
        if not self.ctx.is_open or self._locking:
            return
        self._locking = True
        holders: list[QWidget] = []
        drafts: list[PendingDraft] = []

        def hide_forms() -> None:
            holders.extend(find_draft_holders(self))
            drafts.extend(collect_drafts(holders))
            for form in holders:
                form.hide()

        def close_session() -> None:
            failure = self.ctx.close(final_write=drafts_writer(drafts) if drafts else None)
            if failure is not None:
                self._lost_drafts += len(drafts)
                log.warning("drafts could not be saved at lock (%s)", type(failure).__name__)

        def empty_forms() -> None:
            for form in holders:
                _safely("form clear", getattr(form, "clear", lambda: None))
                scrub_tree(form)
                form.deleteLater()

        try:
            for name, step in (
                ("auto-lock", self.auto_lock.disarm),
                ("forms", hide_forms),
                ("dialogs", self._close_dialogs),
                ("evidence windows", close_evidence_windows),
                ("lock screen", self.show_gate),
                ("repaint", self.repaint),
                ("session", close_session),
                ("form contents", empty_forms),
                ("pages", self.workspace.tear_down),
                ("status bar", self.statusBar().clearMessage),
                ("clipboard", self.clipboard.clear_if_ours),
            ):
                _safely(name, step)
        finally:
            self._locking = False
        _safely("reason", lambda: self.unlock_screen.show_reason(
            lock_reason_text(reason, self.settings.idle_timeout_s)))
        self.locked.emit(reason)

    def _close_dialogs(self) -> None:
        """Dismiss modal dialogs (a question naming a record must not stay over the lock)."""
        for _ in range(20):
            modal = QApplication.activeModalWidget()
            if modal is None or modal is self:
                return
            if isinstance(modal, QDialog):
                modal.done(QDialog.DialogCode.Rejected)
            else:
                modal.hide()

    def panic(self) -> None:
        """Lock, paint the lock screen, minimise: in one keystroke, also when already locked."""
        self.lock("panic")
        self.repaint()
        self.showMinimized()

    # -- vault maintenance (Vault menu): the KDF and the page checks run off the GUI thread --

    def _maintenance_busy(self, busy: bool, text: str = "") -> None:
        for action in (self.act_passwd, self.act_verify):
            action.setEnabled(not busy and self.ctx.is_open)
        if busy:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self)
        try:
            if self._run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
            old, new = dialog.take()
        finally:
            dialog.wipe()
            dialog.deleteLater()
        # A new passphrase re-encrypts the database into a new file and shreds the old one
        # (store.rekey): no connection may stay open on it. So the vault locks first (unsaved
        # forms become drafts), the work runs off the GUI thread with the unlock screen busy,
        # and the vault then opens again with the new passphrase.
        self.keys.carry_failures()
        self.lock("passphrase")
        directory = self.vault_dir
        screen = self.unlock_screen
        screen.set_busy(True, translate("MainWindow", "Changing the passphrase and re-encrypting "
                                                      "the vault. This takes a few seconds."))

        def done(_result: object) -> None:
            screen.show_reason(translate("MainWindow", "The passphrase was changed. The vault "
                                                       "opens with the new one."))
            screen.set_busy(True, translate("UnlockScreen",
                                            "Opening the vault. This takes a second or two."))
            self.gate.unlock_with(new)

        def failed(exc: Exception) -> None:
            self.keys.carried_failures = 0  # still counted on disk: told at the next unlock
            screen.set_busy(False)
            if isinstance(exc, WrongPassphrase):
                text = translate("MainWindow", "The current passphrase was not right. Nothing was "
                                               "changed.")
            elif isinstance(exc, HrdDeskError):
                text = filled(translate("MainWindow", "The passphrase was not changed: %1. "
                                                      "Nothing was changed."),
                              failure_fragment(exc))
            else:
                text = filled(translate("MainWindow", "The passphrase could not be changed (%1). "
                                                      "Nothing was changed."), type(exc).__name__)
            screen.show_error(filled(translate("MainWindow", "%1 Unlock with your passphrase to "
                                                             "go on."), text))

        self.tasks.run(lambda: maintenance.change_passphrase(directory, old, lambda: new),
                       done, failed)

    def import_sheet(self) -> None:
        """The spreadsheet import wizard (issue 20), over the open vault."""
        if not self.ctx.is_open:
            return
        from .sheet_import_dialog import SheetImportDialog

        dialog = SheetImportDialog(self.ctx, self.prompter, self)
        try:
            self._run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def check_integrity(self) -> None:
        dialog = AskPassphraseDialog(
            translate("MainWindow", "Check vault integrity"),
            translate("MainWindow", "Every page of the vault is read and checked, with its "
                                    "keyslot and audit trail. Nothing is changed. Enter the "
                                    "passphrase to start."),
            translate("MainWindow", "Check"), self)
        try:
            if self._run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
            passphrase = dialog.take()
        finally:
            dialog.wipe()
            dialog.deleteLater()
        directory = self.vault_dir
        self._maintenance_busy(True, translate("MainWindow", "Checking the vault. This can take "
                                                             "a while for a big vault."))

        def done(report: object) -> None:
            self._maintenance_busy(False)
            if isinstance(report, VerifyReport):
                shown = IntegrityReportDialog(report, self)
                try:
                    self._run_dialog(shown)
                finally:
                    shown.deleteLater()

        def failed(exc: Exception) -> None:
            self._maintenance_busy(False)
            if isinstance(exc, WrongPassphrase):
                text = translate("MainWindow", "That passphrase did not open the vault, so "
                                               "nothing was checked.")
            elif isinstance(exc, HrdDeskError):
                text = failure_sentence(exc)
            else:
                text = filled(translate("MainWindow", "The check could not run (%1)."),
                              type(exc).__name__)
            self.prompter.error(translate("MainWindow", "Integrity not checked"), text)
            self.keys.vault_gone_check()

        self.tasks.run(lambda: maintenance.verify_vault(directory, lambda: passphrase),
                       done, failed)

    # -- settings, OS integration, closing -----------------------------------------------

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(SHORTCUTS, self)
        try:
            self._run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def show_about(self) -> None:
        dialog = AboutDialog(self)
        try:
            self._run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        try:
            if self._run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
            before = self.settings.language
            self.apply_settings(dialog.chosen())
        finally:
            dialog.deleteLater()
        if self.settings.language != before and self.ctx.is_open:
            # the menus and the sections change at once; the pages are built at unlock
            self.prompter.info(
                translate("MainWindow", "Language"),
                translate("MainWindow", "The menus and the sections are in the new language "
                                        "now. The pages follow the next time the vault is "
                                        "unlocked: lock it (Ctrl+L) and unlock it to see them "
                                        "all in the new language."))

    def apply_settings(self, chosen: AppSettings, *, persist: bool = True) -> None:
        self.settings = chosen
        self.auto_lock.idle_timeout_s = chosen.idle_timeout_s
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, chosen.theme)
            apply_language(app, chosen.language)
        if persist:
            save_settings(chosen)

    def watch_os_lock(self) -> list[str]:
        """Follow the OS screen lock and suspend where possible; returns what is watched."""
        window_id = int(self.winId()) if sys.platform == "win32" else None
        self.screen_watch.watch_platform(window_id)
        if window_id is not None:
            _exclude_from_capture(window_id)
        return list(self.screen_watch.sources)

    if sys.platform == "win32":  # pragma: no cover - Windows only

        def nativeEvent(self, event_type: Any, message: Any) -> Any:
            self.screen_watch.handle_windows_message(int(message))
            return super().nativeEvent(event_type, message)

    def shutdown(self) -> None:
        """Lock (keeping drafts), wait for every thread this window started, clear the clipboard."""
        if self._shut_down:
            return
        self._shut_down = True
        self.lock("quit")
        self.auto_lock.disarm()
        self.tasks.forget()
        self.tasks.wait()
        self.ctx.wait_for_stragglers()
        self.clipboard.clear_if_ours()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()


def lock_reason_text(reason: str, idle_timeout_s: int) -> str:
    """Why the vault locked, for the lock screen (a lock nobody asked for must not look like a
    crash or an intrusion)."""
    minutes = max(1, round(idle_timeout_s / 60))
    texts = {
        "manual": translate("LockReason", "You locked the vault."),
        "panic": translate("LockReason", "Locked with the panic key."),
        "idle": plural("LockReason", "Locked after %n minute(s) without activity.", minutes),
        "sleep": translate("LockReason", "Locked because the computer went to sleep."),
        "screen-lock": translate("LockReason", "Locked because the screen was locked."),
        "quit": translate("LockReason", "Locked before closing."),
        "passphrase": translate("LockReason", "Locked to change the passphrase."),
        "keys": translate("LockReason", "Locked to change the recovery code."),
        "wipe": translate("LockReason", "Locked for the emergency wipe."),
    }
    return texts.get(reason) or translate("LockReason", "The vault was locked.")


def _safely(what: str, step: Callable[[], object]) -> None:
    try:
        step()
    except Exception as exc:
        log.warning("lock step %s failed (%s)", what, type(exc).__name__)


def _exclude_from_capture(window_id: int) -> None:
    """Windows 10 2004+: keep the window out of screenshots and screen sharing."""
    try:
        import ctypes

        user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined,unused-ignore]
        wda_exclude_from_capture = 0x11
        user32.SetWindowDisplayAffinity(ctypes.c_void_p(window_id), wda_exclude_from_capture)
    except (OSError, AttributeError):
        log.warning("could not exclude the window from screen capture")


def build_main_window(
    vault_dir: Path,
    *,
    prompter: Prompter | None = None,
    clock: Clock | None = None,
    settings: AppSettings | None = None,
    page_factory: PageFactory | None = None,
    form_opener: FormOpener | None = None,
    run_dialog: RunDialog = _exec_dialog,
    clipboard_clear_ms: int = CLEAR_AFTER_MS,
) -> MainWindow:
    """The app's main window on `vault_dir`; every collaborator injectable for tests."""
    return MainWindow(vault_dir, prompter=prompter, clock=clock, settings=settings,
                      page_factory=page_factory, form_opener=form_opener, run_dialog=run_dialog,
                      clipboard_clear_ms=clipboard_clear_ms)
