"""Editions, participants, network contacts and advocacy in bundles between offices and to a
partner (issue 16): merged like every other record, redacted by the one rule, and a colleague
cannot move an enrolment or an advocacy action to another defender."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hrd_desk.services import colleagues, exchange, scope, sync
from hrd_desk.services.conflicts import list_proposals
from hrd_desk.services.training import Training
from sync_support import Office, close_all, make_offices


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[dict[str, Office]]:
    made = make_offices(tmp_path / "vaults", ["A", "B", "P"])
    colleagues.set_colleague_kind(made["A"].session, made["A"].colleague_ids["P"], "partner")
    yield made
    close_all(made)


def _deliver(src: Office, dst: Office, out: Path) -> None:
    if sync.export_changes(src.session, src.colleague_ids[dst.name], out) is not None:
        exchange.import_bundle(dst.session, out)


@pytest.fixture
def world(offices: dict[str, Office]) -> dict[str, str]:
    work = offices["A"].work
    amina = work.add("defender", {"name": "Amina", "consent": "partners",
        "consent_date": "2024-01-15", "consent_how": "written"})
    edition = work.add("training", {"title": "Hague Training Course", "starts": "2026-09-07",
                                    "place": "MKPLACE The Hague"})
    enrolled = Training(offices["A"].session).enrol(edition, amina, ["networking"],
                                                    needs="MKNEEDS")
    contact = work.add("contact", {"name": "Human rights officer", "contact_type": "embassy",
                                   "city": "MKCITY Geneva", "reach": "MKREACH"})
    action = work.add("advocacy", {"action": "meeting", "date": "2026-06-02",
                                   "contacts": [contact], "defenders": [amina],
                                   "outcome": "MKOUTCOME", "follow_up": "MKFOLLOW"})
    return {"amina": amina, "edition": edition, "enrolled": enrolled, "contact": contact,
            "action": action}


def test_a_shared_defender_brings_trainings_and_advocacy_and_edits_merge(
        offices: dict[str, Office], world: dict[str, str], tmp_path: Path) -> None:
    a, b = offices["A"], offices["B"]
    scope.share(a.session, world["amina"], a.colleague_ids["B"])
    _deliver(a, b, tmp_path / "1")
    held = b.work.get("advocacy", world["action"])
    assert (held.get("contacts"), held.get("outcome")) == ([world["contact"]], "MKOUTCOME")
    assert b.work.get("contact", world["contact"]).get("reach") == "MKREACH"
    assert b.work.get("participant", world["enrolled"]).get("needs") == "MKNEEDS"
    assert b.work.get("training", world["edition"]).get("title") == "Hague Training Course"
    # concurrent edits of different fields merge without a conflict
    a.work.edit("participant", world["enrolled"], {"needs": "MKNEEDS2"})
    b.work.edit("participant", world["enrolled"], {"modules": ["networking", "reporting"]})
    scope.share(b.session, world["amina"], b.colleague_ids["A"])
    _deliver(b, a, tmp_path / "2")
    _deliver(a, b, tmp_path / "3")
    for office in (a, b):
        shown = office.work.get("participant", world["enrolled"])
        assert (shown.get("needs"), shown.get("modules"), shown.conflict) == (
            "MKNEEDS2", ["networking", "reporting"], False)


def test_a_colleague_cannot_move_an_enrolment_or_an_action_to_another_defender(
        offices: dict[str, Office], world: dict[str, str], tmp_path: Path) -> None:
    a, b = offices["A"], offices["B"]
    scope.share(a.session, world["amina"], a.colleague_ids["B"])
    _deliver(a, b, tmp_path / "1")
    other = b.work.add("defender", {"name": "Someone of B's", "consent": "colleagues",
        "consent_date": "2024-01-15", "consent_how": "written"})
    b.work.edit("participant", world["enrolled"], {"defender": other})
    b.work.edit("advocacy", world["action"], {"defenders": [other], "subject": "Moved"})
    scope.share(b.session, world["amina"], b.colleague_ids["A"])
    _deliver(b, a, tmp_path / "2")
    assert a.work.get("participant", world["enrolled"]).get("defender") == world["amina"]
    action = a.work.get("advocacy", world["action"])
    assert (action.get("defenders"), action.get("subject")) == ([world["amina"]], "Moved")
    held_back = {(p.record_id, name) for p in list_proposals(a.session) for name in p.proposed}
    assert {(world["enrolled"], "defender"), (world["action"], "defenders")} <= held_back


def test_a_partner_gets_them_without_the_sensitive_fields(
        offices: dict[str, Office], world: dict[str, str]) -> None:
    a = offices["A"]
    scope.share(a.session, world["amina"], a.colleague_ids["P"])
    sent = {v.record_id: v for v in sync.changes_for(a.session, a.colleague_ids["P"]).versions}
    assert {world["edition"], world["enrolled"], world["contact"], world["action"]} <= set(sent)
    assert "place" not in sent[world["edition"]].fields
    assert "needs" not in sent[world["enrolled"]].fields
    assert sent[world["enrolled"]].fields["modules"] == ["networking"]
    assert "reach" not in sent[world["contact"]].fields
    assert "city" not in sent[world["contact"]].fields
    assert sent[world["contact"]].fields["name"] == "Human rights officer"
    assert "outcome" not in sent[world["action"]].fields
    assert "follow_up" not in sent[world["action"]].fields
    assert sent[world["action"]].fields["contacts"] == [world["contact"]]


def test_advocacy_about_a_defender_without_consent_for_partners_stays_home(
        offices: dict[str, Office], world: dict[str, str]) -> None:
    a = offices["A"]
    guarded = a.work.add("defender", {"name": "Bashir", "consent": "colleagues",
        "consent_date": "2024-01-15", "consent_how": "written"})
    # one action about both: it needs both consents to leave for the partner
    both = a.work.add("advocacy", {"action": "letter", "date": "2026-06-10",
                                   "defenders": [world["amina"], guarded]})
    scope.share(a.session, world["amina"], a.colleague_ids["P"])
    sent = {v.record_id for v in sync.changes_for(a.session, a.colleague_ids["P"]).versions}
    assert world["action"] in sent and both not in sent
