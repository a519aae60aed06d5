"""Stays between offices: a stay travels with its defender, and concurrent edits converge.

Two offices share a defender; one changes the stay's dates while the other records a check-in
and a task about the same stay. After the bundles cross, both hold the same records with nothing
lost: the new dates, the check-in, the task.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hrd_desk.services import exchange, scope, sync
from hrd_desk.services.casework import RecordFilter
from hrd_desk.store.dump import canonical_dump
from sync_support import Office, close_all, make_offices


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[dict[str, Office]]:
    made = make_offices(tmp_path / "offices", ["A", "B"])
    yield made
    close_all(made)


def _send(offices: dict[str, Office], sender: str, receiver: str, out: Path) -> None:
    office = offices[sender]
    summary = sync.export_changes(office.session, office.colleague_ids[receiver], out)
    if summary is not None:
        exchange.import_bundle(offices[receiver].session, out)


def test_a_stay_edited_in_two_offices_converges_with_nothing_lost(
        offices: dict[str, Office], tmp_path: Path) -> None:
    a, b = offices["A"], offices["B"]
    defender = a.work.add("defender", {"name": "Amina", "consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"})
    stay = a.work.add("relocation", {
        "defender": defender, "host_city": "Utrecht", "planned_arrival": "2026-03-01",
        "planned_departure": "2026-05-31", "accommodation": "Flat 3"})
    scope.share(a.session, defender, a.colleague_ids["B"])
    _send(offices, "A", "B", tmp_path / "1")
    assert b.work.get("relocation", stay).fields["accommodation"] == "Flat 3"

    # concurrently: A moves the dates, B records a check-in and a task about the stay
    a.work.edit("relocation", stay, {"planned_arrival": "2026-03-08",
                                     "planned_departure": "2026-06-07"})
    checkin = b.work.add("checkin", {"relocation": stay, "due": "2026-03-20"})
    b.work.edit("checkin", checkin, {"status": "done", "done_at": "2026-03-20", "how": "call",
                                     "note": "Settled in", "concern": "none"})
    task = b.work.add("task", {"title": "Renew visa", "due": "2026-05-01",
                               "defender": defender, "relocation": stay})
    b.work.edit("relocation", stay, {"travel_status": "visa-granted"})
    scope.share(b.session, defender, b.colleague_ids["A"])

    _send(offices, "A", "B", tmp_path / "2")
    _send(offices, "B", "A", tmp_path / "3")
    _send(offices, "A", "B", tmp_path / "4")

    for office in (a, b):
        held = office.work.get("relocation", stay)
        assert (held.fields["planned_arrival"], held.fields["planned_departure"]) == (
            "2026-03-08", "2026-06-07")
        assert held.fields["travel_status"] == "visa-granted"
        assert not held.conflict
        done = office.work.get("checkin", checkin)
        assert (done.fields["status"], done.fields["note"]) == ("done", "Settled in")
        assert office.work.get("task", task).fields["title"] == "Renew visa"
        assert [r.id for r in office.work.list("checkin", RecordFilter(
            equals={"relocation": stay}))] == [checkin]
    assert canonical_dump(a.conn) == canonical_dump(b.conn)
