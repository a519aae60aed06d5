"""The SQL behind the Defenders list, the defender pickers and a defender's incident timeline.

Fast with 10,000 defenders and 100,000 incidents: sorting and counting use the
`defender_activity` table (schema v5: kept right by triggers on every cache write), so a page
costs one index walk for the ids and one look-up per row shown, never a scan of incidents. The
services (services/overview.py) turn these rows into what the faces show.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .dbapi import Connection
from .queries import ranked

# sort key -> SQL expression over defender_activity `a` and defenders `d`
DEFENDER_ORDER = {
    "last_incident": "a.last_incident",
    "title": "coalesce(d.codename, d.name)",
    "country": "d.country",
    "open_incidents": "a.open_incidents",
}


def like_pattern(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching `text` anywhere, wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _tables(text: str, country: str | None, *, needs_defender: bool = False) -> str:
    """defender_activity alone when it answers (counting, sorting by date), else joined."""
    if needs_defender or text or country:
        return "defender_activity AS a CROSS JOIN defenders AS d ON d.id = a.defender"
    return "defender_activity AS a"


def _where(text: str, country: str | None) -> tuple[str, list[Any]]:
    clauses = ["a.deleted = 0"]
    params: list[Any] = []
    if text:
        clauses.append("(d.name LIKE ? ESCAPE '\\' OR d.codename LIKE ? ESCAPE '\\')")
        params += [like_pattern(text)] * 2
    if country:
        clauses.append("d.country = ?")
        params.append(country.upper())
    return " AND ".join(clauses), params


def count_defenders(conn: Connection, text: str = "", country: str | None = None) -> int:
    """Live defenders whose name or codename contains `text`, in `country` when given."""
    where, params = _where(text, country)
    sql = f"SELECT count(*) FROM {_tables(text, country)} WHERE {where}"
    return int(conn.execute(sql, params).fetchone()[0])


def defender_ids(
    conn: Connection, text: str = "", country: str | None = None, *,
    order: str = "last_incident", descending: bool = True, offset: int = 0,
    limit: int | None = None, ranks: Mapping[str, int] | None = None,
) -> list[str]:
    """Defender ids in list order (the cheap half of a page: an index walk); `ranks` orders
    the country column by each code's place in it (its name in the reader's language)."""
    if order not in DEFENDER_ORDER:
        raise ValueError(f"cannot sort defenders by {order}")
    where, params = _where(text, country)
    direction = "DESC" if descending else "ASC"
    tables = _tables(text, country, needs_defender="d." in DEFENDER_ORDER[order])
    key, key_params = ranked(conn, DEFENDER_ORDER[order], ranks if order == "country" else None,
                             "defenders", "country")
    params += key_params
    sql = (f"SELECT a.defender FROM {tables} WHERE {where} "
           f"ORDER BY {key} {direction}, a.defender {direction}")
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [str(r[0]) for r in conn.execute(sql, params)]


def defender_lines(conn: Connection, ids: Sequence[str], since: str) -> list[tuple[Any, ...]]:
    """Per defender in `ids` (any order): id, name, codename, country, open incidents, the
    newest incident's date text, the highest severity of incidents ending on or after `since`,
    and the newest active case's id, title, programme and status."""
    if not ids:
        return []
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
    return [tuple(r) for r in conn.execute(sql, [since, *ids])]


def defender_names_like(conn: Connection, text: str, limit: int) -> list[tuple[str, Any, Any]]:
    """(id, name, codename) of live defenders whose name or codename contains `text`."""
    sql = ("SELECT id, name, codename FROM defenders WHERE deleted = 0 AND "
           "(name LIKE ? ESCAPE '\\' OR codename LIKE ? ESCAPE '\\') "
           "ORDER BY coalesce(codename, name), id LIMIT ?")
    pattern = like_pattern(text)
    return [(str(i), n, c) for i, n, c in conn.execute(sql, (pattern, pattern, limit))]


# -- a defender's timeline --------------------------------------------------------------------

# Incidents within one calendar month group under it; a vaguer date (a year, a range across
# months) is its own group, named by its text, so nothing sits under a month it may not be in.
_GROUP_KEY = ("CASE WHEN substr(t.occurred_first, 1, 7) = substr(t.occurred_last, 1, 7) "
              "THEN substr(t.occurred_last, 1, 7) ELSE t.occurred END")
_INCIDENTS_OF = "FROM incident_links AS t WHERE t.defender = ? AND t.deleted = 0"


def timeline_group_sizes(conn: Connection, defender_id: str) -> list[tuple[str, int]]:
    """(group key, incident count) of the defender's live incidents, newest group first."""
    sql = (f"SELECT {_GROUP_KEY} AS g, count(*), max(t.occurred_order) AS l {_INCIDENTS_OF} "
           "GROUP BY g ORDER BY l DESC, g DESC")
    return [(str(g), int(n)) for g, n, _ in conn.execute(sql, (defender_id,))]


def timeline_incident_ids(conn: Connection, defender_id: str, group: str, *, offset: int,
                          limit: int) -> list[str]:
    """One group's incident ids, newest first."""
    sql = (f"SELECT t.incident {_INCIDENTS_OF} AND {_GROUP_KEY} = ? "
           "ORDER BY t.occurred_order DESC, t.incident DESC LIMIT ? OFFSET ?")
    return [str(r[0]) for r in conn.execute(sql, (defender_id, group, limit, offset))]
