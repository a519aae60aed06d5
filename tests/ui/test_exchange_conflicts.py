"""Exchange: conflicts listed and resolved field by field from the view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from exchange_support import Family, Office, add_family, export, offices
from hrd_desk.model.fields import field_infos
from hrd_desk.model.records import Incident
from hrd_desk.services import exchange, scope
from hrd_desk.store.queries import get_record
from hrd_desk.ui.exchange.conflicts_view import MINE, ConflictsView, value_text
from hrd_desk.ui.main_window import MainWindow
from hrd_desk.ui.sensitive import MASK

from .conftest import ScriptedPrompter
from .exchange_ui_support import click, exchange_page, open_window_on, peek, settle


def _concurrent_edits(tmp_path: Path, desk: Office, kampala: Office,
                      changes: dict[str, tuple[str, str]]) -> Family:
    """Both offices hold Amina, each changes the same fields before seeing the other's change,
    and the desk receives Kampala's versions: a conflict in the desk's vault."""
    amina = add_family(desk, "Amina")
    export(desk, tmp_path / "first.hrdb", [kampala], defenders=[amina.defender])
    exchange.import_bundle(kampala.session, tmp_path / "first.hrdb")
    desk.work.edit("defender", amina.defender, {k: v[0] for k, v in changes.items()})
    kampala.work.edit("defender", amina.defender, {k: v[1] for k, v in changes.items()})
    export(kampala, tmp_path / "back.hrdb", [desk], defenders=[amina.defender])
    exchange.import_bundle(desk.session, tmp_path / "back.hrdb")
    return amina


def _view(window: MainWindow) -> ConflictsView:
    page = exchange_page(window)
    page.show_tab(page.conflicts)
    return page.conflicts


def _cells(table: QTableWidget) -> list[list[str]]:
    return [[(item.text() if (item := table.item(r, c)) else "")
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_conflict_is_shown_field_by_field_and_resolved_by_keeping_a_version(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = _concurrent_edits(tmp_path, desk, kampala,
                                  {"organisation": ("Coast Forum", "Lake Forum")})
        window = open_window_on(qtbot, make_window, desk)
        view = _view(window)
        page = exchange_page(window)
        assert page.tabs.tabText(page.tabs.indexOf(view)) == "Conflicts (1)"

        item = view.tree.topLevelItem(0)
        assert item is not None and item.text(0) == "Amina" and item.text(1) == "Organisation"
        headers = [view.table.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
                   for c in range(view.table.columnCount())]
        assert len(headers) == 2
        assert headers[0].startswith("This vault, ") or headers[1].startswith("This vault, ")
        assert any(h.startswith("Kampala, ") for h in headers)
        column = {h.split(",")[0]: c for c, h in enumerate(headers)}
        cells = _cells(view.table)
        assert cells[0][column["This vault"]] == "Coast Forum"
        assert cells[0][column["Kampala"]] == "Lake Forum"
        assert view.table.verticalHeaderItem(0).text() == "Organisation"  # type: ignore[union-attr]

        kampala_choice = next(i for i in range(view.keep.count())
                              if "Kampala" in view.keep.itemText(i))
        view.keep.setCurrentIndex(kampala_choice)
        prompter.confirm_answers.append(False)
        click(qtbot, view.resolve_button)
        settle(qtbot, window)
        with peek(desk) as session:
            assert get_record(session.conn, amina.defender, "defender").conflict

        prompter.confirm_answers.append(True)
        click(qtbot, view.resolve_button)
        settle(qtbot, window)
        with peek(desk) as session:
            shown = get_record(session.conn, amina.defender, "defender")
            assert shown.fields["organisation"] == "Lake Forum" and not shown.conflict
        assert view.tree.topLevelItemCount() == 0 and view.empty.isVisibleTo(view)
        assert page.tabs.tabText(page.tabs.indexOf(view)) == "Conflicts"
        assert [c[1] for c in prompter.calls if c[0] == "confirm"] == ["Resolve the conflict"] * 2


def test_sensitive_values_stay_hidden_until_shown_and_mine_keeps_this_vaults_version(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = _concurrent_edits(tmp_path, desk, kampala, {
            "legal_name": ("Amina N. Okoye", "Amina Okoye-Njeri"),
            "region": ("Coast", "Nyanza")})
        window = open_window_on(qtbot, make_window, desk)
        view = _view(window)
        labels = [view.table.verticalHeaderItem(r).text()  # type: ignore[union-attr]
                  for r in range(view.table.rowCount())]
        legal = labels.index("Legal name")
        region = labels.index("Region")
        cells = _cells(view.table)
        assert cells[legal] == [MASK, MASK], "sensitive values start hidden"
        assert sorted(cells[region]) == ["Coast", "Nyanza"]

        click(qtbot, view.reveal_button)
        assert sorted(_cells(view.table)[legal]) == ["Amina N. Okoye", "Amina Okoye-Njeri"]
        view.hide()  # leaving the view hides them again
        view.show()
        assert _cells(view.table)[legal] == [MASK, MASK]

        assert view.keep.findData(MINE) == -1, "this vault's version is listed as mine"
        view.keep.setCurrentIndex(next(i for i in range(view.keep.count())
                                       if "(mine)" in view.keep.itemText(i)))
        prompter.confirm_answers.append(True)
        click(qtbot, view.resolve_button)
        settle(qtbot, window)
        with peek(desk) as session:
            shown = get_record(session.conn, amina.defender, "defender")
            assert not shown.conflict
            assert (shown.fields["legal_name"], shown.fields["region"]) == (
                "Amina N. Okoye", "Coast")


def test_mine_keeps_this_vaults_own_version_when_two_colleagues_conflict(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala", "Lusaka") as made:
        desk, kampala, lusaka = made["Desk"], made["Kampala"], made["Lusaka"]
        amina = add_family(desk, "Amina")
        desk.work.edit("defender", amina.defender, {"organisation": "Coast Forum"})
        export(desk, tmp_path / "out.hrdb", [kampala, lusaka], defenders=[amina.defender])
        for office, value in ((kampala, "Lake Forum"), (lusaka, "Valley Forum")):
            exchange.import_bundle(office.session, tmp_path / "out.hrdb")
            office.work.edit("defender", amina.defender, {"organisation": value})
            back = tmp_path / f"{office.name}.hrdb"
            export(office, back, [desk], defenders=[amina.defender])
            exchange.import_bundle(desk.session, back)
        window = open_window_on(qtbot, make_window, desk)
        view = _view(window)
        assert sorted(_cells(view.table)[0]) == ["Lake Forum", "Valley Forum"]
        texts = [view.keep.itemText(i) for i in range(view.keep.count())]
        assert texts[-1] == "This vault's own latest version (mine)"
        assert not any("(mine)" in t for t in texts[:-1])

        view.keep.setCurrentIndex(view.keep.findData(MINE))
        prompter.confirm_answers.append(True)
        click(qtbot, view.resolve_button)
        settle(qtbot, window)
        with peek(desk) as session:
            shown = get_record(session.conn, amina.defender, "defender")
            assert shown.fields["organisation"] == "Coast Forum" and not shown.conflict
        assert not [c for c in prompter.calls if c[0] == "error"]


def test_the_resolve_question_says_who_hears_of_the_choice_and_uses_verbs(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = _concurrent_edits(tmp_path, desk, kampala,
                                  {"organisation": ("Coast Forum", "Lake Forum")})
        kampala_id = desk.colleague_ids["Kampala"]
        scope.share(desk.session, amina.defender, kampala_id)
        window = open_window_on(qtbot, make_window, desk)
        view = _view(window)
        prompter.confirm_answers.append(False)
        click(qtbot, view.resolve_button)
        text = prompter.calls[-1][2]
        assert "sent at the next exchange to Kampala" in text
        assert prompter.buttons[-1] == ("Keep this version", "Cancel")

        with peek(desk) as session:
            scope.unshare(session, amina.defender, kampala_id)
        prompter.confirm_answers.append(False)
        click(qtbot, view.resolve_button)
        text = prompter.calls[-1][2]
        assert "not kept updated for any colleague" in text
        assert "sent" not in text


def test_severities_in_a_conflict_say_what_they_mean() -> None:
    infos = field_infos(Incident)
    assert value_text(None, infos["severity"], 3) == "3: direct threat"
    assert value_text(None, infos["severity"], None) == "—"


def test_no_conflicts_reads_right_under_the_explanation(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk") as made:
        window = open_window_on(qtbot, make_window, made["Desk"])
        view = _view(window)
        view.resize(900, 700)
        QApplication.processEvents()
        assert view.empty.isVisible() and not view.tree.isVisible()
        em = view.fontMetrics().horizontalAdvance("M")
        intro = view.layout().itemAt(0).widget()
        assert intro is not None
        gap = view.empty.geometry().top() - intro.geometry().bottom()
        assert gap <= 2 * em, gap
        assert view.empty.alignment() & Qt.AlignmentFlag.AlignTop


def test_after_resolving_the_keyboard_focus_stays_on_the_conflicts(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    """Seen at a real window: once "Keep this version…" was pressed and the conflict resolved,
    the button was hidden and the focus fell out of the page into the search field."""
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        _concurrent_edits(tmp_path, desk, kampala,
                          {"organisation": ("Coast Forum", "Lake Forum")})
        window = open_window_on(qtbot, make_window, desk)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        view = _view(window)
        view.resolve_button.setFocus()
        prompter.confirm_answers.append(True)
        click(qtbot, view.resolve_button)
        settle(qtbot, window)
        assert view.tree.topLevelItemCount() == 0
        assert QApplication.focusWidget() is view.empty  # "No conflicts...", read out
