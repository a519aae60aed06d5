"""One CLI call goes through one door: the keyslot file is read once, the database opened once.

Unlocking used to read the keyslot file twice (the check before the passphrase question, then
the unlock) and open and migrate the database twice (the vault id check, then the session).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from cli_support import init_vault, new_id, ok
from hrd_desk.crypto import keyslot
from hrd_desk.store import vault as vault_files


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often a keyslot file is parsed and a database connection is opened."""
    calls: Counter[str] = Counter()
    parse, connect = keyslot.parse, vault_files.connect

    def counting_parse(data: bytes) -> Any:
        calls["keyslot"] += 1
        return parse(data)

    def counting_connect(*args: Any, **kwargs: Any) -> Any:
        calls["database"] += 1
        return connect(*args, **kwargs)

    monkeypatch.setattr(keyslot, "parse", counting_parse)
    monkeypatch.setattr(vault_files, "connect", counting_connect)
    return calls


@pytest.mark.parametrize("command", [
    ("defender", "list"),
    ("defender", "show", "{id}"),
    ("defender", "edit", "{id}", "--country", "UG"),
    ("search", "Falcon"),
    ("identity", "show"),
    ("conflicts", "list"),
])
def test_a_command_reads_the_keyslot_once_and_opens_the_database_once(
    vault_dir: Path, counted: Counter[str], command: tuple[str, ...]
) -> None:
    init_vault(vault_dir)
    defender = new_id(vault_dir, "defender", "add", "--name", "Amina", "--codename", "Falcon")
    counted.clear()
    ok(vault_dir, *(part.format(id=defender) for part in command))
    assert counted == {"keyslot": 1, "database": 1}


def test_adding_a_record_reads_the_keyslot_once_and_opens_the_database_once(
    vault_dir: Path, counted: Counter[str]
) -> None:
    init_vault(vault_dir)
    counted.clear()
    new_id(vault_dir, "defender", "add", "--name", "Amina")
    assert counted == {"keyslot": 1, "database": 1}


@pytest.mark.parametrize("command", [
    ("rekey",),
    ("recovery", "add"),
    ("recovery", "remove"),
    ("wipe-after", "5"),
    ("keys",),
])
def test_a_key_command_reads_the_keyslot_once_and_checks_the_passphrase_once(
    vault_dir: Path, counted: Counter[str], monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...]
) -> None:
    """A key change used to read the keyslot file and run the KDF again after unlocking: one
    more second or two of Argon2id for every change a caseworker makes."""
    init_vault(vault_dir)
    opened = keyslot.open_slots

    def counting_open(*args: Any, **kwargs: Any) -> Any:
        counted["kdf"] += 1
        return opened(*args, **kwargs)

    monkeypatch.setattr(keyslot, "open_slots", counting_open)
    counted.clear()
    ok(vault_dir, *command)
    assert counted["keyslot"] == 1
    assert counted["kdf"] == (0 if command == ("keys",) else 1)
