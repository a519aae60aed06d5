"""A record a colleague holds that stops leaving for it for a while (moved out of its scope by a
link edit, or refused by consent) and leaves again later: the versions made meanwhile did not
go, yet the colleague's mark passed them once it acknowledged those bundles. Sent only beyond
the mark on its return, the record reached the colleague with its history cut: the return
waited there for good ("pending") and the colleague showed the old values. Such records are
noted (store/peers.py `note_skipped`) and go whole when they leave again; a record that never
stopped leaving goes on getting only what is new.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_support import Mail, Office, add_family, amina_shared_bashir_not, offices
from hrd_desk.services import conflicts, exchange, scope, sync
from hrd_desk.store import peers
from hrd_desk.store.queries import get_record
from hrd_desk.store.records import load_versions
from test_sync_upward_cases import both_ways


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path / "offices", "a", "b", "p") as made:
        yield made


def _held(office: Office, record_id: str) -> set[bytes]:
    return {v.version_id for v in load_versions(office.session.conn, record_id)}


def _waiting(office: Office) -> int:
    return int(office.session.conn.execute("SELECT count(*) FROM pending_versions").fetchone()[0])


def _mark_passed(a: Office, b: Office, record_id: str) -> None:
    """B acknowledged bundles up to past the record's last version at A."""
    last = a.session.conn.execute("SELECT max(seq) FROM versions WHERE record_id = ?",
                                  (record_id,)).fetchone()[0]
    assert peers.mark_of(a.session.conn, a.id_of(b)) >= int(last)


def _same(a: Office, b: Office, record_id: str) -> None:
    """B holds every version A holds of the record and shows what A shows."""
    assert _held(b, record_id) == _held(a, record_id)
    assert get_record(b.session.conn, record_id).fields == get_record(
        a.session.conn, record_id).fields


def test_a_record_moved_out_of_the_scope_and_back_reaches_the_holder_whole(
        trio: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An incident moved to a defender B is not given, edited there while B's syncs go on (and
    B acknowledges them), then moved back: B gets what it missed and shows A's values."""
    a, b = trio["a"], trio["b"]
    mail = Mail(tmp_path)
    amina, bashir = amina_shared_bashir_not(a, b, mail)
    a.work.edit("incident", amina.incident, {"defenders": [bashir.defender]})
    a.work.edit("incident", amina.incident, {"severity": 5, "description": "written while away"})
    a.work.edit("related", amina.related, {"name": "x1"})  # something else goes meanwhile
    mail.round(a, b)
    a.work.edit("related", amina.related, {"name": "x2"})
    mail.round(a, b)
    _mark_passed(a, b, amina.incident)
    a.work.edit("incident", amina.incident, {"defenders": [amina.defender]})
    got = both_ways(a, b, monkeypatch)  # the same from the records up and from the whole reach
    assert amina.incident in got["whole"]
    received = mail.deliver(a, b)
    assert received is not None and received.pending == 0 and _waiting(b) == 0
    _same(a, b, amina.incident)
    assert get_record(b.session.conn, amina.incident).fields["severity"] == 5


def test_a_defender_refused_by_consent_then_raised_again_reaches_the_holder_whole(
        trio: dict[str, Office], tmp_path: Path) -> None:
    """Consent lowered to none: nothing of Amina leaves for B (a notice does), while her
    incident is edited and B acknowledges. Consent raised back: B gets what it missed, the
    incident's edit included, and nothing waits."""
    a, b = trio["a"], trio["b"]
    mail = Mail(tmp_path)
    amina = add_family(a)
    scope.share(a.session, amina.defender, a.id_of(b))
    mail.round(a, b)
    a.work.edit("defender", amina.defender, {"consent": "none"})
    a.work.edit("incident", amina.incident, {"severity": 5})
    a.work.edit("defender", amina.defender, {"codename": "Heron"})
    mail.round(a, b)
    _mark_passed(a, b, amina.incident)
    assert get_record(b.session.conn, amina.incident).fields["severity"] == 3  # not sent
    a.work.edit("defender", amina.defender, {"consent": "colleagues"})
    received = mail.deliver(a, b)
    assert received is not None and received.pending == 0 and _waiting(b) == 0
    assert received.consent_notices == 1  # the raise is told too, as before
    _same(a, b, amina.incident)  # unchanged since it was refused: sent whole all the same
    assert _held(b, amina.defender) == _held(a, amina.defender)
    shown = get_record(b.session.conn, amina.defender).fields
    assert shown["codename"] == "Heron"
    # B now holds the lowering too; a colleague's raise is a proposal there, as always
    # (docs/design/merge.md "Authorisation"): B shows 'none' until its caseworker accepts
    assert shown["consent"] == "none"
    assert [p.proposed for p in conflicts.list_proposals(b.session, amina.defender)] == [
        {"consent": "colleagues"}]


def test_a_record_that_never_left_the_scope_gets_only_what_is_new(
        trio: dict[str, Office], tmp_path: Path) -> None:
    """No growth: a record held all along, and one that came back once it was acknowledged
    whole, each send only their new version after an edit."""
    a, b = trio["a"], trio["b"]
    mail = Mail(tmp_path)
    amina, bashir = amina_shared_bashir_not(a, b, mail)
    a.work.edit("incident", amina.incident, {"defenders": [bashir.defender]})
    a.work.edit("incident", amina.incident, {"severity": 5})
    a.work.edit("case", amina.case, {"programme": "emergency"})  # held all along
    mail.round(a, b)
    assert peers.skipped(a.session.conn, a.id_of(b)) == {amina.incident}
    a.work.edit("incident", amina.incident, {"defenders": [amina.defender]})
    mail.round(a, b)  # sent whole, acknowledged: the note is gone
    assert peers.skipped(a.session.conn, a.id_of(b)) == set()
    _same(a, b, amina.incident)
    a.work.edit("incident", amina.incident, {"severity": 4})
    a.work.edit("case", amina.case, {"programme": "relocation"})
    changes = sync.changes_for(a.session, a.id_of(b))
    assert changes.whole == [] and changes.total == 2
    assert {v.record_id for v in changes.versions} == {amina.incident, amina.case}


def test_a_lost_bundle_carrying_the_record_back_is_made_good(
        trio: dict[str, Office], tmp_path: Path) -> None:
    """The bundle that carried the returning record whole is lost: the note stays until one
    carrying it whole is acknowledged, so the next bundle sends it whole again."""
    a, b = trio["a"], trio["b"]
    mail = Mail(tmp_path)
    amina, bashir = amina_shared_bashir_not(a, b, mail)
    a.work.edit("incident", amina.incident, {"defenders": [bashir.defender]})
    a.work.edit("incident", amina.incident, {"severity": 5})
    a.work.edit("related", amina.related, {"name": "meanwhile"})  # a bundle B acknowledges
    mail.round(a, b)
    _mark_passed(a, b, amina.incident)
    a.work.edit("incident", amina.incident, {"defenders": [amina.defender]})
    assert sync.export_changes(a.session, a.id_of(b), tmp_path / "lost.hrdb") is not None
    a.work.edit("related", amina.related, {"name": "later"})
    assert amina.incident in sync.changes_for(a.session, a.id_of(b)).whole
    received = mail.deliver(a, b)
    assert received is not None and received.pending == 0
    _same(a, b, amina.incident)


def test_a_record_that_left_while_its_first_bundle_was_unacknowledged(
        trio: dict[str, Office], tmp_path: Path) -> None:
    """B acknowledges late (a drop folder): the first bundle, carrying the incident whole, is
    still unacknowledged when the incident moves out and is edited, and the bundle after
    leaves it out. Both are acknowledged; the incident, moved back, comes whole."""
    a, b = trio["a"], trio["b"]
    amina, bashir = add_family(a), add_family(a, "Bashir")
    scope.share(a.session, amina.defender, a.id_of(b))
    first = sync.export_changes(a.session, a.id_of(b), tmp_path / "first.hrdb")
    a.work.edit("incident", amina.incident, {"defenders": [bashir.defender]})
    a.work.edit("incident", amina.incident, {"severity": 5})
    a.work.edit("related", amina.related, {"name": "meanwhile"})
    second = sync.export_changes(a.session, a.id_of(b), tmp_path / "second.hrdb")
    assert first is not None and second is not None
    mail = Mail(tmp_path)
    exchange.import_bundle(b.session, first.path)
    mail.deliver(b, a)  # acknowledges the first: A counts the incident as held whole
    assert amina.incident in peers.held_whole(a.session.conn, a.id_of(b))
    exchange.import_bundle(b.session, second.path)
    mail.deliver(b, a)  # and the second: the mark passes what it left out
    _mark_passed(a, b, amina.incident)
    a.work.edit("incident", amina.incident, {"defenders": [amina.defender]})
    received = mail.deliver(a, b)
    assert received is not None and received.pending == 0 and _waiting(b) == 0
    _same(a, b, amina.incident)


def test_an_export_that_fails_notes_nothing(
        trio: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The note is written with the bundle's other bookkeeping: a bundle that could not be
    written leaves none, the next one that is written does."""
    a, b = trio["a"], trio["b"]
    mail = Mail(tmp_path)
    amina, bashir = amina_shared_bashir_not(a, b, mail)
    a.work.edit("incident", amina.incident, {"defenders": [bashir.defender]})
    a.work.edit("related", amina.related, {"name": "meanwhile"})

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError("no space left on device")
    with monkeypatch.context() as patched:
        patched.setattr(sync, "write_bundle", full_disk)
        with pytest.raises(OSError):
            sync.export_changes(a.session, a.id_of(b), tmp_path / "failed.hrdb")
    assert peers.skipped(a.session.conn, a.id_of(b)) == set()
    assert peers.outstanding(a.session.conn, a.id_of(b)) == []
    assert sync.export_changes(a.session, a.id_of(b), tmp_path / "written.hrdb") is not None
    assert peers.skipped(a.session.conn, a.id_of(b)) == {amina.incident}
