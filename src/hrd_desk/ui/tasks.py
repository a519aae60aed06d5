"""One-off background calls (the passphrase KDF, vault creation) that report back by signal.

Each window owns one `BackgroundTasks` with its own QThreadPool and waits for it when it closes,
so no job outlives the window that started it and tests never leak threads into each other. A
job that finishes after the window moved on (e.g. the vault was locked) is dropped when its
`still_wanted` check says so.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    still_wanted: Callable[[], bool] | None


class BackgroundTasks(QObject):
    _finished = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        still_wanted: Callable[[], bool] | None = None,
    ) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = _Pending(on_done, on_error, still_wanted)
        emit = self._finished.emit

        def call() -> None:
            try:
                result = job()
            except Exception as exc:
                emit(job_id, False, exc)
            else:
                emit(job_id, True, result)

        self._pool.start(call)
        return job_id

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def forget(self) -> None:
        """Drop the callbacks of every running job (their results will be discarded)."""
        self._pending.clear()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has finished (window close, tests)."""
        return bool(self._pool.waitForDone(msecs))

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, payload: object) -> None:
        pending = self._pending.pop(job_id, None)
        if pending is None:
            return
        if pending.still_wanted is not None and not pending.still_wanted():
            return
        if ok:
            if pending.on_done is not None:
                pending.on_done(payload)
        elif pending.on_error is not None:
            assert isinstance(payload, Exception)
            pending.on_error(payload)
