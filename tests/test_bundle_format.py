"""Sealed bundle format (version 4; versions 3, 2 and 1 still read): every test vector, and the
properties importers and users rely on.

The vectors (tests/vectors/*.vec) pin each rejection category; the unit tests below pin what the
vectors cannot show on their own: round trips, streaming (output and input are never buffered
whole), what an observer of the file can learn, caps at their exact limits, and the reader's
behaviour on awkward inputs (short reads, unseekable streams, early abandonment).
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, cast

import pytest

from hrd_desk.crypto import bundle_format as fmt
from hrd_desk.crypto.bundle_hash import ContentHasher
from hrd_desk.crypto.bundle_manifest import json_depth
from hrd_desk.crypto.bundle_reader import BundleReader, SenderStatus, peek
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.crypto.identity import Identity, PublicIdentity
from hrd_desk.errors import BUNDLE_CATEGORIES, BundleRejected, RejectedInput
from vectors import forge
from vectors.forge import ALICE, BOB, CAROL, DAVE, MESSAGES, SPANNING, Draft, build
from vectors.vector_file import SUFFIX, VECTOR_DIR, VectorFile, read_vector, run_vector

VECTORS = sorted(VECTOR_DIR.glob(f"*{SUFFIX}"))


StatusOf = Callable[[PublicIdentity], SenderStatus]


def known_only(*who: Identity) -> StatusOf:
    keys = {w.public.verify_key for w in who}
    return lambda sender: SenderStatus.KNOWN if sender.verify_key in keys else SenderStatus.UNKNOWN


def reader_for(
    data: bytes | BinaryIO,
    me: Identity = BOB,
    *,
    sender_status: StatusOf | None = None,
    already_imported: Callable[[PublicIdentity, bytes], bool] = lambda s, i: False,
    max_size: int | None = None,
) -> BundleReader:
    return BundleReader(
        io.BytesIO(data) if isinstance(data, bytes) else data,
        me,
        sender_status=sender_status or known_only(ALICE),
        already_imported=already_imported,
        max_size=max_size,
    )


def write(
    messages: list[bytes],
    to: tuple[PublicIdentity, ...] = (BOB.public,),
    *,
    bundle_id: bytes | None = None,
    created_at: int | None = None,
    format_version: int = fmt.FORMAT_VERSION,
    tail: bytes = b"",
) -> bytes:
    out = io.BytesIO()
    counts = {"versions": len(messages)}
    writer = BundleWriter(
        out, ALICE, to, schema_version=3, counts=counts, bundle_id=bundle_id,
        created_at=created_at, format_version=format_version,
    )
    for message in messages:
        writer.add(message)
    writer.finish(len(tail))
    writer.write_tail(tail)
    writer.end_tail()
    return out.getvalue()


def read_all(data: bytes, me: Identity = BOB) -> list[bytes]:
    reader = reader_for(data, me)
    reader.open()
    messages = list(reader.messages())
    assert reader.complete
    return messages


def rejection(data: bytes, me: Identity = BOB) -> BundleRejected:
    reader = reader_for(data, me)
    with pytest.raises(BundleRejected) as caught:
        reader.open()
        for _ in reader.messages():
            pass
    assert not reader.complete
    return caught.value


# -- the vectors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", VECTORS, ids=lambda p: p.stem)
def test_vector(path: Path) -> None:
    vector = read_vector(path)
    outcome = run_vector(vector)
    assert outcome.category == vector.expect, outcome.error
    if vector.expect == "success":
        assert vector.messages is not None
        assert len(outcome.messages) == vector.messages
        digest = hashlib.blake2b(digest_size=32)
        for message in outcome.messages:
            digest.update(len(message).to_bytes(4, "big") + message)
        assert digest.digest() == vector.messages_digest
        # the tail, read through readinto_tail (none where the vector names none)
        assert len(outcome.tail) == (vector.tail_bytes or 0)
        if vector.tail_digest is not None:
            assert hashlib.blake2b(outcome.tail, digest_size=32).digest() == vector.tail_digest
        assert (vector.tail_bytes is not None) == (vector.data[0] == 4)
    else:
        assert isinstance(outcome.error, BundleRejected)
        assert outcome.error.category in BUNDLE_CATEGORIES


def test_vectors_cover_every_category() -> None:
    expected = {read_vector(p).expect for p in VECTORS}
    assert expected == BUNDLE_CATEGORIES | {"success"}


def test_vectors_cover_the_required_cases() -> None:
    names = {p.stem for p in VECTORS}
    required = {
        "success_one_recipient", "truncated_empty_file", "truncated_after_header",
        "truncated_in_chunk_1", "truncated_after_chunk_1", "truncated_in_chunk_2",
        "truncated_before_final", "truncated_in_final", "flip_version_bit", "flip_count_bit",
        "flip_stanza_mine", "flip_stanza_other", "flip_mac", "flip_manifest_chunk",
        "flip_chunk_2", "flip_final", "trailing_byte", "empty_final_chunk",
        "two_final_chunks_copied", "two_final_chunks_forged", "reordered_stanzas",
        "reordered_chunks", "stanza_count_zero", "stanza_count_65000",
        "unknown_sender", "revoked_sender", "wrong_recipient", "corecipient_alters_message",
        "forwarded_to_non_recipient", "replay", "success_reused_id_other_sender",
        "random_junk", "stanza_count_65", "manifest_65537_bytes", "manifest_nesting_17",
        "manifest_duplicate_key", "message_16777217_bytes", "manifest_count_1000001",
        "max_size_exceeded", "v2_success_one_recipient", "v2_success_spanning_chunks",
        "v2_flip_chunk_2", "v2_corecipient_alters_message", "v2_corecipient_signs_altered",
        "v2_downgraded_to_1", "v1_upgraded_to_2", "v2_header_v1_content_hash",
        "v1_header_v2_content_hash", "v2_header_v1_final_domain", "v1_header_v2_final_domain",
        "version_unknown_5", "version_5_count_3", "version_16", "v3_success_one_recipient",
        "v3_success_bulk_messages",
        "v3_flip_chunk_2", "v3_corecipient_alters_message", "v3_corecipient_signs_altered",
        "v3_corecipient_swaps_bulk_bytes", "v3_corecipient_unbulks_message",
        "v3_corecipient_moves_bulk_boundary", "v3_downgraded_to_2", "v2_upgraded_to_3",
        "v3_header_v2_content_hash", "v2_header_v3_content_hash", "v3_header_v2_final_domain",
        "v2_header_v3_final_domain", "v3_nonzero_padding", "v4_success_tail",
        "v4_success_no_tail", "v4_truncated_in_tail", "v4_byte_after_tail", "v4_flip_tail_bit",
        "v4_corecipient_alters_tail_length", "v4_tail_over_max_size", "v4_nonzero_padding",
        "v4_nonzero_final_padding", "v4_header_v3_content_hash", "v3_header_v4_content_hash",
        "v4_header_v3_final_domain", "v3_header_v4_final_domain", "v4_downgraded_to_3",
        "v3_upgraded_to_4", "v4_tail_length_2_53",
    }  # fmt: skip
    assert required <= names, sorted(required - names)


def test_vector_files_are_small_and_self_describing() -> None:
    for path in VECTORS:
        head = path.read_bytes().partition(b"\n\n")[0].decode("ascii")
        assert head.startswith("expect: ") and "\ncomment: " in head, path.name
        assert path.stat().st_size < 256 * 1024, path.name


def test_unknown_sender_message_shows_the_fingerprint() -> None:
    outcome = run_vector(read_vector(VECTOR_DIR / f"unknown_sender{SUFFIX}"))
    assert outcome.error is not None
    assert ALICE.public.fingerprint_text() in outcome.error.message


def test_a_replay_still_says_what_the_bundle_is() -> None:
    """The importer shows 'already imported' with the sender and counts, so info is set."""
    outcome = run_vector(read_vector(VECTOR_DIR / f"replay{SUFFIX}"))
    assert outcome.category == "replay"
    assert outcome.info is not None and outcome.info.sender == ALICE.public


# -- round trips and what the manifest says ------------------------------------------------------


@pytest.mark.parametrize(
    "sizes",
    [
        [],
        [0],
        [1, 2, 3],
        [fmt.CHUNK_BYTES],
        [fmt.CHUNK_BYTES - fmt.FRAME_HEADER_BYTES],
        [fmt.CHUNK_BYTES - 1, fmt.CHUNK_BYTES + 1, 0, 5],
        [3 * fmt.CHUNK_BYTES + 17],
        [2_000_000],
        [100] * 2_000,
    ],
    ids=["none", "empty", "small", "chunk", "chunk-minus-frame", "around-chunk", "multi", "2MB",
         "many"],
)  # fmt: skip
def test_round_trip(sizes: list[int]) -> None:
    messages = [os.urandom(n) for n in sizes]
    assert read_all(write(messages)) == messages


def test_info_is_what_the_sender_declared() -> None:
    bundle_id = bytes(range(16))
    data = write(MESSAGES, (CAROL.public, BOB.public), bundle_id=bundle_id, created_at=1234)
    info = reader_for(data).open()
    assert info.bundle_id == bundle_id
    assert info.sender == ALICE.public
    assert info.recipients == (CAROL.public, BOB.public)
    assert info.created_at == 1234
    assert info.schema_version == 3
    assert info.counts == {"versions": 3}


def test_every_listed_recipient_reads_and_no_one_else() -> None:
    data = write(MESSAGES, (CAROL.public, BOB.public))
    assert read_all(data, BOB) == read_all(data, CAROL) == MESSAGES
    assert rejection(data, DAVE).category == "no match"


# -- what an observer of the file learns ---------------------------------------------------------


def test_nothing_identifying_in_the_clear() -> None:
    data = write([b"Defender: Ana Lopez, relocation to Bogota"], (BOB.public, CAROL.public))
    keys = [k for who in (ALICE, BOB, CAROL) for k in (who.public.verify_key, who.public.box_key)]
    # five bytes or more: a three-byte marker ("hrd") turns up by chance in 66 KB of
    # ciphertext about once in 250 runs (it did, on a fresh machine)
    markers = [b"hrd-desk", b"hrdb1", b"hrdb2", b"hrdb3", b"hrdb4", b"bundle", b"Ana Lopez",
               b'"format"', b"recipients"]
    for secret in markers + keys + [k.hex().encode() for k in keys]:
        assert secret not in data


def test_size_hides_small_differences_and_recipient_counts_within_a_bucket() -> None:
    sizes = {len(write([os.urandom(n)], to)) for n in (10, 500, 20_000)
             for to in ((BOB.public,), (BOB.public, CAROL.public), (BOB.public, CAROL.public,
                                                                    DAVE.public))}  # fmt: skip
    # one recipient -> 1 stanza; two or three -> a bucket of 4: two sizes in all
    assert len(sizes) == 2


def test_decoy_stanzas_look_like_real_ones() -> None:
    """Every stanza starts with a valid X25519 key (top bit clear), decoys included."""
    for _ in range(8):
        data = write([], (BOB.public, CAROL.public))  # 2 real, 2 decoys
        stanzas = [data[3 + 80 * i : 3 + 80 * (i + 1)] for i in range(4)]
        assert all(s[31] & 0x80 == 0 for s in stanzas)


def test_layout_is_header_chunks_and_final() -> None:
    data = write([os.urandom(100_000)], format_version=3)
    body = len(data) - fmt.header_bytes(1) - fmt.FINAL_CIPHER_BYTES
    chunks, spare = divmod(body, fmt.CHUNK_CIPHER_BYTES)
    assert spare == 0 and fmt.is_padded_stream_length(chunks * fmt.CHUNK_BYTES)
    # version 4: what follows the header is a Padme length: data chunks, a final chunk with
    # zero padding after the signature, and the tail
    data = write([os.urandom(100_000)])
    assert fmt.padme(len(data) - fmt.header_bytes(1)) == len(data) - fmt.header_bytes(1)


@pytest.mark.parametrize("content", [74, 5_000, 65_536, 65_537, 300_000, 5_000_000])
@pytest.mark.parametrize("tail", [0, 1, 65_472, 70_000, 10_000_000, 2**40 + 12_345])
def test_version_4_layout(content: int, tail: int) -> None:
    """The library's version 4 layout is the one docs/bundle-format.md gives (forge.py writes it
    out): the stream holds its content in whole chunks, the final chunk's padding is shorter
    than a data chunk, and the file's size after the header is Padme of its least size."""
    padded, final_padding = fmt.padded_layout(4, content, tail)
    assert (padded, final_padding) == forge.layout(content, tail)
    assert padded % fmt.CHUNK_BYTES == 0 and padded >= content
    assert 0 <= final_padding < fmt.CHUNK_CIPHER_BYTES
    body = fmt.bundle_size(1, padded, final_padding, tail) - fmt.header_bytes(1)
    least = -(-content // fmt.CHUNK_BYTES) * fmt.CHUNK_CIPHER_BYTES + fmt.FINAL_CIPHER_BYTES
    assert body == fmt.padme(least + tail)


def test_version_4_size_does_not_follow_the_tail_byte_for_byte() -> None:
    """Two bundles whose tails differ by a few bytes (and whose streams differ within a chunk)
    have the same size: the padding covers stream and tail together."""
    sizes = {fmt.bundle_size(1, *fmt.padded_layout(4, content, tail), tail)
             for content in (400, 9_000) for tail in range(10_000_000, 10_000_000 + 5_000, 97)}
    assert len(sizes) == 1


@pytest.mark.parametrize("n", [0, 1, 2, 3, 100, 65_535, 65_536, 65_537, 10**6, 10**9, 2**40 + 3])
def test_padme(n: int) -> None:
    padded = fmt.padme(n)
    assert n <= padded <= n + n // 8 + 1  # overhead at most 12.5%
    assert fmt.padme(padded) == padded
    stream = fmt.padded_stream_length(n)
    assert stream % fmt.CHUNK_BYTES == 0 and stream >= padded
    if n:
        assert fmt.is_padded_stream_length(stream)


def test_padme_keeps_few_distinct_sizes() -> None:
    """Between 1 and 2 MiB, a million lengths fall into 32 steps of 32 KiB (and 2 MiB itself)."""
    sizes = {fmt.padme(n) for n in range(2**20, 2**21)}
    assert len(sizes) == 33


# -- streaming and memory -------------------------------------------------------------------------


def test_the_writer_streams() -> None:
    out = io.BytesIO()
    writer = BundleWriter(out, ALICE, [BOB.public], schema_version=1, counts={})
    after_header = out.tell()
    for _ in range(48):
        writer.add(os.urandom(256 * 1024))
    # written as it goes: at most the encrypting thread's backlog (two MiB waiting, one being
    # written) and the MiB being gathered are behind the 12 MiB added
    assert out.tell() >= after_header + 12 * 1024 * 1024 - 4 * 1024 * 1024 - fmt.CHUNK_BYTES
    writer.finish()


def test_the_reader_yields_before_reading_everything() -> None:
    data = write([os.urandom(1000)] + [os.urandom(300_000) for _ in range(10)])
    reader = reader_for(data)
    reader.open()
    messages = reader.messages()
    next(messages)
    assert reader.bytes_read < len(data) // 4
    assert not reader.complete
    rest = list(messages)
    assert len(rest) == 10 and reader.complete


def test_abandoning_the_iterator_never_completes() -> None:
    reader = reader_for(write(MESSAGES))
    reader.open()
    for _ in reader.messages():
        break
    assert not reader.complete


def test_messages_twice_is_an_error() -> None:
    reader = reader_for(write(MESSAGES))
    list(reader.messages())
    with pytest.raises(RuntimeError):
        reader.messages()


def test_a_rejected_reader_keeps_refusing() -> None:
    reader = reader_for(write(MESSAGES), DAVE)
    with pytest.raises(BundleRejected) as first:
        reader.open()
    with pytest.raises(BundleRejected) as again:
        reader.messages()
    assert again.value is first.value


class Trickle(io.RawIOBase):
    """A pipe-like input: at most 7 bytes per read, not seekable."""

    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = min(7, len(buffer), len(self._data) - self._at)
        buffer[:size] = self._data[self._at : self._at + size]
        self._at += size
        return size


def test_short_reads_are_not_truncation() -> None:
    data = write([os.urandom(70_000), b"x"])
    reader = reader_for(cast(BinaryIO, Trickle(data)))
    reader.open()
    assert len(list(reader.messages())) == 2 and reader.complete


def test_max_size_holds_on_an_unseekable_stream() -> None:
    data = write(MESSAGES)
    reader = reader_for(cast(BinaryIO, Trickle(data)), max_size=len(data) - 1)
    with pytest.raises(BundleRejected) as caught:
        reader.open()
        list(reader.messages())
    assert caught.value.category == "over cap"


# -- truncation is told apart ------------------------------------------------------------------


def test_incomplete_says_where_the_input_ended() -> None:
    data = write([os.urandom(100_000)])
    header = fmt.header_bytes(1)
    for cut, at_boundary in [
        (0, True),
        (10, False),
        (header, True),
        (header + 5, False),
        (header + fmt.CHUNK_CIPHER_BYTES, True),
        (forge.chunk_offsets(data)[-1], True),
        (len(data) - 1, False),
    ]:
        error = rejection(data[:cut])
        assert isinstance(error, fmt.BundleIncomplete)
        assert error.category == "incomplete"
        assert (error.size, error.at_boundary) == (cut, at_boundary)


# -- caps at their limits ----------------------------------------------------------------------


def test_message_count_cap_exceeded_by_one() -> None:
    """The real cap: 1,000,001 empty messages, built by hand since the writer refuses them."""
    data = build(Draft(messages=[b""] * (fmt.MAX_MESSAGES + 1)))
    reader = reader_for(data)
    reader.open()
    seen = 0
    with pytest.raises(BundleRejected) as caught:
        for _ in reader.messages():
            seen += 1
    assert caught.value.category == "over cap"
    assert seen == fmt.MAX_MESSAGES


def test_message_count_cap_is_inclusive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "MAX_MESSAGES", 3)
    assert read_all(build(Draft(messages=[b"a", b"b", b"c"]))) == [b"a", b"b", b"c"]
    assert rejection(build(Draft(messages=[b"a"] * 4))).category == "over cap"


def test_the_writer_refuses_what_readers_would_refuse(monkeypatch: pytest.MonkeyPatch) -> None:
    writer = BundleWriter(io.BytesIO(), ALICE, [BOB.public], schema_version=1, counts={})
    with pytest.raises(RejectedInput):
        writer.add(bytes(fmt.MAX_MESSAGE_BYTES + 1))
    monkeypatch.setattr(fmt, "MAX_MESSAGES", 2)
    writer.add(b"1")
    writer.add(b"2")
    with pytest.raises(RejectedInput):
        writer.add(b"3")


def test_a_message_at_the_size_cap_passes() -> None:
    big = os.urandom(fmt.MAX_MESSAGE_BYTES)
    assert read_all(write([big])) == [big]


@pytest.mark.parametrize(
    ("recipients", "counts", "problem"),
    [
        ([], {}, "at least one"),
        ([BOB.public, BOB.public], {}, "twice"),
        ([Identity.generate().public for _ in range(65)], {}, "at most 64"),
        ([BOB.public], {"Bad Name": 1}, "count name"),
        ([BOB.public], {"versions": fmt.MAX_COUNT_VALUE + 1}, "within"),
        ([BOB.public], {"versions": True}, "integer"),
        ([BOB.public], {f"k{i}": 1 for i in range(65)}, "at most 64"),
    ],
)
def test_writer_arguments_are_checked(
    recipients: list[PublicIdentity], counts: dict[str, int], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        BundleWriter(io.BytesIO(), ALICE, recipients, schema_version=1, counts=counts)


def test_a_finished_writer_takes_nothing_more() -> None:
    out = io.BytesIO()
    writer = BundleWriter(out, ALICE, [BOB.public], schema_version=1, counts={})
    writer.finish()
    size = out.tell()
    with pytest.raises(RuntimeError):
        writer.add(b"late")
    with pytest.raises(RuntimeError):
        writer.finish()
    assert out.tell() == size


# -- the tail (version 4) ------------------------------------------------------------------------


def read_with_tail(data: bytes) -> tuple[list[bytes], bytes]:
    reader = reader_for(data)
    messages = list(reader.messages())
    assert reader.complete == (reader.tail_size == 0)
    buffer = bytearray(50_000)
    tail = bytearray()
    while count := reader.readinto_tail(buffer):
        tail += buffer[:count]
    reader.end_tail()
    assert reader.complete and reader.bytes_read == len(data)
    return messages, bytes(tail)


@pytest.mark.parametrize("tail_size", [0, 1, 65_472, 3 * fmt.CHUNK_BYTES + 5, 1_500_000])
def test_round_trip_with_a_tail(tail_size: int) -> None:
    tail = os.urandom(tail_size)
    data = write(MESSAGES, tail=tail)
    assert data.endswith(tail)  # as it was given: not encrypted again
    assert read_with_tail(data) == (MESSAGES, tail)


def test_the_tail_is_written_as_given_in_pieces() -> None:
    out = io.BytesIO()
    writer = BundleWriter(out, ALICE, [BOB.public], schema_version=1, counts={})
    writer.add(b"{}")
    assert writer.tail_left == 0
    writer.finish(10)
    assert writer.tail_left == 10
    for piece in (b"abc", bytearray(b"defg"), memoryview(b"hij")):
        writer.write_tail(piece)
    assert writer.tail_left == 0
    writer.end_tail()
    assert out.getvalue().endswith(b"abcdefghij")
    assert read_with_tail(out.getvalue()) == ([b"{}"], b"abcdefghij")
    with pytest.raises(RuntimeError):
        writer.write_tail(b"")  # the tail is ended


def test_the_size_cap_counts_the_tail_as_soon_as_its_length_is_read() -> None:
    data = write(MESSAGES, tail=os.urandom(500_000))
    reader = reader_for(cast(BinaryIO, Trickle(data)), max_size=len(data) - 1)
    with pytest.raises(BundleRejected) as caught:
        list(reader.messages())
    assert caught.value.category == "over cap"
    assert reader.bytes_read <= fmt.header_bytes(1) + fmt.CHUNK_CIPHER_BYTES  # in chunk 1
    reader = reader_for(cast(BinaryIO, Trickle(data)), max_size=len(data))
    assert list(reader.messages()) == MESSAGES and reader.tail_size == 500_000


def test_tail_misuse_is_refused() -> None:
    def fresh(version: int = fmt.FORMAT_VERSION) -> tuple[BundleWriter, io.BytesIO]:
        out = io.BytesIO()
        return BundleWriter(out, ALICE, [BOB.public], schema_version=1, counts={},
                            format_version=version), out

    writer, out = fresh()
    with pytest.raises(RuntimeError, match="finish"):
        writer.write_tail(b"x")  # before finish
    with pytest.raises(RuntimeError, match="finish"):
        writer.end_tail()
    for bad in (-1, fmt.MAX_TAIL_BYTES + 1):
        with pytest.raises(ValueError):
            writer.finish(bad)
    with pytest.raises(TypeError):
        writer.finish(True)
    writer.finish(5)
    writer.write_tail(b"123")
    with pytest.raises(RuntimeError, match="2 tail bytes"):  # early
        writer.end_tail()
    size = out.tell()
    with pytest.raises(ValueError, match="more tail bytes"):  # past tail_size
        writer.write_tail(b"456")
    assert out.tell() == size  # nothing of it written
    with pytest.raises(RuntimeError, match="discard"):  # broken from then on
        writer.write_tail(b"45")
    with pytest.raises(RuntimeError, match="discard"):
        writer.end_tail()

    for version in (1, 2, 3):  # no tail before version 4; nothing written, still usable
        old, out = fresh(version)
        with pytest.raises(ValueError, match="no tail"):
            old.finish(1)
        old.finish()
        old.end_tail()  # an empty tail is complete
        assert read_all(out.getvalue()) == []

    unfinished, _out = fresh()
    unfinished.finish(3)
    unfinished.close()  # abandoned with tail bytes owed: broken
    with pytest.raises(RuntimeError):
        unfinished.write_tail(b"abc")


def test_json_depth_ignores_brackets_inside_strings() -> None:
    assert json_depth(b'{"a":"[[[[{{{{","b":[1,[2]]}') == 3
    assert json_depth(b'{"a":"\\"[[[["}') == 1


# -- content hash -------------------------------------------------------------------------------


@pytest.mark.parametrize("version", (1, 2))
def test_content_hash_is_the_same_serial_or_parallel(version: int) -> None:
    chunks = [os.urandom(fmt.CHUNK_BYTES) for _ in range(3 * fmt.SEGMENT_CHUNKS + 5)]
    serial = ContentHasher(version, parallel=False)
    parallel = ContentHasher(version, parallel=True)
    for chunk in chunks:
        serial.update(chunk)
        parallel.update(chunk)
    leaves = [
        b"".join(chunks[start : start + fmt.SEGMENT_CHUNKS])
        for start in range(0, len(chunks), fmt.SEGMENT_CHUNKS)
    ]
    length = (len(chunks) * fmt.CHUNK_BYTES).to_bytes(8, "big")
    if version == 1:
        expected = hashlib.blake2b(
            b"".join(
                hashlib.blake2b(leaf, digest_size=32, person=b"hrdb1 leaf").digest()
                for leaf in leaves
            ) + length,
            digest_size=32,
            person=b"hrdb1 content",
        ).digest()
    else:  # docs/bundle-format.md: SHA-256 behind 16-byte prefixes
        expected = hashlib.sha256(
            b"hrdb2 content\0\0\0"
            + b"".join(hashlib.sha256(b"hrdb2 leaf" + bytes(6) + leaf).digest() for leaf in leaves)
            + length
        ).digest()
    total = len(chunks) * fmt.CHUNK_BYTES
    assert serial.digest(total) == parallel.digest(total) == expected


# Bulk messages (attachment data) around and across leaf boundaries, an empty one, a JSON message
# over a MiB (so the hashed sequence has several leaves), and an empty message.
BULK_MIX = [
    b'{"t":"attachment"}',
    b"\x00" + os.urandom(1_500_000),
    b"\x00",
    b'{"t":"big","x":"' + b"y" * 2_200_000 + b'"}',
    b"",
    b"\x00" + os.urandom(70_000),
    b'{"t":"version"}',
]


def test_version_3_content_hash_leaves_out_bulk_bytes_alone() -> None:
    """The library's version 3 content hash is the one docs/bundle-format.md describes (forge.py
    writes it out with hashlib), serial or parallel and whatever the pieces' sizes; it changes
    with any non-bulk byte, a bulk message's length or first byte, and not with its other
    bytes."""
    manifest = b'{"format":1}'
    data = forge.data_stream(manifest, bytes(64), BULK_MIX)
    expected = forge.content_hash(data, 3)
    assert len(forge.hashed_sequence_v3(data)) > 2 * 1024 * 1024  # three leaves
    assert forge.library_content_hash(data, 3) == expected
    assert forge.library_content_hash(data, 3, parallel=True) == expected
    odd = ContentHasher(3, parallel=False)
    hashed = forge.hashed_sequence_v3(data)
    for start in range(0, len(hashed), 77_777):
        odd.update(bytearray(hashed[start : start + 77_777]))
    assert odd.digest(len(data)) == expected

    def variant(index: int, message: bytes) -> bytes:
        messages = list(BULK_MIX)
        messages[index] = message
        return forge.content_hash(forge.data_stream(manifest, bytes(64), messages), 3)

    swapped = b"\x00" + os.urandom(1_500_000)
    assert variant(1, swapped) == expected  # bound by the record layer instead
    assert variant(1, b"\x01" + BULK_MIX[1][1:]) != expected  # no longer bulk
    assert variant(1, BULK_MIX[1][:-1]) != expected  # its length
    assert variant(0, b'{"t":"attachmenT"}') != expected
    assert variant(3, BULK_MIX[3].replace(b"yyy", b"yzy", 1)) != expected


def test_version_3_round_trip_with_bulk_messages() -> None:
    assert read_all(write(BULK_MIX)) == BULK_MIX


def test_the_writer_writes_version_4_and_the_reader_still_reads_versions_1_to_3() -> None:
    for version in (4, 3, 2, 1):
        out = io.BytesIO()
        writer = BundleWriter(
            out, ALICE, [BOB.public], schema_version=1, counts={}, format_version=version
        )
        for message in SPANNING:
            writer.add(message)
        writer.finish()
        data = out.getvalue()
        assert data[0] == version
        assert peek(io.BytesIO(data))["format_version"] == version
        reader = BundleReader(
            io.BytesIO(data),
            BOB,
            sender_status=lambda _s: SenderStatus.KNOWN,
            already_imported=lambda _s, _i: False,
        )
        assert list(reader.messages()) == SPANNING and reader.complete
    out = io.BytesIO()
    BundleWriter(out, ALICE, [BOB.public], schema_version=1, counts={}).finish()
    assert out.getvalue()[0] == fmt.FORMAT_VERSION == 4  # the default
    with pytest.raises(ValueError):
        BundleWriter(io.BytesIO(), ALICE, [BOB.public], schema_version=1, counts={},
                     format_version=5)


# -- peek: what can be said without keys ----------------------------------------------------------


def test_peek_on_a_bundle_restores_the_position() -> None:
    data = write(MESSAGES, (BOB.public, CAROL.public), format_version=3)
    stream = io.BytesIO(data)
    seen = peek(stream)
    assert stream.tell() == 0
    assert seen["possible_bundle"] is True
    assert seen["size"] == len(data)
    assert seen["stanza_slots"] == 4
    assert seen["data_chunks"] == 1


def test_peek_on_a_version_4_bundle_does_not_count_its_chunks() -> None:
    """The size of a version 4 bundle holds its tail: it says how the whole is padded, not how
    many data chunks there are."""
    data = write(MESSAGES, (BOB.public, CAROL.public))
    seen = peek(io.BytesIO(data))
    assert (seen["possible_bundle"], seen["format_version"], seen["stanza_slots"],
            seen["data_chunks"]) == (True, 4, 4, None)
    assert "cannot be told" in str(seen["reason"])
    shorter = peek(io.BytesIO(data[:-1]))
    assert shorter["possible_bundle"] is False and "layout" in str(shorter["reason"])


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"%PDF-1.7 not a bundle", "not a bundle"),
        (b"\x01\x00\x03" + bytes(500), "slot count"),
        (b"\x01\x00\x01" + bytes(500), "too short"),
        (b"\x01\x00\x01" + bytes(fmt.header_bytes(1) + 3 * fmt.CHUNK_CIPHER_BYTES), "layout"),
    ],
)
def test_peek_on_other_files(data: bytes, reason: str) -> None:
    seen = peek(io.BytesIO(data))
    assert seen["possible_bundle"] is False
    assert reason in str(seen["reason"])


def test_every_vector_peeks_as_possible_iff_its_layout_fits() -> None:
    for path in VECTORS:
        vector: VectorFile = read_vector(path)
        seen = peek(io.BytesIO(vector.data))
        if vector.expect == "success":
            assert seen["possible_bundle"] is True, path.name
        if vector.expect == "incomplete" and vector.data:  # (a cut may land on another Padme
            # length of a version 4 bundle: not in these vectors)
            assert seen["possible_bundle"] is False, path.name
