"""A4 PDF pages drawn by Qt's own writer (QPdfWriter), into memory: the caller writes the bytes
atomically (fsutil.atomic_write), so nothing half-written reaches the disk. One writer for every
PDF the app makes (the recovery code and shares, statistics, dossiers)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter


def a4_pdf(title: str, paint: Callable[[QPdfWriter, QPainter], None]) -> bytes:
    """A4 portrait pages with 20 mm margins; `paint` draws them (writer.newPage() for more)."""
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
