"""Export and import of sealed bundles: records carried as signed versions, merged without loss.

Export streams the chosen records' versions into a bundle written under a temporary name and
renamed when complete. Import authenticates as it reads and stages everything in one open
transaction that commits only after the bundle's final signature verifies: an altered, truncated,
forged or replayed bundle changes nothing. Plaintext never touches the disk.

Payload messages (canonical JSON): {"t": "origin"} gives the key of a version origin (checked
against its self-certifying id); {"t": "version"} is one signed version (history/wire.py);
{"t": "ack"} lists bundles the sender imported from the recipient (store/peers.py);
{"t": "notice"} is a signed notice (history/notices.py: a revocation), kept for the caseworker.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO, cast

from ..crypto.ack_file import is_ack_file_size, read_ack_file, write_ack_file
from ..crypto.bundle_format import BulkMessage
from ..crypto.bundle_reader import BundleInfo, BundleReader, SenderStatus
from ..crypto.bundle_writer import BundleWriter
from ..crypto.canonical import CanonicalError, encode
from ..crypto.identity import Identity, PublicIdentity
from ..errors import BundleRejected, RefusedSuccessor, RejectedInput
from ..fsutil import atomic_write
from ..history.notices import SUCCESSOR, ConsentNotice, Notice
from ..history.notices import from_message as notice_from_message
from ..history.versions import MalformedVersion, Version, verify_version
from ..history.wire import Encoded, to_message
from ..store import cache, clock, identity_keys, peers
from ..store import colleagues as colleague_store
from ..store import merge as merge_store
from ..store import sharing as sharing_store
from ..store.audit import append_event
from ..store.colleagues import Colleague
from ..store.dbapi import page_cache, transaction
from ..store.merge import StoreHeldVersions
from ..store.migrations import LATEST
from ..store.records import record_kind, registry_entries
from . import colleagues, consent_notices, evidence_exchange, import_checks, scope
from .bundle_files import check_output_path
from .bundle_parts import BundleOutput, open_bundle_input
from .import_checks import DATA, Prepared, learn_origin
from .outbound import Outbound, recipient
from .received import PENDING_DAYS, Outcome, ReceivedVersions
from .selection import case_families, defender_families, select_records
from .session import Session
from .sharing_rule import Purpose, RecordFacts, withheld_when_given

Progress = Callable[[int, int], None]  # (done, total)
DataProgress = Callable[[int, int], None]  # (bytes done, bytes expected): files, bundle bytes

# Messages an import reads before applying them, so that the histories of their records are
# read together (store/merge.py); a bound on the plaintext held, not only a speed setting.
IMPORT_BATCH = 256
IMPORT_BATCH_BYTES = 2 * 1024 * 1024

# No version message is smaller (its signature and fields hash alone are 192 hex characters; a
# deletion of a record without fields encodes to about 580 bytes): the versions a bundle of a
# given size can hold, whatever its signed count says. A colleague declaring a million versions
# in a small bundle would otherwise send every small vault down the bulk index path.
MIN_VERSION_BYTES = 256

# SQLite's page cache while a bundle streams through (KiB). The connection's own cache (128 MiB,
# for lists and search) would fill with the pages a bundle reads or writes once: an import's
# dirty pages would all stay in memory until the commit, so memory grew with the bundle (about
# 2.5x a 60 MiB payload). With a bounded cache they spill to the WAL, still encrypted and still
# uncommitted; a rejection rolls them back like any other. 8 MiB was too small at field size:
# an import inserts into a dozen indexes at random places, and with a cache far smaller than
# them each version read pages back from the WAL again (measured: a cache a tenth of the
# vault's size doubled an import's CPU time, bench/issue13-figures.md). 64 MiB keeps memory
# bounded, below the connection's usual cache.
STREAMING_CACHE_KIB = 64 * 1024


def _streaming_cache(session: Session) -> contextlib.AbstractContextManager[None]:
    return page_cache(session.conn, STREAMING_CACHE_KIB)


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    recipients: tuple[str, ...]
    counts: dict[str, int]
    versions: int
    withheld_for_consent: int = 0
    bundle_id: bytes = b""
    parts: tuple[Path, ...] = ()  # when split (bundle_parts.py): every part, in order
    attachments: int = 0  # evidence files carried


@dataclass
class ImportSummary:
    sender: str  # the colleague's local name
    sender_id: str
    bundle_id: str
    created_at: int
    counts: dict[str, int]
    already_imported: bool = False
    outcomes: dict[str, int] = field(default_factory=dict)
    new_records: int = 0
    future_clocks: int = 0
    acknowledged: int = 0
    sender_verified: bool | None = None  # None: the sender is no longer a colleague here
    sender_revoked: bool | None = None
    new_conflicts: int = 0  # records newly in conflict (filled in by the Desk's import)
    expired: int = 0  # versions that waited too long for what they depend on, dropped
    notices: int = 0  # new signed notices from colleagues (a revocation, say)
    rotated: int = 0  # colleagues that moved to new keys (a successor card, identity rotate)
    # the sender sent back versions this vault made and no longer had: it was restored from a
    # copy, and now writes under a new epoch (docs/design/merge.md "Restored vaults")
    new_epoch: bool = False
    # versions this vault made and lost that clash with ones made here since the restore (one
    # number, two changes): kept aside here as those are at colleagues, so the records they
    # touch may show differently here and there until a caseworker makes the change again
    lost_kept_aside: int = 0
    consent_notices: int = 0  # colleagues' consent notices kept as limits (consent_notices.py)
    schema_version: int = 0  # the sender's records schema (the manifest's)
    attachments: int = 0  # evidence files kept (evidence_exchange.py)
    # files of records the sender may not attach to (outside its scope, or a defender it holds
    # only as a case's context): checked, not kept
    attachments_refused: int = 0
    attachments_deleted_here: int = 0  # files deleted here before: checked, not kept again

    @property
    def applied(self) -> int:
        """Versions that changed what this vault shows."""
        return self.outcomes.get(Outcome.APPLIED.value, 0)

    @property
    def stale(self) -> int:
        """Versions older than what is held: kept in the history only."""
        return self.outcomes.get(Outcome.STALE.value, 0)

    @property
    def proposed(self) -> int:
        """Versions with changes held back for a caseworker's decision (consent, moves)."""
        return self.outcomes.get(Outcome.PROPOSED.value, 0)

    @property
    def refused(self) -> int:
        """Versions this vault does not accept from that sender (scope, revocation, purge)."""
        return self.outcomes.get(Outcome.REFUSED.value, 0)

    @property
    def quarantined(self) -> int:
        """Versions kept aside: their origin made another version with the same counter."""
        return self.outcomes.get(Outcome.QUARANTINED.value, 0)

    @property
    def pending(self) -> int:
        """Versions waiting for earlier ones that have not arrived."""
        return self.outcomes.get(Outcome.PENDING.value, 0)


# -- writing -----------------------------------------------------------------------------------


def check_recipients(
    session: Session, ids: Sequence[str], allow_unverified: bool
) -> list[Colleague]:
    if not ids:
        raise RejectedInput("choose at least one recipient (--to COLLEAGUE_ID)")
    chosen = []
    for colleague_id in dict.fromkeys(ids):
        colleague = colleague_store.get_colleague(session.conn, colleague_id)
        if colleague.revoked:
            raise RejectedInput(f"colleague {colleague_id} is revoked: nothing is exported to it")
        if not colleague.verified and not allow_unverified:
            raise RejectedInput(
                f"colleague {colleague_id} ({colleague.local_name}) is not verified: compare "
                "fingerprints and run `colleague verify`, or pass --allow-unverified"
            )
        chosen.append(colleague)
    return chosen


def _origin_keys(session: Session) -> dict[str, bytes]:
    keys = colleague_store.origin_keys(session.conn)
    keys[session.vault_id] = session.identity.public.verify_key
    return keys


def write_bundle(
    session: Session,
    out: Path,
    recipients: Sequence[Colleague],
    versions: Iterable[Version | Encoded],
    *,
    total: int,
    counts: dict[str, int],
    extra: Sequence[dict[str, Any]] = (),
    progress: Progress | None = None,
    after: Callable[[Callable[[bytes | bytearray | memoryview], None]], None] | None = None,
    files: evidence_exchange.Outgoing | None = None,
    part_size: int | None = None,
) -> tuple[bytes, int, list[Path]]:
    """Stream versions (and extra messages) into a bundle at `out` (or its parts of at most
    `part_size` bytes, bundle_parts.py); returns (bundle id, count, the files written). The
    evidence `files` write their headers once the versions are in, then `after` is given the
    writer's `add` (messages made by hand); the files' own bytes follow the bundle's end (its
    tail, docs/bundle-format.md)."""
    check_output_path(out, session.vault.directory)
    keys = _origin_keys(session)
    epochs = colleague_store.origin_epochs(session.conn)
    epochs[session.vault_id] = identity_keys.current_epoch(session.conn)
    written = 0
    handle = BundleOutput(out, part_size)
    writer: BundleWriter | None = None
    try:
        with _streaming_cache(session):
            writer = BundleWriter(
                cast(BinaryIO, handle), colleagues.bundle_signer(session),
                [c.identity for c in recipients],
                schema_version=LATEST, counts={**counts, "versions": total},
            )
            for message in extra:
                writer.add(encode(message))
            for notice in colleague_store.own_notices(session.conn):  # revocations travel
                writer.add(notice.encode("utf-8"))
            sent_origins: set[str] = set()
            for version in versions:
                if version.origin not in sent_origins:
                    sent_origins.add(version.origin)
                    writer.add(encode(origin_message(version.origin, keys[version.origin],
                                                     epochs.get(version.origin, b""))))
                writer.add(version.data if isinstance(version, Encoded)
                           else encode(to_message(version)))
                written += 1
                if progress:
                    progress(written, total)
            if files is not None:
                files.write(writer)
            if after is not None:
                after(writer.add)
            writer.finish(tail_size=files.tail_size if files is not None else 0)
            if files is not None:
                files.write_tail(writer)
            writer.end_tail()
        paths = handle.commit()
    except BaseException:
        if writer is not None:
            writer.close()  # its threads write nothing more: the parts can go
        handle.abort()
        raise
    return writer.bundle_id, written, paths


def write_acks(session: Session, out: Path, colleague: Colleague, acks: Sequence[bytes]) -> bytes:
    """Acknowledgements alone: one small signed and sealed file (crypto/ack_file.py), not a
    bundle; returns its id. Signed as bundles are (the identity in its grace period after a
    rotation: colleagues that have not read the successor card know only it)."""
    check_output_path(out, session.vault.directory)
    data, ack_id = write_ack_file(colleagues.bundle_signer(session), colleague.identity, acks,
                                  int(time.time()))
    atomic_write(out, data)
    return ack_id


def export_bundle(
    session: Session,
    out: Path,
    *,
    to: Sequence[str],
    defenders: Sequence[str] = (),
    cases: Sequence[str] = (),
    everything: bool = False,
    allow_unverified: bool = False,
    keep_updated: bool = False,
    progress: Progress | None = None,
    part_size: int | None = None,
    data_progress: DataProgress | None = None,
) -> ExportSummary:
    """A full export of chosen records to chosen colleagues (one bundle for all of them), each
    record as the one rule lets it leave for every recipient (outbound.py); split into parts
    of at most `part_size` bytes when it is larger (bundle_parts.py)."""
    recipients = check_recipients(session, to, allow_unverified)
    if not (defenders or cases or everything):
        raise RejectedInput("choose what to export: --defender, --case or --all")
    outbound = Outbound(session.conn, session.vault_id, recipients)
    selection = select_records(outbound, defenders=defenders, cases=cases, everything=everything)
    if not selection.decisions:
        raise RejectedInput("there is nothing to export in that selection")
    ordered = sorted(selection.decisions)
    total = sharing_store.version_count(session.conn, ordered)
    versions = (v for r in ordered for v in outbound.outgoing(r, selection.decisions[r]))
    files = evidence_exchange.outgoing(session, outbound, ordered, selection.purposes)
    files.progress = data_progress  # the evidence files are what takes long
    counts = selection.counts(session.conn)
    if files.rows:
        counts["attachments"] = len(files.rows)
    bundle_id, written, paths = write_bundle(
        session, out, recipients, versions, total=total, counts=counts, progress=progress,
        files=files if files.rows else None, part_size=part_size,
    )
    with transaction(session.conn):
        for colleague in recipients:  # sent whole: held once acknowledged (store/peers.py);
            # what it was given, it may send changes to
            merge_store.note_exported(session.conn, colleague.id, ordered)
            peers.note_sent(session.conn, colleague.id, bundle_id, 0, ordered,
                            [row.id for row in files.rows])
        if keep_updated:
            roots = [r for r in ordered if record_kind(session.conn, r) in scope.SHAREABLE]
            for colleague in recipients:
                for record_id in (list(defenders) + list(cases)) or roots:
                    scope.share(session, record_id, colleague.id)
        files.sent([c.id for c in recipients], bundle_id.hex())
        append_event(session.conn, "export", detail={
            "recipients": [c.id for c in recipients], "records": len(ordered),
            "versions": written, "attachments": len(files.rows),
        })
    return ExportSummary(paths[0], tuple(c.id for c in recipients),
                         selection.counts(session.conn), written,
                         selection.withheld_for_consent, bundle_id,
                         tuple(paths) if len(paths) > 1 else (), len(files.rows))


# -- reading -----------------------------------------------------------------------------------


def _my_identities(session: Session) -> list[Identity]:
    """This vault's identity, then former ones in their grace period (an identity rotation):
    bundles and acknowledgement files addressed to any of them open."""
    return [session.identity, *colleagues.identities_in_grace(session)]


def _sender_status(session: Session) -> Callable[[PublicIdentity], SenderStatus]:
    def status(sender: PublicIdentity) -> SenderStatus:
        colleague = colleague_store.find_by_key(session.conn, sender.verify_key)
        if colleague is None:
            return SenderStatus.UNKNOWN
        until = colleague_store.former_key_signs_until(session.conn, sender.verify_key)
        if until is not None and time.time() * 1000 > until:
            return SenderStatus.REVOKED  # a key its owner replaced, past the grace it named
        return SenderStatus.REVOKED if colleague.revoked else SenderStatus.KNOWN

    return status


def _origin_key(session: Session, origin: str, learned: dict[str, tuple[bytes, bytes]]
                ) -> PublicIdentity:
    if origin == session.vault_id:
        key: bytes | None = session.identity.public.verify_key
    elif origin in learned:
        key = learned[origin][0]
    else:
        key = colleague_store.origin_key(session.conn, origin)
    if key is None:
        raise MalformedVersion("a version's origin has no known key")
    return PublicIdentity(key, bytes(32))


def origin_message(vault_id: str, key: bytes, epoch: bytes) -> dict[str, Any]:
    """Names an origin's key ahead of its versions; `epoch` (schema 16) when the origin is of
    a vault restored from a copy: its id is the hash of the key and the epoch."""
    message: dict[str, Any] = {"t": "origin", "vault_id": vault_id, "verify_key": key.hex()}
    if epoch:
        message["epoch"] = epoch.hex()
    return message


def _ack_ids(message: dict[str, Any]) -> list[bytes]:
    bundles = message.get("bundles")
    if set(message) != {"t", "bundles"} or not isinstance(bundles, list):
        raise MalformedVersion("unexpected acknowledgement layout")
    if len(bundles) > peers.MAX_ACKS_PER_BUNDLE:
        raise MalformedVersion("too many acknowledgements")
    try:
        return [bytes.fromhex(b) for b in bundles]
    except (ValueError, TypeError):
        raise MalformedVersion("bad acknowledgement") from None


# Kinds whose records belong to one defender's family only: exported, they show that the
# defender itself went whole (a related person, a risk assessment and its items, a security
# measure, an enrolment, a stay, a check-in or a task outside a case).
_ONE_DEFENDER_KINDS = frozenset({"related", "risk_assessment", "risk_item", "security_measure",
                                 "participant", "relocation", "checkin", "task"})


class _HeldHere(StoreHeldVersions):
    """Record histories in this vault, and the sharing scope a first receipt widens."""

    def __init__(self, session: Session) -> None:
        super().__init__(session.store)
        self._session = session
        # colleague id -> what its scope rows reach, and the decisions made so far (per record:
        # a bundle asks about a few records; deciding the whole scope cost seconds at 100k).
        # The reach is read only for a record the colleague was not given: a new record linked
        # to a defender it holds asks about that one defender (reading the whole reach took
        # most of an import of 300 new incidents at 100k).
        self._reach: dict[str, dict[str, Purpose]] = {}
        self._outbound: dict[str, Outbound] = {}
        self._decided: dict[tuple[str, str], bool] = {}
        # vault id -> its colleague here (asked for every record a bundle changes)
        self._colleagues: dict[str, Colleague | None] = {}

    def add_received(self, record_id: str, colleague_id: str) -> None:
        scope.add_received(self._conn, record_id, colleague_id)
        self._decided[(colleague_id, record_id)] = True

    def _colleague(self, sender_vault: str) -> Colleague | None:
        if sender_vault not in self._colleagues:
            self._colleagues[sender_vault] = colleague_store.find_by_vault_id(
                self._conn, sender_vault)
        return self._colleagues[sender_vault]

    def _scope(self, colleague: Colleague) -> tuple[dict[str, Purpose], Outbound]:
        """What the colleague's scope reaches and its sharing decisions, read once an import."""
        if colleague.id not in self._reach:
            self._reach[colleague.id] = scope.wanted(self._session, colleague.id)
            self._outbound[colleague.id] = Outbound(self._conn, self._session.vault_id,
                                                    [colleague])
        return self._reach[colleague.id], self._outbound[colleague.id]

    def may_change(self, record_id: str, sender_vault: str) -> bool:
        """Whether the record is in the colleague's scope (scope.scope_of) or was shared with,
        exported to or first received from it."""
        colleague = self._colleague(sender_vault)
        if colleague is None:
            return False
        key = (colleague.id, record_id)
        if key in self._decided:
            return self._decided[key]
        if merge_store.given_to(self._conn, colleague.id, record_id):
            self._decided[key] = True
            return True
        reach, outbound = self._scope(colleague)
        self._decided[key] = record_id in scope.scope_of(
            self._session, colleague.id, [record_id], reach, outbound)
        return self._decided[key]

    def withheld_from(self, record_id: str, sender_vault: str) -> frozenset[str]:
        """The fields the one rule gives the colleague in no form but full for this record
        (sharing_rule.withheld_when_given: a partner's redactions, a caseworker's marks, a
        case's defender sent as context), whatever consent or a deletion here say now: a record
        that stopped leaving for the colleague was still given to it in that form. A defender
        travels whole to an office through its own scope row (shared with it, or first
        received from it) or a full export of it (`_defender_given_whole`); one the office holds
        otherwise came as a case's context. Reads no scope: a few look-ups."""
        colleague = self._colleague(sender_vault)
        kind = self.kind_of(record_id)
        if colleague is None or kind is None:
            return frozenset()
        purpose = Purpose.EXCHANGE
        # a partner's form already withholds everything a case's context would
        if colleague.kind != "partner" and self._held_as_context(colleague, record_id, kind):
            purpose = Purpose.CASE_CONTEXT
        facts = RecordFacts(kind=kind, marked=sharing_store.marks_of(self._conn, record_id))
        return withheld_when_given(facts, recipient(colleague).profile, purpose)

    def may_attach(self, record_id: str, sender_vault: str) -> bool:
        """Whether the colleague's evidence files for this record are kept: a record it may
        change (`may_change`) that it holds whole. A defender it holds only as a case's context
        was not shared with it: its files are read, checked and not kept, whatever the office
        kind (a file cannot be withheld in part)."""
        if not self.may_change(record_id, sender_vault):
            return False
        colleague = self._colleague(sender_vault)
        kind = self.kind_of(record_id)
        return (colleague is not None and kind is not None
                and not self._held_as_context(colleague, record_id, kind))

    def _held_as_context(self, colleague: Colleague, record_id: str, kind: str) -> bool:
        """Whether the office holds this record only as a case's context: a defender it was
        not given whole (`_defender_given_whole`)."""
        return kind == "defender" and not self._defender_given_whole(colleague, record_id)

    def _defender_given_whole(self, colleague: Colleague, defender: str) -> bool:
        """Whether the office was given the defender whole: its own scope row, or an `export`
        that gave it a record of the defender's own family that belongs to it alone
        (_ONE_DEFENDER_KINDS, outside its cases). `export` notes
        what it gave, not how: a defender exported with its cases alone may have gone as a
        case's context, so the narrower form is assumed (an edit of its legal name, contact
        details, address or notes waits as a proposal)."""
        if colleague.id in sharing_store.shared_with(self._conn, defender):
            return True
        if not merge_store.exported_among(self._conn, colleague.id, [defender]):
            return False  # no scope row (just asked): given_to would ask the shares again
        family = defender_families(self._conn, [defender])[defender]
        kinds = registry_entries(self._conn, sorted(family))
        cases = [r for r in family if kinds.get(r, ("", False))[0] == "case"]
        by_cases = {r for _, ids in case_families(self._conn, cases).values() for r in ids}
        # only records that belong to this defender alone: an incident or an action about
        # several defenders, a contact or a training edition may have gone with another family
        # (and a colleague may name a contact it holds in an action about this defender)
        own = {r for r in family - by_cases - {defender}
               if kinds.get(r, ("", False))[0] in _ONE_DEFENDER_KINDS}
        return merge_store.exported_among(self._conn, colleague.id, own)


class _RefusedCard(Exception):
    """A successor card refused while reading a bundle (the bundle is refused whole)."""


class _Importer:
    """Applies one authenticated bundle's messages inside the caller's transaction."""

    def __init__(self, session: Session, sender: Colleague, summary: ImportSummary, *,
                 in_tail: bool = True) -> None:
        self.session = session
        self.sender = sender
        self.summary = summary
        self.held = _HeldHere(session)
        self.rule = ReceivedVersions(self.held, this_vault=session.vault_id,
                                     sender_vault=sender.vault_id, sender_colleague=sender.id,
                                     former_origins=identity_keys.former_origins(session.conn))
        self.learned: dict[str, tuple[bytes, bytes]] = {}  # origin -> (key, epoch)
        self.own_keys = session.own_keys()
        self.left_origins = identity_keys.former_origins(session.conn)  # epochs already left
        self.restored = False  # a version this vault made and lost came back: restored copy
        self.keys: dict[str, PublicIdentity] = {}  # origin -> its key, once found
        self.versions = 0
        self.consent_notices = 0  # carried, kept or not: the sender waits for their receipt
        self.latest_clock: tuple[int, int] = (0, 0)  # newest acceptable remote clock seen
        self.attachments = evidence_exchange.Incoming(
            session, sender, summary.bundle_id,
            lambda record_id: self.held.may_attach(record_id, sender.vault_id),
            in_tail=in_tail)

    def messages(self, batch: Sequence[Prepared], progress: Progress | None, total: int) -> None:
        """Apply a batch of messages (import_checks.prepare parsed them) in order, the histories
        of every record they carry read first in a few statements (store/merge.py) rather than
        several per version."""
        self.held.prefetch(
            (m["record"] for m in (one.message for one in batch)
             if isinstance(m, dict) and m.get("t") == "version"
             and isinstance(m.get("record"), str)),
            (one.version for one in batch if one.version is not None),
        )
        for one in batch:
            self._message(one)
            if progress:
                progress(self.versions, total)

    def _message(self, one: Prepared) -> None:
        message, raw = one.message, one.raw
        try:
            if isinstance(message, CanonicalError):
                raise message
            if message is DATA:
                self.held.forget_rows()
                self.attachments.data(raw)
                return
            if not isinstance(message, dict):
                raise MalformedVersion("a message is not an object")
            kind = message.get("t")
            if kind not in ("version", "origin", "ack"):  # a notice or an attachment may
                self.held.forget_rows()  # write a display row the batch read ahead
            if kind == "origin":
                learn_origin(message, self.learned)
            elif kind == "ack":
                ours = peers.apply_acks(self.session.conn, self.sender.id, _ack_ids(message))
                self.summary.acknowledged += ours
            elif kind == "version":
                if one.version is None:  # parsing failed
                    raise one.error or MalformedVersion("unexpected version layout")
                self._version(one.version, one)
            elif kind == "notice":
                self._notice(notice_from_message(message), bytes(raw))  # never bulk: JSON
            elif kind == evidence_exchange.HEADER_TYPE:
                self.attachments.header(message)
            else:
                raise MalformedVersion("unknown message type")
        except _RefusedCard as exc:
            raise BundleRejected("refused successor", str(exc),
                                 code="successor-refused") from None
        except (CanonicalError, MalformedVersion) as exc:
            raise BundleRejected(
                "payload failure", f"a record in the bundle is invalid: {exc}",
                code="record-invalid") from None

    def _notice(self, notice: Notice | ConsentNotice, raw: bytes) -> None:
        if notice.signer_key in self.session.own_keys():
            return  # this vault's own, carried back
        if isinstance(notice, ConsentNotice):
            self.consent_notices += 1
            if consent_notices.receive(self.session, self.sender, notice, raw.decode("utf-8")):
                self.summary.consent_notices += 1
            return
        if notice.kind == SUCCESSOR:
            try:
                moved = colleagues.accept_successor(self.session, notice, self.sender)
            except RefusedSuccessor as exc:
                raise _RefusedCard(exc.message) from None
            self.summary.rotated += int(moved)
        if colleague_store.keep_notice(self.session.conn, notice.notice_id, notice.kind,
                                       notice.subject, notice.signer, notice.at_ms,
                                       raw.decode("utf-8"), self.sender.id):
            self.summary.notices += 1

    def _version(self, version: Version, prepared: Prepared) -> None:
        key = self.keys.get(version.origin)
        if key is None:  # a key, once found, is the origin's for good: the id is its hash
            key = self.keys[version.origin] = _origin_key(
                self.session, version.origin, self.learned)
        checked = prepared.checked_with == key.verify_key  # with this very key, ahead
        if checked:
            prepared.settle()  # its signature's verdict, if another thread verifies it
        if checked and prepared.error is not None:
            raise prepared.error
        if not checked:
            verify_version(version, key)
        lost_own = key.verify_key in self.own_keys
        received = self.rule.accept(version, lost_own=lost_own, values_checked=checked)
        outcome = received.outcome
        if lost_own and outcome is not Outcome.DUPLICATE and version.origin not in (
                self.left_origins):
            self.restored = True  # made here, lost here, under an origin still in use
        if lost_own and outcome is Outcome.QUARANTINED:  # its number was used again here
            self.summary.lost_kept_aside += 1
        if (outcome is Outcome.APPLIED and version.kind == "defender"
                and "consent" in version.fields):  # a narrowing: this vault's holders are told
            sharing_store.note_consent_change(self.session.conn, version.record_id)
        self.versions += 1
        if received.new_record:
            self.summary.new_records += 1
        outcomes = self.summary.outcomes
        outcomes[outcome.value] = outcomes.get(outcome.value, 0) + 1
        if outcome is not Outcome.DUPLICATE:
            stamp = (version.hlc_wall, version.hlc_counter)
            if clock.is_far_future(stamp[0]):
                self.summary.future_clocks += 1
            else:
                self.latest_clock = max(self.latest_clock, stamp)


def import_bundle(session: Session, path: Path, progress: Progress | None = None,
                  data_progress: DataProgress | None = None) -> ImportSummary:
    """Import a bundle (a file, one of its parts, or a folder of its parts: bundle_parts.py), or
    an acknowledgement file (told apart by its size, which no bundle can have). `data_progress`
    gets the bundle bytes read so far and the bundle's size."""
    with open_bundle_input(path) as (handle, size):
        if is_ack_file_size(size):
            return _import_acks(session, handle.read())
        reader = BundleReader(
            handle, _my_identities(session),
            sender_status=_sender_status(session),
            already_imported=lambda sender, bundle_id: colleague_store.bundle_imported(
                session.conn, sender.verify_key, bundle_id),
        )
        try:
            info = reader.open()
        except BundleRejected as exc:
            if exc.category == "replay" and reader.info is not None:
                return _already_imported(session, reader.info.sender, reader.info.bundle_id,
                                         reader.info.created_at, dict(reader.info.counts))
            raise
        sender = colleague_store.find_by_key(session.conn, info.sender.verify_key)
        if sender is None:  # the reader refuses unknown senders; never reached
            raise BundleRejected("unknown sender", "the sender is not a colleague",
                                 code="sender-unknown")
        if info.schema_version > LATEST:
            raise BundleRejected(
                "newer schema", f"made by a newer hrd-desk (records of schema "
                f"{info.schema_version}; this one knows up to {LATEST}): update hrd-desk, then "
                "import it again", code="newer-schema", values=(str(info.schema_version),
                                                                 str(LATEST)))
        summary = ImportSummary(sender.local_name, sender.id, info.bundle_id.hex(),
                                info.created_at, dict(info.counts),
                                sender_verified=sender.verified, sender_revoked=sender.revoked,
                                schema_version=info.schema_version)
        total = int(info.counts.get("versions", 0))
        importer = _Importer(session, sender, summary, in_tail=reader.format_version >= 4)
        reading: Callable[[], None] | None = None
        if data_progress is not None:
            report, whole = data_progress, size
            reading = lambda: report(reader.bytes_read, whole)  # noqa: E731
        try:
            _apply(session, info, sender, reader, importer, summary, progress, total, reading,
                   bulk_rows=min(total, size // MIN_VERSION_BYTES))
        except BaseException:
            importer.attachments.discard()  # the rows rolled back: their blobs go too
            raise
    return summary


def _apply(session: Session, info: BundleInfo, sender: Colleague, reader: BundleReader,
           importer: _Importer, summary: ImportSummary, progress: Progress | None,
           total: int, reading: Callable[[], None] | None = None, *, bulk_rows: int = 0
           ) -> None:
    # one batch: the link summaries are brought up to date once, at its end (store/upkeep.py);
    # a first exchange's display and summary indexes are built once, after that (`bulk_rows`:
    # the versions the bundle declares, but never more than its size can hold)
    with _streaming_cache(session), transaction(session.conn), \
            cache.indexes_built_after(session.conn, bulk_rows), session.store.batch(), \
            contextlib.closing(import_checks.Signatures()) as signatures:
        summary.expired = merge_store.expire_pending(session.conn, PENDING_DAYS)
        stream = reader.messages(bulk_pieces=True)  # attachment data not joined: Incoming.data
        batch: list[bytes | BulkMessage] = []
        held = 0
        # each batch parsed and checked (import_checks.prepare), then applied
        own = (session.vault_id, session.identity.public.verify_key)
        learned: dict[str, tuple[bytes, bytes]] = {}  # origins the bundle named, for prepare
        for raw in itertools.chain(stream, [None]):
            if reading is not None:
                reading()
            if raw is not None:
                batch.append(raw)
                held += len(raw)
                if len(batch) < IMPORT_BATCH and held < IMPORT_BATCH_BYTES:
                    continue
            try:
                importer.messages(import_checks.prepare(batch, own, learned, signatures), progress,
                                  total)
            except BundleRejected:
                # Authenticity outranks content: a record altered on the way (by a co-recipient,
                # say) must read as a signature failure, not as a bad record the sender signed.
                # Reading the rest raises the reader's verdict, if any.
                for _ in stream:
                    pass
                raise
            batch, held = [], 0
        importer.attachments.end()
        importer.attachments.receive_tail(reader, reading)  # format 4: the files' bytes
        reader.end_tail()  # the bundle is whole and authentic, its files bound to it
        summary.attachments = importer.attachments.received
        summary.attachments_refused = importer.attachments.refused
        summary.attachments_deleted_here = importer.attachments.deleted_here
        peers.note_holds_attachments(session.conn, sender.id, importer.attachments.sender_holds)
        if importer.latest_clock > (0, 0):  # once per bundle, not per version
            clock.observe(session.conn, importer.latest_clock)
        for vault_id, (key, epoch) in importer.learned.items():
            if colleague_store.remember_origin_key(session.conn, vault_id, key, epoch) and epoch:
                # a colleague restored from a copy: what it made goes back to it once
                # (services/sync.py), so it gets back what its copy lacked
                restored = colleague_store.find_by_key(session.conn, key)
                if restored is not None and not restored.revoked:
                    peers.note_restored(session.conn, restored.id)
        colleague_store.record_import(  # evidence files and consent notices count: such a
            session.conn, info.sender.verify_key, info.bundle_id,  # bundle is acknowledged
            importer.versions + len(importer.attachments.sender_holds) + importer.consent_notices
        )
        append_event(session.conn, "import", "colleague", sender.id,
                     {"versions": importer.versions, "outcomes": summary.outcomes,
                      "attachments": importer.attachments.received})
        if importer.restored:  # what it writes from now on must not reuse those numbers
            moved = colleagues.begin_new_epoch(session)
            summary.new_epoch = True
    if importer.restored:
        session.vault.vault_id = moved.new_vault_id  # every open view follows


def _import_acks(session: Session, data: bytes) -> ImportSummary:
    """An acknowledgement file: its sender's marks advance; nothing else changes."""
    conn = session.conn
    ack = read_ack_file(data, _my_identities(session), _sender_status(session))
    sender = colleague_store.find_by_key(conn, ack.sender.verify_key)
    if sender is None or ack.sender not in (sender.identity, *colleague_store.former_identities(
            conn, sender.id)):
        raise BundleRejected("unknown sender", "the sender's keys are not a colleague's",
                             code="sender-unknown")
    summary = ImportSummary(sender.local_name, sender.id, ack.ack_id.hex(), ack.created_at,
                            {"acks": len(ack.bundles)}, sender_verified=sender.verified,
                            sender_revoked=sender.revoked, schema_version=LATEST)
    if colleague_store.bundle_imported(conn, ack.sender.verify_key, ack.ack_id):
        return replace(summary, already_imported=True)
    with transaction(conn):
        summary.acknowledged = peers.apply_acks(conn, sender.id, ack.bundles)
        colleague_store.record_import(conn, ack.sender.verify_key, ack.ack_id, 0)
        append_event(conn, "import", "colleague", sender.id,
                     {"versions": 0, "acks": len(ack.bundles)})
    return summary


def _already_imported(
    session: Session, sender_key: PublicIdentity, bundle_id: bytes, created: int,
    counts: dict[str, int],
) -> ImportSummary:
    sender = colleague_store.find_by_key(session.conn, sender_key.verify_key)
    with transaction(session.conn):
        peers.ack_again(session.conn, colleague_store.current_key(
            session.conn, sender_key.verify_key), bundle_id)
    return ImportSummary(
        sender.local_name if sender else "?", sender.id if sender else "?", bundle_id.hex(),
        created, counts, already_imported=True,
        sender_verified=sender.verified if sender else None,
        sender_revoked=sender.revoked if sender else None,
    )


# -- inspect -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Inspection:
    """What can be said of a file: without keys, and (when this vault is a recipient) more."""

    size: int | None
    possible_bundle: bool
    reason: str
    addressed_to_me: bool | None = None  # None: no vault was unlocked to try
    sender_fingerprint: str | None = None
    sender_colleague: str | None = None  # local name, if a colleague
    sender_verified: bool | None = None
    sender_revoked: bool | None = None
    created_at: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    already_imported: bool | None = None
    refusal: BundleRejected | None = None  # what refused it, for a face to word (`reason`)


ACK_FILE_REASON = "an acknowledgement file: receipts only, no records"


def _inspect_acks(basic: Inspection, data: bytes, session: Session | None) -> Inspection:
    if session is None:
        return basic
    try:
        ack = read_ack_file(data, _my_identities(session), lambda _sender: SenderStatus.KNOWN)
    except BundleRejected as exc:
        mine = exc.category not in ("no match", "not addressed")
        return replace(basic, addressed_to_me=mine, reason=f"{ACK_FILE_REASON} ({exc.message})",
                       refusal=exc)
    colleague = colleague_store.find_by_key(session.conn, ack.sender.verify_key)
    return replace(
        basic, addressed_to_me=True, sender_fingerprint=ack.sender.fingerprint_text(),
        sender_colleague=colleague.local_name if colleague else None,
        sender_verified=colleague.verified if colleague else None,
        sender_revoked=colleague.revoked if colleague else None, created_at=ack.created_at,
        counts={"acks": len(ack.bundles)},
        already_imported=colleague_store.bundle_imported(session.conn, ack.sender.verify_key,
                                                         ack.ack_id))


def inspect_bundle(path: Path, session: Session | None = None) -> Inspection:
    """Never changes anything: reads the header and the signed manifest only."""
    from ..crypto.bundle_reader import peek

    with open_bundle_input(path) as (handle, _size):
        seen = peek(handle)
        basic = Inspection(
            size=seen["size"] if isinstance(seen["size"], int) else None,
            possible_bundle=bool(seen["possible_bundle"]),
            reason=str(seen.get("reason", "")),
        )
        if basic.size is not None and is_ack_file_size(basic.size):
            handle.seek(0)
            return _inspect_acks(replace(basic, reason=ACK_FILE_REASON), handle.read(), session)
        if session is None or not basic.possible_bundle:
            return basic
        reader = BundleReader(
            handle, _my_identities(session),
            sender_status=lambda _sender: SenderStatus.KNOWN,
            already_imported=lambda _sender, _bundle: False,
        )
        try:
            info = reader.open()
        except BundleRejected as exc:
            if exc.category == "no match":
                return replace(basic, addressed_to_me=False)
            if exc.category == "newer format":  # nothing past its preamble can be read
                return replace(basic, reason=exc.message, refusal=exc)
            if exc.category == "not addressed":  # a stanza opened, but the sender never chose us
                return replace(basic, addressed_to_me=False, reason=exc.message, refusal=exc)
            return replace(basic, addressed_to_me=True, reason=exc.message, refusal=exc)
    colleague = colleague_store.find_by_key(session.conn, info.sender.verify_key)
    return replace(
        basic,
        addressed_to_me=True,
        sender_fingerprint=info.sender.fingerprint_text(),
        sender_colleague=colleague.local_name if colleague else None,
        sender_verified=colleague.verified if colleague else None,
        sender_revoked=colleague.revoked if colleague else None,
        created_at=info.created_at,
        counts=dict(info.counts),
        already_imported=colleague_store.bundle_imported(
            session.conn, info.sender.verify_key, info.bundle_id
        ),
    )
