"""Sending records: choose what, choose who, write one sealed bundle, see what it holds.

Four steps on one page (no modal wizard to block a test or hide the vault at lock): records
(defenders and cases, or every defender who consented; a defender whose consent is None cannot
be chosen), recipients (unverified ones plainly marked and, if chosen, confirmed by typing a word;
a plain note that recipients see each other and can prove who sent the file; "keep them updated"
off by default), writing on the writer thread with progress, and a summary.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.bundle_files import BUNDLE_SUFFIX
from ...services.bundle_parts import FAT32_PART_BYTES, MAIL_PART_BYTES, SMALL_MAIL_PART_BYTES
from ...services.choices import Choice
from ...services.colleagues import Colleague
from ...services.desk import Desk
from ...services.exchange import ExportSummary
from ..contracts import AppContext
from ..i18n import QT_TRANSLATE_NOOP, filled, plural, translate
from ..labels import heading, plain_label
from ..record_titles import choice_title
from .common import (
    LongJob,
    ProgressBox,
    bundle_filters,
    button,
    progress_bar,
    set_warning,
    warning_label,
)
from .summaries import consent_words, export_text, failure_text, names_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
CONFIRM_WORD = "SEND"  # typed to confirm (as WIPE): the same word in every language
RECIPIENTS_NOTE = (
    QT_TRANSLATE_NOOP("ExportWizard", "Everyone you choose receives the same file. Each of them "
                                      "can see who else received it, and can prove to anyone "
                                      "that the file came from this vault."))
STEPS = (
    QT_TRANSLATE_NOOP("ExportWizard", "1. What to send"),
    QT_TRANSLATE_NOOP("ExportWizard", "2. Who receives it"),
    QT_TRANSLATE_NOOP("ExportWizard", "3. Write the file"),
    QT_TRANSLATE_NOOP("ExportWizard", "Done"),
)


KEEP_UPDATED_NOTE = (QT_TRANSLATE_NOOP("ExportWizard", "Also share these records with them, so "
                                                       "each sync sends them every later change."))

class ExportWizard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self._colleagues: dict[str, Colleague] = {}
        outer = QVBoxLayout(self)
        self.step_title = heading("", factor=1.1)
        outer.addWidget(self.step_title)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self._build_records()
        self._build_recipients()
        self._build_write()
        self._build_done()
        nav = QHBoxLayout()
        nav.addStretch(1)
        self.back_button = button(
            translate("ExportWizard", "Back"),
            self.back,
            name=translate("ExportWizard", "Back to the previous step"),
        )
        self.next_button = button(
            translate("ExportWizard", "Next"),
            self.next,
            primary=True,
            name=translate("ExportWizard", "Next step"),
        )
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.job = LongJob(self.progress, self)
        self.job.phase_names = {"": translate("ExportWizard", "Writing")}
        self._show_step(0)

    # -- building --------------------------------------------------------------------------

    def _build_records(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            plain_label(
                translate(
                    "ExportWizard",
                    "A defender comes with their related people, cases and "
                    "incidents. A case comes with its defender and the "
                    "incidents linked to it. Defenders whose consent is None "
                    "never leave this vault and cannot be chosen.",
                ),
                object_name="muted",
                wrap=True,
            )
        )
        self.pick_some = QRadioButton(translate("ExportWizard", "The defenders and cases I choose"))
        self.pick_all = QRadioButton(
            translate("ExportWizard", "Every consenting defender, with all their records")
        )
        self.pick_all.setToolTip(
            translate("ExportWizard", "Every defender who consented to sharing with colleagues")
        )
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.pick_some)
        self.mode.addButton(self.pick_all)
        self.pick_some.setChecked(True)
        self.mode.buttonToggled.connect(lambda _b, _on: self._records_changed())
        layout.addWidget(self.pick_some)
        layout.addWidget(self.pick_all)
        find_row = QHBoxLayout()
        find_label = plain_label(translate("ExportWizard", "Find"))
        self.find_edit = QLineEdit()
        self.find_edit.setAccessibleName(translate("ExportWizard", "Find a defender or case"))
        self.find_edit.setPlaceholderText(translate("ExportWizard", "Part of a name or case title"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._filter)
        find_label.setBuddy(self.find_edit)
        find_row.addWidget(find_label)
        find_row.addWidget(self.find_edit, 1)
        layout.addLayout(find_row)
        self.records = QTreeWidget()
        self.records.setAccessibleName(translate("ExportWizard", "Defenders and cases to send"))
        self.records.setHeaderLabels(
            [translate("ExportWizard", "Record"), translate("ExportWizard", "Consent to share")]
        )
        self.records.setColumnWidth(0, self.fontMetrics().horizontalAdvance("M") * 28)
        header = self.records.header()  # titles take the room; consent shows whole
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.records.itemChanged.connect(lambda _item, _col: self._records_changed())
        layout.addWidget(self.records, 1)
        self.records_note = plain_label("", object_name="muted")
        layout.addWidget(self.records_note)
        self.stack.addWidget(page)

    def _build_recipients(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.recipients = QListWidget()
        self.recipients.setAccessibleName(translate("ExportWizard", "Colleagues to send to"))
        self.recipients.itemChanged.connect(lambda _item: self._recipients_changed())
        layout.addWidget(self.recipients, 1)
        self.no_colleagues = plain_label(
            translate(
                "ExportWizard",
                "You have no colleagues to send to yet. Add one under Colleagues first.",
            ),
            object_name="muted",
            wrap=True,
        )
        layout.addWidget(self.no_colleagues)
        self.unverified_warning = warning_label()
        layout.addWidget(self.unverified_warning)
        layout.addWidget(warning_label(translate("ExportWizard", RECIPIENTS_NOTE)))
        self.keep_updated = QCheckBox(translate("ExportWizard", "Keep them updated"))
        self.keep_updated.setAccessibleName(translate("ExportWizard", "Keep them updated"))
        self.keep_updated.setAccessibleDescription(translate("ExportWizard", KEEP_UPDATED_NOTE))
        self.keep_updated.setChecked(False)
        layout.addWidget(self.keep_updated)
        layout.addWidget(
            plain_label(
                translate("ExportWizard", KEEP_UPDATED_NOTE), object_name="muted", wrap=True
            )
        )
        self.stack.addWidget(page)

    def _build_write(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.recap = plain_label("", wrap=True)
        layout.addWidget(self.recap)
        split_row = QHBoxLayout()
        split_label = plain_label(translate("ExportWizard", "Split into parts"))
        self.part_size = QComboBox()
        self.part_size.setAccessibleName(translate("ExportWizard", "Split into parts"))
        for text, size in (
            (translate("ExportWizard", "No split: one file"), None),
            (translate("ExportWizard", "Mail with a 25 MB limit: parts of 18 MB"),
             MAIL_PART_BYTES),
            (translate("ExportWizard", "Mail with a 10 MB limit: parts of 7 MB"),
             SMALL_MAIL_PART_BYTES),
            (translate("ExportWizard", "USB stick formatted FAT32: parts under 4 GB"),
             FAT32_PART_BYTES),
        ):
            self.part_size.addItem(text, size)
        self.part_size.setToolTip(translate(
            "ExportWizard", "A larger bundle is written as several files (NAME.part1of3 and so "
            "on). Carry every part: the colleague imports any one of them once all are in the "
            "same folder."))
        split_label.setBuddy(self.part_size)
        split_row.addWidget(split_label)
        split_row.addWidget(self.part_size)
        split_row.addStretch(1)
        layout.addLayout(split_row)
        row = QHBoxLayout()
        self.write_button = button(
            translate("ExportWizard", "Choose where to save and write…"),
            self.write,
            primary=True,
            name=translate("ExportWizard", "Choose where to save and write the bundle"),
        )
        row.addWidget(self.write_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = progress_bar(translate("ExportWizard", "Writing the bundle"))
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.stack.addWidget(page)

    def _build_done(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = plain_label("", wrap=True, selectable=True)
        self.summary.setAccessibleName(translate("ExportWizard", "What was written"))
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.again_button = button(translate("ExportWizard", "Send something else"), self.restart)
        row.addWidget(self.again_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.stack.addWidget(page)

    # -- contracts-style -------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        """Fill the record and colleague lists, keeping what was ticked."""
        if self.ctx is None or self.job.busy:
            return
        sharing = self.ctx.reader.sharing
        ticked = set(self.chosen_records())
        self.records.blockSignals(True)
        self.records.clear()
        for title, pool in ((translate("ExportWizard", "Defenders"), sharing.defender_choices()),
                            (translate("ExportWizard", "Cases"), sharing.case_choices())):
            group = QTreeWidgetItem([title, ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.records.addTopLevelItem(group)
            for choice in pool:
                group.addChild(self._record_item(choice, (choice.kind, choice.record_id) in ticked))
            group.setExpanded(True)
        self.records.blockSignals(False)
        self._filter(self.find_edit.text())
        self._load_recipients()
        self._records_changed()

    @staticmethod
    def _record_item(choice: Choice, ticked: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem([choice_title(choice), consent_words(choice.consent)])
        item.setData(0, ID_ROLE, choice.record_id)
        item.setData(0, KIND_ROLE, choice.kind)
        if choice.may_leave:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        else:
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # shown, greyed, never chosen
            item.setToolTip(0, translate("ExportWizard", "No consent to share: nothing about "
                                                         "this defender leaves this vault"))
        return item

    def _load_recipients(self) -> None:
        assert self.ctx is not None
        ticked = set(self.chosen_recipients())
        self.recipients.blockSignals(True)
        self.recipients.clear()
        self._colleagues = {}
        for colleague in self.ctx.reader.colleagues.list():
            if colleague.revoked:
                continue
            self._colleagues[colleague.id] = colleague
            text = colleague.local_name if colleague.verified else (
                filled(translate("ExportWizard", "%1  (NOT VERIFIED)"), colleague.local_name))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, colleague.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if colleague.id in ticked
                               else Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        self.recipients.blockSignals(False)
        self.no_colleagues.setVisible(not self._colleagues)
        self._recipients_changed()

    def clear(self) -> None:
        self.job.stop()
        self.ctx = None
        self._colleagues = {}
        self.records.clear()
        self.recipients.clear()
        self.find_edit.setText("")
        for label in (self.recap, self.summary, self.records_note):
            label.setText("")
        set_warning(self.unverified_warning, "")
        self.keep_updated.setChecked(False)
        self.part_size.setCurrentIndex(0)
        self.pick_some.setChecked(True)
        self._show_step(0)

    # -- choices -----------------------------------------------------------------------------

    def record_items(self) -> list[QTreeWidgetItem]:
        items = []
        for g in range(self.records.topLevelItemCount()):
            group = self.records.topLevelItem(g)
            if group is not None:
                items += [i for c in range(group.childCount()) if (i := group.child(c)) is not None]
        return items

    def chosen_records(self) -> list[tuple[str, str]]:
        """(kind, id) of every ticked defender and case."""
        return [(str(i.data(0, KIND_ROLE)), str(i.data(0, ID_ROLE))) for i in self.record_items()
                if i.checkState(0) == Qt.CheckState.Checked]

    def set_record_checked(self, kind: str, record_id: str, checked: bool = True) -> bool:
        for item in self.record_items():
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == record_id:
                if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    return False
                item.setCheckState(0, Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)
                return True
        return False

    def chosen_recipients(self) -> list[str]:
        return [str(item.data(ID_ROLE)) for item in self._recipient_items()
                if item.checkState() == Qt.CheckState.Checked]

    def _recipient_items(self) -> list[QListWidgetItem]:
        return [item for r in range(self.recipients.count())
                if (item := self.recipients.item(r)) is not None]

    def set_recipient_checked(self, colleague_id: str, checked: bool = True) -> None:
        for item in self._recipient_items():
            if item.data(ID_ROLE) == colleague_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _unverified_names(self) -> list[str]:
        return [self._colleagues[c].local_name for c in self.chosen_recipients()
                if c in self._colleagues and not self._colleagues[c].verified]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self.record_items():
            item.setHidden(bool(needle) and needle not in item.text(0).casefold())

    def _records_changed(self) -> None:
        everything = self.pick_all.isChecked()
        self.records.setEnabled(not everything)
        self.find_edit.setEnabled(not everything)
        if everything:
            self.records_note.setText(translate("ExportWizard", "Every defender who consented "
                                                                "will be sent, with all their "
                                                                "records."))
        else:
            chosen = self.chosen_records()
            defenders = sum(1 for kind, _ in chosen if kind == "defender")
            self.records_note.setText(
                filled(
                    translate("ExportWizard", "Chosen: %1, %2."),
                    plural("ExportWizard", "%n defender(s)", defenders),
                    plural("ExportWizard", "%n case(s)", len(chosen) - defenders),
                )
            )
        self._update_nav()

    def _recipients_changed(self) -> None:
        names = self._unverified_names()
        set_warning(self.unverified_warning, "" if not names else (
            filled(translate("ExportWizard", "Not verified: %1. You have not compared "
                                             "fingerprints, so the file could reach someone "
                                             "posing as them. You will be asked to confirm by "
                                             "typing %2."), names_text(names), CONFIRM_WORD)))
        self._update_nav()

    # -- steps -------------------------------------------------------------------------------

    def _step_ready(self, step: int) -> bool:
        if step == 0:
            return self.pick_all.isChecked() or bool(self.chosen_records())
        if step == 1:
            return bool(self.chosen_recipients())
        return False

    def _update_nav(self) -> None:
        step = self.stack.currentIndex()
        self.back_button.setVisible(0 < step < 3)
        self.next_button.setVisible(step < 2)
        self.next_button.setEnabled(self._step_ready(step))
        self.back_button.setEnabled(not self.job.busy)
        self.write_button.setEnabled(self.ctx is not None and not self.job.busy)

    def _show_step(self, step: int, *, had_focus: bool = False) -> None:
        focus = QApplication.focusWidget()
        had_focus = had_focus or (focus is not None and self.isAncestorOf(focus))
        self.stack.setCurrentIndex(step)
        self.step_title.setText(translate("ExportWizard", STEPS[step]))
        if step == 2:
            self.recap.setText(self._recap())
        self._update_nav()
        if had_focus:
            # the button pressed may now be hidden or disabled: without this, Qt hands the
            # focus on down its chain, out of the wizard into the search field at the top
            first = (self.records, self.recipients, self.write_button, self.again_button)[step]
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def next(self) -> None:
        step = self.stack.currentIndex()
        if step < 2 and self._step_ready(step):
            self._show_step(step + 1)

    def back(self) -> None:
        step = self.stack.currentIndex()
        if 0 < step < 3 and not self.job.busy:
            self._show_step(step - 1)

    def restart(self) -> None:
        self.summary.setText("")
        self.keep_updated.setChecked(False)
        for item in self.record_items():
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(0, Qt.CheckState.Unchecked)
        self._show_step(0)

    def _recap(self) -> str:
        if self.pick_all.isChecked():
            what = translate("ExportWizard", "every defender who consented, with all their records")
        else:
            chosen = self.chosen_records()
            defenders = sum(1 for kind, _ in chosen if kind == "defender")
            parts = [
                text
                for n, text in (
                    (defenders, plural("ExportWizard", "%n defender(s)", defenders)),
                    (
                        len(chosen) - defenders,
                        plural("ExportWizard", "%n case(s)", len(chosen) - defenders),
                    ),
                )
                if n
            ]
            what = filled(
                translate("ExportWizard", "%1, with what belongs to them"), names_text(parts)
            )
        names = [self._colleagues[c].local_name for c in self.chosen_recipients()
                 if c in self._colleagues]
        lines = [
            filled(
                translate("ExportWizard", "You are sending %1, to %2."), what, names_text(names)
            ),
            translate("ExportWizard", RECIPIENTS_NOTE),
        ]
        if self.keep_updated.isChecked():
            lines.append(
                translate(
                    "ExportWizard",
                    "They will also be kept updated: each sync sends them later changes.",
                )
            )
        lines.append(translate("ExportWizard", "Next, choose where to save the file (a USB "
                                               "stick, or a folder a file sync tool carries)."))
        return "\n\n".join(lines)

    # -- writing ---------------------------------------------------------------------------

    def write(self) -> None:
        if self.ctx is None or self.job.busy:
            return
        ctx = self.ctx
        # the write button is disabled while writing, which sends the focus out of the wizard
        writing_from_here = self.write_button.hasFocus()
        recipients = self.chosen_recipients()
        unverified = self._unverified_names()
        if unverified and not ctx.prompter.confirm_typed(
            translate("ExportWizard", "Send to unverified colleagues"),
            filled(
                translate(
                    "ExportWizard",
                    "%1: not verified. You have not compared fingerprints with them, so this "
                    "file could be read by someone posing as them.\n\nType %2 to write it "
                    "anyway.",
                ),
                names_text(unverified),
                CONFIRM_WORD,
            ),
            CONFIRM_WORD,
        ):
            return
        suggested = f"bundle-{datetime.date.today().isoformat()}{BUNDLE_SUFFIX}"
        chosen = ctx.prompter.save_file(
            translate("ExportWizard", "Save the bundle"), suggested, bundle_filters()
        )
        if not chosen:
            return
        out = Path(chosen)
        everything = self.pick_all.isChecked()
        picked = [] if everything else self.chosen_records()
        defenders = [i for kind, i in picked if kind == "defender"]
        cases = [i for kind, i in picked if kind == "case"]
        keep_updated = self.keep_updated.isChecked()
        names = [self._colleagues[c].local_name for c in recipients if c in self._colleagues]
        part_size = self.part_size.currentData()

        def job(desk: Desk, box: ProgressBox) -> ExportSummary:
            return desk.exchange.export(
                out, to=recipients, defenders=defenders, cases=cases,
                everything=everything, allow_unverified=bool(unverified),
                keep_updated=keep_updated, progress=box.report, part_size=part_size)

        def done(summary: ExportSummary) -> None:
            self.summary.setText(export_text(summary, names, keep_updated))
            self._show_step(3, had_focus=writing_from_here)

        def failed(exc: Exception) -> None:
            self._update_nav()
            ctx.prompter.error(
                translate("ExportWizard", "The bundle was not written"), failure_text(exc)
            )

        self.job.start(ctx, job, done, failed)
        self._update_nav()
