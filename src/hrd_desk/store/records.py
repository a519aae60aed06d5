"""Writing records: every change is a signed version, a refreshed display row and an audit event,
all in one transaction.

Values reaching this module are already validated by the services layer; this module keeps the
history right (docs/design/merge.md): a local edit's vector is the merge of the frontier's vectors
with this vault's counter incremented, and it carries only the fields whose displayed value it
changes.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from ..crypto.canonical import encode, encode_known, quote_text, text_known
from ..crypto.identity import Identity
from ..errors import NotFound, RejectedInput
from ..history import wire
from ..history.versions import (
    Display,
    Version,
    display,
    display_after,
    frontier,
    make_version,
    merge_vectors,
)
from . import cache, clock, search_index, upkeep
from .audit import append_event
from .dbapi import IDS_PER_QUERY, Connection, transaction

_NOW: tuple[int, str] = (0, "")  # the last second asked for, and its text


def now_iso() -> str:
    """The UTC time to the second (an import asks several times per version)."""
    global _NOW
    second = int(time.time())
    if second != _NOW[0]:
        _NOW = (second, datetime.fromtimestamp(second, UTC).isoformat(timespec="seconds"))
    return _NOW[1]


def origin_created(history: list[Version], vault_id: str) -> str:
    """When a record was created where it was made: now for this vault's own records, else the
    earliest clock among the versions held, never later than now (a colleague's clock may run
    ahead, or be hostile: year 287396 must show as now, not raise)."""
    now = time.time()
    if not history or history[0].origin == vault_id:
        return now_iso()
    earliest = min(v.hlc_wall for v in history) / 1000
    if not 946684800 <= earliest <= now:  # 2000-01-01 .. now
        earliest = now
    return datetime.fromtimestamp(earliest, UTC).isoformat(timespec="seconds")


def _stored(text: str) -> Any:
    """A JSON column this module wrote with `encode`. Parsed without the canonical checks that
    bundles need (decode): the text is ours, inside the authenticated database, and histories
    are read for every edit, import and export."""
    return json.loads(text)


@functools.lru_cache(maxsize=1024)
def _stored_names(text: str) -> tuple[str, ...]:
    """A version's `field_names` column (`_stored`): a kind's field names, in few combinations
    (a record's edits mostly name the same fields), so each text is parsed once."""
    return tuple(json.loads(text))


def _row_to_version(row: tuple[Any, ...]) -> Version:
    (version_id, record_id, kind, origin, counter, vector, wall, hlc_counter, deleted,
     field_names, fields_hash, fields, signature) = row
    return Version(
        record_id=record_id,
        kind=kind,
        origin=origin,
        counter=counter,
        vector=_stored(vector),
        hlc_wall=wall,
        hlc_counter=hlc_counter,
        deleted=bool(deleted),
        field_names=_stored_names(field_names),
        fields_hash=fields_hash,
        signature=signature,
        version_id=version_id,
        **payload_fields(fields),
    )


def payload_text(version: Version) -> str:
    """How a version's values, salts and withheld commitments are kept in `versions.fields`:
    for a received version, joined from the texts its commitments were made of."""
    texts = version.known_texts()
    if texts is not None:
        return _joined_payload(version, texts)
    payload: dict[str, Any] = {"withheld": dict(version.withheld)}
    if version.fields:
        payload["values"] = dict(version.fields)
        payload["salts"] = dict(version.salts)
    return encode(payload).decode("utf-8")


def _joined_payload(version: Version, texts: Mapping[str, str]) -> str:
    """`encode` of the payload, its values' texts known (a received version, checked whole
    when decoded): the encoder's own layout, keys in its order."""
    withheld = text_known(dict(version.withheld))
    if not version.fields:
        return f'{{"withheld":{withheld}}}'
    values = ",".join(f"{quote_text(name)}:{texts[name]}" for name in sorted(version.fields))
    return (f'{{"salts":{text_known(dict(version.salts))},"values":{{{values}}},'
            f'"withheld":{withheld}}}')


def payload_fields(text: str | None) -> dict[str, Any]:
    payload = _stored(text) if text else {}
    return {
        "fields": payload.get("values", {}),
        "salts": payload.get("salts", {}),
        "withheld": payload.get("withheld", {}),
    }


_VERSION_COLUMNS = (
    "version_id, record_id, kind, origin, counter, vector, hlc_wall, hlc_counter, deleted, "
    "field_names, fields_hash, fields, signature"
)


def load_versions(conn: Connection, record_id: str) -> list[Version]:
    rows = conn.execute(
        f"SELECT {_VERSION_COLUMNS} FROM versions WHERE record_id = ? ORDER BY seq", (record_id,)
    ).fetchall()
    return [_row_to_version(r) for r in rows]


def version_count(conn: Connection, record_id: str) -> int:
    return int(conn.execute(
        "SELECT count(*) FROM versions WHERE record_id = ?", (record_id,)).fetchone()[0])


# A stored version found by its dot (versions_dot; its id has no index: migration 25).
BY_DOT = "record_id = ? AND origin = ? AND counter = ?"


def dot_of(version: Version) -> tuple[str, str, int]:
    """`BY_DOT`'s parameters for a version."""
    return version.record_id, version.origin, version.counter


def load_histories(conn: Connection, record_ids: Sequence[str]) -> dict[str, list[Version]]:
    """Histories of many records in a few statements: record id -> its versions in arrival
    order ([] for a record with none)."""
    return {record_id: [version for _sender, version in history]
            for record_id, history in load_histories_from(conn, record_ids).items()}


def load_histories_from(
    conn: Connection, record_ids: Sequence[str]
) -> dict[str, list[tuple[str | None, Version]]]:
    """(received_from, version) for many records' histories, in arrival order, in a few
    statements rather than one per record."""
    histories: dict[str, list[tuple[str | None, Version]]] = {r: [] for r in record_ids}
    ids = list(histories)
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start:start + IDS_PER_QUERY]
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(
            f"SELECT received_from, {_VERSION_COLUMNS} FROM versions "
            f"WHERE record_id IN ({marks}) ORDER BY record_id, seq", chunk)
        for row in rows:
            histories[row[2]].append((row[0], _row_to_version(row[1:])))
    return histories


def load_messages_from(
    conn: Connection, record_ids: Sequence[str]
) -> dict[str, list[tuple[str | None, str, bytes]]]:
    """(received_from, origin, its bundle message) for every version of many records, in
    arrival order: the bytes `encode(wire.to_message(version))` gives, joined from the stored
    row's JSON texts as they are (`_joined_message`; a first exchange streams every version of
    the vault: each parsed whole and checked again took a third of that export, then parsing
    its JSON columns and encoding the message again most of what was left)."""
    found: dict[str, list[tuple[str | None, str, bytes]]] = {r: [] for r in record_ids}
    ids = list(found)
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start:start + IDS_PER_QUERY]
        marks = ", ".join("?" for _ in chunk)
        for (received_from, version_id, record_id, kind, origin, counter, vector, wall,
             hlc_counter, deleted, field_names, fields_hash, fields, signature) in conn.execute(
                f"SELECT received_from, {_VERSION_COLUMNS} FROM versions "
                f"WHERE record_id IN ({marks}) ORDER BY record_id, seq", chunk):
            data = _joined_message(record_id, kind, origin, counter, vector, wall, hlc_counter,
                                   deleted, field_names, fields_hash, fields, signature,
                                   version_id)
            if data is None:  # a layout the joins do not know: parsed and encoded again
                payload = payload_fields(fields)
                data = encode_known(wire.message(
                    record_id, kind, origin, counter, _stored(vector), (wall, hlc_counter),
                    bool(deleted), _stored(field_names), fields_hash, signature, version_id,
                    payload["fields"], payload["salts"], payload["withheld"]))
            found[record_id].append((received_from, origin, data))
    return found


# What the stored JSON columns hold, as `encode` wrote them (insert_version, payload_text; with
# the same encoder settings since the first schema, and copied as they are by every migration):
# a vector, the field names, and the salts and withheld commitments, flat maps of field names to
# hex. Matched whole, they are canonical; the values between the salts and the withheld
# commitments are `encode`'s text of the checked values (a stored value was checked by `encode`
# when written, and again by `clean_values` or the received-value check before that).
_NAME = r'"[a-z0-9_]+"'
_VECTOR_TEXT = re.compile(r'\{"[0-9a-f]{32}":[1-9][0-9]*(?:,"[0-9a-f]{32}":[1-9][0-9]*)*\}')
_NAMES_TEXT = re.compile(rf"\[(?:{_NAME}(?:,{_NAME})*)?\]")
_SALTS_TEXT = re.compile(rf'\{{(?:{_NAME}:"[0-9a-f]{{32}}"(?:,{_NAME}:"[0-9a-f]{{32}}")*)?\}}')
_WITHHELD_TEXT = re.compile(
    rf'\{{(?:{_NAME}:"[0-9a-f]{{64}}"(?:,{_NAME}:"[0-9a-f]{{64}}")*)?\}}')
_WITHHELD_ONLY, _SALTS_FIRST = '{"withheld":', '{"salts":'
_THEN_VALUES, _THEN_WITHHELD = ',"values":', ',"withheld":'


def _stored_maps(text: str | None) -> tuple[str, str, str] | None:
    """The salts, values and withheld commitments of a stored payload (`payload_text`), as JSON
    texts cut out of it; None for any other layout."""
    if text is None:  # nothing held (`payload_fields`)
        return "{}", "{}", "{}"
    if not text.endswith("}"):
        return None
    if text.startswith(_WITHHELD_ONLY):
        withheld = text[len(_WITHHELD_ONLY):-1]
        return ("{}", "{}", withheld) if _WITHHELD_TEXT.fullmatch(withheld) else None
    if not text.startswith(_SALTS_FIRST):
        return None
    salts_end = text.find("}", len(_SALTS_FIRST)) + 1  # a map of hex: no brace inside
    # the last: what follows it is a flat map of hex, so no value's text can hold it
    cut = text.rfind(_THEN_WITHHELD)
    if salts_end == 0 or cut < salts_end or not text.startswith(_THEN_VALUES, salts_end):
        return None
    salts, withheld = text[len(_SALTS_FIRST):salts_end], text[cut + len(_THEN_WITHHELD):-1]
    values = text[salts_end + len(_THEN_VALUES):cut]
    if not (_SALTS_TEXT.fullmatch(salts) and _WITHHELD_TEXT.fullmatch(withheld)
            and values.startswith("{") and values.endswith("}")):
        return None
    return salts, values, withheld


def _joined_message(record_id: str, kind: str, origin: str, counter: Any, vector: str,
                    wall: Any, hlc_counter: Any, deleted: int, field_names: str,
                    fields_hash: bytes, fields: str | None, signature: bytes,
                    version_id: bytes) -> bytes | None:
    """`encode_known(wire.message(...))` of a stored row, joined from its JSON columns' texts
    in the encoder's layout (keys sorted, no spaces); None when a column is not as
    `insert_version` writes it."""
    maps = _stored_maps(fields)
    if (maps is None or not (type(counter) is int and type(wall) is int
                             and type(hlc_counter) is int)
            or not _VECTOR_TEXT.fullmatch(vector) or not _NAMES_TEXT.fullmatch(field_names)):
        return None
    salts, values, withheld = maps
    return (f'{{"counter":{counter},"deleted":{"true" if deleted else "false"},'
            f'"field_names":{field_names},"fields_hash":"{fields_hash.hex()}",'
            f'"hlc":[{wall},{hlc_counter}],"kind":{quote_text(kind)},'
            f'"origin":{quote_text(origin)},"record":{quote_text(record_id)},"salts":{salts},'
            f'"signature":"{signature.hex()}","t":"version","values":{values},'
            f'"vector":{vector},"version_id":"{version_id.hex()}","withheld":{withheld}}}'
            ).encode()


def link_values(conn: Connection, record_ids: Sequence[str], names: Sequence[str]
                ) -> dict[str, list[Any]]:
    """record id -> the values every version of it holds in these fields (None where a version
    has none), picked out of the stored payloads by SQLite: what the links of a history need,
    without parsing each version whole ([] for a record with no version)."""
    found: dict[str, list[Any]] = {r: [] for r in record_ids}
    if not names:
        return found
    # two paths or more: json_extract answers with a JSON array, strings and lists alike
    paths = [f"$.values.{name}" for name in names] * (2 if len(names) == 1 else 1)
    picks = ", ".join("?" for _ in paths)
    ids = list(found)
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start:start + IDS_PER_QUERY]
        marks = ", ".join("?" for _ in chunk)
        for record_id, picked in conn.execute(
                f"SELECT record_id, json_extract(fields, {picks}) FROM versions "
                f"WHERE record_id IN ({marks})", [*paths, *chunk]):
            if picked is not None:
                found[record_id].extend(_stored(picked))
    return found


def registry_rows(conn: Connection,
                  record_ids: Sequence[str]) -> dict[str, tuple[str, bool, int]]:
    """record id -> (kind, purged, registry rowid) for those of `record_ids` this vault knows
    (`registry_entries` with the rowid: an import's read-ahead, cache.read_rows)."""
    found: dict[str, tuple[str, bool, int]] = {}
    ids = list(dict.fromkeys(record_ids))
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start:start + IDS_PER_QUERY]
        marks = ", ".join("?" for _ in chunk)
        for record_id, kind, purged, rowid in conn.execute(
            f"SELECT id, kind, purged, rowid FROM records WHERE id IN ({marks})", chunk
        ):
            found[str(record_id)] = (str(kind), bool(purged), int(rowid))
    return found


def registry_entries(conn: Connection, record_ids: Sequence[str]) -> dict[str, tuple[str, bool]]:
    """record id -> (kind, purged) for those of `record_ids` this vault knows."""
    rows = registry_rows(conn, record_ids)
    return {record_id: (kind, purged) for record_id, (kind, purged, _rowid) in rows.items()}


def versions_since(
    conn: Connection, seq: int, of: Callable[[str], bool] | None = None
) -> list[tuple[int, str | None, Version]]:
    """(seq, received_from, version) for every version that arrived here after `seq`; only of
    the records `of` accepts when given (the others are never parsed: a first exchange would
    otherwise parse every version of the vault for nothing)."""
    rows = conn.execute(
        f"SELECT seq, received_from, {_VERSION_COLUMNS} FROM versions WHERE seq > ? ORDER BY seq",
        (seq,),
    )
    return [(int(r[0]), r[1], _row_to_version(r[2:])) for r in rows if of is None or of(r[3])]


def changed_since(conn: Connection, seq: int) -> set[str]:
    """Records with a version that arrived here after `seq` (none parsed)."""
    return {str(r[0]) for r in conn.execute(  # a range of the primary key, not DISTINCT's index
        "SELECT record_id FROM versions WHERE seq > ?", (seq,))}


def ever_deleted(conn: Connection, record_ids: Sequence[str]) -> set[str]:
    """Those of these records with a deleting version anywhere in their history."""
    found: set[str] = set()
    for start in range(0, len(record_ids), 500):
        chunk = list(record_ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        found.update(str(r[0]) for r in conn.execute(
            f"SELECT DISTINCT record_id FROM versions WHERE deleted = 1 AND record_id IN ({marks})",
            chunk))
    return found


def last_seq(conn: Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM versions").fetchone()[0])


def change_marks(conn: Connection) -> tuple[int, int]:
    """The newest version and audit event: `kinds_changed_since` tells what moved after them."""
    row = conn.execute(
        "SELECT (SELECT coalesce(max(seq), 0) FROM versions), "
        "(SELECT coalesce(max(seq), 0) FROM audit_events)"
    ).fetchone()
    return int(row[0]), int(row[1])


def kinds_changed_since(conn: Connection, marks: tuple[int, int]) -> frozenset[str]:
    """Kinds of records that got a version or an audit event since `marks` (edits, imports)."""
    rows = conn.execute(
        "SELECT kind FROM versions WHERE seq > ? "
        "UNION SELECT kind FROM audit_events WHERE seq > ? AND kind IS NOT NULL",
        marks,
    ).fetchall()
    return frozenset(str(r[0]) for r in rows)


def is_purged(conn: Connection, record_id: str) -> bool:
    row = conn.execute("SELECT purged FROM records WHERE id = ?", (record_id,)).fetchone()
    return bool(row and row[0])


def record_kind(conn: Connection, record_id: str) -> str | None:
    row = conn.execute("SELECT kind FROM records WHERE id = ?", (record_id,)).fetchone()
    return None if row is None else str(row[0])


# Records whose full-text rows wait for the end of the transaction, at most (see _write_index).
INDEX_BATCH = 256
INDEX_BATCH_BYTES = 2 * 1024 * 1024


class RecordStore:
    """Writes to one connection. Not thread-safe: the GUI gives it to its single writer thread.

    Every operation is a unit of work (`dbapi.transaction`) that joins the caller's when one is
    open; full-text rows wait for the end of the outermost unit (see `_write_index`).
    """

    def __init__(
        self,
        conn: Connection,
        *,
        vault_id: str | Callable[[], str],
        identity: Identity,
        now: Callable[[], float] = time.time,
    ) -> None:
        """`vault_id`: the origin of new versions, or where to read it at each use (it changes
        when the vault moves to a new epoch while open: services/exchange.py)."""
        self.conn = conn
        self._vault_id = vault_id
        self.identity = identity
        self._now = now
        self._index_later: dict[int, cache.Indexing] = {}
        self._index_bytes = 0
        conn.on_begin.append(self._begin)
        conn.before_commit.append(self._write_index)
        conn.on_end.append(self._index_later.clear)

    @property
    def vault_id(self) -> str:
        return self._vault_id if isinstance(self._vault_id, str) else self._vault_id()

    def _begin(self) -> None:
        self._index_later.clear()
        self._index_bytes = 0

    def _write_index(self) -> None:
        """Full-text index rows, written together just before the commit.

        FTS5 flushes its pending terms whenever another write statement opens a savepoint, so
        indexing record by record between other writes cost a segment flush per record (and,
        with cipher_memory_security, milliseconds each); one run at the end costs one flush.
        In rowid order: FTS5 also flushes whenever a row's rowid is not above the last one it
        holds pending, so records in arrival order (an import's, at random) cost a small
        segment, and the merge work it triggers, every second record or so.
        """
        marks = search_index.marks_of(self.conn, list(self._index_later))
        for rowid, (kind, fields, held) in sorted(self._index_later.items()):
            search_index.index_record(self.conn, rowid, kind, fields, held,
                                      marks.get(rowid, frozenset()))
        self._index_later.clear()
        self._index_bytes = 0

    def batch(self) -> contextlib.AbstractContextManager[None]:
        """Many writes as one unit of work whose link summaries (incident_links,
        defender_activity) are brought up to date once, at its end (store/upkeep.py), rather
        than row by row: for imports of many records."""
        return upkeep.deferred(self.conn)

    def forget_index(self, rowid: int) -> None:
        """A purged record must not be indexed again at the end of the transaction."""
        self._index_later.pop(rowid, None)

    # -- writing versions ------------------------------------------------------------------

    def insert_version(self, version: Version, received_from: str | None) -> None:
        self.conn.execute(
            "INSERT INTO versions(version_id, record_id, kind, origin, counter, vector, "
            "hlc_wall, hlc_counter, deleted, field_names, fields_hash, fields, signature, "
            "received_from, received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                version.version_id, version.record_id, version.kind, version.origin,
                version.counter, encode(dict(version.vector)).decode("utf-8"),
                version.hlc_wall, version.hlc_counter, int(version.deleted),
                encode(list(version.field_names)).decode("utf-8"), version.fields_hash,
                payload_text(version), version.signature, received_from, now_iso(),
            ),
        )

    def _local_version(
        self, kind: str, record_id: str, fields: Mapping[str, Any], deleted: bool,
        history: list[Version],
    ) -> Version:
        tips = frontier(history)
        vector = merge_vectors(v.vector for v in tips)
        counter = max(
            (v.counter for v in history if v.origin == self.vault_id), default=0
        ) + 1
        vector[self.vault_id] = counter
        version = make_version(
            self.identity,
            record_id=record_id,
            kind=kind,
            origin=self.vault_id,
            counter=counter,
            vector=vector,
            hlc=clock.tick(self.conn, self._now),
            deleted=deleted,
            fields=fields,
        )
        self.insert_version(version, None)
        return version

    def refresh(
        self, kind: str, record_id: str, history: list[Version] | None = None,
        *, purged: bool | None = None, new_rowid: int | None = None, reindex: bool = False,
        before: tuple[Any, ...] | None = None, shown: Display | None = None,
    ) -> None:
        """Recompute a record's display row from its versions (`purged` if the caller knows;
        `new_rowid`: the registry row just made for a record new here; `reindex`: its sensitive
        marks changed; `before`: its display row as cache.read_rows read it; cache.write_cache;
        `shown`: display(history), when the caller computed it)."""
        history = history if history is not None else load_versions(self.conn, record_id)
        if purged if purged is not None else is_purged(self.conn, record_id):
            return
        shown = display(history) if shown is None else shown
        first_origin = history[0].origin if history else self.vault_id
        cache.write_cache(
            self.conn, kind, record_id, shown.fields, deleted=shown.deleted,
            conflict=shown.conflict, origin=first_origin, now=now_iso(),
            # a row read ahead (`before`) is updated, and keeps the `created` it has
            created=origin_created(history, self.vault_id)
            if before is None or new_rowid is not None else None,
            index_later=self._index_later if self.conn.unit_depth else None,
            new_rowid=new_rowid, reindex=reindex, before=before, changed=shown.changed,
        )
        self._index_bytes += sum(len(v) for v in shown.fields.values() if isinstance(v, str))
        if len(self._index_later) >= INDEX_BATCH or self._index_bytes >= INDEX_BATCH_BYTES:
            self._write_index()  # memory stays bounded in a long import

    # -- the operations ---------------------------------------------------------------------

    def create(self, kind: str, values: Mapping[str, Any], record_id: str | None = None) -> str:
        record_id = record_id or str(uuid.uuid4())
        fields = {k: v for k, v in values.items() if v not in (None, [], "")}
        with transaction(self.conn):
            if record_kind(self.conn, record_id) is not None:
                raise RejectedInput(f"a record with id {record_id} already exists")
            rowid = cache.registry_rowid(self.conn, record_id, kind)
            version = self._local_version(kind, record_id, fields, False, [])
            self.refresh(kind, record_id, [version], purged=False, new_rowid=rowid)
            append_event(self.conn, "create", kind, record_id, {"fields": sorted(fields)})
        return record_id

    def _history_of(self, kind: str, record_id: str) -> list[Version]:
        if record_kind(self.conn, record_id) != kind:
            raise NotFound(kind, record_id)
        history = load_versions(self.conn, record_id)
        if not history or is_purged(self.conn, record_id):
            raise NotFound(kind, record_id)
        return history

    def update(self, kind: str, record_id: str, changes: Mapping[str, Any]) -> bool:
        """Write the fields whose displayed value differs; False when nothing changed."""
        with transaction(self.conn):
            history = self._history_of(kind, record_id)
            shown = display(history)
            if shown.deleted:
                raise RejectedInput(f"{kind} {record_id} is deleted: restore it first")
            current = cache.default_fields(kind)
            current.update(shown.fields)
            delta = {k: v for k, v in changes.items() if current.get(k) != v}
            if not delta:
                return False
            version = self._local_version(kind, record_id, delta, False, history)
            self.refresh(kind, record_id, [*history, version],
                         shown=display_after(shown, history, version))
            append_event(self.conn, "edit", kind, record_id, {"fields": sorted(delta)})
        return True

    def resolve(
        self, kind: str, record_id: str, fields: Mapping[str, Any], deleted: bool
    ) -> None:
        """Write a version that supersedes every concurrent one (a user's resolution)."""
        with transaction(self.conn):
            history = self._history_of(kind, record_id)
            version = self._local_version(kind, record_id, fields, deleted, history)
            self.refresh(kind, record_id, [*history, version])
            append_event(self.conn, "resolve", kind, record_id, {"fields": sorted(fields)})

    def _set_deleted(self, kind: str, record_id: str, deleted: bool) -> bool:
        with transaction(self.conn):
            history = self._history_of(kind, record_id)
            if display(history).deleted == deleted:
                return False
            version = self._local_version(kind, record_id, {}, deleted, history)
            self.refresh(kind, record_id, [*history, version])
            append_event(self.conn, "delete" if deleted else "restore", kind, record_id)
        return True

    def delete(self, kind: str, record_id: str) -> bool:
        return self._set_deleted(kind, record_id, True)

    def restore(self, kind: str, record_id: str) -> bool:
        return self._set_deleted(kind, record_id, False)

    def purge(self, record_id: str) -> str:
        """Remove a deleted record's content from its history and indexes; returns its kind.

        The versions become stubs (ids, vectors, clocks, field names and hashes stay, so the
        history is still verifiable); the caller checkpoints the WAL afterwards.
        """
        with transaction(self.conn):
            kind = record_kind(self.conn, record_id)
            if kind is None:
                raise NotFound("record", record_id)
            history = self._history_of(kind, record_id)
            if not display(history).deleted:
                raise RejectedInput(f"{kind} {record_id} is not deleted: delete it before purging")
            for version in history:
                self.conn.execute(
                    f"UPDATE versions SET fields = ? WHERE {BY_DOT}",
                    (payload_text(version.without(version.fields)), *dot_of(version)),
                )
            # nothing of it waits, is proposed or is quarantined any more (issue 11)
            for table in ("pending_versions", "proposals", "quarantined_versions"):
                self.conn.execute(f"DELETE FROM {table} WHERE record_id = ?", (record_id,))
            cache.drop_cache(self.conn, kind, record_id)
            self.conn.execute("DELETE FROM sensitive_marks WHERE record_id = ?", (record_id,))
            for table in ("consent_changes", "consent_told", "consent_limits"):  # its notices
                self.conn.execute(f"DELETE FROM {table} WHERE defender_id = ?", (record_id,))
            self.forget_index(cache.registry_rowid(self.conn, record_id, kind))
            self.conn.execute("UPDATE records SET purged = 1 WHERE id = ?", (record_id,))
            append_event(self.conn, "purge", kind, record_id)
        return kind

