"""The live AppContext: the unlocked vault as pages see it (contracts.AppContext).

One read connection on the GUI thread (made read-only with `PRAGMA query_only`, so a page cannot
write by mistake) and one WriterThread holding the only write connection. Every write carries the
epoch it was submitted in; locking bumps the epoch, forgets every callback, cancels the writer's
jobs and closes both connections, so a write that finishes after the lock can never refill a
cleared page. One LiveContext lives as long as its main window; `open()` and `close()` bracket
each unlocked session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ..services.desk import Desk
from .contracts import Prompter
from .error_words import failure_text
from .i18n import translate
from .writer import Cancelled, WriteJob, WriterThread

T = TypeVar("T")
log = logging.getLogger(__name__)

WRITER_STOP_TIMEOUT_MS = 10_000


class VaultLocked(RuntimeError):
    """A page used the context while the vault was locked (a bug in the caller, not the user's)."""

    def __init__(self) -> None:
        super().__init__("the vault is locked")


@dataclass
class _Callbacks:
    epoch: int
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None


def describe_failure(exc: Exception) -> str:
    """One line for a failed write, without record contents (HrdDeskError messages have none),
    in the current language (error_words.failure_text)."""
    return failure_text(exc)


class LiveContext(QObject):
    """contracts.AppContext over an unlocked vault; see the module docstring."""

    data_changed = Signal(object)  # frozenset[str]: kinds of records a write changed

    def __init__(
        self,
        prompter: Prompter,
        *,
        open_record: Callable[[str, str], None],
        copy_to_clipboard: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._prompter = prompter
        self._open_record = open_record
        self._copy = copy_to_clipboard
        self._epoch = 0
        self._desk: Desk | None = None
        self._reader: Desk | None = None
        self._writer: WriterThread | None = None
        self._callbacks: dict[int, _Callbacks] = {}
        self._stragglers: list[WriterThread] = []

    # -- contracts.AppContext -------------------------------------------------------------------

    @property
    def reader(self) -> Desk:
        if self._reader is None:
            raise VaultLocked()
        return self._reader

    @property
    def epoch(self) -> int:
        return self._epoch

    @property
    def prompter(self) -> Prompter:
        return self._prompter

    def write(
        self,
        job: Callable[[Desk], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        if self._writer is None:
            log.warning("write dropped: the vault is locked")
            return
        job_id = self._writer.submit(job)
        self._callbacks[job_id] = _Callbacks(self._epoch, on_done, on_error)

    def open_record(self, kind: str, record_id: str) -> None:
        self._open_record(kind, record_id)

    def copy_to_clipboard(self, text: str) -> None:
        self._copy(text)

    # -- session life ------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._reader is not None

    @property
    def desk(self) -> Desk | None:
        return self._desk

    def open(self, desk: Desk) -> None:
        """Start a session on an unlocked vault: a read-only view here, writer thread started."""
        if self._desk is not None:
            raise RuntimeError("a session is already open")
        reader = desk.view(read_only=True)
        try:
            reader.connect()  # migrates, if needed, before the writer exists
        except BaseException:
            reader.close()
            raise
        writer = WriterThread(desk, self)
        writer.job_finished.connect(self._job_finished, Qt.ConnectionType.QueuedConnection)
        self._desk, self._reader, self._writer = desk, reader, writer
        writer.start()

    def close(self, final_write: WriteJob | None = None) -> Exception | None:
        """Lock: new epoch, cancel and stop the writer (after `final_write`), close, forget the key.

        Returns the exception `final_write` raised (None when it ran, or there was none).
        """
        self._epoch += 1
        self._callbacks.clear()
        writer, self._writer = self._writer, None
        outcome: list[Exception | None] = []
        try:
            if writer is not None:
                self._stop_writer(writer, final_write, outcome)
        finally:  # whatever happened to the writer, the reader closes and the key is forgotten
            reader, self._reader = self._reader, None
            if reader is not None:
                reader.close()
            if self._desk is not None:
                self._desk.lock()
                self._desk = None
        if final_write is not None and not outcome:
            return Cancelled()
        return outcome[0] if outcome else None

    def _stop_writer(
        self, writer: WriterThread, final_write: WriteJob | None, outcome: list[Exception | None]
    ) -> None:
        writer.cancel_all()
        if final_write is not None:

            def final(desk: Desk) -> None:
                try:
                    final_write(desk)
                except Exception as exc:
                    outcome.append(exc)
                    raise
                outcome.append(None)

            writer.submit(final)
        writer.stop()
        if writer.wait(WRITER_STOP_TIMEOUT_MS):
            writer.deleteLater()
        else:  # a job stuck outside SQL: it ends on its own; its results are dropped
            log.warning("writer still busy at lock; its results will be dropped")
            self._stragglers.append(writer)

    def wait_for_stragglers(self, msecs: int = WRITER_STOP_TIMEOUT_MS) -> bool:
        done = all(w.wait(msecs) for w in self._stragglers)
        self._stragglers = [w for w in self._stragglers if not w.isFinished()]
        return done

    @property
    def writes_pending(self) -> bool:
        return bool(self._callbacks)

    @Slot(int, bool, object, object)
    def _job_finished(self, job_id: int, ok: bool, payload: object, kinds: object) -> None:
        entry = self._callbacks.pop(job_id, None)
        if entry is None or entry.epoch != self._epoch or self._writer is None:
            return  # the vault was locked since: drop late results
        if ok:
            if isinstance(kinds, frozenset) and kinds:
                self.data_changed.emit(kinds)
            if entry.on_done is not None:
                entry.on_done(payload)
            return
        assert isinstance(payload, Exception)
        if isinstance(payload, Cancelled):
            return
        if entry.on_error is not None:
            entry.on_error(payload)
        else:
            self._prompter.error(translate("Errors", "The change was not saved"),
                                 describe_failure(payload))
