"""Offices for exchange tests: N vaults (fast KDF from conftest), cards exchanged, colleagues
verified, a defender with its family, and proofs that a vault did not change.

`unchanged(office)` is the check every rejection must pass: the WAL folded into the database and
truncated (`PRAGMA wal_checkpoint(TRUNCATE)` on the office's own connection), every row of every
table dumped and sorted (tests/vault_support.table_dump), vault.db and keyslots hashed; then the
same after the attempt. `records_dump` is the canonical view two offices must agree on after an
exchange: every record's displayed value and its versions.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrd_desk.crypto.identity import Identity, PublicIdentity
from hrd_desk.errors import BundleRejected
from hrd_desk.history.versions import frontier
from hrd_desk.services import colleagues, exchange, scope, sync
from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session, create_vault, unlock_vault
from hrd_desk.store.dbapi import checkpoint, transaction
from hrd_desk.store.queries import get_record
from hrd_desk.store.records import load_versions
from vault_support import table_dump

PASSPHRASE = "correct horse battery staple"


@dataclass
class Office:
    """One vault, unlocked, with the colleague ids it gave the other offices."""

    name: str
    directory: Path
    session: Session
    card: Path
    colleague_ids: dict[str, str] = field(default_factory=dict)
    _public: PublicIdentity | None = field(default=None, repr=False)

    @property
    def work(self) -> Casework:
        return Casework(self.session)

    @property
    def identity(self) -> Identity:
        return self.session.identity

    @property
    def public(self) -> PublicIdentity:
        """The public half, also after close (a closed session drops the private keys)."""
        if self._public is None:
            self._public = self.session.identity.public
        return self._public

    @property
    def vault_id(self) -> str:
        return self.session.vault_id

    def id_of(self, other: Office) -> str:
        """This vault's colleague id for `other`."""
        return self.colleague_ids[other.name]

    def close(self) -> None:
        self.public  # noqa: B018 - kept: tests name a closed office by its fingerprint
        self.session.close()


def new_office(root: Path, name: str) -> Office:
    """A new vault named `name` (its card carries the name) with its card written beside it."""
    directory = root / name
    create_vault(directory, PASSPHRASE)
    session = Session(unlock_vault(directory, PASSPHRASE))
    colleagues.rename_identity(session, f"{name} office")
    card = root / f"{name}.card"
    colleagues.export_card(session, card)
    return Office(name, directory, session, card)


def introduce(office: Office, other: Office, *, verified: bool = True) -> str:
    """`office` adds `other`'s card (local name = other's name); returns the colleague id."""
    added = colleagues.add_colleague(office.session, other.card, other.name, verified=verified)
    office.colleague_ids[other.name] = added.id
    return added.id


@contextlib.contextmanager
def offices(root: Path, *names: str, verified: bool = True) -> Iterator[dict[str, Office]]:
    """Offices that all know (and, by default, have verified) one another."""
    made: dict[str, Office] = {}
    try:
        for name in names:
            made[name] = new_office(root, name)
        for office in made.values():
            for other in made.values():
                if other is not office:
                    introduce(office, other, verified=verified)
        yield made
    finally:
        for office in made.values():
            office.close()


@dataclass(frozen=True)
class Family:
    """A defender and what an export of it carries."""

    defender: str
    related: str
    case: str
    incident: str

    @property
    def ids(self) -> set[str]:
        return {self.defender, self.related, self.case, self.incident}


def add_family(office: Office, name: str = "Amina", *, consent: str = "colleagues") -> Family:
    work = office.work
    defender = work.add("defender", {"name": name, "country": "KE", "consent": consent,
                                     "consent_date": "2024-01-15", "consent_how": "written",
                                     "legal_name": f"{name} Legal"})
    related = work.add("related", {"defender": defender, "name": f"child of {name}",
                                   "relationship": "child"})
    case = work.add("case", {"defender": defender, "programme": "relocation"})
    incident = work.add("incident", {"defenders": [defender], "category": "digital",
                                     "occurred": "2024-03", "description": f"{name}: phishing",
                                     "case": case, "severity": 3})
    return Family(defender, related, case, incident)


def add_big_incidents(office: Office, family: Family, count: int) -> None:
    """`count` incidents whose description is one field just under its 1 MiB cap (one long
    token, so the full-text index costs little)."""
    text = os.urandom(512 * 1024).hex()[: 1024 * 1024 - 16]
    with transaction(office.session.conn):
        for i in range(count):
            office.work.add("incident", {"defenders": [family.defender], "category": "digital",
                                         "occurred": "2024", "description": f"{text}{i}"})


def export(
    office: Office, out: Path, to: Sequence[Office], **selection: Any
) -> exchange.ExportSummary:
    return exchange.export_bundle(
        office.session, out, to=[office.id_of(o) for o in to], **selection
    )


# -- what a vault holds -------------------------------------------------------------------------


def records_dump(session: Session) -> dict[str, Any]:
    """Every record's displayed value and versions (held, and which are the frontier): what two
    vaults holding the same versions must agree on. Local timestamps are left out."""
    dump: dict[str, Any] = {}
    rows = session.conn.execute("SELECT id, kind, purged FROM records ORDER BY id").fetchall()
    for record_id, kind, purged in rows:
        versions = load_versions(session.conn, record_id)
        tips = {v.version_id.hex() for v in frontier(versions)}
        entry: dict[str, Any] = {
            "kind": kind,
            "purged": bool(purged),
            "versions": sorted(v.version_id.hex() for v in versions),
            "frontier": sorted(tips),
        }
        if not purged:
            shown = get_record(session.conn, record_id, kind)
            entry.update(fields=shown.fields, deleted=shown.deleted, conflict=shown.conflict)
        dump[record_id] = entry
    return dump


@dataclass(frozen=True)
class Snapshot:
    tables: dict[str, list[str]]
    files: dict[str, str]


def snapshot(office: Office) -> Snapshot:
    """Checkpoint (WAL folded in and truncated), then every table's rows and the files' hashes."""
    checkpoint(office.session.conn)
    files = {
        name: hashlib.sha256((office.directory / name).read_bytes()).hexdigest()
        for name in ("vault.db", "keyslots")
    }
    wal = office.directory / "vault.db-wal"
    files["wal bytes"] = str(wal.stat().st_size if wal.exists() else 0)
    return Snapshot(table_dump(office.session.conn), files)


@contextlib.contextmanager
def unchanged(*watched: Office) -> Iterator[None]:
    """Whatever happens inside, these vaults end exactly as they began (rows and file bytes)."""
    before = [snapshot(o) for o in watched]
    yield
    for office, then in zip(watched, before, strict=True):
        now = snapshot(office)
        assert now.files == then.files, f"{office.name}: vault files changed"
        changed = sorted(t for t in then.tables.keys() | now.tables.keys()
                         if then.tables.get(t) != now.tables.get(t))
        assert not changed, f"{office.name}: tables changed: {changed}"


def refused(office: Office, bundle: Path, *categories: str) -> BundleRejected:
    """Import must fail with one of `categories` and leave the vault exactly as it was."""
    with unchanged(office):
        try:
            exchange.import_bundle(office.session, bundle)
        except BundleRejected as exc:
            rejection = exc
        else:
            raise AssertionError(f"{office.name} imported {bundle.name}")
    assert rejection.category in categories, rejection.message
    return rejection


class Mail:
    """Sync bundles carried between offices, numbered in the order they were made."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.n = 0

    def send(self, src: Office, dst: Office) -> exchange.ExportSummary | None:
        self.n += 1
        out = self.root / f"{self.n}-{src.name}-{dst.name}.hrdb"
        return sync.export_changes(src.session, src.id_of(dst), out)

    def deliver(self, src: Office, dst: Office) -> exchange.ImportSummary | None:
        sent = self.send(src, dst)
        return None if sent is None else exchange.import_bundle(dst.session, sent.path)

    def round(self, one: Office, other: Office) -> None:
        """Both ways, twice: each holds what the other sent and the marks advance."""
        for _ in range(2):
            self.deliver(one, other)
            self.deliver(other, one)


def amina_shared_bashir_not(a: Office, b: Office, mail: Mail) -> tuple[Family, Family]:
    """Two families at `a`, Amina's shared with `b` and held there (a round of syncs), Bashir's
    not: where a record moved between them leaves `b`'s scope or enters it."""
    amina, bashir = add_family(a), add_family(a, "Bashir")
    scope.share(a.session, amina.defender, a.id_of(b))
    mail.round(a, b)
    return amina, bashir
