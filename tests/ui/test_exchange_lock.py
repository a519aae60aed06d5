"""Exchange at lock: every panel emptied (names, fingerprints, previews, values, paths), the
sharing window closed, and the drop folder no longer watched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from exchange_support import add_family, export, offices
from hrd_desk.services import exchange
from hrd_desk.store.dbapi import transaction
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.pages.cases import CasesPage

from .conftest import ScriptedPrompter, _texts, flush_deletes, unlock
from .exchange_ui_support import WAIT_MS, click, exchange_page, open_window_on, settle

MARK = "Qz7"


def test_lock_clears_the_exchange_page(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path, leak_scan: Callable[..., list[str]],
) -> None:
    folder = tmp_path / f"drop {MARK}"
    folder.mkdir()
    with offices(tmp_path, "Desk", f"Kampala{MARK}") as made:
        desk, kampala = made["Desk"], made[f"Kampala{MARK}"]
        amina = add_family(desk, f"Amina {MARK}")
        desk.work.edit("case", amina.case, {"title": f"Relocation {MARK}"})
        # a conflict whose values carry the marker
        export(desk, tmp_path / "a.hrdb", [kampala], defenders=[amina.defender])
        exchange.import_bundle(kampala.session, tmp_path / "a.hrdb")
        desk.work.edit("defender", amina.defender, {"organisation": f"Coast {MARK}"})
        kampala.work.edit("defender", amina.defender, {"organisation": f"Lake {MARK}"})
        export(kampala, tmp_path / "b.hrdb", [desk], defenders=[amina.defender])
        exchange.import_bundle(desk.session, tmp_path / "b.hrdb")
        export(kampala, tmp_path / "c.hrdb", [desk], defenders=[amina.defender])

        window = open_window_on(qtbot, make_window, desk)
        page = exchange_page(window)
        for panel in (page.identity, page.colleagues, page.export, page.conflicts):
            page.show_tab(panel)
        page.colleagues.start_compare()
        assert page.conflicts.tree.topLevelItemCount() == 1
        page.show_tab(page.export)
        assert page.export.set_record_checked("defender", amina.defender)
        prompter.files.append(str(tmp_path / "c.hrdb"))
        page.show_tab(page.importer)
        click(qtbot, page.importer.choose_button)
        assert page.importer.preview_value("From") == f"Kampala{MARK}"
        page.show_tab(page.sync)
        prompter.files.append(str(folder))
        click(qtbot, page.sync.choose_button)
        settle(qtbot, window)
        page.sync.watch_box.setChecked(True)
        settle(qtbot, window)
        qtbot.waitUntil(lambda: bool(page.sync.last.text()), timeout=WAIT_MS)
        cases = window.pages["cases"]
        assert isinstance(cases, CasesPage)
        window.workspace.go("cases")
        cases.table.select_id(amina.case)
        cases.open_sharing()
        assert cases.sharing is not None and cases.sharing.isVisible()
        assert cases.sharing.windowTitle() == "Sharing", "window titles name no record"
        before = leak_scan(window, MARK)
        assert before, "the marker is on screen before the lock"

        # the page's own clear() empties it (the shell's scrub afterwards is only a safety net)
        watcher = page.sync.watcher
        page.clear()
        assert not watcher.watching
        flush_deletes()
        left = [where for obj in (page, *page.findChildren(QObject))
                for where, text in _texts(obj) if MARK in text]
        assert left == []

        window.lock("manual")
        assert leak_scan(window, MARK) == []


def test_locking_while_an_export_is_written_leaves_no_partial_file(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = add_family(desk, "Amina")
        with transaction(desk.session.conn):
            for n in range(400):
                desk.work.add("incident", {"defenders": [amina.defender], "category": "digital",
                                           "occurred": "2024-01", "description": f"event {n}"})
        window = open_window_on(qtbot, make_window, desk)
        page = exchange_page(window)
        wizard = page.export
        page.show_tab(wizard)
        assert wizard.set_record_checked("defender", amina.defender)
        click(qtbot, wizard.next_button)
        wizard.set_recipient_checked(desk.id_of(kampala))
        click(qtbot, wizard.next_button)
        out_dir = tmp_path / "stick"
        out_dir.mkdir()
        prompter.files.append(str(out_dir / "bundle.hrdb"))
        click(qtbot, wizard.write_button)
        assert wizard.job.busy
        window.lock("manual")  # cancels the writer's job; its result is dropped

        assert not [p for p in out_dir.iterdir() if p.name.endswith(".part")]
        assert [p.name for p in out_dir.iterdir()] in ([], ["bundle.hrdb"])
        assert not [c for c in prompter.calls if c[0] == "error"]
        unlock(qtbot, window)
        fresh = exchange_page(window)
        assert fresh is not page and fresh.export.stack.currentIndex() == 0
