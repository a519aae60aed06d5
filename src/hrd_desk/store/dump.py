"""The canonical dump (docs/design/merge.md): every record's frontier and displayed value,
sorted, as JSON.

Two vaults that hold the same versions produce byte-identical dumps, whatever order the versions
arrived in; tests compare dumps to prove convergence and that a refused input changed nothing.
"""

from __future__ import annotations

from typing import Any

from ..crypto.canonical import encode
from ..history.versions import display, frontier
from .dbapi import Connection
from .records import load_versions


def canonical_dump(conn: Connection) -> bytes:
    records: list[dict[str, Any]] = []
    rows = conn.execute("SELECT id, kind, purged FROM records ORDER BY id").fetchall()
    for record_id, kind, purged in rows:
        history = load_versions(conn, record_id)
        if not history:
            continue
        shown = display(history)
        records.append({
            "id": record_id,
            "kind": kind,
            "purged": bool(purged),
            "frontier": sorted(v.version_id.hex() for v in frontier(history)),
            "versions": len(history),
            "fields": {} if purged else shown.fields,
            "deleted": shown.deleted,
            "conflict": sorted(shown.conflict_fields),
            "delete_conflict": shown.delete_conflict,
        })
    return encode(records)
