"""Exchange: receiving a bundle (file chooser or drag and drop), previewed before importing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exchange_support import add_family, export, introduce, new_office, offices
from hrd_desk.services import colleagues
from hrd_desk.store.records import record_kind
from hrd_desk.ui.exchange import ExchangePage
from hrd_desk.ui.exchange.import_flow import ImportFlow
from hrd_desk.ui.main_window import MainWindow
from vault_support import table_dump

from .conftest import ScriptedPrompter
from .exchange_ui_support import WAIT_MS, click, exchange_page, open_window_on, peek


def _receive(qtbot: QtBot, page: ExchangePage, prompter: ScriptedPrompter,
             bundle: Path) -> ImportFlow:
    page.show_tab(page.importer)
    prompter.files.append(str(bundle))
    click(qtbot, page.importer.choose_button)
    return page.importer


def _imported(qtbot: QtBot, flow: ImportFlow) -> str:
    click(qtbot, flow.import_button)
    qtbot.waitUntil(lambda: flow.result_box.isVisibleTo(flow), timeout=WAIT_MS)
    return flow.result.text()


def test_import_shows_a_preview_then_imports_on_confirmation(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = add_family(kampala, "Amina")
        bundle = tmp_path / "from-kampala.hrdb"
        export(kampala, bundle, [desk], defenders=[amina.defender])
        window = open_window_on(qtbot, make_window, desk)
        flow = _receive(qtbot, exchange_page(window), prompter, bundle)

        filters = next(c[2] for c in prompter.calls if c[0] == "open_file")
        assert ".hrdb" in filters and "*.part*of*" in filters, "a split bundle's parts are offered"
        assert flow.preview_box.isVisibleTo(flow)
        assert flow.preview_value("From") == "Kampala"
        assert flow.preview_value("Trust") == "Verified"
        assert flow.preview_value("Sender's fingerprint") == kampala.public.fingerprint_text()
        assert flow.preview_value("Holds") == "1 defender, 1 related person, 1 case, 1 incident"
        assert flow.preview_value("Made")
        with peek(desk) as session:
            assert record_kind(session.conn, amina.defender) is None, "nothing before confirming"

        text = _imported(qtbot, flow)
        assert "From Kampala: 4 new records" in text
        assert not flow.preview_box.isVisibleTo(flow)
        with peek(desk) as session:
            for record_id in amina.ids:
                assert record_kind(session.conn, record_id) is not None

        # the same file again: the preview says so, and importing changes nothing
        flow = _receive(qtbot, exchange_page(window), prompter, bundle)
        assert "imported before" in flow.warning.text()
        assert "Nothing changed" in _imported(qtbot, flow)
        assert not [c for c in prompter.calls if c[0] == "error"]


def test_a_bundle_dropped_on_the_page_is_previewed(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = add_family(kampala, "Amina")
        bundle = tmp_path / "dropped.hrdb"
        export(kampala, bundle, [desk], defenders=[amina.defender])
        window = open_window_on(qtbot, make_window, desk)
        page = exchange_page(window)
        page.show_tab(page.identity)

        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(bundle))])
        action, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
        enter = QDragEnterEvent(QPoint(10, 10), action, mime, button, Qt.KeyboardModifier(0))
        QApplication.sendEvent(page, enter)
        assert enter.isAccepted()
        drop = QDropEvent(QPointF(10, 10), action, mime, button, Qt.KeyboardModifier(0))
        QApplication.sendEvent(page, drop)

        assert page.tabs.currentWidget() is page.importer
        assert page.importer.preview_value("From") == "Kampala"
        assert page.importer.import_button.isEnabled()

        two = QMimeData()
        two.setUrls([QUrl.fromLocalFile(str(bundle)), QUrl.fromLocalFile(str(bundle))])
        enter = QDragEnterEvent(QPoint(10, 10), action, two, button, Qt.KeyboardModifier(0))
        QApplication.sendEvent(page, enter)
        assert not enter.isAccepted(), "one file at a time"


def test_an_unknown_sender_is_shown_by_fingerprint_and_cannot_be_imported(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    desk, stranger = new_office(tmp_path, "Desk"), new_office(tmp_path, "Stranger")
    introduce(stranger, desk)  # the stranger knows the desk; the desk does not know it
    family = add_family(stranger, "Amina")
    bundle = tmp_path / "from-stranger.hrdb"
    export(stranger, bundle, [desk], defenders=[family.defender])
    stranger.close()
    window = open_window_on(qtbot, make_window, desk)
    flow = _receive(qtbot, exchange_page(window), prompter, bundle)

    assert flow.preview_value("From") == "Unknown sender"
    assert flow.preview_value("Sender's fingerprint") == stranger.public.fingerprint_text()
    assert "not one of your colleagues" in flow.warning.text()
    assert not flow.import_button.isEnabled()


def test_a_refused_bundle_shows_one_message_and_changes_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = add_family(kampala, "Amina")
        bundle = tmp_path / "altered.hrdb"
        export(kampala, bundle, [desk], defenders=[amina.defender])
        data = bytearray(bundle.read_bytes())
        data[-1] ^= 0x01  # the last chunk: the header and manifest still read fine
        bundle.write_bytes(bytes(data))
        window = open_window_on(qtbot, make_window, desk)
        with peek(desk) as session:
            before = table_dump(session.conn)
        flow = _receive(qtbot, exchange_page(window), prompter, bundle)
        assert flow.import_button.isEnabled(), "the preview cannot see the damage"

        click(qtbot, flow.import_button)
        qtbot.waitUntil(lambda: any(c[0] == "error" for c in prompter.calls), timeout=WAIT_MS)
        errors = [c for c in prompter.calls if c[0] == "error"]
        assert len(errors) == 1
        _kind, title, text = errors[0]
        assert title == "Bundle refused"
        assert text.startswith("Refused (payload failure).") and "Nothing" in text
        assert not flow.result_box.isVisibleTo(flow) and not flow.preview_box.isVisibleTo(flow)
        with peek(desk) as session:
            assert table_dump(session.conn) == before


def test_a_revoked_senders_bundle_is_not_imported(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = add_family(kampala, "Amina")
        bundle = tmp_path / "revoked.hrdb"
        export(kampala, bundle, [desk], defenders=[amina.defender])
        colleagues.revoke_colleague(desk.session, desk.id_of(kampala))
        window = open_window_on(qtbot, make_window, desk)
        flow = _receive(qtbot, exchange_page(window), prompter, bundle)
        assert (flow.preview_value("Trust") or "").startswith("Revoked")
        assert not flow.import_button.isEnabled()


def test_the_keyboard_focus_stays_on_the_page_after_import_or_cancel(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    """Seen at a real window: once Import (then hidden) was pressed, the focus fell out of the
    page into the search field; it goes back to "Choose a bundle file…"."""
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = add_family(kampala, "Amina")
        bundle = tmp_path / "from-kampala.hrdb"
        export(kampala, bundle, [desk], defenders=[amina.defender])
        window = open_window_on(qtbot, make_window, desk)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        flow = _receive(qtbot, exchange_page(window), prompter, bundle)
        assert QApplication.focusWidget() is flow.import_button
        click(qtbot, flow.cancel_button)
        assert QApplication.focusWidget() is flow.choose_button
        flow = _receive(qtbot, exchange_page(window), prompter, bundle)
        assert QApplication.focusWidget() is flow.import_button
        assert "4 new records" in _imported(qtbot, flow)
        assert QApplication.focusWidget() is flow.choose_button


def test_in_arabic_the_previews_values_sit_beside_their_labels(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    """Seen at a real window in Arabic: the file name, the sender and the date sat at the far
    left of the preview, a whole row away from their labels on the right."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        bundle = tmp_path / "from-kampala.hrdb"
        export(kampala, bundle, [desk], defenders=[add_family(kampala, "Amina").defender])
        window = open_window_on(qtbot, make_window, desk)
        window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        try:
            flow = _receive(qtbot, exchange_page(window), prompter, bundle)
            values = [flow.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
                      for row in range(flow.form.rowCount())]
            assert [v.text() for v in values if isinstance(v, QLabel)][:2] == [
                "from-kampala.hrdb", "Kampala"]
            for value in values:
                assert isinstance(value, QLabel)
                assert value.alignment() & Qt.AlignmentFlag.AlignRight, value.text()
                assert value.alignment() & Qt.AlignmentFlag.AlignAbsolute, value.text()
                assert value.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        finally:
            window.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_bundle_with_evidence_is_imported_from_the_window_and_its_photo_shows(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    """A caseworker receives a colleague's bundle carrying a photo and a large file (bundle
    format 4: the files' blobs in its tail): the preview counts them, the import keeps them, and
    the photo opens in the attachments window from memory, byte for byte the sender's."""
    import os

    from PySide6.QtGui import QImage

    from hrd_desk.services.evidence import Evidence
    from hrd_desk.ui.attachments_dialog import AttachmentsDialog, AttachmentViewer

    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = add_family(kampala, "Amina")
        image = QImage(64, 48, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.darkRed)
        photo = tmp_path / "threat.jpg"
        assert image.save(str(photo), "JPEG")
        recording = tmp_path / "call.bin"
        recording.write_bytes(os.urandom(3 * 1024 * 1024 + 5))
        for path in (photo, recording):
            Evidence(kampala.session).add(amina.incident, path, source="the defender")
        bundle = tmp_path / "from-kampala.hrdb"
        export(kampala, bundle, [desk], defenders=[amina.defender])
        assert bundle.read_bytes()[0] == 4
        window = open_window_on(qtbot, make_window, desk)
        flow = _receive(qtbot, exchange_page(window), prompter, bundle)
        assert flow.preview_value("Holds").endswith("2 evidence files")
        text = _imported(qtbot, flow)
        assert "2 evidence files received" in text
        shots = os.environ.get("HRD_DESK_SHOTS")
        if shots:
            window.grab().save(f"{shots}/import-result.png")
        dialog = AttachmentsDialog(window.ctx, "incident", amina.incident)
        qtbot.addWidget(dialog)
        dialog.show()
        names = [dialog.table.topLevelItem(i).text(0)
                 for i in range(dialog.table.topLevelItemCount())]
        assert sorted(names) == ["call.bin", "threat.jpg"]
        [row] = [i for i, n in enumerate(names) if n == "threat.jpg"]
        dialog.table.setCurrentItem(dialog.table.topLevelItem(row))
        assert dialog.view_button.isEnabled(), "an image is shown inside the app"
        if shots:
            dialog.grab().save(f"{shots}/attachments.png")
        click(qtbot, dialog.view_button)
        qtbot.waitUntil(lambda: any(isinstance(w, AttachmentViewer) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=WAIT_MS)
        [viewer] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, AttachmentViewer) and w.isVisible()]
        if shots:
            viewer.grab().save(f"{shots}/viewer.png")
        viewer.close()
        with peek(desk) as session:
            [kept] = [a for a in Evidence(session).list(amina.incident) if a.name == "threat.jpg"]
            assert Evidence(session).read_for_view(kept.id)[1] == photo.read_bytes()
        dialog.close()
        assert not [c for c in prompter.calls if c[0] == "error"]
