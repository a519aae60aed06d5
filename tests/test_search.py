"""Full-text search: finds what a caseworker typed, whatever the punctuation or diacritics,
narrows by the list filters, keeps sensitive fields out unless asked and never shows them, and
never finds deleted (unless asked) or purged records."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from hrd_desk.errors import InvalidValue
from hrd_desk.model.display import title_of, vocab_label
from hrd_desk.model.fields import LIST_KINDS, FieldKind, field_infos, sensitive_fields
from hrd_desk.model.records import KINDS
from hrd_desk.model.vocab import VOCABULARIES
from hrd_desk.services import search as search_module
from hrd_desk.services.casework import Casework
from hrd_desk.services.search import SearchHit, search, title_fields
from hrd_desk.services.session import Session
from hrd_desk.store.search_query import match_expression

LEGAL_NAME = "Wanjiru Kamau-Odhiambo"
SISTER = "Zulaikha"
PHONE = "+254 700 111222"


@pytest.fixture
def work(session: Session) -> Casework:
    return Casework(session)


@pytest.fixture
def data(work: Casework) -> dict[str, str]:
    """A small vault: two defenders in two countries, a related person, incidents, a case."""
    amina = work.add("defender", {
        "name": "Amina", "codename": "Falcon", "country": "KE", "legal_name": LEGAL_NAME,
        "contact": PHONE, "notes": "works with the anti-terror law coalition",
    })
    luis = work.add("defender", {"name": "Luis Nguyễn", "country": "CO"})
    sister = work.add("related", {"defender": amina, "name": SISTER, "relationship": "sibling",
                                  "notes": "lives near the border crossing"})
    spyware = work.add("incident", {
        "defenders": [amina], "category": "digital", "also": ["phone"], "occurred": "2024-03",
        "description": "spyware found on her phone after the hearing", "status": "open",
    })
    raid = work.add("incident", {
        "defenders": [amina], "category": "physical", "occurred": "2023-07-02",
        "description": "raid on the office, phone seized by O'Brien's unit", "status": "closed",
    })
    abroad = work.add("incident", {
        "defenders": [luis], "category": "legal", "occurred": "2024-05-10", "country": "PE",
        "description": "summons while abroad; phone searched at the border",
    })
    case = work.add("case", {"defender": amina, "programme": "emergency", "opened": "2024-04-02",
                             "title": "Phone replacement", "status": "active",
                             "notes": "new phone handed over"})
    return {"amina": amina, "luis": luis, "sister": sister, "spyware": spyware, "raid": raid,
            "abroad": abroad, "case": case}


def _ids(hits: list[SearchHit]) -> list[str]:
    return [h.id for h in hits]


def _found(session: Session, text: str, **filters: Any) -> set[str]:
    return set(_ids(search(session.conn, text, **filters)))


# -- what is found ---------------------------------------------------------------------------


def test_finds_every_kind_by_its_text_including_notes(
    session: Session, data: dict[str, str]
) -> None:
    assert _found(session, "phone") == {data["spyware"], data["raid"], data["abroad"],
                                        data["case"]}
    # a defender's and a related person's notes are sensitive (issue 10): searched on request
    assert _found(session, "coalition") == set() == _found(session, "crossing")
    assert _found(session, "coalition", include_sensitive=True) == {data["amina"]}
    assert _found(session, "crossing", include_sensitive=True) == {data["sister"]}
    assert _found(session, "handed") == {data["case"]}  # a case's notes
    assert _found(session, "Falcon") == {data["amina"]}  # codename


def test_hits_carry_kind_id_safe_title_and_rank(session: Session, data: dict[str, str]) -> None:
    hits = {h.id: h for h in search(session.conn, "phone")}
    assert hits[data["spyware"]].kind == "incident"
    digital = vocab_label("threat_categories", "digital")
    assert hits[data["spyware"]].title == f"Incident: {digital}, 2024-03"
    assert hits[data["case"]].kind == "case"
    assert hits[data["case"]].title == "Case: Phone replacement (active)"
    falcon = search(session.conn, "coalition", include_sensitive=True)[0]
    assert (falcon.kind, falcon.title) == ("defender", "Falcon")  # codename, not name
    assert all(isinstance(h.rank, float) for h in hits.values())


@pytest.mark.parametrize("text, expected", [
    ("anti-terror", "amina"),
    ("O'Brien", "raid"),
    ("o'brien's", "raid"),
    ("NOT", None),
    ('"', None),
    ("phone AND", None),
    ("NEAR(phone", None),
    ("description:phone", None),
    ("-phone", None),
    ("phone*", None),
    ("^phone", None),
    ("(((", None),
    ("'", None),
    ("phone\x00", None),
    ("\ud800", None),
])
def test_ordinary_words_never_break_a_query(
    session: Session, data: dict[str, str], text: str, expected: str | None
) -> None:
    # no exception, whatever FTS5 syntax it resembles (the notes searched are sensitive)
    hits = search(session.conn, text, include_sensitive=True)
    if expected:
        assert data[expected] in _ids(hits)


def test_syntax_words_are_searched_as_words(work: Casework, session: Session,
                                            data: dict[str, str]) -> None:
    did_not = work.add("incident", {"defenders": [data["luis"]], "category": "other",
                                    "occurred": "2024", "description": "police did NOT act"})
    assert _found(session, "NOT") == {did_not}
    assert _found(session, "phone AND") == set()  # "and" is a word here, in none of them
    # a phrase: "anti" then "terror" (in a defender's notes, sensitive)
    assert _found(session, "anti-terror", include_sensitive=True) == {data["amina"]}
    assert _found(session, "terror-anti", include_sensitive=True) == set()


@pytest.mark.parametrize("text", ["", "   ", '"', "--", "!?", "*", '"" ""', "\u064e\u0640"])
def test_nothing_searchable_gives_no_results(session: Session, data: dict[str, str],
                                             text: str) -> None:
    assert match_expression(text) is None
    assert search(session.conn, text) == []


def test_latin_diacritics_fold_both_ways(work: Casework, session: Session,
                                         data: dict[str, str]) -> None:
    assert _found(session, "Nguyen") == {data["luis"]}
    assert _found(session, "Nguyễn") == {data["luis"]}
    plain = work.add("defender", {"name": "Jose Garcia"})
    assert _found(session, "García") == {plain}
    assert _found(session, "GARCÍA josé") == {plain}


def test_arabic_found_with_and_without_diacritics_and_tatweel(
    work: Casework, session: Session
) -> None:
    voweled = work.add("defender", {"name": "مُحَمَّد عَلِي"})
    bare = work.add("defender", {"name": "محمد حسن"})
    both = {voweled, bare}
    assert _found(session, "محمد") == both
    assert _found(session, "مُحَمَّد") == both
    assert _found(session, "محـــمد") == both  # tatweel
    assert _found(session, "عَلِي") == {voweled}
    assert _found(session, "علي") == {voweled}
    assert _found(session, "حسن") == {bare}


def test_last_word_is_a_prefix_and_only_the_last(session: Session,
                                                 data: dict[str, str]) -> None:
    assert _found(session, "spyw") == {data["spyware"]}
    assert _found(session, "phone spy") == {data["spyware"]}
    assert _found(session, "spy phone") == set()  # "spy" is a whole word when not last
    assert _found(session, "Nguy") == {data["luis"]}
    assert _found(session, "ph") >= {data["spyware"], data["raid"], data["case"]}


# -- filters ---------------------------------------------------------------------------------


def test_category_matches_primary_and_further_categories_and_only_incidents(
    session: Session, data: dict[str, str]
) -> None:
    assert _found(session, "phone", category="digital") == {data["spyware"]}
    assert _found(session, "phone", category="phone") == {data["spyware"]}  # further category
    assert _found(session, "phone", category="physical") == {data["raid"]}
    assert _found(session, "phone", category="family") == set()
    assert _found(session, "coalition", category="digital") == set()  # a defender has none


def test_country_of_incident_else_of_its_defenders_and_of_defenders(
    session: Session, data: dict[str, str]
) -> None:
    # the incidents have no country of their own: Amina's country (KE) counts for them
    assert _found(session, "phone", country="KE") == {data["spyware"], data["raid"]}
    # Luis is in CO but the incident says PE: the incident's own country wins
    assert _found(session, "phone", country="PE") == {data["abroad"]}
    assert _found(session, "phone", country="CO") == set()
    assert _found(session, "Nguyen", country="CO") == {data["luis"]}
    assert _found(session, "Nguyen", country="ke") == set()  # lower case is accepted


def test_date_range_overlaps_incidents_and_case_opening(session: Session,
                                                        data: dict[str, str]) -> None:
    march = {"date_from": date(2024, 3, 20), "date_to": date(2024, 4, 5)}
    # "2024-03" overlaps 20 March-5 April; the case was opened 2 April; the raid is 2023
    assert _found(session, "phone", **march) == {data["spyware"], data["case"]}
    assert _found(session, "phone", date_from=date(2024, 4, 1)) == {data["abroad"],
                                                                     data["case"]}
    assert _found(session, "phone", date_to=date(2023, 12, 31)) == {data["raid"]}
    assert _found(session, "phone", date_from="2023", date_to="2023") == {data["raid"]}
    assert _found(session, "coalition", date_from=date(2000, 1, 1)) == set()  # no date


def test_status_filter(session: Session, data: dict[str, str]) -> None:
    assert _found(session, "phone", status="closed") == {data["raid"]}
    assert _found(session, "phone", status="open") == {data["spyware"], data["abroad"]}
    assert _found(session, "phone", status="active") == {data["case"]}


def test_filters_combine(session: Session, data: dict[str, str]) -> None:
    assert _found(session, "phone", country="KE", status="open",
                  date_from=date(2024, 1, 1)) == {data["spyware"]}
    assert _found(session, "phone", category="legal", country="KE") == set()


@pytest.mark.parametrize("filters, option", [
    ({"category": "nonsense"}, "category"),
    ({"category": ""}, "category"),
    ({"country": "Kenya"}, "country"),
    ({"status": "sleeping"}, "status"),
    ({"date_from": "2024-13"}, "from"),
    ({"date_to": "yesterday"}, "to"),
    ({"date_from": 20240101}, "from"),
    ({"date_from": date(2024, 5, 1), "date_to": date(2024, 4, 1)}, "from"),
    ({"limit": 0}, "limit"),
])
def test_invalid_filters_are_refused_even_for_an_empty_query(
    session: Session, data: dict[str, str], filters: dict[str, Any], option: str
) -> None:
    for text in ("phone", ""):
        with pytest.raises(InvalidValue) as refused:
            search(session.conn, text, **filters)
        assert refused.value.field == option


# -- sensitive, deleted, purged ---------------------------------------------------------------


def test_sensitive_fields_only_on_request_and_never_in_titles(
    session: Session, data: dict[str, str]
) -> None:
    for word in ("Kamau", "Odhiambo", SISTER, "700"):
        assert search(session.conn, word) == []
    assert _found(session, "Kamau-Odhiambo", include_sensitive=True) == {data["amina"]}
    assert _found(session, SISTER, include_sensitive=True) == {data["sister"]}
    assert _found(session, "700 111222", include_sensitive=True) == {data["amina"]}
    sister = search(session.conn, SISTER, include_sensitive=True)[0]
    assert sister.title == "Related person (sibling)"
    everything = [h for word in ("Kamau", SISTER, "phone", "Amina", "border", "700", "Falcon")
                  for h in search(session.conn, word, include_sensitive=True)]
    assert everything
    for hit in everything:
        for secret in (LEGAL_NAME, "Kamau", SISTER, PHONE, "700"):
            assert secret not in hit.title
    # the ordinary fields are still found with sensitive ones included, once per record
    both = search(session.conn, "border", include_sensitive=True)
    assert sorted(_ids(both)) == sorted({data["sister"], data["abroad"]})


def test_deleted_only_on_request_and_back_after_restore(work: Casework, session: Session,
                                                        data: dict[str, str]) -> None:
    work.delete("incident", data["raid"])
    assert data["raid"] not in _found(session, "phone")
    assert data["raid"] in _found(session, "phone", include_deleted=True)
    assert data["raid"] in _found(session, "phone", include_deleted=True, category="physical")
    work.restore("incident", data["raid"])
    assert data["raid"] in _found(session, "phone")


def test_deleted_best_matches_leave_room_for_the_next(work: Casework, session: Session) -> None:
    owner = work.add("defender", {"name": "Owner"})
    best = [work.add("incident", {"defenders": [owner], "category": "other", "occurred": "2024",
                                  "description": "blockade blockade"}) for _ in range(3)]
    rest = [work.add("incident", {"defenders": [owner], "category": "other", "occurred": "2024",
                                  "description": f"a blockade of the road number {i}"})
            for i in range(3)]
    for record in best:
        work.delete("incident", record)
    assert _ids(search(session.conn, "blockade", limit=2)) == [rest[2], rest[1]]
    assert set(_ids(search(session.conn, "blockade", limit=10))) == set(rest)
    assert _ids(search(session.conn, "blockade", limit=3, include_deleted=True)) == best[::-1]


def test_purged_records_are_never_found(work: Casework, session: Session) -> None:
    owner = work.add("defender", {"name": "Kept"})
    doomed = work.add("defender", {"name": "Quetzalcoatl", "legal_name": "Xochitl Purgeme",
                                   "notes": "marker-zebra"})
    incident = work.add("incident", {"defenders": [owner], "category": "other",
                                     "occurred": "2024", "description": "zebra crossing"})
    assert _found(session, "Quetzalcoatl") == {doomed}
    assert _found(session, "Purgeme", include_sensitive=True) == {doomed}
    work.delete("defender", doomed)
    work.purge(doomed)
    for text in ("Quetzalcoatl", "Purgeme", "marker", "zebra", "Quetz"):
        hits = search(session.conn, text, include_sensitive=True, include_deleted=True)
        assert doomed not in _ids(hits)
    assert _found(session, "zebra", include_deleted=True) == {incident}


# -- ranking and limits -----------------------------------------------------------------------


def test_better_match_ranks_first(work: Casework, session: Session) -> None:
    owner = work.add("defender", {"name": "Owner"})
    weak = work.add("incident", {
        "defenders": [owner], "category": "other", "occurred": "2024",
        "description": "a long account of many things that happened over the months, among "
                       "them a checkpoint, and much else besides that matters less here",
    })
    strong = work.add("incident", {"defenders": [owner], "category": "other",
                                   "occurred": "2023", "description": "checkpoint checkpoint"})
    both = work.add("incident", {"defenders": [owner], "category": "other", "occurred": "2022",
                                 "description": "checkpoint detention at the checkpoint north"})
    hits = search(session.conn, "checkpoint")
    assert _ids(hits)[0] == strong
    assert _ids(hits)[-1] == weak
    assert set(_ids(hits)) == {weak, strong, both}
    ranks = [h.rank for h in hits]
    assert ranks == sorted(ranks)
    assert _ids(search(session.conn, "checkpoint detention")) == [both]


def test_limit(session: Session, data: dict[str, str]) -> None:
    everything = search(session.conn, "phone")
    assert len(everything) == 4
    assert search(session.conn, "phone", limit=2) == everything[:2]


def test_beyond_the_window_the_newest_matches_are_ranked(
    work: Casework, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = work.add("defender", {"name": "Owner"})
    oldest = work.add("incident", {"defenders": [owner], "category": "other",
                                   "occurred": "2020", "description": "curfew curfew curfew"})
    made = [work.add("incident", {
        "defenders": [owner], "category": "other", "occurred": "2024",
        "description": f"curfew notice number {i} posted on the wall of the community hall",
    }) for i in range(40)]
    # Within the window, the ranking is exact: the oldest record is the best match.
    assert _ids(search(session.conn, "curfew", limit=3))[0] == oldest
    # With a window of 8, only recent matches are ranked: the cost stays bounded.
    monkeypatch.setattr(search_module, "RANK_WINDOW", 8)
    hits = search(session.conn, "curfew", limit=5)
    assert len(hits) == 5
    assert oldest not in _ids(hits)
    assert set(_ids(hits)) <= set(made[-20:])
    # A limit above the window widens it.
    assert len(search(session.conn, "curfew", limit=41)) == 41


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_titles_need_only_the_short_non_sensitive_fields_hits_load(kind: str) -> None:
    full: dict[str, Any] = {}
    for name, info in field_infos(KINDS[kind].cls).items():
        if info.vocab:
            full[name] = VOCABULARIES[info.vocab].slugs()[1]
        elif info.kind == FieldKind.DATE:
            full[name] = "2024-03"
        elif info.kind == FieldKind.INT:
            full[name] = 3
        elif info.kind in LIST_KINDS:
            full[name] = [f"item-{name}"]
        else:
            full[name] = f"text-{name}"
    loaded = {name: full[name] for name in title_fields(kind)}
    assert title_of(kind, loaded) == title_of(kind, full)
    assert not set(title_fields(kind)) & sensitive_fields(KINDS[kind].cls)
