"""Evidence attachments in sealed bundles (issue 17): what leaves with a record, and what an
import keeps.

After the versions, a bundle carries each attachment of a record that leaves as one header
message (canonical JSON, "t": "attachment": id, record, sha256, size, name, source, received_at,
note, the sender's custody events and, in format 4, `blob_key`). In format 4 (what hrd-desk
writes) the file's bytes follow the bundle's end, in its tail (docs/bundle-format.md): the blob
as stored, not encrypted again, decrypted on the way out only to authenticate it (a blob that
does not stops the export: nothing is written). Which files leave is the one sharing rule's
(`sharing_rule.attachments_leave`): only with a record that leaves whole for the exchange, only
to programme offices, never to partners. A full export carries those of the chosen records; an
incremental one (sync.py) those of the records the colleague holds or receives now that it is
not known to hold (store/peers.py: listed with the bundle, held once it is acknowledged, and
held at once when the colleague sent them).

An import writes a kept file's row from its header, and after the last message reads each file
from the tail: decrypted with its key to its final chunk, its plaintext hashed, and its size and
SHA-256 compared with the header's; only then is the ciphertext, copied as it came, kept as this
vault's blob under that key. The tail is bound by nothing else: the bundle's signature covers
its length, not its bytes, so these checks are what stop an outsider (authentication) and a
co-recipient, who knows every key in the bundle (the hash), from swapping a file. Bundles of
format 3 and before (still read) carry the bytes as data messages after their header: the byte
0x00 then up to 1 MiB of the original bytes, streamed into a new blob under a fresh key while
hashing and checked in the same way at the next header or the end of the messages (format 3
signs those messages by their length and first byte only, so every one is hashed into the
attachment whose signed header came before it, and data no header claims refuses the bundle).
A declared size over the cap, bytes past the declared size, a stream that ends early or a hash
that differs refuse the whole bundle, and every blob this import wrote is removed (the rows roll
back with the import's transaction). An attachment of a record the sender may not attach files
to here (outside its scope, unknown, or a defender it holds only as a case's context:
`_HeldHere.may_attach` in exchange.py) is read, checked and not kept.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO, cast

from ..crypto import blob_stream
from ..crypto.bundle_format import BULK_PREFIX, BulkMessage, is_bulk
from ..crypto.bundle_reader import BundleReader
from ..crypto.bundle_writer import BundleWriter
from ..crypto.canonical import encode
from ..crypto.workers import OrderedWorker
from ..errors import BundleRejected, EvidenceDamaged
from ..store import attachments as store
from ..store.colleagues import Colleague
from ..store.records import is_purged, now_iso, record_kind
from .evidence import ATTACHABLE, MAX_ATTACHMENT_BYTES, custodian, stream_attachment
from .evidence_files import image_metadata, safe_name, sniff
from .outbound import Outbound
from .scope import DECIDE_PER_READ
from .session import Session

DATA_PREFIX = BULK_PREFIX  # data messages are the format's bulk messages
# File bytes per data message written (the last of a file may hold fewer). Readers take any size
# up to the bundle's message cap: bundles written before this carry 64 KiB messages. A MiB keeps
# the per-message work (framing, the importer's parsing and batching) off the throughput.
DATA_MESSAGE_BYTES = 1024 * 1024
HEADER_TYPE = "attachment"
MAX_ATTACHMENTS = 10_000  # per bundle
MAX_CUSTODY_EVENTS = 1000
MAX_CUSTODY_BYTES = 1024 * 1024  # a file's custody events, encoded (1,000 events of ~300 bytes)
MAX_DETAIL_ITEMS = 64  # names in an event's detail; texts in one of its lists (recipients)
MAX_DETAIL_NAME = 64
MAX_TEXT = 2000
_HEADER_KEYS = frozenset({"t", "id", "record", "sha256", "size", "name", "source",
                          "received_at", "note", "custody"})
_TAIL_HEADER_KEYS = _HEADER_KEYS | {"blob_key"}  # format 4: the file's bytes are in the tail
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_BLOB_KEY = re.compile(rf"^[0-9a-f]{{{2 * blob_stream.KEY_BYTES}}}$")
HEAD_BYTES = 64 * 1024  # a received file's first bytes: its media type, image metadata
_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def is_data(raw: bytes | BulkMessage) -> bool:
    """Exactly the format's bulk messages: the ones the version 3 content hash leaves to us."""
    return isinstance(raw, BulkMessage) or is_bulk(raw)


# -- leaving --------------------------------------------------------------------------------


class _DataMessages:
    """Cuts a file's bytes into data messages of DATA_MESSAGE_BYTES (the last may hold fewer),
    streamed into the writer as they come: each piece is copied once, by the writer, into the
    chunks it encrypts (a message is not joined first)."""

    def __init__(self, writer: BundleWriter, size: int, attachment_id: str) -> None:
        self._writer = writer
        self._left = size  # file bytes not yet in a message
        self._in_message = 0  # bytes the current message still takes
        self._put: Callable[[bytes | bytearray | memoryview], None] | None = None
        self._id = attachment_id

    def collect(self, data: bytes | memoryview) -> None:
        """The next bytes of the file being sent (copied before this returns)."""
        view = memoryview(data)
        while len(view):
            if not self._in_message:
                if not self._left:  # the stored file is longer than its row says
                    raise EvidenceDamaged(f"attachment {self._id}: the stored file does not "
                                          "match the hash taken at intake",
                                          code="evidence-damaged")
                self._in_message = min(self._left, DATA_MESSAGE_BYTES)
                self._put = self._writer.add_bulk(self._in_message)
            take = min(len(view), self._in_message)
            assert self._put is not None
            self._put(view[:take] if take < len(view) else view)
            self._in_message -= take
            self._left -= take
            view = view[take:]


class _Copier:
    """Bytes handed over by one thread (a blob's reading thread: views of a buffer it reuses),
    copied and written in order by another, at most a few MiB behind."""

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self._write = write
        self._worker = OrderedWorker("evidence-copy")

    def __call__(self, data: memoryview) -> None:
        self._worker.submit(self._put, bytes(data))

    def _put(self, data: bytes) -> None:  # on the worker
        self._write(data)

    def finish(self) -> None:
        """Until every byte handed over is written; raises a failed write."""
        self._worker.wait()

    def close(self) -> None:
        self._worker.close()


@dataclass
class Outgoing:
    """The attachments a bundle carries, and the writer steps that stream them."""

    session: Session
    rows: list[store.AttachmentRow]
    progress: Callable[[int, int], None] | None = None  # (file bytes sent, of all the files)
    in_tail: bool = field(default=False, init=False)  # decided by `write`, from the writer

    def write(self, writer: BundleWriter) -> None:
        """Each file's header, after the versions. In a bundle of format 4 (what hrd-desk
        writes) the header names the file's blob key and its stored bytes follow the bundle's
        end (`write_tail`); a writer of an older format (tests, vectors) gets the bytes as data
        messages after their header. No second SHA-256 either way: decrypting the blob
        authenticates it (secretstream under the file's own key, held in the encrypted
        database, to its final chunk), so its bytes are the ones hashed at intake or checked at
        import; and the receiver checks them against the header's hash before it keeps
        anything."""
        self.in_tail = writer.format_version >= 4
        if self.in_tail:
            for row in self.rows:
                writer.add(self._header(row))
            return

        def as_messages(row: store.AttachmentRow, report: Callable[[int], None] | None) -> None:
            writer.add(self._header(row))
            stream_attachment(self.session.vault.directory, row,
                              _DataMessages(writer, row.size, row.id).collect, report,
                              check_hash=False, views=True)

        self._each_file(as_messages)

    @property
    def tail_size(self) -> int:
        """The bytes `write_tail` writes: every file's blob, as stored (none before format 4)."""
        return sum(blob_stream.cipher_size(row.size) for row in self.rows) if self.in_tail else 0

    def write_tail(self, writer: BundleWriter) -> None:
        """After the bundle's end (format 4): each file's blob as it is stored, in the order of
        the headers, not encrypted again. Each is decrypted on the way and the plaintext
        dropped, so that only bytes that authenticate under its key leave and a blob damaged
        here stops this export (nothing is written) instead of every import of it; it is not
        hashed again: the receiver checks it against the header's SHA-256."""
        if not self.in_tail:
            return
        copy = _Copier(writer.write_tail)
        try:
            self._each_file(lambda row, report: stream_attachment(
                self.session.vault.directory, row, None, report, check_hash=False,
                ciphertext=copy))
            copy.finish()
        finally:
            copy.close()

    def _header(self, row: store.AttachmentRow) -> bytes:
        events = [{"seq": e.seq, "at": e.at, "action": e.action, "by": e.by,
                   **({"detail": e.detail} if e.detail else {})}
                  for e in store.events(self.session.conn, row.id)]
        return encode({"t": HEADER_TYPE, "id": row.id, "record": row.record_id,
                       "sha256": row.sha256, "size": row.size, "name": row.name,
                       "source": row.source, "received_at": row.received_at, "note": row.note,
                       "custody": events[-MAX_CUSTODY_EVENTS:],
                       **({"blob_key": row.file_key.hex()} if self.in_tail else {})})

    def _each_file(self, step: Callable[[store.AttachmentRow, Callable[[int], None] | None],
                                        object]) -> None:
        """`step` on each file in turn, with a progress reporter counting all the files."""
        total = sum(row.size for row in self.rows)
        base = 0
        for row in self.rows:
            step(row, self._reporter(base, total))
            base += row.size

    def _reporter(self, base: int, total: int) -> Callable[[int], None] | None:
        """The bytes of one file streamed so far, told as bytes of all the files."""
        report = self.progress
        if report is None:
            return None
        return lambda done: report(base + done, total)

    def sent(self, colleague_ids: list[str], bundle_id: str) -> None:
        """A custody event per attachment the written bundle carries (the caller's transaction)."""
        by = custodian(self.session)
        for row in self.rows:
            store.add_event(self.session.conn, row.id, now_iso(), "sent in bundle", by,
                            {"to": colleague_ids, "bundle": bundle_id})


def outgoing(session: Session, outbound: Outbound, record_ids: Sequence[str],
             purposes: dict[str, Any], held: set[str] | None = None) -> Outgoing:
    """The attachments of these records that may leave with them (`held`: ids the recipient is
    known to hold, left out)."""
    rows = [r for r in store.by_records(session.conn, record_ids)
            if held is None or r.id not in held]
    carrying = sorted({r.record_id for r in rows})
    leaving: set[str] = set()
    for start in range(0, len(carrying), DECIDE_PER_READ):  # facts read ahead per chunk
        chunk = carrying[start:start + DECIDE_PER_READ]
        outbound.prepare(chunk)
        leaving.update(r for r in chunk if outbound.attachments_leave(r, purposes.get(r)))
    return Outgoing(session, [r for r in rows if r.record_id in leaving])


# -- arriving --------------------------------------------------------------------------------


def _rejected(message: str, category: str = "payload failure", *,
              code: str = "attachment-malformed", values: tuple[str, ...] = ()) -> BundleRejected:
    return BundleRejected(category, f"an attachment in the bundle: {message}", code=code,
                          values=values)


def _text(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise _rejected(f"its {what} is malformed")
    return value


def _custody(value: Any) -> list[dict[str, Any]]:
    """The sender's custody events, as this vault will keep and show them: at most
    MAX_CUSTODY_EVENTS, each of the shape hrd-desk writes (texts where it writes texts, a flat
    detail of texts, numbers, yes/no and lists of texts), MAX_CUSTODY_BYTES in all: a colleague
    cannot make this vault keep megabytes of custody text per file."""
    if not isinstance(value, list) or len(value) > MAX_CUSTODY_EVENTS or \
            len(encode(value)) > MAX_CUSTODY_BYTES:
        raise _rejected("its custody events are malformed")
    for event in value:
        if not isinstance(event, dict) or not set(event) <= {"seq", "at", "action", "by",
                                                             "detail"}:
            raise _rejected("its custody events are malformed")
        seq = event.get("seq")
        texts = (event.get(k) for k in ("at", "action", "by"))
        if (seq is not None and (type(seq) is not int or seq < 0)) \
                or not all(t is None or (isinstance(t, str) and len(t) <= MAX_TEXT)
                           for t in texts) \
                or not _flat_detail(event.get("detail", {})):
            raise _rejected("its custody events are malformed")
    return value


def _flat_detail(detail: Any) -> bool:
    """A custody event's detail as hrd-desk writes it: names to texts, numbers, yes/no or
    lists of texts (the colleagues a bundle went to)."""
    def plain(value: Any) -> bool:
        return value is None or isinstance(value, (bool, int)) or (
            isinstance(value, str) and len(value) <= MAX_TEXT)

    return isinstance(detail, dict) and len(detail) <= MAX_DETAIL_ITEMS and all(
        isinstance(name, str) and len(name) <= MAX_DETAIL_NAME and (
            plain(value) or (isinstance(value, list) and len(value) <= MAX_DETAIL_ITEMS
                             and all(isinstance(v, str) and len(v) <= MAX_TEXT
                                     for v in value)))
        for name, value in detail.items())


@dataclass
class _Receiving:
    header: dict[str, Any]
    keep: bool
    blob: store.BlobFile | None
    key: bytes
    encryptor: blob_stream.Encryptor
    head: bytearray = field(default_factory=bytearray)


@dataclass(frozen=True)
class _InTail:
    """A file whose header came and whose bytes are in the bundle's tail (format 4)."""

    id: str
    size: int
    sha256: str
    key: bytes
    blob: str | None  # the name its row was written with; None: read, checked, not kept


class _TailSlice(io.RawIOBase):
    """One file's bytes of a bundle's tail, read as a file of their own (by a blob decryptor's
    reading thread, while the import waits for it)."""

    def __init__(self, reader: BundleReader, size: int) -> None:
        super().__init__()
        self._reader = reader
        self._left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")[:self._left]
        if not len(view):
            return 0
        got = self._reader.readinto_tail(view)
        self._left -= got
        return got


class Incoming:
    """The attachments of one bundle being imported, inside the import's transaction."""

    def __init__(self, session: Session, sender: Colleague, bundle_id: str,
                 may_attach: Callable[[str], bool], *, in_tail: bool = True) -> None:
        self._s = session
        self._in_tail = in_tail  # format 4: each file's bytes follow the bundle's end
        self._tail: list[_InTail] = []
        self._sender = sender
        self._bundle_id = bundle_id
        self._may_attach = may_attach
        self._current: _Receiving | None = None
        self._written: list[str] = []  # blobs renamed by this import (rows not yet committed)
        self.received = 0
        self.refused = 0
        self.deleted_here = 0  # files deleted in this vault before: checked, not kept again
        self._seen = 0
        self.sender_holds: list[str] = []  # ids of every whole, matching file it sent

    def header(self, message: dict[str, Any]) -> None:
        self.end()
        self._seen += 1
        if self._seen > MAX_ATTACHMENTS:
            raise _rejected(f"more than {MAX_ATTACHMENTS} in one bundle", "over cap",
                            code="attachments-over", values=(str(MAX_ATTACHMENTS),))
        if set(message) != (_TAIL_HEADER_KEYS if self._in_tail else _HEADER_KEYS):
            raise _rejected("its header is malformed")
        size, digest = message["size"], message["sha256"]
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise _rejected("its size is malformed")
        if size > MAX_ATTACHMENT_BYTES:
            raise _rejected(f"it is over {MAX_ATTACHMENT_BYTES} bytes", "over cap",
                            code="attachment-over", values=(str(MAX_ATTACHMENT_BYTES),))
        if not isinstance(digest, str) or not _SHA256.match(digest):
            raise _rejected("its hash is malformed")
        for name in ("id", "record"):
            if not isinstance(message[name], str) or not _ID.match(message[name]):
                raise _rejected(f"its {name} is malformed")
        if not isinstance(message["name"], str):
            raise _rejected("its name is malformed")
        for name in ("source", "received_at", "note"):
            _text(message[name], name)
        _custody(message["custody"])
        held = store.get(self._s.conn, message["id"])
        if held is not None and (held.sha256 != digest or held.record_id != message["record"]):
            raise _rejected("it reuses the id of another attachment held here",
                            code="attachment-id-reused")
        # a purged record keeps nothing new, whoever it was shared with or received from (its
        # scope rows stay, so the sender's scope alone would keep the file)
        # a file deleted here stays deleted, whoever sends it again
        deleted_here = held is None and store.was_deleted(self._s.conn, message["id"])
        keep = (held is None and not deleted_here
                and record_kind(self._s.conn, message["record"]) in ATTACHABLE
                and not is_purged(self._s.conn, message["record"])
                and self._may_attach(message["record"]))
        if deleted_here:
            self.deleted_here += 1
        elif held is None and not keep:
            self.refused += 1
        if self._in_tail:
            blob_key = message["blob_key"]
            if not isinstance(blob_key, str) or not _BLOB_KEY.match(blob_key):
                raise _rejected("its key is malformed")
            key, blob_name = bytes.fromhex(blob_key), store.new_blob_name() if keep else None
            if blob_name is not None:  # its row now, its media type once its bytes are read
                self._keep(message, blob_name, key, sniff(b""), {})
            self._tail.append(_InTail(message["id"], size, digest, key, blob_name))
            return
        key = blob_stream.new_key()
        blob = store.BlobFile(self._s.vault.directory) if keep else None
        # a file not kept is hashed and counted all the same (nothing encrypted): the check
        # at its end binds its bytes to the signed header, or refuses the bundle
        self._current = _Receiving(message, keep, blob, key, blob_stream.Encryptor(
            blob.handle if blob is not None else None, key, hash_here=True))

    def data(self, raw: bytes | BulkMessage) -> None:
        """A data message: joined, or as the bundle stream's pieces (fed as they are, so the
        only copy of its bytes is the one the encrypting thread makes)."""
        current = self._current
        if self._in_tail:
            raise _rejected("data arrived as messages in a bundle that carries its files after "
                            "its end")
        if current is None:
            raise _rejected("data arrived with no attachment header before it")
        pieces = raw.payload() if isinstance(raw, BulkMessage) else [
            memoryview(raw)[len(DATA_PREFIX):]]
        if current.encryptor.size + len(raw) - len(DATA_PREFIX) > current.header["size"]:
            raise _rejected("more data than its declared size", "over cap",
                            code="attachment-overlong")
        for piece in pieces:
            if len(current.head) < 64 * 1024:
                current.head += piece[:64 * 1024 - len(current.head)]
            current.encryptor.feed(piece)

    def end(self) -> None:
        """Close the attachment being received: whole and matching, or the bundle is refused."""
        current, self._current = self._current, None
        if current is None:
            return
        header = current.header
        try:
            streamed = current.encryptor.finish()
        except BaseException:  # the disk filled up, say: its temp file goes now
            self._abort(current)
            raise
        finally:
            current.encryptor.close()
        if streamed.size != header["size"]:
            self._abort(current)
            raise _rejected("its data ends before its declared size (truncated)",
                            code="attachment-truncated")
        if streamed.sha256 != header["sha256"]:
            self._abort(current)
            raise _rejected("its data does not match its declared SHA-256",
                            code="attachment-hash")
        self.sender_holds.append(header["id"])  # never sent back to it (sync.py)
        if current.blob is None:
            return
        current.blob.commit()
        self._written.append(current.blob.name)
        media_type = sniff(bytes(current.head))
        self._keep(header, current.blob.name, current.key, media_type,
                   image_metadata(media_type, bytes(current.head)))
        self._received(header["id"], header["sha256"])

    def _keep(self, header: dict[str, Any], blob: str, key: bytes, media_type: str,
              metadata: dict[str, Any]) -> None:
        """The received file's row and the sender's custody events (the import's
        transaction)."""
        conn = self._s.conn
        row = store.AttachmentRow(
            header["id"], header["record"], blob, key, header["sha256"], header["size"],
            safe_name(header["name"]), media_type, header["source"],
            header_received_by(header), str(header["received_at"] or now_iso()),
            header["note"], metadata)
        store.insert(conn, row)
        for event in header["custody"]:
            store.add_event(conn, row.id, str(event.get("at", "")), str(event.get("action", "")),
                            str(event.get("by", "")), {"kept by": self._sender.local_name,
                                                       **_detail(event)})

    def _received(self, attachment_id: str, sha256: str) -> None:
        store.add_event(self._s.conn, attachment_id, now_iso(), "received in bundle",
                        custodian(self._s),
                        {"from": self._sender.local_name, "colleague": self._sender.id,
                         "bundle": self._bundle_id, "sha256": sha256})
        self.received += 1

    def receive_tail(self, reader: BundleReader, progress: Callable[[], None] | None) -> None:
        """Format 4: each file's bytes from the bundle's tail, in the order of the headers.
        The tail is not authenticated by the bundle (a co-recipient knows every blob key), so
        each file is decrypted with its key, to its final chunk and end, and its plaintext
        hashed: only a whole file of the signed header's size and SHA-256 is kept, as it came
        (its ciphertext under that key: the bytes are not encrypted again here). Anything else
        refuses the bundle; the blobs written so far go with `discard`."""
        if not self._in_tail:
            return
        wanted = sum(blob_stream.cipher_size(f.size) for f in self._tail)
        if reader.tail_size < wanted:
            raise _rejected("its data ends before its declared size (truncated)",
                            code="attachment-truncated")
        if reader.tail_size > wanted:
            raise _rejected("more data than its declared size", "over cap",
                            code="attachment-overlong")
        tick = None
        if progress is not None:
            told = [0]

            def tick(done: int) -> None:  # a MiB at a time (blob_stream calls it per chunk)
                if done - told[0] >= 1 << 20 or done < told[0]:
                    told[0] = done
                    progress()

        for file in self._tail:
            self._from_tail(reader, file, tick)
        self._tail.clear()

    def _from_tail(self, reader: BundleReader, file: _InTail,
                   tick: Callable[[int], None] | None) -> None:
        blob = None if file.blob is None else store.BlobFile(self._s.vault.directory,
                                                             file.blob)
        copy = None if blob is None else _Copier(blob.handle.write)
        head = bytearray()

        def first_bytes(chunk: bytes) -> None:
            if len(head) < HEAD_BYTES:
                head.extend(memoryview(chunk)[:HEAD_BYTES - len(head)])

        try:
            try:
                streamed = blob_stream.decrypt(
                    cast(BinaryIO, _TailSlice(reader, blob_stream.cipher_size(file.size))),
                    file.key, first_bytes, tick, views=True, ciphertext=copy)
                if copy is not None:
                    copy.finish()
            finally:
                if copy is not None:
                    copy.close()
            if streamed.size != file.size or streamed.sha256 != file.sha256:
                raise _rejected("its data does not match its declared SHA-256",
                                code="attachment-hash")
        except blob_stream.BlobDamaged:
            if blob is not None:
                blob.abort()
            raise _rejected("its data does not decrypt whole with its key: altered or "
                            "damaged", code="attachment-hash") from None
        except BaseException:
            if blob is not None:
                blob.abort()
            raise
        self.sender_holds.append(file.id)  # never sent back to it (sync.py)
        if blob is None:
            return
        blob.commit()
        self._written.append(blob.name)
        media_type = sniff(bytes(head))
        store.set_content_facts(self._s.conn, file.id, media_type,
                                image_metadata(media_type, bytes(head)))
        self._received(file.id, file.sha256)

    def _abort(self, current: _Receiving) -> None:
        if current.blob is not None:
            current.blob.abort()

    def discard(self) -> None:
        """The import failed: the attachment in progress and every blob this import wrote go."""
        current, self._current = self._current, None
        if current is not None:
            current.encryptor.close()
            self._abort(current)
        for name in self._written:
            store.discard_blob(self._s.vault.directory, name)
        self._written.clear()


def header_received_by(header: dict[str, Any]) -> str:
    """Who received the file first: the first custody event's `by`, as the sender kept it."""
    custody = header["custody"]
    first = custody[0] if custody else {}
    by = first.get("by") if isinstance(first, dict) else None
    return by if isinstance(by, str) and by else "unknown"


def _detail(event: dict[str, Any]) -> dict[str, Any]:
    detail = event.get("detail")
    return dict(detail) if isinstance(detail, dict) else {}
