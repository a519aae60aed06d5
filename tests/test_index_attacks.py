"""Attacks on the search index computed from display rows (migration 23) and the deleted flag
read from display rows (migration 24): after each step, every record's index rows hold exactly
the terms of what it shows now (with its marks), and is_deleted agrees with its history."""

from __future__ import annotations

import secrets
import string
from pathlib import Path

import pytest

from exchange_support import Mail, offices
from hrd_desk.history.versions import display
from hrd_desk.services import scope
from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session, create_vault, open_session
from hrd_desk.store import cache, records, search_index, sharing
from hrd_desk.store.dbapi import Connection, checkpoint, transaction
from hrd_desk.store.records import load_versions
from index_support import found, terms, terms_of
from test_vault_files import PASS, pages_holding, tails
from vault_support import tables_holding


def _agrees(session: Session) -> None:
    """Every record: its index rows are its display's texts, its deleted flag its history's."""
    conn: Connection = session.conn
    for record_id, kind, rowid, purged in conn.execute(
            "SELECT id, kind, rowid, purged FROM records").fetchall():
        indexed = tuple(terms(conn, t, int(rowid)) for t in ("search_text", "search_sensitive"))
        history = load_versions(conn, record_id)
        if purged:
            assert indexed == ([], []), record_id
            assert sharing.is_deleted(conn, record_id)
            continue
        shown = display(history)
        fields = cache.default_fields(kind)
        fields.update(shown.fields)
        marks = sharing.marks_of(conn, record_id)
        assert indexed == terms_of(session, *search_index.bodies(kind, fields, marks)), \
            (kind, record_id)
        assert sharing.is_deleted(conn, record_id) == shown.deleted, record_id
        assert (record_id in sharing.deleted_among(conn, [record_id])) == shown.deleted


def test_text_changed_twice_in_one_transaction_indexes_only_the_last(session: Session) -> None:
    work = Casework(session)
    defender = work.add("defender", {"name": "Amina"})
    incident = work.add("incident", {"defenders": [defender], "category": "digital",
                                     "occurred": "2024", "description": "spyware"})
    with transaction(session.conn):
        session.store.update("incident", incident, {"description": "summons"})
        session.store.update("incident", incident, {"description": "checkpoint"})
        session.store.update("defender", defender, {"name": "Fatima"})
        session.store.update("defender", defender, {"name": "Amina"})  # back as it was
    _agrees(session)
    assert found(session, "checkpoint") == {incident}
    assert found(session, "spyware") == found(session, "summons") == set()
    assert found(session, "Amina") == {defender}


def test_marks_and_text_edits_interleaved_in_one_transaction(session: Session) -> None:
    work = Casework(session)
    defender = work.add("defender", {"name": "Amina", "organisation": "Raid Watch"})
    with transaction(session.conn):
        work.edit("defender", defender, {"organisation": "Lawsuit Watch"})
        work.mark_sensitive("defender", defender, "organisation")
        work.edit("defender", defender, {"organisation": "Summons Watch"})
    _agrees(session)
    assert found(session, "Summons") == found(session, "Lawsuit") == set()
    with transaction(session.conn):
        work.edit("defender", defender, {"organisation": "Spyware Watch"})
        work.mark_sensitive("defender", defender, "organisation", on=False)
        work.mark_sensitive("defender", defender, "organisation")
        work.edit("defender", defender, {"organisation": "Medellín Watch"})
    _agrees(session)
    assert found(session, "Medellin") == found(session, "Spyware") == set()
    work.edit("defender", defender, {"organisation": "Nguyễn Watch"},
              marks={"organisation": False})
    _agrees(session)
    assert found(session, "Nguyen") == {defender}


def test_delete_restore_and_edit_in_one_transaction(session: Session) -> None:
    work = Casework(session)
    defender = work.add("defender", {"name": "Amina spyware"})
    with transaction(session.conn):
        work.delete("defender", defender)
        work.restore("defender", defender)
        work.edit("defender", defender, {"name": "Amina summons"})
        work.delete("defender", defender)
    _agrees(session)
    work.restore("defender", defender)
    _agrees(session)
    assert found(session, "summons") == {defender} and found(session, "spyware") == set()


def test_purge_in_the_transaction_that_edited_leaves_no_word(session: Session) -> None:
    work = Casework(session)
    kept = work.add("defender", {"name": "Kept raid"})
    gone = work.add("defender", {"name": "Gone spyware", "legal_name": "Secret lawsuit"})
    with transaction(session.conn):
        work.edit("defender", gone, {"name": "Gone summons"})
        work.edit("defender", kept, {"name": "Kept checkpoint"})
        work.delete("defender", gone)
        session.store.purge(gone)
    _agrees(session)
    words = _words(session)
    assert not words & {"gone", "spyware", "summons", "secret", "lawsuit"}
    assert {"kept", "checkpoint"} <= words and "raid" not in words


def test_delete_here_edit_there_resolved_restored_and_marked(tmp_path: Path) -> None:
    """A deletion at A concurrent with text edits at B, merged both ways; then resolved,
    deleted and restored again, and a field B marked sensitive edited at A."""
    with offices(tmp_path, "A", "B") as made:
        a, b = made["A"], made["B"]
        mail = Mail(tmp_path)
        defender = a.work.add("defender", {"name": "Amina", "consent": "colleagues",
                                           "consent_date": "2024-01-15",
                                           "consent_how": "written", "organisation": "Raid"})
        incident = a.work.add("incident", {"defenders": [defender], "category": "digital",
                                           "occurred": "2024", "description": "spyware"})
        scope.share(a.session, defender, a.id_of(b))
        mail.round(a, b)
        assert found(b.session, "spyware") == {incident}
        b.work.mark_sensitive("defender", defender, "organisation")
        a.work.delete("incident", incident)
        b.work.edit("incident", incident, {"description": "summons"})
        b.work.edit("incident", incident, {"description": "checkpoint"})
        a.work.edit("defender", defender, {"organisation": "Lawsuit"})
        mail.round(a, b)
        for office in (a, b):
            _agrees(office.session)
            assert found(office.session, "summons") == set()
        assert found(b.session, "Lawsuit") == set()  # sensitive at B
        a.work.restore("incident", incident)
        mail.round(a, b)
        for office in (a, b):
            _agrees(office.session)
        shown = display(load_versions(b.session.conn, incident))
        b.session.store.resolve("incident", incident, {**shown.fields, "description": "raid"},
                                False)
        mail.round(a, b)
        for office in (a, b):
            _agrees(office.session)
            assert found(office.session, "raid") == {incident}
            assert found(office.session, "checkpoint") == set()
        b.work.delete("incident", incident)
        a.work.edit("incident", incident, {"description": "medellin"})
        mail.round(a, b)
        for office in (a, b):
            _agrees(office.session)
        b.work.delete("incident", incident)  # after the merge: the edit and the deletion
        mail.round(a, b)
        for office in (a, b):
            assert sharing.is_deleted(office.session.conn, incident)
            office.work.purge(incident)
            _agrees(office.session)
        mail.round(a, b)
        for office in (a, b):
            _agrees(office.session)


def test_purge_after_the_index_was_written_in_its_own_transaction_leaves_no_word(
        session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """The record's terms written (not yet flushed from FTS5's pending terms) earlier in the
    purge's transaction: none of them stays."""
    monkeypatch.setattr(records, "INDEX_BATCH", 1)  # each write indexed at once
    work = Casework(session)
    kept = work.add("defender", {"name": "Kept raid"})
    gone = work.add("defender", {"name": "Gone spyware", "legal_name": "Secret lawsuit"})
    with transaction(session.conn):
        work.edit("defender", gone, {"name": "Gone summons", "legal_name": "Secret warrant"})
        work.edit("defender", kept, {"name": "Kept checkpoint"})
        work.delete("defender", gone)
        session.store.purge(gone)
        work.edit("defender", kept, {"name": "Kept medellin"})
    _agrees(session)
    words = _words(session)
    assert not words & {"gone", "spyware", "summons", "secret", "lawsuit", "warrant"}
    assert {"kept", "medellin"} <= words


def _words(session: Session) -> set[str]:
    words: set[str] = set()
    for table in ("search_text", "search_sensitive"):
        session.conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_rows "
                             f"USING fts5vocab(main, {table}, row)")
        words |= {str(r[0]) for r in session.conn.execute(f"SELECT term FROM temp.{table}_rows")}
    return words


def test_purge_leaves_no_word_in_any_page_after_edits_marks_and_merges(
        vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Words edited away in earlier transactions, moved between the two tables by a mark and
    an unmark, and written in the purge's own transaction before it: after the purge no page
    of the vault (free space and WAL included) holds any of them, and no table either."""
    def word() -> str:
        return "".join(secrets.choice(string.ascii_lowercase) for _ in range(24))

    first, second, marked, third, fourth, live = (word() for _ in range(6))
    create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as session:
        work = Casework(session)
        kept = work.add("defender", {"name": f"Kept {live}"})
        gone = work.add("defender", {"name": f"Gone {first}", "organisation": marked})
        work.edit("defender", gone, {"name": f"Gone {second}"})
        work.mark_sensitive("defender", gone, "organisation")
        work.edit("defender", gone, {"name": f"Gone {third}"}, marks={"organisation": False})
        monkeypatch.setattr(records, "INDEX_BATCH", 1)
        with transaction(session.conn):
            work.edit("defender", gone, {"name": f"Gone {fourth}"})
            work.delete("defender", gone)
            session.store.purge(gone)
            work.edit("defender", kept, {"organisation": "Raid"})
        checkpoint(session.conn)  # as the casework purge does after the store's
        _agrees(session)
        purged = [first, second, marked, third, fourth]
        for text in purged:
            assert tables_holding(session.conn, text[-12:]) == [], text
    assert pages_holding(vault_dir, tails(purged)) == []
    assert pages_holding(vault_dir, tails([live])) == tails([live])
