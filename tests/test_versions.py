"""Versions and their merge (history/versions.py, design in docs/design/merge.md), pure.

Vectors decide what supersedes what; the HLC only orders concurrent versions for display. Every
vault holding the same versions must display the same thing, whatever order it got them in.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrd_desk.crypto.canonical import MAX_SAFE_INT
from hrd_desk.crypto.identity import Identity
from hrd_desk.history.versions import (
    MAX_VECTOR_ENTRIES,
    MalformedVersion,
    Version,
    display,
    display_after,
    dominates,
    frontier,
    make_version,
    merge_vectors,
    verify_version,
    weighed,
)
from hrd_desk.store.records import payload_fields, payload_text

IDENTITY = Identity.generate()
A, B, C = "a" * 32, "b" * 32, "c" * 32
RECORD = "rec-1"


def ver(
    origin: str,
    counter: int,
    vector: Mapping[str, int],
    hlc: tuple[int, int] = (1000, 0),
    deleted: bool = False,
    identity: Identity = IDENTITY,
    **fields: Any,
) -> Version:
    return make_version(
        identity, record_id=RECORD, kind="defender", origin=origin, counter=counter,
        vector=vector, hlc=hlc, deleted=deleted, fields=fields,
    )


# -- vectors -----------------------------------------------------------------------------------


def test_dominates_is_strict_and_partial() -> None:
    assert dominates({A: 2}, {A: 1})
    assert dominates({A: 1, B: 1}, {A: 1})
    assert not dominates({A: 1}, {A: 1})  # equal is not "more"
    assert not dominates({A: 2}, {B: 1})  # concurrent: neither
    assert not dominates({B: 1}, {A: 2})
    assert not dominates({A: 1, B: 2}, {A: 2, B: 1})
    assert dominates({A: 2, B: 2}, {A: 2, B: 1})


def test_merge_vectors_takes_the_maximum_per_origin() -> None:
    assert merge_vectors([{A: 2, B: 1}, {B: 3}, {C: 1, A: 1}]) == {A: 2, B: 3, C: 1}
    assert merge_vectors([]) == {}


def test_frontier_is_the_undominated_versions() -> None:
    a1 = ver(A, 1, {A: 1}, name="x")
    a2 = ver(A, 2, {A: 2}, name="y")
    b1 = ver(B, 1, {A: 1, B: 1}, country="KE")
    assert frontier([a1]) == [a1]
    assert frontier([a1, a2]) == [a2]
    assert {v.version_id for v in frontier([a1, a2, b1])} == {a2.version_id, b1.version_id}
    a3 = ver(A, 3, {A: 3, B: 1}, notes="merged")
    assert frontier([b1, a3, a1, a2]) == [a3]


# -- what is displayed -------------------------------------------------------------------------


def test_fast_forward() -> None:
    a1 = ver(A, 1, {A: 1}, name="x", country="KE")
    a2 = ver(A, 2, {A: 2}, (2000, 0), name="y")
    shown = display([a1, a2])
    assert shown.fields == {"name": "y", "country": "KE"}
    assert not shown.conflict and not shown.deleted


def test_concurrent_edits_to_different_fields_combine() -> None:
    base = ver(A, 1, {A: 1}, name="x", country="KE")
    a2 = ver(A, 2, {A: 2}, (3000, 0), name="y")
    b1 = ver(B, 1, {A: 1, B: 1}, (2000, 0), country="UG")
    shown = display([base, a2, b1])
    assert shown.fields == {"name": "y", "country": "UG"}
    assert shown.conflict_fields == frozenset()
    assert not shown.conflict


@pytest.mark.parametrize(
    ("hlc_a", "hlc_b", "winner"),
    [
        ((5000, 0), (4000, 0), "from A"),  # greater wall clock
        ((4000, 0), (5000, 0), "from B"),
        ((5000, 2), (5000, 1), "from A"),  # same wall, greater counter
        ((5000, 1), (5000, 1), "from B"),  # same HLC: the greater origin ("b..." > "a...")
    ],
)
def test_same_field_is_a_conflict_shown_by_greatest_hlc_then_origin(
    hlc_a: tuple[int, int], hlc_b: tuple[int, int], winner: str
) -> None:
    base = ver(A, 1, {A: 1}, name="x")
    a2 = ver(A, 2, {A: 2}, hlc_a, name="from A")
    b1 = ver(B, 1, {A: 1, B: 1}, hlc_b, name="from B")
    shown = display([base, a2, b1])
    assert shown.fields["name"] == winner
    assert shown.conflict_fields == frozenset({"name"})
    assert shown.conflict


def test_the_same_value_on_both_sides_is_no_conflict() -> None:
    base = ver(A, 1, {A: 1}, name="x")
    a2 = ver(A, 2, {A: 2}, (5000, 0), name="same")
    b1 = ver(B, 1, {A: 1, B: 1}, (4000, 0), name="same")
    shown = display([base, a2, b1])
    assert shown.fields == {"name": "same"}
    assert not shown.conflict


def test_resolving_a_conflict_clears_it() -> None:
    base = ver(A, 1, {A: 1}, name="x")
    a2 = ver(A, 2, {A: 2}, (5000, 0), name="from A")
    b1 = ver(B, 1, {A: 1, B: 1}, (6000, 0), name="from B")
    resolved = ver(A, 3, merge_vectors([a2.vector, b1.vector]) | {A: 3}, (7000, 0),
                   name="from A")
    shown = display([base, a2, b1, resolved])
    assert shown.fields == {"name": "from A"}
    assert not shown.conflict


def test_a_delete_concurrent_with_an_edit_stays_visible_and_flagged() -> None:
    base = ver(A, 1, {A: 1}, name="x")
    deleted = ver(A, 2, {A: 2}, (9000, 0), deleted=True)
    edited = ver(B, 1, {A: 1, B: 1}, (2000, 0), name="y")
    shown = display([base, deleted, edited])
    assert not shown.deleted
    assert shown.delete_conflict and shown.conflict
    assert shown.fields == {"name": "y"}


def test_delete_and_restore() -> None:
    base = ver(A, 1, {A: 1}, name="x")
    gone = ver(A, 2, {A: 2}, deleted=True)
    assert display([base, gone]).deleted
    assert not display([base, gone]).conflict
    back = ver(A, 3, {A: 3})
    assert not display([base, gone, back]).deleted
    both = ver(B, 1, {A: 2, B: 1}, deleted=True)  # deleted on both sides: deleted, no conflict
    shown = display([base, gone, both])
    assert shown.deleted and not shown.conflict


@pytest.mark.parametrize("old_hlc", [(10**12, 0), (1000, 10**6), (0, 0)])
def test_a_dominated_version_never_changes_the_display(old_hlc: tuple[int, int]) -> None:
    """Stale or rolled-back versions (with any clock, even far in the future) lose to what
    superseded them: vectors decide, never timestamps."""
    old = ver(A, 1, {A: 1}, old_hlc, name="old", country="KE")
    new = ver(A, 2, {A: 2}, (1, 0), name="new")
    newer_elsewhere = ver(B, 1, {A: 2, B: 1}, (1, 1), country="UG")
    for history in ([old, new], [new, old]):
        assert display(history).fields == {"name": "new", "country": "KE"}
    shown = display([newer_elsewhere, old, new])
    assert shown.fields == {"name": "new", "country": "UG"}
    assert not shown.conflict


def test_a_withheld_value_never_overwrites_a_held_one() -> None:
    base = ver(A, 1, {A: 1}, name="x", legal_name="held")
    later = ver(A, 2, {A: 2}, legal_name="withheld from us").without(["legal_name"])
    assert display([base, later]).fields == {"name": "x", "legal_name": "held"}


# -- signing and verification ------------------------------------------------------------------


def signed(**fields: Any) -> Version:
    origin = IDENTITY.public.vault_id()
    return ver(origin, 2, {origin: 2, B: 5}, (123456, 7), **fields)


def test_a_version_verifies_against_its_origin_key() -> None:
    version = signed(name="Amina", languages=["sw", "en"])
    verify_version(version, IDENTITY.public)
    with pytest.raises(MalformedVersion, match="signature"):
        verify_version(version, Identity.generate().public)


def test_a_purged_stub_still_verifies() -> None:
    version = signed(name="Amina", notes="lives at the old mill")
    stub = version.without(version.fields)
    assert stub.fields == {} and stub.salts == {}
    assert set(stub.withheld) == {"name", "notes"}
    verify_version(stub, IDENTITY.public)
    stored = replace(version, **payload_fields(payload_text(stub)))  # as the store keeps it
    verify_version(stored, IDENTITY.public)
    assert "Amina" not in payload_text(stub) and "mill" not in payload_text(stub)


def test_commitments_do_not_reveal_values() -> None:
    """A salted commitment: the same value in two versions does not give the same hash."""
    one, two = signed(country="KE"), signed(country="KE")
    assert one.commitments()["country"] != two.commitments()["country"]


@pytest.mark.parametrize(
    ("tamper", "reason"),
    [
        (lambda v: replace(v, fields={**v.fields, "name": "Someone else"}), "hash"),
        (lambda v: replace(v, fields={**v.fields, "extra": 1}, salts={**v.salts, "extra": "0"}),
         "field names"),
        (lambda v: replace(v, salts={**v.salts, "name": "00" * 16}), "hash"),
        (lambda v: replace(v, signature=bytes([v.signature[0] ^ 1]) + v.signature[1:]),
         "signature"),
        (lambda v: replace(v, vector={**v.vector, B: 6}), "id"),
        (lambda v: replace(v, vector={k: c for k, c in v.vector.items() if k != B}), "id"),
        (lambda v: replace(v, hlc_wall=v.hlc_wall + 1), "id"),
        (lambda v: replace(v, deleted=True), "id"),
        (lambda v: replace(v, kind="incident"), "id"),
        (lambda v: replace(v, record_id="rec-2"), "id"),
        (lambda v: replace(v, field_names=("name",)), "field names"),
        (lambda v: replace(v, fields_hash=bytes(32)), "hash"),
        (lambda v: replace(v, version_id=bytes(32)), "id"),
        (lambda v: replace(v, origin=A), "counter is not in its vector"),
    ],
)
def test_a_tampered_version_fails_verification(tamper: Any, reason: str) -> None:
    version = signed(name="Amina", notes="n")
    with pytest.raises(MalformedVersion, match=reason):
        verify_version(tamper(version), IDENTITY.public)


def test_a_tampered_stub_fails_verification() -> None:
    version = signed(name="Amina")
    stub = version.without(["name"])
    forged = replace(stub, withheld={"name": "00" * 32})
    with pytest.raises(MalformedVersion, match="hash"):
        verify_version(forged, IDENTITY.public)


def test_re_signing_under_another_key_does_not_pass_as_the_origin() -> None:
    origin = IDENTITY.public.vault_id()
    forged = make_version(
        Identity.generate(), record_id=RECORD, kind="defender", origin=origin, counter=1,
        vector={origin: 1}, hlc=(1, 0), deleted=False, fields={"name": "x"},
    )
    with pytest.raises(MalformedVersion, match="signature"):
        verify_version(forged, IDENTITY.public)


# -- bounds ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counter", "vector", "hlc", "reason"),
    [
        (2**53, {A: 2**53}, (1, 0), "out of bounds"),
        (1, {A: 1, B: 2**53}, (1, 0), "out of bounds"),
        (1, {A: 1}, (2**53, 0), "out of bounds"),
        (1, {A: 1}, (1, 2**53), "out of bounds"),
        (1, {A: 1}, (-1, 0), "out of bounds"),
        (True, {A: True}, (1, 0), "out of bounds"),
        (1, {A: 1, **{f"{i:032x}": 1 for i in range(MAX_VECTOR_ENTRIES)}}, (1, 0),
         "too many vector entries"),
        (0, {A: 0}, (1, 0), "own counter"),
        (2, {A: 1}, (1, 0), "own counter"),
        (1, {B: 1}, (1, 0), "own counter"),
        (1, {A: 1, B: 0}, (1, 0), "positive"),
    ],
)
def test_out_of_bounds_versions_are_refused(
    counter: int, vector: dict[str, int], hlc: tuple[int, int], reason: str
) -> None:
    with pytest.raises(MalformedVersion, match=reason):
        ver(A, counter, vector, hlc, name="x")
    good = ver(A, 1, {A: 1}, name="x")
    bad = replace(good, counter=counter, vector=vector, hlc_wall=hlc[0], hlc_counter=hlc[1])
    with pytest.raises(MalformedVersion, match=reason):
        verify_version(bad, IDENTITY.public)


def test_the_largest_allowed_values_are_accepted() -> None:
    origin = IDENTITY.public.vault_id()
    others = {f"{i:032x}": MAX_SAFE_INT for i in range(MAX_VECTOR_ENTRIES - 1)}
    version = make_version(
        IDENTITY, record_id=RECORD, kind="defender", origin=origin, counter=MAX_SAFE_INT,
        vector={origin: MAX_SAFE_INT, **others}, hlc=(MAX_SAFE_INT, MAX_SAFE_INT),
        deleted=False, fields={"name": "x"},
    )
    assert len(version.vector) == MAX_VECTOR_ENTRIES
    verify_version(version, IDENTITY.public)


# -- convergence -------------------------------------------------------------------------------

ORIGINS = [f"{c}" * 32 for c in "abcd"]
FIELD_NAMES = ["name", "country", "notes"]
VALUES = ["x", "y", "z"]


@st.composite
def histories(draw: st.DrawFn, linear: bool = False) -> list[Version]:
    """A random history of one record across 2-4 offices that exchange versions now and then.

    Each office knows what it made and what it received; a new version's vector is what its
    office knows with its own counter incremented (as RecordStore makes them). With `linear`,
    each office has received the latest version before it edits.
    """
    origins = ORIGINS[: draw(st.integers(2, 4))]
    known: dict[str, dict[str, int]] = {o: {} for o in origins}
    versions: list[Version] = []
    for _ in range(draw(st.integers(1, 12))):
        origin = draw(st.sampled_from(origins))
        if linear and versions:
            known[origin] = merge_vectors([known[origin], versions[-1].vector])
        elif draw(st.booleans()) and versions:  # receive everything another office had made
            sender = draw(st.sampled_from(origins))
            known[origin] = merge_vectors([known[origin], known[sender]])
        counter = known[origin].get(origin, 0) + 1
        vector = {**known[origin], origin: counter}
        fields = {
            name: draw(st.sampled_from(VALUES))
            for name in draw(st.lists(st.sampled_from(FIELD_NAMES), unique=True, max_size=3))
        }
        version = make_version(
            IDENTITY, record_id=RECORD, kind="defender", origin=origin, counter=counter,
            vector=vector,
            hlc=(draw(st.integers(0, 3)), draw(st.integers(0, 2))),  # small clocks: many ties
            deleted=draw(st.integers(0, 5)) == 0,
            fields=fields,
        )
        known[origin] = vector
        versions.append(version)
    return versions


def canonical(versions: list[Version]) -> tuple[Any, ...]:
    shown = display(versions)
    tips = sorted(v.version_id for v in frontier(versions))
    return (sorted(shown.fields.items()), shown.deleted, sorted(shown.conflict_fields),
            shown.delete_conflict, tips)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.randoms(use_true_random=False))
def test_every_order_of_the_same_versions_displays_the_same(
    versions: list[Version], rnd: random.Random
) -> None:
    expected = canonical(versions)
    for _ in range(5):
        shuffled = list(versions)
        rnd.shuffle(shuffled)
        assert canonical(shuffled) == expected
    assert canonical(list(reversed(versions))) == expected


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(linear=True), st.randoms(use_true_random=False))
def test_a_linear_history_shows_the_last_write_of_each_field(
    chain: list[Version], rnd: random.Random
) -> None:
    """When every version supersedes the one before (whatever the clocks say), there is no
    conflict, and each field shows what the last version to write it wrote."""
    for earlier, later in itertools.pairwise(chain):
        assert dominates(later.vector, earlier.vector)
    expected: dict[str, Any] = {}
    for v in chain:
        expected.update(v.fields)
    shuffled = list(chain)
    rnd.shuffle(shuffled)
    shown = display(shuffled)
    assert shown.fields == expected
    assert not shown.conflict
    assert shown.deleted == chain[-1].deleted
    assert frontier(shuffled) == [chain[-1]]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.randoms(use_true_random=False))
def test_the_display_after_one_more_version_is_the_whole_historys(
    versions: list[Version], rnd: random.Random
) -> None:
    """display_after (the import's and an edit's display, from the history's before the new
    version) shows exactly what display shows for the whole history: values in the same order,
    deletion, conflicts; for a version after all the others, one concurrent with some, and one
    with values withheld (a redacted or held-back field)."""
    arrived = list(versions)
    rnd.shuffle(arrived)
    for count, version in enumerate(arrived):
        if version.fields and rnd.random() < 0.3:
            version = version.without([rnd.choice(sorted(version.fields))])
        history = arrived[:count]
        got = display_after(display(history), history, version)
        expected = display([*history, version])
        assert got == expected
        assert list(got.fields) == list(expected.fields)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.randoms(use_true_random=False))
def test_the_display_of_one_version_is_the_weighed_one(
    versions: list[Version], rnd: random.Random
) -> None:
    """display's shortcut for a history of one version (most records an import changes) shows
    what weighing every field's writers shows: values in the same order, deletion, no
    conflict; for a version with values withheld too."""
    for version in versions:
        if version.fields and rnd.random() < 0.4:
            version = version.without([rnd.choice(sorted(version.fields))])
        got, expected = display([version]), weighed([version])
        assert got == expected
        assert list(got.fields) == list(expected.fields)
