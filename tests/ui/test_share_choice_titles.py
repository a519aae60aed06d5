"""The defenders and cases offered for sharing (the export wizard's list, the share control's
title) in the caseworker's language: a case was named by the services' English title ("Case:
Relocation 2024 (active), Blue Heron" in the French and Arabic wizards, seen at a real window)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrd_desk.services.desk import Desk
from hrd_desk.services.session import Session
from hrd_desk.ui.exchange.export_wizard import ExportWizard
from hrd_desk.ui.exchange.sharing import SharingPanel
from hrd_desk.ui.i18n import apply_language

from .conftest import ScriptedPrompter
from .page_support import FakeContext

GIVEN = {"consent_date": "2024-01-10", "consent_how": "written"}


def test_a_case_offered_for_sharing_is_named_in_french_and_arabic(
        qtbot: QtBot, session: Session) -> None:
    desk = Desk.on(session)
    heron = desk.records.add("defender", {"name": "Amina", "codename": "Blue Heron",
                                          "consent": "colleagues", **GIVEN})
    case = desk.records.add("case", {"defender": heron, "title": "Relocation 2024",
                                     "programme": "relocation", "status": "active"})
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    expected = {"fr": "Dossier : Relocation 2024 (actif), Blue Heron",
                "ar": "ملف: Relocation 2024 (نشط)، Blue Heron"}
    try:
        for language, title in expected.items():
            apply_language(app, language)
            [choice] = desk.sharing.case_choices()
            assert ExportWizard._record_item(choice, False).text(0) == title
            panel = SharingPanel(show_title=True)
            qtbot.addWidget(panel)
            panel.attach(FakeContext(session, ScriptedPrompter()))  # type: ignore[arg-type]
            panel.show_record("case", case)
            assert panel.title.text() == title
    finally:
        apply_language(app, "en")
