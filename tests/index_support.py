"""What the two search tables hold, read the way FTS5 keeps it (they hold terms, not text:
migration 23), for the tests of the index and of purge."""

from __future__ import annotations

from hrd_desk.services.session import Session
from hrd_desk.store import search_index
from hrd_desk.store.dbapi import Connection


def terms(conn: Connection, table: str, rowid: int, schema: str = "main"
           ) -> list[tuple[str, int]]:
    """(term, position) of one row of a search table, as FTS5 holds them."""
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_at "
                 f"USING fts5vocab({schema}, {table}, instance)")
    return sorted((str(t), int(o)) for t, o in conn.execute(
        f"SELECT term, offset FROM temp.{table}_at WHERE doc = ?", (rowid,)))


def indexed(session: Session, record_id: str) -> tuple[list[tuple[str, int]], ...]:
    """The terms the two search tables hold for a record (they keep no copy of its text)."""
    (rowid,) = session.conn.execute("SELECT rowid FROM records WHERE id = ?",
                                    (record_id,)).fetchone()
    return tuple(terms(session.conn, t, rowid) for t in ("search_text", "search_sensitive"))


def terms_of(session: Session, *texts: str) -> tuple[list[tuple[str, int]], ...]:
    """The terms the search tables would hold for these texts (same tokenizer, in a scratch
    table that keeps its content)."""
    conn = session.conn
    conn.execute('CREATE VIRTUAL TABLE temp.scratch USING fts5(body, tokenize = "unicode61 '
                 'remove_diacritics 2")')
    try:
        conn.executemany("INSERT INTO temp.scratch(rowid, body) VALUES (?, ?)",
                         [(n, text) for n, text in enumerate(texts, 1) if text])
        return tuple(terms(conn, "scratch", n, "temp") for n in range(1, len(texts) + 1))
    finally:
        conn.execute("DROP TABLE temp.scratch_at")
        conn.execute("DROP TABLE temp.scratch")


def found(session: Session, word: str) -> set[str]:
    rows = session.conn.execute(
        "SELECT r.id FROM search_text AS s JOIN records AS r ON r.rowid = s.rowid "
        "WHERE search_text MATCH ?", (f'"{search_index.normalize(word)}"',)
    )
    return {str(r[0]) for r in rows}
