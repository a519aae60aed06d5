"""Filtered incident lists: pages (link filters checked per row) and whole lists (link filters as
a set) give the same incidents, and exactly those a recount from the records expects."""

from __future__ import annotations

import random
from datetime import date

from hrd_desk.model.dates import parse_date
from hrd_desk.model.records import Stored
from hrd_desk.services.casework import Casework, RecordFilter
from hrd_desk.services.session import Session

CATEGORIES = ("physical", "digital", "legal", "family")


def _expected(incidents: list[Stored], countries: dict[str, str], flt: RecordFilter) -> list[str]:
    chosen = []
    for incident in incidents:
        fields = incident.fields
        span = parse_date(fields["occurred"])
        # an incident without a country is where its defenders are (any of them)
        places = {fields["country"]} if fields["country"] else {
            countries[d] for d in fields["defenders"]}
        if flt.category and flt.category not in {fields["category"], *fields["also"]}:
            continue
        if flt.defender and flt.defender not in fields["defenders"]:
            continue
        if flt.country and flt.country not in places:
            continue
        if flt.date_from and span.last < flt.date_from:
            continue
        if flt.date_to and span.first > flt.date_to:
            continue
        # newest first by the first possible day, the more precise first, then the id
        chosen.append((span.first, -(span.last - span.first).days, incident.id))
    return [i for _, _, i in sorted(chosen, reverse=True)]


def test_pages_and_whole_lists_agree_with_a_recount(session: Session) -> None:
    work = Casework(session)
    rng = random.Random(5)
    countries = {work.add("defender", {"name": f"D{i}", "country": c}): c
                 for i, c in enumerate(("KE", "CO", "KE", "BY"))}
    defenders = list(countries)
    for _ in range(90):
        category = rng.choice(CATEGORIES)
        day = date(2021, 1, 1).toordinal() + rng.randrange(4 * 365)
        first = date.fromordinal(day)
        occurred = rng.choice((first.isoformat(), first.isoformat()[:7], str(first.year),
                               f"{first}..{date.fromordinal(day + 200)}"))
        work.add("incident", {
            "defenders": rng.sample(defenders, rng.choice((1, 1, 2))), "category": category,
            "also": rng.sample([c for c in CATEGORIES if c != category], rng.choice((0, 0, 1))),
            "occurred": occurred, "description": "x",
            "country": rng.choice((None, "KE", "CO", "BY"))})
    incidents = work.list("incident")
    filters = [
        RecordFilter(category="digital"),
        RecordFilter(category="legal", country="KE"),
        RecordFilter(category="family", country="CO", date_from=date(2022, 1, 1),
                     date_to=date(2023, 6, 30)),
        RecordFilter(defender=defenders[0]),
        RecordFilter(defender=defenders[1], category="physical", date_from=date(2023, 1, 1)),
        RecordFilter(date_to=date(2021, 12, 31)),
    ]
    for flt in filters:
        expected = _expected(incidents, countries, flt)
        assert expected, "a filter that matches nothing proves little"
        assert [r.id for r in work.list("incident", flt)] == expected
        paged: list[str] = []
        while page := work.list("incident", flt, limit=7, offset=len(paged)):
            paged.extend(r.id for r in page)
        assert paged == expected
        assert work.count("incident", flt) == len(expected)
