"""Relocation stays, check-ins and tasks through the services: the rules a caseworker relies on.

Every refusal is a typed error naming the field and changes nothing (a dump of every table before
and after is compared). A visa expiring before the planned departure is flagged, not refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from hrd_desk.cli.planning import item_title
from hrd_desk.errors import InvalidValue
from hrd_desk.services.casework import Casework, RecordFilter
from hrd_desk.services.session import Session
from hrd_desk.services.stay_rules import stay_warnings
from vault_support import table_dump


@pytest.fixture
def work(session: Session) -> Casework:
    return Casework(session)


@pytest.fixture
def defender(work: Casework) -> str:
    return work.add("defender", {"name": "Amina"})


def stay(work: Casework, defender: str, arrival: str = "2026-03-01",
         departure: str = "2026-05-31", **more: Any) -> str:
    return work.add("relocation", {"defender": defender, "host_city": "Utrecht",
                                   "planned_arrival": arrival, "planned_departure": departure,
                                   **more})


def refused(work: Casework, field: str, action: Callable[[], object]) -> None:
    before = table_dump(work.conn)
    with pytest.raises(InvalidValue) as caught:
        action()
    assert caught.value.field == field
    assert table_dump(work.conn) == before


def test_a_stay_round_trips_with_its_fields(work: Casework, defender: str) -> None:
    person = work.add("related", {"defender": defender, "name": "Sami",
                                  "relationship": "partner"})
    case = work.add("case", {"defender": defender, "programme": "relocation"})
    stay_id = stay(work, defender, case=case, companion=person, visa_expires="2026-06-15",
                   travel_status="visa-granted", accommodation="Flat 3, Oudegracht",
                   return_plan="Back to Nairobi", follow_up="Monthly calls for six months")
    held = work.get("relocation", stay_id)
    assert held.fields["status"] == "planned"
    assert (held.fields["case"], held.fields["companion"]) == (case, person)
    assert held.fields["visa_expires"] == "2026-06-15"
    assert [r.id for r in work.list("relocation", RecordFilter(defender=defender))] == [stay_id]


def test_departure_must_be_after_arrival(work: Casework, defender: str) -> None:
    refused(work, "planned_departure", lambda: stay(work, defender, "2026-03-01", "2026-03-01"))
    refused(work, "planned_departure", lambda: stay(work, defender, "2026-03-01", "2026-02-20"))
    stay_id = stay(work, defender)
    refused(work, "departure", lambda: work.edit("relocation", stay_id, {
        "arrival": "2026-03-02", "departure": "2026-03-01"}))
    # a partial date that may fall after the arrival is not refused
    assert stay(work, work.add("defender", {"name": "B"}), "2026-03-10", "2026-03")


def test_a_stay_overlapping_another_of_the_same_defender_is_refused(
        work: Casework, defender: str) -> None:
    first = stay(work, defender, "2026-03-01", "2026-05-31")
    refused(work, "planned_arrival", lambda: stay(work, defender, "2026-05-01", "2026-07-31"))
    refused(work, "planned_arrival", lambda: stay(work, defender, "2026-01-01", "2026-12-31"))
    # back to back is no overlap; another defender's stay is none of this one's business
    second = stay(work, defender, "2026-05-31", "2026-08-31")
    stay(work, work.add("defender", {"name": "Other"}), "2026-04-01", "2026-04-30")
    # moving a stay onto another is refused too; cancelled or deleted stays hold no days
    refused(work, "planned_arrival", lambda: work.edit("relocation", second, {
        "planned_arrival": "2026-05-15"}))
    work.edit("relocation", first, {"status": "cancelled"})
    assert work.edit("relocation", second, {"planned_arrival": "2026-05-15"})
    refused(work, "planned_arrival", lambda: work.edit("relocation", first, {
        "status": "planned"}))
    work.delete("relocation", second)
    assert work.edit("relocation", first, {"status": "planned"})


def test_restoring_a_stay_onto_another_is_refused(work: Casework, defender: str) -> None:
    first = stay(work, defender, "2026-03-01", "2026-05-31")
    work.delete("relocation", first)
    second = stay(work, defender, "2026-04-01", "2026-06-30")
    refused(work, "planned_arrival", lambda: work.restore("relocation", first))
    work.edit("relocation", second, {"status": "cancelled"})
    assert work.restore("relocation", first)


def test_actual_dates_count_for_overlap(work: Casework, defender: str) -> None:
    first = stay(work, defender, "2026-03-01", "2026-05-31")
    work.edit("relocation", first, {"arrival": "2026-03-01", "departure": "2026-04-10"})
    assert stay(work, defender, "2026-04-20", "2026-06-30")


def test_links_must_belong_to_the_stays_defender(work: Casework, defender: str) -> None:
    other = work.add("defender", {"name": "Other"})
    foreign = work.add("related", {"defender": other, "name": "X", "relationship": "partner"})
    refused(work, "companion", lambda: stay(work, defender, companion=foreign))
    training = work.add("case", {"defender": defender, "programme": "training"})
    refused(work, "case", lambda: stay(work, defender, case=training))
    elsewhere = work.add("case", {"defender": other, "programme": "relocation"})
    refused(work, "case", lambda: stay(work, defender, case=elsewhere))


def test_a_visa_expiring_before_departure_is_flagged_not_refused(
        work: Casework, defender: str) -> None:
    stay_id = stay(work, defender, visa_expires="2026-05-15")
    warnings = stay_warnings(work.get("relocation", stay_id).fields)
    assert warnings == ["the visa expires 2026-05-15, before the planned departure 2026-05-31"]
    work.edit("relocation", stay_id, {"visa_expires": "2026-06-30"})
    assert stay_warnings(work.get("relocation", stay_id).fields) == []


def test_checkins_fall_during_or_after_the_stay(work: Casework, defender: str) -> None:
    stay_id = stay(work, defender)
    refused(work, "due", lambda: work.add("checkin", {"relocation": stay_id,
                                                      "due": "2026-02-28"}))
    during = work.add("checkin", {"relocation": stay_id, "due": "2026-03-15"})
    after = work.add("checkin", {"relocation": stay_id, "due": "2026-09-01"})
    assert work.get("checkin", during).fields["status"] == "scheduled"
    assert [c.id for c in work.list("checkin", RecordFilter(
        equals={"relocation": stay_id}))] == [during, after]
    # the actual arrival counts once known
    work.edit("relocation", stay_id, {"arrival": "2026-03-10"})
    refused(work, "due", lambda: work.add("checkin", {"relocation": stay_id,
                                                      "due": "2026-03-05"}))


def test_a_checkin_done_says_when_and_only_then_how(work: Casework, defender: str) -> None:
    checkin = work.add("checkin", {"relocation": stay(work, defender), "due": "2026-03-15"})
    refused(work, "done_at", lambda: work.edit("checkin", checkin, {"status": "done"}))
    refused(work, "concern", lambda: work.edit("checkin", checkin, {"concern": "raised"}))
    assert work.edit("checkin", checkin, {"status": "done", "done_at": "2026-03-15",
                                          "how": "call", "concern": "raised"})


def test_task_links_follow_its_defender(work: Casework, defender: str) -> None:
    other = work.add("defender", {"name": "Other"})
    stay_id = stay(work, defender)
    refused(work, "relocation", lambda: work.add("task", {
        "title": "Book flight", "defender": other, "relocation": stay_id}))
    task = work.add("task", {"title": "Book flight", "due": "2026-02-20T09:30",
                             "defender": defender, "relocation": stay_id, "assignee": "Lena"})
    held = work.get("task", task)
    assert (held.fields["status"], held.fields["assignee"]) == ("open", "Lena")
    assert work.edit("task", task, {"status": "cancelled"})


def test_a_defender_s_tasks_include_those_about_its_stays_and_cases(
        work: Casework, defender: str) -> None:
    other = work.add("defender", {"name": "Other"})
    stay_id = stay(work, defender)
    case = work.add("case", {"defender": defender, "programme": "relocation"})
    named = work.add("task", {"title": "Call lawyer", "due": "2026-02-20", "defender": defender})
    by_stay = work.add("task", {"title": "Book flight", "due": "2026-02-21",
                                "relocation": stay_id})
    by_case = work.add("task", {"title": "Write report", "due": "2026-02-22", "case": case})
    work.add("task", {"title": "Someone else's", "due": "2026-02-23", "defender": other})
    work.add("task", {"title": "Nobody's", "due": "2026-02-24"})
    listed = [t.id for t in work.list("task", RecordFilter(defender=defender))]
    assert sorted(listed) == sorted([named, by_stay, by_case])


def test_stays_checkins_and_tasks_are_found_by_search(work: Casework, defender: str) -> None:
    from hrd_desk.services.search import search

    stay_id = stay(work, defender, accommodation="Flat above the bakery",
                   return_plan="Back to Mombasa with the network")
    checkin = work.add("checkin", {"relocation": stay_id, "due": "2026-03-15",
                                   "note": "Asked about the harbour job"})
    task = work.add("task", {"title": "Buy winter coat", "relocation": stay_id})

    def found(text: str, **options: Any) -> list[tuple[str, str]]:
        return [(h.kind, h.id) for h in search(work.conn, text, **options)]

    assert found("Mombasa") == [("relocation", stay_id)]
    assert found("harbour") == [("checkin", checkin)]
    assert found("winter coat") == [("task", task)]
    assert found("bakery") == []  # accommodation is sensitive: only when asked for
    assert found("bakery", include_sensitive=True) == [("relocation", stay_id)]
    work.delete("task", task)
    assert found("winter coat") == []
    assert found("winter coat", include_deleted=True) == [("task", task)]


def test_the_host_city_is_sensitive_where_a_stay_is_named_found_or_listed(
        work: Casework, defender: str) -> None:
    """Where a relocated defender now is, is what those threatening them want: an unlocked
    laptop at a border, a partner report. The host city is never in a title, the plain search
    index or the start screen's lines; it is found only when sensitive fields are searched."""
    from datetime import date

    from hrd_desk.model.display import title_of
    from hrd_desk.model.fields import sensitive_fields
    from hrd_desk.model.records import Relocation
    from hrd_desk.services.dashboard import build
    from hrd_desk.services.search import search

    assert "host_city" in sensitive_fields(Relocation)
    stay_id = stay(work, defender, visa_expires="2026-03-05", arrival="2026-03-01",
                   status="in-stay")
    stored = work.get("relocation", stay_id)
    assert title_of("relocation", stored.fields) == "Stay from 2026-03-01"
    assert [h.id for h in search(work.conn, "Utrecht")] == []
    assert [h.id for h in search(work.conn, "Utrecht", include_sensitive=True)] == [stay_id]
    board = build(work.conn, date(2026, 3, 3))
    lines = [item_title(i) for i in board.overdue + board.today + board.week]
    assert "Visa expires: Amina" in lines
    assert not [line for line in lines if "Utrecht" in line]
