"""The content hash of a bundle's data stream: a two-level tree of 1 MiB leaves.

The final signature must bind every plaintext byte, because co-recipients know the stream key and
could otherwise re-encrypt altered chunks that authenticate perfectly. Hashing 100 MiB with one
hash chain costs about as much as encrypting it, which would halve throughput; fixed-size leaves
let hashing run on worker threads beside the encryption (hashlib releases the GIL for large
updates, and so does libsodium), so a multi-core machine pays little for it. Small bundles (one
leaf) never touch a thread.

Version 3 hashes a projection of the data stream: every byte, except the bytes of a bulk
message (first byte 0x00) after its first byte. The record layer binds those through the SHA-256
and size declared in a signed attachment header, and refuses any bulk message it cannot bind; so
the sender and the receiver, who hash the file against that SHA-256 anyway, no longer hash it a
second time here. The leaves are 1 MiB of that hashed sequence:

    leaf_i  = SHA-256("hrdb3 leaf" zero-padded to 16 bytes || hashed bytes [i MiB, (i+1) MiB))
    content = SHA-256("hrdb3 content" zero-padded to 16 || leaf_0 || ... || leaf_{n-1}
                      || u64 padded data-stream length)

Version 4 (written now) is the same construction under the prefixes "hrdb4 leaf" and "hrdb4
content"; its data stream's end of messages carries the tail length, which is hashed with it
(the tail itself is not: the record layer binds it).

Version 2 (still read):

    leaf_i  = SHA-256("hrdb2 leaf" zero-padded to 16 bytes || plaintext chunks 16i .. 16i+15)
    content = SHA-256("hrdb2 content" zero-padded to 16 || leaf_0 || ... || leaf_{n-1}
                      || u64 stream length)

Version 1 (still read):

    leaf_i  = BLAKE2b-256(person "hrdb1 leaf", plaintext chunks 16i .. 16i+15)
    content = BLAKE2b-256(person "hrdb1 content", leaf_0 || ... || leaf_{n-1} || u64 stream length)

SHA-256 runs in hardware (SHA-NI, ARMv8 crypto extensions) on most laptops offices use: 0.65
ms/MiB here against BLAKE2b's 1.17. The tree, the leaf size, the length in the root and the
distinct prefixes keep the encoding unambiguous: a collision in the content hash is a collision in
SHA-256 (BLAKE2b in version 1).

Memory stays bounded: at most MAX_IN_FLIGHT leaves (1 MiB each) wait for a worker before the
caller is made to wait for the oldest.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol

from .bundle_format import (
    FORMAT_VERSION,
    LEAF_BYTES,
    PERSON_CONTENT,
    PERSON_LEAF,
    PREFIX_CONTENT_V2,
    PREFIX_CONTENT_V3,
    PREFIX_CONTENT_V4,
    PREFIX_LEAF_V2,
    PREFIX_LEAF_V3,
    PREFIX_LEAF_V4,
    READABLE_VERSIONS,
)


class _RootHash(Protocol):
    def update(self, data: bytes, /) -> None: ...

    def digest(self) -> bytes: ...


_WORKERS = min(4, os.cpu_count() or 1)
MAX_IN_FLIGHT = 2 * _WORKERS
# Leaves go to the pool only where cores are left over: a bundle's caller thread and its
# stream thread (encrypting, or reading ahead) take two. On two cores, hashing on the caller's
# thread beside the stream thread was faster than four threads taking turns (bench
# bench_bundle_crypto.py, idle 2-core machine: write 0.61-0.69x raw with the pool, 0.71-0.73x
# without).
PARALLEL_BY_DEFAULT = (os.cpu_count() or 1) > 2

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _shared_pool() -> ThreadPoolExecutor | None:
    """One small pool for the whole process, made on first use; None on a single core."""
    global _pool
    if _WORKERS < 2:
        return None
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="bundle-hash")
        return _pool


Bytes = bytes | bytearray | memoryview


class _LeafHash(Protocol):
    def update(self, data: Bytes, /) -> None: ...

    def digest(self) -> bytes: ...


# SHA-256 input prefixes of the leaves and of the root, by version (version 1 is BLAKE2b)
_SHA256_PREFIXES = {
    2: (PREFIX_LEAF_V2, PREFIX_CONTENT_V2),
    3: (PREFIX_LEAF_V3, PREFIX_CONTENT_V3),
    4: (PREFIX_LEAF_V4, PREFIX_CONTENT_V4),
}


def _leaf_hash(version: int) -> _LeafHash:
    """A fresh leaf hash (hashlib releases the GIL for each large update)."""
    if version == 1:
        return hashlib.blake2b(digest_size=32, person=PERSON_LEAF)
    return hashlib.sha256(_SHA256_PREFIXES[version][0])


def _leaf(version: int, pieces: list[Bytes]) -> bytes:
    """One leaf from its pieces (on a pool thread)."""
    leaf = _leaf_hash(version)
    for piece in pieces:
        leaf.update(piece)
    return leaf.digest()


class ContentHasher:
    """Feed it the hashed sequence in order, in pieces of any size (versions 1 and 2: every
    data-stream chunk; versions 3 and 4: the framing, each message's `covered_part`, the end of
    messages and the padding); `digest()` gives the content hash."""

    def __init__(self, version: int = FORMAT_VERSION, *, parallel: bool | None = None) -> None:
        """`parallel`: leaves hashed on the shared pool (None: where cores are left over)."""
        if version not in READABLE_VERSIONS:
            raise ValueError(f"no content hash for bundle version {version}")
        self._version = version
        self._pool = _shared_pool() if (PARALLEL_BY_DEFAULT if parallel is None else parallel
                                        ) else None
        self._root: _RootHash
        if version == 1:
            self._root = hashlib.blake2b(digest_size=32, person=PERSON_CONTENT)
        else:
            self._root = hashlib.sha256(_SHA256_PREFIXES[version][1])
        self._leaf = _leaf_hash(version)  # the leaf being filled, when hashed on this thread
        self._segment: list[Bytes] = []  # its pieces, when hashed on the pool
        self._filled = 0  # bytes in the leaf being filled
        self._pending: deque[Future[bytes]] = deque()
        self._done = False

    def update(self, data: Bytes) -> None:
        """Add the next bytes of the hashed sequence, any size. Bytes are kept by reference
        until their leaf is hashed: the caller must not change them (other buffers are copied
        when a pool thread hashes the leaf, and hashed at once otherwise)."""
        if self._done:
            raise RuntimeError("the content hash is already final")
        size = len(data)
        start = 0
        while start < size:
            take = min(size - start, LEAF_BYTES - self._filled)
            piece = data if take == size else memoryview(data)[start : start + take]
            if self._pool is None:
                self._leaf.update(piece)
            else:
                self._segment.append(piece if isinstance(data, bytes) else bytes(piece))
            self._filled += take
            start += take
            if self._filled == LEAF_BYTES:
                self._end_leaf()

    def _end_leaf(self) -> None:
        self._filled = 0
        if self._pool is None:
            self._root.update(self._leaf.digest())
            self._leaf = _leaf_hash(self._version)
            return
        segment, self._segment = self._segment, []
        self._pending.append(self._pool.submit(_leaf, self._version, segment))
        while len(self._pending) > MAX_IN_FLIGHT:
            self._root.update(self._pending.popleft().result())

    def digest(self, stream_length: int) -> bytes:
        """Finish with the data stream's padded length (versions 1 and 2: the bytes hashed):
        waits for outstanding leaves. Call once."""
        if self._done:
            raise RuntimeError("the content hash is already final")
        if self._filled:
            self._end_leaf()  # the last leaf may be shorter
        while self._pending:
            self._root.update(self._pending.popleft().result())
        self._done = True
        self._root.update(stream_length.to_bytes(8, "big"))
        return self._root.digest()

    def close(self) -> None:
        """Drop outstanding work (after a failure): nothing waits, memory is released."""
        for future in self._pending:
            future.cancel()
        self._pending.clear()
        self._segment = []
        self._done = True
