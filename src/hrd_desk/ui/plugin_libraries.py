"""Qt's platform plugins and the shared libraries they need, found without loading Qt.

A plugin whose libraries are missing makes Qt abort the process; `ldd` names them beforehand.
tools/bootstrap.sh installs them on Debian/Ubuntu (its table is checked against the same ldd).
"""

from __future__ import annotations

import ctypes
import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
SOURCE_HINT = ("run tools/bootstrap.sh (or ./run-app.sh) from the hrd-desk folder, which installs "
               "them on Debian/Ubuntu")
# The packaged app (packaging/) brings every library but those of the machine's graphics stack
PACKAGED_HINT = ("install them with the system's package manager (on Debian/Ubuntu: apt-get "
                 "install libgl1 libegl1 libxcb1)")
SETUP_HINT = PACKAGED_HINT if getattr(sys, "frozen", False) else SOURCE_HINT


def plugin_path(name: str, env: Mapping[str, str]) -> Path | None:
    """Where Qt will find the platform plugin `name` (QT_QPA_PLATFORM_PLUGIN_PATH, else the one
    PySide6 ships), None when PySide6 is not installed."""
    filename = PLUGIN_FILES[name]
    override = env.get("QT_QPA_PLATFORM_PLUGIN_PATH", "")
    if override and (Path(override) / filename).is_file():
        return Path(override) / filename
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / filename


def missing_libraries(name: str, env: Mapping[str, str]) -> str | None:
    """Why Qt's platform plugin `name` cannot load (its missing libraries), or None."""
    plugin = plugin_path(name, env)
    if plugin is None or not plugin.is_file():
        return f"Qt's {name} platform plugin is not installed ({plugin}); {SETUP_HINT}"
    absent = unresolved_libraries(plugin)
    if not absent:
        return None
    return (f"Qt's {name} platform plugin needs libraries that are not installed: "
            f"{', '.join(absent)}; {SETUP_HINT}")


def unresolved_libraries(library: Path) -> list[str]:
    """The shared libraries `library` needs that the dynamic loader cannot find.

    `ldd` (glibc's; it loads nothing into this process) lists all of them; without it, a trial
    load names the first.
    """
    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            listed = subprocess.run([ldd, str(library)], capture_output=True, text=True,
                                    timeout=10, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            listed = None
        if listed is not None:
            absent = re.findall(r"^\s*(\S+)\s+=>\s+not found", listed, re.M)
            return list(dict.fromkeys(absent))
    try:
        ctypes.CDLL(str(library))
    except OSError as exc:
        first = re.match(r"(\S+?): cannot open shared object file", str(exc))
        return [first.group(1) if first else str(exc)]
    return []
