"""CSV files written for people outside the vault (statistics, lists): UTF-8 with a byte-order
mark (so spreadsheet programs read Arabic and accents right), every cell that a spreadsheet would
run as a formula neutralised, written atomically where the user chose (fsutil.atomic_write). The
app keeps no copy.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import InvalidValue
from ..fsutil import atomic_write

# A cell starting with one of these is a formula to Excel, LibreOffice or Sheets (OWASP "CSV
# injection"); tab and carriage return too, as some programs strip them first.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value: object) -> str:
    """A cell as text that no spreadsheet runs: a leading formula character gets a `'` before it
    (the convention spreadsheets show as text)."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def check_out_path(path: Path, suffix: str) -> Path:
    """Where a report goes: a file (not a folder) in a folder that exists, with `suffix`."""
    path = Path(path).expanduser()
    if path.suffix.lower() != suffix:
        raise InvalidValue("out", f"{path.name!r}: the file name must end in {suffix}")
    if path.is_dir():
        raise InvalidValue("out", f"{path} is a folder")
    if not path.parent.is_dir():
        raise InvalidValue("out", f"{path.parent} is not a folder that exists")
    return path


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    target = check_out_path(path, ".csv")
    atomic_write(target, csv_bytes(header, rows))
    return target
