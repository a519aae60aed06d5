"""Records first received from a colleague leave again only as the one rule allows, and the rule
reads consent from this vault's own decisions (issue 10; issue 11's finding 3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hrd_desk.errors import ConsentRefused
from hrd_desk.services import colleagues, exchange, scope, sync
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


def test_received_related_people_and_stays_follow_the_defenders_consent(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["A"], offices["B"]
    defender = a.work.add("defender", {"name": "Amina", "consent": "partners",
            "consent_date": "2024-01-15", "consent_how": "written"})
    scope.share(a.session, defender, a.colleague_ids["B"])
    scope.share(a.session, defender, a.colleague_ids["P"])
    _deliver(a, b, tmp_path / "1")
    related = b.work.add("related", {"defender": defender, "name": "MKSISTER",
                                     "relationship": "sibling", "notes": "MKNOTES"})
    stay = b.work.add("relocation", {"defender": defender, "host_city": "MKCITY",
                                     "planned_arrival": "2026-03-01",
                                     "planned_departure": "2026-04-01"})
    scope.share(b.session, defender, b.colleague_ids["A"])
    _deliver(b, a, tmp_path / "2")
    assert a.work.get("related", related).fields["name"] == "MKSISTER"
    # to the partner: B's records go, redacted like A's own
    partner = sync.changes_for(a.session, a.colleague_ids["P"])
    sent = {v.record_id: v for v in partner.versions}
    assert related in sent and stay in sent
    assert "name" not in sent[related].fields and "notes" not in sent[related].fields
    assert "host_city" not in sent[stay].fields
    # consent narrowed here: nothing of them leaves for the partner, received or not
    a.work.edit("defender", defender, {"consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"})
    a.work.edit("related", related, {"relationship": "child"})
    later = sync.changes_for(a.session, a.colleague_ids["P"])
    assert {v.record_id for v in later.versions}.isdisjoint({defender, related, stay})
    with pytest.raises(ConsentRefused):
        exchange.export_bundle(a.session, tmp_path / "x.hrdb", to=[a.colleague_ids["P"]],
                               defenders=[defender])


def test_a_colleague_cannot_widen_consent_for_what_this_vault_sends(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["A"], offices["B"]
    defender = a.work.add("defender", {"name": "Amina", "consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"})
    incident = a.work.add("incident", {"defenders": [defender], "category": "digital",
                                       "occurred": "2026-01", "description": "MKDESC"})
    scope.share(a.session, defender, a.colleague_ids["B"])
    _deliver(a, b, tmp_path / "1")
    b.work.edit("defender", defender, {"consent": "public",
            "consent_date": "2024-01-15", "consent_how": "written"})  # B widens it
    scope.share(b.session, defender, b.colleague_ids["A"])
    _deliver(b, a, tmp_path / "2")
    # whatever A now shows, A's own decision (colleagues) is what leaves for a partner
    with pytest.raises(ConsentRefused):
        scope.share(a.session, defender, a.colleague_ids["P"])
    partner = sync.changes_for(a.session, a.colleague_ids["P"])
    assert {v.record_id for v in partner.versions}.isdisjoint({defender, incident})
    # narrowed here: nothing more of them leaves, to anyone
    a.work.edit("defender", defender, {"consent": "none"})
    a.work.edit("incident", incident, {"status": "monitoring"})
    assert sync.changes_for(a.session, a.colleague_ids["B"]).versions == []
