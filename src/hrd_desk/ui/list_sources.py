"""Row sources for PagedRecordModel: the services' SQL lists, page by page.

`CaseworkSource` lists one kind through desk.records (filters and order in SQL) and names the
records each row links to (an incident's defenders) with one query per block; `StaySource` adds
each stay's next check-in (one query per block). `OverviewSource` is
the Defenders list (desk.overview). Both keep nothing but the rows of the blocks asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..model.fields import FieldKind, field_infos
from ..model.records import KINDS, Stored
from ..services.casework import RecordFilter
from ..services.desk import Desk
from ..services.overview import DefenderRow, OverviewFilter
from .i18n import column_ranks
from .record_titles import titles


@dataclass(frozen=True)
class ListRow:
    """A record and the safe titles of the records it links to (id -> title)."""

    record: Stored
    names: Mapping[str, str] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)  # what a page's source adds

    def linked(self, name: str) -> str:
        """The titles a link field points to, joined ("Blue Heron, River Fox")."""
        value = self.record.get(name)
        ids = value if isinstance(value, list) else ([value] if value else [])
        return ", ".join(self.names.get(i, "(deleted)") for i in ids)


class CaseworkSource:
    """One kind of record, filtered and sorted in SQL (contracts of record_model.RowSource)."""

    def __init__(
        self,
        reader: Desk,
        kind: str,
        flt: RecordFilter | None = None,
        *,
        sort_key: str | None = None,
        descending: bool = True,
        name_links: tuple[str, ...] = ("defender",),
    ) -> None:
        self.reader = reader
        self.kind = kind
        self.flt = flt or RecordFilter()
        default = reader.records.query(kind, self.flt)
        self.sort_key = sort_key or default.order_by or "updated"
        self.descending = descending if sort_key else default.descending
        infos = field_infos(KINDS[kind].cls)
        self._ranked: tuple[str, Mapping[str, int] | None] = ("", None)
        self._links = {name: info.ref for name, info in infos.items()
                       if info.kind in (FieldKind.REF, FieldKind.REF_LIST)
                       and info.ref in name_links}

    def count(self) -> int:
        return self.reader.records.count(self.kind, self.flt)

    def ranks(self) -> Mapping[str, int] | None:
        """The sorted column's order when its values are codes (i18n.column_ranks)."""
        if self._ranked[0] != self.sort_key:
            self._ranked = (self.sort_key, column_ranks(self.kind, self.sort_key))
        return self._ranked[1]

    def fetch(self, offset: int, limit: int) -> list[ListRow]:
        records = self.reader.records.list(self.kind, self.flt, order_by=self.sort_key,
                                           descending=self.descending, limit=limit,
                                           offset=offset, ranks=self.ranks())
        wanted: dict[str, set[str]] = {}
        for record in records:
            for name, ref in self._links.items():
                value = record.get(name)
                ids = value if isinstance(value, list) else ([value] if value else [])
                wanted.setdefault(ref or "", set()).update(ids)
        names: dict[str, str] = {}
        for ref, linked in wanted.items():
            names.update(titles(self.reader, ref, sorted(linked)))
        return [ListRow(r, names) for r in records]

    def row_id(self, row: ListRow) -> str:
        return row.record.id

    def position_of(self, record_id: str) -> int | None:
        query = self.reader.records.query(self.kind, self.flt, order_by=self.sort_key,
                                          descending=self.descending, ranks=self.ranks())
        return self.reader.overview.list_position(query, record_id)


class StaySource(CaseworkSource):
    """Stays, each with the check-in that needs someone next (`extra["next_checkin"]`: due and
    status, a missed one first)."""

    def __init__(self, reader: Desk, flt: RecordFilter | None = None) -> None:
        super().__init__(reader, "relocation", flt)

    def fetch(self, offset: int, limit: int) -> list[ListRow]:
        rows = super().fetch(offset, limit)
        upcoming = self.reader.planning.next_checkins([r.record.id for r in rows])
        return [replace(r, extra={"next_checkin": upcoming.get(r.record.id)}) for r in rows]


class OverviewSource:
    """The Defenders list: newest incident first unless a header says otherwise."""

    def __init__(self, reader: Desk, flt: OverviewFilter | None = None) -> None:
        self.overview = reader.overview.defenders()
        self.flt = flt or OverviewFilter()
        self.sort_key = "last_incident"
        self.descending = True
        self._countries: Mapping[str, int] | None = None

    def count(self) -> int:
        return self.overview.count(self.flt)

    def ranks(self) -> Mapping[str, int] | None:
        """Countries by name in the current language (i18n.column_ranks)."""
        if self.sort_key != "country":
            return None
        if self._countries is None:
            self._countries = column_ranks("defender", "country")
        return self._countries

    def fetch(self, offset: int, limit: int) -> list[DefenderRow]:
        return self.overview.page(self.flt, self.sort_key, self.descending, offset=offset,
                                  limit=limit, ranks=self.ranks())

    def row_id(self, row: DefenderRow) -> str:
        return row.id

    def position_of(self, record_id: str) -> int | None:
        return self.overview.position_of(record_id, self.flt, self.sort_key, self.descending,
                                         self.ranks())
