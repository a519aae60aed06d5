"""How far a due date is from today, in words ("today", "in 3 days", "2 days late").

Due dates are local calendar dates; a partial date ("2026-03") is due on its last day, as the
start screen counts it (services/dashboard.py). The words are in the current language (i18n).
"""

from __future__ import annotations

from datetime import date

from ..model.dates import DateFormatError, parse_date
from .i18n import plural, translate


def days_until(due: str | None, today: date) -> int | None:
    """Days from today to the last day `due` may mean (negative: past); None when unreadable."""
    if not due:
        return None
    try:
        return (parse_date(str(due)).last - today).days
    except DateFormatError:
        return None


def due_words(due: str | None, today: date) -> str:
    """'today', 'tomorrow', 'in 5 days', 'yesterday' or '3 days late'."""
    days = days_until(due, today)
    if days is None:
        return ""
    if days == 0:
        return translate("Due", "today")
    if days == 1:
        return translate("Due", "tomorrow")
    if days > 1:
        return plural("Due", "in %n day(s)", days)
    return plural("Due", "%n day(s) late", -days)
