"""The frame shared by a defender's tree tabs (Relocation, Risk, Security plan).

Each shows one tree of a defender's records, a line per record with its (kind, id) as target;
Enter opens the selected line, Delete… moves it to Deleted, the selection survives a refresh, and
sensitive values below the tree are concealed or cleared with the page. A tab builds its own tree
columns, buttons and details and fills the tree in `show_defender`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTreeWidget, QWidget

from ..errors import HrdDeskError
from .contracts import AppContext
from .flow_layout import FlowLayout
from .forms import open_form
from .record_actions import confirm_delete
from .sensitive import SensitiveValue
from .tree_items import all_items

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id)


class DefenderTreeTab(QWidget):
    """show_defender, refresh, select, open/delete the selected line, conceal, clear."""

    KINDS: frozenset[str] = frozenset()  # records whose change shows the defender again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.defender_id: str | None = None
        self.sensitive: list[SensitiveValue] = []
        self.tree = QTreeWidget()
        self.tree.itemActivated.connect(lambda _item, _col: self.open_current())
        self.tree.currentItemChanged.connect(lambda _c, _p: self._selection_changed())

    def _set_columns(self, name: str, headers: Sequence[str], stretch: int) -> None:
        """The tree's accessible name and columns: `stretch` takes the room, the rest fit."""
        self.tree.setAccessibleName(name)
        self.tree.setHeaderLabels(list(headers))
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)

    @staticmethod
    def _button(layout: QHBoxLayout | FlowLayout, text: str, slot: Callable[[], None],
                tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        layout.addWidget(button)
        return button

    # -- showing ----------------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def show_defender(self, defender_id: str, select: tuple[str, str] | None = None) -> None:
        raise NotImplementedError

    def _select_again(self, keep: tuple[str, str] | None) -> None:
        """After filling the tree: the line selected before, else the first record's line."""
        if keep is None or not self.select(keep):
            first = next((i for i in all_items(self.tree) if i.data(0, TARGET_ROLE)), None)
            if first is not None:
                self.tree.setCurrentItem(first)
        self._selection_changed()

    def refresh(self, kinds: frozenset[str]) -> None:
        """Records changed: show the defender again, keeping the selected line."""
        if self.defender_id is not None and kinds & self.KINDS:
            self.show_defender(self.defender_id)

    def select(self, target: tuple[str, str]) -> bool:
        for item in all_items(self.tree):
            data = item.data(0, TARGET_ROLE)
            if data is not None and tuple(data) == tuple(target):
                self.tree.setCurrentItem(item)
                return True
        return False

    def current_target(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        data = item.data(0, TARGET_ROLE) if item is not None else None
        return (str(data[0]), str(data[1])) if data else None

    def _selection_changed(self) -> None:
        raise NotImplementedError

    # -- actions ----------------------------------------------------------------------------

    def _open(self, ctx: AppContext, kind: str, record_id: str) -> None:
        open_form(ctx, kind, record_id)

    def open_current(self) -> None:
        target = self.current_target()
        if self.ctx is None or target is None:
            return
        try:
            self._open(self.ctx, *target)
        except HrdDeskError:  # gone meanwhile (deleted elsewhere): show what is there now
            if self.defender_id is not None:
                self.show_defender(self.defender_id)

    def delete_current(self) -> None:
        target = self.current_target()
        if self.ctx is not None and target is not None:
            confirm_delete(self.ctx, target[0], target[1])

    # -- leaving, locking -------------------------------------------------------------------

    def conceal(self) -> None:
        for value in self.sensitive:
            value.conceal()

    def clear(self) -> None:
        self.defender_id = None
        self.tree.clear()
        for value in self.sensitive:
            value.clear()
