"""A hostile colleague for tests: validly signed versions, sealed with the project's own bundle
writer, built the way a colleague that knows record ids (and, at worst, this vault's vectors)
could build them.

`Attacker` holds a colleague's identity and its per-record counters; `forge` makes a version of
any record that dominates the victim's frontier (the strongest position: as if it had seen every
edit); `send` seals versions into a bundle addressed to the victim and imports it there.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exchange_support import Office
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.crypto.canonical import encode
from hrd_desk.history.versions import Version, frontier, make_version, merge_vectors
from hrd_desk.history.wire import to_message
from hrd_desk.services import exchange, sync
from hrd_desk.store.migrations import LATEST
from hrd_desk.store.records import load_versions


@dataclass
class Attacker:
    office: Office  # the colleague's own vault (its identity signs)
    counters: dict[str, int] = field(default_factory=dict)
    sent: int = 0

    def forge(self, victim: Office, record_id: str, kind: str, fields: dict[str, Any], *,
              deleted: bool = False, counter: int | None = None, wall: int | None = None
              ) -> Version:
        """A version of `record_id` from this colleague, dominating what `victim` holds."""
        me = self.office.vault_id
        held = load_versions(victim.session.conn, record_id)
        vector = merge_vectors(v.vector for v in frontier(held))
        if counter is None:
            counter = max(self.counters.get(record_id, 0), vector.get(me, 0)) + 1
        self.counters[record_id] = max(self.counters.get(record_id, 0), counter)
        vector[me] = counter
        return make_version(
            self.office.identity, record_id=record_id, kind=kind, origin=me, counter=counter,
            vector=vector, hlc=(wall if wall is not None else int(time.time() * 1000), 0),
            deleted=deleted, fields=fields)

    def seal(self, out: Path, to: Office, versions: Sequence[Version],
             *, schema_version: int = LATEST, created_at: int | None = None,
             declared: int | None = None) -> Path:
        """`declared`: the version count the signed manifest states (else the true one)."""
        public = self.office.public
        with open(out, "wb") as handle:
            writer = BundleWriter(handle, self.office.identity, [to.public],
                                  schema_version=schema_version,
                                  counts={"versions": len(versions) if declared is None
                                          else declared}, created_at=created_at)
            writer.add(encode({"t": "origin", "vault_id": public.vault_id(),
                               "verify_key": public.verify_key.hex()}))
            for version in versions:
                writer.add(encode(to_message(version)))
            writer.finish()
        return out

    def send(self, root: Path, to: Office, versions: Sequence[Version]
             ) -> exchange.ImportSummary:
        self.sent += 1
        path = self.seal(root / f"hostile-{self.office.name}-{self.sent}.hrdb", to, versions)
        return exchange.import_bundle(to.session, path)


def relay(sender: Office, to: Office, root: Path, tag: str) -> exchange.ImportSummary | None:
    """`sender`'s incremental bundle for `to`, through the public sync path, imported there."""
    out = root / f"relay-{sender.name}-{to.name}-{tag}.hrdb"
    written = sync.export_changes(sender.session, sender.id_of(to), out)
    if written is None:
        return None
    return exchange.import_bundle(to.session, out)


def held_ids(office: Office) -> set[str]:
    return {str(r[0]) for r in office.session.conn.execute("SELECT id FROM records")}


def every_text(office: Office) -> str:
    """Every value of every table, as one string: to look for markers."""
    from vault_support import table_dump

    return "\n".join(row for rows in table_dump(office.session.conn).values() for row in rows)
