"""Delete, restore and purge, each asking first in words that name the record safely.

The question names the record by its safe title (model/display.py: never a sensitive field);
the dialog's title names only the kind. Purge asks twice: once by the page (which record), then
by typing PURGE, and says plainly that it cannot be undone.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model.display import record_title
from .contracts import AppContext
from .i18n import filled, kind_label, translate

PURGE_WORD = "PURGE"  # typed to confirm: the same word in every language


def _title(ctx: AppContext, kind: str, record_id: str) -> str:
    return record_title(ctx.reader.records.get(kind, record_id))


def confirm_delete(ctx: AppContext, kind: str, record_id: str,
                   on_done: Callable[[], None] | None = None) -> bool:
    """Ask, then delete on the writer; False when the person said no."""
    label = kind_label(kind)
    title = _title(ctx, kind, record_id)
    if not ctx.prompter.confirm(
        filled(translate("RecordActions", "Delete %1"), label),
        filled(
            translate(
                "RecordActions",
                "Delete the %1 “%2”?\n\nIt moves to Deleted, where it can be restored.",
            ),
            label,
            title,
        ),
        destructive=True,
        accept=translate("RecordActions", "Delete"),
        reject=translate("RecordActions", "Keep it"),
    ):
        return False
    ctx.write(lambda desk: desk.records.delete(kind, record_id),
              on_done=(lambda _r: on_done()) if on_done else None)
    return True


def restore(ctx: AppContext, kind: str, record_id: str,
            on_done: Callable[[], None] | None = None) -> None:
    ctx.write(lambda desk: desk.records.restore(kind, record_id),
              on_done=(lambda _r: on_done()) if on_done else None)


def confirm_purge(ctx: AppContext, kind: str, record_id: str,
                  on_done: Callable[[], None] | None = None) -> bool:
    label = kind_label(kind)
    title = _title(ctx, kind, record_id)
    if not ctx.prompter.confirm_typed(
        filled(translate("RecordActions", "Purge %1"), label),
        filled(
            translate(
                "RecordActions",
                "Purge the deleted %1 “%2” for good?\n\nIts content is "
                "removed from this vault, its history and the search "
                "index. This cannot be undone.",
            ),
            label,
            title,
        ),
        PURGE_WORD,
    ):
        return False
    ctx.write(lambda desk: desk.records.purge(record_id),
              on_done=(lambda _r: on_done()) if on_done else None)
    return True
