"""Evidence files in incremental exchanges (issue 17): an attachment added to a record a colleague
already holds reaches it with the next `export --changes`, under the sharing rule of a full
export; it is repeated until acknowledged, never echoed back, never sent for a record the
colleague may not receive, to a partner, or once deleted."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_support import Mail, Office, add_family, offices
from hrd_desk.services import colleagues, exchange, scope
from hrd_desk.services.evidence import Evidence


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path / "offices", "a", "b", "p") as made:
        yield made


def _file(root: Path, name: str, size: int = 150_000) -> Path:
    path = root / name
    path.write_bytes(os.urandom(size))
    return path


def _held(office: Office, record_id: str) -> list[str]:
    return [x.sha256 for x in Evidence(office.session).list(record_id)]


def test_an_attachment_added_to_a_shared_record_reaches_the_colleague_next_time(
        trio: dict[str, Office], tmp_path: Path) -> None:
    a, b = trio["a"], trio["b"]
    mail = Mail(tmp_path)
    family = add_family(a)
    scope.share(a.session, family.defender, a.id_of(b))
    assert mail.deliver(a, b) is not None and mail.deliver(b, a) is not None  # held, acked
    assert mail.send(a, b) is None  # nothing new

    photo = _file(tmp_path, "photo.jpg")
    added = Evidence(a.session).add(family.incident, photo, source="the defender")
    gone = Evidence(a.session).add(family.case, _file(tmp_path, "draft.pdf", 1000))
    Evidence(a.session).delete(gone)  # deleted before the exchange: it never travels
    sent = mail.send(a, b)
    assert sent is not None and sent.versions == 0 and sent.counts == {}
    assert sent.attachments == 1
    imported = exchange.import_bundle(b.session, sent.path)
    assert imported.attachments == 1
    [got] = Evidence(b.session).list(family.incident)
    assert got.id == added and got.source == "the defender"
    Evidence(b.session).export(got.id, tmp_path / "out.jpg")
    assert (tmp_path / "out.jpg").read_bytes() == photo.read_bytes()
    assert Evidence(b.session).list(family.case) == []
    assert [e["action"] for e in Evidence(a.session).get(added).custody][-1] == "sent in bundle"

    # not acknowledged yet: the next exchange carries it again (a lost bundle is made good)
    again = mail.send(a, b)
    assert again is not None and exchange.import_bundle(b.session, again.path).attachments == 0
    assert len(Evidence(b.session).list(family.incident)) == 1
    # b never sends it back; once b acknowledged, a stops sending it
    back = mail.send(b, a)
    assert back is not None
    assert exchange.import_bundle(a.session, back.path).attachments == 0
    assert "attachments" not in back.counts
    assert mail.send(a, b) is None

    # a file b adds to the shared incident reaches a, and is not echoed back to b
    theirs = _file(tmp_path, "b.png", 70_000)
    Evidence(b.session).add(family.incident, theirs)
    assert mail.deliver(b, a).attachments == 1  # type: ignore[union-attr]
    assert len(_held(a, family.incident)) == 2
    echo = mail.send(a, b)
    assert echo is None or "attachments" not in echo.counts


def test_an_attachment_of_a_record_the_colleague_may_not_receive_never_travels(
        trio: dict[str, Office], tmp_path: Path) -> None:
    a, b, p = trio["a"], trio["b"], trio["p"]
    mail = Mail(tmp_path)
    shared = add_family(a, "Amina", consent="partners")
    private = add_family(a, "Zara")  # never shared with anyone
    refused = add_family(a, "Olga", consent="none")
    colleagues.set_colleague_kind(a.session, a.id_of(p), "partner")
    for colleague in (b, p):
        scope.share(a.session, shared.defender, a.id_of(colleague))
    for family in (shared, private, refused):
        Evidence(a.session).add(family.incident, _file(tmp_path, f"{family.defender}.bin"))
    first = mail.send(a, b)  # the shared record enters b's scope: its file goes with it
    assert first is not None and first.counts.get("incident") == 1
    assert exchange.import_bundle(b.session, first.path).attachments == 1
    assert _held(b, shared.incident) and not _held(b, private.incident)
    assert not _held(b, refused.incident)
    to_partner = mail.send(a, p)  # a partner gets the records redacted, never a file
    assert to_partner is not None
    assert exchange.import_bundle(p.session, to_partner.path).attachments == 0
    assert Evidence(p.session).list() == []
    # a file added later to the private record stays here too
    Evidence(a.session).add(private.case, _file(tmp_path, "later.bin"))
    assert mail.deliver(b, a) is not None
    assert mail.send(a, b) is None


def test_a_drop_folder_carries_a_new_attachment_once(trio: dict[str, Office],
                                                     tmp_path: Path) -> None:
    from hrd_desk.services.dropfolder import sync_folder

    a, b = trio["a"], trio["b"]
    folder = tmp_path / "synced"
    family = add_family(a)
    scope.share(a.session, family.defender, a.id_of(b))
    for office in (a, b, a):
        sync_folder(office.session, folder)
    photo = _file(tmp_path, "photo.jpg")
    Evidence(a.session).add(family.incident, photo)
    assert sync_folder(a.session, folder).written
    assert not sync_folder(a.session, folder).written  # already carried, not yet acknowledged
    assert [s.attachments for s in sync_folder(b.session, folder).imported] == [1]
    assert _held(b, family.incident) == _held(a, family.incident)
    sync_folder(a.session, folder)  # b's acknowledgement arrives
    assert not sync_folder(a.session, folder).written


def test_a_damaged_file_for_one_colleague_does_not_stop_the_others_sync(
        trio: dict[str, Office], tmp_path: Path) -> None:
    """A drop-folder round: an evidence file for b is damaged on a's disk, so nothing goes to b
    (a bundle b would refuse whole, every round) and the summary says so, while p, whose files
    are intact, gets its bundle; once a deletes the damaged file, b is sent the rest."""
    from hrd_desk.services.dropfolder import sync_folder

    a, b, p = trio["a"], trio["b"], trio["p"]
    folder = tmp_path / "synced"
    for_b, for_p = add_family(a), add_family(a, "Zara")
    scope.share(a.session, for_b.defender, a.id_of(b))
    scope.share(a.session, for_p.defender, a.id_of(p))
    for office in (a, b, p, a):
        sync_folder(office.session, folder)
    damaged = Evidence(a.session).add(for_b.incident, _file(tmp_path, "threat.jpg"))
    Evidence(a.session).add(for_p.incident, _file(tmp_path, "summons.pdf"))
    [row] = [x for x in Evidence(a.session).list(for_b.incident)]
    blob = a.directory / "blobs" / a.session.conn.execute(
        "SELECT blob FROM attachments WHERE id = ?", (damaged,)).fetchone()[0]
    data = bytearray(blob.read_bytes())
    data[1000] ^= 1
    blob.write_bytes(bytes(data))

    summary = sync_folder(a.session, folder)
    assert [who for who, _exc in summary.not_sent] == ["b"]
    assert damaged in str(summary.not_sent[0][1])
    assert [who for who, _name, _n in summary.written] == ["p"]
    assert not [f for f in folder.rglob("*") if f.name.endswith(".part")]
    assert [s.attachments for s in sync_folder(p.session, folder).imported] == [1]
    assert not sync_folder(b.session, folder).imported

    Evidence(a.session).delete(row.id)  # the caseworker found it with Verify
    Evidence(a.session).add(for_b.incident, _file(tmp_path, "retaken.jpg"))
    summary = sync_folder(a.session, folder)
    assert summary.not_sent == [] and [w for w, _n, _v in summary.written] == ["b"]
    assert [s.attachments for s in sync_folder(b.session, folder).imported] == [1]
