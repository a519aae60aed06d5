"""The check-in window: record a scheduled contact with a defender as done, or as missed.

A caseworker opens a check-in (from the start screen, the Relocations page or the defender's
Relocation tab) and says what happened: when, how, a short note, and whether anything worrying
was raised. Something worrying can log an incident at once: after the check-in is saved the
incident form opens with the defender, the day and the note filled in, and the incident saved
there is linked back to the check-in. "Mark missed" records that nobody reached the defender; a
missed check-in stays on the start screen until someone records a contact as done.

The window is a draft holder (form_kind CHECKIN_OUTCOME): what was typed survives a lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import HrdDeskError, InvalidValue
from ...model.dates import DateFormatError, parse_date
from ...model.display import hidden_of
from ...model.fields import field_infos
from ...model.records import CheckIn, Stored
from ...services.desk import Desk
from ..app_context import describe_failure
from ..contracts import AppContext
from ..copy_guard import guard_copy
from ..error_words import reason_text
from ..i18n import isolated, translate, vocab_text
from ..labels import heading, plain_label
from ..record_titles import record_title
from .editors import DateEditor, EnumEditor, FieldEditor, LongTextEditor, MaskedEditor
from .unsaved import UnsavedGuard

CHECKIN_OUTCOME = "checkin-outcome"  # the draft kind of this window
_UNOWNED: set[CheckInWindow] = set()
_INFOS = field_infos(CheckIn)


def checkin_heading(reader: Desk, checkin: Stored) -> tuple[str, str, str | None]:
    """(title, one line about it, the defender's id) for a check-in; safe titles only."""
    stay_id = checkin.get("relocation")
    defender: str | None = None
    stay_text = ""
    try:
        stay = reader.records.get("relocation", str(stay_id))
        defender = stay.get("defender")
        stay_text = record_title(stay)
    except HrdDeskError:
        pass
    names = reader.overview.titles("defender", [defender]) if defender else {}
    who = names.get(defender or "", "")
    title = translate("CheckIn", "Check-in with %1").replace("%1", who) if who else translate(
        "CheckIn", "Check-in")
    status = vocab_text("checkin_statuses", checkin.get("status"))
    due = translate("CheckIn", "Due %1").replace("%1", isolated(str(checkin.get("due") or "")))
    line = "  ·  ".join(p for p in (due, status, stay_text) if p)
    return title, line, defender


class CheckInWindow(UnsavedGuard, QWidget):
    """One check-in's outcome (contracts.DraftHolder). `saved(id)` after a change is stored."""

    unsaved_what = "check-in"
    saved = Signal(str)

    def __init__(self, ctx: AppContext, checkin_id: str, today: str,
                 parent: QWidget | None = None) -> None:
        stored = ctx.reader.records.get("checkin", checkin_id)  # raises before any window
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.form_kind = CHECKIN_OUTCOME
        self.record_id = checkin_id
        self._closing_ok = False
        self._busy = False
        self.setWindowTitle(translate("CheckIn", "Check-in"))  # never a record's contents
        self.setAccessibleName(translate("CheckIn", "Check-in"))
        title, line, self.defender_id = checkin_heading(ctx.reader, stored)
        self.status = str(stored.get("status") or "scheduled")
        em = self.fontMetrics().horizontalAdvance("M")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em, em, em, em)
        self.title = heading(title)
        outer.addWidget(self.title)
        self.about = plain_label(line, object_name="muted", wrap=True)
        outer.addWidget(self.about)
        if self.status == "missed":
            outer.addWidget(
                plain_label(
                    translate(
                        "CheckIn",
                        "This check-in was missed. Record the contact here once someone has "
                        "reached the defender.",
                    ),
                    object_name="warningBox",
                    wrap=True,
                )
            )
        self.error = plain_label("", object_name="inlineError", wrap=True)
        self.error.hide()
        outer.addWidget(self.error)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.done_on = DateEditor("done_at", _INFOS["done_at"])
        self.how = EnumEditor("how", _INFOS["how"])
        self.note: FieldEditor = LongTextEditor("note", _INFOS["note"])
        if "note" in hidden_of(stored):  # marked sensitive: masked like in the record form
            self.note = MaskedEditor(self.note)
        self.concern = QCheckBox(translate("CheckIn", "Something worrying was raised"))
        self.concern.setAccessibleName(translate("CheckIn", "Something worrying was raised"))
        self.log_incident = QCheckBox(translate("CheckIn", "Log an incident about it after saving"))
        self.log_incident.setAccessibleName(
            translate("CheckIn", "Log an incident about it after saving")
        )
        self.log_incident.setToolTip(
            translate(
                "CheckIn",
                "The incident form opens with the defender, the day and "
                "the note filled in; the incident is linked to this "
                "check-in",
            )
        )
        for caption, editor in ((translate("CheckIn", "Done on *"), self.done_on),
                                (translate("CheckIn", "How"), self.how),
                                (translate("CheckIn", "Note"), self.note)):
            label = plain_label(caption)
            label.setBuddy(editor.focus_target())
            editor.set_accessible(caption.rstrip(" *"))
            form.addRow(label, editor)
        form.addRow(self.concern)
        form.addRow(self.log_incident)
        outer.addLayout(form, 1)
        self.done_error = plain_label("", object_name="inlineError", wrap=True)
        self.done_error.hide()
        outer.insertWidget(outer.count() - 1, self.done_error)
        buttons = QHBoxLayout()
        self.missed_button = QPushButton(translate("CheckIn", "Mark missed"))
        self.missed_button.setAccessibleName(translate("CheckIn", "Mark missed"))
        self.missed_button.setToolTip(
            translate(
                "CheckIn",
                "Nobody reached the defender: the check-in stays on the "
                "start screen until a contact is recorded",
            )
        )
        self.missed_button.clicked.connect(self.mark_missed)
        self.missed_button.setVisible(self.status == "scheduled")
        buttons.addWidget(self.missed_button)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(translate("CheckIn", "Cancel"))
        self.cancel_button.clicked.connect(self.close)
        self.save_button = QPushButton(
            translate("CheckIn", "Save")
            if self.status == "done"
            else translate("CheckIn", "Record as done")
        )
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(translate("CheckIn", "Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.record_done)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.concern.toggled.connect(self._concern_toggled)
        QShortcut(QKeySequence.StandardKey.Save, self, self.record_done)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record_done)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        guard_copy(self.done_on.edit, ctx.copy_to_clipboard)
        for text in self.note.findChildren(QPlainTextEdit):
            guard_copy(text, ctx.copy_to_clipboard)
        self._load(stored, today)
        self._initial = self.values()
        self.resize(em * 40, em * 30)

    # -- values -----------------------------------------------------------------------------

    def _load(self, stored: Stored, today: str) -> None:
        self.done_on.set_value(stored.get("done_at") or today)
        self.how.set_value(stored.get("how"))
        self.note.set_value(stored.get("note"))
        self.concern.setChecked(stored.get("concern") == "raised")
        self.incident_id = stored.get("incident")
        self._concern_toggled(self.concern.isChecked())

    def _concern_toggled(self, on: bool) -> None:
        """Something worrying suggests logging an incident (unless one is already linked)."""
        self.log_incident.setEnabled(on and not self.incident_id)
        self.log_incident.setChecked(on and not self.incident_id)

    def values(self) -> dict[str, Any]:
        return {"done_at": self.done_on.value(), "how": self.how.value(),
                "note": self.note.value(), "concern": self.concern.isChecked(),
                "log_incident": self.log_incident.isChecked()}

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def first_to_fill(self) -> QWidget:
        return self.how.focus_target() if self.done_on.value() else self.done_on.focus_target()

    # -- actions ----------------------------------------------------------------------------

    def _say(self, text: str | None, *, field: bool = False) -> None:
        label = self.done_error if field else self.error
        label.setText(text or "")
        label.setVisible(bool(text))

    def record_done(self) -> None:
        if self._busy:
            return
        self._say(None)
        self._say(None, field=True)
        on = str(self.done_on.value() or "").strip()
        try:
            if not on:
                raise DateFormatError(translate("CheckIn", "Say when the check-in was done."))
            parse_date(on)
        except DateFormatError as exc:
            self._say(reason_text(exc) if exc.code else translate(
                "CheckIn", "Say when the check-in was done."), field=True)
            self.done_on.focus_target().setFocus()
            return
        values = self.values()
        checkin_id = self.record_id
        log_after = bool(values["log_incident"])

        def job(desk: Desk) -> str:
            desk.planning.checkin_done(checkin_id, on=on, how=values["how"] or None,
                                       note=values["note"] or None,
                                       concern=bool(values["concern"]))
            return checkin_id

        self._set_busy(True)
        self.ctx.write(job, on_done=lambda _r: self._done(log_after, on, values["note"]),
                       on_error=self._failed)

    def mark_missed(self) -> None:
        if self._busy:
            return
        checkin_id = self.record_id
        self._set_busy(True)
        self.ctx.write(lambda desk: desk.planning.checkin_missed(checkin_id),
                       on_done=lambda _r: self._finish(), on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.missed_button.setEnabled(not busy)

    def _done(self, log_after: bool, on: str, note: Any) -> None:
        defender, ctx, checkin_id = self.defender_id, self.ctx, self.record_id
        self._finish()
        if log_after and defender:
            open_incident_for_checkin(ctx, checkin_id, defender, on, note)

    def _finish(self) -> None:
        self._set_busy(False)
        self._closing_ok = True
        self.saved.emit(self.record_id)
        self.close()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, InvalidValue) and exc.field == "done_at":
            self._say(reason_text(exc), field=True)
            self.done_on.focus_target().setFocus()
            return
        self._say(translate("CheckIn", "Not saved: %1").replace("%1", describe_failure(exc)))

    # -- closing, drafts, lock --------------------------------------------------------------

    def restore_draft(self, state: dict[str, Any]) -> None:
        values = state.get("values")
        if not isinstance(values, dict):
            return
        self.done_on.set_value(values.get("done_at"))
        self.how.set_value(values.get("how"))
        self.note.set_value(values.get("note"))
        self.concern.setChecked(bool(values.get("concern")))
        if self.log_incident.isEnabled():
            self.log_incident.setChecked(bool(values.get("log_incident")))

    def clear(self) -> None:
        """Lock: forget every value (and undo history); closed without asking."""
        self._closing_ok = True
        for editor in (self.done_on, self.how, self.note):
            editor.wipe()
        self.title.setText("")
        self.about.setText("")
        self.error.setText("")


def open_incident_for_checkin(ctx: AppContext, checkin_id: str, defender: str, on: str,
                              note: Any) -> None:
    """The incident form for what a check-in raised; once saved, linked to the check-in."""
    from . import open_form

    defaults: dict[str, Any] = {"defenders": [defender], "occurred": on, "source": "defender"}
    if note:
        defaults["description"] = str(note)

    def link(incident_id: str) -> None:
        ctx.write(lambda desk: desk.records.edit("checkin", checkin_id,
                                                 {"incident": incident_id}))

    open_form(ctx, "incident", defaults=defaults, on_saved=link)


def open_checkin(ctx: AppContext, checkin_id: str | None, *, today: str | None = None,
                 on_saved: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> CheckInWindow:
    """Open the check-in window over the main window, focused where typing starts."""
    from . import centre_over, main_window

    if checkin_id is None:
        raise InvalidValue("checkin", "a check-in to record is needed")
    day = today or ctx.reader.planning.today().isoformat()
    window = CheckInWindow(ctx, checkin_id, day)
    owner = parent or main_window()
    if owner is not None:
        window.setParent(owner, window.windowFlags())
        centre_over(window, owner)
    else:  # no window to own it (page tests): kept until closed, as Qt would keep a child
        _UNOWNED.add(window)
        window.destroyed.connect(lambda _obj=None, w=window: _UNOWNED.discard(w))
    if on_saved is not None:
        window.saved.connect(on_saved)
    window.show()
    window.raise_()
    window.activateWindow()
    window.first_to_fill().setFocus()
    return window
