"""The audit trail: one event per change, in the change's own transaction, hash-chained.

Each event's hash covers the previous hash and the event's canonical encoding, so removing or
altering an event breaks every later hash. The head (the newest event's number and hash) is kept
in meta with a MAC keyed from the vault's identity secret, written in the same transaction, so
deleting the newest events is found by `verify` too. Details hold ids, field names and counts,
never values.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..crypto.canonical import decode, digest, encode
from .dbapi import Connection, anchor_now
from .meta import get_meta, set_meta

_PERSON = b"hrd-audit-v1"
_HEAD_PERSON = b"hrd-audit-head"
HEAD_KEY = "audit_head"
GENESIS = bytes(32)


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    action: str
    kind: str | None
    record_id: str | None
    detail: dict[str, Any]

    @property
    def detail_text(self) -> str:
        return ", ".join(f"{k}: {v}" for k, v in sorted(self.detail.items()))


def _head_key(conn: Connection) -> bytes:
    """The head MAC's key, from the identity's first secret (pinned when the identity rotates:
    pin_head_key); kept on the connection once the identity exists, since every event in a
    batch needs it."""
    key: bytes | None = getattr(conn, "audit_head_key", None)
    if key is not None:
        return key
    pinned = get_meta(conn, _PINNED_KEY)
    if isinstance(pinned, bytes):
        key = pinned
        if hasattr(conn, "audit_head_key"):
            conn.audit_head_key = key
        return key
    secret = get_meta(conn, "identity_signing")
    key = digest(secret if isinstance(secret, bytes) else b"", _HEAD_PERSON)
    if isinstance(secret, bytes) and hasattr(conn, "audit_head_key"):
        conn.audit_head_key = key
    return key


_PINNED_KEY = "audit_head_key"


def pin_head_key(conn: Connection) -> None:
    """Keep the head MAC's key (a hash of the identity's secret, not the secret) before the
    identity's secret changes: the chain's anchor stays checkable after a rotation."""
    if get_meta(conn, _PINNED_KEY) is None:
        set_meta(conn, _PINNED_KEY, _head_key(conn))


def _head_mac(conn: Connection, seq: int, event_hash: bytes) -> bytes:
    key = _head_key(conn)
    return hmac.new(key, seq.to_bytes(8, "big") + event_hash, "sha256").digest()


def _anchor(conn: Connection, seq: int, event_hash: bytes) -> None:
    mac = _head_mac(conn, seq, event_hash)
    set_meta(conn, HEAD_KEY, encode({"seq": seq, "hash": event_hash.hex(), "mac": mac.hex()}))


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
    # the newest event: the one this unit of work wrote last (it holds the write lock), or read
    tail = getattr(conn, "audit_tail", None) if getattr(conn, "unit_depth", 0) else None
    if tail is None:
        row = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"
                           ).fetchone()
        tail = (row[0], row[1]) if row else (0, GENESIS)
    seq, prev = tail[0] + 1, tail[1]
    at = datetime.now(UTC).isoformat(timespec="milliseconds")
    detail_text = encode(detail or {}).decode("utf-8")
    event_hash = digest(prev + _body(seq, at, action, kind, record_id, detail_text), _PERSON)
    conn.execute(
        "INSERT INTO audit_events(seq, at, action, kind, record_id, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, action, kind, record_id, detail_text, prev, event_hash),
    )
    if getattr(conn, "unit_depth", 0):
        conn.audit_tail = (seq, event_hash)
        # the head names the unit's newest event: anchored once, just before the commit
        # (dbapi.write_meta_later), not for each of an import's hundred thousand events
        conn.anchor_later = _anchor_tail
    else:
        _anchor(conn, seq, event_hash)


def _anchor_tail(conn: Connection) -> None:
    """Anchor the head at the newest event the open unit of work wrote."""
    if conn.audit_tail is not None:
        _anchor(conn, *conn.audit_tail)


def anchor_pending(conn: Connection) -> None:
    """The head of the open unit of work anchored now (its events are read before the commit)."""
    anchor_now(conn)


def verify_chain(conn: Connection) -> int | None:
    """The seq of the first event whose hash does not follow, or None if the chain is whole."""
    anchor_pending(conn)
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
    return None if _head_holds(conn, expected_seq - 1, prev) else expected_seq


def _head_holds(conn: Connection, last_seq: int, last_hash: bytes) -> bool:
    """The anchored head names the newest event (a vault from before anchoring has none yet)."""
    stored = get_meta(conn, HEAD_KEY)
    if stored is None:
        return True
    try:
        head = decode(stored if isinstance(stored, bytes) else str(stored).encode())
        seq, event_hash, mac = int(head["seq"]), bytes.fromhex(head["hash"]), bytes.fromhex(
            head["mac"])
    except (ValueError, KeyError, TypeError):
        return False
    return (seq == last_seq and hmac.compare_digest(event_hash, last_hash)
            and hmac.compare_digest(mac, _head_mac(conn, seq, event_hash)))


def list_events(conn: Connection, *, record_id: str | None = None,
                limit: int = 50) -> list[AuditEvent]:
    """The newest events first (ids, field names and counts only: never values)."""
    where, params = ("WHERE record_id = ?", [record_id]) if record_id else ("", [])
    rows = conn.execute(
        f"SELECT seq, at, action, kind, record_id, detail FROM audit_events {where} "
        "ORDER BY seq DESC LIMIT ?", [*params, limit])
    events = []
    for seq, at, action, kind, rid, detail in rows:
        try:
            parsed = decode(str(detail).encode("utf-8"))
        except ValueError:
            parsed = {}
        events.append(AuditEvent(int(seq), str(at), str(action), kind, rid,
                                 parsed if isinstance(parsed, dict) else {}))
    return events


def next_seq(conn: Connection) -> int:
    """The seq the next event will get."""
    row = conn.execute("SELECT max(seq) FROM audit_events").fetchone()
    return int(row[0] or 0) + 1


def events_named(conn: Connection, action: str, limit: int = 200) -> list[AuditEvent]:
    """The newest events of one action first (e.g. every spreadsheet import)."""
    rows = conn.execute("SELECT seq, at, action, kind, record_id, detail FROM audit_events "
                        "WHERE action = ? ORDER BY seq DESC LIMIT ?", (action, limit))
    events = []
    for seq, at, name, kind, rid, detail in rows:
        try:
            parsed = decode(str(detail).encode("utf-8"))
        except ValueError:
            parsed = {}
        events.append(AuditEvent(int(seq), str(at), str(name), kind, rid,
                                 parsed if isinstance(parsed, dict) else {}))
    return events


def created_between(conn: Connection, first: int, last: int, kind: str) -> list[str]:
    """Ids of the records of `kind` whose creation was recorded in events first..last."""
    rows = conn.execute("SELECT record_id FROM audit_events WHERE seq BETWEEN ? AND ? AND "
                        "action = 'create' AND kind = ? ORDER BY seq", (first, last, kind))
    return [str(r[0]) for r in rows]
