"""A defender's "Training and advocacy" tab: the training editions they were enrolled in, with the
modules each attended, and the advocacy actions taken on their behalf, newest first.

The needs noted for a participant and an action's outcome and follow-up are sensitive: they are
never shown in these lists, only in the forms, hidden until shown. Enter opens the selected
line's form. Nothing here writes by itself: forms do, through the writer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import HrdDeskError
from .contracts import AppContext
from .flow_layout import FlowLayout
from .forms import open_form
from .i18n import QT_TRANSLATE_NOOP, translate, vocab_list, vocab_text
from .labels import heading, plain_label
from .record_actions import confirm_delete
from .record_titles import titles

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COURSE_TAB = QT_TRANSLATE_NOOP("DefenderView", "Training and advocacy")
COURSE_KINDS = frozenset({"training", "participant", "advocacy", "contact", "defender"})


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(headers)
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _selected(tree: QTreeWidget) -> str | None:
    item = tree.currentItem()
    value = item.data(0, ID_ROLE) if item is not None else None
    return value if isinstance(value, str) else None


class CourseTab(QWidget):
    """contracts-style: show_defender, refresh (by the defender page), clear."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.defender_id: str | None = None
        layout = QVBoxLayout(self)
        self.trainings = _tree(
            translate("DefenderTabs", "Trainings"),
            [
                translate("DefenderTabs", "Edition"),
                translate("DefenderTabs", "Dates"),
                translate("DefenderTabs", "Place"),
                translate("DefenderTabs", "Modules attended"),
            ],
        )
        self.trainings_empty = plain_label("", object_name="muted", wrap=True)
        self.enrol_button, self.training_buttons = self._section(
            layout,
            translate("DefenderTabs", "Trainings"),
            self.trainings,
            self.trainings_empty,
            (
                translate("DefenderTabs", "Enrol in a training…"),
                self.enrol,
                translate("DefenderTabs", "Enrol this defender in an edition of the course"),
            ),
            [
                (
                    translate("DefenderTabs", "Edit enrolment…"),
                    self.edit_enrolment,
                    translate("DefenderTabs", "Modules attended and needs noted"),
                ),
                (
                    translate("DefenderTabs", "Remove…"),
                    self.remove_enrolment,
                    translate("DefenderTabs", "Move the selected enrolment to Deleted"),
                ),
            ],
        )
        self.advocacy = _tree(
            translate("DefenderTabs", "Advocacy actions"),
            [
                translate("DefenderTabs", "Date"),
                translate("DefenderTabs", "Action"),
                translate("DefenderTabs", "Subject"),
                translate("DefenderTabs", "Contacts"),
            ],
        )
        self.advocacy_empty = plain_label("", object_name="muted", wrap=True)
        self.log_button, self.advocacy_buttons = self._section(
            layout,
            translate("DefenderTabs", "Advocacy"),
            self.advocacy,
            self.advocacy_empty,
            (
                translate("DefenderTabs", "Log advocacy action…"),
                self.log_action,
                translate(
                    "DefenderTabs", "A meeting, letter or urgent appeal on this defender's behalf"
                ),
            ),
            [
                (
                    translate("DefenderTabs", "Edit…"),
                    self.edit_action,
                    translate("DefenderTabs", "Edit the selected action (Enter)"),
                ),
                (
                    translate("DefenderTabs", "Delete…"),
                    self.delete_action,
                    translate("DefenderTabs", "Move the selected action to Deleted"),
                ),
            ],
        )
        self.trainings.itemActivated.connect(lambda _i, _c: self.edit_enrolment())
        self.advocacy.itemActivated.connect(lambda _i, _c: self.edit_action())
        self.trainings.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.advocacy.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self._update_buttons()

    def _section(self, layout: QVBoxLayout, title: str, tree: QTreeWidget, empty: QWidget,
                 add: tuple[str, Callable[[], None], str],
                 selected: list[tuple[str, Callable[[], None], str]]
                 ) -> tuple[QPushButton, list[QPushButton]]:
        bar = QHBoxLayout()
        bar.addWidget(heading(title, factor=1.1))
        bar.addStretch(1)
        row = FlowLayout()  # wraps where the words are long (French, Spanish)
        bar.addLayout(row)
        buttons: list[QPushButton] = []
        for text, slot, tip in [add, *selected]:
            button = QPushButton(text)
            button.setAccessibleName(text.rstrip("…"))
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
            buttons.append(button)
        layout.addLayout(bar)
        layout.addWidget(tree, 1)
        layout.addWidget(empty)
        return buttons[0], buttons[1:]

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def show_defender(self, defender_id: str) -> None:
        self.clear()
        self.defender_id = defender_id
        if self.ctx is None:
            return
        reader = self.ctx.reader
        try:
            trainings = reader.training.trainings_of(defender_id)
            actions = reader.network.advocacy_of(defender_id)
        except HrdDeskError:
            return
        for edition, participant in trainings:
            dates = translate("DefenderTabs", " to ").join(
                str(d) for d in (edition.get("starts"), edition.get("ends")) if d
            )
            item = QTreeWidgetItem([str(edition.get("title") or ""), dates,
                                    str(edition.get("place") or ""),
                                    vocab_list("training_modules", participant.get("modules"))
                                    or translate("DefenderTabs", "No module recorded yet")])
            item.setData(0, ID_ROLE, participant.id)
            item.setToolTip(3, item.text(3))  # a long list of modules is cut in the column
            self.trainings.addTopLevelItem(item)
        contacts = titles(
            reader, "contact", sorted({str(c) for a in actions for c in a.get("contacts") or []}))
        for action in actions:
            names = ", ".join(contacts.get(str(c), translate("DefenderTabs", "(deleted)"))
                              for c in action.get("contacts") or [])
            item = QTreeWidgetItem([str(action.get("date") or ""),
                                    vocab_text("advocacy_actions", action.get("action")),
                                    str(action.get("subject") or ""), names])
            item.setData(0, ID_ROLE, action.id)
            self.advocacy.addTopLevelItem(item)
        self.trainings.setVisible(bool(trainings))
        self.trainings_empty.setText("" if trainings else
                                     translate("DefenderTabs", "Not enrolled in any training yet."))
        self.advocacy.setVisible(bool(actions))
        self.advocacy_empty.setText(
            ""
            if actions
            else translate("DefenderTabs", "No advocacy actions on their behalf recorded yet.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in self.training_buttons:
            button.setEnabled(_selected(self.trainings) is not None)
        for button in self.advocacy_buttons:
            button.setEnabled(_selected(self.advocacy) is not None)

    # -- actions --------------------------------------------------------------------------

    def _open(self, kind: str, record_id: str | None = None,
              defaults: dict[str, object] | None = None) -> None:
        if self.ctx is not None and self.defender_id is not None:
            open_form(self.ctx, kind, record_id, defaults)

    def enrol(self) -> None:
        self._open("participant", defaults={"defender": self.defender_id})

    def edit_enrolment(self) -> None:
        participant = _selected(self.trainings)
        if participant is not None:
            self._open("participant", participant)

    def remove_enrolment(self) -> None:
        participant = _selected(self.trainings)
        if self.ctx is not None and participant is not None:
            confirm_delete(self.ctx, "participant", participant)

    def log_action(self) -> None:
        self._open("advocacy", defaults={"defenders": [self.defender_id]})

    def edit_action(self) -> None:
        action = _selected(self.advocacy)
        if action is not None:
            self._open("advocacy", action)

    def delete_action(self) -> None:
        action = _selected(self.advocacy)
        if self.ctx is not None and action is not None:
            confirm_delete(self.ctx, "advocacy", action)

    def clear(self) -> None:
        self.defender_id = None
        self.trainings.clear()
        self.advocacy.clear()
        self.trainings_empty.setText("")
        self.advocacy_empty.setText("")
        self._update_buttons()
