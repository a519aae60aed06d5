"""The one rule for what leaves this vault: a record x a recipient x a purpose -> which fields
may leave, and in which form (docs/sharing.md holds the same rule as a table).

Pure: the facts about a record (its kind, whether it is deleted or purged, the consent of every
defender it concerns, the fields a caseworker marked sensitive, whether the recipient already
holds it) are gathered from this vault's own data by services/outbound.py, and every path that
writes records for someone else (`export`, `export --changes`, `share` + `sync`) asks `decide`.

Profiles: a programme office gets records whole (`full`); a partner organisation gets them
redacted (`partner`); `public` is anonymised statistics, where nothing per person leaves as a
record. Consent levels are ordered: `colleagues` allows offices, `partners` also partners, `public`
also statistics; `none` and `not-recorded` (the default) allow nothing at all.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum

from ..model.fields import FieldKind, field_infos, sensitive_fields
from ..model.records import KINDS


class Profile(Enum):
    FULL = "full"  # a programme office
    PARTNER = "partner"  # a partner organisation: redacted
    PUBLIC = "public"  # anonymised statistics; in a report, what consent `public` allows


class Purpose(Enum):
    EXCHANGE = "exchange"  # records as signed versions (export, export --changes, sync)
    CASE_CONTEXT = "case context"  # a defender that travels only because a case of theirs does
    STATISTICS = "statistics"  # counts by country and month, nothing per person
    REPORT = "report"  # a report file a person takes out (dossier PDF, list CSV)


class Form(Enum):
    """How a field's value may leave."""

    FULL = "full"
    CODENAME = "codename"  # a person's name: only the codename leaves
    COUNTRY = "country"  # an exact place: only the country leaves
    MONTH = "month"  # an exact date: only the month leaves
    WITHHELD = "withheld"


RECIPIENT_KINDS = ("office", "partner")

# Consent levels in order; anything else (none, not-recorded, unknown, empty) allows nothing.
CONSENT_RANK = {"colleagues": 1, "partners": 2, "public": 3}
NEEDED_RANK = {Profile.FULL: 1, Profile.PARTNER: 2, Profile.PUBLIC: 3}
NOT_RECORDED = "not-recorded"

# Fields a partner receives in a coarser form (in signed versions: withheld, the coarse field
# travels beside it). Sensitive fields and marked free text are withheld from partners outright.
PARTNER_FORMS: dict[tuple[str, str], Form] = {
    ("defender", "name"): Form.CODENAME,
    ("defender", "region"): Form.COUNTRY,
    ("incident", "region"): Form.COUNTRY,
    ("incident", "location"): Form.COUNTRY,
    ("relocation", "host_city"): Form.COUNTRY,
    ("contact", "city"): Form.COUNTRY,
    ("training", "place"): Form.COUNTRY,
    # a security plan is sensitive as a whole: a partner learns that measures exist, of which
    # type, status and dates, never what they are or who carries them out (the threats and how a
    # measure works are sensitive fields, withheld already); nor who assessed the risk
    ("security_measure", "title"): Form.WITHHELD,
    ("security_measure", "owner"): Form.WITHHELD,
    ("risk_assessment", "assessor"): Form.WITHHELD,
}

# A security plan is never published: a public report (a list or a dossier) holds no risk
# assessment, risk item or security measure, not even a level, a status or a date (a level and an
# overdue measure tell an adversary when a defender is exposed). Partners get the forms above.
NEVER_PUBLISHED = frozenset({"risk_assessment", "risk_item", "security_measure"})

CONSENT_FIELDS = frozenset({"consent", "consent_date", "consent_how"})
FREE_TEXT = frozenset({FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.TEXT_LIST})


def profile_of(recipient_kind: str) -> Profile:
    if recipient_kind not in RECIPIENT_KINDS:
        raise ValueError(recipient_kind)
    return Profile.PARTNER if recipient_kind == "partner" else Profile.FULL


def consent_rank(consent: str | None) -> int:
    return CONSENT_RANK.get(consent or "", 0)


def most_restrictive(levels: Iterable[str | None]) -> str | None:
    """The level that allows least among `levels` (None when there are none)."""
    chosen: str | None = None
    first = True
    for level in levels:
        if first or consent_rank(level) < consent_rank(chosen):
            chosen, first = level, False
    return chosen


def consent_allows(consent: str | None, profile: Profile) -> bool:
    return consent_rank(consent) >= NEEDED_RANK[profile]


def missing_consent_facts(consent: str | None, date: str | None, how: str | None
                          ) -> tuple[str, ...]:
    """The consent fields still to record before a level that allows sharing counts: when
    consent was given (`consent_date`) and how it was obtained (`consent_how`). A level that
    allows nothing (none, not-recorded) needs neither."""
    if consent_rank(consent) == 0:
        return ()
    return tuple(name for name, value in (("consent_date", date), ("consent_how", how))
                 if not value)


def markable_fields(kind: str) -> frozenset[str]:
    """Free-text fields a caseworker may mark sensitive for one record (not sensitive already)."""
    cls = KINDS[kind].cls
    return frozenset(name for name, info in field_infos(cls).items()
                     if info.kind in FREE_TEXT and not info.sensitive)


@dataclass(frozen=True)
class RecordFacts:
    """What the rule needs to know about one record, read from this vault's own data."""

    kind: str
    deleted: bool = False
    purged: bool = False
    consents: tuple[str | None, ...] = ()  # of every defender the record concerns
    marked: frozenset[str] = frozenset()  # free-text fields marked sensitive here
    held_by_recipient: bool = False  # it already holds the record (sent, or sent us)


@dataclass(frozen=True)
class Decision:
    leaves: bool
    reason: str = ""
    forms: dict[str, Form] = field(default_factory=dict)

    @functools.cached_property  # a decision is shared by the records it was made for
    def withheld(self) -> frozenset[str]:
        """Fields whose value cannot travel in a signed version (any form but full)."""
        return frozenset(name for name, form in self.forms.items() if form is not Form.FULL)


def _forms(facts: RecordFacts, profile: Profile, purpose: Purpose) -> dict[str, Form]:
    cls = KINDS[facts.kind].cls
    names = list(field_infos(cls))
    if facts.deleted:  # a deletion travels without content
        return dict.fromkeys(names, Form.WITHHELD)
    sensitive = sensitive_fields(cls)
    if profile is Profile.PUBLIC:  # a public report: the partner form, dates to the month
        partner = _forms(facts, Profile.PARTNER, purpose)
        infos = field_infos(cls)
        return {n: Form.MONTH if f is Form.FULL and infos[n].kind is FieldKind.DATE else f
                for n, f in partner.items()}
    if profile is Profile.FULL:
        if purpose is Purpose.CASE_CONTEXT:  # the case's defender: who, not where or how
            hidden = sensitive | facts.marked
            return {n: Form.WITHHELD if n in hidden else Form.FULL for n in names}
        return dict.fromkeys(names, Form.FULL)
    forms: dict[str, Form] = {}
    for name in names:
        if name in sensitive or name in facts.marked:
            forms[name] = Form.WITHHELD
        else:
            forms[name] = PARTNER_FORMS.get((facts.kind, name), Form.FULL)
    return forms


def withheld_when_given(facts: RecordFacts, profile: Profile, purpose: Purpose) -> frozenset[str]:
    """The fields a recipient was given in no form but full (withheld, or only the coarser
    field beside them) when the record travels to it for `purpose`, whatever consent or a
    deletion say now: what was withheld from a colleague stays withheld from it after the record
    stopped leaving for it. services/received.authorise holds back a colleague's new values for
    them (a colleague changes only what it was given)."""
    return Decision(True, "", _forms(replace(facts, deleted=False), profile, purpose)).withheld


def counts_in_statistics(facts: RecordFacts) -> bool:
    """Whether a record may be counted in statistics meant to leave the office (donor counts,
    annual reports): it is live, and the consent of every defender it concerns allows
    statistics (`public`). Counts only: no field of it leaves (see `decide`)."""
    if facts.purged or facts.deleted:
        return False
    return all(consent_allows(c, Profile.PUBLIC) for c in facts.consents)


def decide(facts: RecordFacts, profile: Profile, purpose: Purpose = Purpose.EXCHANGE) -> Decision:
    """Whether the record may leave for this recipient and purpose, and each field's form."""
    if facts.purged:
        return Decision(False, "purged: it never travels again")
    if purpose is Purpose.STATISTICS or (profile is Profile.PUBLIC
                                          and purpose is not Purpose.REPORT):
        return Decision(False, "anonymised statistics only: nothing per person leaves")
    if not all(consent_allows(c, profile) for c in facts.consents):
        return Decision(False, "consent does not cover this recipient")
    if profile is Profile.PUBLIC and not facts.consents:  # a task, training, contact of no one
        return Decision(False, "concerns no defender whose consent allows publication")
    if profile is Profile.PUBLIC and facts.kind in NEVER_PUBLISHED:
        return Decision(False, "a security plan is never published")
    if facts.deleted and not facts.held_by_recipient:
        return Decision(False, "deleted, and the recipient never held it")
    return Decision(True, "", _forms(facts, profile, purpose))


def attachments_leave(facts: RecordFacts, profile: Profile,
                      purpose: Purpose = Purpose.EXCHANGE) -> bool:
    """Whether a record's evidence files (issue 17) travel with it: a file cannot be redacted,
    so only whole, only to a programme office, only with a record that leaves for the exchange
    itself (not as a case's context) and is not deleted. Partners get none of them."""
    if profile is not Profile.FULL or purpose is not Purpose.EXCHANGE or facts.deleted:
        return False
    return decide(facts, profile, purpose).leaves
