"""The defender page's Dossier PDF (issue 18): it warns first, naming what the profile lets into
the file; a refusal at the warning writes nothing; consent that does not allow the profile is
told and writes nothing; a written dossier is a PDF where the caseworker chose."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from hrd_desk.services.desk import Desk
from hrd_desk.services.session import Session
from hrd_desk.services.sharing_rule import Profile
from hrd_desk.ui.defender_view import DefenderView

from .conftest import ScriptedPrompter
from .page_support import FakeContext

# consent that allows sharing is recorded with when and how it was given (issue 10)
GIVEN = {"consent_date": "2024-01-10", "consent_how": "written"}
GIVEN_CLI = ("--consent-date", "2024-01-10", "--consent-how", "written")



def test_dossier_warns_first_and_follows_consent(qtbot: QtBot, session: Session,
                                                 tmp_path: Path) -> None:
    desk = Desk.on(session)
    amina = desk.records.add("defender", {"name": "Amina", "codename": "Heron",
                                          "consent": "partners", **GIVEN})
    out = tmp_path / "out"
    out.mkdir()
    prompter = ScriptedPrompter(confirm_answers=[False, True, True],
                                files=[str(out / "partner.pdf"), str(out / "public.pdf")])
    view = DefenderView()
    qtbot.addWidget(view)
    view.attach(FakeContext(session, prompter))  # type: ignore[arg-type]
    view.show_defender(amina)
    assert [a.text() for a in view.dossier_button.menu().actions()] == [
        "For a programme office…", "For a partner organisation…", "For the public…"]
    assert view.save_dossier(Profile.PARTNER) is False  # refused at the warning
    assert "codename instead of the name" in prompter.calls[0][2]
    assert "not encrypted" in prompter.calls[0][2]
    assert list(out.iterdir()) == []
    assert view.save_dossier(Profile.PARTNER) is True
    assert (out / "partner.pdf").read_bytes().startswith(b"%PDF")
    assert view.save_dossier(Profile.PUBLIC) is False, "consent 'partners' refuses the public"
    assert prompter.calls[-1][0] == "error" and "consent" in prompter.calls[-1][2]
    assert sorted(p.name for p in out.iterdir()) == ["partner.pdf"]
