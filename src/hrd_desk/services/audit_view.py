"""The audit trail as the faces show it: who did what and when, by ids and field names only."""

from __future__ import annotations

from dataclasses import dataclass

from ..store.audit import AuditEvent, list_events, verify_chain
from ..store.integrity import audit_event_count
from .casework import Casework


def audit_events(work: Casework, *, record_id: str | None = None,
                 limit: int = 50) -> list[AuditEvent]:
    """The newest events first; with `record_id`, that record's history."""
    return list_events(work.conn, record_id=record_id, limit=limit)


@dataclass(frozen=True)
class ChainCheck:
    """The audit chain checked: every event follows the one before, and the signed head names
    the newest (so removed events, old or newest, are found)."""

    events: int
    broken_at: int | None  # the first event that does not follow; None when whole

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def check_chain(work: Casework) -> ChainCheck:
    return ChainCheck(audit_event_count(work.conn), verify_chain(work.conn))


__all__ = ["AuditEvent", "ChainCheck", "audit_events", "check_chain"]
