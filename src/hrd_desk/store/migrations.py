"""Versioned schema migrations (`PRAGMA user_version`).

Each migration is frozen SQL: once released it never changes, because vaults in the field were
made by it. A new need is a new migration appended to MIGRATIONS. Every migration runs in one
transaction with the version bump, so a crash leaves the old schema or the new one.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import DamagedVault
from .dbapi import Connection, transaction

# Version 1: records with their version history (docs/merge), display caches per kind, links,
# full-text search (plain and sensitive), the audit chain.
_V1: Sequence[str] = (
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value BLOB
    )
    """,
    """
    CREATE TABLE records (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        purged INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE versions (
        seq INTEGER PRIMARY KEY,
        version_id BLOB NOT NULL UNIQUE,
        record_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        origin TEXT NOT NULL,
        counter INTEGER NOT NULL,
        vector TEXT NOT NULL,
        hlc_wall INTEGER NOT NULL,
        hlc_counter INTEGER NOT NULL,
        deleted INTEGER NOT NULL,
        field_names TEXT NOT NULL,
        fields_hash BLOB NOT NULL,
        fields TEXT,
        signature BLOB NOT NULL,
        frontier INTEGER NOT NULL DEFAULT 1,
        received_from TEXT,
        received_at TEXT NOT NULL
    )
    """,
    "CREATE UNIQUE INDEX versions_dot ON versions(record_id, origin, counter)",
    "CREATE INDEX versions_frontier ON versions(record_id, frontier)",
    """
    CREATE TABLE record_refs (
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        record_id TEXT NOT NULL,
        PRIMARY KEY (field, value, record_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX record_refs_record ON record_refs(record_id)",
    """
    CREATE TABLE defenders (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "name" TEXT,
        "codename" TEXT,
        "legal_name" TEXT,
        "contact" TEXT,
        "address" TEXT,
        "country" TEXT,
        "region" TEXT,
        "organisation" TEXT,
        "field_of_work" TEXT,
        "gender" TEXT,
        "languages" TEXT,
        "consent" TEXT,
        "consent_date" TEXT,
        consent_date_first TEXT,
        consent_date_last TEXT,
        consent_date_precision TEXT,
        "consent_how" TEXT,
        "notes" TEXT
    )
    """,
    """
    CREATE TABLE related_people (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "defender" TEXT,
        "name" TEXT,
        "relationship" TEXT,
        "contact" TEXT,
        "notes" TEXT
    )
    """,
    """
    CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "defender" TEXT,
        "programme" TEXT,
        "title" TEXT,
        "status" TEXT,
        "opened" TEXT,
        opened_first TEXT,
        opened_last TEXT,
        opened_precision TEXT,
        "closed" TEXT,
        closed_first TEXT,
        closed_last TEXT,
        closed_precision TEXT,
        "caseworker" TEXT,
        "priority" TEXT,
        "notes" TEXT
    )
    """,
    """
    CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "defenders" TEXT,
        "category" TEXT,
        "occurred" TEXT,
        occurred_first TEXT,
        occurred_last TEXT,
        occurred_precision TEXT,
        "description" TEXT,
        "also" TEXT,
        "subtype" TEXT,
        "targets" TEXT,
        "case" TEXT,
        "country" TEXT,
        "region" TEXT,
        "location" TEXT,
        "reported" TEXT,
        reported_first TEXT,
        reported_last TEXT,
        reported_precision TEXT,
        "source" TEXT,
        "channel" TEXT,
        "perpetrator" TEXT,
        "severity" INTEGER,
        "actions" TEXT,
        "reported_to" TEXT,
        "status" TEXT
    )
    """,
    """
    CREATE TABLE relocations (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "defender" TEXT,
        "host_city" TEXT,
        "planned_arrival" TEXT,
        planned_arrival_first TEXT,
        planned_arrival_last TEXT,
        planned_arrival_precision TEXT,
        "planned_departure" TEXT,
        planned_departure_first TEXT,
        planned_departure_last TEXT,
        planned_departure_precision TEXT,
        "arrival" TEXT,
        arrival_first TEXT,
        arrival_last TEXT,
        arrival_precision TEXT,
        "departure" TEXT,
        departure_first TEXT,
        departure_last TEXT,
        departure_precision TEXT,
        "travel_status" TEXT,
        "companion" TEXT,
        "accommodation" TEXT,
        "activities" TEXT,
        "return_plan" TEXT,
        "notes" TEXT
    )
    """,
    """
    CREATE TABLE trainings (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "edition" TEXT,
        "starts" TEXT,
        starts_first TEXT,
        starts_last TEXT,
        starts_precision TEXT,
        "ends" TEXT,
        ends_first TEXT,
        ends_last TEXT,
        ends_precision TEXT,
        "place" TEXT,
        "participants" TEXT,
        "modules" TEXT,
        "needs" TEXT
    )
    """,
    """
    CREATE TABLE risk_assessments (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "defender" TEXT,
        "assessed" TEXT,
        assessed_first TEXT,
        assessed_last TEXT,
        assessed_precision TEXT,
        "level" TEXT,
        "threats" TEXT,
        "vulnerabilities" TEXT,
        "capacities" TEXT,
        "previous" TEXT
    )
    """,
    """
    CREATE TABLE security_measures (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "defender" TEXT,
        "title" TEXT,
        "group" TEXT,
        "owner" TEXT,
        "due" TEXT,
        due_first TEXT,
        due_last TEXT,
        due_precision TEXT,
        "review" TEXT,
        review_first TEXT,
        review_last TEXT,
        review_precision TEXT,
        "status" TEXT,
        "risks" TEXT
    )
    """,
    """
    CREATE TABLE network_contacts (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "name" TEXT,
        "contact_type" TEXT,
        "organisation" TEXT,
        "city" TEXT,
        "contact" TEXT,
        "notes" TEXT
    )
    """,
    """
    CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "title" TEXT,
        "due" TEXT,
        due_first TEXT,
        due_last TEXT,
        due_precision TEXT,
        "defender" TEXT,
        "case" TEXT,
        "status" TEXT,
        "notes" TEXT
    )
    """,
    "CREATE INDEX defenders_list ON defenders(deleted, name)",
    "CREATE INDEX related_defender ON related_people(defender)",
    "CREATE INDEX cases_defender ON cases(defender)",
    "CREATE INDEX incidents_occurred ON incidents(deleted, occurred_last, occurred_first)",
    "CREATE INDEX incidents_category ON incidents(category, occurred_last)",
    "CREATE INDEX incidents_status ON incidents(status, occurred_last)",
    "CREATE INDEX incidents_country ON incidents(country)",
    "CREATE INDEX incidents_case ON incidents(\"case\")",
    "CREATE INDEX relocations_defender ON relocations(defender)",
    "CREATE INDEX risk_defender ON risk_assessments(defender)",
    "CREATE INDEX measures_defender ON security_measures(defender)",
    "CREATE INDEX tasks_due ON tasks(status, due_first)",
    """
    CREATE VIRTUAL TABLE search_text USING fts5(
        body, tokenize = "unicode61 remove_diacritics 2"
    )
    """,
    "INSERT INTO search_text(search_text, rank) VALUES ('secure-delete', 1)",
    """
    CREATE VIRTUAL TABLE search_sensitive USING fts5(
        body, tokenize = "unicode61 remove_diacritics 2"
    )
    """,
    "INSERT INTO search_sensitive(search_sensitive, rank) VALUES ('secure-delete', 1)",
    """
    CREATE TABLE audit_events (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        kind TEXT,
        record_id TEXT,
        detail TEXT NOT NULL,
        prev_hash BLOB NOT NULL,
        hash BLOB NOT NULL
    )
    """,
)

# Version 2: colleagues and sealed bundles (issue 4): who we exchange with, which bundles were
# imported (replay key: sender, bundle id), keys of third-party origins met in bundles, and
# versions waiting for the edits they depend on.
_V2_EXCHANGE: Sequence[str] = (
    """
    CREATE TABLE colleagues (
        id TEXT PRIMARY KEY,
        vault_id TEXT NOT NULL UNIQUE,
        local_name TEXT NOT NULL UNIQUE,
        card_name TEXT NOT NULL,
        verify_key BLOB NOT NULL UNIQUE,
        box_key BLOB NOT NULL,
        verified INTEGER NOT NULL DEFAULT 0,
        revoked INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE origin_keys (
        vault_id TEXT PRIMARY KEY,
        verify_key BLOB NOT NULL
    )
    """,
    """
    CREATE TABLE imported_bundles (
        sender_key BLOB NOT NULL,
        bundle_id BLOB NOT NULL,
        imported_at TEXT NOT NULL,
        records INTEGER NOT NULL,
        ack_due INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (sender_key, bundle_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE pending_versions (
        version_id BLOB PRIMARY KEY,
        record_id TEXT NOT NULL,
        message TEXT NOT NULL,
        received_from TEXT,
        received_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX pending_record ON pending_versions(record_id)",
)

# Version 3: drafts of unsaved forms (issue 3). Locking saves what a caseworker was typing here,
# inside the encrypted vault, and unlocking reopens it; nothing about records goes anywhere else.
_V3_DRAFTS: Sequence[str] = (
    """
    CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        form_kind TEXT NOT NULL,
        record_id TEXT,
        payload TEXT NOT NULL,
        saved_at TEXT NOT NULL
    )
    """,
)

# Version 4: multi-office sync (issue 5). Sharing scope per colleague; what each colleague has
# acknowledged (the mark advances only on acknowledgement, so a lost bundle is made good by the
# next); which records a colleague holds whole; bundles seen in drop folders.
_V4_SYNC: Sequence[str] = (
    """
    CREATE TABLE shares (
        record_id TEXT NOT NULL,
        colleague_id TEXT NOT NULL,
        how TEXT NOT NULL,
        since TEXT NOT NULL,
        PRIMARY KEY (record_id, colleague_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX shares_colleague ON shares(colleague_id, record_id)",
    """
    CREATE TABLE peer_marks (
        colleague_id TEXT PRIMARY KEY,
        acked_seq INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE peer_records (
        colleague_id TEXT NOT NULL,
        record_id TEXT NOT NULL,
        PRIMARY KEY (colleague_id, record_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE sent_bundles (
        colleague_id TEXT NOT NULL,
        bundle_id BLOB NOT NULL,
        upto_seq INTEGER NOT NULL,
        whole_records TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (colleague_id, bundle_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE drop_files (
        folder TEXT NOT NULL,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        status TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (folder, name)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX versions_seq_record ON versions(record_id, seq)",
)

MIGRATIONS: tuple[Sequence[str], ...] = (_V1, _V2_EXCHANGE, _V3_DRAFTS, _V4_SYNC)
LATEST = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Bring the schema to `target`, one transaction per step; returns the version reached."""
    current = schema_version(conn)
    if current > LATEST:
        raise DamagedVault(
            f"the vault has schema version {current}, newer than this hrd-desk knows ({LATEST})"
        )
    while current < target:
        with transaction(conn):
            for statement in MIGRATIONS[current]:
                conn.execute(statement)
            current += 1
            conn.execute(f"PRAGMA user_version = {current}")
    return current
