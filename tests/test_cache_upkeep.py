"""Links and search index follow every edit (store/cache.py writes only what changed)."""

from __future__ import annotations

import random

from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session
from hrd_desk.store import cache, search_index
from hrd_desk.store.dbapi import transaction
from index_support import found, indexed, terms_of

WORDS = ("spyware", "summons", "checkpoint", "Medellín", "فاطمة", "Nguyễn", "raid", "lawsuit")


def _refs(session: Session, record_id: str) -> set[tuple[str, str]]:
    rows = session.conn.execute(
        "SELECT field, value FROM record_refs WHERE record_id = ?", (record_id,)
    )
    return {(str(f), str(v)) for f, v in rows}


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
        assert indexed(session, record_id) == terms_of(
            session, *search_index.bodies(stored.kind, stored.fields))
    for word in WORDS:
        expected = {i for i in incidents
                    if search_index.normalize(word) in search_index.normalize(
                        f"{work.get('incident', i).fields['description']} "
                        f"{work.get('incident', i).fields['location'] or ''}")}
        assert found(session, word) & set(incidents) == expected


def test_an_edit_that_empties_text_leaves_no_index_row(session: Session) -> None:
    work = Casework(session)
    defender = work.add("defender", {"name": "Amina", "legal_name": "Amina Okoye"})
    work.edit("defender", defender, {"legal_name": None})
    assert indexed(session, defender) == terms_of(session, "Amina", "")
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
    assert indexed(session, incident) == terms_of(session, "summons served", "")
    assert found(session, "summons") == {incident}
    assert found(session, "spyware") == set()


def test_marking_a_field_moves_its_words_even_when_no_text_changed(session: Session) -> None:
    """A sensitive mark changes what is indexed where without changing the display row."""
    work = Casework(session)
    defender = work.add("defender", {"name": "Amina", "organisation": "Raid Watch"})
    work.mark_sensitive("defender", defender, "organisation")
    assert indexed(session, defender) == terms_of(session, "Amina", "Raid Watch")
    work.mark_sensitive("defender", defender, "organisation", on=False)
    assert indexed(session, defender) == terms_of(session, "Amina\nRaid Watch", "")
