"""Dates as spreadsheets hold them, made into the model's dates with their precision kept.

Forms: ISO (`2024`, `2024-03`, `2024-03-15`, `2024-03-15 14:30[:00]`, `A..B`); slashed or dotted
day and month (`15/03/2024`, `3.15.2024`, `03/2024`) read in the order the user said, never
guessed; month names in English, French and Spanish (`March 2024`, `15 Mar 2024`,
`March 15, 2024`, `15-mars-2024`); a year alone; ranges (`A..B`, `A - B`, `A to B`, `A–B`);
a workbook's date cells and Excel serial numbers (days since 1899-12-30).

A slashed date whose parts could be either order (`03/04/2024`) is only read when the user said
which order the file uses (`--day-first` / `--month-first`); `slash_order` tells which orders
a value can only be, so the whole file is looked at first (sheet_import).
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, time, timedelta

from ..model.dates import DAY_FIRST, MONTH_FIRST, DateFormatError, parse_date

EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 is 1900-03-01 (Excel's 1900 leap-day bug before)
_FIRST_SERIAL, _LAST_SERIAL = 61, 109574  # 1900-03-01 .. 2199-12-31

_MONTH_WORDS: dict[str, int] = {}
for _number, _words in enumerate((
    "january jan janvier janv enero ene",
    "february feb fevrier fevr fev febrero",
    "march mar mars marzo",
    "april apr avril avr abril abr",
    "may mai mayo",
    "june jun juin junio",
    "july jul juillet juil julio",
    "august aug aout agosto ago",
    "september sep sept septembre septiembre set",
    "october oct octobre octubre",
    "november nov novembre noviembre",
    "december dec decembre diciembre dic",
), start=1):
    for _word in _words.split():
        _MONTH_WORDS[_word] = _number

_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$")
_SLASHED = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d+)$")
_DASHED = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.](\d{4})$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_RANGE = re.compile(r"\s*(?:\.\.|\s[-–—]\s|–|—|\bto\b)\s*")
_ACCENTS = str.maketrans("éèêûôàáíóúñç", "eeeuoaaiounc")


# where a caseworker says a file's date order, in either face
SAY_ORDER = ("--day-first or --month-first on the command line; 'Dates written like "
             "03/04/2024 are' in the import window")


def _fold(text: str) -> str:
    return text.casefold().translate(_ACCENTS)


def slash_order(text: str) -> str | None:
    """DAY_FIRST or MONTH_FIRST when a slashed date can only be read that way, "ambiguous" when
    it can be read both ways, None when it is no slashed date."""
    verdicts = set()
    for part in _RANGE.split(text.strip()):
        match = _SLASHED.match(part.strip()) or _DASHED.match(part.strip())
        if not match:
            continue
        a, b = int(match[1]), int(match[2])
        if a > 12 >= b:
            verdicts.add(DAY_FIRST)
        elif b > 12 >= a:
            verdicts.add(MONTH_FIRST)
        elif a != b:
            verdicts.add("ambiguous")
    if DAY_FIRST in verdicts or MONTH_FIRST in verdicts:
        verdicts.discard("ambiguous")
    if len(verdicts) == 1:
        return verdicts.pop()
    return "ambiguous" if verdicts else None


def _serial(number: float) -> str:
    if not _FIRST_SERIAL <= number <= _LAST_SERIAL:
        raise DateFormatError(f"{number!r} is not a date: as an Excel serial it falls outside "
                              "1900-2199", "sheet-serial", (f"{number:g}",))
    moment = datetime.combine(EXCEL_EPOCH, time()) + timedelta(days=number)
    if number == int(number):
        return moment.date().isoformat()
    moment = datetime.combine(EXCEL_EPOCH, time()) + timedelta(minutes=round(number * 24 * 60))
    return moment.strftime("%Y-%m-%dT%H:%M")


def _point(text: str, order: str | None) -> str:
    """One date (not a range) as ISO text of its precision."""
    text = " ".join(text.replace(",", " ").split())
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?", text):
        return text
    timed = _ISO_TIME.match(text)
    if timed:
        return f"{timed[1]}T{timed[2]}:{timed[3]}"
    if _SERIAL.match(text):
        return _serial(float(text))
    month_year = _MONTH_YEAR.match(text)
    if month_year:
        return f"{month_year[2]}-{int(month_year[1]):02d}"
    slashed = _SLASHED.match(text) or _DASHED.match(text)
    if slashed:
        a, b, year = slashed[1], slashed[2], slashed[3]
        if len(year) != 4:
            raise DateFormatError(f"{text!r}: write the year in full (four digits); a two-digit "
                                  "year is not guessed", "sheet-short-year", (text,))
        if order not in (DAY_FIRST, MONTH_FIRST):
            if slash_order(text) == "ambiguous" or int(a) == int(b):
                raise DateFormatError(f"{text!r} reads as day/month or month/day: say which "
                                      f"({SAY_ORDER})", "sheet-day-or-month", (text,))
            order = slash_order(text)
        day, month = (a, b) if order == DAY_FIRST else (b, a)
        return f"{year}-{int(month):02d}-{int(day):02d}"
    words = re.split(r"[\s\-]+", _fold(text).replace(".", " "))
    words = [w for w in words if w and w not in ("de", "del", "le", "the", "of")]
    months = [w for w in words if w in _MONTH_WORDS]
    numbers = [w for w in words if w.isdigit()]
    if len(months) == 1 and len(numbers) + 1 == len(words) and numbers:
        month = _MONTH_WORDS[months[0]]
        years = [n for n in numbers if len(n) == 4]
        days = [n for n in numbers if len(n) <= 2]
        if len(years) == 1 and len(days) <= 1 and len(numbers) == len(years) + len(days):
            if days:
                return f"{years[0]}-{month:02d}-{int(days[0]):02d}"
            return f"{years[0]}-{month:02d}"
        raise DateFormatError(f"{text!r}: write the year in full (four digits)",
                              "sheet-short-year", (text,))
    raise DateFormatError(f"{text!r} is not a date this import reads (ISO 2024-03-15, "
                          "15/03/2024, 15 March 2024, March 2024, 2024, a range A..B)",
                          "sheet-not-a-date", (text,))


def sheet_date(value: object, order: str | None) -> str | None:
    """A cell as the model's date text (raises DateFormatError saying why not); None if empty.

    The result is checked by model.dates.parse_date (days that do not exist, years outside
    1900-2200, ranges that end before they start).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise DateFormatError(f"{value!r} is not a date", "sheet-not-a-date", (str(value),))
    if isinstance(value, datetime):
        if value.time() == time():
            text = value.date().isoformat()
        else:
            text = value.strftime("%Y-%m-%dT%H:%M")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, (int, float)):
        if isinstance(value, int) or value == int(value):
            number = int(value)
            text = str(number) if 1900 <= number <= 2200 else _serial(number)
        else:
            text = _serial(value)
    else:
        return _text_date(str(value).strip(), order)
    return parse_date(text).text


@functools.lru_cache(maxsize=4096)  # a column repeats its dates
def _text_date(raw: str, order: str | None) -> str | None:
    if not raw:
        return None
    parts = [p for p in _RANGE.split(raw) if p.strip()]
    if len(parts) == 2 and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", raw):
        left, right = parts
        # "March - May 2024": the left side takes the right side's year
        if (_fold(left).strip() in _MONTH_WORDS and re.search(r"\d{4}$", right.strip())):
            left = f"{left} {right.strip()[-4:]}"
        text = f"{_point(left, order)}..{_point(right, order)}"
    elif len(parts) == 1:
        text = _point(parts[0], order)
    else:
        raise DateFormatError(f"{raw!r} is not a date or a range of two dates",
                              "sheet-not-a-date", (raw,))
    return parse_date(text).text
