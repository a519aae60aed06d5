"""Threads beside the caller's, for streaming crypto: one ordered worker (`OrderedWorker`), the
bounded hand-over from a reading thread to the caller (`HandOver`), and the reads the reading
threads use (`read_full`, `read_into`, `readinto_full`).

hashlib and libsodium release the GIL while they work on a buffer, so a thread that encrypts,
decrypts or hashes whole chunks runs on a second core while the caller's thread does the next
MiB. Calls are handed over a MiB at a time (a hand-off per 64 KiB chunk costs more in thread
switches than it saves), run in the order given, and at most `backlog` wait, so memory stays
bounded whatever the size of the stream. Four (MiB) rather than two: a burst of one thread (its
time slice lost to another process) then does not stall the others at once.
"""

from __future__ import annotations

import contextlib
import io
import queue
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import BinaryIO, Generic, TypeVar

T = TypeVar("T")


class OrderedWorker:
    """Runs calls in order on one thread. A call's exception is raised by a later `submit` or
    by `wait`; `close` drops what has not started and waits for the rest (always call it, also
    after a failure, before the caller removes a file the calls write to)."""

    def __init__(self, name: str, backlog: int = 4) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._futures: deque[Future[None]] = deque()
        self._backlog = backlog

    def submit(self, call: Callable[..., None], *args: object) -> None:
        self._futures.append(self._pool.submit(call, *args))
        while len(self._futures) > self._backlog or (self._futures
                                                     and self._futures[0].done()):
            self._futures.popleft().result()

    def wait(self) -> None:
        """Until every call submitted ran; raises the first failure."""
        while self._futures:
            self._futures.popleft().result()

    def close(self) -> None:
        self._futures.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)


class HandOver(Generic[T]):
    """A bounded queue from a worker thread to the caller, which the caller can stop: once
    stopped, the worker's `put` gives up (False) instead of waiting for room forever."""

    def __init__(self, size: int) -> None:
        self._queue: queue.Queue[T] = queue.Queue(size)
        self._stop = threading.Event()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def put(self, item: T) -> bool:
        """On the worker: hand `item` over, or False once the caller stopped."""
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def get(self) -> T:
        return self._queue.get()

    def stop(self, worker: threading.Thread) -> None:
        """Stop and wait for the worker (freeing it if it waits to hand over)."""
        self._stop.set()
        while worker.is_alive():
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=0.05)
        worker.join()


def read_full(inp: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes; fewer only at end of input."""
    data = inp.read(size) or b""
    if 0 < len(data) < size:
        parts = [data]
        got = len(data)
        while got < size:
            piece = inp.read(size - got)
            if not piece:
                break
            parts.append(piece)
            got += len(piece)
        data = b"".join(parts)
    return data


def read_into(inp: BinaryIO, buffer: memoryview, step: int) -> int:
    """One read into `buffer`; 0 only at end of input. A buffered file hands a read larger
    than its buffer straight to the OS, into `buffer`, and a raw stream (a slice of a bundle's
    tail, a pipe-like wrapper) fills it itself; any other input (a test's failing stream) is
    read with its own `read`, at most `step` bytes, and copied: as a reader reading a block at
    a time would read it."""
    if isinstance(inp, (io.BufferedReader, io.RawIOBase)):
        return inp.readinto(buffer)
    data = inp.read(min(step, len(buffer))) or b""
    buffer[:len(data)] = data
    return len(data)


def readinto_full(inp: BinaryIO, buffer: memoryview, step: int) -> int:
    """Fill `buffer` from `inp` (fewer bytes only at end of input); returns how many were read
    (`read_into`: `step`)."""
    got = 0
    while got < len(buffer):
        count = read_into(inp, buffer[got:], step)
        if not count:
            break
        got += count
    return got
