"""The writer thread: the only write connection, running every write one after another.

SQLite allows one writer at a time; two connections writing at once make one of them wait and,
past the busy timeout, fail with "database is locked". So every write the GUI makes (a form's
save, a delete, an import) is a job queued here and run in order on one connection that this
thread opened and alone uses. Jobs report through a queued signal, so callbacks run on the GUI
thread.

Cancelling (at lock): every job queued or running at that moment is cancelled. The running one is
stopped by `interrupt()` plus a progress handler that keeps aborting its statements (a job that is
a Python loop of many statements would otherwise go on after one interrupted statement); an open
transaction is rolled back. Jobs submitted after the cancel (the drafts saved at lock) run normally.

Idle: once no job came for IDLE_FOLD_S after one ran, the writer copies the WAL into the database
file (Desk.fold_wal), so that a write's commit does not wait for that copy (store/dbapi.py).
"""

from __future__ import annotations

import contextlib
import itertools
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from ..errors import HrdDeskError
from ..services.desk import Desk

# SQLite calls the progress handler every this many virtual machine steps (cheap, ~0.1 ms).
PROGRESS_STEPS = 2000

# After this long without a job, the writer copies the WAL into the database file (Desk.fold_wal:
# a write's commit leaves that to it, store/dbapi.py WAL_FOLD_PAGES), once per quiet spell.
IDLE_FOLD_S = 2.0

WriteJob = Callable[[Desk], Any]


class Cancelled(Exception):
    """The vault was locked before (or while) this write ran; nothing of it was committed."""

    def __init__(self) -> None:
        super().__init__("the write was cancelled because the vault was locked")


@dataclass
class _Job:
    id: int
    fn: WriteJob


class _Stop:
    pass


class WriterThread(QThread):
    """Runs write jobs in order on its own connection; see the module docstring."""

    # job id, ok, result or exception, kinds of records changed
    job_finished = Signal(int, bool, object, object)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hrd-desk writer")
        self._desk = desk
        self._queue: queue.SimpleQueue[_Job | _Stop] = queue.SimpleQueue()
        self._ids = itertools.count(1)
        self._issued = 0
        self._cancel_upto = 0
        self._current = 0
        self._mine: Desk | None = None  # this thread's writable view, while it runs
        self._guard = threading.Lock()
        self.open_error: Exception | None = None

    # -- GUI thread ----------------------------------------------------------------------------

    def submit(self, fn: WriteJob) -> int:
        with self._guard:
            job_id = next(self._ids)
            self._issued = job_id
        self._queue.put(_Job(job_id, fn))
        return job_id

    def cancel_all(self) -> None:
        """Cancel every job submitted so far: queued ones are skipped, the running one aborted."""
        with self._guard:
            self._cancel_upto = self._issued
            mine = self._mine
            running = self._current
        if mine is not None and running:
            with contextlib.suppress(HrdDeskError):
                mine.interrupt()

    def stop(self) -> None:
        """Finish the jobs already queued (cancelled ones are skipped), then close and end."""
        self._queue.put(_Stop())

    @property
    def pending(self) -> bool:
        """Whether a job is running or queued (tests, diagnostics)."""
        return self._current != 0 or not self._queue.empty()

    # -- writer thread -------------------------------------------------------------------------

    def _abort_requested(self) -> int:
        current = self._current
        return 1 if current and current <= self._cancel_upto else 0

    def run(self) -> None:
        mine = self._desk.view()
        try:
            mine.connect()
        except Exception as exc:  # reported on every job until stopped
            mine.close()
            self.open_error = exc
            self._fail_all(exc)
            return
        mine.set_abort_check(self._abort_requested, PROGRESS_STEPS)
        with self._guard:
            self._mine = mine
        try:
            folded = True
            while True:
                try:
                    item = self._queue.get(timeout=None if folded else IDLE_FOLD_S)
                except queue.Empty:
                    folded = True
                    with contextlib.suppress(HrdDeskError):  # the next commit's, or close's
                        mine.fold_wal()
                    continue
                if isinstance(item, _Stop):
                    break
                folded = False
                if item.id <= self._cancel_upto:
                    self.job_finished.emit(item.id, False, Cancelled(), frozenset())
                    continue
                self._run_one(mine, item)
        finally:
            with self._guard:
                self._mine = None
            mine.close()

    def _run_one(self, desk: Desk, job: _Job) -> None:
        with self._guard:
            self._current = job.id
        try:
            marks = desk.change_marks()
            result = job.fn(desk)
            kinds = desk.kinds_changed_since(marks)
        except Exception as exc:
            error: Exception = Cancelled() if job.id <= self._cancel_upto else exc
            ok, payload, kinds = False, error, frozenset()
        else:
            ok, payload = True, result
        finally:
            with self._guard:
                self._current = 0
            desk.roll_back_if_open()  # an aborted job's ROLLBACK may itself have been aborted
        self.job_finished.emit(job.id, ok, payload, kinds)

    def _fail_all(self, exc: Exception) -> None:
        while True:
            item = self._queue.get()
            if isinstance(item, _Stop):
                return
            self.job_finished.emit(item.id, False, exc, frozenset())
