"""Mutated bundles against a real vault: every mutation is a typed rejection, never another
exception, never an import, and the vault is left exactly as it was.

tests/test_bundle_fuzz.py does this for the reader alone; here each mutant goes through
services.exchange.import_bundle into a vault that knows the sender, so the record layer (version
parsing, signatures, merge, the replay table) sees whatever the reader lets through, and the
vault's rows and file bytes are compared with a snapshot taken before the first example.

The last test goes past the cryptography: a colleague signs versions holding arbitrary values
(its real key, so every signature verifies), and each is imported exactly as this vault would
store it or refused whole.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from exchange_support import Office, Snapshot, add_family, export, offices, snapshot
from hrd_desk.crypto import bundle_format as fmt
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.crypto.canonical import CanonicalError, encode
from hrd_desk.errors import BUNDLE_CATEGORIES, BundleRejected
from hrd_desk.history.versions import MalformedVersion, make_version
from hrd_desk.history.wire import to_message
from hrd_desk.model.fields import FieldInfo, FieldKind, field_infos
from hrd_desk.model.records import KINDS
from hrd_desk.model.vocab import VOCABULARIES
from hrd_desk.services.exchange import import_bundle
from hrd_desk.services.validation import clean_values
from hrd_desk.store.migrations import LATEST
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


# -- a colleague's own signed versions with arbitrary values --------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3),
    max_leaves=8,
)


def _plausible(info: FieldInfo) -> st.SearchStrategy[Any]:
    """Values of the right shape, often valid, sometimes just off (case, range, form)."""
    slugs = list(VOCABULARIES[info.vocab].slugs()) if info.vocab else ["x"]
    scalar: dict[FieldKind, st.SearchStrategy[Any]] = {
        FieldKind.TEXT: st.text(max_size=40),
        FieldKind.LONGTEXT: st.text(max_size=80),
        FieldKind.ENUM: st.sampled_from([*slugs, "Other", ""]),
        FieldKind.REF: st.uuids().map(str) | st.text(max_size=10),
        FieldKind.DATE: st.sampled_from(["2024", "2024-03", "2024-02-30", "2024-03-01T10:00",
                                         "2023..2024", "03/2024", ""]),
        FieldKind.INT: st.integers(-2, 9) | st.sampled_from(["3", "x"]),
        FieldKind.COUNTRY: st.sampled_from(["KE", "ke", "Kenya", "XX", ""]),
    }
    item = {FieldKind.ENUM_LIST: FieldKind.ENUM, FieldKind.REF_LIST: FieldKind.REF,
            FieldKind.TEXT_LIST: FieldKind.TEXT}
    if info.kind in item:
        return st.lists(scalar[item[info.kind]], max_size=3)
    return scalar[info.kind]


@st.composite
def signed_versions(draw: st.DrawFn) -> tuple[str, dict[str, Any], bool, dict[str, int]]:
    kind = draw(st.sampled_from(sorted(KINDS)))
    infos = field_infos(KINDS[kind].cls)
    names = draw(st.lists(st.sampled_from(sorted(infos)), unique=True, max_size=6))
    fields = {n: draw(_plausible(infos[n]) | _JSON) for n in names}
    deleted = draw(st.booleans())
    extra = draw(st.dictionaries(st.sampled_from(["0" * 32, "f" * 32]), st.integers(1, 3),
                                 max_size=1))  # edits the receiver does not hold: pending
    return kind, fields, deleted, extra


def test_a_colleagues_signed_versions_with_any_values(tmp_path: Path) -> None:
    """A colleague's app (or the colleague) signs whatever it likes: each version is either
    imported as this vault would store it, or refused whole as a payload failure leaving the vault
    as it was; nothing else ever happens."""
    with offices(tmp_path, "A", "B") as world:
        a, b = world["A"], world["B"]
        path = tmp_path / "signed.bundle"
        seen = {"applied": 0, "pending": 0, "refused": 0}

        @settings(deadline=None, max_examples=120, database=None,
                  suppress_health_check=[HealthCheck.too_slow])
        @given(case=signed_versions())
        def imported(case: tuple[str, dict[str, Any], bool, dict[str, int]]) -> None:
            kind, fields, deleted, extra = case
            record_id = str(uuid.uuid4())
            try:
                version = make_version(
                    a.identity, record_id=record_id, kind=kind, origin=a.vault_id, counter=1,
                    vector={a.vault_id: 1, **extra}, hlc=(int(time.time() * 1000), 0),
                    deleted=deleted, fields=fields)
            except (CanonicalError, MalformedVersion):
                return  # not even signable: nothing a colleague could send
            with open(path, "wb") as handle:
                writer = BundleWriter(handle, a.identity, [b.public], schema_version=LATEST,
                                      counts={"versions": 1})
                writer.add(encode(to_message(version)))
                writer.finish()
            before = snapshot(b)
            try:
                result = import_bundle(b.session, path)
            except BundleRejected as exc:
                assert exc.category == "payload failure", exc.message
                assert snapshot(b) == before
                seen["refused"] += 1
                return
            if extra:
                assert result.outcomes == {"pending": 1}
                seen["pending"] += 1
                return
            assert result.outcomes == {"applied": 1}
            clean = clean_values(kind, fields, partial=True)
            assert encode(clean) == encode(fields)  # only values in this vault's normal form
            shown = b.work.get(kind, record_id)
            assert shown.deleted == deleted
            for name, value in fields.items():
                assert shown.get(name) == value or (value in (None, []) and not shown.get(name))
            seen["applied"] += 1

        imported()
        assert seen["refused"] and seen["applied"], seen  # both paths were exercised
