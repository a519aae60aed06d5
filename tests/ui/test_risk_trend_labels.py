"""The Risk tab's chart (and the dossier's): its labels never overlap (seen at a real window and
in a dossier PDF: the incident scale's "0" sat on the last month's label, "2026-120")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from hrd_desk.services.plans import Trend, TrendPoint
from hrd_desk.ui.risk_trend import paint_trend


class Recording(QPainter):
    """A painter that notes where each text goes (and still draws it)."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[tuple[str, QRectF]] = []

    def drawText(self, *args: Any) -> None:  # type: ignore[override]
        if len(args) == 3 and isinstance(args[0], QRectF):
            rect = self.boundingRect(args[0], args[1], args[2])
            self.texts.append((str(args[2]), rect))
        super().drawText(*args)


def test_the_incident_scale_and_the_month_labels_do_not_overlap(qtbot: QtBot) -> None:
    months = [f"2025-{m:02d}" for m in range(12, 13)] + [f"2026-{m:02d}" for m in range(1, 13)]
    trend = Trend(points=[TrendPoint("2026-12-03", "2026-12-03", "high", "a1")], months=months,
                  incidents={"2026-11": {"digital": 1}})
    for width in range(500, 1200, 3):  # wherever the last month's label falls
        image = QImage(width, 220, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = Recording(image)
        try:
            paint_trend(painter, QRectF(0, 0, width, 220), trend, text=QColor("black"))
        finally:
            painter.end()
        labels = [(t, r) for t, r in painter.texts if t]
        for index, (text, rect) in enumerate(labels):
            for other, other_rect in labels[index + 1:]:
                assert not rect.intersects(other_rect), (width, text, other)


def _painted(direction: Qt.LayoutDirection, trend: Trend) -> tuple[QImage, list[QRectF]]:
    image = QImage(700, 220, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = Recording(image)
    painter.setLayoutDirection(direction)  # what a widget's painter gets in Arabic
    try:
        paint_trend(painter, QRectF(0, 0, 700, 220), trend, text=QColor("black"))
    finally:
        painter.end()
    return image, [r for t, r in painter.texts if t]


def test_in_arabic_the_chart_reads_as_in_english_with_every_label_inside(qtbot: QtBot) -> None:
    """Seen at a real window in Arabic: the incident scale's "1" was cut off at the chart's
    right edge and the level names moved away from their axis. The chart is a time line and
    keeps its direction; its labels stay beside their axes, inside the chart."""
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    trend = Trend(points=[TrendPoint("2026-03-03", "2026-03-03", "medium", "a1"),
                          TrendPoint("2026-11-03", "2026-11-03", "high", "a2")],
                  months=months, incidents={"2026-10": {"digital": 1}, "2026-11": {"family": 1}})
    left_to_right, _ = _painted(Qt.LayoutDirection.LeftToRight, trend)
    right_to_left, rects = _painted(Qt.LayoutDirection.RightToLeft, trend)
    area = QRectF(0, 0, 700, 220)
    for rect in rects:
        assert area.contains(rect), rect
    assert right_to_left == left_to_right
