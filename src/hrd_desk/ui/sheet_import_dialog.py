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

from PySide6.QtCore import Qt
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
from .error_words import failure_sentence
from .exchange.common import LongJob, ProgressBox, button, progress_bar, set_warning, warning_label
from .i18n import QT_TRANSLATE_NOOP, filled, isolated_data, plural, translate
from .labels import heading, kind_count, plain_label
from .sheet_problems import duplicate_text, row_error_text

STEPS = (QT_TRANSLATE_NOOP("SheetImport", "1. Choose the file"),
         QT_TRANSLATE_NOOP("SheetImport", "2. Match the columns"),
         QT_TRANSLATE_NOOP("SheetImport", "3. Check every row"),
         QT_TRANSLATE_NOOP("SheetImport", "Done"))
KIND_TITLES = {"defender": QT_TRANSLATE_NOOP("SheetImport", "Defenders"),
               "related": QT_TRANSLATE_NOOP("SheetImport", "Related people"),
               "case": QT_TRANSLATE_NOOP("SheetImport", "Cases"),
               "incident": QT_TRANSLATE_NOOP("SheetImport", "Incidents (threat log)"),
               "relocation": QT_TRANSLATE_NOOP("SheetImport", "Stays"),
               "task": QT_TRANSLATE_NOOP("SheetImport", "Tasks")}
MAX_SHOWN_ERRORS = 500


def plaintext_text(name: str) -> str:
    return translate(
        "SheetImport",
        "%1 is still on this computer, unencrypted: anyone who searches this computer can read "
        "it. Overwrite and delete it now? (Best effort: on an SSD, or with backups or cloud "
        "sync, copies may remain.)").replace("%1", name)


class SheetImportDialog(QDialog):
    def __init__(self, ctx: AppContext, prompter: Prompter, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prompter = prompter
        self.setWindowTitle(translate("SheetImport", "Import from a spreadsheet"))
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
        self.progress = progress_bar(translate("SheetImport", "Progress of the import"))
        outer.addWidget(self.progress)
        nav = QHBoxLayout()
        self.cancel_button = button(translate("SheetImport", "Cancel"), self.cancel,
                                    name=translate("SheetImport", "Cancel the import"))
        nav.addWidget(self.cancel_button)
        nav.addStretch(1)
        self.back_button = button(translate("SheetImport", "Back"), self.back,
                                  name=translate("SheetImport", "Back to the previous step"))
        self.next_button = button(translate("SheetImport", "Next"), self.next, primary=True,
                                  name=translate("SheetImport", "Next step"))
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.job = LongJob(self.progress, self)
        self.job.phase_names = {"read": translate("SheetImport", "Reading the file…"),
                                "check": translate("SheetImport", "Checked"),
                                "import": translate("SheetImport", "Imported")}
        self.resize(980, 640)
        self._show_step(0)

    # -- building ------------------------------------------------------------------------------

    def _build_file(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(plain_label(translate(
            "SheetImport",
            "Bring records in from a CSV or Excel (.xlsx) file. Nothing is written until every "
            "row has been checked; then all rows come in together, or none."), wrap=True))
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(translate("SheetImport", "Spreadsheet file"))
        self.path_edit.setPlaceholderText(translate("SheetImport", "The file to import"))
        row.addWidget(self.path_edit, 1)
        row.addWidget(button(translate("SheetImport", "Choose…"), self.choose_file,
                             name=translate("SheetImport", "Choose the file")))
        layout.addLayout(row)
        layout.addWidget(plain_label(translate("SheetImport", "Each row is one of:")))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(translate("SheetImport", "What each row is"))
        for kind in KINDS_IMPORTED:
            self.kind_box.addItem(translate("SheetImport", KIND_TITLES[kind]), kind)
        self.kind_box.setCurrentIndex(KINDS_IMPORTED.index("incident"))
        layout.addWidget(self.kind_box)
        self.sheet_box = QComboBox()
        self.sheet_box.setAccessibleName(translate("SheetImport", "Worksheet"))
        self.sheet_label = plain_label(translate("SheetImport", "Worksheet:"))
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.sheet_box)
        self.sheet_label.hide()
        self.sheet_box.hide()
        layout.addWidget(plain_label(
            translate("SheetImport", "Dates written like 03/04/2024 are:")))
        self.order_group = QButtonGroup(self)
        orders = QHBoxLayout()
        for text, value in (
                (translate("SheetImport", "as the file shows (asked if it cannot tell)"), None),
                (translate("SheetImport", "day first (15/03/2024)"), DAY_FIRST),
                (translate("SheetImport", "month first (03/15/2024)"), MONTH_FIRST)):
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
        self.table.setAccessibleName(translate(
            "SheetImport", "Preview of the first rows, with the field of each column"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.columns_warning = warning_label()
        layout.addWidget(self.columns_warning)
        self.encoding_check = QCheckBox(translate(
            "SheetImport",
            "The accents and letters above read correctly: import this file as Windows-1252."))
        self.encoding_check.setAccessibleName(
            translate("SheetImport", "Confirm the Windows-1252 reading"))
        self.encoding_check.hide()
        layout.addWidget(self.encoding_check)
        self.stack.addWidget(page)

    def _build_checks(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.checks_text = plain_label("", wrap=True)
        # at the top even when the list below is hidden (nothing to list): not mid-page
        self.checks_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.checks_text)
        self.problems = QListWidget()
        self.problems.setAccessibleName(translate("SheetImport", "What was found in the file"))
        layout.addWidget(self.problems, 1)
        self.skip_duplicates = QCheckBox(
            translate("SheetImport", "Leave out the rows that look like existing records"))
        self.skip_duplicates.hide()
        layout.addWidget(self.skip_duplicates)
        self.stack.addWidget(page)

    def _build_done(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_text = plain_label("", wrap=True, selectable=True)
        layout.addWidget(self.done_text)
        self.shred_button = button(
            translate("SheetImport", "Overwrite and delete the file…"), self.shred,
            name=translate("SheetImport", "Overwrite and delete the spreadsheet file"))
        layout.addWidget(self.shred_button)
        layout.addStretch(1)
        self.stack.addWidget(page)

    # -- steps ---------------------------------------------------------------------------------

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.step_title.setText(translate("SheetImport", STEPS[step]))
        self._update_nav()

    def _update_nav(self) -> None:
        step = self.stack.currentIndex()
        busy = self.job.busy
        self.back_button.setEnabled(0 < step < 3 and not busy)
        self.next_button.setEnabled(not busy and (step != 2 or self._checked_ok()))
        self.next_button.setText(translate("SheetImport", "Import") if step == 2 else
                                 translate("SheetImport", "Close") if step == 3 else
                                 translate("SheetImport", "Next"))
        self.cancel_button.setText(translate("SheetImport", "Cancel"))
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
        chosen = self.prompter.open_file(
            translate("SheetImport", "Choose the spreadsheet"),
            translate("SheetImport", "Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)"))
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
        self.cancel_button.setText(translate("SheetImport", "Cancel"))

        def job(desk: Desk, box: ProgressBox) -> Any:
            box.set_phase(phase)
            return work(desk, box)

        def failed(exc: Exception) -> None:
            self._update_nav()
            if isinstance(exc, SheetRefused):
                self._show_refused(exc.result)
            elif isinstance(exc, HrdDeskError):
                self._say_failure(failure_sentence(exc))
            else:
                self._say_failure(translate("SheetImport", "The import stopped: %1").replace(
                    "%1", exc.__class__.__name__))

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
            set_warning(self.file_warning, translate("SheetImport", "Choose a file first."))
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
            [isolated_data(f"{column_letter(i)}: "
                           f"{visible(layout.headings[i]) if i < len(layout.headings) else ''}")
             for i in range(width)])
        self.table.setVerticalHeaderLabels(
            [translate("SheetImport", "Field"),
             *(str(layout.heading_row + 1 + i) for i in range(len(preview.rows)))])
        self._choices = []
        for index in range(width):
            box = QComboBox()
            box.setAccessibleName(translate("SheetImport", "Field for column %1").replace(
                "%1", column_letter(index)))
            box.addItem(translate("SheetImport", "— not a field: choose one, or Ignore —"), "")
            box.addItem(translate("SheetImport", "Ignore this column"), IGNORE)
            for name, info in infos.items():
                label = translate("Field", info.label)
                box.addItem(translate("SheetImport", "%1 (required)").replace("%1", label)
                            if info.required else label, name)
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
                item = QTableWidgetItem(isolated_data(shown if len(shown) <= 200
                                                      else shown[:200] + "…"))
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
            what = translate("SheetImport", "%1, separated by %2").replace("%1", what).replace(
                "%2", translate("SheetImport", "tab") if sep == chr(9) else repr(sep))
        parts = [translate("SheetImport", "Read as %1.").replace("%1", what),
                 translate("SheetImport", "Headings on row %1.").replace(
                     "%1", str(layout.heading_row))]
        if preview.date_order == DAY_FIRST:
            parts.append(translate("SheetImport", "Slashed dates are read day first."))
        elif preview.date_order == MONTH_FIRST:
            parts.append(translate("SheetImport", "Slashed dates are read month first."))
        parts.append(plural("SheetImport", "Check that each column goes to the right field; "
                            "the first %n row(s) are shown as they will be read.",
                            len(preview.rows)))
        self.columns_note.setText(" ".join(parts))
        encoding_note = ""
        if self._encoding == WINDOWS_1252:
            self.encoding_check.show()
            encoding_note = translate(
                "SheetImport", "This file is not UTF-8: it was read as Windows-1252 (what "
                "Excel on Windows saves). Look at the accents in the rows above.") + " "
        problems = [row_error_text(p, self.kind) for p in preview.problems]
        if preview.date_order_needed:
            problems.append(translate(
                "SheetImport", "Some dates read both ways (03/04/2024): go Back and say "
                "whether the day or the month comes first."))
        set_warning(self.columns_warning, encoding_note + "\n".join(problems))

    def check(self) -> None:
        path = Path(self.path_edit.text().strip())
        if self._encoding == WINDOWS_1252 and not self.encoding_check.isChecked():
            set_warning(self.columns_warning, translate(
                "SheetImport", "This file is not UTF-8: tick the box below if the accents in "
                "the rows above read correctly."))
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
        text = plural("SheetImport", "All %n row(s) are fine. To be created, in one step: %1.",
                      result.rows).replace("%1", kind_count(result.kind, result.created))
        if result.duplicates:
            text += " " + plural(
                "SheetImport", "%n row(s) look like records you already have; they are "
                "imported as new records unless you leave them out.", len(result.duplicates))
            for dup in result.duplicates:
                self.problems.addItem(filled(translate("SheetImport", "row %1: %2"),
                                             str(dup.row), duplicate_text(result.kind)))
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
        self.checks_text.setText(plural(
            "SheetImport", "The file cannot be imported as it is: %n problem(s) (nothing was "
            "changed). Correct them in the spreadsheet, or go Back and change how columns are "
            "matched.", result.error_count))
        for error in result.errors[:MAX_SHOWN_ERRORS]:
            self.problems.addItem(row_error_text(error, result.kind))
        if more > 0 or len(result.errors) > MAX_SHOWN_ERRORS:
            self.problems.addItem(plural("SheetImport", "… and %n more", result.error_count -
                                         min(len(result.errors), MAX_SHOWN_ERRORS)))
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
            parts = [translate("SheetImport", "Imported %1.").replace(
                "%1", kind_count(result.kind, result.created))]
            if result.skipped:
                parts.append(plural("SheetImport", "%n row(s) left out as duplicates.",
                                    result.skipped))
            parts.append(translate("SheetImport", "They can be found in their lists and "
                                   "searched as usual."))
            self.done_text.setText(" ".join(parts) + "\n\n"
                                   + plaintext_text(isolated_data(path.name)))
            self._show_step(3)

        self._start("import", work, done)

    def shred(self) -> None:
        path = Path(self.path_edit.text().strip())
        if not self.prompter.confirm(
                translate("SheetImport", "Overwrite and delete the file"),
                translate("SheetImport", "Overwrite %1 and delete it? This cannot be undone."
                          ).replace("%1", path.name), destructive=True):
            return
        removed = shred_source(path)
        self.shred_button.setEnabled(False)
        self.done_text.setText(self.done_text.text().split("\n\n")[0] + "\n\n" + (
            translate("SheetImport", "%1 was overwritten and deleted (copies elsewhere, "
                      "backups and, on an SSD, old blocks may remain).") if removed else
            translate("SheetImport", "%1 could not be deleted: delete it yourself.")
        ).replace("%1", isolated_data(path.name)))

    def reject(self) -> None:
        if self.job.busy:
            self._cancel.set()
        self.job.stop()
        super().reject()

