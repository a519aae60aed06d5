"""Mutated bundles: always refused with a typed error, never anything else, never accepted,
except where only tail bytes changed.

The fuzzers start from the success vectors (as the spec's test kit asks) and from one bundle of
four data chunks built here, then flip bits, cut, insert, delete, reorder, repeat and splice. Every
byte of a bundle up to its final chunk is authenticated (preamble by the caps and the MAC, stanzas
and stream header by the MAC, chunks by secretstream, their order and the end by the final
signature, which also covers the tail's length), so no such mutation may read to a successful
end. A version 4 tail is opaque to this layer by design (the record layer binds it): a mutation
that changes tail bytes only, and not the file's length, is accepted, and the tail read back
must then be the mutated one. Where the region of a single flip decides the category, the test
checks that category too: an importer relies on them for its messages and the sync layer relies
on "incomplete" to retry.
"""

from __future__ import annotations

import functools
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrd_desk.crypto import bundle_format as fmt
from vectors.forge import ALICE, BOB, CAROL, Draft, build, chunk_offsets, flip, stanza_index
from vectors.vector_file import SUFFIX, VECTOR_DIR, Outcome, VectorFile, read_vector, run_vector

FUZZ = settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
SEEDS = ("success_one_recipient", "success_three_recipients", "success_spanning_chunks",
         "v3_success_one_recipient", "v3_success_bulk_messages", "v4_success_tail",
         "v4_success_no_tail")


@functools.cache
def seed(name: str) -> VectorFile:
    if name == "four_chunks":
        data = build(
            Draft(recipients=(BOB.public, CAROL.public), messages=[os.urandom(60_000)] * 4)
        )
        return VectorFile("success", BOB, data, known=[ALICE.public])
    return read_vector(VECTOR_DIR / f"{name}{SUFFIX}")


def tail_start(vector: VectorFile) -> int:
    return len(vector.data) - (vector.tail_bytes or 0)


def judged(vector: VectorFile, data: bytes) -> Outcome:
    """Read `data` (a mutation of the vector's bundle) to the end with the vector's keys: it
    must be refused with a category, unless it differs from the bundle in tail bytes only (the
    same length): then it must be accepted with the same messages and the mutated tail."""
    outcome = run_vector(vector, data)  # anything but BundleRejected propagates and fails
    start = tail_start(vector)
    if len(data) == len(vector.data) and start < len(data) and data[:start] == \
            vector.data[:start]:
        assert outcome.category == "success", outcome.error
        assert outcome.tail == data[start:] != vector.data[start:]
        assert len(outcome.messages) == vector.messages
        return outcome
    assert outcome.category != "success", "a mutated bundle was accepted"
    assert outcome.error is not None
    return outcome


def flip_categories(data: bytes, offset: int, bit: int) -> set[str]:
    count = int.from_bytes(data[1:3], "big")
    stanzas_end = fmt.PREAMBLE_BYTES + count * fmt.STANZA_BYTES
    if offset == 0:  # another version this reader knows fails the MAC, which covers the byte;
        flipped = data[0] ^ (1 << bit)  # one of 4-15 reads as a later format's preamble
        if flipped in fmt.READABLE_VERSIONS:
            return {"mac failure"}
        return {"newer format" if flipped in fmt.LATER_VERSIONS else "header failure"}
    if offset < fmt.PREAMBLE_BYTES:
        return {"header failure", "over cap"}
    if offset < stanzas_end:
        mine = stanza_index(data, BOB)
        ours = (offset - fmt.PREAMBLE_BYTES) // fmt.STANZA_BYTES == mine
        return {"no match"} if ours else {"mac failure"}
    if offset < fmt.header_bytes(count):
        return {"mac failure"}
    return {"payload failure"}


def boundaries(vector: VectorFile) -> set[int]:
    """Where a cut leaves whole units: the empty file, after the header, after each data chunk,
    and (when there is a tail) after the final chunk."""
    tail = vector.tail_bytes or 0
    return {0, *chunk_offsets(vector.data, tail), *([tail_start(vector)] if tail else [])}


@FUZZ
@given(name=st.sampled_from(SEEDS), where=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_one_flipped_bit_anywhere(name: str, where: float, bit: int) -> None:
    vector = seed(name)
    offset = int(where * len(vector.data))
    outcome = judged(vector, flip(vector.data, offset, bit))
    if offset < tail_start(vector):
        assert outcome.category in flip_categories(vector.data, offset, bit)


@FUZZ
@given(name=st.sampled_from(SEEDS), where=st.floats(0, 1, exclude_max=True))
def test_truncated_anywhere(name: str, where: float) -> None:
    vector = seed(name)
    size = int(where * len(vector.data))
    outcome = judged(vector, vector.data[:size])
    assert outcome.category == "incomplete"
    assert isinstance(outcome.error, fmt.BundleIncomplete)
    assert outcome.error.size == size
    assert outcome.error.at_boundary == (size in boundaries(vector))


@FUZZ
@given(
    name=st.sampled_from(SEEDS),
    where=st.floats(0, 1),
    inserted=st.binary(min_size=1, max_size=100),
)
def test_inserted_bytes_anywhere(name: str, where: float, inserted: bytes) -> None:
    vector = seed(name)
    offset = int(where * len(vector.data))
    outcome = judged(vector, vector.data[:offset] + inserted + vector.data[offset:])
    if offset == len(vector.data):
        assert outcome.category == "payload failure"  # nothing may follow the final chunk or
        # the tail


@FUZZ
@given(name=st.sampled_from(SEEDS), where=st.floats(0, 1, exclude_max=True),
       size=st.integers(1, 70_000))  # fmt: skip
def test_deleted_range_anywhere(name: str, where: float, size: int) -> None:
    vector = seed(name)
    offset = int(where * len(vector.data))
    judged(vector, vector.data[:offset] + vector.data[offset + size :])


@FUZZ
@given(order=st.lists(st.integers(0, 4), min_size=0, max_size=7))
def test_chunks_reordered_repeated_or_dropped(order: list[int]) -> None:
    """Any sequence of the bundle's chunks (4 data + final) other than the original."""
    vector = seed("four_chunks")
    data = vector.data
    starts = chunk_offsets(data)
    ends = [*starts[1:], len(data)]
    assert len(starts) == 5
    if order == list(range(5)):
        return
    header = data[: starts[0]]
    outcome = judged(vector, header + b"".join(data[starts[i] : ends[i]] for i in order))
    assert outcome.category in {"payload failure", "incomplete"}
    if order == list(range(len(order))):  # a strict prefix: the file just ends early
        assert outcome.category == "incomplete"


@FUZZ
@given(data=st.binary(max_size=4_000))
def test_arbitrary_bytes(data: bytes) -> None:
    judged(seed("success_one_recipient"), data)


@FUZZ
@given(data=st.binary(min_size=1, max_size=4_000))
def test_arbitrary_bytes_after_a_valid_preamble(data: bytes) -> None:
    vector = seed("success_three_recipients")
    judged(vector, vector.data[:3] + data)


@FUZZ
@given(
    first=st.sampled_from(SEEDS),
    second=st.sampled_from(SEEDS),
    where=st.floats(0, 1),
)
def test_splice_of_two_bundles(first: str, second: str, where: float) -> None:
    """The front of one bundle and the back of another (or of a fresh copy of the same)."""
    a = seed(first)
    b = (
        build(Draft(recipients=(BOB.public, CAROL.public)))
        if first == second
        else seed(second).data
    )
    cut = int(where * min(len(a.data), len(b)))
    spliced = a.data[:cut] + b[cut:]
    if spliced not in (a.data, b):  # a cut inside the shared preamble gives back a whole bundle
        judged(a, spliced)


@FUZZ
@given(
    name=st.sampled_from(SEEDS),
    flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 7)),
                   min_size=2, max_size=8),
    keep=st.floats(0.5, 1),
)  # fmt: skip
def test_several_mutations_at_once(name: str, flips: list[tuple[float, int]], keep: float) -> None:
    vector = seed(name)
    data = vector.data
    for where, bit in flips:
        data = flip(data, int(where * len(data)), bit)
    data = data[: max(1, int(keep * len(data)))]
    if data == vector.data:  # two flips of the same bit cancel out
        return
    judged(vector, data)
