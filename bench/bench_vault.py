"""Vault speed at field size: 10,000 defenders and 100,000 incidents, beside plain SQLite.

    .venv/bin/python bench/bench_vault.py [--defenders 10000] [--incidents 100000] [--runs 25]
                                          [--rebuild] [--profile] [--plans]

The first run builds the vault (several minutes: see "population" below); later runs reuse it
and take well under a minute. --rebuild populates again, --profile runs the population under
cProfile (summary saved in bench/out/.../built.json), --plans prints EXPLAIN QUERY PLAN.

What it does
- Builds the vault once through the real write path (bench/populate.py: Session + RecordStore
  in transaction() units: signed versions, display rows, links, search index, audit), with the
  real calibrated Argon2id, and caches it under bench/out/ (bench/vault_cache.py) keyed by a hash
  of populate.py, so reruns start in seconds. The population time is reported. A plaintext copy
  is made with `sqlcipher_export` into a database attached with KEY '': the same schema and the
  same rows, read by the standard library's sqlite3.
- Measures on copies of both, in one process, running the same code and SQL against each:
  open (with the KDF once, and after the KDF as a median), the first page of the incident list
  (`Casework.list('incident', limit=50)`: right after opening, page cache cold, and warm), a
  full-text search (median over realistic queries: `services.search.search` when it exists, and
  a bare FTS5 MATCH ordered by rank over every hit, for reference), a filtered list (category +
  country + date range, three of them), and memory (peak RSS growth per engine, the process's
  peak RSS, tracemalloc's Python-heap peak).
- Reference columns: plain SQLite (stdlib sqlite3) is the one the targets compare with; the
  same unencrypted file opened with sqlcipher3 (same SQLite release, no key, but the process-wide
  cipher_memory_security the vault turns on) shows what is encryption and what is the rest.

Targets (issue 13; a benchmark, not a test: it prints pass/miss and never asserts):
open after the KDF < 50 ms; first page < 5 ms; the search service's median < 5 ms and its
slowest variant < 50 ms; the bare FTS5 MATCH ranking every hit within 2.5x of plain SQLite; each
within 2.5x of plain SQLite. Population per record is reported here; the write target (< 1 ms a
record in a batch) is measured by bench_writes.py.

Reading the ratios: with warm pages, encryption itself costs little. Until issue 13 nearly all
of the gap to plain SQLite was `cipher_memory_security = ON`, which made SQLCipher mlock and
munlock every allocation SQLite makes (a connection's schema load, ephemeral tables, FTS5
cursors, the statement journal of every statement that fires a trigger). It is off now
(docs/threat-model.md); the "unkeyed" column is the same unencrypted copy opened by SQLCipher.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parent))
from populate import BENCH_PASSPHRASE
from vault_cache import ensure_cached

from hrd_desk.crypto import keyslot
from hrd_desk.services.casework import Casework, RecordFilter
from hrd_desk.services.session import Session, open_session
from hrd_desk.store.dbapi import PAGE_CACHE_KIB, Connection
from hrd_desk.store.migrations import migrate
from hrd_desk.store.queries import ListQuery, list_records
from hrd_desk.store.vault import load_identity

MS = 1000.0
OPEN_TARGET_MS, SEARCH_TARGET_MS, PAGE_TARGET_MS, RATIO_TARGET = 50.0, 5.0, 5.0, 2.5
SLOWEST_SEARCH_TARGET_MS = 50.0

# What caseworkers type: common words, names with and without diacritics, Arabic, places, a
# phrase, a prefix, and words that look like FTS5 syntax.
QUERIES = ("police", "threatened defender", "Nguyen", "García", "فاطمة", "محمد", "Medellín",
           "Kisumu", "spyware", "summons prosecutor", "checkpoint", "anti-terror", "Amenazas",
           "licence plate", "Ó Briain", "Diyarba", "NOT", "relocation", "journalist", "Marab")
FILTERS = (RecordFilter(category="digital", country="KE", date_from=date(2023, 1, 1),
                        date_to=date(2023, 12, 31)),
           RecordFilter(category="physical", country="CO", date_from=date(2024, 3, 1),
                        date_to=date(2024, 5, 31)),
           RecordFilter(category="legal", country="BY", date_from=date(2021, 1, 1),
                        date_to=date(2025, 12, 31)))
# The MATCH a search service builds: every term quoted, the last one a prefix.
RAW_FTS = ("SELECT r.kind, r.id FROM search_text AS s JOIN records AS r ON r.rowid = s.rowid "
           "WHERE search_text MATCH ? AND r.purged = 0 ORDER BY rank LIMIT 50")


def fts_expression(text: str) -> str:
    terms = ['"' + t.replace('"', '""') + '"' for t in text.split()]
    return " ".join([*terms[:-1], terms[-1] + "*"])


# -- opening --------------------------------------------------------------------------------


class KdfClock:
    """Times keyslot.open_slots (the KDF and unwrap) inside the real open path; `remember`
    replays what it opened afterwards so that "open after the KDF" can be repeated without
    paying Argon2id each time."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.remember = False
        self._opened: keyslot.Opened | None = None
        self._real = keyslot.open_slots

    def _open_slots(self, slots: keyslot.KeyslotFile, secret: str) -> keyslot.Opened:
        if self.remember and self._opened is not None:
            return self._opened
        started = time.perf_counter()
        self._opened = self._real(slots, secret)
        self.seconds = time.perf_counter() - started
        return self._opened

    @contextlib.contextmanager
    def installed(self) -> Iterator[KdfClock]:
        keyslot.open_slots = self._open_slots  # type: ignore[assignment]
        try:
            yield self
        finally:
            keyslot.open_slots = self._real


def open_vault(directory: Path, clock: KdfClock) -> tuple[Session, float]:
    """The app's open (keyslot, unlock, session); returns it and its seconds without the KDF."""
    clock.seconds = 0.0
    started = time.perf_counter()
    session = open_session(directory, BENCH_PASSPHRASE)
    return session, time.perf_counter() - started - clock.seconds


# The ratio's reference: stdlib sqlite3 when its SQLite reads contentless-delete FTS5 tables
# (3.43 on; the search index is one since schema 23), else sqlcipher3 without a key on the same
# unencrypted copy (then "plain" and "unkeyed" are the same engine).
PLAIN: Any = sqlite3 if sqlite3.sqlite_version_info >= (3, 43, 0) else sqlcipher3


def open_plain(path: Path, module: Any = PLAIN) -> tuple[Connection, float]:
    """The same steps on an unencrypted file: connect, a validating read, the same pragmas
    (minus the cipher ones), the schema check and the identity read."""
    started = time.perf_counter()
    conn = module.connect(str(path), isolation_level=None, check_same_thread=True)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY",
                   "secure_delete = ON", "foreign_keys = OFF", f"cache_size = -{PAGE_CACHE_KIB}"):
        conn.execute(f"PRAGMA {pragma}")
    migrate(conn)
    load_identity(conn)
    return conn, time.perf_counter() - started


# -- the operations -------------------------------------------------------------------------

Op = Callable[[Connection], object]


def operations(casework: Casework) -> dict[str, list[Op]]:
    """Each operation as functions of a connection, so both engines run the same code."""
    page = casework.query("incident", limit=50)
    filtered = [casework.query("incident", f, limit=50) for f in FILTERS]

    def listing(query: ListQuery) -> Op:
        return lambda conn: list_records(conn, query)

    def raw(text: str) -> Op:
        return lambda conn: conn.execute(RAW_FTS, (fts_expression(text),)).fetchall()

    ops: dict[str, list[Op]] = {
        "first page (warm)": [listing(page)],
        "filtered list": [listing(q) for q in filtered],
        "FTS5 MATCH, all ranked": [raw(q) for q in QUERIES],
    }
    try:
        from hrd_desk.services.search import search
    except ImportError:
        print("note: hrd_desk.services.search is not there yet: no search-service row")
    else:
        ops["search service"] = [
            (lambda conn, q=q: search(conn, q)) for q in QUERIES  # type: ignore[misc]
        ]
    return ops


def median_ms(op_list: list[Op], conn: Connection, runs: int) -> tuple[float, float]:
    """Median over every run of every variant, and the worst variant's median (ms)."""
    per_variant = []
    for op in op_list:
        op(conn)  # warm
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            op(conn)
            times.append((time.perf_counter() - started) * MS)
        per_variant.append(times)
    every = [t for times in per_variant for t in times]
    return statistics.median(every), max(statistics.median(t) for t in per_variant)


# -- memory ---------------------------------------------------------------------------------


def _status_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


class Memory:
    """Peak RSS: of the whole process, and its growth while one piece of work runs.

    Linux lets the high-water mark be reset (/proc/self/clear_refs), which also resets
    ru_maxrss, so the process peak is the largest mark seen before each reset.
    """

    def __init__(self) -> None:
        self.process_peak_mib = 0.0

    def peak_now(self) -> float:
        self.process_peak_mib = max(
            self.process_peak_mib, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        )
        return self.process_peak_mib

    def growth_mib(self, work: Callable[[], object]) -> float | None:
        self.peak_now()
        gc.collect()
        try:
            Path("/proc/self/clear_refs").write_text("5")
        except OSError:
            return None
        before = _status_kib("VmRSS")
        work()
        peak = _status_kib("VmHWM")
        self.peak_now()
        return None if before is None or peak is None else (peak - before) / 1024


# -- the run --------------------------------------------------------------------------------


def verdict(value: float, target: float | None, ratio: float | None,
            slowest: float | None = None) -> str:
    misses = []
    if target is not None and value >= target:
        misses.append(f"> {target:g} ms")
    if slowest is not None and slowest >= SLOWEST_SEARCH_TARGET_MS:
        misses.append(f"slowest > {SLOWEST_SEARCH_TARGET_MS:g} ms")
    if ratio is not None and ratio > RATIO_TARGET:
        misses.append(f"> {RATIO_TARGET}x")
    return "MISS " + ", ".join(misses) if misses else "pass"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--defenders", type=int, default=10_000)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=25, help="repetitions per measurement")
    parser.add_argument("--rebuild", action="store_true", help="populate again")
    parser.add_argument("--profile", action="store_true", help="cProfile the population")
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN")
    args = parser.parse_args(argv)

    # Built (or checked) in a child process, so that building leaves no freed-but-kept heap
    # and page cache behind in the process whose memory is measured.
    subprocess.run(
        [sys.executable, str(Path(__file__).with_name("vault_cache.py")),
         str(args.defenders), str(args.incidents)]
        + ["--rebuild"] * args.rebuild + ["--profile"] * args.profile,
        check=True,
    )
    cached, built = ensure_cached(args.defenders, args.incidents)

    with tempfile.TemporaryDirectory(prefix="hrd-bench-") as tmp:
        work = Path(tmp)
        shutil.copytree(cached / "vault", work / "vault")
        shutil.copy2(cached / "plain.db", work / "plain.db")
        return measure(args, built, work / "vault", work / "plain.db")


def measure(args: argparse.Namespace, built: dict[str, Any], vault: Path, plain: Path) -> int:
    clock, mem = KdfClock(), Memory()
    with clock.installed():
        started = time.perf_counter()
        session = open_session(vault, BENCH_PASSPHRASE)
        with_kdf, kdf = time.perf_counter() - started, clock.seconds
        rss_after_kdf = mem.peak_now()
        ops = operations(Casework(session))
        memory = {"vault": mem.growth_mib(lambda: run_all(ops, session.conn))}
        session.close()
        plain_conn = open_plain(plain)[0]
        memory["plain"] = mem.growth_mib(lambda: run_all(ops, plain_conn))
        plain_conn.close()
        clock.remember = True
        opens, cold = open_runs(args.runs, vault, plain, clock, ops["first page (warm)"][0])
        session = open_vault(vault, clock)[0]
    conns = {"vault": session.conn, "plain": open_plain(plain)[0],
             "unkeyed": open_plain(plain, sqlcipher3)[0]}

    rows: list[tuple[str, dict[str, float], str]] = []

    def add(label: str, figures: dict[str, float], target: float | None, note: str = "",
            slowest: float | None = None) -> None:
        ratio = figures["vault"] / figures["plain"]
        rows.append((label, figures, verdict(figures["vault"], target, ratio, slowest) + note))

    add("open after the KDF", opens, OPEN_TARGET_MS)
    add("first page, just opened", cold, PAGE_TARGET_MS)
    # The bare MATCH ranks every hit (the search service bounds that): it carries the search
    # target only when there is no service to measure.
    bare = None if "search service" in ops else SEARCH_TARGET_MS
    targets = {"first page (warm)": PAGE_TARGET_MS, "filtered list": None,
               "FTS5 MATCH, all ranked": bare, "search service": SEARCH_TARGET_MS}
    for label, op_list in ops.items():
        figures, worst = {}, {}
        for name, conn in conns.items():
            figures[name], worst[name] = median_ms(op_list, conn, args.runs)
        note = f" (slowest variant {worst['vault']:.2f} ms)" if len(op_list) > 1 else ""
        add(label + (" (median)" if len(op_list) > 1 else ""), figures, targets[label], note,
            worst["vault"] if label == "search service" else None)
    if args.plans:
        print_plans(conns, ops)
    tracemalloc.start()
    run_all(ops, conns["vault"])
    traced_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    for conn in conns.values():
        conn.close()

    per_record = built["populate_s"] / built["records"] * MS
    print(f"\nvault: {args.defenders} defenders, {args.incidents} incidents, {built['records']} "
          f"records in all; SQLite {PLAIN.sqlite_version} (plain: "
          f"{'stdlib sqlite3' if PLAIN is sqlite3 else 'sqlcipher3 without a key'}), "
          f"{sqlcipher3.sqlite_version} (SQLCipher)")
    print(f"population (when the vault was built): {built['populate_s']:.0f} s, "
          f"{per_record:.2f} ms per record through dbapi.transaction units of 5,000"
          + ("; profile in built.json" if built.get("profiled") else "")
          + " (write target: bench_writes.py)")
    print(f"open with the KDF: {with_kdf * MS:.0f} ms, of which Argon2id {kdf * MS:.0f} ms "
          "(calibrated to 0.5-1 s by design)\n")
    print(f"{'operation':32} {'vault':>9} {'plain':>9} {'ratio':>6} {'unkeyed':>9}  result")
    for label, fig, result in rows:
        print(f"{label:32} {fig['vault']:7.2f}ms {fig['plain']:7.2f}ms "
              f"{fig['vault'] / fig['plain']:5.1f}x {fig['unkeyed']:7.2f}ms  {result}")
    print("plain: stdlib sqlite3 on the exported copy (the ratio's reference; sqlcipher3 without a "
          "key when the stdlib's SQLite is older than 3.43). unkeyed: sqlcipher3 "
          "on that copy without a key, in this process:\nvault vs unkeyed is encryption, unkeyed "
          "vs plain the SQLite release and SQLCipher's own settings. Targets: open after the KDF"
          "\n< 50 ms, first page < 5 ms, search median < 5 ms and slowest variant < 50 ms, each "
          "within 2.5x of plain.")
    print(f"memory: peak RSS growth over the first pass of every query: vault "
          f"{fmt_mib(memory['vault'])}, plain {fmt_mib(memory['plain'])}; process peak "
          f"{mem.peak_now():.0f} MiB ({rss_after_kdf:.0f} MiB by the end of the first open, "
          f"Argon2id included); Python heap peak {traced_peak / 2**20:.1f} MiB (tracemalloc)")
    return 0


def run_all(ops: dict[str, list[Op]], conn: Connection) -> None:
    for op_list in ops.values():
        for op in op_list:
            op(conn)


def open_runs(
    runs: int, vault: Path, plain: Path, clock: KdfClock, first_page: Op
) -> tuple[dict[str, float], dict[str, float]]:
    """Median open time (after the KDF) and first page right after opening, per engine."""
    opens: dict[str, list[float]] = {"vault": [], "plain": [], "unkeyed": []}
    cold: dict[str, list[float]] = {"vault": [], "plain": [], "unkeyed": []}
    for _ in range(runs):
        for name in opens:
            if name == "vault":
                session, seconds = open_vault(vault, clock)
                conn = session.conn
            else:
                conn, seconds = open_plain(plain, PLAIN if name == "plain" else sqlcipher3)
            opens[name].append(seconds * MS)
            started = time.perf_counter()
            first_page(conn)
            cold[name].append((time.perf_counter() - started) * MS)
            conn.close()
    return ({k: statistics.median(v) for k, v in opens.items()},
            {k: statistics.median(v) for k, v in cold.items()})


def print_plans(conns: dict[str, Connection], ops: dict[str, list[Op]]) -> None:
    """EXPLAIN QUERY PLAN of the first variant of each operation, on the vault and plain."""
    for label, op_list in ops.items():
        seen: list[str] = []
        conns["plain"].set_trace_callback(seen.append)
        op_list[0](conns["plain"])
        conns["plain"].set_trace_callback(None)
        for sql in seen:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            print(f"\n{label}: {sql[:200]}{'...' if len(sql) > 200 else ''}")
            for name in ("vault", "plain"):
                plan = conns[name].execute("EXPLAIN QUERY PLAN " + sql).fetchall()
                print(f"  {name}: " + " | ".join(str(row[-1]) for row in plan))


def fmt_mib(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} MiB"


if __name__ == "__main__":
    sys.exit(main())
