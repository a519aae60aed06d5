"""Uncertain dates sort by their first possible day, the more precise first (issue 8).

One order everywhere a caseworker reads incidents newest first: `incident list` (CLI and
services), the threat log (same query), the Defenders list's "Last incident" and the timeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import init_vault, new_id, ok_json
from hrd_desk.services.casework import Casework
from hrd_desk.services.overview import DefenderOverview, timeline_groups, timeline_items
from hrd_desk.services.session import Session

# entered in a shuffled order; expected newest first
NEWEST_FIRST = ("2025-01-05", "2025-01", "2025", "2024-12-31T23:00", "2024-12-31",
                "2024-06..2025-03", "2024")
ENTERED = ("2025", "2024-12-31", "2024-06..2025-03", "2025-01", "2024", "2025-01-05",
           "2024-12-31T23:00")


def _add(work: Casework, defender: str, occurred: str) -> str:
    return work.add("incident", {"defenders": [defender], "category": "physical",
                                 "occurred": occurred, "description": f"on {occurred}"})


@pytest.fixture
def work(session: Session) -> Casework:
    return Casework(session)


def test_incident_lists_sort_by_first_possible_day_then_precision(work: Casework) -> None:
    amina = work.add("defender", {"name": "Amina"})
    for occurred in ENTERED:
        _add(work, amina, occurred)
    listed = [s.fields["occurred"] for s in work.list("incident")]
    assert listed == list(NEWEST_FIRST)
    oldest_first = [s.fields["occurred"] for s in work.list(
        "incident", order_by="occurred_order", descending=False)]
    assert oldest_first[0] == "2024" and oldest_first[-1] == "2025-01-05"


def test_a_year_only_incident_is_not_the_defenders_last_incident(work: Casework) -> None:
    amina = work.add("defender", {"name": "Amina"})
    luis = work.add("defender", {"name": "Luis"})
    _add(work, amina, "2025-03-02")
    _add(work, luis, "2025-02-10")
    _add(work, luis, "2025")  # could be any day of 2025: sorts by 1 January
    overview = DefenderOverview(work)
    rows = overview.page()
    assert [r.id for r in rows] == [amina, luis]
    assert rows[1].last_incident == "2025-02-10"


def test_the_timeline_groups_and_items_follow_the_same_order(work: Casework) -> None:
    amina = work.add("defender", {"name": "Amina"})
    for occurred in ENTERED:
        _add(work, amina, occurred)
    groups = [g.key for g in timeline_groups(work, amina)]
    assert groups == ["2025-01", "2025", "2024-12", "2024-06..2025-03", "2024"]
    january = [s.fields["occurred"] for s in timeline_items(work, amina, "2025-01")]
    assert january == ["2025-01-05", "2025-01"]


def test_cli_incident_list_uses_the_same_order(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    amina = new_id(vault, "defender", "add", "--name", "Amina")
    for occurred in ENTERED:
        new_id(vault, "incident", "add", "--defender", amina, "--category", "digital",
               "--occurred", occurred, "--description", "spyware")
    listed = [r["occurred"] for r in ok_json(vault, "incident", "list")]
    assert listed == list(NEWEST_FIRST)


def test_what_happened_cannot_be_later_than_today_through_services(work: Casework) -> None:
    from datetime import date, timedelta

    from hrd_desk.errors import InvalidValue

    amina = work.add("defender", {"name": "Amina"})
    later = (date.today() + timedelta(days=2)).isoformat()
    with pytest.raises(InvalidValue, match=r"occurred: .* is in the future"):
        _add(work, amina, later)
    with pytest.raises(InvalidValue, match=r"consent_date: .* is in the future"):
        work.add("defender", {"name": "Luis", "consent_date": later})
    incident = _add(work, amina, date.today().isoformat())
    with pytest.raises(InvalidValue, match=r"reported: .* is in the future"):
        work.edit("incident", incident, {"reported": later})
    assert work.count("incident") == 1 and work.count("defender") == 1
    assert work.get("incident", incident).fields["reported"] is None


def test_cli_refuses_a_future_date_with_exit_5_and_changes_nothing(tmp_path: Path) -> None:
    from datetime import date, timedelta

    from cli_support import run, vault_dump

    vault = init_vault(tmp_path / "vault")
    amina = new_id(vault, "defender", "add", "--name", "Amina")
    before = vault_dump(vault)
    later = (date.today() + timedelta(days=3)).isoformat()
    result = run(vault, "incident", "add", "--defender", amina, "--category", "digital",
                 "--occurred", later, "--description", "spyware")
    assert result.code == 5
    assert "is in the future" in result.err and result.err.count("\n") == 1
    result = run(vault, "incident", "add", "--defender", amina, "--category", "digital",
                 "--occurred", "2024-13", "--description", "spyware")
    assert result.code == 5 and "month 13 does not exist" in result.err
    assert vault_dump(vault) == before
