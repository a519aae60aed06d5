"""The frozen smoke test: packaging/build-linux.sh builds dist/hrd-desk/ from this tree, and the
built app is used as a caseworker would: `--help`, a vault made and filled through its command
line (and really encrypted), every hrd_desk module inside it, and its window under Xvfb.

Building takes a minute or two (the first time it also installs the locked build tools into
build/venv). The plain PyInstaller build this guards against was broken twice: every command
exited 1 (PyNaCl's `_cffi_backend` missed) and the GUI pages were missing (loaded by name).
"""

from __future__ import annotations

import json
import os
import pkgutil
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import hrd_desk

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "hrd-desk" / "hrd-desk"
BUILD_PYTHON = ROOT / "build" / "venv" / "bin" / "python"
PASSPHRASE = "correct horse battery staple 42"

pytestmark = pytest.mark.timeout(1500)


@pytest.fixture(scope="module")
def app() -> Path:
    result = subprocess.run([str(ROOT / "packaging" / "build-linux.sh")], capture_output=True,
                            text=True, timeout=1400, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert APP.is_file()
    return APP


def _frozen(app: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None,
            ) -> subprocess.CompletedProcess[str]:
    # the frozen app must not lean on this test's Python: no PYTHONPATH, no virtual env
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(app), *args], input=stdin, capture_output=True, text=True,
                          timeout=120, env={**clean, **(env or {})}, check=False)


def test_help_and_version(app: Path) -> None:
    helped = _frozen(app, "--help")
    assert helped.returncode == 0, helped.stderr
    assert "usage: hrd-desk" in helped.stdout and "defender" in helped.stdout
    version = _frozen(app, "--version")
    assert version.stdout.strip() == f"hrd-desk {hrd_desk.__version__}"


def test_a_vault_made_and_filled_through_the_frozen_command_line(app: Path,
                                                                 tmp_path: Path) -> None:
    env = {"HRD_DESK_VAULT": str(tmp_path / "vault")}
    made = _frozen(app, "--passphrase-stdin", "init", stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n",
                   env=env)
    assert made.returncode == 0, made.stderr
    added = _frozen(app, "--passphrase-stdin", "defender", "add", "--name", "Amina Kariuki",
                    "--codename", "Kestrel", "--country", "KE", stdin=f"{PASSPHRASE}\n", env=env)
    assert added.returncode == 0, added.stderr
    listed = _frozen(app, "--passphrase-stdin", "--json", "defender", "list",
                     stdin=f"{PASSPHRASE}\n", env=env)
    assert listed.returncode == 0, listed.stderr
    assert "Kestrel" in json.dumps(json.loads(listed.stdout))
    wrong = _frozen(app, "--passphrase-stdin", "defender", "list", stdin="not it\n", env=env)
    assert wrong.returncode == 3

    files = [p for p in (tmp_path / "vault").rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        assert b"Kestrel" not in data and b"Amina" not in data, path.name
        assert not data.startswith(b"SQLite format 3"), path.name


def test_every_hrd_desk_module_is_inside_the_frozen_app(app: Path) -> None:
    listing = subprocess.run(
        [str(BUILD_PYTHON), "-c",
         "import sys\n"
         "from PyInstaller.archive.readers import CArchiveReader\n"
         "pkg = CArchiveReader(sys.argv[1])\n"
         "pyz = pkg.open_embedded_archive('PYZ.pyz')\n"
         "print('\\n'.join(pyz.toc))",
         str(app)],
        capture_output=True, text=True, timeout=120, check=True)
    frozen = set(listing.stdout.split())
    ours = {"hrd_desk", *(info.name for info in
                          pkgutil.walk_packages(hrd_desk.__path__, "hrd_desk."))}
    assert ours - frozen == set()
    assert "hrd_desk.ui.pages.defenders" in frozen and "_cffi_backend" not in ours


@pytest.fixture
def x_display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    assert xvfb is not None, "Xvfb is missing: ./run-tests.sh installs it"
    display = f":{os.getpid() % 400 + 100}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert socket.exists(), "Xvfb did not start"
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_frozen_app_opens_its_window_with_every_page_module(
    app: Path, tmp_path: Path, x_display: str
) -> None:
    """The frozen app checks at start that the page and form modules it loads by name are inside
    (ui/app.py: a missing one is an IncompleteBuildError, exit 1, before any window)."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=x_display, HRD_DESK_VAULT=str(tmp_path / "vault"))
    gui = subprocess.Popen([str(app)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    try:
        window = ""
        deadline = time.monotonic() + 60
        while not window and gui.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
            window = subprocess.run(
                ["xdotool", "search", "--all", "--onlyvisible", "--pid", str(gui.pid), "--name",
                 "hrd-desk"], env=env, capture_output=True, text=True, check=False).stdout
        assert gui.poll() is None, gui.communicate()[1]
        assert window.strip(), "no hrd-desk window appeared"
    finally:
        gui.kill()
        gui.communicate()
