"""The rule for received versions (services/received.py), alone: no database, an in-memory
`HeldVersions`, real signed versions. Each test is one clause of the rule as docs/design/merge.md
states it; the exchange tests check the same rule end to end through bundles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from hrd_desk.crypto.identity import Identity
from hrd_desk.history.versions import MalformedVersion, Version, display, make_version
from hrd_desk.services.received import Outcome, Received, ReceivedVersions

HERE = Identity.generate()
KAMPALA = Identity.generate()
LUSAKA = Identity.generate()
ME, K, L = (i.public.vault_id() for i in (HERE, KAMPALA, LUSAKA))
RECORD = "0d6f3c1e-0000-4000-8000-000000000001"


class FakeHeld:
    """HeldVersions in memory: what the rule asked for is what a test reads back."""

    def __init__(self) -> None:
        self.histories: dict[str, list[Version]] = {}
        self.kinds: dict[str, str] = {}
        self.purged: set[str] = set()
        self.on_frontier: dict[bytes, bool] = {}
        self.shown: dict[str, dict[str, Any]] = {}
        self.waiting: dict[bytes, tuple[Version, str]] = {}
        self.scope: set[tuple[str, str]] = set()
        self.refreshes = 0

    def history(self, record_id: str) -> list[Version]:
        return list(self.histories.get(record_id, []))

    def kind_of(self, record_id: str) -> str | None:
        return self.kinds.get(record_id)

    def is_purged(self, record_id: str) -> bool:
        return record_id in self.purged

    def register(self, record_id: str, kind: str) -> None:
        assert record_id not in self.kinds
        self.kinds[record_id] = kind

    def insert(self, version: Version, received_from: str) -> None:
        self.histories.setdefault(version.record_id, []).append(version)
        self.on_frontier[version.version_id] = True

    def set_frontier(self, changes: Sequence[tuple[bool, bytes]]) -> None:
        self.on_frontier.update({version_id: on for on, version_id in changes})

    def refresh(self, kind: str, record_id: str, history: list[Version]) -> None:
        self.refreshes += 1
        self.shown[record_id] = dict(display(history).fields)

    def park(self, version: Version, received_from: str) -> None:
        self.waiting[version.version_id] = (version, received_from)

    def parked(self, record_id: str) -> list[tuple[Version, str]]:
        return [w for w in self.waiting.values() if w[0].record_id == record_id]

    def unpark(self, version_id: bytes) -> None:
        self.waiting.pop(version_id, None)

    def add_received(self, record_id: str, colleague_id: str) -> None:
        self.scope.add((record_id, colleague_id))

    def frontier_ids(self, record_id: str) -> set[bytes]:
        return {v.version_id for v in self.histories.get(record_id, [])
                if self.on_frontier[v.version_id]}


def version(
    who: Identity, counter: int, vector: Mapping[str, int], fields: Mapping[str, Any], *,
    kind: str = "defender", wall: int = 1_700_000_000_000, deleted: bool = False,
) -> Version:
    origin = who.public.vault_id()
    return make_version(who, record_id=RECORD, kind=kind, origin=origin, counter=counter,
                        vector=dict(vector), hlc=(wall + counter, 0), deleted=deleted,
                        fields=dict(fields))


def rule(held: FakeHeld) -> ReceivedVersions:
    return ReceivedVersions(held, this_vault=ME, sender_vault=K, sender_colleague="c-kampala")


FIRST = {"name": "Amina", "country": "KE"}


def test_a_new_record_is_registered_shown_and_in_the_senders_scope() -> None:
    held = FakeHeld()
    first = version(KAMPALA, 1, {K: 1}, FIRST)
    assert rule(held).accept(first) == Received(Outcome.APPLIED, new_record=True)
    assert held.kinds == {RECORD: "defender"}
    assert held.shown[RECORD] == FIRST
    assert held.scope == {(RECORD, "c-kampala")}
    assert held.frontier_ids(RECORD) == {first.version_id}


def test_a_version_held_already_changes_nothing() -> None:
    held = FakeHeld()
    first = version(KAMPALA, 1, {K: 1}, FIRST)
    rule(held).accept(first)
    refreshes = held.refreshes
    assert rule(held).accept(first) == Received(Outcome.DUPLICATE, new_record=False)
    assert len(held.histories[RECORD]) == 1 and held.refreshes == refreshes


def test_a_version_claiming_this_vault_as_origin_is_refused() -> None:
    with pytest.raises(MalformedVersion, match="this vault"):
        rule(FakeHeld()).accept(version(HERE, 1, {ME: 1}, FIRST))


def test_values_a_form_would_refuse_are_refused() -> None:
    held = FakeHeld()
    with pytest.raises(MalformedVersion, match="severity"):
        rule(held).accept(version(KAMPALA, 1, {K: 1}, {"severity": 9, "category": "digital"},
                                  kind="incident"))
    with pytest.raises(MalformedVersion, match="normal form"):
        rule(held).accept(version(KAMPALA, 1, {K: 1}, {"name": "  Amina  "}))
    assert held.kinds == {} and held.histories == {}


def test_a_version_whose_dependencies_are_missing_waits_then_applies_when_they_come() -> None:
    held = FakeHeld()
    first = version(KAMPALA, 1, {K: 1}, FIRST)
    second = version(KAMPALA, 2, {K: 2}, {"country": "UG"})
    assert rule(held).accept(second) == Received(Outcome.PENDING, new_record=False)
    assert held.kinds == {} and held.scope == set(), "nothing known of the record yet"
    assert rule(held).accept(first).outcome is Outcome.APPLIED
    assert held.waiting == {}
    assert [v.version_id for v in held.histories[RECORD]] == [first.version_id,
                                                               second.version_id]
    assert held.shown[RECORD] == {"name": "Amina", "country": "UG"}
    assert held.frontier_ids(RECORD) == {second.version_id}


def test_concurrent_versions_share_the_frontier_and_a_reused_counter_is_refused() -> None:
    held = FakeHeld()
    first = version(KAMPALA, 1, {K: 1}, FIRST)
    rule(held).accept(first)
    theirs = version(KAMPALA, 2, {K: 2}, {"country": "UG"})
    lusaka = ReceivedVersions(held, this_vault=ME, sender_vault=L, sender_colleague="c-lusaka")
    other = version(LUSAKA, 1, {K: 1, L: 1}, {"country": "ZM"})
    assert rule(held).accept(theirs).outcome is Outcome.APPLIED
    assert lusaka.accept(other).outcome is Outcome.APPLIED
    assert held.frontier_ids(RECORD) == {theirs.version_id, other.version_id}
    assert held.scope == {(RECORD, "c-kampala")}, "only a first receipt puts it in scope"
    replayed_counter = version(KAMPALA, 2, {K: 2}, {"country": "RW"})  # same dot, other content
    with pytest.raises(MalformedVersion, match="same origin and counter"):
        rule(held).accept(replayed_counter)


def test_a_dominated_version_is_kept_in_history_and_the_display_stays() -> None:
    """Reachable when a history holds a later version of an origin but not an earlier one (a
    vault restored from a copy, a hostile relay): the earlier one must not roll anything back."""
    held = FakeHeld()
    first = version(KAMPALA, 1, {K: 1}, FIRST)
    second = version(KAMPALA, 2, {K: 2}, {"country": "UG"})
    held.kinds[RECORD] = "defender"
    held.insert(second, K)
    held.shown[RECORD] = {"name": "Amina", "country": "UG"}
    assert rule(held).accept(first) == Received(Outcome.STALE, new_record=False)
    assert [v.version_id for v in held.histories[RECORD]] == [second.version_id,
                                                               first.version_id]
    assert held.frontier_ids(RECORD) == {second.version_id}
    assert held.refreshes == 0 and held.shown[RECORD]["country"] == "UG"


def test_a_parked_version_applies_once_what_it_needs_arrives_from_anyone() -> None:
    held = FakeHeld()
    lusaka = ReceivedVersions(held, this_vault=ME, sender_vault=L, sender_colleague="c-lusaka")
    first = version(KAMPALA, 1, {K: 1}, FIRST)
    relayed = version(LUSAKA, 1, {K: 1, L: 1}, {"country": "ZM"})
    after = version(KAMPALA, 2, {K: 2, L: 1}, {"notes": "met in Geneva"})
    assert rule(held).accept(after).outcome is Outcome.PENDING
    assert lusaka.accept(relayed).outcome is Outcome.PENDING
    assert len(held.waiting) == 2
    assert rule(held).accept(first).outcome is Outcome.APPLIED
    assert held.waiting == {}, "both parked versions applied, in dependency order"
    assert held.frontier_ids(RECORD) == {after.version_id}
    assert held.shown[RECORD] == {"name": "Amina", "country": "ZM", "notes": "met in Geneva"}


def test_a_version_that_changes_a_records_kind_is_refused() -> None:
    held = FakeHeld()
    rule(held).accept(version(KAMPALA, 1, {K: 1}, FIRST))
    with pytest.raises(MalformedVersion, match="kind"):
        rule(held).accept(version(KAMPALA, 2, {K: 2}, {"name": "Amina"}, kind="related"))


def test_a_purged_record_keeps_only_the_stub_of_what_arrives() -> None:
    held = FakeHeld()
    first = version(KAMPALA, 1, {K: 1}, FIRST)
    rule(held).accept(first)
    held.purged.add(RECORD)
    refreshes = held.refreshes
    later = version(KAMPALA, 2, {K: 2}, {"notes": "still here?"})
    assert rule(held).accept(later).outcome is Outcome.APPLIED
    stored = held.histories[RECORD][-1]
    assert stored.version_id == later.version_id and stored.fields == {}
    assert held.refreshes == refreshes, "a purged record is never displayed again"
