"""The populated vault for bench/bench_vault.py, built once and cached under bench/out/.

Building 10,000 defenders and 100,000 incidents through the real write path takes minutes, so
the result is kept, keyed by populate.DATA_VERSION (bumped whenever populate() makes new data);
a vault cached by an older schema is migrated in place rather than rebuilt. Beside it,
`plain.db` holds the same schema and rows unencrypted (`sqlcipher_export` into a database
attached with KEY ''), the reference the benchmark compares with. bench/out/ is gitignored
and holds only invented data.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import populate as populate_module
from populate import BENCH_PASSPHRASE, populate

from hrd_desk.services.casework import Casework
from hrd_desk.services.session import create_vault, open_session
from hrd_desk.store.dbapi import Connection, checkpoint, transaction
from hrd_desk.store.migrations import LATEST, schema_version

OUT = Path(__file__).resolve().parent / "out"


def cache_dir(defenders: int, incidents: int) -> Path:
    return OUT / f"vault-v{populate_module.DATA_VERSION}-{defenders}x{incidents}"


def export_plain(conn: Connection, target: Path) -> None:
    """The vault's schema and rows, unencrypted (attached with an empty key)."""
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        conn.execute(f"PRAGMA plain.user_version = {schema_version(conn)}")
    finally:
        conn.execute("DETACH DATABASE plain")


def build(cached: Path, defenders: int, incidents: int, profile: bool) -> None:
    """Create the vault with the real calibrated KDF, populate it (optionally under cProfile),
    export the plaintext copy; built in a side directory and renamed when complete."""
    building = cached.with_name(cached.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    print(f"building {defenders} defenders and {incidents} incidents in {building} ...")
    started = time.perf_counter()
    create_vault(building / "vault", BENCH_PASSPHRASE)  # calibrated: the real KDF
    created = time.perf_counter() - started
    profiler = cProfile.Profile() if profile else None

    def progress(label: str, done: int, total: int) -> None:
        print(f"  {label}: {done}/{total}  {time.perf_counter() - started:.0f} s", flush=True)

    with open_session(building / "vault", BENCH_PASSPHRASE) as session:
        if profiler:
            profiler.enable()
        made = populate(session, defenders, incidents, progress=progress)
        if profiler:
            profiler.disable()
        checkpoint(session.conn)
        export_plain(session.conn, building / "plain.db")
    records = len(made.defenders) + len(made.related) + len(made.cases) + len(made.incidents)
    info: dict[str, Any] = {"create_s": created, "populate_s": made.seconds, "records": records,
                            "profiled": profile, "schema": LATEST}
    if profiler:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(25)
        info["profile"] = text.getvalue()
    (building / "built.json").write_text(json.dumps(info, indent=1))
    shutil.rmtree(cached, ignore_errors=True)
    building.rename(cached)


def upgrade(cached: Path, built: dict[str, Any]) -> None:
    """Bring a cached vault built by an older schema up to date (opening migrates it) and make
    its plaintext copy again, instead of populating from scratch."""
    print(f"migrating the cached vault from schema v{built.get('schema', '?')} to v{LATEST} ...")
    with open_session(cached / "vault", BENCH_PASSPHRASE) as session:
        checkpoint(session.conn)
        (cached / "plain.db").unlink(missing_ok=True)
        export_plain(session.conn, cached / "plain.db")
    built["schema"] = LATEST
    (cached / "built.json").write_text(json.dumps(built, indent=1))


def upgrade_consent(source: Path, target: Path) -> None:
    """A populate v2 vault made v3 without populating again (over half an hour at 100k): a copy
    of it where every defender whose consent lacks its date or how gets them recorded (the
    values populate v3 writes) through the service write path, one edit per defender, in one
    batch. v2 defenders already have consent 'colleagues', so the sharing rule then lets them
    leave, as v3's do."""
    building = target.with_name(target.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    shutil.copytree(source / "vault", building / "vault")
    built: dict[str, Any] = json.loads((source / "built.json").read_text())
    started = time.perf_counter()
    with open_session(building / "vault", BENCH_PASSPHRASE) as session:
        migrated = time.perf_counter() - started
        work = Casework(session)
        ids = [r[0] for r in session.conn.execute(
            "SELECT id FROM defenders WHERE consent_date IS NULL OR consent_how IS NULL "
            "ORDER BY id")]
        print(f"schema migrated in {migrated:.0f} s; recording consent facts for {len(ids)} "
              "defenders ...", flush=True)
        with transaction(session.conn), session.store.batch():
            for defender in ids:
                work.edit("defender", defender, {"consent_date": "2024-01-15",
                                                 "consent_how": "written"})
        checkpoint(session.conn)
        export_plain(session.conn, building / "plain.db")
    built.update(schema=LATEST, upgraded_from=source.name, consent_recorded=len(ids),
                 upgrade_s=time.perf_counter() - started)
    (building / "built.json").write_text(json.dumps(built, indent=1))
    shutil.rmtree(target, ignore_errors=True)
    building.rename(target)


def ensure_cached(
    defenders: int, incidents: int, *, rebuild: bool = False, profile: bool = False
) -> tuple[Path, dict[str, Any]]:
    """The cache directory (vault/, plain.db, built.json) and what built.json says."""
    cached = cache_dir(defenders, incidents)
    older = cached.with_name(cached.name.replace(f"-v{populate_module.DATA_VERSION}-", "-v2-"))
    if (not rebuild and not (cached / "built.json").exists() and populate_module.DATA_VERSION
            == 3 and (older / "built.json").exists()):
        upgrade_consent(older, cached)
    if rebuild or not (cached / "built.json").exists():
        build(cached, defenders, incidents, profile)
    built: dict[str, Any] = json.loads((cached / "built.json").read_text())
    if built.get("schema") != LATEST:
        upgrade(cached, built)
    return cached, built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build or check the cached benchmark vault.")
    parser.add_argument("defenders", type=int)
    parser.add_argument("incidents", type=int)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    ensure_cached(args.defenders, args.incidents, rebuild=args.rebuild, profile=args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
