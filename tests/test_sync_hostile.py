"""A colleague turned hostile: forged versions, inflated vectors, far-future clocks, and edits of a
record that was unshared from it. Forgeries are refused, honest edits stay visible, and nothing
more is sent to it than its scope allows."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrd_desk.errors import BundleRejected
from hrd_desk.history.versions import Version, make_version, merge_vectors
from hrd_desk.services import exchange, scope, sync
from hrd_desk.store import clock
from hrd_desk.store.colleagues import get_colleague
from hrd_desk.store.dbapi import transaction
from hrd_desk.store.dump import canonical_dump
from hrd_desk.store.records import load_versions
from sync_support import Office, close_all, make_offices


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[dict[str, Office]]:
    made = make_offices(tmp_path / "vaults", ["A", "B", "H"])
    yield made
    close_all(made)


def _deliver(sender: Office, receiver: Office, out: Path) -> exchange.ImportSummary | None:
    sent = sync.export_changes(sender.session, sender.colleague_ids[receiver.name], out)
    return None if sent is None else exchange.import_bundle(receiver.session, out)


def _hostile_version(h: Office, record_id: str, *, origin: str | None = None,
                     extra_vector: dict[str, int] | None = None, wall: int | None = None,
                     fields: dict[str, object]) -> Version:
    history = load_versions(h.conn, record_id)
    vector = merge_vectors(v.vector for v in history)
    me = origin or h.session.vault_id
    counter = vector.get(me, 0) + 1
    vector[me] = counter
    vector.update(extra_vector or {})
    return make_version(
        h.session.identity, record_id=record_id, kind=history[0].kind, origin=me,
        counter=counter, vector=vector, hlc=(wall or int(time.time() * 1000), 0),
        deleted=False, fields=fields,
    )


def _send_raw(h: Office, a: Office, versions: list[Version], out: Path) -> None:
    recipient = get_colleague(h.conn, h.colleague_ids["A"])
    exchange.write_bundle(h.session, out, [recipient], versions, total=len(versions),
                          counts={"incident": len(versions)})


def test_hostile_colleague(offices: dict[str, Office], tmp_path: Path) -> None:
    a, b, h = offices["A"], offices["B"], offices["H"]
    shared = a.work.add("defender", {"name": "Amina", "legal_name": "Amina K. Legal",
                                   "consent": "colleagues",
                                           "consent_date": "2024-01-15", "consent_how": "written"})
    incident = a.work.add("incident", {"defenders": [shared], "category": "physical",
                                       "occurred": "2024-02", "description": "followed home"})
    private = a.work.add("defender", {"name": "Private one", "consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"})
    for office in ("B", "H"):
        scope.share(a.session, shared, a.colleague_ids[office])
    scope.share(a.session, private, a.colleague_ids["B"])
    assert _deliver(a, b, tmp_path / "a-b1") is not None
    assert _deliver(a, h, tmp_path / "a-h1") is not None
    assert h.work.count("defender") == 1  # H never got the private defender

    # B makes an honest edit, which reaches A
    b.work.edit("incident", incident, {"severity": 4})
    _deliver(b, a, tmp_path / "b-a1")
    assert a.work.get("incident", incident).fields["severity"] == 4

    # 1. a version forged in B's name (signed by H) is refused whole; A unchanged
    before = canonical_dump(a.conn)
    forged = _hostile_version(h, incident, origin=b.session.vault_id,
                              fields={"description": "it never happened"})
    _send_raw(h, a, [forged], tmp_path / "forged")
    with pytest.raises(BundleRejected) as refused:
        exchange.import_bundle(a.session, tmp_path / "forged")
    assert refused.value.category == "payload failure"
    assert canonical_dump(a.conn) == before

    # 2. an inflated vector (claims edits A never received) waits, changing nothing shown
    inflated = _hostile_version(h, incident, extra_vector={b.session.vault_id: 99},
                                fields={"description": "rolled back"})
    _send_raw(h, a, [inflated], tmp_path / "inflated")
    summary = exchange.import_bundle(a.session, tmp_path / "inflated")
    assert summary.outcomes == {"pending": 1}
    shown = a.work.get("incident", incident)
    assert shown.fields["description"] == "followed home" and shown.fields["severity"] == 4

    # 3. a far-future clock is kept (every vault must agree) but flagged, and the local clock
    #    is not dragged into the future
    future_wall = int(time.time() * 1000) + 10 * 365 * 24 * 3600 * 1000
    future = _hostile_version(h, shared, wall=future_wall, fields={"region": "North"})
    _send_raw(h, a, [future], tmp_path / "future")
    flagged = exchange.import_bundle(a.session, tmp_path / "future")
    assert flagged.future_clocks == 1
    assert a.work.get("defender", shared).fields["region"] == "North"
    with transaction(a.session.conn):
        local_wall, _ = clock.tick(a.conn)
    assert local_wall < future_wall - 24 * 3600 * 1000

    # 4. unshare from H, then H edits that record: the record is no longer in H's scope, so
    #    its edit is refused (issue 11), H's scope is not widened back and nothing more of the
    #    record goes to H
    assert scope.unshare(a.session, shared, a.colleague_ids["H"])
    h.work.edit("incident", incident, {"actions": "H's note"})
    after_unshare = _deliver(h, a, tmp_path / "h-a-after-unshare")
    assert after_unshare is not None and after_unshare.refused == 1
    assert a.work.get("incident", incident).fields.get("actions") is None
    assert scope.shared_with(a.conn, shared) == [a.colleague_ids["B"]]
    a.work.edit("incident", incident, {"status": "monitoring"})
    a.work.edit("defender", private, {"region": "Coast"})
    changes = sync.changes_for(a.session, a.colleague_ids["H"])
    assert changes.versions == []
    assert scope.scope_of(a.session, a.colleague_ids["H"]).records == {}

    # B's view is still complete and A's honest data intact
    _deliver(a, b, tmp_path / "a-b2")
    assert b.work.get("incident", incident).fields["status"] == "monitoring"
    assert b.work.get("defender", shared).fields["legal_name"] == "Amina K. Legal"
