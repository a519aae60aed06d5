"""Offices for sync tests: vaults that know each other as verified colleagues."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hrd_desk.services import colleagues
from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session, create_vault, unlock_vault

PASSPHRASE = "sync test passphrase"


@dataclass
class Office:
    name: str
    session: Session
    work: Casework
    colleague_ids: dict[str, str] = field(default_factory=dict)  # other office -> colleague id

    @property
    def conn(self):  # type: ignore[no-untyped-def]
        return self.session.conn


def make_offices(root: Path, names: list[str]) -> dict[str, Office]:
    offices: dict[str, Office] = {}
    for name in names:
        create_vault(root / name, PASSPHRASE)
        session = Session(unlock_vault(root / name, PASSPHRASE))
        offices[name] = Office(name, session, Casework(session))
        colleagues.rename_identity(session, f"Office {name}")
        colleagues.export_card(session, root / f"{name}.card")
    for office in offices.values():
        for other in names:
            if other != office.name:
                added = colleagues.add_colleague(
                    office.session, root / f"{other}.card", f"Office {other}", verified=True
                )
                office.colleague_ids[other] = added.id
    return offices


def close_all(offices: dict[str, Office]) -> None:
    for office in offices.values():
        office.session.close()
