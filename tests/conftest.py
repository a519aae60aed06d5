"""Test set-up shared by every test.

- Qt runs headless (offscreen) unless the caller chose a platform.
- Time zone and locale are fixed so dates and sorting do not depend on the machine.
- Each test gets its own home, config and data directories: nothing touches the real user's.
- Argon2id is made cheap by patching the keyslot bounds (the only way the app can be made to
  accept weak parameters); a test marked `real_kdf` keeps the real bounds and calibration.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrd_desk.services.session import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "UTC"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANG"] = "C.UTF-8"
if hasattr(__import__("time"), "tzset"):
    __import__("time").tzset()

FAST_MEMLIMIT = 8 * 1024 * 1024
FAST_OPSLIMIT = 1


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_kdf: use the real Argon2id bounds and calibration")


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        target = home / sub
        target.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(target))
    monkeypatch.delenv("HRD_DESK_VAULT", raising=False)
    return home


@pytest.fixture(autouse=True)
def fast_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Cheap Argon2id for tests, through the keyslot bounds only."""
    if request.node.get_closest_marker("real_kdf"):
        yield
        return
    from hrd_desk.crypto import keyslot

    monkeypatch.setattr(keyslot, "MIN_MEMLIMIT", FAST_MEMLIMIT)
    monkeypatch.setattr(keyslot, "MIN_OPSLIMIT", FAST_OPSLIMIT)
    monkeypatch.setattr(keyslot, "TARGET_SECONDS", (0.0, 0.0))
    yield


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir: Path) -> Iterator[Session]:
    """A freshly created, unlocked vault with one open session."""
    from hrd_desk.services.session import create_vault, unlock_vault

    create_vault(vault_dir, "correct horse battery staple")
    s = Session(unlock_vault(vault_dir, "correct horse battery staple"))
    yield s
    s.close()

