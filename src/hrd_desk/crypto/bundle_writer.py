"""Write a sealed bundle in one pass with bounded memory (docs/bundle-format.md).

The writer never needs to go back: the header (stanzas, stream header, MAC) is complete before the
first payload byte, the manifest commits to that header, and the final signature covers a hash of
everything that was streamed, computed while streaming. Encryption and writing run on one worker
thread, a MiB per hand-off, while the caller's thread frames the messages and hashes what the
content hash covers (versions 3 and 4: everything but the bulk bytes of bulk messages; on more
than two cores, leaves of it are hashed on other threads).
Memory is one chunk of pending plaintext, a few MiB waiting to be encrypted and a few leaves
waiting to be hashed, whatever the bundle's size.

Version 4 ends with a tail (docs/bundle-format.md, "Tail"): `finish(tail_size)` signs its
length, then the caller copies exactly that many bytes after the final chunk with `write_tail`,
which writes them to the output as they are, and confirms with `end_tail`.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from typing import BinaryIO

import nacl.bindings as sodium
import nacl.public
import nacl.utils

from ..errors import RejectedInput
from . import bundle_format as fmt
from . import stream_calls
from .bundle_hash import ContentHasher
from .bundle_manifest import Manifest, check_counts, check_recipients
from .identity import Identity, PublicIdentity
from .workers import OrderedWorker


def make_stanzas(file_key: bytes, box_keys: Sequence[bytes]) -> list[bytes]:
    """One sealed box of the file key per recipient, then decoys, in a random order.

    Decoys are sealed boxes of random keys to throwaway public keys rather than random bytes: a
    real stanza starts with an X25519 public key, whose top bit is always clear and which lies on
    the curve, so random decoys would give the real count away to anyone who looked.
    """
    stanzas = [nacl.public.SealedBox(nacl.public.PublicKey(k)).encrypt(file_key) for k in box_keys]
    for _ in range(fmt.bucket_for(len(box_keys)) - len(box_keys)):
        throwaway = nacl.public.PrivateKey.generate().public_key
        stanzas.append(
            nacl.public.SealedBox(throwaway).encrypt(nacl.utils.random(fmt.FILE_KEY_BYTES))
        )
    secrets.SystemRandom().shuffle(stanzas)
    return [bytes(s) for s in stanzas]


def build_header(stanzas: Sequence[bytes], stream_header: bytes, mac_key: bytes,
                 version: int = fmt.FORMAT_VERSION) -> bytes:
    """version | count | stanzas | stream header | MAC over all of it."""
    body = fmt.encode_preamble(len(stanzas), version) + b"".join(stanzas) + stream_header
    return body + fmt.header_mac(mac_key, body)


# An immutable message of at most this size reaches the encrypting thread as views, encrypted
# from there without a copy. Larger messages, and any buffer the caller may reuse, are copied
# here into the batch being filled (below), so the backlog never keeps more than a few MiB of
# them alive.
VIEW_LIMIT = 1024 * 1024
BATCH_CHUNKS = fmt.SEGMENT_CHUNKS  # chunks handed to the encrypting thread at a time
BACKLOG = 4  # batches waiting for the encrypting thread


class _Batches:
    """Reused plaintext buffers of one batch (SEGMENT_CHUNKS chunks) each, in turn. The chunk
    being filled is built in place, in its own slot of the current buffer, so a chunk is copied
    once (from the caller's message) and nothing is allocated per chunk. A buffer comes round
    again BACKLOG + 2 batches later: `OrderedWorker.submit` returns only once at most BACKLOG
    batches are not done, so the encrypting thread is done with it by then."""

    def __init__(self) -> None:
        self._buffers: list[stream_calls.SodiumBuffer | None] = [None] * (BACKLOG + 2)
        self._turn = 0

    def slot(self, index: int) -> memoryview:
        """Chunk `index` of the batch being filled."""
        buffer = self._buffers[self._turn]
        if buffer is None:  # made when first needed: a small bundle fills one or two
            buffer = self._buffers[self._turn] = stream_calls.SodiumBuffer(
                BATCH_CHUNKS * fmt.CHUNK_BYTES)
        start = index * fmt.CHUNK_BYTES
        return buffer.view[start:start + fmt.CHUNK_BYTES]

    def next(self) -> None:
        """The batch was handed over: the next one fills the next buffer."""
        self._turn = (self._turn + 1) % len(self._buffers)

    def wipe(self) -> None:
        for buffer in self._buffers:
            if buffer is not None:
                buffer.wipe(whole=True)  # filled here, not by libsodium


class BundleWriter:
    """Streams one bundle to `out`: the constructor writes the header and the manifest.

    `add()` one payload message at a time (any size up to MAX_MESSAGE_BYTES; messages are framed
    with a u32 length and cut across 64 KiB chunks), then `finish()`; in version 4 with a tail,
    `finish(tail_size)`, `write_tail()` until `tail_left` is 0, then `end_tail()`. A writer that
    raised is broken: the caller deletes the partial output (it would read as "incomplete" or
    be refused anyway).
    """

    def __init__(
        self,
        out: BinaryIO,
        sender: Identity,
        recipients: Sequence[PublicIdentity],
        *,
        schema_version: int,
        counts: Mapping[str, int],
        bundle_id: bytes | None = None,
        created_at: int | None = None,
        format_version: int = fmt.FORMAT_VERSION,
    ) -> None:
        if format_version not in fmt.READABLE_VERSIONS:
            raise ValueError(f"bundle version {format_version} is not one this app writes")
        listed = check_recipients(recipients)
        declared = check_counts(counts)
        if isinstance(schema_version, bool) or not 1 <= schema_version <= fmt.MAX_SAFE_INT:
            raise ValueError("schema_version must be a positive integer")
        if bundle_id is None:
            bundle_id = nacl.utils.random(fmt.BUNDLE_ID_BYTES)
        if len(bundle_id) != fmt.BUNDLE_ID_BYTES:
            raise ValueError(f"a bundle id is {fmt.BUNDLE_ID_BYTES} bytes")
        if created_at is None:
            created_at = int(time.time())
        if not 0 <= created_at <= fmt.MAX_SAFE_INT:
            raise ValueError("created_at must be a non-negative integer")

        self._out = out
        self._sender = sender
        self._messages = 0
        self._length = 0  # plaintext bytes emitted into the data stream
        self._plain = _Batches()  # the chunks copied here, a batch at a time
        self._chunk = self._plain.slot(0)  # plaintext not yet filling a chunk:
        self._fill = 0  # its first _fill bytes
        self._cipher: stream_calls.SodiumBuffer | None = None  # the encrypting thread's
        self._version = format_version
        self._hasher = ContentHasher(format_version)
        self._per_chunk = format_version < 3  # versions 1 and 2 hash every data-stream chunk
        self._encrypter = OrderedWorker("bundle-encrypt", BACKLOG)
        self._batch: list[bytes | memoryview] = []  # chunks not yet handed to the encrypter
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        self._finished = False
        self._broken = False
        self._bulk_left = 0  # bytes of the bulk message being streamed still to come
        self._tail_left = 0  # version 4: tail bytes still owed after the final chunk
        self._tail_ended = False

        file_key = nacl.utils.random(fmt.FILE_KEY_BYTES)
        mac_key, stream_key = fmt.derive_keys(file_key)
        stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(
            self._state, stream_key
        )
        stanzas = make_stanzas(file_key, [r.box_key for r in listed])
        header = build_header(stanzas, stream_header, mac_key, format_version)
        manifest = Manifest(
            bundle_id=bytes(bundle_id),
            sender=sender.public,
            recipients=listed,
            created_at=created_at,
            header_hash=fmt.header_hash(header),
            schema_version=schema_version,
            counts=declared,
        ).to_bytes()
        if len(manifest) > fmt.MAX_MANIFEST_BYTES:  # unreachable within the caps above
            raise ValueError("the manifest is over its cap")
        self.bundle_id = bytes(bundle_id)
        self._manifest_digest = fmt.manifest_hash(manifest)
        out.write(header)
        self._emit_covered(fmt.frame_header(len(manifest)))
        self._emit_covered(manifest)
        self._emit_covered(sender.sign(fmt.DOMAIN_MANIFEST, manifest))

    def add(self, message: bytes | bytearray | memoryview) -> None:
        """Append one payload message (a record's canonical JSON, an attachment chunk, ...).
        The message is read before this returns: the caller may reuse its buffer."""
        self._begin(len(message))
        self._guarded(self._emit_covered, fmt.frame_header(len(message)))
        self._guarded(self._cover, fmt.covered_part(message))
        self._guarded(self._emit, message)

    def add_bulk(self, size: int) -> Callable[[bytes | bytearray | memoryview], None]:
        """Begin a bulk message (docs/bundle-format.md): BULK_PREFIX then `size` bytes, which
        the caller streams through the call returned, in pieces of any size (each copied before
        the call returns), all of them before the next message or `finish`. The same bytes in
        the bundle as `add(BULK_PREFIX + data)`, without joining them first."""
        self._begin(len(fmt.BULK_PREFIX) + size)
        self._guarded(self._emit_covered, fmt.frame_header(len(fmt.BULK_PREFIX) + size))
        self._guarded(self._emit_covered, fmt.BULK_PREFIX)  # covered_part of a bulk message
        self._bulk_left = size
        return self._bulk_bytes

    def _bulk_bytes(self, data: bytes | bytearray | memoryview) -> None:
        if self._finished or self._broken:
            self._check_open()
        if len(data) > self._bulk_left:
            self._broken = True
            raise ValueError("more bytes than the bulk message's declared size")
        self._bulk_left -= len(data)
        self._guarded(self._emit, data)

    def _begin(self, size: int) -> None:
        """Checks before a message of `size` bytes, which is then counted."""
        self._check_open()
        if size > fmt.MAX_MESSAGE_BYTES:
            raise RejectedInput(
                f"one bundle message may hold at most {fmt.MAX_MESSAGE_BYTES} bytes"
            )
        if self._messages >= fmt.MAX_MESSAGES:
            raise RejectedInput(
                f"a bundle holds at most {fmt.MAX_MESSAGES} messages: export in parts"
            )
        self._messages += 1

    def finish(self, tail_size: int = 0) -> None:
        """End the messages, pad to the Padmé bucket, sign everything and write the final
        chunk. Version 4: `tail_size` is the length of the tail that follows (signed with the
        rest), which the caller then writes with `write_tail`; nothing else may follow. Earlier
        versions have no tail (`tail_size` must be 0)."""
        if isinstance(tail_size, bool) or not isinstance(tail_size, int):
            raise TypeError("tail_size must be an integer")
        end = fmt.end_of_messages(self._version, tail_size)  # ValueError: no such tail
        self._check_open()
        self._guarded(self._finish, end, tail_size)

    def write_tail(self, data: bytes | bytearray | memoryview) -> None:
        """After `finish(tail_size)`: the next raw tail bytes, written to the output as they
        are, in order (from one thread at a time). More than `tail_size` in all breaks the
        writer (ValueError)."""
        if not self._finished:
            raise RuntimeError("the tail follows finish(tail_size)")
        if self._broken:
            raise RuntimeError("an earlier write failed: discard this bundle")
        if self._tail_ended:
            raise RuntimeError("the tail is ended")
        if len(data) > self._tail_left:
            self._broken = True
            raise ValueError("more tail bytes than finish(tail_size) declared: discard this "
                             "bundle")
        try:
            self._out.write(data)
        except BaseException:
            self._broken = True
            raise
        self._tail_left -= len(data)

    @property
    def format_version(self) -> int:
        """The bundle format version (the header's, once read)."""
        return self._version

    @property
    def tail_left(self) -> int:
        """Tail bytes still owed (0 before `finish`, and once the tail is complete)."""
        return self._tail_left

    def end_tail(self) -> None:
        """The tail is complete: RuntimeError unless every byte declared was written."""
        if not self._finished:
            raise RuntimeError("the tail follows finish(tail_size)")
        if self._broken:
            raise RuntimeError("an earlier write failed: discard this bundle")
        if self._tail_left:
            raise RuntimeError(f"{self._tail_left} tail bytes were not written: discard this "
                               "bundle")
        self._tail_ended = True

    def close(self) -> None:
        """Abandon the bundle (or nothing, once finished and its tail written): stops the
        encrypting and hashing threads, so nothing more is written to `out` once this returns.
        A caller that stops before `finish` (or before the tail is complete) calls this before
        removing the output."""
        if not self._finished or self._tail_left:
            self._broken = True
        self._encrypter.close()
        self._hasher.close()
        self._wipe()

    @property
    def messages(self) -> int:
        return self._messages

    # -- internals ------------------------------------------------------------------------------

    def _wipe(self) -> None:
        """Zero the plaintext and ciphertext buffers (once the encrypting thread stopped)."""
        self._plain.wipe()
        if self._cipher is not None:
            self._cipher.wipe()

    def _check_open(self) -> None:
        if self._finished:
            raise RuntimeError("the bundle is finished")
        if self._broken:
            raise RuntimeError("an earlier write failed: discard this bundle")
        if self._bulk_left:
            self._broken = True
            raise RuntimeError("a bulk message is not complete: discard this bundle")

    def _guarded(self, step: Callable[..., None], *args: object) -> None:
        try:
            step(*args)
        except BaseException:
            self._broken = True
            self._hasher.close()
            self._encrypter.close()  # nothing is written once this returns
            raise

    def _finish(self, end: bytes, tail_size: int) -> None:
        self._emit_covered(end)
        padded, final_padding = fmt.padded_layout(self._version, self._length, tail_size)
        padding = padded - self._length
        while padding:
            step = min(padding, fmt.CHUNK_BYTES)
            self._emit_covered(fmt.ZERO_CHUNK[:step] if step < fmt.CHUNK_BYTES
                               else fmt.ZERO_CHUNK)
            padding -= step
        if self._fill:  # unreachable: the padded length is a whole number of chunks
            raise AssertionError("data stream does not end on a chunk boundary")
        self._flush_batch()
        statement = fmt.final_statement(self._manifest_digest,
                                        self._hasher.digest(self._length))
        signature = self._sender.sign(fmt.domain_final(self._version), statement)
        self._encrypter.wait()  # every data chunk is written: the final chunk follows them
        self._encrypter.close()
        self._wipe()
        self._out.write(
            sodium.crypto_secretstream_xchacha20poly1305_push(
                self._state, signature + bytes(final_padding), None, fmt.TAG_FINAL
            )
        )
        self._tail_left = tail_size
        self._finished = True

    def _cover(self, data: bytes | bytearray | memoryview) -> None:
        """Versions 3 and 4: add bytes to the content hash (the framing, non-bulk messages, the
        first byte of a bulk message, the end of messages and the padding). Earlier versions
        hash whole chunks in `_push` instead."""
        if not self._per_chunk:
            self._hasher.update(data)

    def _emit_covered(self, data: bytes | bytearray | memoryview) -> None:
        self._cover(data)
        self._emit(data)

    def _emit(self, data: bytes | bytearray | memoryview) -> None:
        """Append plaintext to the data stream, pushing every complete 64 KiB chunk: views of
        an immutable bytes of at most VIEW_LIMIT, else copies into the batch's own buffer (the
        caller may reuse its buffer), where a partial chunk is filled in place."""
        size = len(data)
        self._length += size
        view = memoryview(data)
        start = 0
        if self._fill:
            start = min(size, fmt.CHUNK_BYTES - self._fill)
            self._chunk[self._fill : self._fill + start] = view[:start]
            self._fill += start
            if self._fill < fmt.CHUNK_BYTES:
                return
            self._push(self._chunk)
            self._fill = 0
        if start == 0 and size == fmt.CHUNK_BYTES and isinstance(data, bytes):
            self._push(data)
            return
        shared = isinstance(data, bytes) and size <= VIEW_LIMIT
        while size - start >= fmt.CHUNK_BYTES:
            piece = view[start : start + fmt.CHUNK_BYTES]
            if not shared:
                self._chunk[:] = piece
                piece = self._chunk
            self._push(piece)
            start += fmt.CHUNK_BYTES
        if start < size:
            self._fill = size - start
            self._chunk[: self._fill] = view[start:]

    def _push(self, chunk: bytes | memoryview) -> None:
        if self._per_chunk:
            self._hasher.update(chunk)
        self._batch.append(chunk)  # encrypted and written on another, a MiB at a time
        if len(self._batch) == BATCH_CHUNKS:
            self._flush_batch()
        else:
            self._chunk = self._plain.slot(len(self._batch))

    def _flush_batch(self) -> None:
        if self._batch:
            batch, self._batch = self._batch, []
            self._encrypter.submit(self._encrypt, batch)
            self._plain.next()
            self._chunk = self._plain.slot(0)

    def _encrypt(self, chunks: list[bytes | memoryview]) -> None:  # on the worker thread
        """A batch's chunks encrypted into one reused buffer and written with one call (a
        write of more than the file's buffer goes to the file without a copy into it)."""
        cipher = self._cipher
        if cipher is None:
            cipher = self._cipher = stream_calls.SodiumBuffer(
                BATCH_CHUNKS * fmt.CHUNK_CIPHER_BYTES, cleared=False)
        push, end = stream_calls.push, 0
        for chunk in chunks:
            end = push(self._state, chunk, fmt.TAG_MESSAGE, cipher, end)
        self._out.write(cipher.view[:end])
