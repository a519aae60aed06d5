"""The table every list page uses: keyboard first, SQL sorting, and a place that survives reloads.

After an edit or an import the list reloads (new count, blocks dropped) and `reload_keeping_place`
puts the current row and the top of the viewport back on the same record ids, wherever they
moved, so the caseworker does not lose their place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .record_model import ID_ROLE, PagedRecordModel


class RecordTable(QTableView):
    """A read-only, row-selecting table over a PagedRecordModel."""

    open_requested = Signal(str)  # record id: Enter or double-click
    current_changed = Signal(object)  # record id or None

    def __init__(self, model: PagedRecordModel[Any], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paged = model
        self.setModel(model)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setSortingEnabled(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures 100k rows
        vertical.setDefaultSectionSize(round(self.fontMetrics().height() * 1.9))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.doubleClicked.connect(self._open_index)
        self.selectionModel().currentRowChanged.connect(self._current_row_changed)
        model.modelReset.connect(self._show_sort_indicator)

    # -- the current record -----------------------------------------------------------------

    def current_id(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        value = self.paged.data(index, ID_ROLE)
        return value if isinstance(value, str) else None

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.paged.rowCount():
            return
        index = self.paged.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def select_id(self, record_id: str, hint: int | None = None) -> bool:
        row = self.paged.find_row(record_id, hint)
        if row is None:
            return False
        self.select_row(row)
        self.scrollTo(self.paged.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.current_id() if current.isValid() else None)

    def _open_index(self, index: QModelIndex) -> None:
        value = self.paged.data(index, ID_ROLE)
        if isinstance(value, str):
            self.open_requested.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    # -- reloading in place -----------------------------------------------------------------

    def reload_keeping_place(self) -> None:
        """Reload from SQL; keep the current record selected and the same record at the top."""
        current_row = self.currentIndex().row()
        current = self.current_id()
        top_row = self.rowAt(0)
        top = self.paged.record_id(top_row) if top_row >= 0 else None
        self.paged.reload()
        if top is not None:
            new_top = self.paged.find_row(top, top_row)
            if new_top is not None:
                self.scrollTo(self.paged.index(new_top, 0),
                              QAbstractItemView.ScrollHint.PositionAtTop)
        if current is not None:
            new_row = self.paged.find_row(current, current_row)
            if new_row is not None:
                self.select_row(new_row)
            else:
                self.current_changed.emit(None)

    def _show_sort_indicator(self) -> None:
        source = self.paged.source
        column = self.paged.sort_column()
        header = self.horizontalHeader()
        if source is None or column < 0:
            header.setSortIndicatorShown(False)
            return
        header.setSortIndicatorShown(True)
        order = Qt.SortOrder.DescendingOrder if source.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def set_stretch_column(self, column: int) -> None:
        """This column (the one a caseworker reads: a title, what happened) takes the room the
        others leave, instead of the last column."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._stretch = column

    def fit_columns(self, max_em: float = 24) -> None:
        """Widen the other columns to the rows on screen (a date range, a sub-type), never
        narrower than set and never wider than `max_em`; loads no more rows than are shown."""
        em = self.fontMetrics().horizontalAdvance("M")
        for column in range(self.paged.columnCount()):
            if column == getattr(self, "_stretch", -1) or self.isColumnHidden(column):
                continue  # a hidden column's width is the one it gets back when shown
            wanted = min(self.sizeHintForColumn(column) + em, round(max_em * em))
            if wanted > self.columnWidth(column):
                self.setColumnWidth(column, wanted)

    def set_column_widths(self, widths_em: list[float]) -> None:
        """Column widths in em, so they follow the font size and scaling."""
        metrics = self.horizontalHeader().fontMetrics()
        em = metrics.horizontalAdvance("M")
        for column, width in enumerate(widths_em):
            header = str(self.paged.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = metrics.horizontalAdvance(header) + 3 * em  # room for the sort arrow
            self.setColumnWidth(column, max(round(width * em), needed))
