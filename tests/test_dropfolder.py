"""Drop folders on disk: what a real shared folder holds besides good bundles."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from hrd_desk.services import dropfolder, scope
from hrd_desk.services.bundle_files import MAX_BUNDLE_BYTES
from hrd_desk.store.colleagues import get_colleague
from hrd_desk.store.dump import canonical_dump
from sync_support import Office, make_offices


@pytest.fixture
def offices(tmp_path: Path) -> dict[str, Office]:
    made = make_offices(tmp_path / "vaults", ["A", "B"])
    yield made  # type: ignore[misc]
    for office in made.values():
        office.session.close()


def _defender_shared(a: Office, name: str = "Amina") -> str:
    defender = a.work.add("defender", {"name": name, "consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"})
    scope.share(a.session, defender, a.colleague_ids["B"])
    return defender


def test_round_trip_through_one_folder(offices: dict[str, Office], tmp_path: Path) -> None:
    a, b = offices["A"], offices["B"]
    folder = tmp_path / "drop"
    defender = _defender_shared(a)
    sent = dropfolder.sync_folder(a.session, folder)
    assert [who for who, _name, _n in sent.written] == ["Office B"]
    written = sent.written[0][1]
    # the pair's subfolder, then a name hashed from the random bundle id: no name, id or date
    assert re.fullmatch(r"[0-9a-f]{32}/[0-9a-f]{24}\.hrdb", written)
    pair = get_colleague(a.conn, a.colleague_ids["B"])
    assert written.split("/")[0] == dropfolder.pair_folder(a.session, folder, pair).name
    mine = get_colleague(b.conn, b.colleague_ids["A"])
    assert dropfolder.pair_folder(b.session, folder, mine).name == written.split("/")[0]
    assert not list(folder.rglob("*.part"))
    got = dropfolder.sync_folder(b.session, folder)
    assert len(got.imported) == 1 and got.imported[0].new_records == 1
    assert b.work.get("defender", defender).fields["name"] == "Amina"
    # B's own answer (acknowledgements) and A's file are not imported again
    again = dropfolder.sync_folder(b.session, folder)
    assert again.imported == [] and again.damaged == []


def test_half_written_bundle_is_retried_once_complete(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["A"], offices["B"]
    out_a, folder_b = tmp_path / "outA", tmp_path / "dropB"
    defender = _defender_shared(a)
    dropfolder.sync_folder(a.session, out_a)
    bundle = next(out_a.rglob("*.hrdb"))
    data = bundle.read_bytes()
    (folder_b / bundle.parent.name).mkdir(parents=True)
    partial = folder_b / bundle.parent.name / bundle.name
    partial.write_bytes(data[: len(data) // 2])
    first = dropfolder.sync_folder(b.session, folder_b)
    assert first.incomplete == [bundle.name] and first.imported == []
    assert first.damaged == []
    # unchanged: not retried (and not reported as damaged)
    assert dropfolder.sync_folder(b.session, folder_b).incomplete == []
    partial.write_bytes(data)
    done = dropfolder.sync_folder(b.session, folder_b)
    assert len(done.imported) == 1
    assert b.work.get("defender", defender).fields["name"] == "Amina"


@pytest.mark.skipif(sys.platform == "win32", reason="links and FIFOs are POSIX here")
def test_links_pipes_and_huge_sparse_files_are_not_read(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    b = offices["B"]
    drop = tmp_path / "drop"
    folder = dropfolder.pair_folder(b.session, drop, get_colleague(b.conn, b.colleague_ids["A"]))
    folder.mkdir(parents=True)
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("not for hrd-desk")
    (folder / "link").symlink_to(secret)
    os.mkfifo(folder / "pipe")
    with open(folder / "huge", "wb") as handle:
        handle.truncate(MAX_BUNDLE_BYTES + 1)  # sparse: costs no disk
    (folder / "junk").write_bytes(b"PK\x03\x04" + os.urandom(5000))  # not a bundle
    before = canonical_dump(b.conn)
    summary = dropfolder.sync_folder(b.session, drop)  # must not block on the FIFO
    assert sorted(n for n, _ in summary.ignored) == ["link", "pipe"]
    assert sorted(n for n, _ in summary.damaged) == ["huge", "junk"]
    assert summary.imported == []
    assert canonical_dump(b.conn) == before
    # reported once: a second round says nothing new
    second = dropfolder.sync_folder(b.session, drop)
    assert second.ignored == [] and second.damaged == []


def test_a_lost_bundle_is_made_good_by_later_rounds(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["A"], offices["B"]
    drop_a, drop_b = tmp_path / "dropA", tmp_path / "dropB"

    def carry(src: Path, dst: Path, lose: bool = False) -> None:
        for path in src.rglob("*.hrdb"):
            if not lose:
                target = dst / path.relative_to(src)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes())
            path.unlink()

    defender = _defender_shared(a)
    dropfolder.sync_folder(a.session, drop_a)
    carry(drop_a, drop_b, lose=True)  # the first bundle never arrives
    a.work.add("incident", {"defenders": [defender], "category": "phone",
                            "occurred": "2024-06-02", "description": "threatening SMS"})
    for _ in range(2):
        dropfolder.sync_folder(a.session, drop_a)
        carry(drop_a, drop_b)
        dropfolder.sync_folder(b.session, drop_b)
        carry(drop_b, drop_a)
    assert canonical_dump(a.conn) == canonical_dump(b.conn)
    assert b.work.count("incident") == 1


def test_a_vault_reads_only_its_own_pair_subfolders_and_writes_nothing_new(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["A"], offices["B"]
    folder = tmp_path / "drop"
    _defender_shared(a)
    dropfolder.sync_folder(a.session, folder)
    # a bundle left at the top level, or in a stranger's subfolder, is never read
    bundle = next(folder.rglob("*.hrdb"))
    (folder / "stranger").mkdir()
    (folder / "stranger" / bundle.name).write_bytes(bundle.read_bytes())
    (folder / bundle.name).write_bytes(bundle.read_bytes())
    bundle.unlink()
    got = dropfolder.sync_folder(b.session, folder)
    assert got.imported == [] and got.not_addressed == 0 and got.damaged == []
    # nothing new on A's side: no file, however often it syncs (until B acknowledges)
    for _ in range(3):
        assert dropfolder.sync_folder(a.session, folder).written == []
    assert len(list(folder.rglob("*.hrdb"))) == 2


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*.hrdb")}


def test_the_folder_keeps_only_what_a_colleague_still_needs(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["A"], offices["B"]
    folder = tmp_path / "drop"
    defender = _defender_shared(a)
    first = dropfolder.sync_folder(a.session, folder).written[0][1]
    # not yet acknowledged: a second change goes in a second bundle, the first one stays
    a.work.add("incident", {"defenders": [defender], "category": "phone",
                            "occurred": "2024-06-02", "description": "threatening SMS"})
    second = dropfolder.sync_folder(a.session, folder).written[0][1]
    assert {first, second} <= _files(folder)
    # B reads both and answers with its acknowledgements (one small file in its own subfolder)
    got = dropfolder.sync_folder(b.session, folder)
    assert len(got.imported) == 2
    answer = _files(folder) - {first, second}
    assert len(answer) == 1
    # A reads the acknowledgements: both its bundles are removed, B's file is not A's to remove
    tidied = dropfolder.sync_folder(a.session, folder)
    assert tidied.removed == 2
    assert _files(folder) == answer
    assert canonical_dump(a.conn) == canonical_dump(b.conn)


def test_tidying_leaves_unacknowledged_changed_and_old_style_files(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["A"], offices["B"]
    folder = tmp_path / "drop"
    _defender_shared(a)
    written = dropfolder.sync_folder(a.session, folder).written[0][1]
    pair = folder / written.split("/")[0]
    old_style = pair / ("ab" * 10 + ".hrdb")  # a random 20-character name of older versions
    old_style.write_bytes(b"x")
    os.utime(folder / written, ns=(1, 1))  # touched by the carrier since A wrote it
    dropfolder.sync_folder(b.session, folder)
    again = dropfolder.sync_folder(a.session, folder)
    assert again.removed == 0  # acknowledged, but no longer the file A wrote
    assert (folder / written).exists() and old_style.exists()


def test_old_acknowledgement_files_go_after_a_month(
    offices: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = offices["A"], offices["B"]
    folder = tmp_path / "drop"
    _defender_shared(a)
    dropfolder.sync_folder(a.session, folder)
    dropfolder.sync_folder(b.session, folder)  # B's acknowledgements only
    acks = [p for p in folder.rglob("*.hrdb") if p.stat().st_size == 12_336]
    assert len(acks) == 1
    dropfolder.sync_folder(b.session, folder)
    assert acks[0].exists()  # a fresh one stays
    monkeypatch.setattr(dropfolder, "ACK_FILES_KEPT_DAYS", -1)
    assert dropfolder.sync_folder(b.session, folder).removed == 1
    assert not acks[0].exists()
