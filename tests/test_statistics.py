"""Incident statistics (issue 18): the counting rules at month, quarter and year boundaries, the
chosen window's edges, one count per incident, consent filtering, and `report stats` as the CLI
contract says (JSON rows + imprecise, --csv)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from cli_support import init_vault, new_id, ok, run
from hrd_desk.errors import InvalidValue
from hrd_desk.model.dates import parse_date
from hrd_desk.services.desk import Desk
from hrd_desk.services.session import Session
from hrd_desk.services.statistics import IncidentFacts, StatsQuery, count_incidents

# consent that allows sharing is recorded with when and how it was given (issue 10)
GIVEN = {"consent_date": "2024-01-10", "consent_how": "written"}
GIVEN_CLI = ("--consent-date", "2024-01-10", "--consent-how", "written")



def _incident(record_id: str, when: str, **values: str | None) -> IncidentFacts:
    parsed = parse_date(when)
    return IncidentFacts(record_id, parsed.first, parsed.last, dict(values), consented=True)


def _counts(incidents: list[IncidentFacts], *by: str, **query: object) -> tuple[dict, int]:
    stats = count_incidents(incidents, StatsQuery(by=by, **query))  # type: ignore[arg-type]
    return {tuple(r[k] for k in by): r["count"] for r in stats.rows}, stats.imprecise


def test_month_boundary_counts_each_incident_once() -> None:
    incidents = [_incident("a", "2024-01-31"), _incident("b", "2024-02-01"),
                 _incident("c", "2024-01-31..2024-02-01"),  # across the month's end
                 _incident("d", "2024")]  # known only to the year
    rows, imprecise = _counts(incidents, "month")
    assert rows == {("2024-01",): 1, ("2024-02",): 1}
    assert imprecise == 2, "a year-only date or a range across months counts in no month"


def test_quarter_boundary() -> None:
    incidents = [_incident("a", "2024-03-31"), _incident("b", "2024-04-01"),
                 _incident("c", "2024-03"), _incident("d", "2024-03..2024-04"),
                 _incident("e", "2024-01-15..2024-03-20")]  # a range inside one quarter
    rows, imprecise = _counts(incidents, "quarter")
    assert rows == {("2024-Q1",): 3, ("2024-Q2",): 1}
    assert imprecise == 1


def test_year_boundary_and_year_only_dates_count_by_year() -> None:
    incidents = [_incident("a", "2023-12-31"), _incident("b", "2024-01-01"),
                 _incident("c", "2024"), _incident("d", "2023-12..2024-01")]
    rows, imprecise = _counts(incidents, "year")
    assert rows == {("2023",): 1, ("2024",): 2}
    assert imprecise == 1
    rows, imprecise = _counts(incidents, "year", "month")
    assert rows == {("2023", "2023-12"): 1, ("2024", "2024-01"): 1}
    assert imprecise == 2, "the finest period decides"


def test_window_edges_are_imprecise_not_everywhere() -> None:
    incidents = [_incident("inside", "2024-03-10"), _incident("year", "2024"),
                 _incident("before", "2023-12-31"), _incident("edge", "2023-12-20..2024-01-05")]
    stats = count_incidents(incidents, StatsQuery(date(2024, 1, 1), date(2024, 3, 31),
                                                  ("category",)))
    assert stats.total == 1
    assert stats.imprecise == 2, "a year-only date and a range across the window's start"


def test_an_incident_counts_once_whatever_sent_it() -> None:
    same = _incident("x", "2024-05-02", category="legal")
    rows, _ = _counts([same, same, _incident("y", "2024-05-03", category="legal")], "category")
    assert rows == {("legal",): 2}


def test_consent_filtering_only_for_reports_that_leave() -> None:
    consented = _incident("a", "2024-05-02", category="legal")
    refused = IncidentFacts("b", date(2024, 5, 3), date(2024, 5, 3), {"category": "legal"},
                            consented=False)
    leaving = count_incidents([consented, refused], StatsQuery(by=("category",)))
    assert leaving.rows == [{"category": "legal", "count": 1}]
    assert leaving.withheld_for_consent == 1
    inside = count_incidents([consented, refused], StatsQuery(by=("category",), leaving=False))
    assert inside.rows == [{"category": "legal", "count": 2}]


def test_bad_queries_are_refused() -> None:
    with pytest.raises(InvalidValue):
        StatsQuery(by=("colour",))
    with pytest.raises(InvalidValue):
        StatsQuery(date(2024, 2, 1), date(2024, 1, 1))
    with pytest.raises(InvalidValue):
        StatsQuery(programme="holidays")


def test_vault_statistics_follow_each_defenders_consent(session: Session) -> None:
    desk = Desk.on(session)
    public = desk.records.add("defender", {"name": "Amina", "consent": "public", **GIVEN,
                                           "country": "KE", "field_of_work": "journalism"})
    partners = desk.records.add("defender", {"name": "Bashir", "consent": "partners", **GIVEN,
                                             "country": "KE"})
    case = desk.records.add("case", {"defender": public, "programme": "relocation"})
    desk.records.add("incident", {"defenders": [public], "category": "legal",
                                  "occurred": "2024-02-10", "description": "x", "case": case,
                                  "severity": 3})
    desk.records.add("incident", {"defenders": [partners], "category": "legal",
                                  "occurred": "2024-02-11", "description": "y"})
    both = desk.records.add("incident", {"defenders": [public, partners], "category": "digital",
                                         "occurred": "2024-02-12", "description": "z"})
    stats = desk.reports.statistics(StatsQuery(by=("country", "month", "programme",
                                                   "field_of_work", "severity")))
    assert stats.rows == [{"country": "KE", "month": "2024-02", "programme": "relocation",
                           "field_of_work": "journalism", "severity": "3", "count": 1}]
    assert stats.withheld_for_consent == 2, "one defender without consent keeps it out"
    inside = desk.reports.statistics(StatsQuery(by=("category",), leaving=False))
    assert {r["category"]: r["count"] for r in inside.rows} == {"legal": 2, "digital": 1}
    desk.records.edit("defender", partners, {"consent": "public", **GIVEN})
    after = desk.reports.statistics(StatsQuery(by=("category",)))
    assert {r["category"]: r["count"] for r in after.rows} == {"legal": 2, "digital": 1}
    desk.records.delete("incident", both)
    assert desk.reports.statistics(StatsQuery()).total == 2, "a deleted incident is not counted"


def test_cli_report_stats_contract(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "v")
    amina = new_id(vault, "defender", "add", "--name", "Amina", "--consent", "public", *GIVEN_CLI)
    hidden = new_id(vault, "defender", "add", "--name", "Bashir")
    for when in ("2024-03-31", "2024-04-01", "2024"):
        new_id(vault, "incident", "add", "--defender", amina, "--category", "legal",
               "--occurred", when, "--description", "=HYPERLINK(\"x\")")
    new_id(vault, "incident", "add", "--defender", hidden, "--category", "legal",
           "--occurred", "2024-04-02", "--description", "d")
    out = tmp_path / "stats.csv"
    done = run(vault, "report", "stats", "--from", "2024", "--to", "2024",
               "--by", "quarter", "category", "--csv", str(out), as_json=True)
    assert done.code == 0 and "not encrypted" in done.err, "a file that leaves warns"
    data = done.json()
    assert data["rows"] == [{"quarter": "2024-Q1", "category": "legal", "count": 1},
                            {"quarter": "2024-Q2", "category": "legal", "count": 1}]
    assert data["imprecise"] == 1 and data["withheld_for_consent"] == 1
    text = out.read_text(encoding="utf-8-sig")
    table = list(csv.reader(text.splitlines()))
    assert table[0] == ["Quarter", "Category", "Count"]
    assert table[1] == ["2024-Q1", "Obstruction through laws and courts", "1"]
    assert table[-1][0].startswith("Imprecise") and table[-1][-1] == "1"
    human = ok(vault, "report", "stats", "--by", "year").out
    assert "2024  3" in human and "Not counted (consent does not allow statistics): 1" in human
    refused = run(vault, "report", "stats", "--internal", "--csv", str(tmp_path / "all.csv"))
    assert refused.code == 2 and not (tmp_path / "all.csv").exists()
    bad = run(vault, "report", "stats", "--from", "2024-13")
    assert bad.code == 5 and "month 13" in bad.err


def test_cli_report_list_writes_the_profile_and_names_the_file(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "v")
    new_id(vault, "defender", "add", "--name", "Amina Real", "--codename", "Falcon",
           "--legal-name", "Amina Legal", "--consent", "partners", *GIVEN_CLI)
    new_id(vault, "defender", "add", "--name", "Bashir")  # consent not recorded
    out = tmp_path / "defenders.csv"
    done = run(vault, "report", "list", "defenders", "--profile", "partner", "--out", str(out),
               as_json=True)
    assert done.code == 0 and "not encrypted" in done.err
    assert done.json()["rows"] == 1 and done.json()["withheld_for_consent"] == 1
    text = out.read_text(encoding="utf-8-sig")
    assert "Falcon" in text and "Amina" not in text and "Bashir" not in text
    bad = run(vault, "report", "list", "defenders", "--profile", "secret", "--out", str(out))
    assert bad.code == 2


def test_an_incident_received_from_two_offices_counts_once(tmp_path: Path) -> None:
    from exchange_support import add_family, export, offices
    from hrd_desk.services import exchange

    with offices(tmp_path, "A", "B", "C") as made:
        a, b, c = made["A"], made["B"], made["C"]
        family = add_family(a, consent="public")
        export(a, tmp_path / "a.hrdb", [b, c], defenders=[family.defender])
        exchange.import_bundle(b.session, tmp_path / "a.hrdb")
        exchange.import_bundle(c.session, tmp_path / "a.hrdb")
        export(b, tmp_path / "b.hrdb", [c], defenders=[family.defender])  # B passes it on
        passed_on = exchange.import_bundle(c.session, tmp_path / "b.hrdb")
        assert passed_on.counts.get("incident", 0) >= 1, "C got the incident again, from B"
        stats = Desk.on(c.session).reports.statistics(StatsQuery(by=("category",)))
        assert stats.rows == [{"category": "digital", "count": 1}]
        assert stats.withheld_for_consent == 0
