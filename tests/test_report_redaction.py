"""Reports leave the vault unencrypted (issue 18): for each profile (full, partner, public), a
marker in every field the profile drops or coarsens is absent from what leaves: the CSV lists,
the bundle a recipient of that profile receives (public: none), and the dossier (its text as the
dossier's sections hold it; the PDF's text in tests/ui/test_dossier_pdf.py). Each kept field's
marker is present, so the test can fail.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from exchange_support import Office, offices
from hrd_desk.errors import ConsentRefused
from hrd_desk.model.fields import FieldKind, field_infos
from hrd_desk.model.records import KINDS
from hrd_desk.model.vocab import VOCABULARIES
from hrd_desk.services import colleagues, exchange
from hrd_desk.services.csv_files import csv_bytes, safe_cell
from hrd_desk.services.desk import Desk
from hrd_desk.services.reports import LIST_KINDS, Dossier
from hrd_desk.services.sharing_rule import Form, Profile, Purpose, RecordFacts, decide
from vault_support import table_dump

# consent that allows sharing is recorded with when and how it was given (issue 10)
GIVEN = {"consent_date": "2024-01-10", "consent_how": "written"}
GIVEN_CLI = ("--consent-date", "2024-01-10", "--consent-how", "written")


ORDER = ("defender", "related", "case", "incident", "relocation", "checkin", "task", "advocacy",
         "risk_assessment", "risk_item", "security_measure")
DAY = "2025-01-17"
OVERRIDES: dict[str, dict[str, Any]] = {
    "defender": {"consent": "public", "consent_date": "2025-01-05", "country": "KE"},
    "case": {"opened": "2025-01-03", "closed": None, "status": "active",
             "programme": "relocation"},
    "incident": {"occurred": DAY, "reported": "2025-01-18", "subtype": None,
                 "category": "digital", "also": ["legal"], "reported_to": ["police"],
                 "country": None, "severity": 4},
    "relocation": {"planned_arrival": "2025-01-10", "planned_departure": "2025-03-10",
                   "arrival": "2025-01-11", "departure": "2025-03-09", "status": "returned",
                   "visa_expires": "2025-06-01"},
    "checkin": {"due": "2025-02-01", "status": "done", "done_at": "2025-02-01"},
    "task": {"due": "2025-02-02", "relocation": None},
    "risk_assessment": {"level": "high", "assessed": "2025-01-18"},
    "risk_item": {"item_type": "threat", "likelihood": 4, "impact": 5, "level": None},
    # due before the dossier's day while planned: overdue; reviewed after the incident
    "security_measure": {"status": "planned", "due": "2025-02-03", "review": "2026-03-04",
                         "reviewed": "2025-01-19"},
}
# what a partner's dossier keeps of the plan kinds (they hold no free text a partner gets)
PLAN_KEPT = ("Risk trend", "High", "2025-01-18", "Threat", "Security plan status",
             "Measures planned", "2025-02-03", "2026-03-04", "Measures overdue on 2026-01-02")
MARKED = ("incident", "actions")  # a free-text field a caseworker marked sensitive


def marker(kind: str, name: str) -> str:
    return f"MK{kind}{name}Q".replace("_", "")


def _value(kind: str, name: str, made: dict[str, str]) -> Any:
    info = field_infos(KINDS[kind].cls)[name]
    if name in OVERRIDES.get(kind, {}):
        return OVERRIDES[kind][name]
    if info.kind in (FieldKind.TEXT, FieldKind.LONGTEXT):
        return marker(kind, name)
    if info.kind == FieldKind.TEXT_LIST:
        return [marker(kind, name)]
    if info.kind == FieldKind.ENUM:
        return VOCABULARIES[info.vocab or ""].slugs()[1]
    if info.kind == FieldKind.ENUM_LIST:
        return [VOCABULARIES[info.vocab or ""].slugs()[1]]
    if info.kind == FieldKind.DATE:
        return DAY
    if info.kind == FieldKind.INT:
        return info.minimum or 1
    if info.kind == FieldKind.COUNTRY:
        return "KE"
    if info.kind == FieldKind.REF:
        return made.get(info.ref or "")
    return [made[info.ref or ""]] if info.ref in made else []


def make_records(desk: Desk) -> dict[str, str]:
    made: dict[str, str] = {}
    for kind in ORDER:
        values = {n: _value(kind, n, made) for n in field_infos(KINDS[kind].cls)}
        marks = {MARKED[1]: True} if kind == MARKED[0] else None
        made[kind] = desk.records.add(kind, {k: v for k, v in values.items()
                                             if v not in (None, [])}, marks=marks)
    return made


def dropped(profile: Profile) -> dict[str, list[str]]:
    """For each kind: the markers (or exact dates) that must not leave under `profile`."""
    out: dict[str, list[str]] = {}
    for kind in ORDER:
        marks = frozenset({MARKED[1]}) if kind == MARKED[0] else frozenset()
        decision = decide(RecordFacts(kind, consents=("public",), marked=marks), profile,
                          Purpose.REPORT)
        forms = decision.forms
        found = []
        if not decision.leaves:  # nothing of the kind leaves (a security plan in public)
            forms = dict.fromkeys(field_infos(KINDS[kind].cls), Form.WITHHELD)
        for name, form in forms.items():
            info = field_infos(KINDS[kind].cls)[name]
            if form is Form.FULL:
                continue
            if info.kind in (FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.TEXT_LIST):
                found.append(marker(kind, name))
            elif info.kind == FieldKind.DATE and form is Form.MONTH:
                found.append(str(_value(kind, name, {})))
        out[kind] = found
    return out


def kept(profile: Profile, kind: str) -> list[str]:
    marks = frozenset({MARKED[1]}) if kind == MARKED[0] else frozenset()
    forms = decide(RecordFacts(kind, consents=("public",), marked=marks), profile,
                   Purpose.REPORT).forms
    return [marker(kind, n) for n, f in forms.items() if f is Form.FULL and
            field_infos(KINDS[kind].cls)[n].kind in (FieldKind.TEXT, FieldKind.LONGTEXT)]


def dossier_text(dossier: Dossier) -> str:
    parts = [dossier.title, dossier.footer]
    for section in dossier.sections:
        parts += [section.title, section.note, *section.header]
        parts += [f"{label} {text}" for label, text in section.lines]
        parts += [" ".join(row) for row in section.rows]
    return "\n".join(parts)


def normalised(text: str) -> str:
    """Arabic presentation forms (what a PDF's text layer may hold) folded to plain letters."""
    return unicodedata.normalize("NFKC", text)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path, "A", "OFFICE", "PARTNER") as made:
        a = made["A"]
        colleagues.set_colleague_kind(a.session, a.id_of(made["PARTNER"]), "partner")
        yield made


@pytest.mark.parametrize("profile", list(Profile))
def test_dropped_fields_leave_in_no_report_and_no_bundle(
    world: dict[str, Office], tmp_path: Path, profile: Profile
) -> None:
    a = world["A"]
    desk = Desk.on(a.session)
    made = make_records(desk)
    lists = {}
    for name, kind in LIST_KINDS.items():
        out = tmp_path / f"{profile.value}-{name}.csv"
        export = desk.reports.write_list_csv(name, profile, out)
        assert export.withheld_for_consent == 0 and len(export.rows) == 1
        lists[kind] = out.read_bytes().decode("utf-8-sig")
    dossier = dossier_text(desk.reports.dossier(made["defender"], profile, date(2026, 1, 2)))
    texts = {"lists": "\n".join(lists.values()), "dossier": dossier}
    if profile is not Profile.PUBLIC:  # public: no bundle is ever made (docs/sharing.md)
        target = world["OFFICE" if profile is Profile.FULL else "PARTNER"]
        bundle = tmp_path / "out.hrdb"
        exchange.export_bundle(a.session, bundle, to=[a.id_of(target)],
                               defenders=[made["defender"]])
        exchange.import_bundle(target.session, bundle)
        texts["bundle"] = repr(table_dump(target.session.conn))
    for kind, markers in dropped(profile).items():
        for gone in markers:
            for where, text in texts.items():
                assert gone not in normalised(text), (profile, kind, gone, where)
    for kind in LIST_KINDS.values():
        for present in kept(profile, kind):
            assert present in lists[kind], (profile, kind, present)
    if profile is not Profile.FULL:
        assert "MKdefendernameQ" not in texts["lists"] and "MKdefendercodenameQ" in dossier
        assert "MKdefenderregionQ" not in lists["defender"] and "Kenya" in lists["defender"]
    if profile is Profile.PUBLIC:
        assert "2025-01" in lists["incident"] and DAY not in lists["incident"]
    assert "Profile: " + profile.value in dossier and "A office" in dossier
    assert "Advocacy" in dossier and "MKadvocacysubjectQ" in dossier, "issue 16's section"
    assert ("MKadvocacyoutcomeQ" in dossier) is (profile is Profile.FULL)
    check_plan_sections(profile, dossier)


def check_plan_sections(profile: Profile, text: str) -> None:
    """Issue 16's risk trend and security plan status in a dossier: whole in full; levels,
    types, ratings, statuses and dates for a partner; nothing of them in public."""
    for kind in ("risk_assessment", "risk_item", "security_measure"):
        for present in kept(profile, kind):
            assert present in text, (profile, kind, present)
    if profile is Profile.PUBLIC:
        for gone in ("Risk trend", "Security plan status", "Risks in the latest", "overdue",
                     "2026-03-04", "Resulting level", "Next review"):
            assert gone not in text, (profile, gone)
    else:
        for present in PLAN_KEPT:
            assert present in text, (profile, present)
        # planned, due 2025-02-03: overdue on the dossier's day (counted, and flagged on the row)
        assert re.search(r"Measures overdue on 2026-01-02:? 1\b", text), profile
    if profile is Profile.FULL:
        for present in ("MKriskassessmentassessorQ", "MKriskassessmentsummaryQ",
                        "MKriskitemtextQ", "MKsecuritymeasuretitleQ",
                        "MKsecuritymeasureownerQ", "MKsecuritymeasuredetailsQ"):
            assert present in text, present


def test_consent_decides_what_a_list_and_a_dossier_hold(world: dict[str, Office],
                                                       tmp_path: Path) -> None:
    desk = Desk.on(world["A"].session)
    partners = desk.records.add("defender", {"name": "Bashir", "consent": "partners", **GIVEN})
    nothing = desk.records.add("defender", {"name": "Chen"})
    desk.records.add("incident", {"defenders": [partners, nothing], "category": "legal",
                                  "occurred": "2024-05", "description": "both"})
    full = desk.reports.list_export("defenders", Profile.FULL)
    assert [r[0] for r in full.rows] == [partners] and full.withheld_for_consent == 1
    public = desk.reports.list_export("defenders", Profile.PUBLIC)
    assert public.rows == [] and public.withheld_for_consent == 2
    desk.records.add("task", {"title": "Call the lawyer about Chen"})  # concerns no defender
    assert desk.reports.list_export("tasks", Profile.PUBLIC).rows == [], "never published"
    assert len(desk.reports.list_export("tasks", Profile.PARTNER).rows) == 1
    incidents = desk.reports.list_export("incidents", Profile.PARTNER)
    assert incidents.rows == [], "an incident leaves only if every defender's consent allows"
    with pytest.raises(ConsentRefused):
        desk.reports.dossier(nothing, Profile.FULL)
    with pytest.raises(ConsentRefused):
        desk.reports.dossier(partners, Profile.PUBLIC)
    partner_dossier = desk.reports.dossier(partners, Profile.PARTNER)
    timeline = next(s for s in partner_dossier.sections if s.title == "Incident timeline")
    assert timeline.rows == [] and "1 incident(s) left out" in timeline.note


def test_a_list_narrowed_as_a_page_shows_it(world: dict[str, Office]) -> None:
    """The GUI's export of a filtered page: `flt` (a CaseworkSource's filter) and `only` (the
    Defenders overview's ids) keep the page's records; consent still decides each of them and
    counts those it refuses; without either, every record (the CLI)."""
    from hrd_desk.services.casework import RecordFilter
    from hrd_desk.services.overview import OverviewFilter

    desk = Desk.on(world["A"].session)
    heron = desk.records.add("defender", {"name": "Blue Heron", "consent": "partners", **GIVEN})
    fox = desk.records.add("defender", {"name": "River Fox", "consent": "partners", **GIVEN})
    quiet = desk.records.add("defender", {"name": "Heron Quiet"})  # no consent
    legal = desk.records.add("incident", {"defenders": [heron], "category": "legal",
                                          "occurred": "2024-05", "description": "court"})
    desk.records.add("incident", {"defenders": [fox], "category": "digital",
                                  "occurred": "2024-06", "description": "phone"})
    desk.records.add("incident", {"defenders": [quiet], "category": "legal",
                                  "occurred": "2024-07", "description": "quiet"})
    shown = desk.reports.list_export("incidents", Profile.FULL,
                                     flt=RecordFilter(category="legal"))
    assert [r[0] for r in shown.rows] == [legal] and shown.withheld_for_consent == 1
    everything = desk.reports.list_export("incidents", Profile.FULL)
    assert len(everything.rows) == 2 and everything.withheld_for_consent == 1
    herons = desk.overview.defenders().ids(OverviewFilter(text="heron"))
    assert sorted(herons) == sorted([heron, quiet])
    named = desk.reports.list_export("defenders", Profile.FULL, only=herons)
    assert [r[0] for r in named.rows] == [heron] and named.withheld_for_consent == 1
    assert desk.reports.list_export("defenders", Profile.FULL, only=[]).rows == []
    every = desk.reports.list_export("defenders", Profile.FULL)
    assert sorted(r[0] for r in every.rows) == sorted([heron, fox])


def test_csv_cells_never_run_as_formulas() -> None:
    for danger in ("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x", "\uff1dcmd"):
        assert safe_cell(danger).startswith("'"), danger
    assert safe_cell("Amina") == "Amina" and safe_cell(None) == "" and safe_cell(3) == "3"
    data = csv_bytes(["a"], [['=HYPERLINK("http://x")'], ["ok"]]).decode("utf-8-sig")
    assert data.splitlines()[1] == '"\'=HYPERLINK(""http://x"")"'


def test_list_export_refuses_a_bad_place_and_writes_nothing(world: dict[str, Office],
                                                           tmp_path: Path) -> None:
    from hrd_desk.errors import InvalidValue

    desk = Desk.on(world["A"].session)
    for bad in (tmp_path / "missing" / "x.csv", tmp_path / "x.txt", tmp_path):
        with pytest.raises(InvalidValue):
            desk.reports.write_list_csv("defenders", Profile.FULL, bad)
    with pytest.raises(InvalidValue):
        desk.reports.list_export("colleagues", Profile.FULL)
    assert list(tmp_path.glob("*.csv")) == []


def test_a_list_tells_its_progress_and_stops_when_asked(world: dict[str, Office],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The GUI's progress dialog: the list says after each batch how many records of how many
    it decided, and a progress that answers False stops it with Cancelled (no list made)."""
    from hrd_desk.errors import Cancelled
    from hrd_desk.services import reports

    monkeypatch.setattr(reports, "DECIDE_PER_READ", 2)
    desk = Desk.on(world["A"].session)
    for n in range(5):
        desk.records.add("defender", {"name": f"Person {n}", "consent": "partners", **GIVEN})
    told: list[tuple[int, int]] = []

    def tell(done: int, total: int) -> bool:
        told.append((done, total))
        return True

    made = desk.reports.list_export("defenders", Profile.FULL, progress=tell)
    assert len(made.rows) == 5 and told == [(0, 5), (2, 5), (4, 5), (5, 5)]
    told.clear()

    def stop_after_first(done: int, total: int) -> bool:
        told.append((done, total))
        return done == 0

    with pytest.raises(Cancelled):
        desk.reports.list_export("defenders", Profile.FULL, progress=stop_after_first)
    assert told == [(0, 5), (2, 5)]
