"""Evidence attachments (issue 17): what a caseworker relies on when a file is evidence.

Byte-identical round trips, no plaintext anywhere the app writes, a stored file altered on disk
caught by `attach verify` (exit 4) and by export, an interrupted intake (cancel, kill -9) leaving
a consistent vault, signed custody statements a colleague checks with the card.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_support import PASSPHRASE, init_vault, ok, ok_json, run
from hrd_desk.errors import EvidenceDamaged, RejectedInput
from hrd_desk.services.desk import Desk, unlock_desk
from hrd_desk.store import attachments as store

MARKER = b"EVIDENCE-MARKER-7f3a9c1e-do-not-leak"


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    return init_vault(tmp_path / "vault")


def _defender(vault: Path) -> str:
    return str(ok_json(vault, "defender", "add", "--name", "Amina K.", "--codename",
                       "Falcon")["id"])


def _evidence_file(folder: Path, name: str = "threat.bin", size: int = 300_000) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    data = os.urandom(size // 2) + MARKER + os.urandom(size - size // 2)
    path.write_bytes(data)
    return path


def _only_blob(vault: Path) -> Path:
    blobs = [p for p in (vault / "blobs").iterdir() if not p.name.startswith(".")]
    assert len(blobs) == 1
    return blobs[0]


def _export(vault: Path, *args: str) -> None:
    """`attach export` succeeds and warns that the copy is decrypted."""
    result = run(vault, "attach", "export", *args)
    assert result.code == 0, result.err
    assert "DECRYPTED copy" in result.err


def _files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


# -- round trip ---------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 65536, 65537, 3 * 65536, 300_000])
def test_cli_round_trip_is_byte_identical(vault: Path, tmp_path: Path, size: int) -> None:
    defender = _defender(vault)
    original = tmp_path / "in" / "file.bin"
    original.parent.mkdir()
    original.write_bytes(os.urandom(size))
    attachment = ok(vault, "attach", "add", "--to", defender, str(original),
                    "--source", "her brother, by Signal").out.strip()
    shown = ok_json(vault, "attach", "show", attachment)
    import hashlib
    assert shown["sha256"] == hashlib.sha256(original.read_bytes()).hexdigest()
    assert shown["size"] == size and shown["name"] == "file.bin"
    assert shown["source"] == "her brother, by Signal"
    assert [e["action"] for e in shown["custody"]] == ["received"]
    out = tmp_path / "out.bin"
    _export(vault, attachment, "--out", str(out))
    assert out.read_bytes() == original.read_bytes()
    assert [a["id"] for a in ok_json(vault, "attach", "list", "--to", defender)] == [attachment]
    custody = ok_json(vault, "attach", "show", attachment)["custody"]
    assert [e["action"] for e in custody] == ["received", "exported decrypted copy"]
    assert custody[1]["detail"] == {"as": "out.bin"}


def test_the_marker_of_an_attached_file_is_in_no_file_of_the_vault_or_temp_folder(
        vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", None)
    defender = _defender(vault)
    text = tmp_path / "in" / "message.txt"
    text.parent.mkdir()
    text.write_bytes(b"They said: " + MARKER + b"\n" * 100)
    binary = _evidence_file(tmp_path / "in", size=1_000_000)
    ids = [ok(vault, "attach", "add", "--to", defender, str(p), "--note", "from WhatsApp").out
           .strip() for p in (text, binary)]
    for attachment in ids:
        assert run(vault, "attach", "verify", attachment).code == 0
        ok(vault, "attach", "custody", attachment, "--out", str(tmp_path / f"{attachment}.json"))
    desk = unlock_desk(vault, PASSPHRASE)
    try:
        _, shown = desk.evidence.read_for_view(ids[0])  # viewing is from memory only
        assert MARKER in shown
    finally:
        desk.close()
    written = _files_under(vault, temp)
    assert any(p.parent.name == "blobs" for p in written)
    for path in written:
        assert MARKER not in path.read_bytes(), path


# -- a stored file altered on disk ----------------------------------------------------------------


def _flip(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["flip header", "flip middle", "flip last", "truncate",
                                    "cut at chunk", "append", "remove"])
def test_an_altered_blob_is_caught_by_verify_and_by_export(vault: Path, tmp_path: Path,
                                                           damage: str) -> None:
    defender = _defender(vault)
    attachment = ok(vault, "attach", "add", "--to", defender,
                    str(_evidence_file(tmp_path / "in", size=200_000))).out.strip()
    blob = _only_blob(vault)
    size = blob.stat().st_size
    if damage == "flip header":
        _flip(blob, 3)
    elif damage == "flip middle":
        _flip(blob, size // 2)
    elif damage == "flip last":
        _flip(blob, size - 1)
    elif damage == "truncate":
        blob.write_bytes(blob.read_bytes()[:-100])
    elif damage == "cut at chunk":  # the final chunk dropped whole: ends on a chunk boundary
        blob.write_bytes(blob.read_bytes()[:24 + 3 * (65536 + 17)])
    elif damage == "append":
        blob.write_bytes(blob.read_bytes() + b"\x00")
    else:
        blob.unlink()
    checked = run(vault, "attach", "verify", attachment, as_json=True)
    assert checked.code == 4
    assert checked.json()["ok"] is False and "DAMAGED" not in checked.json()["problem"]
    out = tmp_path / "out.bin"
    exported = run(vault, "attach", "export", attachment, "--out", str(out))
    assert exported.code == 4 and "attachment" in exported.err
    assert not out.exists() and list(tmp_path.glob(".out.bin*")) == []
    actions = [e["action"] for e in ok_json(vault, "attach", "show", attachment)["custody"]]
    assert actions == ["received", "verified"]  # the failed export is no custody event


def test_verify_of_an_intact_blob_exits_0_and_is_a_custody_event(vault: Path,
                                                                 tmp_path: Path) -> None:
    attachment = ok(vault, "attach", "add", "--to", _defender(vault),
                    str(_evidence_file(tmp_path / "in"))).out.strip()
    assert ok_json(vault, "attach", "verify", attachment)["ok"] is True
    custody = ok_json(vault, "attach", "show", attachment)["custody"]
    assert custody[-1]["action"] == "verified" and custody[-1]["detail"] == {"ok": True}


# -- interrupted intake ---------------------------------------------------------------------------


def _consistent(vault: Path) -> int:
    """Every row's blob decrypts to its hash; returns how many attachments the vault holds."""
    desk = unlock_desk(vault, PASSPHRASE)
    try:
        held = desk.evidence.list()
        for attachment in held:
            assert desk.evidence.verify(attachment.id).ok
        return len(held)
    finally:
        desk.close()


def test_a_cancelled_intake_leaves_no_row_and_no_file(vault: Path, tmp_path: Path) -> None:
    defender = _defender(vault)
    source = _evidence_file(tmp_path / "in", size=2_000_000)
    desk = unlock_desk(vault, PASSPHRASE)
    try:
        with pytest.raises(store_cancelled()):
            desk.evidence.add(defender, source, progress=lambda done: done < 500_000)
        assert desk.evidence.list() == []
    finally:
        desk.close()
    assert [p.name for p in (vault / "blobs").iterdir()] == []


def store_cancelled() -> type[Exception]:
    from hrd_desk.errors import Cancelled
    return Cancelled


_INTAKE = """
import sys, time
from pathlib import Path
from hrd_desk.crypto import keyslot
keyslot.MIN_MEMLIMIT, keyslot.MIN_OPSLIMIT, keyslot.TARGET_SECONDS = 8 << 20, 1, (0.0, 0.0)
from hrd_desk.services.desk import unlock_desk
desk = unlock_desk(Path(sys.argv[1]), sys.argv[2])
print("ready", flush=True)
while True:
    desk.evidence.add(sys.argv[3], Path(sys.argv[4]), source="a journalist",
                      progress=lambda done: time.sleep(0.0005))
"""


def test_kill_9_during_intake_leaves_a_consistent_vault(vault: Path, tmp_path: Path) -> None:
    """Killed at many moments of a loop of intakes (mid-stream, around the rename and the
    commit), the vault opens, every attachment it lists is whole, and what the interrupted
    intake left on disk goes at the next unlock once it is older than the grace period."""
    defender = _defender(vault)
    source = _evidence_file(tmp_path / "in", size=3_000_000)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    held = 0
    interrupted = 0
    for attempt in range(10):
        child = subprocess.Popen([sys.executable, "-c", _INTAKE, str(vault), PASSPHRASE,
                                  defender, str(source)], stdout=subprocess.PIPE, env=env)
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(0.02 + 0.031 * attempt)
        child.kill()
        child.wait()
        now = _consistent(vault)
        assert now >= held
        held = now
        names = {p.name for p in (vault / "blobs").iterdir()}
        desk = unlock_desk(vault, PASSPHRASE)
        try:
            rows = {r.blob for r in store.list_for(desk_conn(desk), None)}
        finally:
            desk.close()
        assert rows <= names  # no row without its blob
        interrupted += bool(names - rows)
        for leftover in names - rows:  # age what the kill left: the next unlock removes it
            old = time.time() - store.ORPHAN_GRACE_SECONDS - 5
            os.utime(vault / "blobs" / leftover, (old, old))
        _consistent(vault)
        assert {p.name for p in (vault / "blobs").iterdir()} == rows
    assert held >= 1, "no intake finished: the test never killed after a commit"
    assert interrupted >= 1, "no kill landed inside an intake"


def desk_conn(desk: Desk):  # type: ignore[no-untyped-def]
    return desk._current_session().conn


def test_young_orphans_stay_until_the_grace_period_ends(vault: Path) -> None:
    """Another process may be between its rename and its commit: a young orphan is kept."""
    folder = vault / "blobs"
    folder.mkdir()
    (folder / ("ab" * 16)).write_bytes(b"x" * 100)
    (folder / f".{'cd' * 16}.tmp").write_bytes(b"y")
    (folder / "not-ours").write_bytes(b"z")
    _consistent(vault)
    assert len(list(folder.iterdir())) == 3
    old = time.time() - store.ORPHAN_GRACE_SECONDS - 5
    for p in folder.iterdir():
        os.utime(p, (old, old))
    _consistent(vault)
    assert [p.name for p in folder.iterdir()] == ["not-ours"]


# -- custody statements ---------------------------------------------------------------------------


def test_a_custody_statement_is_checked_with_the_colleagues_card(vault: Path,
                                                                 tmp_path: Path) -> None:
    source = _evidence_file(tmp_path / "in")
    attachment = ok(vault, "attach", "add", "--to", _defender(vault), str(source)).out.strip()
    _export(vault, attachment, "--out", str(tmp_path / "copy.bin"))
    statement = tmp_path / "statement.json"
    card = tmp_path / "card.json"
    ok(vault, "attach", "custody", attachment, "--out", str(statement))
    ok(vault, "identity", "export", "--out", str(card))
    checked = run(tmp_path / "nowhere", "attach", "check", str(statement), "--card", str(card),
                  "--file", str(source), as_json=True, stdin="")
    assert checked.code == 0, checked.err
    data = checked.json()
    assert data["file_matches"] is True and data["attachment"]["id"] == attachment
    assert [e["action"] for e in data["events"]] == ["received", "exported decrypted copy",
                                                    "custody statement"]
    # a different file, an altered statement, another vault's card: each refused
    other = tmp_path / "other.bin"
    other.write_bytes(source.read_bytes()[:-1])
    assert run(vault, "attach", "check", str(statement), "--card", str(card), "--file",
               str(other), stdin="").code == 5
    altered = tmp_path / "altered.json"
    altered.write_bytes(statement.read_bytes().replace(b'"exported decrypted copy"',
                                                       b'"exported decrypted cop!"'))
    refused = run(vault, "attach", "check", str(altered), "--card", str(card), stdin="")
    assert refused.code == 5 and "does not verify" in refused.err
    stranger = init_vault(tmp_path / "stranger")
    ok(stranger, "identity", "export", "--out", str(tmp_path / "stranger.card"))
    refused = run(vault, "attach", "check", str(statement), "--card",
                  str(tmp_path / "stranger.card"), stdin="")
    assert refused.code == 5 and "another vault" in refused.err



def test_after_an_identity_rotation_statements_check_with_the_card_they_were_made_under(
        vault: Path, tmp_path: Path) -> None:
    """A statement names the key that signed it: one made before `identity rotate` still
    checks with the old card, one made after (even during the grace) with the new card only."""
    source = _evidence_file(tmp_path / "in")
    attachment = ok(vault, "attach", "add", "--to", _defender(vault), str(source)).out.strip()
    before, old_card = tmp_path / "before.json", tmp_path / "old.card"
    ok(vault, "attach", "custody", attachment, "--out", str(before))
    ok(vault, "identity", "export", "--out", str(old_card))
    ok(vault, "identity", "rotate", "--grace-days", "5")
    after, new_card = tmp_path / "after.json", tmp_path / "new.card"
    ok(vault, "attach", "custody", attachment, "--out", str(after))
    ok(vault, "identity", "export", "--out", str(new_card))

    def check(statement: Path, card: Path) -> int:
        return run(tmp_path / "nowhere", "attach", "check", str(statement), "--card", str(card),
                   "--file", str(source), stdin="").code

    assert check(before, old_card) == 0 and check(after, new_card) == 0
    assert check(before, new_card) == 5 and check(after, old_card) == 5

# -- names, types, image metadata -----------------------------------------------------------------


def test_names_from_outside_are_sanitised() -> None:
    from hrd_desk.services.evidence_files import MAX_NAME_CHARS, safe_name
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("..\\..\\boot.ini") == "boot.ini"
    assert safe_name("a\x00b\nc\u202eexe.jpg") == "abcexe.jpg"
    assert safe_name("...") == "attachment"
    assert safe_name("CON.txt") == "_CON.txt"
    long = safe_name("x" * 500 + ".pdf")
    assert len(long) <= MAX_NAME_CHARS and long.endswith(".pdf")
    assert "/" not in safe_name("a/b:c*d?.png") and ":" not in safe_name("a:b")


def test_media_type_comes_from_the_content_not_the_name(vault: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    fake = folder / "summons.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(100))
    attachment = ok(vault, "attach", "add", "--to", _defender(vault), str(fake)).out.strip()
    assert ok_json(vault, "attach", "show", attachment)["media_type"] == "image/png"


def _jpeg_with_gps() -> bytes:
    """A tiny JPEG-shaped file: SOI, APP0, APP1 Exif whose IFD0 has a GPS pointer, SOS, data."""
    ifd = (1).to_bytes(2, "big") + (0x8825).to_bytes(2, "big") + (4).to_bytes(2, "big") + \
        (1).to_bytes(4, "big") + (26).to_bytes(4, "big") + bytes(4)
    tiff = b"MM\x00*" + (8).to_bytes(4, "big") + ifd + b"GPSDATA-SECRET-LOCATION"
    exif = b"Exif\x00\x00" + tiff
    app1 = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    app0 = b"\xff\xe0" + (16).to_bytes(2, "big") + b"JFIF\x00" + bytes(9)
    sos = b"\xff\xda" + (8).to_bytes(2, "big") + bytes(6)
    return b"\xff\xd8" + app0 + app1 + sos + b"IMAGEDATA" * 20000 + b"\xff\xd9"


def test_gps_is_shown_and_stripped_from_the_copy_but_kept_in_the_original(
        vault: Path, tmp_path: Path) -> None:
    photo = tmp_path / "in" / "photo.jpg"
    photo.parent.mkdir()
    photo.write_bytes(_jpeg_with_gps())
    added = run(vault, "attach", "add", "--to", _defender(vault), str(photo))
    assert added.code == 0 and "GPS" in added.err
    attachment = added.out.strip()
    shown = ok_json(vault, "attach", "show", attachment)
    assert shown["media_type"] == "image/jpeg"
    assert shown["metadata"] == {"exif": True, "gps": True, "xmp": False, "iptc": False}
    assert "GPS" in ok(vault, "attach", "show", attachment).out
    stripped = tmp_path / "stripped.jpg"
    _export(vault, attachment, "--out", str(stripped), "--strip-metadata")
    data = stripped.read_bytes()
    assert b"GPSDATA-SECRET-LOCATION" not in data and b"Exif" not in data
    assert data.startswith(b"\xff\xd8\xff\xe0") and data.endswith(b"IMAGEDATA\xff\xd9")
    whole = tmp_path / "whole.jpg"
    _export(vault, attachment, "--out", str(whole))
    assert whole.read_bytes() == photo.read_bytes()  # the original is intact
    custody = ok_json(vault, "attach", "show", attachment)["custody"]
    assert custody[1]["detail"]["stripped"] == "exif, xmp, iptc"
    assert "copy_sha256" in custody[1]["detail"]


# -- refusals, deletion ---------------------------------------------------------------------------


def test_bad_intake_is_refused_and_changes_nothing(vault: Path, tmp_path: Path) -> None:
    defender = _defender(vault)
    task = str(ok_json(vault, "task", "add", "--title", "call her")["id"])
    source = _evidence_file(tmp_path / "in")
    link = tmp_path / "in" / "link.bin"
    link.symlink_to(source)
    for args in (["--to", task, str(source)], ["--to", "no-such-id", str(source)],
                 ["--to", defender, str(tmp_path / "in")], ["--to", defender, str(link)],
                 ["--to", defender, str(tmp_path / "missing")]):
        refused = run(vault, "attach", "add", *args)
        assert refused.code == 5, (args, refused.err)
    assert ok_json(vault, "attach", "list") == []
    assert not (vault / "blobs").exists() or list((vault / "blobs").iterdir()) == []
    # an export never writes inside the vault, nor over an existing file
    attachment = ok(vault, "attach", "add", "--to", defender, str(source)).out.strip()
    assert run(vault, "attach", "export", attachment, "--out", str(vault / "keyslots")).code == 5
    assert run(vault, "attach", "export", attachment, "--out", str(source)).code == 5


def test_delete_removes_the_row_and_the_blob(vault: Path, tmp_path: Path) -> None:
    attachment = ok(vault, "attach", "add", "--to", _defender(vault),
                    str(_evidence_file(tmp_path / "in"))).out.strip()
    assert len(list((vault / "blobs").iterdir())) == 1
    ok(vault, "attach", "delete", attachment)
    assert list((vault / "blobs").iterdir()) == []
    assert run(vault, "attach", "show", attachment).code == 5


def test_the_service_refuses_to_show_other_types_inside_the_app(vault: Path,
                                                               tmp_path: Path) -> None:
    attachment = ok(vault, "attach", "add", "--to", _defender(vault),
                    str(_evidence_file(tmp_path / "in"))).out.strip()
    desk = unlock_desk(vault, PASSPHRASE)
    try:
        with pytest.raises(RejectedInput, match="export a decrypted copy"):
            desk.evidence.read_for_view(attachment)
        _only_blob(vault).write_bytes(b"")
        with pytest.raises(EvidenceDamaged):
            desk.evidence.export(attachment, tmp_path / "x.bin")
    finally:
        with contextlib.suppress(Exception):
            desk.close()


def test_purging_a_record_removes_its_attachments_and_overwrites_their_files(
        vault: Path, tmp_path: Path) -> None:
    defender = _defender(vault)
    attachment = ok(vault, "attach", "add", "--to", defender,
                    str(_evidence_file(tmp_path / "in"))).out.strip()
    ok(vault, "defender", "delete", defender)
    assert len(list((vault / "blobs").iterdir())) == 1
    ok(vault, "purge", defender)
    assert list((vault / "blobs").iterdir()) == []
    assert run(vault, "attach", "show", attachment).code == 5
