"""Search results for the one search field (Ctrl+F): ranked hits across every kind of record.

Hits are named by their safe titles (never a sensitive value, even when sensitive fields were
searched); Enter opens the record where it lives (a defender's page, an incident's form).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox

from ...errors import HrdDeskError, InvalidValue, StorageFailure
from ...model.records import KINDS
from ...services.search_snippets import match_snippet
from ..error_words import failure_sentence, reason_text
from ..i18n import QT_TRANSLATE_NOOP, kind_label, plural, translate
from ..record_model import Column
from .list_page import ListPage

log = logging.getLogger(__name__)
MAX_HITS = 500


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    title: str
    defender: str = ""  # the safe title of the defender it belongs to
    snippet: str = ""  # the matched words in context, never from a sensitive field


Describe = Callable[[Hit], Hit]


class HitSource:
    """A fixed list of hits (a search runs once per query; there are at most MAX_HITS); each
    block is described (defender, snippet) only when the list shows it."""

    def __init__(self, hits: list[Hit], describe: Describe | None = None) -> None:
        self.hits = hits
        self.sort_key = "rank"
        self.descending = True
        self._describe = describe
        self._described: set[int] = set()

    def count(self) -> int:
        return len(self.hits)

    def fetch(self, offset: int, limit: int) -> list[Hit]:
        if self._describe is not None:
            for index in range(offset, min(offset + limit, len(self.hits))):
                if index not in self._described:
                    self.hits[index] = self._describe(self.hits[index])
                    self._described.add(index)
        return self.hits[offset:offset + limit]

    def row_id(self, row: Hit) -> str:
        return row.id

    def position_of(self, record_id: str) -> int | None:
        return next((n for n, h in enumerate(self.hits) if h.id == record_id), None)


COLUMNS: list[Column[Hit]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Record"),
        lambda h: h.title,
        None,
        QT_TRANSLATE_NOOP("Column", "Best matches first"),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Defender"), lambda h: h.defender, None),
    Column(
        QT_TRANSLATE_NOOP("Column", "Matched"),
        lambda h: h.snippet,
        None,
        QT_TRANSLATE_NOOP("Column", "The words found, in context (hidden fields are never quoted)"),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Kind"), lambda h: kind_label(h.kind).capitalize(), None),
]
SENSITIVE_OPTION = QT_TRANSLATE_NOOP(
    "Page", "Also search names of relatives, legal names and contact details")
NOTHING = QT_TRANSLATE_NOOP("Page", "Nothing matches “%1”. Try fewer or shorter words.")
NOTHING_PLAIN = QT_TRANSLATE_NOOP(
    "Page", "Nothing matches “%1”. Try fewer or shorter words. Names of relatives, legal names "
    "and contact details are searched only with “Also search names of relatives, legal names "
    "and contact details” ticked.")


class SearchPage(ListPage):
    """contracts.Page receiving the global search: `show_results(text)` (also `search`)."""

    kinds = frozenset(KINDS)
    noun = ("match", "matches")
    empty_text = QT_TRANSLATE_NOOP(
        "Page", "Type in the search field above; results appear as you type."
    )

    def count_text(self, total: int) -> str | None:
        return plural("Page", "%n match(es)", total)

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Section", "Search results"), COLUMNS, [24, 12, 30, 9], stretch=2
        )
        self._text = ""
        self.add_action(QT_TRANSLATE_NOOP("Page", "Open"), self._open_current, needs_selection=True,
                        tip=QT_TRANSLATE_NOOP("Page", "Open the selected record (Enter)"))
        self.include_sensitive = QCheckBox(translate("Page", SENSITIVE_OPTION))
        self.include_sensitive.setAccessibleName(translate("Page", "Also search sensitive fields"))
        self.include_sensitive.setToolTip(
            translate("Page", "Results still never show those values")
        )
        self.include_sensitive.toggled.connect(lambda _on: self.requery())
        self.filters.addWidget(self.include_sensitive)
        self.filters.addStretch(1)

    def show_results(self, text: str, *, focus: bool = True) -> None:
        """Search for `text`; `focus` False while the caseworker is still typing."""
        self._text = text.strip()
        self.requery()
        if focus:
            self.focus_list()

    def search(self, text: str, *, focus: bool = True) -> None:
        self.show_results(text, focus=focus)

    @property
    def text(self) -> str:
        return self._text

    def _describe(self, hit: Hit) -> Hit:
        """The defender a hit belongs to and what it matched (safe titles and non-sensitive
        fields only)."""
        if self.ctx is None:
            return hit
        try:
            record = self.ctx.reader.records.get(hit.kind, hit.id)
        except HrdDeskError:
            return hit
        # incidents and advocacy actions name their defenders in a list, the others in one field
        owners = record.get("defenders") or record.get("defender")
        ids = [str(i) for i in owners] if isinstance(owners, list) else (
            [str(owners)] if owners else [])
        names = self.ctx.reader.overview.titles("defender", ids) if ids else {}
        defender = ", ".join(names[i] for i in ids if i in names)
        snippet = match_snippet(hit.kind, record.fields, self._text,
                                searched_sensitive=self.include_sensitive.isChecked(),
                                marked=record.extra.get("marked", ()))
        return Hit(hit.kind, hit.id, hit.title, defender, snippet)

    def make_source(self) -> HitSource:
        assert self.ctx is not None
        if not self._text:
            self.empty_text = QT_TRANSLATE_NOOP(
                "Page", "Type in the search field above; results appear as you type.")
            return HitSource([])
        try:
            found = self.ctx.reader.search.find(
                self._text, include_sensitive=self.include_sensitive.isChecked(), limit=MAX_HITS)
        except StorageFailure as exc:
            log.warning("search failed (%s)", exc.driver_error)
            self.empty_text = QT_TRANSLATE_NOOP("Page", "The search could not be run.")
            return HitSource([])
        except InvalidValue as exc:  # a date or filter in the query that does not fit
            self.empty_text = reason_text(exc)
            return HitSource([])
        except HrdDeskError as exc:
            self.empty_text = failure_sentence(exc)
            return HitSource([])
        wording = NOTHING if self.include_sensitive.isChecked() else NOTHING_PLAIN
        self.empty_text = translate("Page", wording).replace("%1", self._text)
        return HitSource([Hit(h.kind, h.id, h.title) for h in found], self._describe)

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
