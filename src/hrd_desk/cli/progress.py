"""Progress of long work (a big evidence file, a bundle carrying them) for a person watching.

One line on stderr, redrawn in place, only when stderr is a terminal: nothing when it is a pipe
or a file (scripts and logs see the result only), never anything on stdout, so `--json` output
is the same either way. Work that ends within DELAY seconds shows nothing at all.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import TextIO

DELAY = 0.5  # seconds before the first line: quick work stays silent
INTERVAL = 0.2  # seconds between redraws


def _size(n: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


class Meter:
    """`meter(done, total)` as bytes progress; `with Meter(...)` clears its line at the end."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self._stream = stream
        self._label = label
        isatty = getattr(stream, "isatty", None)
        self.enabled = bool(isatty and isatty())
        self._start = time.monotonic()
        self._last = 0.0
        self._drawn = 0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._start < DELAY or (now - self._last < INTERVAL and done < total):
            return
        self._last = now
        shown = min(done, total) if total > 0 else done
        percent = f"{100 * shown // total:3d}%  " if total > 0 else ""
        line = f"{self._label}: {percent}{_size(shown)}" + (f" of {_size(total)}"
                                                          if total > 0 else "")
        self._stream.write("\r" + line.ljust(self._drawn))
        self._stream.flush()
        self._drawn = len(line)

    def bytes(self, total: int) -> _Bytes:
        """A callback for work that reports only bytes done (blob streams), out of `total`."""
        return _Bytes(self, total)

    def close(self) -> None:
        if self._drawn:
            self._stream.write("\r" + " " * self._drawn + "\r")
            self._stream.flush()
            self._drawn = 0

    def __enter__(self) -> Meter:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


class _Bytes:
    def __init__(self, meter: Meter, total: int) -> None:
        self._meter = meter
        self._total = total

    def __call__(self, done: int) -> None:
        self._meter(done, self._total)
