"""Can a window be opened here? Found out before Qt is asked, without importing Qt.

When Qt cannot reach a display or load its platform plugin, it aborts the process (SIGABRT) from
the QApplication constructor; Python cannot catch that. So `hrd-desk` with no command calls
`choose_platform()` first: on Linux and the BSDs it checks that the platform plugin's shared
libraries are all installed (plugin_libraries, `ldd`), and that the X server accepts us (through
libxcb, as Qt will) or the Wayland compositor's socket answers (display_sockets). Any failure
is a `NoWindow` with one line saying why and what to install or set (exit code 7). Windows and
macOS have no such plugins to miss.

Only local sockets are opened (the display's unix socket, the display IPC a window needs). A
DISPLAY naming a host would be X over TCP, and hrd-desk opens no network connection: refused.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from ..errors import NoWindow
from .display_sockets import STUCK, unix_socket_answers, x_server_refusal, x_socket_addresses
from .plugin_libraries import missing_libraries

# Platforms on which no one would see the window, and one that would serve it over the network.
INVISIBLE_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl"})
NETWORK_PLATFORMS = frozenset({"vnc"})
COMMAND_LINE_HINT = "the command line needs none: hrd-desk --help"


def choose_platform(env: Mapping[str, str] | None = None, *,
                    system: str = sys.platform) -> str | None:
    """The Qt platform to use (to set as QT_QPA_PLATFORM), None to leave Qt's choice as it is.

    Raises NoWindow when no window can be opened.
    """
    env = os.environ if env is None else env
    if system in ("win32", "darwin", "cygwin"):
        return None
    requested = [part.split(":")[0].strip().lower()
                 for part in env.get("QT_QPA_PLATFORM", "").split(";") if part.strip()]
    if requested:
        _probe_requested(requested, env)
        return None
    candidates = _session_platforms(env)
    if not candidates:
        raise NoWindow(f"no display (neither DISPLAY nor WAYLAND_DISPLAY is set); start it from a "
                       f"desktop session ({COMMAND_LINE_HINT})")
    problems: list[str] = []
    for name in candidates:
        problem = PROBES[name](env)
        if problem is None:
            return name
        problems.append(problem)
    raise NoWindow(problems[0])


def _probe_requested(requested: list[str], env: Mapping[str, str]) -> None:
    """QT_QPA_PLATFORM was set: Qt tries its platforms in order, so one that works is enough."""
    first = requested[0]
    if first in INVISIBLE_PLATFORMS:
        raise NoWindow(f"QT_QPA_PLATFORM={first} shows no window to anyone; unset "
                       f"QT_QPA_PLATFORM to open the app ({COMMAND_LINE_HINT})")
    if first in NETWORK_PLATFORMS:
        raise NoWindow(f"QT_QPA_PLATFORM={first} would serve the window over the network, and "
                       "hrd-desk opens no network connection; unset QT_QPA_PLATFORM")
    problems: list[str] = []
    for name in requested:
        probe = PROBES.get(_plugin_family(name))
        if probe is None:  # a platform we cannot check (eglfs, linuxfb...): the user's choice
            return
        problem = probe(env)
        if problem is None:
            return
        problems.append(problem)
    raise NoWindow(problems[0])


def _plugin_family(name: str) -> str:
    return "wayland" if name.startswith("wayland") else name


def _session_platforms(env: Mapping[str, str]) -> list[str]:
    """The platforms this session offers, the native one first (Wayland keeps apps apart)."""
    found = [name for name, var in (("xcb", "DISPLAY"), ("wayland", "WAYLAND_DISPLAY"))
             if env.get(var, "").strip()]
    if env.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        found.sort(key=lambda name: name != "wayland")
    return found


def probe_x11(env: Mapping[str, str]) -> str | None:
    """Why no X11 window can be opened on $DISPLAY, or None when one can."""
    display = env.get("DISPLAY", "").strip()
    if not display:
        return f"DISPLAY is not set; set it to this machine's display ({COMMAND_LINE_HINT})"
    addresses = x_socket_addresses(display)
    if addresses is None:
        return (f"DISPLAY={display} is a display over the network (X over TCP), and hrd-desk "
                "opens no network connection; use this machine's own display (e.g. DISPLAY=:0)")
    missing = missing_libraries("xcb", env)
    if missing:
        return missing
    refusal = x_server_refusal(display)
    if refusal is None:
        return None
    if refusal == STUCK or any(unix_socket_answers(address) for address in addresses):
        return f"the X server on DISPLAY={display} {refusal}"
    return (f"no X server answers on DISPLAY={display}; check DISPLAY, or start it from the "
            f"desktop session ({COMMAND_LINE_HINT})")


def probe_wayland(env: Mapping[str, str]) -> str | None:
    """Why no Wayland window can be opened on $WAYLAND_DISPLAY, or None when one can."""
    name = env.get("WAYLAND_DISPLAY", "").strip() or "wayland-0"
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if not name.startswith("/") and not runtime:
        return "XDG_RUNTIME_DIR is not set, so the Wayland display cannot be found"
    path = name if name.startswith("/") else os.path.join(runtime, name)
    missing = missing_libraries("wayland", env)
    if missing:
        return missing
    if not unix_socket_answers(path):
        return (f"no Wayland compositor answers on WAYLAND_DISPLAY={name}; check it, or start it "
                f"from the desktop session ({COMMAND_LINE_HINT})")
    return None


PROBES: dict[str, Callable[[Mapping[str, str]], str | None]] = {
    "xcb": probe_x11, "wayland": probe_wayland}
