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
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO, cast

import nacl.bindings as sodium
import nacl.exceptions
import nacl.utils

from ..errors import Cancelled
from . import stream_calls
from .workers import HandOver, OrderedWorker, read_full, readinto_full

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


@dataclass(frozen=True)
class Streamed:
    sha256: str  # hex of the plaintext's SHA-256 ("" when the caller asked for no hash)
    size: int  # plaintext bytes


def new_key() -> bytes:
    return nacl.utils.random(KEY_BYTES)


def cipher_size(plain_size: int) -> int:
    """The blob's size for `plain_size` plaintext bytes."""
    chunks = max(1, -(-plain_size // CHUNK_BYTES))
    return HEADER_BYTES + plain_size + chunks * ABYTES


def _tick(progress: Progress | None, done: int) -> None:
    if progress is not None and progress(done) is False:
        raise Cancelled()


SEGMENT_CHUNKS = 16  # chunks handed to a worker thread at a time (1 MiB)


class _Hasher:
    """SHA-256 fed in order on a worker thread, a segment (1 MiB) per hand-off. The chunks are
    hashed one by one rather than joined: a joined MiB is a fresh allocation on the worker's
    heap, which glibc trims and faults in again (about 80 minor faults a MiB, measured)."""

    def __init__(self) -> None:
        self._sha = hashlib.sha256()
        self._worker = OrderedWorker("evidence-hash")

    def _hash(self, chunks: Sequence[bytes | memoryview],
              then: Callable[[], None] | None) -> None:
        for chunk in chunks:
            self._sha.update(chunk)
        if then is not None:
            then()

    def update_segment(self, chunks: Sequence[bytes | memoryview],
                       then: Callable[[], None] | None = None) -> None:
        """Several chunks at once (the caller does not change the list or its bytes
        afterwards); `then` is called on the hashing thread once they are hashed."""
        self._worker.submit(self._hash, chunks, then)

    def hexdigest(self) -> str:
        self._worker.wait()
        return self._sha.hexdigest()

    def close(self) -> None:
        self._worker.close()


Piece = bytes | memoryview
Chunk = list[Piece]  # one chunk's plaintext, in one or more pieces (joined by the encryptor)


class Encryptor:
    """Push-style encryption of one blob into `out`: `feed` plaintext of any size, then `finish`.
    Holds at most one chunk (the last one must carry TAG_FINAL, so a full chunk waits until more
    data or the end shows which it is). Encrypting and writing run on one worker thread, hashing
    on another, a MiB at a time: the caller's thread only cuts views. A chunk that straddles two
    fed pieces is joined on the encrypting thread; one in a single piece is encrypted from
    where it lies (stream_calls), so a byte is copied at most once. A write that fails on the
    worker is raised by a later `feed` or by `finish`; `close` (always, even after a failure)
    stops both workers before the caller removes the file. With `out` None nothing is
    encrypted: the bytes are only hashed and counted (a file read, checked and not kept).

    `hash_here`: the caller's thread joins each chunk and hashes it as it completes (in that
    core's cache, just copied), and no hashing thread runs: for a caller whose input already
    takes a thread and a core of its own (a bundle import, whose reading thread decrypts the
    bundle). Measured on a bundle import (bench/issue17-figures.md, session 10): the same CPU
    in all as an encrypting thread that also hashes (3.4 ms/MiB, against 3.5-3.8 with a
    hashing thread), spread over the three threads at 1.0-1.25 ms/MiB each instead of 1.9 on
    the encrypting one."""

    def __init__(self, out: BinaryIO | None, key: bytes, limit: int | None = None, *,
                 hash_here: bool = False) -> None:
        self._out = out
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        if out is not None:
            out.write(sodium.crypto_secretstream_xchacha20poly1305_init_push(self._state, key))
        self._sha = hashlib.sha256() if hash_here else None  # hashed on the caller's thread
        self._hasher = None if hash_here else _Hasher()  # or on a worker thread
        self._writer = OrderedWorker("evidence-encrypt")
        self._cipher: stream_calls.SodiumBuffer | None = None  # the encrypting thread's
        self._batch: list[Chunk] = []  # chunks for both workers, a MiB at a time
        self._held: Chunk = []  # the chunk being filled, or full and waiting (see above)
        self._held_bytes = 0
        self._limit = limit
        self.size = 0

    def feed(self, data: bytes | memoryview) -> None:
        """Add plaintext (any size). Chunks are encrypted and hashed on the worker threads
        without a copy here, so `data` must not change afterwards: bytes, or a view of bytes,
        never a buffer the caller reuses."""
        size = len(data)
        self.size += size
        if self._limit is not None and self.size > self._limit:
            raise ValueError(f"the file is larger than {self._limit} bytes")
        start = 0
        while start < size:
            if self._held_bytes == CHUNK_BYTES:  # more follows: the held chunk is not the last
                self._push(self._held, TAG_MESSAGE)
                self._held, self._held_bytes = [], 0
            take = min(size - start, CHUNK_BYTES - self._held_bytes)
            self._held.append(data if take == size else memoryview(data)[start:start + take])
            self._held_bytes += take
            start += take

    def finish(self) -> Streamed:
        self._push(self._held, TAG_FINAL)
        self._held, self._held_bytes = [], 0
        self._writer.wait()
        digest = self._hasher.hexdigest() if self._hasher is not None else \
            self._sha.hexdigest() if self._sha is not None else ""
        self.close()
        return Streamed(digest, self.size)

    def close(self) -> None:
        """Stop the workers (after finish, or when abandoning the blob)."""
        self._writer.close()
        if self._hasher is not None:
            self._hasher.close()
        if self._cipher is not None:
            self._cipher.wipe()

    def _push(self, chunk: Chunk, tag: int) -> None:
        if self._sha is not None:  # hash_here: joined here (if in pieces), so the worker has one
            plain = chunk[0] if len(chunk) == 1 else b"".join(chunk)
            self._sha.update(plain)
            chunk = [plain]
        self._batch.append(chunk)
        if len(self._batch) >= SEGMENT_CHUNKS or tag == TAG_FINAL:
            batch, self._batch = self._batch, []
            if self._hasher is not None:
                self._hasher.update_segment([piece for chunk in batch for piece in chunk])
            if self._out is not None:
                self._writer.submit(self._encrypt, batch, tag == TAG_FINAL)

    def _encrypt(self, batch: list[Chunk], final: bool) -> None:  # on the worker
        """A batch's chunks encrypted into one reused buffer (stream_calls: a chunk in one
        piece, bytes or view, is read where it lies; one in several is joined here) and written
        with one call: a write larger than the file's buffer goes to the file without a copy."""
        assert self._out is not None
        cipher = self._cipher
        if cipher is None:
            cipher = self._cipher = stream_calls.SodiumBuffer(
                SEGMENT_CHUNKS * CHUNK_CIPHER_BYTES, cleared=False)
        push, end, last = stream_calls.push, 0, len(batch) - 1
        for i, chunk in enumerate(batch):
            tag = TAG_FINAL if final and i == last else TAG_MESSAGE
            end = push(self._state, chunk[0] if len(chunk) == 1 else b"".join(chunk), tag,
                       cipher, end)
        self._out.write(cipher.view[:end])


def encrypt(inp: BinaryIO, out: BinaryIO, key: bytes, progress: Progress | None = None,
            limit: int | None = None) -> Streamed:
    """Encrypt all of `inp` (at most `limit` bytes: more raises ValueError) into `out`."""
    encryptor = Encryptor(out, key, limit)
    try:
        while chunk := read_full(inp, CHUNK_BYTES):
            encryptor.feed(chunk)
            _tick(progress, encryptor.size)
        return encryptor.finish()
    finally:
        encryptor.close()


def decrypt(inp: BinaryIO, key: bytes, sink: Callable[[bytes], object] | None = None,
            progress: Progress | None = None, *, hashed: bool = True,
            views: bool = False, ciphertext: Callable[[memoryview], object] | None = None
            ) -> Streamed:
    """Decrypt a whole blob, handing each plaintext chunk to `sink` (None: only hash it).
    `hashed=False` skips the SHA-256 (the result's `sha256` is then "", which matches no hash):
    for a caller whose receiver checks the hash anyway; authentication is the same.
    `views=True`: the sink gets each chunk as a memoryview of a buffer that is reused once the
    sink returns (a sink that writes or copies it at once: a file, a bundle writer); without
    it, as bytes of its own.

    Raises BlobDamaged unless the stream authenticates to its final chunk and ends there. A sink
    may already have received chunks when that happens: callers write to a temp file and keep it
    only once this returns. Reading and decrypting run a few MiB ahead on a worker thread and
    hashing on another, so the caller's thread is left with its sink.

    `ciphertext`: also handed the blob's own bytes as they are read (its header, then each
    segment once every chunk in it authenticated), on the reading thread, as views of a buffer
    reused once it returns: a copy of the stored file that carries only bytes that decrypted
    (a bundle's tail, a received blob kept as it came). Like the sink's, the copy is whole only
    once this returns.
    """
    header = read_full(inp, HEADER_BYTES)
    if len(header) < HEADER_BYTES:
        raise BlobDamaged("the stored file is shorter than its header")
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    try:
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, header, key)
    except nacl.exceptions.CryptoError:
        raise BlobDamaged("the stored file's header is invalid") from None
    if ciphertext is not None:
        ciphertext(memoryview(header))
    hasher = _Hasher() if hashed else None
    reader = _ReadAhead(inp, state, ciphertext)
    try:
        size = 0
        while True:
            chunks, problem, release = reader.next()
            for plain in chunks:
                size += len(plain)
                if sink is not None:  # a sink that asked for views takes any buffer
                    sink(cast(bytes, plain) if views else bytes(plain))
                _tick(progress, size)
            if chunks and hasher is not None:  # the buffer goes back once hashed
                hasher.update_segment(chunks, release)
            elif release is not None:
                release()
            if problem is not None:
                raise problem
            if not chunks:
                break
        return Streamed(hasher.hexdigest() if hasher is not None else "", size)
    finally:
        if hasher is not None:
            hasher.close()
        reader.close()


class _ReadAhead:
    """Reads and decrypts a blob on a worker thread, at most READ_AHEAD segments of 16 chunks
    ahead of the caller. `next()` gives (chunks, None, release) in order, then ([], None, None)
    after the final chunk, or (the chunks before a problem, the BlobDamaged to raise once they
    are used, release). The chunks are views of a reused plaintext buffer (a segment's), which
    the caller hands back by calling `release` once it and any thread it gave them to are done
    with them: the worker waits for a free buffer, so memory is BUFFERS MiB of plaintext
    whatever the size. A segment's ciphertext is read into one reused buffer with one call
    (no copy out of the file's buffer) and pulled chunk by chunk into the plaintext buffer
    (stream_calls: no copy out of PyNaCl's). `close()` stops the worker and zeroes every
    buffer: call it only once the chunks are used."""

    READ_AHEAD = 4
    BUFFERS = READ_AHEAD + 3  # the queue's, one being filled, one the caller uses, one hashing
    CHUNKS = SEGMENT_CHUNKS  # chunks a buffer holds

    def __init__(self, inp: BinaryIO, state: sodium.crypto_secretstream_xchacha20poly1305_state,
                 ciphertext: Callable[[memoryview], object] | None = None) -> None:
        self._inp = inp
        self._state = state
        self._ciphertext = ciphertext  # given each segment's bytes once they authenticated
        self._hand: HandOver[tuple[list[memoryview], BaseException | None,
                                   stream_calls.SodiumBuffer | None]] = HandOver(
            self.READ_AHEAD)
        self._buffers: list[stream_calls.SodiumBuffer] = []  # made as needed, BUFFERS at most
        self._free: queue.SimpleQueue[stream_calls.SodiumBuffer] = queue.SimpleQueue()
        # read into, never read before written: left uninitialised (a small file touches only
        # the pages it uses)
        self._cipher = stream_calls.SodiumBuffer(self.CHUNKS * CHUNK_CIPHER_BYTES,
                                                 cleared=False)
        self._done = False
        self._thread = threading.Thread(target=self._run, name="evidence-read", daemon=True)
        self._thread.start()

    def next(self) -> tuple[list[memoryview], BaseException | None, Callable[[], None] | None]:
        if self._done:
            return [], None, None
        chunks, problem, buffer = self._hand.get()
        if problem is not None or not chunks:
            self._done = True
        release = None if buffer is None else (lambda: self._free.put(buffer))
        return chunks, problem, release

    def close(self) -> None:
        self._hand.stop(self._thread)
        for buffer in self._buffers:
            buffer.wipe()
        self._cipher.wipe()

    def _run(self) -> None:  # on the worker thread
        try:
            self._pull_all()
        except BaseException as exc:  # handed to the caller, raised there
            self._hand.put(([], exc, None))

    def _take_buffer(self) -> stream_calls.SodiumBuffer | None:
        """A free plaintext buffer, or None once the caller stopped."""
        if len(self._buffers) < self.BUFFERS and self._free.empty():
            self._buffers.append(stream_calls.SodiumBuffer(self.CHUNKS * CHUNK_BYTES,
                                                           cleared=False))
            return self._buffers[-1]
        while not self._hand.stopped:
            try:
                return self._free.get(timeout=0.05)
            except queue.Empty:
                continue
        return None

    def _pull_all(self) -> None:
        pull = stream_calls.pull
        inp, state, cipher = self._inp, self._state, self._cipher
        count = 0
        while True:
            plain = self._take_buffer()
            if plain is None:
                return
            chunks: list[memoryview] = []
            problem: BlobDamaged | None = None
            final = False
            got = readinto_full(inp, cipher.view, CHUNK_CIPHER_BYTES)
            at = 0
            while len(chunks) < self.CHUNKS:
                block = cipher.view[at:min(at + CHUNK_CIPHER_BYTES, got)]
                if len(block) < ABYTES:
                    problem = BlobDamaged(f"the stored file ends after {count} chunk(s), before "
                                          "its end")
                    break
                start = len(chunks) * CHUNK_BYTES
                try:
                    size, tag = pull(state, block, plain, start)
                except nacl.exceptions.CryptoError:
                    problem = BlobDamaged(f"chunk {count + 1} of the stored file does not "
                                          "authenticate (altered, reordered or cut short)")
                    break
                count += 1
                at += len(block)
                if tag not in (TAG_MESSAGE, TAG_FINAL) or (tag == TAG_MESSAGE
                                                           and size != CHUNK_BYTES):
                    problem = BlobDamaged(f"chunk {count} of the stored file is malformed")
                    break
                chunks.append(plain.view[start:start + size])
                if tag == TAG_FINAL:
                    final = True
                    if at < got or inp.read(1):
                        problem = BlobDamaged("bytes follow the end of the stored file")
                    break
            if self._ciphertext is not None and problem is None:
                self._ciphertext(cipher.view[:at])
            if not self._hand.put((chunks, problem, plain)):
                return
            if problem is not None:
                return
            if final:
                self._hand.put(([], None, None))
                return
