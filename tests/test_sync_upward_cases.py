"""A sync finds the same bundle from the records up (`scope.reach_of`, `peers.HeldWhole`) as
from the whole reach (`scope.wanted`) in the cases the random property of
tests/test_scope_upward.py never produced: consent notices, evidence files (of records in and
out of the scope), twins kept aside for a restored vault, echoes of a restored colleague's own
records, and a record that moved out of the scope (and back) between syncs. Each case checks
that the bundle really carries what is at stake, then that both ways agree.

What the upward path asks about is what changed since the colleague's mark, what it does not
hold, records with files, twins and records to echo: a held, unchanged record that a sync must
still consider (a file added to it, its twin, its echo) is found only if it is asked about.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from exchange_support import PASSPHRASE, Mail, Office, add_family, amina_shared_bashir_not, offices
from hrd_desk.services import emergency, scope, sync
from hrd_desk.services.evidence import Evidence
from hrd_desk.services.session import Session, unlock_vault
from hrd_desk.store.dbapi import checkpoint


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path / "offices", "a", "b", "p") as made:
        yield made


def both_ways(office: Office, to: Office, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """What a sync from `office` to `to` would carry, found from the records up and from the
    whole reach: the two must be the same (returned once)."""
    found = []
    for at_most in (10**9, -1):
        monkeypatch.setattr(sync, "UPWARD_AT_MOST", at_most)
        changes = sync.changes_for(office.session, office.id_of(to))
        found.append({
            "whole": changes.whole, "versions": [v.version_id for v in changes.stream()],
            "records": {v.record_id for v in changes.stream()},
            "withheld": changes.withheld, "counts": changes.counts, "told": changes.told,
            "echo": changes.echo, "consent": changes.consent,
            "files": changes.attachments, "skipped": changes.skipped})
    monkeypatch.undo()
    upward, whole = found
    assert upward == whole
    return upward


def _file(root: Path, name: str) -> Path:
    path = root / name
    path.write_bytes(os.urandom(2_000))
    return path


def test_evidence_files_of_held_unchanged_records_go_only_inside_the_scope(
        trio: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = trio["a"], trio["b"]
    mail = Mail(tmp_path)
    shared, other = add_family(a), add_family(a, "Bashir")
    scope.share(a.session, shared.defender, a.id_of(b))
    mail.round(a, b)
    assert sync.changes_for(a.session, a.id_of(b)).empty
    # files added to records B holds and that did not change (no version: asked for their file)
    evidence = Evidence(a.session)
    inside = evidence.add(shared.incident, _file(tmp_path, "in.jpg"), source="the defender")
    evidence.add(other.incident, _file(tmp_path, "out.jpg"), source="the defender")
    got = both_ways(a, b, monkeypatch)
    assert got["files"] == [inside] and not got["versions"]


def test_a_consent_notice_about_a_defender_held_outside_the_reach_now(
        trio: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """B got Amina as the context of a shared case; the case moved to Bashir; Amina's consent
    is lowered: B, which holds her, is told (whichever way the sync finds its reach)."""
    a, b = trio["a"], trio["b"]
    mail = Mail(tmp_path)
    amina, bashir = add_family(a), add_family(a, "Bashir")
    scope.share(a.session, amina.case, a.id_of(b))
    mail.round(a, b)
    a.work.edit("case", amina.case, {"defender": bashir.defender})
    a.work.edit("defender", amina.defender, {"consent": "none"})
    got = both_ways(a, b, monkeypatch)
    assert got["consent"] == [(amina.defender, "none")]
    assert amina.defender not in got["records"]


def test_a_record_moved_out_of_the_scope_and_back(
        trio: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An incident moved from a shared defender to one that is not shared stops flowing (its
    move does not go: it names the other defender) and is noted; moved back, it goes whole,
    the same either way."""
    a, b = trio["a"], trio["b"]
    mail = Mail(tmp_path)
    amina, bashir = amina_shared_bashir_not(a, b, mail)
    a.work.edit("incident", amina.incident, {"defenders": [bashir.defender]})
    got = both_ways(a, b, monkeypatch)
    assert amina.incident not in got["records"] and not got["versions"]
    a.work.edit("related", amina.related, {"name": "meanwhile"})  # a bundle goes, then
    mail.round(a, b)  # B acknowledges it: its mark passes the move
    a.work.edit("incident", amina.incident, {"severity": 5})
    got = both_ways(a, b, monkeypatch)
    assert not got["versions"] and got["skipped"] == [amina.incident]
    a.work.edit("incident", amina.incident, {"defenders": [amina.defender]})
    got = both_ways(a, b, monkeypatch)
    assert amina.incident in got["whole"]  # with what it missed (tests/test_sync_skipped.py)


def _back_up(office: Office, to: Path) -> None:
    checkpoint(office.session.conn)
    shutil.copytree(office.directory, to)


def _restore(office: Office, backup: Path, *, step: bool) -> None:
    office.session.close()
    shutil.rmtree(office.directory)
    shutil.copytree(backup, office.directory)
    if step:
        emergency.vault_restored(office.directory, PASSPHRASE)
    office.session = Session(unlock_vault(office.directory, PASSPHRASE))


def test_a_twin_goes_back_to_a_restored_vault_either_way(
        trio: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A restored from a copy reuses a number B holds a version under: B keeps the clashing
    version aside and sends the one it holds back (a record A holds whole and B did not
    change since: found only because it is asked about)."""
    a, b = trio["a"], trio["b"]
    mail = Mail(tmp_path)
    family = add_family(a)
    scope.share(a.session, family.defender, a.id_of(b))
    mail.round(a, b)
    _back_up(a, tmp_path / "backup")
    a.work.edit("defender", family.defender, {"name": "Amina (lost edit)"})
    mail.round(a, b)
    # B's edits of other records carry the acknowledgements that move its mark for A past
    # the lost edit: the defender is then held whole by A and unchanged since that mark
    b.work.edit("related", family.related, {"name": "edited at B"})
    mail.round(a, b)
    b.work.edit("case", family.case, {"programme": "emergency"})
    mail.round(a, b)
    _restore(a, tmp_path / "backup", step=False)
    a.work.edit("defender", family.defender, {"country": "UG"})
    got = mail.deliver(a, b)
    assert got is not None and got.outcomes.get("quarantined") == 1
    told = both_ways(b, a, monkeypatch)
    assert len(told["told"]) == 1 and family.defender in told["records"]


def test_a_restored_colleague_gets_its_own_records_echoed_either_way(
        trio: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """B made an incident about Amina (shared by A) and sent it; B is restored from a copy made
    before, and says so: A meets its new epoch and echoes what B made, once."""
    a, b = trio["a"], trio["b"]
    mail = Mail(tmp_path)
    family = add_family(a)
    scope.share(a.session, family.defender, a.id_of(b))
    mail.round(a, b)
    _back_up(b, tmp_path / "backup")
    made = b.work.add("incident", {"defenders": [family.defender], "category": "digital",
                                   "occurred": "2024", "description": "written at B"})
    mail.round(a, b)
    # an edit of A's carries the acknowledgement that moves A's mark for B past the incident:
    # held whole by B and unchanged since that mark, it is found only as a record to echo
    a.work.edit("related", family.related, {"name": "edited at A"})
    mail.round(a, b)
    _restore(b, tmp_path / "backup", step=True)
    b.work.edit("defender", family.defender, {"region": "Coast"})  # a bundle of the new epoch
    mail.deliver(b, a)
    got = both_ways(a, b, monkeypatch)
    assert got["echo"] and made in got["records"]
