"""Small named values kept inside the encrypted database (vault id, identity keys, clock).

Inside a unit of work (dbapi.transaction) a value set waits on the connection and is written
once, just before the commit (dbapi.write_meta_later): the clock and the audit head change with
every record of a batch, and each write was a statement. Reads see it meanwhile; a rollback
forgets it with everything else.
"""

from __future__ import annotations

from typing import Any

from .dbapi import META_UPSERT, Connection

UNNAMED_OFFICE = "unnamed"  # the identity's name until the office gives one


# What a unit of work may hold back: what the database would give back unchanged.
_KEPT_AS_IS = (str, int, bytes)


def get_meta(conn: Connection, key: str, default: Any = None) -> Any:
    later = getattr(conn, "meta_later", None)
    if later and key in later:
        return later[key]
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return default if row is None else row[0]


def office_name(conn: Connection) -> str:
    """The name this office gave its identity, UNNAMED_OFFICE until it gives one."""
    return str(get_meta(conn, "identity_name", UNNAMED_OFFICE))


def set_meta(conn: Connection, key: str, value: Any) -> None:
    if getattr(conn, "unit_depth", 0) and type(value) in _KEPT_AS_IS:
        conn.meta_later[key] = value
        return
    conn.execute(META_UPSERT, (key, value))
