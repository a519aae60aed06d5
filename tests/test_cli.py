"""The command line as scripts and caseworkers use it: round trips, JSON shapes, --reveal, dates."""

from __future__ import annotations

import argparse
import io
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_support import PASSPHRASE, file_bytes, init_vault, new_id, ok, ok_json, run
from hrd_desk.cli import invocation as cli_context
from hrd_desk.cli.output import display_width
from hrd_desk.cli.program import build_parser, main
from hrd_desk.errors import ExitCode
from hrd_desk.model.fields import FieldKind, field_infos, sensitive_fields
from hrd_desk.model.records import KINDS, Defender, RelatedPerson
from hrd_desk.model.vocab import VOCABULARIES


@pytest.fixture
def vault(vault_dir: Path) -> Path:
    return init_vault(vault_dir)


def _defender(vault: Path, name: str = "Amina Yusuf", *extra: str) -> str:
    return new_id(vault, "defender", "add", "--name", name, *extra)


def _incident(vault: Path, defender: str, *extra: str, occurred: str = "2024-03") -> str:
    return new_id(
        vault, "incident", "add", "--defender", defender, "--category", "digital",
        "--occurred", occurred, "--description", "phishing mail to the office", *extra,
    )


def _ids(records: list[dict[str, object]]) -> set[object]:
    return {r["id"] for r in records}


# -- init and passwd ---------------------------------------------------------------------------


def test_init_prints_the_vault_id_and_makes_private_files(vault_dir: Path) -> None:
    data = ok_json(vault_dir, "init")
    assert set(data) == {"id", "vault"}
    assert Path(data["vault"]) == vault_dir
    assert len(data["id"]) == 32
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    for name in ("keyslots", "vault.db"):
        assert stat.S_IMODE((vault_dir / name).stat().st_mode) == 0o600
    assert ok_json(vault_dir, "defender", "list") == []


def test_vault_directory_comes_from_the_environment_without_vault_option(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HRD_DESK_VAULT", str(vault_dir))
    out, err = io.StringIO(), io.StringIO()
    code = main(["--passphrase-stdin", "init"], stdin=io.StringIO(PASSPHRASE + "\n"),
                stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert (vault_dir / "keyslots").is_file()


def _terminal(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """Answer the no-echo prompts in order; returns the prompts that were shown."""
    asked: list[str] = []
    replies: Iterator[str] = iter(answers)

    def prompt(text: str) -> str:
        asked.append(text)
        return next(replies)

    monkeypatch.setattr(cli_context, "prompt_hidden", prompt)
    return asked


def test_init_on_a_terminal_asks_twice_and_refuses_a_mismatch(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _terminal(monkeypatch, ["first long secret phrase", "other long secret phrase"])
    out, err = io.StringIO(), io.StringIO()
    code = main(["--vault", str(vault_dir), "init"], stdout=out, stderr=err)
    assert code == 5
    assert len(asked) == 2
    assert "differ" in err.getvalue()
    assert not vault_dir.exists()

    _terminal(monkeypatch, ["same long secret phrase", "same long secret phrase"])
    assert main(["--vault", str(vault_dir), "init"], stdout=out, stderr=err) == 0
    _terminal(monkeypatch, ["same long secret phrase"])
    assert main(["--vault", str(vault_dir), "defender", "list"], stdout=out, stderr=err) == 0


def test_passwd_replaces_the_passphrase_and_rekeys_the_database(vault: Path) -> None:
    before = file_bytes(vault)
    ok(vault, "passwd", stdin=f"{PASSPHRASE}\nnew passphrase here\n")
    after = file_bytes(vault)
    assert "vault.db" not in after  # re-encrypted under a new key, in a new file
    assert [n for n in after if n.startswith("vault-") and n.endswith(".db")]
    assert after["keyslots"] != before["keyslots"]
    assert run(vault, "defender", "list").code == 3
    assert run(vault, "defender", "list", stdin="new passphrase here\n").code == 0


def test_passwd_on_a_terminal_checks_the_old_passphrase_before_asking_the_new(
    vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _terminal(monkeypatch, ["not the passphrase", "never asked", "never asked"])
    out, err = io.StringIO(), io.StringIO()
    assert main(["--vault", str(vault), "passwd"], stdout=out, stderr=err) == 3
    assert asked == ["Current passphrase: "]


# -- records -------------------------------------------------------------------------------------


def test_defender_round_trip(vault: Path) -> None:
    defender = _defender(
        vault, "Amina Yusuf", "--codename", "Falcon", "--legal-name", "Amina Y. Hassan",
        "--country", "ke", "--organisation", "Coast Media", "--field", "journalism",
        "--consent", "partners", "--language", "Swahili", "--language", "English",
        "--region", "Mombasa", "--contact", "+254 700 000 000", "--address", "Box 1",
        "--gender", "woman", "--consent-date", "2024-01-15", "--consent-how", "written",
        "--notes", "met at the 2023 course",
    )
    shown = ok_json(vault, "defender", "show", defender, "--reveal")
    assert shown["name"] == "Amina Yusuf"
    assert shown["codename"] == "Falcon"
    assert shown["legal_name"] == "Amina Y. Hassan"
    assert shown["country"] == "KE"
    assert shown["field_of_work"] == "journalism"
    assert shown["languages"] == ["Swahili", "English"]
    assert shown["consent"] == "partners"
    assert shown["consent_date"] == "2024-01-15"
    assert shown["consent_date_precision"] == "day"
    assert shown["consent_how"] == "written"
    assert shown["kind"] == "defender" and shown["id"] == defender
    assert shown["deleted"] is False and shown["conflict"] is False

    assert ok_json(vault, "defender", "edit", defender, "--organisation", "Coast Voices") == {
        "id": defender, "changed": True}
    assert ok_json(vault, "defender", "edit", defender, "--organisation", "Coast Voices") == {
        "id": defender, "changed": False}
    ok(vault, "defender", "edit", defender, "--codename", "")  # an empty value clears
    shown = ok_json(vault, "defender", "show", defender)
    assert shown["organisation"] == "Coast Voices"
    assert shown["codename"] is None

    other = _defender(vault, "Bashir Omar", "--country", "SD")
    assert _ids(ok_json(vault, "defender", "list")) == {defender, other}
    assert _ids(ok_json(vault, "defender", "list", "--country", "sd")) == {other}

    assert ok_json(vault, "defender", "delete", defender)["changed"] is True
    assert ok_json(vault, "defender", "delete", defender)["changed"] is False
    assert _ids(ok_json(vault, "defender", "list")) == {other}
    assert _ids(ok_json(vault, "defender", "list", "--deleted")) == {defender}
    assert ok_json(vault, "defender", "show", defender)["deleted"] is True
    assert ok_json(vault, "defender", "restore", defender)["changed"] is True
    assert _ids(ok_json(vault, "defender", "list")) == {defender, other}
    assert ok_json(vault, "defender", "list", "--deleted") == []


def test_new_defender_consent_defaults_to_not_recorded(vault: Path) -> None:
    """Until a caseworker records consent, nothing about a defender leaves (issue 10)."""
    defender = _defender(vault)
    assert ok_json(vault, "defender", "show", defender)["consent"] == "not-recorded"


def test_related_round_trip_and_filter(vault: Path) -> None:
    amina, bashir = _defender(vault), _defender(vault, "Bashir Omar")
    son = new_id(vault, "related", "add", "--defender", amina, "--name", "Juma",
                 "--relationship", "child", "--contact", "school phone", "--notes", "aged 9")
    lawyer = new_id(vault, "related", "add", "--defender", bashir, "--name", "Mona",
                    "--relationship", "lawyer")
    assert _ids(ok_json(vault, "related", "list")) == {son, lawyer}
    assert _ids(ok_json(vault, "related", "list", "--defender", amina)) == {son}
    ok(vault, "related", "edit", son, "--relationship", "other-relative")
    shown = ok_json(vault, "related", "show", son, "--reveal")
    assert (shown["name"], shown["relationship"], shown["defender"]) == (
        "Juma", "other-relative", amina)
    ok(vault, "related", "delete", son)
    assert _ids(ok_json(vault, "related", "list", "--deleted")) == {son}
    ok(vault, "related", "restore", son)
    assert _ids(ok_json(vault, "related", "list", "--defender", amina)) == {son}


def test_incident_round_trip_with_every_option(vault: Path) -> None:
    amina, bashir = _defender(vault), _defender(vault, "Bashir Omar")
    son = new_id(vault, "related", "add", "--defender", amina, "--name", "Juma",
                 "--relationship", "child")
    case = new_id(vault, "case", "add", "--defender", amina, "--programme", "emergency")
    incident = new_id(
        vault, "incident", "add", "--defender", amina, "--defender", bashir,
        "--category", "family", "--also", "phone", "--also", "digital", "--target", son,
        "--case", case, "--subtype", "threat-child-partner", "--occurred", "2024-03-05T14:30",
        "--reported", "2024-03-06", "--where", "school gate", "--country", "ke",
        "--region", "Nairobi", "--channel", "sms", "--perpetrator", "unknown", "--severity", "4",
        "--source", "relative", "--reported-to", "police", "--reported-to", "embassy",
        "--actions", "moved the family", "--status", "monitoring",
        "--description", "SMS naming her son's school",
    )
    shown = ok_json(vault, "incident", "show", incident)
    assert shown["defenders"] == [amina, bashir]
    assert (shown["category"], shown["also"]) == ("family", ["phone", "digital"])
    assert shown["targets"] == [son] and shown["case"] == case
    assert shown["location"] == "school gate"
    assert (shown["occurred"], shown["occurred_precision"]) == ("2024-03-05T14:30", "minute")
    assert (shown["reported"], shown["reported_precision"]) == ("2024-03-06", "day")
    assert shown["severity"] == 4
    assert shown["reported_to"] == ["police", "embassy"]
    assert shown["status"] == "monitoring"

    ok(vault, "incident", "edit", incident, "--severity", "5", "--status", "closed")
    shown = ok_json(vault, "incident", "show", incident)
    assert (shown["severity"], shown["status"]) == (5, "closed")
    ok(vault, "incident", "delete", incident)
    assert ok_json(vault, "incident", "list") == []
    ok(vault, "incident", "restore", incident)
    assert _ids(ok_json(vault, "incident", "list")) == {incident}


@pytest.mark.parametrize(
    ("occurred", "precision"),
    [("2024", "year"), ("2024-03", "month"), ("2024-03-05", "day"),
     ("2024-03-05T09:15", "minute"), ("2023-11..2024-02", "range")],
)
def test_dates_keep_their_precision_in_json(vault: Path, occurred: str, precision: str) -> None:
    incident = _incident(vault, _defender(vault), occurred=occurred)
    shown = ok_json(vault, "incident", "show", incident)
    assert shown["occurred"] == occurred
    assert shown["occurred_precision"] == precision
    assert shown["reported"] is None and shown["reported_precision"] is None


def test_incident_filters(vault: Path) -> None:
    amina = _defender(vault, "Amina", "--country", "KE")
    bashir = _defender(vault, "Bashir", "--country", "SD")
    march = _incident(vault, amina, "--also", "phone", occurred="2024-03")
    year = _incident(vault, bashir, "--country", "UG", "--status", "closed", occurred="2023")
    legal = new_id(vault, "incident", "add", "--defender", bashir, "--category", "legal",
                   "--occurred", "2024-06-01", "--description", "travel ban")

    def listed(*filters: str) -> set[object]:
        return _ids(ok_json(vault, "incident", "list", *filters))

    assert listed() == {march, year, legal}
    assert listed("--defender", amina) == {march}
    assert listed("--category", "phone") == {march}  # a further category counts
    assert listed("--category", "digital") == {march, year}
    assert listed("--country", "ke") == {march}  # from the defender's country
    assert listed("--country", "UG") == {year}  # the incident's own country wins
    assert listed("--country", "SD") == {legal}
    assert listed("--status", "closed") == {year}
    assert listed("--status", "open", "--status", "closed") == {march, year, legal}
    # dates match on overlap: "2024-03" may be any day of March
    assert listed("--from", "2024-03-20") == {march, legal}
    assert listed("--to", "2024-03-01") == {march, year}
    assert listed("--from", "2023-06", "--to", "2023-06") == {year}
    assert listed("--from", "2024-04", "--to", "2024-05") == set()
    # newest first, and a page of it
    page = ok_json(vault, "incident", "list", "--limit", "1", "--offset", "1")
    assert [r["id"] for r in page] == [march]


def test_case_round_trip_and_filters(vault: Path) -> None:
    amina, bashir = _defender(vault), _defender(vault, "Bashir")
    relocation = new_id(
        vault, "case", "add", "--defender", amina, "--programme", "relocation",
        "--title", "Spring relocation", "--status", "active", "--opened", "2024-02",
        "--caseworker", "Lena", "--priority", "urgent", "--notes", "visa pending",
    )
    training = new_id(vault, "case", "add", "--defender", bashir, "--programme", "training")
    shown = ok_json(vault, "case", "show", relocation)
    assert (shown["programme"], shown["status"], shown["priority"]) == (
        "relocation", "active", "urgent")
    assert (shown["opened"], shown["opened_precision"]) == ("2024-02", "month")
    assert ok_json(vault, "case", "show", training)["status"] == "intake"
    assert _ids(ok_json(vault, "case", "list", "--status", "active")) == {relocation}
    assert _ids(ok_json(vault, "case", "list", "--defender", bashir)) == {training}
    ok(vault, "case", "edit", relocation, "--status", "closed", "--closed", "2024-05-30")
    assert ok_json(vault, "case", "show", relocation)["closed_precision"] == "day"
    ok(vault, "case", "delete", training)
    assert _ids(ok_json(vault, "case", "list")) == {relocation}
    ok(vault, "case", "restore", training)
    assert _ids(ok_json(vault, "case", "list")) == {relocation, training}


# -- JSON shapes and sensitivity ---------------------------------------------------------------


@pytest.mark.parametrize("kind", ["defender", "related", "incident", "case"])
def test_show_and_list_json_keys_are_the_field_names(vault: Path, kind: str) -> None:
    defender = _defender(vault)
    ids = {
        "defender": defender,
        "related": new_id(vault, "related", "add", "--defender", defender, "--name", "Juma",
                          "--relationship", "child"),
        "incident": _incident(vault, defender),
        "case": new_id(vault, "case", "add", "--defender", defender, "--programme", "advocacy"),
    }
    infos = field_infos(KINDS[kind].cls)
    dates = {f"{n}_precision" for n, i in infos.items() if i.kind == FieldKind.DATE}
    book = {"id", "kind", "created", "updated", "deleted", "conflict", "sensitive_marks"}
    shown = ok_json(vault, kind, "show", ids[kind], "--reveal")
    # show only: received; a defender's stays and tasks (tests/test_cli_stays.py), risk
    # assessments and measures (tests/test_cli_plans.py), trainings and advocacy
    # (tests/test_cli_network.py), colleagues' consent limits (tests/test_consent_notices.py)
    extra = {"received"} | ({"relocations", "tasks", "risk_assessments", "measures", "trainings",
                             "advocacy", "consent_limits"}
                            if kind == "defender" else set())
    assert set(shown) == set(infos) | dates | book | extra
    assert shown["received"] is None  # made here
    listed = ok_json(vault, kind, "list", "--reveal")
    assert [r["id"] for r in listed if r["id"] == ids[kind]] == [ids[kind]]
    assert all(set(r) == set(shown) - extra for r in listed)
    hidden = ok_json(vault, kind, "show", ids[kind])
    assert set(hidden) == set(shown) - sensitive_fields(KINDS[kind].cls)


def test_sensitive_fields_need_reveal_in_every_output(vault: Path) -> None:
    assert {"legal_name", "contact", "address"} <= sensitive_fields(Defender)
    assert "name" in sensitive_fields(RelatedPerson)
    defender = _defender(vault, "Amina", "--codename", "Falcon", "--legal-name", "LEGALMARK",
                         "--contact", "CONTACTMARK", "--address", "ADDRESSMARK")
    son = new_id(vault, "related", "add", "--defender", defender, "--name", "SONMARK",
                 "--relationship", "child")
    new_id(vault, "incident", "add", "--defender", defender, "--category", "family",
           "--target", son, "--occurred", "2024", "--description", "threat to the son")
    markers = ("LEGALMARK", "CONTACTMARK", "ADDRESSMARK", "SONMARK")
    quiet = [
        ("defender", "show", defender), ("defender", "list"), ("related", "show", son),
        ("related", "list"), ("incident", "list"),
    ]
    for args in quiet:
        for as_json in (False, True):
            out = ok(vault, *args, as_json=as_json).out
            assert not any(m in out for m in markers), (args, as_json)
    incident = ok_json(vault, "incident", "list")[0]["id"]
    incident_text = ok(vault, "incident", "list").out + ok(vault, "incident", "show", incident).out
    assert "SONMARK" not in incident_text
    assert "Falcon" in incident_text  # the defender appears by codename

    revealed = ok(vault, "defender", "show", defender, "--reveal").out
    assert all(m in revealed for m in ("LEGALMARK", "CONTACTMARK", "ADDRESSMARK"))
    assert "SONMARK" in ok(vault, "related", "list", "--reveal").out
    assert "hidden" in ok(vault, "defender", "show", defender).out


def test_human_output_uses_labels_and_codenames(vault: Path) -> None:
    defender = _defender(vault, "Amina Yusuf", "--codename", "Falcon", "--field", "journalism")
    incident = new_id(vault, "incident", "add", "--defender", defender, "--category", "digital",
                      "--channel", "messaging-app", "--severity", "3", "--occurred", "2024-03",
                      "--description", "line one\nline two")
    text = ok(vault, "incident", "show", incident).out
    incident_infos = field_infos(KINDS["incident"].cls)
    for name in ("category", "channel", "occurred", "severity", "defenders"):
        assert incident_infos[name].label in text
    assert VOCABULARIES["threat_categories"].label("digital") in text
    assert VOCABULARIES["channels"].label("messaging-app") in text
    assert VOCABULARIES["severities"].label("3") in text
    assert f"Falcon [{defender}]" in text
    assert "line two" in text
    listing = ok(vault, "defender", "list").out
    assert "Falcon" in listing and "Amina Yusuf" not in listing
    assert VOCABULARIES["fields_of_work"].label("journalism") in listing
    assert defender in listing


def test_creating_prints_only_the_id_for_scripts(vault: Path) -> None:
    result = ok(vault, "defender", "add", "--name", "Amina")
    record_id = result.out.strip()
    assert result.out == record_id + "\n"
    assert ok_json(vault, "defender", "show", record_id)["name"] == "Amina"


def test_purge_removes_a_deleted_record_for_good(vault: Path) -> None:
    defender = _defender(vault, "Amina")
    ok(vault, "defender", "delete", defender)
    assert ok_json(vault, "purge", defender) == {"id": defender, "kind": "defender",
                                                 "purged": True}
    assert run(vault, "defender", "show", defender).code == 5
    assert run(vault, "defender", "restore", defender).code == 5
    assert ok_json(vault, "defender", "list", "--deleted") == []


def test_verify_reports_every_check(vault: Path) -> None:
    _incident(vault, _defender(vault))
    report = ok_json(vault, "verify")
    assert report["ok"] is True
    assert [c["name"] for c in report["checks"]] == [
        "keyslot", "unlock", "database", "pages", "structure", "audit"]
    assert all(c["ok"] for c in report["checks"])
    assert "ok" in ok(vault, "verify").out


def test_no_command_where_no_window_can_be_seen_says_so_and_the_help_still_works(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # no window could be seen
    out, err = io.StringIO(), io.StringIO()
    assert main([], stdout=out, stderr=err) == ExitCode.NO_WINDOW
    assert out.getvalue() == "" and len(err.getvalue().splitlines()) == 1
    assert "hrd-desk --help" in err.getvalue()
    assert main(["--help"], stdout=out, stderr=err) == 0
    assert "COMMAND" in out.getvalue() and "defender" in out.getvalue()
    assert "7 no window can be opened" in " ".join(out.getvalue().split())
    assert main(["defender", "add", "--help"], stdout=out, stderr=err) == 0
    assert "--legal-name" in out.getvalue()
    assert not vault_dir.exists()


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_docs_cover_every_command_option_and_exit_code() -> None:
    """docs/cli.md is the contract: every option the parser accepts must be documented."""
    docs = (Path(__file__).parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    missing: list[str] = []
    pending = [("", parser)]
    while pending:
        path, current = pending.pop()
        for action in current._actions:
            missing.extend(f"{path} {o}" for o in action.option_strings
                           if not re.search(rf"[`\s\[(]{re.escape(o)}(?![\w-])", docs))
        for name, sub in _subparsers(current).items():
            if name not in docs:
                missing.append(f"{path} {name}")
            pending.append((f"{path} {name}", sub))
    assert missing == []
    for code in (v for k, v in vars(ExitCode).items() if k.isupper()):
        assert f"\n| {code} |" in docs


def test_tables_align_names_with_arabic_diacritics(vault: Path) -> None:
    assert display_width("مُحَمَّد") == 4  # four letters; the harakat take no column
    _defender(vault, "مُحَمَّد", "--country", "EG")
    _defender(vault, "Bashir", "--country", "SD")
    lines = ok(vault, "defender", "list").out.splitlines()[1:3]
    columns = {display_width(line[: line.index(code)]) for line, code in zip(
        sorted(lines, key=lambda x: "EG" in x), ("SD", "EG"), strict=True)}
    assert len(columns) == 1
