"""Applying versions received from colleagues (the import rule of merge.md).

Per version, after its signature verified against its origin's key: already held -> nothing;
claims this vault as origin without being made here -> rejected; depends on edits not held ->
pending until they arrive; dominated by the frontier -> kept in history, display unchanged;
otherwise it joins (or replaces part of) the frontier and the display is recomputed.
Runs inside the caller's transaction (an import is all-or-nothing).
"""

from __future__ import annotations

from enum import StrEnum

from ..crypto.canonical import decode, encode
from .dbapi import Connection
from .records import RecordStore, is_purged, load_versions, now_iso, record_kind
from .version_wire import from_message, to_message
from .versions import MalformedVersion, Version, dominates, frontier


class Outcome(StrEnum):
    DUPLICATE = "duplicate"  # already held (replay, or sent twice)
    STALE = "stale"  # dominated by what is held: history only, display unchanged
    APPLIED = "applied"  # changed the frontier
    PENDING = "pending"  # waits for versions it depends on


def _held_dots(conn: Connection, record_id: str) -> dict[str, int]:
    """origin -> highest counter held for this record (counters are contiguous per origin)."""
    rows = conn.execute(
        "SELECT origin, max(counter) FROM versions WHERE record_id = ? GROUP BY origin",
        (record_id,),
    )
    return {origin: int(counter) for origin, counter in rows}


def missing_dependencies(conn: Connection, version: Version) -> bool:
    held = _held_dots(conn, version.record_id)
    for origin, count in version.vector.items():
        needed = count - 1 if origin == version.origin else count
        if needed > held.get(origin, 0):
            return True
    return False


def _insert_and_refresh(store: RecordStore, version: Version, received_from: str | None) -> Outcome:
    conn = store.conn
    known_kind = record_kind(conn, version.record_id)
    if known_kind is not None and known_kind != version.kind:
        raise MalformedVersion("a version changes the kind of a record")
    clash = conn.execute(
        "SELECT version_id FROM versions WHERE record_id = ? AND origin = ? AND counter = ?",
        (version.record_id, version.origin, version.counter),
    ).fetchone()
    if clash is not None:
        raise MalformedVersion("two different versions claim the same origin and counter")
    if known_kind is None:
        conn.execute(
            "INSERT INTO records(id, kind) VALUES (?, ?)", (version.record_id, version.kind)
        )
    history = load_versions(conn, version.record_id)
    stale = any(dominates(h.vector, version.vector) for h in frontier(history))
    if is_purged(conn, version.record_id):
        version = version.without(version.fields)
    store.insert_version(version, received_from)
    history.append(version)
    tips = {v.version_id for v in frontier(history)}
    conn.executemany(
        "UPDATE versions SET frontier = ? WHERE version_id = ?",
        [(int(v.version_id in tips), v.version_id) for v in history],
    )
    if stale:
        return Outcome.STALE
    store.refresh(version.kind, version.record_id, history)
    return Outcome.APPLIED


def apply_remote(store: RecordStore, version: Version, received_from: str | None) -> Outcome:
    """Merge one verified version; then retry versions that were waiting for it."""
    conn = store.conn
    if conn.execute(
        "SELECT 1 FROM versions WHERE version_id = ?", (version.version_id,)
    ).fetchone():
        return Outcome.DUPLICATE
    if version.origin == store.vault_id:
        raise MalformedVersion("a version claims to be made by this vault but was not")
    if missing_dependencies(conn, version):
        conn.execute(
            "INSERT OR IGNORE INTO pending_versions(version_id, record_id, message, "
            "received_from, received_at) VALUES (?, ?, ?, ?, ?)",
            (version.version_id, version.record_id,
             encode(to_message(version)).decode("utf-8"), received_from, now_iso()),
        )
        return Outcome.PENDING
    outcome = _insert_and_refresh(store, version, received_from)
    conn.execute("DELETE FROM pending_versions WHERE version_id = ?", (version.version_id,))
    _retry_pending(store, version.record_id)
    return outcome


def _retry_pending(store: RecordStore, record_id: str) -> None:
    progress = True
    while progress:
        progress = False
        rows = store.conn.execute(
            "SELECT version_id, message, received_from FROM pending_versions "
            "WHERE record_id = ?",
            (record_id,),
        ).fetchall()
        for version_id, message, received_from in rows:
            version = from_message(decode(message.encode("utf-8")))
            if missing_dependencies(store.conn, version):
                continue
            store.conn.execute(
                "DELETE FROM pending_versions WHERE version_id = ?", (version_id,)
            )
            if not store.conn.execute(
                "SELECT 1 FROM versions WHERE version_id = ?", (version_id,)
            ).fetchone():
                _insert_and_refresh(store, version, received_from)
            progress = True
