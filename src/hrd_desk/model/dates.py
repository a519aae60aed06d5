"""Dates with their precision: when something happened is often known only to the month or year.

Accepted forms: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, and a range `A..B` of any two
of those. A value is kept as its canonical text plus the first and last day it may mean, so that
filters match on overlap.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

PRECISIONS = ("minute", "day", "month", "year", "range")

_PART = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<M>\d{2}))?)?)?$"
)


class DateFormatError(ValueError):
    """The text is not one of the accepted date forms (the message says which are)."""


@dataclass(frozen=True, order=True)
class PartialDate:
    first: date
    last: date
    precision: str
    text: str

    def __str__(self) -> str:
        return self.text


def _parse_point(text: str) -> tuple[date, date, str, str]:
    match = _PART.match(text)
    if not match:
        raise DateFormatError(
            f"{text!r} is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM or A..B"
        )
    year = int(match["y"])
    if year < 1900 or year > 2200:
        raise DateFormatError(f"{text!r}: year out of range 1900-2200")
    try:
        if match["m"] is None:
            return date(year, 1, 1), date(year, 12, 31), "year", f"{year:04d}"
        month = int(match["m"])
        if match["d"] is None:
            last_day = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
            return (
                date(year, month, 1),
                date(year, month, last_day),
                "month",
                f"{year:04d}-{month:02d}",
            )
        day = date(year, month, int(match["d"]))
        if match["H"] is None:
            return day, day, "day", day.isoformat()
        hour, minute = int(match["H"]), int(match["M"])
        if hour > 23 or minute > 59:
            raise DateFormatError(f"{text!r}: time out of range")
        return day, day, "minute", f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    except ValueError as exc:
        if isinstance(exc, DateFormatError):
            raise
        raise DateFormatError(f"{text!r}: no such day") from None


def parse_date(text: str) -> PartialDate:
    """Parse user text into a PartialDate; raises DateFormatError with a readable reason."""
    text = text.strip()
    if ".." in text:
        left, _, right = text.partition("..")
        a_first, _, _, a_text = _parse_point(left.strip())
        _, b_last, _, b_text = _parse_point(right.strip())
        if b_last < a_first:
            raise DateFormatError(f"{text!r}: the range ends before it starts")
        return PartialDate(a_first, b_last, "range", f"{a_text}..{b_text}")
    first, last, precision, canonical = _parse_point(text)
    return PartialDate(first, last, precision, canonical)


def overlaps(value: PartialDate, start: date | None, end: date | None) -> bool:
    """True when the span a value may mean overlaps [start, end] (open ends allowed)."""
    return (start is None or value.last >= start) and (end is None or value.first <= end)
