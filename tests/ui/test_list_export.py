"""A list page's "Export list as CSV…" (issue 18): the profile asked first (partner unless the
caseworker picks another), a warning naming how many records of which kind under which profile,
then the file chooser; the CSV holds what the profile lets leave (a marker placed in a field it
drops is absent, one in a field it keeps is present), with headings in the GUI's language; a
cancel at any step writes nothing."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from hrd_desk.services.desk import Desk
from hrd_desk.services.session import Session
from hrd_desk.services.sharing_rule import Profile
from hrd_desk.ui.i18n import apply_language
from hrd_desk.ui.list_export import PROFILES, profile_options
from hrd_desk.ui.pages.cases import CasesPage
from hrd_desk.ui.pages.defenders import DefendersPage
from hrd_desk.ui.pages.list_page import ListPage
from hrd_desk.ui.pages.relocations import RelocationsPage
from hrd_desk.ui.pages.tasks import TasksPage
from hrd_desk.ui.pages.threat_log import ThreatLogPage
from hrd_desk.ui.prompts import ChoiceDialog, DialogPrompter

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush

GIVEN = {"consent_date": "2024-01-10", "consent_how": "written"}
DAY = "2024-05-17"
LISTS = ("defenders", "incidents", "cases", "stays", "tasks")
# markers in fields the partner and public profiles drop (or reduce to a coarser form), and the
# defender whose consent allows no profile: none of its records leaves
DROPPED = {
    "defenders": ["MKname", "MKregion", "MKnotes", "MKcontact", "MKnoconsent"],
    "incidents": ["MKlocation", "MKregion2", "MKmarked", "MKnoconsentincident"],
    "cases": ["MKcasemarked"],
    "stays": ["MKcity", "MKaccommodation"],
    "tasks": ["MKtaskmarked"],
}
KEPT = {  # in every profile: a codename, free text nobody marked
    "defenders": ["MKcodename"], "incidents": ["MKdescription"], "cases": ["MKcasetitle"],
    "stays": ["MKactivities"], "tasks": ["MKtasktitle"],
}
# a heading of each list in French (Field labels) and the id's heading
FRENCH = {"defenders": "Nom de code", "incidents": "Description", "cases": "Titre",
          "stays": "Activités pendant le séjour", "tasks": "Tâche"}


def make_records(desk: Desk) -> None:
    amina = desk.records.add("defender", {
        "name": "MKname", "codename": "MKcodename", "consent": "public", **GIVEN,
        "consent_date": DAY,
        "country": "KE", "region": "MKregion", "notes": "MKnotes", "contact": "MKcontact"})
    nobody = desk.records.add("defender", {"name": "MKnoconsent", "codename": "MKnoconsent"})
    case = desk.records.add("case", {"defender": amina, "programme": "relocation",
                                     "title": "MKcasetitle", "notes": "MKcasemarked",
                                     "opened": DAY}, marks={"notes": True})
    desk.records.add("incident", {
        "defenders": [amina], "category": "legal", "occurred": DAY, "case": case,
        "description": "MKdescription", "location": "MKlocation", "region": "MKregion2",
        "actions": "MKmarked"}, marks={"actions": True})
    desk.records.add("incident", {"defenders": [nobody], "category": "legal", "occurred": DAY,
                                  "description": "MKnoconsentincident"})
    desk.records.add("relocation", {
        "defender": amina, "host_city": "MKcity", "planned_arrival": DAY,
        "planned_departure": "2024-08-01", "accommodation": "MKaccommodation",
        "activities": "MKactivities"})
    desk.records.add("task", {"title": "MKtasktitle", "defender": amina, "due": DAY,
                              "notes": "MKtaskmarked"}, marks={"notes": True})


def _made(qtbot: QtBot, session: Session) -> Iterator[tuple[dict[str, ListPage],
                                                             ScriptedPrompter]]:
    make_records(Desk.on(session))
    prompter = ScriptedPrompter()
    ctx = FakeContext(session, prompter)
    defenders = DefendersPage()
    made: dict[str, ListPage] = {"defenders": defenders.list, "incidents": ThreatLogPage(),
                                 "cases": CasesPage(), "stays": RelocationsPage(),
                                 "tasks": TasksPage()}
    holders = [defenders, *list(made.values())[1:]]
    for holder in holders:
        qtbot.addWidget(holder)
        holder.attach(ctx)  # type: ignore[arg-type]
    yield made, prompter
    for holder in holders:
        holder.clear()  # type: ignore[attr-defined]
    flush()


@pytest.fixture
def pages(qtbot: QtBot, session: Session) -> Iterator[tuple[dict[str, ListPage],
                                                            ScriptedPrompter]]:
    yield from _made(qtbot, session)


@pytest.fixture
def french(qtbot: QtBot) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "fr")
    yield
    apply_language(app, "en")


@pytest.fixture
def french_pages(french: None, qtbot: QtBot, session: Session
                 ) -> Iterator[tuple[dict[str, ListPage], ScriptedPrompter]]:
    """Pages built in French (a page takes the language when it is built: at unlock)."""
    yield from _made(qtbot, session)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where the caseworker saves (the vault is in tmp_path too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _read(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))


@pytest.mark.parametrize("profile", list(Profile))
def test_each_list_under_each_profile_in_french(
        french_pages: tuple[dict[str, ListPage], ScriptedPrompter], out: Path,
        profile: Profile) -> None:
    made, prompter = french_pages
    for name, page in made.items():
        prompter.choices.append(PROFILES.index(profile))
        prompter.confirm_answers.append(True)
        prompter.files.append(str(out / f"{name}.csv"))
        assert page.export_button.text() == "Exporter la liste en CSV…"
        page.export_button.click()
    assert [c[0] for c in prompter.calls] == ["choose", "confirm", "save_file", "info"] * 5
    for name in LISTS:
        table = _read(out / f"{name}.csv")
        text = "\n".join(",".join(row) for row in table)
        assert table[0][0] == "Identifiant" and FRENCH[name] in table[0], (name, table[0])
        assert len(table) == 2, (name, table)  # one record leaves: consent left one out
        for gone in DROPPED[name]:
            leaves = profile is Profile.FULL and "noconsent" not in gone
            assert (gone in text) is leaves, (profile, name, gone)
        for present in KEPT[name]:
            assert present in text, (profile, name, present)
        assert (DAY in text) is (profile is not Profile.PUBLIC), (profile, name)  # months
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in LISTS)


def test_the_warning_names_the_count_the_kind_and_the_profile(
        pages: tuple[dict[str, ListPage], ScriptedPrompter], out: Path) -> None:
    made, prompter = pages
    prompter.confirm_answers.append(False)
    made["incidents"].export_button.click()  # the default profile: partner
    assert [c[0] for c in prompter.calls] == ["choose", "confirm"]
    assert [label for label, _line in prompter.options[0]] == [
        "Full, for a programme office", "Partner, for a partner organisation",
        "Public, for a published report"]
    warning = prompter.calls[1][2]
    assert "1 incident," in warning and "“Partner, for a partner organisation”" in warning
    assert "1 record left out" in warning, "the incident whose defender gave no consent"
    assert "not encrypted" in warning
    prompter.choices.append(PROFILES.index(Profile.FULL))
    prompter.confirm_answers.append(False)
    made["defenders"].export_button.click()
    warning = prompter.calls[-1][2]
    assert "1 defender," in warning and "“Full, for a programme office”" in warning
    assert list(out.iterdir()) == []


def test_cancel_at_any_step_writes_nothing(
        pages: tuple[dict[str, ListPage], ScriptedPrompter], out: Path) -> None:
    made, prompter = pages
    page = made["stays"]
    target = out / "stays.csv"
    prompter.choices.append(None)  # the profile's question cancelled
    page.export_button.click()
    assert [c[0] for c in prompter.calls] == ["choose"]
    prompter.confirm_answers.append(False)  # the warning refused
    page.export_button.click()
    prompter.files.append(None)  # no file chosen
    page.export_button.click()
    assert [c[0] for c in prompter.calls] == ["choose", "choose", "confirm", "choose", "confirm",
                                              "save_file"]
    assert list(out.iterdir()) == []
    prompter.files.append(str(target))  # and then saved: the default profile, partner
    page.export_button.click()
    assert prompter.calls[-1][0] == "info" and sorted(out.iterdir()) == [target]
    assert "MKactivities" in target.read_text(encoding="utf-8-sig")
    assert "MKcity" not in target.read_text(encoding="utf-8-sig")


def _export_full(page: ListPage, prompter: ScriptedPrompter, target: Path) -> tuple[str, str]:
    """Export `page` under the full profile to `target`: the warning and the file's text."""
    prompter.choices.append(PROFILES.index(Profile.FULL))
    prompter.confirm_answers.append(True)
    prompter.files.append(str(target))
    page.export_button.click()
    assert [c[0] for c in prompter.calls[-4:]] == ["choose", "confirm", "save_file", "info"]
    return prompter.calls[-3][2], target.read_text(encoding="utf-8-sig")


SHOWN = "Only the records the page shows are in it"
EVERY = "Every record of the list is in it"


def test_a_filtered_threat_log_exports_only_the_incidents_it_shows(
        pages: tuple[dict[str, ListPage], ScriptedPrompter], session: Session, out: Path
) -> None:
    made, prompter = pages
    desk = Desk.on(session)
    heron = desk.records.add("defender", {"name": "Heron", "codename": "MKheron",
                                          "consent": "partners", **GIVEN})
    desk.records.add("incident", {"defenders": [heron], "category": "digital",
                                  "occurred": DAY, "description": "MKdigital"})
    page = made["incidents"]
    assert isinstance(page, ThreatLogPage)
    page.status.setCurrentIndex(page.status.findData(()))  # all incidents
    page.category.setCurrentIndex(page.category.findData("digital"))
    assert page.model.rowCount() == 1
    warning, text = _export_full(page, prompter, out / "digital.csv")
    assert "MKdigital" in text and "MKdescription" not in text
    assert len(_read(out / "digital.csv")) == 2
    assert "1 incident," in warning and SHOWN in warning and EVERY not in warning
    page.category.setCurrentIndex(0)  # all categories, all statuses: no filter
    warning, text = _export_full(page, prompter, out / "all.csv")
    assert "MKdigital" in text and "MKdescription" in text
    assert "MKnoconsentincident" not in text and "1 record left out" in warning
    assert "2 incidents," in warning and EVERY in warning and SHOWN not in warning


def test_a_filtered_defenders_list_exports_only_the_defenders_it_shows(
        pages: tuple[dict[str, ListPage], ScriptedPrompter], session: Session, out: Path
) -> None:
    made, prompter = pages
    Desk.on(session).records.add("defender", {"name": "Heron", "codename": "MKheron",
                                              "consent": "partners", **GIVEN})
    page = made["defenders"]
    warning, text = _export_full(page, prompter, out / "all.csv")
    assert "MKheron" in text and "MKcodename" in text
    assert "2 defenders," in warning and EVERY in warning and SHOWN not in warning
    page.filter_text.setText("heron")  # type: ignore[attr-defined]
    assert page.model.rowCount() == 1
    warning, text = _export_full(page, prompter, out / "heron.csv")
    assert "MKheron" in text and "MKcodename" not in text
    assert len(_read(out / "heron.csv")) == 2
    assert "1 defender," in warning and SHOWN in warning and EVERY not in warning
    assert "left out" not in warning, "the defender without consent is not in the page's list"


def test_the_profile_question_starts_on_partner_and_cancel_is_none(qtbot: QtBot) -> None:
    """The real dialog (prompts.ChoiceDialog): the default chosen and focused, each line under
    its button, the index of the choice made; cancelled, None."""
    seen: list[str] = []

    def answer(choose: int | None) -> Callable[[QDialog], int]:
        def run(dialog: QDialog) -> int:
            assert isinstance(dialog, ChoiceDialog)
            checked = dialog.group.checkedButton()
            seen.append(checked.text())
            assert dialog.focusWidget() is checked
            if choose is None:
                return QDialog.DialogCode.Rejected
            dialog.group.button(choose).setChecked(True)
            return QDialog.DialogCode.Accepted
        return run

    options = profile_options()
    for choose in (None, 2):
        prompter = DialogPrompter(None, run=answer(choose))
        assert prompter.choose("Export", "For whom?", options, default=1) == choose
    assert seen == ["Partner, for a partner organisation"] * 2


class _LaterContext(FakeContext):
    """A writer that runs each job only when the test says, as the real writer thread runs it
    while the GUI goes on."""

    def __init__(self, session: Session, prompter: ScriptedPrompter) -> None:
        super().__init__(session, prompter)
        self.queued: list[Callable[[], None]] = []

    def write(self, job: Any, on_done: Any = None, on_error: Any = None) -> None:
        self.queued.append(lambda: FakeContext.write(self, job, on_done, on_error))

    def run_queued(self) -> None:
        while self.queued:
            self.queued.pop(0)()


def _later_page(qtbot: QtBot, session: Session) -> tuple[TasksPage, _LaterContext,
                                                          ScriptedPrompter]:
    make_records(Desk.on(session))
    prompter = ScriptedPrompter()
    ctx = _LaterContext(session, prompter)
    page = TasksPage()
    qtbot.addWidget(page)
    page.attach(ctx)  # type: ignore[arg-type]
    return page, ctx, prompter


def _progress_dialog(page: QWidget) -> QProgressDialog:
    found = page.findChildren(QProgressDialog)
    assert len(found) == 1, found
    return found[0]


def test_a_list_is_made_behind_a_progress_dialog_whose_cancel_writes_nothing(
        qtbot: QtBot, session: Session, out: Path) -> None:
    page, ctx, prompter = _later_page(qtbot, session)
    page.export_button.click()  # the default profile; the list is now being made
    assert [c[0] for c in prompter.calls] == ["choose"] and len(ctx.queued) == 1
    dialog = _progress_dialog(page)
    assert not dialog.isVisible(), "a list made quickly flashes no dialog"
    qtbot.waitUntil(dialog.isVisible, timeout=3000)  # the work outlasts LIST_PROGRESS_AFTER_MS
    assert dialog.isModal() and dialog.labelText() == (
        "Making the list under the chosen profile…")
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    cancel.click()
    prompter.files.append(str(out / "tasks.csv"))  # were it asked, it would have a place
    ctx.run_queued()  # the job sees the cancel at its first progress and stops
    flush()
    assert [c[0] for c in prompter.calls] == ["choose"], "no warning, no file chooser, no error"
    assert list(out.iterdir()) == [] and page.findChildren(QProgressDialog) == []
    page.clear()


def test_a_list_made_goes_on_to_the_warning_and_the_file(
        qtbot: QtBot, session: Session, out: Path) -> None:
    page, ctx, prompter = _later_page(qtbot, session)
    prompter.files.append(str(out / "tasks.csv"))
    page.export_button.click()
    _progress_dialog(page)
    ctx.run_queued()
    flush()
    assert [c[0] for c in prompter.calls] == ["choose", "confirm", "save_file", "info"]
    assert "MKtasktitle" in (out / "tasks.csv").read_text(encoding="utf-8-sig")
    assert page.findChildren(QProgressDialog) == []
    page.clear()


def test_a_list_nothing_of_which_may_leave_offers_no_file(
        pages: tuple[dict[str, ListPage], ScriptedPrompter], out: Path) -> None:
    """The Defenders page filtered to the defender who gave no consent: no profile lets
    it leave, so the caseworker is told why instead of being offered a file of headings."""
    made, prompter = pages
    page = made["defenders"]
    page.filter_text.setText("MKnoconsent")  # type: ignore[attr-defined]
    assert page.model.rowCount() == 1
    prompter.choices.append(PROFILES.index(Profile.FULL))
    page.export_button.click()
    assert [c[0] for c in prompter.calls] == ["choose", "info"]
    told = prompter.calls[1][2]
    assert "nothing to save" in told and "“Full, for a programme office”" in told
    assert "1 record left out" in told
    assert list(out.iterdir()) == []
