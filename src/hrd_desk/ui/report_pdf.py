"""Statistics and dossiers as PDF, drawn by Qt's own writer (pdf.a4_pdf) (issue 18).

Text is drawn as text (searchable, copyable), never as HTML: record values go through
QPainter.drawText. A paragraph in a right-to-left script (Arabic) is aligned right and shaped by
Qt; the bundled Noto Sans Arabic (i18n.load_fonts) is there for machines without an Arabic font.
Every page carries the footer: profile, date and office for a dossier, date and office for
statistics, and the page number.

The CLI reaches this module for `report dossier` (the one Qt use outside the GUI, allowed in
tests/test_layering.py): `offscreen_app()` gives it a QGuiApplication without a display.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPainter, QPdfWriter

from ..services.plans import Trend
from ..services.reports import Dossier, DossierSection, ReportWording
from ..services.statistics import Statistics
from .charts import BAR_COLOUR, Bar, cap_bars, paint_bars
from .i18n import isolated, load_fonts, number_text, translate
from .pdf import a4_pdf
from .risk_trend import paint_trend
from .stats_words import key_title, shown_rows, value_text

FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Noto Sans Arabic"]


def offscreen_app() -> QGuiApplication:
    """The running Qt application, or one without a display (the CLI)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["hrd-desk"])


def is_right_to_left(text: str) -> bool:
    """The first strong character decides (as Unicode's bidi algorithm does for a paragraph)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class Flow:
    """Paragraphs down A4 pages, a new page when one is full, the footer on each."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str) -> None:
        self.writer, self.painter, self.footer = writer, painter, footer
        self.page_rect = QRectF(painter.viewport())  # device pixels inside the margins
        self.base = QFont()
        self.base.setFamilies(FONT_FAMILIES)
        self.base.setPointSizeF(10)
        painter.setFont(self.base)
        self.line = QFontMetricsF(painter.font()).height()
        self.bottom = self.page_rect.bottom() - self.line * 2.5
        self.y = self.page_rect.top()
        self.page = 1
        self._draw_footer()

    def font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.base)
        font.setPointSizeF(self.base.pointSizeF() * scale)
        font.setBold(bold)
        return font

    def _draw_footer(self) -> None:
        self.painter.save()
        self.painter.setFont(self.font(0.8))
        self.painter.setPen(QColor("#555555"))
        rect = QRectF(self.page_rect.left(), self.page_rect.bottom() - self.line * 1.5,
                      self.page_rect.width(), self.line * 1.5)
        # right to left (Arabic): the footer at the right, the page number at the left
        start, end = ((Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft)
                      if is_right_to_left(self.footer)
                      else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight))
        self.painter.drawText(rect, start | Qt.AlignmentFlag.AlignBottom, self.footer)
        self.painter.drawText(rect, end | Qt.AlignmentFlag.AlignBottom, str(self.page))
        self.painter.restore()

    def new_page(self) -> None:
        self.writer.newPage()
        self.page += 1
        self.y = self.page_rect.top()
        self._draw_footer()

    def room(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > self.page_rect.top():
            self.new_page()

    def text(self, text: str, *, scale: float = 1.0, bold: bool = False, indent: float = 0.0,
             space_after: float = 0.3, colour: str | None = None) -> None:
        """A wrapped paragraph, aligned by its own direction (Arabic to the right)."""
        if not text:
            return
        self.painter.save()
        self.painter.setFont(self.font(scale, bold))
        if colour:
            self.painter.setPen(QColor(colour))
        width = self.page_rect.width() - indent
        flags = int(Qt.TextFlag.TextWordWrap) | int(
            Qt.AlignmentFlag.AlignRight if is_right_to_left(text) else Qt.AlignmentFlag.AlignLeft)
        for part in text.split("\n"):
            bound = self.painter.boundingRect(QRectF(0, 0, width, 1e6), flags, part or " ")
            if bound.height() > self.bottom - self.page_rect.top():  # longer than a page
                bound.setHeight(self.bottom - self.page_rect.top())
            self.room(bound.height())
            rect = QRectF(self.page_rect.left() + indent, self.y, width, bound.height())
            self.painter.drawText(rect, flags, part)
            self.y += bound.height()
        self.y += self.line * space_after
        self.painter.restore()

    def gap(self, lines: float = 0.6) -> None:
        self.y += self.line * lines

    def bars(self, bars: Sequence[Bar]) -> None:
        row = self.line * 1.6
        shown = cap_bars(bars, translate("Statistics", "Others"))
        for start in range(0, len(shown), 25):
            chunk = shown[start:start + 25]
            self.room(row * len(chunk))
            used = paint_bars(self.painter, QRectF(self.page_rect.left(), self.y,
                                                   self.page_rect.width(), row * len(chunk)),
                              chunk, text=QColor("#000000"), bar=QColor(BAR_COLOUR),
                              right_to_left=False)
            self.y += used + self.line * 0.5

    def trend(self, trend: Trend) -> None:
        """The Risk tab's chart (risk_trend.paint_trend), as wide as the page (the section's
        table below gives the levels and dates in words)."""
        height = self.line * 14
        self.room(height)
        paint_trend(self.painter, QRectF(self.page_rect.left(), self.y, self.page_rect.width(),
                                         height), trend, text=QColor("#000000"))
        self.y += height + self.line * 0.5


# -- dossier ---------------------------------------------------------------------------------------


def _section(flow: Flow, section: DossierSection, words: ReportWording) -> None:
    flow.gap()
    flow.room(flow.line * 5)  # no heading alone at the foot of a page
    flow.text(section.title, scale=1.3, bold=True)
    if section.trend is not None:
        flow.trend(section.trend)
    for label, value in section.lines:
        flow.text(words.say("%1: %2", label, value))
    if section.header:
        if not section.rows:
            flow.text(words.phrase("None under this profile."), colour="#555555")
        for row in section.rows:
            flow.room(flow.line * (sum(1 for v in row if v) + 0.4))  # a record not split
            first = True
            for name, value in zip(section.header, row, strict=True):
                if value:
                    flow.text(words.say("%1: %2", name, value), bold=first,
                              indent=0 if first else 12 * 8, space_after=0.1)
                    first = False
            flow.gap(0.4)
    flow.text(section.note, colour="#555555")


def dossier_pdf(dossier: Dossier) -> bytes:
    """The dossier's pages: title, then each section in order, the footer on every page, in
    the dossier's wording (ui/report_words.py for the GUI's language, English for the CLI)."""
    offscreen_app()
    load_fonts()

    def paint(writer: QPdfWriter, painter: QPainter) -> None:
        flow = Flow(writer, painter, dossier.footer)
        flow.text(dossier.heading, scale=1.8, bold=True)
        flow.text(dossier.introduction, colour="#555555")
        for section in dossier.sections:
            _section(flow, section, dossier.words)

    return a4_pdf(f"hrd-desk dossier ({dossier.profile.value})", paint)


# -- statistics ------------------------------------------------------------------------------------


def stats_bars(stats: Statistics) -> list[Bar]:
    """One bar per row: the grouping keys' values joined, in the current language."""
    by = stats.query.by
    if not by:
        return [Bar(translate("Statistics", "All incidents"), stats.total)]
    return [Bar(" · ".join(value_text(k, r[k]) for k in by), int(r["count"]))
            for r in shown_rows(stats)]


def statistics_pdf(stats: Statistics, office: str, today: date) -> bytes:
    """The Statistics screen's counts as A4 pages, in the current language."""
    offscreen_app()
    load_fonts()
    q = stats.query

    def paint(writer: QPdfWriter, painter: QPainter) -> None:
        flow = Flow(writer, painter, translate("Statistics", "Statistics · %1 · Office: %2")
                    .replace("%1", isolated(today.isoformat())).replace("%2", office))
        flow.text(translate("Statistics", "Incident statistics"), scale=1.8, bold=True)
        start = isolated(str(q.date_from)) if q.date_from else translate("Statistics",
                                                                    "the first record")
        end = isolated(str(q.date_to)) if q.date_to else translate("Statistics", "today")
        grouping = translate("Statistics", ", ").join(key_title(k) for k in q.by) or translate(
            "Statistics", "no grouping")
        what = translate("Statistics", "Incidents from %1 to %2, by %3").replace(
            "%1", start).replace("%2", end).replace("%3", grouping)
        if q.programme:
            what += translate("Statistics", ", programme %1").replace(
                "%1", value_text("programme", q.programme))
        flow.text(what + translate(
            "Statistics", ". Only defenders whose consent allows statistics are counted. An "
            "incident counts once, in the period that contains its whole date."),
            colour="#555555")
        flow.gap()
        flow.bars(stats_bars(stats))
        flow.gap()
        for row in shown_rows(stats):
            keys = translate("Statistics", ", ").join(value_text(k, row[k]) for k in q.by)
            flow.text(translate("Statistics", "%1: %2").replace("%1", keys).replace(
                "%2", number_text(int(row["count"]))), space_after=0.1)
        flow.text(translate("Statistics", "Total: %1").replace("%1", number_text(stats.total)),
                  bold=True)
        flow.text(translate("Statistics", "Imprecise (date fits no single period): %1").replace(
            "%1", number_text(stats.imprecise)))

    return a4_pdf("hrd-desk statistics", paint)
