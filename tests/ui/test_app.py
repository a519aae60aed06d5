"""`hrd-desk` without a command opens the GUI where a window can be opened (exit 7 otherwise)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from hrd_desk.cli import main
from hrd_desk.ui import app, display_probe
from hrd_desk.ui.theme import DARK, LIGHT


def test_no_command_opens_the_gui_on_the_chosen_vault_with_the_platform_checked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[list[str], Path | None, str | None]] = []
    monkeypatch.setattr(app, "run_gui", lambda argv, vault_dir=None: calls.append(
        (argv, vault_dir, os.environ.get("QT_QPA_PLATFORM"))) or 0)
    monkeypatch.setattr(display_probe, "choose_platform", lambda: "xcb")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    out = io.StringIO()
    assert main(["--vault", str(tmp_path / "v")], stdout=out, stderr=io.StringIO()) == 0
    assert calls == [(calls[0][0], tmp_path / "v", "xcb")], "Qt is told the platform checked"
    assert out.getvalue() == ""


def test_no_window_means_one_line_and_exit_7_and_qt_is_never_started(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(app, "run_gui", lambda argv, vault_dir=None: pytest.fail("Qt started"))
    out, err = io.StringIO(), io.StringIO()  # conftest's QT_QPA_PLATFORM=offscreen: no one sees
    assert main(["--vault", str(tmp_path / "v")], stdout=out, stderr=err) == 7
    assert out.getvalue() == "" and err.getvalue().count("\n") == 1
    assert err.getvalue().startswith("hrd-desk: cannot open a window: QT_QPA_PLATFORM=offscreen")


def test_start_window_shows_the_create_screen_with_the_theme(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = app.start_window(tmp_path / "vault")
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        assert window.gate.currentWidget() is window.create_screen
        highlight = window.palette().color(QPalette.ColorRole.Highlight).name()
        assert highlight in (LIGHT.accent, DARK.accent)
    finally:
        window.shutdown()
