"""Incremental exchange with colleagues: what is in their scope and not yet acknowledged.

A record entering a colleague's scope is sent whole (every version); after that, only versions that
arrived here beyond the colleague's acknowledged mark. A record it holds whose versions did not
leave for it (out of its scope for a while, or refused by the rule) is noted as its mark passes
them, and sent whole again when it leaves again (store/peers.py `note_skipped`). A deletion travels
without content (sharing_rule.py), so a colleague may hold versions of a record without their
values; when such a record is live again (restored, or kept by a concurrent edit) and changes, it
is sent whole once more, with its values, and the colleague fills in what it lacked (received.py);
values filled in here count as new (store/merge.py `complete`), so they go on to colleagues this
vault relayed the values-less versions to. Versions the colleague made or sent us are not echoed
back, except once after it moved to a new epoch (it was restored from a copy): then what it made of
the records it may hold goes back to it, so it gets back what the copy lacked (docs/design/merge.md
"Restored vaults"). Every bundle also acknowledges the colleague's bundles imported here, so their
marks advance; bundles that carry nothing but acknowledgements are never acknowledged, which keeps
two idle vaults from answering each other forever.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

from ..history.versions import Version
from ..history.wire import Encoded
from ..store import attachments as attachment_store
from ..store import colleagues as colleague_store
from ..store import merge as merge_store
from ..store import peers
from ..store import sharing as sharing_store
from ..store.audit import append_event
from ..store.dbapi import Connection, transaction
from ..store.records import (
    changed_since,
    ever_deleted,
    last_seq,
    load_histories_from,
    load_messages_from,
    load_versions,
    versions_since,
)
from . import consent_notices, evidence_exchange
from .exchange import (
    DataProgress,
    ExportSummary,
    Progress,
    check_recipients,
    write_acks,
    write_bundle,
)
from .outbound import Outbound
from .scope import reach_of, scope_of, wanted
from .session import Session
from .sharing_rule import Purpose

# Records whose whole histories are read together when they enter a colleague's scope.
WHOLE_PER_READ = 2_000
# A sync asking about more records than this reads its colleague's whole reach rather than
# each record's families (bench/issue13-figures.md, session 8: both give the same reach;
# tests/test_scope_upward.py).
UPWARD_AT_MOST = 20_000


@dataclass(frozen=True)
class ChangeSet:
    """What a colleague should receive now. The whole histories of records entering its scope
    are not held here but read as the bundle is written (`stream`), WHOLE_PER_READ records at a
    time: a first exchange of a big vault would otherwise keep every version in memory."""

    whole: list[str]  # records sent with their whole history
    since: list[Version]  # versions beyond the colleague's mark, as they may leave
    acks: list[bytes]
    upto: int
    counts: dict[str, int]  # versions per kind, whole histories included
    withheld: dict[str, frozenset[str]] = field(default_factory=dict)  # of the `whole` records
    # the colleague's origins (its vault ids before rotations, its later epochs): its own
    # versions are never echoed back
    theirs: frozenset[str] = frozenset()
    conn: Connection | None = field(default=None, compare=False, repr=False)
    told: list[bytes] = field(default_factory=list)  # quarantined versions whose twin goes back
    echo: bool = False  # the colleague was restored from a copy: its own versions go back once
    consent: list[tuple[str, str]] = field(default_factory=list)  # consent notices due
    files: evidence_exchange.Outgoing | None = field(default=None, compare=False, repr=False)
    records: dict[str, int] = field(default_factory=dict)  # records per kind those versions touch
    # records the colleague holds whose versions beyond its mark do not leave now (out of its
    # scope, or refused by the rule): noted with the bundle (peers.note_skipped)
    skipped: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def attachments(self) -> list[str]:
        """Ids of the evidence files to send: those of records the colleague holds or receives
        now, as the rule lets them leave, that it is not known to hold."""
        return [row.id for row in self.files.rows] if self.files else []

    @property
    def empty(self) -> bool:
        return not self.total and not self.acks and not self.consent and not self.attachments

    @property
    def versions(self) -> list[Version]:
        """Every version to send, in memory (small change sets and tests; export streams)."""
        return cast(list[Version], list(self.stream()))

    def acks_only(self) -> ChangeSet:
        """The same acknowledgements alone: the versions, files, echo and consent notices due
        are in a bundle sent and not acknowledged yet."""
        return replace(self, whole=[], since=[], counts={}, withheld={}, told=[], echo=False,
                       files=None, records={}, consent=[], skipped=[])

    def stream(self, *, encoded: bool = False) -> Iterator[Version | Encoded]:
        """The versions to send: whole histories first (by record), then those since the mark.
        A record that leaves with nothing withheld goes as its stored versions are, encoded
        straight from their rows (`encoded`; no Version parsed: a first exchange sends every
        version)."""
        for start in range(0, len(self.whole), WHOLE_PER_READ):
            assert self.conn is not None
            chunk = self.whole[start:start + WHOLE_PER_READ]
            # a few statements, not one each
            plain = [r for r in chunk if encoded and not self.withheld[r]]
            stored = load_messages_from(self.conn, plain)
            histories = load_histories_from(self.conn, [r for r in chunk if r not in stored])
            for record_id in chunk:
                if record_id in stored:
                    for received_from, origin, data in stored.pop(record_id):
                        if origin not in self.theirs and received_from not in self.theirs:
                            yield Encoded(origin, data)
                    continue
                for received_from, version in histories.pop(record_id):
                    if version.origin not in self.theirs and received_from not in self.theirs:
                        yield version.without(self.withheld[record_id])
        yield from self.since


def today() -> str:
    """The UTC day, as acknowledgement-only bundles are counted (one per pair per day)."""
    return datetime.now(UTC).date().isoformat()


def changes_for(session: Session, colleague_id: str) -> ChangeSet:
    """Everything a colleague should receive now (computed, not written), each record as the
    one rule lets it leave for this colleague (scope.scope_of), decided only for what would be
    sent: records not yet held, held ones with versions beyond the colleague's mark, and held
    ones noted as lacking versions that did not leave for it (sent whole if they leave now)."""
    conn = session.conn
    colleague = colleague_store.get_colleague(conn, colleague_id)
    upto = last_seq(conn)
    holds = peers.holds_any(conn, colleague_id)
    mark = peers.mark_of(conn, colleague_id)
    theirs = colleague_store.origins_of(conn, colleague_id)
    twins = merge_store.twins_to_tell(conn, theirs)
    # restored from a copy (a new epoch of its key met here): what it made goes back once
    echo = peers.echo_due(conn, colleague_id)
    made_by = sharing_store.records_made_by(conn, theirs) if echo else set()
    # held records whose versions went unsent while they did not leave for it: whole if they do
    behind = peers.skipped(conn, colleague_id)
    reach, whole_reach = _reach(session, colleague_id, holds, mark,
                                made_by | {record_id for _q, record_id, _h in twins} | behind)
    # what it holds whole: asked only of the records in the reach when that is all there is
    held: Container[str] = (peers.held_whole(conn, colleague_id) if whole_reach
                            else peers.HeldWhole(conn, colleague_id, reach))
    since = [(received_from, version) for _seq, received_from, version
             in versions_since(conn, mark,
                               of=lambda record_id: record_id in reach and record_id in held)
             ] if holds else []  # none qualifies: not read (after a first exchange, all of them)
    made = {r for r in made_by if r in reach}
    candidates = ({r for r in reach if r not in held} | {v.record_id for _, v in since}
                  | {record_id for _q, record_id, _h in twins if record_id in reach} | made
                  | {r for r in behind if r in reach})
    # Records entering its scope that the colleague made itself, every version of them (all
    # it sent us: after a first exchange, the whole vault it sent): nothing of them is sent,
    # so they are decided only if this bundle carries something (then those in scope are noted
    # as held whole, as ever) or if they have evidence files. Deciding them all on every sync
    # cost seconds at 100k and found nothing (bench/issue13-figures.md, session 6).
    quiet = sharing_store.made_only_by(conn, sorted(r for r in candidates if r not in held),
                                       theirs)
    quiet -= {record_id for _q, record_id, _h in twins} | made
    quiet -= attachment_store.records_with_files(conn, sorted(quiet))
    outbound = Outbound(conn, session.vault_id, [colleague], held_whole={colleague_id: held})
    scope = scope_of(session, colleague_id, candidates - quiet, reach, outbound)
    # live again after a deletion that went without content: whole again, with the values
    once_deleted = ever_deleted(conn, sorted(r for r in scope.records if r in held))
    revived = once_deleted - sharing_store.deleted_among(conn, once_deleted)
    # whole again: live after a deletion, or back after versions it lacks did not leave for it
    again = revived | {r for r in behind if r in scope.records}
    whole = sorted(r for r in scope.records if r not in held or r in again)
    kinds = sharing_store.version_kinds(conn, whole, not_from=theirs)
    counts = {kind: versions for kind, (versions, _records) in kinds.items()}
    records = {kind: n for kind, (_versions, n) in kinds.items()}
    counted = set(whole)
    later: list[Version] = []

    def count(version: Version) -> None:
        counts[version.kind] = counts.get(version.kind, 0) + 1
        if version.record_id not in counted:
            counted.add(version.record_id)
            records[version.kind] = records.get(version.kind, 0) + 1
    for received_from, version in since:
        if version.record_id not in scope or version.record_id in again:
            continue
        if version.origin in theirs or received_from in theirs:
            continue
        later.append(version.without(scope.records[version.record_id]))
        count(version)
    # versions it made that clash with versions it made before (two under one number) were
    # kept aside here: the one held goes back once, signed by it, so that a vault restored
    # from a copy notices and moves to a new epoch (docs/design/merge.md "Restored vaults")
    echoed = _their_own(conn, sorted(r for r in made if r in scope.records), theirs)
    for version in echoed:
        later.append(version.without(scope.records[version.record_id]))
        count(version)
    told = []
    for quarantined, record_id, held_id in twins:
        if any(v.version_id == held_id for v in echoed):
            told.append(quarantined)  # it goes back with the rest of its own
            continue
        twin = next((v for v in load_versions(conn, record_id) if v.version_id == held_id),
                    None)
        if twin is not None and record_id in scope.records:
            later.append(twin.without(scope.records[record_id]))
            count(twin)
            told.append(quarantined)
    acks = peers.acks_due(conn, colleague.identity.verify_key)
    entering = set(whole)
    carriers = sorted(r for r in reach if r in held or r in entering)
    files = evidence_exchange.outgoing(session, outbound, carriers, reach,
                                       held=peers.held_attachments(conn, colleague_id))
    consent = consent_notices.due_for(session, colleague, outbound)
    withheld = {r: scope.records[r] for r in whole}
    if quiet and (sum(counts.values()) or consent or files.rows
                  or colleague_store.own_notices(conn)):  # a bundle, not acknowledgements alone
        quiet_scope = scope_of(session, colleague_id, quiet, reach, outbound)
        withheld.update(quiet_scope.records)
        whole = sorted([*whole, *quiet_scope.records])
    # what it holds and lacks beyond its mark that does not leave now: its mark passes it once
    # this bundle is acknowledged, so it is noted, to go whole when it leaves again
    skipped = sorted(peers.changed_while_held(conn, colleague_id, mark, upto, theirs)
                     - set(scope.records)) if holds or peers.outstanding(conn, colleague_id) else []
    return ChangeSet(whole, later, acks, upto, counts, withheld, frozenset(theirs), conn, told,
                     echo, consent, files, records, skipped)


def _reach(session: Session, colleague_id: str, holds: bool, mark: int, also: set[str]
           ) -> tuple[dict[str, Purpose], bool]:
    """The colleague's reach (scope.wanted) over every record this sync asks about: those it
    does not hold whole, those with versions beyond its mark (`holds`: it holds some), those
    with evidence files, and `also`. Found from those records up (scope.reach_of) when they are
    few, as after the first exchange: a sync then costs what changed, not the whole scope (at
    100k, the reach of every family of 10,000 shared defenders took a third of the export). A
    first exchange asks about everything, and reads the whole reach (cheaper per record);
    True then."""
    conn = session.conn
    asked = peers.not_held_whole(conn, colleague_id)
    if len(asked) <= UPWARD_AT_MOST:
        asked |= changed_since(conn, mark) if holds else set()
        asked |= attachment_store.any_records_with_files(conn) | also
    if len(asked) > UPWARD_AT_MOST:
        return wanted(session, colleague_id), True
    return reach_of(session, colleague_id, asked), False


def _their_own(conn: Connection, record_ids: list[str], theirs: set[str]) -> list[Version]:
    """The versions of these records a colleague made (under any of its origins)."""
    found: list[Version] = []
    for start in range(0, len(record_ids), WHOLE_PER_READ):
        histories = load_histories_from(conn, record_ids[start:start + WHOLE_PER_READ])
        for history in histories.values():
            found.extend(v for _from, v in history if v.origin in theirs)
    return found


def export_changes(
    session: Session,
    colleague_id: str,
    out: Path,
    *,
    allow_unverified: bool = False,
    progress: Progress | None = None,
    changes: ChangeSet | None = None,
    part_size: int | None = None,
    data_progress: DataProgress | None = None,
) -> ExportSummary | None:
    """Write an incremental bundle for one colleague; None when there is nothing to send.
    `changes`: what changes_for just computed, when the caller looked first; `part_size`: split
    a larger bundle into parts (bundle_parts.py)."""
    colleague = check_recipients(session, [colleague_id], allow_unverified)[0]
    changes = changes if changes is not None else changes_for(session, colleague_id)
    if changes.empty:
        return None
    counts = dict(changes.records)  # records per kind, as a full export counts them
    files = changes.files if changes.attachments else None
    if files is not None:
        files.progress = data_progress
    if (changes.total or changes.consent or files
            or colleague_store.own_notices(session.conn)):
        extra = [{"t": "ack", "bundles": [b.hex() for b in changes.acks]}] if changes.acks else []
        extra += [n.to_message() for n in consent_notices.signed(session, changes.consent)]
        bundle_id, written, paths = write_bundle(
            session, out, [colleague], changes.stream(encoded=True), total=changes.total,
            counts={**counts, "attachments": len(files.rows)} if files else counts,
            extra=extra, progress=progress, part_size=part_size,
            files=files,
        )
    else:  # acknowledgements alone: one small file, not a padded bundle (crypto/ack_file.py)
        bundle_id, written, paths = write_acks(session, out, colleague, changes.acks), 0, [out]
    with transaction(session.conn):
        merge_store.mark_told(session.conn, changes.told)
        if written or files or changes.consent:  # what it told counts once acknowledged
            peers.note_sent(session.conn, colleague_id, bundle_id, changes.upto, changes.whole,
                            changes.attachments if files else (),
                            echo=bool(written and changes.echo), consent=changes.consent)
            peers.note_skipped(session.conn, colleague_id, changes.skipped, changes.upto)
        if files:
            files.sent([colleague_id], bundle_id.hex())
        if not written and not files:
            peers.note_acks_only(session.conn, colleague_id, today())
        peers.acks_sent(session.conn, colleague.identity.verify_key, changes.acks)
        consent_notices.told(session, colleague_id, changes.consent)
        append_event(session.conn, "export changes", "colleague", colleague_id,
                     {"versions": written, "acks": len(changes.acks),
                      "attachments": len(files.rows) if files else 0})
    return ExportSummary(paths[0], (colleague_id,), counts, written, 0, bundle_id,
                         tuple(paths) if len(paths) > 1 else (),
                         len(files.rows) if files else 0)
