"""Where a piece of work spends its time: cProfile beside a per-statement timer on a connection.

    with where_time_goes(session.conn, "create 2,000") :
        ...

The timer wraps the connection's `execute` and `executemany` (an instance attribute shadows the
method; nothing in src/ changes) and adds up, per statement text with its literals folded, the
wall time of running it and reading its rows (a SELECT's rows are read at once here, so the
time of stepping through them is the statement's, not its caller's). A diagnostic for bench/:
never used by the app or the tests.
"""

from __future__ import annotations

import contextlib
import cProfile
import functools
import io
import pstats
import re
import time
from collections.abc import Iterator, Sequence
from typing import Any

_NUMBERS = re.compile(r"\b\d+\b")
_MARKS = re.compile(r"(\?\s*,\s*)+\?")
_ROWS = re.compile(r"(\(\?\)\s*,\s*)+\(\?\)|(\(\?, \?, \?\)\s*,\s*)+\(\?, \?, \?\)")


@functools.lru_cache(maxsize=4096)
def _shape(sql: str) -> str:
    text = " ".join(sql.split())
    text = _ROWS.sub("(...rows)", text)
    text = _MARKS.sub("?...", text)
    return _NUMBERS.sub("N", text)


class _Rows:
    """A SELECT's rows, read at once, with the cursor methods the store uses."""

    def __init__(self, rows: list[Any], cursor: Any) -> None:
        self._rows = rows
        self.lastrowid = cursor.lastrowid
        self.rowcount = cursor.rowcount
        self.description = cursor.description

    def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class StatementTimer:
    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.totals: dict[str, list[float]] = {}  # shape -> [seconds, calls, cpu seconds]

    def _add(self, sql: str, seconds: float, cpu: float) -> None:
        entry = self.totals.setdefault(_shape(sql), [0.0, 0, 0.0])
        entry[0] += seconds
        entry[1] += 1
        entry[2] += cpu

    def __enter__(self) -> StatementTimer:
        conn = self.conn
        execute, executemany = conn.execute, conn.executemany

        def timed_execute(sql: str, params: Sequence[Any] = ()) -> Any:
            started, cpu = time.perf_counter(), time.thread_time()
            cursor = execute(sql, params)
            result = _Rows(cursor.fetchall(), cursor) if cursor.description else cursor
            self._add(sql, time.perf_counter() - started, time.thread_time() - cpu)
            return result

        def timed_executemany(sql: str, rows: Any) -> Any:
            started, cpu = time.perf_counter(), time.thread_time()
            cursor = executemany(sql, rows)
            self._add(sql, time.perf_counter() - started, time.thread_time() - cpu)
            return cursor

        conn.execute, conn.executemany = timed_execute, timed_executemany
        return self

    def __exit__(self, *exc: object) -> None:
        del self.conn.execute, self.conn.executemany

    def report(self, top: int = 15, per: int = 1) -> str:
        total = sum(s for s, _n, _c in self.totals.values())
        cpu_total = sum(c for _s, _n, c in self.totals.values())
        lines = [f"SQL statements: {total:.2f} s wall, {cpu_total:.2f} s cpu in all "
                 "(wall s, cpu s, cpu ms per unit, calls, statement)"]
        for shape, (seconds, calls, cpu) in sorted(self.totals.items(),
                                                   key=lambda x: -x[1][2])[:top]:
            per_unit = cpu / per * 1000
            lines.append(f"  {seconds:7.3f} {cpu:7.3f} {per_unit:8.3f} {int(calls):>8} x  "
                         f"{shape[:100]}")
        return "\n".join(lines)


@contextlib.contextmanager
def where_time_goes(conn: Any, label: str, *, per: int = 1, top: int = 15) -> Iterator[None]:
    """Run the block under cProfile and the statement timer; print both (`per`: units of work,
    for a per-unit column)."""
    profiler = cProfile.Profile()
    wall, cpu = time.perf_counter(), time.process_time()
    with StatementTimer(conn) as timer:
        profiler.enable()
        try:
            yield
        finally:
            profiler.disable()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(top)
    print(f"--- {label}: {wall:.2f} s wall, {cpu:.2f} s cpu (profiled)\n{timer.report(top, per)}")
    print("\n".join(line for line in text.getvalue().splitlines() if line.strip())[:6000])
