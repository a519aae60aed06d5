"""End to end over a real file-sync engine: two Syncthing instances (loopback only, discovery,
relays, NAT and reporting off) carry bundles between two vaults' drop folders, both ways, until
both vaults agree. Syncthing's in-flight files (`.syncthing.*.tmp`) must be left alone.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrd_desk.services import dropfolder, scope
from hrd_desk.store.dump import canonical_dump
from sync_support import close_all, make_offices

SYNCTHING = shutil.which("syncthing")
pytestmark = pytest.mark.skipif(
    SYNCTHING is None and not os.environ.get("CI"),
    reason="syncthing is not installed (run-tests.sh installs it)",
)


def _free_port() -> int:
    with socket.socket() as probe:  # loopback only, closed at once: finds a free port
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _configure(home: Path, own: str, other_id: str, listen: int, other_listen: int,
               gui: int, drop: Path) -> None:
    cfg = home / "config.xml"
    tree = ET.parse(cfg)
    root = tree.getroot()
    options = root.find("options")
    assert options is not None
    for element in options.findall("listenAddress"):
        options.remove(element)
    ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{listen}"
    for tag, value in [("globalAnnounceEnabled", "false"), ("localAnnounceEnabled", "false"),
                       ("relaysEnabled", "false"), ("natEnabled", "false"),
                       ("urAccepted", "-1"), ("startBrowser", "false"),
                       ("crashReportingEnabled", "false"), ("autoUpgradeIntervalH", "0")]:
        element = options.find(tag)
        if element is None:
            element = ET.SubElement(options, tag)
        element.text = value
    gui_element = root.find("gui")
    assert gui_element is not None
    address = gui_element.find("address")
    assert address is not None
    address.text = f"127.0.0.1:{gui}"
    device = ET.SubElement(root, "device", id=other_id, name="peer", compression="metadata",
                           introducer="false", skipIntroductionRemovals="false", introducedBy="")
    ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{other_listen}"
    ET.SubElement(device, "autoAcceptFolders").text = "false"
    folder = ET.SubElement(root, "folder", id="hrd-drop", label="hrd-drop", path=str(drop),
                           type="sendreceive", rescanIntervalS="1", fsWatcherEnabled="true",
                           fsWatcherDelayS="1", ignorePerms="false", autoNormalize="true")
    ET.SubElement(folder, "device", id=own, introducedBy="")
    ET.SubElement(folder, "device", id=other_id, introducedBy="")
    tree.write(cfg)


@pytest.fixture
def syncthing_pair(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    assert SYNCTHING is not None, "syncthing must be installed in CI (run-tests.sh does it)"
    root = tmp_path / "st"
    ids: dict[str, str] = {}
    for name in "AB":
        home = root / f"home{name}"
        subprocess.run([SYNCTHING, "generate", f"--home={home}", "--no-default-folder",
                        "--skip-port-probing"], check=True, capture_output=True, timeout=60)
        ids[name] = subprocess.run(
            [SYNCTHING, "serve", f"--home={home}", "--device-id"], check=True,
            capture_output=True, text=True, timeout=60).stdout.strip()
    listen = {n: _free_port() for n in "AB"}
    drops = {n: root / f"drop{n}" for n in "AB"}
    for name, other in (("A", "B"), ("B", "A")):
        drops[name].mkdir(parents=True)
        _configure(root / f"home{name}", ids[name], ids[other], listen[name], listen[other],
                   _free_port(), drops[name])
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for name in "AB":
            log = open(root / f"st{name}.log", "wb")  # noqa: SIM115 - closed with the process
            processes.append(subprocess.Popen(
                [SYNCTHING, "serve", f"--home={root / f'home{name}'}", "--no-browser",
                 "--no-restart", "--no-upgrade"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env={**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1"}))
        yield drops["A"], drops["B"]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=20)


def test_two_vaults_agree_through_syncthing(
    tmp_path: Path, syncthing_pair: tuple[Path, Path]
) -> None:
    drop_a, drop_b = syncthing_pair
    offices = make_offices(tmp_path / "vaults", ["A", "B"])
    a, b = offices["A"], offices["B"]
    try:
        defender = a.work.add("defender", {"name": "Amina", "consent": "colleagues",
                "consent_date": "2024-01-15", "consent_how": "written"})
        scope.share(a.session, defender, a.colleague_ids["B"])
        incident = a.work.add("incident", {"defenders": [defender], "category": "digital",
                                           "occurred": "2024-03", "description": "spyware"})
        edited_by_b = False
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            for office, drop in ((a, drop_a), (b, drop_b)):
                summary = dropfolder.sync_folder(office.session, drop)
                assert summary.damaged == [], summary.damaged
            if not edited_by_b and b.work.count("incident") == 1:
                b.work.edit("incident", incident, {"severity": 3})  # and back the other way
                edited_by_b = True
            if (edited_by_b and a.work.get("incident", incident).fields["severity"] == 3
                    and canonical_dump(a.conn) == canonical_dump(b.conn)):
                break
            time.sleep(1)
        else:
            raise AssertionError("the vaults did not agree through Syncthing within 120 s")
        assert b.work.get("defender", defender).fields["name"] == "Amina"
    finally:
        close_all(offices)
