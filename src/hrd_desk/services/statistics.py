"""Incident statistics for donors and annual reports: counts by category, country, period,
programme, severity, perpetrator type and field of work, over a chosen period (issue 18).

Counting rules (docs/reports.md):
- an incident counts once, in the period (month, quarter or year) that contains its whole date
  range; one whose date does not fit within one period of the grouping (a year-only date counted
  by month, a range across a quarter's end) counts in the `imprecise` line, never in every period
  it overlaps. The same holds for the chosen window (`--from`/`--to`): an incident wholly inside
  counts, one that straddles its edge is imprecise, one wholly outside is not counted;
- an incident is one record, whatever offices it was received from (counted by record id);
- a report meant to leave the office counts only incidents every defender of which has consent
  `public` (sharing_rule.counts_in_statistics); the others are counted apart, as withheld.

Pure counting (`count_incidents`) is apart from reading the vault (`incident_facts`), so the rules
are tested on plain data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import InvalidValue
from ..model.dates import DateFormatError, parse_date
from ..model.vocab import VOCABULARIES
from .casework import Casework
from .outbound import Outbound
from .session import Session
from .sharing_rule import counts_in_statistics

PERIOD_KEYS = ("month", "quarter", "year")
VALUE_KEYS = ("category", "country", "programme", "severity", "perpetrator", "field_of_work")
KEYS = ("category", "country", "month", "quarter", "year", "programme", "severity",
        "perpetrator", "field_of_work")
KEY_LABELS = {"category": "Category", "country": "Country", "month": "Month",
              "quarter": "Quarter", "year": "Year", "programme": "Programme",
              "severity": "Severity", "perpetrator": "Perpetrator type",
              "field_of_work": "Field of work"}
KEY_VOCAB = {"category": "threat_categories", "programme": "programmes",
             "perpetrator": "perpetrator_types", "field_of_work": "fields_of_work"}
SEVERAL = "several"  # defenders of one incident in different fields of work


@dataclass(frozen=True)
class IncidentFacts:
    """What counting needs of one incident: its id, its date range, its values per key."""

    id: str
    first: date
    last: date
    values: dict[str, str | None] = field(default_factory=dict)
    consented: bool = False  # every defender's consent allows statistics


@dataclass(frozen=True)
class StatsQuery:
    date_from: date | None = None
    date_to: date | None = None
    by: tuple[str, ...] = ()
    programme: str | None = None
    leaving: bool = True  # meant to leave the office: consent filtering applies

    def __post_init__(self) -> None:
        for key in self.by:
            if key not in KEYS:
                raise InvalidValue("by", f"{key!r} is not a grouping key: use one of "
                                   + ", ".join(KEYS))
        if len(set(self.by)) != len(self.by):
            raise InvalidValue("by", "a grouping key is given twice")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidValue("from", "the period starts after it ends")
        if self.programme is not None and self.programme not in VOCABULARIES["programmes"]:
            raise InvalidValue("programme", f"{self.programme!r} is not a programme: use one of "
                               + ", ".join(VOCABULARIES["programmes"].slugs()))


@dataclass(frozen=True)
class Statistics:
    query: StatsQuery
    rows: list[dict[str, Any]]  # the grouping keys and "count"
    imprecise: int  # incidents that fit no single period of the grouping or the window
    withheld_for_consent: int  # left out of a report meant to leave (consent)

    @property
    def total(self) -> int:
        return sum(int(r["count"]) for r in self.rows)

    def as_json(self) -> dict[str, Any]:
        q = self.query
        return {
            "from": q.date_from.isoformat() if q.date_from else None,
            "to": q.date_to.isoformat() if q.date_to else None,
            "by": list(q.by), "programme": q.programme, "consented_only": q.leaving,
            "rows": self.rows, "imprecise": self.imprecise,
            "withheld_for_consent": self.withheld_for_consent,
        }


def period_of(key: str, day: date) -> str:
    if key == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if key == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year:04d}"


def count_incidents(incidents: Iterable[IncidentFacts], query: StatsQuery) -> Statistics:
    """The counting rules (module docstring) over plain facts."""
    seen: set[str] = set()
    counts: Counter[tuple[str | None, ...]] = Counter()
    imprecise = withheld = 0
    periods = [k for k in query.by if k in PERIOD_KEYS]
    for incident in incidents:
        if incident.id in seen:  # one record, however many offices sent it
            continue
        seen.add(incident.id)
        if query.programme is not None and incident.values.get("programme") != query.programme:
            continue
        if query.date_from and incident.last < query.date_from:
            continue
        if query.date_to and incident.first > query.date_to:
            continue
        if query.leaving and not incident.consented:
            withheld += 1
            continue
        if (query.date_from and incident.first < query.date_from) or \
                (query.date_to and incident.last > query.date_to):
            imprecise += 1
            continue
        if any(period_of(k, incident.first) != period_of(k, incident.last) for k in periods):
            imprecise += 1
            continue
        key = tuple(period_of(k, incident.first) if k in PERIOD_KEYS else incident.values.get(k)
                    for k in query.by)
        counts[key] += 1
    rows = [{**dict(zip(query.by, key, strict=True)), "count": n}
            for key, n in sorted(counts.items(), key=lambda kv: [v or "" for v in kv[0]])]
    return Statistics(query, rows, imprecise, withheld)


def label_of(key: str, value: str | None) -> str:
    """A value as a person reads it (English; the GUI translates vocabulary labels)."""
    if value is None or value == "":
        return "(none)"
    if key in KEY_VOCAB:
        if key == "field_of_work" and value == SEVERAL:
            return "Several fields"
        return VOCABULARIES[KEY_VOCAB[key]].label(value)
    return value


def parse_day(name: str, text: str | None, *, end: bool) -> date | None:
    """--from / --to: any accepted date form; a month or year means its first (last) day."""
    if text is None:
        return None
    try:
        value = parse_date(text)
    except DateFormatError as exc:
        raise InvalidValue(name, str(exc), exc.code, exc.values) from None
    return value.last if end else value.first


def _one(values: Sequence[str | None]) -> str | None:
    found = {v for v in values if v}
    if not found:
        return None
    return found.pop() if len(found) == 1 else SEVERAL


def incident_facts(session: Session, *, with_consent: bool = True) -> list[IncidentFacts]:
    """Every live incident of the vault as counting facts (display values, this vault's
    consent rule for each defender it concerns)."""
    work = Casework(session)
    defenders = {d.id: d for d in work.list("defender")}
    cases = {c.id: c for c in work.list("case")}
    outbound = Outbound(session.conn, session.vault_id, []) if with_consent else None
    facts: list[IncidentFacts] = []
    for incident in work.list("incident"):
        try:
            when = parse_date(str(incident.get("occurred") or ""))
        except DateFormatError:
            continue  # every stored incident has a valid date; a damaged one is not counted
        linked = [defenders[d] for d in incident.get("defenders") or [] if d in defenders]
        case = cases.get(incident.get("case") or "")
        country = incident.get("country") or _one([d.get("country") for d in linked])
        if country == SEVERAL:
            country = None
        severity = incident.get("severity")
        values: dict[str, str | None] = {
            "category": incident.get("category"),
            "country": country,
            "programme": case.get("programme") if case else None,
            "severity": str(severity) if severity is not None else None,
            "perpetrator": incident.get("perpetrator"),
            "field_of_work": _one([d.get("field_of_work") for d in linked]),
        }
        consented = outbound is not None and counts_in_statistics(outbound.facts(incident.id))
        facts.append(IncidentFacts(incident.id, when.first, when.last, values, consented))
    return facts


def statistics(session: Session, query: StatsQuery) -> Statistics:
    return count_incidents(incident_facts(session, with_consent=query.leaving), query)


IMPRECISE_LABEL = "Imprecise (date fits no single period)"


@dataclass(frozen=True)
class StatsWording:
    """How the statistics CSV words its headings and values: `title` a grouping key's title,
    `value` a grouping value, `phrase` the fixed CSV_PHRASES. ENGLISH for the CLI; the GUI's
    words come from ui/stats_words.csv_words (its Statistics screen's own words)."""

    title: Callable[[str], str]
    value: Callable[[str, str | None], str]
    phrase: Callable[[str], str]


ENGLISH = StatsWording(title=KEY_LABELS.__getitem__, value=label_of, phrase=lambda t: t)
CSV_PHRASES = ("Incidents", "Count", "All", IMPRECISE_LABEL)


def csv_table(stats: Statistics, words: StatsWording = ENGLISH
              ) -> tuple[list[str], list[list[str]]]:
    """The statistics as a table: one column per grouping key, then Count; the imprecise line
    last. (How many incidents consent left out is shown in the app, not written in a file meant
    to leave.)"""
    by = stats.query.by
    say = words.phrase
    if not by:
        header, rows = [say("Incidents"), say("Count")], [[say("All"), str(stats.total)]]
    else:
        header = [words.title(k) for k in by] + [say("Count")]
        rows = [[words.value(k, r[k]) for k in by] + [str(r["count"])] for r in stats.rows]
    filler = [""] * (len(header) - 2)
    rows.append([say(IMPRECISE_LABEL), *filler, str(stats.imprecise)])
    return header, rows
