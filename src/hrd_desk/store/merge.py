"""The store's side of the rule for received versions (services/received.py): record histories,
the display rows and the versions that wait for others, as one vault holds them. Runs inside
the importing transaction (an import is all-or-nothing).

An import reads its bundle in batches: `prefetch` loads the registry entries and histories of a
batch's records in a few statements instead of several per version, and the rule's questions
about those records are answered from memory, kept in step with what this import writes (a
registered record, an inserted version). Only the current batch is kept, so memory stays bounded
whatever the bundle's size; a record outside it is read from the database as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from ..crypto.canonical import decode, encode
from ..history.versions import Display, Version
from ..history.wire import from_message, to_message
from .audit import append_event
from .cache import read_rows
from .dbapi import Connection
from .records import (
    BY_DOT,
    RecordStore,
    dot_of,
    is_purged,
    load_histories,
    load_versions,
    now_iso,
    payload_text,
    record_kind,
    registry_rows,
)


class StoreHeldVersions:
    """services.received.HeldVersions over one RecordStore, for one import."""

    def __init__(self, store: RecordStore) -> None:
        self._store = store
        self._conn = store.conn
        self._waiting: bool | None = None  # whether any version is parked: asked once
        self._noted: set[str] = set()  # records with an audit event in this import
        self._revoked: set[str] | None = None
        # The current batch (see prefetch): histories, and (kind, purged) or None if unknown.
        self._histories: dict[str, list[Version]] = {}
        self._registry: dict[str, tuple[str, bool] | None] = {}
        # Kinds of records outside the batch asked about (the defenders an incident links to,
        # asked once per incident): a record's kind never changes once known.
        self._kinds: dict[str, str | None] = {}
        # records registered by this import and not displayed yet -> their registry rowid
        self._new: dict[str, int] = {}
        # the batch's display rows (cache.read_rows), each until its record's first refresh
        self._shown: dict[str, tuple[Any, ...]] = {}

    def prefetch(self, record_ids: Iterable[str], versions: Iterable[Version] = ()) -> None:
        """Read what the rule will ask about these records (one batch of an import), forgetting
        the previous batch; and the display rows that the batch's `versions` (those parsed) will
        change: of records held here, not purged, for a version not held yet."""
        ids = list(dict.fromkeys(record_ids))
        registry = registry_rows(self._conn, ids)
        known = {r: (kind, purged) for r, (kind, purged, _rowid) in registry.items()}
        self._registry = {r: known.get(r) for r in ids}
        self._histories = load_histories(self._conn, [r for r in ids if r in known])
        for record_id in ids:
            self._histories.setdefault(record_id, [])
        by_kind: dict[str, list[str]] = {}
        changing: set[str] = set()
        for version in versions:
            entry = known.get(version.record_id)
            if entry is None or entry[1] or version.record_id in changing:
                continue
            if all(h.version_id != version.version_id for h in self._histories[version.record_id]):
                changing.add(version.record_id)
                by_kind.setdefault(entry[0], []).append(version.record_id)
        self._shown = {}
        for kind, kind_ids in by_kind.items():
            self._shown.update(read_rows(self._conn, kind, kind_ids,
                                         {r: registry[r][2] for r in kind_ids}))

    def forget_rows(self) -> None:
        """Drop the batch's display rows read ahead: something other than a version of their
        record (a notice, an attachment) may write one before it is refreshed."""
        self._shown = {}

    def history(self, record_id: str) -> list[Version]:
        held = self._histories.get(record_id)
        if held is not None:
            return list(held)  # the caller's copy: it may extend it
        return load_versions(self._conn, record_id)

    def kind_of(self, record_id: str) -> str | None:
        if record_id in self._registry:
            entry = self._registry[record_id]
            return None if entry is None else entry[0]
        if record_id not in self._kinds:
            self._kinds[record_id] = record_kind(self._conn, record_id)
        return self._kinds[record_id]

    def is_purged(self, record_id: str) -> bool:
        if record_id in self._registry:
            entry = self._registry[record_id]
            return entry is not None and entry[1]
        return is_purged(self._conn, record_id)

    def register(self, record_id: str, kind: str) -> None:
        cursor = self._conn.execute("INSERT INTO records(id, kind) VALUES (?, ?)",
                                    (record_id, kind))
        self._new[record_id] = int(cursor.lastrowid)
        if record_id in self._registry:
            self._registry[record_id] = (kind, False)
        self._kinds[record_id] = kind

    def insert(self, version: Version, received_from: str) -> None:
        self._store.insert_version(version, received_from)
        held = self._histories.get(version.record_id)
        if held is not None:
            held.append(version)

    def complete(self, version: Version) -> None:
        """Values join a version held without them. They are news for every colleague this
        vault passed the version on to without them, so the version takes the next place in
        the sequence: the next incremental bundle carries it again (services/sync.py), and a
        record live again goes whole once more, with the values."""
        self._conn.execute(
            "UPDATE versions SET fields = ?, seq = (SELECT max(seq) + 1 FROM versions) "
            f"WHERE {BY_DOT}", (payload_text(version), *dot_of(version)))
        held = self._histories.get(version.record_id)
        if held is not None:
            held[:] = [version if v.version_id == version.version_id else v for v in held]

    def refresh(self, kind: str, record_id: str, history: list[Version], shown: Display) -> None:
        self._store.refresh(kind, record_id, history, purged=False, shown=shown,
                            new_rowid=self._new.pop(record_id, None),
                            before=self._shown.pop(record_id, None))

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
        return [(from_message(decode(message.encode("utf-8")), decoded=True), str(received_from))
                for message, received_from in rows]

    def unpark(self, version_id: bytes) -> None:
        if self._any_waiting():
            self._conn.execute("DELETE FROM pending_versions WHERE version_id = ?", (version_id,))

    def origin_revoked(self, origin: str) -> bool:
        if self._revoked is None:
            self._revoked = revoked_origins(self._conn)
        return origin in self._revoked

    def pending_from(self, sender_vault: str) -> int:
        if not self._any_waiting():
            return 0
        return int(self._conn.execute(
            "SELECT count(*) FROM pending_versions WHERE received_from = ?", (sender_vault,)
        ).fetchone()[0])

    def propose(self, version: Version, values: dict[str, Any], received_from: str) -> None:
        self._conn.execute(
            'INSERT OR IGNORE INTO proposals(version_id, record_id, kind, origin, received_from, '
            'made_at, "values", received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            (version.version_id, version.record_id, version.kind, version.origin, received_from,
             version.hlc_wall, encode(values).decode("utf-8"), now_iso()),
        )

    def quarantine(self, version: Version, held: Version, received_from: str) -> None:
        self._conn.execute(
            "INSERT OR IGNORE INTO quarantined_versions(version_id, record_id, origin, counter, "
            "held_version, received_from, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (version.version_id, version.record_id, version.origin, version.counter,
             held.version_id, received_from, now_iso()),
        )
        mark_suspect(self._conn, version.origin, "two different versions with one counter")

    def note(self, kind: str, record_id: str, outcome: Any, sender_vault: str) -> None:
        if record_id in self._noted:
            return
        self._noted.add(record_id)
        append_event(self._conn, "received", kind, record_id,
                     {"outcome": str(outcome), "from": sender_vault})


# -- what the rule's store side reads and keeps ----------------------------------------------


def revoked_origins(conn: Connection) -> set[str]:
    """Vault ids of revoked colleagues, with those they wrote under before a rotation and in
    every epoch of their keys (a vault restored from a copy)."""
    return {str(r[0]) for r in conn.execute(
        "SELECT vault_id FROM colleagues WHERE revoked = 1 UNION "
        "SELECT f.vault_id FROM colleague_former_keys f JOIN colleagues c "
        "ON c.id = f.colleague_id WHERE c.revoked = 1 UNION "
        "SELECT o.vault_id FROM origin_keys o JOIN colleagues c "
        "ON c.verify_key = o.verify_key WHERE c.revoked = 1 UNION "
        "SELECT o.vault_id FROM origin_keys o JOIN colleague_former_keys f "
        "ON f.verify_key = o.verify_key JOIN colleagues c ON c.id = f.colleague_id "
        "WHERE c.revoked = 1")}


def given_to(conn: Connection, colleague_id: str, record_id: str) -> bool:
    """Whether this vault shared the record with the colleague, exported it to it, or first
    received it from it (two primary-key look-ups)."""
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM shares WHERE record_id = ? AND colleague_id = ?) "
        "OR EXISTS (SELECT 1 FROM exported_records WHERE record_id = ? AND colleague_id = ?)",
        (record_id, colleague_id, record_id, colleague_id)).fetchone()
    return bool(row[0])


def exported_among(conn: Connection, colleague_id: str, record_ids: Iterable[str]) -> bool:
    """Whether a full export gave the colleague any of these records."""
    ids = sorted(set(record_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        if conn.execute(
                f"SELECT 1 FROM exported_records WHERE colleague_id = ? AND record_id IN ({marks}) "
                "LIMIT 1", (colleague_id, *chunk)).fetchone():
            return True
    return False


def note_exported(conn: Connection, colleague_id: str, record_ids: Sequence[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO exported_records(record_id, colleague_id) VALUES (?, ?)",
        [(r, colleague_id) for r in record_ids])


def mark_suspect(conn: Connection, vault_id: str, why: str) -> None:
    conn.execute("INSERT OR IGNORE INTO suspect_origins(vault_id, why, since) VALUES (?, ?, ?)",
                 (vault_id, why, now_iso()))


def suspect_origins(conn: Connection) -> dict[str, str]:
    return {str(r[0]): str(r[1])
            for r in conn.execute("SELECT vault_id, why FROM suspect_origins")}


def expire_pending(conn: Connection, days: int) -> int:
    """Drop versions that waited longer than `days`; returns how many."""
    cutoff = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
    cursor = conn.execute("DELETE FROM pending_versions WHERE received_at < ?", (cutoff,))
    return int(cursor.rowcount)


# -- proposals ---------------------------------------------------------------------------------


def proposals(conn: Connection, record_id: str | None = None) -> list[tuple[Any, ...]]:
    """(version_id, record_id, kind, origin, received_from, made_at, values) oldest first."""
    where, params = ("WHERE record_id = ?", (record_id,)) if record_id else ("", ())
    rows = conn.execute(
        'SELECT version_id, record_id, kind, origin, received_from, made_at, "values" '
        f"FROM proposals {where} ORDER BY received_at, version_id", params).fetchall()
    return [(bytes(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), int(r[5]),
             decode(str(r[6]).encode("utf-8"))) for r in rows]


def drop_proposal(conn: Connection, version_id: bytes) -> None:
    conn.execute("DELETE FROM proposals WHERE version_id = ?", (version_id,))


def twins_to_tell(conn: Connection, origins: set[str]) -> list[tuple[bytes, str, bytes]]:
    """(quarantined version id, record id, held twin's id) of versions kept aside from these
    origins whose held twin was not sent back to their maker yet."""
    rows = conn.execute(
        "SELECT version_id, record_id, held_version, origin FROM quarantined_versions "
        "WHERE told = 0 ORDER BY received_at").fetchall()
    return [(bytes(r[0]), str(r[1]), bytes(r[2])) for r in rows if str(r[3]) in origins]


def mark_told(conn: Connection, version_ids: Sequence[bytes]) -> None:
    conn.executemany("UPDATE quarantined_versions SET told = 1 WHERE version_id = ?",
                     [(v,) for v in version_ids])


def quarantined(conn: Connection) -> list[tuple[str, str, int, str]]:
    """(record_id, origin, counter, received_from) of versions kept aside."""
    return [(str(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in conn.execute(
        "SELECT record_id, origin, counter, received_from FROM quarantined_versions "
        "ORDER BY received_at")]
