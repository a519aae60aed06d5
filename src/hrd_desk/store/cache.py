"""The display cache: one row per record in its kind's table, computed from its versions.

Lists, filters and sorting read these rows in SQL; the versions table stays the truth. Link fields
(an incident's defenders, its categories, targets) also go into `record_refs` so that "incidents
of defender X" or "category digital, primary or further" is an index lookup.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple

from ..crypto.canonical import encode
from ..model.dates import parse_date
from ..model.fields import LIST_KINDS, FieldInfo, FieldKind, field_infos
from ..model.records import KINDS
from . import search_index, upkeep
from .dbapi import IDS_PER_QUERY, Connection


@cache
def _infos(kind: str) -> dict[str, FieldInfo]:
    return field_infos(KINDS[kind].cls)


def default_fields(kind: str) -> dict[str, Any]:
    return {
        name: ([] if info.kind in LIST_KINDS else info.default)
        for name, info in _infos(kind).items()
    }


@cache
def _ref_fields(kind: str) -> tuple[tuple[str, str, bool], ...]:
    """(name, ref key, a list) of the kind's links and lists of slugs, in field order."""
    return tuple((name, f"{kind}.{name}", info.kind != FieldKind.REF)
                 for name, info in _infos(kind).items()
                 if info.kind in (FieldKind.REF_LIST, FieldKind.ENUM_LIST, FieldKind.REF))


def ref_entries(kind: str, fields: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(ref key, value) pairs: every link and list field, plus an incident's categories."""
    entries: list[tuple[str, str]] = []
    for name, key, many in _ref_fields(kind):
        value = fields.get(name)
        if many and value:
            entries.extend((key, str(v)) for v in value)
        elif value:
            entries.append((key, str(value)))
    if kind == "incident":
        categories = {fields.get("category"), *(fields.get("also") or [])}
        entries.extend(("incident.categories", c) for c in sorted(c for c in categories if c))
    return sorted(set(entries))


@cache
def ref_columns(kind: str) -> frozenset[str]:
    """The display columns `ref_entries` reads: the kind's links and lists of slugs, and an
    incident's categories. While none of them changes, the record's rows in record_refs stay."""
    names = {name for name, _key, _many in _ref_fields(kind)}
    if kind == "incident":
        names |= {"category", "also"}
    return frozenset(names)


@cache
def _column_fields(kind: str) -> tuple[tuple[str, bool, bool], ...]:
    """(name, a list, a date) of every field of the kind, in field order."""
    return tuple((name, info.kind in LIST_KINDS, info.kind == FieldKind.DATE)
                 for name, info in _infos(kind).items())


_ROW_EXTRAS = ("id", "created", "updated", "origin", "deleted", "conflict")


@cache
def _row_names(kind: str) -> tuple[str, ...]:
    """A display row's columns in `write_cache`'s order: the fields' (`_columns`), then the
    record's own."""
    return (*_columns(kind, default_fields(kind)), *_ROW_EXTRAS)


def read_rows(conn: Connection, kind: str, record_ids: Sequence[str],
              rowids: Mapping[str, int] | None = None) -> dict[str, tuple[Any, ...]]:
    """The display rows of many records of one kind as `write_cache` reads one (its columns in
    `_row_names` order, then the registry rowid), in a few statements: record id -> row, for
    those that have one and a registry row (an import reads a batch's rows at once:
    StoreHeldVersions.prefetch). `rowids`: the registry rowid of each of `record_ids`, when the
    caller read them (the registry is then not joined again)."""
    names = _row_names(kind)
    quoted = ", ".join(f't."{n}"' for n in names)
    table = KINDS[kind].table
    at = names.index("id")
    found: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(record_ids), IDS_PER_QUERY):
        chunk = record_ids[start:start + IDS_PER_QUERY]
        marks = ", ".join("?" for _ in chunk)
        if rowids is not None:
            for row in conn.execute(f"SELECT {quoted} FROM {table} AS t WHERE t.id IN ({marks})",
                                    list(chunk)):
                found[str(row[at])] = (*row, rowids[row[at]])
            continue
        for row in conn.execute(f"SELECT {quoted}, r.rowid FROM {table} AS t JOIN records AS r "
                                f"ON r.id = t.id WHERE t.id IN ({marks})", list(chunk)):
            found[str(row[at])] = tuple(row)
    return found


def _columns(kind: str, fields: Mapping[str, Any],
             only: frozenset[str] | None = None) -> dict[str, Any]:
    """The display columns of `fields` (`only`: of these fields alone)."""
    row: dict[str, Any] = {}
    for name, many, is_date in _column_fields(kind):
        if only is not None and name not in only:
            continue
        value = fields.get(name)
        if many:
            row[name] = encode(list(value or [])).decode("utf-8")
        else:
            row[name] = value
        if is_date:
            (row[f"{name}_first"], row[f"{name}_last"],
             row[f"{name}_precision"]) = _date_columns(value) if value else (None, None, None)
    return row


@lru_cache(maxsize=4096)
def _date_columns(value: str) -> tuple[str, str, str]:
    """A date field's (first, last, precision) columns (many records share a date)."""
    parsed = parse_date(value)
    return parsed.first.isoformat(), parsed.last.isoformat(), parsed.precision


@cache
def _text_kinds(kind: str) -> dict[str, bool]:
    """The kind's fields the search index reads, and whether each is a list."""
    return {name: info.kind in LIST_KINDS for name, info in _infos(kind).items()
            if info.kind in search_index.TEXT_KINDS}


def _text_fields(kind: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The text fields of a display row, as `_columns` took them (lists are JSON there)."""
    return {name: (json.loads(row[name]) if listed and row.get(name) is not None
                   else row.get(name))
            for name, listed in _text_kinds(kind).items()}


def index_all(conn: Connection) -> None:
    """Index every record's text into the empty search tables from its display row and marks
    (migration 23): they then hold exactly what `write_cache` computes from those rows. Columns
    a display table does not have yet (a later migration's) read as empty."""
    marks: dict[int, set[str]] = {}
    if search_index.has_marks(conn):
        for rowid, name in conn.execute("SELECT r.rowid, m.field FROM sensitive_marks m "
                                        "JOIN records r ON r.id = m.record_id"):
            marks.setdefault(int(rowid), set()).add(str(name))
    for kind, info in KINDS.items():
        held = {str(c[1]) for c in conn.execute(f'PRAGMA table_info("{info.table}")')}
        names = [n for n in _text_kinds(kind) if n in held]
        if not names:
            continue
        quoted = ", ".join(f't."{n}"' for n in names)
        rows = conn.execute(f"SELECT r.rowid, {quoted} FROM {info.table} AS t "
                            "JOIN records AS r ON r.id = t.id").fetchall()
        for start in range(0, len(rows), 4096):  # the texts of a few thousand at a time
            found: tuple[list[tuple[int, str]], list[tuple[int, str]]] = ([], [])
            for rowid, *values in rows[start:start + 4096]:
                fields = _text_fields(kind, dict(zip(names, values, strict=True)))
                texts = search_index.bodies(kind, fields, frozenset(marks.get(rowid, ())))
                for into, text in zip(found, texts, strict=True):
                    if text:
                        into.append((rowid, text))
            for table, into in zip(("search_text", "search_sensitive"), found, strict=True):
                conn.executemany(f"INSERT INTO {table}(rowid, body) VALUES (?, ?)", into)


# A write of at least this many records (a first exchange's import) builds the secondary indexes
# of the display tables it fills at its end (see `indexes_built_after`).
BULK_ROWS = 20_000


@contextlib.contextmanager
def indexes_built_after(conn: Connection, rows: int) -> Iterator[None]:
    """For a write of about `rows` records: the secondary indexes of every display table and
    link summary (store/upkeep.py) holding fewer rows than that are dropped, and made again from
    their own definitions at the end, in the caller's transaction (a rollback or an exception
    restores them as they were). Open it outside the batch (upkeep.deferred) so that the
    summaries, brought up to date at the batch's end, are built without them too.

    Each display row of an incident went into nine B-trees at random places (its id, dates,
    status, category, country, case), and each of its links into five; CREATE INDEX sorts the
    table once instead. What a write reads stays: a display row is found by its id (the primary
    key), a summary by the indexes upkeep names. Only lists and filters would be slower
    meanwhile, and they wait for the commit anyway. Below `BULK_ROWS`, or for a table already
    larger than the write, nothing changes. A unique index stays (its constraint is checked as
    each row arrives; the display tables have none today). Nor inside a caller's unit of work:
    an exception leaves that unit open (only the outermost rolls back), and a caller that went
    on to commit would keep the indexes dropped for good.
    """
    if rows < BULK_ROWS or conn.unit_depth != 1:
        yield
        return
    kept = {info.table: frozenset[str]() for info in KINDS.values()}
    kept.update(upkeep.SUMMARY_INDEXES_READ)
    dropped: list[tuple[str, str]] = []
    for table, read in kept.items():
        (held,) = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        if held >= rows:
            continue
        dropped.extend((str(name), str(sql)) for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY name", (table,))
            if name not in read and not str(sql).upper().startswith("CREATE UNIQUE"))
    for name, _sql in dropped:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in dropped:
        conn.execute(sql)


class Indexing(NamedTuple):
    """A record's text to index before the commit: its kind and fields, and what the index
    held for it before (search_index.index_record's `held`)."""

    kind: str
    fields: dict[str, Any]
    held: dict[str, Any] | None


def registry_rowid(conn: Connection, record_id: str, kind: str) -> int:
    """The record's row in the registry (its full-text rowid), created on first sight."""
    row = conn.execute("SELECT rowid FROM records WHERE id = ?", (record_id,)).fetchone()
    if row:
        return int(row[0])
    cursor = conn.execute("INSERT INTO records(id, kind) VALUES (?, ?)", (record_id, kind))
    return int(cursor.lastrowid)


def write_cache(
    conn: Connection,
    kind: str,
    record_id: str,
    fields: Mapping[str, Any],
    *,
    deleted: bool,
    conflict: bool,
    origin: str,
    now: str,
    created: str | None = None,
    index_later: dict[int, Indexing] | None = None,
    new_rowid: int | None = None,
    reindex: bool = False,
    before: tuple[Any, ...] | None = None,
    changed: frozenset[str] | None = None,
) -> None:
    """Write the display row and links; the search index now, or into `index_later` (by
    full-text rowid) for the caller to write before its commit. `created` (kept from the first
    write on) is when the record was made at its origin; `now` by default. `new_rowid`: the
    registry row the caller just made for a record new here (created, or first received), which
    has no display row or links yet: they are not looked for. `reindex`: the record's sensitive
    marks changed, so what the index holds cannot be told from its display row. `before`: the
    record's display row and registry rowid as `read_rows` read them in this transaction, with
    nothing written to them since (not read again). `changed`: the only fields whose values
    may differ from what the display row holds (display_after's `changed`): the other columns
    of a row already written are neither encoded again nor compared."""
    full = default_fields(kind)
    full.update(fields)
    row = _columns(kind, full, changed if new_rowid is None else None)
    row.update(id=record_id, created=created or now, updated=now, origin=origin,
               deleted=int(deleted), conflict=int(conflict))
    names = list(row) if changed is None or new_rowid is not None else list(_row_names(kind))
    table = KINDS[kind].table
    quoted = ", ".join(f'"{n}"' for n in names) if before is None else ""
    rowid = new_rowid
    existing = None
    if new_rowid is None and before is not None:
        existing, rowid = before[:-1], before[-1]
    elif new_rowid is None:  # the display row and the registry row (full-text rowid) at once
        found = conn.execute(
            f"SELECT {quoted}, (SELECT rowid FROM records WHERE id = ?) FROM {table} WHERE id = ?",
            (record_id, record_id)).fetchone()
        if found is not None:
            existing, rowid = found[:-1], found[-1]
    seen = upkeep.touched(conn)
    links_changed = True
    if existing is None and len(row) < len(names):  # no row to keep the other columns of
        row = {**_columns(kind, full), **row}
    if existing is None:
        quoted = quoted or ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        conn.execute(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", [row[n] for n in names])
        if seen is not None:
            _note(seen, kind, record_id, names)
    else:
        # Only the columns whose value changed: rewriting unchanged indexed columns (dates,
        # status) would churn every index on the table and fire the summary triggers.
        old = dict(zip(names, existing, strict=True))
        differ = [n for n in row if n not in ("id", "created") and old[n] != row[n]]
        if differ:
            sets = ", ".join(f'"{n}" = ?' for n in differ)
            conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?",
                         [*(row[n] for n in differ), record_id])
            if seen is not None:
                _note(seen, kind, record_id, differ)
        # record_refs was written from the same fields as the row (below, every time): while no
        # column it is made of changed, it is already right (an edit of a text or a status
        # reads and writes none of it)
        links_changed = not ref_columns(kind).isdisjoint(differ)
    if links_changed:
        write_refs(conn, kind, record_id, full, first=new_rowid is not None)
    rowid = int(rowid) if rowid is not None else registry_rowid(conn, record_id, kind)
    # what the index holds: the display row as it was (written from the same fields)
    held: dict[str, Any] | None = None
    if new_rowid is not None:
        held = {}
    elif existing is not None and not reindex:
        held = _text_fields(kind, old)
    if index_later is None:
        search_index.index_record(conn, rowid, kind, full, held)
    else:
        # a record written twice before the index is: what it holds is the first one's
        earlier = index_later.get(rowid)
        if earlier is not None and not reindex:
            held = earlier.held
        index_later[rowid] = Indexing(kind, full, held)


def _note(seen: upkeep.Touched, kind: str, record_id: str, columns: list[str]) -> None:
    """In a batch (store/upkeep.py): what the summaries' triggers would have reacted to."""
    if kind == "incident" and not set(columns).isdisjoint(upkeep.LINK_COLUMNS):
        seen.incidents.add(record_id)
    elif kind == "defender" and "deleted" in columns:
        seen.defenders.add(record_id)


def write_refs(conn: Connection, kind: str, record_id: str, fields: Mapping[str, Any],
               *, first: bool = False) -> None:
    """Bring the record's rows in record_refs to its fields, touching only links that changed
    (`first`: a record new here, which has none yet).

    Rows inserted or deleted here fire the schema's link triggers (v5), and with
    cipher_memory_security every statement that fires a trigger pays for a statement journal in
    locked memory: rewriting unchanged links made an edit cost as much as a create. New links go
    in one statement for the same reason.
    """
    wanted = set(ref_entries(kind, fields))
    have = set() if first else {
        (str(f), str(v))
        for f, v in conn.execute(
            "SELECT field, value FROM record_refs WHERE record_id = ?", (record_id,)
        )
    }
    gone = sorted(have - wanted)
    new = sorted(wanted - have)
    seen = upkeep.touched(conn)
    if seen is not None and any(f == "incident.defenders" for f, _v in (*gone, *new)):
        seen.incidents.add(record_id)
    if gone:
        conn.executemany(
            "DELETE FROM record_refs WHERE field = ? AND value = ? AND record_id = ?",
            [(f, v, record_id) for f, v in gone],
        )
    if new:
        marks = ", ".join("(?, ?, ?)" for _ in new)
        conn.execute(
            f"INSERT INTO record_refs(field, value, record_id) VALUES {marks}",
            [item for f, v in new for item in (f, v, record_id)],
        )


def drop_cache(conn: Connection, kind: str, record_id: str) -> None:
    """Remove every trace of a record from the caches and indexes (purge)."""
    seen = upkeep.touched(conn)
    if seen is not None:
        _note(seen, kind, record_id, ["deleted"])
    conn.execute(f"DELETE FROM {KINDS[kind].table} WHERE id = ?", (record_id,))
    conn.execute("DELETE FROM record_refs WHERE record_id = ?", (record_id,))
    row = conn.execute("SELECT rowid FROM records WHERE id = ?", (record_id,)).fetchone()
    if row:
        search_index.unindex_record(conn, int(row[0]))
