"""Drafts of unsaved forms live in the encrypted vault and come back exactly as saved."""

from __future__ import annotations

from pathlib import Path

from hrd_desk.services.session import Session, unlock_vault
from hrd_desk.store.dbapi import transaction
from hrd_desk.store.drafts import count_drafts, delete_draft, list_drafts, save_draft
from hrd_desk.store.migrations import LATEST, schema_version

PASS = "correct horse battery staple"


def test_draft_round_trip_survives_reopening(session: Session, vault_dir: Path) -> None:
    state = {"description": "Mensaje amenazante — تهديد", "severity": 3, "tags": ("a", "b"),
             "share": 0.5, "nested": {"ok": True, "none": None}}
    with transaction(session.conn):
        first = save_draft(session.conn, "incident", None, state)
        save_draft(session.conn, "defender", "d-1", {"name": "X"})
    session.close()

    reopened = Session(unlock_vault(vault_dir, PASS))
    try:
        drafts = list_drafts(reopened.conn)
        assert [d.form_kind for d in drafts] == ["incident", "defender"]
        assert drafts[0].id == first and drafts[0].record_id is None
        assert drafts[1].record_id == "d-1"
        # text and ints unchanged; a tuple comes back as a list, a float as its decimal text
        assert drafts[0].payload == {"description": state["description"], "severity": 3,
                                     "tags": ["a", "b"], "share": "0.5",
                                     "nested": {"ok": True, "none": None}}
        with transaction(reopened.conn):
            assert delete_draft(reopened.conn, first)
            assert not delete_draft(reopened.conn, first)
        assert count_drafts(reopened.conn) == 1
    finally:
        reopened.close()


def test_draft_text_is_not_in_the_database_file_in_the_clear(session: Session,
                                                             vault_dir: Path) -> None:
    marker = "DRAFTMARKER-unsaved-words"
    with transaction(session.conn):
        save_draft(session.conn, "incident", None, {"description": marker})
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    for path in vault_dir.iterdir():
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path.name


def test_vault_schema_has_the_drafts_table(session: Session) -> None:
    assert schema_version(session.conn) == LATEST
    columns = [r[1] for r in session.conn.execute("PRAGMA table_info(drafts)")]
    assert columns == ["id", "form_kind", "record_id", "payload", "saved_at"]
