"""Evidence attachments in sealed bundles (issue 17): what leaves with a record, and what an
import keeps.

After the versions, a bundle carries each attachment of a record that leaves as one header
message (canonical JSON, "t": "attachment": id, record, sha256, size, name, source, received_at,
note and the sender's custody events) followed by data messages: the byte 0x00 then up to 1 MiB
of the original bytes, streamed from the blob (a blob that does not authenticate stops the
export: nothing is written; its hash is not taken again, see `Outgoing.write`). Which files
leave is the one sharing rule's (`sharing_rule.attachments_leave`): only with a record that
leaves whole for the exchange, only to programme offices, never to partners. A full export
carries those of the chosen records; an incremental one (sync.py) those of the records the
colleague holds or receives now that it is not known to hold (store/peers.py: listed with the
bundle, held once it is acknowledged, and held at once when the colleague sent them).

An import streams each attachment into a new blob under a fresh key while hashing it; at its end
(the next header, or the end of the messages) its size and SHA-256 must be the declared ones.
A declared size over the cap, data past the declared size, data with no header before it, a
stream that ends early or a hash that differs refuse the whole bundle, and every blob this import
wrote is removed (the rows roll back with the import's transaction). An attachment of a record
the sender may not attach files to here (outside its scope, unknown, or a defender it holds only
as a case's context: `_HeldHere.may_attach` in exchange.py) is read, checked and not kept.

These checks are also what binds the data to the sender's signature: in bundle format version 3
the final signature covers a data message by its length and first byte only (the bulk messages
of docs/bundle-format.md), so a co-recipient, who knows the stream key, could swap the bytes.
Every data message is therefore hashed into the attachment whose signed header came before it
(kept or not), and the hash and size are compared before the import commits; data no header
claims refuses the bundle.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..crypto import blob_stream
from ..crypto.bundle_format import BULK_PREFIX, BulkMessage, is_bulk
from ..crypto.bundle_writer import BundleWriter
from ..crypto.canonical import encode
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
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
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


@dataclass
class Outgoing:
    """The attachments a bundle carries, and the writer step that streams them."""

    session: Session
    rows: list[store.AttachmentRow]
    progress: Callable[[int, int], None] | None = None  # (file bytes sent, of all the files)

    def write(self, writer: BundleWriter) -> None:
        total = sum(row.size for row in self.rows)
        base = 0
        add = writer.add
        for row in self.rows:
            events = [{"seq": e.seq, "at": e.at, "action": e.action, "by": e.by,
                       **({"detail": e.detail} if e.detail else {})}
                      for e in store.events(self.session.conn, row.id)]
            add(encode({"t": HEADER_TYPE, "id": row.id, "record": row.record_id,
                        "sha256": row.sha256, "size": row.size, "name": row.name,
                        "source": row.source, "received_at": row.received_at, "note": row.note,
                        "custody": events[-MAX_CUSTODY_EVENTS:]}))
            # No second SHA-256 here: decrypting the blob authenticates it (secretstream under
            # the file's own key, held in the encrypted database, to its final chunk), so its
            # bytes are the ones hashed at intake or checked at import; and the receiver
            # checks them against this header's hash before it keeps anything.
            messages = _DataMessages(writer, row.size, row.id)
            stream_attachment(self.session.vault.directory, row, messages.collect,
                              self._reporter(base, total), check_hash=False, views=True)
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


class Incoming:
    """The attachments of one bundle being imported, inside the import's transaction."""

    def __init__(self, session: Session, sender: Colleague, bundle_id: str,
                 may_attach: Callable[[str], bool]) -> None:
        self._s = session
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
        if set(message) != _HEADER_KEYS:
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
        conn = self._s.conn
        me = custodian(self._s)
        row = store.AttachmentRow(
            header["id"], header["record"], current.blob.name, current.key, header["sha256"],
            header["size"], safe_name(header["name"]), media_type, header["source"],
            header_received_by(header), str(header["received_at"] or now_iso()),
            header["note"], image_metadata(media_type, bytes(current.head)))
        store.insert(conn, row)
        for event in header["custody"]:
            store.add_event(conn, row.id, str(event.get("at", "")), str(event.get("action", "")),
                            str(event.get("by", "")), {"kept by": self._sender.local_name,
                                                       **_detail(event)})
        store.add_event(conn, row.id, now_iso(), "received in bundle", me,
                        {"from": self._sender.local_name, "colleague": self._sender.id,
                         "bundle": self._bundle_id,
                         "sha256": row.sha256})
        self.received += 1

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
