"""This vault's identity keys across a rotation: the current ones (in `meta`) and the former ones.

After `identity rotate` (services/colleagues.py) the vault signs and is addressed under new keys
and a new vault id (the origin of its new versions: the id is the hash of the signing key, so it
must change with it). A former identity is kept whole during its grace period, so bundles
colleagues addressed to it before they learned of the rotation still open; then its two secrets
are deleted (the database runs with `secure_delete`, so the freed cells are overwritten) and only
its public keys stay, so the versions it signed keep verifying here and travel on with their key.
"""

from __future__ import annotations

from ..crypto.identity import Identity, PublicIdentity
from .audit import append_event, pin_head_key
from .dbapi import Connection, checkpoint, transaction
from .meta import get_meta, set_meta

_COLUMNS = "vault_id, verify_key, box_key, signing_seed, box_secret, rotated_at, grace_until"


def replace_identity(conn: Connection, old: Identity, new: Identity, *, now_ms: int,
                     grace_until_ms: int) -> None:
    """Make `new` this vault's identity and keep `old` as a former one (inside the caller's
    transaction)."""
    pin_head_key(conn)
    signing, box = old.secret_bytes()
    conn.execute(
        f"INSERT INTO former_identities({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (str(get_meta(conn, "vault_id")), old.public.verify_key, old.public.box_key, signing,
         box, now_ms, grace_until_ms),
    )
    new_signing, new_box = new.secret_bytes()
    set_meta(conn, "identity_signing", new_signing)
    set_meta(conn, "identity_box", new_box)
    set_meta(conn, "vault_id", new.public.vault_id())
    set_meta(conn, EPOCH_KEY, b"")  # new keys: no copy of the vault holds them


def in_grace(conn: Connection, now_ms: int) -> list[Identity]:
    """Former identities whose grace period runs at `now_ms` (their secrets kept), oldest
    first."""
    rows = conn.execute(
        "SELECT signing_seed, box_secret FROM former_identities "
        "WHERE signing_seed IS NOT NULL AND grace_until > ? ORDER BY rotated_at",
        (now_ms,)).fetchall()
    return [Identity(bytes(r[0]), bytes(r[1])) for r in rows]


def secrets_due(conn: Connection, now_ms: int) -> bool:
    """Whether a former identity's grace ended with its secrets still kept."""
    return conn.execute("SELECT 1 FROM former_identities WHERE signing_seed IS NOT NULL AND "
                        "grace_until <= ?", (now_ms,)).fetchone() is not None


def former_publics(conn: Connection) -> list[tuple[PublicIdentity, int, int, bool]]:
    """(public keys, rotated at ms, grace until ms, secrets still kept) of every former
    identity, oldest first."""
    return [(PublicIdentity(bytes(r[0]), bytes(r[1])), int(r[2]), int(r[3]), r[4] is not None)
            for r in conn.execute(
                "SELECT verify_key, box_key, rotated_at, grace_until, signing_seed "
                "FROM former_identities ORDER BY rotated_at")]


def former_origins(conn: Connection) -> frozenset[str]:
    """The vault ids this vault wrote under before its rotations and its epochs."""
    return frozenset(str(r[0]) for r in conn.execute(
        "SELECT vault_id FROM former_identities UNION SELECT vault_id FROM own_epochs"))


EPOCH_KEY = "epoch"


def current_epoch(conn: Connection) -> bytes:
    """This vault's epoch (empty until it was first said to be restored from a copy)."""
    epoch = get_meta(conn, EPOCH_KEY, b"")
    return epoch if isinstance(epoch, bytes) else b""


def begin_epoch(conn: Connection, public: PublicIdentity, epoch: bytes, *, now_ms: int) -> str:
    """Write under a new origin from now on (inside the caller's transaction): the hash of the
    same key and a new random epoch; the origin before is kept as this vault's own. Returns the
    new vault id."""
    before = str(get_meta(conn, "vault_id"))
    conn.execute("INSERT INTO own_epochs(vault_id, epoch, ended_at) VALUES (?, ?, ?)",
                 (before, current_epoch(conn), now_ms))
    new_id = public.vault_id(epoch)
    set_meta(conn, EPOCH_KEY, epoch)
    set_meta(conn, "vault_id", new_id)
    return new_id


def forget_secrets(conn: Connection, *, now_ms: int) -> int:
    """Delete the secrets of former identities whose grace ended; how many were deleted.
    Overwritten in place: the connection runs with secure_delete."""
    cursor = conn.execute(
        "UPDATE former_identities SET signing_seed = NULL, box_secret = NULL "
        "WHERE signing_seed IS NOT NULL AND grace_until <= ?", (now_ms,))
    return int(cursor.rowcount)


def forget_expired(conn: Connection, now_ms: int) -> int:
    """Delete the secrets of former identities whose grace ended (each new writable connection
    asks: services/session.py); how many. Read first, so a vault with nothing due is not
    written; the WAL is folded in after, so its pages that had them go too."""
    if not secrets_due(conn, now_ms):
        return 0
    with transaction(conn):
        forgotten = forget_secrets(conn, now_ms=now_ms)
        append_event(conn, "identity old keys deleted", detail={"identities": forgotten})
    checkpoint(conn)
    return forgotten
