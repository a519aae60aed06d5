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
    defender = new_id(a, "defender", "add", "--name", "Amina", "--country", "KE")
    incident = new_id(a, "incident", "add", "--defender", defender, "--category", "phone",
                      "--occurred", "2024-04", "--description", "threatening SMS")
    assert ok_json(a, "share", defender, "--with", b_at_a)["changed"] is True
    assert ok_json(a, "share", defender, "--with", b_at_a)["changed"] is False
    drop_a, drop_b = tmp_path / "dropA", tmp_path / "dropB"

    def carry(src: Path, dst: Path) -> None:
        dst.mkdir(exist_ok=True)
        for path in src.iterdir():
            (dst / path.name).write_bytes(path.read_bytes())
            path.unlink()

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
    for _ in range(2):
        ok(a, "sync", "--folder", str(drop_a))
        carry(drop_a, drop_b)
        ok(b, "sync", "--folder", str(drop_b))
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
    defender = new_id(a, "defender", "add", "--name", "Amina")
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
