"""The display's local sockets, reached without Qt: is a server there, and does it accept us?

Used by display_probe before Qt starts. Only unix sockets are opened (the display IPC a window
needs); a display name that means TCP is reported, never connected to.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import socket
import sys
import threading
from collections.abc import Callable, Iterator

from .plugin_libraries import SETUP_HINT

X_SOCKET_DIR = "/tmp/.X11-unix"
CONNECT_SECONDS = 2.0
STUCK = "does not answer; is it stuck?"
_HELD: list[Callable[[], None]] = []  # closes the probe's display connection
_DISPLAY = re.compile(r"^(?:(?P<protocol>[a-z]+)/)?(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?$")


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
