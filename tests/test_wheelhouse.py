"""The offline wheelhouse (packaging/wheelhouse.sh): installed with no network at all (a network
namespace with no interface up), every wheel checked against its hash, and a changed wheel
refused with nothing installed.

Making the wheelhouse downloads the locked wheels (about 90 MiB), once per run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

import hrd_desk

ROOT = Path(__file__).resolve().parent.parent
NAME = f"hrd-desk-{hrd_desk.__version__}-wheelhouse-linux-py311"

pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = subprocess.run([str(ROOT / "packaging" / "wheelhouse.sh"), "linux"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert made.returncode == 0, made.stdout[-2000:] + made.stderr[-2000:]
    where = tmp_path_factory.mktemp("usb-stick")
    with tarfile.open(ROOT / "dist" / f"{NAME}.tar") as archive:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4+; Debian 12 has 3.11.2
            archive.extractall(where, filter="data")
        else:
            archive.extractall(where)  # the archive this test just built
    return where / NAME


def _offline(*command: str, home: Path) -> subprocess.CompletedProcess[str]:
    """`command` in a new network namespace: no interface, no route, no name service."""
    isolate = ["unshare", "-n"] if os.geteuid() == 0 else ["unshare", "-r", "-n"]
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "LC_ALL": "C.UTF-8"}
    return subprocess.run([*isolate, *command], capture_output=True, text=True, timeout=600,
                          env=env, check=False)


def test_the_wheelhouse_installs_with_no_network(wheelhouse: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    probe = _offline("python3", "-c", "import socket; print([n for _, n in socket.if_nameindex()])",
                     home=tmp_path)
    assert probe.stdout.strip() == "['lo']"  # really no network in there (lo is down, too)
    installed = _offline("sh", str(wheelhouse / "install.sh"), str(venv), home=tmp_path)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    version = _offline(str(tmp_path / ".local" / "bin" / "hrd-desk"), "--version", home=tmp_path)
    assert version.stdout.strip() == f"hrd-desk {hrd_desk.__version__}"


def test_a_changed_wheel_is_refused_and_nothing_is_installed(wheelhouse: Path,
                                                             tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    shutil.copytree(wheelhouse, stick)
    wheel = next((stick / "wheels").glob("segno-*.whl"))
    data = bytearray(wheel.read_bytes())
    data[len(data) // 2] ^= 0xFF
    wheel.write_bytes(bytes(data))
    venv = tmp_path / "venv"
    refused = _offline("sh", str(stick / "install.sh"), str(venv), home=tmp_path)
    assert refused.returncode != 0
    assert "DO NOT MATCH THE HASHES" in refused.stderr
    assert not (venv / "bin" / "hrd-desk").exists()
    assert not list(venv.glob("lib/python3*/site-packages/hrd_desk"))
