"""Evidence attachments as the vault holds them: rows (key, hash, intake facts, custody events)
in the database, encrypted blobs under random names in the vault's `blobs` folder.

A blob is written under a temp name, fsynced and renamed before its row commits, so an
interrupted intake leaves at most a blob no row names; `remove_orphans` (at unlock) removes those
and any temp file once they are older than ORPHAN_GRACE_SECONDS (another process on the same
vault may be between its rename and its commit). A deleted attachment's blob is shredded after
the commit that removed its row; its id is kept, so no bundle brings the file back.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..fsutil import fsync_dir, private_dir, stream_file
from .dbapi import Connection
from .vault_files import BLOBS_DIR, shred

_BLOB_NAME = re.compile(r"^[0-9a-f]{32}$")
_TEMP_NAME = re.compile(r"^\.[0-9a-f]{32}\.tmp$")
ORPHAN_GRACE_SECONDS = 600


@dataclass(frozen=True)
class AttachmentRow:
    id: str
    record_id: str
    blob: str
    file_key: bytes
    sha256: str
    size: int
    name: str
    media_type: str
    source: str | None
    received_by: str
    received_at: str
    note: str | None
    metadata: dict[str, Any]


@dataclass(frozen=True)
class CustodyEvent:
    seq: int
    at: str
    action: str
    by: str
    detail: dict[str, Any]


_COLUMNS = ("id, record_id, blob, file_key, sha256, size, name, media_type, source, "
            "received_by, received_at, note, metadata")


def _row(values: Any) -> AttachmentRow:
    return AttachmentRow(values[0], values[1], values[2], bytes(values[3]), values[4],
                         int(values[5]), values[6], values[7], values[8], values[9], values[10],
                         values[11], json.loads(values[12]))


# -- blob files ------------------------------------------------------------------------------


def blob_dir(vault_dir: Path) -> Path:
    return vault_dir / BLOBS_DIR


def blob_path(vault_dir: Path, blob: str) -> Path:
    if not _BLOB_NAME.match(blob):  # never a path from the database to anywhere else
        raise ValueError("malformed blob name")
    return blob_dir(vault_dir) / blob


def new_blob_name() -> str:
    """A random name for a blob: names say nothing of the file, the record or the order."""
    return secrets.token_hex(16)


class BlobFile:
    """A new blob being written under a temp name in the blob folder: `commit` fsyncs and
    renames it to `name` (the caller commits the row after that); `abort` removes it."""

    def __init__(self, vault_dir: Path, name: str | None = None) -> None:
        self.vault_dir = vault_dir
        self.folder = private_dir(blob_dir(vault_dir))
        self.name = name or new_blob_name()
        self._tmp = self.folder / f".{self.name}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        self.handle: BinaryIO = stream_file(os.open(self._tmp, flags, 0o600), "wb")

    def commit(self) -> None:
        """Durable under its name, or (a full disk shows at the flush or a sync) nothing is
        left: neither the temp file nor the renamed blob, which no row will name."""
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.replace(self._tmp, self.folder / self.name)
        except BaseException:
            self.abort()
            raise
        try:
            fsync_dir(self.folder)
        except BaseException:
            with contextlib.suppress(OSError):
                (self.folder / self.name).unlink()
            raise

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self.handle.close()
        with contextlib.suppress(OSError):
            self._tmp.unlink()


@contextlib.contextmanager
def new_blob(vault_dir: Path) -> Iterator[tuple[str, BinaryIO]]:
    """A new blob file to write: yields (its name, a handle on its temp file). On a clean exit
    the temp file is fsynced and renamed to the name (directory fsynced); on any error it is
    removed. The caller commits the row only after this returns."""
    blob = BlobFile(vault_dir)
    try:
        yield blob.name, blob.handle
        blob.commit()
    except BaseException:
        blob.abort()
        raise


def open_blob(vault_dir: Path, blob: str) -> BinaryIO:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return stream_file(os.open(blob_path(vault_dir, blob), flags), "rb")


def discard_blob(vault_dir: Path, blob: str) -> None:
    """Overwrite and remove a blob whose row is gone (or never committed)."""
    shred(blob_path(vault_dir, blob))
    with contextlib.suppress(OSError):
        fsync_dir(blob_dir(vault_dir))


def remove_orphans(conn: Connection, vault_dir: Path, *,
                   grace: float = ORPHAN_GRACE_SECONDS) -> list[str]:
    """Blobs no row names and temp files left by an interrupted intake, older than `grace`
    seconds, shredded; returns their names."""
    folder = blob_dir(vault_dir)
    if not folder.is_dir():
        return []
    known = {str(r[0]) for r in conn.execute("SELECT blob FROM attachments")}
    cutoff = time.time() - grace
    removed = []
    for path in folder.iterdir():
        name = path.name
        if not (_BLOB_NAME.match(name) or _TEMP_NAME.match(name)) or name in known:
            continue
        with contextlib.suppress(OSError):
            if path.lstat().st_mtime <= cutoff:
                shred(path)
                removed.append(name)
    if removed:
        fsync_dir(folder)
    return removed


# -- rows ------------------------------------------------------------------------------------


def insert(conn: Connection, row: AttachmentRow) -> None:
    conn.execute(
        f"INSERT INTO attachments ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (row.id, row.record_id, row.blob, row.file_key, row.sha256, row.size, row.name,
         row.media_type, row.source, row.received_by, row.received_at, row.note,
         json.dumps(row.metadata, sort_keys=True)),
    )


def set_content_facts(conn: Connection, attachment_id: str, media_type: str,
                      metadata: dict[str, Any]) -> None:
    """What the file's first bytes say (its media type, image metadata), once they were read:
    a received file's row is written from its header before its bytes come (bundle tail)."""
    conn.execute("UPDATE attachments SET media_type = ?, metadata = ? WHERE id = ?",
                 (media_type, json.dumps(metadata, sort_keys=True), attachment_id))


def by_records(conn: Connection, record_ids: Iterable[str]) -> list[AttachmentRow]:
    """The files of these records, by record (in the order given, callers give them sorted)."""
    ids = list(record_ids)
    with_files = records_with_files(conn, ids)  # a sync asks about its whole scope
    wanted = [r for r in ids if r in with_files]
    found: list[AttachmentRow] = []
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        marks = ",".join("?" * len(part))
        found += [_row(r) for r in conn.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE record_id IN ({marks}) "
            "ORDER BY record_id, received_at, rowid", part)]
    return found


def records_with_files(conn: Connection, record_ids: Iterable[str]) -> set[str]:
    """Those of these records with an evidence file."""
    wanted = set(record_ids)
    if not wanted:
        return set()
    return {r for r in any_records_with_files(conn) if r in wanted}


def any_records_with_files(conn: Connection) -> set[str]:
    """Every record with an evidence file."""
    return {str(r[0]) for r in conn.execute("SELECT DISTINCT record_id FROM attachments")}


def get(conn: Connection, attachment_id: str) -> AttachmentRow | None:
    found = conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?",
                         (attachment_id,)).fetchone()
    return None if found is None else _row(found)


def list_for(conn: Connection, record_id: str | None) -> list[AttachmentRow]:
    if record_id is None:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM attachments ORDER BY received_at, rowid")
    else:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE record_id = ? "
                            "ORDER BY received_at, rowid", (record_id,))
    return [_row(r) for r in rows]


def delete(conn: Connection, attachment_id: str) -> None:
    """Remove the row and its custody, and remember the id: a colleague's bundle carrying the
    same file again does not bring it back (`was_deleted`)."""
    conn.execute("DELETE FROM custody_events WHERE attachment_id = ?", (attachment_id,))
    conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
    conn.execute("INSERT OR IGNORE INTO attachments_deleted(id) VALUES (?)", (attachment_id,))


def was_deleted(conn: Connection, attachment_id: str) -> bool:
    return conn.execute("SELECT 1 FROM attachments_deleted WHERE id = ?",
                        (attachment_id,)).fetchone() is not None


def add_event(conn: Connection, attachment_id: str, at: str, action: str, by: str,
              detail: dict[str, Any]) -> None:
    seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM custody_events "
                       "WHERE attachment_id = ?", (attachment_id,)).fetchone()[0]
    conn.execute("INSERT INTO custody_events (attachment_id, seq, at, action, by, detail) "
                 "VALUES (?,?,?,?,?,?)",
                 (attachment_id, seq, at, action, by, json.dumps(detail, sort_keys=True)))


def events(conn: Connection, attachment_id: str) -> list[CustodyEvent]:
    rows = conn.execute("SELECT seq, at, action, by, detail FROM custody_events "
                        "WHERE attachment_id = ? ORDER BY seq", (attachment_id,))
    return [CustodyEvent(int(r[0]), r[1], r[2], r[3], json.loads(r[4])) for r in rows]
