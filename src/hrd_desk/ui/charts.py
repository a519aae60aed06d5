"""Bar charts drawn with QPainter (no QtCharts: that is in pyside6-addons), on screen and in PDFs.

One function paints the bars (`paint_bars`) for the statistics screen's widget and for the PDF:
each bar is labelled with its name and its count in words on the bar's side, so the chart reads
without colour and in grey-scale prints. Right to left (Arabic) mirrors it: labels on the right,
bars growing leftwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = "#3b7dd8"
MAX_BARS = 40  # more than this and a table says it better: the rest are summed in one bar


@dataclass(frozen=True)
class Bar:
    label: str
    count: int


def cap_bars(bars: Sequence[Bar], rest_label: str) -> list[Bar]:
    if len(bars) <= MAX_BARS:
        return list(bars)
    kept = list(bars[:MAX_BARS - 1])
    return [*kept, Bar(rest_label, sum(b.count for b in bars[MAX_BARS - 1:]))]


def paint_bars(painter: QPainter, area: QRectF, bars: Sequence[Bar], *, text: QColor,
               bar: QColor, right_to_left: bool,
               number: Callable[[int], str] | None = None) -> float:
    """Horizontal bars in `area` (as many rows as fit, one per bar); returns the height used."""
    if not bars:
        return 0.0
    metrics = QFontMetricsF(painter.font())
    row = metrics.height() * 1.6
    count_width = max(metrics.horizontalAdvance(str(b.count)) for b in bars) + metrics.height()
    gap = metrics.height() / 3
    # Labels take the room they need while the bars keep a quarter of the width (a cap of 40%
    # cut French and Spanish category names short beside empty space)
    room = area.width() - count_width - gap - max(area.width() * 0.25, 4 * metrics.height())
    label_width = max(min(room, max(metrics.horizontalAdvance(b.label) for b in bars)
                          + metrics.height()), area.width() * 0.2)
    bar_space = max(area.width() - label_width - count_width - gap, 1.0)
    top_count = max(max(b.count for b in bars), 1)
    y = area.top()
    painter.save()
    for item in bars:
        length = bar_space * item.count / top_count
        if right_to_left:
            label_rect = QRectF(area.right() - label_width + gap, y, label_width - gap, row)
            bar_rect = QRectF(area.right() - label_width - length, y + row * 0.2, length,
                              row * 0.6)
            count_rect = QRectF(bar_rect.left() - count_width - gap, y, count_width, row)
            # absolute: on a right-to-left widget the painter would mirror a plain AlignRight
            # to the left, leaving labels ragged at the right edge and counts off their bars
            label_align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            count_align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        else:
            label_rect = QRectF(area.left(), y, label_width - gap, row)
            bar_rect = QRectF(area.left() + label_width, y + row * 0.2, length, row * 0.6)
            count_rect = QRectF(bar_rect.right() + gap, y, count_width, row)
            label_align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
            count_align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
        painter.setPen(text)
        elided = metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, label_rect.width())
        painter.drawText(label_rect, label_align | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.fillRect(bar_rect, bar)
        painter.drawText(count_rect, count_align | Qt.AlignmentFlag.AlignVCenter,
                         str(item.count) if number is None else number(item.count))
        y += row
    painter.restore()
    return y - area.top()


class BarChart(QWidget):
    """The bars of the statistics screen (as tall as its bars need)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        row = self.fontMetrics().height() * 1.6
        return QSize(self.fontMetrics().horizontalAdvance("M") * 40,
                     int(row * max(len(self.bars), 1)) + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_bars(painter, QRectF(self.rect()).adjusted(2, 2, -2, -2), self.bars,
                       text=self.palette().color(QPalette.ColorRole.WindowText),
                       bar=QColor(BAR_COLOUR), right_to_left=self.isRightToLeft(),
                       number=lambda n: QLocale().toString(n))
        finally:
            painter.end()
