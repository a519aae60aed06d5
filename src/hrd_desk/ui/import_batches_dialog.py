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
from ..services.sheet_import import ImportBatch
from .contracts import AppContext
from .error_words import failure_sentence
from .exchange.common import button
from .i18n import isolated, plural, translate
from .labels import kind_count, plain_label

BATCH_ROLE = Qt.ItemDataRole.UserRole + 1


def batch_text(batch: ImportBatch) -> str:
    return (translate("ImportBatches", "Import %1, %2: %3 (%4 live, %5 deleted)")
            .replace("%1", str(batch.number))
            .replace("%2", isolated(batch.at[:16].replace("T", " ") + " UTC"))
            .replace("%3", kind_count(batch.kind, batch.created))
            .replace("%4", str(batch.live)).replace("%5", str(batch.deleted)))


class ImportBatchesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("ImportBatches", "Spreadsheet imports"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate(
            "ImportBatches",
            "Each import can be undone as a whole: its records move to the Deleted view, where "
            "they can be restored or purged. Records you changed since are undone too."),
            wrap=True))
        self.batches = QListWidget()
        self.batches.setAccessibleName(translate("ImportBatches", "Spreadsheet imports"))
        layout.addWidget(self.batches, 1)
        self.status = plain_label("", wrap=True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.delete_button = button(translate("ImportBatches", "Undo this import…"),
                                    self.delete_chosen,
                                    name=translate("ImportBatches", "Undo the chosen import"))
        self.restore_button = button(translate("ImportBatches", "Restore this import"),
                                     self.restore_chosen,
                                     name=translate("ImportBatches", "Restore the chosen import"))
        row.addWidget(self.delete_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(button(translate("ImportBatches", "Close"), self.accept))
        layout.addLayout(row)
        self.batches.currentRowChanged.connect(lambda _row: self._update())
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        try:
            batches = self.ctx.reader.sheets.batches()
        except HrdDeskError as exc:
            self.status.setText(failure_sentence(exc))
            batches = []
        self.batches.clear()
        for batch in batches:
            item = QListWidgetItem(batch_text(batch))
            item.setData(BATCH_ROLE, batch)
            self.batches.addItem(item)
        if not batches:
            self.status.setText(
                translate("ImportBatches", "No spreadsheet has been imported into this vault."))
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

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.reload()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(failure_sentence(exc) if isinstance(exc, HrdDeskError)
                            else translate("ImportBatches", "Not done: %1").replace(
                                "%1", exc.__class__.__name__))

    def delete_chosen(self) -> None:
        batch = self.chosen()
        if batch is None or not self.ctx.prompter.confirm(
                translate("ImportBatches", "Undo the import"),
                plural("ImportBatches", "Move the %n live record(s) of import %1 to the Deleted "
                       "view?", batch.live).replace("%1", str(batch.number)),
                destructive=True):
            return
        number = batch.number
        self.ctx.write(lambda desk: desk.sheets.delete_batch(number),
                       on_done=lambda n: self._done(plural(
                           "ImportBatches", "%n record(s) moved to the Deleted view.", int(n))),
                       on_error=self._failed)

    def restore_chosen(self) -> None:
        batch = self.chosen()
        if batch is None:
            return
        number = batch.number
        self.ctx.write(lambda desk: desk.sheets.restore_batch(number),
                       on_done=lambda n: self._done(plural(
                           "ImportBatches", "%n record(s) restored.", int(n))),
                       on_error=self._failed)
