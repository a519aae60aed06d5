"""Sharing scope: which records go to which colleague.

Each defender and case lists the colleagues it is shared with. Sharing a defender covers its
related people, cases and incidents; a shared case carries the defender's non-sensitive fields and
the incidents linked to the case. A record first received from a colleague is in that colleague's
scope. Imports never widen the scope of a record that already exists here, and never undo an
unshare. Consent is checked when sharing, and again every time the scope is computed: a defender
whose consent no longer covers colleagues stops flowing at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import ConsentRefused, InvalidValue, NotFound, RejectedInput
from ..model.fields import sensitive_fields
from ..model.records import Defender
from ..store import colleagues as colleague_store
from ..store.audit import append_event
from ..store.dbapi import Connection, transaction
from ..store.records import is_purged, now_iso, record_kind
from .selection import (
    CONSENT_FOR_COLLEAGUES,
    case_family,
    defender_consent,
    defender_family,
)
from .session import Session

SHAREABLE = ("defender", "case")
DEFENDER_SENSITIVE = sensitive_fields(Defender)


@dataclass(frozen=True)
class Scope:
    """record id -> names of fields withheld from this colleague (empty: the whole record)."""

    records: dict[str, frozenset[str]]

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.records


def _shareable(conn: Connection, record_id: str) -> str:
    kind = record_kind(conn, record_id)
    if kind is None or is_purged(conn, record_id):
        raise NotFound("record", record_id)
    if kind not in SHAREABLE:
        raise InvalidValue("record", "only defenders and cases are shared (with what they hold)")
    return kind


def _consent_ok(conn: Connection, defender_id: str | None) -> bool:
    if defender_id is None:
        return True
    consent = defender_consent(conn, defender_id)
    return consent is None or consent in CONSENT_FOR_COLLEAGUES


def share(session: Session, record_id: str, colleague_id: str) -> bool:
    """Add a colleague to a defender's or case's scope; False if it was already there."""
    conn = session.conn
    kind = _shareable(conn, record_id)
    colleague = colleague_store.get_colleague(conn, colleague_id)
    if colleague.revoked:
        raise RejectedInput(f"colleague {colleague_id} is revoked")
    defender = record_id if kind == "defender" else case_family(conn, record_id)[0]
    if not _consent_ok(conn, defender):
        raise ConsentRefused(
            f"defender {defender} has not consented to sharing with colleagues"
        )
    with transaction(conn):
        cursor = conn.execute(
            "INSERT OR IGNORE INTO shares(record_id, colleague_id, how, since) "
            "VALUES (?, ?, 'shared', ?)",
            (record_id, colleague_id, now_iso()),
        )
        if cursor.rowcount:
            append_event(conn, "share", kind, record_id, {"colleague": colleague_id})
    return bool(cursor.rowcount)


def unshare(session: Session, record_id: str, colleague_id: str) -> bool:
    """Remove a colleague from the scope. The colleague keeps what it already has."""
    conn = session.conn
    kind = _shareable(conn, record_id)
    colleague_store.get_colleague(conn, colleague_id)
    with transaction(conn):
        cursor = conn.execute(
            "DELETE FROM shares WHERE record_id = ? AND colleague_id = ?",
            (record_id, colleague_id),
        )
        if cursor.rowcount:
            # whatever left scope must be sent whole again if it ever re-enters
            still = scope_of(conn, colleague_id)
            conn.execute(
                "DELETE FROM peer_records WHERE colleague_id = ? AND record_id NOT IN "
                "(SELECT value FROM json_each(?))",
                (colleague_id, _json_list(still.records)),
            )
            append_event(conn, "unshare", kind, record_id, {"colleague": colleague_id})
    return bool(cursor.rowcount)


def _json_list(ids: Iterable[str]) -> str:
    from ..crypto.canonical import encode

    return encode(sorted(ids)).decode("utf-8")


def shared_with(conn: Connection, record_id: str) -> list[str]:
    return [
        str(row[0])
        for row in conn.execute(
            "SELECT colleague_id FROM shares WHERE record_id = ? ORDER BY colleague_id",
            (record_id,),
        )
    ]


def add_shared(conn: Connection, record_id: str, colleague_id: str) -> None:
    """Add to a scope without the checks of `share` (callers checked consent already)."""
    conn.execute(
        "INSERT OR IGNORE INTO shares(record_id, colleague_id, how, since) "
        "VALUES (?, ?, 'shared', ?)",
        (record_id, colleague_id, now_iso()),
    )


def add_received(conn: Connection, record_id: str, colleague_id: str) -> None:
    """A record first received from a colleague is in that colleague's scope."""
    conn.execute(
        "INSERT OR IGNORE INTO shares(record_id, colleague_id, how, since) "
        "VALUES (?, ?, 'received', ?)",
        (record_id, colleague_id, now_iso()),
    )


def _refused_incidents(conn: Connection) -> set[str]:
    marks = ", ".join("?" for _ in CONSENT_FOR_COLLEAGUES)
    return {
        str(row[0])
        for row in conn.execute(
            "SELECT r.record_id FROM record_refs r JOIN defenders d ON d.id = r.value "
            "WHERE r.field = 'incident.defenders' AND "
            f"coalesce(d.consent, 'colleagues') NOT IN ({marks})",
            sorted(CONSENT_FOR_COLLEAGUES),
        )
    }


def scope_of(conn: Connection, colleague_id: str) -> Scope:
    records: dict[str, frozenset[str]] = {}
    full: set[str] = set()
    partial_defenders: set[str] = set()
    rows = conn.execute(
        "SELECT s.record_id, r.kind FROM shares s JOIN records r ON r.id = s.record_id "
        "WHERE s.colleague_id = ? AND r.purged = 0",
        (colleague_id,),
    ).fetchall()
    for record_id, kind in rows:
        if kind == "defender":
            if _consent_ok(conn, record_id):
                full |= defender_family(conn, record_id)
        elif kind == "case":
            defender, ids = case_family(conn, record_id)
            if _consent_ok(conn, defender):
                full |= ids
                if defender and record_kind(conn, defender) == "defender":
                    partial_defenders.add(defender)
        else:
            full.add(record_id)
    full -= _refused_incidents(conn)
    for record_id in full:
        records[record_id] = frozenset()
    for defender in partial_defenders - full:
        records[defender] = DEFENDER_SENSITIVE
    return Scope(records)
