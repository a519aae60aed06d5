"""The one transaction idiom: a unit of work nests by joining, and only the outermost commits.

A use case owns its transaction and still composes with a caller's: what an inner unit wrote is
committed with the outer one, or rolled back with it, search index included.
"""

from __future__ import annotations

import pytest

from hrd_desk.services.search import search
from hrd_desk.services.session import Session
from hrd_desk.store.dbapi import transaction
from hrd_desk.store.queries import get_record
from vault_support import table_dump


def _count(session: Session) -> int:
    return int(session.conn.execute("SELECT count(*) FROM defenders").fetchone()[0])


def test_inner_units_join_the_outer_one_and_commit_with_it(session: Session) -> None:
    conn = session.conn
    with transaction(conn):
        first = session.store.create("defender", {"name": "Nested Falcon", "country": "KE"})
        with transaction(conn):  # RecordStore opens its own unit inside: joins
            second = session.store.create("defender", {"name": "Nested Heron", "country": "UG"})
            assert conn.unit_depth == 2
        assert conn.in_transaction  # the inner end did not commit
    assert conn.unit_depth == 0 and not conn.in_transaction
    assert {get_record(conn, first).fields["name"], get_record(conn, second).fields["name"]} == {
        "Nested Falcon", "Nested Heron"}
    # the full-text rows waited for the outermost commit, and were written then
    assert [h.id for h in search(conn, "Heron")] == [second]


def test_an_error_in_an_inner_unit_rolls_back_the_whole(session: Session) -> None:
    session.store.create("defender", {"name": "Kept", "country": "KE"})
    before = table_dump(session.conn)
    with pytest.raises(RuntimeError), transaction(session.conn):
        session.store.create("defender", {"name": "Gone Falcon", "country": "KE"})
        with transaction(session.conn):
            session.store.create("defender", {"name": "Gone Heron", "country": "KE"})
            raise RuntimeError("half-way")
    assert table_dump(session.conn) == before
    assert _count(session) == 1
    assert search(session.conn, "Gone") == []
    # the connection is usable again: a new unit begins cleanly
    session.store.create("defender", {"name": "After", "country": "KE"})
    assert _count(session) == 2
