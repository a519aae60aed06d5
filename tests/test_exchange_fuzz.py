"""Mutated bundles against a real vault: every mutation is a typed rejection, never another
exception, never an import, and the vault is left exactly as it was.

tests/test_bundle_fuzz.py does this for the reader alone; here each mutant goes through
services.exchange.import_bundle into a vault that knows the sender, so the record layer (version
parsing, signatures, merge, the replay table) sees whatever the reader lets through, and the
vault's rows and file bytes are compared with a snapshot taken before the first example.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from exchange_support import Office, Snapshot, add_family, export, offices, snapshot
from hrd_desk.crypto import bundle_format as fmt
from hrd_desk.errors import BUNDLE_CATEGORIES, BundleRejected
from hrd_desk.services.exchange import import_bundle
from vectors.forge import chunk_offsets, flip

# Each example is an import attempt plus a checkpoint, a dump of every table and two file hashes
# (a few milliseconds); 150 examples per strategy keep the file near fifteen seconds.
FUZZ = settings(deadline=None, max_examples=150, database=None,
                suppress_health_check=[HealthCheck.too_slow])
# Categories a mutation of bytes cannot produce: they depend on who signed, not on the bytes.
IMPOSSIBLE = {"unknown sender", "revoked sender", "replay", "not addressed"}

Mutation = Callable[[bytes], bytes]


def run_mutations(tmp_path: Path, mutants: Callable[[Callable[[Mutation], None]], None]) -> None:
    """Build A -> B once (a bundle of several chunks), then feed `mutants` a function that imports
    one mutated copy into B and checks the outcome against the snapshot."""
    with offices(tmp_path, "A", "B") as world:
        a, b = world["A"], world["B"]
        family = add_family(a)
        for i in range(3):  # descriptions big enough that the records span several chunks
            a.work.add("incident", {"defenders": [family.defender], "category": "digital",
                                    "occurred": "2024", "description": f"{i} " + "x" * 70_000})
        good = tmp_path / "good.bundle"
        export(a, good, [b], defenders=[family.defender])
        data = good.read_bytes()
        assert len(chunk_offsets(data)) >= 5  # four data chunks and the final one
        before = snapshot(b)
        target = tmp_path / "mutant.bundle"

        def attempt(mutate: Mutation) -> None:
            mutant = mutate(data)
            assume(mutant != data)
            target.write_bytes(mutant)
            check(b, target, before)

        mutants(attempt)
        assert import_bundle(b.session, good).new_records == 7  # B still takes the real one


def check(b: Office, path: Path, before: Snapshot) -> None:
    try:
        import_bundle(b.session, path)
    except BundleRejected as exc:
        assert exc.category in BUNDLE_CATEGORIES - IMPOSSIBLE, exc.message
        assert "\n" not in exc.message
    else:
        raise AssertionError("a mutated bundle was imported")
    now = snapshot(b)
    assert now.files == before.files
    assert now.tables == before.tables


def test_bit_flips_anywhere(tmp_path: Path) -> None:
    def mutants(attempt: Callable[[Mutation], None]) -> None:
        @FUZZ
        @given(where=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
        def flipped(where: float, bit: int) -> None:
            attempt(lambda d: flip(d, int(where * len(d)), bit))

        flipped()

    run_mutations(tmp_path, mutants)


def test_truncations_and_insertions(tmp_path: Path) -> None:
    def mutants(attempt: Callable[[Mutation], None]) -> None:
        @FUZZ
        @given(where=st.floats(0, 1, exclude_max=True))
        def truncated(where: float) -> None:
            attempt(lambda d: d[: int(where * len(d))])

        @FUZZ
        @given(where=st.floats(0, 1), junk=st.binary(min_size=1, max_size=200))
        def inserted(where: float, junk: bytes) -> None:
            attempt(lambda d: d[: int(where * len(d))] + junk + d[int(where * len(d)) :])

        @FUZZ
        @given(where=st.floats(0, 1, exclude_max=True), size=st.integers(1, 5000))
        def deleted(where: float, size: int) -> None:
            attempt(lambda d: d[: int(where * len(d))] + d[int(where * len(d)) + size :])

        truncated()
        inserted()
        deleted()

    run_mutations(tmp_path, mutants)


def test_chunks_reordered_repeated_dropped_or_replaced(tmp_path: Path) -> None:
    def chunks(data: bytes) -> tuple[bytes, list[bytes], bytes]:
        starts = chunk_offsets(data)
        head = data[: starts[0]]
        body = [data[s : s + fmt.CHUNK_CIPHER_BYTES] for s in starts[:-1]]
        return head, body, data[starts[-1] :]

    def mutants(attempt: Callable[[Mutation], None]) -> None:
        @FUZZ
        @given(order=st.permutations(range(4)), drop=st.sets(st.integers(0, 3), max_size=2),
               repeat=st.lists(st.integers(0, 3), max_size=2))
        def shuffled(order: list[int], drop: set[int], repeat: list[int]) -> None:
            def mutate(data: bytes) -> bytes:
                head, body, final = chunks(data)
                picked = [body[i] for i in order if i not in drop] + [body[i] for i in repeat]
                return head + b"".join(picked + body[4:]) + final  # the first four moved

            attempt(mutate)

        @FUZZ
        @given(index=st.integers(0, 4), fill=st.binary(min_size=16, max_size=16))
        def replaced(index: int, fill: bytes) -> None:
            def mutate(data: bytes) -> bytes:
                head, body, final = chunks(data)
                units = [*body, final]
                unit = units[index]
                units[index] = (fill * (len(unit) // 16 + 1))[: len(unit)]
                return head + b"".join(units)

            attempt(mutate)

        shuffled()
        replaced()

    run_mutations(tmp_path, mutants)
