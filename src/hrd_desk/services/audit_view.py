"""The audit trail as the faces show it: who did what and when, by ids and field names only."""

from __future__ import annotations

from ..store.audit import AuditEvent, list_events
from .casework import Casework


def audit_events(work: Casework, *, record_id: str | None = None,
                 limit: int = 50) -> list[AuditEvent]:
    """The newest events first; with `record_id`, that record's history."""
    return list_events(work.conn, record_id=record_id, limit=limit)


__all__ = ["AuditEvent", "audit_events"]
