"""A display row written after a version that dominates the record's history (an edit here, or
most received ones: history/versions.display_after) encodes and compares only the columns of
the fields that version holds (store/cache.write_cache `changed`); the row is the one a write
of every column makes."""

from __future__ import annotations

from typing import Any

import pytest

from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session
from hrd_desk.store import cache


def _row(session: Session, incident: str) -> dict[str, Any]:
    cursor = session.conn.execute("SELECT * FROM incidents WHERE id = ?", (incident,))
    names = [d[0] for d in cursor.description]
    return {n: v for n, v in zip(names, cursor.fetchone(), strict=True) if n != "updated"}


def test_an_edit_encodes_only_the_columns_of_its_fields(
        session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    work = Casework(session)
    defender = work.add("defender", {"name": "Amina"})
    incident = work.add("incident", {"defenders": [defender], "category": "digital",
                                     "occurred": "2024", "also": ["legal"],
                                     "description": "spyware"})
    assert incident in cache.read_rows(session.conn, "incident", [incident])  # as an import
    encoded: list[object] = []
    real = cache.encode

    def counting(value: object) -> bytes:
        encoded.append(value)
        return real(value)

    monkeypatch.setattr(cache, "encode", counting)
    session.store.update("incident", incident, {"description": "summons"})
    assert encoded == []  # no list column (defenders, also, targets, reported_to) again
    session.store.update("incident", incident, {"also": ["physical"], "occurred": "2023-05"})
    assert encoded == [["physical"]]
    written = _row(session, incident)
    session.store.refresh("incident", incident)  # every column from the history
    assert _row(session, incident) == written
    assert written["also"] == '["physical"]' and written["occurred_first"] == "2023-05-01"
    assert written["description"] == "summons" and written["defenders"] == f'["{defender}"]'
