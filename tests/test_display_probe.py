"""`hrd-desk` with no command says in one line why no window can be opened (exit 7), found before
Qt is started: Qt would abort the process (SIGABRT), which Python cannot catch."""

from __future__ import annotations

import io
import os
import socket
import struct
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

import PySide6
import pytest

from hrd_desk.cli import main
from hrd_desk.errors import ExitCode, NoWindow
from hrd_desk.ui import display_probe, display_sockets, plugin_libraries
from hrd_desk.ui.display_probe import choose_platform
from hrd_desk.ui.display_sockets import x_server_refusal

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="X11 and Qt's xcb plugin")
QT = Path(PySide6.__file__).resolve().parent / "Qt"


def unused_display() -> str:
    """A display number no X server listens on (neither socket file nor abstract socket)."""
    for number in range(97, 200):
        path = f"/tmp/.X11-unix/X{number}"
        if not os.path.exists(path) and not display_sockets.unix_socket_answers(f"\0{path}"):
            return f":{number}"
    raise AssertionError("no free display number")


def problem(env: Mapping[str, str]) -> str:
    with pytest.raises(NoWindow) as caught:
        choose_platform(env, system="linux")
    assert caught.value.exit_code == ExitCode.NO_WINDOW == 7
    message = caught.value.message
    assert message.startswith("cannot open a window: ") and "\n" not in message
    return message


def test_without_any_display_it_says_so_and_what_to_do() -> None:
    message = problem({})
    assert "DISPLAY" in message and "WAYLAND_DISPLAY" in message and "hrd-desk --help" in message


def test_the_cli_prints_one_line_and_exits_7_without_starting_qt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(display_probe.sys, "platform", "linux")
    out, err = io.StringIO(), io.StringIO()
    assert main([], stdout=out, stderr=err) == ExitCode.NO_WINDOW
    assert out.getvalue() == ""
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hrd-desk: cannot open a window: no display")


@linux_only
def test_a_display_with_no_server_is_named() -> None:
    display = unused_display()
    message = problem({"DISPLAY": display})
    assert f"no X server answers on DISPLAY={display}" in message


@pytest.mark.parametrize("display", ["localhost:10.0", "192.0.2.7:0", "tcp/myhost:0", "host:1"])
def test_x_over_tcp_is_refused_without_opening_any_socket(
    monkeypatch: pytest.MonkeyPatch, display: str
) -> None:
    def no_socket(*args: object, **kwargs: object) -> socket.socket:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(display_sockets.socket, "socket", no_socket)
    message = problem({"DISPLAY": display})
    assert "over the network" in message and "DISPLAY=:0" in message


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "offscreen:fontengine=freetype"])
def test_platforms_nobody_sees_are_refused(platform: str) -> None:
    message = problem({"QT_QPA_PLATFORM": platform, "DISPLAY": ":0"})
    assert "shows no window" in message and "unset QT_QPA_PLATFORM" in message


def test_a_platform_that_serves_over_the_network_is_refused() -> None:
    assert "over the network" in problem({"QT_QPA_PLATFORM": "vnc"})


def test_platforms_it_cannot_check_are_left_to_the_user() -> None:
    assert choose_platform({"QT_QPA_PLATFORM": "eglfs"}, system="linux") is None


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_windows_and_macos_are_not_probed(system: str) -> None:
    assert choose_platform({}, system=system) is None


def test_the_session_platform_that_works_is_the_one_qt_is_told(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tried: list[str] = []

    def stub(name: str, answer: str | None) -> object:
        return lambda env: tried.append(name) or answer

    monkeypatch.setitem(display_probe.PROBES, "xcb", stub("xcb", None))
    monkeypatch.setitem(display_probe.PROBES, "wayland", stub("wayland", "no compositor"))
    both = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    assert choose_platform(both, system="linux") == "xcb" and tried == ["xcb"]
    tried.clear()  # a Wayland session tries Wayland first, then falls back to X
    assert choose_platform({**both, "XDG_SESSION_TYPE": "wayland"}, system="linux") == "xcb"
    assert tried == ["wayland", "xcb"]
    tried.clear()  # with QT_QPA_PLATFORM set, Qt's own order is kept and nothing is changed
    assert choose_platform({**both, "QT_QPA_PLATFORM": "wayland;xcb"}, system="linux") is None
    assert tried == ["wayland", "xcb"]
    monkeypatch.setitem(display_probe.PROBES, "xcb", stub("xcb", "no X server answers"))
    assert "no compositor" in problem({**both, "XDG_SESSION_TYPE": "wayland"})


def fake_x_server(reply: bytes | None) -> str:
    """An X display (its Linux abstract socket) that answers each client's setup request with
    `reply` (None: never answers, until the client goes away). Returns the DISPLAY name."""
    display = unused_display()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(f"\0/tmp/.X11-unix/X{display[1:]}")
    server.listen(4)
    server.settimeout(10)

    def serve() -> None:
        with server:
            for _ in range(4):
                try:
                    client, _ = server.accept()
                except OSError:
                    return
                with client:
                    client.settimeout(5)
                    try:
                        if client.recv(4096) and reply is not None:
                            client.sendall(reply)
                            client.recv(1)
                        elif reply is None:
                            client.recv(1)
                    except OSError:
                        pass

    threading.Thread(target=serve, daemon=True).start()
    return display


def x_refusal(reason: bytes) -> bytes:
    padded = reason + b"\0" * (-len(reason) % 4)
    return struct.pack("<BBHHH", 0, len(reason), 11, 0, len(padded) // 4) + padded


@linux_only
def test_a_server_that_refuses_us_is_named_and_its_own_message_kept_off_the_terminal(
    capfd: pytest.CaptureFixture[str],
) -> None:
    display = fake_x_server(x_refusal(b"Authorization required, but no protocol specified"))
    message = problem({"DISPLAY": display})
    assert f"the X server on DISPLAY={display} refused the connection" in message
    assert "XAUTHORITY" in message
    assert "Authorization required" not in capfd.readouterr().err


@linux_only
def test_a_server_that_never_answers_does_not_hang_the_app() -> None:
    display = fake_x_server(None)
    assert x_server_refusal(display, timeout=0.5) == display_sockets.STUCK
    assert "does not answer" in problem({"DISPLAY": display})


def plugin_missing_a_library(where: Path) -> Path:
    """A copy of PySide6's xcb plugin that needs one library no machine has: a missing library,
    as on a fresh Debian. Its RUNPATH ($ORIGIN/../../lib) still finds Qt's own libraries."""
    (where / "plugins" / "platforms").mkdir(parents=True)
    (where / "lib").symlink_to(QT / "lib")
    data = (QT / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    assert data.count(b"libxcb-cursor.so.0") == 1
    plugin = where / "plugins" / "platforms" / "libqxcb.so"
    plugin.write_bytes(data.replace(b"libxcb-cursor.so.0", b"libhrd-absent.so.0"))
    return plugin.parent


@linux_only
@pytest.mark.parametrize("with_ldd", [True, False])
def test_a_missing_library_of_the_plugin_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, with_ldd: bool
) -> None:
    plugins = plugin_missing_a_library(tmp_path)
    if not with_ldd:  # no ldd (not glibc): a trial load names the first missing library
        monkeypatch.setattr(plugin_libraries.shutil, "which", lambda name: None)
    message = problem({"DISPLAY": unused_display(), "QT_QPA_PLATFORM_PLUGIN_PATH": str(plugins)})
    assert "xcb platform plugin needs libraries that are not installed" in message
    assert "libhrd-absent.so.0" in message and "tools/bootstrap.sh" in message


@linux_only
def test_the_real_app_exits_7_with_one_line_where_qt_would_abort(tmp_path: Path) -> None:
    plugins = plugin_missing_a_library(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=unused_display(), QT_QPA_PLATFORM_PLUGIN_PATH=str(plugins))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                              timeout=60)

    done = run("-m", "hrd_desk", "--vault", str(tmp_path / "vault"))
    assert done.returncode == ExitCode.NO_WINDOW, done.stderr
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and "libhrd-absent.so.0" in done.stderr
    assert not (tmp_path / "vault").exists()
    # what the check prevents: Qt itself, asked for a window here, aborts the process
    qt = run("-c", "from PySide6.QtWidgets import QApplication; QApplication([])")
    assert qt.returncode < 0 or qt.returncode == 134, qt.returncode


@linux_only
def test_wayland_is_used_when_its_compositor_answers_and_named_when_not(tmp_path: Path) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path),
           "XDG_SESSION_TYPE": "wayland"}
    assert "no Wayland compositor answers on WAYLAND_DISPLAY=wayland-7" in problem(env)
    assert "XDG_RUNTIME_DIR is not set" in problem({"WAYLAND_DISPLAY": "wayland-7"})
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as compositor:
        compositor.bind(str(tmp_path / "wayland-7"))
        compositor.listen(1)
        assert choose_platform(env, system="linux") == "wayland"
