"""Search results for the one search field (Ctrl+F): ranked hits across every kind of record.

Hits are named by their safe titles (never a sensitive value, even when sensitive fields were
searched); Enter opens the record where it lives (a defender's page, an incident's form).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox

from ...errors import HrdDeskError, StorageFailure
from ...model.records import KINDS
from ..record_model import Column
from .list_page import ListPage

log = logging.getLogger(__name__)
MAX_HITS = 500


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    title: str


class HitSource:
    """A fixed list of hits (a search runs once per query; there are at most MAX_HITS)."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.sort_key = "rank"
        self.descending = True

    def count(self) -> int:
        return len(self.hits)

    def fetch(self, offset: int, limit: int) -> list[Hit]:
        return self.hits[offset:offset + limit]

    def row_id(self, row: Hit) -> str:
        return row.id

    def position_of(self, record_id: str) -> int | None:
        return next((n for n, h in enumerate(self.hits) if h.id == record_id), None)


COLUMNS: list[Column[Hit]] = [
    Column("Record", lambda h: h.title, None, "Best matches first"),
    Column("Kind", lambda h: KINDS[h.kind].label.capitalize() if h.kind in KINDS else h.kind,
           None),
]


class SearchPage(ListPage):
    """contracts.Page receiving the global search: `show_results(text)` (also `search`)."""

    kinds = frozenset(KINDS)
    noun = ("match", "matches")
    empty_text = "Nothing matches. Try fewer or shorter words."

    def __init__(self) -> None:
        super().__init__("Search results", COLUMNS, [40, 14])
        self._text = ""
        self.add_action("Open", self._open_current, needs_selection=True,
                        tip="Open the selected record (Enter)")
        self.include_sensitive = QCheckBox("Also search names of relatives, legal names and "
                                           "contact details")
        self.include_sensitive.setAccessibleName("Also search sensitive fields")
        self.include_sensitive.setToolTip("Results still never show those values")
        self.include_sensitive.toggled.connect(lambda _on: self.requery())
        self.filters.addWidget(self.include_sensitive)
        self.filters.addStretch(1)

    def show_results(self, text: str) -> None:
        self._text = text.strip()
        self.requery()
        self.focus_list()

    def search(self, text: str) -> None:
        self.show_results(text)

    def make_source(self) -> HitSource:
        assert self.ctx is not None
        if not self._text:
            return HitSource([])
        try:
            found = self.ctx.reader.search.find(
                self._text, include_sensitive=self.include_sensitive.isChecked(), limit=MAX_HITS)
        except StorageFailure as exc:
            log.warning("search failed (%s)", exc.driver_error)
            self.empty_text = "The search could not be run."
            return HitSource([])
        except HrdDeskError as exc:
            self.empty_text = exc.message
            return HitSource([])
        self.empty_text = "Nothing matches. Try fewer or shorter words."
        return HitSource([Hit(h.kind, h.id, h.title) for h in found])

    def refresh(self, kinds: frozenset[str]) -> None:
        if self.ctx is not None and self._text and kinds & self.kinds:
            self.table.reload_keeping_place()
            self._counted()

    def clear(self) -> None:
        self._text = ""
        super().clear()

    def open_record_id(self, record_id: str) -> None:
        index = self.table.currentIndex()
        hit = self.model.row(index.row()) if index.isValid() else None
        if self.ctx is not None and hit is not None and hit.id == record_id:
            self.ctx.open_record(hit.kind, hit.id)

    def _open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_record_id(record_id)
