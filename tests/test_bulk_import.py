"""A large import (a first exchange) builds the display tables' secondary indexes at its end
(store/cache.py `indexes_built_after`): the vault it leaves is the one the record-by-record
path leaves, row for row, index for index, search for search; a refused bundle leaves it as it
was, indexes included."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from exchange_support import (
    PASSPHRASE,
    Office,
    add_family,
    export,
    introduce,
    new_office,
    refused,
)
from hrd_desk.errors import BundleRejected
from hrd_desk.services import exchange, search
from hrd_desk.services.evidence import Evidence
from hrd_desk.services.session import Session, unlock_vault
from hrd_desk.store import cache
from hrd_desk.store.dbapi import Connection, checkpoint
from test_vault_files import Written, write_every_kind
from vault_support import table_names

# Columns that hold the local time a row was written (to the second or millisecond), the audit
# hashes that cover those times, and an evidence file's local blob name and key (random on each
# receipt): two imports a moment apart differ there and only there.
_LOCAL = {"received_at", "at", "since", "updated", "imported_at", "hash", "prev_hash",
          "sent_at", "changed_at", "blob", "file_key"}
_LOCAL_META = {"audit_head", "clock"}


def _rows(conn: Connection) -> dict[str, list[str]]:
    """Every row of every table (FTS5 shadow tables included), without local write times."""
    dump: dict[str, list[str]] = {}
    for table in table_names(conn):
        columns = [str(c[1]) for c in conn.execute(f'PRAGMA table_info("{table}")')
                   if str(c[1]) not in _LOCAL]
        quoted = ", ".join(f'"{c}"' for c in columns)
        rows = conn.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
        if table == "meta":
            rows = [r for r in rows if r[0] not in _LOCAL_META]
        dump[table] = sorted(repr(tuple(r)) for r in rows)
    return dump


def _schema(conn: Connection) -> list[tuple[Any, ...]]:
    return sorted(tuple(r) for r in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def _found(session: Session, words: list[str]) -> list[Any]:
    return [[(h.kind, h.id, h.title, round(h.rank, 9)) for h in search.search(
        session.conn, word, include_sensitive=True, include_deleted=True, limit=500)]
        for word in words]


def _display_indexes(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('incidents', 'defenders', 'cases')")}


@pytest.fixture
def sent(tmp_path: Path) -> Iterator[tuple[Office, Path, Path, Written]]:
    """Office A holding every kind of record (each edited, one deleted, texts marked sensitive,
    an evidence file), exported whole to B; B closed and copied before any import."""
    a, b = new_office(tmp_path, "A"), new_office(tmp_path, "B")
    try:
        introduce(a, b)
        introduce(b, a)
        written = write_every_kind(a.work)
        assert a.work.edit("defender", written.ids["defender"], {
            "consent": "colleagues", "consent_date": "2024-01-15", "consent_how": "written"})
        gone = add_family(a, "Bashir")
        assert a.work.delete("incident", gone.incident)
        a.work.mark_sensitive("incident", written.ids["incident"], "description")
        photo = tmp_path / "photo.jpg"
        photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 64)
        Evidence(a.session).add(written.ids["incident"], photo, source="the defender")
        bundle = tmp_path / "first.hrdb"
        export(a, bundle, [b], everything=True)
        b.close()
        copy = tmp_path / "B-copy"
        shutil.copytree(b.directory, copy)
        yield a, b.directory, copy, written
    finally:
        a.close()


def test_a_large_import_leaves_what_the_record_by_record_path_leaves(
    sent: tuple[Office, Path, Path, Written], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _a, one_by_one, bulk, written = sent
    bundle = tmp_path / "first.hrdb"
    results = []
    for directory, threshold in ((one_by_one, 10**9), (bulk, 1)):
        monkeypatch.setattr(cache, "BULK_ROWS", threshold)
        with Session(unlock_vault(directory, PASSPHRASE)) as session:
            before = _display_indexes(session.conn)
            during: list[set[str]] = []
            got = exchange.import_bundle(
                session, bundle,
                progress=lambda _done, _total, c=session.conn, seen=during: seen.append(
                    _display_indexes(c)))
            assert got.applied and got.attachments == 1
            checkpoint(session.conn)
            results.append((during, _schema(session.conn), _rows(session.conn),
                            _found(session, [*written.ascii, *written.non_ascii,
                                             "Bashir", "phishing"]), before))
    (during_old, schema_old, rows_old, found_old, before), (during, schema, rows, found, _b) = \
        results
    assert before and all(seen == before for seen in during_old)
    assert during and all(not seen for seen in during)  # built at the end, not row by row
    assert schema == schema_old
    assert rows.keys() == rows_old.keys()
    assert [t for t in rows if rows[t] != rows_old[t]] == []
    assert any(found) and found == found_old


def test_an_import_failing_at_its_end_leaves_the_indexes_as_they_were(
    sent: tuple[Office, Path, Path, Written], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every version applied and the indexes dropped, then the import fails (as a bundle whose
    final check fails would): the rollback restores them with everything else."""
    _a, directory, _copy, _written = sent
    monkeypatch.setattr(cache, "BULK_ROWS", 1)

    def fail(*_args: object) -> None:
        raise BundleRejected("payload failure", "failed at the end")

    monkeypatch.setattr(exchange.colleague_store, "record_import", fail)
    with Session(unlock_vault(directory, PASSPHRASE)) as session:
        office = Office("B", directory, session, tmp_path / "B.card")
        before = _schema(session.conn)
        during: list[set[str]] = []
        real = exchange.import_bundle
        monkeypatch.setattr(exchange, "import_bundle", lambda s, path: real(
            s, path, progress=lambda _d, _t: during.append(_display_indexes(s.conn))))
        refused(office, tmp_path / "first.hrdb", "payload failure")
        assert during and not during[-1]  # dropped while the versions were applied
        assert _schema(session.conn) == before
