"""Colleagues (vaults we exchange bundles with), imported bundles, and keys of version origins.

A colleague is added from a signed identity card; the local name is the user's choice and unique.
Revoking is permanent for that key: its bundles are refused and nothing more is exported to it.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..crypto.card import Card
from ..crypto.identity import PublicIdentity
from ..errors import NotFound, RejectedInput
from .dbapi import Connection
from .records import now_iso

_COLUMNS = (
    "id, vault_id, local_name, card_name, verify_key, box_key, verified, revoked, added_at, kind"
)
KINDS = ("office", "partner")


@dataclass(frozen=True)
class Colleague:
    id: str
    vault_id: str
    local_name: str
    card_name: str
    identity: PublicIdentity
    verified: bool
    revoked: bool
    added_at: str
    kind: str = "office"  # "office" (a programme office) or "partner" (a partner organisation)


def _from_row(row: Sequence[Any]) -> Colleague:
    cid, vault_id, local_name, card_name, verify_key, box_key, verified, revoked, added, kind = row
    return Colleague(
        id=str(cid),
        vault_id=str(vault_id),
        local_name=str(local_name),
        card_name=str(card_name),
        identity=PublicIdentity(bytes(verify_key), bytes(box_key)),
        verified=bool(verified),
        revoked=bool(revoked),
        added_at=str(added),
        kind=str(kind),
    )


def add_colleague(
    conn: Connection, card: Card, local_name: str, verified: bool, kind: str = "office"
) -> Colleague:
    existing = find_by_key(conn, card.identity.verify_key)
    if existing is not None:
        raise RejectedInput(f"this card is already colleague {existing.id} ({existing.local_name})",
                            code="card-known", values=(existing.local_name,))
    if conn.execute("SELECT 1 FROM colleagues WHERE local_name = ?", (local_name,)).fetchone():
        raise RejectedInput(f"the local name {local_name!r} is already taken: choose another",
                            code="colleague-name-taken", values=(local_name,))
    if kind not in KINDS:
        raise RejectedInput("a colleague is an office or a partner")
    colleague_id = secrets.token_hex(4)
    conn.execute(
        f"INSERT INTO colleagues({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
        (colleague_id, card.identity.vault_id(), local_name, card.name,
         card.identity.verify_key, card.identity.box_key, int(verified), now_iso(), kind),
    )
    remember_origin_key(conn, card.identity.vault_id(), card.identity.verify_key)
    return get_colleague(conn, colleague_id)


def get_colleague(conn: Connection, colleague_id: str) -> Colleague:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM colleagues WHERE id = ?", (colleague_id,)
    ).fetchone()
    if row is None:
        raise NotFound("colleague", colleague_id)
    return _from_row(row)


def list_colleagues(conn: Connection) -> list[Colleague]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM colleagues ORDER BY local_name")
    return [_from_row(r) for r in rows]


def find_by_key(conn: Connection, verify_key: bytes) -> Colleague | None:
    """The colleague holding this verify key now, or that held it before it rotated (bundles
    it signed before the rotation still name it)."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM colleagues WHERE verify_key = ?", (verify_key,)
    ).fetchone()
    if row is None:
        former = conn.execute("SELECT colleague_id FROM colleague_former_keys "
                              "WHERE verify_key = ?", (verify_key,)).fetchone()
        return None if former is None else get_colleague(conn, str(former[0]))
    return _from_row(row)


def find_by_vault_id(conn: Connection, vault_id: str) -> Colleague | None:
    """The colleague whose versions carry this origin, now or before it rotated."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM colleagues WHERE vault_id = ?", (vault_id,)
    ).fetchone()
    if row is None:
        former = conn.execute("SELECT colleague_id FROM colleague_former_keys "
                              "WHERE vault_id = ?", (vault_id,)).fetchone()
        if former is not None:
            return get_colleague(conn, str(former[0]))
        key = origin_key(conn, vault_id)  # an origin of a later epoch: the key names it
        return None if key is None else find_by_key(conn, key)
    return _from_row(row)


def former_key_signs_until(conn: Connection, verify_key: bytes) -> int | None:
    """Until when (ms) a colleague's replaced key may still sign its bundles; None for a key
    that is no colleague's former key."""
    row = conn.execute("SELECT signs_until FROM colleague_former_keys WHERE verify_key = ?",
                       (verify_key,)).fetchone()
    return None if row is None else int(row[0])


def replace_key(conn: Connection, colleague_id: str, new: PublicIdentity,
                signs_until: int) -> None:
    """A colleague rotated its identity: its row takes the new keys and vault id (name, trust,
    kind, scope stay: they hang on the colleague id); the old ones stay as former keys, so its
    old versions verify and bundles the old key signed until `signs_until` (ms, the grace its
    card named) still find it. What this vault imported
    from it is filed under the new key (acknowledgements follow the colleague)."""
    old = get_colleague(conn, colleague_id)
    conn.execute(
        "INSERT INTO colleague_former_keys(verify_key, vault_id, box_key, colleague_id, "
        "replaced_at, signs_until) VALUES (?, ?, ?, ?, ?, ?)",
        (old.identity.verify_key, old.vault_id, old.identity.box_key, colleague_id, now_iso(),
         signs_until))
    conn.execute("UPDATE colleagues SET vault_id = ?, verify_key = ?, box_key = ? WHERE id = ?",
                 (new.vault_id(), new.verify_key, new.box_key, colleague_id))
    conn.execute("UPDATE imported_bundles SET sender_key = ? WHERE sender_key = ?",
                 (new.verify_key, old.identity.verify_key))
    remember_origin_key(conn, old.vault_id, old.identity.verify_key)
    remember_origin_key(conn, new.vault_id(), new.verify_key)


def former_identities(conn: Connection, colleague_id: str) -> list[PublicIdentity]:
    """The public keys a colleague had before its rotations, oldest first."""
    return [PublicIdentity(bytes(r[0]), bytes(r[1])) for r in conn.execute(
        "SELECT verify_key, box_key FROM colleague_former_keys WHERE colleague_id = ? "
        "ORDER BY replaced_at", (colleague_id,))]


def current_key(conn: Connection, verify_key: bytes) -> bytes:
    """The key a colleague holds now, for a key it held then (itself when not a former key):
    what imported bundles are filed under."""
    colleague = find_by_key(conn, verify_key)
    return verify_key if colleague is None else colleague.identity.verify_key


def origins_of(conn: Connection, colleague_id: str) -> set[str]:
    """Every origin a colleague's versions carry: its vault ids now and before rotations, and
    the origins of later epochs of any of its keys."""
    ids = set(vault_ids_of(conn, colleague_id))
    keys = [get_colleague(conn, colleague_id).identity.verify_key, *(
        bytes(r[0]) for r in conn.execute(
            "SELECT verify_key FROM colleague_former_keys WHERE colleague_id = ?",
            (colleague_id,)))]
    for key in keys:
        ids.update(str(r[0]) for r in conn.execute(
            "SELECT vault_id FROM origin_keys WHERE verify_key = ?", (key,)))
    return ids


def vault_ids_of(conn: Connection, colleague_id: str) -> list[str]:
    """Every vault id a colleague's versions carried: its current one, then its former ones."""
    return [get_colleague(conn, colleague_id).vault_id, *(
        str(r[0]) for r in conn.execute(
            "SELECT vault_id FROM colleague_former_keys WHERE colleague_id = ? "
            "ORDER BY replaced_at", (colleague_id,)))]


def set_flag(conn: Connection, colleague_id: str, flag: str, value: bool) -> None:
    if flag not in ("verified", "revoked"):
        raise ValueError(flag)
    get_colleague(conn, colleague_id)
    conn.execute(f"UPDATE colleagues SET {flag} = ? WHERE id = ?", (int(value), colleague_id))


def set_kind(conn: Connection, colleague_id: str, kind: str) -> bool:
    """Make a colleague an office or a partner; False when it already was."""
    if kind not in KINDS:
        raise RejectedInput("a colleague is an office or a partner")
    if get_colleague(conn, colleague_id).kind == kind:
        return False
    conn.execute("UPDATE colleagues SET kind = ? WHERE id = ?", (kind, colleague_id))
    return True


def rename_colleague(conn: Connection, colleague_id: str, local_name: str) -> None:
    get_colleague(conn, colleague_id)
    taken = conn.execute(
        "SELECT id FROM colleagues WHERE local_name = ? AND id != ?", (local_name, colleague_id)
    ).fetchone()
    if taken:
        raise RejectedInput(f"the local name {local_name!r} is already taken: choose another",
                            code="colleague-name-taken", values=(local_name,))
    conn.execute("UPDATE colleagues SET local_name = ? WHERE id = ?", (local_name, colleague_id))


def remember_origin_key(conn: Connection, vault_id: str, verify_key: bytes,
                        epoch: bytes = b"") -> bool:
    """An origin's key (and epoch: origin = hash(key, epoch), checked by the caller); True when
    it was not known before."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO origin_keys(vault_id, verify_key, epoch) VALUES (?, ?, ?)",
        (vault_id, verify_key, epoch),
    )
    return int(cursor.rowcount) == 1


def origin_epochs(conn: Connection) -> dict[str, bytes]:
    """Origins met so far whose id includes an epoch (a vault restored from a copy)."""
    return {str(r[0]): bytes(r[1]) for r in conn.execute(
        "SELECT vault_id, epoch FROM origin_keys WHERE length(epoch) > 0")}


def origin_keys(conn: Connection) -> dict[str, bytes]:
    """Every version origin's verify key met so far."""
    return {str(r[0]): bytes(r[1])
            for r in conn.execute("SELECT vault_id, verify_key FROM origin_keys")}


def origin_key(conn: Connection, vault_id: str) -> bytes | None:
    row = conn.execute(
        "SELECT verify_key FROM origin_keys WHERE vault_id = ?", (vault_id,)
    ).fetchone()
    return None if row is None else bytes(row[0])


def bundle_imported(conn: Connection, sender_key: bytes, bundle_id: bytes) -> bool:
    return conn.execute(
        "SELECT 1 FROM imported_bundles WHERE sender_key = ? AND bundle_id = ?",
        (current_key(conn, sender_key), bundle_id),
    ).fetchone() is not None


def record_import(conn: Connection, sender_key: bytes, bundle_id: bytes, records: int) -> None:
    conn.execute(
        "INSERT INTO imported_bundles(sender_key, bundle_id, imported_at, records) "
        "VALUES (?, ?, ?, ?)",
        (current_key(conn, sender_key), bundle_id, now_iso(), records),
    )


# -- signed notices (history/notices.py) ------------------------------------------------------


def keep_notice(conn: Connection, notice_id: bytes, kind: str, subject: str, signer: str,
                made_at: int, message: str, received_from: str | None) -> bool:
    """Keep a notice once (received_from None: this vault signed it); True if it was new."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO notices(notice_id, kind, subject, signer, made_at, message, "
        "received_from, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (notice_id, kind, subject, signer, made_at, message, received_from, now_iso()),
    )
    return int(cursor.rowcount) == 1


def own_notices(conn: Connection) -> list[str]:
    """Messages of the notices this vault signed, oldest first."""
    return [str(r[0]) for r in conn.execute(
        "SELECT message FROM notices WHERE received_from IS NULL ORDER BY received_at, notice_id")]


def received_notices(conn: Connection) -> list[tuple[str, str, str, int, str]]:
    """(kind, subject vault id, signer vault id, made at ms, received from) of notices that
    colleagues sent, oldest first."""
    return [(str(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4])) for r in conn.execute(
        "SELECT kind, subject, signer, made_at, received_from FROM notices "
        "WHERE received_from IS NOT NULL ORDER BY received_at, notice_id")]
