"""One ordered worker thread beside the caller's, for streaming crypto.

hashlib and libsodium release the GIL while they work on a buffer, so a thread that encrypts,
decrypts or hashes whole chunks runs on a second core while the caller's thread does the next
MiB. Calls are handed over a MiB at a time (a hand-off per 64 KiB chunk costs more in thread
switches than it saves), run in the order given, and at most `backlog` wait, so memory stays
bounded whatever the size of the stream.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor


class OrderedWorker:
    """Runs calls in order on one thread. A call's exception is raised by a later `submit` or
    by `wait`; `close` drops what has not started and waits for the rest (always call it, also
    after a failure, before the caller removes a file the calls write to)."""

    def __init__(self, name: str, backlog: int = 2) -> None:
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
