"""The SQL of risk assessments and security plans: measures due or due for review (the start
screen), and a defender's incidents counted by month and category (the Risk tab's trend).

Days are ISO dates chosen by the caller (local dates); a date is due on the last day it may mean.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dbapi import Connection

# Measures someone still has to act on: planned ones fall due; planned and in-place ones are
# reviewed. Lapsed and dropped measures ask for nothing until a caseworker takes them up again.
_REVIEWED = "('planned', 'in-place')"


@dataclass(frozen=True)
class MeasureDue:
    """A measure falling due (`what` = "due") or due for review (`what` = "review")."""

    id: str
    what: str
    date: str  # as typed
    day: str  # the last day it may mean
    title: str
    defender: str


def measures_due(conn: Connection, until: str) -> list[MeasureDue]:
    """Planned measures due on or before `until`, and measures whose review falls by then."""
    rows: list[MeasureDue] = []
    for what, column, statuses in (("due", "due", "('planned')"), ("review", "review", _REVIEWED)):
        for r in conn.execute(
                f"SELECT id, {column}, {column}_last, title, defender FROM security_measures "
                f"WHERE deleted = 0 AND status IN {statuses} AND {column}_last <= ?", (until,)):
            rows.append(MeasureDue(str(r[0]), what, str(r[1]), str(r[2]), str(r[3] or ""),
                                   str(r[4] or "")))
    return rows


def incidents_by_month(conn: Connection, defender_id: str, since: str
                       ) -> list[tuple[str, str, int]]:
    """(YYYY-MM of the first possible day, primary category, count) of the defender's live
    incidents from `since` on, oldest month first."""
    sql = ("SELECT substr(l.occurred_first, 1, 7) AS m, i.category, count(*) "
           "FROM incident_links AS l JOIN incidents AS i ON i.id = l.incident "
           "WHERE l.defender = ? AND l.deleted = 0 AND l.occurred_first >= ? "
           "GROUP BY m, i.category ORDER BY m, i.category")
    return [(str(m), str(c or ""), int(n)) for m, c, n in conn.execute(sql, (defender_id, since))]
