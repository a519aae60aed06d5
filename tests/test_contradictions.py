"""Values that contradict each other are refused with the reason, and change nothing (issue 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import init_vault, new_id, run, vault_dump
from hrd_desk.errors import InvalidValue
from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session


@pytest.fixture
def work(session: Session) -> Casework:
    return Casework(session)


def _incident(work: Casework, defender: str, **extra: object) -> str:
    return work.add("incident", {"defenders": [defender], "category": "physical",
                                 "occurred": "2024-05", "description": "followed", **extra})


def test_reported_to_none_cannot_stand_beside_a_body(work: Casework) -> None:
    amina = work.add("defender", {"name": "Amina"})
    with pytest.raises(InvalidValue, match="'none' contradicts the other bodies"):
        _incident(work, amina, reported_to=["none", "police"])
    assert work.count("incident") == 0
    incident = _incident(work, amina, reported_to=["none"])
    with pytest.raises(InvalidValue, match="reported_to"):
        work.edit("incident", incident, {"reported_to": ["embassy", "none"]})
    assert work.get("incident", incident).fields["reported_to"] == ["none"]
    assert work.edit("incident", incident, {"reported_to": ["embassy", "police"]})


def test_two_live_defenders_never_share_a_codename(work: Casework) -> None:
    falcon = work.add("defender", {"name": "Amina K.", "codename": "Falcon"})
    with pytest.raises(InvalidValue, match=r"already the codename of Amina K\. \(defender"):
        work.add("defender", {"name": "Luis", "codename": " falcon "})
    other = work.add("defender", {"name": "Luis", "codename": "Ñandú"})
    with pytest.raises(InvalidValue, match="already the codename"):
        work.add("defender", {"name": "Rosa", "codename": "ÑANDÚ"})  # any script's case
    with pytest.raises(InvalidValue, match="codename"):
        work.edit("defender", other, {"codename": "FALCON"})
    assert work.count("defender") == 2
    assert not work.edit("defender", falcon, {"codename": "Falcon"})  # itself is no clash

    # a deleted defender's codename may be reused; restoring it then would make two alike
    work.delete("defender", falcon)
    again = work.add("defender", {"name": "Rosa", "codename": "Falcon"})
    with pytest.raises(InvalidValue, match="already the codename"):
        work.restore("defender", falcon)
    assert work.get("defender", falcon).deleted
    work.edit("defender", again, {"codename": "Kestrel"})
    assert work.restore("defender", falcon)


def test_cli_refuses_contradictions_with_exit_5_and_changes_nothing(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    amina = new_id(vault, "defender", "add", "--name", "Amina", "--codename", "Falcon")
    before = vault_dump(vault)
    twin = run(vault, "defender", "add", "--name", "Other", "--codename", "FALCON")
    assert twin.code == 5 and "already the codename of Amina" in twin.err
    both = run(vault, "incident", "add", "--defender", amina, "--category", "legal",
               "--occurred", "2024", "--description", "summons", "--reported-to", "none",
               "--reported-to", "police")
    assert both.code == 5 and "'none' contradicts" in both.err
    assert both.err.count("\n") == 1
    assert vault_dump(vault) == before
