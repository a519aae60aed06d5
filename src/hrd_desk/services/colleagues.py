"""This vault's identity and its colleagues: cards, fingerprints, verify, revoke.

"Colleague" means a caseworker or office we exchange bundles with (network contacts such as
embassies are records, not colleagues).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..crypto.canonical import encode
from ..crypto.card import MAX_CARD_BYTES, Card, CardError, make_card, parse_card
from ..crypto.identity import EPOCH_BYTES, Identity, PublicIdentity
from ..errors import RefusedSuccessor, RejectedInput, os_code
from ..fsutil import atomic_write
from ..history.notices import REVOKED, Notice, make_revocation, make_successor
from ..store import colleagues as store
from ..store import identity_keys, peers
from ..store import merge as merge_store
from ..store.audit import append_event
from ..store.dbapi import transaction
from ..store.meta import UNNAMED_OFFICE as UNNAMED_OFFICE  # the GUI's, reports'
from ..store.meta import office_name, set_meta
from .bundle_files import check_output_path, open_regular_file
from .session import Session

Colleague = store.Colleague
MAX_NAME = 100


@dataclass(frozen=True)
class FormerIdentity:
    """An identity this vault had before a rotation."""

    vault_id: str
    fingerprint: str
    rotated_at: int  # ms
    grace_until: int  # ms: bundles addressed to it open until then
    secrets_kept: bool  # False once its secrets were deleted


@dataclass(frozen=True)
class IdentityInfo:
    name: str
    vault_id: str
    fingerprint: str
    public: PublicIdentity
    former: tuple[FormerIdentity, ...] = ()


@dataclass(frozen=True)
class Rotation:
    """What `identity rotate` did."""

    old_fingerprint: str
    new_fingerprint: str
    old_vault_id: str
    new_vault_id: str
    rotated_at: int  # ms
    grace_until: int  # ms


GRACE_DAYS = 30  # how long bundles addressed to the old keys still open, by default
# At least a day: the old key signs the bundles that carry the successor card to colleagues
# that know only it (with none, they could not follow: they would not know the sender).
MIN_GRACE_DAYS, MAX_GRACE_DAYS = 1, 365
_DAY_MS = 86_400_000


# Control characters, and the bidirectional embeddings, overrides and isolates: a name holding a
# right-to-left override would reorder what a terminal or a list shows after it (a fingerprint).
_UNPRINTABLE = frozenset(
    [*map(chr, range(32)), *map(chr, range(0x7F, 0xA0)), *map(chr, range(0x202A, 0x202F)),
     *map(chr, range(0x2066, 0x206A))]
)


def _clean_name(name: str, what: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME or not _UNPRINTABLE.isdisjoint(name):
        raise RejectedInput(f"{what} must be 1-{MAX_NAME} printable characters",
                            code="name-unprintable", values=(str(MAX_NAME),))
    return name


def identity_info(session: Session) -> IdentityInfo:
    public = session.identity.public
    return IdentityInfo(
        name=office_name(session.conn),
        vault_id=session.vault_id,
        fingerprint=public.fingerprint_text(),
        public=public,
        former=tuple(FormerIdentity(old.vault_id(), old.fingerprint_text(), rotated, grace, kept)
                     for old, rotated, grace, kept in identity_keys.former_publics(session.conn)),
    )


def rotate_identity(session: Session, *, grace_days: int = GRACE_DAYS,
                    now: Callable[[], float] = time.time) -> Rotation:
    """New signing and encryption keys, and a successor card signed by the old and the new key
    that every later bundle carries (history/notices.py), so colleagues that trusted the old
    key move to the new one, verified if it was. The old identity stays for `grace_days`:
    bundles addressed to it still open and this vault's bundles are signed by it, so colleagues
    that have not heard yet still know the sender; then its secrets are deleted (overwritten in
    the database). Its public keys stay: the versions it signed keep verifying.

    The session's identity is then stale: the caller closes it (services/emergency.py)."""
    if not MIN_GRACE_DAYS <= grace_days <= MAX_GRACE_DAYS:
        raise RejectedInput(f"the grace period is {MIN_GRACE_DAYS}-{MAX_GRACE_DAYS} days")
    old, new = session.identity, Identity.generate()
    now_ms = int(now() * 1000)
    notice = make_successor(old, new, now_ms, now_ms + grace_days * _DAY_MS)
    conn = session.conn
    with transaction(conn):
        identity_keys.replace_identity(conn, old, new, now_ms=now_ms,
                                       grace_until_ms=now_ms + grace_days * _DAY_MS)
        store.remember_origin_key(conn, session.vault_id, old.public.verify_key,
                                  identity_keys.current_epoch(conn))
        store.remember_origin_key(conn, new.public.vault_id(), new.public.verify_key)
        store.keep_notice(conn, notice.notice_id, notice.kind, notice.subject, notice.signer,
                          notice.at_ms, encode(notice.to_message()).decode("utf-8"), None)
        append_event(conn, "identity rotate", detail={
            "from": old.public.vault_id(), "to": new.public.vault_id(),
            "grace_days": grace_days})
    return Rotation(old.public.fingerprint_text(), new.public.fingerprint_text(),
                    old.public.vault_id(), new.public.vault_id(), now_ms,
                    now_ms + grace_days * _DAY_MS)


@dataclass(frozen=True)
class NewEpoch:
    """What `vault restored` did."""

    old_vault_id: str
    new_vault_id: str


def begin_new_epoch(session: Session, now: Callable[[], float] = time.time) -> NewEpoch:
    """After restoring this vault from a copy: write under a new origin from now on (the hash
    of the same signing key and a new random epoch), so no version made from now on can share
    an origin and a counter with one the copy's later life already sent (docs/design/merge.md
    "Restored vaults"). Colleagues accept the new origin with no other step: its id is bound to
    this vault's key and each version is signed by it. Versions made before keep their origin.

    The session's vault id is then stale: the caller closes it (services/emergency.py)."""
    conn = session.conn
    public = session.identity.public
    epoch = secrets.token_bytes(EPOCH_BYTES)
    with transaction(conn):
        old_epoch = identity_keys.current_epoch(conn)
        old_id = session.vault_id
        new_id = identity_keys.begin_epoch(conn, public, epoch, now_ms=int(now() * 1000))
        store.remember_origin_key(conn, old_id, public.verify_key, old_epoch)
        store.remember_origin_key(conn, new_id, public.verify_key, epoch)
        append_event(conn, "vault restored", detail={"from": old_id, "to": new_id})
    return NewEpoch(old_id, new_id)


def identities_in_grace(session: Session, now: Callable[[], float] = time.time
                        ) -> list[Identity]:
    """Former identities whose grace runs (oldest first): bundles addressed to them open."""
    return identity_keys.in_grace(session.conn, int(now() * 1000))


def bundle_signer(session: Session) -> Identity:
    """Who signs this vault's bundles (and names its drop-folder pairs): after an identity
    rotation, the oldest identity still in its grace period (colleagues that have not read the
    successor card yet know only it; the bundle carries the card, and they move), else the
    current one."""
    return next(iter(identities_in_grace(session)), session.identity)


def accept_successor(session: Session, notice: Notice, sender: Colleague) -> bool:
    """A colleague's successor card (history/notices.py; both signatures already checked):
    the colleague moves to its new keys, keeping its name, trust and scope. True if it moved
    now, False if this vault already knew (or it is this vault's own card, carried back).

    Refused (RefusedSuccessor, nothing changed) unless it comes from the colleague it
    replaces, signed by the key this vault knows it by now: not from another office, not by a
    revoked colleague, not by a key it already replaced (a second successor of one key is a
    thief's), not naming a key another colleague or this vault holds."""
    conn = session.conn
    new = notice.successor
    if notice.signer_key in session.own_keys():
        return False
    holder = store.find_by_key(conn, notice.signer_key)
    if holder is None or holder.id != sender.id:
        raise RefusedSuccessor("a successor card came from an office other than the colleague "
                               "it replaces")
    if holder.revoked:
        raise RefusedSuccessor(f"colleague {holder.id} ({holder.local_name}) is revoked: a "
                               "successor card signed by its key is refused")
    if holder.identity.verify_key == new.verify_key:
        return False  # already moved
    known = store.find_by_key(conn, new.verify_key)
    if holder.identity.verify_key != notice.signer_key:
        if known is not None and known.id == holder.id:
            return False  # an earlier step of a chain this vault followed
        raise RefusedSuccessor(
            f"a successor card for colleague {holder.id} ({holder.local_name}) is signed by a "
            "key it already replaced: someone else may hold that key")
    if known is not None or new.verify_key in session.own_keys():
        raise RefusedSuccessor("a successor card names a key another colleague or this vault "
                               "holds")
    store.replace_key(conn, holder.id, new, notice.until_ms)
    append_event(conn, "colleague rotated", "colleague", holder.id,
                 {"from": notice.signer, "to": notice.subject, "verified": holder.verified})
    return True


def rename_identity(session: Session, name: str) -> None:
    clean = _clean_name(name, "the identity name")
    with transaction(session.conn):
        set_meta(session.conn, "identity_name", clean)
        append_event(session.conn, "identity rename")


def export_card(session: Session, out: Path) -> None:
    check_output_path(out, session.vault.directory)
    atomic_write(out, make_card(session.identity, identity_info(session).name))


def read_card_file(path: Path) -> bytes:
    """A card file's bytes: a regular file (never a link, device or pipe), at most
    MAX_CARD_BYTES."""
    with open_regular_file(path) as handle:
        try:
            data = handle.read(MAX_CARD_BYTES + 1)
        except OSError as exc:
            raise RejectedInput(f"cannot read {path}: {exc.strerror}", code="file-unreadable",
                                values=(str(path), os_code(exc))) from None
    if len(data) > MAX_CARD_BYTES:
        raise RejectedInput(f"{path} is too large to be an identity card",
                            code="card-too-large", values=(str(path),))
    return data


def read_card(card_path: Path) -> Card:
    """A card file, parsed and its signature checked (the GUI shows it before adding)."""
    try:
        return parse_card(read_card_file(card_path))
    except CardError as exc:
        raise RejectedInput(str(exc), code="card-invalid") from None


def add_colleague(
    session: Session, card_path: Path, local_name: str | None = None, *, verified: bool = False,
    kind: str = "office",
) -> Colleague:
    card = read_card(card_path)
    if card.identity.verify_key == session.identity.public.verify_key:
        raise RejectedInput("this is this vault's own identity card", code="own-card")
    name = _clean_name(local_name if local_name is not None else card.name, "the local name")
    with transaction(session.conn):
        colleague = store.add_colleague(session.conn, card, name, verified, kind)
        append_event(session.conn, "colleague add", "colleague", colleague.id,
                     {"verified": verified, "kind": kind})
    return colleague


def list_colleagues(session: Session) -> list[Colleague]:
    return store.list_colleagues(session.conn)


def get_colleague(session: Session, colleague_id: str) -> Colleague:
    return store.get_colleague(session.conn, colleague_id)


def verify_colleague(session: Session, colleague_id: str) -> Colleague:
    """Mark as verified, after the user compared fingerprints out of band."""
    with transaction(session.conn):
        if store.get_colleague(session.conn, colleague_id).revoked:
            raise RejectedInput(f"colleague {colleague_id} is revoked",
                                code="colleague-revoked")
        store.set_flag(session.conn, colleague_id, "verified", True)
        append_event(session.conn, "colleague verify", "colleague", colleague_id)
    return store.get_colleague(session.conn, colleague_id)


def revoke_colleague(session: Session, colleague_id: str) -> Colleague:
    """Stop every export to it, refuse its bundles and every version it originated that this
    vault does not hold yet (from any relay), and sign a notice that the next bundles carry to
    the other colleagues (their caseworkers decide whether to revoke too)."""
    with transaction(session.conn):
        colleague = store.get_colleague(session.conn, colleague_id)
        store.set_flag(session.conn, colleague_id, "revoked", True)
        if not colleague.revoked:
            notice = make_revocation(session.identity, colleague.identity,
                                     int(time.time() * 1000))
            store.keep_notice(session.conn, notice.notice_id, notice.kind, notice.subject,
                              notice.signer, notice.at_ms,
                              encode(notice.to_message()).decode("utf-8"), None)
        append_event(session.conn, "colleague revoke", "colleague", colleague_id)
    return store.get_colleague(session.conn, colleague_id)


def set_colleague_kind(session: Session, colleague_id: str, kind: str) -> Colleague:
    """Make a colleague a programme office or a partner organisation. What was already sent
    stays as it was sent; what leaves from now on follows the new kind (sharing_rule.py)."""
    with transaction(session.conn):
        if store.set_kind(session.conn, colleague_id, kind):
            peers.settle(session.conn, colleague_id)  # never resent under the new kind
            append_event(session.conn, "colleague kind", "colleague", colleague_id,
                         {"kind": kind})
    return store.get_colleague(session.conn, colleague_id)


@dataclass(frozen=True)
class Standing:
    """What this vault was told about a colleague, beside its own trust flags."""

    suspect: str | None  # why its versions are suspect (two versions with one counter), or None
    revoked_by: tuple[tuple[str, int], ...]  # (who says so, when: ms) from signed notices


def standing(session: Session) -> dict[str, Standing]:
    """Colleague id -> what others told this vault about it, or what this vault noticed."""
    suspects = merge_store.suspect_origins(session.conn)
    told: dict[str, list[tuple[str, int]]] = {}
    for kind, subject, signer, made_at, _frm in store.received_notices(session.conn):
        if kind == REVOKED:
            who = store.find_by_vault_id(session.conn, signer)
            told.setdefault(subject, []).append((who.local_name if who else signer, made_at))
    standings = {}
    for c in store.list_colleagues(session.conn):  # what was said of any key it had
        ids = store.origins_of(session.conn, c.id)
        suspect = next((suspects[i] for i in sorted(ids) if i in suspects), None)
        standings[c.id] = Standing(suspect, tuple(n for i in sorted(ids) for n in told.get(i, ())))
    return standings
