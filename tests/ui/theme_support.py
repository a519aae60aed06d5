"""Apply a theme for one test and put the application's look back afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from hrd_desk.ui.theme import Colours, apply_theme


@contextmanager
def themed(theme: str) -> Iterator[Colours]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette, sheet = app.style().name(), app.palette(), app.styleSheet()
    try:
        yield apply_theme(app, theme)
    finally:
        app.setStyle(style)
        app.setPalette(palette)
        app.setStyleSheet(sheet)
