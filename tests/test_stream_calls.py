"""secretstream into reused buffers (crypto/stream_calls.py) and the streaming code built on it:
libsodium called directly gives the bytes PyNaCl's public calls give, the buffers the streams
reuse are zeroed once a stream is done, and bulk messages streamed into a bundle read back as
the same messages."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import nacl.bindings as sodium
import nacl.exceptions
import pytest

from hrd_desk.crypto import blob_stream, stream_calls
from hrd_desk.crypto import bundle_format as fmt
from hrd_desk.crypto.bundle_reader import BundleReader, SenderStatus
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.errors import BundleRejected
from hrd_desk.fsutil import stream_file
from vectors.forge import ALICE, BOB

State = sodium.crypto_secretstream_xchacha20poly1305_state
STATE_BYTES: int = sodium.crypto_secretstream_xchacha20poly1305_STATEBYTES


def _twin_push_states() -> tuple[State, State, bytes]:
    """Two push states in the same position (a copy of one initialised state)."""
    key = os.urandom(32)
    one, two = State(), State()
    header = sodium.crypto_secretstream_xchacha20poly1305_init_push(one, key)
    two.statebuf[0:STATE_BYTES] = one.statebuf[0:STATE_BYTES]
    return one, two, key + header


def _pull_state(key_and_header: bytes) -> State:
    state = State()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, key_and_header[32:],
                                                          key_and_header[:32])
    return state


CHUNKS = [b"", b"x", os.urandom(1000), os.urandom(65536), os.urandom(70_000)]


def _pushed(state: State, buffer_size: int) -> list[bytes]:
    out = stream_calls.SodiumBuffer(buffer_size)
    pushed = []
    for i, chunk in enumerate(CHUNKS):
        tag = fmt.TAG_FINAL if i == len(CHUNKS) - 1 else fmt.TAG_MESSAGE
        view = memoryview(chunk)[0:] if i % 2 else chunk  # bytes and views alike
        end = stream_calls.push(state, view, tag, out, 7)
        pushed.append(bytes(out.view[7:end]))
    return pushed


def test_direct_calls_give_the_bytes_pynacls_public_calls_give(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert stream_calls.direct()  # every PyNaCl wheel ships nacl._sodium
    one, two, key_and_header = _twin_push_states()
    direct = _pushed(one, 80_000)
    with monkeypatch.context() as patched:
        patched.setattr(stream_calls, "_lib", None)  # the fallback: PyNaCl's public functions
        assert not stream_calls.direct()
        fallback = _pushed(two, 80_000)
    assert direct == fallback
    assert [len(c) for c in direct] == [len(p) + stream_calls.ABYTES for p in CHUNKS]

    reference = _pull_state(key_and_header)
    for mode in ("direct", "fallback"):
        state = _pull_state(key_and_header)
        out = stream_calls.SodiumBuffer(70_000, cleared=mode == "direct")
        with monkeypatch.context() as patched:
            if mode == "fallback":
                patched.setattr(stream_calls, "_lib", None)
            for i, cipher in enumerate(direct):
                size, tag = stream_calls.pull(state, memoryview(cipher), out)
                assert bytes(out.view[:size]) == CHUNKS[i]
                assert tag == (fmt.TAG_FINAL if i == len(CHUNKS) - 1 else fmt.TAG_MESSAGE)
    for i, cipher in enumerate(direct):  # and PyNaCl reads what the direct calls wrote
        plain, _tag = sodium.crypto_secretstream_xchacha20poly1305_pull(reference, cipher)
        assert plain == CHUNKS[i]


@pytest.mark.parametrize("mode", ["direct", "fallback"])
def test_pull_message_moves_on_only_for_a_message_chunk(
        mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`pull_message` (the bundle reader's read-ahead) takes a TAG_MESSAGE chunk as `pull`
    does; a chunk with another tag, or one that does not authenticate, leaves the state where it
    was, so the caller can still pull it itself."""
    if mode == "fallback":
        monkeypatch.setattr(stream_calls, "_lib", None)
    one, _two, key_and_header = _twin_push_states()
    push = sodium.crypto_secretstream_xchacha20poly1305_push
    message = push(one, b"m" * 5000, None, fmt.TAG_MESSAGE)
    final = push(one, b"f" * 64, None, fmt.TAG_FINAL)
    state = _pull_state(key_and_header)
    trial = stream_calls.trial_state(state)
    out = stream_calls.SodiumBuffer(6000)
    assert stream_calls.pull_message(state, trial, final, out) is None  # not yet its turn
    assert stream_calls.pull_message(state, trial, message, out, 3) == 5000
    assert bytes(out.view[3:5003]) == b"m" * 5000
    assert stream_calls.pull_message(state, trial, final[:-1] + b"\0", out) is None
    assert stream_calls.pull_message(state, trial, final, out) is None  # TAG_FINAL: left
    assert stream_calls.pull(state, final, out) == (64, fmt.TAG_FINAL)  # still the next one


def test_a_chunk_that_does_not_authenticate_is_refused_and_leaves_the_state_alone() -> None:
    one, _two, key_and_header = _twin_push_states()
    out = stream_calls.SodiumBuffer(2 * (1000 + stream_calls.ABYTES))
    first = stream_calls.push(one, b"a" * 1000, fmt.TAG_MESSAGE, out)
    stream_calls.push(one, b"b" * 1000, fmt.TAG_MESSAGE, out, first)
    state = _pull_state(key_and_header)
    plain = stream_calls.SodiumBuffer(1000)
    altered = bytearray(out.view[:first])
    altered[5] ^= 1
    with pytest.raises(nacl.exceptions.CryptoError):
        stream_calls.pull(state, altered, plain)
    with pytest.raises(nacl.exceptions.CryptoError):  # the second chunk is not the next one
        stream_calls.pull(state, out.view[first:], plain)
    assert stream_calls.pull(state, out.view[:first], plain) == (1000, fmt.TAG_MESSAGE)
    assert bytes(plain.view) == b"a" * 1000
    with pytest.raises(ValueError):  # a too-short ciphertext, an output that does not fit
        stream_calls.pull(state, b"x" * (stream_calls.ABYTES - 1), plain)
    with pytest.raises(ValueError):
        stream_calls.pull(state, out.view[first:], plain, 1)
    with pytest.raises(ValueError):
        stream_calls.push(one, b"c" * 1000, fmt.TAG_MESSAGE, plain)


def test_a_buffer_is_zeroed_on_wipe() -> None:
    buffer = stream_calls.SodiumBuffer(100)
    buffer.view[:] = b"s" * 100  # written by other means: wiped whole
    buffer.wipe(whole=True)
    assert bytes(buffer.view) == bytes(100)
    one, _two, _key = _twin_push_states()
    pushed = stream_calls.SodiumBuffer(200, cleared=False)
    end = stream_calls.push(one, b"p" * 50, fmt.TAG_MESSAGE, pushed, 10)
    assert pushed.used == end == 10 + 50 + stream_calls.ABYTES
    pushed.wipe()  # what libsodium wrote, from the start
    assert bytes(pushed.view[:end]) == bytes(end) and pushed.used == 0


def test_a_decrypted_blob_comes_as_views_of_buffers_zeroed_once_it_is_read() -> None:
    """More segments than the read-ahead has buffers, each handed back once the sink and the
    hashing thread are done with it: the bytes and the hash are right, and the plaintext left
    in the buffers is zeroed when decrypt returns."""
    data = os.urandom(3 * blob_stream._ReadAhead.BUFFERS * blob_stream.SEGMENT_CHUNKS
                      * blob_stream.CHUNK_BYTES + 12345)
    key = blob_stream.new_key()
    blob = io.BytesIO()
    blob_stream.encrypt(io.BytesIO(data), blob, key)
    seen: list[memoryview] = []
    copied = bytearray()

    def sink(chunk: memoryview) -> None:
        assert isinstance(chunk, memoryview)
        seen.append(chunk)
        copied.extend(chunk)

    blob.seek(0)
    streamed = blob_stream.decrypt(blob, key, sink, views=True)  # type: ignore[arg-type]
    assert bytes(copied) == data
    assert streamed == blob_stream.Streamed(hashlib.sha256(data).hexdigest(), len(data))
    assert all(view == bytes(len(view)) for view in seen)
    blob.seek(0)
    as_bytes: list[bytes] = []
    blob_stream.decrypt(blob, key, as_bytes.append)  # without views: bytes of their own
    assert all(type(chunk) is bytes for chunk in as_bytes) and b"".join(as_bytes) == data


def _read(bundle: bytes) -> list[bytes]:
    reader = BundleReader(io.BytesIO(bundle), BOB, sender_status=lambda _s: SenderStatus.KNOWN,
                          already_imported=lambda _s, _i: False)
    reader.open()
    messages = list(reader.messages())  # type: ignore[arg-type]
    assert reader.complete
    return messages  # type: ignore[return-value]


@pytest.mark.parametrize("sizes", [[0], [1], [65531], [65536], [3 * 65536 + 5, 1_200_000]])
def test_a_bulk_message_streamed_in_pieces_reads_back_as_one(sizes: list[int]) -> None:
    out = io.BytesIO()
    writer = BundleWriter(out, ALICE, [BOB.public], schema_version=3, counts={"versions": 1})
    writer.add(b'{"t": "before"}')
    messages: list[bytes] = [b'{"t": "before"}']
    for size in sizes:
        data = os.urandom(size)
        put = writer.add_bulk(size)
        reused = bytearray(70_000)  # the caller's buffer, refilled between pieces
        for start in range(0, size, 70_000):
            piece = data[start:start + 70_000]
            reused[:len(piece)] = piece
            put(memoryview(reused)[:len(piece)])
        messages.append(fmt.BULK_PREFIX + data)
    writer.add(b'{"t": "after"}')
    writer.finish()
    assert _read(out.getvalue()) == [*messages, b'{"t": "after"}']


def test_a_bundle_file_read_ahead_in_batches_reads_back_whole(tmp_path: Path) -> None:
    """A file opened as the app opens bundles (a buffered reader): the read-ahead thread reads
    a batch of chunks with one call into its buffer; every message comes back, and a bundle
    cut short or extended is refused as before."""
    messages = [os.urandom(n) for n in (5, 1_500_000, 65536, 2_300_000, 7)]
    out = io.BytesIO()
    writer = BundleWriter(out, ALICE, [BOB.public], schema_version=3, counts={"versions": 1})
    for message in messages:
        writer.add(message)
    writer.finish()
    bundle = out.getvalue()
    for name, data, whole in (("whole", bundle, True), ("cut", bundle[:-100], False),
                              ("extended", bundle + b"x", False)):
        path = tmp_path / name
        path.write_bytes(data)
        with stream_file(os.open(path, os.O_RDONLY), "rb") as handle:
            assert isinstance(handle, io.BufferedReader)
            reader = BundleReader(handle, BOB, sender_status=lambda _s: SenderStatus.KNOWN,
                                  already_imported=lambda _s, _i: False)
            reader.open()
            if whole:
                assert list(reader.messages()) == messages and reader.complete
            else:
                with pytest.raises(BundleRejected):
                    list(reader.messages())


def test_a_bulk_message_read_ahead_comes_in_one_piece_per_batch(tmp_path: Path) -> None:
    """Chunks read ahead lie one after another in their batch's buffer: a bulk message of 3 MiB
    comes as a piece per batch it spans (not one per 64 KiB chunk), and as the same bytes."""
    data = os.urandom(3 * 1024 * 1024)
    out = io.BytesIO()
    writer = BundleWriter(out, ALICE, [BOB.public], schema_version=3, counts={"versions": 1})
    writer.add(b'{"t": "first"}')
    writer.add(fmt.BULK_PREFIX + data)
    writer.finish()
    path = tmp_path / "bulk.hrdb"
    path.write_bytes(out.getvalue())
    with stream_file(os.open(path, os.O_RDONLY), "rb") as handle:
        reader = BundleReader(handle, BOB, sender_status=lambda _s: SenderStatus.KNOWN,
                              already_imported=lambda _s, _i: False)
        reader.open()
        first, bulk = list(reader.messages(bulk_pieces=True))
        assert first == b'{"t": "first"}' and isinstance(bulk, fmt.BulkMessage)
        assert b"".join(bulk.pieces) == fmt.BULK_PREFIX + data and reader.complete
        # the first MiB is pulled on the reader's thread (a piece per chunk), then 2-3 batches
        assert len(bulk.pieces) <= fmt.SEGMENT_CHUNKS + 4


def test_a_bulk_message_must_get_exactly_its_declared_bytes() -> None:
    writer = BundleWriter(io.BytesIO(), ALICE, [BOB.public], schema_version=3,
                          counts={"versions": 1})
    put = writer.add_bulk(10)
    put(b"12345")
    with pytest.raises(RuntimeError):  # the next message before the bulk one is whole
        writer.add(b"{}")
    with pytest.raises(RuntimeError):  # and the writer is broken
        writer.finish()
    writer.close()
    writer = BundleWriter(io.BytesIO(), ALICE, [BOB.public], schema_version=3,
                          counts={"versions": 1})
    with pytest.raises(ValueError):
        writer.add_bulk(3)(b"1234")
    with pytest.raises(RuntimeError):
        writer.finish()
    writer.close()
