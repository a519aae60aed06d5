"""The cost of closing the last connection with a WAL of a given size: wall and CPU time.

    .venv/bin/python bench/wal_close.py [--mib 4 64] [--runs 5] [--unfolded]

A fresh small vault in bench/out/wal-close/ each run; one transaction writes about `--mib` MiB
of new rows (the WAL's automatic checkpoint copies them into the database file at the commit,
as it would for any commit past WAL_FOLD_PAGES, unless `--unfolded`), then the connection is
closed and timed: SQLite's last close (checkpoint, delete the WAL) and, since session 12, the
scrub before it (store/dbapi.py `scrub_wal`: RESTART checkpoint, zeros over the WAL, two
fsyncs, the cut). Run the same command with another tree's code (`PYTHONPATH=<tree>/src`) for
a before/after pair.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import time
from pathlib import Path

from hrd_desk.crypto.keyslot import MIN_MEMLIMIT, MIN_OPSLIMIT, KdfParams
from hrd_desk.store.dbapi import transaction
from hrd_desk.store.vault import Vault

OUT = Path(__file__).resolve().parent / "out" / "wal-close"
PARAMS = KdfParams(MIN_OPSLIMIT, MIN_MEMLIMIT)  # the key's stretching is not what is measured


def one(mib: int, unfolded: bool) -> tuple[float, float, int]:
    """(wall s, CPU s, WAL bytes) of the close after one transaction of `mib` MiB."""
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    vault = Vault.create(OUT / "vault", "wal close bench passphrase x", PARAMS)
    db = vault.db_path
    conn = vault.connect()
    if unfolded:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
    with transaction(conn):
        conn.execute("CREATE TABLE scratch(body BLOB)")
        conn.executemany("INSERT INTO scratch VALUES (?)",
                         [(os.urandom(3000),) for _ in range(mib * 1024 * 1024 // 4096)])
    size = Path(f"{db}-wal").stat().st_size
    wall, cpu = time.perf_counter(), time.process_time()
    conn.close()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert not Path(f"{db}-wal").exists()
    vault.lock()
    return wall, cpu, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mib", type=int, nargs="+", default=[4, 64])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--unfolded", action="store_true")
    args = parser.parse_args()
    for mib in args.mib:
        runs = [one(mib, args.unfolded) for _ in range(args.runs)]
        walls = [w * 1000 for w, _, _ in runs]
        cpus = [c * 1000 for _, c, _ in runs]
        label = " unfolded" if args.unfolded else ""
        print(f"{mib:>3} MiB WAL ({runs[0][2] / 2**20:.1f} MiB file){label}: "
              f"close wall median {statistics.median(walls):.1f} ms "
              f"(min {min(walls):.1f}, max {max(walls):.1f}), "
              f"CPU median {statistics.median(cpus):.1f} ms", flush=True)
    shutil.rmtree(OUT, ignore_errors=True)


if __name__ == "__main__":
    main()
