"""What goes into the full-text indexes, and the text normalisation shared with queries.

Two FTS5 tables: `search_text` for ordinary fields and `search_sensitive` for fields the model
marks sensitive (searched only on request; results never quote it). Both use
`unicode61 remove_diacritics 2`, which folds Latin diacritics; Arabic harakat and tatweel are not
diacritics to that tokenizer, so they are stripped here, on indexing and on querying alike.
"""

from __future__ import annotations

import contextlib
import json
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


def _held(conn: Connection, rowid: int) -> tuple[str | None, str | None, frozenset[str]]:
    """The record's indexed texts (ordinary, sensitive; None where it has no row) and the fields
    a caseworker marked sensitive for it, in one statement (an import asks for every record)."""
    marks = ("(SELECT json_group_array(m.field) FROM sensitive_marks m JOIN records r "
             "ON r.id = m.record_id WHERE r.rowid = ?1)") if has_marks(conn) else "'[]'"
    plain, sensitive, marked = conn.execute(
        f"SELECT (SELECT body FROM {_TABLES[0]} WHERE rowid = ?1), "
        f"(SELECT body FROM {_TABLES[1]} WHERE rowid = ?1), {marks}", (rowid,)).fetchone()
    return plain, sensitive, frozenset(json.loads(marked))


def index_record(conn: Connection, rowid: int, kind: str, fields: Mapping[str, Any]) -> None:
    """Index a record's text, leaving an index row alone when its text has not changed (most
    edits change a status or a date: a delete and insert in FTS5 is not free).
    """
    plain, sensitive, marked = _held(conn, rowid)
    for table, old, body in zip(_TABLES, (plain, sensitive), bodies(kind, fields, marked),
                                strict=True):
        if old is None:
            if body:
                conn.execute(f"INSERT INTO {table}(rowid, body) VALUES (?, ?)", (rowid, body))
        elif not body:
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        elif old != body:  # FTS5 takes the old text's terms out and puts the new one's in
            conn.execute(f"UPDATE {table} SET body = ? WHERE rowid = ?", (body, rowid))


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
