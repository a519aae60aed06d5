"""The Threat log: every incident, newest first, opening on the ones still open or monitored."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ...errors import HrdDeskError
from ...model.display import masked
from ...model.vocab import THREAT_CATEGORIES
from ...services.casework import RecordFilter
from ..forms import open_form
from ..i18n import QT_TRANSLATE_NOOP, plural, translate, vocab_term, vocab_text
from ..labels import SEVERITY_SCALE, category_colour, category_text, severity_text
from ..list_sources import CaseworkSource, ListRow
from ..record_actions import confirm_delete
from ..record_model import Column
from .list_page import RecordListPage


def _first_line(text: object) -> str:
    lines = str(text or "").strip().splitlines()
    return lines[0] if lines else ""


def categories_text(primary: object, further: object) -> str:
    """The primary category, then any further ones: a row listed under a further category's
    filter must show that category."""
    text = category_text(str(primary) if primary else None, short=True)
    listed = further if isinstance(further, list) else []
    others = [category_text(str(slug), short=True) for slug in listed if slug != primary]
    return translate("Page", "%1 (also %2)").replace("%1", text).replace(
        "%2", translate("Page", ", ").join(others)) if others else text


COLUMNS: list[Column[ListRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "When"),
        lambda r: r.record.get("occurred") or "",
        "occurred_order",
        QT_TRANSLATE_NOOP("Column", "When it happened, as precisely as known"),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Defender"), lambda r: r.linked("defenders"), None),
    Column(
        QT_TRANSLATE_NOOP("Column", "What happened"),
        lambda r: _first_line(masked(r.record, "description")),
        None,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Category"),
        lambda r: categories_text(r.record.get("category"), r.record.get("also")),
        "category",
        QT_TRANSLATE_NOOP("Column", "The primary category, then any further ones"),
        color=lambda r: category_colour(r.record.get("category")),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Sub-type"),
        lambda r: vocab_text("threat_subtypes", r.record.get("subtype")),
        "subtype",
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Severity"),
        lambda r: severity_text(r.record.get("severity")),
        "severity",
        SEVERITY_SCALE,
        centered=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Status"),
        lambda r: vocab_text("incident_statuses", r.record.get("status")),
        "status",
    ),
]
WHAT_HAPPENED = 2
INCIDENT_CATEGORY = "incident-category"  # open_record kind: a category's open incidents

STATUS_CHOICES = [
    (QT_TRANSLATE_NOOP("IncidentFilter", "Open and monitoring"), ("open", "monitoring")),
    (QT_TRANSLATE_NOOP("IncidentFilter", "Open"), ("open",)),
    (QT_TRANSLATE_NOOP("IncidentFilter", "Monitoring"), ("monitoring",)),
    (QT_TRANSLATE_NOOP("IncidentFilter", "Closed"), ("closed",)),
    (QT_TRANSLATE_NOOP("IncidentFilter", "All incidents"), ()),
]


class ThreatLogPage(RecordListPage):
    form_kind = "incident"
    kinds = frozenset({"incident", "defender"})
    noun = ("incident", "incidents")
    empty_text = QT_TRANSLATE_NOOP("Page", "No incidents match these filters.")

    def count_text(self, total: int) -> str | None:
        return plural("Page", "%n incident(s)", total)

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Section", "Threat log"),
            COLUMNS,
            [8, 10, 24, 8, 10, 5, 7],
            stretch=WHAT_HAPPENED,
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Log incident…"),
            self.log_incident,
            tip=QT_TRANSLATE_NOOP("Page", "Log an incident; choose its defender in the form"),
        )
        self.add_action(QT_TRANSLATE_NOOP("Page", "Edit…"), self.edit_current, needs_selection=True,
                        tip=QT_TRANSLATE_NOOP("Page", "Edit the selected incident (Enter)"))
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Defender"),
            self.open_defender,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Open the selected incident's defender"),
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Delete…"),
            self.delete_current,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Move the selected incident to Deleted"),
            keys=QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.add_list_export("incidents")
        self.status = self.add_filter_combo(QT_TRANSLATE_NOOP("Page", "Status"), STATUS_CHOICES,
                                            context="IncidentFilter")
        categories = [(QT_TRANSLATE_NOOP("Page", "All categories"), None)] + [
            (vocab_term(t.label), t.slug) for t in THREAT_CATEGORIES.terms
        ]
        self.category = self.add_filter_combo(QT_TRANSLATE_NOOP("Page", "Category"), categories)
        self.filters.addStretch(1)

    def make_source(self) -> CaseworkSource:
        assert self.ctx is not None
        flt = RecordFilter(status=self.status.currentData() or (),
                           category=self.category.currentData())
        return CaseworkSource(self.ctx.reader, "incident", flt)

    def _row(self) -> ListRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def current_defender_id(self) -> str | None:
        row = self._row()
        defenders = row.record.get("defenders") if row is not None else None
        return defenders[0] if defenders else None

    def defender_for_new_incident(self) -> str | None:
        """None: a row here is selected by itself (the top one), so it says nothing about whom
        the next incident concerns; the caseworker chooses the defender in the form."""
        return None

    def log_incident(self) -> None:
        if self.ctx is not None:
            open_form(self.ctx, "incident", on_saved=lambda i: self.table.select_id(i))

    def delete_current(self) -> None:
        record_id = self.current_id()
        if self.ctx is not None and record_id is not None:
            confirm_delete(self.ctx, "incident", record_id)

    def show_record(self, kind: str, record_id: str) -> bool:
        """An incident: select it here when listed, and open it for editing. INCIDENT_CATEGORY
        (the start screen's "open incidents by category"): the open and monitored incidents of
        the category `record_id`."""
        if self.ctx is None:
            return False
        if kind == INCIDENT_CATEGORY:
            index = self.category.findData(record_id)
            if index < 0:
                return False
            self.status.setCurrentIndex(0)  # open and monitoring
            self.category.setCurrentIndex(index)
            self.focus_list()
            return True
        if kind != "incident":
            return False
        try:
            if self.ctx.reader.records.get("incident", record_id).deleted:
                return False
        except HrdDeskError:
            return False
        if not self.table.select_id(record_id):
            self.status.setCurrentIndex(len(STATUS_CHOICES) - 1)  # all incidents
            self.category.setCurrentIndex(0)
            self.table.select_id(record_id)
        open_form(self.ctx, "incident", record_id)
        return True
