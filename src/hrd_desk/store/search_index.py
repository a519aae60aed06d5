"""What goes into the full-text indexes, and the text normalisation shared with queries.

Two FTS5 tables: `search_text` for ordinary fields and `search_sensitive` for fields the model
marks sensitive (searched only on request; results never quote it). Both use
`unicode61 remove_diacritics 2`, which folds Latin diacritics; Arabic harakat and tatweel are not
diacritics to that tokenizer, so they are stripped here, on indexing and on querying alike.
Both are contentless-delete tables (migration 23): they hold the terms, not a copy of the text
(snippets are made from the record's fields, services/search_snippets.py).
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..model.fields import FieldKind, field_infos
from ..model.records import KINDS
from .dbapi import IDS_PER_QUERY, Connection

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
TEXT_KINDS = frozenset({FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.TEXT_LIST})
_TABLES = ("search_text", "search_sensitive")  # (ordinary, sensitive), as bodies() returns


def normalize(text: str) -> str:
    """Strip Arabic diacritics (harakat, Quranic marks) and tatweel (ASCII text has none: most
    fields an import indexes, twice per record, are returned as they are)."""
    return text if text.isascii() else _ARABIC_MARKS.sub("", text)


def _text_of(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return "" if value is None else str(value)


def bodies(kind: str, fields: Mapping[str, Any],
           marked: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(ordinary text, sensitive text) to index for a record; `marked`: the free-text fields a
    caseworker marked sensitive for this record (store/sharing.py)."""
    plain: list[str] = []
    sensitive: list[str] = []
    for name, always_sensitive in _indexed_fields(kind):
        text = _text_of(fields.get(name))
        if text:
            (sensitive if always_sensitive or name in marked else plain).append(normalize(text))
    return "\n".join(plain), "\n".join(sensitive)


@functools.cache
def _indexed_fields(kind: str) -> tuple[tuple[str, bool], ...]:
    """(name, sensitive in the model) of the kind's text fields, in field order (`bodies`, twice
    per edited record in an import)."""
    return tuple((name, info.sensitive) for name, info in field_infos(KINDS[kind].cls).items()
                 if info.kind in TEXT_KINDS)


def has_marks(conn: Connection) -> bool:
    """Whether the schema holds sensitive marks (version 10 on; a connection still at an older
    schema, as while a migration's data is seeded, has none)."""
    if not getattr(conn, "has_sensitive_marks", False):
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'sensitive_marks'").fetchone() is None:
            return False
        with contextlib.suppress(AttributeError):  # bench/'s plain sqlite3 reference holds none
            conn.has_sensitive_marks = True  # known from now on (a schema never loses the table)
    return True


def _marks(conn: Connection, rowid: int) -> frozenset[str]:
    """The fields a caseworker marked sensitive for the record with this full-text rowid."""
    return marks_of(conn, [rowid]).get(rowid, frozenset())


def marks_of(conn: Connection, rowids: Sequence[int]) -> dict[int, frozenset[str]]:
    """`_marks` of many records in a few statements: full-text rowid -> its marked fields, for
    those that have any (the index run before a commit: RecordStore._write_index)."""
    found: dict[int, set[str]] = {}
    if not has_marks(conn):
        return {}
    for start in range(0, len(rowids), IDS_PER_QUERY):
        chunk = list(rowids[start:start + IDS_PER_QUERY])
        places = ", ".join("?" for _ in chunk)
        for rowid, field in conn.execute(
                "SELECT r.rowid, m.field FROM sensitive_marks m JOIN records r "
                f"ON r.id = m.record_id WHERE r.rowid IN ({places})", chunk):
            found.setdefault(int(rowid), set()).add(str(field))
    return {rowid: frozenset(names) for rowid, names in found.items()}


def index_record(conn: Connection, rowid: int, kind: str, fields: Mapping[str, Any],
                 held: Mapping[str, Any] | None, marked: frozenset[str] | None = None) -> None:
    """Index a record's text. `held`: the fields whose text the index holds for it now (its
    display row before this write; empty for a record new here), or None when that is not known
    (its sensitive marks changed): both rows are then replaced.

    The tables keep no copy of the text (contentless, migration 23), so what the index holds is
    computed from `held` with the same marks; a row whose text did not change is left alone
    (most edits change a status or a date, and an FTS5 update is not free). `marked`: the
    record's sensitive marks when the caller read them (`marks_of`).
    """
    if marked is None:
        marked = _marks(conn, rowid)
    new = bodies(kind, fields, marked)
    old = bodies(kind, held, marked) if held is not None else (None, None)
    for table, before, body in zip(_TABLES, old, new, strict=True):
        if before is None:
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
            before = ""
        if before == body:
            continue
        if not before:
            conn.execute(f"INSERT INTO {table}(rowid, body) VALUES (?, ?)", (rowid, body))
        elif not body:
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        else:  # FTS5 takes the old text's terms out and puts the new one's in
            conn.execute(f"UPDATE {table} SET body = ? WHERE rowid = ?", (body, rowid))


def unindex_record(conn: Connection, rowid: int) -> None:
    """Remove a record's terms for good (purge), in the caller's transaction.

    A contentless-delete table deletes by marking the row deleted (a tombstone) in the segments
    that hold its terms; the terms themselves leave the b-tree only when those segments are
    merged. So every segment is merged here ('optimize'), before the purge commits: the shadow
    tables then hold no word of the record (tests/test_vault_files.py reads them), and the
    freed pages are zeroed (`secure_delete`).
    """
    for table in _TABLES:
        conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
    optimize(conn)


def optimize(conn: Connection) -> None:
    """Merge every index segment: deleted and replaced terms leave the b-tree (purge)."""
    conn.execute("INSERT INTO search_text(search_text) VALUES ('optimize')")
    conn.execute("INSERT INTO search_sensitive(search_sensitive) VALUES ('optimize')")
