"""A bundle split into parts (services/bundle_parts.py): the parts together are the bundle, so
it imports from any one part or their folder once all are there; until then it is refused with
the missing parts named; a part altered, swapped, cut short or from another bundle, and parts
claiming hostile sizes, are refused whole with the vault unchanged."""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_support import Family, Office, add_family, export, offices, refused, unchanged
from hrd_desk import fsutil
from hrd_desk.errors import BundlePartsMissing, RejectedInput
from hrd_desk.services import bundle_parts, exchange
from hrd_desk.services.bundle_parts import TRAILER, TRAILER_BYTES, parse_part_size
from hrd_desk.services.evidence import Evidence

PART = 64 * 1024


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path / "offices", "a", "b", "c") as made:
        yield made


def _evidence(office: Office, family: Family, tmp_path: Path, size: int = 300_000) -> bytes:
    data = os.urandom(size)
    path = tmp_path / "evidence.bin"
    path.write_bytes(data)
    Evidence(office.session).add(family.incident, path)
    return data


def _split(a: Office, to: list[Office], family: Family, folder: Path,
           name: str = "family.hrdb") -> list[Path]:
    folder.mkdir(exist_ok=True)
    summary = export(a, folder / name, to, defenders=[family.defender], part_size=PART)
    assert summary.parts and summary.path == summary.parts[0]
    return list(summary.parts)


def _trailer(path: Path) -> tuple[bytes, int, int, int, int]:
    fields: tuple[bytes, int, int, int, int] = TRAILER.unpack(path.read_bytes()[-TRAILER_BYTES:])
    return fields


def _retrail(path: Path, data: bytes, **change: int | bytes) -> None:
    set_id, index, count, part_size, size = _trailer(path)
    values = {"set_id": set_id, "index": index, "count": count, "part_size": part_size,
              "size": size, **change}
    path.write_bytes(data + TRAILER.pack(values["set_id"], values["index"], values["count"],
                                         values["part_size"], values["size"]))


def test_parts_carry_the_bundle_from_any_part_or_their_folder(trio: dict[str, Office],
                                                              tmp_path: Path) -> None:
    a, b, c = trio["a"], trio["b"], trio["c"]
    family = add_family(a)
    data = _evidence(a, family, tmp_path)
    parts = _split(a, [b, c], family, tmp_path / "stick")
    count = len(parts)
    assert count >= 5 and [p.name for p in parts] == [
        f"family.hrdb.part{i}of{count}" for i in range(1, count + 1)]
    assert not (tmp_path / "stick" / "family.hrdb").exists()
    assert sorted(os.listdir(tmp_path / "stick")) == sorted(p.name for p in parts)  # no temps
    sizes = [p.stat().st_size for p in parts]
    assert all(s == PART + TRAILER_BYTES for s in sizes[:-1]) and sizes[-1] <= PART + 36
    summary = exchange.import_bundle(b.session, parts[2])  # any one part
    assert summary.attachments == 1 and summary.new_records == 4
    [got] = Evidence(b.session).list(family.incident)
    out = tmp_path / "out.bin"
    Evidence(b.session).export(got.id, out)
    assert out.read_bytes() == data
    assert exchange.import_bundle(c.session, tmp_path / "stick").attachments == 1  # the folder
    assert exchange.import_bundle(b.session, parts[0]).already_imported
    seen = exchange.inspect_bundle(parts[-1], b.session)
    assert seen.addressed_to_me and seen.counts["attachments"] == 1


def test_a_bundle_that_fits_in_one_part_is_written_plain(trio: dict[str, Office],
                                                        tmp_path: Path) -> None:
    a, b = trio["a"], trio["b"]
    family = add_family(a)
    summary = export(a, tmp_path / "small.hrdb", [b], defenders=[family.defender],
                     part_size=10 * PART)
    assert summary.parts == () and summary.path == tmp_path / "small.hrdb"
    assert exchange.import_bundle(b.session, summary.path).new_records == 4


def test_missing_parts_are_named_and_nothing_changes_until_all_are_there(
        trio: dict[str, Office], tmp_path: Path) -> None:
    a, b = trio["a"], trio["b"]
    family = add_family(a)
    _evidence(a, family, tmp_path)
    parts = _split(a, [b], family, tmp_path / "mail")
    count = len(parts)
    aside = tmp_path / "aside"
    aside.mkdir()
    for moved in (parts[1], parts[-1]):
        moved.rename(aside / moved.name)
    rejection = refused(b, parts[0], "incomplete")
    assert isinstance(rejection, BundlePartsMissing)
    assert rejection.missing == (2, count) and rejection.count == count
    assert f"parts 2, {count} of {count} are missing" in rejection.message
    # a file with a missing part's name that is cut short is said to be there but damaged
    (tmp_path / "mail" / parts[1].name).write_bytes((aside / parts[1].name).read_bytes()[:-1])
    rejection = refused(b, tmp_path / "mail", "incomplete")
    assert f"{parts[1].name} is there but damaged or cut short" in rejection.message
    for moved in (parts[1], parts[-1]):
        (aside / moved.name).replace(moved)
    assert exchange.import_bundle(b.session, parts[-1]).attachments == 1


def test_renamed_parts_are_put_back_in_their_own_order(trio: dict[str, Office],
                                                      tmp_path: Path) -> None:
    a, b = trio["a"], trio["b"]
    family = add_family(a)
    data = _evidence(a, family, tmp_path)
    parts = _split(a, [b], family, tmp_path / "in")
    count = len(parts)
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    for number, part in enumerate(reversed(parts), 1):  # a mail client's names, order reversed
        part.rename(renamed / f"attachment ({number}).part{number}of{count}")
    assert exchange.import_bundle(b.session, renamed / f"attachment (1).part1of{count}"
                                  ).attachments == 1
    [got] = Evidence(b.session).list(family.incident)
    Evidence(b.session).export(got.id, tmp_path / "out.bin")
    assert (tmp_path / "out.bin").read_bytes() == data


def test_swapped_or_altered_parts_are_refused_whole(trio: dict[str, Office],
                                                     tmp_path: Path) -> None:
    a, b = trio["a"], trio["b"]
    family = add_family(a)
    _evidence(a, family, tmp_path)
    parts = _split(a, [b], family, tmp_path / "in")
    first, second = (p.read_bytes()[:-TRAILER_BYTES] for p in parts[1:3])
    _retrail(parts[1], second)  # contents swapped, each keeping its place's trailer
    _retrail(parts[2], first)
    refused(b, parts[0], "payload failure", "mac failure", "header failure", "incomplete")
    _retrail(parts[1], first)
    _retrail(parts[2], second)
    whole = parts[3].read_bytes()
    flipped = bytearray(whole)
    flipped[1000] ^= 1
    parts[3].write_bytes(bytes(flipped))
    refused(b, parts[0], "payload failure")
    data = whole[:-TRAILER_BYTES]
    _retrail(parts[3], data[:5000] + data[5001:] + b"\0")  # same size, a byte moved
    refused(b, parts[0], "payload failure")
    parts[3].write_bytes(whole)
    assert exchange.import_bundle(b.session, parts[0]).attachments == 1


def test_a_part_from_another_bundle_is_refused_whole(trio: dict[str, Office],
                                                     tmp_path: Path) -> None:
    a, b = trio["a"], trio["b"]
    family = add_family(a)
    _evidence(a, family, tmp_path)
    ours = _split(a, [b], family, tmp_path / "ours")
    theirs = _split(a, [b], family, tmp_path / "theirs")
    assert len(ours) == len(theirs)
    count = len(ours)
    (tmp_path / "theirs" / ours[1].name).replace(ours[1])  # same name, another bundle
    rejection = refused(b, ours[0], "incomplete")
    assert isinstance(rejection, BundlePartsMissing) and rejection.missing == (2,)
    assert f"{ours[1].name} is there but belongs to another bundle" in rejection.message
    # a hostile copy of its trailer makes it "fit": the bundle's own checks refuse it
    set_id, *_ = _trailer(ours[0])
    _retrail(ours[1], ours[1].read_bytes()[:-TRAILER_BYTES], set_id=set_id)
    refused(b, ours[0], "payload failure")
    # a folder holding two bundles' parts: the caller must name one
    theirs[2].replace(tmp_path / "ours" / f"other.hrdb.part3of{count}")
    with unchanged(b), pytest.raises(RejectedInput, match="parts of 2 different bundles"):
        exchange.import_bundle(b.session, tmp_path / "ours")


def test_truncated_parts_and_hostile_part_sizes_are_refused(trio: dict[str, Office],
                                                            tmp_path: Path) -> None:
    a, b = trio["a"], trio["b"]
    family = add_family(a)
    _evidence(a, family, tmp_path)
    parts = _split(a, [b], family, tmp_path / "in")
    count = len(parts)
    whole = parts[1].read_bytes()
    data = whole[:-TRAILER_BYTES]
    parts[1].write_bytes(whole[:-1])  # cut short: its trailer is gone
    assert isinstance(refused(b, parts[0], "incomplete"), BundlePartsMissing)
    refused(b, parts[1], "incomplete")  # named itself
    parts[1].write_bytes(whole)
    _retrail(parts[1], data[:-1])  # a byte gone from the data, trailer kept
    refused(b, parts[1], "incomplete")
    gib = 1024**3
    over = bundle_parts.MAX_PARTS + 1
    for change, category in (({"count": over, "size": over * PART}, "over cap"),
                             ({"count": 65535, "size": 65535 * PART - 1}, "over cap"),
                             ({"size": 5 * gib, "part_size": gib, "count": 5}, "over cap"),
                             ({"size": 2**64 - 1, "part_size": 2**63, "count": 2}, "over cap"),
                             ({"part_size": 2**64 - 1}, "incomplete"),
                             ({"part_size": 1}, "incomplete"),
                             ({"part_size": 0}, "incomplete"),
                             ({"index": 0}, "incomplete"),
                             ({"index": count + 1}, "incomplete"),
                             ({"count": 1, "index": 1}, "incomplete"),
                             ({"size": 1}, "incomplete")):
        parts[1].write_bytes(whole)
        _retrail(parts[1], data, **change)  # type: ignore[arg-type]
        got = refused(b, parts[1], "incomplete", "over cap")
        assert got.category == category, (change, got.message)
    parts[1].write_bytes(whole)
    third = parts[2].read_bytes()
    size = _trailer(parts[2])[4]
    _retrail(parts[2], third[:-TRAILER_BYTES], size=size - 1)
    refused(b, parts[0], "header failure")  # parts disagreeing about their bundle
    parts[2].write_bytes(third)
    # a link named as a part is not a part (links are never followed)
    aside = tmp_path / "aside"
    aside.mkdir()
    parts[2].replace(aside / parts[2].name)
    os.symlink(aside / parts[2].name, parts[2])
    assert refused(b, parts[0], "incomplete").missing == (3,)  # type: ignore[attr-defined]
    parts[2].unlink()
    (aside / parts[2].name).replace(parts[2])
    assert exchange.import_bundle(b.session, parts[0]).attachments == 1


def test_part_sizes_and_the_part_count_are_capped_when_writing(
        trio: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_part_size("18M") == 18_000_000 and parse_part_size("64KiB") == 65536
    assert parse_part_size("4GiB") == 4 * 1024**3 and parse_part_size("100000") == 100_000
    for bad in ("64K", "5GiB", "0", "ten", "-1M", "1.5M"):
        with pytest.raises(RejectedInput):
            parse_part_size(bad)
    a, b = trio["a"], trio["b"]
    family = add_family(a)
    _evidence(a, family, tmp_path)
    monkeypatch.setattr(bundle_parts, "MAX_PARTS", 3)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RejectedInput, match="more than 3 parts"):
        export(a, out / "x.hrdb", [b], defenders=[family.defender], part_size=PART)
    assert os.listdir(out) == []


def test_a_part_is_never_mistaken_for_a_bundle_by_its_structure(tmp_path: Path) -> None:
    """Only names decide what is a part: a bundle-named file is read as a bundle."""
    path = tmp_path / "x.hrdb"
    path.write_bytes(b"\x01" + struct.pack(">H", 1) + bytes(200))
    assert not bundle_parts.is_part_name(path)
    assert bundle_parts.is_part_name(tmp_path / "x.hrdb.part2of3")
    assert not bundle_parts.is_part_name(tmp_path / "x.hrdb.part0of3")


def test_a_closed_part_is_dropped_from_the_page_cache_while_the_next_are_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a part only starts the write-back of its last pages: it is asked again once two
    windows more are written, not left cached until commit (the writer then took fresh pages
    for the whole bundle: bench/issue17-figures.md, session 11)."""
    window = 64 * 1024
    part = 4 * window
    calls: list[tuple[int, int, int, int]] = []  # (inode, start, length, bytes written then)
    output = bundle_parts.BundleOutput(tmp_path / "b.hrdb", part)
    monkeypatch.setattr(bundle_parts, "FORGET_CLOSED_AFTER", 2 * window, raising=False)
    monkeypatch.setattr(fsutil, "_DONTNEED", 4)
    monkeypatch.setattr(os, "posix_fadvise", lambda fd, start, length, advice: calls.append(
        (os.fstat(fd).st_ino, start, length, output._size)), raising=False)
    block = os.urandom(window // 2)
    for _ in range(6 * part // len(block)):
        output.write(block)
    inodes = [os.stat(tmp).st_ino for tmp in output._temps]
    before_commit = list(calls)
    paths = output.commit()
    assert b"".join(p.read_bytes()[:-TRAILER_BYTES] for p in paths) == block * (
        6 * part // len(block))
    for index, inode in enumerate(inodes[:-1]):
        closed_at = (index + 1) * part
        later = [written for ino, start, length, written in before_commit
                 if ino == inode and (start, length) == (0, 0) and written > closed_at]
        if closed_at + 2 * window <= 6 * part - len(block):  # written far enough past it
            assert later and min(later) >= closed_at + 2 * window, index
        assert len(later) <= bundle_parts.FORGET_CLOSED_ASKS  # asked again a few times at most
