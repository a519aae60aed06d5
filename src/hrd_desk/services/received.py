"""The rule for a version received from a colleague, in one place (docs/design/merge.md).

A version reaches this rule once its bundle authenticated and its own signature verified against
its origin's key (services/exchange.py). Then, per version:

- values a form would refuse are refused (the whole bundle with them);
- already held -> DUPLICATE, nothing changes (replays, versions sent twice); except that a
  version held without some values (withheld when it travelled: a deletion's history goes
  without content) gains them when it arrives again with them and they match its signed
  commitments, through `authorise` like a new version (held-back fields stay held back) ->
  APPLIED. A record deleted and then restored, or kept by a concurrent edit, shows the same
  values everywhere (the sender resends it whole once it is live again, services/sync.py);
- claims this vault as origin -> refused (this vault made no such version);
- a record purged here -> REFUSED: nothing of it is kept again, not even while waiting;
- depends on edits of the record not held here -> PENDING: parked (at most MAX_PENDING per
  sender; they expire after PENDING_DAYS), applied when they arrive;
- changes a record's kind -> refused (the whole bundle);
- reuses an origin's counter for other content -> QUARANTINED: kept aside, the origin marked as
  suspect, the rest of the bundle applies;
- not authorised (`authorise`) -> REFUSED: its origin was revoked here, or it changes a record
  outside the sender's scope;
- changes consent (other than lowering it) or a link that moves a record to another defender,
  case or stay, or names a record held here outside the sender's scope in a link that brings it
  along (an advocacy action's contacts) -> those fields are held back: the version joins the
  history without their values (so they never show, and never travel onward) and the values
  wait as a PROPOSAL for a caseworker to accept or refuse (services/conflicts.py);
- dominated by the frontier -> STALE: kept in the history, the display unchanged;
- otherwise APPLIED: it joins (or replaces part of) the frontier and the display is recomputed.
- A record first received from a colleague is in that colleague's scope.

Every step reads and writes through `HeldVersions`, the record history as this vault holds it
(store/merge.py and services/exchange.py are the store's; the tests use an in-memory one), so the
rule is tested alone.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Protocol

from ..history.versions import (
    Display,
    MalformedVersion,
    Version,
    display,
    display_after,
    dominates,
    field_commitment,
    frontier,
)
from ..model.fields import FieldKind, field_infos
from ..model.records import KINDS
from .validation import check_received_values

# Versions waiting for what they depend on: at most this many per sender, kept this long.
MAX_PENDING = 2000
PENDING_DAYS = 30

# Links that move a record to another defender, case, stay, training edition or risk assessment
# (an item moved to another defender's assessment): changed only here.
MOVING_REFS = frozenset({"defender", "case", "relocation", "training", "risk_assessment"})
# Links that move nothing but bring what they name along with their record (an advocacy action
# brings the network contacts it names into its defenders' families, services/selection.py
# _BRINGING): a colleague may not name in them a record held here outside its scope, or naming
# one would put it in its scope (and send it to everyone the action goes to).
NAMING_REFS: dict[str, frozenset[str]] = {"advocacy": frozenset({"contacts"})}
# Consent levels from the narrowest; lowering applies, anything else is a proposal.
CONSENT_ORDER = ("none", "not_recorded", "colleagues", "partners", "public")


class Outcome(StrEnum):
    DUPLICATE = "duplicate"  # already held (replay, or sent twice)
    STALE = "stale"  # dominated by what is held: history only, display unchanged
    APPLIED = "applied"  # changed the frontier
    PENDING = "pending"  # waits for versions it depends on
    PROPOSED = "proposed"  # joined the history; some fields wait for a caseworker's decision
    REFUSED = "refused"  # not authorised (revoked origin, outside scope, purged): not kept
    QUARANTINED = "quarantined"  # another version holds its origin and counter: kept aside


class HeldVersions(Protocol):
    """Record histories as this vault holds them, inside the importing transaction."""

    def history(self, record_id: str) -> list[Version]:
        """The record's versions here, in arrival order."""
        ...

    def kind_of(self, record_id: str) -> str | None: ...

    def is_purged(self, record_id: str) -> bool: ...

    def register(self, record_id: str, kind: str) -> None:
        """A record this vault did not know (its first version arrived)."""
        ...

    def insert(self, version: Version, received_from: str) -> None:
        """Add a version to its record's history."""
        ...

    def complete(self, version: Version) -> None:
        """Replace a held version's values, salts and withheld commitments (same version id)."""
        ...

    def refresh(self, kind: str, record_id: str, history: list[Version], shown: Display) -> None:
        """Write what the record displays: `shown`, display(history) as the rule computed it."""
        ...

    def park(self, version: Version, received_from: str) -> None:
        """Keep a version that waits for the versions it depends on."""
        ...

    def parked(self, record_id: str) -> list[tuple[Version, str]]:
        """(version, received from) waiting for this record."""
        ...

    def unpark(self, version_id: bytes) -> None: ...

    def add_received(self, record_id: str, colleague_id: str) -> None:
        """Put a record first received from a colleague in that colleague's scope."""
        ...

    def may_change(self, record_id: str, sender_vault: str) -> bool:
        """Whether a record held here is in the sender's scope (shared with it by this vault,
        or first received from it), as this vault's own decisions make it."""
        ...

    def withheld_from(self, record_id: str, sender_vault: str) -> frozenset[str]:
        """Fields of a record held here that this vault withholds from the sender (the one
        sharing rule: a case's defender goes as context without its sensitive fields, a partner
        gets records redacted, a caseworker's sensitive marks), in the form the sender was given
        it: still withheld once the record is deleted here or consent stops it leaving."""
        ...

    def origin_revoked(self, origin: str) -> bool:
        """Whether this vault revoked the colleague that is this origin."""
        ...

    def pending_from(self, sender_vault: str) -> int:
        """How many versions from this sender wait here."""
        ...

    def propose(self, version: Version, values: dict[str, Any], received_from: str) -> None:
        """Keep held-back values of a version for a caseworker to accept or refuse."""
        ...

    def quarantine(self, version: Version, held: Version, received_from: str) -> None:
        """Keep aside a version whose origin and counter another held version has; mark the
        origin as suspect."""
        ...

    def note(self, kind: str, record_id: str, outcome: Outcome, sender_vault: str) -> None:
        """An audit event for a record this import changed (once per record and import)."""
        ...


@dataclass(frozen=True)
class Received:
    outcome: Outcome
    new_record: bool  # the first version of a record this vault did not hold


@dataclass(frozen=True)
class Authorisation:
    """What a version may do here: refused (with why), or applied with some fields held back."""

    refused: str | None = None
    held_back: frozenset[str] = frozenset()


@functools.cache  # asked for every received version; a kind's fields never change
def controlled_fields(kind: str) -> frozenset[str]:
    """Fields only this vault changes: consent, and links that move a record elsewhere."""
    infos = field_infos(KINDS[kind].cls)
    names = {name for name, info in infos.items()
             if info.kind in (FieldKind.REF, FieldKind.REF_LIST) and info.ref in MOVING_REFS}
    if kind == "defender":
        names.add("consent")
    return frozenset(names)


def naming_fields(kind: str) -> frozenset[str]:
    """Links that bring the records they name into a scope without moving their own record."""
    return NAMING_REFS.get(kind, frozenset())


def narrows_consent(old: object, new: object) -> bool:
    """Whether `new` is a known consent level strictly narrower than `old`."""
    if new not in CONSENT_ORDER:
        return False
    if old not in CONSENT_ORDER:
        return True  # old unknown (or absent): only "none"-like levels are surely narrower
    return CONSENT_ORDER.index(str(new)) < CONSENT_ORDER.index(str(old))


def _targets(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [] if value in (None, "") else [str(value)]


def authorise(
    version: Version,
    history: Sequence[Version],
    *,
    origin_revoked: bool,
    sender_may_change: Callable[[str], bool],
    held_here: Callable[[str], bool],
    withheld_from_sender: Callable[[str], frozenset[str]] = lambda _record: frozenset(),
    history_display: Display | None = None,
) -> Authorisation:
    """Who may change what (docs/design/merge.md, "Authorisation"). Pure: the caller says what
    this vault decided (revocation, the sender's scope, which records it holds).

    A colleague may create records, and change records in its scope (or that its origin made);
    consent and moving links are changed only here: a remote change to them is held back as a
    proposal, except consent lowered. A new record's links to records held here outside the
    sender's scope are held back the same way (a colleague cannot attach its record to one of
    ours it was never given), and so is naming such a record in a link that brings what it
    names along (`naming_fields`: an advocacy action's contacts), in a new record or an edit.
    An edit that writes a field this vault withholds from the sender (`withheld_from_sender`)
    has that field held back too, in a record another origin made, and in one the version's
    origin made when the value shown was written by another (a partner's own defender, whose
    contact details a caseworker here changed): a colleague changes only what was shared with it
    (or what it wrote itself), so one given a defender as a case's context cannot rewrite the
    contact details or address it was never sent. `history_display`: display(history), if the
    caller computed it already.
    """
    if origin_revoked:
        return Authorisation(refused="its origin was revoked here")
    controlled = controlled_fields(version.kind) & set(version.fields)
    naming = naming_fields(version.kind) & set(version.fields)

    def outside(targets: object) -> bool:
        return any(held_here(t) and not sender_may_change(t) for t in _targets(targets))

    if not history:
        held_back = {name for name in controlled | naming
                     if name != "consent" and outside(version.fields[name])}
        return Authorisation(held_back=frozenset(held_back))
    creator = min(history, key=lambda v: sum(v.vector.values())).origin
    if version.origin != creator and not sender_may_change(version.record_id):
        return Authorisation(refused="the record is outside the sender's scope")
    shown = (history_display or display(history)).fields
    held_back = {name for name in naming if outside(
        sorted(set(_targets(version.fields[name])) - set(_targets(shown.get(name)))))}
    rewritten = {name for name, value in version.fields.items() if value != shown.get(name)
                 and (version.origin != creator or _written_by_another(history, name,
                                                                       version.origin))}
    if rewritten:
        held_back |= rewritten & withheld_from_sender(version.record_id)
    for name in controlled:
        new, old = version.fields[name], shown.get(name)
        if new == old or (name == "consent" and narrows_consent(old, new)):
            continue
        held_back.add(name)
    return Authorisation(held_back=frozenset(held_back))


def _written_by_another(history: Sequence[Version], name: str, origin: str) -> bool:
    """Whether the value a record shows for a field comes (in part: a conflict) from a writer
    other than `origin` (display's last writers of that field)."""
    writers = [v for v in history if name in v.fields]
    return any(w.origin != origin for w in writers
               if not any(dominates(o.vector, w.vector) for o in writers))


def missing_dependencies(history: Sequence[Version], version: Version) -> bool:
    """Whether `version` claims edits of its record that are not in `history`."""
    held: dict[str, int] = {}
    for v in history:  # counters are contiguous per origin
        held[v.origin] = max(held.get(v.origin, 0), v.counter)
    for origin, count in version.vector.items():
        needed = count - 1 if origin == version.origin else count
        if needed > held.get(origin, 0):
            return True
    return False


class ReceivedVersions:
    """Applies the rule for one sender's versions, inside the importing transaction."""

    def __init__(self, held: HeldVersions, *, this_vault: str, sender_vault: str,
                 sender_colleague: str, former_origins: frozenset[str] = frozenset()) -> None:
        self._held = held
        self._own = former_origins | {this_vault}  # this vault's origins (before rotations too)
        self._sender_vault = sender_vault
        self._sender = sender_colleague

    def accept(self, version: Version, *, lost_own: bool = False,
               values_checked: bool = False) -> Received:
        """Apply one verified version; versions parked for its record are retried after it.
        `lost_own`: the caller checked it is signed by this vault's own key (a version this
        vault made and lost: it was restored from a copy), so it joins the history.
        `values_checked`: the caller ran check_received_values on these very values already
        (services/import_checks.py, before the batch is applied)."""
        if not values_checked:
            check_received_values(version.kind, version.fields)
        new_record = self._held.kind_of(version.record_id) is None
        outcome = self._apply(version, lost_own)
        first = new_record and outcome in (Outcome.APPLIED, Outcome.PROPOSED, Outcome.STALE)
        if first:
            self._held.add_received(version.record_id, self._sender)
        return Received(outcome, first)

    def _apply(self, version: Version, lost_own: bool = False) -> Outcome:
        held = self._held
        history = held.history(version.record_id)
        copy = next((h for h in history if h.version_id == version.version_id), None)
        if copy is not None:
            return self._complete(version, copy, history)
        if version.origin in self._own and not lost_own:
            raise MalformedVersion("a version claims to be made by this vault but was not")
        if held.is_purged(version.record_id) or held.origin_revoked(version.origin):
            return self._refused(version)
        if missing_dependencies(history, version):
            if held.pending_from(self._sender_vault) >= MAX_PENDING:
                return self._refused(version)
            held.park(version, self._sender_vault)
            return Outcome.PENDING
        outcome = self._insert(version, self._sender_vault, history)
        held.unpark(version.version_id)
        if outcome not in (Outcome.REFUSED, Outcome.QUARANTINED):
            self._retry_parked(version.record_id)
        return outcome

    def _complete(self, version: Version, copy: Version, history: list[Version]) -> Outcome:
        """A version held here without values it now carries: the values join it when they
        match the commitments it was signed with and `authorise` would let a new version set
        them (consent raised or a moving link stays held back); otherwise DUPLICATE."""
        held = self._held
        missing = sorted(
            name for name in set(copy.withheld) & set(version.fields)
            if field_commitment(name, version.salts[name], version.fields[name])
            == copy.withheld[name])
        if (not missing or held.is_purged(version.record_id)
                or held.origin_revoked(version.origin)):
            return Outcome.DUPLICATE
        others = [h for h in history if h.version_id != copy.version_id]
        verdict = authorise(
            version, others, origin_revoked=False,
            sender_may_change=lambda r: held.may_change(r, self._sender_vault),
            held_here=lambda r: held.kind_of(r) is not None,
            withheld_from_sender=lambda r: held.withheld_from(r, self._sender_vault),
        )
        fill = [n for n in missing if n not in verdict.held_back]
        if verdict.refused is not None or not fill:
            return Outcome.DUPLICATE
        completed = replace(
            copy,
            fields={**copy.fields, **{n: version.fields[n] for n in fill}},
            salts={**copy.salts, **{n: version.salts[n] for n in fill}},
            withheld={k: c for k, c in copy.withheld.items() if k not in fill},
        )
        held.complete(completed)
        now = [completed if h.version_id == copy.version_id else h for h in history]
        held.refresh(copy.kind, copy.record_id, now, display(now))
        held.note(copy.kind, copy.record_id, Outcome.APPLIED, self._sender_vault)
        return Outcome.APPLIED

    def _refused(self, version: Version) -> Outcome:
        kind = self._held.kind_of(version.record_id)
        if kind is not None:
            self._held.note(kind, version.record_id, Outcome.REFUSED, self._sender_vault)
        return Outcome.REFUSED

    def _insert(self, version: Version, received_from: str, history: list[Version]) -> Outcome:
        """Insert a version whose dependencies are held; `history` is the record's, as held."""
        held = self._held
        if history and history[0].kind != version.kind:
            raise MalformedVersion("a version changes the kind of a record")
        twin = next((h for h in history
                     if h.origin == version.origin and h.counter == version.counter), None)
        if twin is not None:
            held.quarantine(version, twin, received_from)
            held.note(version.kind, version.record_id, Outcome.QUARANTINED, received_from)
            return Outcome.QUARANTINED
        known_kind = held.kind_of(version.record_id)
        if not history and known_kind is not None and known_kind != version.kind:
            raise MalformedVersion("a version changes the kind of a record")
        before = display(history)  # weighed by authorise, and the display's starting point
        verdict = authorise(
            version, history, origin_revoked=held.origin_revoked(version.origin),
            sender_may_change=lambda r: held.may_change(r, received_from),
            held_here=lambda r: held.kind_of(r) is not None,
            withheld_from_sender=lambda r: held.withheld_from(r, received_from),
            history_display=before,
        )
        if verdict.refused is not None:
            if known_kind is not None:
                held.note(version.kind, version.record_id, Outcome.REFUSED, received_from)
            return Outcome.REFUSED
        if not history and known_kind is None:
            held.register(version.record_id, version.kind)
        stale = any(dominates(h.vector, version.vector) for h in frontier(history))
        proposed = version.fields
        version = version.without(verdict.held_back)
        held.insert(version, received_from)
        if verdict.held_back and not stale:
            held.propose(version, {n: proposed[n] for n in sorted(verdict.held_back)},
                         received_from)
        if stale:
            return Outcome.STALE
        held.refresh(version.kind, version.record_id, [*history, version],
                     display_after(before, history, version))
        outcome = Outcome.PROPOSED if verdict.held_back else Outcome.APPLIED
        held.note(version.kind, version.record_id, outcome, received_from)
        return outcome

    def _retry_parked(self, record_id: str) -> None:
        progress = True
        while progress:
            progress = False
            for version, received_from in self._held.parked(record_id):
                history = self._held.history(record_id)
                if missing_dependencies(history, version):
                    continue
                self._held.unpark(version.version_id)
                if not any(h.version_id == version.version_id for h in history):
                    self._insert(version, received_from, history)
                progress = True
