"""`hrd-desk share|unshare|export --changes|sync|conflicts` as two offices would run them."""

from __future__ import annotations

from pathlib import Path

from cli_support import init_vault, new_id, ok, ok_json, run, vault_dump
from hrd_desk.errors import ExitCode


def _pair(tmp_path: Path) -> tuple[Path, Path, str, str]:
    a, b = init_vault(tmp_path / "A"), init_vault(tmp_path / "B")
    ok(a, "identity", "export", "--out", str(tmp_path / "a.card"))
    ok(b, "identity", "export", "--out", str(tmp_path / "b.card"))
    b_at_a = ok_json(a, "colleague", "add", str(tmp_path / "b.card"), "--name", "B",
                     "--verified")["id"]
    a_at_b = ok_json(b, "colleague", "add", str(tmp_path / "a.card"), "--name", "A",
                     "--verified")["id"]
    return a, b, b_at_a, a_at_b


def test_share_sync_and_resolve_a_conflict(tmp_path: Path) -> None:
    a, b, b_at_a, _ = _pair(tmp_path)
    defender = new_id(a, "defender", "add", "--name", "Amina", "--country", "KE",
                      "--consent", "colleagues",
                              "--consent-date", "2024-01-15", "--consent-how", "written")
    incident = new_id(a, "incident", "add", "--defender", defender, "--category", "phone",
                      "--occurred", "2024-04", "--description", "threatening SMS")
    assert ok_json(a, "share", defender, "--with", b_at_a)["changed"] is True
    assert ok_json(a, "share", defender, "--with", b_at_a)["changed"] is False
    drop_a, drop_b = tmp_path / "dropA", tmp_path / "dropB"

    def carry(src: Path, dst: Path) -> None:
        _carry(src, dst)

    sent = ok_json(a, "sync", "--folder", str(drop_a))
    assert sent["written"] == 1
    carry(drop_a, drop_b)
    got = ok_json(b, "sync", "--folder", str(drop_b))
    assert got["imported"] == 1 and got["damaged"] == []
    assert ok_json(b, "incident", "show", incident)["description"] == "threatening SMS"

    # both offices change the description apart: a conflict, kept until someone decides
    ok(a, "incident", "edit", incident, "--description", "SMS from unknown number")
    ok(b, "incident", "edit", incident, "--description", "SMS from police number")
    carry(drop_b, drop_a)
    assert ok_json(a, "sync", "--folder", str(drop_a))["new_conflicts"] == 0  # sends its edit
    carry(drop_a, drop_b)
    synced = ok_json(b, "sync", "--folder", str(drop_b))  # receives it, sends its own
    assert synced["new_conflicts"] == 1, "the sync says how many records came into conflict"
    carry(drop_b, drop_a)
    told = run(a, "sync", "--folder", str(drop_a))
    assert told.code == 0
    assert "1 record now in conflict: see `hrd-desk conflicts list`" in told.out
    carry(drop_a, drop_b)
    assert ok_json(b, "sync", "--folder", str(drop_b))["new_conflicts"] == 0, "not new again"
    carry(drop_b, drop_a)
    listed = ok_json(a, "conflicts", "list")
    assert [c["id"] for c in listed] == [incident]
    assert listed[0]["fields"] == ["description"]
    values = {v["values"]["description"] for v in listed[0]["versions"]}
    assert values == {"SMS from unknown number", "SMS from police number"}
    assert ok_json(a, "incident", "show", incident)["conflict"] is True
    ok(a, "conflicts", "resolve", incident, "--keep", "mine")
    assert ok_json(a, "conflicts", "list") == []
    assert ok_json(a, "incident", "show", incident)["description"] == "SMS from unknown number"

    # the resolution travels; B ends with the same value and no conflict
    ok(a, "sync", "--folder", str(drop_a))
    carry(drop_a, drop_b)
    ok(b, "sync", "--folder", str(drop_b))
    shown = ok_json(b, "incident", "show", incident)
    assert shown["description"] == "SMS from unknown number" and shown["conflict"] is False


def test_export_changes_and_unshare(tmp_path: Path) -> None:
    a, b, b_at_a, _ = _pair(tmp_path)
    defender = new_id(a, "defender", "add", "--name", "Amina", "--consent", "colleagues",
            "--consent-date", "2024-01-15", "--consent-how", "written")
    ok(a, "share", defender, "--with", b_at_a)
    bundle = tmp_path / "changes.bundle"
    ok(a, "export", "--to", b_at_a, "--changes", "--out", str(bundle))
    assert ok_json(b, "import", str(bundle))["new_records"] == 1
    unshared = run(a, "unshare", defender, "--with", b_at_a)
    assert unshared.code == 0 and "keeps what it already received" in unshared.out
    ok(a, "defender", "edit", defender, "--region", "Coast")
    later = tmp_path / "later.bundle"
    assert ok_json(a, "export", "--to", b_at_a, "--changes", "--out", str(later))["versions"] == 0


def test_sharing_refuses_without_consent_and_changes_nothing(tmp_path: Path) -> None:
    a, _b, b_at_a, _ = _pair(tmp_path)
    defender = new_id(a, "defender", "add", "--name", "Hidden", "--consent", "none")
    before = vault_dump(a)
    refused = run(a, "share", defender, "--with", b_at_a)
    assert refused.code == ExitCode.REJECTED_INPUT
    assert refused.err.count("\n") == 1 and "consent" in refused.err
    assert vault_dump(a) == before
    unknown = run(a, "conflicts", "resolve", defender, "--keep", "mine")
    assert unknown.code == ExitCode.REJECTED_INPUT
    assert vault_dump(a) == before


def _carry(src: Path, dst: Path) -> None:
    """What a carrier does: every bundle in the pair subfolders, moved across."""
    dst.mkdir(exist_ok=True)
    for path in src.rglob("*.hrdb"):
        target = dst / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
        path.unlink()


def _round_trips(a: Path, b: Path, drop_a: Path, drop_b: Path, times: int = 2) -> None:
    for _ in range(times):
        ok(a, "sync", "--folder", str(drop_a))
        _carry(drop_a, drop_b)
        ok(b, "sync", "--folder", str(drop_b))
        _carry(drop_b, drop_a)


def test_conflicts_list_shows_fields_values_and_who_masking_sensitive_ones(
    tmp_path: Path,
) -> None:
    a, b, b_at_a, _ = _pair(tmp_path)
    defender = new_id(a, "defender", "add", "--name", "Amina", "--codename", "Heron",
                      "--consent", "colleagues",
                      "--consent-date", "2024-01-15", "--consent-how", "written", "--country", "KE")
    incident = new_id(a, "incident", "add", "--defender", defender, "--category", "phone",
                      "--occurred", "2024-04", "--description", "threatening SMS")
    ok(a, "share", defender, "--with", b_at_a)
    drop_a, drop_b = tmp_path / "dropA", tmp_path / "dropB"
    _round_trips(a, b, drop_a, drop_b, times=1)
    ok(a, "incident", "edit", incident, "--description", "SMS from unknown number")
    ok(b, "incident", "edit", incident, "--description", "SMS from police number")
    ok(a, "defender", "edit", defender, "--contact", "MARKER-A-PHONE")
    ok(b, "defender", "edit", defender, "--contact", "MARKER-B-PHONE")
    _round_trips(a, b, drop_a, drop_b)

    shown = run(a, "conflicts", "list")
    assert shown.code == 0
    text = shown.out
    assert "Description:" in text and "Contact details:" in text
    assert "SMS from unknown number" in text and "SMS from police number" in text
    assert "this vault" in text and "B," in text  # who made each version, by local name
    assert "MARKER-A-PHONE" not in text and "MARKER-B-PHONE" not in text
    assert "(hidden: add --reveal to show)" in text
    assert "version" not in text.split("Keep one")[0].lower().replace("version_id", "")
    revealed = run(a, "conflicts", "list", "--reveal").out
    assert "MARKER-A-PHONE" in revealed and "MARKER-B-PHONE" in revealed
    as_json = ok_json(a, "conflicts", "list")
    assert "MARKER" not in str(as_json)

    # resolve by the short id the list prints
    listed = {c["id"]: c for c in as_json}
    theirs = next(v for v in listed[incident]["versions"] if v["origin"] == "B")
    ok(a, "conflicts", "resolve", incident, "--keep", theirs["version_id"][:16])
    assert ok_json(a, "incident", "show", incident)["description"] == "SMS from police number"


def test_received_records_keep_their_origin_creation_time(tmp_path: Path) -> None:
    a, b, b_at_a, _ = _pair(tmp_path)
    defender = new_id(a, "defender", "add", "--name", "Amina", "--consent", "colleagues",
            "--consent-date", "2024-01-15", "--consent-how", "written")
    made = ok_json(a, "defender", "show", defender)
    assert made["received"] is None
    ok(a, "share", defender, "--with", b_at_a)
    import time

    time.sleep(1.1)  # the import happens visibly later than the creation
    drop_a, drop_b = tmp_path / "dropA", tmp_path / "dropB"
    written = run(a, "sync", "--folder", str(drop_a)).out
    assert "versions" not in written and "(1 change)" in written
    assert all(p.suffix == ".hrdb" for p in drop_a.rglob("*") if p.is_file())
    _carry(drop_a, drop_b)
    got = run(b, "sync", "--folder", str(drop_b)).out
    assert "1 new record, 1 change applied" in got
    there = ok_json(b, "defender", "show", defender)
    assert there["created"] == made["created"]
    assert there["received"] is not None and there["received"] > made["created"]
    assert "Received" in run(b, "defender", "show", defender).out


def test_export_changes_counts_records_and_changes_apart(tmp_path: Path) -> None:
    """A record edited three times is one incident and three changes, in the first bundle
    (whole histories) and in a later one (versions since the colleague's mark)."""
    a, b, b_at_a, a_at_b = _pair(tmp_path)
    defender = new_id(a, "defender", "add", "--name", "Amina", "--consent", "colleagues",
                      "--consent-date", "2024-01-15", "--consent-how", "written")
    incident = new_id(a, "incident", "add", "--defender", defender, "--category", "phone",
                      "--occurred", "2024-04", "--description", "first")
    for text in ("second", "third"):
        ok(a, "incident", "edit", incident, "--description", text)
    ok(a, "share", defender, "--with", b_at_a)
    first = run(a, "export", "--to", b_at_a, "--changes", "--out", str(tmp_path / "1.bundle"))
    assert first.code == 0
    assert "1 defender, 1 incident (4 changes)" in first.out, first.out
    ok(b, "import", str(tmp_path / "1.bundle"))
    ok(b, "export", "--to", a_at_b, "--changes", "--out", str(tmp_path / "ack.bundle"))
    ok(a, "import", str(tmp_path / "ack.bundle"))  # B's acknowledgement moves A's mark
    for text in ("fourth", "fifth", "sixth"):
        ok(a, "incident", "edit", incident, "--description", text)
    later = ok_json(a, "export", "--to", b_at_a, "--changes", "--out",
                    str(tmp_path / "2.bundle"))
    assert later["counts"] == {"incident": 1} and later["versions"] == 3
    shown = ok_json(b, "inspect", str(tmp_path / "2.bundle"))
    assert shown["counts"]["incident"] == 1 and shown["counts"]["versions"] == 3
