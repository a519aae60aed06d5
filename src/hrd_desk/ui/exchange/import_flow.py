"""Receiving a bundle: choose or drop a file, see who sent it and what it holds, then import.

The preview comes from `inspect_bundle`, which reads only the header and the signed manifest and
changes nothing: sender (the local name, or "Unknown sender" with the fingerprint so it can be
checked), trust, when it was made and counts. Importing runs on the writer thread; a refusal is
one message naming its category, and the vault is unchanged (the service guarantees it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...errors import BundleRejected, HrdDeskError
from ...services.desk import Desk
from ...services.exchange import ImportSummary
from ..column_font import equal_width_font
from ..contracts import AppContext
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..labels import heading, plain_label, value_label
from .common import (
    LongJob,
    ProgressBox,
    bundle_filters,
    button,
    card,
    progress_bar,
    set_warning,
    warning_label,
)
from .summaries import failure_text, import_text, preview_of, refusal_text

FINGERPRINT_ROW = QT_TRANSLATE_NOOP("ExchangeSummary", "Sender's fingerprint")


def import_job(path: Path) -> Callable[[Desk, ProgressBox], ImportSummary]:
    """The writer job: import (the summary counts the records newly in conflict)."""

    def job(desk: Desk, box: ProgressBox) -> ImportSummary:
        return desk.exchange.import_bundle(path, progress=box.report)

    return job


class ImportFlow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.path: Path | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(plain_label(
            translate("Import", "Import a bundle a colleague sent you: choose the file, or drop "
                                "it anywhere on this page. You see who sent it and what it "
                                "holds before anything is imported."),
            object_name="muted", wrap=True))
        outer.addWidget(plain_label(translate(
            "Import", "A bundle that came in several parts (NAME.part1of3 and so on): put "
            "every part in one folder and choose any one of them."), object_name="muted",
            wrap=True))
        row = QHBoxLayout()
        self.choose_button = button(
            translate("Import", "Choose a bundle file…"), self.choose, primary=True
        )
        row.addWidget(self.choose_button)
        row.addStretch(1)
        outer.addLayout(row)

        self.preview_box, layout = card(outer)
        layout.addWidget(heading(translate("Import", "Before importing"), factor=1.1))
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.warning = warning_label()
        layout.addWidget(self.warning)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = button(
            translate("Import", "Cancel"),
            self.cancel,
            name=translate("Import", "Cancel the import"),
        )
        self.import_button = button(translate("Import", "Import"), self.confirm, primary=True,
                                    name=translate("Import", "Import this bundle"))
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self.progress = progress_bar(translate("Import", "Importing"))
        layout.addWidget(self.progress)
        self.preview_box.hide()

        self.result_box, layout = card(outer)
        layout.addWidget(heading(translate("Import", "Imported"), factor=1.1))
        self.result = plain_label("", wrap=True, selectable=True)
        self.result.setAccessibleName(translate("Import", "What the import did"))
        layout.addWidget(self.result)
        self.result_box.hide()
        outer.addStretch(1)
        self.job = LongJob(self.progress, self)
        self.job.phase_names = {"": translate("Import", "Importing")}

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def clear(self) -> None:
        self.job.stop()
        self.ctx = None
        self.choose_button.setEnabled(True)
        self._reset_preview()
        self.result.setText("")
        self.result_box.hide()

    def _reset_preview(self) -> None:
        self.path = None
        while self.form.rowCount():
            self.form.removeRow(0)
        set_warning(self.warning, "")
        self.preview_box.hide()

    # -- choosing and previewing -----------------------------------------------------------

    def choose(self) -> None:
        if self.ctx is None or self.job.busy:
            return
        chosen = self.ctx.prompter.open_file(translate("Import", "Open a bundle"),
                                             bundle_filters(parts=True))
        if chosen:
            self.preview(Path(chosen))

    def preview(self, path: Path) -> None:
        """Show what the file is before importing (reads the header only; changes nothing)."""
        if self.ctx is None or self.job.busy:
            return
        self._reset_preview()
        self.result_box.hide()
        try:
            seen = self.ctx.reader.exchange.inspect(path)
        except BundleRejected as exc:
            self.ctx.prompter.error(translate("Import", "Bundle refused"), refusal_text(exc))
            return
        except (HrdDeskError, OSError) as exc:
            self.ctx.prompter.error(
                translate("Import", "The file cannot be read"), failure_text(exc)
            )
            return
        shown = preview_of(seen, path.name)
        for caption, value in shown.rows:
            text = value_label(value)  # beside its label in either direction (a Latin name in
            text.setTextInteractionFlags(  # Arabic drifted to the far left)
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            text.setAccessibleName(caption)
            if caption == translate("ExchangeSummary", FINGERPRINT_ROW):
                text.setFont(equal_width_font(text.font()))
            name = plain_label(caption)
            name.setBuddy(text)
            self.form.addRow(name, text)
        set_warning(self.warning, shown.warning)
        self.path = path if shown.can_import else None
        self.import_button.setEnabled(shown.can_import)
        self.cancel_button.setText(
            translate("Import", "Cancel") if shown.can_import else translate("Import", "Close")
        )
        self.preview_box.show()
        (self.import_button if shown.can_import else self.cancel_button).setFocus()

    def preview_value(self, caption: str) -> str | None:
        """The preview's value for `caption` (tests and accessibility checks)."""
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            name, value = (label.widget() if label else None), (field.widget() if field else None)
            if isinstance(name, QLabel) and isinstance(value, QLabel) and name.text() == caption:
                return value.text()
        return None

    def cancel(self) -> None:
        if not self.job.busy:
            from_here = self._has_focus()
            self._reset_preview()
            self._focus_choose(from_here)

    def _has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)

    def _focus_choose(self, from_here: bool) -> None:
        """The preview's buttons are hidden or disabled: without this, the keyboard focus falls
        out of the page into the search field at the top."""
        if from_here:
            self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- importing -------------------------------------------------------------------------

    def confirm(self) -> None:
        path = self.path
        if self.ctx is None or path is None or self.job.busy:
            return
        ctx = self.ctx
        from_here = self._has_focus()
        for made in (self.import_button, self.cancel_button, self.choose_button):
            made.setEnabled(False)

        def done(outcome: ImportSummary) -> None:
            self.cancel_button.setEnabled(True)
            self.choose_button.setEnabled(True)
            self._reset_preview()
            self.result.setText(import_text(outcome))
            self.result_box.show()
            self._focus_choose(from_here)

        def failed(exc: Exception) -> None:
            self.cancel_button.setEnabled(True)
            self.choose_button.setEnabled(True)
            self._reset_preview()
            self._focus_choose(from_here)
            title = (
                translate("Import", "Bundle refused")
                if isinstance(exc, BundleRejected)
                else translate("Import", "Not imported")
            )
            ctx.prompter.error(title, failure_text(exc))

        self.job.start(ctx, import_job(path), done, failed)
