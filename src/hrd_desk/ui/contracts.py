"""The seams between the GUI's shell (windows, lock, workers) and its pages (lists, forms).

The shell owns the session: one read connection on the GUI thread, one writer thread holding the
only write connection, the lock state and the prompts. Pages receive an `AppContext`, show data,
and hand every write to `ctx.write(...)`. On lock the shell calls `clear()` on every page and
form, bumps the epoch, and drops late results tagged with an older epoch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from ..services.desk import Desk

T = TypeVar("T")


class Prompter(Protocol):
    """Every question the GUI asks a person goes through one object, so tests never block.

    The real implementation shows modal dialogs (with Qt.PlainText); tests inject answers.
    """

    def confirm(self, title: str, text: str, *, destructive: bool = False,
                accept: str = "OK", reject: str = "Cancel") -> bool:
        """Ask; True when the person chose `accept`. Buttons say what they do ("Discard
        changes" / "Keep editing"), never Yes/No."""
        ...

    def choose(self, title: str, text: str, options: Sequence[tuple[str, str]], *,
               default: int = 0, accept: str = "OK") -> int | None:
        """One of `options` (a label, and a line saying what it means), `default` chosen at
        first; the index chosen, or None when the person cancels."""
        ...

    def confirm_typed(self, title: str, text: str, expected: str) -> bool:
        """Ask the person to type `expected` (e.g. the word PURGE) before something irreversible."""
        ...

    def info(self, title: str, text: str) -> None: ...

    def error(self, title: str, text: str) -> None: ...

    def open_file(self, title: str, filters: str) -> str | None: ...

    def save_file(self, title: str, suggested_name: str, filters: str) -> str | None: ...

    def open_folder(self, title: str) -> str | None:
        """Choose an existing folder (e.g. a drop folder for sync)."""
        ...


class AppContext(Protocol):
    """What a page may use. Reads are synchronous on the GUI thread; writes go to the writer."""

    @property
    def reader(self) -> Desk:
        """A read-only view of the unlocked vault's Desk, on the GUI thread (fast, paged reads)."""
        ...

    @property
    def epoch(self) -> int:
        """Incremented at every lock; results tagged with an older epoch are dropped."""
        ...

    @property
    def prompter(self) -> Prompter: ...

    def write(
        self,
        job: Callable[[Desk], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run `job` on the writer thread, given a writable Desk; callbacks run on the GUI thread,
        unless the vault was locked in between (then they are dropped). Emits data_changed after
        success."""
        ...

    def open_record(self, kind: str, record_id: str) -> None:
        """Navigate to a record (e.g. a defender's page)."""
        ...

    def copy_to_clipboard(self, text: str) -> None:
        """Copy with password-manager concealment hints; cleared after 30 s, at lock and quit."""
        ...


class Page(Protocol):
    """A navigation target in the main window (Defenders, Cases, Threat log, ...)."""

    def attach(self, ctx: AppContext) -> None:
        """Called after unlock: load the first page of data."""
        ...

    def refresh(self, kinds: frozenset[str]) -> None:
        """Data of these kinds changed: reload, keeping selection and scroll on the same ids."""
        ...

    def clear(self) -> None:
        """Lock: drop every model row, cached text, completer and undo stack."""
        ...


class DraftHolder(Protocol):
    """A form with unsaved input: saved as a draft inside the vault at lock, reopened at unlock."""

    def draft_state(self) -> dict[str, Any] | None:
        """The unsaved input, or None when there is nothing unsaved."""
        ...

    def restore_draft(self, state: dict[str, Any]) -> None: ...
