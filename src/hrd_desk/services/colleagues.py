"""This vault's identity and its colleagues: cards, fingerprints, verify, revoke.

"Colleague" means a caseworker or office we exchange bundles with (network contacts such as
embassies are records, not colleagues).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from ..crypto.canonical import encode
from ..crypto.card import MAX_CARD_BYTES, Card, CardError, make_card, parse_card
from ..crypto.identity import PublicIdentity
from ..errors import RejectedInput
from ..fsutil import atomic_write
from ..history.notices import REVOKED, make_revocation
from ..store import colleagues as store
from ..store import merge as merge_store
from ..store import peers
from ..store.audit import append_event
from ..store.dbapi import transaction
from ..store.meta import get_meta, set_meta
from .bundle_files import check_output_path
from .session import Session

Colleague = store.Colleague
MAX_NAME = 100


@dataclass(frozen=True)
class IdentityInfo:
    name: str
    vault_id: str
    fingerprint: str
    public: PublicIdentity


# Control characters, and the bidirectional embeddings, overrides and isolates: a name holding a
# right-to-left override would reorder what a terminal or a list shows after it (a fingerprint).
_UNPRINTABLE = frozenset(
    [*map(chr, range(32)), *map(chr, range(0x7F, 0xA0)), *map(chr, range(0x202A, 0x202F)),
     *map(chr, range(0x2066, 0x206A))]
)


def _clean_name(name: str, what: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME or not _UNPRINTABLE.isdisjoint(name):
        raise RejectedInput(f"{what} must be 1-{MAX_NAME} printable characters")
    return name


def identity_info(session: Session) -> IdentityInfo:
    public = session.identity.public
    return IdentityInfo(
        name=str(get_meta(session.conn, "identity_name", "unnamed")),
        vault_id=session.vault_id,
        fingerprint=public.fingerprint_text(),
        public=public,
    )


def rename_identity(session: Session, name: str) -> None:
    clean = _clean_name(name, "the identity name")
    with transaction(session.conn):
        set_meta(session.conn, "identity_name", clean)
        append_event(session.conn, "identity rename")


def export_card(session: Session, out: Path) -> None:
    check_output_path(out, session.vault.directory)
    atomic_write(out, make_card(session.identity, identity_info(session).name))


def read_card_file(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise RejectedInput(f"{path} is not a file")
        if path.stat().st_size > MAX_CARD_BYTES:
            raise RejectedInput(f"{path} is too large to be an identity card")
        return path.read_bytes()
    except OSError as exc:
        raise RejectedInput(f"cannot read {path}: {exc.strerror}") from None


def read_card(card_path: Path) -> Card:
    """A card file, parsed and its signature checked (the GUI shows it before adding)."""
    try:
        return parse_card(read_card_file(card_path))
    except CardError as exc:
        raise RejectedInput(str(exc)) from None


def add_colleague(
    session: Session, card_path: Path, local_name: str | None = None, *, verified: bool = False,
    kind: str = "office",
) -> Colleague:
    card = read_card(card_path)
    if card.identity.verify_key == session.identity.public.verify_key:
        raise RejectedInput("this is this vault's own identity card")
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
            raise RejectedInput(f"colleague {colleague_id} is revoked")
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
    return {c.id: Standing(suspects.get(c.vault_id), tuple(told.get(c.vault_id, ())))
            for c in store.list_colleagues(session.conn)}
