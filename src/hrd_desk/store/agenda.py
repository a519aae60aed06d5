"""The start screen's SQL: what is due by a day, escalating defenders, open incidents, stays.

Days are ISO dates (local dates, chosen by the caller). A due day is the last day a date may mean
(`due_last`): a task due "2026-03" is due by the end of March. Each query is an index range scan
(schema version 9), so the start screen stays cheap at 100,000 incidents.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dbapi import Connection

# Stays that still hold days ahead (a visa, an arrival or a departure to watch).
_ACTIVE_STAYS = "('planned', 'travelling', 'in-stay')"


@dataclass(frozen=True)
class DueRow:
    """Something due: `kind` is task, checkin, visa, arrival or departure; `record` the record
    that holds the date; `about` the record it concerns (a stay, case or defender)."""

    kind: str
    record: str
    due: str
    day: str
    about: str | None
    text: str | None  # a task's title, a stay's host city, a check-in's status
    defender: str | None = None  # a task's defender: its own, else its stay's or case's


def due_by(conn: Connection, until: str) -> list[DueRow]:
    """Everything open that falls due on or before `until`, and every missed check-in."""
    rows: list[DueRow] = []
    for r in conn.execute(
        'SELECT t.id, t.due, t.due_last, coalesce(t.relocation, t."case", t.defender), t.title, '
        "coalesce(t.defender, (SELECT defender FROM relocations WHERE id = t.relocation), "
        '(SELECT defender FROM cases WHERE id = t."case")) FROM tasks AS t '
        "WHERE t.deleted = 0 AND t.status = 'open' AND t.due_last <= ?", (until,)):
        rows.append(DueRow("task", r[0], r[1], r[2], r[3], r[4], r[5]))
    for r in conn.execute(
        "SELECT id, due, due_last, relocation, status FROM checkins WHERE deleted = 0 "
        "AND ((status = 'scheduled' AND due_last <= ?) OR status = 'missed')", (until,)):
        rows.append(DueRow("checkin", r[0], r[1], r[2], r[3], r[4]))
    stay_dates = (
        ("visa", "visa_expires", f"status IN {_ACTIVE_STAYS}"),
        ("arrival", "planned_arrival", "status IN ('planned', 'travelling') AND arrival IS NULL"),
        ("departure", "planned_departure", f"status IN {_ACTIVE_STAYS} AND departure IS NULL"),
    )
    for kind, column, which in stay_dates:
        for r in conn.execute(
            f"SELECT id, {column}, {column}_last, defender, host_city FROM relocations "
            f"WHERE deleted = 0 AND {column}_last <= ? AND {which}", (until,)):
            rows.append(DueRow(kind, r[0], r[1], r[2], r[3], r[4]))
    return rows


def next_checkins(conn: Connection, stays: list[str]) -> dict[str, tuple[str, str]]:
    """Per stay: the check-in that needs someone next as (due, status): a missed one first (it
    waits until someone acts), else the soonest scheduled one. Stays with none are absent."""
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(stays), 500):
        chunk = stays[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for stay, due, status in conn.execute(
                f"SELECT relocation, due, status FROM checkins WHERE deleted = 0 "
                f"AND status IN ('scheduled', 'missed') AND relocation IN ({marks}) "
                "ORDER BY status = 'missed' DESC, due_last, id", chunk):
            found.setdefault(str(stay), (str(due), str(status)))
    return found


def task_assignees(conn: Connection) -> list[str]:
    """Everyone live tasks are for, as typed, in alphabetical order."""
    return [str(r[0]) for r in conn.execute(
        "SELECT DISTINCT assignee FROM tasks WHERE deleted = 0 AND assignee IS NOT NULL "
        "AND assignee != '' ORDER BY assignee COLLATE NOCASE")]


@dataclass(frozen=True)
class IncidentTrend:
    defender: str
    recent: int
    before: int
    recent_severity: int | None
    before_severity: int | None


def incident_trends(conn: Connection, start: str, recent_from: str, until: str
                    ) -> list[IncidentTrend]:
    """Per live defender with incidents from `start` to `until`: how many (and the highest
    severity) from `recent_from` on, and how many before it. An incident counts from the first
    day its date may mean."""
    rows = conn.execute(
        "SELECT l.defender, "
        "sum(l.occurred_first >= :recent), sum(l.occurred_first < :recent), "
        "max(CASE WHEN l.occurred_first >= :recent THEN l.severity END), "
        "max(CASE WHEN l.occurred_first < :recent THEN l.severity END) "
        "FROM incident_links AS l JOIN defenders AS d ON d.id = l.defender AND d.deleted = 0 "
        "WHERE l.deleted = 0 AND l.occurred_first >= :start AND l.occurred_first <= :until "
        "GROUP BY l.defender",
        {"recent": recent_from, "start": start, "until": until})
    return [IncidentTrend(str(r[0]), int(r[1]), int(r[2]), r[3], r[4]) for r in rows]


def open_incidents_by_category(conn: Connection) -> dict[str, int]:
    """Open and monitored incidents per primary category."""
    return {str(r[0]): int(r[1]) for r in conn.execute(
        "SELECT category, count(*) FROM incidents WHERE deleted = 0 "
        "AND status IN ('open', 'monitoring') GROUP BY category ORDER BY category")}


@dataclass(frozen=True)
class StayNow:
    id: str
    defender: str
    host_city: str | None
    arrival: str | None
    departure: str | None  # planned
    departure_last: str | None


def stays_in_progress(conn: Connection) -> list[StayNow]:
    """Stays under way: in stay, or arrived and not yet left (a status not yet updated)."""
    return [StayNow(*r) for r in conn.execute(
        "SELECT id, defender, host_city, coalesce(arrival, planned_arrival), planned_departure, "
        "planned_departure_last FROM relocations WHERE deleted = 0 AND (status = 'in-stay' OR "
        "(status IN ('planned', 'travelling') AND arrival IS NOT NULL AND departure IS NULL)) "
        "ORDER BY planned_departure_last, id")]
