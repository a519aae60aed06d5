"""What an office sends back to the colleague that gave it its records (issue 13, session 6).

Records a colleague made, every version of them, carry nothing back to it; a sync decides them
only when its bundle carries something else (or they have evidence files). These tests pin what
leaves and what the sender notes as held in each case, so that skipping those decisions changes
neither."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_support import Family, Office, add_family, offices
from hrd_desk.crypto.ack_file import is_ack_file_size
from hrd_desk.services import exchange, scope, sync
from hrd_desk.services.evidence import Evidence
from hrd_desk.store import peers


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path / "offices", "a", "b") as made:
        yield made


class Mail:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.n = 0

    def send(self, src: Office, dst: Office) -> Path | None:
        self.n += 1
        out = self.root / f"{self.n}-{src.name}-{dst.name}.hrdb"
        return out if sync.export_changes(src.session, src.id_of(dst), out) else None

    def deliver(self, src: Office, dst: Office) -> exchange.ImportSummary | None:
        sent = self.send(src, dst)
        return None if sent is None else exchange.import_bundle(dst.session, sent)


def _given(a: Office, b: Office, mail: Mail) -> Family:
    """A's family, shared with B and imported there."""
    family = add_family(a)
    scope.share(a.session, family.defender, a.id_of(b))
    got = mail.deliver(a, b)
    assert got is not None and got.new_records == len(family.ids)
    return family


def test_records_a_colleague_made_go_back_as_acknowledgements_alone(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["a"], pair["b"]
    mail = Mail(tmp_path)
    family = _given(a, b, mail)
    changes = sync.changes_for(b.session, b.id_of(a))
    assert changes.total == 0 and changes.acks and not changes.attachments
    sent = mail.send(b, a)
    assert sent is not None and is_ack_file_size(sent.stat().st_size)
    exchange.import_bundle(a.session, sent)
    assert peers.held_whole(b.session.conn, b.id_of(a)) == set()
    assert family.ids <= peers.held_whole(a.session.conn, a.id_of(b))  # A's marks advanced


def test_an_edit_of_a_colleagues_record_goes_back_alone_and_its_records_count_as_held(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["a"], pair["b"]
    mail = Mail(tmp_path)
    family = _given(a, b, mail)
    b.work.edit("incident", family.incident, {"description": "Amina: phishing, then a call"})
    changes = sync.changes_for(b.session, b.id_of(a))
    # the edited incident goes whole (B's one version); A's other records are decided as ever
    # and, being in A's scope, noted as held whole once A acknowledges
    assert changes.whole == sorted(family.ids) and changes.total == 1
    assert [v.record_id for v in changes.versions] == [family.incident]
    got = mail.deliver(b, a)
    assert got is not None and got.applied == 1
    assert a.work.get("incident", family.incident).fields["description"] == \
        "Amina: phishing, then a call"
    mail.deliver(a, b)  # acknowledges B's bundle
    assert peers.held_whole(b.session.conn, b.id_of(a)) == family.ids

    b.work.edit("case", family.case, {"status": "closed"})
    again = sync.changes_for(b.session, b.id_of(a))
    assert again.whole == [] and [v.record_id for v in again.versions] == [family.case]


def test_an_evidence_file_added_to_a_colleagues_record_goes_back(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["a"], pair["b"]
    mail = Mail(tmp_path)
    family = _given(a, b, mail)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(50_000))
    added = Evidence(b.session).add(family.incident, photo, source="the defender")
    changes = sync.changes_for(b.session, b.id_of(a))
    assert changes.attachments == [added] and changes.total == 0
    assert family.incident in changes.whole
    got = mail.deliver(b, a)
    assert got is not None and got.attachments == 1
    assert [x.sha256 for x in Evidence(a.session).list(family.incident)] == \
        [x.sha256 for x in Evidence(b.session).list(family.incident)]
