"""Deleted records: restore them, or purge them for good (asked twice, never undone)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...model.display import record_title
from ...model.fields import field_infos
from ...model.records import KINDS
from ...services.casework import RecordFilter
from ..i18n import QT_TRANSLATE_NOOP
from ..list_sources import CaseworkSource, ListRow
from ..record_actions import confirm_purge, restore
from ..record_model import Column
from .list_page import ListPage

SHOWN_KINDS = ("defender", "related", "case", "incident", "relocation", "checkin", "training",
               "participant", "risk_assessment", "risk_item", "security_measure", "contact",
               "advocacy", "task")

PLURALS = {"related": "Related people"}
DEFENDER_COLUMN = 1
# Kinds with no defender to name (a defender itself, a training course...): no empty column.
NO_DEFENDER = frozenset(k for k, spec in KINDS.items()
                        if not {"defender", "defenders"} & set(field_infos(spec.cls)))

COLUMNS: list[Column[ListRow]] = [
    Column("Record", lambda r: record_title(r.record), None,
           "Sensitive fields never appear here"),
    Column("Defender", lambda r: r.linked("defender") or r.linked("defenders"), None),
    Column("Deleted", lambda r: r.record.updated[:16].replace("T", " "), "updated",
           "When it was deleted (UTC)"),
]


class DeletedPage(ListPage):
    nav_title = QT_TRANSLATE_NOOP("Section", "Deleted")
    kinds = frozenset(KINDS)
    noun = ("deleted record", "deleted records")
    empty_text = "Nothing of this kind has been deleted."

    def __init__(self) -> None:
        super().__init__("Deleted", COLUMNS, [28, 16, 12])
        self.add_intro("Deleted records are kept here and can be restored. Purging one removes "
                       "its content from this vault for good.")
        self.add_action("Restore", self.restore_current, needs_selection=True,
                        tip="Put the selected record back where it was")
        self.add_action("Purge…", self.purge_current, needs_selection=True,
                        tip="Remove the selected record's content for good (cannot be undone)")
        self.add_action(QT_TRANSLATE_NOOP("Page", "Spreadsheet imports…"), self.show_imports,
                        tip=QT_TRANSLATE_NOOP(
                            "Page", "Undo a spreadsheet import as a whole, or bring it back"))
        choices = [(PLURALS.get(k, KINDS[k].label.capitalize() + "s"), k) for k in SHOWN_KINDS]
        self.kind = self.add_filter_combo("Show", choices)
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
