"""`python -m hrd_desk` in its own process: exit codes hold, no traceback reaches the terminal.

These run with the real Argon2id bounds (a subprocess cannot be patched, and a vault made with
test parameters is refused as damaged by a real process), so they are few: about a second per
unlock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSPHRASE = "a real passphrase for a real process"


def hrd_desk(vault: Path, *args: str, stdin: str = PASSPHRASE + "\n",
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hrd_desk", "--vault", str(vault), "--passphrase-stdin", *args],
        input=stdin, capture_output=True, text=True, timeout=90,
        env={**os.environ, **(env or {})},
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], code: int) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("hrd-desk: ")


@pytest.mark.real_kdf
def test_a_real_process_keeps_exit_codes_and_never_prints_a_traceback(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    made = hrd_desk(vault, "--json", "init")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["vault"] == str(vault)

    added = hrd_desk(vault, "--json", "defender", "add", "--name", "Amina", "--country", "KE")
    assert added.returncode == 0, added.stderr
    defender = json.loads(added.stdout)["id"]
    listed = hrd_desk(vault, "--json", "defender", "list")
    assert [d["id"] for d in json.loads(listed.stdout)] == [defender]

    before = {p.name: p.read_bytes() for p in vault.iterdir()}
    assert_clean_failure(hrd_desk(vault, "defender", "list", stdin="wrong\n"), 3)
    after = {p.name: p.read_bytes() for p in vault.iterdir()}
    assert after.pop("unlock-failures") == b'{"count": 1}' and after == before
    noted = hrd_desk(vault, "--json", "defender", "list")  # the next success says so, once
    assert noted.returncode == 0 and json.loads(noted.stdout)[0]["id"] == defender
    assert noted.stderr == ("hrd-desk: note: 1 failed unlock attempt since this vault was last "
                            "opened\n")
    assert hrd_desk(vault, "--json", "defender", "list").stderr == ""

    assert_clean_failure(hrd_desk(vault, "defender", "add", "--name", "X", "--country", "Kenya"),
                         5)
    assert_clean_failure(hrd_desk(vault, "defender", "list", "--bogus"), 2)
    assert_clean_failure(hrd_desk(tmp_path / "elsewhere", "defender", "list"), 6)

    slot = vault / "keyslots"
    slot.write_bytes(slot.read_bytes()[:40])
    assert_clean_failure(hrd_desk(vault, "defender", "list"), 4)


def test_no_command_without_a_display_is_one_line_and_exit_7(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, "-m", "hrd_desk", "--vault", str(tmp_path / "v")],
                            capture_output=True, text=True, timeout=60, env=env)
    assert_clean_failure(result, 7)
    assert "no display" in result.stderr and result.stdout == ""
    assert not (tmp_path / "v").exists()
