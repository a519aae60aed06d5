"""A row of widgets that wraps onto further rows when the window is too narrow for it (issue 18:
French and Spanish button and filter rows are wider than English ones; a 760 px window must not
scroll sideways). Items keep their size hints and pack from the leading edge (the right in a
right-to-left window); the row asks for the height its wrapped lines need (heightForWidth)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """QHBoxLayout's addWidget/addStretch for a row that wraps (a stretch is ignored: the items
    pack at the leading edge)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QHBoxLayout's calls that pages make ----------------------------------------------------

    def addStretch(self, stretch: int = 0) -> None:
        """Nothing: a wrapping row packs its items at the leading edge."""

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        super().addWidget(widget)

    # -- QLayout --------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row: every item side by side (what the row asks for when there is room)."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as its widest item (the others wrap below)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing --------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else -1
        return gap if gap >= 0 else 6

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in `rect` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        parent = self.parentWidget()
        right_to_left = parent is not None and \
            parent.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x, y, line_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), area.width()) if area.width() > 0 else hint.width()
            if x > area.x() and x + width > area.x() + area.width():
                x, y, line_height = area.x(), y + line_height + gap, 0
            if move:
                left = area.x() + area.right() - x - width + 1 if right_to_left else x
                item.setGeometry(QRect(QPoint(left, y), QSize(width, hint.height())))
            x += width + gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def labelled(caption: QLabel, field: QWidget) -> QWidget:
    """A caption and its field kept on one line of a wrapping row."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(caption)
    row.addWidget(field, 1)
    return pair


def focusable_in(widget: QWidget) -> list[QWidget]:
    """The widget, or the widgets of a `labelled` pair, that take focus (for tab orders)."""
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return [widget]
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return [w for w in widget.findChildren(QWidget, options=direct)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
