"""Identity rotation (issue 12): `identity rotate` gives a vault new keys; colleagues that
trusted the old key follow through the successor card (signed by both keys) that its bundles
carry; the old secrets open bundles in flight during the grace period, then are deleted; hostile
successor cards are refused and change nothing; old versions keep verifying."""

from __future__ import annotations

import time
import unittest.mock
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_support import (
    PASSPHRASE,
    Office,
    add_family,
    export,
    offices,
    refused,
    unchanged,
)
from hrd_desk.crypto.ack_file import ACK_FILE_BYTES
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.crypto.identity import Identity, PublicIdentity
from hrd_desk.errors import RefusedSuccessor, RejectedInput
from hrd_desk.history.notices import NOTICE_DOMAIN, make_successor
from hrd_desk.history.versions import verify_version
from hrd_desk.services import (
    colleagues,
    consent_notices,
    dropfolder,
    emergency,
    exchange,
    scope,
    sync,
)
from hrd_desk.services.session import Session, unlock_vault
from hrd_desk.store import colleagues as colleague_store
from hrd_desk.store import peers
from hrd_desk.store.audit import list_events, verify_chain
from hrd_desk.store.colleagues import get_colleague
from hrd_desk.store.migrations import LATEST
from hrd_desk.store.queries import get_record
from hrd_desk.store.records import load_versions

DAY = 86_400


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path, "A", "B") as made:
        yield made


def reopen(office: Office, now: float | None = None) -> None:
    """Close the office's session and open its vault again (a rotation leaves it stale)."""
    office.session.close()
    office._public = None
    clock = (lambda: now) if now is not None else time.time
    office.session = Session(unlock_vault(office.directory, PASSPHRASE), now=clock)


def rotate(office: Office, grace_days: int = colleagues.GRACE_DAYS) -> colleagues.Rotation:
    office.session.close()
    done = emergency.rotate_identity(office.directory, PASSPHRASE, grace_days)
    reopen(office)
    return done


def every_version_verifies(office: Office) -> int:
    """Each version held verifies against its origin's key (the history is not broken)."""
    keys = colleague_store.origin_keys(office.session.conn)
    keys[office.vault_id] = office.identity.public.verify_key
    checked = 0
    for (record_id,) in office.session.conn.execute("SELECT id FROM records").fetchall():
        for version in load_versions(office.session.conn, record_id):
            verify_version(version, PublicIdentity(keys[version.origin], bytes(32)))
            checked += 1
    return checked


def test_a_verified_colleague_follows_the_rotation_and_stays_verified(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["A"], pair["B"]
    family = add_family(a)
    export(a, tmp_path / "before.bundle", [b], everything=True)
    exchange.import_bundle(b.session, tmp_path / "before.bundle")
    old_public, old_vault = a.public, a.vault_id

    done = rotate(a)
    assert done.old_fingerprint == old_public.fingerprint_text()
    assert a.public != old_public and a.vault_id != old_vault == done.old_vault_id
    assert verify_chain(a.session.conn) is None  # the audit anchor survives the new keys
    a.work.edit("defender", family.defender, {"name": "Amina K."})
    export(a, tmp_path / "after.bundle", [b], everything=True)

    summary = exchange.import_bundle(b.session, tmp_path / "after.bundle")
    assert summary.rotated == 1
    moved = colleague_store.get_colleague(b.session.conn, b.id_of(a))
    assert moved.identity == a.public and moved.vault_id == a.vault_id
    assert moved.verified and not moved.revoked and moved.local_name == "A"
    assert get_record(b.session.conn, family.defender).fields["name"] == "Amina K."
    origins = {v.origin for v in load_versions(b.session.conn, family.defender)}
    assert origins == {old_vault, a.vault_id}  # old versions kept, and they verify
    assert every_version_verifies(b) >= 5
    assert every_version_verifies(a) >= 5
    assert any(e.action == "colleague rotated" for e in list_events(b.session.conn))

    # B now writes to the new keys, and A reads it; A's own old versions are still "this vault"
    b.work.edit("case", family.case, {"programme": "training"})
    export(b, tmp_path / "back.bundle", [a], everything=True)
    back = exchange.import_bundle(a.session, tmp_path / "back.bundle")
    assert back.outcomes.get("applied") == 1, back.outcomes
    assert get_record(a.session.conn, family.case).fields["programme"] == "training"
    # a second bundle with the same successor card changes nothing more
    export(a, tmp_path / "again.bundle", [b], everything=True)
    assert exchange.import_bundle(b.session, tmp_path / "again.bundle").rotated == 0


def test_an_unverified_colleague_stays_unverified_after_its_rotation(tmp_path: Path) -> None:
    with offices(tmp_path, "A", "B", verified=False) as made:
        a, b = made["A"], made["B"]
        rotate(a)
        add_family(a)
        exchange.export_bundle(a.session, tmp_path / "x.bundle", to=[a.id_of(b)],
                               everything=True, allow_unverified=True)
        assert exchange.import_bundle(b.session, tmp_path / "x.bundle").rotated == 1
        moved = colleague_store.get_colleague(b.session.conn, b.id_of(a))
        assert moved.identity == a.public and not moved.verified


def test_bundles_in_flight_open_during_the_grace_period_and_not_after(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["A"], pair["B"]
    add_family(b, "Bahati")
    export(b, tmp_path / "in-flight-1.bundle", [a], everything=True)  # to A's old keys
    export(b, tmp_path / "in-flight-2.bundle", [a], everything=True)
    rotate(a, grace_days=10)
    assert exchange.inspect_bundle(tmp_path / "in-flight-2.bundle", a.session).addressed_to_me
    summary = exchange.import_bundle(a.session, tmp_path / "in-flight-1.bundle")
    assert summary.new_records == 4
    assert [f.secrets_kept for f in colleagues.identity_info(a.session).former] == [True]

    reopen(a, now=time.time() + 11 * DAY)  # the grace is over: the old secrets go at open
    info = colleagues.identity_info(a.session)
    assert [f.secrets_kept for f in info.former] == [False]
    row = a.session.conn.execute(
        "SELECT signing_seed, box_secret FROM former_identities").fetchall()
    assert row == [(None, None)]
    assert any(e.action == "identity old keys deleted" for e in list_events(a.session.conn))
    assert a.session.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    refused(a, tmp_path / "in-flight-2.bundle", "no match")
    assert exchange.inspect_bundle(tmp_path / "in-flight-2.bundle",
                                   a.session).addressed_to_me is False
    assert verify_chain(a.session.conn) is None


def test_after_the_grace_bundles_signed_by_the_old_key_are_refused(
        pair: dict[str, Office], tmp_path: Path) -> None:
    """The card names the grace's end: a thief holding the old key cannot sign as the colleague
    after it (and a grace of 0 days is refused: colleagues could not follow)."""
    a, b = pair["A"], pair["B"]
    old_a = a.identity
    rotate(a, grace_days=2)
    add_family(a)
    export(a, tmp_path / "grace.bundle", [b], everything=True)
    exchange.import_bundle(b.session, tmp_path / "grace.bundle")
    out = tmp_path / "thief.bundle"  # whoever holds A's old key, writing as A
    with open(out, "wb") as handle:
        writer = BundleWriter(handle, old_a, [b.public], schema_version=LATEST,
                              counts={"versions": 0})
        writer.finish()
    assert exchange.inspect_bundle(out, b.session).sender_colleague == "A"  # in the grace
    later = time.time() + 3 * DAY
    with unittest.mock.patch("hrd_desk.services.exchange.time.time", return_value=later):
        refused(b, out, "revoked sender")
    with pytest.raises(RejectedInput, match="grace period"):
        emergency.rotate_identity(a.directory, PASSPHRASE, 0)


def _bundle_with(office: Office, to: Office, out: Path, message: dict[str, object]) -> Path:
    exchange.write_bundle(office.session, out, [colleague_store.get_colleague(
        office.session.conn, office.id_of(to))], [], total=0, counts={}, extra=[message])
    return out


def test_a_successor_card_signed_by_the_new_key_only_is_refused(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["A"], pair["B"]
    thief = Identity.generate()
    forged = make_successor(thief, thief, 1)  # signer = the new key itself
    forged_alone = make_successor(Identity.generate(), thief, 1)
    # claims A's old key, but A's key never signed it (the new key's signature stands in)
    claims_a = forged_alone.__class__(**{
        **forged_alone.__dict__, "signer": a.vault_id, "signer_key": a.public.verify_key,
        "signature": thief.sign(NOTICE_DOMAIN, forged_alone.content())})
    for n, message in enumerate([forged.to_message(), claims_a.to_message()]):
        bundle = _bundle_with(a, b, tmp_path / f"forged{n}.bundle", message)
        rejection = refused(b, bundle, "payload failure")
        assert "successor" in rejection.message or "signature" in rejection.message
    assert colleague_store.get_colleague(b.session.conn, b.id_of(a)).identity == a.public


def test_a_successor_for_someone_else_or_by_a_replaced_key_is_refused(
        tmp_path: Path) -> None:
    with offices(tmp_path, "A", "B", "C") as made:
        a, b, c = made["A"], made["B"], made["C"]
        old_a = a.identity
        # C relays a (valid) successor card of A's: only A itself may announce its new keys
        relayed = make_successor(old_a, Identity.generate(), 5)
        bundle = _bundle_with(c, b, tmp_path / "relayed.bundle", relayed.to_message())
        rejection = refused(b, bundle, "refused successor")
        assert "other than the colleague" in rejection.message

        # A rotates for real; B follows. Later a thief holding A's OLD key tries a second
        # successor of that key: refused, B stays with A's real new key
        rotate(a)
        add_family(a)
        export(a, tmp_path / "real.bundle", [b], everything=True)
        assert exchange.import_bundle(b.session, tmp_path / "real.bundle").rotated == 1
        thief = make_successor(old_a, Identity.generate(), 9)
        with unchanged(b), pytest.raises(RefusedSuccessor, match="already replaced"):
            colleagues.accept_successor(
                b.session, thief, colleague_store.get_colleague(b.session.conn, b.id_of(a)))
        assert colleague_store.get_colleague(b.session.conn, b.id_of(a)).identity == a.public


def test_a_successor_signed_by_a_revoked_key_is_refused(pair: dict[str, Office],
                                                        tmp_path: Path) -> None:
    a, b = pair["A"], pair["B"]
    colleagues.revoke_colleague(b.session, b.id_of(a))
    old_a = a.identity
    rotate(a)
    add_family(a)
    export(a, tmp_path / "after-revocation.bundle", [b], everything=True)
    refused(b, tmp_path / "after-revocation.bundle", "revoked sender")
    revoked = colleague_store.get_colleague(b.session.conn, b.id_of(a))
    with unchanged(b), pytest.raises(RefusedSuccessor, match="revoked"):
        colleagues.accept_successor(b.session, make_successor(old_a, Identity.generate(), 3),
                                    revoked)


def test_after_the_grace_a_rotated_office_signs_with_its_new_key(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["A"], pair["B"]
    rotate(a, grace_days=1)
    add_family(a)
    export(a, tmp_path / "grace.bundle", [b], everything=True)
    exchange.import_bundle(b.session, tmp_path / "grace.bundle")
    reopen(a, now=time.time() + 2 * DAY)
    a.work.add("defender", {"name": "Zawadi", "country": "KE", "consent": "colleagues",
                            "consent_date": "2024-01-15", "consent_how": "written"})
    export(a, tmp_path / "later.bundle", [b], everything=True)
    info = exchange.inspect_bundle(tmp_path / "later.bundle", b.session)
    assert info.sender_fingerprint == a.public.fingerprint_text()
    assert exchange.import_bundle(b.session, tmp_path / "later.bundle").new_records == 1


def test_drop_folder_sync_carries_a_rotation_both_ways_during_and_after_the_grace(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["A"], pair["B"]
    shared = tmp_path / "shared"
    family = add_family(a)
    scope.share(a.session, family.defender, a.id_of(b))
    dropfolder.sync_folder(a.session, shared)
    dropfolder.sync_folder(b.session, shared)
    rotate(a, grace_days=3)
    a.work.edit("defender", family.defender, {"name": "Amina R."})
    assert dropfolder.sync_folder(a.session, shared).written
    got = dropfolder.sync_folder(b.session, shared)
    assert [s.rotated for s in got.imported] == [1]
    assert colleague_store.get_colleague(b.session.conn, b.id_of(a)).identity == a.public
    assert get_record(b.session.conn, family.defender).fields["name"] == "Amina R."
    b.work.edit("defender", family.defender, {"country": "UG"})
    dropfolder.sync_folder(b.session, shared)  # to A's new keys, in the new pair's folder
    dropfolder.sync_folder(a.session, shared)
    assert get_record(a.session.conn, family.defender).fields["country"] == "UG"

    reopen(a, now=time.time() + 4 * DAY)  # the grace is over: A signs with its new key
    a.work.edit("defender", family.defender, {"name": "Amina S."})
    dropfolder.sync_folder(a.session, shared)
    later = dropfolder.sync_folder(b.session, shared)
    assert not later.damaged and later.imported and not later.not_addressed, later
    assert get_record(b.session.conn, family.defender).fields["name"] == "Amina S."


def test_a_record_restored_after_the_colleague_rotated_goes_back_whole_without_its_versions(
        pair: dict[str, Office], tmp_path: Path) -> None:
    """A record B made before it rotated, deleted and restored at A, is sent to B whole again
    (live again after a deletion, services/sync.py): versions B made under its old key are not
    echoed back, and the count the bundle announces is what it carries."""
    a, b = pair["A"], pair["B"]
    family = add_family(b)
    scope.share(b.session, family.defender, b.id_of(a))
    sync.export_changes(b.session, b.id_of(a), tmp_path / "1.bundle")
    exchange.import_bundle(a.session, tmp_path / "1.bundle")
    old_vault = b.vault_id
    rotate(b)
    b.work.edit("case", family.case, {"programme": "training"})
    sync.export_changes(b.session, b.id_of(a), tmp_path / "2.bundle")
    assert exchange.import_bundle(a.session, tmp_path / "2.bundle").rotated == 1
    a.work.delete("defender", family.defender)
    sync.export_changes(a.session, a.id_of(b), tmp_path / "3.bundle")
    exchange.import_bundle(b.session, tmp_path / "3.bundle")
    a.work.restore("defender", family.defender)

    changes = sync.changes_for(a.session, a.id_of(b))
    assert family.defender in changes.whole
    sent = changes.versions
    assert sent and not {v.origin for v in sent} & {old_vault, b.vault_id}
    assert changes.total == len(sent) == sum(changes.counts.values())
    summary = sync.export_changes(a.session, a.id_of(b), tmp_path / "4.bundle", changes=changes)
    assert summary is not None and summary.versions == len(sent)
    exchange.import_bundle(b.session, tmp_path / "4.bundle")
    assert not get_record(b.session.conn, family.defender).deleted


def test_a_revocation_notice_about_the_old_key_still_shows_after_the_rotation(
        tmp_path: Path) -> None:
    with offices(tmp_path, "A", "B", "C") as made:
        a, b, c = made["A"], made["B"], made["C"]
        colleagues.revoke_colleague(c.session, c.id_of(a))
        add_family(c, "Chausiku")
        export(c, tmp_path / "notice.bundle", [b], everything=True)
        exchange.import_bundle(b.session, tmp_path / "notice.bundle")
        rotate(a)
        add_family(a)
        export(a, tmp_path / "rotated.bundle", [b], everything=True)
        assert exchange.import_bundle(b.session, tmp_path / "rotated.bundle").rotated == 1
        told = colleagues.standing(b.session)[b.id_of(a)]
        assert [who for who, _at in told.revoked_by] == ["C"]


def _changes(src: Office, dst: Office, out: Path) -> exchange.ImportSummary:
    assert sync.export_changes(src.session, src.id_of(dst), out) is not None
    return exchange.import_bundle(dst.session, out)


def test_acknowledgement_files_are_signed_and_opened_like_bundles_during_the_grace(
        pair: dict[str, Office], tmp_path: Path) -> None:
    """An acknowledgement file sealed to the old keys (its writer has not read the card yet)
    opens during the grace and not after; one the rotated vault writes is signed by the old
    key, which its colleague still knows, before and after it moved to the new keys."""
    a, b = pair["A"], pair["B"]
    add_family(a, "Amina")
    export(a, tmp_path / "a1.bundle", [b], everything=True)
    exchange.import_bundle(b.session, tmp_path / "a1.bundle")
    add_family(b, "Chausiku")
    export(b, tmp_path / "b1.bundle", [a], everything=True)
    exchange.import_bundle(a.session, tmp_path / "b1.bundle")
    b_owes = peers.acks_due(b.session.conn, a.public.verify_key)
    assert b_owes, "B imported A's bundle"
    rotate(a, grace_days=10)

    acks_to_old = tmp_path / "acks-to-old.bundle"  # B owes A acknowledgements only
    exchange.write_acks(b.session, acks_to_old, get_colleague(b.session.conn, b.id_of(a)),
                        b_owes)
    assert acks_to_old.stat().st_size == ACK_FILE_BYTES
    assert exchange.inspect_bundle(acks_to_old, a.session).addressed_to_me
    assert exchange.import_bundle(a.session, acks_to_old).acknowledged == 1

    acks_due = peers.acks_due(a.session.conn, b.public.verify_key)
    assert acks_due, "A imported B's bundle"
    for name in ("before-move", "after-move"):
        out = tmp_path / f"{name}.bundle"
        exchange.write_acks(a.session, out, get_colleague(a.session.conn, a.id_of(b)),
                            acks_due)
        summary = exchange.import_bundle(b.session, out)
        assert summary.sender == "A" and not summary.already_imported
        if name == "before-move":  # a bundle carries A's successor card: B moves
            assert _changes(a, b, tmp_path / "card.bundle").rotated == 1

    reopen(a, now=time.time() + 11 * DAY)  # the old secrets are gone: nothing opens with them
    refused(a, acks_to_old, "no match")


def test_consent_notices_travel_during_the_grace_before_and_after_the_colleague_moved(
        pair: dict[str, Office], tmp_path: Path) -> None:
    """A rotated office lowers a defender's consent: the notice rides the bundle that carries
    its successor card, signed by the key the bundle is signed by, and the colleague keeps it;
    raised back later (the colleague already on the new keys), the notice is kept too."""
    a, b = pair["A"], pair["B"]
    amina = add_family(a, "Amina", consent="partners")
    scope.share(a.session, amina.defender, a.id_of(b))
    assert _changes(a, b, tmp_path / "first.bundle").new_records > 0
    rotate(a, grace_days=10)
    a.work.edit("defender", amina.defender, {"consent": "none"})
    lowered = _changes(a, b, tmp_path / "lowered.bundle")
    assert lowered.rotated == 1 and lowered.consent_notices == 1
    assert [x.level for x in consent_notices.limits_of(b.session, amina.defender)] == ["none"]
    a.work.edit("defender", amina.defender, {"consent": "partners"})
    raised = _changes(a, b, tmp_path / "raised.bundle")
    assert raised.rotated == 0 and raised.consent_notices == 1
    assert [x.level for x in consent_notices.limits_of(b.session, amina.defender)] == [
        "partners"]
