"""The Statistics section (issue 18): incident counts over a period, grouped by one or two keys,
drawn as bars (charts.py, QPainter) with the table beside them; exported as CSV or PDF.

Counting rules are the services' (services/statistics.py, docs/reports.md). The screen counts
consented defenders only, as any file that leaves does; "Every defender (inside the office only)"
counts everyone on screen and turns the exports off. Exports warn first, naming what the file
holds, then write atomically where the caseworker chose; the app keeps no copy.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import HrdDeskError, InvalidValue
from ...fsutil import atomic_write
from ...model.vocab import VOCABULARIES
from ...services.colleagues import UNNAMED_OFFICE
from ...services.statistics import KEYS, Statistics, StatsQuery, parse_day
from ..charts import Bar, BarChart, cap_bars
from ..contracts import AppContext
from ..error_words import failure_sentence, reason_text
from ..flow_layout import FlowLayout
from ..i18n import number_text, translate, vocab_text
from ..labels import heading, plain_label
from ..report_exports import save_report
from ..report_pdf import statistics_pdf
from ..stats_words import KEY_TITLES, csv_words, shown_rows, value_text


class StatisticsPage(QWidget):
    """contracts.Page: counts only, never a record's content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.stats: Statistics | None = None
        self.setAccessibleName(translate("Section", "Statistics"))
        em = self.fontMetrics().horizontalAdvance("M")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em, em, em, em)
        top = QHBoxLayout()
        top.addWidget(heading(translate("Section", "Statistics")))
        top.addStretch(1)
        self.csv_button = QPushButton(translate("Statistics", "Export CSV…"))
        self.pdf_button = QPushButton(translate("Statistics", "Export PDF…"))
        self.csv_button.clicked.connect(lambda _c=False: self.export("csv"))
        self.pdf_button.clicked.connect(lambda _c=False: self.export("pdf"))
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        layout.addLayout(top)
        layout.addWidget(plain_label(translate(
            "Statistics", "Incidents counted once each, in the period that holds their whole "
            "date; a date that fits no single period (a year-only date counted by month) is "
            "counted as imprecise. Only defenders whose consent allows statistics are counted."),
            object_name="muted", wrap=True))
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(translate("Statistics", "e.g. 2024 or 2024-01"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(translate("Statistics", "e.g. 2024-12"))
        for box in (self.date_from, self.date_to):  # the example reads whole in every language
            box.setMinimumWidth(int(box.fontMetrics().horizontalAdvance(box.placeholderText())
                                    + 2 * box.fontMetrics().height()))
        self.by_first = QComboBox()
        self.by_second = QComboBox()
        self.by_second.addItem(translate("Statistics", "(nothing)"), "")
        for key in KEYS:
            self.by_first.addItem(translate("Statistics", KEY_TITLES[key]), key)
            self.by_second.addItem(translate("Statistics", KEY_TITLES[key]), key)
        self.programme = QComboBox()
        self.programme.addItem(translate("Statistics", "Every programme"), "")
        for slug in VOCABULARIES["programmes"].slugs():
            self.programme.addItem(vocab_text("programmes", slug), slug)
        self.internal = QCheckBox(translate("Statistics", "Every defender (inside the office "
                                            "only: no export)"))
        fields = ((translate("Statistics", "From"), self.date_from),
                  (translate("Statistics", "To"), self.date_to),
                  (translate("Statistics", "Group by"), self.by_first),
                  (translate("Statistics", "Then by"), self.by_second),
                  (translate("Statistics", "Programme"), self.programme))
        choices = FlowLayout()  # the fields wrap where the words are long (Spanish, French)
        for caption, widget in fields:
            label = plain_label(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(caption)
            field = QWidget()
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(widget)
            choices.addWidget(field)
        layout.addLayout(choices)
        layout.addWidget(self.internal)
        for line in (self.date_from, self.date_to):
            line.editingFinished.connect(self.reload)
        for combo in (self.by_first, self.by_second, self.programme):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.internal.toggled.connect(lambda _on: self.reload())
        self.message = plain_label("", wrap=True)
        self.message.setObjectName("muted")
        layout.addWidget(self.message)
        body = QHBoxLayout()
        self.chart = BarChart()
        self.chart.setAccessibleName(translate("Statistics", "Chart of the counts"))
        self.table = QTableWidget(0, 2)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(translate("Statistics", "Counts"))
        chart_column = QVBoxLayout()
        chart_column.addWidget(self.chart)
        chart_column.addStretch(1)
        body.addLayout(chart_column, 3)
        body.addWidget(self.table, 2)
        layout.addLayout(body, 1)
        self.totals = QLabel()
        layout.addWidget(self.totals)

    # -- contracts.Page ---------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.reload()

    def refresh(self, kinds: frozenset[str]) -> None:
        if self.ctx is not None and kinds & {"incident", "defender", "case"}:
            self.reload()

    def clear(self) -> None:
        self.ctx = None
        self.stats = None
        self.chart.set_bars([])
        self.table.setRowCount(0)
        self.totals.setText("")

    # -- content ----------------------------------------------------------------------------

    def query(self) -> StatsQuery:
        by = [str(self.by_first.currentData())]
        second = str(self.by_second.currentData() or "")
        if second and second not in by:
            by.append(second)
        return StatsQuery(parse_day("from", self.date_from.text().strip() or None, end=False),
                          parse_day("to", self.date_to.text().strip() or None, end=True),
                          tuple(by), str(self.programme.currentData() or "") or None,
                          leaving=not self.internal.isChecked())

    def reload(self) -> None:
        if self.ctx is None:
            return
        try:
            query = self.query()
        except InvalidValue as exc:
            self.message.setText(reason_text(exc))
            return
        except HrdDeskError as exc:
            self.message.setText(failure_sentence(exc))
            return
        self.message.setText("")
        self.stats = self.ctx.reader.reports.statistics(query)
        self._show(self.stats)

    def _row_label(self, row: dict[str, object]) -> str:
        assert self.stats is not None
        parts = []
        for key in self.stats.query.by:
            value = row[key]
            parts.append(value_text(key, value if isinstance(value, str) else None))
        return " · ".join(parts)

    def _show(self, stats: Statistics) -> None:
        by = stats.query.by
        rows = shown_rows(stats)
        bars = [Bar(self._row_label(r), int(str(r["count"]))) for r in rows]
        self.chart.set_bars(cap_bars(bars, translate("Statistics", "Others")))
        self.table.setColumnCount(len(by) + 1)
        self.table.setHorizontalHeaderLabels(
            [translate("Statistics", KEY_TITLES[k]) for k in by]
            + [translate("Statistics", "Count")])
        self.table.setRowCount(len(rows))
        for row_number, row in enumerate(rows):
            for column, key in enumerate(by):
                value = row[key]
                self.table.setItem(row_number, column, QTableWidgetItem(
                    value_text(key, value if isinstance(value, str) else None)))
            self.table.setItem(row_number, len(by),
                               QTableWidgetItem(number_text(int(str(row["count"])))))
        self.table.resizeColumnsToContents()
        parts = [translate("Statistics", "Total: %1").replace("%1", number_text(stats.total)),
                 translate("Statistics", "Imprecise: %1").replace(
                     "%1", number_text(stats.imprecise))]
        if stats.query.leaving:
            parts.append(translate("Statistics", "Not counted (consent): %1").replace(
                "%1", number_text(stats.withheld_for_consent)))
        else:
            parts.append(translate("Statistics", "Every defender counted: not for use outside "
                                   "the office"))
        self.totals.setText(" · ".join(parts))
        leaving = stats.query.leaving
        self.csv_button.setEnabled(leaving)
        self.pdf_button.setEnabled(leaving)

    # -- exports ----------------------------------------------------------------------------

    def export(self, what: str) -> None:
        """Warn first (what the file holds, that it is not encrypted), then ask where."""
        if self.ctx is None or self.stats is None or not self.stats.query.leaving:
            return
        ctx, stats = self.ctx, self.stats

        def write(target: Path) -> None:
            if what == "csv":
                ctx.reader.reports.write_statistics_csv(stats, target, csv_words())
            else:
                office = ctx.reader.colleagues.identity().name
                if office == UNNAMED_OFFICE:  # the placeholder is no name
                    office = translate("Dossier", "this office (no name set)")
                atomic_write(target, statistics_pdf(stats, office, date.today()))

        save_report(ctx.prompter, translate("Statistics", "Export statistics"), translate(
            "Statistics", "The file will hold incident counts (no names, no descriptions) of "
            "defenders whose consent allows statistics. It is not encrypted, and hrd-desk keeps "
            "no copy: save it only where it may be read."),
            f"incident-statistics.{what}", write)
