"""A vault restored from a copy (issue 11): it reuses (origin, counter) pairs its later life had
already sent, which colleagues quarantine as equivocation. `vault restored` moves it to a new
epoch (a new origin: the hash of the same key and a random epoch), so what it writes from then on
never collides and is accepted; an origin of another epoch is accepted only with versions
signed by its key; real equivocation is still quarantined; bundles of the format before epochs
are still read."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_support import ok, ok_json, run
from exchange_support import PASSPHRASE, Office, add_family, export, offices, refused
from hostile_support import Attacker
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.crypto.canonical import encode
from hrd_desk.history.versions import make_version
from hrd_desk.history.wire import to_message
from hrd_desk.services import colleagues, dropfolder, emergency, exchange, maintenance, scope
from hrd_desk.services.session import Session, unlock_vault
from hrd_desk.services.sync import changes_for
from hrd_desk.store import merge as merge_store
from hrd_desk.store.audit import list_events
from hrd_desk.store.dbapi import checkpoint
from hrd_desk.store.migrations import LATEST
from hrd_desk.store.queries import get_record
from hrd_desk.store.records import load_versions


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path, "A", "B") as made:
        yield made


def reopen(office: Office) -> None:
    office.session.close()
    office.session = Session(unlock_vault(office.directory, PASSPHRASE))


def back_up(office: Office, to: Path) -> None:
    checkpoint(office.session.conn)
    shutil.copytree(office.directory, to)


def restore(office: Office, backup: Path) -> None:
    office.session.close()
    shutil.rmtree(office.directory)
    shutil.copytree(backup, office.directory)
    office.session = Session(unlock_vault(office.directory, PASSPHRASE))


def _lived_on_then_restored(a: Office, b: Office, tmp_path: Path, *, step: bool) -> str:
    """A shares Amina with B, is backed up, edits (B receives it), is restored from the copy,
    runs `vault restored` if `step`, and edits again; returns the defender id."""
    family = add_family(a)
    export(a, tmp_path / "first.bundle", [b], everything=True)
    exchange.import_bundle(b.session, tmp_path / "first.bundle")
    back_up(a, tmp_path / "backup")
    a.work.edit("defender", family.defender, {"name": "Amina (lost edit)"})
    export(a, tmp_path / "lost.bundle", [b], everything=True)
    exchange.import_bundle(b.session, tmp_path / "lost.bundle")
    restore(a, tmp_path / "backup")
    if step:
        a.session.close()
        emergency.vault_restored(a.directory, PASSPHRASE)
        reopen(a)
    a.work.edit("defender", family.defender, {"country": "UG"})
    export(a, tmp_path / "after.bundle", [b], everything=True)
    return family.defender


def test_without_the_step_a_restored_vault_equivocates_and_is_quarantined(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["A"], pair["B"]
    defender = _lived_on_then_restored(a, b, tmp_path, step=False)
    summary = exchange.import_bundle(b.session, tmp_path / "after.bundle")
    assert summary.outcomes.get("quarantined") == 1
    assert a.vault_id in merge_store.suspect_origins(b.session.conn)
    assert get_record(b.session.conn, defender).fields["country"] == "KE"


def test_after_vault_restored_its_edits_arrive_and_nothing_is_suspect(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["A"], pair["B"]
    old_origin = a.vault_id
    defender = _lived_on_then_restored(a, b, tmp_path, step=True)
    assert a.vault_id != old_origin
    assert a.vault_id == a.identity.public.vault_id(bytes.fromhex(
        a.session.conn.execute("SELECT hex(value) FROM meta WHERE key = 'epoch'")
        .fetchone()[0]))
    summary = exchange.import_bundle(b.session, tmp_path / "after.bundle")
    assert summary.outcomes.get("quarantined", 0) == 0, summary.outcomes
    assert not merge_store.suspect_origins(b.session.conn)
    shown = get_record(b.session.conn, defender).fields
    assert shown["country"] == "UG" and shown["name"] == "Amina (lost edit)"
    origins = {v.origin for v in load_versions(b.session.conn, defender)}
    assert origins == {old_origin, a.vault_id}
    # B names the new origin as A (conflicts, audit), and A's checks hold
    assert colleagues.get_colleague(b.session, b.id_of(a)).vault_id == old_origin
    assert maintenance.verify_vault(a.directory, lambda: PASSPHRASE).ok
    # B's edits come back to A, whose versions of both epochs are its own
    b.work.edit("defender", defender, {"legal_name": "Amina B."})
    export(b, tmp_path / "back.bundle", [a], everything=True)
    back = exchange.import_bundle(a.session, tmp_path / "back.bundle")
    assert back.outcomes.get("refused", 0) == 0, back.outcomes
    assert get_record(a.session.conn, defender).fields["legal_name"] == "Amina B."


def test_revoking_a_colleague_refuses_its_versions_of_every_epoch(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["A"], pair["B"]
    _lived_on_then_restored(a, b, tmp_path, step=True)
    exchange.import_bundle(b.session, tmp_path / "after.bundle")
    assert a.vault_id not in merge_store.revoked_origins(b.session.conn)
    colleagues.revoke_colleague(b.session, b.id_of(a))
    assert a.vault_id in merge_store.revoked_origins(b.session.conn)


def test_an_epoch_origin_is_accepted_only_with_versions_its_key_signed(
        tmp_path: Path) -> None:
    with offices(tmp_path, "A", "B", "M") as made:
        a, b, m = made["A"], made["B"], made["M"]
        epoch = bytes(range(16))
        forged_origin = a.public.vault_id(epoch)
        version = make_version(
            m.identity, record_id="r-forged", kind="defender", origin=forged_origin, counter=1,
            vector={forged_origin: 1}, hlc=(int(time.time() * 1000), 0), deleted=False,
            fields={"name": "Forged", "country": "KE", "consent": "colleagues"})
        out = tmp_path / "forged.bundle"
        with open(out, "wb") as handle:
            writer = BundleWriter(handle, m.identity, [b.public], schema_version=LATEST,
                                  counts={"versions": 1})
            writer.add(encode(exchange.origin_message(forged_origin, a.public.verify_key,
                                                      epoch)))
            writer.add(encode(to_message(version)))
            writer.finish()
        refused(b, out, "payload failure")
        # an epoch that does not give the id it claims
        out2 = tmp_path / "wrong-epoch.bundle"
        with open(out2, "wb") as handle:
            writer = BundleWriter(handle, m.identity, [b.public], schema_version=LATEST,
                                  counts={"versions": 0})
            writer.add(encode(exchange.origin_message(forged_origin, a.public.verify_key,
                                                      bytes(16))))
            writer.finish()
        assert "does not match" in refused(b, out2, "payload failure").message


def test_real_equivocation_is_still_quarantined_under_an_epoch(
        pair: dict[str, Office], tmp_path: Path) -> None:
    """A colleague in a new epoch that sends two different versions under one counter of it is
    quarantined and marked suspect, as before epochs."""
    a, b = pair["A"], pair["B"]
    family = add_family(a)
    export(a, tmp_path / "first.bundle", [b], everything=True)
    exchange.import_bundle(b.session, tmp_path / "first.bundle")
    b.session.close()
    emergency.vault_restored(b.directory, PASSPHRASE)
    reopen(b)
    attacker = Attacker(b)
    one = attacker.forge(a, family.defender, "defender", {"name": "One"})
    two = attacker.forge(a, family.defender, "defender", {"name": "Two"},
                         counter=one.counter)
    for name, version in (("one", one), ("two", two)):
        with open(tmp_path / f"{name}.bundle", "wb") as handle:
            writer = BundleWriter(handle, b.identity, [a.public], schema_version=LATEST,
                                  counts={"versions": 1})
            epoch = b.session.conn.execute(
                "SELECT value FROM meta WHERE key = 'epoch'").fetchone()[0]
            writer.add(encode(exchange.origin_message(b.vault_id, b.public.verify_key,
                                                      bytes(epoch))))
            writer.add(encode(to_message(version)))
            writer.finish()
    assert exchange.import_bundle(a.session, tmp_path / "one.bundle").outcomes.get(
        "applied") == 1
    assert exchange.import_bundle(a.session, tmp_path / "two.bundle").outcomes.get(
        "quarantined") == 1
    assert b.vault_id in merge_store.suspect_origins(a.session.conn)


def test_a_bundle_of_the_format_before_epochs_is_still_read(
        pair: dict[str, Office], tmp_path: Path) -> None:
    """Schema 15 bundles (origin messages without an epoch, the last schema before them) import
    as before."""
    a, b = pair["A"], pair["B"]
    attacker = Attacker(a)  # A's own vault, writing the old layout by hand
    version = attacker.forge(b, "0b9a3c5e-1111-4222-8333-944455556666", "defender",
                             {"name": "Old format", "country": "KE", "consent": "colleagues"})
    path = attacker.seal(tmp_path / "old.bundle", b, [version], schema_version=15)
    summary = exchange.import_bundle(b.session, path)
    assert summary.schema_version == 15 and summary.outcomes.get("applied") == 1
    assert get_record(b.session.conn, version.record_id).fields["name"] == "Old format"


def test_vault_restored_on_the_command_line(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    ok(vault, "init")
    before = ok_json(vault, "identity", "show")["vault_id"]
    said = ok(vault, "vault", "restored").out
    assert "new epoch" in said
    after = ok_json(vault, "identity", "show")
    assert after["vault_id"] != before
    assert ok_json(vault, "verify")["ok"] is True
    assert run(vault, "vault", "restored", stdin="wrong passphrase\n").code != 0


def test_a_restored_vault_notices_by_itself_one_round_trip_later(
        pair: dict[str, Office], tmp_path: Path) -> None:
    """No step taken: B quarantines A's reused number and sends back what A lost; A sees its own
    signed versions it no longer has, keeps them, moves to a new epoch and says so; its next
    edits reach B."""
    a, b = pair["A"], pair["B"]
    defender = _lived_on_then_restored(a, b, tmp_path, step=False)
    assert exchange.import_bundle(b.session, tmp_path / "after.bundle").outcomes.get(
        "quarantined") == 1
    reused = a.vault_id
    export(b, tmp_path / "reply.bundle", [a], everything=True)
    told = exchange.import_bundle(a.session, tmp_path / "reply.bundle")
    assert told.new_epoch and a.vault_id != reused
    assert any(e.action == "vault restored" for e in list_events(a.session.conn))
    assert reused in a.session.own_origins()

    a.work.edit("defender", defender, {"legal_name": "Amina After"})
    export(a, tmp_path / "next.bundle", [b], everything=True)
    applied = exchange.import_bundle(b.session, tmp_path / "next.bundle")
    # the new edit applies; only the twin made before A noticed stays aside (a full export
    # carries it again)
    assert applied.outcomes.get("applied") == 1, applied.outcomes
    assert b.session.conn.execute("SELECT count(*) FROM quarantined_versions").fetchone()[0] == 1
    assert get_record(b.session.conn, defender).fields["legal_name"] == "Amina After"
    # the next reply from B holds nothing new from A's past: no second epoch
    export(b, tmp_path / "reply2.bundle", [a], everything=True)
    assert not exchange.import_bundle(a.session, tmp_path / "reply2.bundle").new_epoch


def test_a_lost_change_whose_number_was_used_again_is_said_to_stay_aside(
        pair: dict[str, Office], tmp_path: Path) -> None:
    """The lost edit (its name) and the edit made after the restore (its country) share one
    number: the lost one comes back but stays aside here, as the other stays aside at B. The
    import says so instead of saying every lost change is back."""
    a, b = pair["A"], pair["B"]
    defender = _lived_on_then_restored(a, b, tmp_path, step=False)
    exchange.import_bundle(b.session, tmp_path / "after.bundle")
    export(b, tmp_path / "reply.bundle", [a], everything=True)
    a.session.close()
    said = run(a.directory, "--json", "import", str(tmp_path / "reply.bundle"))
    assert said.code == 0 and said.json()["new_epoch"] is True
    assert said.json()["lost_kept_aside"] == 1
    assert said.json()["outcomes"].get("quarantined") == 1
    reopen(a)
    assert get_record(a.session.conn, defender).fields["name"] == "Amina"  # not back here
    export(b, tmp_path / "again.bundle", [a], everything=True)  # it comes again: said again
    again = exchange.import_bundle(a.session, tmp_path / "again.bundle")
    assert not again.new_epoch and again.lost_kept_aside == 1

    # in words: the same import, on a copy of A from before it, and of B's reply
    c, d = pair["A"], tmp_path / "words"
    c.session.close()
    shutil.copytree(tmp_path / "backup", d)
    ok(d, "defender", "edit", defender, "--country", "UG")
    text = ok(d, "import", str(tmp_path / "reply.bundle")).out
    assert "they are back, except 1 change kept aside here" in text
    assert "1 change made here and lost kept aside" in text
    assert "reused a number" not in text
    reopen(c)


def test_after_vault_restored_sync_brings_back_what_the_copy_lacked_once(
        pair: dict[str, Office], tmp_path: Path) -> None:
    """A's edit made after its backup reached B; A is restored and says so. B meets A's new
    epoch and sends back, once, what A made of the records A may hold: A gets the lost edit back
    and both offices show the same values."""
    a, b = pair["A"], pair["B"]
    family = add_family(a)
    scope.share(a.session, family.defender, a.id_of(b))
    shared = tmp_path / "shared"
    dropfolder.sync_folder(a.session, shared)
    dropfolder.sync_folder(b.session, shared)
    back_up(a, tmp_path / "backup")
    a.work.edit("defender", family.defender, {"name": "Amina (lost edit)"})
    a.work.edit("case", family.case, {"programme": "emergency"})
    dropfolder.sync_folder(a.session, shared)
    dropfolder.sync_folder(b.session, shared)
    restore(a, tmp_path / "backup")
    a.session.close()
    emergency.vault_restored(a.directory, PASSPHRASE)
    reopen(a)
    a.work.edit("defender", family.defender, {"country": "UG"})
    dropfolder.sync_folder(a.session, shared)
    dropfolder.sync_folder(b.session, shared)  # meets the new epoch, and writes back
    got = dropfolder.sync_folder(a.session, shared)
    assert not got.damaged and sum(s.outcomes.get("applied", 0) for s in got.imported) == 2
    for office in (a, b):
        shown = get_record(office.session.conn, family.defender).fields
        assert (shown["name"], shown["country"]) == ("Amina (lost edit)", "UG"), office.name
        assert get_record(office.session.conn, family.case).fields["programme"] == (
            "emergency")
    # until acknowledged: a bundle lost on the way would have brought nothing back
    assert any(v.origin in a.session.own_origins()
               for v in changes_for(b.session, b.id_of(a)).versions)
    dropfolder.sync_folder(b.session, shared)  # A's acknowledgement reaches B
    # once: B's next bundles carry none of A's own versions again
    b.work.edit("defender", family.defender, {"legal_name": "Amina B"})
    assert all(v.origin not in a.session.own_origins()
               for v in changes_for(b.session, b.id_of(a)).versions)


def test_sync_sends_the_held_twin_back_once_and_the_restored_vault_notices(
        pair: dict[str, Office], tmp_path: Path) -> None:
    """Through incremental sync (which never echoes a colleague's own versions): B sends A the
    version it held where A's new one clashed, once; A notices and moves to a new epoch."""
    a, b = pair["A"], pair["B"]
    family = add_family(a)
    scope.share(a.session, family.defender, a.id_of(b))
    shared = tmp_path / "shared"
    dropfolder.sync_folder(a.session, shared)
    dropfolder.sync_folder(b.session, shared)
    back_up(a, tmp_path / "backup")
    a.work.edit("defender", family.defender, {"name": "Amina (lost edit)"})
    dropfolder.sync_folder(a.session, shared)
    dropfolder.sync_folder(b.session, shared)
    restore(a, tmp_path / "backup")
    a.work.edit("defender", family.defender, {"country": "UG"})
    dropfolder.sync_folder(a.session, shared)
    got = dropfolder.sync_folder(b.session, shared)
    assert sum(s.outcomes.get("quarantined", 0) for s in got.imported) == 1
    reused = a.vault_id
    assert b.session.conn.execute("SELECT told FROM quarantined_versions").fetchall() == [(1,)]
    noticed = dropfolder.sync_folder(a.session, shared)
    assert any(s.new_epoch for s in noticed.imported) and a.vault_id != reused
    assert get_record(a.session.conn, family.defender).fields["country"] == "UG"
    a.work.edit("defender", family.defender, {"legal_name": "Amina After"})
    dropfolder.sync_folder(a.session, shared)
    dropfolder.sync_folder(b.session, shared)
    assert get_record(b.session.conn, family.defender).fields["legal_name"] == "Amina After"
    # A's next bundle acknowledges what B echoed of its own (an acknowledgement alone goes
    # at most once a day, and one went today)
    a.work.edit("defender", family.defender, {"region": "Coast"})
    dropfolder.sync_folder(a.session, shared)
    dropfolder.sync_folder(b.session, shared)
    # told once: B's next bundles do not carry the twin again
    b.work.edit("defender", family.defender, {"legal_name": "Amina B"})
    later = changes_for(b.session, b.id_of(a))
    assert all(v.origin != reused for v in later.versions)
