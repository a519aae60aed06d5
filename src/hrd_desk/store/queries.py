"""Reading records: one record, or a filtered, sorted page of a kind, all in SQL.

Filtering and sorting happen in the database (never in a view over partly loaded rows), so a list
of 100,000 incidents costs one indexed query per page and `count` is the filtered total.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

from ..crypto.canonical import decode, encode
from ..errors import NotFound
from ..model.fields import LIST_KINDS, FieldKind, field_infos
from ..model.outside import looks_key
from ..model.records import KINDS, Stored
from .dbapi import Connection
from .records import record_kind
from .search_index import has_marks

_BOOK = ("id", "created", "updated", "origin", "deleted", "conflict")


@cache
def _field_columns(kind: str) -> tuple[str, ...]:
    return tuple(field_infos(KINDS[kind].cls))


@cache
def sortable_columns(kind: str) -> frozenset[str]:
    """Columns a list may be ordered by (dates by their first possible day, the more precise
    first: the virtual `{name}_order` columns of schema v8)."""
    names = {"created", "updated"}
    for name, info in field_infos(KINDS[kind].cls).items():
        if info.kind in LIST_KINDS:
            continue
        names.add(f"{name}_order" if info.kind == FieldKind.DATE else name)
    return frozenset(names)


@dataclass
class ListQuery:
    """A filtered, ordered page of one kind. Values are always bound, never spliced into SQL."""

    kind: str
    equals: dict[str, Any] = field(default_factory=dict)
    any_of: dict[str, Sequence[Any]] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)  # link field contains value
    date_field: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    # (SQL with ? placeholders, values), built by services for filters no generic form covers
    extra: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    deleted: bool | None = False  # None: deleted or not (search with include_deleted)
    order_by: str | None = None
    descending: bool = True
    limit: int | None = None
    offset: int = 0
    # the order of `order_by`'s values when it is not their own (a country code or vocabulary
    # slug by its name in the reader's language): value -> place; unlisted values sort as NULL
    order_ranks: Mapping[str, int] | None = None


def _vocabulary_link(kind: str, name: str) -> bool:
    """A link to a vocabulary value (an incident's categories), not to another record."""
    info = field_infos(KINDS[kind].cls).get(name)
    return name == "categories" or (info is not None and info.kind == FieldKind.ENUM_LIST)


# A task is about a defender when it names the defender, or a stay or case of that defender (a
# task made with only `--relocation` or `--case` still belongs on the defender's list).
TASK_ABOUT_DEFENDER = (
    't.defender = ? OR t.relocation IN (SELECT id FROM relocations WHERE defender = ?) '
    'OR t."case" IN (SELECT id FROM cases WHERE defender = ?)'
)


def where_sql(
    query: ListQuery, *, per_row: bool = False, vocabulary_per_row: bool = False
) -> tuple[str, list[Any]]:
    """The query's filters as SQL over the kind's table aliased `t`, with bound values.

    `per_row` writes link filters as a look-up per row instead of a set built first: cheaper
    when rows are checked one by one as another index finds them (full-text hits).
    `vocabulary_per_row` does so only for links to vocabulary values, for pages read in index
    order up to a limit: a category matches a large share of rows, so a page finds its rows
    after a few look-ups, while building the set of every id in the category costs ~20 ms at
    100,000 incidents with SQLCipher's memory security (category pages 28 ms -> 2-6 ms). A link
    to a record (a defender) is selective: its small set stays cheaper than a look-up per row.
    """
    columns = set(_field_columns(query.kind))
    clauses = ["1"] if query.deleted is None else ["t.deleted = ?"]
    params: list[Any] = [] if query.deleted is None else [int(query.deleted)]
    # Dates first: SQLite tests terms in the order written, and the date-ordered list indexes
    # hold both ends of the date (schema v6), so rows outside the range are passed over in the
    # index before any link look-up runs (3-6x faster category + country + date lists).
    if query.date_field:
        if query.date_field not in columns:
            raise ValueError(f"unknown field {query.date_field}")
        if query.date_from:
            clauses.append(f"t.{query.date_field}_last >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to:
            clauses.append(f"t.{query.date_field}_first <= ?")
            params.append(query.date_to.isoformat())
    for name, value in query.equals.items():
        if name not in columns:
            raise ValueError(f"unknown field {name}")
        clauses.append(f't."{name}" = ?')
        params.append(value)
    for name, values in query.any_of.items():
        if name not in columns:
            raise ValueError(f"unknown field {name}")
        clauses.append(f't."{name}" IN ({", ".join("?" for _ in values)})')
        params.extend(values)
    for name, value in query.refs.items():
        row_wise = per_row or (vocabulary_per_row and _vocabulary_link(query.kind, name))
        clauses.append(
            "EXISTS (SELECT 1 FROM record_refs WHERE field = ? AND value = ? AND record_id = t.id)"
            if row_wise else
            "t.id IN (SELECT record_id FROM record_refs WHERE field = ? AND value = ?)"
        )
        params.extend((f"{query.kind}.{name}", value))
    for sql, values in query.extra:
        clauses.append(f"({sql})")
        params.extend(values)
    return " AND ".join(clauses), params


def row_to_stored(kind: str, row: Sequence[Any]) -> Stored:
    infos = field_infos(KINDS[kind].cls)
    values = dict(zip(_BOOK + _field_columns(kind), row, strict=True))
    fields: dict[str, Any] = {}
    for name, info in infos.items():
        value = values[name]
        if info.kind in LIST_KINDS:
            value = decode(value.encode("utf-8")) if value else []
        fields[name] = value
    return Stored(
        kind=kind,
        id=values["id"],
        fields=fields,
        created=values["created"],
        updated=values["updated"],
        origin=values["origin"],
        deleted=bool(values["deleted"]),
        conflict=bool(values["conflict"]),
    )


def _select(kind: str) -> str:
    cols = ", ".join(f't."{c}"' for c in _BOOK + _field_columns(kind))
    return f"SELECT {cols} FROM {KINDS[kind].table} AS t"


SMALL_RANKS = 32  # a vocabulary: a CASE over all its values costs less than finding them


def ranked(conn: Connection, key: str, ranks: Mapping[str, int] | None, table: str,
           column: str) -> tuple[str, list[Any]]:
    """An ORDER BY key (SQL, its values): `key` itself (the SQL naming `table`'s `column` in
    the caller's query), or with `ranks` its values' places, bound as a CASE. A vocabulary's
    few values are all listed; a longer ranking (countries) only the values the table holds (a
    list of 100,000 incidents holds a few dozen countries; a CASE over all 250 costs 8x more a
    page). Values the ranks do not name sort as NULL."""
    if not ranks:
        return key, []
    present: Sequence[Any] = list(ranks)
    if len(present) > SMALL_RANKS:
        present = [r[0] for r in conn.execute(
            f'SELECT DISTINCT "{column}" FROM {table} WHERE "{column}" IS NOT NULL')]
    listed = [value for value in present if value in ranks]
    if not listed:
        return "NULL", []
    whens = " ".join("WHEN ? THEN ?" for _ in listed)
    return f"(CASE {key} {whens} END)", [x for v in listed for x in (v, ranks[v])]


def _order_key(conn: Connection, query: ListQuery) -> tuple[str, list[Any]]:
    column = query.order_by or "updated"
    if column not in sortable_columns(query.kind):
        raise ValueError(f"cannot sort by {column}")
    return ranked(conn, f't."{column}"', query.order_ranks, KINDS[query.kind].table, column)


def list_records(conn: Connection, query: ListQuery) -> list[Stored]:
    where, params = where_sql(query, vocabulary_per_row=query.limit is not None)
    sql = f"{_select(query.kind)} WHERE {where}"
    key, key_params = _order_key(conn, query)
    direction = "DESC" if query.descending else "ASC"
    sql += f" ORDER BY {key} {direction}, t.id {direction}"
    params.extend(key_params)
    if query.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params.extend((query.limit, query.offset))
    return with_marks(conn, [row_to_stored(query.kind, r) for r in conn.execute(sql, params)])


def with_marks(conn: Connection, records: list[Stored]) -> list[Stored]:
    """Put the free-text fields marked sensitive for each record in its `extra["marked"]`."""
    if not records or not has_marks(conn):
        return records
    marked: dict[str, set[str]] = {}
    for record_id, name in conn.execute(
            "SELECT record_id, field FROM sensitive_marks WHERE record_id IN "
            "(SELECT value FROM json_each(?))",
            (encode(sorted({r.id for r in records})).decode("utf-8"),)):
        marked.setdefault(str(record_id), set()).add(str(name))
    for record in records:
        record.extra["marked"] = frozenset(marked.get(record.id, ()))
    return records


def count_records(conn: Connection, query: ListQuery) -> int:
    where, params = where_sql(query)
    table = KINDS[query.kind].table
    row = conn.execute(f"SELECT count(*) FROM {table} AS t WHERE {where}", params).fetchone()
    return int(row[0])


def position_in(conn: Connection, query: ListQuery, record_id: str) -> int | None:
    """The row a record has in `query`'s order (None when the query does not list it).

    Counts the rows that sort before it, with the ordering rules of `list_records` (column, then
    id, both ascending or descending; NULL is the smallest value).
    """
    key, kp = _order_key(conn, query)
    mine = replace(query, extra=[*query.extra, ("t.id = ?", (record_id,))], limit=None, offset=0)
    if count_records(conn, mine) == 0:
        return None
    table = KINDS[query.kind].table
    value = conn.execute(f"SELECT {key} FROM {table} AS t WHERE t.id = ?",
                         (*kp, record_id)).fetchone()[0]
    col = key
    params: tuple[Any, ...]
    if query.descending:  # before = greater value, or equal value and greater id
        if value is None:
            clause, params = f"({col} IS NOT NULL OR t.id > ?)", (*kp, record_id)
        else:
            clause = f"({col} > ? OR ({col} = ? AND t.id > ?))"
            params = (*kp, value, *kp, value, record_id)
    elif value is None:
        clause, params = f"({col} IS NULL AND t.id < ?)", (*kp, record_id)
    else:
        clause = f"({col} IS NULL OR {col} < ? OR ({col} = ? AND t.id < ?))"
        params = (*kp, *kp, value, *kp, value, record_id)
    before = replace(query, extra=[*query.extra, (clause, params)], limit=None, offset=0)
    return count_records(conn, before)


def get_record(conn: Connection, record_id: str, kind: str | None = None) -> Stored:
    """A record by id, deleted or not; NotFound if unknown, purged or of another kind."""
    actual = record_kind(conn, record_id)
    if actual is None or (kind is not None and actual != kind):
        raise NotFound(kind or "record", record_id)
    row = conn.execute(f"{_select(actual)} WHERE t.id = ?", (record_id,)).fetchone()
    if row is None:
        raise NotFound(kind or "record", record_id)
    return with_marks(conn, [row_to_stored(actual, row)])[0]


def get_many(conn: Connection, kind: str, ids: Sequence[str]) -> dict[str, Stored]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(f"{_select(kind)} WHERE t.id IN ({marks})", list(ids))
    return {r.id: r for r in with_marks(conn, [row_to_stored(kind, r) for r in rows])}


def some_columns(conn: Connection, kind: str, ids: Sequence[str],
                 names: Sequence[str]) -> dict[str, tuple[bool, dict[str, Any]]]:
    """id -> (deleted, {name: value}) for the records of `kind` in `ids` that have a display row,
    reading only the columns `names` (field columns of that kind)."""
    unknown = set(names) - set(_field_columns(kind))
    if unknown:
        raise ValueError(f"unknown field {sorted(unknown)[0]}")
    if not ids:
        return {}
    columns = "".join(f', t."{name}"' for name in names)
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(f"SELECT t.id, t.deleted{columns} FROM {KINDS[kind].table} AS t "
                        f"WHERE t.id IN ({marks})", list(ids))
    return {str(row[0]): (bool(row[1]), dict(zip(names, row[2:], strict=True))) for row in rows}


def first_received(conn: Connection, record_id: str) -> str | None:
    """When this vault first received a version of the record from a colleague (None: made here
    and never received)."""
    row = conn.execute("SELECT min(received_at) FROM versions WHERE record_id = ? "
                       "AND received_from IS NOT NULL", (record_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def live_ids_where_text(conn: Connection, kind: str, name: str, value: str) -> list[str]:
    """Ids of live records of `kind` whose text field `name` looks the same as `value` (case in
    any script, Unicode normalisation and invisible characters ignored: done here, since
    SQLite's lower() folds ASCII only)."""
    if name not in _field_columns(kind):
        raise ValueError(f"unknown field {name}")
    wanted = _looks(value)
    rows = conn.execute(f'SELECT id, "{name}" FROM {KINDS[kind].table} '
                        f'WHERE deleted = 0 AND "{name}" IS NOT NULL')
    return [str(r[0]) for r in rows if _looks(str(r[1])) == wanted]


_looks = looks_key


def conflict_ids(conn: Connection) -> list[str]:
    """Ids of every record flagged as in conflict, newest change first within each kind."""
    ids: list[str] = []
    for spec in KINDS.values():
        ids += [str(r[0]) for r in conn.execute(
            f"SELECT id FROM {spec.table} WHERE conflict = 1 ORDER BY updated DESC")]
    return ids


def live_defender_consents(conn: Connection, only: str | None = None
                           ) -> list[tuple[str, str | None, str | None, str | None]]:
    """(id, name, codename, consent) of live defenders, by codename or name."""
    where = " AND id = ?" if only else ""
    rows = conn.execute(
        f"SELECT id, name, codename, consent FROM defenders WHERE deleted = 0{where} "
        "ORDER BY coalesce(codename, name) COLLATE NOCASE, id", (only,) if only else ()
    ).fetchall()
    return [(str(i), n, c, consent) for i, n, c, consent in rows]


def live_case_consents(conn: Connection, only: str | None = None) -> list[tuple[Any, ...]]:
    """(id, title, programme, status, defender, its name, codename, consent) of live cases."""
    where = " AND c.id = ?" if only else ""
    rows: list[tuple[Any, ...]] = conn.execute(
        "SELECT c.id, c.title, c.programme, c.status, c.defender, d.name, d.codename, d.consent "
        f"FROM cases c LEFT JOIN defenders d ON d.id = c.defender WHERE c.deleted = 0{where} "
        "ORDER BY coalesce(d.codename, d.name) COLLATE NOCASE, c.opened_last DESC, c.id",
        (only,) if only else (),
    ).fetchall()
    return rows
