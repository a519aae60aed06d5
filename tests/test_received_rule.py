"""The rule for received versions (services/received.py), alone: no database, an in-memory
`HeldVersions`, real signed versions. Each test is one clause of the rule as docs/design/merge.md
states it; the exchange tests check the same rule end to end through bundles.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from hrd_desk.crypto.identity import Identity
from hrd_desk.history.versions import (
    Display,
    MalformedVersion,
    Version,
    display,
    frontier,
    make_version,
)
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
        self.shown: dict[str, dict[str, Any]] = {}
        self.waiting: dict[bytes, tuple[Version, str]] = {}
        self.scope: set[tuple[str, str]] = set()
        self.refreshes = 0
        self.revoked: set[str] = set()
        self.sender_scope: dict[str, set[str]] = {}  # sender vault -> records it may change
        self.proposals: dict[bytes, dict[str, Any]] = {}
        self.quarantined: dict[bytes, bytes] = {}  # kept aside -> the held twin
        self.suspects: set[str] = set()
        self.notes: list[tuple[str, Outcome]] = []

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

    def complete(self, version: Version) -> None:
        history = self.histories[version.record_id]
        history[:] = [version if v.version_id == version.version_id else v for v in history]

    def refresh(self, kind: str, record_id: str, history: list[Version], shown: Display) -> None:
        assert shown == display(history)  # what the rule computed is what the history shows
        self.refreshes += 1
        self.shown[record_id] = dict(shown.fields)

    def park(self, version: Version, received_from: str) -> None:
        self.waiting[version.version_id] = (version, received_from)

    def parked(self, record_id: str) -> list[tuple[Version, str]]:
        return [w for w in self.waiting.values() if w[0].record_id == record_id]

    def unpark(self, version_id: bytes) -> None:
        self.waiting.pop(version_id, None)

    def add_received(self, record_id: str, colleague_id: str) -> None:
        self.scope.add((record_id, colleague_id))
        sender = {"c-kampala": K, "c-lusaka": L}[colleague_id]
        self.sender_scope.setdefault(sender, set()).add(record_id)

    def may_change(self, record_id: str, sender_vault: str) -> bool:
        return record_id in self.sender_scope.get(sender_vault, set())

    def withheld_from(self, record_id: str, sender_vault: str) -> frozenset[str]:
        return frozenset()

    def origin_revoked(self, origin: str) -> bool:
        return origin in self.revoked

    def pending_from(self, sender_vault: str) -> int:
        return sum(1 for _v, frm in self.waiting.values() if frm == sender_vault)

    def propose(self, version: Version, values: dict[str, Any], received_from: str) -> None:
        self.proposals[version.version_id] = values

    def quarantine(self, version: Version, held: Version, received_from: str) -> None:
        self.quarantined[version.version_id] = held.version_id
        self.suspects.add(version.origin)

    def note(self, kind: str, record_id: str, outcome: Outcome, sender_vault: str) -> None:
        self.notes.append((record_id, outcome))

    def frontier_ids(self, record_id: str) -> set[bytes]:
        return {v.version_id for v in frontier(self.histories.get(record_id, []))}


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


def test_a_version_held_without_values_gains_them_when_it_comes_again_with_them() -> None:
    """A deletion's history travels without content; if the record lives on, the same
    signed versions come again with their values, and only the values are new."""
    held = FakeHeld()
    first = version(KAMPALA, 1, {K: 1}, FIRST)
    gone = version(KAMPALA, 2, {K: 2}, {}, deleted=True)
    rule(held).accept(first.without(FIRST))
    rule(held).accept(gone)
    assert held.shown[RECORD] == {}
    assert rule(held).accept(first) == Received(Outcome.APPLIED, new_record=False)
    assert held.histories[RECORD][0].fields == FIRST and not held.histories[RECORD][0].withheld
    assert held.shown[RECORD] == FIRST
    assert [v.version_id for v in held.histories[RECORD]] == [first.version_id, gone.version_id]
    assert rule(held).accept(first).outcome is Outcome.DUPLICATE, "nothing more to fill"


def test_a_value_held_back_here_is_not_filled_in_by_sending_its_version_again() -> None:
    ours = mine(1, {ME: 1}, {"name": "Amina", "consent": "none"})
    held = held_here(ours)
    held.sender_scope[K] = {RECORD}
    widen = version(KAMPALA, 1, {ME: 1, K: 1}, {"consent": "public", "country": "UG"})
    assert rule(held).accept(widen).outcome is Outcome.PROPOSED
    assert rule(held).accept(widen).outcome is Outcome.DUPLICATE
    assert "consent" not in held.histories[RECORD][-1].fields
    assert held.shown[RECORD]["consent"] == "none"


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
    held.sender_scope[L] = {RECORD}  # this vault shared the record with Lusaka too
    assert rule(held).accept(theirs).outcome is Outcome.APPLIED
    assert lusaka.accept(other).outcome is Outcome.APPLIED
    assert held.frontier_ids(RECORD) == {theirs.version_id, other.version_id}
    assert held.scope == {(RECORD, "c-kampala")}, "only a first receipt puts it in scope"
    replayed_counter = version(KAMPALA, 2, {K: 2}, {"country": "RW"})  # same dot, other content
    assert rule(held).accept(replayed_counter).outcome is Outcome.QUARANTINED
    assert held.quarantined == {replayed_counter.version_id: theirs.version_id}
    assert held.suspects == {K}
    assert replayed_counter.version_id not in {v.version_id for v in held.histories[RECORD]}
    assert held.shown[RECORD]["country"] in ("UG", "ZM"), "the twin never shows"


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
    held.sender_scope[L] = {RECORD}  # shared with Lusaka here
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


def test_a_purged_record_refuses_what_arrives_even_while_waiting() -> None:
    held = FakeHeld()
    first = version(KAMPALA, 1, {K: 1}, FIRST)
    rule(held).accept(first)
    held.purged.add(RECORD)
    refreshes = held.refreshes
    later = version(KAMPALA, 2, {K: 2}, {"notes": "still here?"})
    waiting = version(KAMPALA, 4, {K: 4}, {"notes": "parked?"})
    assert rule(held).accept(later).outcome is Outcome.REFUSED
    assert rule(held).accept(waiting).outcome is Outcome.REFUSED
    assert [v.version_id for v in held.histories[RECORD]] == [first.version_id]
    assert held.waiting == {}, "nothing of a purged record is kept, not even waiting"
    assert held.refreshes == refreshes, "a purged record is never displayed again"


# -- authorisation: who may change what ---------------------------------------------------------

OURS = "0d6f3c1e-0000-4000-8000-0000000000aa"


def mine(counter: int, vector: Mapping[str, int], fields: Mapping[str, Any], *,
         kind: str = "defender", record: str = RECORD) -> Version:
    return make_version(HERE, record_id=record, kind=kind, origin=ME, counter=counter,
                        vector=dict(vector), hlc=(1_700_000_000_000 + counter, 0),
                        deleted=False, fields=dict(fields))


def held_here(*versions: Version) -> FakeHeld:
    held = FakeHeld()
    for v in versions:
        held.kinds.setdefault(v.record_id, v.kind)
        held.insert(v, ME)
        held.shown[v.record_id] = dict(display(held.histories[v.record_id]).fields)
    return held


def test_a_record_outside_the_senders_scope_is_neither_changed_nor_deleted() -> None:
    ours = mine(1, {ME: 1}, {"name": "Amina", "consent": "none"})
    held = held_here(ours)
    edit = version(KAMPALA, 1, {ME: 1, K: 1}, {"name": "Overwritten"})
    deletion = make_version(KAMPALA, record_id=RECORD, kind="defender", origin=K, counter=1,
                            vector={ME: 1, K: 1}, hlc=(1, 0), deleted=True, fields={})
    assert rule(held).accept(edit).outcome is Outcome.REFUSED
    assert rule(held).accept(deletion).outcome is Outcome.REFUSED
    assert [v.version_id for v in held.histories[RECORD]] == [ours.version_id]
    assert held.shown[RECORD]["name"] == "Amina" and held.proposals == {}
    assert held.notes == [(RECORD, Outcome.REFUSED), (RECORD, Outcome.REFUSED)]


def test_in_scope_a_colleague_edits_and_deletes_but_consent_widening_is_a_proposal() -> None:
    ours = mine(1, {ME: 1}, {"name": "Amina", "consent": "none"})
    held = held_here(ours)
    held.sender_scope[K] = {RECORD}
    widen = version(KAMPALA, 1, {ME: 1, K: 1}, {"consent": "public", "country": "UG"})
    assert rule(held).accept(widen).outcome is Outcome.PROPOSED
    assert held.shown[RECORD] == {"name": "Amina", "consent": "none", "country": "UG"}
    assert held.proposals == {widen.version_id: {"consent": "public"}}
    stored = held.histories[RECORD][-1]
    assert stored.version_id == widen.version_id and "consent" not in stored.fields, \
        "the held-back value is not in the history, so it never travels onward"
    narrow = version(LUSAKA, 1, {ME: 1, K: 1, L: 1}, {"consent": "none"})
    held.sender_scope[L] = {RECORD}
    lusaka = ReceivedVersions(held, this_vault=ME, sender_vault=L, sender_colleague="c-lusaka")
    assert lusaka.accept(narrow).outcome is Outcome.APPLIED, "lowering consent applies"


def test_consent_lowered_applies_and_raised_waits() -> None:
    ours = mine(1, {ME: 1}, {"name": "Amina", "consent": "public"})
    held = held_here(ours)
    held.sender_scope[K] = {RECORD}
    lower = version(KAMPALA, 1, {ME: 1, K: 1}, {"consent": "colleagues"})
    assert rule(held).accept(lower).outcome is Outcome.APPLIED
    assert held.shown[RECORD]["consent"] == "colleagues"
    raise_ = version(KAMPALA, 2, {ME: 1, K: 2}, {"consent": "partners"})
    assert rule(held).accept(raise_).outcome is Outcome.PROPOSED
    assert held.shown[RECORD]["consent"] == "colleagues"


def test_moving_a_record_to_another_defender_or_case_is_a_proposal() -> None:
    case = mine(1, {ME: 1}, {"defender": OURS, "programme": "relocation"}, kind="case")
    held = held_here(case)
    held.kinds[OURS] = "defender"
    held.sender_scope[K] = {RECORD}
    other = "0d6f3c1e-0000-4000-8000-0000000000bb"
    move = version(KAMPALA, 1, {ME: 1, K: 1}, {"defender": other, "title": "Moved"},
                   kind="case")
    assert rule(held).accept(move).outcome is Outcome.PROPOSED
    assert held.shown[RECORD]["defender"] == OURS and held.shown[RECORD]["title"] == "Moved"
    assert held.proposals[move.version_id] == {"defender": other}


def test_a_new_record_may_not_attach_itself_to_a_record_outside_the_senders_scope() -> None:
    held = held_here(mine(1, {ME: 1}, {"name": "Hidden", "consent": "none"}, record=OURS))
    incident = version(KAMPALA, 1, {K: 1}, {"defenders": [OURS], "category": "digital",
                                            "occurred": "2024"}, kind="incident")
    assert rule(held).accept(incident) == Received(Outcome.PROPOSED, new_record=True)
    assert "defenders" not in held.shown[RECORD]
    assert held.proposals[incident.version_id] == {"defenders": [OURS]}
    held.sender_scope[K] = {OURS}  # once shared, a new record may link to it
    linked = make_version(KAMPALA, record_id="0d6f3c1e-0000-4000-8000-0000000000cc",
                          kind="incident", origin=K, counter=1, vector={K: 1}, hlc=(1, 0),
                          deleted=False, fields={"defenders": [OURS], "category": "digital",
                                                 "occurred": "2024"})
    assert rule(held).accept(linked).outcome is Outcome.APPLIED


def test_a_colleague_edits_a_shared_plan_but_moving_a_risk_item_is_a_proposal() -> None:
    """In scope, a measure's status and review and an item's rating change at once; an item
    moved to another assessment (another defender's, perhaps) waits for a caseworker."""
    assessment = "0d6f3c1e-0000-4000-8000-0000000000a1"
    item = mine(1, {ME: 1}, {"assessment": assessment, "item_type": "threat", "text": "t",
                             "likelihood": 2, "impact": 2}, kind="risk_item")
    held = held_here(item)
    held.kinds[assessment] = "risk_assessment"
    held.sender_scope[K] = {RECORD}
    rated = version(KAMPALA, 1, {ME: 1, K: 1}, {"likelihood": 4}, kind="risk_item")
    assert rule(held).accept(rated).outcome is Outcome.APPLIED
    assert held.shown[RECORD]["likelihood"] == 4
    other = "0d6f3c1e-0000-4000-8000-0000000000a2"
    move = version(KAMPALA, 2, {ME: 1, K: 2}, {"assessment": other}, kind="risk_item")
    assert rule(held).accept(move).outcome is Outcome.PROPOSED
    assert held.shown[RECORD]["assessment"] == assessment
    assert held.proposals[move.version_id] == {"assessment": other}


def test_a_new_risk_item_may_not_attach_itself_to_an_assessment_outside_the_scope() -> None:
    held = held_here(mine(1, {ME: 1}, {"defender": OURS, "assessed": "2026-01",
                                       "level": "high"}, kind="risk_assessment"))
    planted = make_version(KAMPALA, record_id="0d6f3c1e-0000-4000-8000-0000000000dd",
                           kind="risk_item", origin=K, counter=1, vector={K: 1}, hlc=(1, 0),
                           deleted=False, fields={"assessment": RECORD, "item_type": "threat",
                                                  "text": "planted"})
    assert rule(held).accept(planted) == Received(Outcome.PROPOSED, new_record=True)
    assert held.proposals[planted.version_id] == {"assessment": RECORD}


def test_versions_of_a_revoked_origin_are_refused_from_any_relay() -> None:
    held = FakeHeld()
    rule(held).accept(version(KAMPALA, 1, {K: 1}, FIRST))
    held.revoked.add(L)
    relayed = version(LUSAKA, 1, {K: 1, L: 1}, {"country": "ZM"})
    assert rule(held).accept(relayed).outcome is Outcome.REFUSED
    assert held.shown[RECORD] == FIRST


def test_pending_versions_are_capped_per_sender(monkeypatch: pytest.MonkeyPatch) -> None:
    from hrd_desk.services import received

    monkeypatch.setattr(received, "MAX_PENDING", 2)
    held = FakeHeld()
    waiting = [version(KAMPALA, n, {K: n}, {"notes": f"n{n}"}) for n in (2, 3, 4)]
    outcomes = [rule(held).accept(v).outcome for v in waiting]
    assert outcomes == [Outcome.PENDING, Outcome.PENDING, Outcome.REFUSED]
    assert len(held.waiting) == 2
