"""One passphrase policy for every path that sets a passphrase: services, CLI and GUI agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import PASSPHRASE, file_bytes, run
from hrd_desk.errors import ExitCode, WeakPassphrase
from hrd_desk.services.maintenance import change_passphrase
from hrd_desk.services.passphrase_policy import check_new_passphrase, estimate_strength
from hrd_desk.services.session import create_vault

WEAK = ("a", "password12", "aaaaaaaaaaaaaaaa", "qwertyuiop", "1234567890")
GOOD = (PASSPHRASE, "river lantern copper seventeen", "Tä-9 ünter Wörd 42x")


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_with_the_reason(weak: str) -> None:
    with pytest.raises(WeakPassphrase) as caught:
        check_new_passphrase(weak)
    assert caught.value.exit_code == ExitCode.REJECTED_INPUT
    assert "passphrase refused" in caught.value.message
    if len(weak) > 3:
        assert weak not in caught.value.message  # the refusal never repeats the secret


@pytest.mark.parametrize("good", GOOD)
def test_good_passphrases_pass_and_the_gui_meter_agrees(good: str) -> None:
    check_new_passphrase(good)
    assert estimate_strength(good).acceptable


@pytest.mark.parametrize("weak", WEAK)
def test_the_gui_meter_refuses_what_the_core_refuses(weak: str) -> None:
    assert not estimate_strength(weak).acceptable


def test_create_vault_refuses_a_weak_passphrase_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "vault"
    with pytest.raises(WeakPassphrase):
        create_vault(target, "a")
    assert not target.exists()


def test_cli_init_refuses_a_weak_passphrase_exit_5_nothing_created(tmp_path: Path) -> None:
    target = tmp_path / "vault"
    result = run(target, "init", stdin="a\n")
    assert result.code == ExitCode.REJECTED_INPUT
    assert "passphrase refused" in result.err and "at least 10 characters" in result.err
    assert result.err.count("\n") == 1
    assert not target.exists()


def test_cli_passwd_refuses_a_weak_new_passphrase_and_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "vault"
    assert run(target, "init").code == 0
    before = file_bytes(target)
    result = run(target, "passwd", stdin=f"{PASSPHRASE}\nshort\n")
    assert result.code == ExitCode.REJECTED_INPUT
    assert "passphrase refused" in result.err
    assert file_bytes(target) == before
    assert run(target, "defender", "list").code == 0  # the old passphrase still opens it


def test_service_passwd_checks_the_old_passphrase_first_then_the_policy(tmp_path: Path) -> None:
    target = tmp_path / "vault"
    create_vault(target, PASSPHRASE).lock()
    before = file_bytes(target)
    with pytest.raises(WeakPassphrase):
        change_passphrase(target, PASSPHRASE, lambda: "qwerty")
    assert file_bytes(target) == before
