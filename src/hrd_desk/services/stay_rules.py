"""The rules of relocation stays, check-ins and tasks that span fields or records.

Single-field checks (a date's form, a vocabulary slug, a link's kind) are `validation.py`'s; these
need several fields or other records. Dates may be partial (a month, a year), so a rule refuses
only what is certainly wrong: a departure that cannot fall after the arrival, stays that certainly
overlap, a check-in that cannot fall on or after the stay's start. A visa that expires before the
planned departure is a warning (`stay_warnings`), never a refusal: the caseworker may be renewing
it. Overdue is computed from the clock where it is shown, never stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..errors import InvalidValue
from ..model.dates import PartialDate, parse_date
from ..model.records import Stored

# A cancelled stay holds no days: it overlaps nothing.
NOT_HELD = frozenset({"cancelled"})


def _date(fields: Mapping[str, Any], name: str) -> PartialDate | None:
    value = fields.get(name)
    return parse_date(str(value)) if value else None


def stay_span(fields: Mapping[str, Any]) -> tuple[PartialDate, PartialDate] | None:
    """(start, end) of a stay: the actual arrival and departure where known, else the planned."""
    start = _date(fields, "arrival") or _date(fields, "planned_arrival")
    end = _date(fields, "departure") or _date(fields, "planned_departure")
    return (start, end) if start and end else None


def check_stay_dates(fields: Mapping[str, Any]) -> None:
    """Departure after arrival: planned against planned, actual against actual, and the
    effective span (actual where known)."""
    pairs = (("planned_arrival", "planned_departure"), ("arrival", "departure"))
    for arrival_name, departure_name in pairs:
        arrival, departure = _date(fields, arrival_name), _date(fields, departure_name)
        if arrival and departure and departure.last <= arrival.first:
            raise InvalidValue(departure_name, f"the departure ({departure}) must be after the "
                               f"arrival ({arrival})", "departure-order",
                               (str(departure), str(arrival)))
    span = stay_span(fields)
    if span and span[1].last <= span[0].first:
        name = "departure" if fields.get("departure") else "planned_departure"
        raise InvalidValue(name, f"the departure ({span[1]}) must be after the arrival "
                           f"({span[0]})", "departure-order", (str(span[1]), str(span[0])))


def _certainly_overlap(a: tuple[PartialDate, PartialDate],
                       b: tuple[PartialDate, PartialDate]) -> bool:
    """Both stays certainly hold a common night: each starts before the other ends, on the
    narrowest reading of partial dates. Leaving on the day the next stay starts is no overlap."""
    return a[0].last < b[1].first and b[0].last < a[1].first


def check_no_overlap(fields: Mapping[str, Any], record_id: str | None,
                     others: list[Stored]) -> None:
    """A stay overlapping another live stay of the same defender is refused (`others`: the
    defender's stays as held, this one among them or not)."""
    if fields.get("status") in NOT_HELD:
        return
    span = stay_span(fields)
    if span is None:
        return
    for other in others:
        if other.id == record_id or other.deleted or other.get("status") in NOT_HELD:
            continue
        other_span = stay_span(other.fields)
        if other_span and _certainly_overlap(span, other_span):
            raise InvalidValue(
                "planned_arrival", f"this stay ({span[0]} to {span[1]}) overlaps the defender's "
                f"stay {other.id} ({other_span[0]} to {other_span[1]}): change the dates or "
                "cancel one of them", "stay-overlap",
                (str(span[0]), str(span[1]), str(other_span[0]), str(other_span[1])))


def check_stay_links(fields: Mapping[str, Any], case: Stored | None,
                     companion: Stored | None) -> None:
    """The stay's case is a relocation case of the same defender; the accompanying person is
    related to that defender."""
    defender = fields.get("defender")
    if case is not None:
        if case.get("defender") != defender:
            raise InvalidValue("case", f"case {case.id} belongs to another defender",
                               "other-defender")
        if case.get("programme") != "relocation":
            raise InvalidValue("case", f"case {case.id} is not in the relocation programme",
                               "not-relocation")
    if companion is not None and companion.get("defender") != defender:
        raise InvalidValue("companion", f"related person {companion.id} is not related to "
                           "this stay's defender", "not-related")


def check_checkin_date(fields: Mapping[str, Any], stay: Stored) -> None:
    """A check-in falls inside the stay or after it (follow-up continues after return)."""
    due = _date(fields, "due")
    start = _date(stay.fields, "arrival") or _date(stay.fields, "planned_arrival")
    if due and start and due.last < start.first:
        raise InvalidValue("due", f"a check-in falls during or after the stay, which starts "
                           f"{start}; {due} is before it", "checkin-before-stay",
                           (str(start), str(due)))


def check_checkin_outcome(fields: Mapping[str, Any]) -> None:
    """Only a check-in done says when, how and what was raised; one done says when."""
    status = fields.get("status")
    if status == "done" and not fields.get("done_at"):
        raise InvalidValue("done_at", "a check-in recorded as done says when it was done",
                           "required")
    if status != "done":
        for name in ("done_at", "how", "concern"):
            if fields.get(name):
                label = name.replace("_", " ")
                raise InvalidValue(name, f"only a check-in recorded as done has {label}",
                                   "only-when-done")


def check_task_links(fields: Mapping[str, Any], linked: list[Stored]) -> None:
    """A task's case and stay (`linked`) are about its defender when it names one."""
    defender = fields.get("defender")
    if not defender:
        return
    for record in linked:
        if record.get("defender") != defender:
            raise InvalidValue(record.kind, f"{record.kind} {record.id} belongs to another "
                               "defender", "other-defender")


def visa_before_departure(fields: Mapping[str, Any]) -> tuple[str, str] | None:
    """(visa expiry, planned departure) when a stay not over has its visa expire before the
    planned departure: the fact each face words in its language."""
    visa = _date(fields, "visa_expires")
    departure = _date(fields, "planned_departure")
    if visa and departure and visa.first < departure.last and fields.get("status") not in (
            "returned", "cancelled"):
        return str(visa), str(departure)
    return None


def stay_warnings(fields: Mapping[str, Any]) -> list[str]:
    """What a caseworker must see about a stay without being stopped by it, in English (the
    CLI; the GUI words visa_before_departure itself)."""
    found = visa_before_departure(fields)
    if found is None:
        return []
    return [f"the visa expires {found[0]}, before the planned departure {found[1]}"]


def is_overdue(due: str | None, status: str | None, today: date,
               open_statuses: frozenset[str]) -> bool:
    """Due before today (a local date) and still open."""
    if not due or status not in open_statuses:
        return False
    return parse_date(due).last < today
