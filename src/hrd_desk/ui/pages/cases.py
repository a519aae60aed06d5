"""Cases: every engagement with a defender, active ones first by default."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ...model.display import masked
from ...model.vocab import CASE_STATUSES
from ...services.casework import RecordFilter
from ..exchange import SharingWindow
from ..forms import open_form
from ..i18n import QT_TRANSLATE_NOOP, plural, vocab_term, vocab_text
from ..list_sources import CaseworkSource, ListRow
from ..record_actions import confirm_delete
from ..record_model import Column
from .list_page import RecordListPage

ACTIVE = tuple(s for s in CASE_STATUSES.slugs() if s not in ("closed", "declined"))

COLUMNS: list[Column[ListRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Case"),
        lambda r: masked(r.record, "title") or vocab_text("programmes", r.record.get("programme")),
        "title",
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Defender"), lambda r: r.linked("defender"), None),
    Column(
        QT_TRANSLATE_NOOP("Column", "Programme"),
        lambda r: vocab_text("programmes", r.record.get("programme")),
        "programme",
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Status"),
        lambda r: vocab_text("case_statuses", r.record.get("status")),
        "status",
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Priority"),
        lambda r: vocab_text("priorities", r.record.get("priority")),
        "priority",
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Opened"),
        lambda r: r.record.get("opened") or "",
        "opened_order",
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Caseworker"),
        lambda r: masked(r.record, "caseworker") or "",
        "caseworker",
    ),
]


class CasesPage(RecordListPage):
    form_kind = "case"
    kinds = frozenset({"case", "defender"})
    noun = ("case", "cases")
    empty_text = QT_TRANSLATE_NOOP("Page", "No cases match this filter.")

    def count_text(self, total: int) -> str | None:
        return plural("Page", "%n case(s)", total)

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Section", "Cases"), COLUMNS, [20, 8, 8, 6, 6, 6, 8], stretch=0
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "New case…"),
            self.new_case,
            tip=QT_TRANSLATE_NOOP("Page", "Open a new case"),
        )
        self.add_action(QT_TRANSLATE_NOOP("Page", "Edit…"), self.edit_current, needs_selection=True,
                        tip=QT_TRANSLATE_NOOP("Page", "Edit the selected case (Enter)"))
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Defender"),
            self.open_defender,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Open the selected case's defender"),
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Sharing…"),
            self.open_sharing,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Choose the colleagues the selected case is shared with"),
        )
        self.sharing: SharingWindow | None = None
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Delete…"),
            self.delete_current,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Move the selected case to Deleted"),
            keys=QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.add_list_export("cases")
        choices = [
            (QT_TRANSLATE_NOOP("Page", "Active (not closed or declined)"), ACTIVE),
            (QT_TRANSLATE_NOOP("Page", "All cases"), ()),
        ]
        choices += [(vocab_term(t.label), (t.slug,)) for t in CASE_STATUSES.terms]
        self.status = self.add_filter_combo(QT_TRANSLATE_NOOP("Page", "Status"), choices)
        self.filters.addStretch(1)

    def make_source(self) -> CaseworkSource:
        assert self.ctx is not None
        return CaseworkSource(self.ctx.reader, "case",
                              RecordFilter(status=self.status.currentData() or ()))

    def current_defender_id(self) -> str | None:
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        defender = row.record.get("defender") if row is not None else None
        return defender if isinstance(defender, str) else None

    def new_case(self) -> None:
        if self.ctx is not None:
            defender = self.current_defender_id()
            open_form(self.ctx, "case", defaults={"defender": defender} if defender else None,
                      on_saved=lambda i: self.table.select_id(i))

    def open_sharing(self) -> None:
        """A small window (not modal) with the sharing control for the selected case."""
        record_id = self.current_id()
        if self.ctx is None or record_id is None:
            return
        self.close_sharing()
        self.sharing = SharingWindow(self.ctx, "case", record_id, self)
        self.sharing.show()

    def close_sharing(self) -> None:
        if self.sharing is not None:
            self.sharing.clear()
            self.sharing.deleteLater()
            self.sharing = None

    def clear(self) -> None:
        self.close_sharing()
        super().clear()

    def delete_current(self) -> None:
        record_id = self.current_id()
        if self.ctx is not None and record_id is not None:
            confirm_delete(self.ctx, "case", record_id)
