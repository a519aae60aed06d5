"""The bundle reader's read-ahead thread (crypto/bundle_reader.py) changes nothing but speed.

The test vectors are a few chunks long, shorter than what the reader reads itself before a
thread reads ahead, so here bundles of 40 chunks are damaged in every way a hostile sender,
co-recipient or transport could (flipped, dropped, repeated, swapped chunks, cuts inside and
between chunks, bytes after the end, a chunk where the final one belongs, size caps, an input
that fails), and each is read twice: with the read-ahead, and with it turned off. Both readers
must agree on everything a caller sees: the messages yielded, the category and message of the
refusal, the bytes counted as read, and whether the bundle completed.
"""

from __future__ import annotations

import io
import os
import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from hrd_desk.crypto import bundle_format as fmt
from hrd_desk.crypto import bundle_reader
from hrd_desk.crypto.bundle_reader import BundleReader, SenderStatus
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.errors import BundleRejected
from vectors.forge import ALICE, BOB, Draft, Plan, build

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


def _at(i: int) -> int:
    return HEADER + i * CHUNK


def _flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x20]) + data[offset + 1 :]


def _chunk(data: bytes, i: int) -> bytes:
    return data[_at(i) : _at(i + 1)]


@dataclass
class Seen:
    messages: list[bytes]
    category: str | None
    message: str | None
    bytes_read: int
    complete: bool


class _Stream(io.BytesIO):
    """A pipe-like input: its size cannot be known up front, so caps are checked while reading."""

    def seekable(self) -> bool:
        return False


class _Failing(io.BytesIO):
    """An input whose reads fail once past `at` bytes (a USB stick pulled out)."""

    def __init__(self, data: bytes, at: int) -> None:
        super().__init__(data)
        self._at = at

    def read(self, size: int | None = -1) -> bytes:
        if self.tell() >= self._at:
            raise OSError(5, "Input/output error")
        return super().read(size)


def _read(data: bytes, *, max_size: int | None = None, failing_at: int | None = None) -> Seen:
    inp = _Stream(data) if failing_at is None else _Failing(data, failing_at)
    reader = BundleReader(inp, BOB, sender_status=lambda _s: SenderStatus.KNOWN,
                          already_imported=lambda _s, _i: False, max_size=max_size)
    messages: list[bytes] = []
    category = message = None
    try:
        reader.open()
        for one in reader.messages():
            messages.append(one)
    except BundleRejected as exc:
        category, message = exc.category, exc.message
    except OSError as exc:
        category, message = "OSError", str(exc)
    return Seen(messages, category, message, reader.bytes_read, reader.complete)


# what only a key holder can make (the sender's own writer misbehaving): chunks that authenticate
_LONG = [random.Random(5).randbytes(200_000) for _ in range(12)]


def _forged(plan_edit: Callable[[Plan], Plan] | None = None,
            data_edit: Callable[[bytes], bytes] | None = None) -> bytes:
    return build(Draft(messages=_LONG, plan_edit=plan_edit, data_edit=data_edit))


def _tag(i: int, tag: int) -> Callable[[Plan], Plan]:
    return lambda plan: [*plan[:i], (plan[i][0], tag), *plan[i + 1 :]]


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
}


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
    if name in ("whole", "max size exactly the file", "forged: whole"):
        assert ahead.complete and ahead.category is None
    else:
        assert not ahead.complete and ahead.category is not None


def test_the_read_ahead_thread_is_used_and_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a long bundle the thread does start, and it is gone once the reader is done, refused
    or abandoned."""
    started: list[object] = []
    real: Callable[..., object] = bundle_reader._ReadAhead

    def spy(*args: object) -> object:
        made = real(*args)
        started.append(made)
        return made

    monkeypatch.setattr(bundle_reader, "_ReadAhead", spy)
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
