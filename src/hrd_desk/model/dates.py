"""Dates with their precision: when something happened is often known only to the month or year.

Accepted forms: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, and a range `A..B` of any two
of those; `15/03/2024` and `03/2024` too where the caller says which part is the day. A date known
only roughly ("about 2019", "~2019-03", "c. 2019", "circa 2019") is stored as the range it may
mean: the year, month or day before to the one after (a week either side of a day). A value is
kept as its canonical text plus the first and last day it may mean, so that filters match on
overlap.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

PRECISIONS = ("minute", "day", "month", "year", "range")

_PART = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<M>\d{2}))?)?)?$"
)


class DateFormatError(ValueError):
    """The text is not one of the accepted date forms (the message says which are, in English);
    `code` and `values` are the facts for a face that words them itself (InvalidValue's)."""

    def __init__(self, message: str, code: str = "", values: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


@dataclass(frozen=True, order=True)
class PartialDate:
    first: date
    last: date
    precision: str
    text: str

    def __str__(self) -> str:
        return self.text


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_SLASHED = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})$")
_SLASHED_MONTH = re.compile(r"^(?P<m>\d{1,2})/(?P<y>\d{4})$")
_FORMS = "use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, A..B or about YYYY"
_ABOUT = re.compile(r"^(?:about|circa|ca\.|c\.|~)\s*", re.IGNORECASE)
DAY_FIRST = "day-first"  # 15/03/2024: most of the world, and the desktop app's forms
MONTH_FIRST = "month-first"  # 03/15/2024: only when the user says so (spreadsheets)


def _parse_point(text: str) -> tuple[date, date, str, str]:
    match = _PART.match(text)
    if not match:
        raise DateFormatError(f"{text!r} is not a date: {_FORMS}", "date-form", (text,))
    year = int(match["y"])
    if year < 1900 or year > 2200:
        raise DateFormatError(f"{text!r}: the year {year} is outside 1900-2200", "date-year",
                              (text, str(year)))
    if match["m"] is None:
        return date(year, 1, 1), date(year, 12, 31), "year", f"{year:04d}"
    month = int(match["m"])
    if not 1 <= month <= 12:
        raise DateFormatError(f"{text!r}: month {month} does not exist (months are 01 to 12)",
                              "date-month", (text, str(month)))
    last_day = calendar.monthrange(year, month)[1]
    if match["d"] is None:
        return date(year, month, 1), date(year, month, last_day), "month", f"{year:04d}-{month:02d}"
    day_number = int(match["d"])
    if not 1 <= day_number <= last_day:
        raise DateFormatError(f"{text!r}: day {day_number} does not exist in "
                              f"{_MONTHS[month - 1]} {year}, which has {last_day} days",
                              "date-day", (text, str(day_number), str(month), str(year),
                                           str(last_day)))
    day = date(year, month, day_number)
    if match["H"] is None:
        return day, day, "day", day.isoformat()
    hour, minute = int(match["H"]), int(match["M"])
    if hour > 23 or minute > 59:
        raise DateFormatError(f"{text!r}: {hour:02d}:{minute:02d} is not a time of day "
                              "(00:00 to 23:59)", "date-time", (text, f"{hour:02d}:{minute:02d}"))
    return day, day, "minute", f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def _unslash(text: str, order: str | None) -> str:
    """`15/03/2024` or `03/2024` as ISO text, reading the parts in the order the caller says.

    Without an order a slashed date is refused rather than guessed (03/04/2024 is two dates).
    """
    if "/" not in text:
        return text
    if order not in (DAY_FIRST, MONTH_FIRST):
        raise DateFormatError(f"{text!r}: write dates as YYYY-MM-DD (e.g. 2024-03-15)",
                              "date-slashes", (text,))
    month_only = _SLASHED_MONTH.match(text)
    if month_only:
        return f"{month_only['y']}-{int(month_only['m']):02d}"
    match = _SLASHED.match(text)
    if not match:
        hint = "DD/MM/YYYY" if order == DAY_FIRST else "MM/DD/YYYY"
        raise DateFormatError(f"{text!r} is not a date: use {hint}, MM/YYYY or YYYY-MM-DD",
                              "date-slashed", (text, hint))
    day, month = (match["a"], match["b"]) if order == DAY_FIRST else (match["b"], match["a"])
    return f"{match['y']}-{int(month):02d}-{int(day):02d}"


def parse_date(text: str, *, slashes: str | None = None) -> PartialDate:
    """Parse user text into a PartialDate; raises DateFormatError saying what is wrong in words.

    `slashes` (DAY_FIRST or MONTH_FIRST) also accepts `15/03/2024` and `03/2024`, on either side
    of a range; without it only the ISO forms are accepted.
    """
    text = text.strip()
    about = _ABOUT.match(text)
    if about and ".." not in text:
        return _about(_parse_point(_unslash(text[about.end():].strip(), slashes)))
    if ".." in text:
        left, _, right = text.partition("..")
        a_first, _, _, a_text = _parse_point(_unslash(left.strip(), slashes))
        _, b_last, _, b_text = _parse_point(_unslash(right.strip(), slashes))
        if b_last < a_first:
            raise DateFormatError(f"{text!r}: the range ends before it starts", "date-range",
                                  (text,))
        return PartialDate(a_first, b_last, "range", f"{a_text}..{b_text}")
    first, last, precision, canonical = _parse_point(_unslash(text, slashes))
    return PartialDate(first, last, precision, canonical)


def _about(point: tuple[date, date, str, str]) -> PartialDate:
    """A date known only roughly, as the range around it: one unit of its precision either side
    (a week either side of a day or a time)."""
    first, last, precision, _text = point
    if precision == "year":
        start, end = f"{first.year - 1:04d}", f"{first.year + 1:04d}"
    elif precision == "month":
        before = (first.replace(day=1) - timedelta(days=1))
        after = (last + timedelta(days=1))
        start, end = f"{before.year:04d}-{before.month:02d}", f"{after.year:04d}-{after.month:02d}"
    else:
        start = (first - timedelta(days=7)).isoformat()
        end = (first + timedelta(days=7)).isoformat()
    return parse_date(f"{start}..{end}")


def check_not_future(value: PartialDate, today: date) -> None:
    """Something that happened cannot start after today (one day of grace for time zones); a
    range cannot end in a period that starts after today either (2024..2027 is refused, while
    a year-only 2026 is fine in 2026)."""
    latest = today + timedelta(days=1)
    end = value.text.partition("..")[2]
    if value.first > latest or (end and parse_date(end).first > latest):
        raise DateFormatError(f"{value.text} is in the future (today is {today.isoformat()})",
                              "date-future", (value.text, today.isoformat()))


def overlaps(value: PartialDate, start: date | None, end: date | None) -> bool:
    """True when the span a value may mean overlaps [start, end] (open ends allowed)."""
    return (start is None or value.last >= start) and (end is None or value.first <= end)
