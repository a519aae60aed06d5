"""Tasks: everything typed with a due date, soonest first, narrowed to what one needs.

Filters: open, overdue (open and due before today, a local date; computed, never stored), done,
cancelled or all; whom a task is for (every name tasks carry, so a caseworker picks their own);
one defender (typed, as in forms). Enter edits a task; "Mark done" closes it. Check-ins, visa
expiries, arrivals and departures are not copied here: the start screen lists them beside the
tasks that are due.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox

from ...errors import HrdDeskError
from ...model.display import masked
from ...services.casework import RecordFilter
from ...services.desk import Desk
from ...services.planning import OPEN_TASKS
from ...services.stay_rules import is_overdue
from ..app_context import describe_failure
from ..contracts import AppContext
from ..due_words import due_words
from ..flow_layout import labelled
from ..forms import open_form
from ..forms.link_editors import DefenderSearch
from ..i18n import QT_TRANSLATE_NOOP, plural, translate, vocab_text
from ..labels import plain_label
from ..list_sources import CaseworkSource, ListRow
from ..record_actions import confirm_delete
from ..record_model import Column
from .list_page import RecordListPage

SHOW_CHOICES: list[tuple[str, str]] = [
    (QT_TRANSLATE_NOOP("TaskFilter", "Open"), "open"),
    (QT_TRANSLATE_NOOP("TaskFilter", "Overdue"), "overdue"),
    (QT_TRANSLATE_NOOP("TaskFilter", "Done"), "done"),
    (QT_TRANSLATE_NOOP("TaskFilter", "Cancelled"), "cancelled"),
    (QT_TRANSLATE_NOOP("TaskFilter", "All tasks"), "all"),
]
ANYONE = QT_TRANSLATE_NOOP("Page", "Anyone")
ABOUT, ABOUT_EM = 4, 14


def about_text(row: ListRow) -> str:
    """What a task is about: its defender, then its stay or case (safe titles)."""
    parts = [row.linked(name) for name in ("defender", "relocation", "case")
             if row.record.get(name)]
    return ", ".join(p for p in parts if p)


class TasksPage(RecordListPage):
    form_kind = "task"
    kinds = frozenset({"task", "defender", "relocation", "case"})
    noun = ("task", "tasks")
    empty_text = QT_TRANSLATE_NOOP("Page", "No tasks match these filters.")

    def count_text(self, total: int) -> str | None:
        return plural("Page", "%n task(s)", total)

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Section", "Tasks"), self._columns(), [20, 8, 11, 7, 14], stretch=0
        )
        self.defender: str | None = None
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "New task…"),
            self.new_task,
            tip=QT_TRANSLATE_NOOP("Page", "Add a task with a due date"),
        )
        self.add_action(QT_TRANSLATE_NOOP("Page", "Edit…"), self.edit_current, needs_selection=True,
                        tip=QT_TRANSLATE_NOOP("Page", "Edit the selected task (Enter)"))
        self.done_button = self.add_action(
            QT_TRANSLATE_NOOP("Page", "Mark done"),
            self.mark_done,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Record the selected task as done"),
            keys=QKeySequence("Ctrl+D"),
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Delete…"),
            self.delete_current,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Move the selected task to Deleted"),
            keys=QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.add_list_export("tasks")
        self.show_combo = self.add_filter_combo(QT_TRANSLATE_NOOP("Page", "Show"), SHOW_CHOICES,
                                                context="TaskFilter")
        self.assignee = self.add_filter_combo(QT_TRANSLATE_NOOP("Page", "For"), [(ANYONE, None)])
        caption = plain_label(translate("Page", "Defender"))
        self.defender_search = DefenderSearch(lambda: self._reader(), self._defender_chosen)
        self.defender_search.setAccessibleName(translate("Page", "Defender"))
        self.defender_search.setPlaceholderText(translate("Page", "Any: type a name"))
        self.defender_search.setClearButtonEnabled(True)
        self.defender_search.textChanged.connect(self._defender_typed)
        self.defender_search.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        caption.setBuddy(self.defender_search)
        self.filters.addWidget(labelled(caption, self.defender_search))

    def _reader(self) -> Desk:
        assert self.ctx is not None
        return self.ctx.reader

    def _columns(self) -> list[Column[ListRow]]:
        return [
            Column(
                QT_TRANSLATE_NOOP("Column", "Task"),
                lambda r: str(masked(r.record, "title") or ""),
                "title",
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "Due"),
                lambda r: str(r.record.get("due") or ""),
                "due_order",
                QT_TRANSLATE_NOOP("Column", "A local date (with a time when one was given)"),
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "Status"),
                self._status,
                "status",
                QT_TRANSLATE_NOOP(
                    "Column",
                    "Open tasks say when they are due; overdue is counted from today, never stored",
                ),
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "For"),
                lambda r: str(masked(r.record, "assignee") or ""),
                "assignee",
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "About"),
                about_text,
                None,
                QT_TRANSLATE_NOOP("Column", "The defender, stay or case it is about"),
            ),
        ]

    # -- columns ----------------------------------------------------------------------------

    def _today(self) -> date:
        return self.ctx.reader.planning.today() if self.ctx is not None else date.today()

    def _status(self, row: ListRow) -> str:
        """'Overdue, 2 days late', 'Due tomorrow', 'Open' (no date), 'Done', 'Cancelled'."""
        status, due = row.record.get("status"), row.record.get("due")
        if status not in OPEN_TASKS or not due:
            return vocab_text("task_statuses", status)
        words = due_words(str(due), self._today())
        if is_overdue(due, status, self._today(), OPEN_TASKS):
            return translate("Page", "Overdue, %1").replace("%1", words)
        return translate("Page", "Due %1").replace("%1", words) if words else vocab_text(
            "task_statuses", status)

    # -- filters ----------------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._fill_assignees()
        super().attach(ctx)

    def _fill_assignees(self) -> None:
        if self.ctx is None:
            return
        combo: QComboBox = self.assignee
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("Page", ANYONE), None)
        for name in self.ctx.reader.planning.assignees():
            combo.addItem(name, name)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def refresh(self, kinds: frozenset[str]) -> None:
        if self.ctx is not None and "task" in kinds:
            before = self.assignee.currentData()
            self._fill_assignees()
            if self.assignee.currentData() != before:
                self.requery()
                return
        super().refresh(kinds)

    def _defender_chosen(self, record_id: str, title: str) -> None:
        self.defender = record_id
        self.defender_search.blockSignals(True)
        self.defender_search.setText(title)
        self.defender_search.blockSignals(False)
        self.requery()

    def _defender_typed(self, text: str) -> None:
        if not text.strip() and self.defender is not None:
            self.defender = None
            self.requery()

    def requery(self) -> None:
        """As every list, then the About column no wider than ABOUT_EM: on a small screen the
        task's own title keeps the room."""
        super().requery()
        em = self.table.fontMetrics().horizontalAdvance("M")
        if self.table.columnWidth(ABOUT) > ABOUT_EM * em:
            self.table.setColumnWidth(ABOUT, ABOUT_EM * em)

    def make_source(self) -> CaseworkSource:
        assert self.ctx is not None
        show = self.show_combo.currentData()
        flt = RecordFilter(defender=self.defender)
        if show == "overdue":
            flt.status = sorted(OPEN_TASKS)
            flt.ends_before = self._today()
        elif show != "all":
            flt.status = [show]
        assignee = self.assignee.currentData()
        if assignee:
            flt.equals["assignee"] = assignee
        return CaseworkSource(self.ctx.reader, "task", flt, sort_key="due_order",
                              descending=False, name_links=("defender", "relocation", "case"))

    def clear(self) -> None:
        super().clear()  # first: no query runs once the context is gone
        self.defender = None
        self.defender_search.forget()
        self.assignee.blockSignals(True)
        self.assignee.clear()  # names of caseworkers
        self.assignee.blockSignals(False)

    # -- actions ----------------------------------------------------------------------------

    def current_defender_id(self) -> str | None:
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        defender = row.record.get("defender") if row is not None else None
        return defender if isinstance(defender, str) else None

    def new_task(self) -> None:
        if self.ctx is not None:
            defaults = {"defender": self.defender} if self.defender else None
            open_form(self.ctx, "task", defaults=defaults,
                      on_saved=lambda i: self.table.select_id(i))

    def mark_done(self) -> None:
        record_id = self.current_id()
        ctx = self.ctx
        if ctx is None or record_id is None:
            return
        ctx.write(lambda desk: desk.planning.task_done(record_id),
                  on_error=lambda exc: ctx.prompter.error(translate("Page", "Task not changed"),
                                                          describe_failure(exc)))

    def delete_current(self) -> None:
        record_id = self.current_id()
        if self.ctx is not None and record_id is not None:
            confirm_delete(self.ctx, "task", record_id)

    def show_record(self, kind: str, record_id: str) -> bool:
        """A task: selected here (every task listed if needed) and opened for editing."""
        if self.ctx is None or kind != "task":
            return False
        try:
            if self.ctx.reader.records.get("task", record_id).deleted:
                return False
        except HrdDeskError:
            return False
        if not self.table.select_id(record_id):
            self.show_combo.setCurrentIndex(len(SHOW_CHOICES) - 1)
            self.assignee.setCurrentIndex(0)
            self.defender_search.clear()
            self.table.select_id(record_id)
        open_form(self.ctx, "task", record_id)
        return True

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
