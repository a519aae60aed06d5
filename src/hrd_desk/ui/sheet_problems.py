"""What the spreadsheet import found, in the caseworker's language (issue 18).

services/sheet_import gives each problem as facts beside the CLI's English (`RowError.code`,
`values`, `field_name`; a date's or a field's code is model.dates' or errors.InvalidValue's,
worded by error_words); a problem without a code keeps its English words. Cells and headings
from the file are put in as they are, in first-strong isolates in a right-to-left window.
"""

from __future__ import annotations

from ..model.dates import DAY_FIRST
from ..services.sheet_import import RowError
from .error_words import coded_reason
from .i18n import (
    country_text,
    filled,
    isolated_data,
    kind_label,
    named_field_label,
    plural,
    translate,
    vocab_text,
)


def _term(vocab: str, slug: str) -> str:
    if vocab == "countries":
        return country_text(slug)
    try:
        return vocab_text(vocab, slug) or slug
    except KeyError:
        return slug


def _closest(words: list[str]) -> str:
    if not words:
        return ""
    return " " + filled(translate("SheetImport", "(closest: %1)"),
                        translate("SheetImport", "; ").join(words))


def _reason(error: RowError, kind: str) -> str | None:
    code, v = error.code, error.values

    def at(index: int) -> str:
        return v[index] if index < len(v) else ""

    if code == "no-defender":
        return translate("SheetImport", "no defender has this codename or name")
    if code == "defenders-alike":
        return plural("SheetImport", "%n defender(s) have this codename or name: give the "
                      "codename", int(at(0) or 0))
    if code == "link-by-id":
        return filled(translate("SheetImport", "give the id of the record (%1)"),
                      kind_label(at(0)))
    if code == "link-none":
        return filled(translate("SheetImport", "no record (%1) of this row's defender has "
                                               "this %2"), kind_label(at(0)),
                      named_field_label(at(0), at(1)).lower())
    if code == "link-alike":
        return filled(plural("SheetImport", "%n records (%1) of this row's defender have this "
                             "%2: give the id", int(at(0) or 0)),
                      kind_label(at(1)), named_field_label(at(1), at(2)).lower())
    if code == "unknown-heading":
        return filled(translate("SheetImport", "this heading matches no field of this import "
                                               "(%1): choose its field in the list above it, "
                                               "or “Ignore this column”"),
                      kind_label(at(0))) + _closest([named_field_label(at(0), n) for n in v[1:]])
    if code == "second-column":
        return filled(translate("SheetImport", "a second column for %1 (column %2 is the "
                                               "first)"),
                      named_field_label(kind, error.field_name), at(0))
    if code == "no-column":
        return filled(translate("SheetImport", "no column for %1, which every record of this "
                                               "import (%2) needs"),
                      named_field_label(kind, error.field_name), kind_label(at(0)))
    if code == "reads-only":
        return (translate("SheetImport", "this date reads only day first")
                if at(0) == DAY_FIRST else
                translate("SheetImport", "this date reads only month first"))
    if code == "mixed-orders":
        return translate("SheetImport", "the file mixes dates written day first and month "
                                        "first: correct it")
    if code == "no-heading":
        return translate("SheetImport", "a value in a column without a heading")
    if code == "merged-heading":
        return translate("SheetImport", "a value in a column without a heading (a merged "
                                        "heading?): give the column a heading")
    if code == "unknown-term":
        return (translate("SheetImport", "not one of the choices of this field")
                + _closest([_term(at(0), slug) for slug in v[1:]]))
    if code == "not-importable":
        return translate("SheetImport", "this field cannot be imported")
    if code == "order-needed":
        return translate("SheetImport", "dates such as 03/04/2024 read both as day/month and "
                                        "month/day: go Back and say which comes first")
    if code == "no-rows":
        return translate("SheetImport", "no rows below the headings: nothing to import")
    if code == "sheet-serial":
        return filled(translate("SheetImport", "%1 is not a date: as an Excel serial number it "
                                               "falls outside 1900-2199"), isolated_data(at(0)))
    if code == "sheet-short-year":
        return translate("SheetImport", "write the year in full (four digits); a two-digit "
                                        "year is not guessed")
    if code == "sheet-day-or-month":
        return translate("SheetImport", "this date reads as day/month or month/day: go Back "
                                        "and say which comes first")
    if code == "sheet-not-a-date":
        return translate("SheetImport", "not a date this import reads (2024-03-15, 15/03/2024, "
                                        "15 March 2024, March 2024, 2024, a range A..B)")
    worded = coded_reason(code, v)
    if worded is not None and error.field_name:
        return filled(translate("SheetImport", "%1: %2"),
                      named_field_label(kind, error.field_name), worded)
    return worded


def row_error_text(error: RowError, kind: str) -> str:
    """One problem as a line: where (row, column), why, and the cell as the file holds it."""
    reason = _reason(error, kind)
    if reason is None:
        reason = error.message
    if error.column:
        line = filled(translate("SheetImport", "row %1, column %2: %3"), str(error.row),
                      isolated_data(error.column), reason)
    else:
        line = filled(translate("SheetImport", "row %1: %2"), str(error.row), reason)
    if error.value:
        line = filled(translate("SheetImport", "%1 [%2]"), line, isolated_data(error.value))
    return line


def duplicate_text(kind: str) -> str:
    """Why a row looks like a record the vault holds (services/sheet_import._Duplicates)."""
    if kind == "defender":
        return translate("SheetImport", "same name or codename and country as an existing "
                                        "defender")
    return translate("SheetImport", "same defender, date and category as an existing incident")
