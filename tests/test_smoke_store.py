"""A first round trip through the services: what every later test builds on."""

from hrd_desk.services.casework import Casework, RecordFilter
from hrd_desk.services.session import Session


def test_defender_and_incident_round_trip(session: Session) -> None:
    work = Casework(session)
    defender = work.add("defender", {"name": "Amina", "country": "ke"})
    incident = work.add(
        "incident",
        {"defenders": [defender], "category": "digital", "occurred": "2024-03",
         "description": "spyware found on phone"},
    )
    shown = work.get("incident", incident)
    assert shown.fields["status"] == "open"
    assert shown.fields["occurred"] == "2024-03"
    assert work.get("defender", defender).fields["country"] == "KE"
    assert [r.id for r in work.list("incident", RecordFilter(category="digital"))] == [incident]
    assert work.list("incident", RecordFilter(category="physical")) == []


def test_a_subtype_must_belong_to_the_incident_categories(session: Session) -> None:
    import pytest

    from hrd_desk.errors import InvalidValue

    work = Casework(session)
    defender = work.add("defender", {"name": "Amina"})
    base = {"defenders": [defender], "occurred": "2024", "description": "x"}
    with pytest.raises(InvalidValue) as refused:
        work.add("incident", {**base, "category": "legal", "subtype": "sim-swap"})
    assert refused.value.field == "subtype"
    assert work.count("incident") == 0
    ok = work.add("incident", {**base, "category": "legal", "also": ["phone"],
                               "subtype": "sim-swap"})
    with pytest.raises(InvalidValue):
        work.edit("incident", ok, {"also": []})
