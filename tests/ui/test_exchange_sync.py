"""Exchange: sharing from the defender page, and sync through a drop folder between two vaults."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from exchange_support import add_family, offices
from hrd_desk.services import scope
from hrd_desk.services.drop_settings import drop_folder
from hrd_desk.services.dropfolder import sync_folder
from hrd_desk.store.records import record_kind
from hrd_desk.ui.exchange import SharingPanel
from hrd_desk.ui.exchange.sync_panel import SyncPanel
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.pages.defenders import DefendersPage

from .conftest import ScriptedPrompter, unlock
from .exchange_ui_support import WAIT_MS, click, exchange_page, open_window_on, peek, settle


def _sharing_of(window: MainWindow, defender: str) -> SharingPanel:
    window.ctx.open_record("defender", defender)
    page = window.pages["defenders"]
    assert isinstance(page, DefendersPage)
    page.view.tabs.setCurrentWidget(page.view.sharing)
    return page.view.sharing


def _sync_panel(qtbot: QtBot, window: MainWindow, prompter: ScriptedPrompter,
                folder: Path) -> SyncPanel:
    page = exchange_page(window)
    page.show_tab(page.sync)
    panel = page.sync
    assert not panel.sync_button.isEnabled(), "no folder yet"
    prompter.files.append(str(folder))
    click(qtbot, panel.choose_button)
    settle(qtbot, window)
    assert panel.folder == folder and panel.sync_button.isEnabled()
    return panel


def _sync_now(qtbot: QtBot, panel: SyncPanel) -> str:
    panel.summary.setText("")
    click(qtbot, panel.sync_button)
    qtbot.waitUntil(lambda: not panel.job.busy and bool(panel.summary.text()), timeout=WAIT_MS)
    return panel.summary.text()


def test_share_from_the_defender_page_then_sync_now_both_ways(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = add_family(desk, "Amina")
        kampala_id = desk.id_of(kampala)
        window = open_window_on(qtbot, make_window, desk)

        sharing = _sharing_of(window, amina.defender)
        assert sharing.shared_ids() == []
        sharing.set_shared(kampala_id, True)
        settle(qtbot, window)
        assert sharing.shared_ids() == [kampala_id]
        with peek(desk) as session:
            assert scope.shared_with(session.conn, amina.defender) == [kampala_id]

        panel = _sync_panel(qtbot, window, prompter, folder)
        with peek(desk) as session:
            assert drop_folder(session.conn) == (folder, False), "kept inside the vault"
        assert "Sent to Kampala: 4 changes." in _sync_now(qtbot, panel)
        assert panel.last.text().startswith("Last synced")

        received = sync_folder(kampala.session, folder)
        assert [s.new_records for s in received.imported] == [4]
        note = kampala.work.add("incident", {"defenders": [amina.defender],
                                             "category": "physical", "occurred": "2024-06",
                                             "description": "followed after the hearing"})
        sync_folder(kampala.session, folder)

        text = _sync_now(qtbot, panel)
        assert "From Kampala: 1 new record" in text
        with peek(desk) as session:
            assert record_kind(session.conn, note) == "incident"
        assert not [c for c in prompter.calls if c[0] == "error"]

        # unsharing asks first and says the colleague keeps what it has
        prompter.confirm_answers.append(False)
        sharing = _sharing_of(window, amina.defender)
        sharing.set_shared(kampala_id, False)
        settle(qtbot, window)
        assert "keep everything they already received" in prompter.calls[-1][2]
        assert sharing.shared_ids() == [kampala_id]
        prompter.confirm_answers.append(True)
        sharing.set_shared(kampala_id, False)
        settle(qtbot, window)
        with peek(desk) as session:
            assert scope.shared_with(session.conn, amina.defender) == []


def test_a_defender_without_consent_cannot_be_shared(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk = made["Desk"]
        olga = add_family(desk, "Olga", consent="none")
        window = open_window_on(qtbot, make_window, desk)
        sharing = _sharing_of(window, olga.defender)
        assert "cannot be shared" in sharing.consent.text()
        sharing.set_shared(desk.id_of(made["Kampala"]), True)
        settle(qtbot, window)
        assert sharing.shared_ids() == []
        with peek(desk) as session:
            assert scope.shared_with(session.conn, olga.defender) == []


def test_watching_syncs_when_a_bundle_arrives_and_stops_at_lock(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        window = open_window_on(qtbot, make_window, desk)
        panel = _sync_panel(qtbot, window, prompter, folder)
        panel.watch_box.setChecked(True)
        settle(qtbot, window)
        assert panel.watcher.watching
        with peek(desk) as session:
            assert drop_folder(session.conn) == (folder, True)
        # watching begins with a sync of what is already there
        qtbot.waitUntil(lambda: "automatically" in panel.last.text(), timeout=WAIT_MS)

        luis = kampala.work.add("defender", {"name": "Luis", "consent": "colleagues",
                "consent_date": "2024-01-15", "consent_how": "written"})
        scope.share(kampala.session, luis, kampala.id_of(desk))
        sync_folder(kampala.session, folder)  # a bundle arrives in the watched folder
        qtbot.waitUntil(lambda: "From Kampala: 1 new record" in panel.summary.text(),
                        timeout=WAIT_MS)
        with peek(desk) as session:
            assert record_kind(session.conn, luis) == "defender"

        window.lock("manual")
        assert not panel.watcher.watching
        assert not panel.watcher._poll.isActive() and not panel.watcher._settle.isActive()

        # unlocked again, watching resumes by itself (the setting is in the vault)
        unlock(qtbot, window)
        page = window.pages["exchange"]
        assert page.sync.watcher.watching and page.sync.watcher.folder == folder


def test_sync_now_refuses_a_drop_folder_that_is_not_there(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    with offices(tmp_path, "Desk", "Kampala") as made:
        window = open_window_on(qtbot, make_window, made["Desk"])
        panel = _sync_panel(qtbot, window, prompter, stick)
        stick.rmdir()  # the stick was unplugged
        click(qtbot, panel.sync_button)
        errors = [c for c in prompter.calls if c[0] == "error"]
        assert len(errors) == 1 and "not there" in errors[0][2]
        assert not stick.exists(), "a missing drop folder is never created"
        assert not panel.job.busy


def test_the_keyboard_focus_comes_back_to_sync_now_when_the_sync_ends(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    """Seen at a real window: Sync now is disabled while it runs, the focus fell out of the page
    into the search field and stayed there."""
    from PySide6.QtWidgets import QApplication

    folder = tmp_path / "drop"
    folder.mkdir()
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk = made["Desk"]
        add_family(desk, "Amina")
        window = open_window_on(qtbot, make_window, desk)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        panel = _sync_panel(qtbot, window, prompter, folder)
        panel.sync_button.setFocus()
        _sync_now(qtbot, panel)
        assert QApplication.focusWidget() is panel.sync_button
