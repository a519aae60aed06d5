"""A lowered consent travels (issue 10 with issue 11's "narrowing applies"): the colleagues that
hold a defender get a signed consent notice and stop sharing it on; a colleague that never held it
learns nothing; a hostile colleague cannot raise consent, or touch a defender it was never
given, by notice."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_support import Office, add_family, offices, unchanged
from hrd_desk.errors import ConsentRefused
from hrd_desk.history.notices import make_consent_notice
from hrd_desk.services import (
    colleagues,
    conflicts,
    consent_notices,
    dropfolder,
    exchange,
    scope,
    sync,
)
from hrd_desk.services.outbound import Outbound
from hrd_desk.store.colleagues import get_colleague


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path, "A", "B", "C", "D") as made:
        yield made


def _send(src: Office, dst: Office, tmp_path: Path) -> exchange.ImportSummary | None:
    out = tmp_path / f"{src.name}-to-{dst.name}-{time.monotonic_ns()}.hrdb"
    if sync.export_changes(src.session, src.id_of(dst), out) is None:
        return None
    return exchange.import_bundle(dst.session, out)


def _consent_at(office: Office, defender: str, other: Office) -> str | None:
    colleague = get_colleague(office.session.conn, office.id_of(other))
    return Outbound(office.session.conn, office.vault_id, [colleague]).consent_of(defender)


def test_a_lowered_consent_reaches_every_holder_and_stops_resharing(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b, c, d = world["A"], world["B"], world["C"], world["D"]
    amina = add_family(a, "Amina", consent="partners")
    scope.share(a.session, amina.defender, a.id_of(b))
    _send(a, b, tmp_path)
    scope.share(b.session, amina.defender, b.id_of(c))  # B shares it on with C
    _send(b, c, tmp_path)
    assert c.work.get("defender", amina.defender).fields["name"] == "Amina"

    a.work.edit("defender", amina.defender, {"consent": "none"})
    got = _send(a, b, tmp_path)
    assert got is not None and got.consent_notices == 1 and not got.outcomes, "no content"
    assert _consent_at(b, amina.defender, c) == "none"
    # B acts on it: nothing more of Amina leaves B, and the refusal says why
    b.work.edit("incident", amina.incident, {"description": "new detail at B"})
    with unchanged(b), pytest.raises(ConsentRefused, match="lowered their consent"):
        scope.share(b.session, amina.defender, b.id_of(d))
    told = _send(b, c, tmp_path)  # B tells C in turn (C holds it from B), sends no content
    assert told is not None and told.consent_notices == 1 and not told.outcomes
    assert c.work.get("incident", amina.incident).fields["description"] != "new detail at B"
    assert _consent_at(c, amina.defender, d) == "none"
    # D never held Amina: it hears nothing at all
    assert _send(a, d, tmp_path) is None and _send(b, d, tmp_path) is None
    # sent, not yet told: until B acknowledges a bundle that carried it, it goes again
    b_at_a = get_colleague(a.session.conn, a.id_of(b))
    assert consent_notices.due_for(a.session, b_at_a) == [(amina.defender, "none")]
    _send(b, a, tmp_path)  # B's next bundle acknowledges A's
    # told once acknowledged: the next exchange carries no notice again
    assert consent_notices.due_for(a.session, b_at_a) == []
    # the record keeps its own consent; the limit shows beside it
    shown = b.work.get("defender", amina.defender).fields["consent"]
    assert shown == "partners"
    limits = consent_notices.limits_of(b.session, amina.defender)
    assert [(x.colleague, x.level) for x in limits] == [("A", "none")]


def test_a_consent_notice_in_a_bundle_lost_on_the_way_goes_again(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b, c = world["A"], world["B"], world["C"]
    amina = add_family(a, "Amina", consent="partners")
    scope.share(a.session, amina.defender, a.id_of(b))
    _send(a, b, tmp_path)
    _send(b, a, tmp_path)  # acknowledged: B holds Amina
    a.work.edit("defender", amina.defender, {"consent": "none"})
    lost = tmp_path / "lost.hrdb"
    assert sync.export_changes(a.session, a.id_of(b), lost) is not None
    lost.unlink()  # the USB stick never arrived
    got = _send(a, b, tmp_path)
    assert got is not None and got.consent_notices == 1, "the next bundle tells it again"
    assert _consent_at(b, amina.defender, c) == "none"
    _send(b, a, tmp_path)  # acknowledges it
    b_at_a = get_colleague(a.session.conn, a.id_of(b))
    assert consent_notices.due_for(a.session, b_at_a) == []
    after = _send(a, b, tmp_path)  # only the acknowledgement A owes in turn
    assert after is None or after.consent_notices == 0


def test_raised_again_the_limit_is_lifted_and_the_raise_waits_for_the_holder(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b, c = world["A"], world["B"], world["C"]
    amina = add_family(a, "Amina")
    scope.share(a.session, amina.defender, a.id_of(b))
    _send(a, b, tmp_path)
    a.work.edit("defender", amina.defender, {"consent": "none"})
    _send(a, b, tmp_path)
    assert _consent_at(b, amina.defender, c) == "none"
    a.work.edit("defender", amina.defender, {"consent": "colleagues"})
    got = _send(a, b, tmp_path)
    assert got is not None and got.consent_notices == 1
    limits = consent_notices.limits_of(b.session, amina.defender)
    assert [x.level for x in limits] == ["colleagues"], "A's own limit lifted"
    # the versions travel again: the lowering applies, the raise is a proposal (issue 11)
    assert _consent_at(b, amina.defender, c) == "none"
    (proposal,) = conflicts.list_proposals(b.session, amina.defender)
    assert proposal.proposed == {"consent": "colleagues"}
    conflicts.accept_proposal(b.session, proposal.proposal_id)
    assert _consent_at(b, amina.defender, c) == "colleagues"
    assert scope.share(b.session, amina.defender, b.id_of(c))


def test_a_holder_does_not_pass_a_limit_back_to_the_office_that_set_it(
    world: dict[str, Office], tmp_path: Path
) -> None:
    """B keeps A's lowering as A's limit and tells its own holders, but not A: passed back, it
    became a limit of B's at A, and A's own raise could never lift it (A stayed at 'none' for
    every colleague, B kept A's limit)."""
    a, b, c = world["A"], world["B"], world["C"]
    amina = add_family(a, "Amina")
    scope.share(a.session, amina.defender, a.id_of(b))
    _send(a, b, tmp_path)
    _send(b, a, tmp_path)
    a.work.edit("defender", amina.defender, {"consent": "none"})
    _send(a, b, tmp_path)
    assert _consent_at(b, amina.defender, c) == "none"
    back = _send(b, a, tmp_path)  # acknowledges A's bundle: no notice of A's own decision
    assert back is None or back.consent_notices == 0
    assert consent_notices.limits_of(a.session, amina.defender) == []
    a.work.edit("defender", amina.defender, {"consent": "colleagues"})
    assert _consent_at(a, amina.defender, c) == "colleagues"
    got = _send(a, b, tmp_path)
    assert got is not None and got.consent_notices == 1
    assert [x.level for x in consent_notices.limits_of(b.session, amina.defender)] == [
        "colleagues"]


def _forge(sender: Office, to: Office, defender: str, level: str, tmp_path: Path,
           signer: Office | None = None) -> exchange.ImportSummary:
    """A validly signed bundle from `sender` carrying a consent notice (by `signer`)."""
    notice = make_consent_notice((signer or sender).identity, defender, level,
                                 int(time.time() * 1000))
    out = tmp_path / f"forged-{time.monotonic_ns()}.hrdb"
    colleague = get_colleague(sender.session.conn, sender.id_of(to))
    exchange.write_bundle(sender.session, out, [colleague], [], total=0, counts={},
                          extra=[notice.to_message()])
    return exchange.import_bundle(to.session, out)


def test_a_hostile_colleague_cannot_raise_consent_or_touch_what_it_never_held(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b, c = world["A"], world["B"], world["C"]
    colleagues.set_colleague_kind(a.session, a.id_of(c), "partner")
    shared = add_family(a, "Shared")  # consent colleagues: offices only
    private = add_family(a, "Private", consent="partners")
    scope.share(a.session, shared.defender, a.id_of(b))
    _send(a, b, tmp_path)
    # B claims 'public' for the defender it holds: kept, but only ever as a limit
    assert _forge(b, a, shared.defender, "public", tmp_path).consent_notices == 1
    assert _consent_at(a, shared.defender, c) == "colleagues"
    with unchanged(a), pytest.raises(ConsentRefused):
        scope.share(a.session, shared.defender, a.id_of(c))  # still no partner
    # about a defender B was never given: not kept, nothing changes
    assert _forge(b, a, private.defender, "none", tmp_path).consent_notices == 0
    assert consent_notices.limits_of(a.session, private.defender) == []
    assert scope.share(a.session, private.defender, a.id_of(c))
    # relayed: B carries a notice C signed: not kept either
    assert _forge(b, a, shared.defender, "none", tmp_path, signer=c).consent_notices == 0
    assert [x.level for x in consent_notices.limits_of(a.session, shared.defender)] == ["public"]
    # an unknown level, or a tampered signature, refuses the whole bundle
    notice = make_consent_notice(b.identity, shared.defender, "everyone", 1)
    out = tmp_path / "bad.hrdb"
    exchange.write_bundle(b.session, out, [get_colleague(b.session.conn, b.id_of(a))], [],
                          total=0, counts={}, extra=[notice.to_message()])
    with unchanged(a), pytest.raises(exchange.BundleRejected) as caught:
        exchange.import_bundle(a.session, out)
    assert caught.value.category == "payload failure"


def test_cli_shows_the_limit_and_refuses_with_its_reason(tmp_path: Path) -> None:
    from cli_support import init_vault, new_id, ok, ok_json, run

    a, b = init_vault(tmp_path / "A"), init_vault(tmp_path / "B")
    ok(a, "identity", "export", "--out", str(tmp_path / "a.card"))
    ok(b, "identity", "export", "--out", str(tmp_path / "b.card"))
    b_at_a = ok_json(a, "colleague", "add", str(tmp_path / "b.card"), "--name", "Kampala",
                     "--verified")["id"]
    a_at_b = ok_json(b, "colleague", "add", str(tmp_path / "a.card"), "--name", "Nairobi",
                     "--verified")["id"]
    defender = new_id(a, "defender", "add", "--name", "Amina", "--consent", "colleagues",
                      "--consent-date", "2024-01-15", "--consent-how", "written")
    ok(a, "share", defender, "--with", b_at_a)
    first, second = tmp_path / "1.hrdb", tmp_path / "2.hrdb"
    ok(a, "export", "--changes", "--to", b_at_a, "--out", str(first))
    ok(b, "import", str(first))
    ok(a, "defender", "edit", defender, "--consent", "none")
    ok(a, "export", "--changes", "--to", b_at_a, "--out", str(second))
    assert "1 consent notice: Nairobi lowered" in ok(b, "import", str(second)).out
    shown = ok(b, "defender", "show", defender).out
    assert "Consent limit: Nairobi lowered it to 'none'" in shown
    data = ok_json(b, "defender", "show", defender)
    assert [(x["name"], x["level"]) for x in data["consent_limits"]] == [("Nairobi", "none")]
    refused = run(b, "export", "--defender", defender, "--to", a_at_b,
                  "--out", str(tmp_path / "3.hrdb"))
    assert refused.code == 5 and "lowered their consent to 'none'" in refused.err


def test_a_purged_defender_leaves_no_consent_notice_behind(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    amina = add_family(a, "Amina")
    scope.share(a.session, amina.defender, a.id_of(b))
    _send(a, b, tmp_path)
    a.work.edit("defender", amina.defender, {"consent": "none"})
    _send(a, b, tmp_path)
    for office in (a, b):
        office.work.delete("defender", amina.defender)
        office.work.purge(amina.defender)
        for table in ("consent_changes", "consent_told", "consent_limits"):
            rows = office.session.conn.execute(
                f"SELECT count(*) FROM {table} WHERE defender_id = ?", (amina.defender,))
            assert rows.fetchone()[0] == 0, (office.name, table)


def test_through_a_drop_folder_a_notice_goes_once_and_counts_when_acknowledged(
    world: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync round does not write the same notice again while its bundle waits in the folder;
    the colleague's acknowledgement ends it."""
    a, b = world["A"], world["B"]
    amina = add_family(a, "Amina", consent="partners")
    scope.share(a.session, amina.defender, a.id_of(b))
    shared = tmp_path / "shared"
    dropfolder.sync_folder(a.session, shared)
    dropfolder.sync_folder(b.session, shared)
    dropfolder.sync_folder(a.session, shared)  # B's acknowledgement: B holds Amina
    a.work.edit("defender", amina.defender, {"consent": "none"})
    first = dropfolder.sync_folder(a.session, shared)
    assert len(first.written) == 1
    again = dropfolder.sync_folder(a.session, shared)
    assert again.written == [], "the bundle with the notice is still in the folder"
    # B tells A nothing back (its notice is A's own decision), so its acknowledgement goes
    # alone, at most once a day, and one went today: the next day
    monkeypatch.setattr(dropfolder, "today", lambda: "2999-01-01")
    got = dropfolder.sync_folder(b.session, shared)
    assert sum(s.consent_notices for s in got.imported) == 1
    dropfolder.sync_folder(a.session, shared)  # B's acknowledgement
    b_at_a = get_colleague(a.session.conn, a.id_of(b))
    assert consent_notices.due_for(a.session, b_at_a) == []
