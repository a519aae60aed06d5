"""Full-text search across every kind of record, with the list filters, for the CLI and the GUI.

Sensitive fields (a legal name, a related person's name, contact details) live in their own
index and are searched only when the caller asks; either way a hit is shown by its safe title
(model/display.py), never by the text that matched, so a search cannot put a sensitive value on
screen. Filters mean what they mean in lists (services/casework.record_query): a filter that
does not apply to a kind (a category for a defender) leaves that kind out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from ..errors import InvalidValue
from ..model.dates import DateFormatError, parse_date
from ..model.display import title_of
from ..model.fields import FieldKind, field_infos
from ..model.records import KINDS
from ..model.vocab import VOCABULARIES
from ..store.dbapi import Connection
from ..store.queries import some_columns, where_sql
from ..store.search_query import KindCheck, RankedRow, match_expression, ranked_rows
from ..store.sharing import marks_of_many
from .casework import RecordFilter, record_query
from .validation import clean_values

# Matches ranked per query at most (see store/search_query.py): exact below, bounded above.
RANK_WINDOW = 300
_TITLE_KINDS = frozenset({FieldKind.TEXT, FieldKind.ENUM, FieldKind.DATE, FieldKind.COUNTRY,
                          FieldKind.INT})


@dataclass(frozen=True)
class SearchHit:
    """One result: what it is, its id, a title safe to show anyone, and its bm25 rank."""

    kind: str
    id: str
    title: str
    rank: float  # bm25: lower is better; results come best first


def status_slugs() -> tuple[str, ...]:
    """Every status any kind of record can have (search filters across kinds)."""
    slugs: list[str] = []
    for kind in KINDS.values():
        info = field_infos(kind.cls).get("status")
        if info is not None and info.vocab:
            slugs.extend(s for s in VOCABULARIES[info.vocab].slugs() if s not in slugs)
    return tuple(slugs)


def _kind_has_status(kind: str, status: str) -> bool:
    info = field_infos(KINDS[kind].cls).get("status")
    return bool(info and info.vocab and status in VOCABULARIES[info.vocab])


def _day(option: str, value: date | str | None, end: str) -> date | None:
    """A filter date; text may be any accepted date form (its first or last day)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            parsed = parse_date(value.strip())
        except DateFormatError as exc:
            raise InvalidValue(option, str(exc), exc.code, exc.values) from None
        day: date = getattr(parsed, end)
        return day
    raise InvalidValue(option, "must be a date")


def search_filter(
    *,
    category: str | None = None,
    country: str | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    status: str | None = None,
) -> RecordFilter:
    """Checked filters (InvalidValue naming the option when one is wrong)."""
    flt = RecordFilter()
    if category is not None:
        flt.category = clean_values("incident", {"category": category}, partial=True)["category"]
        if flt.category is None:
            raise InvalidValue("category", "is empty")
    if country is not None:
        flt.country = clean_values("incident", {"country": country}, partial=True)["country"]
        if flt.country is None:
            raise InvalidValue("country", "is empty")
    if status is not None:
        if status not in status_slugs():
            raise InvalidValue("status", f"{status!r} is not one of: {', '.join(status_slugs())}")
        flt.status = (status,)
    flt.date_from = _day("from", date_from, "first")
    flt.date_to = _day("to", date_to, "last")
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise InvalidValue("from", "is after the end of the date range")
    return flt


def kind_checks(flt: RecordFilter, *, include_deleted: bool) -> list[KindCheck]:
    """Per kind, the SQL deciding which of its records may be returned (none: kind left out)."""
    checks: list[KindCheck] = []
    for kind in KINDS:
        if flt.status and not _kind_has_status(kind, flt.status[0]):
            continue
        try:
            query = record_query(kind, flt)
        except InvalidValue:
            continue  # the filter does not apply to this kind
        if include_deleted:
            query.deleted = None
        where, params = where_sql(query, per_row=True)
        checks.append(KindCheck(kind, None if where == "1" else where, tuple(params)))
    return checks


def _merge(groups: Iterable[list[RankedRow]]) -> list[RankedRow]:
    """Best row per record across the plain and sensitive indexes, best first."""
    best: dict[int, RankedRow] = {}
    for rows in groups:
        for row in rows:
            if row.rowid not in best or row.score < best[row.rowid].score:
                best[row.rowid] = row
    return sorted(best.values(), key=lambda r: (r.score, -r.rowid))


@cache
def title_fields(kind: str) -> tuple[str, ...]:
    """The fields a title may use: short, one-value and not sensitive (title_of reads no
    others), so hits load neither long texts nor anything sensitive."""
    return tuple(name for name, info in field_infos(KINDS[kind].cls).items()
                 if info.kind in _TITLE_KINDS and not info.sensitive)


def _shown(conn: Connection, kind: str, ids: list[str]) -> dict[str, tuple[bool, str]]:
    """id -> (deleted, title) for the records of one kind that still have a display row."""
    marks = marks_of_many(conn, ids)
    return {i: (deleted, title_of(kind, values, marks.get(i, ()))) for i, (deleted, values)
            in some_columns(conn, kind, ids, title_fields(kind)).items()}


def _hits(conn: Connection, ranked: list[RankedRow], limit: int, *,
          drop_deleted: bool) -> list[SearchHit]:
    """The first `limit` ranked rows as hits, looked up a page at a time (deleted records
    dropped here when the ranking did not check them)."""
    hits: list[SearchHit] = []
    page = max(limit, 16)
    for start in range(0, len(ranked), page):
        rows = ranked[start:start + page]
        by_kind: dict[str, list[str]] = {}
        for row in rows:
            by_kind.setdefault(row.kind, []).append(row.id)
        shown = {kind: _shown(conn, kind, ids) for kind, ids in by_kind.items()}
        for row in rows:
            found = shown[row.kind].get(row.id)
            if found is None or (found[0] and drop_deleted):
                continue
            hits.append(SearchHit(row.kind, row.id, found[1], row.score))
            if len(hits) == limit:
                return hits
    return hits


def _filtered(flt: RecordFilter) -> bool:
    return bool(flt.category or flt.country or flt.status or flt.date_from or flt.date_to)


def search(
    conn: Connection,
    text: str,
    *,
    category: str | None = None,
    country: str | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    status: str | None = None,
    include_sensitive: bool = False,
    include_deleted: bool = False,
    limit: int = 50,
) -> list[SearchHit]:
    """Records matching every word of `text` (the last as a prefix), best first.

    Words that hold nothing searchable (`"`, `--`, "") give []. Filters are checked even then,
    so a wrong date or category is always reported. Purged records are never found.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InvalidValue("limit", "must be a whole number of at least 1")
    if not isinstance(text, str):
        raise InvalidValue("query", "must be text")
    flt = search_filter(category=category, country=country, date_from=date_from,
                        date_to=date_to, status=status)
    match = match_expression(text)
    if match is None:
        return []
    # Without filters, nothing is checked per hit while ranking; deleted records are dropped
    # from the ranked list afterwards (few are looked up). With filters, each hit is checked.
    checks = kind_checks(flt, include_deleted=include_deleted) if _filtered(flt) else None
    window = max(RANK_WINDOW, limit)
    groups = [ranked_rows(conn, match, checks, window=window)]
    if include_sensitive:
        groups.append(ranked_rows(conn, match, checks, sensitive=True, window=window))
    return _hits(conn, _merge(groups), limit, drop_deleted=not include_deleted)
