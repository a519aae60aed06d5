"""The audit trail: one event per change, in the change's own transaction, hash-chained.

Each event's hash covers the previous hash and the event's canonical encoding, so removing or
altering an event breaks every later hash. Details hold ids, field names and counts, never values.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..crypto.canonical import digest, encode
from .dbapi import Connection

_PERSON = b"hrd-audit-v1"
GENESIS = bytes(32)


def _body(
    seq: int, at: str, action: str, kind: str | None, record_id: str | None, detail: str
) -> bytes:
    return encode(
        {"seq": seq, "at": at, "action": action, "kind": kind, "record": record_id,
         "detail": detail}
    )


def append_event(
    conn: Connection,
    action: str,
    kind: str | None = None,
    record_id: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    row = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at = datetime.now(UTC).isoformat(timespec="milliseconds")
    detail_text = encode(detail or {}).decode("utf-8")
    event_hash = digest(prev + _body(seq, at, action, kind, record_id, detail_text), _PERSON)
    conn.execute(
        "INSERT INTO audit_events(seq, at, action, kind, record_id, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, action, kind, record_id, detail_text, prev, event_hash),
    )


def verify_chain(conn: Connection) -> int | None:
    """The seq of the first event whose hash does not follow, or None if the chain is whole."""
    prev = GENESIS
    expected_seq = 1
    rows = conn.execute(
        "SELECT seq, at, action, kind, record_id, detail, prev_hash, hash FROM audit_events "
        "ORDER BY seq"
    )
    for seq, at, action, kind, record_id, detail, prev_hash, event_hash in rows:
        body = _body(seq, at, action, kind, record_id, detail)
        if seq != expected_seq or prev_hash != prev or digest(prev + body, _PERSON) != event_hash:
            return int(seq)
        prev = event_hash
        expected_seq += 1
    return None
