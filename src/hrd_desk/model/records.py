"""The records caseworkers keep, as plain dataclasses (no I/O, no Qt).

Each class lists its fields with metadata (fields.py). The store keeps every record's history of
versions and caches the displayed value in a table per kind; ids, times, origin and flags live in
`Stored`, not in these classes, so that what a version sets is exactly these fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .fields import FieldKind as K
from .fields import meta


@dataclass
class Defender:
    name: str = meta(K.TEXT, "Display name", required=True)
    codename: str | None = meta(K.TEXT, "Codename")
    legal_name: str | None = meta(K.TEXT, "Legal name", sensitive=True)
    contact: str | None = meta(K.LONGTEXT, "Contact details", sensitive=True)
    address: str | None = meta(K.LONGTEXT, "Address", sensitive=True)
    country: str | None = meta(K.COUNTRY, "Country")
    region: str | None = meta(K.TEXT, "Region")
    organisation: str | None = meta(K.TEXT, "Organisation")
    field_of_work: str | None = meta(K.ENUM, "Field of work", vocab="fields_of_work")
    gender: str | None = meta(K.TEXT, "Gender")
    languages: list[str] = meta(K.TEXT_LIST, "Languages")
    consent: str = meta(
        K.ENUM, "Consent", required=True, vocab="consent_levels", default="not-recorded"
    )
    consent_date: str | None = meta(K.DATE, "Consent given on", past=True)
    consent_how: str | None = meta(K.ENUM, "Consent given how", vocab="consent_methods")
    notes: str | None = meta(K.LONGTEXT, "Notes", sensitive=True)


@dataclass
class RelatedPerson:
    defender: str = meta(K.REF, "Defender", required=True, ref="defender")
    name: str = meta(K.TEXT, "Name", required=True, sensitive=True)
    relationship: str = meta(K.ENUM, "Relationship", required=True, vocab="relationships")
    contact: str | None = meta(K.LONGTEXT, "Contact details", sensitive=True)
    notes: str | None = meta(K.LONGTEXT, "Notes", sensitive=True)


@dataclass
class Case:
    defender: str = meta(K.REF, "Defender", required=True, ref="defender")
    programme: str = meta(K.ENUM, "Programme", required=True, vocab="programmes")
    title: str | None = meta(K.TEXT, "Title")
    status: str = meta(K.ENUM, "Status", required=True, vocab="case_statuses", default="intake")
    opened: str | None = meta(K.DATE, "Opened")
    closed: str | None = meta(K.DATE, "Closed")
    caseworker: str | None = meta(K.TEXT, "Assigned caseworker")
    priority: str = meta(K.ENUM, "Priority", required=True, vocab="priorities", default="normal")
    notes: str | None = meta(K.LONGTEXT, "Notes")


@dataclass
class Incident:
    defenders: list[str] = meta(K.REF_LIST, "Defenders", required=True, ref="defender")
    category: str = meta(K.ENUM, "Primary category", required=True, vocab="threat_categories")
    occurred: str = meta(K.DATE, "When it happened", required=True, past=True)
    description: str = meta(K.LONGTEXT, "Description", required=True)
    also: list[str] = meta(K.ENUM_LIST, "Further categories", vocab="threat_categories")
    subtype: str | None = meta(K.ENUM, "Sub-type", vocab="threat_subtypes")
    targets: list[str] = meta(K.REF_LIST, "Targeted related people", ref="related")
    case: str | None = meta(K.REF, "Case", ref="case")
    country: str | None = meta(K.COUNTRY, "Country")
    region: str | None = meta(K.TEXT, "Region")
    location: str | None = meta(K.TEXT, "Where")
    reported: str | None = meta(K.DATE, "When reported", past=True)
    source: str | None = meta(K.ENUM, "Source", vocab="incident_sources")
    channel: str | None = meta(K.ENUM, "Channel", vocab="channels")
    perpetrator: str | None = meta(K.ENUM, "Perpetrator type", vocab="perpetrator_types")
    severity: int | None = meta(K.INT, "Severity", minimum=1, maximum=5)
    actions: str | None = meta(K.LONGTEXT, "Actions taken")
    reported_to: list[str] = meta(K.ENUM_LIST, "Reported to", vocab="reported_to")
    status: str = meta(K.ENUM, "Status", required=True, vocab="incident_statuses", default="open")


@dataclass
class Relocation:
    """A stay in a host city under a relocation programme (planned dates first, then actual)."""

    defender: str = meta(K.REF, "Defender", required=True, ref="defender")
    case: str | None = meta(K.REF, "Relocation case", ref="case")
    # Sensitive: where a relocated defender now is, is what those threatening them want (a
    # border search of an unlocked laptop, a partner report). docs/threat-model.md.
    host_city: str = meta(K.TEXT, "Host city", required=True, sensitive=True)
    planned_arrival: str = meta(K.DATE, "Planned arrival", required=True)
    planned_departure: str = meta(K.DATE, "Planned departure", required=True)
    arrival: str | None = meta(K.DATE, "Arrived", past=True)
    departure: str | None = meta(K.DATE, "Left", past=True)
    status: str = meta(
        K.ENUM, "Stay status", required=True, vocab="relocation_statuses", default="planned"
    )
    travel_status: str | None = meta(K.ENUM, "Visa and travel status", vocab="travel_statuses")
    visa_expires: str | None = meta(K.DATE, "Visa expires")
    companion: str | None = meta(K.REF, "Accompanying person", ref="related")
    accommodation: str | None = meta(K.LONGTEXT, "Accommodation", sensitive=True)
    activities: str | None = meta(K.LONGTEXT, "Activities during the stay")
    return_plan: str | None = meta(K.LONGTEXT, "Return plan")
    follow_up: str | None = meta(K.LONGTEXT, "Follow-up after return")
    notes: str | None = meta(K.LONGTEXT, "Notes")


@dataclass
class CheckIn:
    """A scheduled contact with a defender during or after a stay, then done or missed."""

    relocation: str = meta(K.REF, "Stay", required=True, ref="relocation")
    due: str = meta(K.DATE, "Due", required=True)
    status: str = meta(
        K.ENUM, "Status", required=True, vocab="checkin_statuses", default="scheduled"
    )
    done_at: str | None = meta(K.DATE, "Done on", past=True)
    how: str | None = meta(K.ENUM, "How", vocab="checkin_methods")
    note: str | None = meta(K.LONGTEXT, "Note")
    concern: str | None = meta(K.ENUM, "Anything worrying", vocab="checkin_concerns")
    incident: str | None = meta(K.REF, "Incident logged", ref="incident")


@dataclass
class Training:
    """An edition of the training course (title, dates, place); its participants are records of
    their own (TrainingParticipant), so that each can be shared under its defender's consent."""

    title: str = meta(K.TEXT, "Title", required=True)
    starts: str = meta(K.DATE, "Starts", required=True)
    ends: str | None = meta(K.DATE, "Ends")
    place: str | None = meta(K.TEXT, "Place")
    notes: str | None = meta(K.LONGTEXT, "Notes")


@dataclass
class TrainingParticipant:
    """A defender enrolled in an edition: the modules they attended, the needs noted for them."""

    training: str = meta(K.REF, "Training", required=True, ref="training")
    defender: str = meta(K.REF, "Defender", required=True, ref="defender")
    modules: list[str] = meta(K.ENUM_LIST, "Modules attended", vocab="training_modules")
    # Sensitive: a defender's needs are their gaps in protection (docs/sharing.md).
    needs: str | None = meta(K.LONGTEXT, "Needs noted", sensitive=True)


@dataclass
class RiskAssessment:
    """One assessment of a defender's risk: who assessed it when, the resulting level and why.

    Its threats, vulnerabilities and capacities are records of their own (RiskItem), so two
    offices adding items to one assessment both keep theirs, and measures link to one item.
    """

    defender: str = meta(K.REF, "Defender", required=True, ref="defender")
    assessed: str = meta(K.DATE, "Assessed on", required=True, past=True)
    level: str = meta(K.ENUM, "Resulting level", required=True, vocab="risk_levels")
    assessor: str | None = meta(K.TEXT, "Assessed by")
    # the reasoning names threats and who is behind them: sensitive (docs/sharing.md)
    summary: str | None = meta(K.LONGTEXT, "Reasoning", sensitive=True)


@dataclass
class RiskItem:
    """A threat, vulnerability or capacity of one assessment, rated.

    A threat is rated by likelihood and impact (1-5) and written down through the five questions
    (facts, pattern over time, objective, who is behind it, feasibility); a vulnerability or a
    capacity by its level (1-5). What a threat says is sensitive: it is what the adversary would
    most like to know the defender knows.
    """

    assessment: str = meta(K.REF, "Assessment", required=True, ref="risk_assessment")
    item_type: str = meta(K.ENUM, "Type", required=True, vocab="risk_item_types")
    text: str = meta(K.LONGTEXT, "Description", required=True, sensitive=True)
    likelihood: int | None = meta(K.INT, "Likelihood", minimum=1, maximum=5)
    impact: int | None = meta(K.INT, "Impact", minimum=1, maximum=5)
    level: int | None = meta(K.INT, "Level", minimum=1, maximum=5)
    incidents: list[str] = meta(K.REF_LIST, "Incidents", ref="incident")
    facts: str | None = meta(K.LONGTEXT, "The facts", sensitive=True)
    pattern: str | None = meta(K.LONGTEXT, "Pattern over time", sensitive=True)
    objective: str | None = meta(K.LONGTEXT, "Objective", sensitive=True)
    behind: str | None = meta(K.LONGTEXT, "Who is behind it", sensitive=True)
    feasibility: str | None = meta(K.LONGTEXT, "Can it be carried out", sensitive=True)


@dataclass
class SecurityMeasure:
    """A measure of a defender's security plan: preventive, or an emergency protocol."""

    defender: str = meta(K.REF, "Defender", required=True, ref="defender")
    title: str = meta(K.TEXT, "Measure", required=True)
    group: str = meta(
        K.ENUM, "Type", required=True, vocab="measure_groups", default="preventive"
    )
    owner: str | None = meta(K.TEXT, "Owner")
    due: str | None = meta(K.DATE, "Due")
    review: str | None = meta(K.DATE, "Next review")
    status: str = meta(K.ENUM, "Status", required=True, vocab="measure_statuses", default="planned")
    reduces: list[str] = meta(K.REF_LIST, "Reduces", ref="risk_item")
    reviewed: str | None = meta(K.DATE, "Last reviewed", past=True)
    # how the measure works (routes, safe places, who to call): sensitive
    details: str | None = meta(K.LONGTEXT, "How", sensitive=True)


@dataclass
class NetworkContact:
    """A person or organisation in the programme's network (not tied to one defender)."""

    name: str = meta(K.TEXT, "Name", required=True)
    contact_type: str = meta(K.ENUM, "Kind", required=True, vocab="contact_types")
    organisation: str | None = meta(K.TEXT, "Organisation")
    city: str | None = meta(K.TEXT, "City")
    # Sensitive: how to reach a diplomat or a lawyer working for defenders (docs/sharing.md).
    reach: str | None = meta(K.LONGTEXT, "How to reach them", sensitive=True)
    notes: str | None = meta(K.LONGTEXT, "Notes")


@dataclass
class AdvocacyAction:
    """A meeting, letter, urgent appeal or other action with network contacts, on behalf of
    defenders (about incidents), and what came of it."""

    action: str = meta(K.ENUM, "Action", required=True, vocab="advocacy_actions")
    date: str = meta(K.DATE, "Date", required=True)
    subject: str | None = meta(K.TEXT, "Subject")
    contacts: list[str] = meta(K.REF_LIST, "Contacts involved", ref="contact")
    defenders: list[str] = meta(K.REF_LIST, "Defenders it concerns", ref="defender")
    incidents: list[str] = meta(K.REF_LIST, "Incidents it concerns", ref="incident")
    # Sensitive: what was said and obtained on a defender's behalf (docs/sharing.md).
    outcome: str | None = meta(K.LONGTEXT, "Outcome", sensitive=True)
    follow_up: str | None = meta(K.LONGTEXT, "Follow-up", sensitive=True)


@dataclass
class Task:
    """Anything with a due date (a time of day optional); overdue is computed, never stored."""

    title: str = meta(K.TEXT, "Task", required=True)
    due: str | None = meta(K.DATE, "Due")
    defender: str | None = meta(K.REF, "Defender", ref="defender")
    case: str | None = meta(K.REF, "Case", ref="case")
    relocation: str | None = meta(K.REF, "Stay", ref="relocation")
    assignee: str | None = meta(K.TEXT, "For")
    status: str = meta(K.ENUM, "Status", required=True, vocab="task_statuses", default="open")
    notes: str | None = meta(K.LONGTEXT, "Notes")


@dataclass(frozen=True)
class RecordKind:
    """A kind of record: its CLI name, dataclass, cache table and human label."""

    name: str
    cls: type
    table: str
    label: str


KINDS: dict[str, RecordKind] = {
    k.name: k
    for k in (
        RecordKind("defender", Defender, "defenders", "defender"),
        RecordKind("related", RelatedPerson, "related_people", "related person"),
        RecordKind("case", Case, "cases", "case"),
        RecordKind("incident", Incident, "incidents", "incident"),
        RecordKind("relocation", Relocation, "relocations", "stay"),
        RecordKind("checkin", CheckIn, "checkins", "check-in"),
        RecordKind("training", Training, "trainings", "training"),
        RecordKind("participant", TrainingParticipant, "training_participants",
                   "training participant"),
        RecordKind("risk_assessment", RiskAssessment, "risk_assessments", "risk assessment"),
        RecordKind("risk_item", RiskItem, "risk_items", "risk item"),
        RecordKind("security_measure", SecurityMeasure, "security_measures", "security measure"),
        RecordKind("contact", NetworkContact, "network_contacts", "network contact"),
        RecordKind("advocacy", AdvocacyAction, "advocacy_actions", "advocacy action"),
        RecordKind("task", Task, "tasks", "task"),
    )
}


@dataclass
class Stored:
    """A record as the vault holds it: its displayed fields and the bookkeeping around them.

    `conflict` is true when the displayed value hides concurrent versions a user should resolve
    (docs/design/merge.md); `fields` holds every field of the kind, absent ones as None or [].
    """

    kind: str
    id: str
    fields: dict[str, Any]
    created: str
    updated: str
    origin: str
    deleted: bool = False
    conflict: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        return self.fields.get(name)
