"""The real Prompter (contracts.Prompter): modal dialogs that never render user data as HTML.

Every question the GUI asks goes through here, so tests inject a scripted prompter instead and
nothing ever blocks on a modal dialog. Message text is always `Qt.PlainText`: a record's name
that looks like HTML stays text.

File dialogs go through `choose_file` only. A QFileDialog writes its history and the last folder
visited into Qt's own `QtProject` settings when it is destroyed (`~/.config/QtProject.conf`, the
Windows registry, a macOS plist); native dialogs add to the OS's own recent lists (the Windows
ComDlg32 MRU, GTK's recently-used.xbel). So: Qt's widget dialog, never the native one; on Linux
and the BSDs, user-scope native QSettings are pointed at a path that cannot be created, so the
dialog cannot write anything; on Windows and macOS (where that redirection has no effect) the
`FileDialog` group is snapshotted before the dialog and put back exactly as it was after it was
destroyed. tests/ui/test_prompts.py checks both.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .i18n import QT_TRANSLATE_NOOP, filled, marked_paragraphs, translate
from .labels import plain_label

RunDialog = Callable[[QDialog], int]
QTPROJECT = "QtProject"
FILE_DIALOG_GROUP = "FileDialog"
# A location that can never be a writable directory, for Qt's user-scope native settings.
UNWRITABLE_SETTINGS_PATH = "/dev/null/hrd-desk-no-qt-settings"
BLOCK_BY_PATH = sys.platform not in ("win32", "darwin")


def _exec(dialog: QDialog) -> int:
    return int(dialog.exec())


def block_qtproject_writes() -> None:
    """Where QSettings' native format is a file (Linux, BSD), make Qt's own settings unwritable."""
    if BLOCK_BY_PATH:
        QSettings.setPath(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, UNWRITABLE_SETTINGS_PATH
        )


def _qtproject() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, QTPROJECT)


def _snapshot() -> dict[str, object]:
    store = _qtproject()
    store.beginGroup(FILE_DIALOG_GROUP)
    values = {key: store.value(key) for key in store.childKeys()}
    store.endGroup()
    return values


def _restore(snapshot: dict[str, object]) -> None:
    store = _qtproject()
    if not snapshot:
        store.remove(FILE_DIALOG_GROUP)
    else:
        store.beginGroup(FILE_DIALOG_GROUP)
        for key in store.childKeys():
            if key not in snapshot:
                store.remove(key)
        for key, value in snapshot.items():
            store.setValue(key, value)
        store.endGroup()
    store.sync()


@contextlib.contextmanager
def qtproject_untouched() -> Iterator[None]:
    """Around a QFileDialog's whole life: Qt's FileDialog settings end as they started."""
    block_qtproject_writes()
    snapshot = _snapshot()
    try:
        yield
    finally:
        _restore(snapshot)


def _start_folder() -> str:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return docs
    return str(Path.home())


def choose_file(
    parent: QWidget | None,
    title: str,
    filters: str,
    *,
    save: bool = False,
    folder: bool = False,
    suggested_name: str = "",
    run: RunDialog = _exec,
) -> str | None:
    """The only way the app asks for a file: Qt's own dialog, leaving no history anywhere."""
    with qtproject_untouched():
        dialog = QFileDialog(parent, title, _start_folder(), filters)
        try:
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            dialog.setHistory([])
            # Qt's own catalogues leave these two English (seen in French and Arabic)
            dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("Prompts", "&Look in:"))
            dialog.setLabelText(QFileDialog.DialogLabel.FileType,
                                translate("Prompts", "Files of &type:"))
            if folder:
                dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
                dialog.setFileMode(QFileDialog.FileMode.Directory)
                dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            elif save:
                dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
                dialog.setFileMode(QFileDialog.FileMode.AnyFile)
                if suggested_name:
                    dialog.selectFile(suggested_name)
            else:
                dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
                dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            accepted = run(dialog) == QDialog.DialogCode.Accepted
            files = dialog.selectedFiles() if accepted else []
        finally:
            dialog.setHistory([])
            shiboken6.delete(dialog)  # the destructor writes the settings: do it inside the guard
    return files[0] if files else None


class TypedConfirmation(QDialog):
    """Asks the person to type a word before something irreversible; OK only when it matches."""

    def __init__(self, parent: QWidget | None, title: str, text: str, expected: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.expected = expected
        layout = QVBoxLayout(self)
        message = QLabel(text)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        layout.addWidget(message)
        ask = QLabel(filled(translate("Prompts", "Type %1 to confirm:"), expected))
        ask.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(ask)
        self.entry = QLineEdit()
        self.entry.setAccessibleName(translate("Prompts", "Confirmation word"))
        ask.setBuddy(self.entry)
        layout.addWidget(self.entry)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._ok.setEnabled(False)
        self.entry.textChanged.connect(self._typed)
        self._cancel.setDefault(True)

    def _typed(self, text: str) -> None:
        """Enter cancels until the word is typed exactly; then Enter confirms, as OK would (the
        word is the safeguard: a person who typed it and pressed Enter means it)."""
        matches = text == self.expected
        self._ok.setEnabled(matches)
        self._cancel.setDefault(not matches)
        self._ok.setDefault(matches)


class ChoiceDialog(QDialog):
    """One choice among a few, each a radio button with a line under it saying what it means;
    `default` starts chosen. The accept button names what comes next."""

    def __init__(self, parent: QWidget | None, title: str, text: str,
                 options: Sequence[tuple[str, str]], default: int, accept: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        message = plain_label(text, wrap=True)
        layout.addWidget(message)
        self.group = QButtonGroup(self)
        em = self.fontMetrics().horizontalAdvance("M")
        style = self.style()
        indent = (style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
                  + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing))
        for index, (label, explanation) in enumerate(options):
            radio = QRadioButton(label)
            radio.setAccessibleDescription(explanation)
            self.group.addButton(radio, index)
            layout.addWidget(radio)
            line = plain_label(explanation, wrap=True, object_name="muted")
            under = QHBoxLayout()  # under the button's text, on the right in Arabic too
            under.setContentsMargins(0, 0, 0, em // 2)
            under.addSpacing(indent)
            under.addWidget(line, 1)
            layout.addLayout(under)
            if index == default:
                radio.setChecked(True)
                radio.setFocus()  # the arrow keys move from the choice already made
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(translate("Prompts", "Cancel"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(36 * em)

    def chosen(self) -> int | None:
        index = self.group.checkedId()
        return index if index >= 0 else None


class DialogPrompter:
    """contracts.Prompter with modal dialogs; `run` executes a dialog (tests replace it)."""

    def __init__(self, parent: QWidget | None = None, *, run: RunDialog = _exec) -> None:
        self.parent = parent
        self.run = run

    def owner(self) -> QWidget | None:
        """The window a question or a file dialog belongs to: the active one (a form asking
        "Discard changes?", a record's Attachments asking for a file), so the main window is not
        raised over it when the dialog closes; else the main window."""
        active = QApplication.activeWindow()
        if active is not None and active.isVisible() and not isinstance(active, QMessageBox):
            return active
        return self.parent

    def message_box(
        self, icon: QMessageBox.Icon, title: str, text: str,
        buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton,
    ) -> QMessageBox:
        box = QMessageBox(icon, title, marked_paragraphs(text), buttons, self.owner())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(default)
        return box

    def _ask(self, box: QMessageBox) -> QMessageBox.StandardButton:
        try:
            self.run(box)
            clicked = box.clickedButton()
            return box.standardButton(clicked) if clicked is not None else (
                QMessageBox.StandardButton.NoButton)
        finally:
            box.deleteLater()

    def confirm(self, title: str, text: str, *, destructive: bool = False,
                accept: str = QT_TRANSLATE_NOOP("Prompts", "OK"),
                reject: str = QT_TRANSLATE_NOOP("Prompts", "Cancel")) -> bool:
        """`accept` and `reject` come translated; the defaults are translated here."""
        icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
        box = self.message_box(icon, title, text, QMessageBox.StandardButton.NoButton,
                               QMessageBox.StandardButton.NoButton)
        go = box.addButton(translate("Prompts", accept), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(translate("Prompts", reject), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay if destructive else go)  # Enter never destroys by itself
        box.setEscapeButton(stay)
        try:
            self.run(box)
            return box.clickedButton() is go
        finally:
            box.deleteLater()

    def choose(self, title: str, text: str, options: Sequence[tuple[str, str]], *,
               default: int = 0, accept: str = QT_TRANSLATE_NOOP("Prompts", "OK")) -> int | None:
        """The index of the option chosen, None when cancelled; `accept` comes translated."""
        dialog = ChoiceDialog(self.owner(), title, text, options, default,
                              translate("Prompts", accept))
        try:
            accepted = self.run(dialog) == QDialog.DialogCode.Accepted
            return dialog.chosen() if accepted else None
        finally:
            dialog.deleteLater()

    def confirm_typed(self, title: str, text: str, expected: str) -> bool:
        dialog = TypedConfirmation(self.owner(), title, text, expected)
        try:
            accepted = self.run(dialog) == QDialog.DialogCode.Accepted
            return accepted and dialog.entry.text() == expected
        finally:
            dialog.entry.setText("")
            dialog.deleteLater()

    def info(self, title: str, text: str) -> None:
        ok = QMessageBox.StandardButton.Ok
        self._ask(self.message_box(QMessageBox.Icon.Information, title, text, ok, ok))

    def error(self, title: str, text: str) -> None:
        ok = QMessageBox.StandardButton.Ok
        self._ask(self.message_box(QMessageBox.Icon.Critical, title, text, ok, ok))

    def open_file(self, title: str, filters: str) -> str | None:
        return choose_file(self.owner(), title, filters, run=self.run)

    def save_file(self, title: str, suggested_name: str, filters: str) -> str | None:
        return choose_file(
            self.owner(), title, filters, save=True, suggested_name=suggested_name, run=self.run
        )

    def open_folder(self, title: str) -> str | None:
        return choose_file(self.owner(), title, "", folder=True, run=self.run)
