"""The start screen's buckets through the services, with the caseworker's day injected.

Due dates are local dates: the same instant is one day in Lima and the next in Auckland, and an
item due "tomorrow" moves to "today" at local midnight, not at UTC midnight.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hrd_desk.cli.planning import item_title
from hrd_desk.services.casework import Casework
from hrd_desk.services.dashboard import Dashboard, build, local_today
from hrd_desk.services.planning import Planning
from hrd_desk.services.session import Session

DAY = date(2026, 3, 10)


@pytest.fixture
def work(session: Session) -> Casework:
    return Casework(session)


def board(work: Casework, day: date = DAY) -> Dashboard:
    return build(work.conn, day)


def kinds(items: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(i.kind, i.due) for i in items]


def d(offset: int) -> str:
    return (DAY + timedelta(days=offset)).isoformat()


def test_buckets_hold_typed_tasks_and_derived_dates(work: Casework) -> None:
    amina = work.add("defender", {"name": "Amina"})
    stay = work.add("relocation", {
        "defender": amina, "host_city": "Utrecht", "planned_arrival": d(3),
        "planned_departure": d(90), "visa_expires": d(5)})
    checkin = work.add("checkin", {"relocation": stay, "due": d(3)})
    late = work.add("task", {"title": "Send visa letter", "due": d(-1), "relocation": stay})
    today = work.add("task", {"title": "Call lawyer", "due": f"{d(0)}T16:00",
                              "defender": amina})
    work.add("task", {"title": "Far away", "due": d(8)})
    done = work.add("task", {"title": "Done already", "due": d(-3)})
    work.edit("task", done, {"status": "done"})
    work.add("task", {"title": "No date"})

    shown = board(work)
    assert [(i.id, item_title(i), i.about) for i in shown.overdue] == [
        (late, "Send visa letter", stay)]
    assert shown.overdue[0].who == "Amina"  # a task about a stay concerns the stay's defender
    assert [(i.id, i.kind, i.about) for i in shown.today] == [(today, "task", amina)]
    assert kinds(shown.week) == [("arrival", d(3)), ("checkin", d(3)), ("visa", d(5))]
    assert [item_title(i) for i in shown.week] == [
        "Arrival: Amina", "Check-in with Amina", "Visa expires: Amina"]  # no host city
    assert {i.id for i in shown.week} == {stay, checkin}

    # a week later: the arrival and check-in are overdue until someone records them
    later = board(work, DAY + timedelta(days=7))
    assert ("arrival", d(3)) in kinds(later.overdue) and ("checkin", d(3)) in kinds(later.overdue)
    work.edit("relocation", stay, {"arrival": d(3)})
    Planning(work.session, today=lambda: DAY + timedelta(days=7)).checkin_done(checkin)
    assert kinds(board(work, DAY + timedelta(days=7)).overdue) == [
        ("task", d(-1)), ("task", f"{d(0)}T16:00"), ("visa", d(5))]


def test_a_missed_checkin_stays_overdue_until_acted_on(work: Casework) -> None:
    amina = work.add("defender", {"name": "Amina"})
    stay = work.add("relocation", {"defender": amina, "host_city": "Oslo",
                                   "planned_arrival": d(-30), "planned_departure": d(60)})
    checkin = work.add("checkin", {"relocation": stay, "due": d(20)})
    planning = Planning(work.session, today=lambda: DAY)
    planning.checkin_missed(checkin)
    assert [(i.id, item_title(i)) for i in board(work).overdue if i.kind == "checkin"] == [
        (checkin, "Missed check-in with Amina")]
    assert [c.id for c in planning.checkins(stay, open_only=True)] == [checkin]
    planning.checkin_done(checkin, note="Reached her on Signal", concern=True)
    assert not [i for i in board(work).overdue if i.kind == "checkin"]
    assert planning.checkins(stay, open_only=True) == []
    held = work.get("checkin", checkin)
    assert (held.fields["done_at"], held.fields["concern"]) == (DAY.isoformat(), "raised")
    # recorded again the next day with a longer note: the date and the concern stay
    next_day = Planning(work.session, today=lambda: DAY + timedelta(days=1))
    assert next_day.checkin_done(checkin, note="Reached her on Signal; calls again Friday")
    held = work.get("checkin", checkin)
    assert (held.fields["done_at"], held.fields["concern"]) == (DAY.isoformat(), "raised")


def test_a_partial_due_date_is_due_on_its_last_day(work: Casework) -> None:
    task = work.add("task", {"title": "Report to donor", "due": "2026-03"})
    assert [i.id for i in board(work, date(2026, 3, 25)).week] == [task]
    assert [i.id for i in board(work, date(2026, 3, 31)).today] == [task]
    assert [i.id for i in board(work, date(2026, 4, 1)).overdue] == [task]


def test_overdue_is_computed_from_the_day_never_stored(work: Casework) -> None:
    task = work.add("task", {"title": "Renew", "due": d(0)})
    planning = Planning(work.session, today=lambda: DAY)
    assert not planning.is_overdue(work.get("task", task))
    assert planning.tasks(overdue_only=True) == []
    tomorrow = Planning(work.session, today=lambda: DAY + timedelta(days=1))
    assert [t.id for t in tomorrow.tasks(overdue_only=True)] == [task]
    assert "overdue" not in work.get("task", task).fields


@pytest.mark.parametrize(("hour", "zone", "expected"), [
    (3, "America/Lima", date(2026, 3, 9)),  # UTC-5: 22:30 the evening before
    (3, "UTC", date(2026, 3, 10)),
    (12, "UTC", date(2026, 3, 10)),
    (12, "Pacific/Auckland", date(2026, 3, 11)),  # UTC+13: 01:30 the day after
])
def test_today_is_the_local_calendar_day(hour: int, zone: str, expected: date) -> None:
    instant = datetime(2026, 3, 10, hour, 30, tzinfo=UTC).timestamp()
    assert local_today(lambda: instant, ZoneInfo(zone)) == expected


def test_items_move_to_today_at_local_midnight(work: Casework) -> None:
    task = work.add("task", {"title": "Check-in call", "due": "2026-03-11"})
    zone = ZoneInfo("Europe/Amsterdam")  # UTC+1 in March
    before = datetime(2026, 3, 10, 22, 59, tzinfo=UTC).timestamp()  # 23:59 local
    after = datetime(2026, 3, 10, 23, 0, tzinfo=UTC).timestamp()  # 00:00 local
    assert [i.id for i in board(work, local_today(lambda: before, zone)).week] == [task]
    assert [i.id for i in board(work, local_today(lambda: after, zone)).today] == [task]
    # the same instant in a zone behind UTC is still the day before
    lima = ZoneInfo("America/Lima")
    assert [i.id for i in board(work, local_today(lambda: after, lima)).week] == [task]


def test_escalating_defenders_compare_30_days_with_the_90_before(work: Casework) -> None:
    def incidents(defender: str, *days_ago: int, severity: int | None = None) -> None:
        for ago in days_ago:
            work.add("incident", {"defenders": [defender], "category": "digital",
                                  "occurred": d(-ago), "description": "x",
                                  "severity": severity})

    more = work.add("defender", {"name": "More now"})
    incidents(more, 1, 5, 29)
    incidents(more, 40, 100)
    worse = work.add("defender", {"name": "Worse now"})
    incidents(worse, 2, severity=5)
    incidents(worse, 31, 50, severity=2)
    calmer = work.add("defender", {"name": "Calmer"})
    incidents(calmer, 3)
    incidents(calmer, 30, 119)  # day 30 ago is in the 90 before; 120 ago counts for neither
    incidents(calmer, 120, 121, 200)
    gone = work.add("defender", {"name": "Deleted"})
    incidents(gone, 1, 2)
    work.delete("defender", gone)

    escalating = board(work).escalating
    assert [(e.defender, e.title, e.recent, e.before) for e in escalating] == [
        (more, "More now", 3, 2), (worse, "Worse now", 1, 2)]
    assert (escalating[1].recent_severity, escalating[1].before_severity) == (5, 2)


def test_open_incidents_by_category_and_stays_in_progress(work: Casework) -> None:
    amina = work.add("defender", {"name": "Amina"})
    for category, status in (("digital", "open"), ("digital", "monitoring"),
                             ("legal", "open"), ("legal", "closed")):
        work.add("incident", {"defenders": [amina], "category": category, "occurred": d(-5),
                              "description": "x", "status": status})
    deleted = work.add("incident", {"defenders": [amina], "category": "physical",
                                    "occurred": d(-5), "description": "x"})
    work.delete("incident", deleted)
    stay = work.add("relocation", {"defender": amina, "host_city": "Utrecht",
                                   "planned_arrival": d(-20), "planned_departure": d(70),
                                   "status": "in-stay"})
    work.add("relocation", {"defender": amina, "host_city": "Oslo",
                            "planned_arrival": d(100), "planned_departure": d(130)})

    shown = board(work)
    assert shown.open_incidents_by_category == {"digital": 2, "legal": 1}
    assert [(s.id, s.title, s.host_city, s.days_left) for s in shown.in_stay] == [
        (stay, "Amina", "Utrecht", 70)]
