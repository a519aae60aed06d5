"""Reading a spreadsheet a caseworker brings in (issue 20): CSV in any common delimiter and
encoding, or an XLSX workbook, as rows of cells streamed from disk.

Nothing here writes the file or evaluates anything in it: a formula cell of a workbook is read as
its formula text (`=HYPERLINK(...)` stays text), a CSV cell is only ever text. Memory stays flat
whatever the file's size: rows are yielded one by one and read again from the file each time
`rows()` is called (the import reads a file twice: once for the date order, once to import).

Encodings: UTF-8 with or without a byte-order mark, UTF-16 (with a mark, or without one when the
zero bytes show it), and Windows-1252, the encoding Excel on Windows writes "CSV" in. Windows-1252
is never assumed: a file that is not UTF-8 but reads as Windows-1252 is refused until the user
confirms that encoding (`encoding="windows-1252"`), having seen the preview.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any

from ..errors import RejectedInput

Cell = str | int | float | datetime | date | time | bool | None

WINDOWS_1252 = "windows-1252"
ENCODINGS = ("utf-8", "utf-16", WINDOWS_1252)
MAX_CELL_CHARS = 2 * 1024 * 1024  # a field holds 1 MiB; a bigger cell is an error, not a crash
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_CHARS = 64 * 1024
_CHUNK = 1024 * 1024
# bytes Windows-1252 leaves undefined: a file holding them is not Windows-1252 either
_UNDEFINED_1252 = frozenset(b"\x81\x8d\x8f\x90\x9d")


class EncodingNotConfirmed(RejectedInput):
    """The file is not UTF-8 but reads as Windows-1252: the user must look and confirm."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path.name} is not UTF-8 text; it reads as Windows-1252 (what Excel on Windows "
            "saves as CSV). Look at the preview (--dry-run) and confirm with --encoding "
            "windows-1252, or save the file as 'CSV UTF-8'")
        self.suggested = WINDOWS_1252


class UnreadableSheet(RejectedInput):
    """Not a file this import reads (a damaged workbook, an unknown encoding, a missing sheet)."""


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """A -> 0, Z -> 25, AA -> 26."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index - 1


@dataclass(frozen=True)
class SheetFile:
    """A file opened for import: what it is and how its rows are read."""

    path: Path
    format: str  # "csv" or "xlsx"
    encoding: str | None = None  # csv: the encoding read with
    delimiter: str | None = None  # csv
    sheet: str | None = None  # xlsx: the worksheet read
    sheets: tuple[str, ...] = ()  # xlsx: every worksheet's name

    def rows(self) -> Iterator[tuple[Cell, ...]]:
        """Every row from the top of the file, read afresh (row 1 first)."""
        if self.format == "xlsx":
            return _xlsx_rows(self.path, self.sheet)
        return _csv_rows(self.path, self.encoding or "utf-8", self.delimiter or ",")


def open_sheet(path: Path, *, sheet: str | None = None, encoding: str | None = None
               ) -> SheetFile:
    """Look at a file and say how it is read; raises a typed error when it cannot be."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except IsADirectoryError:
        raise UnreadableSheet(f"{path} is a folder, not a spreadsheet") from None
    except FileNotFoundError:
        raise UnreadableSheet(f"{path} does not exist") from None
    if head.startswith(b"PK\x03\x04"):
        if encoding is not None:
            raise UnreadableSheet("--encoding applies to CSV files; a workbook says its own")
        return _open_xlsx(path, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableSheet(f"{path.name} is an old Excel workbook (.xls): save it as .xlsx "
                              "or as CSV UTF-8 first")
    if sheet is not None:
        raise UnreadableSheet("--sheet names a worksheet of a workbook; this file is CSV")
    found = _detect_encoding(path)
    if encoding is None:
        if found == WINDOWS_1252:
            raise EncodingNotConfirmed(path)
        encoding = found
    else:
        encoding = _encoding_name(encoding)
        if encoding != found:  # a UTF-8 file read as Windows-1252 would be garbled
            raise UnreadableSheet(f"{path.name} is not {encoding} text: it is {found}; import "
                                  "it without --encoding")
    return SheetFile(path, "csv", encoding=encoding, delimiter=_sniff_delimiter(path, encoding))


def _encoding_name(text: str) -> str:
    try:
        name = codecs.lookup(text).name
    except LookupError:
        raise UnreadableSheet(f"unknown encoding {text!r}: use one of "
                              f"{', '.join(ENCODINGS)}") from None
    aliases = {"utf-8": "utf-8", "utf-8-sig": "utf-8", "utf-16": "utf-16",
               "utf-16-le": "utf-16", "utf-16-be": "utf-16", "cp1252": WINDOWS_1252}
    if name not in aliases:
        raise UnreadableSheet(f"unsupported encoding {text!r}: use one of {', '.join(ENCODINGS)}")
    return aliases[name]


def _detect_encoding(path: Path) -> str:
    """utf-8 (BOM or not), utf-16 (BOM, or zero bytes in every other place), or windows-1252."""
    with path.open("rb") as handle:
        head = handle.read(4096)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        if head and len(head) >= 4 and (head[1::2].count(0) > len(head) // 4
                                        or head[0::2].count(0) > len(head) // 4):
            return "utf-16"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        undefined = False
        try:
            while chunk := handle.read(_CHUNK):
                if not undefined:
                    undefined = bool(_UNDEFINED_1252.intersection(chunk))
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
        while chunk := handle.read(_CHUNK):  # the rest, for bytes 1252 leaves undefined
            undefined = undefined or bool(_UNDEFINED_1252.intersection(chunk))
    if undefined:
        raise UnreadableSheet(f"{path.name} is neither UTF-8, UTF-16 nor Windows-1252 text: "
                              "save it as 'CSV UTF-8'")
    return WINDOWS_1252


def _text_stream(path: Path, encoding: str) -> IO[str]:
    python_name = {"utf-8": "utf-8-sig", "utf-16": "utf-16", WINDOWS_1252: "cp1252"}[encoding]
    if encoding == "utf-16":
        with path.open("rb") as handle:
            head = handle.read(2)
        if head not in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            with path.open("rb") as handle:  # no mark: the zero bytes say which end
                sample = handle.read(4096)
            python_name = "utf-16-le" if sample[1::2].count(0) >= sample[0::2].count(0) \
                else "utf-16-be"
    return path.open("r", encoding=python_name, newline="", errors="strict")


def _sniff_delimiter(path: Path, encoding: str) -> str:
    """The delimiter that splits the first lines into the most columns, consistently."""
    with _text_stream(path, encoding) as handle:
        try:
            sample = handle.read(_SNIFF_CHARS)
        except UnicodeDecodeError:
            raise UnreadableSheet(f"{path.name} is not {encoding} text") from None
    lines = sample.splitlines()[:50]
    if len(sample) == _SNIFF_CHARS and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not widths:
            continue
        consistent = sum(1 for w in widths if w == widths[0])
        score = (consistent if widths[0] > 1 else 0, widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[Cell, ...]]:
    previous = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        with _text_stream(path, encoding) as handle:
            reader = csv.reader(handle, delimiter=delimiter, strict=False)
            number = 0
            while True:
                number += 1
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise UnreadableSheet(f"row {number}: {exc} (a cell over "
                                          f"{MAX_CELL_CHARS // (1024 * 1024)} MiB, or a quote "
                                          "that never closes)") from None
                except UnicodeDecodeError:
                    raise UnreadableSheet(f"row {number}: not {encoding} text") from None
                yield tuple(row)
    finally:
        csv.field_size_limit(previous)


def _workbook(path: Path) -> Any:
    from openpyxl import load_workbook  # only when a workbook is read

    try:
        # read_only streams the sheet XML; data_only=False keeps a formula as its text and
        # nothing is ever computed; links to other files are not followed
        return load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise UnreadableSheet(f"{path.name} is not a workbook this import reads "
                              f"({exc.__class__.__name__})") from None


MAX_PART_BYTES = 1024 * 1024 * 1024  # one part of a workbook, unpacked
MAX_SHARED_STRINGS = 256 * 1024 * 1024  # openpyxl holds the shared strings in memory


def _check_parts(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than memory should hold (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                limit = MAX_SHARED_STRINGS if info.filename.lower().endswith(
                    "sharedstrings.xml") else MAX_PART_BYTES
                if info.file_size > limit:
                    raise UnreadableSheet(f"{path.name}: a part of the workbook unpacks to "
                                          f"{info.file_size // (1024 * 1024)} MiB, more than "
                                          "this import reads: save it as CSV")
    except zipfile.BadZipFile:
        raise UnreadableSheet(f"{path.name} is not a workbook this import reads") from None


def _open_xlsx(path: Path, sheet: str | None) -> SheetFile:
    _check_parts(path)
    book = _workbook(path)
    try:
        names = tuple(book.sheetnames)
    finally:
        book.close()
    if sheet is None:
        if not names:
            raise UnreadableSheet(f"{path.name} has no worksheet")
        sheet = names[0]
    elif sheet not in names:
        raise UnreadableSheet(f"{path.name} has no sheet {sheet!r}; its sheets: "
                              f"{', '.join(repr(n) for n in names)}")
    return SheetFile(path, "xlsx", sheet=sheet, sheets=names)


def _xlsx_rows(path: Path, sheet: str | None) -> Iterator[tuple[Cell, ...]]:
    book = _workbook(path)
    try:
        worksheet = book[sheet] if sheet else book.worksheets[0]
        # a declared size is not trusted (a hostile file claims a million rows): read the rows
        # the XML holds, and nothing past them
        worksheet.reset_dimensions()
        for row in worksheet.iter_rows(values_only=True):
            yield tuple(row)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise UnreadableSheet(f"{path.name}: a worksheet this import cannot read "
                              f"({exc.__class__.__name__})") from None
    finally:
        book.close()


def preview_text(value: Cell) -> str:
    """A cell as the preview shows it (a workbook's dates in ISO form)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def is_blank(row: tuple[Cell, ...]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in row)


__all__ = ["Cell", "EncodingNotConfirmed", "SheetFile", "UnreadableSheet", "column_letter",
           "is_blank", "open_sheet", "preview_text"]
