"""The rules of risk assessments and security plans that span fields or records.

Single-field checks (a rating 1-5, a vocabulary slug, a link's kind) are `validation.py`'s. A
threat is rated by likelihood and impact and may be linked to incidents and written down through
the five questions; a vulnerability or a capacity is rated by one level. An incident linked to a
threat concerns the assessment's defender; a measure reduces threats or vulnerabilities of its own
defender's assessments (a capacity is not reduced). Overdue and due-for-review are computed from
the clock where they are shown, never stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..errors import InvalidValue
from ..model.records import Stored
from . import stay_rules

THREAT_ONLY = ("likelihood", "impact", "incidents", "facts", "pattern", "objective", "behind",
               "feasibility")
# the five questions for one threat, in the order they are asked
FIVE_QUESTIONS = ("facts", "pattern", "objective", "behind", "feasibility")
# measures someone still acts on (planned ones fall due; both are reviewed)
OPEN_MEASURES = frozenset({"planned"})
REVIEWED_MEASURES = frozenset({"planned", "in-place"})
# the level a rating of likelihood x impact (1-25) suggests; the caseworker decides
_SUGGESTED = ((20, "critical"), (12, "high"), (6, "medium"), (0, "low"))


def check_item(fields: Mapping[str, Any], assessment: Stored,
               incidents: Mapping[str, Stored]) -> None:
    """A threat has no level; a vulnerability or capacity has only a level; likelihood and
    impact come together; linked incidents concern the assessment's defender."""
    if fields.get("item_type") == "threat":
        if fields.get("level") is not None:
            raise InvalidValue("level", "a threat is rated by likelihood and impact, not a level")
        if (fields.get("likelihood") is None) != (fields.get("impact") is None):
            raise InvalidValue("impact" if fields.get("impact") is None else "likelihood",
                               "rate a threat by both likelihood and impact, or neither")
    else:
        for name in THREAT_ONLY:
            if fields.get(name):
                raise InvalidValue(name, f"only a threat has {name.replace('_', ' ')}; a "
                                   f"{fields.get('item_type')} is rated by its level")
    defender = assessment.get("defender")
    for incident_id, incident in incidents.items():
        if defender not in (incident.get("defenders") or []):
            raise InvalidValue("incidents", f"incident {incident_id} does not concern this "
                               "assessment's defender")


def check_measure(fields: Mapping[str, Any], items: Mapping[str, Stored],
                  assessments: Mapping[str, Stored]) -> None:
    """The items a measure reduces are threats or vulnerabilities of its defender."""
    for item_id, item in items.items():
        if item.get("item_type") == "capacity":
            raise InvalidValue("reduces", f"risk item {item_id} is a capacity: a measure reduces "
                               "threats and vulnerabilities")
        owner = assessments.get(str(item.get("assessment")))
        if owner is None or owner.get("defender") != fields.get("defender"):
            raise InvalidValue("reduces", f"risk item {item_id} belongs to another defender's "
                               "assessment")


def suggested_level(likelihood: int | None, impact: int | None) -> str | None:
    """The level likelihood x impact suggests (low, medium, high, critical), None if unrated."""
    if likelihood is None or impact is None:
        return None
    score = likelihood * impact
    return next(level for floor, level in _SUGGESTED if score >= floor)


def is_overdue(measure: Mapping[str, Any], today: date) -> bool:
    """A planned measure whose due date is certainly past."""
    return stay_rules.is_overdue(measure.get("due"), measure.get("status"), today, OPEN_MEASURES)


def needs_review(measure: Mapping[str, Any], today: date) -> bool:
    """A planned or in-place measure whose review date has come (today included)."""
    review = measure.get("review")
    if not review or measure.get("status") not in REVIEWED_MEASURES:
        return False
    return stay_rules.is_overdue(review, measure.get("status"), today + _ONE_DAY,
                                 REVIEWED_MEASURES)


_ONE_DAY = date.resolution
