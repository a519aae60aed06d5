"""A caseworker's day, end to end, in the real main window (writer thread, lock, drafts).

Create a vault; add a defender with a family member; log incidents in three categories (one
targeting the family member); search finds one; edit; delete; restore; lock, and then no record
text remains in any widget, model, completer, undo stack or the clipboard; unlock, and the unsaved
draft is back and everything is still there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from hrd_desk.ui.defender_view import DefenderView
from hrd_desk.ui.forms import RecordForm
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.pages.defenders import DefendersPage
from hrd_desk.ui.pages.deleted import DeletedPage
from hrd_desk.ui.pages.search import SearchPage

from .conftest import PASSPHRASE, ScriptedPrompter, unlock
from .page_support import top_forms, type_text

# Every piece of record text gets a marker the leak scan looks for after the lock.
NAME = "Amina Qx1 Okoyé"
CODENAME = "Heron Qx2"
LEGAL = "Qx3 Wanjiru Legal"
SISTER = "Grace Qx4 Ökoye"
DIGITAL = "Qx5 login attempts from abroad"
PHYSICAL = "Qx6 car followed her home"
FAMILY = "Qx7 threatening message to her sister"
UNSAVED = "Qx8 half-written note"
MARKERS = ("Qx1", "Qx2", "Qx3", "Qx4", "Qx5", "Qx6", "Qx7", "Qx8")


def _form(qtbot: QtBot, kind: str) -> RecordForm:
    qtbot.waitUntil(lambda: any(f.form_kind == kind for f in top_forms()), timeout=5000)
    return next(f for f in top_forms() if f.form_kind == kind)


def _field(form: RecordForm, name: str) -> Any:
    return form.editors[name].focus_target()


def _choose(form: RecordForm, name: str, value: object) -> None:
    combo = _field(form, name)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def _save(qtbot: QtBot, form: RecordForm) -> None:
    saved: list[str] = []
    form.saved.connect(saved.append)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)


def _log_incident(qtbot: QtBot, window: MainWindow, category: str, when: str, text: str,
                  *, target_family: bool = False) -> None:
    _press(qtbot, window, Qt.Key.Key_N)
    form = _form(qtbot, "incident")
    assert len(form.values()["defenders"]) == 1, "Ctrl+N fills in the open defender"
    _choose(form, "category", category)
    type_text(_field(form, "occurred"), when)
    type_text(_field(form, "description"), text)
    if target_family:
        boxes = [b for b in form.editors["targets"].findChildren(QCheckBox) if b.isVisible()]
        assert len(boxes) == 1 and "Qx4" not in boxes[0].text()
        boxes[0].setChecked(True)
    _save(qtbot, form)


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+key in the main window, as a person would after the last form closed."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def _timeline_texts(view: DefenderView) -> list[str]:
    tree = view.timeline
    texts = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        assert group is not None
        group.setExpanded(True)
        for c in range(group.childCount()):
            child = group.child(c)
            assert child is not None
            texts.append(child.text(4))
    return texts


def test_a_caseworker_day(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    leak_scan: Callable[..., list[str]],
) -> None:
    window = make_window()

    # -- create the vault ---------------------------------------------------------------------
    screen = window.create_screen
    screen.passphrase.setText(PASSPHRASE)
    screen.repeat.setText(PASSPHRASE)
    screen.understood.setChecked(True)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_key() == "start"  # the start screen opens first
    window.go("defenders")
    defenders = window.pages["defenders"]
    assert isinstance(defenders, DefendersPage)

    # -- a defender with a family member --------------------------------------------------------
    defenders.list.new_defender()
    form = _form(qtbot, "defender")
    assert form.windowTitle() == "New defender"
    type_text(_field(form, "name"), NAME)
    type_text(_field(form, "codename"), CODENAME)
    type_text(_field(form, "legal_name"), LEGAL)
    _save(qtbot, form)
    qtbot.waitUntil(lambda: defenders.list.model.rowCount() == 1, timeout=5000)
    assert defenders.list.model.data(defenders.list.model.index(0, 0)) == CODENAME
    defenders.list.table.setFocus()
    qtbot.keyClick(defenders.list.table, Qt.Key.Key_Return)
    view = defenders.view
    assert defenders.stack.currentWidget() is view and view.title.text() == CODENAME
    assert window.windowTitle() == "hrd-desk"  # never a record's contents

    view.add_related()
    form = _form(qtbot, "related")
    type_text(_field(form, "name"), SISTER)
    _choose(form, "relationship", "sibling")
    _save(qtbot, form)
    # 4 profile (legal name, contact, address, notes) + the related name, contact
    qtbot.waitUntil(lambda: len(view.sensitive) == 6, timeout=5000)

    # -- incidents in three categories, one targeting the sister ----------------------------------
    _log_incident(qtbot, window, "digital", "2024-05-02", DIGITAL)
    _log_incident(qtbot, window, "physical", "2024-04", PHYSICAL)
    _log_incident(qtbot, window, "family", "2024-03-18T21:40", FAMILY, target_family=True)
    qtbot.waitUntil(lambda: len(_timeline_texts(view)) == 3, timeout=5000)
    assert _timeline_texts(view) == [DIGITAL, PHYSICAL, f"(family targeted) {FAMILY}"]

    # -- search finds one ---------------------------------------------------------------------
    _press(qtbot, window, Qt.Key.Key_F)
    field = window.workspace.search_field
    type_text(field, "followed")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    search = window.pages["search"]
    assert isinstance(search, SearchPage)
    assert window.workspace.current_page() is search
    assert search.model.rowCount() == 1
    assert search.model.data(search.model.index(0, 0)) == (
        "Incident: Physical harassment and direct threats, 2024-04")

    # -- edit: open the hit, change its severity ----------------------------------------------
    search.table.setFocus()
    qtbot.keyClick(search.table, Qt.Key.Key_Return)
    form = _form(qtbot, "incident")
    assert form.windowTitle() == "Edit incident"
    _choose(form, "severity", 4)
    _save(qtbot, form)
    window.workspace.go_back()  # Alt+Left: back to the defender's page (Ctrl+1 shows the list)
    item = view.timeline.topLevelItem(1)
    assert item is not None
    qtbot.waitUntil(lambda: item.child(0) is not None and item.child(0).text(2) == "4",
                    timeout=5000)

    # -- delete and restore ------------------------------------------------------------------
    first = view.timeline.topLevelItem(0)
    assert first is not None and first.child(0) is not None
    view.timeline.setCurrentItem(first.child(0))
    prompter.confirm_answers = [True]
    view.incident_delete.click()
    assert prompter.calls[-1][:2] == ("confirm", "Delete incident")
    qtbot.waitUntil(lambda: DIGITAL not in _timeline_texts(view), timeout=5000)
    deleted = window.pages["deleted"]
    assert isinstance(deleted, DeletedPage)
    window.workspace.go("deleted")
    deleted.kind.setCurrentIndex(deleted.kind.findData("incident"))
    assert deleted.model.rowCount() == 1
    deleted.restore_current()
    qtbot.waitUntil(lambda: deleted.model.rowCount() == 0, timeout=5000)
    window.workspace.go_back()  # Alt+Left: back to the defender's page (Ctrl+1 shows the list)
    qtbot.waitUntil(lambda: DIGITAL in _timeline_texts(view), timeout=5000)

    # -- an unsaved form, a revealed and copied secret, then lock -------------------------------
    view.tabs.setCurrentIndex(1)  # Profile
    legal = next(v for v in view.sensitive if v.field_label == "Legal name")
    legal.toggle.click()
    legal.copy_button.click()
    view.log_incident()
    draft = _form(qtbot, "incident")
    type_text(_field(draft, "description"), UNSAVED)
    type_text(_field(draft, "region"), "Qx8 coast")
    for marker in ("Qx2", "Qx3", "Qx8"):
        assert leak_scan(window, marker), f"the scan must see {marker} before the lock"

    with qtbot.waitSignal(window.locked):
        _press(qtbot, window, Qt.Key.Key_L)
    for marker in MARKERS:
        assert leak_scan(window, marker) == [], marker

    # -- unlock: the draft is back, everything still there -------------------------------------
    unlock(qtbot, window)
    restored = _form(qtbot, "incident")
    description = _field(restored, "description")
    assert isinstance(description, QPlainTextEdit) and description.toPlainText() == UNSAVED
    region = _field(restored, "region")
    assert isinstance(region, QLineEdit) and region.text() == "Qx8 coast"
    assert window.workspace.current_key() == "start"  # unlocking opens the start screen
    window.go("defenders")
    assert restored.values()["defenders"] == draft_defenders(window)
    restored.clear()
    restored.close()
    defenders = window.pages["defenders"]
    assert isinstance(defenders, DefendersPage)
    assert defenders.list.model.data(defenders.list.model.index(0, 0)) == CODENAME
    assert defenders.list.model.data(defenders.list.model.index(0, 3)) == "3"
    defenders.open_defender(defenders.list.current_id() or "")
    texts = _timeline_texts(defenders.view)
    assert sorted(texts) == sorted([DIGITAL, PHYSICAL, f"(family targeted) {FAMILY}"])
    hidden = next(v for v in defenders.view.sensitive if v.field_label == "Legal name")
    assert not hidden.shown  # a new session shows secrets hidden again


def draft_defenders(window: MainWindow) -> list[str]:
    page = window.pages["defenders"]
    assert isinstance(page, QWidget)
    defender = page.list.model.record_id(0)  # type: ignore[attr-defined]
    return [defender] if defender else []
