"""Trainings: the editions of the training course, newest first, and below the list the
selected edition's participants with the modules each attended.

The needs noted for a participant are sensitive: they are never a column here, only in the
participant's form, hidden until shown. "Enrol a defender…" opens a participant form for the
selected edition; Enter on a participant edits their modules and needs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from ...errors import HrdDeskError
from ...model.display import masked
from ...services.casework import RecordFilter
from ..forms import open_form
from ..i18n import QT_TRANSLATE_NOOP, number_text, plural, translate, vocab_list
from ..labels import heading, plain_label
from ..list_sources import CaseworkSource, ListRow
from ..record_actions import confirm_delete
from ..record_model import Column
from .list_page import RecordListPage

ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS: list[Column[ListRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Edition"), lambda r: masked(r.record, "title") or "", "title"
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Starts"),
        lambda r: r.record.get("starts") or "",
        "starts_order",
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Ends"), lambda r: r.record.get("ends") or "", "ends_order"),
    Column(
        QT_TRANSLATE_NOOP("Column", "Place"), lambda r: masked(r.record, "place") or "", "place"
    ),
]


class TrainingsPage(RecordListPage):
    form_kind = "training"
    kinds = frozenset({"training", "participant", "defender"})
    noun = ("edition", "editions")
    empty_text = QT_TRANSLATE_NOOP("Page", "No training editions yet. Add one with “New edition…”.")

    def count_text(self, total: int) -> str | None:
        return plural("Page", "%n edition(s)", total)

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Section", "Trainings"), COLUMNS, [24, 8, 8, 14], stretch=0
        )
        self.add_intro(
            QT_TRANSLATE_NOOP(
                "Page",
                "Editions of the training course. Select one to see who took part and "
                "the modules each attended.",
            )
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "New edition…"),
            self.new_edition,
            tip=QT_TRANSLATE_NOOP("Page", "Add an edition of the course"),
        )
        self.add_action(QT_TRANSLATE_NOOP("Page", "Edit…"), self.edit_current, needs_selection=True,
                        tip=QT_TRANSLATE_NOOP("Page", "Edit the selected edition (Enter)"))
        self.enrol_button = self.add_action(
            QT_TRANSLATE_NOOP("Page", "Enrol a defender…"),
            self.enrol,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP(
                "Page", "Enrol a defender in the selected edition, with the modules they attend"
            ),
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Delete…"),
            self.delete_current,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Move the selected edition to Deleted"),
            keys=QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.filters.addStretch(1)
        self._build_participants()
        self.table.current_changed.connect(lambda _id: self.show_participants())

    def _build_participants(self) -> None:
        bar = QHBoxLayout()
        self.participants_heading = heading(translate("Page", "Participants"), factor=1.1)
        bar.addWidget(self.participants_heading)
        bar.addStretch(1)
        self.participant_edit = QPushButton(translate("Page", "Edit participant…"))
        self.participant_edit.setToolTip(
            translate("Page", "Modules attended and needs noted (Enter)")
        )
        self.participant_edit.clicked.connect(self.edit_participant)
        self.participant_defender = QPushButton(translate("Page", "Defender"))
        self.participant_defender.setToolTip(
            translate("Page", "Open the selected participant's defender")
        )
        self.participant_defender.clicked.connect(self.open_participant_defender)
        self.participant_remove = QPushButton(translate("Page", "Remove…"))
        self.participant_remove.setToolTip(
            translate("Page", "Move the selected enrolment to Deleted")
        )
        self.participant_remove.clicked.connect(self.remove_participant)
        for button in (self.participant_edit, self.participant_defender,
                       self.participant_remove):
            button.setAccessibleName(button.text().rstrip("…"))
            bar.addWidget(button)
        self._layout.addLayout(bar)
        tree = QTreeWidget()
        tree.setAccessibleName(translate("Page", "Participants of the selected edition"))
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels([translate("Page", "Defender"), translate("Page", "Modules attended")])
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        tree.itemActivated.connect(lambda _item, _col: self.edit_participant())
        tree.currentItemChanged.connect(lambda _c, _p: self._participant_buttons())
        self.participants = tree
        self._layout.addWidget(tree, 1)
        self.participants_empty = plain_label("", object_name="muted", wrap=True)
        self._layout.addWidget(self.participants_empty)
        self._participant_buttons()

    # -- the selected edition's participants ----------------------------------------------

    def make_source(self) -> CaseworkSource:
        assert self.ctx is not None
        return CaseworkSource(self.ctx.reader, "training", RecordFilter())

    def requery(self) -> None:
        super().requery()
        self.show_participants()

    def refresh(self, kinds: frozenset[str]) -> None:
        super().refresh(kinds)
        if self.ctx is not None and kinds & self.kinds:
            self.show_participants()

    def show_participants(self) -> None:
        kept = self.selected_participant()
        self.participants.clear()
        edition = self.current_id()
        if self.ctx is None or edition is None:
            self.participants_heading.setText(translate("Page", "Participants"))
            self.participants_empty.setText("")
            self.participants.hide()
            self._participant_buttons()
            return
        reader = self.ctx.reader
        try:
            found = reader.training.participants(edition)
        except HrdDeskError:
            found = []
        names = reader.overview.titles("defender", [str(p.get("defender")) for p in found])
        for participant in found:
            item = QTreeWidgetItem(
                [
                    names.get(str(participant.get("defender")), translate("Page", "(deleted)")),
                    vocab_list("training_modules", participant.get("modules"))
                    or translate("Page", "No module recorded yet"),
                ]
            )
            item.setData(0, ID_ROLE, participant.id)
            item.setToolTip(1, item.text(1))
            self.participants.addTopLevelItem(item)
            if participant.id == kept:
                self.participants.setCurrentItem(item)
        count = len(found)
        self.participants_heading.setText(
            translate("Page", "Participants (%1)").replace("%1", number_text(count))
            if count else translate("Page", "Participants"))
        self.participants.setVisible(bool(found))
        self.participants_empty.setText(
            ""
            if found
            else translate(
                "Page", "Nobody enrolled in this edition yet: “Enrol a defender…” adds one."
            )
        )
        self._participant_buttons()

    def selected_participant(self) -> str | None:
        item = self.participants.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _participant_buttons(self) -> None:
        has = self.selected_participant() is not None
        for button in (self.participant_edit, self.participant_defender,
                       self.participant_remove):
            button.setEnabled(has)

    # -- actions --------------------------------------------------------------------------

    def new_edition(self) -> None:
        if self.ctx is not None:
            open_form(self.ctx, "training", on_saved=lambda i: self.table.select_id(i))

    def enrol(self) -> None:
        edition = self.current_id()
        if self.ctx is not None and edition is not None:
            open_form(self.ctx, "participant", defaults={"training": edition},
                      on_saved=lambda _i: self.show_participants())

    def edit_participant(self) -> None:
        participant = self.selected_participant()
        if self.ctx is not None and participant is not None:
            open_form(self.ctx, "participant", participant,
                      on_saved=lambda _i: self.show_participants())

    def open_participant_defender(self) -> None:
        participant = self.selected_participant()
        if self.ctx is None or participant is None:
            return
        try:
            defender = self.ctx.reader.records.get("participant", participant).get("defender")
        except HrdDeskError:
            return
        if defender:
            self.ctx.open_record("defender", str(defender))

    def remove_participant(self) -> None:
        participant = self.selected_participant()
        if self.ctx is not None and participant is not None:
            confirm_delete(self.ctx, "participant", participant)

    def delete_current(self) -> None:
        record_id = self.current_id()
        if self.ctx is not None and record_id is not None:
            confirm_delete(self.ctx, "training", record_id)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Open an edition (or a participant's edition) here, selected."""
        if self.ctx is None or kind not in ("training", "participant"):
            return False
        try:
            record = self.ctx.reader.records.get(kind, record_id)
        except HrdDeskError:
            return False
        edition = record_id if kind == "training" else str(record.get("training"))
        if not self.table.select_id(edition):
            return False
        self.show_participants()
        if kind == "participant":
            for index in range(self.participants.topLevelItemCount()):
                item = self.participants.topLevelItem(index)
                if item is not None and item.data(0, ID_ROLE) == record_id:
                    self.participants.setCurrentItem(item)
        return True

    def clear(self) -> None:
        self.participants.clear()
        self.participants_empty.setText("")
        super().clear()
