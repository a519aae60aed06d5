"""Dates with their precision: what a caseworker may type, how it is kept, how filters match it."""

from __future__ import annotations

from datetime import date

import pytest

from hrd_desk.model.dates import (
    DAY_FIRST,
    MONTH_FIRST,
    DateFormatError,
    check_not_future,
    overlaps,
    parse_date,
)


@pytest.mark.parametrize(
    ("text", "first", "last", "precision", "canonical"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31), "year", "2024"),
        ("2024-03", date(2024, 3, 1), date(2024, 3, 31), "month", "2024-03"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month", "2024-02"),  # leap year
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28), "month", "2023-02"),
        ("2024-04", date(2024, 4, 1), date(2024, 4, 30), "month", "2024-04"),
        ("2024-03-15", date(2024, 3, 15), date(2024, 3, 15), "day", "2024-03-15"),
        ("2024-02-29", date(2024, 2, 29), date(2024, 2, 29), "day", "2024-02-29"),
        ("2024-03-15T09:05", date(2024, 3, 15), date(2024, 3, 15), "minute",
         "2024-03-15T09:05"),
        ("2024-03-15T23:59", date(2024, 3, 15), date(2024, 3, 15), "minute",
         "2024-03-15T23:59"),
        ("2024-03..2024-05", date(2024, 3, 1), date(2024, 5, 31), "range", "2024-03..2024-05"),
        ("2023..2024-02-10", date(2023, 1, 1), date(2024, 2, 10), "range", "2023..2024-02-10"),
        ("2024-01-05 .. 2024-01-05", date(2024, 1, 5), date(2024, 1, 5), "range",
         "2024-01-05..2024-01-05"),
        ("  2024-03  ", date(2024, 3, 1), date(2024, 3, 31), "month", "2024-03"),
        ("1900", date(1900, 1, 1), date(1900, 12, 31), "year", "1900"),
        ("2200-12-31", date(2200, 12, 31), date(2200, 12, 31), "day", "2200-12-31"),
    ],
)
def test_accepted_forms(
    text: str, first: date, last: date, precision: str, canonical: str
) -> None:
    parsed = parse_date(text)
    assert (parsed.first, parsed.last, parsed.precision, parsed.text) == (
        first, last, precision, canonical,
    )
    assert str(parsed) == canonical
    assert parse_date(parsed.text) == parsed  # the canonical text reads back the same


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2024-13", "month 13 does not exist"),
        ("2024-00", "month 0 does not exist"),
        ("2024-02-30", "day 30 does not exist in February 2024, which has 29 days"),
        ("2023-02-29", "day 29 does not exist in February 2023, which has 28 days"),
        ("2024-04-31", "day 31 does not exist in April 2024"),
        ("2024-03-15T24:00", "24:00 is not a time of day"),
        ("2024-03-15T12:60", "12:60 is not a time of day"),
        ("1899", "the year 1899 is outside 1900-2200"),
        ("2201-01", "the year 2201 is outside 1900-2200"),
        ("2024-05..2024-03", "ends before it starts"),
        ("", "is not a date"),
        ("yesterday", "is not a date"),
        ("24-03-15", "is not a date"),
        ("2024-3-5", "is not a date"),
        ("2024/03/15", "write dates as YYYY-MM-DD"),
        ("15.03.2024", "is not a date"),
        ("2024-03-15T09", "is not a date"),
        ("2024-03-15 09:05", "is not a date"),
        ("2024-03-15T09:05:00", "is not a date"),
        ("2024..", "is not a date"),
        ("..2024", "is not a date"),
        ("2024..2025..2026", "is not a date"),
    ],
)
def test_refused_forms_say_why(text: str, reason: str) -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_date(text)
    message = str(caught.value)
    assert reason in message
    assert "Traceback" not in message and "\n" not in message


@pytest.mark.parametrize("text", ["２０２４-０３", "٢٠٢٤-٠٣"])
def test_other_digits_are_kept_as_ascii(text: str) -> None:
    """Full-width or Arabic-Indic digits mean the same date; what is stored is plain ASCII."""
    assert parse_date(text).text == "2024-03"


def test_the_format_message_lists_the_accepted_forms() -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_date("soon")
    for form in ("YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM-DDTHH:MM", "A..B"):
        assert form in str(caught.value)


@pytest.mark.parametrize(
    ("value", "start", "end", "expected"),
    [
        # a month-precision incident matches a filter that overlaps any day of the month
        ("2024-03", date(2024, 3, 15), date(2024, 4, 1), True),
        ("2024-03", date(2024, 3, 31), None, True),
        ("2024-03", None, date(2024, 3, 1), True),
        ("2024-03", date(2024, 4, 1), None, False),
        ("2024-03", None, date(2024, 2, 29), False),
        ("2024", date(2024, 12, 31), date(2025, 6, 1), True),
        ("2024-03-15", date(2024, 3, 16), None, False),
        ("2024-03-15T10:00", date(2024, 3, 15), date(2024, 3, 15), True),
        ("2023-11..2024-01", date(2023, 12, 1), date(2023, 12, 2), True),
        ("2023-11..2024-01", date(2024, 2, 1), None, False),
        ("2024", None, None, True),
    ],
)
def test_overlap(value: str, start: date | None, end: date | None, expected: bool) -> None:
    assert overlaps(parse_date(value), start, end) is expected


def test_dates_order_by_first_day() -> None:
    values = ["2024-03-15", "2023", "2024-03", "2024-01..2024-02"]
    ordered = sorted(parse_date(v) for v in values)
    assert [d.text for d in ordered] == ["2023", "2024-01..2024-02", "2024-03", "2024-03-15"]


@pytest.mark.parametrize(
    ("text", "order", "canonical"),
    [
        ("15/03/2024", DAY_FIRST, "2024-03-15"),
        ("5/3/2024", DAY_FIRST, "2024-03-05"),
        ("03/15/2024", MONTH_FIRST, "2024-03-15"),
        ("03/2024", DAY_FIRST, "2024-03"),
        ("01/03/2024..15/03/2024", DAY_FIRST, "2024-03-01..2024-03-15"),
        ("2024-03-15", DAY_FIRST, "2024-03-15"),
    ],
)
def test_slashed_dates_read_in_the_order_the_caller_says(
    text: str, order: str, canonical: str
) -> None:
    assert parse_date(text, slashes=order).text == canonical


@pytest.mark.parametrize(
    ("text", "order", "reason"),
    [
        ("03/15/2024", DAY_FIRST, "month 15 does not exist"),
        ("31/04/2024", DAY_FIRST, "day 31 does not exist in April 2024"),
        ("15/03/24", DAY_FIRST, "use DD/MM/YYYY"),
        ("15/03/2024", None, "write dates as YYYY-MM-DD"),
    ],
)
def test_slashed_dates_that_do_not_fit_say_why(text: str, order: str | None, reason: str) -> None:
    with pytest.raises(DateFormatError, match=reason):
        parse_date(text, slashes=order)


def test_what_happened_may_be_today_or_tomorrow_but_not_later() -> None:
    today = date(2026, 12, 2)
    check_not_future(parse_date("2026-12-03"), today)  # a day of grace for time zones
    check_not_future(parse_date("2026"), today)  # the year has begun
    check_not_future(parse_date("2024..2026-12"), today)  # its last part has begun
    for later in ("2026-12-04", "2027", "2027-01..2027-02", "2026-11..2027-02", "2024..2027"):
        with pytest.raises(DateFormatError, match="is in the future"):
            check_not_future(parse_date(later), today)


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("about 2019", "2018..2020"),
        ("About 2019-12", "2019-11..2020-01"),  # the month after is in the next year
        ("~2019-03", "2019-02..2019-04"),
        ("c. 2024-01", "2023-12..2024-02"),
        ("circa 2024-03-15", "2024-03-08..2024-03-22"),  # a week either side of a day
        ("ca. 2024-03-15T10:00", "2024-03-08..2024-03-22"),
    ],
)
def test_a_date_known_only_roughly_is_kept_as_the_range_it_may_mean(text: str, stored: str) -> None:
    value = parse_date(text)
    assert (value.text, value.precision) == (stored, "range")
    assert parse_date(stored) == value  # shown and edited again as that range


def test_about_takes_one_date_and_says_so() -> None:
    assert parse_date("about 15/03/2024", slashes=DAY_FIRST).text == "2024-03-08..2024-03-22"
    for bad in ("about", "about 2019..2020", "circa March"):
        with pytest.raises(DateFormatError):
            parse_date(bad)
