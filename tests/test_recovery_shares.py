"""The recovery code split k of n (SLIP-39 through shamir-mnemonic): any k shares give the code
back, fewer or mistyped ones are refused in words, on the CLI and through the services."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from cli_support import PASSPHRASE, init_vault, new_id, ok, run
from hrd_desk.crypto import keyslot
from hrd_desk.errors import RejectedInput
from hrd_desk.services import emergency
from hrd_desk.services.recovery_shares import combine_shares, split_code
from hrd_desk.store.vault import Vault


def test_any_k_of_n_shares_give_the_code_and_fewer_do_not() -> None:
    code = keyslot.new_recovery_code()
    assert keyslot.recovery_code_from_bytes(keyslot.recovery_code_bytes(code) or b"") == code
    shares = split_code(code, 3, 5)
    assert len(shares) == 5 and len(set(shares)) == 5
    assert all(code.replace("-", "") not in s.upper().replace(" ", "") for s in shares)
    for chosen in itertools.combinations(shares, 3):
        assert combine_shares(chosen) == code
    assert combine_shares([s.upper() + "  " for s in shares[:3]]) == code  # as typed
    with pytest.raises(RejectedInput, match="3 different shares are needed and 2 were given"):
        combine_shares(shares[:2])
    with pytest.raises(RejectedInput, match="3 different shares are needed and 2 were given"):
        combine_shares([shares[0], shares[0], shares[1]])


def test_a_mistyped_or_foreign_share_is_refused_without_being_echoed() -> None:
    shares = split_code(keyslot.new_recovery_code(), 2, 3)
    words = shares[0].split()
    words[4] = "academic" if words[4] != "academic" else "acid"
    with pytest.raises(RejectedInput, match="mistyped word") as caught:
        combine_shares([" ".join(words), shares[1]])
    # never echoed: no run of the share's words (a single word may be an ordinary English word
    # that the message itself uses, which made this check fail now and then)
    assert " ".join(words[:2]) not in str(caught.value)
    assert " ".join(words[3:6]) not in str(caught.value)
    other = split_code(keyslot.new_recovery_code(), 2, 3)
    with pytest.raises(RejectedInput, match="different recovery codes"):
        combine_shares([shares[0], other[1]])
    with pytest.raises(RejectedInput, match="word missing"):
        combine_shares([shares[0] + " notaword", shares[1]])
    with pytest.raises(RejectedInput, match="no shares"):
        combine_shares(["", "  "])


@pytest.mark.parametrize(("k", "n"), [(1, 3), (4, 3), (2, 17), (0, 0)])
def test_impossible_splits_are_refused(k: int, n: int) -> None:
    with pytest.raises(RejectedInput, match="k of n"):
        split_code(keyslot.new_recovery_code(), k, n)


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    directory = init_vault(tmp_path / "vault")
    new_id(directory, "defender", "add", "--name", "Amina", "--codename", "Heron")
    return directory


def test_cli_split_then_combine_then_the_code_opens_the_vault(vault: Path) -> None:
    made = ok(vault, "recovery", "add", "--split", "2-of-3", as_json=True).json()
    assert made["threshold"] == 2 and len(made["shares"]) == 3
    assert "recovery_code" not in made  # the code itself is never shown when split
    combined = ok(vault, "recovery", "combine", as_json=True,
                  stdin=f"{made['shares'][2]}\n{made['shares'][0]}\n\n").json()
    code = combined["recovery_code"]
    Vault.unlock(vault, code).lock()
    ok(vault, "passwd", stdin=f"{code}\nafter the shares came together\n")
    Vault.unlock(vault, "after the shares came together").lock()


def test_cli_refuses_a_bad_split_before_asking_anything(vault: Path) -> None:
    result = run(vault, "recovery", "add", "--split", "5-of-3", stdin="")
    assert result.code == 5 and "k of n" in result.err
    assert not emergency.key_status(vault).recovery_code
    bad = run(vault, "recovery", "add", "--split", "two of five")
    assert bad.code == 2 and "K-of-N" in bad.err


def test_cli_combine_with_too_few_shares_says_how_many(vault: Path) -> None:
    shares = emergency.add_recovery_shares(vault, PASSPHRASE, 3, 4)
    result = run(vault, "recovery", "combine", stdin=f"{shares[0]}\n{shares[1]}\n\n")
    assert result.code == 5 and "3 different shares are needed and 2 were given" in result.err
    assert shares[0].split()[0] not in result.err
