"""Editors for links between records: which defender, which related people, which case, which
training edition or network contacts.

Defenders are found by typing part of a name or codename (an SQL look-up of at most 20, so a
vault of 10,000 defenders never fills a combo box); other links offer the records that belong to
the defenders already chosen in the form (a case of this defender, this defender's relatives).
Relatives are listed by relationship: their names are sensitive and appear only after
"Show names". Records no defender owns (training editions, network contacts) are offered whole,
by their safe titles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...model.fields import FieldInfo, sensitive_fields
from ...model.records import KINDS, Stored
from ...services.casework import RecordFilter
from ...services.desk import Desk
from ..i18n import QT_TRANSLATE_NOOP, field_label, translate
from ..labels import plain_label
from ..record_titles import record_title
from ..sensitive import untabbable
from .editors import ChoiceEditor, FieldEditor

Reader = Callable[[], Desk]


class DefenderSearch(QLineEdit):
    """A line where typing part of a name offers matching defenders; `chosen(id, title)`."""

    def __init__(self, reader: Reader, on_chosen: Callable[[str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._on_chosen = on_chosen
        self._found: dict[str, str] = {}  # shown text -> id
        self.model = QStringListModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(self.completer_)
        self.setPlaceholderText(translate("LinkEditors", "Type part of a name or codename"))
        self.textEdited.connect(self._search)
        self.completer_.activated.connect(self._activated)

    def _search(self, text: str) -> None:
        if len(text.strip()) < 1:
            self.model.setStringList([])
            return
        shown: dict[str, str] = {}
        for record_id, title in self._reader().overview.find_defenders(text):
            label, n = title, 2
            while label in shown:
                label, n = f"{title} #{n}", n + 1
            shown[label] = record_id
        self._found = shown
        self.model.setStringList(list(shown))
        self.completer_.complete()

    def _activated(self, text: str) -> None:
        record_id = self._found.get(text)
        if record_id is not None:
            self._on_chosen(record_id, text)

    def pick_first(self) -> bool:
        """Enter without choosing: take the first match, if any."""
        if self._found and self.text().strip():
            label = next(iter(self._found))
            self._on_chosen(self._found[label], label)
            return True
        return False

    def forget(self) -> None:
        self._found = {}
        self.model.setStringList([])
        self.setText("")


class DefenderEditor(FieldEditor):
    """One defender (a case's or a relative's)."""

    def __init__(self, name: str, info: FieldInfo, reader: Reader,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        self._reader = reader
        self._id: str | None = None
        self.search = DefenderSearch(reader, self._chosen)
        self.search.textEdited.connect(self._typed)
        self.search.returnPressed.connect(self.search.pick_first)
        self._layout.addWidget(self.search)

    def _chosen(self, record_id: str, title: str) -> None:
        self._id = record_id
        self.search.setText(title)
        self.changed.emit()

    def _typed(self, _text: str) -> None:
        if self._id is not None:
            self._id = None
            self.changed.emit()

    def value(self) -> Any:
        return self._id

    def problem(self) -> str | None:
        if self._id is None and self.search.text().strip():
            return translate("LinkEditors",
                             "choose a defender from the list that appears as you type")
        return None

    def set_value(self, value: Any) -> None:
        self._id = value or None
        title = (self._reader().overview.titles("defender", [value]).get(value, "")
                 if value else "")
        self.search.forget()
        self.search.setText(title)

    def focus_target(self) -> QWidget:
        return self.search

    def wipe(self) -> None:
        self._id = None
        self.search.forget()


class DefenderListEditor(FieldEditor):
    """Several defenders (an incident's): a list with Remove, and a line to add one."""

    def __init__(self, name: str, info: FieldInfo, reader: Reader,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        self._reader = reader
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(translate("LinkEditors", "%1 chosen").replace(
            "%1", field_label(info)))
        self.remove = QPushButton(translate("LinkEditors", "Remove"))
        self.remove.setAccessibleName(translate("LinkEditors", "Remove the selected defender"))
        self.remove.clicked.connect(self._remove)
        self.search = DefenderSearch(reader, self._add)
        self.search.setPlaceholderText(
            translate("LinkEditors", "Add a defender: type part of a name or codename")
        )
        self.search.returnPressed.connect(self.search.pick_first)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.chosen, 1)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(row)
        self._layout.addWidget(self.search)
        self._sync()

    def _ids(self) -> list[str]:
        return [str(self.chosen.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.chosen.count())]

    def _add(self, record_id: str, title: str) -> None:
        if record_id not in self._ids():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.chosen.addItem(item)
            self.changed.emit()
        self.search.forget()
        self._sync()

    def _remove(self) -> None:
        """Remove the selected defender (one is always selected while the list has any)."""
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()
        self._sync()

    def _sync(self) -> None:
        rows = min(max(self.chosen.count(), 1), 4)
        line = self.chosen.sizeHintForRow(0) if self.chosen.count() else 0
        line = max(line, self.chosen.fontMetrics().lineSpacing() + 4)
        self.chosen.setFixedHeight(line * rows + 2 * self.chosen.frameWidth() + 2)
        self.chosen.setVisible(self.chosen.count() > 0)
        self.remove.setVisible(self.chosen.count() > 0)
        if self.chosen.count() and self.chosen.currentRow() < 0:
            self.chosen.setCurrentRow(self.chosen.count() - 1)  # Remove always has a target

    def value(self) -> Any:
        return self._ids()

    def problem(self) -> str | None:
        if self.search.text().strip():
            return translate("LinkEditors", "choose a defender from the list that appears as "
                             "you type, or empty the line")
        return None

    def set_value(self, value: Any) -> None:
        ids = list(value or [])
        names = self._reader().overview.titles("defender", ids) if ids else {}
        self.chosen.clear()
        for record_id in ids:
            item = QListWidgetItem(names.get(record_id, "(deleted defender)"))
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.chosen.addItem(item)
        self.search.forget()
        self._sync()

    def focus_target(self) -> QWidget:
        return self.search

    def wipe(self) -> None:
        self.chosen.clear()
        self.search.forget()


def _records_of(reader: Desk, kind: str, defenders: Sequence[str]) -> list[Stored]:
    records: dict[str, Stored] = {}
    for defender in defenders:
        if kind == "risk_item":  # what a measure reduces: threats and vulnerabilities of every
            # assessment of the defender, newest assessment first (a capacity is not reduced)
            for assessment in reader.plans.assessments_of(defender):
                records.update((r.id, r) for r in reader.plans.items_of(assessment.id)
                               if r.get("item_type") != "capacity")
            continue
        for record in reader.records.list(kind, RecordFilter(defender=defender), limit=500):
            records[record.id] = record
    return list(records.values())


# What a checklist of linked records is called in its empty-state words, and which of their
# sensitive fields "Show ..." reveals beside each safe title (a relative's name, what a risk item
# says); kinds not named here are called by the field's label and reveal nothing.
_LISTED = {"related": (QT_TRANSLATE_NOOP("LinkEditors", "related people"),
                       QT_TRANSLATE_NOOP("LinkEditors", "names")),
           "incident": (QT_TRANSLATE_NOOP("LinkEditors", "incidents"),
                        QT_TRANSLATE_NOOP("LinkEditors", "descriptions")),
           "risk_item": (QT_TRANSLATE_NOOP("LinkEditors", "threats and vulnerabilities"),
                         QT_TRANSLATE_NOOP("LinkEditors", "descriptions"))}
_HIDDEN_TEXT = {"related": "name", "incident": "description", "risk_item": "text"}


# Kinds a link offers whole: no defender owns them.
UNOWNED = frozenset({"training", "contact"})
_MOST = 2000  # editions and contacts a picker offers (a programme has far fewer)


def _live(reader: Desk, kind: str) -> list[Stored]:
    return [r for r in reader.records.list(kind, limit=_MOST) if not r.deleted]


class RecordChoice(ChoiceEditor):
    """One record of a kind no defender owns (a participant's training edition)."""

    def __init__(self, name: str, info: FieldInfo, reader: Reader,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        kind = info.ref or ""
        self.set_options([(record_title(r), r.id) for r in _live(reader(), kind)],
                         translate("LinkEditors", "Choose one") if info.required
                         else translate("LinkEditors", "None"))


class RecordChecklist(FieldEditor):
    """Several records of a kind no defender owns (an advocacy action's contacts): a list with
    a check box per record, by safe title and organisation."""

    def __init__(self, name: str, info: FieldInfo, reader: Reader,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        kind = info.ref or ""
        self.items = QListWidget()
        self.items.setAccessibleName(field_label(info))
        for record in _live(reader(), kind):
            where = ", ".join(str(v) for v in (record.get("organisation"), record.get("city"))
                              if v and kind == "contact")
            title = record_title(record)
            item = QListWidgetItem(f"{title} ({where})" if where else title)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.items.addItem(item)
        line = max(self.items.sizeHintForRow(0), self.items.fontMetrics().lineSpacing() + 4)
        self.items.setFixedHeight(line * min(max(self.items.count(), 1), 6)
                                  + 2 * self.items.frameWidth() + 2)
        self.items.itemChanged.connect(lambda _item: self.changed.emit())
        self.empty = plain_label(translate("LinkEditors", "None recorded yet: %1.").replace(
            "%1", field_label(info).lower()), object_name="muted", wrap=True)
        self._layout.addWidget(self.items)
        self._layout.addWidget(self.empty)
        self.items.setVisible(self.items.count() > 0)
        self.empty.setVisible(self.items.count() == 0)

    def _all(self) -> list[QListWidgetItem]:
        return [self.items.item(i) for i in range(self.items.count())]

    def value(self) -> Any:
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in self._all()
                if i.checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        self.items.blockSignals(True)
        for item in self._all():
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)
        self.items.blockSignals(False)
        self.changed.emit()

    def focus_target(self) -> QWidget:
        return self.items

    def set_accessible(self, name: str, description: str = "") -> None:
        self.setAccessibleName(name)
        self.items.setAccessibleName(name)

    def wipe(self) -> None:
        self.items.clear()


class LinkedChoice(ChoiceEditor):
    """One record of another kind belonging to the form's defenders (an incident's case)."""

    def __init__(self, name: str, info: FieldInfo, reader: Reader,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        self._reader = reader
        self._kept: Any = None
        self.set_defenders([])

    def set_defenders(self, defenders: Sequence[str]) -> None:
        kind = self.info.ref or ""
        records = _records_of(self._reader(), kind, defenders) if defenders else []
        options = [(record_title(r), r.id) for r in records if not r.deleted]
        self.set_options(options, translate("LinkEditors", "None"))
        if self._kept is not None and self.value() is None:
            self.set_value(self._kept)

    def set_value(self, value: Any) -> None:
        self._kept = value
        super().set_value(value)


class FixedLink(ChoiceEditor):
    """The record a new record belongs to, chosen where the form was opened and not changed in
    it (a check-in's stay): shown by its safe title and its defender, never editable here."""

    def __init__(self, name: str, info: FieldInfo, reader: Reader,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        self._reader = reader
        self.combo.setEnabled(False)

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        if isinstance(value, str) and value:
            reader = self._reader()
            record = reader.records.get(self.info.ref or "", value)
            title = record_title(record)
            owner = record.get("defender")
            names = reader.overview.titles("defender", [owner]) if owner else {}
            who = names.get(owner or "")
            self.combo.addItem(f"{title} ({who})" if who else title, value)
        else:
            self.combo.addItem(translate("LinkEditors", "None"), None)
        self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)
        self.changed.emit()


class LinkedChecklist(FieldEditor):
    """Records of another kind belonging to the form's defenders, as check boxes (an incident's
    targeted relatives). Names a kind marks sensitive are hidden until "Show names"."""

    def __init__(self, name: str, info: FieldInfo, reader: Reader,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, info, parent)
        self._reader = reader
        self._wanted: set[str] = set()
        self._records: list[Stored] = []
        kind = info.ref or ""
        plural_name, hidden_what = _LISTED.get(kind, ("", QT_TRANSLATE_NOOP("LinkEditors",
                                                                              "names")))
        self._plural = translate("LinkEditors", plural_name) if plural_name else \
            field_label(info).lower()
        self._hidden_what = translate("LinkEditors", hidden_what)
        # what a kind keeps sensitive shows only after "Show ..." (a relative's name)
        self._hidden = _HIDDEN_TEXT.get(kind, "name")
        self._names = self._hidden in sensitive_fields(KINDS[kind].cls)
        self.boxes: dict[str, QCheckBox] = {}
        self.box_area = QVBoxLayout()
        self.box_area.setContentsMargins(0, 0, 0, 0)
        self.empty = plain_label(translate(
            "LinkEditors", "Choose a defender first; their %1 appear here.").replace(
                "%1", self._plural), object_name="muted", wrap=True)
        self.show_names = QPushButton(translate("LinkEditors", "Show %1").replace(
            "%1", self._hidden_what))
        self.show_names.setCheckable(True)
        self.show_names.setAccessibleName(translate("LinkEditors", "Show %1 in %2").replace(
            "%1", self._hidden_what).replace("%2", field_label(info).lower()))
        self.show_names.toggled.connect(self._render)
        untabbable(self.show_names)
        self._layout.addWidget(self.empty)
        self._layout.addLayout(self.box_area)
        self._layout.addWidget(self.show_names, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_defenders([])

    def set_defenders(self, defenders: Sequence[str]) -> None:
        self._wanted |= {i for i, box in self.boxes.items() if box.isChecked()}
        kind = self.info.ref or ""
        reader = self._reader()
        self._records = [r for r in _records_of(reader, kind, defenders) if not r.deleted]
        owners = (reader.overview.titles("defender", list(defenders)) if len(defenders) > 1
                  else {})
        for box in self.boxes.values():
            self.box_area.removeWidget(box)
            box.hide()  # out of the Tab order at once (deletion waits for the event loop)
            box.deleteLater()
        self.boxes = {}
        for record in self._records:
            box = QCheckBox()
            box.setChecked(record.id in self._wanted)
            box.toggled.connect(self.changed)
            box.setProperty("owner", owners.get(str(record.get("defender")), ""))
            self.boxes[record.id] = box
            self.box_area.addWidget(box)
        previous = self._tab_anchor()  # new boxes would otherwise go to the end of the chain
        for box in self.boxes.values():
            if previous is not None:
                QWidget.setTabOrder(previous, box)
            previous = box
        self.empty.setVisible(not self._records)
        self.empty.setText((translate("LinkEditors",
                                      "Choose a defender first; their %1 appear here.")
                            if not defenders else translate(
                                "LinkEditors", "No %1 recorded for them yet.")).replace(
                                    "%1", self._plural))
        self.show_names.setVisible(bool(self._records) and self._names)
        self._render()

    def _tab_anchor(self) -> QWidget | None:
        """The field before this one in the form's Tab order (Show names sits where the boxes
        belong: it was made with the form, but it takes no focus itself)."""
        widget = self.show_names.previousInFocusChain()
        for _ in range(500):
            if widget is None or widget is self.show_names:
                return None
            inside = self.isAncestorOf(widget) or widget is self
            if not inside and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
            widget = widget.previousInFocusChain()
        return None

    def _render(self) -> None:
        shown = self.show_names.isChecked()
        what = self._hidden_what
        self.show_names.setText((translate("LinkEditors", "Hide %1") if shown else translate(
            "LinkEditors", "Show %1")).replace("%1", what))
        seen: dict[str, int] = {}
        for record in self._records:
            box = self.boxes[record.id]
            title = record_title(record)
            seen[title] = seen.get(title, 0) + 1
            text = title if seen[title] == 1 else f"{title} #{seen[title]}"
            owner = box.property("owner")
            if owner:
                text += translate("LinkEditors", ", of %1").replace("%1", str(owner))
            hidden = record.get(self._hidden)
            if shown and hidden:
                text += f": {' '.join(str(hidden).split())[:80]}"
            box.setText(text)
            box.setAccessibleName(f"{field_label(self.info)}: {title}")

    def value(self) -> Any:
        return [i for i, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        self._wanted = set(value or [])
        for record_id, box in self.boxes.items():
            box.setChecked(record_id in self._wanted)

    def conceal(self) -> None:
        self.show_names.setChecked(False)

    @property
    def hiding(self) -> bool:
        return bool(self._records) and self._names and not self.show_names.isChecked()

    def reveal(self) -> None:
        self.show_names.setChecked(bool(self._records) and self._names)

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()), self)

    def set_accessible(self, name: str, description: str = "") -> None:
        self.setAccessibleName(name)

    def wipe(self) -> None:
        self._wanted = set()
        self._records = []
        for box in self.boxes.values():
            box.setText("")
            box.deleteLater()
        self.boxes = {}
