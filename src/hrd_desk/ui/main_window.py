"""The main window: the locked gate (create / unlock), the workspace, and locking.

Shortcuts (also in Help > Keyboard shortcuts):
- Ctrl+F search everything; Ctrl+N log an incident for the selected defender; Ctrl+1..7 sections;
  Alt+Left back.
- Ctrl+L lock. Panic: Ctrl+Shift+L or the Pause key lock, repaint the lock screen and minimise
  at once (so the taskbar thumbnail shows the lock screen). Both work from any hrd-desk window.

Locking (also on idle, sleep and OS screen lock): unsaved forms are kept as drafts in the vault,
the writer's jobs are cancelled and its connection closed, late results are dropped (epoch),
every page is cleared, emptied and deleted (pages are rebuilt at the next unlock), the search
field, status bar and our clipboard content are cleared, and the lock screen is painted.
"""

from __future__ import annotations

import functools
import importlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ..errors import HrdDeskError
from ..services.desk import Desk
from ..services.topics import PendingDraft
from .app_context import LiveContext
from .clipboard import CLEAR_AFTER_MS, SecretClipboard
from .contracts import Prompter
from .drafts import (
    collect_drafts,
    draft_deleter,
    drafts_writer,
    find_draft_holders,
    reopen_drafts,
)
from .gate import VaultGate
from .locking import AutoLock, Clock, scrub_tree
from .page_registry import SECTIONS, PageFactory, build_all_pages
from .prompts import DialogPrompter, RunDialog
from .screen_lock import ScreenLockWatcher
from .settings import AppSettings, load_settings, save_settings
from .settings_dialog import SettingsDialog
from .tasks import BackgroundTasks
from .theme import apply_theme
from .vault_screens import CreateVaultScreen, UnlockScreen
from .workspace import Workspace

log = logging.getLogger(__name__)

APP_TITLE = "hrd-desk"
DEFAULT_SECTION = "defenders"
FormOpener = Callable[..., Any]
SHORTCUTS_HELP = (
    "Ctrl+F  Search everything\n"
    "Ctrl+N  Log an incident for the selected defender\n"
    "Ctrl+1 ... Ctrl+7  Go to a section\n"
    "Alt+Left  Back\n"
    "Ctrl+L  Lock the vault\n"
    "Ctrl+Shift+L or Pause  Panic: lock and minimise at once\n"
    "Ctrl+,  Settings\n"
    "Ctrl+Q  Quit (locks first)"
)


def _exec_dialog(dialog: QDialog) -> int:
    return int(dialog.exec())


def _real_form_opener() -> FormOpener | None:
    try:
        module = importlib.import_module("hrd_desk.ui.forms")
    except ModuleNotFoundError as exc:
        if exc.name == "hrd_desk.ui.forms":
            return None
        raise
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
        self.gate = VaultGate(vault_dir, self.tasks, still_wanted=lambda: not self.ctx.is_open)
        self.gate.opened.connect(self._opened)
        self.workspace = Workspace()
        self.workspace.lock_clicked.connect(lambda: self.lock("manual"))
        self.workspace.incident_clicked.connect(self.log_incident)
        self.workspace.status.connect(self._status)
        self._build_actions()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.gate)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 100, em * 64)
        self.show_gate()

    # -- building ------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object],
                *keys: QKeySequence | QKeySequence.StandardKey | str,
                app_wide: bool = False) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        if app_wide:
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_incident = self._action("Log incident…", self.log_incident, "Ctrl+N")
        self.act_lock = self._action("Lock", lambda: self.lock("manual"), "Ctrl+L", app_wide=True)
        self.act_panic = self._action("Panic: lock and minimise", self.panic, "Ctrl+Shift+L",
                                      QKeySequence(Qt.Key.Key_Pause), app_wide=True)
        self.act_settings = self._action("Settings…", self.open_settings,
                                         QKeySequence.StandardKey.Preferences, "Ctrl+,")
        self.act_quit = self._action("Quit", self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        self.act_search = self._action("Search", self.workspace.focus_search, "Ctrl+F")
        self.act_back = self._action("Back", self.workspace.go_back, "Alt+Left")
        self.act_sections = [
            self._action(title, functools.partial(self.go, key), f"Ctrl+{n}")
            for n, (key, title) in enumerate(SECTIONS, start=1)
        ]
        self.act_shortcuts = self._action(
            "Keyboard shortcuts", lambda: self.prompter.info("Keyboard shortcuts", SHORTCUTS_HELP),
            QKeySequence.StandardKey.HelpContents)
        menus = self.menuBar()
        vault_menu = menus.addMenu("&Vault")
        for action in (self.act_incident, self.act_lock, self.act_panic, self.act_settings,
                       self.act_quit):
            vault_menu.addAction(action)
        go_menu = menus.addMenu("&Go")
        go_menu.addAction(self.act_search)
        go_menu.addAction(self.act_back)
        go_menu.addSeparator()
        for action in self.act_sections:
            go_menu.addAction(action)
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.act_shortcuts)
        self._workspace_actions = [self.act_incident, self.act_lock, self.act_search,
                                   self.act_back, *self.act_sections]

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
        try:
            self.ctx.open(desk)
        except HrdDeskError as exc:
            desk.lock()
            self.gate.show_open_failure(exc)
            return
        self._enter_workspace()

    # -- the workspace ---------------------------------------------------------------------

    def _enter_workspace(self) -> None:
        self.gate.reset()
        self.workspace.populate(self.ctx, build_all_pages(self.ctx, self._page_factory))
        for action in self._workspace_actions:
            action.setEnabled(True)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.go(DEFAULT_SECTION)
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
            self.prompter.info("Log incident", "Logging incidents is not available in this "
                               "version yet.")
            return
        defender = self.workspace.selected_defender()
        opener(self.ctx, "incident", record_id=None,
               defaults={"defenders": [defender]} if defender else None)

    def _reopen_drafts(self) -> None:
        if self._lost_drafts:
            lost, self._lost_drafts = self._lost_drafts, 0
            self.prompter.error("Unsaved input was lost",
                                f"{lost} unsaved form(s) could not be kept when the vault "
                                "locked.")
        opener = self._opener()
        if opener is None:
            return
        restored = reopen_drafts(self.ctx.reader, opener, self.ctx)
        if restored:
            self.ctx.write(draft_deleter(restored))
            self.statusBar().showMessage(
                "Your unsaved input from before the lock has been reopened.", 8000)

    def _copied(self) -> None:
        seconds = self.clipboard.clear_after_ms // 1000
        self.statusBar().showMessage(
            f"Copied. The clipboard will be cleared in {seconds} seconds.", 5000)

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

    # -- settings, OS integration, closing -----------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        try:
            if self._run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
            self.apply_settings(dialog.chosen())
        finally:
            dialog.deleteLater()

    def apply_settings(self, chosen: AppSettings, *, persist: bool = True) -> None:
        self.settings = chosen
        self.auto_lock.idle_timeout_s = chosen.idle_timeout_s
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, chosen.theme)
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
