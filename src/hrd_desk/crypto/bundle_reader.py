"""Read a sealed bundle: authenticate the header and manifest, then stream the payload.

`open()` decides everything that can be decided before the payload (caps, the stanza for this
vault, the header MAC, the manifest, the sender's standing and signature, that this vault is a
recipient, replay), so a preview costs one chunk. `messages()` then yields payload messages as
they are decrypted; they are authentic only once the iterator is exhausted without error, since
the final signature over the content hash comes last. Callers stage what they receive (an open
database transaction) and commit after exhaustion.

In versions 3 and 4 the final signature covers a bulk message (first byte 0x00) by its length and
first byte only: its other bytes are authentic against outsiders (the stream's AEAD) but not
against a co-recipient, who knows the stream key. The caller MUST bind them itself, as the
importer does (services/evidence_exchange.py: the SHA-256 and size of a signed attachment header
before them), and refuse the bundle when it cannot.

Version 4 ends with a tail of `tail_size` bytes after the final chunk (its length is signed, its
bytes are not authenticated here at all). When it is not empty, `messages()` stops at the tail
(`complete` stays False): the caller reads it with `readinto_tail` (from this thread or one
other, while this one waits), binds every byte of it at the record layer, and calls `end_tail`,
which checks that nothing follows and completes the bundle.

Every refusal is a BundleRejected with one of the categories of docs/bundle-format.md; nothing
else escapes for malformed input.
"""

from __future__ import annotations

import hmac
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import BinaryIO

import nacl.bindings as sodium
import nacl.exceptions
import nacl.public

from ..errors import BundleRejected
from . import bundle_format as fmt
from . import stream_calls
from .bundle_format import BundleIncomplete
from .bundle_hash import ContentHasher
from .bundle_manifest import Manifest, parse_manifest
from .identity import Identity, PublicIdentity
from .workers import HandOver, read_full, read_into, readinto_full


class SenderStatus(Enum):
    KNOWN = "known"
    UNKNOWN = "unknown"
    REVOKED = "revoked"


@dataclass(frozen=True)
class BundleInfo:
    """What the manifest says, once its signature verified and this vault is a listed recipient."""

    bundle_id: bytes
    sender: PublicIdentity
    recipients: tuple[PublicIdentity, ...]
    created_at: int
    schema_version: int
    counts: dict[str, int]


def _payload(message: str) -> BundleRejected:
    return BundleRejected("payload failure", message, code="contents-malformed")


def later_format_text(version: int) -> str:
    return (f"bundle format {version}, made by a newer hrd-desk (this one reads formats "
            f"{fmt.READABLE_VERSIONS[0]} to {fmt.READABLE_VERSIONS[-1]}): update hrd-desk, then "
            "import it again")


class BundleReader:
    """One reader per bundle and per pass; see the module docstring for the contract."""

    def __init__(
        self,
        inp: BinaryIO,
        me: Identity | Sequence[Identity],
        *,
        sender_status: Callable[[PublicIdentity], SenderStatus],
        already_imported: Callable[[PublicIdentity, bytes], bool],
        max_size: int | None = None,
    ) -> None:
        self._inp = inp
        # this vault's identity, then former ones still in their grace period (a rotation):
        # the one whose stanza opens is the recipient checked against the manifest
        self._mine: tuple[Identity, ...] = (me,) if isinstance(me, Identity) else tuple(me)
        self._me = self._mine[0]
        self._sender_status = sender_status
        self._already_imported = already_imported
        self._max_size = max_size
        self.info: BundleInfo | None = None  # set once authenticated, even if it is a replay
        self._stage = "new"  # new -> open -> streaming -> done, or failed
        self._error: BaseException | None = None
        self._consumed = 0  # bytes read from inp
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        self._version = fmt.FORMAT_VERSION  # the header's, once read
        self._hasher = ContentHasher()
        self._per_chunk = False  # versions 1 and 2 hash every data-stream chunk
        self._chunks = 0  # data chunks pulled
        self._plain_len = 0  # plaintext bytes pulled
        self._cur: bytes | memoryview = b""  # current plaintext chunk (a view: read ahead)
        self._cur_at = -1  # where a read-ahead chunk starts in its batch's buffer (else -1)
        self._off = 0  # read position in it
        self._messages = 0
        self._manifest: Manifest | None = None
        self._manifest_digest = b""
        self._stanzas = 0  # the header's stanza count
        self._ahead: _ReadAhead | None = None  # reads and authenticates chunks on a thread
        # bytes it read and did not use (chunks, the final chunk, tail bytes), read first once
        # it stopped
        self._pushback = memoryview(b"")
        self._tail_size = 0  # version 4: T, once the end of messages was read
        self._tail_left = 0  # tail bytes not read yet
        self._tail_lock = threading.Lock()  # readinto_tail and end_tail, from any one thread

    @property
    def complete(self) -> bool:
        """True only after messages() was exhausted, the final signature verified and nothing
        followed (version 4 with a tail: nothing after the tail, at `end_tail`)."""
        return self._stage == "done"

    @property
    def bytes_read(self) -> int:
        """Bytes of the input used so far, tail bytes included."""
        return self._consumed

    @property
    def format_version(self) -> int:
        """The bundle format version (the header's, once read)."""
        return self._version

    @property
    def tail_size(self) -> int:
        """Version 4: the tail's length T, signed by the sender (0 for versions 1-3, and until
        messages() read the end of messages)."""
        return self._tail_size

    # -- public steps ---------------------------------------------------------------------------

    def open(self) -> BundleInfo:
        if self._stage == "failed" and isinstance(self._error, BundleRejected):
            raise self._error
        if self._stage != "new":
            if self.info is None:
                raise RuntimeError("this reader cannot be opened again")
            return self.info
        try:
            return self._open()
        except BaseException as exc:
            self._fail(exc)
            raise

    def messages(self, *, bulk_pieces: bool = False) -> Iterator[bytes | fmt.BulkMessage]:
        """Yield payload messages in order; raises BundleRejected on any failure. With
        `bulk_pieces`, a bulk message comes as a `BulkMessage` (its chunks' bytes, not joined);
        every other message, and every message without it, as bytes."""
        if self._stage == "new":
            self.open()
        if self._stage == "failed" and isinstance(self._error, BundleRejected):
            raise self._error
        if self._stage != "open":
            raise RuntimeError("messages() can be read once, after a successful open()")
        self._stage = "streaming"
        return self._stream(bulk_pieces)

    def readinto_tail(self, buffer: bytearray | memoryview) -> int:
        """After messages() was exhausted: the next tail bytes into `buffer`, as many as fit,
        fewer only where the tail ends; 0 at its end. The bytes are as the file holds them:
        not authenticated by this layer (the caller binds them). BundleIncomplete when the
        input ends inside the tail. May be called from one other thread while the thread that
        read the messages waits: nothing else reads the input by then."""
        with self._tail_lock:
            self._at_tail()
            view = memoryview(buffer).cast("B")
            want = min(len(view), self._tail_left)
            if not want:
                return 0
            try:
                got = self._read_into(view[:want])
                self._tail_left -= got
                if got < want:
                    raise self._tail_cut()
            except BaseException as exc:
                self._fail(exc)
                raise
            return got

    def end_tail(self) -> None:
        """After the whole tail was read: checks that nothing follows it (payload failure) and
        completes the bundle. RuntimeError while tail bytes are left unread."""
        with self._tail_lock:
            self._at_tail()
            if self._stage == "done":
                return
            if self._tail_left:
                raise RuntimeError(f"{self._tail_left} tail bytes are left unread")
            try:
                self._end_of_input("the tail")
            except BaseException as exc:
                self._fail(exc)
                raise

    def _at_tail(self) -> None:
        """Refuse a tail call out of turn (a refused bundle: its refusal again)."""
        if self._stage == "failed":
            if isinstance(self._error, BundleRejected):
                raise self._error
            raise RuntimeError("an earlier read of this bundle failed")
        if self._stage not in ("tail", "done"):
            raise RuntimeError("the tail is read once messages() is exhausted")

    def _tail_cut(self) -> BundleIncomplete:
        read = self._tail_size - self._tail_left
        if not read:
            return self._incomplete(f"the file ends after the final chunk, before its "
                                    f"{self._tail_size}-byte tail", at_boundary=True)
        return self._incomplete(f"the file ends inside the tail ({read} of "
                                f"{self._tail_size} bytes)", at_boundary=False)

    # -- opening --------------------------------------------------------------------------------

    def _open(self) -> BundleInfo:
        self._check_size_up_front()
        preamble = self._read(fmt.PREAMBLE_BYTES)
        if not preamble:
            raise BundleIncomplete("the file is empty", size=0, at_boundary=True)
        if preamble[0] not in fmt.READABLE_VERSIONS:
            if fmt.names_later_format(preamble):
                raise BundleRejected("newer format", later_format_text(preamble[0]),
                                     code="newer-format", values=(str(preamble[0]),))
            raise BundleRejected("header failure", "not a bundle of a version this app reads",
                                 code="not-a-bundle")
        self._version = preamble[0]  # bound by the header MAC and, through it, the signatures
        self._hasher = ContentHasher(self._version)
        self._per_chunk = self._version < 3
        if len(preamble) < fmt.PREAMBLE_BYTES:
            raise self._incomplete("the file ends inside the header", at_boundary=False)
        count = int.from_bytes(preamble[1:], "big")
        self._stanzas = count
        if count > fmt.MAX_STANZAS:
            raise BundleRejected(
                "over cap", f"{count} recipient stanzas (at most {fmt.MAX_STANZAS})",
                code="limits-exceeded")
        if count not in fmt.STANZA_BUCKETS:
            raise BundleRejected(
                "header failure", f"{count} recipient stanzas is not a valid count",
                code="header-malformed")
        header = preamble + self._read(fmt.header_bytes(count) - fmt.PREAMBLE_BYTES)
        if len(header) < fmt.header_bytes(count):
            raise self._incomplete("the file ends inside the header", at_boundary=False)

        stanzas_end = fmt.PREAMBLE_BYTES + count * fmt.STANZA_BYTES
        file_key = self._open_stanza(header[fmt.PREAMBLE_BYTES : stanzas_end])
        mac_key, stream_key = fmt.derive_keys(file_key)
        body_end = len(header) - fmt.MAC_BYTES
        if not fmt.mac_matches(mac_key, header[:body_end], header[body_end:]):
            raise BundleRejected("mac failure", "the header was altered or damaged",
                                 code="header-altered")
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(
            self._state, header[stanzas_end:body_end], stream_key
        )

        frame = self._take(fmt.FRAME_HEADER_BYTES)
        length = int.from_bytes(frame, "big")
        if length > fmt.MAX_MANIFEST_BYTES:
            raise BundleRejected("over cap", f"the manifest is over {fmt.MAX_MANIFEST_BYTES} "
                                 "bytes", code="limits-exceeded")
        if length < fmt.MIN_MANIFEST_BYTES:
            raise BundleRejected("header failure", "the manifest is empty",
                                 code="header-malformed")
        manifest_bytes = self._take(length)
        signature = self._take(fmt.SIGNATURE_BYTES)
        for covered in (frame, manifest_bytes, signature):
            self._cover(covered)
        manifest = parse_manifest(manifest_bytes)
        sender = manifest.sender

        status = self._sender_status(sender)
        if status is SenderStatus.REVOKED:
            raise BundleRejected("revoked sender", "the sender is a revoked colleague",
                                 code="sender-revoked")
        if status is not SenderStatus.KNOWN:
            raise BundleRejected(
                "unknown sender",
                f"the sender is not a colleague of this vault (fingerprint "
                f"{sender.fingerprint_text()}); add and verify their card first",
                code="sender-unknown-fingerprint", values=(sender.fingerprint_text(),),
            )
        if not sender.verify(fmt.DOMAIN_MANIFEST, manifest_bytes, signature):
            raise BundleRejected("signature failure", "the manifest's signature does not verify",
                                 code="signature-fails")
        if self._me.public not in manifest.recipients:
            raise BundleRejected(
                "not addressed",
                "the sender did not address this bundle to this vault: a recipient "
                "re-encrypted or forwarded it", code="forwarded",
            )
        if not hmac.compare_digest(fmt.header_hash(header), manifest.header_hash):
            raise BundleRejected(
                "signature failure",
                "the header is not the one the sender signed: someone re-encrypted the bundle",
                code="re-encrypted",
            )
        if fmt.bucket_for(len(manifest.recipients)) != count:
            raise BundleRejected("header failure", "the stanza count does not fit the "
                                 "recipients", code="header-malformed")

        self._manifest = manifest
        self._manifest_digest = fmt.manifest_hash(manifest_bytes)
        self.info = BundleInfo(
            bundle_id=manifest.bundle_id,
            sender=sender,
            recipients=manifest.recipients,
            created_at=manifest.created_at,
            schema_version=manifest.schema_version,
            counts=dict(manifest.counts),
        )
        if self._already_imported(sender, manifest.bundle_id):
            raise BundleRejected("replay", "this bundle was already imported",
                                 code="already-imported")
        self._stage = "open"
        return self.info

    def _open_stanza(self, stanzas: bytes) -> bytes:
        """Trial-decrypt every stanza with this vault's key (then with former keys still kept);
        the first that opens is ours."""
        for me in self._mine:
            box = nacl.public.SealedBox(me.box_private)
            for start in range(0, len(stanzas), fmt.STANZA_BYTES):
                try:
                    file_key = box.decrypt(stanzas[start : start + fmt.STANZA_BYTES])
                except nacl.exceptions.CryptoError:
                    continue
                if len(file_key) == fmt.FILE_KEY_BYTES:
                    self._me = me
                    return bytes(file_key)
        raise BundleRejected("no match", "no recipient stanza opens with this vault's key",
                             code="not-for-this-vault")

    def _check_size_up_front(self) -> None:
        if self._max_size is None:
            return
        try:
            if not self._inp.seekable():
                return
            here = self._inp.tell()
            end = self._inp.seek(0, 2)
            self._inp.seek(here)
        except (OSError, ValueError, AttributeError):
            return
        if end - here > self._max_size:
            raise self._file_over()

    # -- streaming ------------------------------------------------------------------------------

    def _stream(self, bulk_pieces: bool) -> Iterator[bytes | fmt.BulkMessage]:
        try:
            while True:
                frame = self._take(fmt.FRAME_HEADER_BYTES)
                self._cover(frame)
                length = int.from_bytes(frame, "big")
                if length == fmt.END_OF_MESSAGES:
                    break
                if self._messages >= fmt.MAX_MESSAGES:
                    raise BundleRejected("over cap", f"more than {fmt.MAX_MESSAGES} messages",
                                         code="limits-exceeded")
                if length > fmt.MAX_MESSAGE_BYTES:
                    raise BundleRejected(
                        "over cap", f"a message is over {fmt.MAX_MESSAGE_BYTES} bytes",
                        code="limits-exceeded")
                self._messages += 1
                if bulk_pieces:
                    yield self._message_pieces(length)
                    continue
                message = self._take(length)
                self._cover(fmt.covered_part(message))
                yield message
            self._finish()
        except BaseException as exc:
            self._fail(exc)
            raise

    def _finish(self) -> None:
        """The tail length (version 4), padding, final chunk, final signature, then the end of
        input or the tail: the bundle is authentic or not (but for the tail's bytes)."""
        if self._version >= fmt.TAIL_VERSION:
            self._read_tail_size()
        rest = len(self._cur) - self._off
        padded, final_padding = fmt.padded_layout(self._version, self._plain_len - rest,
                                                  self._tail_size)
        if self._version >= fmt.TAIL_VERSION and self._max_size is not None and fmt.bundle_size(
                self._stanzas, padded, final_padding, self._tail_size) > self._max_size:
            raise self._file_over()  # as soon as T is known, before its padding is read
        if self._cur[self._off :] != fmt.ZERO_CHUNK[:rest]:
            raise _payload("the padding is not zero")
        self._cover(fmt.ZERO_CHUNK[:rest])
        while self._plain_len < padded:
            self._next_chunk()
            if self._cur != fmt.ZERO_CHUNK:
                raise _payload("the padding is not zero")
            self._cover(fmt.ZERO_CHUNK)
        self._cur = b""
        final_size = fmt.FINAL_CIPHER_BYTES + final_padding
        if self._ahead is not None and self._ahead.next_is_chunk():
            self._refuse_chunk_at_final(final_size)
        self._end_read_ahead()
        block = self._read(final_size)
        if len(block) < final_size:
            self._short_block(block, "the final chunk")
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(self._state, block)
        except nacl.exceptions.CryptoError:
            raise _payload(
                "the final chunk does not authenticate (altered, or data past the padding)"
            ) from None
        if tag != fmt.TAG_FINAL:
            raise _payload("the payload continues past its padding")
        if plain[fmt.SIGNATURE_BYTES :] != bytes(final_padding):
            raise _payload("the padding is not zero")
        assert self._manifest is not None
        statement = fmt.final_statement(self._manifest_digest,
                                        self._hasher.digest(self._plain_len))
        if not self._manifest.sender.verify(fmt.domain_final(self._version), statement,
                                            plain[: fmt.SIGNATURE_BYTES]):
            raise BundleRejected(
                "signature failure", "the sender's final signature does not cover this content",
                code="signature-fails")
        if self._tail_size:
            self._tail_left = self._tail_size
            self._stage = "tail"  # the read-ahead thread stopped above: nothing reads now
            return
        self._end_of_input("the final chunk")

    def _read_tail_size(self) -> None:
        """Version 4: the u64 tail length after the end marker, part of the hashed data
        stream; capped before the padding it decides."""
        raw = self._take(fmt.TAIL_LENGTH_BYTES)
        self._cover(raw)
        tail = int.from_bytes(raw, "big")
        if tail > fmt.MAX_TAIL_BYTES:
            raise _payload(f"the tail length is over {fmt.MAX_TAIL_BYTES} bytes")
        self._tail_size = tail

    def _refuse_chunk_at_final(self, final_size: int) -> None:
        """The read-ahead thread pulled a whole data chunk where the final chunk belongs (only
        a key holder makes one). Refuse it as this thread would have: reading `final_size`
        bytes from there, which do not authenticate as the final chunk (or, where the final
        chunk is longer than a data chunk and the input ends after that chunk, do)."""
        ahead = self._ahead
        assert ahead is not None
        chunk = fmt.CHUNK_CIPHER_BYTES
        ahead.next()  # that chunk: the first bytes this thread would have read
        if final_size <= chunk or ahead.next_is_chunk():  # all read from the chunks pulled
            self._ahead = None
            ahead.close()
            self._count_read(final_size)
            if final_size == chunk:  # it would have pulled that very chunk
                raise _payload("the payload continues past its padding")
            raise _payload(
                "the final chunk does not authenticate (altered, or data past the padding)")
        self._end_read_ahead()
        more = self._read(final_size - chunk)
        self._count_read(chunk)
        if len(more) == final_size - chunk:
            raise _payload(
                "the final chunk does not authenticate (altered, or data past the padding)")
        if not more:  # that chunk alone authenticates
            raise _payload(f"a chunk of {chunk} bytes where the final chunk belongs")
        raise self._incomplete("the file ends inside the final chunk", at_boundary=False)

    def _end_of_input(self, after: str) -> None:
        if self._read(1):
            raise _payload(f"bytes follow {after}")
        self._stage = "done"

    def _cover(self, data: bytes | bytearray | memoryview) -> None:
        """Version 3: add bytes to the content hash (the framing, non-bulk messages, the first
        byte of a bulk message, the end marker and the padding); earlier versions hash every
        chunk in `_next_chunk` instead."""
        if not self._per_chunk:
            self._hasher.update(data)

    def _take(self, size: int) -> bytes:
        """Exactly `size` plaintext bytes of the data stream, pulling chunks as needed."""
        cur, off = self._cur, self._off
        available = len(cur) - off
        if size <= available:
            self._off = off + size
            piece = cur[off : off + size] if size < len(cur) else cur
            return piece if isinstance(piece, bytes) else bytes(piece)
        parts = [cur[off:]] if available else []
        need = size - available
        while need:
            self._next_chunk()
            if need >= fmt.CHUNK_BYTES:
                parts.append(self._cur)
                self._off = fmt.CHUNK_BYTES
                need -= fmt.CHUNK_BYTES
            else:
                parts.append(self._cur[:need])
                self._off = need
                need = 0
        return b"".join(parts)

    def _message_pieces(self, length: int) -> bytes | fmt.BulkMessage:
        """The next message, of `length` bytes: a BulkMessage of the chunks' own bytes when it
        is one, else joined (the same bytes, chunks pulled and content hash fed as `_take` and
        the caller in `_stream` do). Chunks read ahead lie one after another in their batch's
        buffer: bytes of one message in one buffer come as one piece (a view of it), so an
        attachment chunk that straddles two bundle chunks is not joined downstream."""
        pieces: list[bytes | memoryview] = []
        need = length
        run: memoryview | None = None  # the batch buffer the last piece lies in (read ahead)
        run_start = run_end = 0
        while need:
            if self._off == len(self._cur):
                self._next_chunk()
            cur, off, at = self._cur, self._off, self._cur_at
            take = min(need, len(cur) - off)
            if run is not None and at + off == run_end and isinstance(cur, memoryview) \
                    and cur.obj is run.obj:  # the next bytes of the same buffer: one piece
                run_end += take
                pieces[-1] = run[run_start:run_end]
            else:
                pieces.append(cur if take == len(cur) else memoryview(cur)[off:off + take])
                run = None
                if at >= 0 and isinstance(cur, memoryview):
                    run, run_start, run_end = memoryview(cur.obj), at + off, at + off + take
            self._off = off + take
            need -= take
        if pieces and pieces[0][0] == fmt.BULK_PREFIX[0]:
            self._cover(fmt.BULK_PREFIX)  # covered_part of a bulk message
            return fmt.BulkMessage(pieces, length)
        message = pieces[0] if len(pieces) == 1 and isinstance(pieces[0], bytes) \
            else b"".join(pieces)
        self._cover(message)  # covered_part of any other message: all of it
        return message

    def _next_chunk(self) -> None:
        plain: bytes | memoryview
        pulled = self._pulled_ahead()
        if pulled is not None:
            plain, self._cur_at = pulled
            tag = fmt.TAG_MESSAGE
        else:
            self._cur_at = -1
            block = self._read(fmt.CHUNK_CIPHER_BYTES)
            if len(block) < fmt.CHUNK_CIPHER_BYTES:
                self._short_block(block, f"chunk {self._chunks + 1}")
            try:
                plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(self._state, block)
            except nacl.exceptions.CryptoError:
                raise _payload(
                    f"chunk {self._chunks + 1} does not authenticate (altered, reordered or "
                    "foreign)"
                ) from None
            if self._chunks + 1 == READ_AHEAD_AFTER and self._ahead is None:
                self._ahead = _ReadAhead(self._inp, self._state, self._consumed, self._max_size)
        if tag != fmt.TAG_MESSAGE:
            raise _payload(f"chunk {self._chunks + 1} ends the stream before the payload ends")
        if self._per_chunk:
            self._hasher.update(plain)
        self._chunks += 1
        self._plain_len += fmt.CHUNK_BYTES
        self._cur = plain
        self._off = 0

    def _pulled_ahead(self) -> tuple[memoryview, int] | None:
        """The next chunk the read-ahead thread authenticated, counted as read here (so the
        size cap and `bytes_read` move exactly as if this thread had read it); None once the
        thread stopped, its unused bytes then read first by `_read`."""
        ahead = self._ahead
        if ahead is None:
            return None
        pulled = ahead.next()
        if pulled is None:
            self._end_read_ahead()
            return None
        self._count_read(fmt.CHUNK_CIPHER_BYTES)
        return pulled

    def _end_read_ahead(self) -> None:
        """Stop the read-ahead thread; what it read and did not use is read first from now on,
        and an error it met reading is raised here, where this thread would have met it."""
        ahead, self._ahead = self._ahead, None
        if ahead is None:
            return
        ahead.close()
        if ahead.leftover:
            self._pushback = memoryview(ahead.leftover + bytes(self._pushback))
        if ahead.error is not None:
            raise ahead.error

    def _short_block(self, block: bytes, expected: str) -> None:
        """The input ended early: a cut-off file, unless the short block authenticates."""
        if not block:
            raise self._incomplete(
                f"the file ends after {self._chunks} data chunk(s), before {expected}",
                at_boundary=True,
            )
        if len(block) >= fmt.ABYTES:
            try:
                sodium.crypto_secretstream_xchacha20poly1305_pull(self._state, block)
            except nacl.exceptions.CryptoError:
                pass
            else:
                raise _payload(f"a chunk of {len(block)} bytes where {expected} belongs")
        raise self._incomplete(f"the file ends inside {expected}", at_boundary=False)

    # -- input ----------------------------------------------------------------------------------

    def _read(self, size: int) -> bytes:
        """Up to `size` bytes; fewer only at end of input. Enforces max_size as it goes."""
        if self._pushback:
            data = bytes(self._pushback[:size])
            self._pushback = self._pushback[size:]
            if len(data) < size:
                data += read_full(self._inp, size - len(data))
        else:
            data = read_full(self._inp, size)
        self._count_read(len(data))
        return data

    def _read_into(self, view: memoryview) -> int:
        """`_read` into a buffer: fills `view`, fewer bytes only at end of input."""
        got = min(len(view), len(self._pushback))
        if got:
            view[:got] = self._pushback[:got]
            self._pushback = self._pushback[got:]
        if got < len(view):
            got += readinto_full(self._inp, view[got:], len(view) - got)
        self._count_read(got)
        return got

    def _count_read(self, size: int) -> None:
        self._consumed += size
        if self._max_size is not None and self._consumed > self._max_size:
            raise self._file_over()

    def _file_over(self) -> BundleRejected:
        assert self._max_size is not None
        return BundleRejected("over cap", f"the file is over {self._max_size} bytes",
                              code="file-over", values=(str(self._max_size),))

    def _incomplete(self, message: str, *, at_boundary: bool) -> BundleIncomplete:
        return BundleIncomplete(message, size=self._consumed, at_boundary=at_boundary)

    def _fail(self, exc: BaseException) -> None:
        self._stage = "failed"
        self._error = exc
        self._hasher.close()
        if self._ahead is not None:
            self._ahead.close()
            self._ahead = None


READ_AHEAD_AFTER = fmt.SEGMENT_CHUNKS  # chunks read here before a thread reads ahead
READ_AHEAD_BATCHES = 4  # batches of SEGMENT_CHUNKS chunks the thread may hold (4 MiB)


class _ReadAhead:
    """Reads whole data chunks and authenticates them on a worker thread, a MiB ahead of the
    reader (libsodium releases the GIL), so the reader's thread is left with the messages.

    It only ever does what the reader would do next, and stops short of anything else: a block
    shorter than a chunk (the final chunk, a cut-off file), a block that does not authenticate
    or that carries a tag other than TAG_MESSAGE (left unpulled, the stream state where the
    reader expects it: `stream_calls.pull_message`), an error from the input (handed over:
    raised where the reader would have met it) and the size cap (it stops reading once past
    it). The reader counts every chunk as read when it takes it, and reads the leftover bytes
    first, so every refusal keeps its category, message and order.

    So it never takes the final chunk, nor what follows it, for a data chunk: in version 4 the
    bytes after the final chunk are the tail, which a co-recipient may choose (it is not
    authenticated here), even so that the final chunk and the tail's first bytes authenticate
    together as one whole chunk with TAG_FINAL. Whatever it read past the last data chunk is
    leftover, read first by `_finish` and then by `readinto_tail`; and the reader stops the
    thread before it reads the final chunk, so no thread reads the input once messages() is
    exhausted.
    """

    def __init__(self, inp: BinaryIO, state: sodium.crypto_secretstream_xchacha20poly1305_state,
                 consumed: int, max_size: int | None) -> None:
        self._inp = inp
        self._state = state
        self._position = consumed
        self._max_size = max_size
        self._trial = stream_calls.trial_state(state)
        self._hand: HandOver[list[tuple[memoryview, int]] | None] = HandOver(READ_AHEAD_BATCHES)
        self._ready: deque[tuple[memoryview, int]] = deque()
        self._ended = False
        self.leftover = b""  # read by the thread and not used: the reader reads it first
        self.error: BaseException | None = None  # met reading the input
        self._thread = threading.Thread(target=self._run, name="bundle-read", daemon=True)
        self._thread.start()

    def next(self) -> tuple[memoryview, int] | None:
        """The next authenticated data chunk (plaintext, where it starts in its batch's
        buffer), or None once the thread stopped."""
        return self._ready.popleft() if self.next_is_chunk() else None

    def next_is_chunk(self) -> bool:
        """Whether an authenticated chunk comes next (waits for the thread to say)."""
        if not self._ready and not self._ended:
            batch = self._hand.get()
            if batch is None:
                self._ended = True
            else:
                self._ready.extend(batch)
        return bool(self._ready)

    def close(self) -> None:
        """Stop the thread and wait for it (what it read is then in `leftover` and `error`)."""
        self._hand.stop(self._thread)

    def _read_into(self, buffer: memoryview) -> tuple[int, BaseException | None]:
        """Fill `buffer` (fewer bytes at the end of the input); an error from the input comes
        back beside the bytes read before it, which are used first."""
        got = 0
        try:
            while got < len(buffer):
                count = read_into(self._inp, buffer[got:], fmt.CHUNK_CIPHER_BYTES)
                if not count:
                    break
                got += count
        except Exception as exc:  # raised by the reader, in order
            return got, exc
        return got, None

    def _run(self) -> None:  # on the worker thread
        """A batch's ciphertext is read into one reused buffer with one call (no copy out of
        the file's buffer) and pulled into a new buffer of its own (stream_calls: no copy out
        of PyNaCl's), which the chunks handed over are views of: it lives as long as they do.
        Whatever the thread read and did not pull (from the first block it stopped at) is
        `leftover`, exactly as if it had read a block at a time."""
        pull, chunk_bytes = stream_calls.pull_message, fmt.CHUNK_CIPHER_BYTES
        cipher = stream_calls.SodiumBuffer(fmt.SEGMENT_CHUNKS * chunk_bytes)
        batch: list[tuple[memoryview, int]] = []
        try:
            while not self._hand.stopped:
                got, failed = self._read_into(cipher.view)
                plain = stream_calls.SodiumBuffer(fmt.SEGMENT_CHUNKS * fmt.CHUNK_BYTES,
                                                  cleared=False)
                at, ended = 0, False
                while at + chunk_bytes <= got:  # whole blocks
                    if self._max_size is not None and self._position > self._max_size:
                        ended = True  # the reader refuses the file at the chunk past the cap
                        break
                    start = len(batch) * fmt.CHUNK_BYTES
                    size = pull(self._state, self._trial, cipher.view[at:at + chunk_bytes],
                                plain, start)
                    if size is None:  # not pulled: the reader reads it itself (and refuses it,
                        ended = True  # unless it is where the final chunk begins)
                        break
                    at += chunk_bytes
                    self._position += chunk_bytes
                    batch.append((plain.view[start:start + size], start))
                if ended or at < got or got < len(cipher):  # or a short block, or the end
                    self.leftover = bytes(cipher.view[at:got])
                    if failed is not None and not ended:
                        self.error = failed  # where a block at a time would have met it
                    break
                if not self._hand.put(batch):  # a whole batch (the buffer holds one)
                    return
                batch = []
        except BaseException as exc:  # raised by the reader, in order
            self.error = exc
        finally:
            cipher.wipe()
        if batch and not self._hand.put(batch):
            return
        self._hand.put(None)


def peek(inp: BinaryIO) -> dict[str, object]:
    """What can be said with no keys: size, and whether the bytes could be a bundle.

    Reads at most the 3-byte preamble and restores the position when the stream can seek (the
    size is known only then). A "possible" bundle has the version byte, a valid stanza bucket and
    a size that is exactly header + padded data chunks + final chunk; anything could still fail
    authentication, and a non-bundle passes this test only by chance. A version 4 bundle is
    padded as a whole, tail included (everything after the header is a Padmé length of at
    least one data chunk and the final chunk), so its size does not say how many data chunks
    it has: `data_chunks` stays None.
    """
    size: int | None = None
    here = 0
    seekable = False
    try:
        seekable = inp.seekable()
        if seekable:
            here = inp.tell()
            size = inp.seek(0, 2) - here
            inp.seek(here)
    except (OSError, ValueError, AttributeError):
        seekable = False
    preamble = inp.read(fmt.PREAMBLE_BYTES) or b""
    if seekable:
        inp.seek(here)
    result: dict[str, object] = {
        "size": size,
        "possible_bundle": False,
        "format_version": None,
        "stanza_slots": None,
        "data_chunks": None,
    }

    def verdict(reason: str, possible: bool = False) -> dict[str, object]:
        result["reason"] = reason
        result["possible_bundle"] = possible
        return result

    if not preamble:
        return verdict("empty")
    if preamble[0] not in fmt.READABLE_VERSIONS:
        if fmt.names_later_format(preamble):  # its layout is the later format's to say
            result["format_version"] = preamble[0]
            return verdict(later_format_text(preamble[0]), True)
        return verdict("not a bundle of a known version")
    result["format_version"] = preamble[0]
    if len(preamble) < fmt.PREAMBLE_BYTES:
        return verdict("too short: incomplete, or not a bundle")
    count = int.from_bytes(preamble[1:], "big")
    if count not in fmt.STANZA_BUCKETS:
        return verdict("the recipient slot count is not one a bundle uses")
    result["stanza_slots"] = count
    if size is None:
        return verdict("size unknown (not a seekable file)", True)
    body = size - fmt.header_bytes(count) - fmt.FINAL_CIPHER_BYTES
    if body < fmt.CHUNK_CIPHER_BYTES:
        return verdict("too short: incomplete, or not a bundle")
    if preamble[0] >= fmt.TAIL_VERSION:
        if fmt.padme(size - fmt.header_bytes(count)) != size - fmt.header_bytes(count):
            return verdict("the size does not fit the chunk and padding layout")
        return verdict("the layout fits a bundle (with a tail: how many data chunks it has "
                       "cannot be told from its size)", True)
    chunks, spare = divmod(body, fmt.CHUNK_CIPHER_BYTES)
    if spare or not fmt.is_padded_stream_length(chunks * fmt.CHUNK_BYTES):
        return verdict("the size does not fit the chunk and padding layout")
    result["data_chunks"] = chunks
    return verdict("the layout fits a bundle", True)
