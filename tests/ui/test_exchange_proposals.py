"""Exchange: a colleague's proposals (consent raised, a record moved) and hostile clocks and
strings in the conflicts view, as a caseworker meets them (issue 11)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from exchange_support import offices
from hostile_support import Attacker
from hrd_desk.history.versions import make_version
from hrd_desk.services import scope
from hrd_desk.store.queries import get_record
from hrd_desk.ui.exchange.conflicts_view import ACCEPT, REFUSE, ConflictsView
from hrd_desk.ui.main_window import MainWindow

from .conftest import ScriptedPrompter
from .exchange_ui_support import click, exchange_page, open_window_on, peek, settle


def _view(window: MainWindow) -> ConflictsView:
    page = exchange_page(window)
    page.show_tab(page.conflicts)
    return page.conflicts


def _cells(table: QTableWidget) -> list[list[str]]:
    return [[(item.text() if (item := table.item(r, c)) else "")
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def _choose(view: ConflictsView, data: str) -> None:
    view.keep.setCurrentIndex(next(i for i in range(view.keep.count())
                                   if view.keep.itemData(i) == data))


def test_a_proposal_is_listed_beside_conflicts_and_accepted_or_refused(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = desk.work.add("defender", {"name": "Amina", "country": "KE",
                                           "consent": "colleagues",
                                           "consent_date": "2024-01-15", "consent_how": "written"})
        other = desk.work.add("defender", {"name": "Baraka", "country": "KE",
                                           "consent": "colleagues",
                                           "consent_date": "2024-01-15", "consent_how": "written"})
        case = desk.work.add("case", {"defender": amina, "programme": "relocation"})
        scope.share(desk.session, amina, desk.id_of(kampala))
        mallory = Attacker(kampala)
        summary = mallory.send(tmp_path, desk, [
            mallory.forge(desk, amina, "defender", {"consent": "public"}),
            mallory.forge(desk, case, "case", {"defender": other}),
        ])
        assert summary.proposed == 2
        window = open_window_on(qtbot, make_window, desk)
        view = _view(window)
        page = exchange_page(window)
        assert page.tabs.tabText(page.tabs.indexOf(view)) == "Conflicts (2)"
        items = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
        texts = {(i.text(0), i.text(1)) for i in items if i is not None}
        assert ("Amina", "Kampala proposes a change: Consent") in texts
        assert any(t[1].endswith("proposes a change: Defender") for t in texts)

        consent_item = next(i for i in items if i is not None and i.text(0) == "Amina")
        view.tree.setCurrentItem(consent_item)
        headers = [view.table.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
                   for c in range(view.table.columnCount())]
        assert headers[0] == "This vault now" and headers[1].startswith("Kampala propos")
        assert _cells(view.table) == [["Named colleagues", "Public (anonymised statistics)"]] or \
            _cells(view.table)[0][0] != _cells(view.table)[0][1]
        assert view.resolve_button.text() == "Decide…"

        _choose(view, ACCEPT)
        prompter.confirm_answers.append(True)
        click(qtbot, view.resolve_button)
        settle(qtbot, window)
        with peek(desk) as session:
            assert get_record(session.conn, amina, "defender").fields["consent"] == "public"

        view.reload()
        assert view.tree.topLevelItemCount() == 1
        view.tree.setCurrentItem(view.tree.topLevelItem(0))
        _choose(view, REFUSE)
        prompter.confirm_answers.append(True)
        click(qtbot, view.resolve_button)
        settle(qtbot, window)
        with peek(desk) as session:
            assert get_record(session.conn, case, "case").fields["defender"] == amina
        view.reload()
        assert view.tree.topLevelItemCount() == 0
        assert [c[1] for c in prompter.calls if c[0] == "confirm"] == ["Decide on a proposal"] * 2
        assert not [c for c in prompter.calls if c[0] == "error"]


def test_a_conflict_with_a_clock_in_the_year_287396_is_shown_and_resolved(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala") as made:
        desk, kampala = made["Desk"], made["Kampala"]
        amina = desk.work.add("defender", {"name": "Amina", "country": "KE",
                                           "consent": "colleagues",
                                           "consent_date": "2024-01-15", "consent_how": "written"})
        scope.share(desk.session, amina, desk.id_of(kampala))
        desk.work.edit("defender", amina, {"region": "here"})
        hostile = make_version(kampala.identity, record_id=amina, kind="defender",
                               origin=kampala.vault_id, counter=1,
                               vector={desk.vault_id: 1, kampala.vault_id: 1},
                               hlc=(2**53 - 1, 0), deleted=False,
                               fields={"region": "there\u202e"})
        assert Attacker(kampala).send(tmp_path, desk, [hostile]).future_clocks == 1
        window = open_window_on(qtbot, make_window, desk)
        view = _view(window)
        assert view.tree.topLevelItemCount() == 1
        headers = [view.table.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
                   for c in range(view.table.columnCount())]
        assert any(h == "Kampala, far in the future" for h in headers), headers
        assert "there<U+202E>" in [cell for row in _cells(view.table) for cell in row]
        view.keep.setCurrentIndex(next(i for i in range(view.keep.count())
                                       if view.keep.itemText(i).startswith("This vault")))
        prompter.confirm_answers.append(True)
        click(qtbot, view.resolve_button)
        settle(qtbot, window)
        with peek(desk) as session:
            shown = get_record(session.conn, amina, "defender")
            assert shown.fields["region"] == "here" and not shown.conflict


def test_a_colleague_that_equivocates_or_was_revoked_elsewhere_is_marked_in_the_panel(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path,
) -> None:
    with offices(tmp_path, "Desk", "Kampala", "Lusaka") as made:
        desk, kampala, lusaka = made["Desk"], made["Kampala"], made["Lusaka"]
        amina = desk.work.add("defender", {"name": "Amina", "country": "KE",
                                           "consent": "colleagues",
                                           "consent_date": "2024-01-15", "consent_how": "written"})
        scope.share(desk.session, amina, desk.id_of(kampala))
        mallory = Attacker(kampala)
        first = mallory.forge(desk, amina, "defender", {"region": "one"})
        mallory.send(tmp_path, desk, [first])
        twin = mallory.forge(desk, amina, "defender", {"region": "two"}, counter=first.counter)
        assert mallory.send(tmp_path, desk, [twin]).quarantined == 1
        # Lusaka revoked Kampala and says so in its next bundle
        from hrd_desk.services import colleagues, exchange

        colleagues.revoke_colleague(lusaka.session, lusaka.id_of(kampala))
        exchange.export_bundle(lusaka.session, tmp_path / "l.hrdb", to=[lusaka.id_of(desk)],
                               defenders=[lusaka.work.add("defender", {
                                   "name": "Luis", "country": "ZM", "consent": "colleagues",
                                   "consent_date": "2024-01-15", "consent_how": "written"})])
        assert exchange.import_bundle(desk.session, tmp_path / "l.hrdb").notices == 1
        window = open_window_on(qtbot, make_window, desk)
        panel = exchange_page(window).colleagues
        items = {panel.tree.topLevelItem(i).text(0): panel.tree.topLevelItem(i)  # type: ignore[union-attr]
                 for i in range(panel.tree.topLevelItemCount())}
        marked = items["Kampala"]
        assert marked.text(1).endswith(" · SUSPECT · revoked by a colleague")
        tip = marked.toolTip(1)
        assert "Suspect: two different versions" in tip and "Lusaka says it revoked them" in tip
        assert items["Lusaka"].text(1) == "Verified" or "·" not in items["Lusaka"].text(1)
