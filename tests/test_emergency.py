"""Keys and emergencies (issue 12): rekey, wipe, recovery code, duress passphrase, wipe after
failed unlocks, the anchored audit trail. Through the services and the CLI, with the files on
disk checked after each step."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_support import PASSPHRASE, file_bytes, init_vault, new_id, ok, ok_json, run
from hrd_desk.crypto import keyslot
from hrd_desk.errors import DamagedVault, NoVault, RejectedInput, WrongPassphrase
from hrd_desk.services import emergency
from hrd_desk.services.casework import Casework
from hrd_desk.services.maintenance import change_passphrase, verify_vault
from hrd_desk.services.session import Session, open_session
from hrd_desk.store import vault_files
from hrd_desk.store.vault import KEYSLOTS_NAME, Vault

OTHER = "an entirely new passphrase"
DURESS = "the words I give under duress"


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    directory = init_vault(tmp_path / "vault")
    defender = new_id(directory, "defender", "add", "--name", "Amina", "--codename", "Heron")
    new_id(directory, "incident", "add", "--defender", defender, "--category", "digital",
           "--occurred", "2024-03", "--description", "MARKER-SPYWARE on her phone")
    return directory


def _count(directory: Path, secret: str) -> int:
    with open_session(directory, secret) as session:
        return Casework(session).count("incident")


# -- wipe -----------------------------------------------------------------------------------------


def test_wipe_destroys_keys_first_then_everything_and_nothing_opens_after(
    vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = emergency.add_recovery_code(vault, PASSPHRASE)
    database = Vault.read_keyslots(vault).database
    order: list[str] = []
    real = vault_files.shred

    def watched(path: Path) -> bool:
        order.append(path.name)
        return real(path)

    monkeypatch.setattr(vault_files, "shred", watched)
    report = emergency.wipe(vault)
    assert order[0] == KEYSLOTS_NAME and order.index(KEYSLOTS_NAME) < order.index(database)
    assert report.keys_seconds < 1.0
    assert not vault.exists()
    for secret in (PASSPHRASE, code):
        with pytest.raises(NoVault):
            open_session(vault, secret)


def test_cli_wipe_asks_for_the_word_or_yes(vault: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from hrd_desk.cli import invocation as cli_context

    before = file_bytes(vault)
    monkeypatch.setattr(cli_context, "prompt_hidden", lambda _prompt: "wipe it")
    refused = run(vault, "wipe")
    assert refused.code == 5 and "nothing was destroyed" in refused.err
    assert file_bytes(vault) == before
    asked: list[str] = []
    monkeypatch.setattr(cli_context, "prompt_hidden", lambda prompt: asked.append(prompt) or "WIPE")
    done = run(vault, "wipe", stdin="")  # no passphrase needed
    assert done.code == 0 and "keys were destroyed" in done.out
    assert "Type WIPE" in asked[0]
    assert not vault.exists()
    assert run(vault, "defender", "list").code == 6


def test_cli_wipe_without_a_terminal_needs_yes(vault: Path) -> None:
    from hrd_desk.cli import invocation as cli_context
    from hrd_desk.errors import UsageError

    def no_terminal(_prompt: str) -> str:
        raise UsageError("no terminal")

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(cli_context, "prompt_hidden", no_terminal)
        result = run(vault, "wipe")
        assert result.code == 2 and "--yes" in result.err
        assert vault.exists()
        assert ok_json(vault, "wipe", "--yes")["wiped"] == str(vault)
    assert not vault.exists()


def test_wipe_works_on_a_vault_too_damaged_to_open(vault: Path) -> None:
    (vault / KEYSLOTS_NAME).write_bytes(b"{ damaged")
    assert run(vault, "defender", "list").code == 4
    ok(vault, "wipe", "--yes", stdin="")
    assert not vault.exists()


# -- rekey and passwd -----------------------------------------------------------------------------


def test_rekey_makes_a_copied_keyslot_file_useless_and_keeps_everything(vault: Path) -> None:
    code = emergency.add_recovery_code(vault, PASSPHRASE)
    copied = (vault / KEYSLOTS_NAME).read_bytes()
    ok(vault, "rekey")
    assert _count(vault, PASSPHRASE) == 1
    assert _count(vault, code) == 1  # the recovery code was resealed without being typed
    current = (vault / KEYSLOTS_NAME).read_bytes()
    (vault / KEYSLOTS_NAME).write_bytes(copied)
    with pytest.raises(DamagedVault):  # the old key, from the old file, opens nothing left
        open_session(vault, PASSPHRASE)
    (vault / KEYSLOTS_NAME).write_bytes(current)
    assert _count(vault, PASSPHRASE) == 1
    assert verify_vault(vault, lambda: PASSPHRASE).ok


def _mounted_image(tmp_path: Path) -> Iterator[Path]:
    """A small ext4 file system in a file, loop-mounted (root on Linux); else a plain folder."""
    image, mount = tmp_path / "disk.img", tmp_path / "mnt"
    mount.mkdir()
    with open(image, "wb") as handle:
        handle.truncate(16 * 1024 * 1024)
    made = (shutil.which("mkfs.ext4") and sys.platform.startswith("linux") and os.geteuid() == 0
            and subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], capture_output=True,
                               check=False).returncode == 0
            and subprocess.run(["mount", "-o", "loop", str(image), str(mount)],
                               capture_output=True, check=False).returncode == 0)
    try:
        yield mount
    finally:
        if made:
            subprocess.run(["umount", str(mount)], check=False)


def test_after_passwd_the_old_keyslot_is_not_on_the_disk_and_opens_nothing(
    tmp_path: Path,
) -> None:
    """The carving test: the file system image is searched for the old keyslot's bytes."""
    images = _mounted_image(tmp_path)
    mount = next(images)
    try:
        directory = init_vault(mount / "vault")
        new_id(directory, "defender", "add", "--name", "Amina")
        old_file = (directory / KEYSLOTS_NAME).read_bytes()
        old_slot = json.loads(old_file)["slots"][0]
        ok(directory, "passwd", stdin=f"{PASSPHRASE}\n{OTHER}\n")
        os.sync()
    finally:
        with contextlib.suppress(StopIteration):
            next(images)
    image = tmp_path / "disk.img"
    mounted = mount.is_dir() and not any(mount.iterdir())  # unmounted again: the vault went
    if sys.platform.startswith("linux") and os.geteuid() == 0:
        assert mounted, "as root on Linux the image must mount (mkfs.ext4 and loop devices)"
    if mounted:
        raw = image.read_bytes()  # unmounted: every block, free ones included
        for value in (old_slot["wrapped"], old_slot["salt"], old_slot["nonce"]):
            assert value.encode() not in raw, "the old keyslot survived in free blocks"
        subprocess.run(["mount", "-o", "loop", str(image), str(mount)], check=True)
        try:
            _carved_keyslot_opens_nothing(mount / "vault", old_file)
        finally:
            subprocess.run(["umount", str(mount)], check=False)
    else:  # no loop mount here: the same proof on a copy of the old keyslot kept before passwd
        _carved_keyslot_opens_nothing(mount / "vault", old_file)


def _carved_keyslot_opens_nothing(directory: Path, old_file: bytes) -> None:
    assert _count(directory, OTHER) == 0
    (directory / KEYSLOTS_NAME).write_bytes(old_file)
    with pytest.raises((DamagedVault, WrongPassphrase)):
        open_session(directory, PASSPHRASE)


_CHURN = """
import sys
from pathlib import Path
from hrd_desk.crypto import keyslot
keyslot.MIN_MEMLIMIT, keyslot.MIN_OPSLIMIT, keyslot.TARGET_SECONDS = 8 << 20, 1, (0.0, 0.0)
from hrd_desk.services.maintenance import change_passphrase
a, b = sys.argv[2], sys.argv[3]
print("ready", flush=True)
while True:
    change_passphrase(Path(sys.argv[1]), a, lambda: b)
    a, b = b, a
"""


def test_kill_9_during_rekey_never_loses_the_vault(vault: Path) -> None:
    """Killed at random moments of passwd (a rekey each time), the vault always opens with one
    of the two passphrases and holds the same records."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    for attempt in range(12):
        child = subprocess.Popen([sys.executable, "-c", _CHURN, str(vault), PASSPHRASE, OTHER],
                                 stdout=subprocess.PIPE, env=env)
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(0.05 + 0.037 * attempt)
        child.kill()
        child.wait()
        counts = []
        for secret in (PASSPHRASE, OTHER):
            with contextlib.suppress(WrongPassphrase):
                counts.append(_count(vault, secret))
        assert counts == [1], f"attempt {attempt}: opened with {len(counts)} passphrases"
        names = sorted(p.name for p in vault.iterdir())
        live = Vault.read_keyslots(vault).database
        assert live in names and set(names) <= {live, f"{live}-wal", f"{live}-shm", KEYSLOTS_NAME,
                                                 vault_files.FAILURES_NAME}


# -- recovery code --------------------------------------------------------------------------------


def test_the_recovery_code_opens_the_vault_and_sets_a_new_passphrase(vault: Path) -> None:
    added = ok_json(vault, "recovery", "add")
    code = added["recovery_code"]
    assert ok_json(vault, "keys")["recovery_code"] is True
    assert code not in (vault / KEYSLOTS_NAME).read_text()
    assert run(vault, "defender", "list", stdin=code.lower() + "\n").code == 0
    # passwd with the code: the forgotten passphrase is replaced
    ok(vault, "passwd", stdin=f"{code}\n{OTHER}\n")
    assert run(vault, "defender", "list").code == 3
    assert _count(vault, OTHER) == 1
    assert _count(vault, code) == 1  # the code survives the rekey that passwd made
    # the code cannot make another code or a duress passphrase: only the passphrase can
    refused = run(vault, "recovery", "add", stdin=code + "\n")
    assert refused.code == 5 and "not the recovery code" in refused.err
    removed = ok(vault, "recovery", "remove", as_json=True, stdin=OTHER + "\n")
    assert removed.json()["removed"] is True
    assert run(vault, "defender", "list", stdin=code + "\n").code == 3
    again = run(vault, "recovery", "remove", as_json=True, stdin=OTHER + "\n")
    assert again.code == 0 and again.json()["removed"] is False
    # the refused code just above is told, as after any command that unlocks
    assert "1 failed unlock attempt since this vault was last opened" in again.err


def test_a_new_recovery_code_replaces_the_old_one(vault: Path) -> None:
    first = emergency.add_recovery_code(vault, PASSPHRASE)
    second = emergency.add_recovery_code(vault, PASSPHRASE)
    assert first != second
    with pytest.raises(WrongPassphrase):
        open_session(vault, first)
    assert _count(vault, second) == 1


# -- duress ---------------------------------------------------------------------------------------


def test_the_duress_passphrase_destroys_the_vault_and_answers_like_a_wrong_one(
    vault: Path,
) -> None:
    ok(vault, "duress", "set", stdin=f"{PASSPHRASE}\n{DURESS}\n")
    slots = json.loads((vault / KEYSLOTS_NAME).read_bytes())["slots"]
    assert [s["type"] for s in slots] == ["secret", "secret"]  # nothing says which is which
    ok(vault, "rekey")  # the duress slot survives a rekey
    assert _count(vault, PASSPHRASE) == 1
    result = run(vault, "defender", "list", stdin=DURESS + "\n")
    assert result.code == 3 and "wrong passphrase" in result.err
    assert not vault.exists()


def test_duress_refusals_and_removal(vault: Path) -> None:
    same = run(vault, "duress", "set", stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert same.code == 5 and "must differ" in same.err
    weak = run(vault, "duress", "set", stdin=f"{PASSPHRASE}\nshort\n")
    assert weak.code == 5 and "passphrase refused" in weak.err
    ok(vault, "duress", "set", stdin=f"{PASSPHRASE}\n{DURESS}\n")
    assert ok_json(vault, "duress", "remove")["removed"] is True
    assert run(vault, "defender", "list", stdin=DURESS + "\n").code == 3
    assert vault.exists() and _count(vault, PASSPHRASE) == 1


# -- wipe after failed unlocks --------------------------------------------------------------------


def test_wipe_after_failed_unlocks_in_a_row(vault: Path) -> None:
    for bad in ("1", "2", "101", "many"):
        assert run(vault, "wipe-after", bad).code in (2, 5)
    ok(vault, "wipe-after", "3")
    assert ok_json(vault, "keys")["wipe_after_failures"] == 3
    for _ in range(2):
        assert run(vault, "defender", "list", stdin="guess\n").code == 3
    noted = run(vault, "defender", "list")  # a success resets the count
    assert noted.code == 0 and "2 failed unlock attempts" in noted.err
    for _ in range(2):
        assert run(vault, "defender", "list", stdin="guess\n").code == 3
    assert vault.exists()
    assert run(vault, "defender", "list", stdin="guess\n").code == 3
    assert not vault.exists()


def test_wipe_after_is_off_by_default_and_can_be_turned_off(vault: Path) -> None:
    assert ok_json(vault, "keys")["wipe_after_failures"] == 0
    ok(vault, "wipe-after", "5")
    ok(vault, "wipe-after", "off")
    for _ in range(6):
        run(vault, "defender", "list", stdin="guess\n")
    assert vault.exists() and _count(vault, PASSPHRASE) == 1


# -- audit ----------------------------------------------------------------------------------------


def test_audit_list_shows_who_did_what_never_contents(vault: Path) -> None:
    emergency.add_recovery_code(vault, PASSPHRASE)
    events = ok_json(vault, "audit", "list")
    actions = [e["action"] for e in events]
    assert "recovery code added" in actions
    text = run(vault, "audit", "list").out
    assert "MARKER-SPYWARE" not in text and "Amina" not in text and "Heron" not in text
    incident = ok_json(vault, "incident", "list")[0]["id"]
    ok(vault, "incident", "edit", incident, "--severity", "4")
    mine = ok_json(vault, "audit", "list", "--record", incident)
    assert [e["record"] for e in mine] == [incident, incident]
    assert "severity" in json.dumps(mine[0]["detail"])


def test_deleting_the_newest_audit_events_is_found_by_verify(vault: Path) -> None:
    assert verify_vault(vault, lambda: PASSPHRASE).ok
    with open_session(vault, PASSPHRASE) as session:
        session.conn.execute("DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM "
                             "audit_events)")
    report = verify_vault(vault, lambda: PASSPHRASE)
    assert [c.name for c in report.failures] == ["audit"]


def test_change_passphrase_service_refuses_the_duress_passphrase_as_current(vault: Path) -> None:
    emergency.set_duress_passphrase(vault, PASSPHRASE, DURESS)
    with pytest.raises(WrongPassphrase):
        change_passphrase(vault, DURESS, lambda: OTHER)
    assert not vault.exists()  # typed anywhere a passphrase is asked, it destroys


def test_recovery_code_bytes_never_reach_the_keyslot_file(vault: Path) -> None:
    code = emergency.add_recovery_code(vault, PASSPHRASE)
    data = (vault / KEYSLOTS_NAME).read_bytes()
    normal = keyslot.normalise_recovery_code(code) or ""
    assert code.encode() not in data and normal.encode() not in data


def test_session_opens_with_the_recovery_code(vault: Path) -> None:
    code = emergency.add_recovery_code(vault, PASSPHRASE)
    vault_obj = Vault.unlock(vault, code)
    with Session(vault_obj) as session:
        assert Casework(session).count("defender") == 1
    with pytest.raises(RejectedInput, match="cannot become the passphrase"):
        Vault.unlock(vault, code).rekey(code)


# -- found in review -----------------------------------------------------------------------------


def test_verify_applies_the_same_unlock_rules(vault: Path) -> None:
    ok(vault, "wipe-after", "3")
    for _ in range(2):
        assert run(vault, "verify", stdin="guess\n").code == 3
    assert vault_files.failed_unlocks(vault) == 2
    emergency_dir = vault.parent / "second"
    shutil.copytree(vault, emergency_dir)
    assert run(vault, "verify", stdin="guess\n").code == 3
    assert not vault.exists()  # the third wrong guess, through verify, wiped it
    (emergency_dir / vault_files.FAILURES_NAME).unlink()
    emergency.set_duress_passphrase(emergency_dir, PASSPHRASE, DURESS)
    assert run(emergency_dir, "verify", stdin=DURESS + "\n").code == 3
    assert not emergency_dir.exists()


def test_wipe_that_cannot_destroy_the_keys_says_so(vault: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(path: Path) -> bool:
        return False  # as on a read-only medium: nothing overwritten, nothing removed

    monkeypatch.setattr(vault_files, "shred", read_only)
    result = run(vault, "wipe", "--yes", stdin="")
    assert result.code == 1 and "could not be destroyed" in result.err
    assert (vault / KEYSLOTS_NAME).exists()


def test_the_duress_passphrase_or_the_code_cannot_become_the_passphrase(vault: Path) -> None:
    ok(vault, "duress", "set", stdin=f"{PASSPHRASE}\n{DURESS}\n")
    code = ok(vault, "recovery", "add", as_json=True).json()["recovery_code"]
    for taken in (DURESS, code):
        result = run(vault, "passwd", stdin=f"{PASSPHRASE}\n{taken}\n")
        assert result.code == 5 and "already in use" in result.err
    assert _count(vault, PASSPHRASE) == 1
    assert run(vault, "defender", "list", stdin=DURESS + "\n").code == 3
    assert not vault.exists()


def test_a_replaced_or_removed_code_opens_nothing_even_with_an_old_keyslot_copy(
    vault: Path,
) -> None:
    first = emergency.add_recovery_code(vault, PASSPHRASE)
    copied = (vault / KEYSLOTS_NAME).read_bytes()
    second = emergency.add_recovery_code(vault, PASSPHRASE)
    current = (vault / KEYSLOTS_NAME).read_bytes()
    (vault / KEYSLOTS_NAME).write_bytes(copied)
    with pytest.raises((DamagedVault, WrongPassphrase)):
        open_session(vault, first)
    (vault / KEYSLOTS_NAME).write_bytes(current)
    assert _count(vault, second) == 1
    assert emergency.remove_recovery_code(vault, PASSPHRASE)
    (vault / KEYSLOTS_NAME).write_bytes(current)
    with pytest.raises((DamagedVault, WrongPassphrase)):
        open_session(vault, second)


def test_the_keyslot_file_always_holds_two_secret_slots_in_random_order(tmp_path: Path) -> None:
    shapes = set()
    for n in range(3):
        directory = init_vault(tmp_path / f"v{n}")
        if n == 2:
            emergency.set_duress_passphrase(directory, PASSPHRASE, DURESS)
        slots = json.loads((directory / KEYSLOTS_NAME).read_bytes())["slots"]
        shapes.add(tuple((s["type"], len(s["wrapped"])) for s in slots))
    assert len(shapes) == 1 and [t for t, _ in next(iter(shapes))] == ["secret", "secret"]
    openers = set()
    for _ in range(12):  # the passphrase slot is not always first
        slots_file = keyslot.parse((tmp_path / "v0" / KEYSLOTS_NAME).read_bytes())
        opened = keyslot.open_slots(slots_file, PASSPHRASE)
        openers.add([s.salt for s in slots_file.secret_slots].index(opened.salt))
        emergency.rekey(tmp_path / "v0", PASSPHRASE)
    assert openers == {0, 1}


def test_a_passwd_waits_for_no_one_and_loses_nothing_another_session_saved(vault: Path) -> None:
    """Another session's save either lands before the copy or fails loudly; never lost."""
    with open_session(vault, PASSPHRASE) as other:
        Casework(other).add("defender", {"name": "Saved before"})
        change_passphrase(vault, PASSPHRASE, lambda: OTHER)
        with pytest.raises(Exception):  # noqa: B017  # its database is gone: it cannot save
            Casework(other).add("defender", {"name": "Saved after"})
    with open_session(vault, OTHER) as session:
        names = {d.fields["name"] for d in Casework(session).list("defender")}
    assert names == {"Amina", "Saved before"}
