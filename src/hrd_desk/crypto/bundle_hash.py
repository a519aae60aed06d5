"""The content hash of a bundle's data stream: a two-level tree of 1 MiB leaves.

The final signature must bind every plaintext byte, because co-recipients know the stream key and
could otherwise re-encrypt altered chunks that authenticate perfectly. Hashing 100 MiB with one
hash chain costs about as much as encrypting it, which would halve throughput; fixed-size leaves
let hashing run on worker threads beside the encryption (hashlib releases the GIL for large
updates, and so does libsodium), so a multi-core machine pays little for it. Small bundles (one
leaf) never touch a thread.

Version 2 (written now):

    leaf_i  = SHA-256("hrdb2 leaf" zero-padded to 16 bytes || plaintext chunks 16i .. 16i+15)
    content = SHA-256("hrdb2 content" zero-padded to 16 || leaf_0 || ... || leaf_{n-1}
                      || u64 stream length)

Version 1 (still read):

    leaf_i  = BLAKE2b-256(person "hrdb1 leaf", plaintext chunks 16i .. 16i+15)
    content = BLAKE2b-256(person "hrdb1 content", leaf_0 || ... || leaf_{n-1} || u64 stream length)

SHA-256 runs in hardware (SHA-NI, ARMv8 crypto extensions) on most laptops offices use: 0.65
ms/MiB here against BLAKE2b's 1.17, and the content hash is the largest single cost of a bundle
once encryption is counted once. The tree, the leaf size, the length in the root and the prefixes
are as before, so what the signature binds is unchanged: a collision in the content hash is a
collision in SHA-256.

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

import nacl.bindings as sodium

from .bundle_format import (
    CHUNK_BYTES,
    FORMAT_VERSION,
    PERSON_CONTENT,
    PERSON_LEAF,
    PREFIX_CONTENT_V2,
    PREFIX_LEAF_V2,
    READABLE_VERSIONS,
    SEGMENT_CHUNKS,
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


def _leaf_v2(chunks: list[bytes]) -> bytes:
    """SHA-256 of one segment behind its prefix (hashlib releases the GIL for each update)."""
    leaf = hashlib.sha256(PREFIX_LEAF_V2)
    for chunk in chunks:
        leaf.update(chunk)
    return leaf.digest()


def _leaf(chunks: list[bytes]) -> bytes:
    """Version 1: BLAKE2b-256 of one segment (libsodium's, ~10% faster than hashlib's)."""
    state = sodium.crypto_generichash_blake2b_init(digest_size=32, person=PERSON_LEAF)
    for chunk in chunks:
        sodium.crypto_generichash_blake2b_update(state, chunk)
    return bytes(sodium.crypto_generichash_blake2b_final(state))


class ContentHasher:
    """Feed it every data-stream plaintext chunk in order; `digest()` gives the content hash."""

    def __init__(self, version: int = FORMAT_VERSION, *, parallel: bool | None = None) -> None:
        """`parallel`: leaves hashed on the shared pool (None: where cores are left over)."""
        if version not in READABLE_VERSIONS:
            raise ValueError(f"no content hash for bundle version {version}")
        self._parallel = PARALLEL_BY_DEFAULT if parallel is None else parallel
        self._root: _RootHash
        if version == 1:
            self._root = hashlib.blake2b(digest_size=32, person=PERSON_CONTENT)
            self._leaf = _leaf
        else:
            self._root = hashlib.sha256(PREFIX_CONTENT_V2)
            self._leaf = _leaf_v2
        self._segment: list[bytes] = []
        self._pending: deque[Future[bytes]] = deque()
        self._length = 0
        self._done = False

    def update(self, chunk: bytes) -> None:
        """Add one plaintext chunk of exactly CHUNK_BYTES (the caller must not mutate it)."""
        if self._done:
            raise RuntimeError("the content hash is already final")
        if len(chunk) != CHUNK_BYTES:
            raise ValueError("data-stream chunks are exactly 64 KiB")
        self._segment.append(chunk)
        self._length += CHUNK_BYTES
        if len(self._segment) == SEGMENT_CHUNKS:
            self._flush_segment()

    def _flush_segment(self) -> None:
        segment, self._segment = self._segment, []
        pool = _shared_pool() if self._parallel else None
        if pool is None:
            self._root.update(self._leaf(segment))
            return
        self._pending.append(pool.submit(self._leaf, segment))
        while len(self._pending) > MAX_IN_FLIGHT:
            self._root.update(self._pending.popleft().result())

    def digest(self) -> bytes:
        """Finish: waits for outstanding leaves. Call once."""
        if self._done:
            raise RuntimeError("the content hash is already final")
        if self._segment:
            self._pending.append(_completed(self._leaf(self._segment)))
            self._segment = []
        while self._pending:
            self._root.update(self._pending.popleft().result())
        self._done = True
        self._root.update(self._length.to_bytes(8, "big"))
        return self._root.digest()

    def close(self) -> None:
        """Drop outstanding work (after a failure): nothing waits, memory is released."""
        for future in self._pending:
            future.cancel()
        self._pending.clear()
        self._segment = []
        self._done = True


def _completed(value: bytes) -> Future[bytes]:
    future: Future[bytes] = Future()
    future.set_result(value)
    return future
