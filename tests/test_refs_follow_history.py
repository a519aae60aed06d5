"""record_refs (the links sharing and lists are computed from) follow each record's history
through every write path of an exchange, now that a write leaves them alone when no link column
of the display row changed (store/cache.py, issue 13): concurrent link edits merged on import,
a conflict and its resolution, a delete conflict and a restore, a purge and what arrives after
it. Each record's links are checked against its versions (the truth), not against its row."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_support import Office, add_family, offices
from hrd_desk.history.versions import display
from hrd_desk.services import conflicts, exchange, scope, sync
from hrd_desk.store import cache
from hrd_desk.store.records import load_versions


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path / "offices", "a", "b") as made:
        yield made


def _refs_follow_history(office: Office) -> None:
    conn = office.session.conn
    for record_id, kind, purged in conn.execute("SELECT id, kind, purged FROM records"):
        refs = {(str(f), str(v)) for f, v in conn.execute(
            "SELECT field, value FROM record_refs WHERE record_id = ?", (record_id,))}
        if purged:
            assert not refs, record_id
            continue
        shown = display(load_versions(conn, record_id)).fields
        assert refs == set(cache.ref_entries(kind, shown)), (kind, record_id)


def test_links_follow_the_history_through_merges_conflicts_restores_and_purges(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["a"], pair["b"]
    n = itertools.count()

    def deliver(src: Office, dst: Office) -> None:
        out = tmp_path / f"{next(n)}.hrdb"
        if sync.export_changes(src.session, src.id_of(dst), out) is not None:
            exchange.import_bundle(dst.session, out)

    def both() -> None:
        for _ in range(2):
            deliver(a, b)
            deliver(b, a)
        _refs_follow_history(a)
        _refs_follow_history(b)

    amina, bashir = add_family(a), add_family(a, "Bashir")
    for family in (amina, bashir):
        scope.share(a.session, family.defender, a.id_of(b))
    both()
    # concurrent edits of one link: a conflict, one value shown
    a.work.edit("incident", amina.incident, {"defenders": [bashir.defender]})
    b.work.edit("incident", amina.incident, {"defenders": [amina.defender, bashir.defender]})
    both()
    b.work.edit("incident", amina.incident, {"also": ["legal"]})  # categories alone
    both()
    # concurrent edits of different links merge
    a.work.edit("incident", amina.incident, {"case": bashir.case})
    b.work.edit("incident", amina.incident, {"targets": [amina.related]})
    both()
    # B's link changes on A's records wait as proposals at A; accepted, they are A's edits
    other_case = b.work.add("case", {"defender": amina.defender, "programme": "emergency"})
    b.work.edit("incident", amina.incident, {"case": other_case})
    b.work.edit("related", amina.related, {"defender": bashir.defender})
    both()
    proposals = conflicts.list_proposals(a.session)
    assert len(proposals) >= 2
    # the person first: the incident (merged to Bashir alone, still targeting Amina's relative)
    # is valid again only once its target is Bashir's (an edit of it is refused until then)
    for proposal in sorted(proposals, key=lambda p: p.kind != "related"):
        conflicts.accept_proposal(a.session, proposal.proposal_id)
    both()
    # a text conflict beside a link edit: resolved for the office that did not win it
    a.work.edit("incident", amina.incident, {"description": "at A", "also": []})
    b.work.edit("incident", amina.incident, {"description": "at B"})
    both()
    shown = display(load_versions(b.session.conn, amina.incident))
    assert shown.conflict
    conflicts.resolve(b.session, amina.incident, "mine")
    both()
    # deleted here, edited there: kept alive by the edit, then deleted and restored
    a.work.delete("incident", bashir.incident)
    b.work.edit("incident", bashir.incident, {"defenders": [amina.defender]})
    both()
    b.work.delete("related", amina.related)
    both()
    b.work.restore("related", amina.related)
    b.work.edit("related", amina.related, {"defender": bashir.defender})
    both()
    # purged at B while A edits it: what arrives after the purge leaves no links behind
    b.work.delete("related", bashir.related)
    b.work.purge(bashir.related)
    a.work.edit("related", bashir.related, {"defender": amina.defender})
    both()
