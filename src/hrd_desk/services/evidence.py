"""Evidence attachments with a chain of custody (issue 17): intake, export, verify, custody
statements, viewing from memory, deletion.

Intake streams the file once: read 64 KiB, hash (SHA-256 of the original bytes), encrypt under
a fresh per-file key (crypto/blob_stream.py) into a temp file in the vault's blob folder, fsync,
rename; only then one transaction writes the row (key, hash, size, sanitised name, sniffed media
type, who received it from whom and when, the note) and the first custody event. An intake cut
short leaves no row, and at most a blob that the next unlock removes (store/attachments.py).

Every export of a decrypted copy is streamed through the same check: the plaintext is written to
a temp file beside the target and renamed only once the whole stream authenticated and its
SHA-256 and size equal the intake's; anything else raises EvidenceDamaged and leaves nothing.
Each export adds a custody event. Viewing (`read_for_view`) decrypts into memory only.

Attachments travel in full exports to programme offices with the records they belong to
(evidence_exchange.py, docs/sharing.md).
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..crypto import blob_stream
from ..crypto.card import CardError, parse_card
from ..crypto.custody import StatementError, check_statement, make_statement
from ..errors import EvidenceDamaged, RejectedInput
from ..fsutil import atomic_write, atomic_writer
from ..store import attachments as store
from ..store.audit import append_event
from ..store.dbapi import transaction
from ..store.meta import office_name
from ..store.records import now_iso, record_kind
from ..store.sharing import is_deleted
from .bundle_files import check_output_path, open_regular_file
from .colleagues import read_card_file
from .evidence_files import (
    SNIFF_BYTES,
    JpegMetadataStripper,
    image_metadata,
    safe_name,
    sniff,
)
from .session import Session

ATTACHABLE = ("defender", "case", "incident", "relocation", "advocacy")
MAX_ATTACHMENT_BYTES = 16 * 1024**3
MAX_VIEW_BYTES = 64 * 1024 * 1024
VIEWABLE = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp", "text/plain"})
MAX_TEXT = 2000

Progress = blob_stream.Progress


@dataclass(frozen=True)
class Attachment:
    id: str
    record_id: str
    sha256: str
    size: int
    name: str
    media_type: str
    source: str | None
    received_by: str
    received_at: str
    note: str | None
    metadata: dict[str, Any]
    custody: list[dict[str, Any]]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "record_id": self.record_id, "sha256": self.sha256,
                "size": self.size, "name": self.name, "media_type": self.media_type,
                "source": self.source, "received_by": self.received_by,
                "received_at": self.received_at, "note": self.note,
                "metadata": self.metadata, "custody": self.custody}


@dataclass(frozen=True)
class Verification:
    id: str
    ok: bool
    sha256: str  # what the stored file decrypts to ("" when it does not decrypt at all)
    expected: str
    problem: str  # the CLI's English ("" when ok)
    problem_code: str = ""  # its code, for a face that words it (errors.HrdDeskError)


def _clean_text(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > MAX_TEXT or any(ord(c) < 32 and c not in "\t\n" for c in value):
        raise RejectedInput(f"{what} must be at most {MAX_TEXT} printable characters",
                            code="note-too-long", values=(str(MAX_TEXT),))
    return value or None


def _custody(event: store.CustodyEvent) -> dict[str, Any]:
    return {"seq": event.seq, "at": event.at, "action": event.action, "by": event.by,
            **({"detail": event.detail} if event.detail else {})}


def custodian(session: Session) -> str:
    """Who holds the evidence here, as custody events name it: the identity's name and id."""
    return f"{office_name(session.conn)} ({session.vault_id})"


def stream_attachment(vault_dir: Path, row: store.AttachmentRow,
                      sink: Callable[[bytes], object] | None,
                      progress: Progress | None = None, *,
                      check_hash: bool = True, views: bool = False,
                      ciphertext: Callable[[memoryview], object] | None = None
                      ) -> blob_stream.Streamed:
    """The stored file decrypted whole into `sink`; EvidenceDamaged unless it authenticates
    and its hash (unless `check_hash` is False) and size are the intake's. `views`: the sink
    writes or copies each chunk before it returns; `ciphertext`: given the stored bytes too
    (blob_stream.decrypt)."""
    try:
        with store.open_blob(vault_dir, row.blob) as blob:
            streamed = blob_stream.decrypt(blob, row.file_key, sink, progress,
                                           hashed=check_hash, views=views,
                                           ciphertext=ciphertext)
    except FileNotFoundError:
        raise EvidenceDamaged(f"attachment {row.id}: its stored file is missing",
                              code="evidence-missing") from None
    except blob_stream.BlobDamaged as exc:
        raise EvidenceDamaged(f"attachment {row.id}: {exc}", code="evidence-damaged") from None
    if (check_hash and streamed.sha256 != row.sha256) or streamed.size != row.size:
        raise EvidenceDamaged(f"attachment {row.id}: the stored file does not match the "
                              "hash taken at intake", code="evidence-damaged")
    return streamed


class Evidence:
    """desk.evidence: the use cases of attachments."""

    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _dir(self) -> Path:
        return self._s.vault.directory

    def _me(self) -> str:
        return custodian(self._s)

    def _row(self, attachment_id: str) -> store.AttachmentRow:
        row = store.get(self._s.conn, attachment_id)
        if row is None:
            raise RejectedInput(f"no attachment {attachment_id}", code="no-attachment")
        return row

    def _event(self, row: store.AttachmentRow, action: str, detail: dict[str, Any]) -> None:
        with transaction(self._s.conn):
            store.add_event(self._s.conn, row.id, now_iso(), action, self._me(), detail)
            append_event(self._s.conn, f"attachment {action}", None, row.record_id,
                         {"attachment": row.id})

    # -- intake ----------------------------------------------------------------------------

    def add(self, record_id: str, path: Path, *, source: str | None = None,
            note: str | None = None, progress: Progress | None = None) -> str:
        """Attach the file at `path` to a record; returns the new attachment's id. `progress`
        gets the bytes read so far; returning False cancels (nothing is kept)."""
        conn = self._s.conn
        kind = record_kind(conn, record_id)
        if kind not in ATTACHABLE:
            raise RejectedInput(f"no defender, case, incident, stay or advocacy action {record_id}",
                                code="not-attachable")
        if is_deleted(conn, record_id):
            raise RejectedInput(f"{kind} {record_id} is deleted: restore it first",
                                code="deleted")
        source = _clean_text(source, "the source")
        note = _clean_text(note, "the note")
        name = safe_name(path.name)
        with open_regular_file(path, buffering=0) as src:
            if os.fstat(src.fileno()).st_size > MAX_ATTACHMENT_BYTES:
                raise RejectedInput(f"the file is over {MAX_ATTACHMENT_BYTES} bytes",
                                    code="file-too-large", values=(str(MAX_ATTACHMENT_BYTES),))
            head = src.read(SNIFF_BYTES) or b""
            src.seek(0)
            media_type = sniff(head)
            metadata = image_metadata(media_type, head)
            key = blob_stream.new_key()
            with store.new_blob(self._dir) as (blob, out):
                streamed = blob_stream.encrypt(src, out, key, progress, MAX_ATTACHMENT_BYTES)
        attachment_id = str(uuid.uuid4())
        row = store.AttachmentRow(attachment_id, record_id, blob, key, streamed.sha256,
                                  streamed.size, name, media_type, source, self._me(),
                                  now_iso(), note, metadata)
        try:
            with transaction(conn):
                store.insert(conn, row)
                store.add_event(conn, attachment_id, row.received_at, "received", row.received_by,
                                {"sha256": row.sha256, "size": row.size,
                                 **({"from": source} if source else {})})
                append_event(conn, "attachment received", kind, record_id,
                             {"attachment": attachment_id, "size": row.size})
        except BaseException:
            store.discard_blob(self._dir, blob)
            raise
        return attachment_id

    # -- reading ---------------------------------------------------------------------------

    def _attachment(self, row: store.AttachmentRow) -> Attachment:
        events = [_custody(e) for e in store.events(self._s.conn, row.id)]
        return Attachment(row.id, row.record_id, row.sha256, row.size, row.name, row.media_type,
                          row.source, row.received_by, row.received_at, row.note,
                          row.metadata, events)

    def get(self, attachment_id: str) -> Attachment:
        return self._attachment(self._row(attachment_id))

    def list(self, record_id: str | None = None) -> list[Attachment]:
        return [self._attachment(r) for r in store.list_for(self._s.conn, record_id)]

    def _decrypt(self, row: store.AttachmentRow, sink: Callable[[bytes], object] | None,
                 progress: Progress | None = None, *, views: bool = False
                 ) -> blob_stream.Streamed:
        return stream_attachment(self._dir, row, sink, progress, views=views)

    def verify(self, attachment_id: str) -> Verification:
        """Re-read the stored file and compare its hash with the intake's (a custody event)."""
        row = self._row(attachment_id)
        try:
            streamed = self._decrypt(row, None)
        except EvidenceDamaged as exc:
            self._event(row, "verified", {"ok": False})
            return Verification(row.id, False, "", row.sha256, exc.message, exc.code)
        self._event(row, "verified", {"ok": True})
        return Verification(row.id, True, streamed.sha256, row.sha256, "")

    def read_for_view(self, attachment_id: str) -> tuple[Attachment, bytes]:
        """An image or plain text decrypted into memory only, for the app to show."""
        row = self._row(attachment_id)
        if row.media_type not in VIEWABLE or row.size > MAX_VIEW_BYTES:
            raise RejectedInput("only images and plain text up to 64 MiB are shown inside the "
                                "app: export a decrypted copy to open this one",
                                code="not-viewable")
        parts: list[bytes] = []
        self._decrypt(row, parts.append)
        self._event(row, "viewed", {})
        return self._attachment(row), b"".join(parts)

    # -- leaving the vault -----------------------------------------------------------------

    def export(self, attachment_id: str, out: Path, *, strip_metadata: bool = False,
               progress: Progress | None = None) -> Attachment:
        """A decrypted copy at `out`, whole or nothing; `strip_metadata` drops a JPEG's EXIF,
        XMP and IPTC segments from the copy (the stored original is unchanged)."""
        row = self._row(attachment_id)
        check_output_path(out, self._dir)
        if out.exists() or out.is_symlink():
            raise RejectedInput(f"{out} exists: choose a new file name", code="output-exists",
                                values=(str(out),))
        stripping = strip_metadata and row.media_type == "image/jpeg"
        written = hashlib.sha256()
        with atomic_writer(out, buffering=1024 * 1024, streamed=True) as handle:
            def emit(data: bytes) -> None:  # a stripped copy differs: its own hash
                written.update(data)
                handle.write(data)

            stripper = JpegMetadataStripper(emit) if stripping else None
            # the file takes the chunks as views (written at once); the stripper keeps bytes
            self._decrypt(row, stripper.write if stripper else handle.write, progress,
                          views=stripper is None)
            if stripper:
                stripper.close()
        detail: dict[str, Any] = {"as": safe_name(out.name)}
        if stripping:
            detail.update(stripped="exif, xmp, iptc", copy_sha256=written.hexdigest())
        self._event(row, "exported decrypted copy", detail)
        return self._attachment(row)

    def custody_statement(self, attachment_id: str, out: Path) -> Attachment:
        """A statement of the attachment's hash, intake facts and custody events, signed by this
        vault's identity key (crypto/custody.py); making it is itself a custody event."""
        row = self._row(attachment_id)
        check_output_path(out, self._dir)
        self._event(row, "custody statement", {})
        attachment = self._attachment(row)
        facts = attachment.as_json()
        events = facts.pop("custody")
        facts.pop("metadata")
        atomic_write(out, make_statement(self._s.identity, facts, events, now_iso()))
        return attachment

    def delete(self, attachment_id: str) -> None:
        """The row and its custody go in one transaction; the blob is overwritten after it."""
        row = self._row(attachment_id)
        with transaction(self._s.conn):
            store.delete(self._s.conn, row.id)
            append_event(self._s.conn, "attachment deleted", None, row.record_id,
                         {"attachment": row.id})
        store.discard_blob(self._dir, row.blob)


# -- checking a statement (no vault needed) ---------------------------------------------------


@dataclass(frozen=True)
class StatementCheck:
    signer_name: str
    signer_fingerprint: str
    attachment: dict[str, Any]
    events: list[dict[str, Any]]
    made_at: str
    file_matches: bool | None  # None: no file given


def check_custody_statement(statement: Path, card: Path,
                            file: Path | None = None) -> StatementCheck:
    """Check a colleague's custody statement with their identity card, and optionally that a
    file is the one it describes (same SHA-256 and size). RejectedInput says what is wrong."""
    try:
        parsed_card = parse_card(read_card_file(card))
    except CardError as exc:
        raise RejectedInput(str(exc)) from None
    try:
        with open_regular_file(statement) as handle:
            data = handle.read(8 * 1024 * 1024)
        body = check_statement(data, parsed_card.identity)
    except StatementError as exc:
        raise RejectedInput(str(exc)) from None
    attachment = body["attachment"]
    matches: bool | None = None
    if file is not None:
        hasher = hashlib.sha256()
        size = 0
        with open_regular_file(file) as handle:
            while chunk := handle.read(1024 * 1024):
                hasher.update(chunk)
                size += len(chunk)
        matches = (hasher.hexdigest() == attachment.get("sha256")
                   and size == attachment.get("size"))
    return StatementCheck(parsed_card.name, parsed_card.identity.fingerprint_text(), attachment,
                          list(body["events"]), str(body.get("made_at", "")), matches)
