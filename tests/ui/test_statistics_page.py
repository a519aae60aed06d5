"""The Statistics screen (issue 18): counts by the chosen keys as bars and a table, consented
defenders only unless the caseworker asks for every defender (then no export), exports that warn
first and write nothing when refused, and the chart drawn right to left in Arabic."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrd_desk.services.desk import Desk
from hrd_desk.services.session import Session
from hrd_desk.ui.charts import BAR_COLOUR, Bar, BarChart
from hrd_desk.ui.i18n import apply_language
from hrd_desk.ui.pages.statistics import StatisticsPage

from .conftest import ScriptedPrompter
from .page_support import FakeContext

# consent that allows sharing is recorded with when and how it was given (issue 10)
GIVEN = {"consent_date": "2024-01-10", "consent_how": "written"}
GIVEN_CLI = ("--consent-date", "2024-01-10", "--consent-how", "written")



def _page(qtbot: QtBot, session: Session, prompter: ScriptedPrompter) -> StatisticsPage:
    desk = Desk.on(session)
    public = desk.records.add("defender", {"name": "Amina", "consent": "public", **GIVEN})
    private = desk.records.add("defender", {"name": "Bashir", "consent": "colleagues", **GIVEN})
    for when, who in (("2024-01-05", public), ("2024-01-20", public), ("2024-02-02", public),
                      ("2024", public), ("2024-01-07", private)):
        desk.records.add("incident", {"defenders": [who], "category": "legal",
                                      "occurred": when, "description": "x"})
    page = StatisticsPage()
    qtbot.addWidget(page)
    ctx = FakeContext(session, prompter)
    page.attach(ctx)  # type: ignore[arg-type]
    return page


def test_counts_by_month_with_the_imprecise_line(qtbot: QtBot, session: Session,
                                                 tmp_path: Path) -> None:
    prompter = ScriptedPrompter()
    page = _page(qtbot, session, prompter)
    page.by_first.setCurrentIndex(page.by_first.findData("month"))
    assert [(b.label, b.count) for b in page.chart.bars] == [("2024-01", 2), ("2024-02", 1)]
    assert page.table.rowCount() == 2 and page.table.item(0, 1).text() == "2"
    assert "Imprecise: 1" in page.totals.text()
    assert "Not counted (consent): 1" in page.totals.text()
    page.internal.setChecked(True)
    assert [(b.label, b.count) for b in page.chart.bars] == [("2024-01", 3), ("2024-02", 1)]
    assert not page.csv_button.isEnabled() and not page.pdf_button.isEnabled()
    page.internal.setChecked(False)
    page.date_from.setText("2024-13")
    page.date_from.editingFinished.emit()
    assert "month 13" in page.message.text()


def test_exports_warn_first_and_write_where_chosen(qtbot: QtBot, session: Session,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    prompter = ScriptedPrompter(confirm_answers=[False, True, True],
                                files=[str(out / "s.csv"), str(out / "s.pdf")])
    page = _page(qtbot, session, prompter)
    page.export("csv")  # refused at the warning: nothing asked, nothing written
    assert [c[0] for c in prompter.calls] == ["confirm"]
    assert "not encrypted" in prompter.calls[0][2]
    assert list(out.iterdir()) == []
    page.export("csv")
    page.export("pdf")
    table = list(csv.reader((out / "s.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert table[0] == ["Category", "Count"] and table[1][1] == "4"  # consented only
    assert (out / "s.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.iterdir()) == ["s.csv", "s.pdf"], "no temp file left"
    assert [c[0] for c in prompter.calls].count("info") == 2


def _bar_columns(chart: BarChart) -> set[int]:
    image = chart.grab().toImage()
    middle = int(chart.fontMetrics().height() * 0.8)  # the first bar's row
    return {x for x in range(image.width()) if image.pixelColor(x, middle).name() == BAR_COLOUR}


def test_the_chart_mirrors_right_to_left(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("2024-01", 2), Bar("2024-02", 1)])
    chart.resize(600, 100)
    left_to_right = _bar_columns(chart)
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right_to_left = _bar_columns(chart)
    assert left_to_right and right_to_left
    mirrored = {chart.width() - 1 - x for x in left_to_right}
    assert len(mirrored ^ right_to_left) <= 4, "bars grow from the right"
    assert min(left_to_right) < chart.width() / 2 < max(right_to_left)


def test_the_screen_in_arabic(qtbot: QtBot, session: Session) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "ar")
    try:
        page = _page(qtbot, session, ScriptedPrompter())
        assert page.isRightToLeft() and page.chart.isRightToLeft()
        assert page.table.horizontalHeaderItem(0).text() == "الفئة"
        assert page.csv_button.text() == "تصدير CSV…"
        assert "العرقلة عبر القوانين والمحاكم" in [b.label for b in page.chart.bars]
    finally:
        apply_language(app, "en")


def test_csv_headings_and_countries_in_the_users_language(qtbot: QtBot, session: Session,
                                                          tmp_path: Path) -> None:
    """In French the CSV a programme officer sends speaks French (issue 18): its headings, the
    imprecise line, and countries by name (the CLI's CSV keeps English and codes)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    prompter = ScriptedPrompter(confirm_answers=[True], files=[str(tmp_path / "s.csv")])
    page = _page(qtbot, session, prompter)
    desk = Desk.on(session)
    chen = desk.records.add("defender", {"name": "Chen", "consent": "public", **GIVEN})
    desk.records.add("incident", {"defenders": [chen], "category": "legal", "country": "DE",
                                  "occurred": "2024-03-01", "description": "x"})
    apply_language(app, "fr")
    try:
        page.by_first.setCurrentIndex(page.by_first.findData("country"))
        page.export("csv")
        labels = [b.label for b in page.chart.bars]
    finally:
        apply_language(app, "en")
    table = list(csv.reader((tmp_path / "s.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert table[0] == ["Pays", "Nombre"], table[0]
    assert ["Allemagne", "1"] in table and table[-1][0].startswith("Imprécis"), table
    assert "Allemagne" in labels, "the chart names the country in French"


def test_countries_in_the_order_the_language_writes_them(qtbot: QtBot, session: Session) -> None:
    """By country in French: Allemagne (DE) before Autriche (AT), Égypte (EG) before Équateur
    (EC), as French sorts the names (QCollator), not as the codes sort."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    page = _page(qtbot, session, ScriptedPrompter())
    desk = Desk.on(session)
    chen = desk.records.add("defender", {"name": "Chen", "consent": "public", **GIVEN})
    for country in ("AT", "DE", "EC", "EG"):
        desk.records.add("incident", {"defenders": [chen], "category": "legal",
                                      "country": country, "occurred": "2024-03-01",
                                      "description": "x"})
    apply_language(app, "fr")
    try:
        page.by_first.setCurrentIndex(page.by_first.findData("country"))
        labels = [b.label for b in page.chart.bars]
    finally:
        apply_language(app, "en")
    named = [label for label in labels if label in ("Allemagne", "Autriche", "Égypte",
                                                    "Équateur")]
    assert named == ["Allemagne", "Autriche", "Égypte", "Équateur"], labels


def _ink_rows(chart: BarChart) -> list[tuple[int, int, int, int]]:
    """Per bar row: (first text x, last text x, first bar x, last bar x) of the painted chart."""
    image = chart.grab().toImage()
    row = chart.fontMetrics().height() * 1.6
    background = image.pixelColor(0, 0).name()
    found = []
    for index in range(len(chart.bars)):
        text_xs, bar_xs = [], []
        for y in range(int(2 + row * index + 2), int(2 + row * (index + 1) - 2)):
            for x in range(image.width()):
                colour = image.pixelColor(x, y)
                if colour.name() == BAR_COLOUR:
                    bar_xs.append(x)
                elif colour.name() != background and colour.lightness() < 128:
                    text_xs.append(x)
        found.append((min(text_xs), max(text_xs), min(bar_xs), max(bar_xs)))
    return found


def test_right_to_left_labels_are_flush_right_and_counts_beside_their_bars(
        qtbot: QtBot) -> None:
    """Seen in Arabic at a real window: the labels started at the bars with a ragged right edge
    (in a right-to-left application the painter mirrored AlignRight to the left) and each count
    sat a gap away from its bar."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("مراقبة رقمية وتهديدات عبر الإنترنت", 3), Bar("جسدي", 1)])
    chart.resize(700, 80)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        long_row, short_row = _ink_rows(chart)
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert abs(long_row[1] - short_row[1]) <= 3, "labels end at the same right edge"
    assert min(long_row[1], short_row[1]) >= chart.width() - 12
    near = chart.fontMetrics().horizontalAdvance("3") + chart.fontMetrics().height() / 3 + 4
    for first_ink, _last, first_bar, _bar_end in (long_row, short_row):
        assert 0 < first_bar - first_ink <= near, "the count just left of its bar"


def test_long_labels_read_whole_where_the_chart_has_room(qtbot: QtBot) -> None:
    """Seen at a real window in French: category names were cut short ("Harcèlement physique
    et menaces ...") beside a wide empty stretch, the labels being capped at 40% of the chart."""
    chart = BarChart()
    qtbot.addWidget(chart)
    label = "Harcèlement physique et menaces directes"
    chart.set_bars([Bar(label, 3), Bar("Diffamation", 1)])
    chart.resize(chart.fontMetrics().horizontalAdvance(label) * 2, 80)
    painted: list[str] = []
    original = QPainter.drawText

    def spy(self: QPainter, *args: object) -> None:
        painted.extend(a for a in args if isinstance(a, str))
        original(self, *args)  # type: ignore[call-overload]

    QPainter.drawText = spy  # type: ignore[method-assign]
    try:
        chart.grab()
    finally:
        QPainter.drawText = original  # type: ignore[method-assign]
    assert label in painted


def test_the_period_fields_show_their_whole_example_in_french(qtbot: QtBot, session: Session,
                                                             prompter: ScriptedPrompter) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "fr")
    try:
        page = _page(qtbot, session, prompter)
        page.resize(760, 600)
        page.show()
        qtbot.waitExposed(page)
        for box in (page.date_from, page.date_to):
            needed = box.fontMetrics().horizontalAdvance(box.placeholderText())
            assert box.width() > needed, box.placeholderText()
    finally:
        apply_language(app, "en")
