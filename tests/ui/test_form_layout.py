"""Form rows: every field starts level with its label, Show/Hide beside its field, a big
description box."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QFormLayout, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session
from hrd_desk.ui.forms import RecordForm, open_form
from hrd_desk.ui.forms.editors import MaskedEditor

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush, type_text

LEVEL_PX = 8  # a label's top and its field's top may differ by a few pixels of padding


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


def _top(widget: QWidget, form: RecordForm) -> int:
    return widget.mapTo(form, QPoint(0, 0)).y()


def _open(ctx: FakeContext, forms: list[RecordForm], kind: str, session: Session,
          height: int) -> RecordForm:
    defender = Casework(session).add("defender", {"name": "Amina", "consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"})
    form = open_form(ctx, kind, defaults={"defender": defender})  # type: ignore[arg-type]
    forms.append(form)
    form.resize(640, height)  # taller than the fields need: rows must not spread out
    QApplication.processEvents()
    return form


@pytest.mark.parametrize("kind", ["related", "case", "defender"])
def test_each_field_starts_level_with_its_label(
    qtbot: QtBot, ctx: FakeContext, forms: list[RecordForm], session: Session, kind: str
) -> None:
    form = _open(ctx, forms, kind, session, 1400)
    layout = form.form_layout
    assert layout.rowWrapPolicy() == QFormLayout.RowWrapPolicy.DontWrapRows
    for name, editor in form.editors.items():
        label = layout.labelForField(layout.itemAt(
            list(form.editors).index(name), QFormLayout.ItemRole.FieldRole).layout())
        assert isinstance(label, QWidget), name
        field = editor.focus_target()
        if isinstance(editor, MaskedEditor) and not editor.revealed:
            field = editor.mask_label
        assert abs(_top(field, form) - _top(label, form)) <= LEVEL_PX, (kind, name)


def test_show_hide_sits_on_its_fields_row(
    qtbot: QtBot, ctx: FakeContext, forms: list[RecordForm], session: Session
) -> None:
    form = _open(ctx, forms, "related", session, 1400)
    name = form.editors["name"]
    assert isinstance(name, MaskedEditor)
    type_text(name.focus_target(), "Grace")
    QApplication.processEvents()
    field = name.focus_target()
    assert name.toggle.isVisible()
    assert abs(_top(name.toggle, form) - _top(field, form)) <= LEVEL_PX
    assert _top(name.toggle, form) < _top(field, form) + field.height()


def test_the_description_box_shows_at_least_ten_lines(
    qtbot: QtBot, ctx: FakeContext, forms: list[RecordForm], session: Session
) -> None:
    defender = Casework(session).add("defender", {"name": "Amina", "consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"})
    form = open_form(ctx, "incident", defaults={"defenders": [defender]})  # type: ignore[arg-type]
    forms.append(form)
    box = form.editors["description"].focus_target()
    assert isinstance(box, QPlainTextEdit)
    assert box.height() >= 10 * box.fontMetrics().lineSpacing()
