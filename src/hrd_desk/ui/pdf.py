"""A4 PDFs drawn by Qt's own PDF writer into memory (the recovery code, its shares, a plan
summary); the caller writes the bytes with fsutil.atomic_write, so nothing half-written reaches
the disk. What goes in is what the person chose to print: the file holds it in clear."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter


def a4_pdf(title: str, paint: Callable[[QPdfWriter, QPainter], None]) -> bytes:
    """A4 portrait pages with 20 mm margins, painted by `paint`."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("hrd-desk")
    painter = QPainter(writer)
    try:
        paint(writer, painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def text_pdf(title: str, lines: Sequence[str], point_size: int = 11) -> bytes:
    """Plain text lines on A4 pages (long lines wrapped, a new page when one is full)."""
    def paint(writer: QPdfWriter, painter: QPainter) -> None:
        font = QFont()
        font.setPointSize(point_size)
        painter.setFont(font)
        width, height = writer.width(), writer.height()
        metrics = painter.fontMetrics()
        y = 0
        for line in lines:
            flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
            box = metrics.boundingRect(0, 0, width, height, flags, line or " ")
            if y + box.height() > height:
                writer.newPage()
                y = 0
            painter.drawText(QRectF(0, y, width, box.height()), flags, line or " ")
            y += box.height()

    return a4_pdf(title, paint)
