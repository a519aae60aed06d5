"""CPU time per thread during a benchmark step (Linux /proc; elsewhere nothing is reported).

A step that spreads its work over threads is limited, on a machine with free cores, by its
busiest thread, and on a busy machine by the CPU time of all its threads. Both are printed
beside the wall time, so a figure taken while other jobs held the cores can still be read:
`busiest` is what the step needs of one core, whoever else runs.

Threads come and go during a step (each blob or bundle starts its own), so /proc/self/task is
sampled every 20 ms and each thread's CPU time counted from its first to its last sample; a
thread that lives less than one interval is missed (a few ms of CPU at most).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

_TASKS = Path("/proc/self/task")


class ThreadCpu:
    """Use as a context manager around one step; then `busiest_seconds()` and `by_name()`."""

    def __init__(self, interval: float = 0.02) -> None:
        self._interval = interval
        self._seen: dict[int, tuple[str, float, float]] = {}  # tid -> (name, first, last)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-thread-cpu", daemon=True)
        self._tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def __enter__(self) -> ThreadCpu:
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            time.sleep(self._interval)

    def _sample(self) -> None:
        if not _TASKS.is_dir():
            return
        names = {t.native_id: t.name for t in threading.enumerate()}
        for task in _TASKS.iterdir():
            try:
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            tid = int(task.name)
            cpu = (int(fields[11]) + int(fields[12])) / self._tick
            name, first, _last = self._seen.get(tid, (names.get(tid, "?"), cpu, cpu))
            self._seen[tid] = (names.get(tid, name), first, cpu)

    def by_name(self) -> dict[str, float]:
        """CPU seconds per kind of thread (pool numbers dropped), this sampler excluded."""
        totals: dict[str, float] = {}
        for name, first, last in self._seen.values():
            if _sampler(name):
                continue
            kind = name.rstrip("_0123456789")
            totals[kind] = totals.get(kind, 0.0) + last - first
        return totals

    def busiest_seconds(self) -> float:
        """CPU seconds of the busiest single thread (0.0 where /proc is missing)."""
        return max((last - first for name, first, last in self._seen.values()
                    if not _sampler(name)), default=0.0)


def _sampler(name: str) -> bool:
    """The benches' own sampling threads (this one, the memory sampler: unnamed threads)."""
    return name == "bench-thread-cpu" or name.startswith("Thread-")
