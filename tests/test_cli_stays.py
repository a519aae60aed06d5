"""`relocation`, `checkin`, `task` and `dashboard` as scripts use them (docs/cli.md).

Each refusal exits with the rejected-input code (5), names the option's field, and leaves the vault
unchanged. Dates are relative to today so the buckets hold whatever day the tests run.
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


def _defender(vault: Path, name: str = "Amina Yusuf") -> str:
    return new_id(vault, "defender", "add", "--name", name)


def _stay(vault: Path, defender: str, arrival: str, departure: str, *extra: str) -> str:
    return new_id(vault, "relocation", "add", "--defender", defender, "--city", "Utrecht",
                  "--arrival", arrival, "--departure", departure, *extra)


def refused(vault: Path, field: str, *args: str) -> None:
    before = vault_dump(vault)
    result = run(vault, *args)
    assert result.code == ExitCode.REJECTED_INPUT, result.err
    assert result.err.startswith(f"hrd-desk: {field}:") or f" {field}:" in result.err
    assert vault_dump(vault) == before


def test_relocation_add_show_list_edit_delete(vault: Path) -> None:
    defender = _defender(vault)
    partner = new_id(vault, "related", "add", "--defender", defender, "--name", "Sami",
                     "--relationship", "partner")
    case = new_id(vault, "case", "add", "--defender", defender, "--programme", "relocation")
    stay = _stay(vault, defender, "2026-03-01", "2026-05-31", "--case", case,
                 "--visa-expires", "2026-05-15", "--companion", partner,
                 "--accommodation", "Flat 3, Oudegracht")
    shown = ok_json(vault, "relocation", "show", stay)
    assert "host_city" not in shown  # where the defender is: sensitive, only with --reveal
    revealed = ok_json(vault, "relocation", "show", stay, "--reveal")
    assert (revealed["host_city"], shown["planned_arrival"], shown["planned_departure"]) == (
        "Utrecht", "2026-03-01", "2026-05-31")
    assert (shown["status"], shown["case"], shown["companion"]) == ("planned", case, partner)
    assert "accommodation" not in shown  # sensitive: only with --reveal
    assert ok_json(vault, "relocation", "show", stay, "--reveal")["accommodation"] == (
        "Flat 3, Oudegracht")
    assert shown["warnings"] == [
        "the visa expires 2026-05-15, before the planned departure 2026-05-31"]
    assert "Warning: the visa expires 2026-05-15" in ok(vault, "relocation", "show", stay).out

    assert [r["id"] for r in ok_json(vault, "relocation", "list", "--defender", defender)] == [
        stay]
    assert ok_json(vault, "relocation", "list", "--status", "in-stay") == []
    assert ok_json(vault, "relocation", "edit", stay, "--status", "in-stay",
                   "--arrived", "2026-03-02")["changed"] is True
    assert [r["id"] for r in ok_json(vault, "relocation", "list", "--status", "in-stay")] == [
        stay]
    ok(vault, "relocation", "delete", stay)
    assert [r["id"] for r in ok_json(vault, "relocation", "list", "--deleted")] == [stay]


def test_relocation_rules_refuse_and_change_nothing(vault: Path) -> None:
    defender = _defender(vault)
    refused(vault, "planned_departure", "relocation", "add", "--defender", defender,
            "--city", "Oslo", "--arrival", "2026-03-01", "--departure", "2026-02-01")
    _stay(vault, defender, "2026-03-01", "2026-05-31")
    refused(vault, "planned_arrival", "relocation", "add", "--defender", defender,
            "--city", "Oslo", "--arrival", "2026-05-01", "--departure", "2026-06-30")
    refused(vault, "status", "relocation", "add", "--defender", defender, "--city", "Oslo",
            "--arrival", "2026-07-01", "--departure", "2026-08-01", "--status", "stayed")
    result = run(vault, "relocation", "add", "--defender", defender, "--arrival", "2026-07-01",
                 "--departure", "2026-08-01")
    assert result.code == ExitCode.USAGE and "--city" in result.err


def test_checkins_add_done_missed_list(vault: Path) -> None:
    defender = _defender(vault)
    stay = _stay(vault, defender, day(-10), day(80))
    refused(vault, "due", "checkin", "add", "--relocation", stay, "--due", day(-20))
    first = new_id(vault, "checkin", "add", "--relocation", stay, "--due", day(-3))
    second = new_id(vault, "checkin", "add", "--relocation", stay, "--due", day(4))
    ok(vault, "checkin", "missed", first)
    listed = ok_json(vault, "checkin", "list", "--relocation", stay, "--open")
    assert [(c["id"], c["status"]) for c in listed] == [(first, "missed"), (second, "scheduled")]
    refused(vault, "how", "checkin", "done", first, "--how", "pigeon")
    assert ok_json(vault, "checkin", "done", first, "--note", "Reached on Signal",
                   "--concern", "--how", "call")["changed"] is True
    done = ok_json(vault, "checkin", "show", first)
    assert (done["status"], done["done_at"], done["concern"], done["note"], done["how"]) == (
        "done", day(0), "raised", "Reached on Signal", "call")
    refused(vault, "status", "checkin", "missed", first)
    assert [c["id"] for c in ok_json(vault, "checkin", "list", "--open")] == [second]


def test_tasks_add_done_list_open_and_overdue(vault: Path) -> None:
    defender = _defender(vault)
    late = new_id(vault, "task", "add", "--title", "Send invitation letter", "--due", day(-1),
                  "--defender", defender, "--for", "Lena")
    today = new_id(vault, "task", "add", "--title", "Call the embassy", "--due",
                   f"{day(0)}T15:00")
    closed = new_id(vault, "task", "add", "--title", "Old", "--due", day(-5))
    ok(vault, "task", "done", closed)
    assert ok_json(vault, "task", "show", late)["assignee"] == "Lena"
    assert [t["id"] for t in ok_json(vault, "task", "list", "--overdue")] == [late]
    assert [t["id"] for t in ok_json(vault, "task", "list", "--open")] == [late, today]
    assert [t["id"] for t in ok_json(vault, "task", "list")] == [closed, late, today]
    ok(vault, "task", "edit", late, "--status", "cancelled")
    assert ok_json(vault, "task", "list", "--overdue") == []
    refused(vault, "status", "task", "edit", today, "--status", "postponed")
    ok(vault, "task", "delete", today)
    assert [t["id"] for t in ok_json(vault, "task", "list", "--deleted")] == [today]


def test_defender_show_json_includes_relocations_and_tasks(vault: Path) -> None:
    defender = _defender(vault)
    other = _defender(vault, "Someone else")
    stay = _stay(vault, defender, "2026-03-01", "2026-05-31")
    _stay(vault, other, "2026-03-01", "2026-05-31")
    about_stay = new_id(vault, "task", "add", "--title", "Book flight", "--due", "2026-02-20",
                        "--relocation", stay)
    about_defender = new_id(vault, "task", "add", "--title", "Risk review", "--due",
                            "2026-04-01", "--defender", defender)
    shown = ok_json(vault, "defender", "show", defender)
    assert [r["id"] for r in shown["relocations"]] == [stay]
    assert [t["id"] for t in shown["tasks"]] == [about_stay, about_defender]
    text = ok(vault, "defender", "show", defender).out
    assert f"{stay}  Stay from 2026-03-01" in text and f"{about_stay}  Book flight" in text
    assert "Utrecht" not in text  # the host city is sensitive


def test_dashboard_json_has_the_contract_keys_and_buckets(vault: Path) -> None:
    defender = _defender(vault)
    stay = _stay(vault, defender, day(-20), day(2), "--status", "in-stay")
    checkin = new_id(vault, "checkin", "add", "--relocation", stay, "--due", day(0))
    task = new_id(vault, "task", "add", "--title", "Return flight", "--due", day(-1),
                  "--relocation", stay)
    for ago in (1, 3):
        new_id(vault, "incident", "add", "--defender", defender, "--category", "digital",
               "--occurred", day(-ago), "--description", "phishing", "--severity", "4")
    board = ok_json(vault, "dashboard")
    assert {"overdue", "today", "week", "escalating", "open_incidents_by_category",
            "in_stay"} <= set(board)
    assert board["overdue"] == [{"id": task, "kind": "task", "due": day(-1),
                                 "title": "Return flight", "about": stay}]
    assert board["today"] == [{"id": checkin, "kind": "checkin", "due": day(0),
                               "title": "Check-in with Amina Yusuf", "about": stay}]
    assert [(i["id"], i["kind"], i["about"]) for i in board["week"]] == [
        (stay, "departure", defender)]
    assert [(e["defender"], e["recent"], e["before"]) for e in board["escalating"]] == [
        (defender, 2, 0)]
    assert board["open_incidents_by_category"] == {"digital": 2}
    assert [(s["id"], s["days_left"]) for s in board["in_stay"]] == [(stay, 2)]
    assert "host_city" not in board["in_stay"][0]  # sensitive: only with --reveal
    revealed = ok_json(vault, "dashboard", "--reveal")
    assert revealed["in_stay"][0]["host_city"] == "Utrecht"
    text = ok(vault, "dashboard").out
    assert "Overdue (1)" in text and "Return flight" in text and "In stay (1)" in text
    assert "Utrecht" not in text


def test_show_and_list_json_keys_are_the_field_names(vault: Path) -> None:
    from hrd_desk.model.fields import FieldKind, field_infos
    from hrd_desk.model.records import KINDS

    defender = _defender(vault)
    stay = _stay(vault, defender, "2026-03-01", "2026-05-31")
    ids = {"relocation": stay,
           "checkin": new_id(vault, "checkin", "add", "--relocation", stay, "--due", "2026-04"),
           "task": new_id(vault, "task", "add", "--title", "Book", "--relocation", stay)}
    book = {"id", "kind", "created", "updated", "deleted", "conflict", "sensitive_marks"}
    for kind, record_id in ids.items():
        infos = field_infos(KINDS[kind].cls)
        dates = {f"{n}_precision" for n, i in infos.items() if i.kind == FieldKind.DATE}
        extra = {"warnings"} if kind == "relocation" else set()
        shown = ok_json(vault, kind, "show", record_id, "--reveal")
        assert set(shown) == set(infos) | dates | book | {"received"} | extra
        listed = ok_json(vault, kind, "list", "--reveal")
        assert [set(r) for r in listed] == [set(shown) - {"received"} - extra]
