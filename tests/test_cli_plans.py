"""`risk`, `risk item` and `measure` as scripts use them (docs/cli.md).

Each refusal exits with the rejected-input code (5), names the option's field, and leaves the vault
unchanged. Dates are relative to today so the start screen holds whatever day the tests run.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from cli_support import init_vault, new_id, ok, ok_json, run, vault_dump
from hrd_desk.errors import ExitCode


@pytest.fixture
def vault(vault_dir: Path) -> Path:
    return init_vault(vault_dir)


def day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


def refused(vault: Path, field: str, *args: str) -> None:
    before = vault_dump(vault)
    result = run(vault, *args)
    assert result.code == ExitCode.REJECTED_INPUT, result.err
    assert f"{field}:" in result.err
    assert vault_dump(vault) == before


def _assessed(vault: Path) -> tuple[str, str, str]:
    defender = new_id(vault, "defender", "add", "--name", "Amina Yusuf", "--codename", "Falcon")
    incident = new_id(vault, "incident", "add", "--defender", defender, "--category",
                      "physical", "--occurred", day(-20), "--description", "Followed home")
    risk = new_id(vault, "risk", "add", "--defender", defender, "--level", "high",
                  "--summary", "Surveillance escalating", "--by", "Maria")
    return defender, incident, risk


def test_risk_add_items_show_list_and_trend(vault: Path) -> None:
    defender, incident, risk = _assessed(vault)
    threat = new_id(vault, "risk", "item", "add", risk, "--type", "threat", "--text",
                    "Followed by police", "--likelihood", "4", "--impact", "5",
                    "--incident", incident, "--facts", "Seen twice", "--behind", "State security")
    weak = new_id(vault, "risk", "item", "add", risk, "--type", "vulnerability", "--text",
                  "Same route every day", "--level", "3")
    shown = ok_json(vault, "risk", "show", risk)
    assert (shown["level"], shown["assessed"], shown["assessor"]) == ("high", day(0), "Maria")
    assert "summary" not in shown  # the reasoning is sensitive: only with --reveal
    assert ok_json(vault, "risk", "show", risk, "--reveal")["summary"] == (
        "Surveillance escalating")
    assert [i["id"] for i in shown["items"]] == [threat, weak]
    text = ok(vault, "risk", "show", risk).out
    assert "Threat (likelihood 4, impact 5)" in text and "Followed by police" not in text
    item = ok_json(vault, "risk", "item", "show", threat, "--reveal")
    assert (item["incidents"], item["behind"]) == ([incident], "State security")
    assert {i["id"] for i in ok_json(vault, "risk", "item", "list", "--risk", risk)} == {
        weak, threat}
    assert [r["id"] for r in ok_json(vault, "risk", "list", "--defender", defender)] == [risk]
    trend = ok_json(vault, "risk", "trend", "--defender", defender)
    assert trend["assessments"] == [{"id": risk, "assessed": day(0), "level": "high"}]
    assert trend["incidents"][day(-20)[:7]] == {"physical": 1}
    assert "high" in ok(vault, "risk", "trend", "--defender", defender).out
    full = ok_json(vault, "defender", "show", defender)
    assert [r["id"] for r in full["risk_assessments"]] == [risk]
    assert full["measures"] == []


def test_risk_refusals_change_nothing(vault: Path) -> None:
    defender, _incident, risk = _assessed(vault)
    refused(vault, "level", "risk", "add", "--defender", defender, "--level", "extreme")
    refused(vault, "assessed", "risk", "add", "--defender", defender, "--level", "low",
            "--date", day(30))
    refused(vault, "likelihood", "risk", "item", "add", risk, "--type", "capacity",
            "--text", "x", "--likelihood", "3")
    refused(vault, "level", "risk", "item", "add", risk, "--type", "threat", "--text", "x",
            "--level", "3")
    refused(vault, "assessment", "risk", "item", "add", defender, "--type", "threat",
            "--text", "x")
    result = run(vault, "risk", "item", "add", risk, "--text", "x")
    assert result.code == ExitCode.USAGE and "--type" in result.err


def test_measure_add_done_reviewed_list_and_summary(vault: Path) -> None:
    defender, _incident, risk = _assessed(vault)
    threat = new_id(vault, "risk", "item", "add", risk, "--type", "threat", "--text",
                    "Followed", "--likelihood", "4", "--impact", "4")
    late = new_id(vault, "measure", "add", "--defender", defender, "--title", "Vary the route",
                  "--type", "preventive", "--due", day(-2), "--review", day(30), "--owner",
                  "Amina", "--reduces", threat)
    review = new_id(vault, "measure", "add", "--defender", defender, "--title",
                    "Call the hotline", "--type", "emergency", "--status", "in-place",
                    "--review", day(0), "--details", "hotline number 555")
    refused(vault, "reduces", "measure", "add", "--defender", defender, "--title", "x",
            "--reduces", risk)
    refused(vault, "group", "measure", "add", "--defender", defender, "--title", "x",
            "--type", "someday")

    assert {m["id"] for m in ok_json(vault, "measure", "list", "--due")} == {late, review}
    board = ok_json(vault, "dashboard")
    assert [(i["kind"], i["id"]) for i in board["overdue"]] == [("measure", late)]
    assert [(i["kind"], i["id"]) for i in board["today"]] == [("review", review)]

    plan = ok(vault, "measure", "summary", "--defender", defender).out
    assert "Vary the route (Planned, OVERDUE)" in plan
    assert "Reduces: Threat (likelihood 4, impact 4)" in plan
    assert "hotline number 555" not in plan and "Followed" not in plan
    assert "hotline number 555" in ok(vault, "measure", "summary", "--defender", defender,
                                      "--reveal").out

    assert ok_json(vault, "measure", "done", late)["changed"] is True
    assert ok_json(vault, "measure", "reviewed", review, "--next", day(90))["changed"] is True
    assert ok_json(vault, "measure", "list", "--due") == []
    assert ok_json(vault, "measure", "show", review)["review"] == day(90)
    assert ok_json(vault, "measure", "show", late)["status"] == "in-place"
    assert ok_json(vault, "dashboard")["overdue"] == []
    full = ok_json(vault, "defender", "show", defender)
    assert {m["id"] for m in full["measures"]} == {late, review}
    assert "details" not in full["measures"][0] and "details" not in full["measures"][1]

    unknown = run(vault, "measure", "done", "nope")
    assert unknown.code == ExitCode.REJECTED_INPUT
    assert unknown.err.strip() == "hrd-desk: no security measure with id nope"

    ok(vault, "measure", "delete", late)
    assert [m["id"] for m in ok_json(vault, "measure", "list", "--deleted")] == [late]
    assert "measure restore" in ok(vault, "measure", "delete", review).out
