"""The Risk tab's small chart: a defender's assessed level over time beside their incidents.

Bars are the incidents logged each month, stacked by primary category (the defender's threat
pattern); the line is the assessed level (low to critical), held from each assessment to the next,
with a dot where an assessment was made. A caseworker sees at a glance whether the level follows
the threats. Categories have the colours of the Threat log (labels.category_colour), the level
line the text colour. Everything drawn is a count, a month, a category or a level: nothing
sensitive. The same facts are given as text to assistive technology (`describe`). One function
draws it (`paint_trend`): on the Risk tab and in a defender's dossier PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..model.vocab import VOCABULARIES
from ..services.plans import Trend
from .i18n import plural, translate, vocab_text
from .labels import category_colour, category_text

LEVELS = ("low", "medium", "high", "critical")


def describe(trend: Trend) -> str:
    """The chart in words: each assessment's level, and the incidents around it."""
    parts = [f"{p.assessed}: {vocab_text('risk_levels', p.level).lower()}"
             for p in trend.points]
    total = sum(trend.incident_count(m) for m in trend.months)
    said = "; ".join(parts) if parts else translate("RiskTrend", "no assessment yet")
    first = trend.months[0] if trend.months else ""
    return translate("RiskTrend", "Assessed levels: %1.").replace("%1", said) + " " + plural(
        "RiskTrend", "%n incident(s) logged since %1.", total).replace("%1", first)


class RiskTrendChart(QWidget):
    """Incidents by month and category as stacked bars, the assessed level as a step line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trend = Trend()
        self.setAccessibleName(translate("RiskTrend", "Risk level and incidents over time"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(40 * line, 12 * line)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(20 * line, 12 * line)

    def set_trend(self, trend: Trend) -> None:
        self.trend = trend
        text = describe(trend)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def clear(self) -> None:
        self.set_trend(Trend())
        self.setToolTip("")

    def categories(self) -> list[str]:
        return categories(self.trend)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_trend(painter, QRectF(self.rect()), self.trend,
                        text=self.palette().windowText().color())
        finally:
            painter.end()


def categories(trend: Trend) -> list[str]:
    """Categories with at least one incident in the span, in the vocabulary's order."""
    seen = {c for m in trend.months for c in trend.incidents.get(m, {})}
    slugs = VOCABULARIES["threat_categories"].slugs()
    return [c for c in slugs if c in seen] + sorted(seen - set(slugs))


def paint_trend(painter: QPainter, area: QRectF, trend: Trend, *, text: QColor) -> None:
    """The chart in `area` with the painter's font: the Risk tab's widget and the dossier PDF
    (ui/report_pdf.py) both draw it here."""
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    muted = QColor(text)
    muted.setAlpha(110)
    left = metrics.horizontalAdvance("Critical") + line
    right = metrics.horizontalAdvance("00") + line
    legend_h = line * 1.5
    plot = QRectF(area.left() + left, area.top() + line / 2, area.width() - left - right,
                  area.height() - 2 * line - legend_h - line / 2)
    if not trend.months or plot.width() < 10 or plot.height() < 10:
        return
    painter.save()
    # A time line reads left to right in every language (the months run on as the app's
    # dates do): in Arabic the painter would mirror each label's alignment, moving the level
    # names away from their axis and the counts past the chart's edge, so alignments are
    # absolute.
    absolute = Qt.AlignmentFlag.AlignAbsolute
    right_middle = int(absolute | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    left_middle = int(absolute | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # the level scale on the left, the incident counts on the right
    painter.setPen(QPen(muted, 1))
    for number, level in enumerate(LEVELS):
        y = plot.bottom() - (number + 0.5) * plot.height() / len(LEVELS)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        painter.drawText(QRectF(area.left(), y - line / 2, left - line / 2, line),
                         right_middle,
                         vocab_text("risk_levels", level))
        painter.setPen(QPen(muted, 1))
    most = max((trend.incident_count(m) for m in trend.months), default=0)
    top = max(most, 1)
    painter.setPen(text)
    painter.drawText(QRectF(plot.right() + line / 4, plot.top() - line / 2, right - line / 4, line),
                     left_middle, str(top))
    # "0" sits just above the baseline: centred on it, it ran into the last month's label
    painter.drawText(QRectF(plot.right() + line / 4, plot.bottom() - line, right - line / 4,
                            line),
                     int(absolute | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), "0")
    # bars: incidents per month, stacked by category; month labels where they fit
    width = plot.width() / len(trend.months)
    label_width = metrics.horizontalAdvance("0000-00") + line
    labelled_up_to = -1.0
    shown = categories(trend)
    for index, month in enumerate(trend.months):
        x = plot.left() + index * width
        y = plot.bottom()
        for category in shown:
            count = trend.incidents.get(month, {}).get(category, 0)
            if not count:
                continue
            height = count * plot.height() / top
            painter.fillRect(QRectF(x + width * 0.15, y - height, width * 0.7, height),
                             category_colour(category) or muted)
            y -= height
        centre = x + width / 2
        left_edge = max(plot.left() - line, centre - label_width / 2)
        if left_edge > labelled_up_to and left_edge + label_width <= plot.right() + line:
            painter.setPen(text)
            painter.drawText(QRectF(left_edge, plot.bottom() + 2, label_width, line),
                             int(absolute | Qt.AlignmentFlag.AlignHCenter), month)
            labelled_up_to = left_edge + label_width * 1.5  # a gap between labels
    # the assessed level: held from each assessment to the next, a dot at each
    # the level in the text colour (categories have the colours), thick, over the bars
    painter.setPen(QPen(text, max(2.5, line / 5)))
    points: list[QPointF] = []
    first_month = trend.months[0]
    for point in trend.points:
        month = point.day[:7]
        if month < first_month or point.level not in LEVELS:
            continue
        index = trend.months.index(month) if month in trend.months else len(trend.months)
        day_share = (int(point.day[8:10]) - 1) / 31
        x = plot.left() + (index + day_share) * width
        y = plot.bottom() - (LEVELS.index(point.level) + 0.5) * plot.height() / len(LEVELS)
        if points:
            painter.drawLine(points[-1], QPointF(x, points[-1].y()))
            painter.drawLine(QPointF(x, points[-1].y()), QPointF(x, y))
        points.append(QPointF(x, y))
    if points:
        painter.drawLine(points[-1], QPointF(plot.right(), points[-1].y()))
        painter.setBrush(text)
        for p in points:
            painter.drawEllipse(p, line / 4, line / 4)
    # legend: the assessed level, then each category drawn
    x = plot.left()
    y = area.bottom() - legend_h
    entries = [(text, translate("RiskTrend", "Assessed level"))] + [
        (category_colour(c) or muted, (translate("RiskTrend", "Incidents: ") if n == 0 else "")
         + category_text(c, short=True)) for n, c in enumerate(shown)]
    for colour, label in entries:
        painter.fillRect(QRectF(x, y + line / 4, line / 2, line / 2), colour)
        painter.setPen(text)
        advance = metrics.horizontalAdvance(label)
        painter.drawText(QRectF(x + line * 0.7, y - line / 4, advance + 4, line),
                         left_middle, label)
        x += line * 0.7 + advance + line
        if x > area.right() - line * 4:
            break
    painter.restore()
