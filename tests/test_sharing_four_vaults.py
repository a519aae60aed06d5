"""Sharing that cannot leak (issue 10), as a programme officer would try it through the CLI with
four vaults: an office (O1), a colleague office (O2) and two partner organisations (P1, P2).

Every field that must not reach a partner carries a marker; so do free text marked sensitive,
a deleted incident and a purged one. Each way to send the same defender (`export --defender`,
`export --case`, `export --all`, `share` + `sync`, `export --changes`) is tried, and then every
table of the receiving vault (full-text shadow tables included), `show --reveal` and search with
sensitive fields are searched for the markers.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from cli_support import init_vault, new_id, ok, ok_json, run, vault_dump
from hrd_desk.errors import ExitCode

# markers a partner must never see (sensitive fields, names, exact places, marked free text)
NOT_FOR_PARTNERS = {
    "MKNAME": "defender name", "MKLEGAL": "legal name", "MKCONTACT": "contact",
    "MKADDR": "address", "MKREGION": "defender region", "MKDNOTES": "defender notes",
    "MKRELNAME": "related name", "MKRELCONTACT": "related contact",
    "MKRELNOTES": "related notes", "MKLOCATION": "incident location",
    "MKMARKED": "incident description marked sensitive", "MKCASEMARK": "case notes marked",
    "MKACCOM": "stay accommodation", "MKCITY": "host city",
}
# markers nobody but O1 may ever see
NEVER_LEAVE = {
    "MKDELETED": "a deleted incident never held", "MKPURGED": "a purged incident",
    "MKCOLLONLY": "a defender whose consent covers offices only",
    "MKNOTREC": "a defender whose consent is not recorded",
    "MKNONE": "a defender whose consent is none",
}
# what partners do receive
FOR_PARTNERS = ("Falcon", "ordinary account of the threat")

Vaults = dict[str, Path]


def _hits(vault: Path, markers: dict[str, str]) -> list[str]:
    text = repr(vault_dump(vault)).lower()
    return sorted(m for m in markers if m.lower() in text)


def _shown(vault: Path, kind: str, record_id: str) -> dict[str, Any]:
    data: dict[str, Any] = ok_json(vault, kind, "show", record_id, "--reveal")
    return data


def _carry(src: Path, dst: Path) -> None:
    """What a carrier (Syncthing, a stick) does: every pair subfolder's files, moved."""
    for sub in src.iterdir():
        if sub.is_dir():
            (dst / sub.name).mkdir(parents=True, exist_ok=True)
            for path in sub.iterdir():
                shutil.copy(path, dst / sub.name / path.name)
                path.unlink()


@pytest.fixture
def world(tmp_path: Path) -> tuple[Vaults, dict[str, str], dict[str, str]]:
    """Four vaults; O1 knows O2 as an office and P1, P2 as partners; each knows O1."""
    vaults = {name: init_vault(tmp_path / name) for name in ("O1", "O2", "P1", "P2")}
    for name, vault in vaults.items():
        ok(vault, "identity", "export", "--out", str(tmp_path / f"{name}.card"))
    at_o1: dict[str, str] = {}
    for name in ("O2", "P1", "P2"):
        extra = ["--partner"] if name.startswith("P") else []
        at_o1[name] = ok_json(vaults["O1"], "colleague", "add", str(tmp_path / f"{name}.card"),
                              "--name", name, "--verified", *extra)["id"]
    o1_at = {name: ok_json(vaults[name], "colleague", "add", str(tmp_path / "O1.card"),
                           "--name", "O1", "--verified")["id"] for name in ("O2", "P1", "P2")}
    return vaults, at_o1, o1_at


def _casework(o1: Path) -> dict[str, str]:
    ids: dict[str, str] = {}
    consent = ["--consent-date", "2026-01-10", "--consent-how", "written"]
    ids["d"] = new_id(o1, "defender", "add", "--name", "MKNAME", "--codename", "Falcon",
                      "--legal-name", "MKLEGAL", "--contact", "MKCONTACT", "--address", "MKADDR",
                      "--country", "KE", "--region", "MKREGION", "--notes", "MKDNOTES",
                      "--consent", "partners",
                              "--consent-date", "2024-01-15", "--consent-how", "written", *consent)
    ids["related"] = new_id(o1, "related", "add", "--defender", ids["d"], "--name", "MKRELNAME",
                            "--relationship", "child", "--contact", "MKRELCONTACT",
                            "--notes", "MKRELNOTES school in Kibera")
    ids["case"] = new_id(o1, "case", "add", "--defender", ids["d"], "--programme", "relocation",
                         "--title", "Relocation 2026", "--notes", "MKCASEMARK")
    ok(o1, "sensitive", "mark", ids["case"], "notes")
    ids["incident"] = new_id(o1, "incident", "add", "--defender", ids["d"], "--category",
                             "digital", "--occurred", "2026-02", "--case", ids["case"],
                             "--description", "ordinary account of the threat",
                             "--where", "MKLOCATION", "--country", "KE")
    ids["marked"] = new_id(o1, "incident", "add", "--defender", ids["d"], "--category", "phone",
                           "--occurred", "2026-02", "--case", ids["case"],
                           "--description", "MKMARKED")
    ok(o1, "sensitive", "mark", ids["marked"], "description")
    ids["deleted"] = new_id(o1, "incident", "add", "--defender", ids["d"], "--category",
                            "phone", "--occurred", "2026-01", "--case", ids["case"],
                            "--description", "MKDELETED")
    ok(o1, "incident", "delete", ids["deleted"])
    ids["purged"] = new_id(o1, "incident", "add", "--defender", ids["d"], "--category", "phone",
                           "--occurred", "2026-01", "--case", ids["case"],
                           "--description", "MKPURGED")
    ok(o1, "incident", "delete", ids["purged"])
    ok(o1, "purge", ids["purged"])
    ids["stay"] = new_id(o1, "relocation", "add", "--defender", ids["d"], "--case", ids["case"],
                         "--city", "MKCITY", "--arrival", "2026-03-01",
                         "--departure", "2026-05-01", "--accommodation", "MKACCOM")
    ids["colleagues_only"] = new_id(o1, "defender", "add", "--name", "MKCOLLONLY",
                                    "--consent", "colleagues",
                                    "--consent-date", "2024-01-15",
                                    "--consent-how", "written", *consent)
    ids["not_recorded"] = new_id(o1, "defender", "add", "--name", "MKNOTREC")
    ids["none"] = new_id(o1, "defender", "add", "--name", "MKNONE", "--consent", "none")
    return ids


def _check_partner(vault: Path, ids: dict[str, str]) -> None:
    assert _hits(vault, NOT_FOR_PARTNERS) == []
    assert _hits(vault, NEVER_LEAVE) == []
    dump = repr(vault_dump(vault))
    for expected in FOR_PARTNERS:
        assert expected in dump, expected
    defender = _shown(vault, "defender", ids["d"])
    assert defender["codename"] == "Falcon" and defender["country"] == "KE"
    for name in ("name", "legal_name", "contact", "address", "region", "notes"):
        assert not defender[name], name
    related = _shown(vault, "related", ids["related"])
    assert not related["name"] and not related["notes"] and related["relationship"] == "child"
    incident = _shown(vault, "incident", ids["incident"])
    assert incident["description"] == FOR_PARTNERS[1] and not incident["location"]
    assert not _shown(vault, "incident", ids["marked"])["description"]
    for gone in ("deleted", "purged", "colleagues_only", "not_recorded", "none"):
        assert run(vault, "incident" if gone in ("deleted", "purged") else "defender", "show",
                   ids[gone]).code == ExitCode.REJECTED_INPUT
    for word in ("MKNAME", "MKRELNOTES", "Kibera", "MKMARKED", "MKDELETED"):
        assert ok_json(vault, "search", word, "--include-sensitive") == [], word


def test_four_vaults_every_path_sends_only_what_the_rule_allows(
    world: tuple[Vaults, dict[str, str], dict[str, str]], tmp_path: Path
) -> None:
    vaults, at_o1, o1_at = world
    o1, o2, p1, p2 = (vaults[n] for n in ("O1", "O2", "P1", "P2"))
    ids = _casework(o1)
    listed = {c["name"]: c["kind"] for c in ok_json(o1, "colleague", "list")}
    assert listed == {"O2": "office", "P1": "partner", "P2": "partner"}
    text = ok(o1, "colleague", "list").out
    assert "PARTNER  P1" in text and "PARTNER  O2" not in text

    # consent first: refused with the reason (exit 5), nothing written
    before = vault_dump(o1)
    for who, defender in (("P1", "colleagues_only"), ("O2", "not_recorded"), ("O2", "none")):
        out = tmp_path / f"refused-{defender}.hrdb"
        refused = run(o1, "export", "--to", at_o1[who], "--defender", ids[defender],
                      "--out", str(out))
        assert refused.code == ExitCode.REJECTED_INPUT and "consent" in refused.err
        assert not out.exists()
        shared = run(o1, "share", ids[defender], "--with", at_o1[who])
        assert shared.code == ExitCode.REJECTED_INPUT and "consent" in shared.err
    assert vault_dump(o1) == before

    # P1: export --defender, then export --changes after an edit
    bundle = tmp_path / "p1.hrdb"
    ok(o1, "export", "--to", at_o1["P1"], "--defender", ids["d"], "--out", str(bundle),
       "--keep-updated")
    ok(p1, "import", str(bundle))
    ok(o1, "related", "edit", ids["related"], "--notes", "MKRELNOTES moved school")
    changes = tmp_path / "p1-changes.hrdb"
    ok(o1, "export", "--to", at_o1["P1"], "--changes", "--out", str(changes))
    ok(p1, "import", str(changes))
    _check_partner(p1, ids)

    # P2: share + sync through a drop folder, then export --all
    ok(o1, "share", ids["d"], "--with", at_o1["P2"])
    drop_o1, drop_p2 = tmp_path / "drop-o1", tmp_path / "drop-p2"
    ok(o1, "sync", "--folder", str(drop_o1))
    _carry(drop_o1, drop_p2)
    assert ok_json(p2, "sync", "--folder", str(drop_p2))["imported"] == 1
    everything = tmp_path / "p2-all.hrdb"
    summary = ok_json(o1, "export", "--to", at_o1["P2"], "--all", "--out", str(everything))
    assert summary["withheld_for_consent"] == 3  # colleagues only, not recorded, none
    ok(p2, "import", str(everything))
    _check_partner(p2, ids)

    # O2, an office that never held the deleted incident: the case, then the defender shared
    case_bundle = tmp_path / "o2-case.hrdb"
    ok(o1, "export", "--to", at_o1["O2"], "--case", ids["case"], "--out", str(case_bundle))
    ok(o2, "import", str(case_bundle))
    assert _shown(o2, "defender", ids["d"])["codename"] == "Falcon"
    assert not _shown(o2, "defender", ids["d"])["legal_name"], "a case carries who, not where"
    assert _shown(o2, "incident", ids["marked"])["description"] == "MKMARKED", "offices: whole"
    ok(o1, "share", ids["d"], "--with", at_o1["O2"])
    # (a value once withheld is not filled in later by the same version: a new edit carries it)
    ok(o1, "defender", "edit", ids["d"], "--legal-name", "MKLEGAL2")
    sync_o2 = tmp_path / "drop-o2"
    ok(o1, "sync", "--folder", str(drop_o1))
    _carry(drop_o1, sync_o2)
    ok(o2, "sync", "--folder", str(sync_o2))
    assert _shown(o2, "defender", ids["d"])["legal_name"] == "MKLEGAL2"
    assert _shown(o2, "related", ids["related"])["name"] == "MKRELNAME"
    assert _hits(o2, NEVER_LEAVE) == []
    assert run(o2, "incident", "show", ids["deleted"]).code == ExitCode.REJECTED_INPUT
    assert ok_json(o2, "incident", "list", "--deleted") == []

    # a deletion reaches an office that held the record, without its content
    ok(o1, "incident", "delete", ids["incident"])
    ok(o1, "sync", "--folder", str(drop_o1))
    _carry(drop_o1, sync_o2)
    ok(o2, "sync", "--folder", str(sync_o2))
    assert _shown(o2, "incident", ids["incident"])["deleted"] is True
    # ... and the partners that held it get the deletion, still nothing of what they never had
    ok(o1, "export", "--to", at_o1["P1"], "--changes", "--out", str(tmp_path / "p1-del.hrdb"))
    ok(p1, "import", str(tmp_path / "p1-del.hrdb"))
    assert _shown(p1, "incident", ids["incident"])["deleted"] is True
    _check_partner(p1, ids)
    assert o1_at  # each vault knows O1 (the bundles were authenticated)


def test_partner_drop_folder_holds_nothing_of_other_pairs(
    world: tuple[Vaults, dict[str, str], dict[str, str]], tmp_path: Path
) -> None:
    vaults, at_o1, _ = world
    o1 = vaults["O1"]
    ids = _casework(o1)
    for name in ("O2", "P1", "P2"):
        ok(o1, "share", ids["d"], "--with", at_o1[name])
    drop = tmp_path / "drop"
    written = ok_json(o1, "sync", "--folder", str(drop))["written"]
    assert written == 3
    subfolders = sorted(p.name for p in drop.iterdir())
    assert len(subfolders) == 3 and not [p for p in drop.iterdir() if p.is_file()]
    for sub in subfolders:  # a token, never a name, an id or a fingerprint
        assert all(c in "0123456789abcdef" for c in sub) and len(sub) == 32
        assert not any(at_o1[n] in sub for n in at_o1)
    # P1 carries only its own subfolder: it imports its bundle and sees no other traffic
    p1_drop = tmp_path / "p1-drop"
    p1_drop.mkdir()
    mine = [s for s in subfolders if _imports_from(vaults["P1"], drop / s, p1_drop)]
    assert len(mine) == 1
    assert "for other vaults" not in run(vaults["P1"], "sync", "--folder", str(p1_drop)).out
    # nothing new: nothing written, however often it syncs
    again = ok_json(o1, "sync", "--folder", str(drop))
    assert again["written"] == 0
    assert sum(1 for s in drop.iterdir() for _ in s.iterdir()) == 3


def _imports_from(vault: Path, sub: Path, into: Path) -> bool:
    target = into / sub.name
    shutil.copytree(sub, target)
    if ok_json(vault, "sync", "--folder", str(into))["imported"]:
        return True
    shutil.rmtree(target)
    return False


def test_colleague_kind_changes_and_never_widens_what_was_sent(
    world: tuple[Vaults, dict[str, str], dict[str, str]], tmp_path: Path
) -> None:
    vaults, at_o1, _ = world
    o1, p1 = vaults["O1"], vaults["P1"]
    ids = _casework(o1)
    ok(o1, "share", ids["d"], "--with", at_o1["P1"])
    ok(o1, "export", "--to", at_o1["P1"], "--changes", "--out", str(tmp_path / "1.hrdb"))
    ok(p1, "import", str(tmp_path / "1.hrdb"))
    made = ok_json(o1, "colleague", "edit", at_o1["P1"], "--office")
    assert made["kind"] == "office"
    assert "programme office" in ok(o1, "colleague", "show", at_o1["P1"]).out
    # nothing already sent is sent again in full: only what changes from now on
    assert ok_json(o1, "export", "--to", at_o1["P1"], "--changes",
                   "--out", str(tmp_path / "2.hrdb"))["versions"] == 0
    assert _hits(p1, NOT_FOR_PARTNERS) == []
    assert ok_json(o1, "colleague", "edit", at_o1["P1"], "--partner")["kind"] == "partner"
    assert run(o1, "colleague", "edit", at_o1["P1"]).code == ExitCode.USAGE


def test_sensitive_marks_mask_and_index_apart(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "V")
    defender = new_id(vault, "defender", "add", "--name", "Amina", "--consent", "colleagues",
            "--consent-date", "2024-01-15", "--consent-how", "written")
    case = new_id(vault, "case", "add", "--defender", defender, "--programme", "relocation",
                  "--notes", "meets at the Kibera school")
    assert [h["id"] for h in ok_json(vault, "search", "Kibera")] == [case]
    marked = ok_json(vault, "sensitive", "mark", case, "notes")
    assert marked["changed"] is True and marked["sensitive_marks"] == ["notes"]
    shown = ok_json(vault, "case", "show", case)
    assert "notes" not in shown and shown["sensitive_marks"] == ["notes"]
    assert "Kibera" not in ok(vault, "case", "show", case).out
    assert "Kibera" not in ok(vault, "case", "list").out
    assert ok_json(vault, "search", "Kibera") == []
    assert [h["id"] for h in ok_json(vault, "search", "Kibera", "--include-sensitive")] == [case]
    assert ok_json(vault, "case", "show", case, "--reveal")["notes"].endswith("school")
    refused = run(vault, "sensitive", "mark", defender, "consent")
    assert refused.code == ExitCode.REJECTED_INPUT
    assert ok_json(vault, "sensitive", "unmark", case, "notes")["changed"] is True
    assert [h["id"] for h in ok_json(vault, "search", "Kibera")] == [case]
    # free text that is sensitive by the model: a defender's and a related person's notes
    new_id(vault, "related", "add", "--defender", defender, "--name", "Sam",
           "--relationship", "child", "--notes", "goes to Lavington school")
    assert ok_json(vault, "search", "Lavington") == []
    assert "Lavington" not in ok(vault, "related", "list").out
