"""The rules of training editions, their participants and advocacy actions that span fields or
records (single-field checks are validation.py's).

Dates may be partial: an edition is refused only when it certainly ends before it starts. A
defender is enrolled in an edition once: a second enrolment would split the modules they attended
and the needs noted for them across two records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import InvalidValue
from ..model.dates import parse_date
from ..model.records import Stored


def check_edition_dates(fields: Mapping[str, Any]) -> None:
    starts, ends = fields.get("starts"), fields.get("ends")
    if starts and ends and parse_date(str(ends)).last < parse_date(str(starts)).first:
        raise InvalidValue("ends", f"the edition ends ({ends}) before it starts ({starts})")


def check_not_enrolled(fields: Mapping[str, Any], record_id: str | None,
                       enrolled: Sequence[Stored]) -> None:
    """`enrolled`: the live participants of the same edition and defender."""
    others = [p for p in enrolled if p.id != record_id and not p.deleted]
    if others:
        raise InvalidValue("defender", f"defender {fields.get('defender')} is already enrolled "
                           f"in training {fields.get('training')} (participant {others[0].id}): "
                           "change the modules or needs there")
