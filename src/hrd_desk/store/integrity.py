"""What SQLCipher and SQLite say about a database's health, in counts the services report.

Read-only: nothing here repairs or writes. `services.maintenance` turns these into the checks a
caseworker reads.
"""

from __future__ import annotations

from .dbapi import Connection


def page_problems(conn: Connection) -> int:
    """How many problems `cipher_integrity_check` reports (0: every page authenticates)."""
    return len(conn.execute("PRAGMA cipher_integrity_check").fetchall())


def structure_problems(conn: Connection) -> int:
    """How many problems `integrity_check` reports (0: the structure is sound)."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return 0 if rows == ["ok"] else len(rows)


def audit_event_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_events").fetchone()[0])
