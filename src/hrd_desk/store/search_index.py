"""What goes into the full-text indexes, and the text normalisation shared with queries.

Two FTS5 tables: `search_text` for ordinary fields and `search_sensitive` for fields the model
marks sensitive (searched only on request; results never quote it). Both use
`unicode61 remove_diacritics 2`, which folds Latin diacritics; Arabic harakat and tatweel are not
diacritics to that tokenizer, so they are stripped here, on indexing and on querying alike.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from typing import Any

from ..model.fields import FieldKind, field_infos
from ..model.records import KINDS
from .dbapi import Connection

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_TEXT_KINDS = frozenset({FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.TEXT_LIST})
_TABLES = ("search_text", "search_sensitive")  # (ordinary, sensitive), as bodies() returns


def normalize(text: str) -> str:
    """Strip Arabic diacritics (harakat, Quranic marks) and tatweel."""
    return _ARABIC_MARKS.sub("", text)


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
    for name, info in field_infos(KINDS[kind].cls).items():
        if info.kind not in _TEXT_KINDS:
            continue
        text = _text_of(fields.get(name))
        if text:
            (sensitive if info.sensitive or name in marked else plain).append(normalize(text))
    return "\n".join(plain), "\n".join(sensitive)


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


def _marked(conn: Connection, rowid: int) -> frozenset[str]:
    """Fields a caseworker marked sensitive for this record."""
    if not has_marks(conn):
        return frozenset()
    return frozenset(str(r[0]) for r in conn.execute(
        "SELECT m.field FROM sensitive_marks m JOIN records r ON r.id = m.record_id "
        "WHERE r.rowid = ?", (rowid,)))


def index_record(conn: Connection, rowid: int, kind: str, fields: Mapping[str, Any]) -> None:
    """Index a record's text, leaving an index row alone when its text has not changed (most
    edits change a status or a date: a delete and insert in FTS5 is not free).
    """
    for table, body in zip(_TABLES, bodies(kind, fields, _marked(conn, rowid)), strict=True):
        row = conn.execute(f"SELECT body FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        if row is not None and row[0] == body:
            continue
        if row is not None:
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        if body:
            conn.execute(f"INSERT INTO {table}(rowid, body) VALUES (?, ?)", (rowid, body))


def unindex_record(conn: Connection, rowid: int) -> None:
    """Remove a record's terms for good (purge): FTS5 secure-delete is on for this delete only."""
    for table in _TABLES:
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")
        conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 0)")


def optimize(conn: Connection) -> None:
    """Merge index segments so deleted terms leave the b-tree (used after purge)."""
    conn.execute("INSERT INTO search_text(search_text) VALUES ('optimize')")
    conn.execute("INSERT INTO search_sensitive(search_sensitive) VALUES ('optimize')")
