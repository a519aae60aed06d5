"""A colleague's consent notice shows on the defender's Profile, beside the consent it limits."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from hrd_desk.services.session import Session
from hrd_desk.store import sharing
from hrd_desk.store.dbapi import transaction
from hrd_desk.ui.pages.defenders import DefendersPage

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush


def test_the_profile_shows_a_colleagues_consent_limit(
    session: Session, prompter: ScriptedPrompter, qtbot: QtBot
) -> None:
    ctx = FakeContext(session, prompter)
    amina = ctx.reader.records.add("defender", {
        "name": "Amina", "consent": "partners", "consent_date": "2024-01-15",
        "consent_how": "written"})
    page = DefendersPage()
    qtbot.addWidget(page)
    ctx.pages.append(page)
    page.show()
    page.attach(ctx)  # type: ignore[arg-type]
    page.open_defender(amina)
    QApplication.processEvents()
    texts = [w.text() for w in page.view.findChildren(QLabel)]
    assert not any("lowered it" in t for t in texts)
    with transaction(session.conn):  # as the importer keeps a verified notice
        sharing.keep_consent_limit(session.conn, amina, "c0ffee", "none", 1, "{}")
    page.open_defender(amina)
    QApplication.processEvents()
    texts = [w.text() for w in page.view.findChildren(QLabel)]
    assert "Consent limit" in texts
    assert any(t.startswith("c0ffee lowered it to “None: nothing about them leaves") for t in texts)
    page.clear()
    flush()
