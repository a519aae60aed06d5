"""The bundle reader's read-ahead thread (crypto/bundle_reader.py) changes nothing but speed.

The test vectors are a few chunks long, shorter than what the reader reads itself before a
thread reads ahead, so here bundles of 40 chunks are damaged in every way a hostile sender,
co-recipient or transport could (flipped, dropped, repeated, swapped chunks, cuts inside and
between chunks, bytes after the end, a chunk where the final one belongs, size caps, an input
that fails), and each is read twice: with the read-ahead, and with it turned off. Both readers
must agree on everything a caller sees: the messages yielded, the tail read back, the category
and message of the refusal, the bytes counted as read, and whether the bundle completed.

Version 4 puts a tail after the final chunk, which this layer does not authenticate: the thread
must never take its bytes (nor the final chunk) for data chunks, even where a co-recipient chose
them so that they authenticate, and it must be gone once messages() is exhausted, since the tail
is then read from another thread.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nacl.bindings as sodium
import pytest

from hrd_desk.crypto import bundle_format as fmt
from hrd_desk.crypto import bundle_reader
from hrd_desk.crypto.bundle_reader import BundleReader, SenderStatus
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.errors import BundleRejected
from vectors import forge
from vectors.forge import ALICE, BOB, CAROL, Draft, Plan, build, chunk_offsets, unseal

HEADER = fmt.header_bytes(1)
CHUNK = fmt.CHUNK_CIPHER_BYTES


def _bundle() -> bytes:
    rng = random.Random(17)
    out = io.BytesIO()
    writer = BundleWriter(out, ALICE, [BOB.public], schema_version=3, counts={})
    for _ in range(75):  # messages of every size, across chunk boundaries
        writer.add(rng.randbytes(rng.choice([0, 1, 5000, 65536, 100_000])))
    writer.finish()
    return out.getvalue()


BUNDLE = _bundle()
DATA_CHUNKS = (len(BUNDLE) - HEADER - fmt.FINAL_CIPHER_BYTES) // CHUNK
FINAL = HEADER + DATA_CHUNKS * CHUNK


def _tailed(tail: bytes, to: tuple[object, ...] = ()) -> bytes:
    """Version 4: about 3 MiB of messages, then `tail` after the final chunk."""
    rng = random.Random(29)
    out = io.BytesIO()
    writer = BundleWriter(out, ALICE, [BOB.public, *to], schema_version=3,  # type: ignore[list-item]
                          counts={})
    for _ in range(40):
        writer.add(rng.randbytes(rng.choice([0, 7, 65536, 100_000, 150_000])))
    writer.finish(len(tail))
    for start in range(0, len(tail), 1_000_003):  # in pieces
        writer.write_tail(tail[start : start + 1_000_003])
    writer.end_tail()
    return out.getvalue()


TAIL = random.Random(31).randbytes(3 * 1024 * 1024 + 12_345)  # stands for blob ciphertext
TAILED = _tailed(TAIL)
TAIL_AT = len(TAILED) - len(TAIL)


def _at(i: int) -> int:
    return HEADER + i * CHUNK


def _flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x20]) + data[offset + 1 :]


def _chunk(data: bytes, i: int) -> bytes:
    return data[_at(i) : _at(i + 1)]


@dataclass
class Seen:
    messages: list[bytes]
    tail: str  # SHA-256 of the tail read back (all of it, or up to the refusal)
    category: str | None
    message: str | None
    bytes_read: int
    complete: bool


class _Stream(io.BytesIO):
    """A pipe-like input: its size cannot be known up front, so caps are checked while reading."""

    def seekable(self) -> bool:
        return False


class _Failing(io.BytesIO):
    """An input whose reads fail at `at` bytes (a USB stick pulled out): a read that reaches
    it returns the bytes before it, the next one fails."""

    def __init__(self, data: bytes, at: int) -> None:
        super().__init__(data)
        self._at = at

    def read(self, size: int | None = -1) -> bytes:
        left = self._at - self.tell()
        if left <= 0:
            raise OSError(5, "Input/output error")
        return super().read(left if size is None or size < 0 else min(size, left))


def _read(data: bytes, *, max_size: int | None = None, failing_at: int | None = None) -> Seen:
    inp = _Stream(data) if failing_at is None else _Failing(data, failing_at)
    reader = BundleReader(inp, BOB, sender_status=lambda _s: SenderStatus.KNOWN,
                          already_imported=lambda _s, _i: False, max_size=max_size)
    messages: list[bytes] = []
    tail = hashlib.sha256()
    buffer = bytearray(300_007)
    category = message = None
    try:
        reader.open()
        for one in reader.messages():
            messages.append(one)
        while count := reader.readinto_tail(buffer):
            tail.update(buffer[:count])
        reader.end_tail()
    except BundleRejected as exc:
        category, message = exc.category, exc.message
    except OSError as exc:
        category, message = "OSError", str(exc)
    return Seen(messages, tail.hexdigest(), category, message, reader.bytes_read,
                reader.complete)


# what only a key holder can make (the sender's own writer misbehaving): chunks that authenticate
_LONG = [random.Random(5).randbytes(200_000) for _ in range(12)]


def _forged(plan_edit: Callable[[Plan], Plan] | None = None,
            data_edit: Callable[[bytes], bytes] | None = None) -> bytes:
    return build(Draft(messages=_LONG, plan_edit=plan_edit, data_edit=data_edit))


def _tag(i: int, tag: int) -> Callable[[Plan], Plan]:
    return lambda plan: [*plan[:i], (plan[i][0], tag), *plan[i + 1 :]]


def _extra_chunk_v4(final_padding: int) -> tuple[bytes, int]:
    """Version 4, forged by the sender: one zero chunk more than the padding, where the final
    chunk belongs, with a tail chosen so that the final chunk has `final_padding` zero bytes
    after its signature (shorter than, as long as, or longer than a data chunk). Returns the
    bundle and where the extra chunk ends."""
    probe = build(Draft(version=4, messages=_LONG))
    end = forge.messages_end(unseal(probe, BOB).data)
    tail = 100_000
    while forge.layout(end + fmt.TAIL_LENGTH_BYTES, tail)[1] != final_padding:
        tail += 1
    data = build(Draft(version=4, messages=_LONG, tail=random.Random(7).randbytes(tail),
                       data_edit=lambda d: d + fmt.ZERO_CHUNK))
    extra = chunk_offsets(data, tail)[-1]  # (the final chunk as the layout would place it)
    return data, extra + CHUNK


def _corecipient_glues_final_and_tail() -> bytes:
    """Version 4: co-recipient Carol, who knows the stream key, rewrites the tail's first
    bytes so that the final chunk and they authenticate together as one whole chunk (with
    TAG_FINAL: the tag byte is the final chunk's own). Only tail bytes change, so this layer
    accepts it (the record layer refuses such a tail); a reader reading ahead must not take
    that chunk for a data chunk."""
    data = _tailed(TAIL, (CAROL.public,))
    offsets = chunk_offsets(data, len(TAIL))
    final_at, tail_at = offsets[-1], len(data) - len(TAIL)
    real = data[final_at:tail_at]
    assert len(real) < CHUNK  # the final chunk is shorter than a data chunk here
    opened = unseal(data, CAROL)
    _, stream_key = fmt.derive_keys(opened.file_key)

    def state_at_final() -> sodium.crypto_secretstream_xchacha20poly1305_state:
        state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, opened.stream_header,
                                                               stream_key)
        for at in offsets[:-1]:
            sodium.crypto_secretstream_xchacha20poly1305_pull(state, data[at : at + CHUNK])
        return state

    push = sodium.crypto_secretstream_xchacha20poly1305_push
    final_plain, _tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state_at_final(), real)
    keystream = push(state_at_final(), fmt.ZERO_CHUNK, None, fmt.TAG_FINAL)[1:]
    mac = real[len(final_plain) + 1 :]
    glue = bytes(a ^ b for a, b in zip(mac, keystream[len(final_plain) :], strict=False))
    plain = final_plain + glue
    block = push(state_at_final(), plain + bytes(fmt.CHUNK_BYTES - len(plain)), None,
                 fmt.TAG_FINAL)
    assert len(block) == CHUNK and block[: len(real)] == real
    glued = data[:tail_at] + block[len(real) :] + data[final_at + CHUNK :]
    assert len(glued) == len(data) and glued[:tail_at] == data[:tail_at]
    return glued


_SHORTER, _SHORTER_END = _extra_chunk_v4(1_000)
_AS_LONG, _AS_LONG_END = _extra_chunk_v4(CHUNK - fmt.FINAL_CIPHER_BYTES)
_LONGER, _LONGER_END = _extra_chunk_v4(CHUNK - fmt.FINAL_CIPHER_BYTES + 40)


CASES: dict[str, tuple[bytes, dict[str, int]]] = {
    "forged: whole": (_forged(), {}),
    "forged: padding one chunk too long (a chunk where the final one belongs)": (
        _forged(data_edit=lambda d: d + fmt.ZERO_CHUNK), {}),
    "forged: TAG_FINAL on data chunk 25": (_forged(plan_edit=_tag(25, fmt.TAG_FINAL)), {}),
    "forged: TAG_PUSH on data chunk 20": (_forged(plan_edit=_tag(20, 1)), {}),
    "forged: a short data chunk 30": (
        _forged(plan_edit=lambda p: [*p[:30], (p[30][0][:1000], fmt.TAG_MESSAGE), *p[31:]]), {}),
    "forged: two final chunks": (_forged(plan_edit=lambda p: [*p, p[-1]]), {}),
    "whole": (BUNDLE, {}),
    "flip chunk 20": (_flip(BUNDLE, _at(20) + 7), {}),
    "flip chunk 17's tag": (_flip(BUNDLE, _at(17)), {}),
    "flip the last data chunk": (_flip(BUNDLE, _at(DATA_CHUNKS - 1) + 100), {}),
    "flip the final chunk": (_flip(BUNDLE, FINAL + 40), {}),
    "drop chunk 30": (BUNDLE[: _at(30)] + BUNDLE[_at(31) :], {}),
    "repeat chunk 25": (BUNDLE[: _at(26)] + _chunk(BUNDLE, 25) + BUNDLE[_at(26) :], {}),
    "swap chunks 20 and 21": (
        BUNDLE[: _at(20)] + _chunk(BUNDLE, 21) + _chunk(BUNDLE, 20) + BUNDLE[_at(22) :], {}),
    "cut after chunk 25": (BUNDLE[: _at(25)], {}),
    "cut inside chunk 30": (BUNDLE[: _at(30) + 999], {}),
    "cut before the final chunk": (BUNDLE[:FINAL], {}),
    "cut inside the final chunk": (BUNDLE[: FINAL + 50], {}),
    "last byte missing": (BUNDLE[:-1], {}),
    "a trailing byte": (BUNDLE + b"\x00", {}),
    "a chunk where the final one belongs": (
        BUNDLE[:FINAL] + _chunk(BUNDLE, 20) + BUNDLE[FINAL:], {}),
    "a copy of the final chunk after it": (BUNDLE + BUNDLE[FINAL:], {}),
    "random bytes from chunk 33 on": (
        BUNDLE[: _at(33)] + random.Random(3).randbytes(len(BUNDLE) - _at(33)), {}),
    "max size one byte short": (BUNDLE, {"max_size": len(BUNDLE) - 1}),
    "max size inside chunk 22": (BUNDLE, {"max_size": _at(22) + 5}),
    "max size exactly the file": (BUNDLE, {"max_size": len(BUNDLE)}),
    "the input fails inside chunk 28": (BUNDLE, {"failing_at": _at(28) + 10}),
    "the input fails at the final chunk": (BUNDLE, {"failing_at": FINAL}),
    "tail: whole": (TAILED, {}),
    "tail: a flipped tail byte (accepted here: the record layer binds the tail)": (
        _flip(TAILED, TAIL_AT + 2_000_000), {}),
    "tail: a flipped byte of the final chunk": (_flip(TAILED, TAIL_AT - 30), {}),
    "tail: cut inside the tail": (TAILED[: TAIL_AT + 1_500_000], {}),
    "tail: cut at the tail's start": (TAILED[:TAIL_AT], {}),
    "tail: a byte after the tail": (TAILED + b"\x00", {}),
    "tail: max size exactly the file": (TAILED, {"max_size": len(TAILED)}),
    "tail: max size one byte short": (TAILED, {"max_size": len(TAILED) - 1}),
    "tail: the input fails inside the tail": (TAILED, {"failing_at": TAIL_AT + 100_000}),
    "tail: the input fails 2 MiB into the tail": (TAILED, {"failing_at": TAIL_AT + (2 << 20)}),
    "tail: a co-recipient glues the final chunk and the tail's first bytes into one chunk": (
        _corecipient_glues_final_and_tail(), {}),
    "forged v4: a chunk where a final chunk shorter than it belongs": (_SHORTER, {}),
    "forged v4: a chunk where a final chunk as long as it belongs": (_AS_LONG, {}),
    "forged v4: a chunk where a final chunk longer than it belongs": (_LONGER, {}),
    "forged v4: ... longer than it, the file ending with that chunk": (
        _LONGER[:_LONGER_END], {}),
    "forged v4: ... longer than it, the file ending just after that chunk": (
        _LONGER[: _LONGER_END + 10], {}),
}
SUCCESSES = ("whole", "max size exactly the file", "forged: whole", "tail: whole",
             "tail: a flipped tail byte (accepted here: the record layer binds the tail)",
             "tail: max size exactly the file",
             "tail: a co-recipient glues the final chunk and the tail's first bytes into one "
             "chunk")


@pytest.mark.parametrize("name", list(CASES))
def test_read_ahead_sees_exactly_what_a_serial_reader_sees(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert DATA_CHUNKS >= 40
    data, options = CASES[name]
    ahead = _read(data, **options)
    monkeypatch.setattr(bundle_reader, "READ_AHEAD_AFTER", 10**9)  # never start the thread
    serial = _read(data, **options)
    assert ahead == serial
    if name in SUCCESSES:
        assert ahead.complete and ahead.category is None
    else:
        assert not ahead.complete and ahead.category is not None


def test_the_read_ahead_thread_is_used_and_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a long bundle the thread does start, and it is gone once the reader is done, refused
    or abandoned."""
    started = _spy_threads(monkeypatch)
    for data in (BUNDLE, _flip(BUNDLE, _at(30) + 3)):
        _read(data)
    reader = BundleReader(io.BytesIO(BUNDLE), BOB, sender_status=lambda _s: SenderStatus.KNOWN,
                          already_imported=lambda _s, _i: False)
    messages = reader.messages()
    for _ in range(40):  # well into the read-ahead, then abandoned
        next(messages)
    messages.close()
    assert len(started) == 3
    for made in started:
        assert not made._thread.is_alive()  # type: ignore[attr-defined]


def test_a_short_bundle_never_starts_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("a thread for a bundle of a few chunks")

    monkeypatch.setattr(bundle_reader, "_ReadAhead", refuse)
    out = io.BytesIO()
    writer = BundleWriter(out, ALICE, [BOB.public], schema_version=3, counts={})
    writer.add(os.urandom(5 * fmt.CHUNK_BYTES))
    writer.finish()
    assert _read(out.getvalue()).complete


def _spy_threads(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    started: list[object] = []
    real: Callable[..., object] = bundle_reader._ReadAhead

    def spy(*args: object) -> object:
        made = real(*args)
        started.append(made)
        return made

    monkeypatch.setattr(bundle_reader, "_ReadAhead", spy)
    return started


def _tail_in_thread(reader: BundleReader, size: int) -> tuple[bytes, BaseException | None]:
    """Read the tail from another thread, in `size`-byte reads, while this one waits."""
    got = bytearray()
    failed: list[BaseException] = []

    def work() -> None:
        buffer = memoryview(bytearray(size))
        try:
            while count := reader.readinto_tail(buffer):
                got.extend(buffer[:count])
        except BaseException as exc:  # handed back to the waiting thread
            failed.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    return bytes(got), failed[0] if failed else None


def test_the_read_ahead_stops_before_the_tail(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    """A bundle of several MiB with a multi-MiB tail, from a file: the thread reads ahead, is
    gone once messages() is exhausted, and took no tail byte as a chunk: the reader stands
    exactly at the tail, whose bytes (some of them read by the thread, handed back) are then
    read from another thread as they are in the file."""
    started = _spy_threads(monkeypatch)
    path = tmp_path / "tailed.hrdb"
    path.write_bytes(TAILED)
    with path.open("rb") as inp:
        reader = BundleReader(inp, BOB, sender_status=lambda _s: SenderStatus.KNOWN,
                              already_imported=lambda _s, _i: False, max_size=len(TAILED))
        messages = list(reader.messages())
        assert len(messages) == 40 and len(started) == 1
        assert not any(made._thread.is_alive() for made in started)  # type: ignore[attr-defined]
        assert (reader.tail_size, reader.bytes_read, reader.complete) == (
            len(TAIL), TAIL_AT, False)
        with pytest.raises(RuntimeError, match="unread"):
            reader.end_tail()
        tail, failed = _tail_in_thread(reader, 65_553)
        assert failed is None and tail == TAIL
        assert reader.bytes_read == len(TAILED) and not reader.complete
        reader.end_tail()
        assert reader.complete
        assert reader.readinto_tail(bytearray(10)) == 0


def test_readinto_tail_fills_the_buffer_and_stops_at_the_tail() -> None:
    reader = BundleReader(io.BytesIO(TAILED), BOB, sender_status=lambda _s: SenderStatus.KNOWN,
                          already_imported=lambda _s, _i: False)
    with pytest.raises(RuntimeError):
        reader.readinto_tail(bytearray(10))  # not before the messages are read
    list(reader.messages())
    first = bytearray(1_000_000)
    assert reader.readinto_tail(first) == len(first) and first == TAIL[: len(first)]
    rest = bytearray(len(TAIL))  # more than is left: the tail's end
    assert reader.readinto_tail(rest) == len(TAIL) - len(first)
    assert rest[: len(TAIL) - len(first)] == TAIL[len(first) :]
    assert reader.readinto_tail(rest) == 0
    reader.end_tail()
    assert reader.complete


@pytest.mark.parametrize(("cut", "at_boundary"), [(TAIL_AT + 1_234_567, False),
                                                  (TAIL_AT, True)])
def test_a_tail_cut_short_is_incomplete_in_the_reading_thread(cut: int,
                                                              at_boundary: bool) -> None:
    reader = BundleReader(io.BytesIO(TAILED[:cut]), BOB,
                          sender_status=lambda _s: SenderStatus.KNOWN,
                          already_imported=lambda _s, _i: False)
    list(reader.messages())
    tail, failed = _tail_in_thread(reader, 100_000)
    assert isinstance(failed, fmt.BundleIncomplete)
    assert (failed.size, failed.at_boundary) == (cut, at_boundary)  # every byte counted
    # the reads before the one that met the end, as they are in the file
    assert tail == TAIL[: (cut - TAIL_AT) // 100_000 * 100_000]
    with pytest.raises(BundleRejected) as again:  # a refused reader keeps refusing
        reader.end_tail()
    assert again.value is failed and not reader.complete
