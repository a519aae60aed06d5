"""Incremental sync at field size: 1,000 changed records in a vault of 100,000 incidents.

    .venv/bin/python bench/bench_sync.py [--changed 1000] [--runs 3] [--rebuild]

Office A holds the populated vault (bench/populate.py: 10,000 defenders, 100,000 incidents and
their related people and cases), every defender shared with office B. The first full exchange
(everything entering B's scope, sent whole) is made once and cached under bench/out/, and its
time is reported. Each run then edits `--changed` incidents on A and times the incremental
export for B (`services.sync.export_changes`) and B's import of it, beside a reference: the same
number of versions written raw, with no database (encode + a bundle writer to memory), so the
ratio says what the store costs on top of the format.

Target (a benchmark, not a test: it prints pass/miss and never asserts): < 1 s each.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from populate import BENCH_PASSPHRASE, DATA_VERSION, populated_vault

from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.crypto.canonical import encode
from hrd_desk.errors import ConsentRefused
from hrd_desk.history.wire import to_message
from hrd_desk.services import colleagues, exchange, scope, sync
from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session, create_vault, open_session
from hrd_desk.store.colleagues import get_colleague
from hrd_desk.store.dbapi import transaction
from hrd_desk.store.migrations import LATEST

OUT = Path(__file__).resolve().parent / "out"
TARGET_S = 1.0


def _pair(rebuild: bool) -> tuple[Path, Path, float | None]:
    cached = OUT / f"sync-pair-v{DATA_VERSION}"  # older schemas are migrated when opened
    first_sync: float | None = None
    if rebuild:
        shutil.rmtree(cached, ignore_errors=True)
    if not (cached / "B" / "keyslots").exists():
        shutil.rmtree(cached, ignore_errors=True)
        cached.mkdir(parents=True)
        print("building office A (cached after the first time)...", flush=True)
        populated_vault(cached / "A")
        create_vault(cached / "B", BENCH_PASSPHRASE)
        with open_session(cached / "A", BENCH_PASSPHRASE) as a, \
                open_session(cached / "B", BENCH_PASSPHRASE) as b:
            colleagues.export_card(a, cached / "a.card")
            colleagues.export_card(b, cached / "b.card")
            to_b = colleagues.add_colleague(a, cached / "b.card", "B", verified=True)
            colleagues.add_colleague(b, cached / "a.card", "A", verified=True)
            with transaction(a.conn):
                for (defender,) in a.conn.execute("SELECT id FROM defenders").fetchall():
                    with contextlib.suppress(ConsentRefused):  # consent none: stays home
                        scope.share(a, defender, to_b.id)
            print("first full exchange A -> B...", flush=True)
            started = time.perf_counter()
            sync.export_changes(a, to_b.id, cached / "first.bundle")
            exchange.import_bundle(b, cached / "first.bundle")
            to_a = next(c for c in colleagues.list_colleagues(b))
            sync.export_changes(b, to_a.id, cached / "ack.bundle")  # acknowledgements back
            exchange.import_bundle(a, cached / "ack.bundle")
            first_sync = time.perf_counter() - started
            for s in (a, b):
                s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    work = OUT / "sync-run"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(cached, work)
    return work / "A", work / "B", first_sync


def _edit(a: Session, count: int, rng: random.Random) -> None:
    ids = [r[0] for r in a.conn.execute("SELECT id FROM incidents WHERE deleted = 0")]
    work = Casework(a)
    with transaction(a.conn):
        for incident in rng.sample(ids, count):
            work.edit("incident", incident, {"actions": f"follow-up {rng.random():.6f}"})


def _raw_reference(a: Session, colleague_id: str) -> float:
    """The same versions through encode + the bundle writer into memory, no database work."""
    changes = sync.changes_for(a, colleague_id)
    recipient = get_colleague(a.conn, colleague_id)
    started = time.perf_counter()
    writer = BundleWriter(io.BytesIO(), a.identity, [recipient.identity], schema_version=LATEST,
                          counts={"versions": len(changes.versions)})
    for version in changes.versions:
        writer.add(encode(to_message(version)))
    writer.finish()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changed", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    path_a, path_b, first = _pair(args.rebuild)
    if first is not None:
        print(f"first full exchange (all records sent whole, imported): {first:.1f} s")
    rng = random.Random(7)
    rows = []
    with open_session(path_a, BENCH_PASSPHRASE) as a, open_session(path_b, BENCH_PASSPHRASE) as b:
        records = a.conn.execute("SELECT count(*) FROM records").fetchone()[0]
        to_b = next(c for c in colleagues.list_colleagues(a))
        to_a = next(c for c in colleagues.list_colleagues(b))
        for run in range(args.runs):
            _edit(a, args.changed, rng)
            raw = _raw_reference(a, to_b.id)
            out = path_a.parent / f"changes{run}.bundle"
            started = time.perf_counter()
            sent = sync.export_changes(a, to_b.id, out)
            export_s = time.perf_counter() - started
            started = time.perf_counter()
            got = exchange.import_bundle(b, out)
            import_s = time.perf_counter() - started
            assert sent is not None
            rows.append((export_s, import_s, raw, sent.versions, got.outcomes))
            ack = path_b.parent / f"ack{run}.bundle"
            if sync.export_changes(b, to_a.id, ack) is not None:
                exchange.import_bundle(a, ack)
    print(f"vault A: {records:,} records; {args.changed:,} incidents edited per run")
    print(f"{'run':>3}  {'export':>9}  {'import':>9}  {'raw format':>10}  versions  outcomes")
    for i, (e, im, raw, n, outcomes) in enumerate(rows):
        print(f"{i:>3}  {e * 1000:7.0f}ms  {im * 1000:7.0f}ms  {raw * 1000:8.0f}ms  {n:>8}  "
              f"{outcomes}")
    best_export = min(r[0] for r in rows)
    best_import = min(r[1] for r in rows)
    for label, value in (("incremental export", best_export), ("incremental import", best_import)):
        verdict = "pass" if value < TARGET_S else "MISS"
        print(f"{label:20} best {value * 1000:6.0f} ms   target < {TARGET_S * 1000:.0f} ms  "
              f"{verdict}   ({value / min(r[2] for r in rows):.1f}x the raw format)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
