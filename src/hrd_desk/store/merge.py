"""The store's side of the rule for received versions (services/received.py): record histories,
the frontier flags, the display rows and the versions that wait for others, as one vault holds
them. Runs inside the importing transaction (an import is all-or-nothing).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..crypto.canonical import decode, encode
from ..history.versions import Version
from ..history.wire import from_message, to_message
from .records import RecordStore, is_purged, load_versions, now_iso, record_kind


class StoreHeldVersions:
    """services.received.HeldVersions over one RecordStore, for one import."""

    def __init__(self, store: RecordStore) -> None:
        self._store = store
        self._conn = store.conn
        self._waiting: bool | None = None  # whether any version is parked: asked once

    def history(self, record_id: str) -> list[Version]:
        return load_versions(self._conn, record_id)

    def kind_of(self, record_id: str) -> str | None:
        return record_kind(self._conn, record_id)

    def is_purged(self, record_id: str) -> bool:
        return is_purged(self._conn, record_id)

    def register(self, record_id: str, kind: str) -> None:
        self._conn.execute("INSERT INTO records(id, kind) VALUES (?, ?)", (record_id, kind))

    def insert(self, version: Version, received_from: str) -> None:
        self._store.insert_version(version, received_from)

    def set_frontier(self, changes: Sequence[tuple[bool, bytes]]) -> None:
        self._conn.executemany("UPDATE versions SET frontier = ? WHERE version_id = ?",
                               [(int(on), version_id) for on, version_id in changes])

    def refresh(self, kind: str, record_id: str, history: list[Version]) -> None:
        self._store.refresh(kind, record_id, history, purged=False)

    def park(self, version: Version, received_from: str) -> None:
        self._conn.execute(
            "INSERT OR IGNORE INTO pending_versions(version_id, record_id, message, "
            "received_from, received_at) VALUES (?, ?, ?, ?, ?)",
            (version.version_id, version.record_id,
             encode(to_message(version)).decode("utf-8"), received_from, now_iso()),
        )
        self._waiting = True

    def _any_waiting(self) -> bool:
        if self._waiting is None:
            self._waiting = self._conn.execute(
                "SELECT EXISTS (SELECT 1 FROM pending_versions)").fetchone()[0] == 1
        return self._waiting

    def parked(self, record_id: str) -> list[tuple[Version, str]]:
        if not self._any_waiting():
            return []
        rows = self._conn.execute(
            "SELECT message, received_from FROM pending_versions WHERE record_id = ?",
            (record_id,),
        ).fetchall()
        return [(from_message(decode(message.encode("utf-8"))), str(received_from))
                for message, received_from in rows]

    def unpark(self, version_id: bytes) -> None:
        if self._any_waiting():
            self._conn.execute("DELETE FROM pending_versions WHERE version_id = ?", (version_id,))
