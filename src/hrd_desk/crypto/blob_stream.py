"""Attachment blobs: one file encrypted under its own key with secretstream, 64 KiB at a time.

Layout of a blob file (nothing in it names the tool or the file):

    stream header  24 bytes (crypto_secretstream_xchacha20poly1305)
    chunks         n x (65536 + 17) bytes, TAG_MESSAGE, plaintext exactly 64 KiB each
    last chunk     (0 .. 65536) + 17 bytes, TAG_FINAL

Every blob ends with exactly one TAG_FINAL chunk (an empty file is a header and an empty final
chunk), so a cut-off blob, a chunk dropped or reordered, or bytes after the end are all caught:
truncation is the caller's job with secretstream (docs/research gotchas), and `decrypt` does it.
Both directions hash the plaintext (SHA-256) while streaming: memory is two chunks, whatever the
size of the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
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
    full = plain_size // CHUNK_BYTES
    return HEADER_BYTES + full * CHUNK_CIPHER_BYTES + (plain_size - full * CHUNK_BYTES) + ABYTES


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


def encrypt(inp: BinaryIO, out: BinaryIO, key: bytes, progress: Progress | None = None,
            limit: int | None = None) -> Streamed:
    """Encrypt all of `inp` (at most `limit` bytes: more raises ValueError) into `out`."""
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    out.write(sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key))
    hasher = hashlib.sha256()
    push = sodium.crypto_secretstream_xchacha20poly1305_push
    size = 0
    current = _read_full(inp, CHUNK_BYTES)
    while True:
        following = _read_full(inp, CHUNK_BYTES) if len(current) == CHUNK_BYTES else b""
        size += len(current)
        if limit is not None and size > limit:
            raise ValueError(f"the file is larger than {limit} bytes")
        hasher.update(current)
        last = not following
        out.write(push(state, current, None, TAG_FINAL if last else TAG_MESSAGE))
        _tick(progress, size)
        if last:
            break
        current = following
    return Streamed(hasher.hexdigest(), size)


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
    hasher = hashlib.sha256()
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
