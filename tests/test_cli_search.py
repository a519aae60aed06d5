"""`hrd-desk search`: filters reach the search service as documented, results print ranked with
record type and id, and sensitive values never appear in what is printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import init_vault, new_id, ok, ok_json

SECRET = "Zulaikha"  # a related person's name: sensitive


@pytest.fixture
def vault(vault_dir: Path) -> Path:
    return init_vault(vault_dir)


@pytest.fixture
def seeded(vault: Path) -> dict[str, str]:
    amina = new_id(vault, "defender", "add", "--name", "Amina", "--codename", "Falcon",
                   "--country", "KE", "--legal-name", "Amina Legalname")
    sister = new_id(vault, "related", "add", "--defender", amina, "--name", SECRET,
                    "--relationship", "sibling", "--notes", "lives near the border")
    spyware = new_id(vault, "incident", "add", "--defender", amina, "--category", "digital",
                     "--occurred", "2024-03", "--description", "spyware found on her phone")
    raid = new_id(vault, "incident", "add", "--defender", amina, "--category", "physical",
                  "--occurred", "2023-07-02", "--status", "closed",
                  "--description", "raid on the office, phone seized")
    case = new_id(vault, "case", "add", "--defender", amina, "--programme", "emergency",
                  "--notes", "phone replaced")
    return {"amina": amina, "sister": sister, "spyware": spyware, "raid": raid, "case": case}


def _hit_ids(vault: Path, *args: str) -> list[str]:
    return [h["id"] for h in ok_json(vault, "search", *args)]


def test_search_finds_records_and_prints_kind_and_id(vault: Path, seeded: dict[str, str]) -> None:
    hits = ok_json(vault, "search", "phone")
    assert {h["id"] for h in hits} == {seeded["spyware"], seeded["raid"], seeded["case"]}
    for hit in hits:
        assert set(hit) == {"kind", "id", "title", "rank"}
    assert {h["kind"] for h in hits} == {"incident", "case"}
    ranks = [h["rank"] for h in hits]
    assert ranks == sorted(ranks, reverse=True) or ranks == sorted(ranks)  # one direction
    text = ok(vault, "search", "phone").out
    positions = [text.index(h["id"]) for h in hits]
    assert positions == sorted(positions)  # printed in the service's (ranked) order
    assert "incident" in text and "case" in text


def test_search_filters(vault: Path, seeded: dict[str, str]) -> None:
    assert _hit_ids(vault, "phone", "--category", "digital") == [seeded["spyware"]]
    assert _hit_ids(vault, "phone", "--status", "closed") == [seeded["raid"]]
    assert set(_hit_ids(vault, "phone", "--from", "2024-01", "--to", "2024")) >= {
        seeded["spyware"]}
    assert seeded["raid"] not in _hit_ids(vault, "phone", "--from", "2024-01")
    assert seeded["spyware"] not in _hit_ids(vault, "phone", "--to", "2023-12")
    assert len(_hit_ids(vault, "phone", "--limit", "1")) == 1


def test_sensitive_fields_are_searched_only_on_request_and_never_printed(
    vault: Path, seeded: dict[str, str]
) -> None:
    assert _hit_ids(vault, SECRET) == []
    assert _hit_ids(vault, SECRET, "--include-sensitive") == [seeded["sister"]]
    for as_json in (False, True):
        out = ok(vault, "search", SECRET, "--include-sensitive", as_json=as_json).out
        assert seeded["sister"] in out
        assert SECRET not in out
    legal = ok(vault, "search", "Legalname", "--include-sensitive").out
    assert seeded["amina"] in legal and "Legalname" not in legal


@pytest.mark.parametrize("query", ["anti-terror", "O'Brien", "NOT", '"', "phone AND"])
def test_ordinary_words_never_break_a_query(vault: Path, seeded: dict[str, str],
                                            query: str) -> None:
    assert isinstance(ok_json(vault, "search", query), list)
