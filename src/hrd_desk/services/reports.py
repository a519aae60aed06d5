"""Reports a person takes out of the vault: statistics, lists as CSV, a defender's dossier
(issue 18). Every record in a list or a dossier goes through the one sharing rule
(sharing_rule.decide with Purpose.REPORT and the chosen profile): a record leaves only if the
consent of every defender it concerns allows the profile, and each field in the form the rule
gives (full, codename, country, month, withheld). Nothing here writes a copy inside the app; the
files are written atomically where the person chose (csv_files; the PDF by the GUI or the CLI
through ui-free code in cli/ and Qt's writer in ui/).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import Cancelled, ConsentRefused, InvalidValue, RejectedInput
from ..model.dates import DateFormatError, parse_date
from ..model.display import vocab_label
from ..model.fields import FieldInfo, FieldKind, field_infos
from ..model.records import KINDS, Stored
from ..model.vocab import country_name
from . import colleagues, csv_files
from .casework import Casework, RecordFilter
from .network import Network
from .outbound import Outbound
from .plan_rules import is_overdue, needs_review
from .plans import Plans, Trend, trend_span
from .scope import DECIDE_PER_READ
from .session import Session
from .sharing_rule import Decision, Form, Profile, Purpose, RecordFacts, decide
from .statistics import ENGLISH as STATS_ENGLISH
from .statistics import Statistics, StatsQuery, StatsWording, csv_table, statistics

LIST_KINDS = {"defenders": "defender", "incidents": "incident", "cases": "case",
              "stays": "relocation", "tasks": "task"}
WITHHELD_CELL = "(withheld)"


@dataclass(frozen=True)
class ReportWording:
    """How a dossier or a list's CSV words what is not the caseworker's own text: `phrase` the
    fixed phrases (PHRASES, %1/%2 filled here), `count` a phrase holding %n in the plural form
    for n, field labels (a list's headings), vocabulary labels, country names and dates inside a
    sentence. ENGLISH for the CLI; ui/report_words.py gives the user's language (as
    services/plans.PlanWording does for the plan summary)."""

    phrase: Callable[[str], str]
    count: Callable[[str, int], str]
    field: Callable[[FieldInfo], str]
    vocab: Callable[[str, str], str]  # (vocabulary, slug) -> label
    country: Callable[[str], str]  # ISO code -> name
    day: Callable[[str], str]  # an ISO date (or month) inside a sentence

    def say(self, text: str, *values: object) -> str:
        """A fixed phrase in this wording with %1, %2, ... filled in one pass (a value holding
        "%2" is never filled again)."""
        def value(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            return str(values[index]) if 0 <= index < len(values) else match.group(0)
        return re.sub(r"%([1-9])", value, self.phrase(text))


ENGLISH = ReportWording(
    phrase=lambda text: text,
    count=lambda text, n: text.replace("%n", str(n)),
    field=lambda info: str(info.label),
    vocab=vocab_label,
    country=country_name,
    day=lambda text: text,
)
# the fixed phrases, listed for ui/report_words.py (it marks each for translation; a test checks
# both lists agree)
PHRASES = (
    "(withheld)", "Defender", "Profile", "Incident timeline", "Threat pattern", "Stays",
    "Advocacy", "Risk trend", "Risks in the latest assessment", "Security plan status",
    "Category: %1", "Perpetrator: %1", "Not known", "Highest severity",
    "No incident under this profile.", "Incidents counted in the chart",
    "%1 from %2 to %3 (those this profile lets leave)", "Measures planned", "Measures in place",
    "Measures lapsed", "Measures dropped", "Measures %1", "Measures overdue on %1",
    "Measures whose review is due", "Next review", "none set", "Overdue", "Yes",
    "Profile: %1 · %2 · Office: %3", "Dossier: %1",
    "Prepared %1 by %2, %3 profile. Not encrypted: keep it safe.", "None under this profile.",
    "%1: %2", "; ", "full", "partner", "public", "this office (no name set)", "Id",
)
COUNTED = (
    "%n incident(s) left out: the consent of a defender they concern does not allow this "
    "profile.",
    "%n stay(s) left out (consent).", "%n action(s) left out (consent).",
    "%n assessment(s) left out (consent).", "%n risk item(s) left out (consent).",
    "%n measure(s) left out (consent).",
)
_MEASURES = {"planned": "Measures planned", "in-place": "Measures in place",
             "lapsed": "Measures lapsed", "dropped": "Measures dropped"}


def profile_named(name: str) -> Profile:
    try:
        return Profile(name)
    except ValueError:
        raise InvalidValue("profile", f"{name!r} is not a profile: use full, partner or "
                           "public") from None


def month_of(text: str) -> str:
    """A date as its month (a year-only date stays a year; a range becomes its months)."""
    try:
        value = parse_date(text)
    except DateFormatError:
        return ""
    if value.precision == "year" or value.first.year != value.last.year:
        first, last = str(value.first.year), str(value.last.year)
    else:
        first, last = value.first.strftime("%Y-%m"), value.last.strftime("%Y-%m")
    return first if first == last else f"{first}..{last}"


class Redactor:
    """A profile applied to records through the one rule, with this vault's facts."""

    def __init__(self, session: Session, profile: Profile, today: date | None = None,
                 words: ReportWording = ENGLISH) -> None:
        self.session = session
        self.profile = profile
        self.words = words
        self.today = today or date.today()  # the report's day (what is overdue, next reviews)
        self.work = Casework(session)
        self.outbound = Outbound(session.conn, session.vault_id, [])
        self._countries: dict[str, str] = {}
        self._columns: dict[str, list[str]] = {}

    def decision(self, record_id: str) -> Decision:
        return decide(self.outbound.facts(record_id), self.profile, Purpose.REPORT)

    def columns(self, kind: str) -> list[str]:
        """The fields of `kind` that may leave under this profile for a record nobody marked
        (the same for every record of the kind: asked once per kind)."""
        if kind not in self._columns:
            forms = decide(RecordFacts(kind, consents=("public",)), self.profile,
                           Purpose.REPORT).forms
            self._columns[kind] = [n for n in field_infos(KINDS[kind].cls)
                                   if forms.get(n) is not Form.WITHHELD]
        return self._columns[kind]

    def _defender_country(self, defender_id: str | None) -> str:
        if not defender_id:
            return ""
        if defender_id not in self._countries:
            try:
                found = self.work.get("defender", defender_id).get("country")
            except RejectedInput:
                found = None
            self._countries[defender_id] = self.words.country(found) if found else ""
        return self._countries[defender_id]

    def text(self, stored: Stored, name: str, form: Form) -> str:
        """One field's value as it leaves, in `form` (WITHHELD_CELL when withheld)."""
        words = self.words
        if form is Form.WITHHELD:
            return words.phrase(WITHHELD_CELL)
        if form is Form.CODENAME:
            return str(stored.get("codename") or "")
        if form is Form.COUNTRY:
            country = stored.get("country")
            if country:
                return words.country(str(country))
            return self._defender_country(stored.get("defender"))
        info = field_infos(KINDS[stored.kind].cls)[name]
        value = stored.get(name)
        if value in (None, "", []):
            return ""
        if form is Form.MONTH:
            return words.day(month_of(str(value)))
        if info.kind is FieldKind.COUNTRY:
            return words.country(str(value))
        if isinstance(value, list):
            return words.phrase("; ").join(words.vocab(info.vocab, str(v)) if info.vocab
                                           else str(v) for v in value)
        if info.vocab:
            return words.vocab(info.vocab, str(value))
        if info.kind is FieldKind.DATE:
            return words.day(str(value))
        return str(value)

    def fields(self, stored: Stored, decision: Decision) -> dict[str, str]:
        """The fields that may leave, as text (fields withheld for the profile left out)."""
        return {n: self.text(stored, n, decision.forms.get(n, Form.WITHHELD))
                for n in self.columns(stored.kind)}


@dataclass(frozen=True)
class ListExport:
    kind: str
    profile: Profile
    header: list[str]
    rows: list[list[str]]
    withheld_for_consent: int


def list_export(session: Session, kind_name: str, profile: Profile,
                words: ReportWording = ENGLISH, *, flt: RecordFilter | None = None,
                only: Collection[str] | None = None,
                progress: Callable[[int, int], bool] | None = None) -> ListExport:
    """A list (defenders, incidents, cases, stays, tasks) as rows under the profile: records the
    rule refuses are left out and counted. `words` give the headings (field labels, "Id") and
    the values' words (vocabulary, countries, "(withheld)"): English for the CLI.

    Every record of the kind unless narrowed, as a GUI page shows it: `flt` the page's own
    filter (a CaseworkSource's), `only` the ids the page lists (the Defenders overview's own
    query). The sharing rule still decides each record kept; refused ones are counted.
    `progress(done, total)` is told after each batch of records decided; False from it raises
    Cancelled (nothing was written: the list is only made here)."""
    if kind_name not in LIST_KINDS:
        raise InvalidValue("kind", f"{kind_name!r} is not a list: use one of "
                           + ", ".join(LIST_KINDS))
    kind = LIST_KINDS[kind_name]
    redactor = Redactor(session, profile, words=words)
    names = redactor.columns(kind)
    infos = field_infos(KINDS[kind].cls)
    header = [words.phrase("Id"), *(words.field(infos[n]) for n in names)]
    rows: list[list[str]] = []
    refused = 0
    kept = None if only is None else set(only)
    listed = [stored for stored in redactor.work.list(kind, flt or RecordFilter())
              if kept is None or stored.id in kept]
    if progress is not None and not progress(0, len(listed)):
        raise Cancelled()
    for start in range(0, len(listed), DECIDE_PER_READ):
        chunk = listed[start:start + DECIDE_PER_READ]
        # the facts each decision asks, read for many records at once (100,000 incidents
        # one by one took 22 s)
        redactor.outbound.prepare(stored.id for stored in chunk)
        for stored in chunk:
            decision = redactor.decision(stored.id)
            if not decision.leaves:
                refused += 1
                continue
            values = redactor.fields(stored, decision)
            rows.append([stored.id, *(values[n] for n in names)])
        if progress is not None and not progress(start + len(chunk), len(listed)):
            raise Cancelled()
    return ListExport(kind, profile, header, rows, refused)


# -- the dossier ---------------------------------------------------------------------------------


@dataclass
class DossierSection:
    """A titled part of a dossier: lines of (label, text), or a table (header + rows)."""

    title: str
    lines: list[tuple[str, str]] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    note: str = ""
    trend: Trend | None = None  # drawn as the Risk tab's chart (ui/risk_trend.paint_trend)


@dataclass
class Dossier:
    defender_id: str
    title: str
    profile: Profile
    office: str
    made: date
    sections: list[DossierSection]
    words: ReportWording = ENGLISH

    @property
    def footer(self) -> str:
        w = self.words
        return w.say("Profile: %1 · %2 · Office: %3", w.phrase(self.profile.value),
                     w.day(self.made.isoformat()), self.office)

    @property
    def heading(self) -> str:
        return self.words.say("Dossier: %1", self.title)

    @property
    def introduction(self) -> str:
        w = self.words
        return w.say("Prepared %1 by %2, %3 profile. Not encrypted: keep it safe.",
                     w.day(self.made.isoformat()), self.office, w.phrase(self.profile.value))


# Further sections (risk trend, security plan status, advocacy: issue 16) are functions added
# here: each gets the redactor (the profile through the one rule) and the defender's id, and
# returns a section or None. They must take every record they show through
# `redactor.decision` and `redactor.fields`.
SectionMaker = Callable[[Redactor, str], "DossierSection | None"]
EXTRA_SECTIONS: list[SectionMaker] = []


def _profile_section(redactor: Redactor, defender: Stored, decision: Decision) -> DossierSection:
    infos = field_infos(KINDS["defender"].cls)
    values = redactor.fields(defender, decision)
    words = redactor.words
    return DossierSection(words.phrase("Profile"),
                          lines=[(words.field(infos[n]), v) for n, v in values.items()
                                 if v and not _coarse_repeat(decision, n)])


def _coarse_repeat(decision: Decision, name: str) -> bool:
    """A place reduced to its country, or a name to its codename: the dossier shows the country
    (the codename) once, in its own line, not again under the exact field's label."""
    return decision.forms.get(name) in (Form.COUNTRY, Form.CODENAME)


def _incidents(redactor: Redactor, defender_id: str) -> tuple[list[Stored], list[Decision], int]:
    shown, decisions, refused = [], [], 0
    for incident in redactor.work.list("incident", RecordFilter(defender=defender_id),
                                       order_by="occurred_order", descending=False):
        decision = redactor.decision(incident.id)
        if decision.leaves:
            shown.append(incident)
            decisions.append(decision)
        else:
            refused += 1
    return shown, decisions, refused


_TIMELINE_FIELDS = ("occurred", "category", "severity", "perpetrator", "location", "region",
                    "country", "description", "status")


def _timeline(redactor: Redactor, incidents: list[Stored], decisions: list[Decision],
              refused: int) -> DossierSection:
    infos = field_infos(KINDS["incident"].cls)
    allowed = set(redactor.columns("incident"))
    names = [n for n in _TIMELINE_FIELDS if n in allowed]
    rows = [["" if _coarse_repeat(d, n) else redactor.text(i, n, d.forms.get(n, Form.WITHHELD))
             for n in names] for i, d in zip(incidents, decisions, strict=True)]
    words = redactor.words
    note = words.count(COUNTED[0], refused) if refused else ""
    return DossierSection(words.phrase("Incident timeline"),
                          header=[words.field(infos[n]) for n in names], rows=rows, note=note)


def _pattern(words: ReportWording, incidents: list[Stored]) -> DossierSection:
    def label(vocab: str, slug: str | None) -> str:
        return words.vocab(vocab, slug) if slug else ""

    by_category = Counter(label("threat_categories", i.get("category")) for i in incidents)
    by_perpetrator = Counter(label("perpetrator_types", i.get("perpetrator")) or
                             words.phrase("Not known") for i in incidents)
    severities = [int(i.get("severity")) for i in incidents if i.get("severity") is not None]
    lines = [(words.say("Category: %1", c), str(n)) for c, n in by_category.most_common()]
    lines += [(words.say("Perpetrator: %1", p), str(n)) for p, n in by_perpetrator.most_common()]
    if severities:
        lines.append((words.phrase("Highest severity"), str(max(severities))))
    return DossierSection(words.phrase("Threat pattern"), lines=lines,
                          note="" if incidents else words.phrase("No incident under this "
                                                                 "profile."))


_STAY_FIELDS = ("host_city", "planned_arrival", "planned_departure", "arrival", "departure",
                "status", "travel_status", "accommodation", "activities", "notes")


def _stays(redactor: Redactor, defender_id: str) -> DossierSection:
    infos = field_infos(KINDS["relocation"].cls)
    allowed = set(redactor.columns("relocation"))
    names = [n for n in _STAY_FIELDS if n in allowed]
    rows: list[list[str]] = []
    refused = 0
    for stay in redactor.work.list("relocation", RecordFilter(defender=defender_id)):
        decision = redactor.decision(stay.id)
        if not decision.leaves:
            refused += 1
            continue
        rows.append([redactor.text(stay, n, decision.forms.get(n, Form.WITHHELD))
                     for n in names])
    words = redactor.words
    note = words.count(COUNTED[1], refused) if refused else ""
    return DossierSection(words.phrase("Stays"), header=[words.field(infos[n]) for n in names],
                          rows=rows, note=note)


_ADVOCACY_FIELDS = ("date", "action", "subject", "outcome", "follow_up")


def _advocacy(redactor: Redactor, defender_id: str) -> DossierSection | None:
    """Advocacy actions about the defender (issue 16's kind), each through the rule."""
    infos = field_infos(KINDS["advocacy"].cls)
    allowed = set(redactor.columns("advocacy"))
    names = [n for n in _ADVOCACY_FIELDS if n in allowed]
    rows: list[list[str]] = []
    refused = 0
    for action in Network(redactor.session).advocacy_of(defender_id):
        decision = redactor.decision(action.id)
        if not decision.leaves:
            refused += 1
            continue
        rows.append([redactor.text(action, n, decision.forms.get(n, Form.WITHHELD))
                     for n in names])
    if not rows and not refused:
        return None
    words = redactor.words
    note = words.count(COUNTED[2], refused) if refused else ""
    return DossierSection(words.phrase("Advocacy"), header=[words.field(infos[n]) for n in names],
                          rows=rows, note=note)


_ASSESSMENT_FIELDS = ("assessed", "level", "assessor", "summary")
_ITEM_FIELDS = ("item_type", "text", "likelihood", "impact", "level", "facts", "pattern",
                "objective", "behind", "feasibility")


def _table(redactor: Redactor, kind: str, names: tuple[str, ...], records: list[Stored]
           ) -> tuple[list[str], list[list[str]], int]:
    """Records of `kind` as rows of the fields the profile lets leave, each through the rule;
    returns the header, the rows and how many records the rule refused."""
    infos = field_infos(KINDS[kind].cls)
    allowed = set(redactor.columns(kind))
    shown = [n for n in names if n in allowed]
    rows: list[list[str]] = []
    refused = 0
    for record in records:
        decision = redactor.decision(record.id)
        if not decision.leaves:
            refused += 1
            continue
        rows.append([redactor.text(record, n, decision.forms.get(n, Form.WITHHELD))
                     for n in shown])
    return [redactor.words.field(infos[n]) for n in shown], rows, refused


def _risk_trend(redactor: Redactor, defender_id: str) -> DossierSection | None:
    """The assessed levels over time beside the incidents counted by month (the Risk tab's
    chart), the assessments and the latest one's items: each record through the rule, so the
    chart counts only incidents the profile lets leave and shows only assessments it lets leave.
    A public dossier has none of it (sharing_rule.NEVER_PUBLISHED)."""
    plans = Plans(redactor.session, today=lambda: redactor.today)
    assessments = plans.assessments_of(defender_id)
    leaving = [a for a in assessments if redactor.decision(a.id).leaves]
    if not leaving:
        return None
    oldest_first = sorted(leaving, key=lambda a: (parse_date(str(a.get("assessed"))).first,
                                                  a.id))
    header, rows, _ = _table(redactor, "risk_assessment", _ASSESSMENT_FIELDS, oldest_first)
    trend = trend_span(leaving, redactor.today)
    incidents, decisions, _ = _incidents(redactor, defender_id)
    for incident, decision in zip(incidents, decisions, strict=True):
        if decision.forms.get("occurred") is Form.WITHHELD:
            continue
        try:
            month = parse_date(str(incident.get("occurred"))).first.isoformat()[:7]
        except DateFormatError:
            continue
        if month in trend.months:
            by_category = trend.incidents.setdefault(month, {})
            category = str(incident.get("category") or "")
            by_category[category] = by_category.get(category, 0) + 1
    counted = sum(trend.incident_count(m) for m in trend.months)
    words = redactor.words
    lines = [(words.phrase("Incidents counted in the chart"),
              words.say("%1 from %2 to %3 (those this profile lets leave)", counted,
                        words.day(trend.months[0]), words.day(trend.months[-1])))]
    left_out = len(assessments) - len(leaving)
    note = words.count(COUNTED[3], left_out) if left_out else ""
    return DossierSection(words.phrase("Risk trend"), lines=lines, header=header, rows=rows,
                          note=note, trend=trend)


def _risk_items(redactor: Redactor, defender_id: str) -> DossierSection | None:
    """The threats, vulnerabilities and capacities of the latest assessment that leaves: a
    partner gets their types and ratings, never what they say (sensitive fields)."""
    plans = Plans(redactor.session, today=lambda: redactor.today)
    latest = next((a for a in plans.assessments_of(defender_id)
                   if redactor.decision(a.id).leaves), None)
    if latest is None:
        return None
    header, rows, refused = _table(redactor, "risk_item", _ITEM_FIELDS,
                                   plans.items_of(latest.id))
    if not rows and not refused:
        return None
    words = redactor.words
    note = words.count(COUNTED[4], refused) if refused else ""
    return DossierSection(words.phrase("Risks in the latest assessment"), header=header,
                          rows=rows, note=note)


_MEASURE_FIELDS = ("title", "group", "status", "due", "review", "reviewed", "owner", "details")


def _plan_status(redactor: Redactor, defender_id: str) -> DossierSection | None:
    """The security plan: measures counted by status, which are overdue, the next reviews, and
    the measures themselves (dropped ones counted, not listed), each through the rule. A partner
    learns types, statuses and dates, never what a measure is, who carries it out or how; a
    public dossier has none of it (sharing_rule.NEVER_PUBLISHED)."""
    measures = [m for m in Plans(redactor.session).measures_of(defender_id) if not m.deleted]
    leaving = [m for m in measures if redactor.decision(m.id).leaves]
    if not leaving:
        return None
    words = redactor.words
    statuses = Counter(str(m.get("status") or "") for m in leaving)
    lines = [(words.phrase(_MEASURES[slug]) if slug in _MEASURES else
              words.say("Measures %1", words.vocab("measure_statuses", slug)), str(n))
             for slug, n in statuses.most_common()]
    overdue = {m.id for m in leaving if is_overdue(m.fields, redactor.today)}
    lines.append((words.say("Measures overdue on %1", words.day(redactor.today.isoformat())),
                  str(len(overdue))))
    review_due = {m.id for m in leaving if needs_review(m.fields, redactor.today)}
    if review_due:
        lines.append((words.phrase("Measures whose review is due"), str(len(review_due))))
    upcoming = sorted(str(m.get("review")) for m in leaving if m.get("review") and
                      m.get("status") in ("planned", "in-place") and m.id not in review_due)
    lines.append((words.phrase("Next review"),
                  words.day(upcoming[0]) if upcoming else words.phrase("none set")))
    listed = [m for m in leaving if m.get("status") != "dropped"]
    header, rows, _ = _table(redactor, "security_measure", _MEASURE_FIELDS, listed)
    header.append(words.phrase("Overdue"))
    for row, measure in zip(rows, listed, strict=True):
        row.append(words.phrase("Yes") if measure.id in overdue else "")
    left_out = len(measures) - len(leaving)
    note = words.count(COUNTED[5], left_out) if left_out else ""
    return DossierSection(words.phrase("Security plan status"), lines=lines, header=header,
                          rows=rows, note=note)


EXTRA_SECTIONS.extend([_risk_trend, _risk_items, _plan_status, _advocacy])


def dossier(session: Session, defender_id: str, profile: Profile, today: date,
            words: ReportWording = ENGLISH) -> Dossier:
    """A defender's dossier under the profile, worded by `words`; the defender itself refused
    by the rule (consent) stops it: ConsentRefused, nothing is made."""
    redactor = Redactor(session, profile, today, words)
    defender = redactor.work.get("defender", defender_id)
    if defender.deleted:
        raise InvalidValue("defender", f"defender {defender_id} is deleted: restore it first")
    decision = redactor.decision(defender_id)
    if not decision.leaves:
        consent = defender.get("consent") or "not-recorded"
        raise ConsentRefused(f"defender {defender_id} has consent '{consent}', which does not "
                             f"allow a {profile.value} dossier: nothing was written")
    fields = redactor.fields(defender, decision)
    title = fields.get("codename") if decision.forms.get("name") is not Form.FULL else None
    title = title or fields.get("name") or fields.get("codename") or words.phrase("Defender")
    incidents, decisions, refused = _incidents(redactor, defender_id)
    sections = [_profile_section(redactor, defender, decision),
                _timeline(redactor, incidents, decisions, refused),
                _pattern(words, incidents), _stays(redactor, defender_id)]
    for make in EXTRA_SECTIONS:
        extra = make(redactor, defender_id)
        if extra is not None:
            sections.append(extra)
    office = colleagues.identity_info(session).name
    if office == colleagues.UNNAMED_OFFICE:  # no name: said in the dossier's language
        office = words.phrase("this office (no name set)")
    return Dossier(defender_id, title, profile, office, today, sections, words)


# -- the topic -----------------------------------------------------------------------------------


class Reports:
    """desk.reports: statistics, lists and dossiers (nothing kept inside the app)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def statistics(self, query: StatsQuery) -> Statistics:
        return statistics(self._s, query)

    @staticmethod
    def write_statistics_csv(stats: Statistics, out: Path,
                             words: StatsWording = STATS_ENGLISH) -> Path:
        if not stats.query.leaving:
            raise InvalidValue("csv", "a file leaves the office: count consented defenders only")
        header, rows = csv_table(stats, words)
        return csv_files.write_csv(out, header, rows)

    def list_export(self, kind: str, profile: Profile, words: ReportWording = ENGLISH, *,
                    flt: RecordFilter | None = None,
                    only: Collection[str] | None = None,
                    progress: Callable[[int, int], bool] | None = None) -> ListExport:
        return list_export(self._s, kind, profile, words, flt=flt, only=only,
                           progress=progress)

    @staticmethod
    def write_list(export: ListExport, out: Path) -> Path:
        """A list already made (what the GUI warned about) as CSV, atomically at `out`."""
        return csv_files.write_csv(out, export.header, export.rows)

    def write_list_csv(self, kind: str, profile: Profile, out: Path,
                       words: ReportWording = ENGLISH) -> ListExport:
        csv_files.check_out_path(out, ".csv")  # before the work
        export = list_export(self._s, kind, profile, words)
        self.write_list(export, out)
        return export

    def dossier(self, defender_id: str, profile: Profile, today: date | None = None,
                words: ReportWording = ENGLISH) -> Dossier:
        return dossier(self._s, defender_id, profile, today or date.today(), words)


__all__ = ["COUNTED", "ENGLISH", "EXTRA_SECTIONS", "LIST_KINDS", "PHRASES", "Dossier",
           "DossierSection", "ListExport", "Redactor", "ReportWording", "Reports", "list_export",
           "profile_named"]
