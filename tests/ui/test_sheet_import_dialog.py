"""The spreadsheet import wizard (issue 20): file, columns with a preview, checks, result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import Session, create_vault, unlock_vault
from hrd_desk.services.sheet_import import ImportOptions
from hrd_desk.services.sheet_mapping import IGNORE
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.sheet_import_dialog import SheetImportDialog
from sheet_support import excel_windows_csv

from .conftest import PASSPHRASE, ScriptedPrompter, unlock
from .exchange_ui_support import WAIT_MS, click


def _window(qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
            ) -> MainWindow:
    create_vault(vault_dir, PASSPHRASE)
    with Session(unlock_vault(vault_dir, PASSPHRASE)) as session:
        from hrd_desk.services.casework import Casework

        Casework(session).add("defender", {"name": "Amina Diallo", "codename": "Heron",
                                           "country": "KE"})
    window = make_window()
    unlock(qtbot, window, PASSPHRASE)
    return window


def _dialog(qtbot: QtBot, window: MainWindow) -> SheetImportDialog:
    dialog = SheetImportDialog(window.ctx, window.prompter, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _step(qtbot: QtBot, dialog: SheetImportDialog, step: int) -> None:
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == step and not dialog.job.busy,
                    timeout=WAIT_MS)


def _incidents(window: MainWindow) -> list[str]:
    return sorted(str(s.get("description")) for s in window.ctx.reader.records.list("incident"))


def test_windows_1252_file_previewed_confirmed_checked_and_imported(
        qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
        prompter: ScriptedPrompter, tmp_path: Path) -> None:
    window = _window(qtbot, make_window, vault_dir)
    path = excel_windows_csv(tmp_path / "menaces.csv")
    dialog = _dialog(qtbot, window)
    prompter.files.append(str(path))
    dialog.choose_file()
    click(qtbot, dialog.next_button)
    _step(qtbot, dialog, 1)
    # read as Windows-1252 for the user to look at, and not imported until confirmed
    assert dialog.table.item(1, 3).text() == ("Suivi jusqu'à l'école; menacé — «on sait où tu "
                                              "vis»")
    assert "Windows-1252" in dialog.columns_warning.text()
    fields = [box.currentData() for box in dialog.findChildren(QComboBox)
              if box.accessibleName().startswith("Field for column")]
    assert fields == ["defenders", "category", "occurred", "description", "severity",
                      "country", "location"]
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == 1, "went on without the encoding confirmed"
    assert dialog.encoding_check.isVisible()
    dialog.encoding_check.setChecked(True)
    click(qtbot, dialog.next_button)
    _step(qtbot, dialog, 2)
    assert "All 3 rows are fine" in dialog.checks_text.text()
    assert _incidents(window) == [], "the check wrote nothing"
    click(qtbot, dialog.next_button)
    _step(qtbot, dialog, 3)
    assert dialog.done_text.text().startswith("Imported 3 incidents.")
    assert "unencrypted" in dialog.done_text.text()
    assert len(_incidents(window)) == 3
    prompter.confirm_answers.append(True)
    click(qtbot, dialog.shred_button)
    assert not path.exists()


def test_errors_are_listed_and_import_stays_off_then_a_column_is_chosen(
        qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
        prompter: ScriptedPrompter, tmp_path: Path) -> None:
    window = _window(qtbot, make_window, vault_dir)
    path = tmp_path / "log.csv"
    path.write_text("Defender,Primary category,When it happened,Récit,Internal\n"
                    "Heron,physical,2024-01-05,<b>Followed</b>,7\n"
                    "Heron,physcal,2024-01-06,second,8\n", encoding="utf-8")
    dialog = _dialog(qtbot, window)
    dialog.path_edit.setText(str(path))
    click(qtbot, dialog.next_button)
    _step(qtbot, dialog, 1)
    assert dialog.table.item(1, 3).text() == "<b>Followed</b>"  # shown as written
    click(qtbot, dialog.next_button)
    _step(qtbot, dialog, 2)
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(line.startswith("row 1, column D (Récit)") for line in listed)
    assert any(line.startswith("row 3, column B (Primary category)") for line in listed)
    assert not dialog.next_button.isEnabled(), "Import offered with errors"
    click(qtbot, dialog.back_button)
    boxes = [b for b in dialog.findChildren(QComboBox)
             if b.accessibleName().startswith("Field for column")]
    boxes[3].setCurrentIndex(boxes[3].findData("description"))
    boxes[4].setCurrentIndex(boxes[4].findData(IGNORE))
    click(qtbot, dialog.next_button)
    _step(qtbot, dialog, 2)
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(listed) == 1 and listed[0].startswith("row 3, column B")
    assert _incidents(window) == []


def test_an_import_is_undone_as_a_whole_from_the_deleted_view(
        qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
        prompter: ScriptedPrompter, tmp_path: Path) -> None:
    window = _window(qtbot, make_window, vault_dir)
    path = excel_windows_csv(tmp_path / "menaces.csv")
    result = window.ctx.reader.sheets.preview(path, ImportOptions("incident",
                                                                  encoding="windows-1252"))
    assert result.data_rows == 3
    window.ctx.write(lambda desk: desk.sheets.run(path, ImportOptions(
        "incident", encoding="windows-1252")))
    qtbot.waitUntil(lambda: len(_incidents(window)) == 3, timeout=WAIT_MS)
    window.workspace.go("deleted")
    page = window.pages["deleted"]
    page.show_imports()  # type: ignore[attr-defined]
    dialog = page.imports_dialog  # type: ignore[attr-defined]
    assert dialog.batches.count() == 1
    assert "3 incidents (3 live, 0 deleted)" in dialog.batches.item(0).text()
    assert not dialog.restore_button.isEnabled()
    prompter.confirm_answers.append(True)
    click(qtbot, dialog.delete_button)
    qtbot.waitUntil(lambda: _incidents(window) == [], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "(0 live, 3 deleted)" in dialog.batches.item(0).text(),
                    timeout=WAIT_MS)
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: len(_incidents(window)) == 3, timeout=WAIT_MS)
    window.lock("manual")
    assert _deleted(dialog) or not dialog.isVisible(), "the imports list stayed over the lock"


def _deleted(widget: object) -> bool:
    from shiboken6 import Shiboken

    return not Shiboken.isValid(widget)


def test_cancel_while_checking_stops_and_changes_nothing(
        qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
        tmp_path: Path) -> None:
    window = _window(qtbot, make_window, vault_dir)
    path = tmp_path / "many.csv"
    path.write_text("Defender,Primary category,When it happened,Description\n"
                    + "".join(f"Heron,other,2024,row {i}\n" for i in range(20_000)),
                    encoding="utf-8")
    dialog = _dialog(qtbot, window)
    dialog.path_edit.setText(str(path))
    click(qtbot, dialog.next_button)
    _step(qtbot, dialog, 1)
    click(qtbot, dialog.next_button)
    assert dialog.job.busy and dialog.progress.isVisible()
    click(qtbot, dialog.cancel_button)  # while busy: stops the job, keeps the dialog
    qtbot.waitUntil(lambda: not dialog.job.busy, timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.stack.currentIndex() == 1
    assert "cancelled" in dialog.columns_warning.text()
    assert _incidents(window) == []


def test_the_wizard_speaks_french_and_offers_fields_by_their_french_labels(
        qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
        prompter: ScriptedPrompter, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from hrd_desk.ui.i18n import apply_language

    window = _window(qtbot, make_window, vault_dir)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "fr")
    try:
        path = tmp_path / "défenseurs.csv"
        path.write_text("Nom,Nom de code,Pays,Colonne à part\nChen Wei,Kite,CN,x\n",
                        encoding="utf-8")
        dialog = _dialog(qtbot, window)
        assert dialog.step_title.text() == "1. Choisir le fichier"
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("defender"))
        assert dialog.kind_box.currentText() == "Défenseur·es"
        prompter.files.append(str(path))
        dialog.choose_file()
        click(qtbot, dialog.next_button)
        _step(qtbot, dialog, 1)
        boxes = [b for b in dialog.findChildren(QComboBox)
                 if b.accessibleName().startswith("Champ de la colonne")]
        assert [b.currentText() for b in boxes[:3]] == [
            "Nom d'usage (obligatoire)", "Nom de code", "Pays"]
        assert boxes[3].currentText() == "— aucun champ : choisissez-en un, ou Ignorer —"
        boxes[3].setCurrentIndex(boxes[3].findData(IGNORE))
        click(qtbot, dialog.next_button)
        _step(qtbot, dialog, 2)
        assert dialog.checks_text.text() == (
            "La ligne est correcte. À créer, en une seule étape : 1 défenseur·e.")
        click(qtbot, dialog.next_button)
        _step(qtbot, dialog, 3)
        assert dialog.done_text.text().startswith("Import terminé : 1 défenseur·e.")
    finally:
        apply_language(app, "en")


def test_the_problems_found_are_worded_in_french_and_arabic(
        qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path,
        prompter: ScriptedPrompter, tmp_path: Path) -> None:
    """Seen at a real window (100-fr-import-3-errors.png, 100-ar-import-3-errors.png): every
    problem of a refused file was the CLI's English ("row 3, column A (Defender): no defender
    has this codename or name", "not a known primary category (closest: physical (Physical
    harassment...))", "--day-first or --month-first on the command line")."""
    from PySide6.QtWidgets import QApplication

    from hrd_desk.ui.i18n import apply_language

    window = _window(qtbot, make_window, vault_dir)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    path = tmp_path / "log.csv"
    path.write_text("Defender,Primary category,When it happened,Description,Internal ref\n"
                    "Heron,physcal,2024-01-06,Followed,7\n"
                    "Nobody,phone,03/04/2024,SMS,8\n"
                    "Heron,digital,24/03/24,SMS,9\n", encoding="utf-8")
    english = ("no defender", "not a known", "closest", "command line", "reads as",
               "Physical harassment", "heading is no", "year in full", "mapping file")
    expected = {"fr": ("aucun·e défenseur·e", "Harcèlement physique et menaces directes"),
                "ar": ("لا يوجد مدافع", "مضايقات جسدية وتهديدات مباشرة")}
    try:
        for language, words in expected.items():
            apply_language(app, language)
            dialog = _dialog(qtbot, window)
            dialog.path_edit.setText(str(path))
            click(qtbot, dialog.next_button)
            _step(qtbot, dialog, 1)
            click(qtbot, dialog.next_button)
            _step(qtbot, dialog, 2)
            listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
            assert len(listed) >= 4, listed
            shown = "\n".join(listed)
            for word in english:
                assert word not in shown, (language, word, listed)
            for word in words:
                assert word in shown, (language, word, listed)
            assert "Nobody" in shown and "physcal" in shown, "cells shown as the file has them"
            dialog.close()
    finally:
        apply_language(app, "en")
