"""The window fits a 1600x1000 screen at 200% (800x500 logical pixels), and nothing needed is cut.

Qt's scale factor multiplies device pixels only: a layout's size in logical pixels is the same at
100% and 200%, so "fits 1600x1000 at 200%" is "fits 800x500 here".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from hrd_desk.services.casework import Casework
from hrd_desk.services.session import create_vault, open_session
from hrd_desk.ui.main_window import MainWindow

from .conftest import PASSPHRASE, unlock
from .theme_support import themed

LOGICAL_SCREEN = (800, 500)
TITLE_BAR = 40  # room left for a window manager's title bar
WIDTH_MARGIN = 0.9


def _fill(vault_dir: Path) -> str:
    create_vault(vault_dir, PASSPHRASE).lock()
    with open_session(vault_dir, PASSPHRASE) as session:
        work = Casework(session)
        amina = work.add("defender", {"name": "Amina Okoye", "codename": "Blue Heron",
                                      "country": "KE", "consent": "colleagues",
                                      "consent_date": "2024-01-15", "consent_how": "written"})
        work.add("incident", {"defenders": [amina], "category": "digital",
                              "occurred": "2024-05-02", "description": "Login attempts",
                              "status": "open"})
        return amina


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


def _too_big(window: MainWindow) -> tuple[int, int] | None:
    QApplication.processEvents()
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    width, height = LOGICAL_SCREEN
    if needed.width() > width or needed.height() > height - TITLE_BAR:
        return needed.width(), needed.height()
    return None


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest) -> Iterator[str]:
    with themed(request.param):  # the style sheet's paddings count
        yield request.param


def test_create_vault_and_unlock_fit_800_by_500(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, theme: str
) -> None:
    window = make_window()
    assert window.gate.currentWidget() is window.create_screen
    assert _too_big(window) is None
    window.close()
    _fill(vault_dir)
    other = make_window()
    assert other.gate.currentWidget() is other.unlock_screen
    assert _too_big(other) is None


def test_every_main_screen_fits_800_by_500(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, theme: str
) -> None:
    amina = _fill(vault_dir)
    window = make_window()
    unlock(qtbot, window)
    width, height = LOGICAL_SCREEN
    screens: dict[str, Callable[[], object]] = {
        key: (lambda k=key: window.go(k)) for key in window.pages}
    screens["defender page"] = lambda: window.open_record("defender", amina)
    too_big = {}
    too_wide = {}
    window.resize(width, height - TITLE_BAR)
    for name, show in screens.items():
        show()
        QApplication.processEvents()
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        if needed.width() > width or needed.height() > height - TITLE_BAR:
            too_big[name] = (needed.width(), needed.height())
        holder = window.workspace.page_stack.currentWidget()
        assert isinstance(holder, QScrollArea)
        page = holder.widget()
        # No sideways scrolling for a page's own buttons; text at 200% can be a little wider
        # than here (hinting), hence the margin.
        if page.minimumSizeHint().width() > holder.viewport().width() * WIDTH_MARGIN:
            too_wide[name] = (page.minimumSizeHint().width(), holder.viewport().width())
    assert too_big == {}
    assert too_wide == {}


def test_at_800_by_460_lock_and_delete_are_on_screen(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, theme: str
) -> None:
    amina = _fill(vault_dir)
    window = make_window()
    unlock(qtbot, window)
    window.resize(LOGICAL_SCREEN[0], LOGICAL_SCREEN[1] - TITLE_BAR)
    window.open_record("defender", amina)
    QApplication.processEvents()
    assert window.width() <= LOGICAL_SCREEN[0]
    assert _inside(window.workspace.lock_button, window)
    view = window.pages["defenders"].view  # type: ignore[attr-defined]
    holder = window.workspace.page_stack.currentWidget()
    assert isinstance(holder, QScrollArea)
    viewport = holder.viewport()
    for button in (view.delete_button, view.edit_button, view.log_button):
        assert button.isVisible()
        assert _inside(button, viewport), button.text()


def test_a_new_window_is_no_larger_than_the_screen(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width()
    assert window.height() <= screen.height()


def _visible_in(widget: QWidget, holder: QScrollArea) -> bool:
    holder.ensureWidgetVisible(widget, 0, 0)
    QApplication.processEvents()
    return _inside(widget, holder.viewport())


def test_at_the_minimum_size_the_qr_code_and_save_card_can_be_seen_whole(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, theme: str
) -> None:
    _fill(vault_dir)
    window = make_window()
    unlock(qtbot, window)
    window.go("exchange")
    page = window.pages["exchange"]
    identity = page.identity  # type: ignore[attr-defined]
    page.tabs.setCurrentWidget(identity)  # type: ignore[attr-defined]
    window.resize(window.minimumSizeHint())
    QApplication.processEvents()
    holder = window.workspace.page_stack.currentWidget()
    assert isinstance(holder, QScrollArea)
    qr = identity.fingerprint.qr
    pixmap = qr.pixmap()
    assert not pixmap.isNull()
    assert qr.contentsRect().width() >= pixmap.width()
    assert qr.contentsRect().height() >= pixmap.height()
    assert _inside(qr, page), "the QR code is cut by the page"
    assert _visible_in(qr, holder), "the QR code cannot be scrolled into view whole"
    assert _visible_in(identity.export_button, holder), "Save identity card is out of reach"


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_every_main_screen_fits_760_wide_in_other_languages(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path, language: str
) -> None:
    """Longer words (French, Spanish) and Arabic need no sideways scroll either (issue 18): the
    Exchange section's tab bar was wider than a 760 px window in French."""
    from hrd_desk.ui.i18n import apply_language

    amina = _fill(vault_dir)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, language)
    try:
        window = make_window()
        unlock(qtbot, window)
        window.resize(760, LOGICAL_SCREEN[1] - TITLE_BAR)
        screens: dict[str, Callable[[], object]] = {
            key: (lambda k=key: window.go(k)) for key in window.pages}
        screens["defender page"] = lambda: window.open_record("defender", amina)
        too_wide = {}
        for name, show in screens.items():
            show()
            QApplication.processEvents()
            holder = window.workspace.page_stack.currentWidget()
            assert isinstance(holder, QScrollArea)
            page = holder.widget()
            if page.minimumSizeHint().width() > holder.viewport().width():
                too_wide[name] = (page.minimumSizeHint().width(), holder.viewport().width())
    finally:
        apply_language(app, "en")
    assert too_wide == {}, too_wide
