"""secretstream push and pull into reused buffers: the one place that calls libsodium's stream
functions directly.

PyNaCl's `crypto_secretstream_xchacha20poly1305_push` / `_pull` check their arguments (bytes
only) and copy their output out of the state's own buffer into new bytes: for a 64 KiB chunk
that is a copy and an allocation per call on top of the cipher. The streaming code (blobs,
bundles) calls these instead: they take bytes or any contiguous buffer (a memoryview of a reused
buffer) and write the result into a `SodiumBuffer` the caller reuses, through PyNaCl's own
libsodium (its cffi module `nacl._sodium`, as crypto/secret_memory.py does; the GIL is released
during the call as PyNaCl's own calls release it). The state is PyNaCl's
`crypto_secretstream_xchacha20poly1305_state`, initialised by PyNaCl's `init_push` /
`init_pull` and held exactly as before. Where the private module is missing, the same calls go
through PyNaCl's public functions and copy their result into the buffer: the same bytes
(tests/test_stream_calls.py), only slower.

A `SodiumBuffer` holds plaintext (pulled) or ciphertext (pushed) of the chunks last written into
it; `wipe()` zeroes what they wrote (sodium_memzero) when its stream is done, where PyNaCl's own
output buffer is left to the garbage collector.
"""

from __future__ import annotations

from typing import Any

import nacl.bindings as sodium
import nacl.exceptions

try:  # PyNaCl's own libsodium, through its cffi module (no other native code is loaded)
    from nacl._sodium import ffi as _ffi
    from nacl._sodium import lib as _lib
except ImportError:  # pragma: no cover - every PyNaCl wheel ships it
    _ffi = _lib = None

_uncleared = _ffi.new_allocator(should_clear_after_alloc=False) if _ffi is not None else None

State = sodium.crypto_secretstream_xchacha20poly1305_state
ABYTES: int = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
MESSAGE_MAX: int = sodium.crypto_secretstream_xchacha20poly1305_MESSAGEBYTES_MAX

Readable = bytes | bytearray | memoryview


def direct() -> bool:
    """Whether the calls go straight to libsodium (False: through PyNaCl's public functions)."""
    return _lib is not None


class SodiumBuffer:
    """A buffer libsodium writes into: a bytearray reused chunk after chunk, or (`cleared`
    False) memory left uninitialised (not even touched: a small stream faults in only the pages
    it uses), which `push` and `pull` write before anyone reads it. `view` is a memoryview of
    all of it (slice it for what a call wrote); `used` is how far the calls wrote."""

    __slots__ = ("_ptr", "used", "view")

    def __init__(self, size: int, *, cleared: bool = True) -> None:
        self.used = 0
        if _ffi is None:  # pragma: no cover
            self._ptr: Any = None
            self.view = memoryview(bytearray(size))
        elif cleared:
            self._ptr = _ffi.from_buffer("unsigned char[]", bytearray(size))
            self.view = memoryview(_ffi.buffer(self._ptr))
        else:
            assert _uncleared is not None
            self._ptr = _uncleared("unsigned char[]", size)
            self.view = memoryview(_ffi.buffer(self._ptr))

    def __len__(self) -> int:
        return len(self.view)

    def wipe(self, *, whole: bool = False) -> None:
        """Zero what the calls wrote (`whole`: all of it, for a buffer also written by other
        means); the buffer stays usable."""
        size = len(self.view) if whole else self.used
        if _lib is not None:
            _lib.sodium_memzero(self._ptr, size)
        else:  # pragma: no cover
            self.view[:size] = bytes(size)
        self.used = 0


def _source(data: Readable) -> Any:
    return data if isinstance(data, bytes) else _ffi.from_buffer(data)


def push(state: State, plain: Readable, tag: int, out: SodiumBuffer, at: int = 0) -> int:
    """Encrypt `plain` as the stream's next chunk with `tag` into out[at:]; returns where the
    ciphertext ends (at + len(plain) + ABYTES)."""
    size = len(plain)
    end = at + size + ABYTES
    if size > MESSAGE_MAX or at < 0 or end > len(out):
        raise ValueError("the chunk does not fit the output buffer")
    if _lib is None:  # pragma: no cover - exercised by the test through monkeypatching
        out.view[at:end] = sodium.crypto_secretstream_xchacha20poly1305_push(
            state, bytes(plain), None, tag)
        out.used = max(out.used, end)
        return end
    if _lib.crypto_secretstream_xchacha20poly1305_push(
            state.statebuf, out._ptr + at, _ffi.NULL, _source(plain), size, _ffi.NULL, 0,
            tag) != 0:
        raise nacl.exceptions.RuntimeError("Unexpected failure")
    out.used = max(out.used, end)
    return end


def pull(state: State, cipher: Readable, out: SodiumBuffer, at: int = 0) -> tuple[int, int]:
    """Decrypt and authenticate the stream's next chunk `cipher` into out[at:]; returns (the
    plaintext's length, its tag). Raises nacl.exceptions.CryptoError, as PyNaCl's pull does,
    when the chunk does not authenticate (the state is then unchanged)."""
    if state.tagbuf is None:
        raise nacl.exceptions.ValueError("the stream state was not initialised for pulling")
    size = len(cipher) - ABYTES
    if size < 0:
        raise nacl.exceptions.ValueError("Ciphertext is too short")
    if size > MESSAGE_MAX or at < 0 or at + size > len(out):
        raise ValueError("the chunk does not fit the output buffer")
    if _lib is None:  # pragma: no cover - exercised by the test through monkeypatching
        plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, bytes(cipher))
        out.view[at:at + size] = plain
        out.used = max(out.used, at + size)
        return size, tag
    if _lib.crypto_secretstream_xchacha20poly1305_pull(
            state.statebuf, out._ptr + at, _ffi.NULL, state.tagbuf, _source(cipher),
            len(cipher), _ffi.NULL, 0) != 0:
        raise nacl.exceptions.RuntimeError("Unexpected failure")
    out.used = max(out.used, at + size)
    return size, int(state.tagbuf[0])


TAG_MESSAGE: int = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE


def trial_state(state: State) -> State:
    """A second state for `pull_message` to try chunks with (initialised for pulling: a tag
    buffer of its own, or `state`'s where the private module is missing)."""
    trial = State()
    trial.tagbuf = _ffi.new("unsigned char *") if _ffi is not None else state.tagbuf
    return trial


def _copy_state(to: State, source: State) -> None:
    target: Any = to.statebuf  # cffi arrays (PyNaCl types them as byte strings)
    target[0:len(target)] = source.statebuf[0:len(source.statebuf)]


def pull_message(state: State, trial: State, cipher: Readable, out: SodiumBuffer,
                 at: int = 0) -> int | None:
    """Pull `cipher` as the stream's next chunk only if it authenticates *and* carries
    TAG_MESSAGE, into out[at:]; returns the plaintext's length. Otherwise None, with `state` as
    it was: the chunk is tried on `trial` (from `trial_state`, overwritten) and the state moves
    on only for a TAG_MESSAGE chunk, so a reader reading ahead never takes the final chunk, or a
    block of whatever follows it that authenticates, for a data chunk (out[at:] may then hold
    what the trial wrote)."""
    _copy_state(trial, state)
    try:
        size, tag = pull(trial, cipher, out, at)
    except nacl.exceptions.CryptoError:
        return None
    if tag != TAG_MESSAGE:
        return None
    _copy_state(state, trial)
    return size
