"""After an unlock: failed attempts told once by every command that unlocks, a new passphrase
after the recovery code, and nothing of the keys left on a locked desk."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import nacl.public
import nacl.signing
import pytest

from cli_support import PASSPHRASE, init_vault, new_id, ok, run
from hrd_desk.crypto.identity import Identity
from hrd_desk.errors import RejectedInput, WrongPassphrase
from hrd_desk.services import emergency
from hrd_desk.services.desk import find_vault, open_desk, unlock_desk
from hrd_desk.store import vault_files
from hrd_desk.store.vault import Vault

NEW = "a fresh passphrase after recovery"
NOTE = "failed unlock attempt"


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    directory = init_vault(tmp_path / "vault")
    new_id(directory, "defender", "add", "--name", "Amina", "--codename", "Heron")
    return directory


@pytest.mark.parametrize("command", [
    ("defender", "list"), ("verify",), ("rekey",), ("recovery", "remove"),
    ("duress", "remove"), ("wipe-after", "off"), ("audit", "list"),
])
def test_every_command_that_unlocks_tells_the_failed_attempts_once(
        vault: Path, command: tuple[str, ...]) -> None:
    for _ in range(2):
        assert run(vault, "defender", "list", stdin="a wrong guess\n").code == 3
    told = run(vault, *command)
    assert told.code == 0, told.err
    assert "2 failed unlock attempts since this vault was last opened" in told.err
    assert vault_files.failed_unlocks(vault) == 0
    again = run(vault, *command)
    assert again.code == 0 and NOTE not in again.err  # cleared once told


def test_passwd_tells_the_failed_attempts(vault: Path) -> None:
    assert run(vault, "defender", "list", stdin="a wrong guess\n").code == 3
    result = run(vault, "passwd", stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert result.code == 0 and "1 failed unlock attempt since" in result.err
    ok(vault, "defender", "list", stdin=NEW + "\n")


def test_a_refused_command_does_not_clear_the_count(vault: Path) -> None:
    assert run(vault, "defender", "list", stdin="a wrong guess\n").code == 3
    assert run(vault, "rekey", stdin="another guess\n").code == 3
    assert vault_files.failed_unlocks(vault) == 2


def test_the_recovery_code_opens_a_desk_that_can_set_a_new_passphrase(vault: Path) -> None:
    code = emergency.add_recovery_code(vault, PASSPHRASE)
    plain = unlock_desk(vault, PASSPHRASE)
    assert not plain.recovered
    plain.lock()
    desk = unlock_desk(vault, code)
    assert desk.recovered
    with pytest.raises(RejectedInput):
        desk.set_passphrase(code)  # the code itself cannot become the passphrase
    desk.set_passphrase(NEW)
    assert not desk.recovered
    assert desk.records.count("defender") == 1  # the desk goes on under the new key
    desk.lock()
    with pytest.raises(WrongPassphrase):
        unlock_desk(vault, PASSPHRASE)
    unlock_desk(vault, NEW).lock()
    unlock_desk(vault, code).lock()  # the code still opens it (resealed by the rekey)


def test_set_passphrase_refuses_a_desk_already_connected(vault: Path) -> None:
    code = emergency.add_recovery_code(vault, PASSPHRASE)
    desk = unlock_desk(vault, code)
    desk.connect()
    with pytest.raises(RuntimeError):
        desk.set_passphrase(NEW)
    desk.lock()


# -- memory -----------------------------------------------------------------------------------


def _reachable(*roots: object) -> Iterator[object]:
    """Every object reachable from `roots` by references Python knows of (no modules, classes
    or functions: those reach the whole program)."""
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, type) or type(obj).__name__ in (
                "module", "function", "builtin_function_or_method", "method_descriptor"):
            continue
        seen.add(id(obj))
        yield obj
        stack.extend(gc.get_referents(obj))


def test_a_locked_desk_holds_no_key_material(vault: Path) -> None:
    desk = open_desk(find_vault(vault), PASSPHRASE)
    reader = desk.view(read_only=True)
    for each in (desk, reader):
        each.records.count("defender")
        each.colleagues.identity()
        each.audit.events()
    key_holder = desk._vault._key
    assert key_holder is not None
    key = bytes(key_holder.value)
    identity = desk._current_session().identity
    signing, box = identity.secret_bytes()
    assert any(isinstance(o, Identity) for o in _reachable(desk, reader)), "test sees nothing"
    reader.close()
    desk.lock()
    assert key_holder.wiped
    secrets = (key, key.hex(), key.hex().upper(), signing, box)
    for obj in _reachable(desk, reader):
        assert not isinstance(obj, (Identity, nacl.signing.SigningKey,
                                    nacl.public.PrivateKey)), type(obj)
        if isinstance(obj, (bytes, bytearray, str)):
            for secret in secrets:
                assert secret not in obj if type(secret) is type(obj) else True, type(obj)


def test_the_key_is_zeroed_in_place_at_lock(vault: Path) -> None:
    vault_obj = Vault.unlock(vault, PASSPHRASE)
    holder = vault_obj._key
    assert holder is not None
    buffer = holder.value
    assert any(buffer)
    vault_obj.lock()
    assert vault_obj.locked and not any(buffer)  # the very bytearray SQLCipher was keyed from


# -- a rekey killed after its switch --------------------------------------------------------


def _killed_after_switch(directory: Path) -> list[str]:
    """What kill -9 right after rekey's rename leaves: the old database (with its -wal) and the
    link to the replaced keyslot file, beside the new ones. Returns the leftover names."""
    import os
    import shutil

    live = Vault.read_keyslots(directory).database
    leftovers = ["vault-00000000000000ab.db", "vault-00000000000000ab.db-wal"]
    shutil.copy(directory / live, directory / leftovers[0])
    (directory / leftovers[1]).write_bytes(b"old wal pages")
    # the replaced keyslot file: past the switch it is another file than the live one
    shutil.copy(directory / "keyslots", directory / vault_files.REPLACED_KEYSLOTS)
    assert not os.path.samefile(directory / "keyslots",
                                directory / vault_files.REPLACED_KEYSLOTS)
    return [*leftovers, vault_files.REPLACED_KEYSLOTS]


@pytest.mark.parametrize("opening", [
    lambda d: unlock_desk(d, PASSPHRASE).lock(),  # the GUI's unlock
    lambda d: run(d, "defender", "list"),  # any CLI command
    lambda d: emergency.set_wipe_after_failures(d, PASSPHRASE, 0),  # a key change
    lambda d: unlock_desk(d, emergency.add_recovery_code(d, PASSPHRASE)).lock(),
])
def test_leftovers_of_a_killed_rekey_go_at_the_next_open_of_any_kind(
        vault: Path, opening: object) -> None:
    leftovers = _killed_after_switch(vault)
    opening(vault)  # type: ignore[operator]
    names = {p.name for p in vault.iterdir()}
    assert not names & set(leftovers), names & set(leftovers)
    assert (vault / "keyslots").exists()
    ok(vault, "defender", "list")
