"""Attachment blobs: one file encrypted under its own key with secretstream, 64 KiB at a time.

Layout of a blob file (nothing in it names the tool or the file):

    stream header  24 bytes (crypto_secretstream_xchacha20poly1305)
    chunks         n x (65536 + 17) bytes, TAG_MESSAGE, plaintext exactly 64 KiB each
    last chunk     (0 .. 65536) + 17 bytes, TAG_FINAL

Every blob ends with exactly one TAG_FINAL chunk (an empty file is a header and an empty final
chunk), so a cut-off blob, a chunk dropped or reordered, or bytes after the end are all caught:
truncation is the caller's job with secretstream (docs/research gotchas), and `decrypt` does it.
Both directions hash the plaintext (SHA-256) while streaming, on a worker thread beside the
cipher: memory is a few MiB, whatever the size of the file.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import BinaryIO

import nacl.bindings as sodium
import nacl.exceptions
import nacl.utils

CHUNK_BYTES = 64 * 1024
KEY_BYTES: int = sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES
HEADER_BYTES: int = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
ABYTES: int = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
CHUNK_CIPHER_BYTES = CHUNK_BYTES + ABYTES
TAG_MESSAGE: int = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL: int = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL

# Called with the plaintext bytes done so far; returning False stops the work (cancel).
Progress = Callable[[int], bool | None]


class BlobDamaged(Exception):
    """The blob does not decrypt to a whole, authentic stream (altered, truncated, extended)."""


class Cancelled(Exception):
    """The progress callback asked to stop."""


@dataclass(frozen=True)
class Streamed:
    sha256: str  # hex of the plaintext's SHA-256
    size: int  # plaintext bytes


def new_key() -> bytes:
    return nacl.utils.random(KEY_BYTES)


def cipher_size(plain_size: int) -> int:
    """The blob's size for `plain_size` plaintext bytes."""
    chunks = max(1, -(-plain_size // CHUNK_BYTES))
    return HEADER_BYTES + plain_size + chunks * ABYTES


def _read_full(inp: BinaryIO, size: int) -> bytes:
    data = inp.read(size) or b""
    if 0 < len(data) < size:
        parts = [data]
        got = len(data)
        while got < size:
            piece = inp.read(size - got)
            if not piece:
                break
            parts.append(piece)
            got += len(piece)
        data = b"".join(parts)
    return data


def _tick(progress: Progress | None, done: int) -> None:
    if progress is not None and progress(done) is False:
        raise Cancelled()


class _Hasher:
    """SHA-256 fed in order on one worker thread, a segment (1 MiB) at a time, beside the
    encryption on the caller's (hashlib and libsodium both release the GIL): at most
    MAX_IN_FLIGHT segments wait, so memory stays bounded."""

    SEGMENT_CHUNKS = 16
    MAX_IN_FLIGHT = 2

    def __init__(self) -> None:
        self._sha = hashlib.sha256()
        self._pending: list[bytes] = []
        self._futures: deque[Future[None]] = deque()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evidence-hash")

    def _hash(self, chunks: list[bytes]) -> None:
        # one update of the joined segment: the GIL is given up once a segment, not per chunk
        self._sha.update(chunks[0] if len(chunks) == 1 else b"".join(chunks))

    def update(self, chunk: bytes) -> None:
        self._pending.append(chunk)
        if len(self._pending) >= self.SEGMENT_CHUNKS:
            self._submit()

    def _submit(self) -> None:
        if self._pending:
            self._futures.append(self._pool.submit(self._hash, self._pending))
            self._pending = []
        while len(self._futures) > self.MAX_IN_FLIGHT:
            self._futures.popleft().result()

    def hexdigest(self) -> str:
        self._submit()
        while self._futures:
            self._futures.popleft().result()
        return self._sha.hexdigest()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class Encryptor:
    """Push-style encryption of one blob into `out`: `feed` plaintext of any size, then `finish`.
    Holds at most one chunk (the last one must carry TAG_FINAL, so a full chunk waits until more
    data or the end shows which it is)."""

    def __init__(self, out: BinaryIO, key: bytes, limit: int | None = None) -> None:
        self._out = out
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        out.write(sodium.crypto_secretstream_xchacha20poly1305_init_push(self._state, key))
        self._hasher = _Hasher()
        self._pending = b""
        self._limit = limit
        self.size = 0

    def feed(self, data: bytes | memoryview) -> None:
        """Add plaintext (any size; a memoryview is read now and not kept)."""
        size = len(data)
        self.size += size
        if self._limit is not None and self.size > self._limit:
            raise ValueError(f"the file is larger than {self._limit} bytes")
        if not size:
            return
        if len(self._pending) == CHUNK_BYTES:  # more follows: the held chunk is not the last
            self._push(self._pending, TAG_MESSAGE)
            self._pending = b""
        view = memoryview(data)
        start = 0
        if self._pending:  # top the held partial chunk up first
            start = min(size, CHUNK_BYTES - len(self._pending))
            self._pending += view[:start]
            if start == size:
                return
            self._push(self._pending, TAG_MESSAGE)
            self._pending = b""
        while size - start > CHUNK_BYTES:
            self._push(bytes(view[start:start + CHUNK_BYTES]), TAG_MESSAGE)
            start += CHUNK_BYTES
        self._pending = data if start == 0 and isinstance(data, bytes) else bytes(view[start:])

    def finish(self) -> Streamed:
        self._push(self._pending, TAG_FINAL)
        self._pending = b""
        digest = self._hasher.hexdigest()
        self._hasher.close()
        return Streamed(digest, self.size)

    def close(self) -> None:
        """Stop the hashing worker (after finish, or when abandoning the blob)."""
        self._hasher.close()

    def _push(self, chunk: bytes, tag: int) -> None:
        self._hasher.update(chunk)
        self._out.write(sodium.crypto_secretstream_xchacha20poly1305_push(
            self._state, chunk, None, tag))


def encrypt(inp: BinaryIO, out: BinaryIO, key: bytes, progress: Progress | None = None,
            limit: int | None = None) -> Streamed:
    """Encrypt all of `inp` (at most `limit` bytes: more raises ValueError) into `out`."""
    encryptor = Encryptor(out, key, limit)
    try:
        while chunk := _read_full(inp, CHUNK_BYTES):
            encryptor.feed(chunk)
            _tick(progress, encryptor.size)
        return encryptor.finish()
    finally:
        encryptor.close()


def decrypt(inp: BinaryIO, key: bytes, sink: Callable[[bytes], object] | None = None,
            progress: Progress | None = None) -> Streamed:
    """Decrypt a whole blob, handing each plaintext chunk to `sink` (None: only hash it).

    Raises BlobDamaged unless the stream authenticates to its final chunk and ends there. A sink
    may already have received chunks when that happens: callers write to a temp file and keep it
    only once this returns.
    """
    header = _read_full(inp, HEADER_BYTES)
    if len(header) < HEADER_BYTES:
        raise BlobDamaged("the stored file is shorter than its header")
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    try:
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, header, key)
    except nacl.exceptions.CryptoError:
        raise BlobDamaged("the stored file's header is invalid") from None
    hasher = _Hasher()
    try:
        return _pull_all(inp, state, hasher, sink, progress)
    finally:
        hasher.close()


def _pull_all(inp: BinaryIO, state: sodium.crypto_secretstream_xchacha20poly1305_state,
              hasher: _Hasher,
              sink: Callable[[bytes], object] | None, progress: Progress | None) -> Streamed:
    pull = sodium.crypto_secretstream_xchacha20poly1305_pull
    size = 0
    chunks = 0
    while True:
        block = _read_full(inp, CHUNK_CIPHER_BYTES)
        if len(block) < ABYTES:
            raise BlobDamaged(f"the stored file ends after {chunks} chunk(s), before its end")
        try:
            plain, tag = pull(state, block)
        except nacl.exceptions.CryptoError:
            raise BlobDamaged(f"chunk {chunks + 1} of the stored file does not authenticate "
                              "(altered, reordered or cut short)") from None
        chunks += 1
        if tag not in (TAG_MESSAGE, TAG_FINAL) or (tag == TAG_MESSAGE
                                                   and len(plain) != CHUNK_BYTES):
            raise BlobDamaged(f"chunk {chunks} of the stored file is malformed")
        hasher.update(plain)
        size += len(plain)
        if sink is not None:
            sink(plain)
        _tick(progress, size)
        if tag == TAG_FINAL:
            break
    if inp.read(1):
        raise BlobDamaged("bytes follow the end of the stored file")
    return Streamed(hasher.hexdigest(), size)
