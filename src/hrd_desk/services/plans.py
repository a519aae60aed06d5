"""Risk assessments and security plans as a caseworker works on them (desk.plans).

A defender's risk is assessed again and again: each assessment has a date, who assessed it, a
resulting level with its reasoning, and its threats, vulnerabilities and capacities (risk items,
records of their own). The history of assessments is drawn as a trend beside the defender's
incidents counted by month and category, so a caseworker sees whether the level follows the
threats. The security plan is the defender's measures (preventive or emergency protocols), each
linked to the items it reduces, with an owner, a due date, a review date and a status; the plan
summary is what a caseworker goes through with the defender before the return home.

Records are added and edited through `Casework` (which applies plan_rules.py); this module names
the actions on top. `today` is the caseworker's local calendar day.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model.dates import parse_date
from ..model.display import defender_title, rating_text, record_title
from ..model.fields import field_infos
from ..model.records import KINDS, Stored
from ..model.vocab import VOCABULARIES
from ..store import plans as store
from ..store.queries import get_many
from . import dashboard, plan_rules
from .casework import Casework, RecordFilter
from .session import Session

ITEM_TYPES = ("threat", "vulnerability", "capacity")
# the trend shows incidents from this many months before the first assessment (at least a year)
TREND_MONTHS = 12


@dataclass(frozen=True)
class TrendPoint:
    assessed: str  # as recorded
    day: str  # its first possible day, for drawing
    level: str
    assessment: str


@dataclass
class Trend:
    """A defender's assessed levels over time beside their incidents by month and category."""

    points: list[TrendPoint] = field(default_factory=list)  # oldest first
    months: list[str] = field(default_factory=list)  # YYYY-MM, every month of the span
    incidents: dict[str, dict[str, int]] = field(default_factory=dict)  # month -> category -> n

    def incident_count(self, month: str) -> int:
        return sum(self.incidents.get(month, {}).values())


@dataclass
class PlanLine:
    measure: Stored
    overdue: bool
    needs_review: bool
    reduces: list[Stored]  # the risk items it reduces (live ones)


@dataclass
class PlanSummary:
    """What a caseworker goes through with the defender: the latest assessment and its items,
    then the measures, preventive ones first, emergency protocols after."""

    defender: Stored
    assessment: Stored | None
    items: list[Stored]
    preventive: list[PlanLine]
    emergency: list[PlanLine]
    day: date

    def text(self, *, reveal: bool) -> str:
        """The summary as plain text (sensitive fields as [hidden] unless `reveal`)."""
        return summary_text(self, reveal=reveal)


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


class Plans:
    def __init__(self, session: Session,
                 today: Callable[[], date] = dashboard.local_today) -> None:
        self._session = session
        self._work = Casework(session)
        self._today = today

    def today(self) -> date:
        return self._today()

    # -- assessments ------------------------------------------------------------------------

    def assess(self, defender: str, level: str, *, summary: str | None = None,
               on: str | None = None, assessor: str | None = None) -> str:
        """A new assessment of the defender (dated today unless `on`); returns its id."""
        values: dict[str, Any] = {"defender": defender, "level": level,
                                  "assessed": on or self.today().isoformat()}
        values.update({k: v for k, v in (("summary", summary), ("assessor", assessor))
                       if v is not None})
        return self._work.add("risk_assessment", values)

    def add_item(self, assessment: str, values: Mapping[str, Any]) -> str:
        """A threat, vulnerability or capacity of an assessment; returns its id."""
        return self._work.add("risk_item", {**values, "assessment": assessment})

    def assessments_of(self, defender: str) -> list[Stored]:
        """The defender's assessments, newest first."""
        self._work.get("defender", defender)
        return self._work.list("risk_assessment", RecordFilter(defender=defender))

    def items_of(self, assessment: str) -> list[Stored]:
        """An assessment's items: threats, then vulnerabilities, then capacities; the highest
        rated first within each."""
        self._work.get("risk_assessment", assessment)
        items = self._work.list("risk_item", RecordFilter(equals={"assessment": assessment}))

        def order(item: Stored) -> tuple[int, int, str]:
            kind = str(item.get("item_type"))
            rating = ((item.get("likelihood") or 0) * (item.get("impact") or 0)
                      if kind == "threat" else (item.get("level") or 0))
            return (ITEM_TYPES.index(kind) if kind in ITEM_TYPES else 9, -rating, item.id)
        return sorted(items, key=order)

    @staticmethod
    def suggested_level(item: Stored) -> str | None:
        return plan_rules.suggested_level(item.get("likelihood"), item.get("impact"))

    def trend(self, defender: str) -> Trend:
        """The assessed levels, oldest first, and the defender's incidents per month and
        category from a year before the first assessment (or a year ago) to this month."""
        trend = trend_span(self.assessments_of(defender), self.today())
        for month, category, count in store.incidents_by_month(
                self._session.conn, defender, trend.months[0] + "-01"):
            trend.incidents.setdefault(month, {})[category] = count
        return trend

    # -- measures ---------------------------------------------------------------------------

    def add_measure(self, values: Mapping[str, Any]) -> str:
        return self._work.add("security_measure", values)

    def measures_of(self, defender: str) -> list[Stored]:
        """The defender's measures by due date (those without one last)."""
        self._work.get("defender", defender)
        measures = self._work.list("security_measure", RecordFilter(defender=defender))
        return sorted(measures, key=lambda m: (m.get("due") is None, str(m.get("due") or ""),
                                               m.id))

    def measure_done(self, measure: str) -> bool:
        """The measure is in place."""
        self._work.get("security_measure", measure)
        return self._work.edit("security_measure", measure, {"status": "in-place"})

    def measure_reviewed(self, measure: str, *, next_review: str | None = None) -> bool:
        """Reviewed today; the next review on `next_review` (none when not given)."""
        self._work.get("security_measure", measure)
        return self._work.edit("security_measure", measure, {
            "reviewed": self.today().isoformat(), "review": next_review})

    def is_overdue(self, measure: Stored) -> bool:
        return plan_rules.is_overdue(measure.fields, self.today())

    def needs_review(self, measure: Stored) -> bool:
        return plan_rules.needs_review(measure.fields, self.today())

    def summary(self, defender: str) -> PlanSummary:
        """The plan summary: the latest assessment with its items, then the measures (dropped
        ones left out), each with what it reduces and whether it is late."""
        person = self._work.get("defender", defender)
        assessments = self.assessments_of(defender)
        latest = assessments[0] if assessments else None
        items = self.items_of(latest.id) if latest else []
        today = self.today()
        lines: dict[str, list[PlanLine]] = {"preventive": [], "emergency": []}
        for m in self.measures_of(defender):
            if m.get("status") == "dropped" or m.deleted:
                continue
            reduces = [r for r in get_many(self._session.conn, "risk_item",
                                           list(m.get("reduces") or [])).values()
                       if not r.deleted]
            lines.setdefault(str(m.get("group")), []).append(PlanLine(
                m, plan_rules.is_overdue(m.fields, today),
                plan_rules.needs_review(m.fields, today), reduces))
        return PlanSummary(person, latest, items, lines["preventive"], lines["emergency"], today)


def trend_span(assessments: list[Stored], today: date) -> Trend:
    """The assessments' levels, oldest first, over every month from a year before the first
    (or a year ago) to this month; no incident counted yet (the caller counts those it may)."""
    points = [TrendPoint(str(a.get("assessed")), _first_day(str(a.get("assessed"))),
                         str(a.get("level")), a.id) for a in assessments]
    points.sort(key=lambda p: (p.day, p.assessment))
    start_year = today.year - 1 if not points else int(points[0].day[:4]) - 1
    start_month = today.month if not points else int(points[0].day[5:7])
    return Trend(points, _months(f"{start_year:04d}-{start_month:02d}", today.isoformat()[:7]))


def _first_day(text: str) -> str:
    return parse_date(text).first.isoformat()


@dataclass(frozen=True)
class PlanWording:
    """How a plan summary words what is not the caseworker's own text: `phrase` the fixed phrases
    below (with %1/%2 filled by the renderer), field labels, vocabulary labels, record titles,
    ratings and dates. ENGLISH for the CLI; ui/plan_summary.py gives the user's language."""

    phrase: Callable[[str], str]
    field: Callable[[Any], str]  # a FieldInfo's label
    vocab: Callable[[str, str], str]  # (vocabulary, slug) -> label
    title: Callable[[Stored], str]  # a record's one-line title, its marks respected
    rating: Callable[[Mapping[str, Any]], str]
    day: Callable[[str], str]  # an ISO date inside a sentence


ENGLISH = PlanWording(
    phrase=lambda text: text,
    field=lambda info: str(info.label),
    vocab=lambda vocab, slug: VOCABULARIES[vocab].label(slug),
    title=record_title,
    rating=rating_text,
    day=lambda text: text,
)
# the fixed phrases, listed for ui/plan_summary.py (it marks each for translation)
PHRASES = ("Security plan: %1", "Gone through on %1", "No risk assessment yet.", "Threats",
           "Vulnerabilities", "Capacities", "[hidden]", "%1: %2", "Preventive measures",
           "Emergency protocols", "none", "OVERDUE", "REVIEW DUE", ", ", "Reduces: %1")
_HEADINGS = {"threat": "Threats", "vulnerability": "Vulnerabilities", "capacity": "Capacities"}


def summary_text(plan: PlanSummary, *, reveal: bool, words: PlanWording = ENGLISH) -> str:
    """The plan summary as plain text, in the order a caseworker goes through it: sensitive
    fields and fields marked sensitive read "[hidden]" unless revealed."""
    say = words.phrase
    hidden_word = say("[hidden]")

    def value(kind: str, name: str, raw: Any) -> str:
        info = field_infos(KINDS[kind].cls)[name]
        return words.vocab(info.vocab, str(raw)) if info.vocab and raw else str(raw)

    def field_line(kind: str, record: Stored, name: str, indent: str) -> str | None:
        raw = record.get(name)
        if raw in (None, "", []):
            return None
        info = field_infos(KINDS[kind].cls)[name]
        hidden = info.sensitive or name in record.extra.get("marked", ())
        shown = value(kind, name, raw) if reveal or not hidden else hidden_word
        return indent + say("%1: %2").replace("%1", words.field(info)).replace("%2", shown)

    out = [say("Security plan: %1").replace("%1", defender_title(plan.defender.fields)),
           say("Gone through on %1").replace("%1", words.day(plan.day.isoformat())), ""]
    if plan.assessment is None:
        out.append(say("No risk assessment yet."))
    else:
        assessment = plan.assessment
        out.append(words.title(assessment))
        for name in ("assessor", "summary"):
            line = field_line("risk_assessment", assessment, name, "  ")
            if line:
                out.append(line)
        for kind in ITEM_TYPES:
            chosen = [i for i in plan.items if i.get("item_type") == kind]
            if not chosen:
                continue
            out += ["", say(_HEADINGS[kind])]
            for item in chosen:
                text = str(item.get("text")) if reveal else hidden_word
                rating = words.rating(item.fields)
                out.append(f"  - {text}" + (f" ({rating})" if rating else ""))
                if kind == "threat":
                    for name in plan_rules.FIVE_QUESTIONS:
                        line = field_line("risk_item", item, name, "      ")
                        if line:
                            out.append(line)
    for group, lines in ((say("Preventive measures"), plan.preventive),
                         (say("Emergency protocols"), plan.emergency)):
        out += ["", group]
        if not lines:
            out.append("  " + say("none"))
        for plan_line in lines:
            measure = plan_line.measure
            flags = [value("security_measure", "status", measure.get("status"))]
            if plan_line.overdue:
                flags.append(say("OVERDUE"))
            if plan_line.needs_review:
                flags.append(say("REVIEW DUE"))
            title = measure.get("title") if reveal or "title" not in measure.extra.get(
                "marked", ()) else hidden_word
            out.append(f"  [ ] {title} ({say(', ').join(flags)})")
            for name in ("owner", "due", "review", "details"):
                text_line = field_line("security_measure", measure, name, "      ")
                if text_line:
                    out.append(text_line)
            if plan_line.reduces:
                out.append("      " + say("Reduces: %1").replace(
                    "%1", "; ".join(words.title(r) for r in plan_line.reduces)))
    return "\n".join(out) + "\n"
