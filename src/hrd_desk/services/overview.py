"""What the GUI's lists show, in SQL that stays fast with 10,000 defenders and 100,000 incidents.

- The Defenders overview: per defender its screen name, country, newest incident, open incident
  count, highest severity in the last 90 days and active case. Sorting and counting use the
  `defender_activity` table (schema v5: kept right by triggers on every cache write), so a page
  costs one index walk for the ids and one look-up per row shown, never a scan of incidents.
- Positions of records in a sorted list, so a list can keep its selection on the same records
  after an edit or an import, wherever the records moved.
- A defender's incident timeline grouped by month, loaded group by group.

Qt-free: the GUI's models call these with the Casework of its read connection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from ..model.display import defender_title, title_of
from ..model.records import KINDS, Stored
from ..store.queries import ListQuery, count_records, get_many
from .casework import Casework

OPEN_STATUSES = ("open", "monitoring")
SEVERITY_WINDOW_DAYS = 90

# sort key -> SQL expression over defender_activity `a` and defenders `d`
_DEFENDER_ORDER = {
    "last_incident": "a.last_incident",
    "title": "coalesce(d.codename, d.name)",
    "country": "d.country",
    "open_incidents": "a.open_incidents",
}


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
    case_title: str | None
    case_status: str | None


@dataclass(frozen=True)
class OverviewFilter:
    """Narrow the Defenders list: name or codename containing `text`, and/or a country."""

    text: str = ""
    country: str | None = None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class DefenderOverview:
    """The Defenders list over one connection (the GUI thread's reader)."""

    def __init__(self, reader: Casework, *, today: Callable[[], date] = date.today) -> None:
        self.conn = reader.conn
        self._today = today

    @staticmethod
    def _tables(flt: OverviewFilter, *, needs_defender: bool = False) -> str:
        """defender_activity alone when it answers (counting, sorting by date), else joined."""
        if needs_defender or flt.text.strip() or flt.country:
            return "defender_activity AS a CROSS JOIN defenders AS d ON d.id = a.defender"
        return "defender_activity AS a"

    def _where(self, flt: OverviewFilter) -> tuple[str, list[Any]]:
        clauses = ["a.deleted = 0"]
        params: list[Any] = []
        if flt.text.strip():
            clauses.append("(d.name LIKE ? ESCAPE '\\' OR d.codename LIKE ? ESCAPE '\\')")
            params += [_like(flt.text.strip())] * 2
        if flt.country:
            clauses.append("d.country = ?")
            params.append(flt.country.upper())
        return " AND ".join(clauses), params

    def count(self, flt: OverviewFilter | None = None) -> int:
        flt = flt or OverviewFilter()
        where, params = self._where(flt)
        sql = f"SELECT count(*) FROM {self._tables(flt)} WHERE {where}"
        return int(self.conn.execute(sql, params).fetchone()[0])

    def ids(
        self,
        flt: OverviewFilter | None = None,
        order: str = "last_incident",
        descending: bool = True,
        *,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[str]:
        """Defender ids in list order (the cheap half of a page: an index walk)."""
        if order not in _DEFENDER_ORDER:
            raise ValueError(f"cannot sort defenders by {order}")
        flt = flt or OverviewFilter()
        where, params = self._where(flt)
        direction = "DESC" if descending else "ASC"
        tables = self._tables(flt, needs_defender=_DEFENDER_ORDER[order].count("d.") > 0)
        sql = (f"SELECT a.defender FROM {tables} WHERE {where} "
               f"ORDER BY {_DEFENDER_ORDER[order]} {direction}, a.defender {direction}")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [str(r[0]) for r in self.conn.execute(sql, params)]

    def rows(self, ids: Sequence[str]) -> list[DefenderRow]:
        """The list lines for `ids`, in the same order (ids no longer listed are left out)."""
        if not ids:
            return []
        since = (self._today() - timedelta(days=SEVERITY_WINDOW_DAYS)).isoformat()
        marks = ", ".join("?" for _ in ids)
        sql = f"""
            SELECT d.id, d.name, d.codename, d.country, a.open_incidents,
                (SELECT l.occurred FROM incident_links AS l
                 WHERE l.defender = d.id AND l.deleted = 0
                 ORDER BY l.occurred_order DESC LIMIT 1),
                (SELECT max(l.severity) FROM incident_links AS l
                 WHERE l.defender = d.id AND l.deleted = 0 AND l.occurred_last >= ?),
                c.id, c.title, c.programme, c.status
            FROM defenders AS d CROSS JOIN defender_activity AS a ON a.defender = d.id
            LEFT JOIN cases AS c ON c.id = (
                SELECT c2.id FROM cases AS c2 WHERE c2.defender = d.id AND c2.deleted = 0
                AND c2.status NOT IN ('closed', 'declined')
                ORDER BY c2.opened_last DESC, c2.updated DESC, c2.id DESC LIMIT 1)
            WHERE d.id IN ({marks})
        """
        found: dict[str, DefenderRow] = {}
        for (d_id, name, codename, country, open_count, last, severity, case_id, case_title,
             programme, case_status) in self.conn.execute(sql, [since, *ids]):
            case_name = None
            if case_id:
                case_name = case_title or title_of("case", {"programme": programme}).removeprefix(
                    "Case: ")
            found[d_id] = DefenderRow(
                id=d_id, title=defender_title({"name": name, "codename": codename}),
                country=country, last_incident=last, open_incidents=int(open_count or 0),
                max_severity=severity, case_id=case_id, case_title=case_name,
                case_status=case_status,
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
    ) -> list[DefenderRow]:
        return self.rows(self.ids(flt, order, descending, offset=offset, limit=limit))

    def position_of(
        self, defender_id: str, flt: OverviewFilter | None = None, order: str = "last_incident",
        descending: bool = True,
    ) -> int | None:
        """Where a defender now is in the list (None when it is not listed)."""
        ids = self.ids(flt, order, descending)
        try:
            return ids.index(defender_id)
        except ValueError:
            return None


# -- positions in Casework lists --------------------------------------------------------------


def list_position(reader: Casework, query: ListQuery, record_id: str) -> int | None:
    """The row a record has in `query`'s order (None when the query does not list it).

    Counts the rows that sort before it, with the same ordering rules as store.queries
    (column, then id, both ascending or descending; NULL is the smallest value).
    """
    column = query.order_by or "updated"
    table = KINDS[query.kind].table
    mine = replace(query, extra=[*query.extra, ("t.id = ?", (record_id,))], limit=None, offset=0)
    if count_records(reader.conn, mine) == 0:
        return None
    row = reader.conn.execute(f'SELECT "{column}" FROM {table} WHERE id = ?',
                              (record_id,)).fetchone()
    value = row[0]
    col = f't."{column}"'
    params: tuple[Any, ...]
    if query.descending:  # before = greater value, or equal value and greater id
        if value is None:
            clause, params = f"({col} IS NOT NULL OR t.id > ?)", (record_id,)
        else:
            clause, params = f"({col} > ? OR ({col} = ? AND t.id > ?))", (value, value, record_id)
    elif value is None:
        clause, params = f"({col} IS NULL AND t.id < ?)", (record_id,)
    else:
        clause = f"({col} IS NULL OR {col} < ? OR ({col} = ? AND t.id < ?))"
        params = (value, value, record_id)
    before = replace(query, extra=[*query.extra, (clause, params)], limit=None, offset=0)
    return count_records(reader.conn, before)


# -- a defender's timeline --------------------------------------------------------------------

# Incidents within one calendar month group under it; a vaguer date (a year, a range across
# months) is its own group, named by its text, so nothing sits under a month it may not be in.
_GROUP_KEY = ("CASE WHEN substr(t.occurred_first, 1, 7) = substr(t.occurred_last, 1, 7) "
              "THEN substr(t.occurred_last, 1, 7) ELSE t.occurred END")


@dataclass(frozen=True)
class TimelineGroup:
    key: str  # "2024-03" for a month, else the date text shared by the group ("2023")
    count: int
    is_month: bool


_INCIDENTS_OF = "FROM incident_links AS t WHERE t.defender = ? AND t.deleted = 0"


def timeline_groups(reader: Casework, defender_id: str) -> list[TimelineGroup]:
    """The defender's incident groups, newest first, with their sizes (one indexed query)."""
    sql = (f"SELECT {_GROUP_KEY} AS g, count(*), max(t.occurred_order) AS l {_INCIDENTS_OF} "
           "GROUP BY g ORDER BY l DESC, g DESC")
    return [TimelineGroup(str(g), int(n), len(str(g)) == 7 and str(g)[4] == "-")
            for g, n, _ in reader.conn.execute(sql, (defender_id,))]


def timeline_items(
    reader: Casework, defender_id: str, group: str, *, offset: int = 0, limit: int = 200
) -> list[Stored]:
    """One group's incidents, newest first."""
    sql = (f"SELECT t.incident {_INCIDENTS_OF} AND {_GROUP_KEY} = ? "
           "ORDER BY t.occurred_order DESC, t.incident DESC LIMIT ? OFFSET ?")
    ids = [str(r[0]) for r in reader.conn.execute(sql, (defender_id, group, limit, offset))]
    found = get_many(reader.conn, "incident", ids)
    return [found[i] for i in ids if i in found]


# -- names of linked records ------------------------------------------------------------------


def titles(reader: Casework, kind: str, ids: Sequence[str]) -> dict[str, str]:
    """Safe titles of linked records (e.g. the defenders of a page of incidents), one query."""
    return {i: title_of(kind, s.fields) for i, s in get_many(reader.conn, kind, list(ids)).items()}



def find_defenders(reader: Casework, text: str, limit: int = 20) -> list[tuple[str, str]]:
    """(id, title) of live defenders whose name or codename contains `text`, for pickers."""
    sql = ("SELECT id, name, codename FROM defenders WHERE deleted = 0 AND "
           "(name LIKE ? ESCAPE '\\' OR codename LIKE ? ESCAPE '\\') "
           "ORDER BY coalesce(codename, name), id LIMIT ?")
    pattern = _like(text.strip())
    return [(str(i), defender_title({"name": n, "codename": c}))
            for i, n, c in reader.conn.execute(sql, (pattern, pattern, limit))]
