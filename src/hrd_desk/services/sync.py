"""Incremental exchange with colleagues: what is in their scope and not yet acknowledged.

A record entering a colleague's scope is sent whole (every version); after that, only versions
that arrived here beyond the colleague's acknowledged mark. Versions the colleague made or sent
us are not echoed back. Every bundle also acknowledges the colleague's bundles imported here, so
their marks advance; bundles that carry nothing but acknowledgements are never acknowledged,
which keeps two idle vaults from answering each other forever.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..history.versions import Version
from ..store import colleagues as colleague_store
from ..store import merge as merge_store
from ..store import peers
from ..store.audit import append_event
from ..store.dbapi import transaction
from ..store.records import last_seq, load_histories_from, load_versions, versions_since
from . import consent_notices
from .exchange import ExportSummary, Progress, check_recipients, write_acks, write_bundle
from .scope import scope_of, wanted
from .session import Session

# Records whose whole histories are read together when they enter a colleague's scope.
WHOLE_PER_READ = 2_000


@dataclass(frozen=True)
class ChangeSet:
    versions: list[Version]
    whole: list[str]  # records sent with their whole history
    acks: list[bytes]
    upto: int
    told: list[bytes] = field(default_factory=list)  # quarantined versions whose twin goes back
    consent: list[tuple[str, str]] = field(default_factory=list)  # consent notices due

    @property
    def empty(self) -> bool:
        return not self.versions and not self.acks and not self.consent


def today() -> str:
    """The UTC day, as acknowledgement-only bundles are counted (one per pair per day)."""
    return datetime.now(UTC).date().isoformat()


def changes_for(session: Session, colleague_id: str) -> ChangeSet:
    """Everything a colleague should receive now (computed, not written), each record as the
    one rule lets it leave for this colleague (scope.scope_of), decided only for what would be
    sent: records not yet held, and held ones with versions beyond the colleague's mark."""
    conn = session.conn
    colleague = colleague_store.get_colleague(conn, colleague_id)
    reach = wanted(session, colleague_id)
    upto = last_seq(conn)
    held = peers.held_whole(conn, colleague_id)
    since = [(received_from, version) for _seq, received_from, version
             in versions_since(conn, peers.mark_of(conn, colleague_id),
                               of=lambda record_id: record_id in reach and record_id in held)]
    theirs = colleague_store.origins_of(conn, colleague_id)
    twins = merge_store.twins_to_tell(conn, theirs)
    candidates = ({r for r in reach if r not in held} | {v.record_id for _, v in since}
                  | {record_id for _q, record_id, _h in twins if record_id in reach})
    scope = scope_of(session, colleague_id, candidates, reach)
    whole = sorted(r for r in scope.records if r not in held)
    versions: list[Version] = []
    for start in range(0, len(whole), WHOLE_PER_READ):
        chunk = whole[start:start + WHOLE_PER_READ]
        histories = load_histories_from(conn, chunk)  # a few statements, not one per record
        for record_id in chunk:
            for received_from, version in histories[record_id]:
                if version.origin not in theirs and received_from not in theirs:
                    versions.append(version.without(scope.records[record_id]))
    for received_from, version in since:
        if version.record_id not in scope:
            continue
        if version.origin in theirs or received_from in theirs:
            continue
        versions.append(version.without(scope.records[version.record_id]))
    # versions it made that clash with versions it made before (two under one number) were
    # kept aside here: the one held goes back once, signed by it, so that a vault restored
    # from a copy notices and moves to a new epoch (docs/design/merge.md "Restored vaults")
    told = []
    for quarantined, record_id, held_id in twins:
        twin = next((v for v in load_versions(conn, record_id) if v.version_id == held_id),
                    None)
        if twin is not None and record_id in scope.records:
            versions.append(twin.without(scope.records[record_id]))
            told.append(quarantined)
    acks = peers.acks_due(conn, colleague.identity.verify_key)
    return ChangeSet(versions, whole, acks, upto, told,
                     consent_notices.due_for(session, colleague))


def export_changes(
    session: Session,
    colleague_id: str,
    out: Path,
    *,
    allow_unverified: bool = False,
    progress: Progress | None = None,
    changes: ChangeSet | None = None,
) -> ExportSummary | None:
    """Write an incremental bundle for one colleague; None when there is nothing to send.
    `changes`: what changes_for just computed, when the caller looked first."""
    colleague = check_recipients(session, [colleague_id], allow_unverified)[0]
    changes = changes if changes is not None else changes_for(session, colleague_id)
    if changes.empty:
        return None
    counts: dict[str, int] = {}
    for version in changes.versions:
        counts[version.kind] = counts.get(version.kind, 0) + 1
    if changes.versions or changes.consent or colleague_store.own_notices(session.conn):
        extra = [{"t": "ack", "bundles": [b.hex() for b in changes.acks]}] if changes.acks else []
        extra += [n.to_message() for n in consent_notices.signed(session, changes.consent)]
        bundle_id, written = write_bundle(
            session, out, [colleague], changes.versions, total=len(changes.versions),
            counts=counts, extra=extra, progress=progress,
        )
    else:  # acknowledgements alone: one small file, not a padded bundle (crypto/ack_file.py)
        bundle_id, written = write_acks(session, out, colleague, changes.acks), 0
    with transaction(session.conn):
        merge_store.mark_told(session.conn, changes.told)
        if changes.versions:
            peers.note_sent(session.conn, colleague_id, bundle_id, changes.upto, changes.whole)
        else:
            peers.note_acks_only(session.conn, colleague_id, today())
        peers.acks_sent(session.conn, colleague.identity.verify_key, changes.acks)
        consent_notices.told(session, colleague_id, changes.consent)
        append_event(session.conn, "export changes", "colleague", colleague_id,
                     {"versions": written, "acks": len(changes.acks)})
    return ExportSummary(out, (colleague_id,), counts, written, 0, bundle_id)
