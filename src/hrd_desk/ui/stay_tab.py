"""A defender's Relocation tab: their stays, each with its check-ins and tasks, and the stay's
details (host city and accommodation hidden until shown).

One tree, newest stay first: a stay's line says its dates and status, its check-ins (missed ones
say so until someone records a contact) and tasks sit under it; tasks about the defender but no
stay come last. Enter opens the selected line: the stay's form, the check-in window, the task's
form. Nothing here writes by itself: forms and the check-in window do, through the writer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.records import Stored
from ..services.planning import OPEN_TASKS
from ..services.stay_rules import is_overdue
from .contracts import AppContext
from .defender_tree_tab import TARGET_ROLE, DefenderTreeTab
from .due_words import due_words
from .flow_layout import FlowLayout
from .forms import open_checkin, open_form
from .i18n import isolated, translate, vocab_text
from .labels import plain_label
from .record_titles import record_title
from .sensitive import SensitiveValue
from .tree_items import all_items

STAY_KINDS = frozenset({"relocation", "checkin", "task", "related", "case", "defender"})


def _checkin_status(checkin: Stored) -> str:
    status = checkin.get("status")
    if status == "done":
        parts = [translate("DefenderTabs", "Done %1").replace(
                     "%1", isolated(str(checkin.get("done_at") or ""))).strip(),
                 vocab_text("checkin_methods", checkin.get("how")).lower()]
        if checkin.get("concern") == "raised":
            parts.append(translate("DefenderTabs", "something worrying raised"))
        if checkin.get("incident"):
            parts.append(translate("DefenderTabs", "incident logged"))
        return translate("DefenderTabs", ", ").join(p for p in parts if p)
    if status == "missed":
        return translate("DefenderTabs", "Missed: waiting for someone to act")
    return translate("DefenderTabs", "Scheduled")


def _task_status(task: Stored, today: date) -> str:
    label = vocab_text("task_statuses", task.get("status"))
    if is_overdue(task.get("due"), task.get("status"), today, OPEN_TASKS):
        return translate("DefenderTabs", "%1, overdue").replace("%1", label)
    return label


def _span(stay: Stored) -> str:
    start = stay.get("arrival") or stay.get("planned_arrival") or "?"
    end = stay.get("departure") or stay.get("planned_departure") or "?"
    return translate("DefenderTabs", "%1 to %2").replace("%1", isolated(str(start))).replace(
        "%2", isolated(str(end)))


class StayTab(DefenderTreeTab):
    """The Relocation tab of a defender's page (show_defender, refresh, conceal, clear)."""

    KINDS = STAY_KINDS

    def __init__(self, copy: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stays: dict[str, Stored] = {}
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(
            plain_label(
                translate(
                    "DefenderTabs",
                    "Stays in a safe city with their check-ins and tasks. Enter "
                    "opens the selected line.",
                ),
                object_name="muted",
                wrap=True,
            ),
            1,
        )
        buttons = FlowLayout()  # wraps where the words are long (French, Spanish)
        bar.addLayout(buttons)
        self.new_button = self._button(buttons, translate("DefenderTabs", "New stay…"),
                                       self.new_stay,
                                       translate("DefenderTabs", "Plan a stay for this defender"))
        self.checkin_button = self._button(
            buttons,
            translate("DefenderTabs", "Schedule check-in…"),
            self.schedule_checkin,
            translate("DefenderTabs", "Schedule a check-in during or after the selected stay"),
        )
        self.task_button = self._button(
            buttons,
            translate("DefenderTabs", "Add task…"),
            self.add_task,
            translate("DefenderTabs", "A task about this defender (and the selected stay)"),
        )
        layout.addLayout(bar)
        self._set_columns(
            translate("DefenderTabs", "Stays, check-ins and tasks"),
            [
                translate("DefenderTabs", "What"),
                translate("DefenderTabs", "When"),
                translate("DefenderTabs", "Status"),
            ],
            stretch=0,
        )
        layout.addWidget(self.tree, 1)
        actions = QHBoxLayout()
        self.open_button = self._button(
            actions,
            translate("DefenderTabs", "Open…"),
            self.open_current,
            translate("DefenderTabs", "Open the selected stay, check-in or task (Enter)"),
        )
        self.delete_button = self._button(
            actions,
            translate("DefenderTabs", "Delete…"),
            self.delete_current,
            translate("DefenderTabs", "Move the selected stay, check-in or task to Deleted"),
        )
        actions.addStretch(1)
        layout.addLayout(actions)
        self.empty = plain_label(
            translate(
                "DefenderTabs", "No stays recorded for this defender. Plan one with “New stay…”."
            ),
            object_name="muted",
            wrap=True,
        )
        layout.addWidget(self.empty)
        self.warning = plain_label("", object_name="warningBox", wrap=True)
        self.warning.hide()
        layout.addWidget(self.warning)
        details = QFormLayout()
        self.city = SensitiveValue(translate("DefenderTabs", "Host city"), copy)
        self.accommodation = SensitiveValue(translate("DefenderTabs", "Accommodation"), copy)
        self.city_caption = plain_label(translate("DefenderTabs", "Host city"))
        self.accommodation_caption = plain_label(translate("DefenderTabs", "Accommodation"))
        details.addRow(self.city_caption, self.city)
        details.addRow(self.accommodation_caption, self.accommodation)
        layout.addLayout(details)
        self.sensitive = [self.city, self.accommodation]
        self._show_details(None)

    # -- showing ----------------------------------------------------------------------------

    def show_defender(self, defender_id: str, select: tuple[str, str] | None = None) -> None:
        if self.ctx is None:
            return
        keep = select or self.current_target()
        self.defender_id = defender_id
        self.tree.clear()
        planning = self.ctx.reader.planning
        today = planning.today()
        stays = sorted(planning.stays_of(defender_id),
                       key=lambda s: str(s.get("planned_arrival") or ""), reverse=True)
        self._stays = {s.id: s for s in stays}
        tasks = planning.tasks_of(defender_id)
        for stay in stays:
            item = self._line(None, record_title(stay), _span(stay),
                              vocab_text("relocation_statuses", stay.get("status")),
                              ("relocation", stay.id))
            for checkin in planning.checkins(stay.id):
                due = str(checkin.get("due") or "")
                words = due_words(due, today) if checkin.get("status") != "done" else ""
                self._line(item, translate("DefenderTabs", "Check-in"),
                           f"{due} ({words})" if words else due,
                           _checkin_status(checkin), ("checkin", checkin.id))
            for task in tasks:
                if task.get("relocation") == stay.id:
                    self._line(item, translate("DefenderTabs", "Task: %1").replace(
                                   "%1", record_title(task)),
                               str(task.get("due") or ""), _task_status(task, today),
                               ("task", task.id))
        others = [t for t in tasks if t.get("relocation") not in self._stays]
        if others:
            group = self._line(None, translate("DefenderTabs", "Other tasks about this defender"),
                               "", "", None)
            for task in others:
                self._line(group, translate("DefenderTabs", "Task: %1").replace(
                               "%1", record_title(task)),
                           str(task.get("due") or ""), _task_status(task, today),
                           ("task", task.id))
        self.tree.expandAll()
        self.tree.setVisible(self.tree.topLevelItemCount() > 0)
        self.empty.setVisible(not stays)
        self._select_again(keep)

    def _line(self, parent: QTreeWidgetItem | None, what: str, when: str, status: str,
              target: tuple[str, str] | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([what, when, status])
        if target is not None:
            item.setData(0, TARGET_ROLE, target)
        else:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def lines(self) -> list[tuple[str, str, str]]:
        """Every line as (what, when, status), stays before their check-ins (tests)."""
        return [(i.text(0), i.text(1), i.text(2)) for i in all_items(self.tree)]

    def current_stay(self) -> str | None:
        """The selected stay, or the stay of the selected check-in or task."""
        item = self.tree.currentItem()
        while item is not None:
            data = item.data(0, TARGET_ROLE)
            if data and data[0] == "relocation":
                return str(data[1])
            item = item.parent()
        return None

    def _selection_changed(self) -> None:
        has = self.current_target() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        stay_id = self.current_stay()
        self.checkin_button.setEnabled(stay_id is not None)
        self._show_details(self._stays.get(stay_id or ""))

    def _show_details(self, stay: Stored | None) -> None:
        for widget in (self.city, self.accommodation, self.city_caption,
                       self.accommodation_caption):
            widget.setVisible(stay is not None)
        if stay is None:
            self.city.clear()
            self.accommodation.clear()
            self.warning.hide()
            return
        self.city.set_value(stay.get("host_city"))
        self.accommodation.set_value(stay.get("accommodation"))
        visa = self.ctx.reader.planning.visa_before_departure(stay) if self.ctx else None
        warnings = (
            [
                translate("DefenderTabs", "the visa expires %1, before the planned departure %2")
                .replace("%1", isolated(visa[0]))
                .replace("%2", isolated(visa[1]))
            ]
            if visa
            else []
        )
        self.warning.setText(translate("DefenderTabs", "Warning: %1").replace(
            "%1", "; ".join(warnings)) if warnings else "")
        self.warning.setVisible(bool(warnings))

    # -- actions ----------------------------------------------------------------------------

    def _open(self, ctx: AppContext, kind: str, record_id: str) -> None:
        if kind == "checkin":
            open_checkin(ctx, record_id)
        else:
            open_form(ctx, kind, record_id)

    def new_stay(self) -> None:
        if self.ctx is not None and self.defender_id is not None:
            open_form(self.ctx, "relocation", defaults={"defender": self.defender_id},
                      on_saved=lambda i: self.select(("relocation", i)))

    def schedule_checkin(self) -> None:
        stay_id = self.current_stay()
        if self.ctx is not None and stay_id is not None:
            open_form(self.ctx, "checkin", defaults={"relocation": stay_id},
                      on_saved=lambda i: self.select(("checkin", i)))

    def add_task(self) -> None:
        if self.ctx is None or self.defender_id is None:
            return
        defaults = {"defender": self.defender_id}
        stay_id = self.current_stay()
        if stay_id is not None:
            defaults["relocation"] = stay_id
        open_form(self.ctx, "task", defaults=defaults,
                  on_saved=lambda i: self.select(("task", i)))

    # -- leaving, locking -------------------------------------------------------------------

    def clear(self) -> None:
        super().clear()
        self._stays = {}
        self.warning.setText("")
        self.warning.hide()
