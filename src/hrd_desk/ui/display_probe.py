"""Can a window be opened here? Found out before Qt is asked, without importing Qt.

When Qt cannot reach a display or load its platform plugin, it aborts the process (SIGABRT) from
the QApplication constructor; Python cannot catch that. So `hrd-desk` with no command calls
`choose_platform()` first: on Linux and the BSDs it checks that the display's local socket
answers and the X server accepts us (through libxcb, as Qt will), and that the platform plugin's
shared libraries are all installed (`ldd`). Any failure is a `NoWindow` with one line saying why
and what to install or set (exit code 7). Windows and macOS have no such plugins to miss.

Only local sockets are opened (the display's unix socket, the display IPC a window needs). A
DISPLAY naming a host would be X over TCP, and hrd-desk opens no network connection: refused.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from ..errors import NoWindow

# Platforms on which no one would see the window, and one that would serve it over the network.
INVISIBLE_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl"})
NETWORK_PLATFORMS = frozenset({"vnc"})
PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
X_SOCKET_DIR = "/tmp/.X11-unix"
CONNECT_SECONDS = 2.0
SETUP_HINT = ("run tools/bootstrap.sh (or ./run-app.sh) from the hrd-desk folder, which installs "
              "them on Debian/Ubuntu")
COMMAND_LINE_HINT = "the command line needs none: hrd-desk --help"
STUCK = "does not answer; is it stuck?"
_HELD: list[Callable[[], None]] = []  # closes the probe's display connection
_DISPLAY = re.compile(r"^(?:(?P<protocol>[a-z]+)/)?(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?$")


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


def x_socket_addresses(display: str) -> list[str] | None:
    """The local socket addresses of an X display name (abstract first, as libxcb tries them),
    None when the name means TCP. A leading NUL is a Linux abstract socket address."""
    match = _DISPLAY.match(display)
    if match is None or display.startswith("/"):
        return []  # unparsable, or a socket path (macOS's launchd form): none answers here
    protocol, host = match["protocol"] or "", match["host"]
    if protocol not in ("", "unix") or host not in ("", "unix"):
        return None
    path = f"{X_SOCKET_DIR}/X{match['number']}"
    return ([f"\0{path}"] if sys.platform.startswith("linux") else []) + [path]


def unix_socket_answers(address: str, timeout: float = CONNECT_SECONDS) -> bool:
    """Whether something listens on the local (unix) socket `address`; connects and closes."""
    if not hasattr(socket, "AF_UNIX"):
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(timeout)
        try:
            probe.connect(address)
        except OSError:
            return False
    return True


def x_server_refusal(display: str, timeout: float = CONNECT_SECONDS) -> str | None:
    """Connect through libxcb as Qt will (with the user's X authority); why it failed, or None.

    The connection is then held until `release_display()` (after Qt has connected): an X server
    with no client left (Xvfb, xvfb-run) resets, and may refuse a client that comes meanwhile.
    Runs on a helper thread so that a server that accepts but never answers cannot hang the app.
    """
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return f"cannot be reached: libxcb.so.1 is missing; {SETUP_HINT}"
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    result: list[int] = []

    def connect() -> None:
        connection = xcb.xcb_connect(display.encode(), None)
        failed = xcb.xcb_connection_has_error(connection)
        if failed:
            xcb.xcb_disconnect(connection)
        else:
            _HELD.append(lambda: xcb.xcb_disconnect(connection))
        result.append(failed)

    worker = threading.Thread(target=connect, name="x-probe", daemon=True)
    with _stderr_silenced():  # libxcb writes the server's refusal there: our one line says it
        worker.start()
        worker.join(timeout)
    if not result:
        return STUCK
    if result[0]:
        return ("refused the connection; this user may not be allowed on it (check XAUTHORITY, "
                "or run the app as the user who is logged in)")
    return None


def release_display() -> None:
    """Close the probe's display connection (call once Qt has its own)."""
    while _HELD:
        _HELD.pop()()


@contextlib.contextmanager
def _stderr_silenced() -> Iterator[None]:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.flush()
    try:
        saved = os.dup(2)
    except OSError:  # no standard error to silence
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


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
