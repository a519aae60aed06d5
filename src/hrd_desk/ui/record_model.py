"""A table model over SQL that stays fast with 100,000 rows.

Sorting and filtering run in SQL (a `RowSource` asks the services layer), never in a proxy over
partly loaded rows; `rowCount` is the filtered total from a count query; rows are fetched in
blocks by offset when the view first asks for them in `data()` (that is, as they are painted),
and only a few blocks are kept. `find_row` answers "where is record X now?" after a reload, first
near where it was, then by asking the source, so a list keeps its selection and scroll on the same
records after an edit or an import.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..errors import HrdDeskError
from .i18n import translate

log = logging.getLogger(__name__)

R = TypeVar("R")
BLOCK_ROWS = 100  # a screen or two of rows: the first paint reads no more than it needs
KEEP_BLOCKS = 16
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id of a row (never shown)
Index = QModelIndex | QPersistentModelIndex


class RowSource(Protocol[R]):
    """Where a model's rows come from: SQL through the services, in the source's own order."""

    sort_key: str
    descending: bool

    def count(self) -> int: ...

    def fetch(self, offset: int, limit: int) -> list[R]: ...

    def row_id(self, row: R) -> str: ...

    def position_of(self, record_id: str) -> int | None: ...


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, how a row shows in it, and the SQL sort key (None: not sortable)."""

    header: str
    text: Callable[[R], str]
    sort_key: str | None = None
    tooltip: str | None = None  # help about the column (never record contents)
    color: Callable[[R], QColor | None] | None = None  # a swatch beside the text
    centered: bool = False  # short numbers (severity, counts) sit mid-column


class PagedRecordModel(QAbstractTableModel, Generic[R]):
    """Rows of a RowSource, loaded block by block as the view asks for them."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._source: RowSource[R] | None = None
        self._total = 0
        self._blocks: OrderedDict[int, list[R]] = OrderedDict()
        self.fetches = 0  # blocks fetched since the last reload (tests and benchmarks read it)

    # -- the source -------------------------------------------------------------------------

    @property
    def source(self) -> RowSource[R] | None:
        return self._source

    def set_source(self, source: RowSource[R] | None) -> None:
        """Show another query (a new filter); None empties the model."""
        self.beginResetModel()
        self._source = source
        self._reset_rows()
        self.endResetModel()

    def reload(self) -> None:
        """Count again and drop every loaded block (the data changed)."""
        self.beginResetModel()
        self._reset_rows()
        self.endResetModel()

    def clear(self) -> None:
        """Lock: forget the source and every row."""
        self.set_source(None)

    def _reset_rows(self) -> None:
        self._blocks.clear()
        self.fetches = 0
        self._total = 0
        if self._source is not None:
            try:
                self._total = self._source.count()
            except (HrdDeskError, RuntimeError) as exc:
                log.warning("a list could not be counted (%s)", type(exc).__name__)

    # -- rows -------------------------------------------------------------------------------

    def _block(self, number: int) -> list[R]:
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        if self._source is None:
            return []
        try:
            block = self._source.fetch(number * BLOCK_ROWS, BLOCK_ROWS)
        except (HrdDeskError, RuntimeError) as exc:
            log.warning("a block of a list could not be read (%s)", type(exc).__name__)
            block = []
        self.fetches += 1
        self._blocks[number] = block
        while len(self._blocks) > KEEP_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def row(self, row: int) -> R | None:
        if row < 0 or row >= self._total:
            return None
        block = self._block(row // BLOCK_ROWS)
        offset = row % BLOCK_ROWS
        return block[offset] if offset < len(block) else None

    def record_id(self, row: int) -> str | None:
        item = self.row(row)
        return None if item is None or self._source is None else self._source.row_id(item)

    def find_row(self, record_id: str, hint: int | None = None) -> int | None:
        """The row of `record_id` now: looked for near `hint` first, then asked of the source."""
        if self._source is None:
            return None
        if hint is not None and 0 <= hint < self._total:
            first = hint // BLOCK_ROWS
            for number in (first, first - 1, first + 1):
                if number < 0 or number * BLOCK_ROWS >= self._total:
                    continue
                for offset, item in enumerate(self._block(number)):
                    if self._source.row_id(item) == record_id:
                        return number * BLOCK_ROWS + offset
        try:
            return self._source.position_of(record_id)
        except (HrdDeskError, RuntimeError):
            return None

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._source is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignHCenter if column.centered
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, ID_ROLE,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        item = self.row(index.row())
        if item is None:
            return None
        if role == ID_ROLE:
            return self._source.row_id(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return column.color(item) if column.color is not None else None
        return column.text(item)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Column", column.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = translate("Column", column.tooltip) if column.tooltip else ""
            if column.sort_key is None:
                tip = (tip + "\n" if tip else "") + translate("Column",
                                                              "This column cannot be sorted.")
            return tip or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: sort in SQL by the column's key (columns without one are ignored)."""
        if self._source is None or not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        if key is None:
            return
        self._source.sort_key = key
        self._source.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        """The column showing the source's current order (-1 when none shows it)."""
        if self._source is None:
            return -1
        for number, column in enumerate(self.columns):
            if column.sort_key == self._source.sort_key:
                return number
        return -1
