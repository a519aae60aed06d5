"""The start screen: overdue, today, this week; escalating defenders; open incidents; stays.

Due dates are local dates: "today" is the caseworker's calendar day where the computer is
(`local_today`, with the clock and time zone injectable for tests), and a date is due on the last
day it may mean. Overdue is computed here from that day, never stored. This week is the seven
days after today. Items that the app derives (a check-in due, a visa expiring, a planned arrival
or departure, a security measure due or due for review) sit beside typed tasks without being
copied into them.

A defender is escalating when the last 30 days (today included) hold more incidents, or a higher
severity, than the 90 days before them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from ..model.display import defender_title, hidden_fields
from ..store import agenda, plans
from ..store import sharing as sharing_store
from ..store.dbapi import Connection

RECENT_DAYS = 30
BEFORE_DAYS = 90
WEEK_DAYS = 7


def local_today(now: Callable[[], float] = time.time, zone: tzinfo | None = None) -> date:
    """The calendar day at `now` in `zone` (this computer's time zone by default)."""
    instant = datetime.fromtimestamp(now()).astimezone() if zone is None else (
        datetime.fromtimestamp(now(), zone))
    return instant.date()


@dataclass(frozen=True)
class Item:
    """One line of a bucket, as facts the faces word in their language (ui/ through tr(),
    cli/planning.item_title in English): `id` the record holding the date (for visa, arrival and
    departure items, the stay), `about` the record it concerns, `kind` what is due (task,
    checkin, visa, arrival, departure, measure, review), `missed` a check-in recorded missed.
    `subject` names it: a task's or measure's title (empty when marked sensitive or absent), the
    defender's safe title for check-ins and stay dates (empty when unknown)."""

    id: str
    kind: str
    due: str
    subject: str
    about: str | None
    who: str = ""  # the safe title of the defender a task or measure concerns
    missed: bool = False


@dataclass(frozen=True)
class Escalation:
    defender: str
    title: str
    recent: int
    before: int
    recent_severity: int | None
    before_severity: int | None


@dataclass(frozen=True)
class StayInProgress:
    id: str
    defender: str
    title: str
    host_city: str | None
    arrival: str | None
    departure: str | None
    days_left: int | None


@dataclass
class Dashboard:
    day: date
    overdue: list[Item] = field(default_factory=list)
    today: list[Item] = field(default_factory=list)
    week: list[Item] = field(default_factory=list)
    escalating: list[Escalation] = field(default_factory=list)
    open_incidents_by_category: dict[str, int] = field(default_factory=dict)
    in_stay: list[StayInProgress] = field(default_factory=list)


def _subject(row: agenda.DueRow, names: dict[str, str], hidden: frozenset[str] = frozenset()
             ) -> str:
    """`hidden`: the row's masked fields (model/display.hidden_fields): a task's title marked
    sensitive is not put on the start screen."""
    if row.kind == "task":
        return "" if "title" in hidden else (row.text or "")
    if row.kind == "checkin":
        return names.get(row.defender or "", "")
    return names.get(row.about or "", "")  # never the host city: it is sensitive


def _defender_names(conn: Connection, ids: set[str]) -> dict[str, str]:
    """Safe titles of the live defenders among `ids`."""
    return {i: defender_title({"name": name, "codename": codename})
            for i, (name, codename) in agenda.defender_names(conn, sorted(ids)).items()}


def build(conn: Connection, day: date) -> Dashboard:
    """The start screen as of the local calendar day `day`."""
    board = Dashboard(day)
    rows = agenda.due_by(conn, (day + timedelta(days=WEEK_DAYS)).isoformat())
    trends = [t for t in agenda.incident_trends(
        conn, (day - timedelta(days=RECENT_DAYS + BEFORE_DAYS - 1)).isoformat(),
        (day - timedelta(days=RECENT_DAYS - 1)).isoformat(), day.isoformat())
        if t.recent > t.before or (t.recent_severity or 0) > (t.before_severity or 0)]
    stays = agenda.stays_in_progress(conn)
    names = _defender_names(conn, {*(t.defender for t in trends), *(s.defender for s in stays),
                                   *(r.defender for r in rows if r.defender)})
    measures = plans.measures_due(conn, (day + timedelta(days=WEEK_DAYS)).isoformat())
    names.update(_defender_names(conn, {m.defender for m in measures} - set(names)))
    marks = sharing_store.marks_of_many(conn, [r.record for r in rows if r.kind == "task"]
                                        + [m.id for m in measures])
    dated: list[tuple[str, str, str, str, Item, bool]] = []
    for row in rows:
        who = names.get(row.defender or "", "") if row.kind == "task" else ""
        hidden = hidden_fields("task", marks[row.record]) if row.record in marks else frozenset()
        dated.append((row.day, row.due, row.kind, row.record,
                      Item(row.record, row.kind, row.due, _subject(row, names, hidden), row.about,
                           who, row.kind == "checkin" and row.text == "missed"),
                      row.text == "missed" and row.kind == "checkin"))
    for m in measures:
        if m.defender not in names:  # a deleted defender's plan asks for nothing
            continue
        kind = "measure" if m.what == "due" else "review"
        # a title marked sensitive is not put on the start screen
        title = "" if "title" in marks.get(m.id, ()) else m.title
        dated.append((m.day, m.date, kind, m.id, Item(
            m.id, kind, m.date, title or "", m.defender, names.get(m.defender, "")), False))
    for due_on, _due, _kind, _record, item, missed in sorted(dated, key=lambda d: d[:4]):
        due_day = date.fromisoformat(due_on)
        if due_day < day or missed:
            board.overdue.append(item)
        elif due_day == day:
            board.today.append(item)
        else:
            board.week.append(item)
    board.escalating = sorted(
        (Escalation(t.defender, names[t.defender], t.recent, t.before,
                    t.recent_severity, t.before_severity)
         for t in trends if t.defender in names),  # live defenders only
        key=lambda e: (-(e.recent - e.before), -(e.recent_severity or 0), e.defender))
    board.open_incidents_by_category = agenda.open_incidents_by_category(conn)
    board.in_stay = [
        StayInProgress(s.id, s.defender, names.get(s.defender, ""), s.host_city, s.arrival,
                       s.departure, (date.fromisoformat(s.departure_last) - day).days
                       if s.departure_last else None)
        for s in stays]
    return board
