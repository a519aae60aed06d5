"""Deleted records: restore them, or purge them for good (asked twice, never undone)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...model.fields import field_infos
from ...model.records import KINDS
from ...services.casework import RecordFilter
from ..i18n import QT_TRANSLATE_NOOP, plural
from ..list_sources import CaseworkSource, ListRow
from ..record_actions import confirm_purge, restore
from ..record_model import Column
from ..record_titles import record_title
from .list_page import ListPage

SHOWN_KINDS = ("defender", "related", "case", "incident", "relocation", "checkin", "training",
               "participant", "risk_assessment", "risk_item", "security_measure", "contact",
               "advocacy", "task")

# a kind's name in the plural, for the Show filter
PLURALS = {
    "defender": QT_TRANSLATE_NOOP("Page", "Defenders"),
    "related": QT_TRANSLATE_NOOP("Page", "Related people"),
    "case": QT_TRANSLATE_NOOP("Page", "Cases"),
    "incident": QT_TRANSLATE_NOOP("Page", "Incidents"),
    "relocation": QT_TRANSLATE_NOOP("Page", "Stays"),
    "checkin": QT_TRANSLATE_NOOP("Page", "Check-ins"),
    "training": QT_TRANSLATE_NOOP("Page", "Trainings"),
    "participant": QT_TRANSLATE_NOOP("Page", "Training participants"),
    "risk_assessment": QT_TRANSLATE_NOOP("Page", "Risk assessments"),
    "risk_item": QT_TRANSLATE_NOOP("Page", "Risk items"),
    "security_measure": QT_TRANSLATE_NOOP("Page", "Security measures"),
    "contact": QT_TRANSLATE_NOOP("Page", "Network contacts"),
    "advocacy": QT_TRANSLATE_NOOP("Page", "Advocacy actions"),
    "task": QT_TRANSLATE_NOOP("Page", "Tasks"),
}
DEFENDER_COLUMN = 1
# Kinds with no defender to name (a defender itself, a training course...): no empty column.
NO_DEFENDER = frozenset(k for k, spec in KINDS.items()
                        if not {"defender", "defenders"} & set(field_infos(spec.cls)))

COLUMNS: list[Column[ListRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Record"),
        lambda r: record_title(r.record),
        None,
        QT_TRANSLATE_NOOP("Column", "Sensitive fields never appear here"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Defender"),
        lambda r: r.linked("defender") or r.linked("defenders"),
        None,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Deleted"),
        lambda r: r.record.updated[:16].replace("T", " "),
        "updated",
        QT_TRANSLATE_NOOP("Column", "When it was deleted (UTC)"),
    ),
]


class DeletedPage(ListPage):
    nav_title = QT_TRANSLATE_NOOP("Section", "Deleted")
    kinds = frozenset(KINDS)
    noun = ("deleted record", "deleted records")
    empty_text = QT_TRANSLATE_NOOP("Page", "Nothing of this kind has been deleted.")

    def count_text(self, total: int) -> str | None:
        return plural("Page", "%n deleted record(s)", total)

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Section", "Deleted"), COLUMNS, [28, 16, 12])
        self.add_intro(
            QT_TRANSLATE_NOOP(
                "Page",
                "Deleted records are kept here and can be restored. Purging one removes "
                "its content from this vault for good.",
            )
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Restore"),
            self.restore_current,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Put the selected record back where it was"),
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Purge…"),
            self.purge_current,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP(
                "Page", "Remove the selected record's content for good (cannot be undone)"
            ),
        )
        self.add_action(QT_TRANSLATE_NOOP("Page", "Spreadsheet imports…"), self.show_imports,
                        tip=QT_TRANSLATE_NOOP(
                            "Page", "Undo a spreadsheet import as a whole, or bring it back"))
        choices = [(PLURALS[k], k) for k in SHOWN_KINDS]
        self.kind = self.add_filter_combo(QT_TRANSLATE_NOOP("Page", "Show"), choices)
        self.filters.addStretch(1)

    def make_source(self) -> CaseworkSource:
        assert self.ctx is not None
        kind = str(self.kind.currentData())
        self.table.setColumnHidden(DEFENDER_COLUMN, kind in NO_DEFENDER)
        return CaseworkSource(self.ctx.reader, str(self.kind.currentData()),
                              RecordFilter(deleted=True), sort_key="updated", descending=True)

    def restore_current(self) -> None:
        record_id = self.current_id()
        if self.ctx is not None and record_id is not None:
            restore(self.ctx, str(self.kind.currentData()), record_id)

    def purge_current(self) -> None:
        record_id = self.current_id()
        if self.ctx is not None and record_id is not None:
            confirm_purge(self.ctx, str(self.kind.currentData()), record_id)

    def show_imports(self) -> None:
        """Past imports, each undone or restored as a whole (window-modal: closed at lock)."""
        if self.ctx is None:
            return
        from ..import_batches_dialog import ImportBatchesDialog

        dialog = ImportBatchesDialog(self.ctx, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.imports_dialog = dialog
        dialog.open()
