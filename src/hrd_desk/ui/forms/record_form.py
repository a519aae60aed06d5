"""The add/edit form for any kind of record, built from the model's field metadata.

One piece of code serves defenders, related people, cases and incidents (and later kinds): each
field gets the editor its FieldInfo calls for, its label (with * when required), and a message
line beside it. Saving validates every field with the same rules as the services (so all
problems show at once, each beside its field), then hands the write to the writer thread; an
error the services still raise (InvalidValue names its field) lands beside that field too.
Closing with unsaved changes asks first, through the injectable prompter. At lock the form's
input becomes a draft (contracts.DraftHolder) kept inside the vault.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...errors import InvalidValue
from ...model.display import hidden_fields
from ...model.fields import FieldInfo, FieldKind, field_infos
from ...model.records import KINDS, Stored
from ...model.vocab import THREAT_SUBTYPES
from ...services.desk import Desk
from ...services.evidence import ATTACHABLE
from ...services.sharing_rule import markable_fields
from ...services.validation import clean_values
from ..app_context import describe_failure
from ..attachments_dialog import open_attachments
from ..audit_dialogs import open_history
from ..contracts import AppContext
from ..copy_guard import guard_copy
from ..error_words import reason_text
from ..i18n import QT_TRANSLATE_NOOP, field_label, translate
from ..labels import CATEGORY_SHORT, heading, plain_label
from ..sensitive import reveal_shortcut
from .editors import (
    CountryEditor,
    DateEditor,
    EnumEditor,
    EnumListEditor,
    FieldEditor,
    IntEditor,
    LongTextEditor,
    MaskedEditor,
    TextEditor,
    TextListEditor,
    vocab_options,
)
from .link_editors import (
    UNOWNED,
    DefenderEditor,
    DefenderListEditor,
    FixedLink,
    LinkedChecklist,
    LinkedChoice,
    RecordChecklist,
    RecordChoice,
)
from .unsaved import UnsavedGuard

log = logging.getLogger(__name__)


def _markable(kind: str) -> frozenset[str]:
    """Long free text that may be marked sensitive per record (one-line fields such as titles
    are not offered: a title is what lists show)."""
    infos = field_infos(KINDS[kind].cls)
    return frozenset(n for n in markable_fields(kind) if infos[n].kind == FieldKind.LONGTEXT)

_DEFENDER_FIELDS = ("defenders", "defender")
_SIMPLE: dict[FieldKind, type[FieldEditor]] = {
    FieldKind.TEXT: TextEditor,
    FieldKind.LONGTEXT: LongTextEditor,
    FieldKind.ENUM: EnumEditor,
    FieldKind.ENUM_LIST: EnumListEditor,
    FieldKind.DATE: DateEditor,
    FieldKind.INT: IntEditor,
    FieldKind.COUNTRY: CountryEditor,
    FieldKind.TEXT_LIST: TextListEditor,
}
_FIRST = {
    "incident": ("defenders", "category", "subtype", "occurred", "description", "severity",
                 "status", "targets", "also", "channel", "perpetrator", "location", "region",
                 "country"),
}
# A new record of these kinds asks only for these fields (a check-in is scheduled; what happened
# is recorded later in the check-in window).
_NEW_FIELDS = {"checkin": ("relocation", "due", "note")}
# Links fixed where the form was opened (a check-in belongs to the stay it was scheduled from).
_FIXED_LINKS = frozenset({("checkin", "relocation"), ("risk_item", "assessment")})
# A form's title per kind (one sentence each: languages agree the adjective with the noun)
_TITLES = {
    "defender": (QT_TRANSLATE_NOOP("RecordForm", "New defender"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit defender")),
    "related": (QT_TRANSLATE_NOOP("RecordForm", "New related person"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit related person")),
    "case": (QT_TRANSLATE_NOOP("RecordForm", "New case"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit case")),
    "incident": (QT_TRANSLATE_NOOP("RecordForm", "New incident"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit incident")),
    "relocation": (QT_TRANSLATE_NOOP("RecordForm", "New stay"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit stay")),
    "checkin": (QT_TRANSLATE_NOOP("RecordForm", "New check-in"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit check-in")),
    "training": (QT_TRANSLATE_NOOP("RecordForm", "New training"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit training")),
    "participant": (QT_TRANSLATE_NOOP("RecordForm", "New training participant"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit training participant")),
    "risk_assessment": (QT_TRANSLATE_NOOP("RecordForm", "New risk assessment"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit risk assessment")),
    "risk_item": (QT_TRANSLATE_NOOP("RecordForm", "New risk item"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit risk item")),
    "security_measure": (QT_TRANSLATE_NOOP("RecordForm", "New security measure"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit security measure")),
    "contact": (QT_TRANSLATE_NOOP("RecordForm", "New network contact"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit network contact")),
    "advocacy": (QT_TRANSLATE_NOOP("RecordForm", "New advocacy action"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit advocacy action")),
    "task": (QT_TRANSLATE_NOOP("RecordForm", "New task"),
           QT_TRANSLATE_NOOP("RecordForm", "Edit task")),
}
_HINTS = {
    ("incident", "country"): QT_TRANSLATE_NOOP(
        "RecordForm", "Leave empty when it happened in the defender's country."
    ),
    ("defender", "codename"): QT_TRANSLATE_NOOP(
        "RecordForm", "Shown on screen instead of the name when set."
    ),
    ("relocation", "host_city"): QT_TRANSLATE_NOOP(
        "RecordForm", "Hidden on screen until shown: where the defender is now."
    ),
    ("task", "assignee"): QT_TRANSLATE_NOOP(
        "RecordForm", "The caseworker it is for (their name as the team writes it)."
    ),
    ("risk_item", "likelihood"): QT_TRANSLATE_NOOP(
        "RecordForm", "Threats: 1 (unlikely) to 5 (almost certain)."
    ),
    ("risk_item", "impact"): QT_TRANSLATE_NOOP(
        "RecordForm", "Threats: 1 (minor) to 5 (life-threatening)."
    ),
    ("risk_item", "level"): QT_TRANSLATE_NOOP(
        "RecordForm", "Vulnerabilities and capacities: 1 (slight) to 5 (great)."
    ),
    ("risk_item", "incidents"): QT_TRANSLATE_NOOP(
        "RecordForm", "Threats only: the incidents this threat comes from."
    ),
    ("security_measure", "reduces"): QT_TRANSLATE_NOOP(
        "RecordForm", "Threats and vulnerabilities of this defender's risk assessments."
    ),
    ("contact", "city"): QT_TRANSLATE_NOOP(
        "RecordForm", "Brussels, The Hague, Geneva, New York, or wherever they are."
    ),
    ("contact", "name"): QT_TRANSLATE_NOOP("RecordForm", "A person, or an organisation's name."),
    ("participant", "needs"): QT_TRANSLATE_NOOP(
        "RecordForm", "Hidden on screen until shown; never sent to partners."
    ),
    ("advocacy", "outcome"): QT_TRANSLATE_NOOP(
        "RecordForm", "Hidden on screen until shown; never sent to partners."
    ),
}


def make_editor(name: str, info: FieldInfo, reader: Callable[[], Desk], *,
                fixed: bool = False, hidden: bool | None = None) -> FieldEditor:
    """`hidden`: masked until shown (default: the model's sensitive fields; the form passes
    model/display.hidden_fields, marks included)."""
    editor: FieldEditor
    if fixed:
        editor = FixedLink(name, info, reader)
    elif info.kind == FieldKind.REF and info.ref in UNOWNED:
        editor = RecordChoice(name, info, reader)
    elif info.kind == FieldKind.REF_LIST and info.ref in UNOWNED:
        editor = RecordChecklist(name, info, reader)
    elif info.kind == FieldKind.REF:
        editor = (DefenderEditor(name, info, reader) if info.ref == "defender"
                  else LinkedChoice(name, info, reader))
    elif info.kind == FieldKind.REF_LIST:
        editor = (DefenderListEditor(name, info, reader) if info.ref == "defender"
                  else LinkedChecklist(name, info, reader))
    elif info.kind == FieldKind.ENUM_LIST and info.vocab == "threat_categories":
        editor = EnumListEditor(name, info, short_labels=CATEGORY_SHORT)
    else:
        editor = _SIMPLE[info.kind](name, info)
    return MaskedEditor(editor) if (info.sensitive if hidden is None else hidden) else editor


def field_order(kind: str, *, new: bool = False) -> list[str]:
    """The model's order, except where a caseworker fills a form in another (the incident:
    what, when and how bad first; the paperwork after); `new`: the fields a new record asks."""
    names = list(field_infos(KINDS[kind].cls))
    if new and kind in _NEW_FIELDS:
        names = [n for n in names if n in _NEW_FIELDS[kind]]
    first = [n for n in _FIRST.get(kind, ()) if n in names]
    return first + [n for n in names if n not in first]


def _norm(value: Any) -> Any:
    """Compare what a person typed, not how: surrounding spaces and empty values are equal."""
    if isinstance(value, str):
        value = value.strip()
    return None if value in ("", [], None) else value


class RecordForm(UnsavedGuard, QWidget):
    """Add or edit one record (contracts.DraftHolder; `form_kind` and `record_id` for drafts)."""

    saved = Signal(str)  # the record's id

    def __init__(self, ctx: AppContext, kind: str, record_id: str | None = None,
                 defaults: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        # Read first: a record that cannot be read raises before any window exists.
        stored = ctx.reader.records.get(kind, record_id) if record_id is not None else None
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.form_kind = kind
        self.record_id = record_id
        self.infos = field_infos(KINDS[kind].cls)
        self._original: dict[str, Any] = {}
        self._initial: dict[str, Any] = {}
        self._closing_ok = False
        self._saving = False
        title = translate("RecordForm", _TITLES[kind][1 if record_id else 0])
        self.setWindowTitle(title)  # never a record's contents
        self.setAccessibleName(title)
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        # free text a caseworker may mark sensitive for this record (sharing_rule.py)
        self.mark_boxes: dict[str, QCheckBox] = {}
        self._marked: frozenset[str] = stored.extra.get("marked", frozenset()) if stored else \
            frozenset()
        self._build(title)
        self._load(stored, defaults)

    # -- building ---------------------------------------------------------------------------

    def _build(self, title: str) -> None:
        em = self.fontMetrics().horizontalAdvance("M")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em, em, em, em)
        outer.addWidget(heading(title))
        outer.addWidget(
            plain_label(
                translate("RecordForm", "Fields marked * are required."), object_name="muted"
            )
        )
        self.general_error = plain_label("", object_name="inlineError", wrap=True)
        self.general_error.setVisible(False)
        outer.addWidget(self.general_error)
        body = QWidget()
        form = QFormLayout(body)
        self.form_layout = form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        reader: Callable[[], Desk] = lambda: self.ctx.reader  # noqa: E731
        hidden = hidden_fields(self.form_kind, self._marked)
        for name in field_order(self.form_kind, new=self.record_id is None):
            info = self.infos[name]
            editor = make_editor(name, info, reader, hidden=name in hidden,
                                 fixed=(self.form_kind, name) in _FIXED_LINKS)
            label_text = field_label(info) + (" *" if info.required else "")
            label = plain_label(label_text)
            label.setBuddy(editor.focus_target())
            hint = translate("RecordForm", _HINTS.get((self.form_kind, name), "")) \
                if (self.form_kind, name) in _HINTS else ""
            editor.set_accessible(translate("RecordForm", "%1 (required)").replace(
                "%1", field_label(info)) if info.required else field_label(info), hint)
            error = plain_label("", object_name="inlineError", wrap=True)
            error.setVisible(False)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            if hint:
                column.addWidget(plain_label(hint, object_name="muted", wrap=True))
            column.addWidget(error)
            if name in _markable(self.form_kind):
                box = QCheckBox(translate("RecordForm", "Mark this text sensitive"))
                box.setAccessibleName(translate("RecordForm", "Mark %1 sensitive").replace(
                    "%1", field_label(info)))
                box.setToolTip(
                    translate(
                        "RecordForm",
                        "Hidden until revealed, searched only when sensitive fields are "
                        "included, never sent to partner organisations",
                    )
                )
                box.setChecked(name in self._marked)
                column.addWidget(box)
                self.mark_boxes[name] = box
            form.addRow(label, column)
            editor.changed.connect(lambda n=name: self._edited(n))
            self.editors[name] = editor
            self.errors[name] = error
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.history_button = QPushButton(translate("RecordForm", "History…"))
        self.history_button.setAutoDefault(False)
        self.history_button.setToolTip(
            translate("RecordForm", "What was done to this record, and when")
        )
        self.history_button.clicked.connect(self.show_history)
        self.history_button.setVisible(self.record_id is not None)
        buttons.addWidget(self.history_button)
        self.attachments_button = QPushButton(translate("RecordForm", "Attachments…"))
        self.attachments_button.setAutoDefault(False)
        self.attachments_button.setToolTip(
            translate("RecordForm", "Evidence files of this record: add, view, export, verify")
        )
        self.attachments_button.clicked.connect(self.show_attachments)
        self.attachments_button.setVisible(self.record_id is not None
                                           and self.form_kind in ATTACHABLE)
        buttons.addWidget(self.attachments_button)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(translate("RecordForm", "Cancel"))
        self.cancel_button.clicked.connect(self.close)
        self.save_button = QPushButton(translate("RecordForm", "Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(translate("RecordForm", "Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        for line in body.findChildren(QLineEdit):
            guard_copy(line, self.ctx.copy_to_clipboard)
        for text in body.findChildren(QPlainTextEdit):
            guard_copy(text, self.ctx.copy_to_clipboard)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        reveal_shortcut(self, self.toggle_hidden_values)
        self._fit_to_screen(em)

    def _fit_to_screen(self, em: int) -> None:
        """About 62 by 56 em (follows font size and scaling; a form of a few fields, such as a
        new check-in, only as tall as they need), never larger than the screen."""
        width, height = em * 62, em * min(56, 14 + 5 * len(self.editors))
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, round(available.width() * 0.9))
            height = min(height, round(available.height() * 0.9))
        self.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Labels beside their fields when there is room, above them when the window is narrow
        (a small screen, 200% scaling): never a field cut off at the right edge."""
        em = self.fontMetrics().horizontalAdvance("M")
        narrow = event.size().width() < em * 52
        policy = (QFormLayout.RowWrapPolicy.WrapAllRows if narrow
                  else QFormLayout.RowWrapPolicy.DontWrapRows)
        if self.form_layout.rowWrapPolicy() != policy:
            self.form_layout.setRowWrapPolicy(policy)
        super().resizeEvent(event)

    def show_attachments(self) -> None:
        """The record's evidence files (ui/attachments_dialog.py)."""
        if self.record_id is not None:
            open_attachments(self.ctx, self.form_kind, self.record_id, self)

    def show_history(self) -> None:
        """Who did what to this record and when (ids and field names, never contents)."""
        if self.record_id is not None:
            open_history(self, self.ctx.reader, self.form_kind, self.record_id)

    def focus_field(self, name: str) -> None:
        """Put the cursor in a field (a hidden sensitive value is shown first: the person is
        being sent there to correct it)."""
        editor = self.editors[name]
        if isinstance(editor, MaskedEditor) and editor.hiding:
            editor.reveal()
        editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def _hiders(self) -> list[MaskedEditor | LinkedChecklist]:
        return [e for e in self.editors.values() if isinstance(e, (MaskedEditor, LinkedChecklist))]

    def toggle_hidden_values(self) -> None:
        """REVEAL_KEYS: show every hidden value of the form, or hide them all again."""
        hiders = self._hiders()
        if any(h.hiding for h in hiders):
            for hider in hiders:
                hider.reveal()
        else:
            for hider in hiders:
                hider.conceal()

    def first_to_fill(self) -> QWidget:
        """Where typing should start: the first required field still empty, else the first."""
        for editor in self.editors.values():
            if editor.info.required and _norm(editor.value()) is None:
                return editor.focus_target()
        return next(iter(self.editors.values())).focus_target()

    # -- values -----------------------------------------------------------------------------

    def _defender_ids(self) -> list[str]:
        if self.form_kind == "risk_item":  # an item's incidents are its assessment's defender's
            assessment = self.editors["assessment"].value()
            if not assessment:
                return []
            owner = self.ctx.reader.records.get("risk_assessment", assessment).get("defender")
            return [owner] if owner else []
        for name in _DEFENDER_FIELDS:
            editor = self.editors.get(name)
            if editor is not None:
                value = editor.value()
                return list(value) if isinstance(value, list) else ([value] if value else [])
        return []

    def _update_dependents(self, changed: str | None = None) -> None:
        if changed is None or changed in _DEFENDER_FIELDS or changed == "assessment":
            defenders = self._defender_ids()
            for editor in self.editors.values():
                target = editor.inner if isinstance(editor, MaskedEditor) else editor
                if isinstance(target, (LinkedChoice, LinkedChecklist)):
                    target.set_defenders(defenders)
        if self.form_kind == "incident" and changed in (None, "category"):
            category = self.editors["category"].value()
            subtype = self.editors["subtype"]
            assert isinstance(subtype, EnumEditor)
            vocab = THREAT_SUBTYPES.get(category) if category else None
            empty = translate("RecordForm", "Not set") if category else translate(
                "RecordForm", "Choose a primary category first")
            subtype.set_options(vocab_options(vocab) if vocab else [], empty)

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Defenders first (the choices of other links depend on them), then the rest."""
        for name in _DEFENDER_FIELDS:
            if name in values and name in self.editors:
                self.editors[name].set_value(values[name])
        self._update_dependents()
        if "category" in values and "category" in self.editors:
            self.editors["category"].set_value(values["category"])
            self._update_dependents("category")
        for name, value in values.items():
            if name in self.editors and name not in (*_DEFENDER_FIELDS, "category"):
                self.editors[name].set_value(value)

    def _load(self, stored: Stored | None, defaults: Mapping[str, Any] | None) -> None:
        if stored is not None:
            self._original = dict(stored.fields)
            start = dict(stored.fields)
        else:
            start = {name: info.default for name, info in self.infos.items()
                     if info.default is not None and info.kind != FieldKind.DATE}
            start.update(defaults or {})
        self._update_dependents()
        self.set_values(start)
        self._initial = self.values()

    def is_dirty(self) -> bool:
        now = self.values()
        return bool(self.mark_changes()) or any(
            _norm(now[n]) != _norm(self._initial.get(n)) for n in now)

    def mark_changes(self) -> dict[str, bool]:
        """The sensitive marks the person set or cleared."""
        return {n: box.isChecked() for n, box in self.mark_boxes.items()
                if box.isChecked() != (n in self._marked)}

    def changes(self) -> dict[str, Any]:
        """Only what the person changed, so a colleague's edit to another field stays."""
        now = self.values()
        return {n: v for n, v in now.items() if _norm(v) != _norm(self._original.get(n))}

    # -- validation and saving ---------------------------------------------------------------

    def _edited(self, name: str) -> None:
        self._update_dependents(name)
        if self.errors[name].isVisible():
            self._check_field(name)

    def _check_field(self, name: str) -> str | None:
        editor = self.editors[name]
        problem = editor.problem()
        if problem is None:
            try:
                clean_values(self.form_kind, {name: editor.value()}, partial=True)
            except InvalidValue as exc:
                problem = reason_text(exc)
        self.show_error(name, problem[:1].upper() + problem[1:] if problem else None)
        return problem

    def show_error(self, name: str, message: str | None) -> None:
        label = self.errors[name]
        label.setText(message or "")
        label.setVisible(bool(message))
        self.editors[name].focus_target().setAccessibleDescription(message or "")

    def validate(self) -> dict[str, str]:
        problems = {}
        for name in self.editors:
            problem = self._check_field(name)
            if problem:
                problems[name] = problem
        return problems

    def save(self) -> None:
        if self._saving:
            return
        self.general_error.setVisible(False)
        problems = self.validate()
        if problems:
            first = next(iter(problems))
            self.focus_field(first)
            return
        kind, record_id = self.form_kind, self.record_id
        marks = self.mark_changes()
        job: Callable[[Desk], Any]
        if record_id is None:
            payload = {n: v for n, v in self.values().items() if _norm(v) is not None}
            job = lambda desk: desk.records.add(kind, payload, marks)  # noqa: E731
        else:
            changes = self.changes()
            if not changes and not marks:
                self._finish(record_id)
                return
            job = lambda desk: desk.records.edit(kind, record_id, changes, marks)  # noqa: E731
        self._set_saving(True)
        self.ctx.write(job, on_done=self._saved, on_error=self._failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(
            translate("RecordForm", "Saving…") if saving else translate("RecordForm", "Save")
        )

    def _saved(self, result: Any) -> None:
        self._set_saving(False)
        record_id = result if isinstance(result, str) else self.record_id
        self._finish(record_id)

    def _finish(self, record_id: str | None) -> None:
        self._closing_ok = True
        if record_id:
            self.saved.emit(record_id)
        self.close()

    def _failed(self, exc: Exception) -> None:
        self._set_saving(False)
        if isinstance(exc, InvalidValue) and exc.field in self.editors:
            self.show_error(exc.field, reason_text(exc))
            self.focus_field(exc.field)
            QApplication.processEvents()  # the error's row laid out before scrolling to it
            self.scroll_area.ensureWidgetVisible(self.errors[exc.field])
            return
        self.general_error.setText(translate("RecordForm", "Not saved: %1").replace(
            "%1", describe_failure(exc)))
        self.general_error.setVisible(True)

    # -- closing, drafts, lock ----------------------------------------------------------------

    def restore_draft(self, state: dict[str, Any]) -> None:
        values = state.get("values")
        if isinstance(values, dict):
            self.set_values({k: v for k, v in values.items() if k in self.editors})
        for editor in self.editors.values():
            editor.conceal()

    def clear(self) -> None:
        """Lock: forget every value (and undo history); the form is closed without asking."""
        self._closing_ok = True
        for editor in self.editors.values():
            editor.wipe()
        self.general_error.setText("")
