"""`hrd-desk` without a command opens the GUI when someone can see it, the help otherwise."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from hrd_desk.cli import main
from hrd_desk.ui import app
from hrd_desk.ui.theme import DARK, LIGHT


def test_no_command_opens_the_gui_on_the_chosen_vault(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[list[str], Path | None]] = []
    monkeypatch.setattr(app, "run_gui", lambda argv, vault_dir=None: calls.append(
        (argv, vault_dir)) or 0)
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    out = io.StringIO()
    assert main(["--vault", str(tmp_path / "v")], stdout=out, stderr=io.StringIO()) == 0
    assert calls and calls[0][1] == tmp_path / "v"
    assert out.getvalue() == ""


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "minimal"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, True),
        ({"DISPLAY": ":1"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({}, False),
    ],
)
def test_gui_available_on_linux(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: bool
) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert app.gui_available() is expected


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
