"""Consent first (issue 10): a level that lets records leave (colleagues, partners, public)
counts only with when and how consent was obtained. Recording it without them is refused beside
the field; a defender whose consent lacks them (recorded before this rule, or so received) is
refused by every path that shares, with its own typed error (exit 5)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_support import PASSPHRASE, init_vault, new_id, ok, ok_json, run, vault_dump
from exchange_support import Office, export, offices, unchanged
from hrd_desk.errors import (
    ConsentIncomplete,
    ConsentRefused,
    ExitCode,
    InvalidValue,
    RejectedInput,
)
from hrd_desk.services import scope
from hrd_desk.services.session import Session, unlock_vault
from hrd_desk.store.dbapi import transaction

WHEN_HOW = {"consent_date": "2024-01-15", "consent_how": "written"}


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path, "A", "B") as made:
        yield made


def _incomplete(office: Office, consent: str = "colleagues") -> str:
    """A defender as a vault written before this rule holds it: a level, no when or how."""
    with transaction(office.session.conn):
        return office.session.store.create("defender", {"name": "Old", "consent": consent})


@pytest.mark.parametrize("consent", ["colleagues", "partners", "public"])
@pytest.mark.parametrize(("given", "missing"), [
    ({}, "consent_date"),
    ({"consent_date": "2024-01-15"}, "consent_how"),
    ({"consent_how": "verbal"}, "consent_date"),
])
def test_a_sharing_level_without_when_and_how_is_refused_and_changes_nothing(
    world: dict[str, Office], consent: str, given: dict[str, str], missing: str
) -> None:
    a = world["A"]
    with unchanged(a), pytest.raises(InvalidValue) as caught:
        a.work.add("defender", {"name": "Amina", "consent": consent, **given})
    assert caught.value.field == missing
    assert "consent allows sharing" in caught.value.reason


def test_levels_that_allow_nothing_need_neither_and_raising_one_needs_both(
    world: dict[str, Office]
) -> None:
    a = world["A"]
    for level in ("none", "not-recorded"):
        a.work.add("defender", {"name": f"D {level}", "consent": level})
    quiet = a.work.add("defender", {"name": "Quiet", "consent": "none"})
    with unchanged(a), pytest.raises(InvalidValue) as caught:
        a.work.edit("defender", quiet, {"consent": "partners", "consent_date": "2024-02-01"})
    assert caught.value.field == "consent_how"
    assert a.work.edit("defender", quiet, {"consent": "partners", **WHEN_HOW})
    with unchanged(a), pytest.raises(InvalidValue) as cleared:
        a.work.edit("defender", quiet, {"consent_how": None})  # cannot un-record it either
    assert cleared.value.field == "consent_how"


def test_an_incomplete_consent_is_refused_by_every_path_that_shares(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    old = _incomplete(a)
    # editing something else of such a record still works (the caseworker is not locked out)
    assert a.work.edit("defender", old, {"organisation": "Coast Media"})
    out = tmp_path / "x.bundle"
    with unchanged(a), pytest.raises(ConsentIncomplete) as caught:
        export(a, out, [b], defenders=[old])
    assert isinstance(caught.value, ConsentRefused)  # exit 5, like every consent refusal
    assert caught.value.exit_code == ExitCode.REJECTED_INPUT
    assert old in caught.value.message and "without when or how" in caught.value.message
    assert not out.exists()
    with unchanged(a), pytest.raises(ConsentIncomplete):
        scope.share(a.session, old, a.id_of(b))
    with unchanged(a), pytest.raises(RejectedInput, match="nothing to export"):
        export(a, out, [b], everything=True)  # --all leaves it out: nothing else to send
    a.work.add("defender", {"name": "Recorded", "consent": "colleagues", **WHEN_HOW})
    summary = export(a, out, [b], everything=True)
    assert summary.withheld_for_consent == 1
    out.unlink()
    # recorded properly: it leaves
    assert a.work.edit("defender", old, dict(WHEN_HOW))
    assert scope.share(a.session, old, a.id_of(b))


def test_none_stays_a_plain_refusal_not_an_incomplete_one(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    secret = a.work.add("defender", {"name": "Secret", "consent": "none"})
    with pytest.raises(ConsentRefused) as caught:
        export(a, tmp_path / "x.bundle", [b], defenders=[secret])
    assert not isinstance(caught.value, ConsentIncomplete)


def test_cli_refuses_consent_without_when_and_how(tmp_path: Path) -> None:
    a, b = init_vault(tmp_path / "A"), init_vault(tmp_path / "B")
    ok(b, "identity", "export", "--out", str(tmp_path / "b.card"))
    b_at_a = ok_json(a, "colleague", "add", str(tmp_path / "b.card"), "--name", "B",
                     "--verified")["id"]
    before = vault_dump(a)
    refused = run(a, "defender", "add", "--name", "Amina", "--consent", "colleagues")
    assert refused.code == ExitCode.REJECTED_INPUT
    assert "consent_date" in refused.err and "consent allows sharing" in refused.err
    assert vault_dump(a) == before
    with Session(unlock_vault(a, PASSPHRASE)) as session, transaction(session.conn):
        old = session.store.create("defender", {"name": "Old", "consent": "colleagues"})
    shared = run(a, "share", old, "--with", b_at_a)
    assert shared.code == ExitCode.REJECTED_INPUT
    assert "without when or how" in shared.err and old in shared.err
    exported = run(a, "export", "--defender", old, "--to", b_at_a,
                   "--out", str(tmp_path / "x.bundle"))
    assert exported.code == ExitCode.REJECTED_INPUT and "without when or how" in exported.err
    ok(a, "defender", "edit", old, "--consent-date", "2024-01-15", "--consent-how", "verbal")
    assert ok_json(a, "share", old, "--with", b_at_a)["changed"] is True
    new = new_id(a, "defender", "add", "--name", "New", "--consent", "partners",
                 "--consent-date", "2024-03-01", "--consent-how", "through-representative")
    assert ok_json(a, "defender", "show", new)["consent_how"] == "through-representative"
