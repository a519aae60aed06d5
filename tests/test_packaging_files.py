"""The files packaging/ ships beside the frozen app: desktop entry, AppStream metainfo, icons, the
Windows installer script, and the release signatures (minisign format, packaging/release_sign.py).

The validators are Debian's own (desktop-file-utils, appstream, nsis, minisign), installed by
./run-tests.sh; the frozen app itself is built and tried in tests/test_frozen_app.py.
"""

from __future__ import annotations

import importlib.util
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import hrd_desk

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.hrddesk.HrdDesk"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def _release_sign() -> ModuleType:
    spec = importlib.util.spec_from_file_location("release_sign", PACKAGING / "release_sign.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["release_sign"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    result = _run("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_passes_appstream_validation_offline() -> None:
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_names_this_version_and_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == hrd_desk.__version__
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    assert entry["Icon"] == APP_ID and entry["Exec"] == "hrd-desk"


def test_the_app_tells_wayland_which_desktop_entry_is_its_own(qapp: object) -> None:
    from hrd_desk.ui.app import make_application

    app = make_application(["hrd-desk"])
    assert app.desktopFileName() == APP_ID


def _png_side(data: bytes) -> int:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == height
    return int(width)


def test_the_icons_have_the_sizes_their_names_say() -> None:
    pngs = sorted((PACKAGING / "icons").glob("hrd-desk-*.png"))
    sizes = {int(path.stem.rsplit("-", 1)[1]) for path in pngs}
    assert {16, 32, 48, 64, 128, 256, 512} <= sizes
    for path in pngs:
        assert _png_side(path.read_bytes()) == int(path.stem.rsplit("-", 1)[1]), path.name
    assert ET.parse(PACKAGING / "icons" / "hrd-desk.svg").getroot().tag.endswith("svg")

    ico = (PACKAGING / "icons" / "hrd-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    for i in range(count):
        entry = ico[6 + 16 * i:22 + 16 * i]
        side, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", entry)
        assert _png_side(ico[offset:offset + length]) == (side or 256)

    icns = (PACKAGING / "icons" / "hrd-desk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_the_windows_installer_script_compiles(tmp_path: Path) -> None:
    dist = tmp_path / "hrd-desk"
    (dist / "_internal").mkdir(parents=True)
    for name in ("hrd-desk.exe", "hrd-desk-gui.exe", "_internal/base_library.zip"):
        (dist / name).write_bytes(b"stand-in")
    out = tmp_path / "hrd-desk-installer.exe"
    result = subprocess.run(
        ["makensis", "-V2", f"-DVERSION={hrd_desk.__version__}", f"-DDIST={dist}",
         f"-DOUTFILE={out}", "hrd-desk.nsi"],
        cwd=PACKAGING / "windows", capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


# release signatures -------------------------------------------------------------------------

FAST_SCRYPT = {"opslimit": 32768, "memlimit": 16 * 2**20}


@pytest.fixture(scope="module")
def rs() -> ModuleType:
    return _release_sign()


def test_a_signed_release_verifies_and_a_changed_byte_is_refused(rs: ModuleType,
                                                                  tmp_path: Path) -> None:
    public_text, secret_text = rs.generate(b"release passphrase", **FAST_SCRYPT)
    keynum, key = rs.load_secret(secret_text, b"release passphrase")
    tarball = tmp_path / "hrd-desk.tar.xz"
    tarball.write_bytes(bytes(range(256)) * 1000)
    signature = rs.sign(tarball, keynum, key)
    public = rs.load_public(public_text)
    assert "file:hrd-desk.tar.xz" in rs.verify(tarball, signature, public)

    data = bytearray(tarball.read_bytes())
    data[12345] ^= 1
    tarball.write_bytes(bytes(data))
    with pytest.raises(rs.SignatureError, match="does not match"):
        rs.verify(tarball, signature, public)


def test_a_signature_by_another_key_or_a_wrong_passphrase_is_refused(rs: ModuleType,
                                                                     tmp_path: Path) -> None:
    ours, ours_secret = rs.generate(b"one", **FAST_SCRYPT)
    theirs, theirs_secret = rs.generate(None)
    with pytest.raises(rs.SignatureError, match="wrong passphrase"):
        rs.load_secret(ours_secret, b"two")
    keynum, key = rs.load_secret(theirs_secret, None)
    file = tmp_path / "SHA256SUMS"
    file.write_text("0" * 64 + "  hrd-desk.tar.xz\n")
    with pytest.raises(rs.SignatureError, match="another key"):
        rs.verify(file, rs.sign(file, keynum, key), rs.load_public(ours))
    # the same key number with another key (a forged public key file) is refused too
    forged = rs.PublicKey(rs.load_public(theirs).keynum, rs.load_public(ours).key)
    with pytest.raises(rs.SignatureError, match="does not match"):
        rs.verify(file, rs.sign(file, keynum, key), forged)


def test_minisign_itself_accepts_our_keys_and_signatures_and_we_accept_its(
    rs: ModuleType, tmp_path: Path
) -> None:
    public_text, secret_text = rs.generate(b"pass", **FAST_SCRYPT)
    (tmp_path / "k.pub").write_text(public_text)
    (tmp_path / "k.key").write_text(secret_text)
    payload = tmp_path / "payload.bin"
    payload.write_bytes(b"hrd-desk release\n" * 5000)
    keynum, key = rs.load_secret(secret_text, b"pass")
    (tmp_path / "payload.bin.minisig").write_text(rs.sign(payload, keynum, key))
    checked = _run("minisign", "-Vm", str(payload), "-p", str(tmp_path / "k.pub"))
    assert checked.returncode == 0, checked.stdout + checked.stderr

    theirs = tmp_path / "theirs.minisig"
    made = subprocess.run(["minisign", "-S", "-s", str(tmp_path / "k.key"), "-m", str(payload),
                           "-x", str(theirs)], input="pass\n", capture_output=True, text=True,
                          timeout=60, check=False)  # minisign decrypts our secret key file
    assert made.returncode == 0, made.stdout + made.stderr
    assert rs.verify(payload, theirs.read_text(), rs.load_public(public_text))

    payload.write_bytes(payload.read_bytes() + b"x")
    refused = _run("minisign", "-Vm", str(payload), "-p", str(tmp_path / "k.pub"))
    assert refused.returncode != 0
