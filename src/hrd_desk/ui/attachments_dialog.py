"""A record's evidence attachments (desk.evidence): add by file chooser or drag-and-drop with
progress and cancel, view images and plain text from memory, export a decrypted copy after a
warning (stripping image metadata when asked), verify against the intake hash, delete after a
confirmation that defaults to keeping it.

Nothing here writes plaintext to disk except the explicit export; every name and text from the
vault is shown as plain text. Work that reads or writes the vault runs through `ctx.write` (the
writer thread); intake reports progress through a queued signal and stops when Cancel is pressed.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import Cancelled
from ..services.evidence import VIEWABLE, Attachment
from .audit_dialogs import when_text
from .contracts import AppContext
from .error_words import coded_reason, failure_sentence
from .i18n import filled, translate
from .labels import plain_label


def size_text(size: int) -> str:
    """19.5 KiB, 19,5 Kio, 16 octets: the language's own units and decimal sign."""
    return QLocale().formattedDataSize(size, 1)


def metadata_text(attachment: Attachment) -> str:
    found = [k.upper() for k, v in sorted(attachment.metadata.items()) if v]
    if not found:
        return ""
    gps = (
        translate("AttachmentsDialog", " It includes a GPS location.")
        if attachment.metadata.get("gps")
        else ""
    )
    return filled(
        translate("AttachmentsDialog", "This image carries %1 metadata.%2"), ", ".join(found), gps
    )


class _Progress(QObject):
    """Carries the writer thread's progress to the GUI thread (a queued signal)."""

    moved = Signal(int)


class AttachmentsDialog(QDialog):
    def __init__(self, ctx: AppContext, kind: str, record_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.record_id = record_id
        self.setWindowTitle(
            translate("AttachmentsDialog", "Attachments of this record")
        )
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "AttachmentsDialog",
                    "Evidence files, encrypted in the vault. Drop files here or choose Add file.",
                ),
                wrap=True,
            )
        )
        self.table = QTreeWidget()
        self.table.setAccessibleName(translate("AttachmentsDialog", "Attachments"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                translate("AttachmentsDialog", "Name"),
                translate("AttachmentsDialog", "Type"),
                translate("AttachmentsDialog", "Size"),
                translate("AttachmentsDialog", "Received"),
                translate("AttachmentsDialog", "From"),
            ]
        )
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.view_current())
        layout.addWidget(self.table)
        self.metadata = plain_label("", wrap=True, object_name="attachment-metadata")
        layout.addWidget(self.metadata)
        row = QHBoxLayout()
        self.add_button = self._button(
            row, translate("AttachmentsDialog", "Add file…"), self.choose_and_add
        )
        self.view_button = self._button(
            row, translate("AttachmentsDialog", "View"), self.view_current
        )
        self.export_button = self._button(
            row, translate("AttachmentsDialog", "Export decrypted copy…"), self.export_current
        )
        self.verify_button = self._button(
            row, translate("AttachmentsDialog", "Verify"), self.verify_current
        )
        row.addStretch(1)
        self.delete_button = self._button(
            row, translate("AttachmentsDialog", "Delete…"), self.delete_current
        )
        self.delete_button.setToolTip(translate("AttachmentsDialog", "Delete the selected file "
                                                                     "(Del)"))
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                               self.delete_current)
        delete_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout.addLayout(row)
        buttons = QDialogButtonBox()
        buttons.addButton(
            translate("AttachmentsDialog", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.progress: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._bridge = _Progress(self)
        self._bridge.moved.connect(self._moved)
        self.attachments: list[Attachment] = []
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 60, em * 28)
        self.reload()

    def done(self, result: int) -> None:
        """Closing stops an intake under way (nothing of it is kept) and empties the list."""
        self._cancel.set()
        self.table.clear()
        self.metadata.clear()
        super().done(result)

    def _button(self, row: QHBoxLayout, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.attachments = self.ctx.reader.evidence.list(self.record_id)
        self.table.clear()
        for a in self.attachments:
            item = QTreeWidgetItem([a.name, a.media_type, size_text(a.size),
                                    when_text(a.received_at), a.source or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            self.table.addTopLevelItem(item)
        last = self.table.topLevelItem(len(self.attachments) - 1) if self.attachments else None
        if last is not None:
            self.table.setCurrentItem(last)
        self._selection_changed()

    def current(self) -> Attachment | None:
        item = self.table.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((a for a in self.attachments if a.id == wanted), None)

    def _selection_changed(self) -> None:
        a = self.current()
        for button in (self.export_button, self.verify_button, self.delete_button):
            button.setEnabled(a is not None)
        viewable = a is not None and a.media_type in VIEWABLE
        self.view_button.setEnabled(viewable)
        self.view_button.setToolTip("" if viewable or a is None else
                                    translate("AttachmentsDialog", "Only images and plain text "
                                                                   "are shown inside the app: "
                                                                   "export a decrypted copy to "
                                                                   "open this file"))
        self.metadata.setText(metadata_text(a) if a is not None else "")

    # -- adding -----------------------------------------------------------------------------

    def choose_and_add(self) -> None:
        chosen = self.ctx.prompter.open_file(
            translate("AttachmentsDialog", "Attach a file"),
            translate("AttachmentsDialog", "All files (*)"),
        )
        if chosen:
            self.add_files([Path(chosen)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        if not paths or self.progress is not None:
            return
        path, rest = paths[0], paths[1:]
        try:
            total = max(path.stat().st_size, 1)
        except OSError:
            total = 1
        self._cancel.clear()
        progress = QProgressDialog(
            filled(translate("AttachmentsDialog", "Encrypting %1 into the vault…"), path.name),
            translate("AttachmentsDialog", "Cancel"),
            0,
            1000,
            self,
        )
        progress.setWindowTitle(translate("AttachmentsDialog", "Adding an attachment"))
        progress.setLabelText(filled(translate("AttachmentsDialog", "Encrypting %1 into the "
                                                                    "vault…"), path.name))
        progress.setMinimumDuration(0)
        progress.canceled.connect(self._cancel.set)
        progress.setValue(0)
        progress.show()
        self.progress = progress
        self._total = total
        cancel, bridge, record_id = self._cancel, self._bridge, self.record_id

        def tick(done: int) -> bool:
            bridge.moved.emit(done)
            return not cancel.is_set()

        def finished(_new: str) -> None:
            self._close_progress()
            self.reload()
            self.add_files(rest)

        def failed(exc: Exception) -> None:
            self._close_progress()
            if not isinstance(exc, Cancelled):
                self.ctx.prompter.error(
                    translate("AttachmentsDialog", "The file was not attached"),
                    failure_sentence(exc),
                )
            self.reload()

        self.ctx.write(lambda desk: desk.evidence.add(record_id, path, progress=tick),
                       on_done=finished, on_error=failed)

    def _moved(self, done: int) -> None:
        if self.progress is not None:
            self.progress.setValue(min(999, done * 1000 // self._total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    # -- viewing, exporting, verifying ------------------------------------------------------

    def view_current(self) -> None:
        a = self.current()
        if a is None or a.media_type not in VIEWABLE:
            return
        self.ctx.write(
            lambda desk: desk.evidence.read_for_view(a.id),
            on_done=lambda result: self._show(*result),
            on_error=lambda exc: self.ctx.prompter.error(
                translate("AttachmentsDialog", "Cannot show it"), failure_sentence(exc)
            ),
        )

    def _show(self, attachment: Attachment, data: bytes) -> None:
        viewer = AttachmentViewer(attachment, data, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        self.reload()

    def export_current(self) -> None:
        a = self.current()
        if a is None:
            return
        if not self.ctx.prompter.confirm(
            translate("AttachmentsDialog", "Export a decrypted copy"),
            filled(
                translate(
                    "AttachmentsDialog",
                    "“%1” will be written DECRYPTED outside the "
                    "vault. Anyone with access to that disk can "
                    "read it. Keep it on an encrypted disk and "
                    "delete it when done.",
                ),
                a.name,
            ),
            accept=translate("AttachmentsDialog", "Export decrypted copy"),
            reject=translate("AttachmentsDialog", "Cancel"),
        ):
            return
        strip = False
        if a.metadata.get("exif") or a.metadata.get("xmp") or a.metadata.get("iptc"):
            strip = self.ctx.prompter.confirm(
                translate("AttachmentsDialog", "Image metadata"),
                metadata_text(a)
                + translate(
                    "AttachmentsDialog",
                    " Leave it out of the copy? The original in the vault keeps it.",
                ),
                accept=translate("AttachmentsDialog", "Strip metadata"),
                reject=translate("AttachmentsDialog", "Keep metadata"),
            )
        out = self.ctx.prompter.save_file(
            translate("AttachmentsDialog", "Export a decrypted copy"),
            a.name,
            translate("AttachmentsDialog", "All files (*)"),
        )
        if not out:
            return
        def done(_result: object) -> None:
            self.reload()
            self.ctx.prompter.info(
                translate("AttachmentsDialog", "Exported"),
                filled(
                    translate("AttachmentsDialog", "A decrypted copy of “%1” was written."), a.name
                ),
            )

        self.ctx.write(
            lambda desk: desk.evidence.export(a.id, Path(out), strip_metadata=strip),
            on_done=done,
            on_error=lambda exc: self.ctx.prompter.error(
                translate("AttachmentsDialog", "Not exported"), failure_sentence(exc)
            ),
        )

    def verify_current(self) -> None:
        a = self.current()
        if a is None:
            return

        def done(result: Any) -> None:
            self.reload()
            if result.ok:
                self.ctx.prompter.info(
                    translate("AttachmentsDialog", "Intact"),
                    filled(
                        translate(
                            "AttachmentsDialog", "“%1” matches the SHA-256 taken at intake:\n%2"
                        ),
                        a.name,
                        result.expected,
                    ),
                )
            else:
                self.ctx.prompter.error(
                    translate("AttachmentsDialog", "DAMAGED"),
                    filled(translate("AttachmentsDialog", "“%1”: %2"), a.name,
                           coded_reason(result.problem_code, ()) or result.problem),
                )

        self.ctx.write(lambda desk: desk.evidence.verify(a.id), on_done=done)


    def delete_current(self) -> None:
        a = self.current()
        if a is None or self.progress is not None:
            return
        if not self.ctx.prompter.confirm(
            translate("AttachmentsDialog", "Delete this file"),
            filled(
                translate(
                    "AttachmentsDialog",
                    "Delete “%1” from this vault? Its encrypted file is overwritten and its "
                    "chain of custody goes with it: this cannot be undone. Colleagues who "
                    "received it keep their copies, and their bundles will not bring it back "
                    "here.",
                ),
                a.name,
            ),
            destructive=True,
            accept=translate("AttachmentsDialog", "Delete file"),
            reject=translate("AttachmentsDialog", "Keep it"),
        ):
            return
        self.ctx.write(
            lambda desk: desk.evidence.delete(a.id),
            on_done=lambda _result: self.reload(),
            on_error=lambda exc: self.ctx.prompter.error(
                translate("AttachmentsDialog", "Not deleted"), failure_sentence(exc)
            ),
        )


class AttachmentViewer(QDialog):
    """An image or a text shown from memory; nothing of it is written anywhere. Emptied when
    closed (and every one is closed at lock: `close_evidence_windows`)."""

    def __init__(self, attachment: Attachment, data: bytes, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(attachment.name)
        layout = QVBoxLayout(self)
        note = metadata_text(attachment)
        if note:
            layout.addWidget(plain_label(note, wrap=True))
        if attachment.media_type == "text/plain":
            text = QPlainTextEdit()
            text.setReadOnly(True)
            text.setPlainText(data.decode("utf-8", errors="replace"))
            self.content: QWidget = text
        else:
            image = QImage.fromData(data)
            label = QLabel()
            if image.isNull():
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setText(translate("AttachmentsDialog", "This image cannot be shown "
                                                             "(damaged, or a format Qt cannot "
                                                             "read): export a decrypted copy to "
                                                             "open it elsewhere."))
            else:
                label.setPixmap(QPixmap.fromImage(image))
            scroll = QScrollArea()
            scroll.setWidget(label)
            self.content = scroll
        layout.addWidget(self.content)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 60, em * 40)

    def done(self, result: int) -> None:
        if isinstance(self.content, QPlainTextEdit):
            self.content.clear()
        elif isinstance(self.content, QScrollArea):
            label = self.content.widget()
            if isinstance(label, QLabel):
                label.clear()
        super().done(result)


def close_evidence_windows() -> int:
    """At lock: every attachments window and viewer closed and emptied; returns how many."""
    closed = 0
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, AttachmentViewer | AttachmentsDialog) and widget.isVisible():
            widget.done(QDialog.DialogCode.Rejected)
            closed += 1
    return closed


def open_attachments(ctx: AppContext, kind: str, record_id: str,
                     parent: QWidget | None = None) -> AttachmentsDialog:
    dialog = AttachmentsDialog(ctx, kind, record_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
