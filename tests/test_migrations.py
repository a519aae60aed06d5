"""Schema migrations, each tested from empty and from the previous version with data in it.

The tests are generic over MIGRATIONS: a migration appended later is covered without editing
this file. Every table gets a seeded row before a step (SEED_HOOKS can add rows a migration needs
to transform, with a check of its own); afterwards every seeded row must still be there, unchanged
in every column that still exists. Records written through the store at the previous version must
still read back through the services at the latest.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from hrd_desk.crypto.identity import Identity
from hrd_desk.errors import DamagedVault
from hrd_desk.history.versions import frontier
from hrd_desk.model.fields import FieldKind, field_infos
from hrd_desk.model.records import KINDS
from hrd_desk.services.casework import Casework, RecordFilter
from hrd_desk.services.session import Session, create_vault, open_session, unlock_vault
from hrd_desk.store import attachments as attachment_rows
from hrd_desk.store import migrations, peers, records, search_index, sharing
from hrd_desk.store.dbapi import Connection, DatabaseError, connect, transaction
from hrd_desk.store.drafts import list_drafts, save_draft
from hrd_desk.store.meta import set_meta
from hrd_desk.store.migrations import LATEST, MIGRATIONS, migrate, schema_version
from hrd_desk.store.queries import get_record
from hrd_desk.store.records import RecordStore, load_versions
from hrd_desk.store.search_query import RankedRow, ranked_rows
from vault_support import table_dump

VERSIONS = list(range(1, LATEST + 1))
BOOKKEEPING = {"id", "created", "updated", "origin", "deleted", "conflict"}


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    """A new, empty keyed database (user_version 0)."""
    connection = connect(tmp_path / "vault.db", secrets.token_bytes(32), create=True)
    yield connection
    connection.close()


def schema(conn: Connection) -> dict[str, str]:
    return {
        str(name): str(sql)
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        )
    }


def plain_tables(conn: Connection) -> list[str]:
    """Ordinary tables a row can be written to directly (not virtual tables' shadow tables)."""
    virtual = [
        str(r[0]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return [
        str(r[0]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
        if not any(str(r[0]).startswith(f"{v}_") for v in virtual)
    ]


def _value(table: str, column: str, declared: str) -> Any:
    declared = declared.upper()
    if "INT" in declared:
        return 7
    if "BLOB" in declared:
        return f"{table}.{column}".encode()
    return f"seed {table}.{column}"


def seed_every_table(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """One row in every plain table (every column set), returned as column -> value."""
    seeded: dict[str, list[dict[str, Any]]] = {}
    with transaction(conn):
        for table in plain_tables(conn):
            columns = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            row = {str(c[1]): _value(table, str(c[1]), str(c[2])) for c in columns}
            names = ", ".join(f'"{n}"' for n in row)
            marks = ", ".join("?" for _ in row)
            conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(row.values()))
            seeded[table] = [row]
    return seeded


def assert_rows_survive(conn: Connection, seeded: dict[str, list[dict[str, Any]]]) -> None:
    for table, rows in seeded.items():
        columns = {str(c[1]) for c in conn.execute(f'PRAGMA table_info("{table}")')}
        assert columns, f"table {table} disappeared"
        for row in rows:
            kept = {k: v for k, v in row.items() if k in columns}
            where = " AND ".join(f'"{k}" IS ?' for k in kept)
            count = conn.execute(
                f'SELECT count(*) FROM "{table}" WHERE {where}', list(kept.values())
            ).fetchone()[0]
            assert count == 1, f"a row seeded in {table} did not survive the migration"


# Per-version hooks: seed data a migration to the NEXT version must carry over, and return a
# check to run after that migration. Version N's hook runs on a database at version N.
SeedHook = Callable[[Connection], Callable[[Connection], None]]


def _records_at(conn: Connection) -> Callable[[Connection], None]:
    """Real records written through the store (versions, caches, links, search, audit)."""
    identity = Identity.generate()
    vault_id = identity.public.vault_id()
    with transaction(conn):
        set_meta(conn, "vault_id", vault_id)
    store = RecordStore(conn, vault_id=vault_id, identity=identity)
    defender = store.create("defender", {"name": "Seeded defender", "country": "KE",
                                         "consent": "colleagues", "consent_date": "2024-01-15",
                                         "consent_how": "written"})
    incident = store.create("incident", {
        "defenders": [defender], "category": "digital", "occurred": "2024-03",
        "description": "seeded incident", "status": "open", "severity": 3,
    })

    def check(after: Connection) -> None:
        assert get_record(after, defender).fields["name"] == "Seeded defender"
        shown = get_record(after, incident)
        assert shown.fields["defenders"] == [defender]
        assert shown.fields["occurred"] == "2024-03"
        assert after.execute(
            "SELECT count(*) FROM versions WHERE record_id IN (?, ?)", (defender, incident)
        ).fetchone()[0] == 2

    return check


def _records_with_links(conn: Connection) -> Callable[[Connection], None]:
    """Records whose incident_links and defender_activity must be right after the migration:
    version 5 builds them from records already held; later ones must keep them."""
    records_check = _records_at(conn)
    defender = conn.execute("SELECT id FROM defenders WHERE name = 'Seeded defender'").fetchone()
    incident = conn.execute(
        "SELECT id FROM incidents WHERE description = 'seeded incident'"
    ).fetchone()

    def check(after: Connection) -> None:
        records_check(after)
        assert after.execute(
            "SELECT defender, incident, occurred_last, severity, status FROM incident_links "
            "WHERE incident = ?", (incident[0],)
        ).fetchall() == [(defender[0], incident[0], "2024-03-31", 3, "open")]
        assert after.execute(
            "SELECT last_incident, open_incidents FROM defender_activity WHERE defender = ?",
            (defender[0],),
        ).fetchall() == [("2024-03-31", 1)]

    return check


def _drafts_kept(conn: Connection) -> Callable[[Connection], None]:
    """Drafts (version 3) saved through the store read back unchanged after later steps."""
    records_check = _records_at(conn)
    state = {"description": "unsaved words — كلمات", "defenders": ["d1"], "severity": 4}
    with transaction(conn):
        draft_id = save_draft(conn, "incident", None, state)

    def check(after: Connection) -> None:
        records_check(after)
        assert [(d.id, d.form_kind, d.record_id, d.payload) for d in list_drafts(after)] == [
            (draft_id, "incident", None, state)]

    return check


def _filtered_lists_indexed(conn: Connection) -> Callable[[Connection], None]:
    """Version 6 rebuilds the date-ordered incident indexes: lists filtered by date, country and
    category give the same incidents, newest first, read through the new index."""
    records_check = _records_at(conn)  # a KE defender with a digital incident of 2024-03
    defender = conn.execute("SELECT id FROM defenders WHERE name = 'Seeded defender'").fetchone()
    identity = Identity.generate()
    store = RecordStore(conn, vault_id=identity.public.vault_id(), identity=identity)
    made = {  # few: seed_every_table writes audit event 7
        occurred: store.create("incident", {
            "defenders": [defender[0]], "category": "legal", "occurred": occurred,
            "country": country, "description": "x", "status": "open"})
        for occurred, country in (("2023-02", "KE"), ("2023-06-01..2024-02-01", "KE"),
                                  ("2023-10", "PE"), ("2024-05-05", "KE"))
    }

    def check(after: Connection) -> None:
        records_check(after)
        # written out as version 6's lists read it (the list order itself changes in v8)
        sql = ("SELECT id FROM incidents AS t WHERE t.deleted = 0 AND t.occurred_last >= ? "
               "AND t.occurred_first <= ? AND t.country = ? AND EXISTS (SELECT 1 FROM "
               "record_refs WHERE field = 'incident.categories' AND value = ? AND "
               "record_id = t.id) ORDER BY t.occurred_last DESC, t.id DESC")
        params = ("2023-01-01", "2023-12-31", "KE", "legal")
        assert [r[0] for r in after.execute(sql, params)] == [
            made["2023-06-01..2024-02-01"], made["2023-02"]]
        plan = " ".join(str(r[-1]) for r in after.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "incidents_dated" in plan

    return check


def _search_kept(conn: Connection) -> Callable[[Connection], None]:
    """Version 7 turns FTS5 secure-delete off outside purges: indexed words are still found,
    and a purge still removes a record's words from the index."""
    records_check = _records_at(conn)

    def check(after: Connection) -> None:
        records_check(after)
        found = after.execute(
            "SELECT count(*) FROM search_text WHERE search_text MATCH '\"seeded\"'"
        ).fetchone()[0]
        assert found >= 1
        config = after.execute(
            "SELECT v FROM search_text_config WHERE k = 'secure-delete'").fetchall()
        assert config == [(0,)]

    return check


def _dates_reordered(conn: Connection) -> Callable[[Connection], None]:
    """Version 8 sorts dates by their first possible day, the more precise first: lists, the
    Defenders list's newest incident and the timeline follow for records already held."""
    records_check = _records_at(conn)  # a defender with a digital incident of 2024-03
    defender = conn.execute("SELECT id FROM defenders WHERE name = 'Seeded defender'").fetchone()
    identity = Identity.generate()
    store = RecordStore(conn, vault_id=identity.public.vault_id(), identity=identity)
    for occurred in ("2024", "2024-03-02"):
        store.create("incident", {"defenders": [defender[0]], "category": "legal",
                                  "occurred": occurred, "description": "x", "status": "open"})

    def check(after: Connection) -> None:
        records_check(after)
        from hrd_desk.services.casework import record_query
        from hrd_desk.store.queries import list_records

        listed = [r.fields["occurred"] for r in list_records(after, record_query("incident"))]
        assert listed == ["2024-03-02", "2024-03", "2024"]
        assert after.execute(
            "SELECT last_incident FROM defender_activity WHERE defender = ?", (defender[0],)
        ).fetchone()[0].startswith("2024-03-02 ")

    return check


def _stays_read_as_planned(conn: Connection) -> Callable[[Connection], None]:
    """Version 9 adds a stay's status, case and visa expiry and the check-ins table: a stay
    held before reads as planned and its dates still read; tasks keep their due dates."""
    records_check = _records_at(conn)
    defender = conn.execute("SELECT id FROM defenders WHERE name = 'Seeded defender'").fetchone()
    with transaction(conn):
        conn.execute(
            "INSERT INTO relocations (id, created, updated, origin, defender, host_city, "
            "planned_arrival, planned_arrival_first, planned_arrival_last, "
            "planned_arrival_precision) VALUES ('stay-v8', 'c', 'u', 'o', ?, 'Utrecht', "
            "'2024-05-02', '2024-05-02', '2024-05-02', 'day')", (defender[0],))

    def check(after: Connection) -> None:
        records_check(after)
        assert after.execute(
            "SELECT status, host_city, planned_arrival_first, visa_expires, \"case\" "
            "FROM relocations WHERE id = 'stay-v8'").fetchall() == [
                ("planned", "Utrecht", "2024-05-02", None, None)]
        assert after.execute("SELECT count(*) FROM checkins").fetchone()[0] == 0

    return check


def _pending_kept(conn: Connection) -> Callable[[Connection], None]:
    """Version 10 adds proposals, quarantine, suspects, notices and exported records: versions
    waiting before it still wait (found by sender now), and the new tables start empty."""
    records_check = _records_at(conn)
    with transaction(conn):
        conn.execute("INSERT INTO pending_versions(version_id, record_id, message, received_from, "
                     "received_at) VALUES (x'01', 'r-waiting', '{}', 'vault-k', '2026-01-01')")

    def check(after: Connection) -> None:
        records_check(after)
        assert after.execute("SELECT record_id FROM pending_versions WHERE received_from = "
                             "'vault-k'").fetchall() == [("r-waiting",)]
        for table in ("proposals", "quarantined_versions", "suspect_origins", "notices",
                      "exported_records"):
            assert after.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0

    return check


def _colleagues_become_offices(conn: Connection) -> Callable[[Connection], None]:
    """Version 11 gives colleagues a kind (every colleague held before is a programme office),
    adds per-record sensitive marks (none yet) and the day of the last acknowledgements-only
    bundle per colleague."""
    records_check = _records_at(conn)

    def check(after: Connection) -> None:
        records_check(after)
        kinds = {r[0] for r in after.execute("SELECT kind FROM colleagues")}
        assert kinds == {"office"}
        assert after.execute("SELECT count(*) FROM sensitive_marks").fetchone()[0] == 0
        assert {r[0] for r in after.execute("SELECT acks_only_day FROM peer_marks")} <= {None}

    return check


def _marks_kept_consent_tables_empty(conn: Connection) -> Callable[[Connection], None]:
    """Version 14 adds consent notices (what changed, what each colleague was told, colleagues'
    limits): sensitive marks made before it stay, and the new tables start empty (no defender is
    limited by a colleague until a notice arrives)."""
    records_check = _records_at(conn)
    record = conn.execute("SELECT id FROM records LIMIT 1").fetchone()[0]
    with transaction(conn):
        conn.execute("INSERT INTO sensitive_marks(record_id, field) VALUES (?, 'notes')",
                     (record,))

    def check(after: Connection) -> None:
        records_check(after)
        assert after.execute("SELECT field FROM sensitive_marks WHERE record_id = ?",
                             (record,)).fetchall() == [("notes",)]
        for table in ("consent_changes", "consent_told", "consent_limits"):
            assert after.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0

    return check


def _network_kinds_added(conn: Connection) -> Callable[[Connection], None]:
    """Version 12 adds training participants and advocacy actions (none yet), an edition's title
    and a contact's way to reach it; records held before stay as they were."""
    records_check = _records_at(conn)

    def check(after: Connection) -> None:
        records_check(after)
        for table in ("training_participants", "advocacy_actions"):
            assert after.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        columns = {r[1] for r in after.execute("PRAGMA table_info(network_contacts)")}
        assert "reach" in columns

    return check


def _no_attachments_yet(conn: Connection) -> Callable[[Connection], None]:
    """Version 13 adds evidence attachments and their custody events: records held before it
    are unchanged, and both tables start empty."""
    records_check = _records_at(conn)

    def check(after: Connection) -> None:
        records_check(after)
        for table in ("attachments", "custody_events"):
            assert after.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0

    return check


def _plans_added(conn: Connection) -> Callable[[Connection], None]:
    """Version 15 gives risk assessments who assessed them and their reasoning, adds risk items
    (none yet) and a measure's links to them, last review and how it works: records held before
    still read, and the new columns start empty."""
    records_check = _records_at(conn)

    def check(after: Connection) -> None:
        records_check(after)
        assert after.execute("SELECT count(*) FROM risk_items").fetchone()[0] == 0
        assert {r for r in after.execute(
            "SELECT assessor, summary FROM risk_assessments")} <= {(None, None)}
        assert {r for r in after.execute(
            "SELECT reduces, reviewed, details FROM security_measures")} <= {(None, None, None)}

    return check


def _no_rotation_yet(conn: Connection) -> Callable[[Connection], None]:
    """Version 16 adds this vault's former identities and epochs and colleagues' former keys
    (identity rotation, restored vaults): none before (every row held before survives:
    assert_rows_survive), every origin held before has no epoch, and no colleague's own versions
    are due back to it."""
    records_check = _records_at(conn)

    def check(after: Connection) -> None:
        records_check(after)
        for table in ("former_identities", "colleague_former_keys", "own_epochs"):
            assert after.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        assert after.execute("SELECT count(*) FROM origin_keys WHERE length(epoch) > 0"
                             ).fetchone()[0] == 0
        assert after.execute("SELECT count(*) FROM peer_marks WHERE echo_own != 0"
                             ).fetchone()[0] == 0  # no colleague was restored yet

    return check

def _summaries_kept(conn: Connection) -> Callable[[Connection], None]:
    """Version 17 lets a batch of writes bring the link summaries up to date at its end: the
    summaries held before are kept, the triggers still keep them outside a batch, and a newest
    incident that moved only by its time of day (which version 8's trigger missed) is right."""
    records_check = _records_at(conn)  # a defender with an open incident of 2024-03
    defender = conn.execute("SELECT id FROM defenders WHERE name = 'Seeded defender'").fetchone()
    identity = Identity.generate()
    store = RecordStore(conn, vault_id=identity.public.vault_id(), identity=identity)
    timed = store.create("incident", {"defenders": [defender[0]], "category": "legal",
                                      "occurred": "2024-03-31", "status": "closed"})
    store.update("incident", timed, {"occurred": "2024-03-31T09:30"})
    assert conn.execute(  # the version 8 trigger did not see the time of day
        "SELECT last_incident FROM defender_activity WHERE defender = ?", (defender[0],)
    ).fetchone() == ("2024-03-31 99999",)

    def check(after: Connection) -> None:
        records_check(after)
        assert after.execute(
            "SELECT last_incident, open_incidents FROM defender_activity WHERE defender = ?",
            (defender[0],)).fetchone() == ("2024-03-31 99999T09:30", 1)
        assert after.execute("SELECT count(*) FROM upkeep_deferred").fetchone()[0] == 0
        later = RecordStore(after, vault_id=identity.public.vault_id(), identity=identity)
        made = later.create("incident", {"defenders": [defender[0]], "category": "legal",
                                         "occurred": "2025-01", "status": "open"})
        assert after.execute(
            "SELECT last_incident, open_incidents FROM defender_activity WHERE defender = ?",
            (defender[0],)).fetchone() == ("2025-01-01 99969", 2)
        assert after.execute("SELECT defender FROM incident_links WHERE incident = ?",
                             (made,)).fetchall() == [(defender[0],)]

    return check


def _sent_bundles_list_no_attachments(conn: Connection) -> Callable[[Connection], None]:
    """Version 18 lists the attachments each sent bundle carried and what each colleague holds:
    a bundle sent before it lists none (its files go once more), and nobody holds any yet."""
    records_check = _records_at(conn)
    with transaction(conn):
        conn.execute("INSERT INTO sent_bundles(colleague_id, bundle_id, upto_seq, whole_records, "
                     "sent_at) VALUES ('c1', x'00', 7, '[\"r\"]', '2026-01-01')")

    def check(after: Connection) -> None:
        records_check(after)
        assert after.execute("SELECT upto_seq, whole_records, attachments FROM sent_bundles "
                             "WHERE colleague_id = 'c1'").fetchall() == [(7, '["r"]', "[]")]
        assert after.execute("SELECT count(*) FROM peer_attachments").fetchone()[0] == 0

    return check


def _told_before_counts_as_acknowledged(conn: Connection) -> Callable[[Connection], None]:
    """Version 19 counts the echo and consent notices as told once a bundle carrying them is
    acknowledged: bundles sent before carried none, and notices told before count as told."""
    records_check = _records_at(conn)
    with transaction(conn):
        conn.execute("INSERT INTO sent_bundles(colleague_id, bundle_id, upto_seq, whole_records, "
                     "sent_at) VALUES ('c1', x'00', 7, '[\"r\"]', '2026-01-01')")
        conn.execute("INSERT INTO consent_told(colleague_id, defender_id, level) "
                     "VALUES ('c1', 'd1', 'none')")

    def check(after: Connection) -> None:
        records_check(after)
        assert after.execute("SELECT upto_seq, echo, consent FROM sent_bundles "
                             "WHERE colleague_id = 'c1'").fetchall() == [(7, 0, "[]")]
        assert after.execute("SELECT level, acked FROM consent_told WHERE defender_id = 'd1'"
                             ).fetchall() == [("none", 1)]
        assert after.execute("SELECT count(*) FROM consent_told WHERE acked = 0").fetchone() == (
            0,)

    return check


def _histories_read_without_record_indexes(conn: Connection) -> Callable[[Connection], None]:
    """Version 20 drops two indexes on versions (record_id with frontier, with seq): histories
    are still read in arrival order, the frontier is still right, and the next edit follows."""
    records_check = _records_at(conn)
    vault_id = str(conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()[0])
    identity = Identity.generate()
    store = RecordStore(conn, vault_id=vault_id, identity=identity)
    case = store.create("case", {"title": "seeded case"})
    for status in ("open", "closed"):
        store.update("case", case, {"status": status})

    def check(after: Connection) -> None:
        records_check(after)
        assert {r[0] for r in after.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'versions' AND type = 'index'")
        }.isdisjoint({"versions_frontier", "versions_seq_record"})
        assert [(v.counter, v.fields) for v in load_versions(after, case)] == [
            (1, {"title": "seeded case"}), (2, {"status": "open"}), (3, {"status": "closed"})]
        moved = RecordStore(after, vault_id=vault_id, identity=identity)
        moved.update("case", case, {"title": "renamed"})
        # (the frontier is no longer stored from version 24 on: computed from the history)
        assert [v.counter for v in frontier(load_versions(after, case))] == [4]
        assert get_record(after, case).fields["title"] == "renamed"

    return check


def _nothing_skipped_yet(conn: Connection) -> Callable[[Connection], None]:
    """Version 21 notes the records a colleague holds whose versions a sync left out: what it
    holds, its mark and the bundles in flight are kept, nothing is noted yet, and a bundle
    acknowledged afterwards still moves the mark and clears the notes it filled."""
    records_check = _records_at(conn)
    with transaction(conn):
        conn.execute("INSERT INTO peer_records(colleague_id, record_id) VALUES ('c1', 'r')")
        conn.execute("INSERT INTO peer_marks(colleague_id, acked_seq) VALUES ('c1', 3)")
        conn.execute("INSERT INTO sent_bundles(colleague_id, bundle_id, upto_seq, whole_records, "
                     "sent_at) VALUES ('c1', x'01', 7, '[\"s\"]', '2026-01-01')")

    def check(after: Connection) -> None:
        records_check(after)
        assert after.execute("SELECT count(*) FROM peer_skipped").fetchone()[0] == 0
        with transaction(after):
            peers.note_skipped(after, "c1", ["s", "r"], 5)
            assert peers.apply_acks(after, "c1", [b"\x01"]) == 1
        assert peers.mark_of(after, "c1") == 7
        assert peers.held_whole(after, "c1") == {"r", "s"}
        assert peers.skipped(after, "c1") == {"r"}  # not in that bundle whole: still owed

    return check


def _deleted_files_remembered_from_now(conn: Connection) -> Callable[[Connection], None]:
    """Version 22 remembers the ids of evidence files deleted here: files held before are kept,
    none counts as deleted (deletions before it were not noted), and one deleted afterwards is."""
    records_check = _records_at(conn)
    with transaction(conn):
        conn.execute("INSERT INTO attachments(id, record_id, blob, file_key, sha256, size, name, "
                     "media_type, received_by, received_at, metadata) VALUES ('f1', 'r', "
                     "'00', x'00', 'aa', 1, 'a.txt', 'text/plain', 'me', '2026-01-01', '{}')")

    def check(after: Connection) -> None:
        records_check(after)
        assert not attachment_rows.was_deleted(after, "f1")
        assert [r.id for r in attachment_rows.list_for(after, "r")] == ["f1"]
        with transaction(after):
            attachment_rows.delete(after, "f1")
        assert attachment_rows.was_deleted(after, "f1")
        assert attachment_rows.get(after, "f1") is None

    return check


def _search_moves_over(conn: Connection) -> Callable[[Connection], None]:
    """Version 23 makes both search tables contentless and indexes every record again from its
    display row: its text, ordinary and sensitive (a field of a sensitive kind, a field a
    caseworker marked), is found as a write indexes it now, ranked the same (a text an older rule
    put in the wrong index moves), and an edit afterwards moves its words."""
    records_check = _records_at(conn)
    identity = Identity.generate()
    store = RecordStore(conn, vault_id=identity.public.vault_id(), identity=identity)
    first = store.create("defender", {"name": "Nadia Haddad", "legal_name": "Nadia Qasim",
                                      "organisation": "moved after the raid",
                                      "languages": ["Arabic", "French"]})
    second = store.create("defender", {"name": "Nadia Farouk", "organisation": "raid summons"})
    with transaction(conn):
        conn.execute("INSERT INTO sensitive_marks(record_id, field) VALUES (?, 'organisation')",
                     (second,))
        store.refresh("defender", second, reindex=True)
    queries = ['"nadia"', '"raid"', '"qasim"', '"summons"', '"seeded"*', '"moved"', '"french"']

    def ranked(db: Connection) -> list[list[RankedRow]]:
        return [ranked_rows(db, q, None, sensitive=s, window=10)
                for q in queries for s in (False, True)]

    before = ranked(conn)
    # raid: plain (first) and marked (second); qasim: a legal name; summons: marked
    assert before[2] and before[3] and before[5] and before[7] and not before[6]
    # as an older rule left it: a sensitive text in the ordinary index (notes before version 11)
    with transaction(conn):
        conn.execute("UPDATE search_text SET body = body || ' Qasim' WHERE rowid = "
                     "(SELECT rowid FROM records WHERE id = ?)", (first,))
    assert ranked(conn)[4] and not before[4]

    def check(after: Connection) -> None:
        records_check(after)
        assert ranked(after) == before
        assert after.execute("SELECT count(*) FROM sqlite_master "
                             "WHERE name LIKE 'search_%_content'").fetchone()[0] == 0
        moved = RecordStore(after, vault_id=identity.public.vault_id(), identity=identity)
        moved.update("defender", first, {"organisation": "relocated", "legal_name": None})
        now = ranked(after)
        assert [r.id for r in now[queries.index('"moved"') * 2]] == []
        assert [r.id for r in now[queries.index('"qasim"') * 2 + 1]] == []
        assert [r.id for r in ranked_rows(after, '"relocated"', None, window=10)] == [first]
        assert now[3] == before[3]  # the marked record's words stay sensitive only
        assert [r.id for r in now[queries.index('"french"') * 2]] == [first]  # a list field

    return check


def _deleted_read_from_display(conn: Connection) -> Callable[[Connection], None]:
    """Version 24 drops the frontier flag: whether a record shows as deleted is read from its
    display row (or the registry, once purged), the same for records held before."""
    identity = Identity.generate()
    vault_id = identity.public.vault_id()
    with transaction(conn):
        set_meta(conn, "vault_id", vault_id)
    store = RecordStore(conn, vault_id=vault_id, identity=identity)
    live = store.create("case", {"title": "live"})
    gone = store.create("case", {"title": "deleted"})
    purged = store.create("case", {"title": "purged"})
    for record_id in (gone, purged):
        store.delete("case", record_id)
    store.purge(purged)  # six audit events: the seeded row takes the seventh
    ids = [live, gone, purged, "not-held"]
    before = sharing.deleted_among(conn, ids)
    assert before == {gone, purged}

    def check(after: Connection) -> None:
        assert "frontier" not in {r[1] for r in after.execute("PRAGMA table_info(versions)")}
        assert sharing.deleted_among(after, ids) == before
        assert [sharing.is_deleted(after, i) for i in ids] == [False, True, True, False]
        moved = RecordStore(after, vault_id=vault_id, identity=identity)
        moved.delete("case", live)
        moved.restore("case", gone)
        assert sharing.deleted_among(after, ids) == {live, purged}

    return check


def _versions_found_by_dot(conn: Connection) -> Callable[[Connection], None]:
    """Version 25 drops the index on versions.version_id (the table is made again): every
    version keeps its place in arrival order, histories read back the same, a second version
    with a held dot is still refused, and completing or purging a version finds it by its dot
    (versions_dot, not a scan)."""
    identity = Identity.generate()
    vault_id = identity.public.vault_id()
    with transaction(conn):
        set_meta(conn, "vault_id", vault_id)
    store = RecordStore(conn, vault_id=vault_id, identity=identity)
    kept = store.create("case", {"title": "kept"})
    store.update("case", kept, {"status": "open"})
    gone = store.create("case", {"title": "to purge"})
    store.delete("case", gone)
    arrival = conn.execute("SELECT seq, version_id FROM versions WHERE record_id IN (?, ?) "
                           "ORDER BY seq", (kept, gone)).fetchall()
    histories = {r: load_versions(conn, r) for r in (kept, gone)}

    def check(after: Connection) -> None:
        assert [r[0] for r in after.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'versions' AND type = 'index'")
        ] == ["versions_dot"]
        assert after.execute("SELECT seq, version_id FROM versions WHERE record_id IN (?, ?) "
                             "ORDER BY seq", (kept, gone)).fetchall() == arrival
        assert {r: load_versions(after, r) for r in (kept, gone)} == histories
        for sql in ("UPDATE versions SET fields = ? WHERE " + records.BY_DOT,
                    "UPDATE versions SET fields = ?, seq = (SELECT max(seq) + 1 FROM versions) "
                    "WHERE " + records.BY_DOT):
            plan = " ".join(str(r[-1]) for r in after.execute(
                "EXPLAIN QUERY PLAN " + sql, ("{}", kept, vault_id, 1)))
            assert "USING INDEX versions_dot" in plan, plan
        copy = histories[kept][0]
        with pytest.raises(DatabaseError, match="UNIQUE"), transaction(after):
            after.execute("INSERT INTO versions(version_id, record_id, kind, origin, counter, "
                          "vector, hlc_wall, hlc_counter, deleted, field_names, fields_hash, "
                          "signature, received_at) VALUES (?, ?, 'case', ?, 1, '{}', 0, 0, 0, "
                          "'[]', x'00', x'00', 'now')",
                          (secrets.token_bytes(32), kept, copy.origin))
        moved = RecordStore(after, vault_id=vault_id, identity=identity)
        moved.update("case", kept, {"title": "renamed"})
        assert get_record(after, kept).fields["title"] == "renamed"
        moved.purge(gone)
        stubs = load_versions(after, gone)  # each found by its dot and emptied
        assert [v.fields for v in histories[gone]] == [{"title": "to purge"}, {}]
        assert [(v.fields, v.field_names) for v in stubs] == [
            ({}, v.field_names) for v in histories[gone]]

    return check


SEED_HOOKS: dict[int, SeedHook] = {
    1: _records_at,
    2: _records_at,
    3: _drafts_kept,
    4: _records_with_links,
    5: _filtered_lists_indexed,
    6: _search_kept,
    7: _dates_reordered,
    8: _stays_read_as_planned,
    9: _pending_kept,
    10: _colleagues_become_offices,
    11: _network_kinds_added,
    12: _no_attachments_yet,
    13: _marks_kept_consent_tables_empty,
    14: _plans_added,
    15: _no_rotation_yet,
    16: _summaries_kept,
    17: _sent_bundles_list_no_attachments,
    18: _told_before_counts_as_acknowledged,
    19: _histories_read_without_record_indexes,
    20: _nothing_skipped_yet,
    21: _deleted_files_remembered_from_now,
    22: _search_moves_over,
    23: _deleted_read_from_display,
    24: _versions_found_by_dot,
}


def test_every_version_but_the_latest_has_a_seed_hook() -> None:
    """A new migration needs a hook that puts realistic data in front of it."""
    assert set(range(1, LATEST)) <= set(SEED_HOOKS)


@pytest.mark.parametrize("version", VERSIONS)
def test_each_migration_from_empty(conn: Connection, version: int) -> None:
    assert schema_version(conn) == 0
    assert migrate(conn, version) == version
    assert schema_version(conn) == version
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    before = schema(conn)
    assert before, "a migration created nothing"
    assert migrate(conn, version) == version  # running it again changes nothing
    assert schema(conn) == before


@pytest.mark.parametrize("version", VERSIONS)
def test_each_step_adds_to_the_previous_schema(tmp_path: Path, version: int) -> None:
    key = secrets.token_bytes(32)
    stepwise = connect(tmp_path / "stepwise.db", key, create=True)
    direct = connect(tmp_path / "direct.db", key, create=True)
    try:
        migrate(stepwise, version - 1)
        previous = schema(stepwise)
        migrate(stepwise, version)
        migrate(direct, version)
        assert schema(stepwise) == schema(direct)
        changed = set(schema(stepwise)) ^ set(previous)  # added, or dropped (version 20)
        statements = " ".join(s for s in MIGRATIONS[version - 1] if isinstance(s, str))
        assert changed or "ALTER TABLE" in statements.upper() or "INSERT" in statements.upper()
    finally:
        stepwise.close()
        direct.close()


@pytest.mark.parametrize("version", VERSIONS[1:])
def test_each_migration_keeps_the_data_of_the_previous_version(
    conn: Connection, version: int
) -> None:
    migrate(conn, version - 1)
    check = SEED_HOOKS[version - 1](conn)
    seeded = seed_every_table(conn)
    migrate(conn, version)
    assert schema_version(conn) == version
    assert_rows_survive(conn, seeded)
    check(conn)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_vault_from_the_first_version_opens_with_its_records(vault_dir: Path) -> None:
    """A vault made at version 1 and filled there: unlocking migrates it all the way up."""
    vault = create_vault(vault_dir, "a passphrase for tests")
    with open_session(vault_dir, "a passphrase for tests") as session:
        defender = Casework(session).add("defender", {"name": "Kept", "country": "UG"})
        incident = Casework(session).add("incident", {
            "defenders": [defender], "category": "legal", "occurred": "2023",
            "description": "kept too"})
    key = _key_of(vault_dir, "a passphrase for tests")
    conn = connect(vault_dir / "vault.db", key)
    try:
        dump = table_dump(conn)
        found = ranked_rows(conn, '"kept"', None, window=5)
        assert len(found) == 2
        # the search tables as the first release made them, holding the text it indexed
        # (version 23 keeps none: they are made again below)
        texts = {int(rowid): search_index.bodies(str(kind), get_record(conn, str(rid)).fields)
                 for rowid, kind, rid in conn.execute("SELECT rowid, kind, id FROM records")}
        for number, table in enumerate(("search_text", "search_sensitive")):
            conn.execute(f"DROP TABLE {table}")
            conn.execute(_schema_at(1)[table])
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")
            conn.executemany(f"INSERT INTO {table}(rowid, body) VALUES (?, ?)",
                             [(r, t[number]) for r, t in texts.items() if t[number]])
        # versions as the first release made them, with the frontier flag version 24 dropped
        tips = {v.version_id for (rid,) in conn.execute("SELECT id FROM records").fetchall()
                for v in frontier(load_versions(conn, str(rid)))}
        kept = ", ".join(f'"{c}"' for c in sorted(_columns_at(1)["versions"] - {"frontier"}))
        conn.execute("ALTER TABLE versions RENAME TO versions_now")
        conn.execute(_schema_at(1)["versions"])
        conn.execute(f"INSERT INTO versions({kept}) SELECT {kept} FROM versions_now")
        conn.execute("DROP TABLE versions_now")
        conn.execute(_schema_at(1)["versions_dot"])
        conn.execute("UPDATE versions SET frontier = (hex(version_id) IN (SELECT value FROM "
                     "json_each(?)))", (json.dumps([t.hex().upper() for t in tips]),))
        # undo what later migrations added, as if this vault were made by the first release
        for name, sql in schema(conn).items():
            if name not in _schema_at(1) and sql.upper().startswith(("CREATE TABLE", "CREATE V")):
                conn.execute(f'DROP TABLE IF EXISTS "{name}"')
        for name in set(schema(conn)) - set(_schema_at(1)):
            kind = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", (name,))
            row = kind.fetchone()
            if row:
                conn.execute(f'DROP {row[0].upper()} IF EXISTS "{name}"')
        first_columns = _columns_at(1)
        first_schema = _schema_at(1)
        for table, wanted in first_columns.items():
            # a table a later migration took columns from (version 12: trainings and network
            # contacts, empty here) is made again as the first release made it
            have = {str(c[1]) for c in conn.execute(f'PRAGMA table_xinfo("{table}")')}
            if have and not wanted <= have:
                assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == 0
                conn.execute(f'DROP TABLE "{table}"')
                conn.execute(first_schema[table])
        for table in [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]:
            columns = conn.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
            for column in sorted(columns, key=lambda c: c[-1] not in (2, 3)):
                # generated columns (version 8) and added ones (version 9) came later
                if column[1] not in first_columns.get(table, {column[1]}):
                    conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column[1]}"')
        # tables that later lost columns (version 12: no face had written them) come back as
        # they were made, empty, with their indexes
        first = _schema_at(1)
        for table, wanted in first_columns.items():
            now = {str(c[1]) for c in conn.execute(f'PRAGMA table_xinfo("{table}")')}
            if now and not wanted <= now:
                assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == 0
                conn.execute(f'DROP TABLE "{table}"')
                conn.execute(first[table])
        for name, sql in first.items():
            if name not in schema(conn) and sql.upper().startswith("CREATE INDEX"):
                conn.execute(sql)
        conn.execute("PRAGMA user_version = 1")
        assert schema(conn) == _schema_at(1)
    finally:
        conn.close()
    with Session(unlock_vault(vault_dir, "a passphrase for tests")) as session:
        assert schema_version(session.conn) == LATEST
        work = Casework(session)
        assert work.get("defender", defender).fields["country"] == "UG"
        assert [r.id for r in work.list("incident", RecordFilter(defender=defender))] == [
            incident
        ]
        assert session.conn.execute(
            "SELECT defender, incident FROM incident_links"
        ).fetchall() == [(defender, incident)]
        after = table_dump(session.conn)
        for table in ("defenders", "incidents", "versions", "audit_events", "records"):
            assert after[table] == dump[table]
        assert [r.id for r in ranked_rows(session.conn, '"kept" "too"', None, window=5)] == [
            incident]
        assert ranked_rows(session.conn, '"kept"', None, window=5) == found  # as when new
    assert vault.vault_id == session.vault_id


def _key_of(vault_dir: Path, passphrase: str) -> bytes:
    from hrd_desk.crypto import keyslot
    from hrd_desk.store.vault import Vault

    return keyslot.unlock(Vault.read_keyslots(vault_dir), passphrase)


def _columns_at(version: int) -> dict[str, set[str]]:
    """Table -> the names of its columns at `version`."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "s.db", secrets.token_bytes(32), create=True)
        try:
            migrate(conn, version)
            tables = [str(r[0]) for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]
            return {t: {str(c[1]) for c in conn.execute(f'PRAGMA table_xinfo("{t}")')}
                    for t in tables}
        finally:
            conn.close()


def _schema_at(version: int) -> dict[str, str]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "s.db", secrets.token_bytes(32), create=True)
        try:
            migrate(conn, version)
            return schema(conn)
        finally:
            conn.close()


def test_a_failing_migration_leaves_the_previous_version(
    conn: Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrate(conn, LATEST)
    before = schema(conn)
    broken = (*MIGRATIONS, ("CREATE TABLE added_then_undone (x)", "THIS IS NOT SQL"))
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    monkeypatch.setattr(migrations, "LATEST", LATEST + 1)
    with pytest.raises(Exception, match="syntax error"):
        migrate(conn, LATEST + 1)
    assert schema_version(conn) == LATEST
    assert schema(conn) == before


def test_a_vault_newer_than_this_app_is_refused_unchanged(vault_dir: Path) -> None:
    create_vault(vault_dir, "a passphrase for tests")
    with open_session(vault_dir, "a passphrase for tests") as session:
        session.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(DamagedVault, match=f"schema version {LATEST + 1}, newer"):
        unlock_vault(vault_dir, "a passphrase for tests")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_model_fields_match_the_table_columns(conn: Connection, kind: str) -> None:
    """Model and schema cannot drift: every field has its column (dates also their first and
    last day, precision and sort order), and every column is a field or bookkeeping."""
    migrate(conn)
    columns = {str(c[1]) for c in conn.execute(f'PRAGMA table_xinfo("{KINDS[kind].table}")')}
    expected = set(BOOKKEEPING)
    for name, info in field_infos(KINDS[kind].cls).items():
        expected.add(name)
        if info.kind == FieldKind.DATE:
            expected |= {f"{name}_first", f"{name}_last", f"{name}_precision", f"{name}_order"}
    assert columns == expected


def test_every_kind_has_its_own_table(conn: Connection) -> None:
    migrate(conn)
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {k.table for k in KINDS.values()} <= tables
    assert len({k.table for k in KINDS.values()}) == len(KINDS)
