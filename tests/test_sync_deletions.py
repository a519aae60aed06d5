"""A deletion travels without content (issue 10): a colleague that held the record gets the
versions it missed without their values. When the record is live again (restored, or kept by a
concurrent edit), every office must show the same values: the property test's minimal failing
examples, as ordinary tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hrd_desk.history.versions import display
from hrd_desk.services import exchange, scope, sync
from hrd_desk.store.records import load_versions
from sync_support import Office, close_all, make_offices

CONSENT = {"consent": "colleagues", "consent_date": "2024-01-15", "consent_how": "written"}


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[dict[str, Office]]:
    made = make_offices(tmp_path / "vaults", ["A", "B", "D"])
    yield made
    close_all(made)


def _send(src: Office, dst: Office, out: Path) -> Path | None:
    return out if sync.export_changes(src.session, src.colleague_ids[dst.name], out) else None


def _deliver(src: Office, dst: Office, out: Path) -> None:
    if _send(src, dst, out) is not None:
        exchange.import_bundle(dst.session, out)


def _settle(offices: dict[str, Office], root: Path) -> None:
    for round_no in range(4):
        for src in offices.values():
            for dst in offices.values():
                if dst is not src:
                    _deliver(src, dst, root / f"settle{round_no}-{src.name}-{dst.name}")


def _defender(office: Office, name: str) -> str:
    record_id = office.work.add("defender", {"name": name, **CONSENT})
    for colleague_id in office.colleague_ids.values():
        scope.share(office.session, record_id, colleague_id)
    return record_id


def test_a_restored_record_shows_its_latest_values_where_the_deletion_went(
        offices: dict[str, Office], tmp_path: Path) -> None:
    a, d = offices["A"], offices["D"]
    amina = _defender(a, "Amina")
    _deliver(a, d, tmp_path / "1")
    a.work.edit("defender", amina, {"name": "Amina K."})
    a.work.delete("defender", amina)
    _deliver(a, d, tmp_path / "2")
    # the deletion reached D without the name it missed
    assert d.work.get("defender", amina).deleted
    assert not any(v.fields.get("name") == "Amina K." for v in load_versions(d.conn, amina))
    a.work.restore("defender", amina)
    _deliver(a, d, tmp_path / "3")
    _deliver(d, a, tmp_path / "4")
    _deliver(a, d, tmp_path / "5")
    shown = d.work.get("defender", amina)
    assert not shown.deleted
    assert shown.get("name") == "Amina K."  # was "Amina": the restored record diverged


def test_a_record_kept_by_a_concurrent_edit_has_its_values_everywhere(
        offices: dict[str, Office], tmp_path: Path) -> None:
    """The stored example: A's first bundle to D is lost, B edits while A deletes; the
    deletion reaches D without content, B's edit keeps the record; D showed no consent."""
    a, b, d = offices["A"], offices["B"], offices["D"]
    amina = _defender(a, "Amina")
    _deliver(a, b, tmp_path / "1")
    assert _send(a, d, tmp_path / "lost") is not None  # never delivered
    b.work.edit("defender", amina, {"name": "Amina K."})
    a.work.delete("defender", amina)
    _settle(offices, tmp_path)
    for office in offices.values():
        shown = office.work.get("defender", amina)
        assert not shown.deleted and shown.conflict, office.name
        assert (shown.get("name"), shown.get("consent"), shown.get("consent_how")) == (
            "Amina K.", "colleagues", "written"), office.name


def test_a_record_still_deleted_sends_no_values_it_missed(
        offices: dict[str, Office], tmp_path: Path) -> None:
    a, d = offices["A"], offices["D"]
    amina = _defender(a, "Amina")
    _deliver(a, d, tmp_path / "1")
    a.work.edit("defender", amina, {"name": "Amina K."})
    a.work.delete("defender", amina)
    _settle(offices, tmp_path)
    assert d.work.get("defender", amina).deleted
    assert not any(v.fields.get("name") == "Amina K." for v in load_versions(d.conn, amina))


def test_values_filled_in_at_a_relay_reach_the_colleagues_it_relayed_the_deletion_to(
        offices: dict[str, Office], tmp_path: Path) -> None:
    """The stored example of the sync property test (shrunk): D's record, edited at A and at D
    concurrently, then deleted at A. D relays A's versions to B without their values (a
    deletion's history); D's edit keeps the record live at A, which sends it whole again and D
    fills in A's name. A never sends this record to B (it is D's, not shared by A): only D can
    tell B, and D had nothing new to send, so B showed D's name with no conflict."""
    a, b, d = offices["A"], offices["B"], offices["D"]
    amina = _defender(d, "Amina")
    _deliver(d, a, tmp_path / "1")
    _deliver(d, b, tmp_path / "2")
    a.work.edit("defender", amina, {"name": "Amina K."})
    d.work.edit("defender", amina, {"name": "Amina D."})
    a.work.delete("defender", amina)
    _deliver(a, d, tmp_path / "3")  # A's edit reaches D without its value
    _deliver(d, b, tmp_path / "4")  # and D relays it so to B
    _deliver(d, a, tmp_path / "5")  # D's edit keeps the record live at A
    _deliver(a, d, tmp_path / "6")  # A sends it whole: D fills in A's name
    assert {v.fields.get("name") for v in load_versions(d.conn, amina)} >= {"Amina K."}
    _settle(offices, tmp_path)
    for office in offices.values():
        shown = display(load_versions(office.conn, amina))
        assert not shown.deleted and shown.delete_conflict, office.name
        assert "name" in shown.conflict_fields, office.name  # B showed "Amina D." unflagged
        assert office.work.get("defender", amina).conflict, office.name
    names = {office.name: {v.version_id: v.fields.get("name")
                           for v in load_versions(office.conn, amina)}
             for office in offices.values()}
    assert names["B"] == names["A"] == names["D"]
