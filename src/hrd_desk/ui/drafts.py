"""Saving open forms as drafts at lock, and reopening them after unlock.

A form takes part by implementing contracts.DraftHolder (`draft_state()`, `restore_draft()`) and
saying what it edits with two attributes: `form_kind` (the kind passed to `forms.open_form`, e.g.
"incident") and `record_id` (None for a new record). The shell finds such forms among the main
window's descendants and among visible top-level windows, stores each state in the vault's
`drafts` table (desk.drafts) through the writer, and closes the forms without asking, since
their content is safe in the vault. After unlock it reopens each with `open_form(ctx, kind,
record_id)` and `restore_draft(state)`; a draft is deleted only once its form is back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from ..services.desk import Desk
from ..services.topics import Draft, PendingDraft

log = logging.getLogger(__name__)

FormOpener = Callable[..., Any]


def is_draft_holder(obj: object) -> bool:
    return callable(getattr(obj, "draft_state", None)) and callable(
        getattr(obj, "restore_draft", None)
    )


def find_draft_holders(root: QWidget) -> list[QWidget]:
    """Forms under `root` plus visible top-level forms (non-modal windows without a parent)."""
    found: list[QWidget] = []
    seen: set[int] = set()
    candidates = [root, *root.findChildren(QWidget)]
    candidates += [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not root]
    for widget in candidates:
        if id(widget) in seen or not is_draft_holder(widget):
            continue
        seen.add(id(widget))
        found.append(widget)
    return found


def collect_drafts(holders: list[QWidget]) -> list[PendingDraft]:
    """The unsaved state of each form; a form that fails to report is logged (no content)."""
    drafts: list[PendingDraft] = []
    for form in holders:
        kind = getattr(form, "form_kind", None)
        if not isinstance(kind, str):
            log.warning("a form without form_kind cannot be kept as a draft: %s",
                        type(form).__name__)
            continue
        record_id = getattr(form, "record_id", None)
        try:
            state = form.draft_state()  # type: ignore[attr-defined]
        except Exception as exc:
            log.warning("a form failed to report its draft (%s)", type(exc).__name__)
            continue
        if state:
            drafts.append(PendingDraft(kind, record_id if isinstance(record_id, str) else None,
                                       dict(state)))
    return drafts


def drafts_writer(drafts: list[PendingDraft]) -> Callable[[Desk], None]:
    """A write job storing `drafts` in one transaction (run by the writer at lock)."""

    def job(desk: Desk) -> None:
        desk.drafts.save(drafts)

    return job


def draft_deleter(draft_ids: list[int]) -> Callable[[Desk], None]:
    def job(desk: Desk) -> None:
        desk.drafts.delete(draft_ids)

    return job


def reopen_drafts(reader: Desk, open_form: FormOpener, ctx: Any) -> list[int]:
    """Reopen a form per stored draft; returns the ids of drafts whose form came back."""
    restored: list[int] = []
    drafts: list[Draft] = reader.drafts.list()
    for draft in drafts:
        try:
            form = open_form(ctx, draft.form_kind, draft.record_id)
            if form is None or not is_draft_holder(form):
                continue
            form.restore_draft(draft.payload)
        except Exception as exc:
            log.warning("a draft could not be reopened (%s)", type(exc).__name__)
            continue
        restored.append(draft.id)
    return restored
