"""Tab goes from field to field: never to a Show/Hide button, and to every box in a form."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session
from hrd_desk.ui.forms import RecordForm, open_form
from hrd_desk.ui.forms.editors import MaskedEditor
from hrd_desk.ui.main_window import MainWindow

from .conftest import ScriptedPrompter
from .focus_support import activate, tab_chain
from .page_support import FakeContext, flush, type_text

STRONG = "river kettle lantern orchid 42"


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    return FakeContext(session, prompter)


@pytest.fixture
def forms() -> Iterator[list[RecordForm]]:
    opened: list[RecordForm] = []
    yield opened
    for form in opened:
        if shiboken6.isValid(form):
            form.clear()
            form.close()
    flush()


def _reveal_buttons(widget: object) -> list[QAbstractButton]:
    assert isinstance(widget, (RecordForm, MainWindow)) or hasattr(widget, "findChildren")
    return [b for b in widget.findChildren(QAbstractButton)  # type: ignore[attr-defined]
            if b.text() in ("Show", "Hide", "Show names", "Hide names")]


def test_create_vault_tabs_passphrase_repeat_understood_create(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    activate(qtbot, window)
    screen = window.create_screen
    assert [b.focusPolicy() for b in _reveal_buttons(screen)] == [Qt.FocusPolicy.NoFocus]
    assert tab_chain(qtbot, screen.passphrase, 2) == [screen.repeat, screen.understood]
    type_text(screen.passphrase, STRONG)
    type_text(screen.repeat, STRONG)
    screen.understood.setChecked(True)
    assert tab_chain(qtbot, screen.passphrase, 3) == [screen.repeat, screen.understood,
                                                      screen.create_button]
    assert tab_chain(qtbot, screen.create_button, 3, back=True) == [
        screen.understood, screen.repeat, screen.passphrase]
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert screen.repeat.echoMode() == QLineEdit.EchoMode.Password


def test_enter_on_the_last_field_of_create_vault_creates_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    activate(qtbot, window)
    screen = window.create_screen
    type_text(screen.passphrase, STRONG)
    type_text(screen.repeat, STRONG)
    screen.understood.setFocus()
    qtbot.keyClick(screen.understood, Qt.Key.Key_Space)
    assert screen.understood.isChecked()
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        qtbot.keyClick(screen.understood, Qt.Key.Key_Return)


def test_the_reveal_key_shows_the_passphrases_without_tab(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    activate(qtbot, window)
    screen = window.create_screen
    type_text(screen.passphrase, STRONG)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert screen.repeat.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert screen.repeat.echoMode() == QLineEdit.EchoMode.Password


def test_unlock_tabs_from_passphrase_to_unlock(
    qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: object
) -> None:
    from hrd_desk.services.session import create_vault

    from .conftest import PASSPHRASE

    create_vault(vault_dir, PASSPHRASE).lock()  # type: ignore[arg-type]
    window = make_window()
    activate(qtbot, window)
    screen = window.unlock_screen
    type_text(screen.passphrase, "x")
    assert screen.show_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert tab_chain(qtbot, screen.passphrase, 1) == [screen.unlock_button]


def test_typing_after_tab_from_a_sensitive_field_goes_to_the_next_field(
    qtbot: QtBot, ctx: FakeContext, forms: list[RecordForm]
) -> None:
    form = open_form(ctx, "defender")  # type: ignore[arg-type]
    forms.append(form)
    activate(qtbot, form)
    legal = form.editors["legal_name"]
    contact = form.editors["contact"]
    assert isinstance(legal, MaskedEditor) and isinstance(contact, MaskedEditor)
    type_text(legal.focus_target(), "Amina N.")
    assert legal.toggle.isVisible()  # "Hide" is there, but Tab passes it by
    assert tab_chain(qtbot, legal.focus_target(), 1) == [contact.focus_target()]
    type_text(contact.focus_target(), "+254 700 000 000")
    assert legal.value() == "Amina N."
    assert contact.value() == "+254 700 000 000"
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in _reveal_buttons(form))


def test_hidden_values_are_skipped_by_tab_and_shown_by_the_reveal_key(
    qtbot: QtBot, ctx: FakeContext, forms: list[RecordForm], session: Session
) -> None:
    record = Casework(session).add("defender", {"name": "Amina", "codename": "Blue Heron",
                                                "legal_name": "Amina N. Okoye",
                                                "contact": "+254 700", "consent": "colleagues",
                                                "consent_date": "2024-01-15",
                                                "consent_how": "written"})
    form = open_form(ctx, "defender", record)  # type: ignore[arg-type]
    forms.append(form)
    activate(qtbot, form)
    codename = form.editors["codename"].focus_target()
    address = form.editors["address"].focus_target()  # empty: open for typing
    assert tab_chain(qtbot, codename, 1) == [address]
    qtbot.keyClick(address, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    legal = form.editors["legal_name"]
    assert isinstance(legal, MaskedEditor) and legal.revealed
    assert tab_chain(qtbot, codename, 1) == [legal.focus_target()]
    qtbot.keyClick(codename, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not legal.revealed


def test_targeted_related_people_are_in_the_tab_order_of_the_incident_form(
    qtbot: QtBot, ctx: FakeContext, forms: list[RecordForm], session: Session
) -> None:
    work = Casework(session)
    amina = work.add("defender", {"name": "Amina", "consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"})
    sister = work.add("related", {"defender": amina, "name": "Grace", "relationship": "sibling"})
    son = work.add("related", {"defender": amina, "name": "Tom", "relationship": "child"})
    form = open_form(ctx, "incident", defaults={"defenders": [amina]})  # type: ignore[arg-type]
    forms.append(form)
    activate(qtbot, form)
    targets = form.editors["targets"]
    boxes = list(targets.boxes.values())  # type: ignore[attr-defined]
    assert set(targets.boxes) == {sister, son}  # type: ignore[attr-defined]
    assert all(isinstance(b, QCheckBox) for b in boxes)
    status = form.editors["status"].focus_target()
    further = form.editors["also"].focus_target()
    assert tab_chain(qtbot, status, 3) == [*boxes, further]
    assert tab_chain(qtbot, further, 3, back=True) == [boxes[1], boxes[0], status]
    show_names = [b for b in _reveal_buttons(form) if isinstance(b, QPushButton)]
    assert show_names and all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in show_names)
