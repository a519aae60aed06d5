"""The attachments window: a file added by the chooser or by dropping it, with progress and
cancel; an image shown from memory with its GPS warning; a decrypted copy exported only after a
warning, byte for byte (or with its metadata stripped); a damaged file reported by Verify."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import Session
from hrd_desk.ui import i18n
from hrd_desk.ui.attachments_dialog import AttachmentsDialog, AttachmentViewer

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    return FakeContext(session, prompter)


@pytest.fixture
def incident(ctx: FakeContext) -> str:
    amina = ctx.reader.records.add("defender", {"name": "Amina", "codename": "Blue Heron"})
    return ctx.reader.records.add("incident", {"defenders": [amina], "category": "digital",
                                               "occurred": "2024-06-01",
                                               "description": "threats by phone"})


@pytest.fixture
def dialog(ctx: FakeContext, incident: str, qtbot: QtBot) -> Iterator[AttachmentsDialog]:
    made = AttachmentsDialog(ctx, "incident", incident)  # type: ignore[arg-type]
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()
    flush()


def _button(dialog: AttachmentsDialog, text: str) -> QPushButton:
    [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    return button


def _photo(folder: Path) -> Path:
    """A real JPEG (Qt can show it) with an EXIF segment carrying a GPS pointer spliced in."""
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    plain = folder / "plain.jpg"
    assert image.save(str(plain), "JPEG")
    data = plain.read_bytes()
    ifd = (1).to_bytes(2, "big") + (0x8825).to_bytes(2, "big") + (4).to_bytes(2, "big") + \
        (1).to_bytes(4, "big") + (26).to_bytes(4, "big") + bytes(4)
    exif = b"Exif\x00\x00" + b"MM\x00*" + (8).to_bytes(4, "big") + ifd + b"GPS-LOCATION-XYZ"
    app1 = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    photo = folder / "threat photo.jpg"
    photo.write_bytes(data[:2] + app1 + data[2:])
    return photo


def test_a_file_chosen_is_attached_and_exported_byte_for_byte_after_a_warning(
        dialog: AttachmentsDialog, ctx: FakeContext, prompter: ScriptedPrompter,
        tmp_path: Path) -> None:
    original = tmp_path / "report.pdf"
    original.write_bytes(b"%PDF-1.4\n" + os.urandom(300_000))
    prompter.files = [str(original)]
    _button(dialog, "Add file…").click()
    flush()
    assert dialog.table.topLevelItemCount() == 1
    item = dialog.table.topLevelItem(0)
    assert item is not None and item.text(0) == "report.pdf"
    assert item.text(1) == "application/pdf"
    assert not _button(dialog, "View").isEnabled()  # not an image or text: export only
    out = tmp_path / "copy.pdf"
    prompter.confirm_answers = [True]
    prompter.files = [str(out)]
    _button(dialog, "Export decrypted copy…").click()
    flush()
    warning = [c for c in prompter.calls if c[0] == "confirm"][-1]
    assert "DECRYPTED" in warning[2]
    assert out.read_bytes() == original.read_bytes()
    custody = ctx.reader.evidence.list()[0].custody
    assert [e["action"] for e in custody] == ["received", "exported decrypted copy"]


def test_declining_the_warning_exports_nothing(dialog: AttachmentsDialog,
                                               prompter: ScriptedPrompter,
                                               tmp_path: Path) -> None:
    source = tmp_path / "a.bin"
    source.write_bytes(os.urandom(1000))
    dialog.add_files([source])
    flush()
    prompter.confirm_answers = [False]
    _button(dialog, "Export decrypted copy…").click()
    assert not any(c[0] == "save_file" for c in prompter.calls)


def test_a_dropped_file_is_attached(dialog: AttachmentsDialog, tmp_path: Path) -> None:
    source = tmp_path / "voice note.ogg"
    source.write_bytes(b"OggS" + os.urandom(5000))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    flush()
    item = dialog.table.topLevelItem(0)
    assert item is not None and item.text(0) == "voice note.ogg" and item.text(1) == "audio/ogg"


def test_cancel_during_intake_keeps_nothing(dialog: AttachmentsDialog, ctx: FakeContext,
                                            session: Session, tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(3_000_000))
    seen: list[int] = []

    def cancel_once_started(done: int) -> None:
        seen.append(done)
        if len(seen) == 2:
            assert dialog.progress is not None and dialog.progress.isVisible()
            [cancel] = dialog.progress.findChildren(QPushButton)
            assert cancel.text() == "Cancel"
            cancel.click()  # as a person would

    dialog._bridge.moved.connect(cancel_once_started)
    dialog.add_files([source])
    flush()
    assert len(seen) == 2 and seen[-1] < 3_000_000
    assert dialog.progress is None
    assert dialog.table.topLevelItemCount() == 0
    assert ctx.reader.evidence.list() == []
    blobs = session.vault.directory / "blobs"
    assert [p.name for p in blobs.iterdir()] == []
    assert not any(c[0] == "error" for c in ctx.prompter.calls)  # a cancel is no error


def test_an_image_is_shown_from_memory_with_its_gps_warning_and_stripped_on_export(
        dialog: AttachmentsDialog, prompter: ScriptedPrompter, tmp_path: Path,
        qtbot: QtBot) -> None:
    photo = _photo(tmp_path)
    dialog.add_files([photo])
    flush()
    assert "GPS" in dialog.metadata.text()
    assert _button(dialog, "View").isEnabled()
    _button(dialog, "View").click()
    flush()
    [viewer] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, AttachmentViewer) and w.isVisible()]
    assert isinstance(viewer.content, QScrollArea)
    label = viewer.content.widget()
    assert isinstance(label, QLabel) and not label.pixmap().isNull()
    assert label.pixmap().width() == 40
    viewer.grab().save(str(tmp_path / "viewer.png"))
    viewer.close()
    out = tmp_path / "stripped.jpg"
    prompter.confirm_answers = [True, True]  # export despite the warning; strip metadata
    prompter.files = [str(out)]
    _button(dialog, "Export decrypted copy…").click()
    flush()
    assert b"GPS-LOCATION-XYZ" in photo.read_bytes()
    assert b"GPS-LOCATION-XYZ" not in out.read_bytes()
    assert not QImage(str(out)).isNull()


def test_verify_reports_a_damaged_file(dialog: AttachmentsDialog, prompter: ScriptedPrompter,
                                       session: Session, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("they came to the office at night\n")
    dialog.add_files([source])
    flush()
    _button(dialog, "Verify").click()
    assert prompter.calls[-1][:2] == ("info", "Intact")
    [blob] = (session.vault.directory / "blobs").iterdir()
    blob.write_bytes(blob.read_bytes()[:-3])
    _button(dialog, "Verify").click()
    assert prompter.calls[-1][:2] == ("error", "DAMAGED")


def test_a_refusal_and_a_damaged_file_are_worded_in_the_language(
        dialog: AttachmentsDialog, prompter: ScriptedPrompter, session: Session,
        qapp: QApplication, tmp_path: Path) -> None:
    """The service's English ("… exists: choose a new file name") stayed in a French window."""
    source = tmp_path / "a.txt"
    source.write_text("they came to the office at night\n")
    dialog.add_files([source])
    flush()
    taken = tmp_path / "taken.txt"
    taken.write_text("someone else's file\n")
    try:
        i18n.apply_language(qapp, "fr")
        prompter.confirm_answers = [True]
        prompter.files = [str(taken)]
        dialog.export_current()
        flush()
        kind, _title, text = prompter.calls[-1][:3]
        assert kind == "error"
        assert "existe déjà : choisissez un nouveau nom de fichier" in text
        assert "taken.txt" in text and "choose" not in text
        assert taken.read_text() == "someone else's file\n"
        [blob] = (session.vault.directory / "blobs").iterdir()
        blob.write_bytes(blob.read_bytes()[:-3])
        dialog.verify_current()
        flush()
        kind, _title, text = prompter.calls[-1][:3]
        assert kind == "error"
        assert "endommagé sur le disque" in text and "intake" not in text
    finally:
        i18n.apply_language(qapp, "en")


def test_delete_asks_first_defaults_to_keeping_and_overwrites_the_file(
        dialog: AttachmentsDialog, prompter: ScriptedPrompter, session: Session,
        qtbot: QtBot, tmp_path: Path) -> None:
    for name in ("wrong file.txt", "threat.txt"):
        source = tmp_path / name
        source.write_text(f"{name}\n")
        dialog.add_files([source])
        flush()
    blobs = session.vault.directory / "blobs"
    assert len(list(blobs.iterdir())) == 2
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    prompter.confirm_answers = [False]
    _button(dialog, "Delete…").click()
    flush()
    title, text = prompter.calls[-1][1:3]
    assert title == "Delete this file" and "“wrong file.txt”" in text
    assert prompter.destructive[-1] and prompter.buttons[-1] == ("Delete file", "Keep it")
    assert dialog.table.topLevelItemCount() == 2 and len(list(blobs.iterdir())) == 2
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.table.setFocus()
    prompter.confirm_answers = [True]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # the Delete key asks the same question
    flush()
    assert [dialog.table.topLevelItem(0).text(0)] == ["threat.txt"]  # type: ignore[union-attr]
    assert len(list(blobs.iterdir())) == 1
    assert [a.name for a in dialog.ctx.reader.evidence.list()] == ["threat.txt"]
    _button(dialog, "Delete…").click()
    flush()
    assert dialog.table.topLevelItemCount() == 0 and list(blobs.iterdir()) == []
    assert not _button(dialog, "Delete…").isEnabled()  # nothing left to delete


def test_a_records_form_opens_its_attachments_and_a_new_record_has_none_yet(
        ctx: FakeContext, incident: str, qtbot: QtBot) -> None:
    from hrd_desk.ui.forms import open_form

    form = open_form(ctx, "incident", incident)  # type: ignore[arg-type]
    assert form.attachments_button.isVisible()
    form.attachments_button.click()
    flush()
    opened = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, AttachmentsDialog) and w.isVisible()]
    assert [d.record_id for d in opened] == [incident]
    for d in opened:
        d.close()
    form.close()
    new = open_form(ctx, "incident")  # type: ignore[arg-type]
    assert not new.attachments_button.isVisible()  # nothing to attach to before saving
    new.close()
    flush()


def test_lock_closes_and_empties_every_evidence_window(
        qtbot: QtBot, make_window: Any, vault_dir: Path, tmp_path: Path,
        leak_scan: Any) -> None:
    from hrd_desk.services.desk import unlock_desk
    from hrd_desk.services.session import create_vault

    from .conftest import PASSPHRASE, flush_deletes, unlock

    create_vault(vault_dir, PASSPHRASE)
    desk = unlock_desk(vault_dir, PASSPHRASE)
    defender = desk.records.add("defender", {"name": "Amina", "codename": "Heron"})
    note = tmp_path / "note.txt"
    note.write_text("SECRET-EVIDENCE-LINE they know the school\n")
    desk.evidence.add(defender, note)
    desk.close()
    window = make_window()
    unlock(qtbot, window)
    dialog = AttachmentsDialog(window.ctx, "defender", defender, window)
    dialog.show()
    dialog.view_current()
    qtbot.waitUntil(lambda: any(isinstance(w, AttachmentViewer) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    assert leak_scan(window, "SECRET-EVIDENCE-LINE") or any(
        "SECRET-EVIDENCE-LINE" in w.content.toPlainText()  # type: ignore[attr-defined]
        for w in QApplication.topLevelWidgets() if isinstance(w, AttachmentViewer))
    with qtbot.waitSignal(window.locked):
        window.lock()
    flush_deletes()
    visible = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, AttachmentViewer | AttachmentsDialog) and w.isVisible()]
    assert visible == []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, AttachmentViewer):
            assert "SECRET-EVIDENCE-LINE" not in w.content.toPlainText()  # type: ignore[attr-defined]


def test_the_defender_page_opens_the_defenders_own_attachments(
        ctx: FakeContext, incident: str, qtbot: QtBot, tmp_path: Path) -> None:
    from hrd_desk.ui.defender_view import DefenderView

    amina = next(d.id for d in ctx.reader.records.list("defender"))
    summons = tmp_path / "summons.txt"
    summons.write_text("court summons\n")
    ctx.reader.evidence.add(amina, summons)
    view = DefenderView()
    qtbot.addWidget(view)
    view.attach(ctx)  # type: ignore[arg-type]
    view.show_defender(amina)
    view.attachments_button.click()
    flush()
    [opened] = [d for d in QApplication.topLevelWidgets()
                if isinstance(d, AttachmentsDialog) and d.isVisible()]
    assert opened.record_id == amina
    assert [opened.table.topLevelItem(i).text(0)  # type: ignore[union-attr]
            for i in range(opened.table.topLevelItemCount())] == ["summons.txt"]
    opened.close()
    flush()


def test_sizes_are_shown_in_the_languages_units(qtbot: QtBot) -> None:
    from hrd_desk.ui.attachments_dialog import size_text
    from hrd_desk.ui.i18n import apply_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert [size_text(n) for n in (16, 20_000, 3_000_000)] == [
            "16 bytes", "19.5 KiB", "2.9 MiB"]
        apply_language(app, "fr")
        assert [size_text(n) for n in (16, 20_000)] == ["16 octets", "19,5 Kio"]
    finally:
        apply_language(app, "en")
