"""What leaves for given recipients: the facts of each record, read from this vault's own
versions, put to the one rule (sharing_rule.decide), and the versions as they may leave.

Facts come from the versions, never from display rows a colleague's version could rewrite:
- the defenders a record concerns are every defender any held version of it (or of a record it
  links to: a case, a stay, a related person, an incident) ever linked it to; a link to a record
  this vault does not hold, or that was purged, counts as a defender without consent;
- a defender's consent is the most restrictive of what it shows and of the last decision on it:
  this vault's own latest consent, or else the latest one of the office that created the record.
  A colleague can narrow consent; it cannot widen it.

Every kind goes through the same rule, records first received from a colleague included.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ConsentIncomplete, ConsentRefused
from ..history.versions import Version, display
from ..model.fields import FieldKind, field_infos
from ..model.records import KINDS
from ..store import identity_keys, peers
from ..store import sharing as store
from ..store.colleagues import Colleague
from ..store.dbapi import Connection
from ..store.records import (
    is_purged,
    link_values,
    load_histories_from,
    record_kind,
    registry_entries,
)
from .sharing_rule import (
    NOT_RECORDED,
    Decision,
    Form,
    Profile,
    Purpose,
    RecordFacts,
    attachments_leave,
    consent_allows,
    consent_rank,
    decide,
    missing_consent_facts,
    most_restrictive,
)

_LINK_KINDS = (FieldKind.REF, FieldKind.REF_LIST)
_MAX_LINK_DEPTH = 8


@dataclass(frozen=True)
class Recipient:
    colleague: Colleague
    profile: Profile


def recipient(colleague: Colleague) -> Recipient:
    return Recipient(colleague, Profile.PARTNER if colleague.kind == "partner" else Profile.FULL)


def _link_names(kind: str) -> list[str]:
    return [n for n, info in field_infos(KINDS[kind].cls).items() if info.kind in _LINK_KINDS]


def _link_targets(values: Iterable[Any]) -> frozenset[str]:
    """The records link values name (a link, or a list of them)."""
    links: set[str] = set()
    for value in values:
        if isinstance(value, str) and value:
            links.add(value)
        elif isinstance(value, list):
            links.update(str(v) for v in value if v)
    return frozenset(links)


@dataclass(frozen=True)
class _Holds:
    """What a recipient holds whole, or was sent whole, or first sent us."""

    whole: Container[str]
    sent_or_sent_us: set[str]

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.sent_or_sent_us or record_id in self.whole


class Outbound:
    """Decisions for one set of recipients (one export or one incremental bundle)."""

    def __init__(self, conn: Connection, this_vault: str, recipients: Sequence[Colleague],
                 purpose: Purpose = Purpose.EXCHANGE,
                 held_whole: Mapping[str, Container[str]] | None = None) -> None:
        """`held_whole`: peers.held_whole of recipients, when the caller just read it (or a
        peers.HeldWhole that asks)."""
        self.conn = conn
        self.this_vault = this_vault
        # this vault's origins: its vault id now, and those it wrote under before a rotation
        self.own_origins = identity_keys.former_origins(conn) | {this_vault}
        self.recipients = [recipient(c) for c in recipients]
        self.purpose = purpose
        self._links: dict[str, frozenset[str]] = {}
        self._defenders: dict[str, frozenset[str]] = {}
        self._consent: dict[str, str | None] = {}
        self._incomplete: dict[str, str] = {}  # defender -> a level recorded without date or how
        self._limited: dict[str, tuple[str, str]] = {}  # defender -> (colleague, level) narrowing
        # read ahead by prepare(), each used once then dropped (a bundle streams)
        self._histories: dict[str, list[tuple[str | None, Version]]] = {}
        self._registry: dict[str, tuple[str, bool]] = {}  # id -> (kind, purged), by prepare()
        self._shown: dict[str, tuple[bool, frozenset[str]]] = {}  # id -> (deleted, marks), too
        self._limits: dict[str, list[tuple[str, str, int]]] = {}  # defender -> notices, too
        # (facts for each recipient, purpose) -> the decision (see `decision`)
        self._decided: dict[tuple[tuple[RecordFacts, ...], Purpose], Decision] = {}
        # what each recipient holds or was sent: a deletion may reach it (without content)
        known = held_whole or {}
        self._held = {c.id: _Holds(known[c.id] if c.id in known else peers.held_whole(conn, c.id),
                                   peers.sent_whole(conn, c.id) | store.received_from(conn, c.id))
                      for c in recipients}

    # -- facts from this vault's versions -----------------------------------------------------

    def history(self, record_id: str) -> list[tuple[str | None, Version]]:
        """(received from, version) in arrival order (not kept: a bundle streams)."""
        if record_id in self._histories:
            return self._histories.pop(record_id)
        return load_histories_from(self.conn, [record_id])[record_id]

    def _kind(self, record_id: str) -> str | None:
        if record_id in self._registry:
            return self._registry[record_id][0]
        return record_kind(self.conn, record_id)

    def _purged(self, record_id: str) -> bool:
        if record_id in self._registry:
            return self._registry[record_id][1]
        return is_purged(self.conn, record_id)

    def prepare(self, record_ids: Iterable[str]) -> None:
        """Read ahead, a few statements for many records, what deciding about them will ask one
        record at a time: each record's kind, whether it shows as deleted, its sensitive marks,
        the links its versions hold and those of what it links to, and the consent of the
        defenders reached (with the limits colleagues' consent notices set on it). The same
        facts, read sooner (kept until the next prepare)."""
        roots = sorted(set(record_ids))
        deleted = store.deleted_among(self.conn, roots)
        marks = store.marks_of_many(self.conn, roots)
        self._shown = {r: (r in deleted, marks.get(r, frozenset())) for r in roots}
        todo = {r for r in roots if r not in self._defenders}
        seen: set[str] = set()
        for _depth in range(_MAX_LINK_DEPTH + 1):
            need = sorted(r for r in todo if r not in seen and r not in self._links
                          and r not in self._consent)
            seen.update(need)
            if not need:
                break
            self._registry.update(registry_entries(self.conn, need))
            reached = [r for r in need if self._kind(r) == "defender"]
            # a defender's consent needs its history; any other record only its links, picked
            # out of its versions' payloads by SQLite (parsing every version whole was most of
            # the time a sync spent deciding)
            self._histories.update(load_histories_from(self.conn, reached))
            linking: dict[str, list[str]] = {}
            for record_id in need:
                kind = self._kind(record_id)
                if kind in KINDS and kind != "defender":
                    linking.setdefault(kind, []).append(record_id)
            for kind, ids in linking.items():
                values = link_values(self.conn, ids, _link_names(kind))
                self._links.update({r: _link_targets(values[r]) for r in ids})
            limits = store.consent_limits_of_each(self.conn, reached)
            self._limits.update({d: limits.get(d, []) for d in reached})
            todo = set()
            for record_id in need:
                kind = self._kind(record_id)
                if kind == "defender":
                    self.consent_of(record_id)
                elif kind in KINDS:
                    todo |= self.links(kind, record_id)
        self._histories.clear()
        self._limits.clear()

    def versions(self, record_id: str) -> list[Version]:
        return [v for _, v in self.history(record_id)]

    def consent_of(self, defender_id: str) -> str | None:
        """The consent that applies when a defender's records leave (None: none known)."""
        if defender_id not in self._consent:
            self._consent[defender_id] = self._limit(defender_id, self._own_consent(defender_id))
        return self._consent[defender_id]

    def consent_apart_from(self, defender_id: str, colleague_id: str) -> str | None:
        """consent_of without the limit `colleague_id` itself set: what that colleague is told
        (consent_notices.due_for). Its own notice passed back to it would become a limit of
        ours there, which its own raise could never lift."""
        limits = store.consent_limits(self.conn, defender_id)
        if all(other != colleague_id for other, _limit, _made_at in limits):
            return self.consent_of(defender_id)  # (read once per defender)
        level = self._own_consent(defender_id)
        for other, limit, _made_at in limits:
            if other != colleague_id and consent_rank(limit) < consent_rank(level):
                level = limit
        return level

    def held_by(self, colleague_id: str) -> Container[str]:
        """What a recipient holds or was sent (whole), or first sent us."""
        return self._held.get(colleague_id, _Holds(set(), set()))

    def _limit(self, defender_id: str, level: str | None) -> str | None:
        """Colleagues' consent notices (history/notices.py) only ever narrow a level."""
        notices = self._limits.pop(defender_id, None)
        if notices is None:
            notices = store.consent_limits(self.conn, defender_id)
        for colleague_id, limit, _made_at in notices:
            if consent_rank(limit) < consent_rank(level):
                level = limit
                self._limited[defender_id] = (colleague_id, limit)
        return level

    def _complete(self, defender_id: str, level: str | None, shown: Mapping[str, Any]
                  ) -> str | None:
        """A level that allows sharing counts only with when and how consent was obtained
        (as the record shows them: `shown`); without them it is not recorded."""
        if missing_consent_facts(level, shown.get("consent_date"), shown.get("consent_how")):
            self._incomplete[defender_id] = str(level)
            return NOT_RECORDED
        return level

    def _own_consent(self, defender_id: str) -> str | None:
        if self._kind(defender_id) != "defender" or self._purged(defender_id):
            return None
        history = self.versions(defender_id)
        if not history:
            return None
        fields = display(history).fields
        shown = fields.get("consent")
        creator = history[0].origin
        setting = [v for v in history if "consent" in v.fields]
        ours = [v for v in setting if v.origin in self.own_origins]
        decided = ours or [v for v in setting if v.origin == creator]
        if not decided:
            return most_restrictive([shown, None])
        # one writer's versions are ordered by their vectors (a counter restarts at a rotation)
        last = max(decided, key=lambda v: sum(v.vector.values()))
        return self._complete(defender_id, most_restrictive([shown, last.fields["consent"]]),
                              fields)

    def defenders_of(self, record_id: str) -> frozenset[str]:
        """Every defender the record concerns, through links any of its versions ever held."""
        if record_id in self._defenders:
            return self._defenders[record_id]
        found: set[str] = set()
        seen = {record_id}
        todo = [(record_id, 0)]
        while todo:
            current, depth = todo.pop()
            kind = self._kind(current)
            if kind is None or (current != record_id and self._purged(current)):
                found.add(current)  # unknown or purged: no consent can be read for it
                continue
            if kind == "defender":
                found.add(current)
                continue
            if depth >= _MAX_LINK_DEPTH:
                continue
            for linked in self.links(kind, current):
                if linked not in seen:
                    seen.add(linked)
                    todo.append((linked, depth + 1))
        self._defenders[record_id] = frozenset(found)
        return self._defenders[record_id]

    def links(self, kind: str, record_id: str) -> frozenset[str]:
        """Every record any held version of this one linked to."""
        if record_id in self._links:
            return self._links[record_id]
        names = _link_names(kind)
        self._links[record_id] = _link_targets(
            version.fields.get(name) for version in self.versions(record_id) for name in names)
        return self._links[record_id]

    def facts(self, record_id: str, colleague_id: str | None = None) -> RecordFacts:
        kind = self._kind(record_id)
        purged = kind is None or self._purged(record_id)
        consents = tuple(self.consent_of(d) for d in sorted(self.defenders_of(record_id)))
        held = colleague_id is not None and record_id in self.held_by(colleague_id)
        shown = self._shown.get(record_id)
        deleted, marked = shown if shown is not None else (
            store.is_deleted(self.conn, record_id), store.marks_of(self.conn, record_id))
        return RecordFacts(
            kind=kind or "defender",
            deleted=not purged and deleted,
            purged=purged,
            consents=consents,
            marked=marked,
            held_by_recipient=held,
        )

    def refusal(self, record_id: str) -> str | None:
        """Why the consent of a defender `record_id` concerns refuses some recipient, or None."""
        error = self.refusal_error(record_id)
        return None if error is None else str(error)

    def refusal_error(self, record_id: str) -> ConsentRefused | None:
        """The typed refusal: ConsentIncomplete when a level that would allow the recipient was
        recorded without when or how consent was obtained, else ConsentRefused; None if none."""
        for defender in sorted(self.defenders_of(record_id)):
            consent = self.consent_of(defender)
            for target in self.recipients:
                if consent_allows(consent, target.profile):
                    continue
                whom = "partner organisations" if target.profile is Profile.PARTNER \
                    else "programme offices"
                limited = self._limited.get(defender)
                if limited is not None and limited[1] == consent:
                    return ConsentRefused(
                        f"defender {defender}: colleague {limited[0]} lowered their consent to "
                        f"'{consent}' (a signed consent notice), which does not allow sharing "
                        f"with {whom} ({target.colleague.id}): nothing about them leaves for it")
                recorded = self._incomplete.get(defender)
                if recorded is not None and consent_allows(recorded, target.profile):
                    return ConsentIncomplete(
                        f"defender {defender} has consent '{recorded}' recorded without when "
                        "or how it was obtained: record both (consent date and how) before "
                        f"anything about them leaves for {whom} ({target.colleague.id})")
                level = consent or NOT_RECORDED
                return ConsentRefused(
                    f"defender {defender} has consent '{level}', which does not allow "
                    f"sharing with {whom} ({target.colleague.id}): nothing about them "
                    "leaves for it")
        return None

    # -- decisions ----------------------------------------------------------------------------

    def decision_for(self, record_id: str, target: Recipient,
                     purpose: Purpose | None = None) -> Decision:
        return decide(self.facts(record_id, target.colleague.id), target.profile,
                      purpose or self.purpose)

    def decision(self, record_id: str, purpose: Purpose | None = None) -> Decision:
        """For every recipient at once (one bundle for all): it leaves only if it may leave for
        each of them, and each field in the most restrictive form among them. Decided once per
        set of facts: records alike (a kind, the same defenders' consents, no marks) share
        the decision, the rule being pure (a first exchange decides every record of the vault
        for a few thousand distinct sets of facts)."""
        chosen = purpose or self.purpose
        key = (tuple(self.facts(record_id, r.colleague.id) for r in self.recipients), chosen)
        decided = self._decided.get(key)
        if decided is None:
            decided = self._decided[key] = self._decision(key[0], chosen)
        return decided

    def _decision(self, facts: Sequence[RecordFacts], purpose: Purpose) -> Decision:
        decisions = [decide(f, r.profile, purpose)
                     for f, r in zip(facts, self.recipients, strict=True)]
        refused = [d for d in decisions if not d.leaves]
        if not decisions or refused:
            return refused[0] if refused else Decision(False, "no recipient")
        forms = dict(decisions[0].forms)
        for other in decisions[1:]:
            for name, form in other.forms.items():
                if forms.get(name, Form.FULL) is Form.FULL:
                    forms[name] = form
        return Decision(True, "", forms)

    def attachments_leave(self, record_id: str, purpose: Purpose | None = None) -> bool:
        """Whether the record's evidence files may go to every recipient (sharing_rule)."""
        return bool(self.recipients) and all(
            attachments_leave(self.facts(record_id, r.colleague.id), r.profile,
                              purpose or self.purpose)
            for r in self.recipients)

    def outgoing(self, record_id: str, decision: Decision,
                 skip: Iterable[str] = ()) -> Iterator[Version]:
        """The record's versions as they may leave, leaving out those originated by or received
        from the vaults in `skip` (never echoed back)."""
        skipped = set(skip)
        withheld = decision.withheld
        for received_from, version in self.history(record_id):
            if version.origin in skipped or received_from in skipped:
                continue
            yield version.without(withheld)

