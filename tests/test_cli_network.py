"""`training`, `participant`, `contact` and `advocacy` as scripts use them (docs/cli.md, issue 16).

Each refusal exits with the rejected-input code (5), names the field, and leaves the vault
unchanged. Sensitive fields (how to reach a contact, a participant's needs, an advocacy action's
outcome and follow-up) appear only with --reveal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import init_vault, new_id, ok, ok_json, run, vault_dump
from hrd_desk.errors import ExitCode


@pytest.fixture
def vault(vault_dir: Path) -> Path:
    return init_vault(vault_dir)


def refused(vault: Path, field: str, *args: str) -> None:
    before = vault_dump(vault)
    result = run(vault, *args)
    assert result.code == ExitCode.REJECTED_INPUT, result.err
    assert result.err.startswith(f"hrd-desk: {field}:"), result.err
    assert vault_dump(vault) == before


def _edition(vault: Path) -> str:
    return new_id(vault, "training", "add", "--title", "Hague Training Course",
                  "--from", "2026-09-07", "--to", "2026-09-11", "--place", "The Hague")


def test_training_add_enrol_show_and_the_defenders_trainings(vault: Path) -> None:
    amina = new_id(vault, "defender", "add", "--name", "Amina Yusuf", "--codename", "Falcon")
    bashir = new_id(vault, "defender", "add", "--name", "Bashir")
    edition = _edition(vault)
    mine = new_id(vault, "training", "enrol", edition, "--defender", amina,
                  "--module", "digital-security", "--module", "networking",
                  "--needs", "Needs a safer phone")
    new_id(vault, "training", "enrol", edition, "--defender", bashir)
    shown = ok_json(vault, "training", "show", edition)
    assert (shown["title"], shown["starts"], shown["ends"], shown["place"]) == (
        "Hague Training Course", "2026-09-07", "2026-09-11", "The Hague")
    # by codename, else name
    assert [p["defender"] for p in shown["participants"]] == [bashir, amina]
    assert "needs" not in shown["participants"][1]  # sensitive
    text = ok(vault, "training", "show", edition).out
    assert "Falcon; modules: Digital security, Networking" in text
    assert "Needs a safer phone" not in text
    defender = ok_json(vault, "defender", "show", amina)
    [training] = defender["trainings"]
    assert training["id"] == edition and training["participant"]["id"] == mine
    assert training["participant"]["modules"] == ["digital-security", "networking"]
    assert "needs" not in training["participant"]
    revealed = ok_json(vault, "defender", "show", amina, "--reveal")
    assert revealed["trainings"][0]["participant"]["needs"] == "Needs a safer phone"
    listed = ok_json(vault, "participant", "list", "--defender", amina)
    assert [p["id"] for p in listed] == [mine]
    assert [t["id"] for t in ok_json(vault, "training", "list", "--from", "2026-09")] == [edition]
    assert ok_json(vault, "training", "list", "--to", "2026-08") == []
    # modules changed on the participant record
    ok(vault, "participant", "edit", mine, "--module", "reporting")
    assert ok_json(vault, "participant", "show", mine)["modules"] == ["reporting"]


def test_training_refusals_change_nothing(vault: Path) -> None:
    amina = new_id(vault, "defender", "add", "--name", "Amina Yusuf")
    edition = _edition(vault)
    new_id(vault, "training", "enrol", edition, "--defender", amina)
    refused(vault, "defender", "training", "enrol", edition, "--defender", amina)
    refused(vault, "modules", "training", "enrol", edition, "--defender", amina,
            "--module", "cooking")
    refused(vault, "ends", "training", "add", "--title", "T", "--from", "2026-09-07",
            "--to", "2026-08-01")
    refused(vault, "training", "participant", "add", "--training", amina, "--defender", amina)
    result = run(vault, "training", "add", "--from", "2026-09-07")
    assert result.code == ExitCode.USAGE and "--title" in result.err


def test_contacts_and_advocacy(vault: Path) -> None:
    amina = new_id(vault, "defender", "add", "--name", "Amina Yusuf", "--codename", "Falcon")
    incident = new_id(vault, "incident", "add", "--defender", amina, "--category", "legal",
                      "--occurred", "2026-05", "--description", "Charged with defamation")
    embassy = new_id(vault, "contact", "add", "--name", "Human rights officer", "--kind",
                     "embassy", "--organisation", "Embassy of the Netherlands",
                     "--city", "Geneva", "--reach", "+41 22 555 01 02")
    lawyer = new_id(vault, "contact", "add", "--name", "Maître Diallo", "--kind", "lawyer",
                    "--city", "Brussels")
    shown = ok_json(vault, "contact", "show", embassy)
    assert (shown["contact_type"], shown["city"]) == ("embassy", "Geneva")
    assert "reach" not in shown
    assert "+41 22 555 01 02" not in ok(vault, "contact", "list").out
    assert "+41 22 555 01 02" in ok(vault, "contact", "list", "--reveal").out
    assert [c["id"] for c in ok_json(vault, "contact", "list", "--kind", "lawyer")] == [lawyer]
    assert [c["id"] for c in ok_json(vault, "contact", "list", "--city", "Geneva")] == [embassy]
    refused(vault, "contact_type", "contact", "add", "--name", "X", "--kind", "ambassador")

    action = new_id(vault, "advocacy", "add", "--action", "meeting", "--date", "2026-06-02",
                    "--contact", embassy, "--contact", lawyer, "--defender", amina,
                    "--incident", incident, "--outcome", "Trial monitoring promised")
    letter = new_id(vault, "advocacy", "add", "--action", "letter", "--date", "2026-06-10",
                    "--contact", lawyer)
    shown = ok_json(vault, "advocacy", "show", action)
    assert (shown["action"], shown["contacts"], shown["defenders"], shown["incidents"]) == (
        "meeting", [embassy, lawyer], [amina], [incident])
    assert "outcome" not in shown
    assert ok_json(vault, "advocacy", "show", action, "--reveal")["outcome"] == (
        "Trial monitoring promised")
    assert [a["id"] for a in ok_json(vault, "advocacy", "list")] == [letter, action]
    assert [a["id"] for a in ok_json(vault, "advocacy", "list", "--contact", embassy)] == [
        action]
    assert [a["id"] for a in ok_json(vault, "advocacy", "list", "--defender", amina)] == [
        action]
    assert [a["id"] for a in ok_json(vault, "defender", "show", amina)["advocacy"]] == [action]
    assert [a["id"] for a in ok_json(vault, "contact", "show", lawyer)["advocacy"]] == [
        letter, action]
    refused(vault, "action", "advocacy", "add", "--action", "tweet", "--date", "2026-06-02")
    refused(vault, "contacts", "advocacy", "add", "--action", "letter", "--date", "2026-06-02",
            "--contact", amina)
    # deleted, it leaves the lists and the Deleted view holds it
    ok(vault, "advocacy", "delete", action)
    assert ok_json(vault, "defender", "show", amina)["advocacy"] == []
    assert [a["id"] for a in ok_json(vault, "advocacy", "list", "--deleted")] == [action]
