"""Prompts: plain text only, and file dialogs that leave no history in Qt's own settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from hrd_desk.ui import i18n, prompts
from hrd_desk.ui.labels import plain_label
from hrd_desk.ui.prompts import DialogPrompter, TypedConfirmation, choose_file

HTML_NAME = "<b>Maria</b> <img src='x'>"


def _pick(path: Path) -> prompts.RunDialog:
    """Stand in for a person: go to the file's folder, pick it, press Open/Save."""

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setDirectory(str(path.parent))
        dialog.selectFile(str(path))
        dialog.accept()
        return int(dialog.result())

    return run


def _qt_settings_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if "QtProject" in p.name]


def test_the_file_dialog_leaves_no_trace_in_qt_settings(
    qtbot: QtBot, tmp_path: Path, isolated_dirs: Path
) -> None:
    secret_folder = tmp_path / "Defender Olga Petrova evidence"
    secret_folder.mkdir()
    target = secret_folder / "statement.pdf"
    target.write_bytes(b"%PDF")
    config = isolated_dirs / ".config"  # where Qt would write ~/.config/QtProject.conf
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(config))
    chosen = choose_file(None, "Open evidence", "All files (*)", run=_pick(target))
    assert chosen == str(target)
    chosen = choose_file(None, "Save bundle", "Bundles (*.hrdb)", save=True,
                         suggested_name="out.hrdb", run=_pick(secret_folder / "out.hrdb"))
    assert chosen == str(secret_folder / "out.hrdb")
    assert _qt_settings_files(isolated_dirs) == []
    for path in isolated_dirs.rglob("*"):
        if path.is_file():
            assert b"Petrova" not in path.read_bytes(), path


def test_where_settings_cannot_be_redirected_they_are_put_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows and macOS keep QtProject in the registry or a plist: snapshot and restore."""
    monkeypatch.setattr(prompts, "BLOCK_BY_PATH", False)
    writable = tmp_path / "native-settings"
    writable.mkdir()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(writable))
    try:
        before = QSettings(QSettings.Scope.UserScope, "QtProject")
        before.setValue("FileDialog/viewMode", "List")
        before.setValue("OtherApp/kept", "yes")
        before.sync()
        del before
        secret_folder = tmp_path / "Relocation Kampala"
        secret_folder.mkdir()
        target = secret_folder / "itinerary.txt"
        target.write_text("x")
        assert choose_file(None, "Open", "All files (*)", run=_pick(target)) == str(target)
        after = QSettings(QSettings.Scope.UserScope, "QtProject")
        after.beginGroup("FileDialog")
        assert {k: after.value(k) for k in after.childKeys()} == {"viewMode": "List"}
        after.endGroup()
        assert after.value("OtherApp/kept") == "yes"
        text = b"".join(p.read_bytes() for p in writable.rglob("*") if p.is_file())
        assert b"Kampala" not in text
    finally:
        prompts.block_qtproject_writes()


def test_without_the_guard_qt_would_have_written_the_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The trap the guard exists for (so the tests above can fail): Qt writes history."""
    writable = tmp_path / "native-settings"
    writable.mkdir()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(writable))
    try:
        secret_folder = tmp_path / "Relocation Kampala"
        secret_folder.mkdir()
        dialog = QFileDialog(None, "Open", str(secret_folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setHistory([str(secret_folder)])
        import shiboken6

        shiboken6.delete(dialog)
        text = b"".join(p.read_bytes() for p in writable.rglob("*") if p.is_file())
        assert b"Kampala" in text
    finally:
        prompts.block_qtproject_writes()


def test_message_boxes_show_user_data_as_plain_text(qtbot: QtBot) -> None:
    seen: list[QMessageBox] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog)
        assert dialog.textFormat() == Qt.TextFormat.PlainText
        assert dialog.text() == f"Delete {HTML_NAME}?"
        delete = next(b for b in dialog.buttons() if b.text() == "Delete")
        delete.click()
        return 0

    prompter = DialogPrompter(None, run=run)
    assert prompter.confirm("Delete defender", f"Delete {HTML_NAME}?", destructive=True,
                            accept="Delete", reject="Keep it")
    assert seen[0].defaultButton() is not None
    assert seen[0].defaultButton().text() == "Keep it"  # Enter never deletes by itself


def _paragraph_directions(text: str) -> list[Qt.LayoutDirection]:
    """How Qt's text document (a selectable label's) lays out each line of a text."""
    document = QTextDocument()
    document.setPlainText(text)
    document.setTextWidth(600)
    document.adjustSize()
    block, found = document.begin(), []
    while block.isValid():
        found.append(block.textDirection())
        block = block.next()
    return found


def test_an_arabic_sentence_that_starts_with_a_file_name_reads_right_to_left(
        qtbot: QtBot, qapp: QApplication) -> None:
    """Seen in an error box in Arabic: «/home/…/report.pdf» موجود (the file exists) was laid out
    left to right, the Arabic words after the name, because Qt's text document took the
    paragraph's direction from the name inside its isolate."""
    seen: list[QMessageBox] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog)
        return 0

    prompter = DialogPrompter(None, run=run)
    summary = plain_label("", wrap=True, selectable=True)  # an import's or a sync's result
    try:
        i18n.apply_language(qapp, "ar")
        name = i18n.isolated_data("/home/amina/report.pdf")
        prompter.error("x", f"«{name}» موجود: اختر اسم ملف جديدًا.\n{name}\nEnglish only")
        summary.setText(f"«{name}» موجود")
    finally:
        i18n.apply_language(qapp, "en")
    assert _paragraph_directions(seen[0].text()) == [Qt.LayoutDirection.RightToLeft,
                                                     Qt.LayoutDirection.LeftToRight,
                                                     Qt.LayoutDirection.LeftToRight]
    assert "/home/amina/report.pdf" in seen[0].text()
    assert _paragraph_directions(summary.text()) == [Qt.LayoutDirection.RightToLeft]
    prompter.error("x", "«/home/amina/report.pdf» exists")  # left to right: left as it is
    assert seen[1].text() == "«/home/amina/report.pdf» exists"


def test_confirmations_say_what_each_button_does(qtbot: QtBot) -> None:
    seen: list[list[str]] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        seen.append(sorted(b.text() for b in dialog.buttons()))
        dialog.reject()  # Escape: the "keep" choice
        return 0

    prompter = DialogPrompter(None, run=run)
    assert not prompter.confirm("Discard changes?", "Close it?", destructive=True,
                                accept="Discard changes", reject="Keep editing")
    assert seen == [["Discard changes", "Keep editing"]]
    assert not {"&Yes", "Yes", "&No", "No"} & set(seen[0])


def test_typed_confirmation_needs_the_exact_word(qtbot: QtBot) -> None:
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, TypedConfirmation)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        dialog.entry.setText("purge")
        assert not ok.isEnabled()
        dialog.entry.setText("PURGE")
        assert ok.isEnabled()
        ok.click()
        return int(dialog.result())

    prompter = DialogPrompter(None, run=run)
    assert prompter.confirm_typed("Purge", f"Purge {HTML_NAME} for good?", "PURGE")


def test_qt_settings_are_blocked_by_default_on_this_platform(qtbot: QtBot) -> None:
    if not prompts.BLOCK_BY_PATH:
        pytest.skip("redirecting QtProject only works where native settings are files")
    prompts.block_qtproject_writes()
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    store.setValue("FileDialog/history", ["/somewhere"])
    store.sync()
    assert store.status() != QSettings.Status.NoError or not os.path.exists(store.fileName())


def test_file_dialogs_and_typed_words_belong_to_the_window_that_asks(qtbot: QtBot) -> None:
    """A record's Attachments window asks for a file: the file dialog is its child, not the main
    window's, so closing it does not raise the main window over the form and its Attachments
    (seen at a real window: both vanished behind the main window after Add file...)."""
    from PySide6.QtWidgets import QApplication, QWidget

    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    attachments = QDialog(main)
    attachments.show()
    attachments.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is attachments)
    parents: list[object] = []

    def run(dialog: QDialog) -> int:
        parents.append(dialog.parentWidget())
        dialog.reject()
        return 0

    prompter = DialogPrompter(main, run=run)
    assert prompter.open_file("Attach a file", "All files (*)") is None
    assert prompter.save_file("Save", "x.pdf", "PDF (*.pdf)") is None
    assert prompter.open_folder("Drop folder") is None
    assert not prompter.confirm_typed("Purge", "Purge it?", "PURGE")
    assert parents == [attachments] * 4


def test_the_file_dialog_speaks_the_language_in_every_label(
        qtbot: QtBot, isolated_dirs: Path) -> None:
    """Seen at a real window: saving statistics in French or Arabic, Qt's dialog said 'Look in:'
    and 'Files of type:' in English (its own catalogues leave them untranslated)."""
    from PySide6.QtWidgets import QApplication, QLabel

    from hrd_desk.ui.i18n import apply_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen: dict[str, list[str]] = {}

    def look(language: str) -> prompts.RunDialog:
        def run(dialog: QDialog) -> int:
            seen[language] = [label.text().replace("&", "") for label in
                              dialog.findChildren(QLabel)]
            return int(QDialog.DialogCode.Rejected)
        return run

    try:
        for language in ("fr", "es", "ar"):
            apply_language(app, language)
            choose_file(None, "t", "CSV (*.csv)", save=True, suggested_name="a.csv",
                        run=look(language))
    finally:
        apply_language(app, "en")
    for language, labels in seen.items():
        assert "Look in:" not in labels and "Files of type:" not in labels, (language, labels)
