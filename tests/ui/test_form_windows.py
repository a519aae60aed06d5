"""Forms belong to the main window: opened over its middle, and their own questions ("Discard
changes?") belong to the form, so the main window is not raised over it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import create_vault
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.prompts import DialogPrompter

from .conftest import PASSPHRASE, ScriptedPrompter, unlock
from .focus_support import activate
from .page_support import top_forms, type_text


def test_a_form_opens_over_the_middle_of_the_main_window(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
) -> None:
    create_vault(vault_dir, PASSPHRASE).lock()
    window = make_window()
    window.resize(760, 560)
    window.move(20, 10)
    unlock(qtbot, window)
    window.log_incident()
    form = top_forms()[0]
    try:
        assert form.parentWidget() is window
        assert form.isWindow()
        centre, middle = form.frameGeometry().center(), window.frameGeometry().center()
        assert abs(centre.x() - middle.x()) <= 2 or form.width() >= window.screen(
        ).availableGeometry().width() * 0.85
        assert form.frameGeometry().top() >= window.screen().availableGeometry().top()
    finally:
        form.clear()
        form.close()


def test_discard_changes_belongs_to_the_form_and_says_what_it_does(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
    prompter: ScriptedPrompter
) -> None:
    create_vault(vault_dir, PASSPHRASE).lock()
    asked: list[QMessageBox] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog)
        dialog.reject()  # Keep editing
        return 0

    window = make_window()
    unlock(qtbot, window)
    window.log_incident()
    form = top_forms()[0]
    real = DialogPrompter(window, run=run)
    form.ctx = _WithPrompter(form.ctx, real)  # type: ignore[assignment]
    activate(qtbot, form)
    type_text(form.editors["description"].focus_target(), "Half a sentence")
    form.close()
    assert form.isVisible(), "Keep editing keeps the form open"
    assert len(asked) == 1
    assert asked[0].parentWidget() is form
    assert sorted(b.text() for b in asked[0].buttons()) == ["Discard changes", "Keep editing"]
    form.clear()
    form.close()
    assert prompter.calls == []


class _WithPrompter:
    """The form's context, with a real DialogPrompter (whose dialogs the test runs)."""

    def __init__(self, ctx: object, prompter: DialogPrompter) -> None:
        self._ctx = ctx
        self.prompter = prompter

    def __getattr__(self, name: str) -> object:
        return getattr(self._ctx, name)
