"""`hrd-desk identity|colleague|export|import|inspect` as a caseworker runs them.

Two (sometimes three) vaults exchange cards and bundles through the command line in-process (the
fast KDF applies): what each command prints for a person and as JSON, and that every refusal is
one line on stderr with exit code 5 (2 for usage) and leaves the vault as it was, rows and bytes.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from cli_support import Result, file_bytes, init_vault, new_id, ok, ok_json, run, vault_dump
from hrd_desk.crypto.card import parse_card
from hrd_desk.errors import ExitCode

FINGERPRINT = re.compile(r"[0-9A-F]{4}( [0-9A-F]{4}){9}")
REJECTED, USAGE = ExitCode.REJECTED_INPUT, ExitCode.USAGE


@dataclass(frozen=True)
class Pair:
    """Vaults A and B with each other's cards added and verified, and A's defender Amina."""

    root: Path
    a: Path
    b: Path
    b_in_a: str  # B's colleague id in A
    a_in_b: str  # A's colleague id in B
    defender: str

    def card(self, vault: Path) -> Path:
        return self.root / f"{vault.name}.card"


def _build(root: Path) -> Pair:
    a, b = init_vault(root / "A"), init_vault(root / "B")
    for vault in (a, b):
        ok(vault, "identity", "rename", f"{vault.name} office")
        ok(vault, "identity", "export", "--out", str(root / f"{vault.name}.card"))
    b_in_a = ok(a, "colleague", "add", str(root / "B.card"), "--name", "B",
                "--verified").out.splitlines()[0]
    a_in_b = ok(b, "colleague", "add", str(root / "A.card"), "--name", "A",
                "--verified").out.splitlines()[0]
    defender = new_id(a, "defender", "add", "--name", "Amina", "--legal-name", "Amina Legal",
                        "--consent", "colleagues",
                                "--consent-date", "2024-01-15", "--consent-how", "written")
    new_id(a, "related", "add", "--defender", defender, "--name", "Juma", "--relationship",
           "child")
    case = new_id(a, "case", "add", "--defender", defender, "--programme", "relocation")
    new_id(a, "incident", "add", "--defender", defender, "--category", "digital",
           "--occurred", "2024-03", "--description", "phishing", "--case", case)
    return Pair(root, a, b, b_in_a, a_in_b, defender)


_template: Pair | None = None


@pytest.fixture
def pair(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Pair:
    """Built once (with the fast KDF of the first test that asks), then copied for each test."""
    global _template
    if _template is None:
        _template = _build(tmp_path_factory.mktemp("exchange-pair"))
    root = tmp_path / "pair"
    shutil.copytree(_template.root, root)
    return replace(_template, root=root, a=root / "A", b=root / "B")


def one_line(result: Result, code: int = REJECTED) -> str:
    assert result.code == code, (result.code, result.out, result.err)
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("hrd-desk: "), result.err
    return lines[0]


def refused_unchanged(vault: Path, *args: str, code: int = REJECTED) -> str:
    """The command fails with one line and `code`; the vault's rows and file bytes are as they
    were (every command closes its connection, which checkpoints the WAL)."""
    dump, files = vault_dump(vault), file_bytes(vault)
    line = one_line(run(vault, *args), code)
    assert file_bytes(vault) == files
    assert vault_dump(vault) == dump
    return line


def export_to_b(pair: Pair, name: str = "amina.bundle", *extra: str) -> Path:
    out = pair.root / name
    ok(pair.a, "export", "--to", pair.b_in_a, "--defender", pair.defender, "--out", str(out),
       *extra)
    return out


# -- identity ------------------------------------------------------------------------------------


def test_identity_show_prints_the_fingerprint_computed_from_the_keys(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "v")
    shown = ok(vault, "identity", "show").out
    assert "unnamed" in shown
    printed = FINGERPRINT.search(shown)
    assert printed is not None
    data = ok_json(vault, "identity", "show")
    assert data["name"] == "unnamed" and data["fingerprint"] == printed.group(0)
    ok(vault, "identity", "export", "--out", str(tmp_path / "card"))
    card = parse_card((tmp_path / "card").read_bytes())
    assert card.identity.fingerprint_text() == printed.group(0)
    assert data["vault_id"] == card.identity.vault_id()


def test_identity_rename_sets_the_name_cards_carry(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "v")
    assert "Kampala office" in ok(vault, "identity", "rename", "Kampala office").out
    assert ok_json(vault, "identity", "show")["name"] == "Kampala office"
    written = ok(vault, "identity", "export", "--out", str(tmp_path / "card")).out
    assert str(tmp_path / "card") in written and FINGERPRINT.search(written)
    assert parse_card((tmp_path / "card").read_bytes()).name == "Kampala office"
    refused_unchanged(vault, "identity", "rename", "")
    refused_unchanged(vault, "identity", "rename", "x" * 101)


def test_a_card_is_never_written_inside_the_vault_folder(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "v")
    for target in ("keyslots", "vault.db", "new.card"):
        line = refused_unchanged(vault, "identity", "export", "--out", str(vault / target))
        assert "inside the vault folder" in line
    refused_unchanged(vault, "identity", "export", "--out", str(tmp_path))
    refused_unchanged(vault, "identity", "export", "--out", str(tmp_path / "no" / "card"))
    ok(vault, "verify")


# -- colleagues ----------------------------------------------------------------------------------


def test_colleague_add_prints_the_id_and_unverified_colleagues_are_plainly_marked(
    pair: Pair, tmp_path: Path
) -> None:
    c = init_vault(tmp_path / "C")
    added = ok(c, "colleague", "add", str(pair.card(pair.a))).out.splitlines()
    cid = added[0]
    assert re.fullmatch(r"[0-9a-f]{8}", cid)
    assert "not verified" in added[-1] and f"colleague verify {cid}" in added[-1]
    listed = ok(c, "colleague", "list").out
    assert re.search(rf"^{cid}\s+NOT VERIFIED\s+A office\s+{FINGERPRINT.pattern}$", listed, re.M)
    shown = ok(c, "colleague", "show", cid).out
    assert "NOT VERIFIED" in shown and "A office" in shown
    assert ok_json(c, "colleague", "show", cid)["verified"] is False
    assert "now verified" in ok(c, "colleague", "verify", cid).out
    assert re.search(rf"^{cid}\s+verified\s+A office", ok(c, "colleague", "list").out, re.M)
    entry = ok_json(c, "colleague", "list")[0]
    assert entry == {"id": cid, "name": "A office", "card_name": "A office",
                     "fingerprint": entry["fingerprint"], "verified": True, "revoked": False,
                     "added": entry["added"], "suspect": None, "revoked_by": [],
                     "kind": "office"}
    assert FINGERPRINT.fullmatch(entry["fingerprint"])


def test_the_cards_name_is_only_a_suggestion(pair: Pair, tmp_path: Path) -> None:
    c = init_vault(tmp_path / "C")
    data = ok_json(c, "colleague", "add", str(pair.card(pair.a)), "--name", "Bogotá (Juan)")
    assert data["name"] == "Bogotá (Juan)" and data["card_name"] == "A office"
    line = refused_unchanged(c, "colleague", "add", str(pair.card(pair.b)), "--name",
                             "Bogotá (Juan)")
    assert "already taken" in line


def test_colleague_refusals_are_one_line_and_change_nothing(pair: Pair, tmp_path: Path) -> None:
    card = pair.card(pair.a)
    tampered = tmp_path / "tampered.card"
    tampered.write_bytes(card.read_bytes().replace(b"A office", b"HQ office"))
    junk = tmp_path / "junk"
    junk.write_bytes(b"\x00" * 100)
    cases = [
        (("colleague", "add", str(card)), "already colleague"),
        (("colleague", "add", str(pair.card(pair.b))), "own identity card"),
        (("colleague", "add", str(tampered), "--name", "X"), "signature does not verify"),
        (("colleague", "add", str(junk), "--name", "X"), "malformed"),
        (("colleague", "add", str(tmp_path / "nothing-here")), "nothing-here does not exist"),
        (("colleague", "add", str(tmp_path)), "is not a regular file"),
        (("colleague", "verify", "deadbeef"), "no colleague"),
        (("colleague", "revoke", "deadbeef"), "no colleague"),
        (("colleague", "show", "deadbeef"), "no colleague"),
    ]
    for args, words in cases:
        assert words in refused_unchanged(pair.b, *args), args


def test_revoke_stops_exports_and_refuses_the_colleagues_bundles(pair: Pair) -> None:
    bundle = export_to_b(pair)
    assert "revoked" in ok(pair.b, "colleague", "revoke", pair.a_in_b).out
    assert re.search(rf"^{pair.a_in_b}\s+REVOKED", ok(pair.b, "colleague", "list").out, re.M)
    assert "revoked sender" in refused_unchanged(pair.b, "import", str(bundle))
    assert "revoked" in refused_unchanged(pair.b, "colleague", "verify", pair.a_in_b)
    ok(pair.a, "colleague", "revoke", pair.b_in_a)
    for extra in ((), ("--allow-unverified",)):
        line = refused_unchanged(pair.a, "export", "--to", pair.b_in_a, "--all", "--out",
                                 str(pair.root / "x"), *extra)
        assert "revoked" in line
        assert not (pair.root / "x").exists()


# -- export --------------------------------------------------------------------------------------


def test_export_import_inspect_as_a_caseworker_would(pair: Pair) -> None:
    out = pair.root / "amina.bundle"
    said = ok(pair.a, "export", "--to", pair.b_in_a, "--defender", pair.defender,
              "--out", str(out)).out
    assert "1 defender, 1 related person, 1 case, 1 incident (4 changes)" in said
    assert "can prove this vault sent it" in said

    seen = ok(pair.b, "inspect", str(out)).out
    assert re.search(r"^sender\s+A \(verified\)$", seen, re.M)
    assert re.search(rf"^fingerprint\s+{FINGERPRINT.pattern}$", seen, re.M)
    assert re.search(r"^made\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC$", seen, re.M)
    assert re.search(r"^holds\s+1 defender, 1 related person, 1 case, 1 incident \(4 changes\)$",
                     seen, re.M)
    assert re.search(r"^imported\s+not yet$", seen, re.M)

    result = ok(pair.b, "import", str(out)).out
    assert result.strip() == "imported from A (verified): 4 new records, 4 changes applied"
    amina = ok_json(pair.b, "defender", "show", pair.defender)
    assert amina["name"] == "Amina"
    assert re.search(r"^imported\s+yes$", ok(pair.b, "inspect", str(out)).out, re.M)


def test_importing_again_exits_0_says_already_imported_and_changes_nothing(pair: Pair) -> None:
    bundle = export_to_b(pair)
    ok(pair.b, "import", str(bundle))
    dump, files = vault_dump(pair.b), file_bytes(pair.b)
    again = ok(pair.b, "import", str(bundle)).out
    assert "already imported from A" in again and "nothing changed" in again
    assert file_bytes(pair.b) == files and vault_dump(pair.b) == dump
    data = ok_json(pair.b, "import", str(bundle))
    assert data["already_imported"] is True and data["outcomes"] == {}


def test_json_of_export_and_import(pair: Pair) -> None:
    out = pair.root / "x.bundle"
    data = ok_json(pair.a, "export", "--to", pair.b_in_a, "--defender", pair.defender,
                   "--out", str(out))
    assert data == {"path": str(out), "recipients": [pair.b_in_a],
                    "counts": {"case": 1, "defender": 1, "incident": 1, "related": 1},
                    "versions": 4, "withheld_for_consent": 0, "parts": [],
                    "attachments": 0}
    imported = ok_json(pair.b, "import", str(out))
    assert imported["sender"] == "A" and imported["sender_id"] == pair.a_in_b
    assert imported["sender_verified"] is True and imported["already_imported"] is False
    assert imported["outcomes"] == {"applied": 4} and imported["new_records"] == 4
    assert re.fullmatch(r"[0-9a-f]{32}", imported["bundle"])


def test_a_defender_without_consent_is_refused_with_exit_5(pair: Pair) -> None:
    secret = new_id(pair.a, "defender", "add", "--name", "Secret", "--consent", "none")
    out = pair.root / "x.bundle"
    line = refused_unchanged(pair.a, "export", "--to", pair.b_in_a, "--defender", secret,
                             "--out", str(out))
    assert secret in line and "consent" in line
    assert not out.exists() and not list(pair.root.glob(".*.tmp"))
    said = ok(pair.a, "export", "--to", pair.b_in_a, "--all", "--out", str(out)).out
    assert "1 record left out" in said


def test_an_unverified_recipient_needs_allow_unverified(pair: Pair, tmp_path: Path) -> None:
    c = init_vault(tmp_path / "C")
    ok(c, "identity", "export", "--out", str(tmp_path / "C.card"))
    c_in_a = ok(pair.a, "colleague", "add", str(tmp_path / "C.card"), "--name",
                "C").out.splitlines()[0]
    out = pair.root / "x.bundle"
    line = refused_unchanged(pair.a, "export", "--to", pair.b_in_a, "--to", c_in_a,
                             "--defender", pair.defender, "--out", str(out))
    assert "not verified" in line and "--allow-unverified" in line
    assert not out.exists()
    ok(pair.a, "export", "--to", pair.b_in_a, "--to", c_in_a, "--defender", pair.defender,
       "--out", str(out), "--allow-unverified")
    ok(pair.b, "import", str(out))  # one bundle for both recipients


def test_export_usage_errors_and_paths(pair: Pair) -> None:
    out = str(pair.root / "x")
    refused_unchanged(pair.a, "export", "--to", pair.b_in_a, "--out", out, code=USAGE)
    refused_unchanged(pair.a, "export", "--defender", pair.defender, "--out", out, code=USAGE)
    refused_unchanged(pair.a, "export", "--to", pair.b_in_a, "--all", code=USAGE)
    for target in (pair.a / "keyslots", pair.a / "vault.db", pair.root):
        refused_unchanged(pair.a, "export", "--to", pair.b_in_a, "--all", "--out", str(target))
    ok(pair.a, "verify")
    assert "no colleague" in refused_unchanged(pair.a, "export", "--to", "deadbeef", "--all",
                                               "--out", out)


# -- import refusals -----------------------------------------------------------------------------


def test_every_import_refusal_is_one_line_exit_5_and_the_vault_unchanged(
    pair: Pair, tmp_path: Path
) -> None:
    bundle = export_to_b(pair)
    data = bundle.read_bytes()
    bad = {
        "truncated": (data[:-100], "incomplete"),
        "flipped": (data[:2000] + bytes([data[2000] ^ 1]) + data[2001:], "payload failure"),
        "trailing": (data + b"x", "payload failure"),
        "junk": (b"hello, this is not a bundle", "header failure"),
        "empty": (b"", "incomplete"),
    }
    for name, (content, category) in bad.items():
        path = tmp_path / name
        path.write_bytes(content)
        line = refused_unchanged(pair.b, "import", str(path))
        assert f"bundle rejected ({category})" in line, name
    c = init_vault(tmp_path / "C")
    assert "(no match)" in refused_unchanged(c, "import", str(bundle))
    refused_unchanged(pair.b, "import", str(tmp_path / "missing"))


def test_an_unknown_sender_is_refused_showing_its_fingerprint(pair: Pair, tmp_path: Path) -> None:
    c = init_vault(tmp_path / "C")
    ok(c, "identity", "export", "--out", str(tmp_path / "C.card"))
    b_in_c = ok(c, "colleague", "add", str(pair.card(pair.b)), "--verified").out.splitlines()[0]
    out = tmp_path / "from_c.bundle"
    d = new_id(c, "defender", "add", "--name", "Carla", "--consent", "colleagues",
            "--consent-date", "2024-01-15", "--consent-how", "written")
    ok(c, "export", "--to", b_in_c, "--defender", d, "--out", str(out))
    fingerprint = FINGERPRINT.search(ok(c, "identity", "show").out)
    assert fingerprint is not None
    line = refused_unchanged(pair.b, "import", str(out))
    assert "(unknown sender)" in line and fingerprint.group(0) in line


# -- inspect -------------------------------------------------------------------------------------


def test_inspect_without_a_vault_needs_no_passphrase(pair: Pair) -> None:
    bundle = export_to_b(pair)
    result = run(pair.a, "inspect", "--no-vault", str(bundle), stdin="")
    assert result.code == 0, result.err
    assert f"{bundle.stat().st_size} bytes" in result.out and "possibly" in result.out
    assert "sender" not in result.out
    card = run(pair.a, "--json", "inspect", "--no-vault", str(pair.card(pair.a)), stdin="")
    assert card.code == 0 and '"possible_bundle": false' in card.out


def test_inspect_by_a_non_recipient_and_by_the_recipient_changes_nothing(
    pair: Pair, tmp_path: Path
) -> None:
    bundle = export_to_b(pair)
    c = init_vault(tmp_path / "C")
    assert "not addressed to this vault" in ok(c, "inspect", str(bundle)).out
    dump, files = vault_dump(pair.b), file_bytes(pair.b)
    data = ok_json(pair.b, "inspect", str(bundle))
    assert file_bytes(pair.b) == files and vault_dump(pair.b) == dump
    assert data["addressed_to_me"] is True and data["sender_colleague"] == "A"
    assert data["sender_verified"] is True and data["already_imported"] is False
    assert data["counts"] == {"case": 1, "defender": 1, "incident": 1, "related": 1,
                              "versions": 4}
    assert FINGERPRINT.fullmatch(data["sender_fingerprint"])


def test_a_bundle_in_parts_from_the_command_line(pair: Pair) -> None:
    evidence = pair.root / "photo.bin"
    evidence.write_bytes(bytes(range(256)) * 1200)  # 300 KiB: several 64 KiB parts
    incident = new_id(pair.a, "incident", "add", "--defender", pair.defender, "--category",
                      "digital", "--occurred", "2024-03", "--description", "threats")
    ok(pair.a, "attach", "add", "--to", incident, str(evidence))
    stick = pair.root / "stick"
    stick.mkdir()
    said = ok_json(pair.a, "export", "--to", pair.b_in_a, "--defender", pair.defender,
                   "--out", str(stick / "amina.hrdb"), "--part-size", "64KiB")
    parts = [Path(p) for p in said["parts"]]
    count = len(parts)
    assert count >= 5 and said["path"] == str(parts[0]) and said["attachments"] == 1
    assert sorted(p.name for p in stick.iterdir()) == sorted(
        f"amina.hrdb.part{i}of{count}" for i in range(1, count + 1))
    aside = parts[2].rename(pair.root / parts[2].name)
    line = refused_unchanged(pair.b, "import", str(stick))
    assert f"part 3 of {count} is missing" in line
    line = refused_unchanged(pair.b, "import", str(parts[0]))
    assert f"part 3 of {count} is missing" in line
    assert refused_unchanged(pair.a, "export", "--to", pair.b_in_a, "--defender", pair.defender,
                             "--out", str(pair.root / "x.hrdb"), "--part-size", "10K")
    assert not list(pair.root.glob("x.hrdb*"))
    aside.rename(parts[2])
    assert ok_json(pair.b, "inspect", str(parts[1]))["counts"]["attachments"] == 1
    assert ok_json(pair.b, "import", str(parts[-1]))["attachments"] == 1
    [held] = ok_json(pair.b, "attach", "list")
    assert held["sha256"] == ok_json(pair.a, "attach", "list")[0]["sha256"]


# -- identity rotation (issue 12) ---------------------------------------------------------------


def test_identity_rotate_moves_the_colleague_to_the_new_keys_verified(pair: Pair) -> None:
    before = ok_json(pair.a, "identity", "show")
    rotated = ok(pair.a, "identity", "rotate", "--grace-days", "5").out
    assert "successor card" in rotated and "until" in rotated
    shown = ok_json(pair.a, "identity", "show")
    assert shown["fingerprint"] != before["fingerprint"]
    assert [f["fingerprint"] for f in shown["former"]] == [before["fingerprint"]]
    assert shown["former"][0]["secrets_kept"] is True
    text = ok(pair.a, "identity", "show").out
    assert f"replaced     {before['fingerprint']}" in text and "open until" in text

    bundle = export_to_b(pair)
    imported = ok(pair.b, "import", str(bundle)).out
    assert "changed its identity keys" in imported and "(a revocation)" not in imported
    colleague = ok_json(pair.b, "colleague", "show", pair.a_in_b)
    assert colleague["fingerprint"] == shown["fingerprint"]
    assert colleague["verified"] is True
    # B's bundles now go to the new keys, and A reads them
    ok(pair.b, "defender", "add", "--name", "Bahati", "--consent", "colleagues",
       "--consent-date", "2024-01-15", "--consent-how", "written")
    back = pair.root / "back.bundle"
    ok(pair.b, "export", "--to", pair.a_in_b, "--all", "--out", str(back))
    assert "imported from B" in ok(pair.a, "import", str(back)).out


def test_identity_rotate_refuses_a_grace_out_of_bounds(pair: Pair) -> None:
    for days in ("0", "999"):
        assert "grace period" in refused_unchanged(pair.a, "identity", "rotate",
                                                   "--grace-days", days)
