"""Writes at field size: a batch of new records through the whole write path, in the 100k vault.

    .venv/bin/python bench/bench_writes.py [--records 10000] [--runs 2]

On a copy of the cached bench vault (bench/vault_cache.py: 10,000 defenders, 100,000
incidents), writes `--records` new incidents in ONE batch (RecordStore.batch: one transaction,
the link summaries brought up to date at its end) through RecordStore.create
(signed version, display row, links, search index, audit: what a spreadsheet import will do),
then edits as many in another (RecordStore.update: history load, frontier, a new version).
Beside each, in the same run, the reference: the same records' versions signed and encoded
with no database at all (history.versions.make_version + canonical JSON), which is the part
of a write no store can avoid.

Targets (issue 13; a benchmark, it prints pass/miss and never asserts): a batch of 10,000
new records in under 10 s, well under 1 ms per record.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from populate import BENCH_PASSPHRASE, COUNTRIES, _description, _occurred
from statement_timer import where_time_goes
from vault_cache import ensure_cached

from hrd_desk.crypto.canonical import encode
from hrd_desk.history.versions import make_version
from hrd_desk.model.vocab import INCIDENT_STATUSES, THREAT_CATEGORIES
from hrd_desk.services.session import Session, open_session
from hrd_desk.store.dbapi import transaction

BATCH_TARGET_S, PER_RECORD_TARGET_MS = 10.0, 1.0


def incident_values(rng: random.Random, defenders: list[str], count: int) -> list[dict[str, Any]]:
    today = date.today()
    categories = THREAT_CATEGORIES.slugs()
    rows = []
    for _ in range(count):
        category = rng.choice(categories)
        country = rng.choice(COUNTRIES)
        rows.append({
            "defenders": [rng.choice(defenders)],
            "category": category,
            "occurred": _occurred(rng, today),
            "description": _description(rng, category, country),
            "status": rng.choice(INCIDENT_STATUSES.slugs()),
            "severity": rng.randint(1, 5),
            "country": country,
        })
    return rows


def _batch(session: Session) -> contextlib.AbstractContextManager[object]:
    """The store's batch; a plain transaction for code older than RecordStore.batch (the
    "before" figures run these scripts against an export of an older tree)."""
    batch = getattr(session.store, "batch", None)
    return batch() if batch is not None else transaction(session.conn)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=2, help="fresh vault copies (best of)")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile and a per-statement timer around the creates and edits")
    parser.add_argument("--defenders", type=int, default=10_000)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, help="a cache directory holding vault/ to copy "
                        "(an older populate's, say) instead of building the one for this size")
    args = parser.parse_args(argv)
    cached = args.cache or ensure_cached(args.defenders, args.incidents)[0]
    rng = random.Random(13)
    results: list[tuple[float, float, float, float, float]] = []
    for _run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="hrd-bench-writes-") as tmp:
            vault = Path(tmp) / "vault"
            shutil.copytree(cached / "vault", vault)
            with open_session(vault, BENCH_PASSPHRASE) as session:
                store = session.store
                defenders = [r[0] for r in session.conn.execute("SELECT id FROM defenders")]
                values = incident_values(rng, defenders, args.records)

                started = time.perf_counter()  # the reference: sign + encode, no database
                for i, fields in enumerate(values):
                    version = make_version(
                        session.identity, record_id=f"ref-{i}", kind="incident",
                        origin=session.vault_id, counter=1, vector={session.vault_id: 1},
                        hlc=(1, i), deleted=False, fields=fields)
                    encode({"values": dict(version.fields), "salts": dict(version.salts)})
                reference = time.perf_counter() - started

                profiled = (where_time_goes(session.conn, "create", per=args.records)
                            if args.profile else contextlib.nullcontext())
                started, cpu = time.perf_counter(), time.process_time()
                with profiled, _batch(session):
                    made = [store.create("incident", fields) for fields in values]
                created = time.perf_counter() - started
                created_cpu = time.process_time() - cpu

                profiled = (where_time_goes(session.conn, "edit", per=args.records)
                            if args.profile else contextlib.nullcontext())
                started, cpu = time.perf_counter(), time.process_time()
                with profiled, _batch(session):
                    for record_id in made:
                        store.update("incident", record_id, {"actions": f"call {rng.random()}"})
                edited = time.perf_counter() - started
                edited_cpu = time.process_time() - cpu
        results.append((created, edited, reference, created_cpu, edited_cpu))
    best = min(results)
    created, edited, reference, created_cpu, edited_cpu = best
    n = args.records
    print(f"vault: {args.defenders:,} defenders, {args.incidents:,} incidents; {n:,} records "
          "per batch, "
          f"best of {args.runs}")
    print(f"{'operation':34} {'total':>8} {'per record':>11} {'cpu/record':>11} "
          f"{'reference':>10} {'ratio':>6}  result")
    for label, seconds, cpu_s, targets in (
        (f"create {n:,} in one transaction", created, created_cpu, True),
        (f"edit the same {n:,}", edited, edited_cpu, False),
    ):
        per = seconds / n * 1000
        ref = reference / n * 1000
        verdict = ""
        if targets:
            misses = []
            if n >= 10_000 and seconds >= BATCH_TARGET_S:
                misses.append(f"> {BATCH_TARGET_S:g} s")
            if per >= PER_RECORD_TARGET_MS:
                misses.append(f"> {PER_RECORD_TARGET_MS:g} ms")
            verdict = "MISS " + ", ".join(misses) if misses else "pass"
        print(f"{label:34} {seconds:7.2f}s {per:9.3f}ms {cpu_s / n * 1000:9.3f}ms "
              f"{ref:8.3f}ms {per / ref:5.1f}x  {verdict}")
    print("reference: the same versions signed and encoded, no database (the part no store "
          "avoids). cpu: this\nprocess's CPU time (what the code costs; the wall time adds "
          "waiting for a busy machine).\ntargets: a 10,000-record batch < 10 s, < 1 ms per record "
          "(creates, wall time).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
