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
from .records import RecordStore, is_purged, load_versions, now_iso, record_kind
from .version_wire import from_message, to_message
from .versions import MalformedVersion, Version, dominates, frontier


class Outcome(StrEnum):
    DUPLICATE = "duplicate"  # already held (replay, or sent twice)
    STALE = "stale"  # dominated by what is held: history only, display unchanged
    APPLIED = "applied"  # changed the frontier
    PENDING = "pending"  # waits for versions it depends on


def _held_dots(history: list[Version]) -> dict[str, int]:
    """origin -> highest counter held for this record (counters are contiguous per origin)."""
    held: dict[str, int] = {}
    for v in history:
        held[v.origin] = max(held.get(v.origin, 0), v.counter)
    return held


def missing_dependencies(history: list[Version], version: Version) -> bool:
    held = _held_dots(history)
    for origin, count in version.vector.items():
        needed = count - 1 if origin == version.origin else count
        if needed > held.get(origin, 0):
            return True
    return False


def _insert_and_refresh(
    store: RecordStore, version: Version, received_from: str | None, history: list[Version]
) -> Outcome:
    """Insert a version whose dependencies are held; `history` is the record's, as loaded."""
    conn = store.conn
    if history and history[0].kind != version.kind:
        raise MalformedVersion("a version changes the kind of a record")
    if any(h.origin == version.origin and h.counter == version.counter for h in history):
        raise MalformedVersion("two different versions claim the same origin and counter")
    if not history:
        known_kind = record_kind(conn, version.record_id)
        if known_kind is not None and known_kind != version.kind:
            raise MalformedVersion("a version changes the kind of a record")
        if known_kind is None:
            conn.execute(
                "INSERT INTO records(id, kind) VALUES (?, ?)", (version.record_id, version.kind)
            )
    stale = any(dominates(h.vector, version.vector) for h in frontier(history))
    purged = is_purged(conn, version.record_id)
    if purged:
        version = version.without(version.fields)
    store.insert_version(version, received_from)
    old_tips = {v.version_id for v in history if not any(
        dominates(o.vector, v.vector) for o in history)}
    history = [*history, version]
    tips = {v.version_id for v in frontier(history)}
    changed = [(int(v.version_id in tips), v.version_id) for v in history
               if (v.version_id in tips) != (v.version_id in old_tips)
               and v.version_id != version.version_id]
    if version.version_id not in tips:
        changed.append((0, version.version_id))
    if changed:
        conn.executemany("UPDATE versions SET frontier = ? WHERE version_id = ?", changed)
    if stale or purged:
        return Outcome.STALE if stale else Outcome.APPLIED
    store.refresh(version.kind, version.record_id, history, purged=False)
    return Outcome.APPLIED


def _pending_possible(store: RecordStore) -> bool:
    """Whether any version waits (asked once per transaction, then kept up to date)."""
    if store.pending_possible is None:
        store.pending_possible = store.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM pending_versions)"
        ).fetchone()[0] == 1
    return store.pending_possible


def apply_remote(store: RecordStore, version: Version, received_from: str | None) -> Outcome:
    """Merge one verified version; then retry versions that were waiting for it."""
    conn = store.conn
    history = load_versions(conn, version.record_id)
    if any(h.version_id == version.version_id for h in history):
        return Outcome.DUPLICATE
    if version.origin == store.vault_id:
        raise MalformedVersion("a version claims to be made by this vault but was not")
    if missing_dependencies(history, version):
        conn.execute(
            "INSERT OR IGNORE INTO pending_versions(version_id, record_id, message, "
            "received_from, received_at) VALUES (?, ?, ?, ?, ?)",
            (version.version_id, version.record_id,
             encode(to_message(version)).decode("utf-8"), received_from, now_iso()),
        )
        store.pending_possible = True
        return Outcome.PENDING
    outcome = _insert_and_refresh(store, version, received_from, history)
    if _pending_possible(store):
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
            history = load_versions(store.conn, record_id)
            if missing_dependencies(history, version):
                continue
            store.conn.execute(
                "DELETE FROM pending_versions WHERE version_id = ?", (version_id,)
            )
            if not any(h.version_id == version.version_id for h in history):
                _insert_and_refresh(store, version, received_from, history)
            progress = True
