"""Past spreadsheet imports, from the Deleted view: each undone (moved to the Deleted view) or
brought back as a whole, in one step (issue 20). Shows dates, kinds and counts, never contents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import HrdDeskError
from ..model.display import counted
from ..services.sheet_import import ImportBatch
from .contracts import AppContext
from .exchange.common import button
from .labels import plain_label

BATCH_ROLE = Qt.ItemDataRole.UserRole + 1


def batch_text(batch: ImportBatch) -> str:
    return (f"Import {batch.number}, {batch.at[:16].replace('T', ' ')} UTC: "
            f"{counted(batch.created, batch.kind)} ({batch.live} live, {batch.deleted} deleted)")


class ImportBatchesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Spreadsheet imports")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            "Each import can be undone as a whole: its records move to the Deleted view, where "
            "they can be restored or purged. Records you changed since are undone too.",
            wrap=True))
        self.batches = QListWidget()
        self.batches.setAccessibleName("Spreadsheet imports")
        layout.addWidget(self.batches, 1)
        self.status = plain_label("", wrap=True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.delete_button = button("Undo this import…", self.delete_chosen,
                                    name="Undo the chosen import")
        self.restore_button = button("Restore this import", self.restore_chosen,
                                     name="Restore the chosen import")
        row.addWidget(self.delete_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(button("Close", self.accept))
        layout.addLayout(row)
        self.batches.currentRowChanged.connect(lambda _row: self._update())
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        try:
            batches = self.ctx.reader.sheets.batches()
        except HrdDeskError as exc:
            self.status.setText(exc.message)
            batches = []
        self.batches.clear()
        for batch in batches:
            item = QListWidgetItem(batch_text(batch))
            item.setData(BATCH_ROLE, batch)
            self.batches.addItem(item)
        if not batches:
            self.status.setText("No spreadsheet has been imported into this vault.")
        else:
            self.batches.setCurrentRow(0)
        self._update()

    def chosen(self) -> ImportBatch | None:
        item = self.batches.currentItem()
        value = item.data(BATCH_ROLE) if item is not None else None
        return value if isinstance(value, ImportBatch) else None

    def _update(self) -> None:
        batch = self.chosen()
        self.delete_button.setEnabled(batch is not None and batch.live > 0)
        self.restore_button.setEnabled(batch is not None and batch.deleted > 0)

    def _done(self, verb: str, count: int) -> None:
        self.status.setText(f"{counted(count, 'record')} {verb}.")
        self.reload()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(exc.message if isinstance(exc, HrdDeskError)
                            else f"Not done: {exc.__class__.__name__}")

    def delete_chosen(self) -> None:
        batch = self.chosen()
        if batch is None or not self.ctx.prompter.confirm(
                "Undo the import", f"Move the {batch.live} live records of import "
                f"{batch.number} to the Deleted view?", destructive=True):
            return
        number = batch.number
        self.ctx.write(lambda desk: desk.sheets.delete_batch(number),
                       on_done=lambda n: self._done("moved to the Deleted view", int(n)),
                       on_error=self._failed)

    def restore_chosen(self) -> None:
        batch = self.chosen()
        if batch is None:
            return
        number = batch.number
        self.ctx.write(lambda desk: desk.sheets.restore_batch(number),
                       on_done=lambda n: self._done("restored", int(n)),
                       on_error=self._failed)
