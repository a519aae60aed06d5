"""What the GUI's lists show: the Defenders overview, positions in sorted lists, a defender's
incident timeline and defender pickers, fast with 10,000 defenders and 100,000 incidents.

- The Defenders overview: per defender its screen name, country, newest incident, open incident
  count, highest severity in the last 90 days and active case (store/defender_list.py holds the
  SQL, which sorts and counts on the `defender_activity` table kept by triggers).
- Positions of records in a sorted list, so a list can keep its selection on the same records
  after an edit or an import, wherever the records moved.
- A defender's incident timeline grouped by month, loaded group by group.

Qt-free: the GUI's models call these through the Desk's read-only view.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..model.display import MASK, defender_title, hidden_fields, record_title
from ..model.records import Stored
from ..store import defender_list as sql
from ..store import sharing as sharing_store
from ..store.queries import ListQuery, get_many, position_in
from .casework import Casework

OPEN_STATUSES = ("open", "monitoring")
SEVERITY_WINDOW_DAYS = 90


@dataclass(frozen=True)
class DefenderRow:
    """One line of the Defenders list (no sensitive field: legal name and contact stay out)."""

    id: str
    title: str
    country: str | None
    last_incident: str | None  # the newest incident's date as entered (e.g. "2024-03")
    open_incidents: int
    max_severity: int | None  # highest severity among incidents of the last 90 days
    case_id: str | None
    case_title: str | None  # as the caseworker wrote it (masked when marked sensitive)
    case_status: str | None
    case_programme: str | None = None  # a slug: the case's name in lists when it has no title


@dataclass(frozen=True)
class OverviewFilter:
    """Narrow the Defenders list: name or codename containing `text`, and/or a country."""

    text: str = ""
    country: str | None = None

    @property
    def narrows(self) -> bool:
        """The filter leaves some defenders out (blank text matches everyone)."""
        return bool(self.text.strip() or self.country)


class DefenderOverview:
    """The Defenders list over one connection (the GUI thread's reader)."""

    def __init__(self, reader: Casework, *, today: Callable[[], date] = date.today) -> None:
        self._conn = reader.conn
        self._today = today

    def count(self, flt: OverviewFilter | None = None) -> int:
        flt = flt or OverviewFilter()
        return sql.count_defenders(self._conn, flt.text.strip(), flt.country)

    def ids(
        self,
        flt: OverviewFilter | None = None,
        order: str = "last_incident",
        descending: bool = True,
        *,
        offset: int = 0,
        limit: int | None = None,
        ranks: Mapping[str, int] | None = None,
    ) -> list[str]:
        """Defender ids in list order (the cheap half of a page: an index walk); `ranks`: the
        country codes' places, to sort them by name in the reader's language."""
        flt = flt or OverviewFilter()
        return sql.defender_ids(self._conn, flt.text.strip(), flt.country, order=order,
                                descending=descending, offset=offset, limit=limit,
                                ranks=ranks)

    def rows(self, ids: Sequence[str]) -> list[DefenderRow]:
        """The list lines for `ids`, in the same order (ids no longer listed are left out)."""
        since = (self._today() - timedelta(days=SEVERITY_WINDOW_DAYS)).isoformat()
        found: dict[str, DefenderRow] = {}
        lines = sql.defender_lines(self._conn, ids, since)
        marks = sharing_store.marks_of_many(self._conn, [str(line[7]) for line in lines if line[7]])
        for (d_id, name, codename, country, open_count, last, severity, case_id, case_title,
             programme, case_status) in lines:
            if case_id and case_title and "title" in hidden_fields("case", marks.get(case_id, ())):
                case_title = MASK
            found[d_id] = DefenderRow(
                id=d_id, title=defender_title({"name": name, "codename": codename}),
                country=country, last_incident=last, open_incidents=int(open_count or 0),
                max_severity=severity, case_id=case_id, case_title=case_title or None,
                case_status=case_status, case_programme=programme if case_id else None,
            )
        return [found[i] for i in ids if i in found]

    def page(
        self,
        flt: OverviewFilter | None = None,
        order: str = "last_incident",
        descending: bool = True,
        *,
        offset: int = 0,
        limit: int = 200,
        ranks: Mapping[str, int] | None = None,
    ) -> list[DefenderRow]:
        return self.rows(self.ids(flt, order, descending, offset=offset, limit=limit,
                                  ranks=ranks))

    def position_of(
        self, defender_id: str, flt: OverviewFilter | None = None, order: str = "last_incident",
        descending: bool = True, ranks: Mapping[str, int] | None = None,
    ) -> int | None:
        """Where a defender now is in the list (None when it is not listed)."""
        ids = self.ids(flt, order, descending, ranks=ranks)
        try:
            return ids.index(defender_id)
        except ValueError:
            return None


def list_position(reader: Casework, query: ListQuery, record_id: str) -> int | None:
    """The row a record has in `query`'s order (None when the query does not list it)."""
    return position_in(reader.conn, query, record_id)


# -- a defender's timeline --------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineGroup:
    key: str  # "2024-03" for a month, else the date text shared by the group ("2023")
    count: int
    is_month: bool


def timeline_groups(reader: Casework, defender_id: str) -> list[TimelineGroup]:
    """The defender's incident groups, newest first, with their sizes (one indexed query):
    incidents within one calendar month group under it; a vaguer date (a year, a range across
    months) is its own group, named by its text, so nothing sits under a month it may not be in."""
    return [TimelineGroup(g, n, len(g) == 7 and g[4] == "-")
            for g, n in sql.timeline_group_sizes(reader.conn, defender_id)]


def timeline_items(
    reader: Casework, defender_id: str, group: str, *, offset: int = 0, limit: int = 200
) -> list[Stored]:
    """One group's incidents, newest first."""
    ids = sql.timeline_incident_ids(reader.conn, defender_id, group, offset=offset, limit=limit)
    found = get_many(reader.conn, "incident", ids)
    return [found[i] for i in ids if i in found]


# -- names of linked records ------------------------------------------------------------------


def titles(reader: Casework, kind: str, ids: Sequence[str]) -> dict[str, str]:
    """Safe titles of linked records (e.g. the defenders of a page of incidents), one query,
    in English (the CLI); the GUI words them itself from `linked`."""
    return {i: record_title(s) for i, s in linked(reader, kind, ids).items()}


def linked(reader: Casework, kind: str, ids: Sequence[str]) -> dict[str, Stored]:
    """Linked records by id, one query: the facts a face titles in its own language."""
    return get_many(reader.conn, kind, list(ids))


def find_defenders(reader: Casework, text: str, limit: int = 20) -> list[tuple[str, str]]:
    """(id, title) of live defenders whose name or codename contains `text`, for pickers."""
    return [(i, defender_title({"name": n, "codename": c}))
            for i, n, c in sql.defender_names_like(reader.conn, text.strip(), limit)]
