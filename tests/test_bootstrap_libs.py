"""tools/bootstrap.sh installs every Debian library Qt's window plugins (xcb, wayland) need.

The truth is `ldd` on the installed plugins (and the xcb integration library); the list is
the table in bootstrap.sh, read from the script itself so there is one source. A library that ldd
shows and the table does not cover (itself, or as a library a covered one needs, which its Debian
package then brings) would leave a fresh machine unable to open a window: Qt aborts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parent.parent
BOOTSTRAP = ROOT / "tools" / "bootstrap.sh"
QT = Path(PySide6.__file__).resolve().parent / "Qt"
PLUGINS = QT / "plugins"
WINDOW_LIBRARIES = (
    PLUGINS / "platforms" / "libqxcb.so", QT / "lib" / "libQt6XcbQpa.so.6",
    PLUGINS / "platforms" / "libqwayland.so",
    *sorted(PLUGINS.glob("wayland-shell-integration/*.so")),
    *sorted(PLUGINS.glob("wayland-decoration-client/*.so")),
    PLUGINS / "wayland-graphics-integration-client" / "libqt-plugin-wayland-egl.so",
)
# Every Debian has these: libc6 (essential), and libstdc++6/libgcc-s1 that apt itself needs.
BASE_SYSTEM = re.compile(r"^(linux-vdso|ld-linux.*|lib(c|m|dl|pthread|rt|stdc\+\+|gcc_s))\.so")

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Qt's xcb plugin is Linux's")


def bootstrap_table() -> dict[str, str]:
    """The `pkg_of` table of bootstrap.sh: shared library file name -> Debian package."""
    text = BOOTSTRAP.read_text(encoding="utf-8")
    block = re.search(r"^declare -A pkg_of=\((.*?)^\)", text, re.S | re.M)
    assert block, "bootstrap.sh has its pkg_of table"
    return dict(re.findall(r"\[([^\]]+)\]=(\S+)", block.group(1)))


def ldd(path: Path) -> dict[str, str | None]:
    """What the dynamic loader would load for `path`: file name -> resolved path (None if not
    found), without Qt's own libraries (PySide6 ships those)."""
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True).stdout
    found: dict[str, str | None] = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+)\s+=>\s+(not found|\S+)", line)
        if match:
            name, where = match.groups()
            if "PySide6" not in where and "shiboken6" not in where:
                found[name] = None if where == "not found" else where
    return found


def test_bootstrap_covers_every_library_ldd_shows_for_the_window_plugins() -> None:
    table = bootstrap_table()
    needed: dict[str, str | None] = {}
    for library in WINDOW_LIBRARIES:
        assert library.is_file(), f"PySide6 ships {library}"
        needed.update(ldd(library))
    assert {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libwayland-cursor.so.0"} <= set(needed)
    # what a covered library needs comes with its package (dpkg-shlibdeps made those Depends)
    brought: set[str] = set()
    for name in table:
        where = needed.get(name)
        if where:
            brought.update(ldd(Path(where)))
    uncovered = sorted(name for name in needed
                       if name not in table and name not in brought
                       and not BASE_SYSTEM.match(name))
    assert not uncovered, f"add to bootstrap.sh's pkg_of: {uncovered}"
    assert not [name for name, where in needed.items() if where is None], "all installed here"


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="Debian's package database")
def test_each_library_of_the_table_belongs_to_the_package_named() -> None:
    table = bootstrap_table()
    assert set(table.values()) >= {"libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0"}
    found: dict[str, str | None] = {}
    for library in WINDOW_LIBRARIES:
        found.update(ldd(library))
    for name, package in table.items():
        where = found.get(name)
        assert where, f"{name} is one a window plugin loads"
        assert debian_package_of(Path(where)) == package, name


def debian_package_of(library: Path) -> str:
    """The package that installed `library` (dpkg knows it by /lib or /usr/lib, either spelling
    of a merged /usr)."""
    real = library.resolve()
    spellings = {real, Path(str(real).replace("/usr/lib/", "/lib/", 1)), library}
    for path in spellings:
        found = subprocess.run(["dpkg-query", "-S", str(path)], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":")[0]
    raise AssertionError(f"no package owns {library}")
