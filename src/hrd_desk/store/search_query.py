"""Full-text queries: a user's words made safe for FTS5 MATCH, and the SQL that ranks the hits.

Words never reach FTS5's query language as typed: `anti-terror`, `O'Brien`, `NOT` or a lone `"`
would be operators or syntax errors there. Each word keeps the characters the tokenizer can
index (letters, digits, marks, private use), the rest become spaces, and it is quoted as a
phrase (so `anti-terror` is the phrase "anti terror"); words are ANDed; the last one is a
prefix, so results follow the user while typing.

How the hits are found, and why (measured on 110,000 indexed records):
- FTS5 can stop early only when it walks rowids in ascending order. Descending order reads whole
  doclists first (for a prefix query, tens to thousands of milliseconds), and ORDER BY rank
  scores every match before the first row comes out.
- bm25 costs a document-size look-up per scored row: about 1 microsecond, and 10 or more once
  SQLCipher's memory security has to mlock every allocation (a long-lived connection whose
  lookaside memory is taken by cached statements). A word in 10% of 100,000 incidents would
  cost 10 to 100 ms to rank in full.
- So the hits that pass the filters are ranked within a window of `window` recent ones (the
  registry's rowids grow with each new record), reached by slices of rowids taken newest first,
  each read in ascending order (within the last slice read, its older part fills the window).
  A capped count of the matches (doclists only: cheap) sizes the first slice. When no more
  than `window` records match, all of them are ranked, exactly; when more match, the best of
  the recent ones come first and the cost stays bounded.
- Filters are checked per hit, inside the same statement, before bm25 is computed: cheap when
  the words are rare, and bounded by the number of matches when they are common. Without
  filters nothing is checked per hit (a look-up in a kind's table costs more than bm25): the
  caller drops deleted records from the ranked window afterwards, looking up only as many as
  it shows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..model.records import KINDS
from .dbapi import Connection
from .search_index import normalize

PLAIN_TABLE = "search_text"
SENSITIVE_TABLE = "search_sensitive"
# Matches are counted up to this many times the window, to size the first slice of rowids.
COUNT_CAP = 32
# Each further slice of rowids is this many times wider than the one before.
SLICE_GROWTH = 4


def _token_char(ch: str) -> bool:
    """Characters unicode61 may keep in a token (letters, numbers, marks, private use)."""
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


def _has_letter_or_digit(word: str) -> bool:
    return any(unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Co"
               for ch in word)


def match_terms(text: str) -> list[str]:
    """The user's words cleaned for quoting (Arabic normalised as when indexing); empty when
    nothing in the text can match anything."""
    terms: list[str] = []
    for word in normalize(text).split():
        cleaned = " ".join("".join(ch if _token_char(ch) else " " for ch in word).split())
        if _has_letter_or_digit(cleaned):
            terms.append(cleaned)
    return terms


def match_expression(text: str) -> str | None:
    """An FTS5 MATCH expression for the user's text, or None when there is nothing to search.

    No `"` survives cleaning, so a quoted term cannot be escaped from.
    """
    terms = match_terms(text)
    if not terms:
        return None
    return " ".join(f'"{term}"' for term in terms) + "*"


@dataclass(frozen=True)
class KindCheck:
    """Which records of one kind may be returned: SQL over its display table aliased `t`,
    or None when any record of the kind will do."""

    kind: str
    where: str | None
    params: tuple[Any, ...] = ()


@dataclass(frozen=True)
class RankedRow:
    rowid: int
    kind: str
    id: str
    score: float  # bm25: lower is better


def _kind_filter(checks: Sequence[KindCheck]) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    for check in checks:
        params.append(check.kind)
        if check.where is None:
            parts.append("reg.kind = ?")
            continue
        table = KINDS[check.kind].table
        parts.append(
            f"(reg.kind = ? AND EXISTS (SELECT 1 FROM {table} AS t "
            f"WHERE t.id = reg.id AND {check.where}))"
        )
        params.extend(check.params)
    return " OR ".join(parts), params


def ranked_sql(table: str, checks: Sequence[KindCheck] | None) -> tuple[str, list[Any]]:
    """SQL taking (match, low rowid, high rowid, *filter values, count): rowid, kind, id and
    bm25 of the first `count` records in [low, high), ascending, that pass the checks (every
    record when `checks` is None)."""
    if table not in (PLAIN_TABLE, SENSITIVE_TABLE):
        raise ValueError(f"not a search table: {table}")
    kinds, params = _kind_filter(checks) if checks is not None else ("1", [])
    sql = (
        f"SELECT f.rowid, reg.kind, reg.id, bm25({table})"
        f" FROM {table} AS f JOIN records AS reg ON reg.rowid = f.rowid"
        f" WHERE {table} MATCH ? AND f.rowid >= ? AND f.rowid < ?"
        f" AND reg.purged = 0 AND ({kinds})"
        " ORDER BY f.rowid LIMIT ?"
    )
    return sql, params


def count_matches(conn: Connection, table: str, match: str, cap: int) -> int:
    """How many records match, counting no further than `cap`."""
    row = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)",
        (match, cap),
    ).fetchone()
    return int(row[0])


def ranked_rows(
    conn: Connection,
    match: str,
    checks: Sequence[KindCheck] | None,
    *,
    sensitive: bool = False,
    window: int,
) -> list[RankedRow]:
    """The newest `window` records that match and pass `checks` (None: no check here), best
    first (ties: newest first). Every match is ranked when no more than `window` match."""
    if checks is not None and not checks:
        return []
    table = SENSITIVE_TABLE if sensitive else PLAIN_TABLE
    low, high = conn.execute(  # two subqueries: each is one b-tree seek
        "SELECT (SELECT min(rowid) FROM records), (SELECT max(rowid) FROM records)"
    ).fetchone()
    if low is None:
        return []
    low, high = int(low), int(high)
    matches = count_matches(conn, table, match, COUNT_CAP * window)
    if matches == 0:
        return []
    span = high - low + 1
    if matches > window:  # a slice expected to hold half as many again as the window
        span = max(window, span * window * 3 // (matches * 2))
    sql, params = ranked_sql(table, checks)
    found: list[RankedRow] = []
    end = high + 1
    while len(found) < window and end > low:
        start = max(low, end - span)
        rows = conn.execute(sql, [match, start, end, *params, window - len(found)])
        found.extend(RankedRow(int(r[0]), str(r[1]), str(r[2]), float(r[3])) for r in rows)
        end, span = start, span * SLICE_GROWTH
    found.sort(key=lambda r: (r.score, -r.rowid))
    return found
