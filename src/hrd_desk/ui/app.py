"""Starting the desktop app: QApplication set-up and `run_gui`.

`hrd-desk` without a command comes here (cli.run_gui, once display_probe found that a window can
be opened). Process hygiene first (umask 077, no core dumps), Qt's own settings made unwritable
where possible (prompts.block_qtproject_writes), the theme from settings, then the main window.
An exception that escapes a slot is reported as one line naming its type (set HRD_DESK_DEBUG=1
for the traceback), never a traceback that could carry record contents to a terminal or a log.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from ..fsutil import disable_core_dumps, restrict_umask
from ..services.desk import locate_vault
from .display_sockets import release_display
from .i18n import apply_language
from .main_window import MainWindow, build_main_window
from .page_registry import LOADED_BY_NAME, module_by_name
from .prompts import block_qtproject_writes
from .settings import AppSettings, load_settings
from .theme import apply_theme

DEBUG_ENV = "HRD_DESK_DEBUG"


def _quiet_excepthook(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    if os.environ.get(DEBUG_ENV):
        traceback.print_exception(kind, value, tb)
        return
    sys.stderr.write(f"hrd-desk: internal error ({kind.__name__}); set {DEBUG_ENV}=1 for "
                     "details\n")


def make_application(argv: list[str], settings: AppSettings | None = None) -> QApplication:
    """The QApplication (reused if one exists), named, styled, with Qt's own settings blocked."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("hrd-desk")
    app.setDesktopFileName("org.hrddesk.HrdDesk")  # packaging/linux/*.desktop
    block_qtproject_writes()
    apply_theme(app, (settings or AppSettings()).theme)
    apply_language(app, (settings or AppSettings()).language)
    return app


def start_window(vault_dir: Path | None = None, argv: list[str] | None = None) -> MainWindow:
    """Everything `run_gui` does before the event loop (the start-up benchmark uses it too)."""
    restrict_umask()
    disable_core_dumps()
    if getattr(sys, "frozen", False):  # a packaged app missing a page fails now, not at unlock
        for name in LOADED_BY_NAME:
            module_by_name(name)
    settings = load_settings()
    make_application(list(argv or sys.argv[:1]), settings)
    window = build_main_window(vault_dir or locate_vault(), settings=settings)
    window.watch_os_lock()
    window.show()
    return window


def run_gui(argv: list[str] | None = None, vault_dir: Path | None = None) -> int:
    """Open the GUI on `vault_dir` (default: HRD_DESK_VAULT or the per-user data directory)."""
    sys.excepthook = _quiet_excepthook
    window = start_window(vault_dir, argv)
    release_display()  # Qt is connected: the probe's connection is no longer needed
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.aboutToQuit.connect(window.shutdown)
    code = app.exec()
    window.shutdown()
    return int(code)
