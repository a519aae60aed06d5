"""A lowered consent travels: signed consent notices (history/notices.py) to the colleagues that
hold a defender, and what a receiving office does with one.

Once consent no longer lets a defender's records reach a colleague, nothing about them leaves for
it, not even the version that lowered the consent (services/outbound.py). The colleague would go
on re-sharing what it holds under the old consent. So this vault tells each colleague that holds
the defender (it was sent it, or sent it to us) in a consent notice: the defender's record id and
the level, nothing else. It is sent when the level refuses the colleague, and again with the new
level if consent is raised back, so the colleague can lift the limit. Only holders are told: a
colleague that never held the defender learns nothing.

A receiving office keeps a notice only from the colleague that signed and sent it (no relays), and
only about a defender in that colleague's scope here (shared with it or received from it). A kept
notice is a limit: the consent that applies when records leave from here is the most restrictive
of this vault's own and every colleague's limit (outbound.consent_of), so a notice can stop this
office from sharing the defender on, never let it share more. A colleague never changes consent
or scope here by notice: the record shows the consent as it was, beside the limit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..history.notices import ConsentNotice, make_consent_notice
from ..store import colleagues as colleague_store
from ..store import sharing as store
from ..store.colleagues import Colleague
from ..store.records import is_purged, record_kind
from . import colleagues
from .outbound import Outbound, recipient
from .session import Session
from .sharing_rule import NOT_RECORDED, consent_allows


@dataclass(frozen=True)
class ConsentLimit:
    """A colleague's consent notice kept here, as a caseworker reads it."""

    colleague_id: str
    colleague: str  # its local name
    level: str
    made_at_ms: int


def due_for(session: Session, colleague: Colleague, outbound: Outbound | None = None
            ) -> list[tuple[str, str]]:
    """(defender, level) of the consent notices this colleague should receive now
    (`outbound`: the caller's decisions for this colleague alone, when it has them)."""
    changed = store.consent_changed(session.conn)
    if not changed:
        return []
    outbound = outbound or Outbound(session.conn, session.vault_id, [colleague])
    held = outbound.held_by(colleague.id)
    profile = recipient(colleague).profile
    due = []
    for defender_id in changed:
        if defender_id not in held or is_purged(session.conn, defender_id):
            continue
        # as it stands here apart from the colleague's own limit: never its notice back to it
        level = outbound.consent_apart_from(defender_id, colleague.id) or NOT_RECORDED
        told = store.told_level(session.conn, colleague.id, defender_id)
        if told == (level, True):
            continue  # told, and the bundle that told it was acknowledged
        if not consent_allows(level, profile) or told is not None:
            due.append((defender_id, level))  # again in each bundle until one is acknowledged
    return due


def signed(session: Session, due: list[tuple[str, str]]) -> list[ConsentNotice]:
    """Signed as the bundle that carries them is (after an identity rotation, by the identity
    in its grace period: a colleague that has not read the successor card yet knows only it)."""
    now = int(time.time() * 1000)
    signer = colleagues.bundle_signer(session)
    return [make_consent_notice(signer, d, level, now) for d, level in due]


def told(session: Session, colleague_id: str, due: list[tuple[str, str]]) -> None:
    """Remember what the colleague was sent (in the transaction that notes the bundle sent);
    it counts as told once that bundle is acknowledged."""
    for defender_id, level in due:
        store.set_told(session.conn, colleague_id, defender_id, level)


def receive(session: Session, sender: Colleague, notice: ConsentNotice, message: str) -> bool:
    """Keep a colleague's consent notice as a limit; False when it is not kept (relayed, about a
    record outside the sender's scope here, or older than one already kept)."""
    conn = session.conn
    signer = colleague_store.find_by_key(conn, notice.signer_key)
    if signer is None or signer.id != sender.id:
        # only the office whose decision it is may tell it, never a relay (its current key, or
        # one it replaced in an identity rotation: a notice made during the grace period)
        return False
    defender_id = notice.subject
    if record_kind(conn, defender_id) != "defender" or is_purged(conn, defender_id):
        return False
    if defender_id not in Outbound(conn, session.vault_id, [sender]).held_by(sender.id):
        return False  # a colleague says nothing about a defender it was never given
    if not store.keep_consent_limit(conn, defender_id, sender.id, notice.level, notice.at_ms,
                                    message):
        return False
    store.note_consent_change(conn, defender_id)  # whoever holds it from here is told in turn
    return True


def limits_of(session: Session, defender_id: str) -> list[ConsentLimit]:
    names = {c.id: c.local_name for c in colleague_store.list_colleagues(session.conn)}
    return [ConsentLimit(colleague_id, names.get(colleague_id, colleague_id), level, made_at)
            for colleague_id, level, made_at in store.consent_limits(session.conn, defender_id)]
