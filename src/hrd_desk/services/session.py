"""An unlocked vault with one connection, its identity and its RecordStore.

What the services work on, below the door: the faces never see it, they hold a `desk.Desk`
(which keeps one of these privately, one per thread that uses the vault).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

from ..crypto.identity import Identity
from ..crypto.keyslot import KdfParams
from ..errors import DamagedVault
from ..store import identity_keys
from ..store.dbapi import (
    Connection,
    DatabaseError,
    as_damage,
    finish_pending_wipe,
    refuse_writes,
)
from ..store.records import RecordStore
from ..store.vault import Vault, load_identity
from .passphrase_policy import check_new_passphrase


class Session:
    """Owns one connection (sqlite connections belong to the thread that made them)."""

    def __init__(
        self,
        vault: Vault,
        *,
        conn: Connection | None = None,
        read_only: bool = False,
        now: Callable[[], float] = time.time,
    ) -> None:
        """`conn`: a connection to `vault` already opened on this thread (by Vault.open), else a
        new one; `read_only` makes it refuse every write (`PRAGMA query_only`)."""
        self.vault = vault
        self.conn: Connection = conn if conn is not None else vault.connect()
        try:
            if read_only:
                refuse_writes(self.conn)
            else:  # a rotation's grace ended: the old identity's secrets go now
                identity_keys.forget_expired(self.conn, int(now() * 1000))
            self.identity: Identity = load_identity(self.conn)
        except DatabaseError as exc:
            self.conn.close()
            raise as_damage(exc) from None
        except BaseException:
            self.conn.close()
            raise
        self.store = RecordStore(  # the vault id read at each use: a new epoch moves it
            self.conn, vault_id=lambda: self.vault.vault_id, identity=self.identity, now=now
        )

    @property
    def vault_id(self) -> str:
        return self.vault.vault_id

    def own_keys(self) -> frozenset[bytes]:
        """The verify keys this vault signs or signed with (before rotations too)."""
        return frozenset({self.identity.public.verify_key, *(
            old.verify_key for old, *_ in identity_keys.former_publics(self.conn))})

    def own_origins(self) -> frozenset[str]:
        """The origins of this vault's versions: its vault id, and those it had before each
        identity rotation and each new epoch (store/identity_keys.py)."""
        return identity_keys.former_origins(self.conn) | {self.vault_id}

    def close(self) -> None:
        """Close the connection and drop the identity's private keys (and the record store that
        signs with them): a closed session holds no key material. A purge's WAL truncation
        that this connection's reading blocked is finished first (store/dbapi.py)."""
        with contextlib.suppress(DatabaseError):
            finish_pending_wipe(self.conn)
        with contextlib.suppress(DatabaseError):
            self.conn.close()
        self.__dict__.pop("identity", None)
        self.__dict__.pop("store", None)

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_vault(directory: Path, passphrase: str, params: KdfParams | None = None) -> Vault:
    """A new vault, only under a passphrase the policy accepts (nothing is created otherwise)."""
    check_new_passphrase(passphrase)
    return Vault.create(directory, passphrase, params)


def unlock_vault(directory: Path, passphrase: str) -> Vault:
    return Vault.unlock(directory, passphrase)


def open_session(directory: Path, passphrase: str) -> Session:
    """Unlock and keep the connection that checked the database (one connection, not two)."""
    vault, conn = Vault.open(directory, passphrase)
    try:
        return Session(vault, conn=conn)
    except DatabaseError as exc:
        raise as_damage(exc) from None


__all__ = ["DamagedVault", "Session", "create_vault", "open_session", "unlock_vault"]
