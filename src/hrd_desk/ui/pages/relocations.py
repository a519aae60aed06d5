"""Relocations: every stay in a safe city, current ones first, with what needs watching.

Each row: the defender, the stay's status, the check-in that needs someone next (a missed one
first), the visa's expiry (flagged when it falls before the planned departure), days left,
arrival and departure (actual where recorded, else planned) and the host city, hidden until
Ctrl+Shift+H (sensitive: where the defender is now). Enter edits the stay; "Check-ins" opens
the defender's Relocation tab, where the stay's check-ins and tasks are.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QHideEvent, QKeySequence

from ...errors import HrdDeskError
from ...model.vocab import RELOCATION_STATUSES
from ...services.casework import RecordFilter
from ...services.stay_rules import stay_warnings
from ..due_words import days_until, due_words
from ..forms import open_checkin, open_form
from ..i18n import QT_TRANSLATE_NOOP, isolated, plural, translate, vocab_term, vocab_text
from ..list_sources import ListRow, StaySource
from ..record_actions import confirm_delete
from ..record_model import Column
from ..sensitive import REVEAL_KEYS, mask_text, reveal_shortcut
from .defenders import STAY_CHECKINS
from .list_page import RecordListPage

CURRENT = ("planned", "travelling", "in-stay")
STATUS_CHOICES: list[tuple[str, tuple[str, ...]]] = [
    (QT_TRANSLATE_NOOP("Page", "Current (planned, travelling, in stay)"), CURRENT),
    (QT_TRANSLATE_NOOP("Page", "All stays"), ()),
]
# vocabulary labels: translated in __init__
STATUS_CHOICES += [(t.label, (t.slug,)) for t in RELOCATION_STATUSES.terms]
HOST_CITY = 7


def _when(row: ListRow, actual: str, planned: str) -> str:
    value = row.record.get(actual)
    if value:
        return str(value)
    planned_value = row.record.get(planned)
    return translate("Page", "%1 (planned)").replace("%1", isolated(str(planned_value))) \
        if planned_value else ""


def visa_text(row: ListRow) -> str:
    visa = row.record.get("visa_expires")
    if not visa:
        return ""
    if stay_warnings(row.record.fields):
        return translate("Page", "%1, before departure!").replace("%1", isolated(str(visa)))
    return str(visa)


class RelocationsPage(RecordListPage):
    form_kind = "relocation"
    kinds = frozenset({"relocation", "checkin", "defender"})
    noun = ("stay", "stays")
    empty_text = QT_TRANSLATE_NOOP("Page", "No stays match this filter. Add one with “New stay…”.")

    def count_text(self, total: int) -> str | None:
        return plural("Page", "%n stay(s)", total)

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Section", "Relocations"),
            self._columns(),
            [12, 7, 13, 12, 6, 11, 11, 9],
            stretch=0,
        )
        self.revealed = False
        self.add_intro(translate(
            "Page", "Stays in a safe city. A missed check-in is listed first in its row until "
            "someone records a contact. Host cities are hidden: %1 shows them.").replace(
                "%1", REVEAL_KEYS))
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "New stay…"),
            self.new_stay,
            tip=QT_TRANSLATE_NOOP("Page", "Plan a stay for a defender"),
        )
        self.add_action(QT_TRANSLATE_NOOP("Page", "Edit…"), self.edit_current, needs_selection=True,
                        tip=QT_TRANSLATE_NOOP("Page", "Edit the selected stay (Enter)"))
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Check-ins"),
            self.open_checkins,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP(
                "Page",
                "The stay's check-ins and tasks, on its defender's Relocation tab, "
                "where check-ins are scheduled and recorded",
            ),
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Delete…"),
            self.delete_current,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Move the selected stay to Deleted"),
            keys=QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.add_list_export("stays")
        # vocabulary labels translated now (the list is built at import, before a language)
        choices = [(vocab_term(text, "relocation_statuses") if slugs and len(slugs) == 1
                    else text, slugs)
                   for text, slugs in STATUS_CHOICES]
        self.status = self.add_filter_combo(QT_TRANSLATE_NOOP("Page", "Show"), choices)
        self.filters.addStretch(1)
        reveal_shortcut(self, self.toggle_hidden_values)

    def _columns(self) -> list[Column[ListRow]]:
        # What needs watching first (a small screen shows these without scrolling), then dates.
        return [
            Column(QT_TRANSLATE_NOOP("Column", "Defender"), lambda r: r.linked("defender"), None),
            Column(
                QT_TRANSLATE_NOOP("Column", "Status"),
                lambda r: vocab_text("relocation_statuses", r.record.get("status")),
                "status",
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "Next check-in"),
                self._next_checkin,
                None,
                QT_TRANSLATE_NOOP(
                    "Column",
                    "A missed check-in first (it waits until someone acts), else the next due",
                ),
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "Visa expires"),
                visa_text,
                "visa_expires_order",
                QT_TRANSLATE_NOOP(
                    "Column", "Flagged when the visa expires before the planned departure"
                ),
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "Days left"),
                self._days_left,
                None,
                QT_TRANSLATE_NOOP("Column", "Days until the planned departure of a stay under way"),
                centered=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "Arrival"),
                lambda r: _when(r, "arrival", "planned_arrival"),
                "planned_arrival_order",
                QT_TRANSLATE_NOOP("Column", "The arrival recorded, else the planned one"),
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "Departure"),
                lambda r: _when(r, "departure", "planned_departure"),
                "planned_departure_order",
                QT_TRANSLATE_NOOP("Column", "The departure recorded, else the planned one"),
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "Host city"),
                self._host_city,
                None,
                QT_TRANSLATE_NOOP(
                    "Column", "Hidden: where the defender is now. Ctrl+Shift+H shows or hides it"
                ),
            ),
        ]

    # -- columns ----------------------------------------------------------------------------

    def _today(self) -> date:
        return self.ctx.reader.planning.today() if self.ctx is not None else date.today()

    def _days_left(self, row: ListRow) -> str:
        if row.record.get("status") != "in-stay" and not (
                row.record.get("arrival") and not row.record.get("departure")
                and row.record.get("status") not in ("returned", "cancelled")):
            return ""
        days = days_until(row.record.get("planned_departure"), self._today())
        return "" if days is None else str(days)

    def _next_checkin(self, row: ListRow) -> str:
        upcoming = row.extra.get("next_checkin")
        if not upcoming:
            return ""
        due, status = upcoming
        if status == "missed":
            return translate("Page", "Missed (%1)").replace("%1", isolated(str(due)))
        words = due_words(due, self._today())
        return f"{due} ({words})" if words else str(due)

    def _host_city(self, row: ListRow) -> str:
        city = row.record.get("host_city")
        if not city:
            return ""
        return str(city) if self.revealed else mask_text()

    # -- the page ---------------------------------------------------------------------------

    def make_source(self) -> StaySource:
        assert self.ctx is not None
        return StaySource(self.ctx.reader, RecordFilter(status=self.status.currentData() or ()))

    def toggle_hidden_values(self) -> None:
        """REVEAL_KEYS: show the host cities until the page is left, or hide them again."""
        self.revealed = not self.revealed
        self._repaint_cities()

    def conceal(self) -> None:
        if self.revealed:
            self.revealed = False
            self._repaint_cities()

    def _repaint_cities(self) -> None:
        rows = self.model.rowCount()
        if rows:
            self.model.dataChanged.emit(self.model.index(0, HOST_CITY),
                                        self.model.index(rows - 1, HOST_CITY))

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page hides the host cities again."""
        self.conceal()
        super().hideEvent(event)

    def clear(self) -> None:
        self.revealed = False
        super().clear()

    def current_defender_id(self) -> str | None:
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        defender = row.record.get("defender") if row is not None else None
        return defender if isinstance(defender, str) else None

    # -- actions ----------------------------------------------------------------------------

    def new_stay(self) -> None:
        if self.ctx is not None:
            open_form(self.ctx, "relocation", on_saved=lambda i: self.table.select_id(i))

    def open_checkins(self) -> None:
        record_id = self.current_id()
        if self.ctx is not None and record_id is not None:
            self.ctx.open_record(STAY_CHECKINS, record_id)

    def delete_current(self) -> None:
        record_id = self.current_id()
        if self.ctx is not None and record_id is not None:
            confirm_delete(self.ctx, "relocation", record_id)

    def show_record(self, kind: str, record_id: str) -> bool:
        """A stay: selected here (all stays listed if needed) and opened for editing; a
        check-in: its window."""
        if self.ctx is None or kind not in ("relocation", "checkin"):
            return False
        try:
            record = self.ctx.reader.records.get(kind, record_id)
        except HrdDeskError:
            return False
        if record.deleted:
            return False
        stay_id = record_id if kind == "relocation" else str(record.get("relocation"))
        if not self.table.select_id(stay_id):
            self.status.setCurrentIndex(1)  # all stays
            self.table.select_id(stay_id)
        if kind == "checkin":
            open_checkin(self.ctx, record_id)
        else:
            open_form(self.ctx, "relocation", record_id)
        return True
