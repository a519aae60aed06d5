"""The Defenders overview, list positions and timelines (services/overview.py, schema v5)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest

from hrd_desk.services.casework import Casework, RecordFilter
from hrd_desk.services.overview import (
    DefenderOverview,
    OverviewFilter,
    list_position,
    timeline_groups,
    timeline_items,
)
from hrd_desk.services.session import Session

TODAY = date(2024, 6, 30)


def _incident(work: Casework, defenders: list[str], occurred: str, **extra: Any) -> str:
    values = {"defenders": defenders, "category": "physical", "occurred": occurred,
              "description": "followed home", **extra}
    return work.add("incident", values)


@pytest.fixture
def work(session: Session) -> Casework:
    return Casework(session)


def test_defenders_list_newest_incident_first_with_its_summary(work: Casework) -> None:
    quiet = work.add("defender", {"name": "Quiet One"})
    amina = work.add("defender", {"name": "Amina Okoye", "codename": "Blue Heron",
                                  "country": "KE", "legal_name": "Amina Wanjiru Okoye"})
    luis = work.add("defender", {"name": "Luis Silva", "country": "CO"})
    _incident(work, [amina], "2024-05-02", severity=5, status="closed")
    _incident(work, [amina], "2024-06-10", severity=2, status="monitoring")
    _incident(work, [amina], "2023-01", severity=4)  # open, but older than 90 days
    _incident(work, [luis], "2024-06-20", severity=3)
    closed = work.add("case", {"defender": amina, "programme": "advocacy", "status": "closed",
                               "opened": "2024-02"})
    active = work.add("case", {"defender": amina, "programme": "relocation", "status": "active",
                               "opened": "2023-11"})
    overview = DefenderOverview(work, today=lambda: TODAY)

    rows = overview.page()
    assert [r.id for r in rows] == [luis, amina, quiet]
    assert overview.count() == 3
    blue = rows[1]
    assert blue.title == "Blue Heron"  # codename first; the legal name never appears
    assert "Wanjiru" not in repr(blue)
    assert blue.country == "KE"
    assert blue.last_incident == "2024-06-10"
    assert blue.open_incidents == 2  # open and monitoring; the closed one is not counted
    assert blue.max_severity == 5  # 2024-05-02 is within 90 days of TODAY; 2023-01 is not
    assert blue.case_id == active and blue.case_id != closed
    assert blue.case_title is None and blue.case_status == "active"  # no title given:
    assert blue.case_programme == "relocation"  # the list words the programme in its language
    assert rows[2].last_incident is None and rows[2].open_incidents == 0
    assert rows[2].max_severity is None and rows[2].case_id is None


def test_defenders_list_follows_edits_deletes_restores_and_purges(work: Casework) -> None:
    a = work.add("defender", {"name": "A"})
    b = work.add("defender", {"name": "B"})
    first = _incident(work, [a], "2024-06-01")
    overview = DefenderOverview(work, today=lambda: TODAY)
    assert overview.ids() == [a, b]

    work.edit("incident", first, {"defenders": [b]})  # moved to another defender
    assert overview.ids() == [b, a]
    assert [r.open_incidents for r in overview.page()] == [1, 0]

    work.edit("incident", first, {"status": "closed"})
    assert overview.page()[0].open_incidents == 0

    work.delete("incident", first)
    assert overview.page()[0].last_incident is None
    work.restore("incident", first)
    assert overview.page()[0].last_incident == "2024-06-01"

    work.delete("defender", b)
    assert overview.ids() == [a] and overview.count() == 1
    work.restore("defender", b)
    assert overview.count() == 2
    work.delete("defender", b)
    work.purge(b)
    assert overview.ids() == [a] and overview.count() == 1


def _newest_key(occurred: str) -> tuple[date, int, str]:
    """Newest first: the first possible day, then the more precise, then the time of day."""
    from hrd_desk.model.dates import parse_date

    value = parse_date(occurred)
    time = occurred[10:16] if occurred[10:11] == "T" else ""
    return value.first, -(value.last - value.first).days, time


def _expected(work: Casework, today: date) -> list[tuple[str, str | None, int, int | None]]:
    since = (today - timedelta(days=90)).isoformat()
    from hrd_desk.model.dates import parse_date

    summary = []
    for defender in work.list("defender"):
        incidents = work.list("incident", RecordFilter(defender=defender.id))
        lasts = [parse_date(i.fields["occurred"]).last.isoformat() for i in incidents]
        recent = [i.fields["severity"] for i, last in zip(incidents, lasts, strict=True)
                  if last >= since and i.fields["severity"] is not None]
        open_count = sum(i.fields["status"] in ("open", "monitoring") for i in incidents)
        newest = max((i.fields["occurred"] for i in incidents), key=_newest_key, default=None)
        summary.append((defender.id, newest, open_count, max(recent, default=None)))
    return summary


def test_summary_matches_a_recount_after_random_changes(work: Casework) -> None:
    """The trigger-kept summary equals a recount from the records, whatever happened."""
    rng = random.Random(7)
    defenders = [work.add("defender", {"name": f"D{i}"}) for i in range(6)]
    incidents: list[str] = []
    for _ in range(120):
        action = rng.random()
        if action < 0.45 or not incidents:
            chosen = rng.sample(defenders, rng.choice((1, 1, 2)))
            incidents.append(_incident(
                work, chosen, f"2024-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}",
                severity=rng.choice((None, 1, 3, 5)),
                status=rng.choice(("open", "monitoring", "closed"))))
            continue
        target = rng.choice(incidents)
        if work.get("incident", target).deleted:
            work.restore("incident", target)
        elif action < 0.6:
            work.delete("incident", target)
        elif action < 0.75:
            work.edit("incident", target, {"status": rng.choice(("open", "closed"))})
        elif action < 0.9:
            when = rng.choice(("2023", "2024-06", "2024-04-02"))
            work.edit("incident", target, {"occurred": when})
        else:
            work.edit("incident", target, {"defenders": rng.sample(defenders, 1)})
    overview = DefenderOverview(work, today=lambda: TODAY)
    shown = {r.id: r for r in overview.page(limit=100)}
    for defender_id, newest, open_count, severity in _expected(work, TODAY):
        row = shown[defender_id]
        assert (row.last_incident, row.open_incidents, row.max_severity) == (
            newest, open_count, severity)
    keys = [r.last_incident and _newest_key(r.last_incident) for r in shown.values()]
    assert keys == sorted(keys, key=lambda k: (k is not None, k), reverse=True)


def test_filter_by_name_or_codename_and_country(work: Casework) -> None:
    a = work.add("defender", {"name": "Amina", "codename": "Blue Heron", "country": "KE"})
    work.add("defender", {"name": "Luis", "country": "CO"})
    c = work.add("defender", {"name": "50%_off", "country": "KE"})
    overview = DefenderOverview(work)
    assert overview.ids(OverviewFilter(text="heron")) == [a]
    assert overview.ids(OverviewFilter(text="%_")) == [c]  # LIKE wildcards are literal
    assert sorted(overview.ids(OverviewFilter(country="ke"))) == sorted([a, c])
    assert overview.count(OverviewFilter(text="amina", country="CO")) == 0
    assert overview.ids(order="title", descending=False) == [c, a, overview.ids(
        OverviewFilter(country="CO"))[0]]


@pytest.mark.parametrize(("order_by", "descending"), [
    ("occurred_order", True), ("occurred_order", False), ("severity", True),
    ("severity", False), ("updated", True)])
def test_list_position_is_the_row_in_the_sorted_list(
    work: Casework, order_by: str, descending: bool
) -> None:
    rng = random.Random(3)
    d = work.add("defender", {"name": "D"})
    for _ in range(40):
        _incident(work, [d], f"2024-0{rng.randint(1, 3)}", severity=rng.choice((None, 2, 4)),
                  status=rng.choice(("open", "closed")))
    flt = RecordFilter(status=("open",))
    query = work.query("incident", flt, order_by=order_by, descending=descending)
    listed = [r.id for r in work.list("incident", flt, order_by=order_by, descending=descending)]
    for row, record_id in enumerate(listed):
        assert list_position(work, query, record_id) == row
    closed = work.list("incident", RecordFilter(status=("closed",)))[0].id
    assert list_position(work, query, closed) is None


def test_timeline_groups_months_and_keeps_vague_dates_apart(work: Casework) -> None:
    d = work.add("defender", {"name": "D"})
    other = work.add("defender", {"name": "Other"})
    march = [_incident(work, [d], day) for day in ("2024-03-02", "2024-03-20T10:15",
                                                   "2024-03-05..2024-03-09")]
    year = _incident(work, [d], "2024")
    _incident(work, [d], "2024-01-15")
    _incident(work, [other], "2024-03-03")
    gone = _incident(work, [d], "2024-02-01")
    work.delete("incident", gone)

    groups = timeline_groups(work, d)
    assert [(g.key, g.count, g.is_month) for g in groups] == [
        ("2024-03", 3, True), ("2024-01", 1, True), ("2024", 1, False)]  # 2024 may be January
    assert [r.id for r in timeline_items(work, d, "2024-03")] == [march[1], march[2], march[0]]
    assert [r.id for r in timeline_items(work, d, "2024")] == [year]


def test_summary_follows_the_display_table_however_it_is_written(
    work: Casework, session: Session
) -> None:
    """Triggers, not the Python write path, keep the summary: a bare UPDATE is followed too."""
    d = work.add("defender", {"name": "D"})
    incident = _incident(work, [d], "2024-06-01", severity=4)
    overview = DefenderOverview(work, today=lambda: TODAY)
    session.conn.execute("UPDATE incidents SET status = 'closed', severity = 1, "
                         "occurred = '2024-06-05', occurred_first = '2024-06-05', "
                         "occurred_last = '2024-06-05' WHERE id = ?", (incident,))
    row = overview.page()[0]
    assert (row.open_incidents, row.max_severity, row.last_incident) == (0, 1, "2024-06-05")
    session.conn.execute("DELETE FROM incidents WHERE id = ?", (incident,))
    assert overview.page()[0].last_incident is None


def test_find_defenders_for_pickers(work: Casework) -> None:
    a = work.add("defender", {"name": "Amina Okoye", "codename": "Blue Heron"})
    b = work.add("defender", {"name": "Luis Okoyev"})
    gone = work.add("defender", {"name": "Okoye Gone"})
    work.delete("defender", gone)
    from hrd_desk.services.overview import find_defenders

    assert find_defenders(work, "okoye") == [(a, "Blue Heron"), (b, "Luis Okoyev")]
    assert find_defenders(work, "heron") == [(a, "Blue Heron")]
    assert find_defenders(work, "okoye", limit=1) == [(a, "Blue Heron")]


@pytest.mark.parametrize("descending", [False, True])
def test_a_column_of_codes_sorts_by_the_order_given_and_positions_follow(
    work: Casework, descending: bool
) -> None:
    """The GUI sorts a country column by the countries' names in the reader's language
    (ui/i18n.column_ranks): the list follows the ranks given, not the codes, codes the ranks
    do not name (and no country) sort as NULL, and every row's position is its place."""
    rng = random.Random(5)
    d = work.add("defender", {"name": "D"})
    for _ in range(30):  # Kenya, Colombia, Egypt, Ecuador, or no country
        _incident(work, [d], "2024-02", country=rng.choice(("KE", "CO", "EG", "EC", None)))
    ranks = {"EG": 0, "EC": 1, "KE": 2, "CO": 3, "ZW": 4}  # Égypte, Équateur, Kenya, Colombie?
    flt = RecordFilter()
    query = work.query("incident", flt, order_by="country", descending=descending,
                       ranks=ranks)
    listed = work.list("incident", flt, order_by="country", descending=descending,
                       ranks=ranks)
    places = [ranks.get(r.get("country") or "", -1) for r in listed]
    assert places == sorted(places, reverse=descending) and len(set(places)) == 5
    for row, record in enumerate(listed):
        assert list_position(work, query, record.id) == row
    by_code = [r.get("country") for r in work.list("incident", flt, order_by="country",
                                                   descending=descending)]
    assert by_code != [r.get("country") for r in listed], "the codes' own order differs"


def test_the_defenders_list_sorts_countries_by_the_order_given(work: Casework) -> None:
    ke = work.add("defender", {"name": "K", "country": "KE"})
    eg = work.add("defender", {"name": "E", "country": "EG"})
    co = work.add("defender", {"name": "C", "country": "CO"})
    nowhere = work.add("defender", {"name": "N"})
    overview = DefenderOverview(work, today=lambda: TODAY)
    assert overview.ids(order="country", descending=False) == [nowhere, co, eg, ke]
    ranks = {"EG": 0, "KE": 1, "CO": 2}
    assert overview.ids(order="country", descending=False, ranks=ranks) == [nowhere, eg, ke, co]
    assert overview.ids(order="country", ranks=ranks) == [co, ke, eg, nowhere]
    assert overview.position_of(co, order="country", ranks=ranks) == 0
