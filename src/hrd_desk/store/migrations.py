"""Versioned schema migrations (`PRAGMA user_version`).

Each migration is frozen SQL: once released it never changes, because vaults in the field were
made by it. A new need is a new migration appended to MIGRATIONS. Every migration runs in one
transaction with the version bump, so a crash leaves the old schema or the new one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..errors import DamagedVault
from .cache import index_all
from .dbapi import Connection, transaction

# A step is SQL, or a function for what SQL cannot say (it runs in the step's transaction).
Step = str | Callable[[Connection], None]

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

# Version 5: lists that stay fast with 100,000 incidents (issue 3).
# - Indexes serving a page of incidents in date order (the whole log, or open and monitoring
#   only) straight from the index, also deep into the list.
# - `incident_links`: one row per (defender, incident) with the incident's date, severity and
#   status, indexed by defender and date, so "this defender's newest incident", "highest severity
#   in the last 90 days" and a defender's timeline are index range scans, not a look-up per link.
# - `defender_activity`: one row per defender with its newest incident and open incident count,
#   so the Defenders list sorts by newest incident from an index.
# Triggers keep both right on every display-cache write (local edits, merges, purges alike).
_LINK_COLUMNS = "deleted, occurred, occurred_first, occurred_last, severity, status"
_LINK_UPSERT = (
    "ON CONFLICT (defender, incident) DO UPDATE SET deleted = excluded.deleted, "
    "occurred = excluded.occurred, occurred_first = excluded.occurred_first, "
    "occurred_last = excluded.occurred_last, severity = excluded.severity, "
    "status = excluded.status;"
)
_ACTIVITY_OF = """
    INSERT INTO defender_activity (defender, deleted, last_incident, open_incidents)
    SELECT d.id, d.deleted,
        (SELECT max(l.occurred_last) FROM incident_links AS l
         WHERE l.defender = d.id AND l.deleted = 0),
        (SELECT count(*) FROM incident_links AS l
         WHERE l.defender = d.id AND l.deleted = 0 AND l.status IN ('open', 'monitoring'))
    FROM defenders AS d WHERE {which}
    ON CONFLICT (defender) DO UPDATE SET deleted = excluded.deleted,
        last_incident = excluded.last_incident, open_incidents = excluded.open_incidents;
"""
_ACTIVITY_V8 = _ACTIVITY_OF.replace("max(l.occurred_last)", "max(l.occurred_order)")
_V5_LISTS: Sequence[str] = (
    "CREATE INDEX incidents_list ON incidents(deleted, occurred_last, id)",
    "CREATE INDEX incidents_status_list ON incidents(deleted, status, occurred_last, id)",
    """
    CREATE TABLE incident_links (
        defender TEXT NOT NULL,
        incident TEXT NOT NULL,
        deleted INTEGER NOT NULL,
        occurred TEXT,
        occurred_first TEXT,
        occurred_last TEXT,
        severity INTEGER,
        status TEXT,
        PRIMARY KEY (defender, incident)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX incident_links_time "
    "ON incident_links(defender, deleted, occurred_last, severity, status)",
    "CREATE INDEX incident_links_incident ON incident_links(incident)",
    """
    CREATE TABLE defender_activity (
        defender TEXT PRIMARY KEY,
        deleted INTEGER NOT NULL DEFAULT 0,
        last_incident TEXT,
        open_incidents INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX defender_activity_order ON defender_activity(deleted, last_incident, defender)",
    f"INSERT INTO incident_links (defender, incident, {_LINK_COLUMNS}) "
    f"SELECT r.value, i.id, i.{_LINK_COLUMNS.replace(', ', ', i.')} "
    "FROM record_refs AS r CROSS JOIN incidents AS i ON i.id = r.record_id "
    "WHERE r.field = 'incident.defenders'",
    _ACTIVITY_OF.format(which="1"),
    # incident_links follows record_refs and incidents
    "CREATE TRIGGER incident_links_linked AFTER INSERT ON record_refs "
    "WHEN new.field = 'incident.defenders' BEGIN "
    f"INSERT INTO incident_links (defender, incident, {_LINK_COLUMNS}) "
    f"SELECT new.value, i.id, i.{_LINK_COLUMNS.replace(', ', ', i.')} "
    f"FROM incidents AS i WHERE i.id = new.record_id {_LINK_UPSERT} END",
    "CREATE TRIGGER incident_links_unlinked AFTER DELETE ON record_refs "
    "WHEN old.field = 'incident.defenders' BEGIN "
    "DELETE FROM incident_links WHERE defender = old.value AND incident = old.record_id; END",
    "CREATE TRIGGER incident_links_added AFTER INSERT ON incidents BEGIN "
    f"INSERT INTO incident_links (defender, incident, {_LINK_COLUMNS}) "
    f"SELECT r.value, new.id, new.{_LINK_COLUMNS.replace(', ', ', new.')} "
    "FROM record_refs AS r WHERE r.field = 'incident.defenders' AND r.record_id = new.id "
    f"{_LINK_UPSERT} END",
    "CREATE TRIGGER incident_links_changed AFTER UPDATE ON incidents "
    "WHEN old.deleted IS NOT new.deleted OR old.occurred IS NOT new.occurred "
    "OR old.occurred_first IS NOT new.occurred_first "
    "OR old.occurred_last IS NOT new.occurred_last OR old.severity IS NOT new.severity "
    "OR old.status IS NOT new.status BEGIN "
    "UPDATE incident_links SET deleted = new.deleted, occurred = new.occurred, "
    "occurred_first = new.occurred_first, occurred_last = new.occurred_last, "
    "severity = new.severity, status = new.status WHERE incident = new.id; END",
    "CREATE TRIGGER incident_links_gone AFTER DELETE ON incidents BEGIN "
    "DELETE FROM incident_links WHERE incident = old.id; END",
    # defender_activity follows incident_links and defenders
    "CREATE TRIGGER defender_activity_link_added AFTER INSERT ON incident_links BEGIN"
    + _ACTIVITY_OF.format(which="d.id = new.defender") + "END",
    "CREATE TRIGGER defender_activity_link_changed AFTER UPDATE ON incident_links "
    "WHEN old.deleted IS NOT new.deleted OR old.status IS NOT new.status "
    "OR old.occurred_last IS NOT new.occurred_last BEGIN"
    + _ACTIVITY_OF.format(which="d.id = new.defender") + "END",
    "CREATE TRIGGER defender_activity_link_removed AFTER DELETE ON incident_links BEGIN"
    + _ACTIVITY_OF.format(which="d.id = old.defender") + "END",
    "CREATE TRIGGER defender_activity_added AFTER INSERT ON defenders BEGIN"
    + _ACTIVITY_OF.format(which="d.id = new.id") + "END",
    """
    CREATE TRIGGER defender_activity_flagged AFTER UPDATE OF deleted ON defenders
    WHEN old.deleted IS NOT new.deleted BEGIN
        UPDATE defender_activity SET deleted = new.deleted WHERE defender = new.id;
    END
    """,
    """
    CREATE TRIGGER defender_activity_purged AFTER DELETE ON defenders BEGIN
        DELETE FROM defender_activity WHERE defender = old.id;
    END
    """,
)

# Version 6: filtered incident lists (category + country + date range) at 100,000 incidents.
# The date-ordered list indexes also hold the first day and the country, so a page scanning
# them newest first rejects rows outside the date range (which ends on occurred_first) or of
# another country in the index, without reading each row: 25-45 ms -> 4-8 ms per page.
_V6_FILTERED_LISTS: Sequence[str] = (
    "DROP INDEX incidents_list",
    "CREATE INDEX incidents_dated "
    "ON incidents(deleted, occurred_last, id, occurred_first, country)",
    "DROP INDEX incidents_status_list",
    "CREATE INDEX incidents_status_dated "
    "ON incidents(deleted, status, occurred_last, id, occurred_first, country)",
)

# Version 7: FTS5 secure-delete only while purging. Kept on for every edit, it rewrote the
# doclists of every term of the old text in every segment (about 3 ms per edited record in a
# 100,000-incident index); an edited value stays in the version history anyway until purged.
# Purge switches it on around its delete and then merges all segments ('optimize').
_V7_FTS_DELETE: Sequence[str] = (
    "INSERT INTO search_text(search_text, rank) VALUES ('secure-delete', 0)",
    "INSERT INTO search_sensitive(search_sensitive, rank) VALUES ('secure-delete', 0)",
)

# Version 8: dates sort by their first possible day, the more precise first on the same day
# (issue 8): a year-only `2026` is not "newest" in December. `{field}_order` is a virtual column
# (nothing stored, nothing to write) holding the first day and then the span's complement, so a
# descending sort on it puts 2026-01-05 before 2026-01 before 2026 (all starting 2026-01-01),
# and a time of day after that (2026-01-05T09:30 before 2026-01-05).
# Lists, the Defenders list's "last incident", the timeline and positions sort on one column.
def _order_of(name: str) -> str:
    return (f"{name}_order TEXT GENERATED ALWAYS AS ({name}_first || printf(' %05d', "
            f"99999 - (julianday({name}_last) - julianday({name}_first))) || "
            f"CASE WHEN substr(\"{name}\", 11, 1) = 'T' THEN substr(\"{name}\", 11, 6) "
            "ELSE '' END) "
            "VIRTUAL")


_V8_DATE_ORDER: Sequence[str] = (
    *(f"ALTER TABLE {table} ADD COLUMN {_order_of(name)}" for table, name in (
        ("defenders", "consent_date"), ("cases", "opened"), ("cases", "closed"),
        ("incidents", "occurred"), ("incidents", "reported"),
        ("relocations", "planned_arrival"), ("relocations", "planned_departure"),
        ("relocations", "arrival"), ("relocations", "departure"),
        ("trainings", "starts"), ("trainings", "ends"), ("risk_assessments", "assessed"),
        ("security_measures", "due"), ("security_measures", "review"), ("tasks", "due"),
    )),
    f"ALTER TABLE incident_links ADD COLUMN {_order_of('occurred')}",
    "DROP INDEX incidents_dated",
    "CREATE INDEX incidents_dated "
    "ON incidents(deleted, occurred_order, id, occurred_first, occurred_last, country)",
    "DROP INDEX incidents_status_dated",
    "CREATE INDEX incidents_status_dated "
    "ON incidents(deleted, status, occurred_order, id, occurred_first, occurred_last, country)",
    "CREATE INDEX incident_links_order ON incident_links(defender, deleted, occurred_order)",
    # the Defenders list's newest incident follows the same order
    "DROP TRIGGER defender_activity_link_added",
    "DROP TRIGGER defender_activity_link_changed",
    "DROP TRIGGER defender_activity_link_removed",
    "DROP TRIGGER defender_activity_added",
    "CREATE TRIGGER defender_activity_link_added AFTER INSERT ON incident_links BEGIN"
    + _ACTIVITY_V8.format(which="d.id = new.defender") + "END",
    "CREATE TRIGGER defender_activity_link_changed AFTER UPDATE ON incident_links "
    "WHEN old.deleted IS NOT new.deleted OR old.status IS NOT new.status "
    "OR old.occurred_first IS NOT new.occurred_first "
    "OR old.occurred_last IS NOT new.occurred_last BEGIN"
    + _ACTIVITY_V8.format(which="d.id = new.defender") + "END",
    "CREATE TRIGGER defender_activity_link_removed AFTER DELETE ON incident_links BEGIN"
    + _ACTIVITY_V8.format(which="d.id = old.defender") + "END",
    "CREATE TRIGGER defender_activity_added AFTER INSERT ON defenders BEGIN"
    + _ACTIVITY_V8.format(which="d.id = new.id") + "END",
    _ACTIVITY_V8.format(which="1"),
)

# Version 9: relocation stays, check-ins and tasks (issue 15). A stay gains its case, status,
# visa expiry and follow-up; its accompanying person becomes a link to a related person (no face
# could write a stay before, so no free-text companion needs carrying over). Check-ins are a kind
# of their own. Tasks gain the stay they are about and whom they are for. Stays already held
# read as planned. The start screen's buckets are index range scans (due dates, recent incidents,
# open incidents by category).
def _date_columns(name: str) -> tuple[str, ...]:
    return (f'"{name}" TEXT', f"{name}_first TEXT", f"{name}_last TEXT",
            f"{name}_precision TEXT", _order_of(name))


_V9_STAYS: Sequence[str] = (
    *(f"ALTER TABLE relocations ADD COLUMN {column}" for column in (
        '"case" TEXT', '"status" TEXT', *_date_columns("visa_expires"), '"follow_up" TEXT')),
    "UPDATE relocations SET status = 'planned' WHERE status IS NULL",
    'ALTER TABLE tasks ADD COLUMN "relocation" TEXT',
    'ALTER TABLE tasks ADD COLUMN "assignee" TEXT',
    f"""
    CREATE TABLE checkins (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "relocation" TEXT,
        {", ".join(_date_columns("due"))},
        "status" TEXT,
        {", ".join(_date_columns("done_at"))},
        "how" TEXT,
        "note" TEXT,
        "concern" TEXT,
        "incident" TEXT
    )
    """,
    "CREATE INDEX checkins_relocation ON checkins(relocation, due_first)",
    # a due day is the last day a date may mean: "2026-03" is due by the end of March
    "CREATE INDEX checkins_due ON checkins(deleted, status, due_last)",
    "CREATE INDEX relocations_status ON relocations(deleted, status)",
    "CREATE INDEX relocations_visa ON relocations(deleted, visa_expires_last)",
    "CREATE INDEX relocations_arrival ON relocations(deleted, planned_arrival_last)",
    "CREATE INDEX relocations_departure ON relocations(deleted, planned_departure_last)",
    "CREATE INDEX tasks_open ON tasks(deleted, status, due_last)",
    "CREATE INDEX tasks_relocation ON tasks(relocation)",
    "CREATE INDEX tasks_defender ON tasks(defender)",
    # the start screen: incidents per defender in the last 120 days, open incidents by category
    "CREATE INDEX incident_links_recent "
    "ON incident_links(deleted, occurred_first, defender, severity)",
    "CREATE INDEX incidents_open_category ON incidents(deleted, status, category)",
)

# Version 10: what comes in is authorised (issue 11). A colleague's change to consent or to a
# link that moves a record is kept here as a proposal until a caseworker accepts or refuses it;
# two different versions with one origin and counter are quarantined and the origin marked as
# suspect; revocation notices received from colleagues (and the ones this vault signed) are kept
# for the caseworker; pending versions are found by sender for their cap and by age for expiry.
_V10_INBOUND: Sequence[str] = (
    """
    CREATE TABLE proposals (
        version_id BLOB PRIMARY KEY,
        record_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        origin TEXT NOT NULL,
        received_from TEXT NOT NULL,
        made_at INTEGER NOT NULL,
        "values" TEXT NOT NULL,
        received_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX proposals_record ON proposals(record_id)",
    """
    CREATE TABLE quarantined_versions (
        version_id BLOB PRIMARY KEY,
        record_id TEXT NOT NULL,
        origin TEXT NOT NULL,
        counter INTEGER NOT NULL,
        held_version BLOB NOT NULL,
        received_from TEXT NOT NULL,
        received_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX quarantined_record ON quarantined_versions(record_id)",
    """
    CREATE TABLE suspect_origins (
        vault_id TEXT PRIMARY KEY,
        why TEXT NOT NULL,
        since TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE notices (
        notice_id BLOB PRIMARY KEY,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        signer TEXT NOT NULL,
        made_at INTEGER NOT NULL,
        message TEXT NOT NULL,
        received_from TEXT,
        received_at TEXT NOT NULL
    )
    """,
    # records a full export gave a colleague (not kept updated): it may send changes to them
    """
    CREATE TABLE exported_records (
        record_id TEXT NOT NULL,
        colleague_id TEXT NOT NULL,
        PRIMARY KEY (record_id, colleague_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX pending_sender ON pending_versions(received_from)",
    "CREATE INDEX pending_age ON pending_versions(received_at)",
)

# Version 11: sharing that cannot leak (issue 10). A colleague is a programme office or a partner
# organisation (what may leave for it follows services/sharing_rule.py); a caseworker may mark a
# record's free-text field sensitive (local metadata: masked, indexed apart, withheld from
# partners); when a pair last exchanged only acknowledgements through a drop folder.
_V11_SHARING: Sequence[str] = (
    "ALTER TABLE colleagues ADD COLUMN kind TEXT NOT NULL DEFAULT 'office'",
    """
    CREATE TABLE sensitive_marks (
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        PRIMARY KEY (record_id, field)
    ) WITHOUT ROWID
    """,
    "ALTER TABLE peer_marks ADD COLUMN acks_only_day TEXT",
)

# Version 12: the training course, network contacts and advocacy (issue 16). An edition gains its
# title (its participants become records of their own: a defender, the modules attended, the needs
# noted); a network contact says how to reach it (sensitive) in `reach`; advocacy actions are a
# kind of their own. No face wrote trainings or contacts before, so nothing is carried over: the
# old columns go.
_RECORD_COLUMNS = ("id TEXT PRIMARY KEY, created TEXT NOT NULL, updated TEXT NOT NULL, "
                   "origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
                   "conflict INTEGER NOT NULL DEFAULT 0")
_V12_NETWORK: Sequence[str] = (
    'ALTER TABLE trainings ADD COLUMN "title" TEXT',
    'ALTER TABLE trainings ADD COLUMN "notes" TEXT',
    'ALTER TABLE network_contacts ADD COLUMN "reach" TEXT',
    *(f'ALTER TABLE {table} DROP COLUMN "{column}"' for table, column in (
        ("trainings", "edition"), ("trainings", "participants"), ("trainings", "modules"),
        ("trainings", "needs"), ("network_contacts", "contact"))),
    f"""
    CREATE TABLE training_participants (
        {_RECORD_COLUMNS},
        "training" TEXT,
        "defender" TEXT,
        "modules" TEXT,
        "needs" TEXT
    )
    """,
    "CREATE INDEX training_participants_training ON training_participants(training)",
    "CREATE INDEX training_participants_defender ON training_participants(defender)",
    f"""
    CREATE TABLE advocacy_actions (
        {_RECORD_COLUMNS},
        "action" TEXT,
        {", ".join(_date_columns("date"))},
        "subject" TEXT,
        "contacts" TEXT,
        "defenders" TEXT,
        "incidents" TEXT,
        "outcome" TEXT,
        "follow_up" TEXT
    )
    """,
    "CREATE INDEX advocacy_dated ON advocacy_actions(deleted, date_order)",
    "CREATE INDEX trainings_dated ON trainings(deleted, starts_order)",
)

# Version 13: evidence attachments (issue 17). Local to this vault: the file key, the hash and
# the intake facts of each encrypted blob in blobs/, and its chain of custody (every export).
_V13_ATTACHMENTS: Sequence[str] = (
    """
    CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        record_id TEXT NOT NULL,
        blob TEXT NOT NULL UNIQUE,
        file_key BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        source TEXT,
        received_by TEXT NOT NULL,
        received_at TEXT NOT NULL,
        note TEXT,
        metadata TEXT NOT NULL
    )
    """,
    "CREATE INDEX attachments_record ON attachments(record_id)",
    """
    CREATE TABLE custody_events (
        attachment_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        by TEXT NOT NULL,
        detail TEXT NOT NULL,
        PRIMARY KEY (attachment_id, seq)
    ) WITHOUT ROWID
    """,
)

# Version 14: a lowered consent travels (issue 10) as a signed consent notice
# (history/notices.py) to the colleagues that hold the defender: the defenders whose consent
# changed here, what each colleague was last told, and the limits colleagues' notices put here.
_V14_CONSENT_NOTICES: Sequence[str] = (
    """
    CREATE TABLE consent_changes (
        defender_id TEXT PRIMARY KEY,
        changed_at TEXT NOT NULL
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE consent_told (
        colleague_id TEXT NOT NULL,
        defender_id TEXT NOT NULL,
        level TEXT NOT NULL,
        PRIMARY KEY (colleague_id, defender_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE consent_limits (
        defender_id TEXT NOT NULL,
        colleague_id TEXT NOT NULL,
        level TEXT NOT NULL,
        made_at INTEGER NOT NULL,
        message TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (defender_id, colleague_id)
    ) WITHOUT ROWID
    """,
)

# Version 15: risk assessments and security plans (issue 16). An assessment gains who assessed it
# and its reasoning; its threats, vulnerabilities and capacities become risk items of their own
# (rated, a threat linked to incidents and written down through the five questions), so that two
# offices adding to one assessment both keep theirs. A measure links to the items it reduces, and
# keeps when it was last reviewed and how it works. No face could write either kind before, so
# the old free-text columns (threats, vulnerabilities, capacities, previous, risks) are dropped.
_V15_PLANS: Sequence[str] = (
    'ALTER TABLE risk_assessments ADD COLUMN "assessor" TEXT',
    'ALTER TABLE risk_assessments ADD COLUMN "summary" TEXT',
    *(f'ALTER TABLE risk_assessments DROP COLUMN "{name}"'
      for name in ("threats", "vulnerabilities", "capacities", "previous")),
    "CREATE INDEX risk_assessed ON risk_assessments(defender, deleted, assessed_order)",
    """
    CREATE TABLE risk_items (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        "assessment" TEXT,
        "item_type" TEXT,
        "text" TEXT,
        "likelihood" INTEGER,
        "impact" INTEGER,
        "level" INTEGER,
        "incidents" TEXT,
        "facts" TEXT,
        "pattern" TEXT,
        "objective" TEXT,
        "behind" TEXT,
        "feasibility" TEXT
    )
    """,
    "CREATE INDEX risk_items_assessment ON risk_items(assessment)",
    'ALTER TABLE security_measures DROP COLUMN "risks"',
    'ALTER TABLE security_measures ADD COLUMN "reduces" TEXT',
    *(f"ALTER TABLE security_measures ADD COLUMN {column}"
      for column in (*_date_columns("reviewed"), '"details" TEXT')),
    # the start screen: measures overdue (planned, due before today) or due for review
    "CREATE INDEX measures_due ON security_measures(deleted, status, due_last)",
    "CREATE INDEX measures_review ON security_measures(deleted, status, review_last)",
)

# Version 16: identity rotation (issue 12) and restored vaults' epochs (issue 11).
# This vault's former identities (kept whole during the
# grace period so bundles in flight still open, then their secrets deleted under secure_delete;
# the public keys stay, so its old versions keep verifying), and colleagues' former keys (a
# colleague that rotated keeps its row: its old key still names it, for bundles in flight).
_V16_ROTATION: Sequence[str] = (
    """
    CREATE TABLE former_identities (
        vault_id TEXT PRIMARY KEY,
        verify_key BLOB NOT NULL UNIQUE,
        box_key BLOB NOT NULL,
        signing_seed BLOB,
        box_secret BLOB,
        rotated_at INTEGER NOT NULL,
        grace_until INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE colleague_former_keys (
        verify_key BLOB PRIMARY KEY,
        vault_id TEXT NOT NULL UNIQUE,
        box_key BLOB NOT NULL,
        colleague_id TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        signs_until INTEGER NOT NULL
    )
    """,
    "CREATE INDEX former_keys_colleague ON colleague_former_keys(colleague_id)",
    # restored vaults (issue 11): an origin is the hash of a key and an epoch (empty before)
    "ALTER TABLE origin_keys ADD COLUMN epoch BLOB NOT NULL DEFAULT X''",
    # a version kept aside whose held twin was sent back to its maker (so it can notice that
    # it was restored from a copy)
    "ALTER TABLE quarantined_versions ADD COLUMN told INTEGER NOT NULL DEFAULT 0",
    # a colleague moved to a new epoch (it was restored from a copy): its own versions of what
    # it may hold go back to it once, so it gets back what it lost
    "ALTER TABLE peer_marks ADD COLUMN echo_own INTEGER NOT NULL DEFAULT 0",
    """
    CREATE TABLE own_epochs (
        vault_id TEXT PRIMARY KEY,
        epoch BLOB NOT NULL,
        ended_at INTEGER NOT NULL
    )
    """,
)


# Version 17: writes in batches keep incident_links and defender_activity up to date once, at
# the batch's end (store/upkeep.py), rather than through the triggers row by row: a spreadsheet
# import or a first exchange of 100,000 incidents paid for a link insert and a defender summary
# per record. While `upkeep_deferred` holds a row (only ever inside the batch's own transaction:
# no other connection sees it, and a rollback takes it away) every trigger of the two summaries
# stands aside. The triggers are otherwise those of versions 5 and 8; a defender's newest
# incident also follows a change of an incident's time of day (its `occurred` alone), which the
# version 8 trigger missed and the batch's recomputation would not.
_DEFERRED = "NOT EXISTS (SELECT 1 FROM upkeep_deferred)"
_V17_DEFERRED_UPKEEP: Sequence[str] = (
    "CREATE TABLE upkeep_deferred (batch INTEGER PRIMARY KEY)",
    *(f"DROP TRIGGER {name}" for name in (
        "incident_links_linked", "incident_links_unlinked", "incident_links_added",
        "incident_links_changed", "incident_links_gone", "defender_activity_link_added",
        "defender_activity_link_changed", "defender_activity_link_removed",
        "defender_activity_added", "defender_activity_flagged", "defender_activity_purged")),
    "CREATE TRIGGER incident_links_linked AFTER INSERT ON record_refs "
    f"WHEN new.field = 'incident.defenders' AND {_DEFERRED} BEGIN "
    f"INSERT INTO incident_links (defender, incident, {_LINK_COLUMNS}) "
    f"SELECT new.value, i.id, i.{_LINK_COLUMNS.replace(', ', ', i.')} "
    f"FROM incidents AS i WHERE i.id = new.record_id {_LINK_UPSERT} END",
    "CREATE TRIGGER incident_links_unlinked AFTER DELETE ON record_refs "
    f"WHEN old.field = 'incident.defenders' AND {_DEFERRED} BEGIN "
    "DELETE FROM incident_links WHERE defender = old.value AND incident = old.record_id; END",
    f"CREATE TRIGGER incident_links_added AFTER INSERT ON incidents WHEN {_DEFERRED} BEGIN "
    f"INSERT INTO incident_links (defender, incident, {_LINK_COLUMNS}) "
    f"SELECT r.value, new.id, new.{_LINK_COLUMNS.replace(', ', ', new.')} "
    "FROM record_refs AS r WHERE r.field = 'incident.defenders' AND r.record_id = new.id "
    f"{_LINK_UPSERT} END",
    "CREATE TRIGGER incident_links_changed AFTER UPDATE ON incidents "
    "WHEN (old.deleted IS NOT new.deleted OR old.occurred IS NOT new.occurred "
    "OR old.occurred_first IS NOT new.occurred_first "
    "OR old.occurred_last IS NOT new.occurred_last OR old.severity IS NOT new.severity "
    f"OR old.status IS NOT new.status) AND {_DEFERRED} BEGIN "
    "UPDATE incident_links SET deleted = new.deleted, occurred = new.occurred, "
    "occurred_first = new.occurred_first, occurred_last = new.occurred_last, "
    "severity = new.severity, status = new.status WHERE incident = new.id; END",
    f"CREATE TRIGGER incident_links_gone AFTER DELETE ON incidents WHEN {_DEFERRED} BEGIN "
    "DELETE FROM incident_links WHERE incident = old.id; END",
    f"CREATE TRIGGER defender_activity_link_added AFTER INSERT ON incident_links WHEN {_DEFERRED} "
    "BEGIN" + _ACTIVITY_V8.format(which="d.id = new.defender") + "END",
    "CREATE TRIGGER defender_activity_link_changed AFTER UPDATE ON incident_links "
    "WHEN (old.deleted IS NOT new.deleted OR old.status IS NOT new.status "
    "OR old.occurred IS NOT new.occurred OR old.occurred_first IS NOT new.occurred_first "
    f"OR old.occurred_last IS NOT new.occurred_last) AND {_DEFERRED} BEGIN"
    + _ACTIVITY_V8.format(which="d.id = new.defender") + "END",
    "CREATE TRIGGER defender_activity_link_removed AFTER DELETE ON incident_links "
    f"WHEN {_DEFERRED} BEGIN" + _ACTIVITY_V8.format(which="d.id = old.defender") + "END",
    f"CREATE TRIGGER defender_activity_added AFTER INSERT ON defenders WHEN {_DEFERRED} BEGIN"
    + _ACTIVITY_V8.format(which="d.id = new.id") + "END",
    "CREATE TRIGGER defender_activity_flagged AFTER UPDATE OF deleted ON defenders "
    f"WHEN old.deleted IS NOT new.deleted AND {_DEFERRED} BEGIN "
    "UPDATE defender_activity SET deleted = new.deleted WHERE defender = new.id; END",
    f"CREATE TRIGGER defender_activity_purged AFTER DELETE ON defenders WHEN {_DEFERRED} BEGIN "
    "DELETE FROM defender_activity WHERE defender = old.id; END",
    # a newest incident that moved only by its time of day is right from this version on
    _ACTIVITY_V8.format(which="1"),
)


# Version 18: evidence files in incremental bundles (issue 17). A sent bundle lists the attachments
# it carried; once it is acknowledged they join what the colleague holds (peer_attachments), as
# its records join peer_records. Attachments received from a colleague are held by it already.
# Files exported before this version are not listed: each goes once more, and the colleague's
# import recognises it (same id and hash) and keeps its copy.
_V18_PEER_ATTACHMENTS: Sequence[str] = (
    "ALTER TABLE sent_bundles ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]'",
    """
    CREATE TABLE peer_attachments (
        colleague_id TEXT NOT NULL,
        attachment_id TEXT NOT NULL,
        PRIMARY KEY (colleague_id, attachment_id)
    ) WITHOUT ROWID
    """,
)

# Version 19: what a bundle told a colleague counts once the colleague acknowledges it, not
# when it is written (a bundle lost on the way told nothing). A sent bundle notes whether it
# carried the colleague's own versions back (the echo after a restore) and which consent
# notices; the echo and a notice go again in each later bundle until one that carried them is
# acknowledged. Notices told before this version count as acknowledged.
_V19_TOLD_ON_ACK: Sequence[str] = (
    "ALTER TABLE sent_bundles ADD COLUMN echo INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sent_bundles ADD COLUMN consent TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE consent_told ADD COLUMN acked INTEGER NOT NULL DEFAULT 1",
)

# Version 20: two indexes on versions that only restated versions_dot's leading column (issue 13).
# `versions_frontier (record_id, frontier)` and `versions_seq_record (record_id, seq)` each took a
# random leaf page per version written (and the frontier one another when a version left the
# frontier); a record's history (a few versions) is found through versions_dot's `record_id` as
# fast, and sorted by seq in memory. Measured on an import of 1,000 edited incidents into the
# 100k vault: 7,535 -> 6,058 pages written (bench/issue13-figures.md, session 8).
_V20_FEWER_VERSION_INDEXES: Sequence[str] = (
    "DROP INDEX versions_frontier",
    "DROP INDEX versions_seq_record",
)

# Version 21: records a colleague holds whose versions a sync did not send because the record did
# not leave for it then (moved out of its scope by a link, or refused by the rule: consent). Its
# mark moves past those versions once it acknowledges that bundle, so when the record leaves
# again it goes whole (every version), not only what is beyond the mark; the note goes once a
# bundle carrying the record whole, written at or after the sync that noted it, is acknowledged
# (store/peers.py). Vaults before this version noted nothing, and nothing here can tell what a
# colleague missed: a record that already came back this way is not repaired (its colleague
# keeps the versions after the gap waiting until they expire).
_V21_PEER_SKIPPED: Sequence[str] = (
    """
    CREATE TABLE peer_skipped (
        colleague_id TEXT NOT NULL,
        record_id TEXT NOT NULL,
        upto_seq INTEGER NOT NULL,
        PRIMARY KEY (colleague_id, record_id)
    ) WITHOUT ROWID
    """,
)

# Version 22: evidence files deleted here (their ids only). A colleague's full export carries
# every file of the records it sends, whether or not this vault had it and deleted it; without
# this the file came back with the next full export, as if never deleted. Deletion stays local:
# it is not told to colleagues (a colleague never removes evidence here, nor this vault there).
_V22_DELETED_ATTACHMENTS: Sequence[str] = (
    "CREATE TABLE attachments_deleted (id TEXT PRIMARY KEY) WITHOUT ROWID",
)

# Version 23: the full-text tables keep no copy of the text (issue 13). A contentless-delete
# FTS5 table holds the terms and each row's length (bm25 ranks as before) but not the body: an
# edit no longer writes (and first reads back) a content row. What the index holds for a record
# is computed from its display row (store/cache.py, search_index.index_record), and snippets
# come from the record's fields. FTS5 secure-delete does not apply to such a table: a deleted
# row is marked (tombstone) in its segments, and purge merges every segment before it commits
# (search_index.unindex_record). Every record is indexed again from its display row and marks
# (cache.index_all, in this step's transaction): the index then holds exactly what a write
# computes, even where older rules put a text elsewhere (a defender's notes, sensitive since
# version 11, stayed in the ordinary index until the record's next write).
# Measured on an import of 1,000 edited incidents into the 100k vault: bench/issue13-figures.md,
# session 9.
def _contentless(table: str) -> list[str]:
    return [
        f"DROP TABLE {table}",
        f"CREATE VIRTUAL TABLE {table} USING fts5(body, content = '', contentless_delete = 1, "
        "tokenize = \"unicode61 remove_diacritics 2\")",
    ]


_V23_CONTENTLESS_SEARCH: Sequence[Step] = (
    *_contentless("search_text"), *_contentless("search_sensitive"), index_all,
    "INSERT INTO search_text(search_text) VALUES ('optimize')",
    "INSERT INTO search_sensitive(search_sensitive) VALUES ('optimize')",
)

# Version 24: no frontier flag on versions (issue 13). The frontier is computed from a record's
# history wherever the merge needs it (history/versions.py); the flag only answered "does the
# record show as deleted", which its display row (`deleted`, written from the same history) and
# the registry's `purged` answer (store/sharing.py). Keeping it cost a write to the page of the
# version each new one replaced: about 1,000 random pages of `versions` in an import of 1,000
# edited incidents into the 100k vault (4,403 -> 3,413 pages). Dropping the column rewrites the
# table once: about 3 s on that vault.
_V24_NO_FRONTIER_FLAG: Sequence[str] = (
    "ALTER TABLE versions DROP COLUMN frontier",
)

# Version 25: no index on versions.version_id (issue 13). A version's id is the hash of its signed
# content, which holds its record, origin and counter (history/versions.verify_version checks it),
# so versions_dot's uniqueness already makes ids unique; the two statements that found a version
# by id (completing a version held without values, purge) find it by its dot. The index took a
# random leaf page per version written: in an import of 1,000 edited incidents into the 100k
# vault about 1,000 of its 4,000 pages. Its UNIQUE was declared with the column, so the table is
# made again (its rows copied in arrival order, `seq` kept); versions_dot is made first and
# filled row by row, as an import fills it, not packed (packed leaves split on the next writes).
_V25_COLUMNS = (
    "seq, version_id, record_id, kind, origin, counter, vector, hlc_wall, hlc_counter, deleted, "
    "field_names, fields_hash, fields, signature, received_from, received_at"
)
_V25_NO_VERSION_ID_INDEX: Sequence[str] = (
    """
    CREATE TABLE versions_new (
        seq INTEGER PRIMARY KEY,
        version_id BLOB NOT NULL,
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
        received_from TEXT,
        received_at TEXT NOT NULL
    )
    """,
    "DROP INDEX versions_dot",
    "CREATE UNIQUE INDEX versions_dot ON versions_new(record_id, origin, counter)",
    f"INSERT INTO versions_new({_V25_COLUMNS}) SELECT {_V25_COLUMNS} FROM versions ORDER BY seq",
    "DROP TABLE versions",
    "ALTER TABLE versions_new RENAME TO versions",
)

MIGRATIONS: tuple[Sequence[Step], ...] = (
    _V1, _V2_EXCHANGE, _V3_DRAFTS, _V4_SYNC, _V5_LISTS, _V6_FILTERED_LISTS, _V7_FTS_DELETE,
    _V8_DATE_ORDER, _V9_STAYS, _V10_INBOUND, _V11_SHARING, _V12_NETWORK, _V13_ATTACHMENTS,
    _V14_CONSENT_NOTICES, _V15_PLANS, _V16_ROTATION, _V17_DEFERRED_UPKEEP,
    _V18_PEER_ATTACHMENTS, _V19_TOLD_ON_ACK, _V20_FEWER_VERSION_INDEXES, _V21_PEER_SKIPPED,
    _V22_DELETED_ATTACHMENTS, _V23_CONTENTLESS_SEARCH, _V24_NO_FRONTIER_FLAG,
    _V25_NO_VERSION_ID_INDEX,
)
LATEST = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Bring the schema to `target`, one transaction per step; returns the version reached."""
    current = schema_version(conn)
    if current > LATEST:
        raise DamagedVault(
            f"the vault has schema version {current}, newer than this hrd-desk knows ({LATEST})",
            code="vault-newer", values=(str(current), str(LATEST)))
    while current < target:
        with transaction(conn):
            for step in MIGRATIONS[current]:
                if isinstance(step, str):
                    conn.execute(step)
                else:
                    step(conn)
            current += 1
            conn.execute(f"PRAGMA user_version = {current}")
    return current
