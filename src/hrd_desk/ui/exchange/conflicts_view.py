"""Conflicts: records where the same field was changed here and by a colleague (or one side
deleted while the other edited), kept until a caseworker chooses.

The list names records by their safe titles. The detail shows, field by field, what each version
held (plain text; sensitive fields hidden until shown, and hidden again when another conflict is
opened or the page is left) and where and when each was made. Keeping one version, or this
vault's own latest ("mine"), writes a new version on the writer thread
(services.conflicts.resolve); the others stay in the record's history.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import HrdDeskError
from ...model.display import record_title, vocab_label
from ...model.fields import FieldInfo, FieldKind, field_infos
from ...model.outside import visible
from ...model.records import KINDS
from ...services.conflicts import Conflict, ConflictVersion, Proposal
from ..contracts import AppContext
from ..i18n import QT_TRANSLATE_NOOP, filled, translate
from ..labels import heading, plain_label, severity_text
from ..sensitive import MASK
from .common import button, card
from .summaries import failure_text, names_text, when_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MINE = "mine"
DELETED_ROW = QT_TRANSLATE_NOOP("Conflicts", "Deleted")
PROPOSAL = "proposal:"  # tree ids of proposals start so (records' ids never do)
ACCEPT, REFUSE = "accept", "refuse"


def value_text(ctx: AppContext | None, info: FieldInfo | None, value: Any) -> str:
    """A field's value as plain words: vocabulary labels, linked records by their titles."""
    if value in (None, "", []):
        return "—"
    values = value if isinstance(value, list) else [value]
    if info is not None and info.kind == FieldKind.INT and info.label == "Severity":
        return ", ".join(severity_text(int(v), short=False) for v in values)
    if info is not None and info.vocab:
        return ", ".join(vocab_label(info.vocab, str(v)) for v in values)
    if info is not None and info.kind in (FieldKind.REF, FieldKind.REF_LIST) and ctx is not None:
        return visible(", ".join(_linked_title(ctx, info.ref, str(v)) for v in values),
                       keep_newlines=True)
    return visible(", ".join(str(v) for v in values), keep_newlines=True)


def _linked_title(ctx: AppContext, kind: str | None, record_id: str) -> str:
    try:
        stored = ctx.reader.records.get(kind, record_id)
    except HrdDeskError:
        return record_id
    return record_title(stored)


THIS_VAULT = "this vault"  # services.conflicts names this vault's versions so (machine-read)


def version_caption(version: ConflictVersion) -> str:
    """A column heading: where and when a version was made."""
    made = when_text(version.made_at_ms / 1000)
    where = (
        translate("Conflicts", "This vault")
        if version.origin == THIS_VAULT
        else visible(version.origin)
    )
    if version.deleted:
        return filled(translate("Conflicts", "%1, %2 (deleted it)"), where, made)
    return filled(translate("Conflicts", "%1, %2"), where, made)


def keep_choices(found: Conflict) -> list[tuple[str, str]]:
    """(text, keep) for each version, then "mine" unless a version made here is listed."""
    choices = []
    for version in found.versions:
        made = when_text(version.made_at_ms / 1000)
        if version.origin == THIS_VAULT:
            text = filled(translate("Conflicts", "This vault's version (mine), %1"), made)
        else:
            text = filled(translate("Conflicts", "%1's version, %2"), visible(version.origin), made)
        choices.append((text, version.version_id))
    if not any(v.origin == THIS_VAULT for v in found.versions):
        choices.append((translate("Conflicts", "This vault's own latest version (mine)"), MINE))
    return choices


class ConflictsView(QWidget):
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.conflict: Conflict | None = None
        self.proposal: Proposal | None = None
        self._ids: list[str] = []
        self._revealed = False
        outer = QVBoxLayout(self)
        intro = plain_label(
            translate("Conflicts", "A conflict is a field changed here and by a colleague "
                                   "before either saw the other's change (or a record deleted "
                                   "on one side while edited on the other). Both versions are "
                                   "kept until you choose; meanwhile the record shows the "
                                   "latest change and stays visible. A proposal is a "
                                   "colleague's change to consent, to what a record belongs "
                                   "to or to a field it was not given: only this office decides "
                                   "those, so it waits here until "
                                   "you accept or refuse it."), object_name="muted", wrap=True)
        intro.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        outer.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("Conflicts", "Records in conflict"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [translate("Conflicts", "Record"), translate("Conflicts", "What differs")]
        )
        self.tree.setColumnWidth(0, self.fontMetrics().horizontalAdvance("M") * 24)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_current())
        outer.addWidget(self.tree, 1)
        self.tree.setMaximumHeight(self.fontMetrics().height() * 12)
        self.empty = plain_label(
            translate("Conflicts", "No conflicts. Nothing needs your decision."),
            object_name="muted",
            wrap=True,
        )
        # Right under the explanation, the rest of the page left empty (not floating mid-page).
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        outer.addWidget(self.empty, 1)
        self._build_detail(outer)

    def _build_detail(self, outer: QVBoxLayout) -> None:
        self.detail, layout = card()
        outer.addWidget(self.detail, 2)
        self.detail_title = heading("", factor=1.1)
        layout.addWidget(self.detail_title)
        self.detail_note = plain_label("", object_name="muted", wrap=True)
        layout.addWidget(self.detail_note)
        self.table = QTableWidget()
        self.table.setAccessibleName(translate("Conflicts", "Values in each version"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.reveal_button = button(
            translate("Conflicts", "Show hidden values"),
            self.toggle_reveal,
            tip=translate("Conflicts", "Show sensitive values until you leave this conflict"),
        )
        row.addWidget(self.reveal_button)
        row.addStretch(1)
        keep_label = plain_label(translate("Conflicts", "Keep"))
        self.keep = QComboBox()
        self.keep.setAccessibleName(translate("Conflicts", "Version to keep"))
        keep_label.setBuddy(self.keep)
        row.addWidget(keep_label)
        row.addWidget(self.keep, 2)
        self.resolve_button = button(
            translate("Conflicts", "Keep this version…"),
            self.resolve,
            primary=True,
            name=translate("Conflicts", "Keep the chosen version"),
        )
        row.addWidget(self.resolve_button)
        layout.addLayout(row)
        self.detail.hide()

    # -- contracts-style -------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        """Rebuild the list (cheap when nothing changed: one flag query per kind)."""
        if self.ctx is None:
            return
        reader = self.ctx.reader
        proposals = reader.conflicts.proposals()
        ids = reader.conflicts.ids() + [PROPOSAL + p.proposal_id for p in proposals]
        if ids == self._ids and self.tree.topLevelItemCount() == len(ids):
            self._show_empty(not ids)
            self._show_current()  # same records; their versions may have changed
            return
        keep = self.current_id()
        self._ids = ids
        self.tree.blockSignals(True)
        self.tree.clear()
        for record_id in ids:
            if record_id.startswith(PROPOSAL):
                continue
            try:
                found = reader.conflicts.get(record_id)
            except HrdDeskError:
                continue
            self._add_item(record_id, visible(found.title), self._differs(found), keep)
        for proposal in proposals:
            self._add_item(PROPOSAL + proposal.proposal_id, visible(proposal.title),
                           self._proposes(proposal), keep)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.tree.blockSignals(False)
        count = self.tree.topLevelItemCount()
        self._show_empty(count == 0)
        self._show_current()
        self.count_changed.emit(count)

    def _add_item(self, item_id: str, title: str, what: str, keep: str | None) -> None:
        item = QTreeWidgetItem([title, what])
        item.setData(0, ID_ROLE, item_id)
        self.tree.addTopLevelItem(item)
        if item_id == keep:
            self.tree.setCurrentItem(item)

    @staticmethod
    def _proposes(found: Proposal) -> str:
        infos = field_infos(KINDS[found.kind].cls)
        names = [infos[f].label if f in infos else f for f in found.proposed]
        return filled(
            translate("Conflicts", "%1 proposes a change: %2"),
            visible(found.origin),
            names_text(names),
        )

    def _has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)

    def _reloaded(self, refocus: bool) -> None:
        """After a decision: the list again, and the keyboard focus on it (or on "No
        conflicts") when it was here; the buttons it was on are hidden now, and it fell out of
        the page into the search field."""
        self.reload()
        if refocus:
            target = self.tree if self.tree.topLevelItemCount() else self.empty
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        self.tree.setVisible(not empty)

    @staticmethod
    def _differs(found: Conflict) -> str:
        infos = field_infos(KINDS[found.kind].cls)
        names = [infos[f].label if f in infos else f for f in found.fields]
        if found.delete_conflict:
            names.insert(0, translate("Conflicts", "deleted on one side"))
        return names_text(names)

    def clear(self) -> None:
        self.ctx = None
        self.conflict = None
        self.proposal = None
        self._ids = []
        self.tree.clear()
        self._clear_detail()

    def _clear_detail(self) -> None:
        self._revealed = False
        self.detail_title.setText("")
        self.detail_note.setText("")
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.keep.clear()
        self.detail.hide()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the view hides sensitive values again."""
        if self._revealed:
            self._revealed = False
            self._fill_table()
        super().hideEvent(event)

    # -- detail ------------------------------------------------------------------------------

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _show_current(self) -> None:
        record_id = self.current_id()
        self._clear_detail()
        self.conflict = None
        self.proposal = None
        if self.ctx is None or record_id is None:
            return
        if record_id.startswith(PROPOSAL):
            self._show_proposal(record_id[len(PROPOSAL):])
            return
        try:
            self.conflict = self.ctx.reader.conflicts.get(record_id)
        except HrdDeskError:
            return
        found = self.conflict
        self.detail_title.setText(visible(found.title))
        note = translate(
            "Conflicts", "Each column is one version: where and when it was made, and what it held."
        )
        if found.delete_conflict:
            note += translate(
                "Conflicts", " One side deleted this record while the other changed it."
            )
        self.detail_note.setText(note)
        self._fill_table()
        self.resolve_button.setText(translate("Conflicts", "Keep this version…"))
        for text, keep in keep_choices(found):
            self.keep.addItem(text, keep)
        self.detail.show()

    def _show_proposal(self, proposal_id: str) -> None:
        if self.ctx is None:
            return
        found = next((p for p in self.ctx.reader.conflicts.proposals()
                      if p.proposal_id == proposal_id), None)
        if found is None:
            return
        self.proposal = found
        self.detail_title.setText(visible(found.title))
        relay = (
            ""
            if found.sender == found.origin
            else filled(translate("Conflicts", " (sent on by %1)"), visible(found.sender))
        )
        self.detail_note.setText(
            filled(
                translate(
                    "Conflicts",
                    "%1%2 proposes to change what only this office "
                    "decides: consent, or which defender, case or stay "
                    "this record belongs to. Nothing changes, and nothing "
                    "is sent on, until you accept it.",
                ),
                visible(found.origin),
                relay,
            )
        )
        self._fill_table()
        self.resolve_button.setText(translate("Conflicts", "Decide…"))
        self.keep.addItem(translate("Conflicts", "Refuse: keep this vault's values"), REFUSE)
        self.keep.addItem(
            filled(translate("Conflicts", "Accept %1's proposal"), visible(found.origin)), ACCEPT
        )
        self.detail.show()

    def _fill_proposal(self, found: Proposal) -> None:
        infos = field_infos(KINDS[found.kind].cls)
        names = list(found.proposed)
        self.table.clear()
        self.table.setRowCount(len(names))
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Conflicts", "This vault now"),
                filled(
                    translate("Conflicts", "%1 proposes, %2"),
                    visible(found.origin),
                    when_text(found.made_at_ms / 1000),
                ),
            ]
        )
        self.table.setVerticalHeaderLabels([infos[n].label if n in infos else n for n in names])
        for r, name in enumerate(names):
            info = infos.get(name)
            for c, value in enumerate((found.current.get(name), found.proposed.get(name))):
                if name in found.hidden and not self._revealed:
                    text = MASK if value not in (None, "", []) else "—"
                else:
                    text = value_text(self.ctx, info, value)
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        has_sensitive = any(n in found.hidden for n in names)
        self.reveal_button.setVisible(has_sensitive)
        self.reveal_button.setText(
            translate("Conflicts", "Hide values")
            if self._revealed
            else translate("Conflicts", "Show hidden values")
        )

    def _rows(self, found: Conflict) -> list[tuple[str, FieldInfo | None]]:
        infos = field_infos(KINDS[found.kind].cls)
        rows: list[tuple[str, FieldInfo | None]] = [(f, infos.get(f)) for f in found.fields]
        if found.delete_conflict:
            rows.insert(0, (DELETED_ROW, None))
        return rows

    def _fill_table(self) -> None:
        if self.proposal is not None:
            self._fill_proposal(self.proposal)
            return
        found = self.conflict
        if found is None:
            return
        rows = self._rows(found)
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(found.versions))
        self.table.setHorizontalHeaderLabels([version_caption(v) for v in found.versions])
        self.table.setVerticalHeaderLabels(
            [
                info.label if info is not None else translate("Conflicts", name)
                for name, info in rows
            ]
        )
        for c, version in enumerate(found.versions):
            for r, (name, info) in enumerate(rows):
                if name == DELETED_ROW and info is None:
                    text = (
                        translate("Conflicts", "Deleted")
                        if version.deleted
                        else translate("Conflicts", "Kept")
                    )
                elif name in found.hidden and not self._revealed:
                    text = MASK if version.values.get(name) not in (None, "", []) else "—"
                else:
                    text = value_text(self.ctx, info, version.values.get(name))
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        has_sensitive = any(name in found.hidden for name, _info in rows)
        self.reveal_button.setVisible(has_sensitive)
        self.reveal_button.setText(
            translate("Conflicts", "Hide values")
            if self._revealed
            else translate("Conflicts", "Show hidden values")
        )

    def toggle_reveal(self) -> None:
        self._revealed = not self._revealed
        self._fill_table()

    # -- resolving ---------------------------------------------------------------------------

    def _who_hears(self, record_id: str) -> str:
        """Whether the choice travels: only to colleagues the record is kept updated for."""
        if self.ctx is None:
            return ""
        names = self.ctx.reader.sharing.kept_updated_for(record_id)
        if not names:
            return (translate("Conflicts", "This record is not kept updated for any colleague, "
                                           "so your choice stays in this vault."))
        return filled(
            translate("Conflicts", "Your choice is sent at the next exchange to %1."),
            names_text(names),
        )

    def decide(self) -> None:
        """Accept or refuse the shown proposal, after a confirmation."""
        found = self.proposal
        if self.ctx is None or found is None or self.keep.currentIndex() < 0:
            return
        ctx = self.ctx
        from_here = self._has_focus()  # before the question takes it
        choice = str(self.keep.currentData())
        title = visible(found.title)
        if choice == ACCEPT:
            question = filled(
                translate(
                    "Conflicts",
                    "Accept %1's change to “%2”?\n\nIt becomes this office's own decision. %3",
                ),
                visible(found.origin),
                title,
                self._who_hears(found.record_id),
            )
            answer = translate("Conflicts", "Accept the change")
        else:
            question = (filled(translate("Conflicts", "Refuse %1's change to “%2”?\n\nThe record "
                                                      "keeps this vault's values; the proposal "
                                                      "is dropped."), visible(found.origin), title))
            answer = translate("Conflicts", "Refuse the change")
        if not ctx.prompter.confirm(
            translate("Conflicts", "Decide on a proposal"),
            question,
            accept=answer,
            reject=translate("Conflicts", "Cancel"),
        ):
            return
        proposal_id = found.proposal_id
        ctx.write(
            lambda desk: (
                desk.conflicts.accept(proposal_id)
                if choice == ACCEPT
                else desk.conflicts.refuse(proposal_id)
            ),
            on_done=lambda _r: self._reloaded(from_here),
            on_error=lambda exc: ctx.prompter.error(
                translate("Conflicts", "Not decided"), failure_text(exc)
            ),
        )

    def resolve(self) -> None:
        if self.proposal is not None:
            self.decide()
            return
        found = self.conflict
        if self.ctx is None or found is None or self.keep.currentIndex() < 0:
            return
        ctx = self.ctx
        from_here = self._has_focus()  # before the question takes it
        keep = str(self.keep.currentData())
        choice = self.keep.currentText()
        if not ctx.prompter.confirm(
            translate("Conflicts", "Resolve the conflict"),
            filled(
                translate(
                    "Conflicts",
                    "Keep %1 for “%2”?\n\nThe record then shows that "
                    "version's values for the fields that differ. The "
                    "other versions stay in the record's history. %3",
                ),
                choice,
                visible(found.title),
                self._who_hears(found.record_id),
            ),
            accept=translate("Conflicts", "Keep this version"),
            reject=translate("Conflicts", "Cancel"),
        ):
            return
        record_id = found.record_id
        ctx.write(
            lambda desk: desk.conflicts.resolve(record_id, keep),
            on_done=lambda _r: self._reloaded(from_here),
            on_error=lambda exc: ctx.prompter.error(
                translate("Conflicts", "Not resolved"), failure_text(exc)
            ),
        )
