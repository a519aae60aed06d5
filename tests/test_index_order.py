"""The search index is written in rowid order before a commit (store/records.py _write_index):
FTS5 flushes its pending terms into a new segment whenever a row's rowid is not above the last
it holds pending, so records written in another order (an import's, in the order they arrive)
made a segment, and the merge work it triggers, every second record or so."""

from __future__ import annotations

from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session
from hrd_desk.store.dbapi import transaction
from index_support import found

_STRUCTURE_ROWID = 10  # FTS5's structure record in a table's %_data
_STRUCTURE_V2 = bytes.fromhex("ff000001")  # its header in a contentless-delete table


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """An SQLite varint at `at`: (value, where the next begins)."""
    value = 0
    for n in range(9):
        byte = data[at + n]
        if n == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + n + 1
    raise AssertionError("unreachable")


def _segments(session: Session) -> int:
    """How many segments the ordinary search table's structure record lists."""
    (block,) = session.conn.execute("SELECT block FROM search_text_data WHERE id = ?",
                                    (_STRUCTURE_ROWID,)).fetchone()
    data = bytes(block)
    at = 4  # the cookie
    if data[at:at + 4] == _STRUCTURE_V2:
        at += 4
    _levels, at = _varint(data, at)
    segments, _at = _varint(data, at)
    return segments


def test_text_edits_in_descending_rowid_order_are_flushed_as_one_segment(
        session: Session) -> None:
    work = Casework(session)
    defender = work.add("defender", {"name": "Amina"})
    incidents = [work.add("incident", {"defenders": [defender], "category": "digital",
                                       "occurred": "2024", "description": f"word{n}"})
                 for n in range(12)]  # each in its own transaction: ascending rowids
    before = _segments(session)
    with transaction(session.conn):
        for n, incident in reversed(list(enumerate(incidents))):
            session.store.update("incident", incident, {"description": f"edited{n} spyware"})
    assert _segments(session) == before + 1  # one flush, no merge work triggered
    assert found(session, "spyware") == set(incidents)
    assert found(session, "edited3") == {incidents[3]} and found(session, "word3") == set()
