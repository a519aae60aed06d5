"""Sync through a drop folder: any folder another tool carries (Syncthing, a network share, a USB
stick moved by hand). hrd-desk runs no server of its own.

Each pair of vaults has its own subfolder, named by a token only the two can compute
(`Identity.pair_token`: not a name, an id or a fingerprint), so a partner that carries only its own
subfolder sees nothing of the traffic of other offices. This vault reads only the subfolders of
its colleagues (its inbox) and never the folder's top level.

One round: import every bundle addressed to this vault that it has not seen, then write an
incremental bundle for each verified colleague with something new to send. Nothing is written
when there is nothing new: acknowledgements ride on the next real bundle, or go alone at most once
a day per pair. Bundles are written under a random name ending `.part` and renamed when complete;
names carry no names or ids (a bundle's name is a hash of its random id).

The folder does not grow for ever: a bundle this vault wrote is removed once the colleague has
acknowledged it (or a later bundle, which carried everything it did), and an acknowledgement file
once it is ACK_FILES_KEPT_DAYS old (a lost acknowledgement only makes the colleague send those
changes again). Only files this vault wrote and recorded, unchanged since (same size and time),
are removed; files written by versions before this rule (20-character names) stay. Only regular
files are read (no links, devices or pipes), under the size cap. Hidden files (e.g. Syncthing's
`.syncthing.*.tmp` while in flight) and `.part` files are left alone. A file that ends early is
"incomplete, will retry" and is tried again when it changes; a bundle not addressed to this vault
is left alone; a damaged one is reported once and never marked as imported.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..crypto.ack_file import is_ack_file_size
from ..crypto.canonical import digest
from ..errors import BundleRejected, EvidenceDamaged, HrdDeskError, RejectedInput
from ..fsutil import fsync_dir, private_dir
from ..store import colleagues as colleague_store
from ..store import drop_files, peers
from ..store.colleagues import Colleague
from .bundle_files import BUNDLE_SUFFIX, MAX_BUNDLE_BYTES
from .colleagues import bundle_signer, identities_in_grace
from .exchange import ImportSummary, import_bundle
from .session import Session
from .sync import changes_for, export_changes, today

# file statuses kept in drop_files
IMPORTED, NOT_ADDRESSED, DAMAGED, INCOMPLETE, SENT, IGNORED = (
    "imported", "not addressed", "damaged", "incomplete", "sent", "ignored",
)
NEWER = "newer schema"  # not final: imported once this hrd-desk knows the schema (or format)
_FINAL = frozenset({IMPORTED, NOT_ADDRESSED, DAMAGED, SENT, IGNORED})
ACK_FILES_KEPT_DAYS = 30
_NAME_PERSON = b"hrd-drop-name"
_NAME_BYTES = 12  # 24 hex characters: older versions wrote random 20-character names


@dataclass
class SyncSummary:
    imported: list[ImportSummary] = field(default_factory=list)
    # (colleague, file as pair subfolder/name, versions)
    written: list[tuple[str, str, int]] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)
    not_addressed: int = 0
    damaged: list[tuple[str, str]] = field(default_factory=list)  # (file, reason), once each
    refusals: dict[str, HrdDeskError] = field(default_factory=dict)  # file: what refused it
    ignored: list[tuple[str, str]] = field(default_factory=list)  # not regular files, once each
    new_conflicts: int = 0  # records newly in conflict (filled in by the Desk's sync)
    removed: int = 0  # files of this vault's that colleagues no longer need, removed
    # colleagues sent nothing this round: an evidence file that goes to them is damaged or
    # missing here (the others are sent theirs); the error names the file's id
    not_sent: list[tuple[str, EvidenceDamaged]] = field(default_factory=list)


def _is_hidden_or_partial(name: str) -> bool:
    return name.startswith(".") or name.endswith(".part") or name.endswith(".tmp")


def _seen(session: Session, folder: str, name: str) -> tuple[int, int, str] | None:
    return drop_files.seen(session.conn, folder, name)


def _remember(session: Session, folder: str, name: str, size: int, mtime: int, status: str) -> None:
    drop_files.remember(session.conn, folder, name, size, mtime, status)


def pair_folder(session: Session, folder: Path, colleague: Colleague) -> Path:
    """The subfolder this vault writes to `colleague` in (named with the identity that signs
    its bundles: during a rotation's grace, the old one the colleague may still know)."""
    return folder / bundle_signer(session).pair_token(colleague.identity)


def pair_folders_read(session: Session, folder: Path, colleague: Colleague) -> list[Path]:
    """The subfolders this vault reads from `colleague`: each pair of this vault's identities
    (current, and former ones in their grace) and the colleague's (current and former), so
    bundles written on either side of a rotation are found."""
    mine = [session.identity, *identities_in_grace(session)]
    theirs = [colleague.identity, *colleague_store.former_identities(session.conn,
                                                                     colleague.id)]
    return list(dict.fromkeys(folder / me.pair_token(other) for me in mine for other in theirs))


def _import_round(session: Session, folder: Path, summary: SyncSummary) -> None:
    key = str(folder.resolve())
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries)
    except FileNotFoundError:
        return  # the pair has no subfolder yet
    except NotADirectoryError:
        summary.ignored.append((folder.name, "not a folder"))
        return
    for name in names:
        if _is_hidden_or_partial(name):
            continue
        path = folder / name
        try:
            info = os.lstat(path)
        except OSError:
            continue  # gone meanwhile
        size, mtime = info.st_size, info.st_mtime_ns
        seen = _seen(session, key, name)
        unchanged = seen is not None and seen[:2] == (size, mtime)
        if unchanged and seen is not None and (seen[2] in _FINAL or seen[2] == INCOMPLETE):
            continue
        if not stat.S_ISREG(info.st_mode):
            _remember(session, key, name, size, mtime, IGNORED)
            summary.ignored.append((name, "not a regular file"))
            continue
        if size > MAX_BUNDLE_BYTES:
            _remember(session, key, name, size, mtime, DAMAGED)
            summary.damaged.append((name, "larger than any bundle may be"))
            summary.refusals[name] = BundleRejected(
                "over cap", "larger than any bundle may be", code="bundle-too-large")
            continue
        status = _try_import(session, path, name, summary)
        _remember(session, key, name, size, mtime, status)


def _try_import(session: Session, path: Path, name: str, summary: SyncSummary) -> str:
    try:
        summary.imported.append(import_bundle(session, path))
        return IMPORTED
    except BundleRejected as exc:
        if exc.category == "incomplete":
            summary.incomplete.append(name)
            return INCOMPLETE
        if exc.category == "no match":
            summary.not_addressed += 1
            return NOT_ADDRESSED
        summary.refusals[name] = exc
        if exc.category in ("newer schema", "newer format"):  # again at each sync, once updated
            summary.damaged.append((name, exc.message))
            return NEWER
        summary.damaged.append((name, f"{exc.category}: {exc.message}"))
        return DAMAGED
    except RejectedInput as exc:
        summary.refusals[name] = exc
        summary.damaged.append((name, exc.message))
        return DAMAGED


def bundle_name(bundle_id: bytes) -> str:
    """A written bundle's name in a pair folder: a hash of its id, so the vault finds it again
    when the id is acknowledged, and the name tells nobody anything."""
    return digest(bundle_id, _NAME_PERSON)[:_NAME_BYTES].hex() + BUNDLE_SUFFIX


def _tidy(session: Session, pair: Path, colleague: Colleague, summary: SyncSummary) -> None:
    """Remove what this vault wrote in a pair folder that the colleague no longer needs."""
    if not pair.is_dir():
        return
    key = str(pair.resolve())
    waiting = {bundle_name(b) for b in peers.outstanding(session.conn, colleague.id)}
    cutoff = (datetime.now(UTC) - timedelta(days=ACK_FILES_KEPT_DAYS)).isoformat(
        timespec="seconds")
    for name, size, mtime, written in drop_files.with_status(session.conn, key, SENT):
        if is_ack_file_size(size):
            if written > cutoff:
                continue
        elif name in waiting or len(name) != 2 * _NAME_BYTES + len(BUNDLE_SUFFIX):
            continue
        path = pair / name
        try:
            info = os.lstat(path)
            if stat.S_ISREG(info.st_mode) and (info.st_size, info.st_mtime_ns) == (size, mtime):
                path.unlink()
                summary.removed += 1
            elif stat.S_ISREG(info.st_mode):
                continue  # changed since this vault wrote it: not ours to remove any more
        except FileNotFoundError:
            pass  # removed by hand or by the tool that carries the folder
        except OSError:
            continue  # a read-only carrier: tried again next round
        drop_files.forget(session.conn, key, name)


def _export_round(session: Session, folder: Path, summary: SyncSummary) -> None:
    for colleague in colleague_store.list_colleagues(session.conn):
        if colleague.revoked or not colleague.verified:
            continue  # automatic exchange never involves unverified colleagues
        _tidy(session, pair_folder(session, folder, colleague), colleague, summary)
        changes = changes_for(session, colleague.id)
        content = changes.total or changes.attachments
        if (content or changes.echo or changes.consent) and peers.already_sent(
                session.conn, colleague.id, changes.upto if content else 0, changes.whole,
                changes.attachments, echo=changes.echo, consent=changes.consent):
            # nothing new since the last bundle (not acknowledged yet): acknowledgements only
            changes = changes.acks_only()
        if changes.empty or (not changes.total and not changes.consent
                             and not changes.attachments
                             and peers.acks_only_sent_on(session.conn, colleague.id) == today()):
            continue
        pair = pair_folder(session, folder, colleague)
        private_dir(pair)
        key = str(pair.resolve())
        out = pair / (secrets.token_hex(10) + BUNDLE_SUFFIX + ".part")
        try:
            result = export_changes(session, colleague.id, out, changes=changes)
        except EvidenceDamaged as exc:  # nothing was written; the next colleague still is sent
            summary.not_sent.append((colleague.local_name, exc))
            continue
        if result is None:
            continue
        name = bundle_name(result.bundle_id)
        os.replace(out, pair / name)
        fsync_dir(pair)
        info = os.lstat(pair / name)
        _remember(session, key, name, info.st_size, info.st_mtime_ns, SENT)
        summary.written.append((colleague.local_name, f"{pair.name}/{name}", result.versions))


def sync_folder(
    session: Session, folder: Path, progress: Callable[[str], None] | None = None
) -> SyncSummary:
    if folder.exists() and not folder.is_dir():
        raise RejectedInput(f"{folder} is not a folder", code="not-a-folder",
                            values=(str(folder),))
    if not folder.exists():
        private_dir(folder)
    summary = SyncSummary()
    if progress:
        progress("importing")
    for colleague in colleague_store.list_colleagues(session.conn):
        if not colleague.revoked:
            for pair in pair_folders_read(session, folder, colleague):
                _import_round(session, pair, summary)
    if progress:
        progress("writing")
    _export_round(session, folder, summary)
    return summary

