"""Import from a spreadsheet (issue 20): file, columns with a preview, checks, result.

KeePassXC's CSV import is the model: the file's first rows are shown as they will be read, each
column with the field it goes to (chosen per column), and nothing is written until every row has
been checked. Reading and checking run on the writer thread (a big file must not freeze the
window), with progress and Cancel; the import itself is one transaction, so Cancel, a lock or a
crash leaves nothing. Every cell is shown as plain text (a cell may say `<b>` or
`=HYPERLINK(...)`: it is shown as written and never followed).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import HrdDeskError
from ..model.dates import DAY_FIRST, MONTH_FIRST
from ..model.fields import field_infos
from ..model.outside import visible
from ..model.records import KINDS
from ..services.desk import Desk
from ..services.sheet_files import WINDOWS_1252, EncodingNotConfirmed, column_letter
from ..services.sheet_import import (
    KINDS_IMPORTED,
    ImportOptions,
    ImportResult,
    Preview,
    SheetRefused,
    shred_source,
)
from ..services.sheet_mapping import IGNORE, ColumnMapping
from .contracts import AppContext, Prompter
from .exchange.common import LongJob, ProgressBox, button, progress_bar, set_warning, warning_label
from .labels import heading, plain_label

STEPS = ("1. Choose the file", "2. Match the columns", "3. Check every row", "Done")
SHEET_FILTERS = "Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)"
KIND_TITLES = {"defender": "Defenders", "related": "Related people", "case": "Cases",
               "incident": "Incidents (threat log)", "relocation": "Stays", "task": "Tasks"}
NOT_MAPPED = "— not a field: choose one, or Ignore —"
PLAINTEXT_TEXT = (
    "{name} is still on this computer, unencrypted: anyone who searches this computer can read "
    "it. Overwrite and delete it now? (Best effort: on an SSD, or with backups or cloud sync, "
    "copies may remain.)")
MAX_SHOWN_ERRORS = 500


class SheetImportDialog(QDialog):
    def __init__(self, ctx: AppContext, prompter: Prompter, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prompter = prompter
        self.setWindowTitle("Import from a spreadsheet")
        self.preview: Preview | None = None
        self.outcome: ImportResult | None = None
        self._cancel = threading.Event()
        self._choices: list[QComboBox] = []
        self._encoding: str | None = None
        outer = QVBoxLayout(self)
        self.step_title = heading("", factor=1.1)
        outer.addWidget(self.step_title)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self._build_file()
        self._build_columns()
        self._build_checks()
        self._build_done()
        self.progress = progress_bar("Progress of the import")
        outer.addWidget(self.progress)
        nav = QHBoxLayout()
        self.cancel_button = button("Cancel", self.cancel, name="Cancel the import")
        nav.addWidget(self.cancel_button)
        nav.addStretch(1)
        self.back_button = button("Back", self.back, name="Back to the previous step")
        self.next_button = button("Next", self.next, primary=True, name="Next step")
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.job = LongJob(self.progress, self)
        self.job.phase_names = {"read": "Reading the file…", "check": "Checked",
                                "import": "Imported"}
        self.resize(980, 640)
        self._show_step(0)

    # -- building ------------------------------------------------------------------------------

    def _build_file(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(plain_label(
            "Bring records in from a CSV or Excel (.xlsx) file. Nothing is written until every "
            "row has been checked; then all rows come in together, or none.", wrap=True))
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName("Spreadsheet file")
        self.path_edit.setPlaceholderText("The file to import")
        row.addWidget(self.path_edit, 1)
        row.addWidget(button("Choose…", self.choose_file, name="Choose the file"))
        layout.addLayout(row)
        layout.addWidget(plain_label("Each row is one of:"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName("What each row is")
        for kind in KINDS_IMPORTED:
            self.kind_box.addItem(KIND_TITLES[kind], kind)
        self.kind_box.setCurrentIndex(KINDS_IMPORTED.index("incident"))
        layout.addWidget(self.kind_box)
        self.sheet_box = QComboBox()
        self.sheet_box.setAccessibleName("Worksheet")
        self.sheet_label = plain_label("Worksheet:")
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.sheet_box)
        self.sheet_label.hide()
        self.sheet_box.hide()
        layout.addWidget(plain_label("Dates written like 03/04/2024 are:"))
        self.order_group = QButtonGroup(self)
        orders = QHBoxLayout()
        for text, value in (("as the file shows (asked if it cannot tell)", None),
                            ("day first (15/03/2024)", DAY_FIRST),
                            ("month first (03/15/2024)", MONTH_FIRST)):
            radio = QRadioButton(text)
            radio.setProperty("order", value)
            self.order_group.addButton(radio)
            orders.addWidget(radio)
            if value is None:
                radio.setChecked(True)
        orders.addStretch(1)
        layout.addLayout(orders)
        self.file_warning = warning_label()
        layout.addWidget(self.file_warning)
        layout.addStretch(1)
        self.stack.addWidget(page)

    def _build_columns(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.columns_note = plain_label("", wrap=True)
        layout.addWidget(self.columns_note)
        self.table = QTableWidget()
        self.table.setAccessibleName("Preview of the first rows, with the field of each column")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.columns_warning = warning_label()
        layout.addWidget(self.columns_warning)
        self.encoding_check = QCheckBox(
            "The accents and letters above read correctly: import this file as Windows-1252.")
        self.encoding_check.setAccessibleName("Confirm the Windows-1252 reading")
        self.encoding_check.hide()
        layout.addWidget(self.encoding_check)
        self.stack.addWidget(page)

    def _build_checks(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.checks_text = plain_label("", wrap=True)
        layout.addWidget(self.checks_text)
        self.problems = QListWidget()
        self.problems.setAccessibleName("What was found in the file")
        layout.addWidget(self.problems, 1)
        self.skip_duplicates = QCheckBox("Leave out the rows that look like existing records")
        self.skip_duplicates.hide()
        layout.addWidget(self.skip_duplicates)
        self.stack.addWidget(page)

    def _build_done(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_text = plain_label("", wrap=True, selectable=True)
        layout.addWidget(self.done_text)
        self.shred_button = button("Overwrite and delete the file…", self.shred,
                                   name="Overwrite and delete the spreadsheet file")
        layout.addWidget(self.shred_button)
        layout.addStretch(1)
        self.stack.addWidget(page)

    # -- steps ---------------------------------------------------------------------------------

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.step_title.setText(STEPS[step])
        self._update_nav()

    def _update_nav(self) -> None:
        step = self.stack.currentIndex()
        busy = self.job.busy
        self.back_button.setEnabled(0 < step < 3 and not busy)
        self.next_button.setEnabled(not busy and (step != 2 or self._checked_ok()))
        self.next_button.setText({2: "Import", 3: "Close"}.get(step, "Next"))
        self.cancel_button.setText("Cancel")
        self.cancel_button.setVisible(step < 3)

    def _checked_ok(self) -> bool:
        return self.outcome is not None and not self.outcome.errors

    def next(self) -> None:
        step = self.stack.currentIndex()
        if step == 0:
            self.read_file()
        elif step == 1:
            self.check()
        elif step == 2:
            self.run_import()
        else:
            self.accept()

    def back(self) -> None:
        step = self.stack.currentIndex()
        if 0 < step < 3 and not self.job.busy:
            self.outcome = None
            self._show_step(step - 1)

    def cancel(self) -> None:
        if self.job.busy:
            self._cancel.set()  # the job stops at its next check and rolls back
            return
        self.reject()

    def choose_file(self) -> None:
        chosen = self.prompter.open_file("Choose the spreadsheet", SHEET_FILTERS)
        if chosen:
            self.path_edit.setText(chosen)
            self._encoding = None
            self.encoding_check.hide()
            self.encoding_check.setChecked(False)

    # -- what the steps ask the writer thread for ----------------------------------------------

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def options(self) -> ImportOptions:
        checked = self.order_group.checkedButton()
        order = checked.property("order") if checked is not None else None
        sheet = self.sheet_box.currentText() if self.sheet_box.isVisible() else None
        mapping = ColumnMapping()
        for index, box in enumerate(self._choices):
            value = box.currentData()
            if value:
                mapping.columns[f"column {column_letter(index)}"] = str(value)
        encoding = self._encoding if self.encoding_check.isChecked() else None
        return ImportOptions(self.kind, sheet=sheet or None, encoding=encoding,
                             date_order=order, mapping=mapping,
                             skip_duplicates=self.skip_duplicates.isChecked(),
                             heading_row=self.preview.layout.heading_row if self.preview
                             else None)

    def _start(self, phase: str, work: Any, done: Any) -> None:
        self._cancel.clear()
        self.cancel_button.setText("Cancel")

        def job(desk: Desk, box: ProgressBox) -> Any:
            box.set_phase(phase)
            return work(desk, box)

        def failed(exc: Exception) -> None:
            self._update_nav()
            if isinstance(exc, SheetRefused):
                self._show_refused(exc.result)
            elif isinstance(exc, HrdDeskError):
                self._say_failure(exc.message)
            else:
                self._say_failure(f"the import stopped: {exc.__class__.__name__}")

        def finished(value: Any) -> None:
            done(value)
            self._update_nav()

        self.job.start(self.ctx, job, finished, failed)
        self._update_nav()

    def _say_failure(self, text: str) -> None:
        step = self.stack.currentIndex()
        label = (self.file_warning, self.columns_warning, self.checks_text, self.done_text)[step]
        if label is self.checks_text:
            label.setText(text)
        else:
            set_warning(label, text)

    def read_file(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            set_warning(self.file_warning, "Choose a file first.")
            return
        set_warning(self.file_warning, "")
        path = Path(text)
        self._choices = []  # a new file: the columns are matched afresh
        self._encoding = None
        self.encoding_check.setChecked(False)
        self.encoding_check.hide()
        options = self.options()
        options.heading_row = None

        def work(desk: Desk, _box: ProgressBox) -> tuple[Preview, bool]:
            try:
                return desk.sheets.preview(path, options), False
            except EncodingNotConfirmed:  # shown read as Windows-1252, for the user to confirm
                options.encoding = WINDOWS_1252
                return desk.sheets.preview(path, options), True

        def done(answer: tuple[Preview, bool]) -> None:
            preview, needs_confirming = answer
            if needs_confirming:
                self._encoding = WINDOWS_1252
            self.preview = preview
            if preview.file.sheets and self.sheet_box.count() != len(preview.file.sheets):
                self.sheet_box.clear()
                self.sheet_box.addItems(list(preview.file.sheets))
                self.sheet_label.show()
                self.sheet_box.show()
            self._fill_columns(preview)
            self._show_step(1)

        self._start("read", work, done)

    def _fill_columns(self, preview: Preview) -> None:
        layout = preview.layout
        infos = field_infos(KINDS[self.kind].cls)
        width = max([len(layout.headings), *(len(r) for r in preview.rows)], default=0)
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(preview.rows) + 1)
        self.table.setHorizontalHeaderLabels(
            [f"{column_letter(i)}: "
             f"{visible(layout.headings[i]) if i < len(layout.headings) else ''}"
             for i in range(width)])
        self.table.setVerticalHeaderLabels(
            ["Field", *(str(layout.heading_row + 1 + i) for i in range(len(preview.rows)))])
        self._choices = []
        for index in range(width):
            box = QComboBox()
            box.setAccessibleName(f"Field for column {column_letter(index)}")
            box.addItem(NOT_MAPPED, "")
            box.addItem("Ignore this column", IGNORE)
            for name, info in infos.items():
                box.addItem(f"{info.label}{' (required)' if info.required else ''}", name)
            auto = layout.fields[index] if index < len(layout.fields) else None
            heading_text = layout.headings[index] if index < len(layout.headings) else ""
            if auto:
                box.setCurrentIndex(box.findData(auto))
            elif not heading_text:
                box.setCurrentIndex(box.findData(IGNORE))
            self.table.setCellWidget(0, index, box)
            self._choices.append(box)
        for row, cells in enumerate(preview.rows, start=1):
            for index, text in enumerate(cells):
                shown = visible(text)
                item = QTableWidgetItem(shown if len(shown) <= 200 else shown[:200] + "…")
                item.setToolTip("")  # a tooltip would be rich text: none
                self.table.setItem(row, index, item)
        self.table.resizeColumnsToContents()
        for index in range(width):
            self.table.setColumnWidth(index, min(max(self.table.columnWidth(index), 160), 320))
        what = preview.file.format.upper()
        if preview.file.encoding:
            what += f", {preview.file.encoding}"
        if preview.file.delimiter:
            sep = preview.file.delimiter
            what += f", separated by {'tab' if sep == chr(9) else repr(sep)}"
        order = {DAY_FIRST: "day first", MONTH_FIRST: "month first"}.get(
            preview.date_order or "", "")
        self.columns_note.setText(
            f"Read as {what}. Headings on row {layout.heading_row}"
            + (f"; slashed dates read {order}" if order else "")
            + ". Check that each column goes to the right field; the first "
            f"{len(preview.rows)} rows are shown as they will be read.")
        encoding_note = ""
        if self._encoding == WINDOWS_1252:
            self.encoding_check.show()
            encoding_note = ("This file is not UTF-8: it was read as Windows-1252 (what Excel "
                             "on Windows saves). Look at the accents in the rows above. ")
        problems = [p.line() for p in preview.problems]
        if preview.date_order_needed:
            problems.append("Some dates read both ways (03/04/2024): go Back and say whether "
                            "the day or the month comes first.")
        set_warning(self.columns_warning, encoding_note + "\n".join(problems))

    def check(self) -> None:
        path = Path(self.path_edit.text().strip())
        if self._encoding == WINDOWS_1252 and not self.encoding_check.isChecked():
            set_warning(self.columns_warning, "This file is not UTF-8: tick the box below if "
                        "the accents in the rows above read correctly.")
            return
        options = self.options()
        cancelled = self._cancel.is_set
        total = self.preview.data_rows if self.preview else 0

        def work(desk: Desk, box: ProgressBox) -> ImportResult:
            return desk.sheets.run(path, options, dry_run=True,
                                   progress=lambda n: box.report(n, max(n, total)),
                                   cancelled=cancelled)

        def done(result: ImportResult) -> None:
            self.outcome = result
            self._show_step(2)
            self._show_checked(result)

        self._start("check", work, done)

    def _show_checked(self, result: ImportResult) -> None:
        self.problems.clear()
        label = KINDS[result.kind].label
        text = (f"All {result.rows} rows are fine: {result.created} {label} record"
                f"{'s' if result.created != 1 else ''} will be created, in one step.")
        if result.duplicates:
            text += (f" {len(result.duplicates)} row(s) look like records you already have; "
                     "they are imported as new records unless you leave them out.")
            for dup in result.duplicates:
                self.problems.addItem(f"row {dup.row}: {dup.why}")
        self.skip_duplicates.setVisible(bool(result.duplicates))
        self.problems.setVisible(bool(result.duplicates))
        self.checks_text.setText(text)

    def _show_refused(self, result: ImportResult) -> None:
        self.outcome = result
        if self.stack.currentIndex() != 2:
            self._show_step(2)
        self.problems.clear()
        self.problems.show()
        self.skip_duplicates.hide()
        more = result.error_count - len(result.errors)
        self.checks_text.setText(
            f"The file cannot be imported as it is: {result.error_count} problem"
            f"{'s' if result.error_count != 1 else ''} (nothing was changed). Correct them in "
            "the spreadsheet, or go Back and change how columns are matched.")
        for error in result.errors[:MAX_SHOWN_ERRORS]:
            self.problems.addItem(error.line())
        if more > 0 or len(result.errors) > MAX_SHOWN_ERRORS:
            self.problems.addItem(f"… and {result.error_count - MAX_SHOWN_ERRORS} more")
        self._update_nav()

    def run_import(self) -> None:
        path = Path(self.path_edit.text().strip())
        options = self.options()
        cancelled = self._cancel.is_set
        total = self.outcome.rows if self.outcome else 0

        def work(desk: Desk, box: ProgressBox) -> ImportResult:
            return desk.sheets.run(path, options, progress=lambda n: box.report(n, total),
                                   cancelled=cancelled)

        def done(result: ImportResult) -> None:
            self.outcome = result
            label = KINDS[result.kind].label
            skipped = f" ({result.skipped} left out as duplicates)" if result.skipped else ""
            self.done_text.setText(
                f"Imported {result.created} {label} record{'s' if result.created != 1 else ''}"
                f"{skipped}. They can be found in their lists and searched as usual.\n\n"
                + PLAINTEXT_TEXT.format(name=path.name))
            self._show_step(3)

        self._start("import", work, done)

    def shred(self) -> None:
        path = Path(self.path_edit.text().strip())
        if not self.prompter.confirm("Overwrite and delete the file",
                                     f"Overwrite {path.name} and delete it? This cannot be "
                                     "undone.", destructive=True):
            return
        removed = shred_source(path)
        self.shred_button.setEnabled(False)
        self.done_text.setText(self.done_text.text().split("\n\n")[0] + "\n\n" + (
            f"{path.name} was overwritten and deleted (copies elsewhere, backups and, on an "
            "SSD, old blocks may remain)." if removed else
            f"{path.name} could not be deleted: delete it yourself."))

    def reject(self) -> None:
        if self.job.busy:
            self._cancel.set()
        self.job.stop()
        super().reject()

