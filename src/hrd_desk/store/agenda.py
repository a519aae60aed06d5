"""The start screen's SQL: what is due by a day, escalating defenders, open incidents, stays.

Days are ISO dates (local dates, chosen by the caller). A due day is the last day a date may mean
(`due_last`): a task due "2026-03" is due by the end of March. Each query is an index range scan
(schema version 9), so the start screen stays cheap at 100,000 incidents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .dbapi import Connection

# More ids than this: read every defender once rather than look each up (bench_dashboard.py).
_LOOKUPS_BEFORE_SCAN = 2000
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
    defender: str | None = None  # whom it concerns: a task's own defender, else its stay's or
    # case's; a check-in's stay's; a stay's


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
        "SELECT c.id, c.due, c.due_last, c.relocation, c.status, s.defender FROM checkins AS c "
        "LEFT JOIN relocations AS s ON s.id = c.relocation WHERE c.deleted = 0 "
        "AND ((c.status = 'scheduled' AND c.due_last <= ?) OR c.status = 'missed')", (until,)):
        rows.append(DueRow("checkin", r[0], r[1], r[2], r[3], r[4], r[5]))
    stay_dates = (
        ("visa", "visa_expires", f"status IN {_ACTIVE_STAYS}"),
        ("arrival", "planned_arrival", "status IN ('planned', 'travelling') AND arrival IS NULL"),
        ("departure", "planned_departure", f"status IN {_ACTIVE_STAYS} AND departure IS NULL"),
    )
    for kind, column, which in stay_dates:
        for r in conn.execute(
            f"SELECT id, {column}, {column}_last, defender, host_city FROM relocations "
            f"WHERE deleted = 0 AND {column}_last <= ? AND {which}", (until,)):
            rows.append(DueRow(kind, r[0], r[1], r[2], r[3], r[4], r[3]))
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
    """Per defender with live incidents from `start` to `until` (deleted defenders included: the
    caller keeps the live ones it names): how many (and the highest severity) from `recent_from`
    on, and how many before it. An incident counts from the first day its date may mean.

    One range scan of a covering index; the rows are summed here, not by GROUP BY (a temporary
    b-tree over the window cost 3-5 times more in bench/bench_dashboard.py)."""
    # defender -> [recent, before, recent severity, before severity]
    sums: dict[str, list[Any]] = {}
    for defender, recent, severity in conn.execute(
            "SELECT defender, occurred_first >= :recent, severity FROM incident_links "
            "WHERE deleted = 0 AND occurred_first >= :start AND occurred_first <= :until",
            {"recent": recent_from, "start": start, "until": until}):
        row = sums.get(defender)
        if row is None:
            row = sums[defender] = [0, 0, None, None]
        period = 0 if recent else 1
        row[period] += 1
        if severity is not None and (row[2 + period] is None or severity > row[2 + period]):
            row[2 + period] = severity
    return [IncidentTrend(str(d), r[0], r[1], r[2], r[3]) for d, r in sums.items()]


def open_incidents_by_category(conn: Connection) -> dict[str, int]:
    """Open and monitored incidents per primary category (one index-ordered count per status:
    `status IN (...)` with GROUP BY sorted the whole set, ~80 times slower at 100,000)."""
    counts: dict[str, int] = {}
    for status in ("open", "monitoring"):
        for category, count in conn.execute(
                "SELECT category, count(*) FROM incidents WHERE deleted = 0 AND status = ? "
                "GROUP BY category", (status,)):
            counts[str(category)] = counts.get(str(category), 0) + int(count)
    return dict(sorted(counts.items()))


def defender_names(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[str, str | None]]:
    """(name, codename) of the live defenders among `ids` (two columns, not whole records).

    By id (the primary key: `deleted` is tested here, since `deleted = 0` in SQL sends the
    planner to the list index and a scan of every defender per statement); past a few thousand
    ids one pass over all defenders costs less than as many look-ups."""
    wanted = set(ids)
    found: dict[str, tuple[str, str | None]] = {}
    if len(wanted) > _LOOKUPS_BEFORE_SCAN:
        for record_id, name, codename, deleted in conn.execute(
                "SELECT id, name, codename, deleted FROM defenders"):
            if not deleted and record_id in wanted:
                found[str(record_id)] = (str(name or ""), codename)
        return found
    unique = sorted(wanted)
    for first in range(0, len(unique), 500):
        chunk = unique[first:first + 500]
        marks = ", ".join("?" for _ in chunk)
        for record_id, name, codename, deleted in conn.execute(
                f"SELECT id, name, codename, deleted FROM defenders WHERE id IN ({marks})",
                chunk):
            if not deleted:
                found[str(record_id)] = (str(name or ""), codename)
    return found





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
