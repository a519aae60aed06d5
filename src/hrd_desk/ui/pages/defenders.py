"""The Defenders section: the list (newest incident first) and, on Enter, a defender's page."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ...errors import HrdDeskError
from ...services.overview import DefenderRow, OverviewFilter
from ..contracts import AppContext
from ..defender_view import (
    CASES_TAB,
    PLAN_TAB,
    RELATED_TAB,
    RELOCATION_TAB,
    RISK_TAB,
    DefenderView,
)
from ..forms import open_form
from ..i18n import QT_TRANSLATE_NOOP, country_text, plural, translate, vocab_text
from ..labels import severity_text
from ..list_export import Shown
from ..list_sources import OverviewSource
from ..record_actions import confirm_delete
from ..record_model import Column
from .list_page import ListPage

STAY_CHECKINS = "stay-checkins"  # open_record kind: a stay on its defender's Relocation tab

COLUMNS: list[Column[DefenderRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Defender"),
        lambda r: r.title,
        "title",
        QT_TRANSLATE_NOOP("Column", "Codename, or name when there is none"),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Country"), lambda r: country_text(r.country), "country"),
    Column(
        QT_TRANSLATE_NOOP("Column", "Last incident"),
        lambda r: r.last_incident or "",
        "last_incident",
        QT_TRANSLATE_NOOP("Column", "When the newest incident happened"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Open incidents"),
        lambda r: str(r.open_incidents) if r.open_incidents else "",
        "open_incidents",
        QT_TRANSLATE_NOOP("Column", "Incidents with status open or monitoring"),
        centered=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Severity (90 days)"),
        lambda r: severity_text(r.max_severity),
        None,
        QT_TRANSLATE_NOOP(
            "Column",
            "Highest severity among incidents of the last 90 days. Severity: 1 "
            "harassment or intimidation; 2 indirect threat; 3 direct threat; 4 threat with "
            "capability shown; 5 attack, detention, abduction or imminent threat to life",
        ),
        centered=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Active case"),
        lambda r: r.case_title or vocab_text("programmes", r.case_programme),
        None,
        QT_TRANSLATE_NOOP("Column", "The newest case that is not closed or declined"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Case status"),
        lambda r: vocab_text("case_statuses", r.case_status),
        None,
    ),
]


class DefenderList(ListPage):
    kinds = frozenset({"defender", "incident", "case"})
    noun = ("defender", "defenders")
    empty_text = QT_TRANSLATE_NOOP("Page",
                                   "No defenders to show. Add one with “New defender…”.")

    def __init__(self, page: DefendersPage) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Section", "Defenders"), COLUMNS, [16, 6, 9, 9, 10, 14, 9]
        )
        self.page = page
        self.add_action(QT_TRANSLATE_NOOP("Page", "New defender…"), self.new_defender,
                        tip=QT_TRANSLATE_NOOP("Page", "Add a defender"))
        self.add_action(QT_TRANSLATE_NOOP("Page", "Open"), lambda: self._open_current(),
                        needs_selection=True,
                        tip=QT_TRANSLATE_NOOP("Page", "Open the selected defender's page (Enter)"))
        self.add_action(QT_TRANSLATE_NOOP("Page", "Delete…"), self._delete_current,
                        needs_selection=True,
                        tip=QT_TRANSLATE_NOOP("Page", "Move the selected defender to Deleted"),
                        keys=QKeySequence(QKeySequence.StandardKey.Delete))
        self.add_list_export("defenders")
        self.filter_text = self.add_filter_text(QT_TRANSLATE_NOOP("Page", "Filter"),
                                                QT_TRANSLATE_NOOP("Page", "Name or codename"))
        self.filter_text.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        self.filters.addStretch(1)

    def count_text(self, total: int) -> str | None:
        return plural("Page", "%n defender(s)", total)

    def make_source(self) -> OverviewSource:
        assert self.ctx is not None
        return OverviewSource(self.ctx.reader, OverviewFilter(text=self.filter_text.text()))

    def shown(self) -> Shown:
        """The ids the filtered list shows, through the overview's own query (no filter: every
        defender)."""
        source = self.model.source
        if isinstance(source, OverviewSource) and source.flt.narrows:
            return Shown(only=source.overview.ids(source.flt))
        return Shown()

    def open_record_id(self, record_id: str) -> None:
        self.page.open_defender(record_id)

    def _open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.page.open_defender(record_id)

    def _delete_current(self) -> None:
        record_id = self.current_id()
        if self.ctx is not None and record_id is not None:
            confirm_delete(self.ctx, "defender", record_id)

    def new_defender(self) -> None:
        if self.ctx is not None:
            open_form(self.ctx, "defender", on_saved=self._created)

    def _created(self, record_id: str) -> None:
        self.table.select_id(record_id)


class DefendersPage(QWidget):
    """contracts.Page for the Defenders section, plus `current_defender_id` and `show_record`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.setAccessibleName(translate("Section", "Defenders"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self.list = DefenderList(self)
        self.view = DefenderView()
        self.view.back_requested.connect(self.show_list)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack)

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.view.attach(ctx)
        self.list.attach(ctx)

    def refresh(self, kinds: frozenset[str]) -> None:
        self.list.refresh(kinds)
        if self.stack.currentWidget() is self.view:
            self.view.refresh(kinds)

    def clear(self) -> None:
        self.view.clear()
        self.view.forget_timeline_states()
        self.list.clear()
        self.stack.setCurrentWidget(self.list)
        self.ctx = None

    # -- navigation ------------------------------------------------------------------------

    def open_defender(self, defender_id: str, *, tab: str | None = None,
                      select: tuple[str, str] | None = None) -> bool:
        if not self.view.show_defender(defender_id, tab=tab, select=select):
            return False
        self.stack.setCurrentWidget(self.view)
        self.view.tabs.setFocus()
        return True

    def show_list(self) -> None:
        selected = self.view.defender_id
        self.view.clear()
        self.stack.setCurrentWidget(self.list)
        if selected is not None:
            self.list.table.select_id(selected)
        self.list.focus_list()

    def show_home(self) -> None:
        """Ctrl+1 or a click on Defenders: back to the list from a defender's page."""
        if self.stack.currentWidget() is self.view:
            self.show_list()

    def current_defender_id(self) -> str | None:
        if self.stack.currentWidget() is self.view:
            return self.view.defender_id
        return self.list.current_id()

    def _show_plan_record(self, kind: str, record_id: str) -> bool:
        """An assessment or item on its defender's Risk tab, a measure on the Security plan."""
        assert self.ctx is not None
        records = self.ctx.reader.records
        try:
            record = records.get(kind, record_id)
            owner: Any = record.get("defender")
            if kind == "risk_item":
                owner = records.get("risk_assessment", str(record.get("assessment"))).get(
                    "defender")
        except HrdDeskError:
            return False
        tab = PLAN_TAB if kind == "security_measure" else RISK_TAB
        return isinstance(owner, str) and not record.deleted and self.open_defender(
            owner, tab=tab, select=(kind, record_id))

    def show_record(self, kind: str, record_id: str) -> bool:
        """Open a defender, or the defender a related person or case belongs to; STAY_CHECKINS:
        a stay on its defender's Relocation tab, with its check-ins and tasks; a risk
        assessment or item on the Risk tab, a measure on the Security plan tab."""
        if self.ctx is None or kind not in ("defender", "related", "case", STAY_CHECKINS,
                                            "risk_assessment", "risk_item", "security_measure"):
            return False
        if kind in ("risk_assessment", "risk_item", "security_measure"):
            return self._show_plan_record(kind, record_id)
        if kind == "defender":
            return self.open_defender(record_id)
        if kind == STAY_CHECKINS:
            try:
                stay_owner = self.ctx.reader.records.get("relocation", record_id).get("defender")
            except HrdDeskError:
                return False
            return isinstance(stay_owner, str) and self.open_defender(
                stay_owner, tab=RELOCATION_TAB, select=("relocation", record_id))
        try:
            owner: Any = self.ctx.reader.records.get(kind, record_id).get("defender")
        except HrdDeskError:
            return False
        tab = RELATED_TAB if kind == "related" else CASES_TAB
        return isinstance(owner, str) and self.open_defender(owner, tab=tab)
