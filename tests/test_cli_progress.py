"""Progress of long CLI work (issue 17): `attach add`, `attach export`, and `export`/`import` of
bundles carrying evidence files draw one line on stderr when it is a terminal; nothing when it is
not, never anything on stdout, and the JSON output is the same either way."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import PASSPHRASE, init_vault, new_id, ok_json
from hrd_desk.cli import main, progress
from test_cli_exchange import Pair, pair  # noqa: F401 - the fixture

SIZE = 3 * 1024 * 1024


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(vault: Path, *args: str, terminal: bool) -> tuple[int, str, str]:
    out = io.StringIO()
    err: io.StringIO = Terminal() if terminal else io.StringIO()
    code = main(["--vault", str(vault), "--passphrase-stdin", "--json", *args],
                stdin=io.StringIO(PASSPHRASE + "\n"), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def eager(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)


def _steady(data: dict[str, object]) -> dict[str, object]:
    """What differs between two runs of the same command anyway (ids, times, paths)."""
    return {k: v for k, v in data.items() if k not in ("id", "custody", "received_at", "path")}


@pytest.mark.usefixtures("eager")
def test_progress_is_drawn_on_a_terminal_only_and_never_on_stdout(pair: Pair) -> None:  # noqa: F811
    evidence = pair.root / "video.bin"
    evidence.write_bytes(os.urandom(SIZE))
    incident = new_id(pair.a, "incident", "add", "--defender", pair.defender, "--category",
                      "digital", "--occurred", "2024-03", "--description", "threats")
    results = {}
    for terminal in (True, False):
        code, out, err = _run(pair.a, "attach", "add", "--to", incident, str(evidence),
                              terminal=terminal)
        assert code == 0
        results[terminal] = json.loads(out)
        if terminal:
            assert "encrypting into the vault: 100%  3.0 MiB of 3.0 MiB" in err
            assert err.startswith("\r") and err.endswith("\r")  # the line is cleared at the end
            assert "\r" not in out
        else:
            assert err == ""
    assert _steady(results[True]) == _steady(results[False])

    attachment = results[True]["id"]
    code, out, err = _run(pair.a, "attach", "export", str(attachment), "--out",
                          str(pair.root / "copy.bin"), terminal=True)
    assert code == 0 and "decrypting: 100%" in err and "\r" not in out
    assert (pair.root / "copy.bin").read_bytes() == evidence.read_bytes()

    bundle = pair.root / "amina.hrdb"
    code, out, err = _run(pair.a, "export", "--to", pair.b_in_a, "--defender", pair.defender,
                          "--out", str(bundle), terminal=True)
    assert code == 0 and "writing evidence files: 100%  6.0 MiB of 6.0 MiB" in err
    assert json.loads(out)["path"] == str(bundle)
    code, out, err = _run(pair.b, "import", str(bundle), terminal=True)
    assert code == 0 and "reading the bundle: 100%" in err and "\r" not in out
    assert len(ok_json(pair.b, "attach", "list")) == 2


@pytest.mark.usefixtures("eager")
def test_a_failure_clears_the_line_before_the_error(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "v")
    code, out, err = _run(vault, "attach", "add", "--to", "nope", str(tmp_path / "missing"),
                          terminal=True)
    assert code != 0 and out == ""
    assert err.startswith("hrd-desk: ") and "\r" not in err  # nothing drawn before the error


@pytest.mark.real_kdf
def test_a_real_terminal_sees_the_line_and_a_pipe_does_not(tmp_path: Path) -> None:
    """hrd-desk in its own process (real Argon2id: a test vault would be refused there), its
    stderr a pseudo-terminal, then a pipe; DELAY set to zero so a small file shows a line."""
    vault = tmp_path / "v"
    script = ("import sys; from hrd_desk.cli import progress, main; progress.DELAY = 0; "
              "sys.exit(main())")

    def command(*args: str) -> list[str]:
        return [sys.executable, "-c", script, "--vault", str(vault), "--passphrase-stdin",
                "--json", *args]

    def piped(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(command(*args), input=PASSPHRASE.encode() + b"\n",
                              capture_output=True, timeout=120, check=True)

    piped("init")
    defender = json.loads(piped("defender", "add", "--name", "Amina").stdout)["id"]
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(SIZE))
    primary, secondary = pty.openpty()
    with subprocess.Popen(command("attach", "add", "--to", defender, str(big)),
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=secondary) as proc:
        os.close(secondary)
        out, _ = proc.communicate(PASSPHRASE.encode() + b"\n", timeout=120)
        seen = b""
        while select.select([primary], [], [], 0.5)[0]:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    os.close(primary)
    assert proc.returncode == 0, seen
    assert b"encrypting into the vault: 100%" in seen and b"\r" not in out
    assert json.loads(out)["size"] == SIZE
    again = piped("attach", "add", "--to", defender, str(big))
    assert again.stderr == b"" and json.loads(again.stdout)["size"] == SIZE
