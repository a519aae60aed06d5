"""Links and search index follow every edit (store/cache.py writes only what changed)."""

from __future__ import annotations

import random

from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session
from hrd_desk.store import cache, search_index
from hrd_desk.store.dbapi import Connection, transaction

WORDS = ("spyware", "summons", "checkpoint", "Medellín", "فاطمة", "Nguyễn", "raid", "lawsuit")


def _refs(session: Session, record_id: str) -> set[tuple[str, str]]:
    rows = session.conn.execute(
        "SELECT field, value FROM record_refs WHERE record_id = ?", (record_id,)
    )
    return {(str(f), str(v)) for f, v in rows}


def _terms(conn: Connection, table: str, rowid: int, schema: str = "main"
           ) -> list[tuple[str, int]]:
    """(term, position) of one row of a search table, as FTS5 holds them."""
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_at "
                 f"USING fts5vocab({schema}, {table}, instance)")
    return sorted((str(t), int(o)) for t, o in conn.execute(
        f"SELECT term, offset FROM temp.{table}_at WHERE doc = ?", (rowid,)))


def _indexed(session: Session, record_id: str) -> tuple[list[tuple[str, int]], ...]:
    """The terms the two search tables hold for a record (they keep no copy of its text)."""
    (rowid,) = session.conn.execute("SELECT rowid FROM records WHERE id = ?",
                                    (record_id,)).fetchone()
    return tuple(_terms(session.conn, t, rowid) for t in ("search_text", "search_sensitive"))


def _terms_of(session: Session, *texts: str) -> tuple[list[tuple[str, int]], ...]:
    """The terms the search tables would hold for these texts (same tokenizer, in a scratch
    table that keeps its content)."""
    conn = session.conn
    conn.execute('CREATE VIRTUAL TABLE temp.scratch USING fts5(body, tokenize = "unicode61 '
                 'remove_diacritics 2")')
    try:
        conn.executemany("INSERT INTO temp.scratch(rowid, body) VALUES (?, ?)",
                         [(n, text) for n, text in enumerate(texts, 1) if text])
        return tuple(_terms(conn, "scratch", n, "temp") for n in range(1, len(texts) + 1))
    finally:
        conn.execute("DROP TABLE temp.scratch_at")
        conn.execute("DROP TABLE temp.scratch")


def _found(session: Session, word: str) -> set[str]:
    rows = session.conn.execute(
        "SELECT r.id FROM search_text AS s JOIN records AS r ON r.rowid = s.rowid "
        "WHERE search_text MATCH ?", (f'"{search_index.normalize(word)}"',)
    )
    return {str(r[0]) for r in rows}


def test_links_and_index_match_the_fields_after_random_edits(session: Session) -> None:
    work = Casework(session)
    rng = random.Random(11)
    defenders = [work.add("defender", {"name": f"D {w}", "legal_name": f"L {w}"})
                 for w in WORDS[:4]]
    related = {d: work.add("related", {"defender": d, "name": "R", "relationship": "child"})
               for d in defenders}
    incidents = [work.add("incident", {"defenders": [d], "category": "digital",
                                       "occurred": "2024", "description": "spyware"})
                 for d in defenders]
    for _ in range(80):
        target = rng.choice(incidents)
        chosen = rng.sample(defenders, rng.choice((1, 2)))
        change = rng.choice((
            {"description": f"{rng.choice(WORDS)} {rng.choice(WORDS)}"},
            {"status": rng.choice(("open", "closed"))},
            {"also": rng.sample(["legal", "phone", "family"], rng.randint(0, 2))},
            {"defenders": chosen, "targets": [related[chosen[0]]]},
            {"category": rng.choice(("physical", "digital", "legal")), "location": None},
            {"location": rng.choice(WORDS)},
        ))
        work.edit("incident", target, change)
        person = rng.choice(defenders)
        work.edit("defender", person, {"legal_name": rng.choice((None, rng.choice(WORDS)))})

    for record_id in incidents + defenders:
        stored = work.get(None, record_id)
        assert _refs(session, record_id) == set(cache.ref_entries(stored.kind, stored.fields))
        assert _indexed(session, record_id) == _terms_of(
            session, *search_index.bodies(stored.kind, stored.fields))
    for word in WORDS:
        expected = {i for i in incidents
                    if search_index.normalize(word) in search_index.normalize(
                        f"{work.get('incident', i).fields['description']} "
                        f"{work.get('incident', i).fields['location'] or ''}")}
        assert _found(session, word) & set(incidents) == expected


def test_an_edit_that_empties_text_leaves_no_index_row(session: Session) -> None:
    work = Casework(session)
    defender = work.add("defender", {"name": "Amina", "legal_name": "Amina Okoye"})
    work.edit("defender", defender, {"legal_name": None})
    assert _indexed(session, defender) == _terms_of(session, "Amina", "")
    assert session.conn.execute("SELECT count(*) FROM search_sensitive").fetchone()[0] == 0


def test_a_record_written_twice_before_its_index_is_indexed_once_right(session: Session) -> None:
    """Two writes of one record in one transaction index it once, at the end, from what the
    index held before the first (the display row in between already shows the new text)."""
    work = Casework(session)
    defender = work.add("defender", {"name": "Amina"})
    incident = work.add("incident", {"defenders": [defender], "category": "digital",
                                     "occurred": "2024", "description": "spyware found"})
    with transaction(session.conn):
        session.store.update("incident", incident, {"description": "summons served"})
        session.store.update("incident", incident, {"status": "closed"})
    assert _indexed(session, incident) == _terms_of(session, "summons served", "")
    assert _found(session, "summons") == {incident}
    assert _found(session, "spyware") == set()


def test_marking_a_field_moves_its_words_even_when_no_text_changed(session: Session) -> None:
    """A sensitive mark changes what is indexed where without changing the display row."""
    work = Casework(session)
    defender = work.add("defender", {"name": "Amina", "organisation": "Raid Watch"})
    work.mark_sensitive("defender", defender, "organisation")
    assert _indexed(session, defender) == _terms_of(session, "Amina", "Raid Watch")
    work.mark_sensitive("defender", defender, "organisation", on=False)
    assert _indexed(session, defender) == _terms_of(session, "Amina\nRaid Watch", "")
