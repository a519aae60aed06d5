"""The rule for a version received from a colleague, in one place (docs/design/merge.md).

A version reaches this rule once its bundle authenticated and its own signature verified against
its origin's key (services/exchange.py). Then, per version:

- values a form would refuse are refused (the whole bundle with them);
- already held -> DUPLICATE, nothing changes (replays, versions sent twice);
- claims this vault as origin -> refused (this vault made no such version);
- depends on edits of the record not held here -> PENDING: parked, applied when they arrive;
- changes a record's kind, or reuses an origin's counter for other content -> refused;
- dominated by the frontier -> STALE: kept in the history, the display unchanged;
- otherwise APPLIED: it joins (or replaces part of) the frontier and the display is recomputed;
  for a purged record only the version's stub is kept, never its values.
- A record first received from a colleague is in that colleague's scope.

Every step reads and writes through `HeldVersions`, the record history as this vault holds it
(store/merge.py is the store's; the tests use an in-memory one), so the rule is tested alone and
its later additions (who may change what: authorisation, proposals) have one home.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from ..history.versions import MalformedVersion, Version, dominates, frontier
from .validation import check_received_values


class Outcome(StrEnum):
    DUPLICATE = "duplicate"  # already held (replay, or sent twice)
    STALE = "stale"  # dominated by what is held: history only, display unchanged
    APPLIED = "applied"  # changed the frontier
    PENDING = "pending"  # waits for versions it depends on


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
        """Add a version to its record's history, marked as on the frontier."""
        ...

    def set_frontier(self, changes: Sequence[tuple[bool, bytes]]) -> None:
        """(on the frontier or not, version id) for the versions whose flag changes."""
        ...

    def refresh(self, kind: str, record_id: str, history: list[Version]) -> None:
        """Recompute what the record displays from its history."""
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


@dataclass(frozen=True)
class Received:
    outcome: Outcome
    new_record: bool  # the first version of a record this vault did not hold


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


def frontier_changes(history: Sequence[Version], added: Version) -> list[tuple[bool, bytes]]:
    """Frontier flags that change when `added` (already inserted as on the frontier) joins."""
    before = {v.version_id for v in frontier(history)}
    after = {v.version_id for v in frontier([*history, added])}
    changed = [(v.version_id in after, v.version_id) for v in history
               if (v.version_id in after) != (v.version_id in before)]
    if added.version_id not in after:
        changed.append((False, added.version_id))
    return changed


class ReceivedVersions:
    """Applies the rule for one sender's versions, inside the importing transaction."""

    def __init__(self, held: HeldVersions, *, this_vault: str, sender_vault: str,
                 sender_colleague: str) -> None:
        self._held = held
        self._this_vault = this_vault
        self._sender_vault = sender_vault
        self._sender = sender_colleague

    def accept(self, version: Version) -> Received:
        """Apply one verified version; versions parked for its record are retried after it."""
        check_received_values(version.kind, version.fields)
        new_record = self._held.kind_of(version.record_id) is None
        outcome = self._apply(version)
        if new_record and outcome is not Outcome.PENDING:
            self._held.add_received(version.record_id, self._sender)
        return Received(outcome, new_record and outcome is not Outcome.PENDING)

    def _apply(self, version: Version) -> Outcome:
        held = self._held
        history = held.history(version.record_id)
        if any(h.version_id == version.version_id for h in history):
            return Outcome.DUPLICATE
        if version.origin == self._this_vault:
            raise MalformedVersion("a version claims to be made by this vault but was not")
        if missing_dependencies(history, version):
            held.park(version, self._sender_vault)
            return Outcome.PENDING
        outcome = self._insert(version, self._sender_vault, history)
        held.unpark(version.version_id)
        self._retry_parked(version.record_id)
        return outcome

    def _insert(self, version: Version, received_from: str, history: list[Version]) -> Outcome:
        """Insert a version whose dependencies are held; `history` is the record's, as held."""
        held = self._held
        if history and history[0].kind != version.kind:
            raise MalformedVersion("a version changes the kind of a record")
        if any(h.origin == version.origin and h.counter == version.counter for h in history):
            raise MalformedVersion("two different versions claim the same origin and counter")
        if not history:
            known_kind = held.kind_of(version.record_id)
            if known_kind is not None and known_kind != version.kind:
                raise MalformedVersion("a version changes the kind of a record")
            if known_kind is None:
                held.register(version.record_id, version.kind)
        stale = any(dominates(h.vector, version.vector) for h in frontier(history))
        purged = held.is_purged(version.record_id)
        if purged:
            version = version.without(version.fields)
        held.insert(version, received_from)
        changes = frontier_changes(history, version)
        if changes:
            held.set_frontier(changes)
        if stale:
            return Outcome.STALE
        if not purged:
            held.refresh(version.kind, version.record_id, [*history, version])
        return Outcome.APPLIED

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
