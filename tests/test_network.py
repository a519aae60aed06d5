"""The training course, network contacts and advocacy through the services (issue 16): what a
caseworker relies on. Every refusal is a typed error naming the field and changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hrd_desk.errors import InvalidValue, NotFound
from hrd_desk.services.casework import RecordFilter
from hrd_desk.services.desk import Desk
from hrd_desk.services.received import controlled_fields, naming_fields
from hrd_desk.services.selection import defender_family
from hrd_desk.services.session import Session
from hrd_desk.services.sharing_rule import Form, Profile, RecordFacts, decide
from vault_support import table_dump


@pytest.fixture
def desk(session: Session) -> Desk:
    return Desk.on(session)


@pytest.fixture
def defender(desk: Desk) -> str:
    return desk.records.add("defender", {"name": "Amina", "consent": "partners",
        "consent_date": "2024-01-15", "consent_how": "written"})


@pytest.fixture
def edition(desk: Desk) -> str:
    return desk.records.add("training", {"title": "Hague Training Course", "starts": "2026-09-07",
                                         "ends": "2026-09-11", "place": "The Hague"})


def refused(desk: Desk, field: str, action: Callable[[], object]) -> None:
    before = table_dump(desk.records.conn)
    with pytest.raises(InvalidValue) as caught:
        action()
    assert caught.value.field == field
    assert table_dump(desk.records.conn) == before


def test_an_enrolled_defender_has_the_edition_with_their_modules(
        desk: Desk, defender: str, edition: str) -> None:
    other = desk.records.add("defender", {"name": "Bashir"})
    mine = desk.training.enrol(edition, defender, ["digital-security", "networking"],
                               needs="A safer phone")
    theirs = desk.training.enrol(edition, other, ["reporting"])
    # by the defender's codename, else name: Amina, then Bashir
    assert [p.id for p in desk.training.participants(edition)] == [mine, theirs]
    [(shown, participant)] = desk.training.trainings_of(defender)
    assert shown.id == edition and shown.get("title") == "Hague Training Course"
    assert participant.get("modules") == ["digital-security", "networking"]
    assert participant.get("needs") == "A safer phone"
    assert desk.training.trainings_of(other)[0][1].get("modules") == ["reporting"]


def test_a_module_outside_the_vocabulary_is_refused(desk: Desk, defender: str,
                                                    edition: str) -> None:
    refused(desk, "modules", lambda: desk.training.enrol(edition, defender, ["cooking"]))


def test_a_defender_is_enrolled_once_per_edition(desk: Desk, defender: str,
                                                 edition: str) -> None:
    first = desk.training.enrol(edition, defender, ["reporting"])
    refused(desk, "defender", lambda: desk.training.enrol(edition, defender, ["other"]))
    # deleted, the enrolment may be made again; restoring the old one is then refused
    desk.records.delete("participant", first)
    second = desk.training.enrol(edition, defender, ["other"])
    refused(desk, "defender", lambda: desk.records.restore("participant", first))
    assert [p.id for p in desk.training.participants(edition)] == [second]


def test_an_edition_ending_before_it_starts_is_refused(desk: Desk, edition: str) -> None:
    refused(desk, "ends", lambda: desk.records.add(
        "training", {"title": "T", "starts": "2026-09-07", "ends": "2026-08"}))
    refused(desk, "ends", lambda: desk.records.edit("training", edition, {"ends": "2026-09-01"}))
    # partial dates: refused only when certainly wrong
    desk.records.edit("training", edition, {"ends": "2026-09"})


def test_enrolling_in_a_deleted_or_unknown_edition_is_refused(desk: Desk, defender: str,
                                                              edition: str) -> None:
    desk.records.delete("training", edition)
    refused(desk, "training", lambda: desk.training.enrol(edition, defender))
    refused(desk, "training", lambda: desk.training.enrol("no-such-id", defender))
    with pytest.raises(NotFound):
        desk.training.participants("no-such-id")


def test_a_deleted_edition_leaves_the_defenders_trainings(desk: Desk, defender: str,
                                                          edition: str) -> None:
    desk.training.enrol(edition, defender)
    desk.records.delete("training", edition)
    assert desk.training.trainings_of(defender) == []


def test_contacts_by_kind_and_city_with_their_advocacy(desk: Desk, defender: str) -> None:
    embassy = desk.records.add("contact", {"name": "Human rights officer",
                                           "contact_type": "embassy",
                                           "organisation": "Embassy of the Netherlands",
                                           "city": "Geneva", "reach": "+41 22 000 00 00"})
    refused(desk, "contact_type", lambda: desk.records.add(
        "contact", {"name": "X", "contact_type": "ambassador"}))
    refused(desk, "contact_type", lambda: desk.records.add("contact", {"name": "X"}))
    incident = desk.records.add("incident", {"defenders": [defender], "category": "legal",
                                             "occurred": "2026-05", "description": "Charged"})
    action = desk.records.add("advocacy", {"action": "meeting", "date": "2026-06-02",
                                           "contacts": [embassy], "defenders": [defender],
                                           "incidents": [incident],
                                           "outcome": "Trial monitoring promised"})
    older = desk.records.add("advocacy", {"action": "urgent-appeal", "date": "2026-05-20",
                                          "defenders": [defender]})
    assert [a.id for a in desk.network.advocacy_of(defender)] == [action, older]
    assert [a.id for a in desk.network.advocacy_with(embassy)] == [action]
    refused(desk, "action", lambda: desk.records.add(
        "advocacy", {"action": "tweet", "date": "2026-06-02"}))
    refused(desk, "contacts", lambda: desk.records.add(
        "advocacy", {"action": "letter", "date": "2026-06-02", "contacts": [defender]}))
    desk.records.delete("advocacy", action)
    assert [a.id for a in desk.network.advocacy_with(embassy)] == []
    listed = desk.records.list("contact", RecordFilter(equals={"city": "Geneva"}))
    assert [c.id for c in listed] == [embassy]


def test_sensitive_fields_are_masked_and_withheld_from_partners() -> None:
    """How to reach a contact, a participant's needs, an advocacy action's outcome and follow-up:
    full to an office, withheld from a partner, like every sensitive field."""
    for kind, fields in (("contact", ("reach",)), ("participant", ("needs",)),
                         ("advocacy", ("outcome", "follow_up"))):
        office = decide(RecordFacts(kind, consents=("partners",)), Profile.FULL)
        partner = decide(RecordFacts(kind, consents=("partners",)), Profile.PARTNER)
        for name in fields:
            assert office.forms[name] is Form.FULL
            assert partner.forms[name] is Form.WITHHELD
    partner = decide(RecordFacts("contact"), Profile.PARTNER)
    assert partner.forms["city"] is Form.COUNTRY and partner.forms["name"] is Form.FULL
    assert decide(RecordFacts("training"), Profile.PARTNER).forms["place"] is Form.COUNTRY
    # advocacy about a defender without consent for partners does not leave for one
    assert not decide(RecordFacts("advocacy", consents=("colleagues",)), Profile.PARTNER).leaves


def test_a_defenders_family_brings_enrolments_and_advocacy_with_what_they_link(
        desk: Desk, defender: str, edition: str) -> None:
    enrolment = desk.training.enrol(edition, defender)
    contact = desk.records.add("contact", {"name": "Rapporteur's office",
                                           "contact_type": "un-mechanism"})
    unrelated = desk.records.add("contact", {"name": "Another", "contact_type": "ngo"})
    action = desk.records.add("advocacy", {"action": "letter", "date": "2026-06",
                                           "contacts": [contact], "defenders": [defender]})
    family = defender_family(desk.records.conn, defender)
    assert {enrolment, edition, action, contact} <= family
    assert unrelated not in family


def test_a_colleague_cannot_move_an_enrolment_or_an_advocacy_action() -> None:
    """Links that move a record to another defender or edition are changed only here
    (received.authorise holds a colleague's change back as a proposal)."""
    assert controlled_fields("participant") == {"training", "defender"}
    assert controlled_fields("advocacy") == {"defenders"}
    assert controlled_fields("contact") == frozenset()


def test_every_link_that_brings_a_record_into_a_family_is_guarded_on_import() -> None:
    """A link that brings what it names into a defender's family (selection._BRINGING) is
    either controlled or a naming link: a colleague cannot name one of ours outside its scope
    there (received.authorise), or naming it would put it in the colleague's scope."""
    from hrd_desk.services.selection import _BRINGING, _DEFENDER_LINKS

    for link in (*_DEFENDER_LINKS, *(name for pair in _BRINGING for name in pair)):
        kind, name = link.split(".")
        assert name in controlled_fields(kind) | naming_fields(kind), link
