"""A batch of writes (RecordStore.batch, store/upkeep.py) leaves the link summaries the Defenders
list and a defender's timeline read (incident_links, defender_activity) exactly as the schema's
triggers leave them when the same writes are made one by one.

The same operations (creates, edits of dates with and without a time of day, status, severity
and linked defenders, deletes, restores, purges; incidents linking defenders created later or
never) go into two vaults: one write at a time in one, in batches in the other. Every row of
both summaries must be equal.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hrd_desk.crypto.identity import Identity
from hrd_desk.store.dbapi import Connection, connect, transaction
from hrd_desk.store.meta import set_meta
from hrd_desk.store.migrations import migrate
from hrd_desk.store.records import RecordStore

Op = tuple[Any, ...]
DEFENDERS = [f"defender-{n}" for n in range(6)]  # the last two are created late or never
DATES = ("2024", "2024-03", "2024-03-31", "2024-03-31T09:30", "2024-03-31T18:05", "2023-06-01",
         "2023-06-01..2023-09-30", "2025-01-02")


def _incident(rng: random.Random) -> dict[str, Any]:
    return {
        "defenders": sorted(rng.sample(DEFENDERS, rng.randint(1, 3))),
        "category": rng.choice(("physical", "digital", "legal")),
        "occurred": rng.choice(DATES),
        "status": rng.choice(("open", "monitoring", "closed")),
        "severity": rng.randint(1, 5),
        "description": "x",
    }


def operations(seed: int, count: int = 160) -> list[Op]:
    """A valid sequence of writes: each delete, restore and purge meets a record able to take
    it."""
    rng = random.Random(seed)
    live: dict[str, tuple[str, bool]] = {}  # record id -> (kind, deleted)
    ops: list[Op] = []
    for defender in DEFENDERS[:4]:
        ops.append(("create", "defender", defender, {"name": defender}))
        live[defender] = ("defender", False)
    for n in range(count):
        if n == count // 2:  # a defender some incidents already link to
            ops.append(("create", "defender", DEFENDERS[4], {"name": "late"}))
            live[DEFENDERS[4]] = ("defender", False)
        incidents = [r for r, (k, _d) in live.items() if k == "incident"]
        choice = rng.random()
        if choice < 0.35 or not incidents:
            record_id = f"incident-{n}"
            ops.append(("create", "incident", record_id, _incident(rng)))
            live[record_id] = ("incident", False)
            continue
        record_id = rng.choice([r for r in live if live[r][0] == "incident" or rng.random() < .2])
        kind, deleted = live[record_id]
        if deleted:
            if rng.random() < 0.5:
                ops.append(("purge", kind, record_id))
                del live[record_id]
            else:
                ops.append(("restore", kind, record_id))
                live[record_id] = (kind, False)
        elif choice < 0.8 and kind == "incident":
            changes = {k: v for k, v in _incident(rng).items() if rng.random() < 0.5}
            ops.append(("update", kind, record_id, changes or {"occurred": rng.choice(DATES)}))
        else:
            ops.append(("delete", kind, record_id))
            live[record_id] = (kind, True)
    return ops


def apply(store: RecordStore, op: Op) -> None:
    action, kind, record_id, *rest = op
    if action == "create":
        store.create(kind, rest[0], record_id=record_id)
    elif action == "update":
        store.update(kind, record_id, rest[0])
    elif action == "delete":
        store.delete(kind, record_id)
    elif action == "restore":
        store.restore(kind, record_id)
    else:
        store.purge(record_id)


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[RecordStore, RecordStore]]:
    made = []
    for name in ("one-by-one", "batched"):
        conn = connect(tmp_path / f"{name}.db", secrets.token_bytes(32), create=True)
        migrate(conn)
        identity = Identity.generate()
        with transaction(conn):
            set_meta(conn, "vault_id", identity.public.vault_id())
        made.append(RecordStore(conn, vault_id=identity.public.vault_id(), identity=identity))
    yield made[0], made[1]
    for store in made:
        store.conn.close()


def summaries(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {
        "incident_links": conn.execute(
            "SELECT defender, incident, deleted, occurred, occurred_first, occurred_last, "
            "occurred_order, severity, status FROM incident_links ORDER BY defender, incident"
        ).fetchall(),
        "defender_activity": conn.execute(
            "SELECT defender, deleted, last_incident, open_incidents FROM defender_activity "
            "ORDER BY defender").fetchall(),
    }


@pytest.mark.parametrize(("seed", "batch_size"), [(1, 1000), (2, 1000), (3, 7), (4, 25)])
def test_a_batch_leaves_the_summaries_the_triggers_leave(
    stores: tuple[RecordStore, RecordStore], seed: int, batch_size: int
) -> None:
    one_by_one, batched = stores
    ops = operations(seed)
    assert {op[0] for op in ops} == {"create", "update", "delete", "restore", "purge"}
    for op in ops:
        apply(one_by_one, op)
    for start in range(0, len(ops), batch_size):
        with batched.batch():
            for op in ops[start:start + batch_size]:
                apply(batched, op)
    expected = summaries(one_by_one.conn)
    assert expected["incident_links"] and expected["defender_activity"]
    assert summaries(batched.conn) == expected
    for store in stores:  # the batch left nothing behind that would keep the triggers aside
        assert store.conn.execute("SELECT count(*) FROM upkeep_deferred").fetchone()[0] == 0
    # and the triggers keep both up to date again afterwards
    for store in stores:
        store.create("defender", {"name": "after"}, record_id="defender-after")
        store.create("incident", {"defenders": ["defender-after"], "category": "legal",
                                  "occurred": "2026-02-03T10:00", "status": "open"},
                     record_id="incident-after")
    assert summaries(batched.conn) == summaries(one_by_one.conn)
    assert ("defender-after", 0, "2026-02-03 99999T10:00", 1) in summaries(
        batched.conn)["defender_activity"]


def test_a_batch_that_fails_changes_nothing(stores: tuple[RecordStore, RecordStore]) -> None:
    store, _other = stores
    for op in operations(5, 40):
        apply(store, op)
    store.create("defender", {"name": "kept"}, record_id="defender-kept")
    before = summaries(store.conn)
    with pytest.raises(RuntimeError), store.batch():
        store.create("incident", {"defenders": ["defender-kept"], "category": "legal",
                                  "occurred": "2027-01", "status": "open"})
        raise RuntimeError("stopped part-way")
    assert summaries(store.conn) == before
    assert store.conn.execute("SELECT count(*) FROM upkeep_deferred").fetchone()[0] == 0
    store.create("incident", {"defenders": ["defender-kept"], "category": "legal",
                              "occurred": "2027-01", "status": "open"}, record_id="later")
    assert store.conn.execute(
        "SELECT last_incident, open_incidents FROM defender_activity WHERE defender = ?",
        ("defender-kept",)).fetchone() == ("2027-01-01 99969", 1)
