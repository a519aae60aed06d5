"""Links and search index follow every edit (store/cache.py writes only what changed)."""

from __future__ import annotations

import random

from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session
from hrd_desk.store import cache, search_index

WORDS = ("spyware", "summons", "checkpoint", "Medellín", "فاطمة", "Nguyễn", "raid", "lawsuit")


def _refs(session: Session, record_id: str) -> set[tuple[str, str]]:
    rows = session.conn.execute(
        "SELECT field, value FROM record_refs WHERE record_id = ?", (record_id,)
    )
    return {(str(f), str(v)) for f, v in rows}


def _indexed(session: Session, record_id: str) -> tuple[str, str]:
    rowid = session.conn.execute("SELECT rowid FROM records WHERE id = ?", (record_id,)).fetchone()
    texts = []
    for table in ("search_text", "search_sensitive"):
        row = session.conn.execute(f"SELECT body FROM {table} WHERE rowid = ?", rowid).fetchone()
        texts.append(row[0] if row else "")
    return texts[0], texts[1]


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
        assert _indexed(session, record_id) == search_index.bodies(stored.kind, stored.fields)
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
    assert _indexed(session, defender) == ("Amina", "")
    assert session.conn.execute("SELECT count(*) FROM search_sensitive").fetchone()[0] == 0
