"""One bundle imported into fresh copies of one vault: time, CPU and pages written, repeatably.

    .venv/bin/python bench/import_pages.py make [--changed 1000]
    .venv/bin/python bench/import_pages.py run [--bundle edits] [--runs 3] [--pages]

`make` copies bench_sync's cached pair (bench/out/sync-pair-v<N>: run bench_sync.py once first)
to bench/out/import-pages/, edits `--changed` incidents in A and writes their incremental bundle
for B (`edits.bundle`), and keeps B as it was (`B`); the pair's first full exchange bundle is
copied beside it (`first.bundle`, with the B it was made for, `B-fresh`). `run` imports a bundle
into a new copy of its B each time, so every run starts from the same vault, just opened (cold
page cache), and prints wall and CPU time. `--pages` turns off the WAL's automatic checkpoint for
the run and prints how many pages the import wrote to the WAL (its frames), without the
checkpoint's own time. The same bundle and vault can then be run with another tree's code
(`PYTHONPATH=<tree>/src`) for a before/after pair. `--vault` copies another vault instead of B:
B opened once by a tree whose schema is newer, so that no run's page cache is warmed by the
migration.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync import OUT, _edit
from populate import BENCH_PASSPHRASE, DATA_VERSION

from hrd_desk.services import colleagues, exchange, sync
from hrd_desk.services.session import open_session

HERE = OUT / "import-pages"
PAGE_FRAME = 4096 + 24  # a WAL frame: its header and one page


def make(changed: int) -> None:
    pair, fresh = OUT / f"sync-pair-v{DATA_VERSION}", OUT / f"sync-fresh-v{DATA_VERSION}"
    if not (pair / "B" / "keyslots").exists():
        raise SystemExit(f"{pair} is missing: run bench/bench_sync.py once first")
    shutil.rmtree(HERE, ignore_errors=True)
    HERE.mkdir(parents=True)
    shutil.copytree(pair / "B", HERE / "B")
    shutil.copytree(pair / "A", HERE / "A")
    with open_session(HERE / "A", BENCH_PASSPHRASE) as a:
        to_b = next(c for c in colleagues.list_colleagues(a))
        _edit(a, changed, random.Random(7))
        sync.export_changes(a, to_b.id, HERE / "edits.bundle")
    shutil.rmtree(HERE / "A")
    if (pair / "first.bundle").exists() and (fresh / "B" / "keyslots").exists():
        shutil.copy(pair / "first.bundle", HERE / "first.bundle")
        shutil.copytree(fresh / "B", HERE / "B-fresh")
    print(f"made {HERE}")


def run_once(bundle: str, pages: bool, vault: Path | None = None) -> str:
    base = vault or HERE / ("B-fresh" if bundle == "first" else "B")
    work = HERE / "work"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base, work)
    try:
        with open_session(work, BENCH_PASSPHRASE) as b:
            # a migration run by the open is not the import's: the WAL starts empty
            b.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            if pages:
                b.conn.execute("PRAGMA wal_autocheckpoint = 0")
            wall, cpu = time.perf_counter(), time.process_time()
            got = exchange.import_bundle(b, HERE / f"{bundle}.bundle")
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            line = f"{wall * 1000:8.0f} ms wall {cpu * 1000:8.0f} ms cpu  {got.outcomes}"
            if pages:
                frames = (work / "vault.db-wal").stat().st_size // PAGE_FRAME
                line += f"  {frames:,} pages to the WAL (no checkpoint)"
        return line
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("make", "run"))
    parser.add_argument("--changed", type=int, default=1000)
    parser.add_argument("--bundle", choices=("edits", "first"), default="edits")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", action="store_true")
    parser.add_argument("--vault", type=Path, help="the vault to copy instead of its B (one "
                        "already migrated by the tree run, so no run starts with a warm cache)")
    args = parser.parse_args(argv)
    if args.what == "make":
        make(args.changed)
        return 0
    for _ in range(args.runs):
        print(run_once(args.bundle, args.pages, args.vault), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
