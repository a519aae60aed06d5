"""fsutil.stream_file: big files read or written front to back tell the kernel which pages they
passed (posix_fadvise DONTNEED), where the OS has it, and are plain files elsewhere."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from hrd_desk import fsutil

WINDOW = 64 * 1024


def _record(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, int, int]]:
    """Calls to posix_fadvise: (start, length, advice, the file's position then)."""
    calls: list[tuple[int, int, int, int]] = []
    monkeypatch.setattr(fsutil, "DROP_WINDOW", WINDOW)
    monkeypatch.setattr(fsutil, "_DONTNEED", 4)
    monkeypatch.setattr(os, "posix_fadvise", lambda fd, start, length, advice: calls.append(
        (start, length, advice, os.lseek(fd, 0, os.SEEK_CUR))), raising=False)
    return calls


def test_a_streamed_write_drops_what_lies_a_window_behind(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _record(monkeypatch)
    data = os.urandom(10 * WINDOW + 123)
    path = tmp_path / "blob"
    with fsutil.stream_file(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600), "wb",
                            buffering=WINDOW // 4) as out:
        for start in range(0, len(data), 5000):
            out.write(data[start:start + 5000])
        out.flush()
        written = len(calls)
        os.fsync(out.fileno())
    assert path.read_bytes() == data
    assert written >= 5  # about every window once two windows were written
    for start, length, advice, position in calls[:written]:
        assert advice == 4 and length > 0
        assert start + length <= position - WINDOW  # never the last window written
    assert calls[-1][:3] == (0, 0, 4)  # at close: the whole file (written back by then)
    assert len(calls) == written + 1


def test_a_streamed_read_drops_behind_and_reads_the_same_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = os.urandom(6 * WINDOW + 7)
    path = tmp_path / "bundle"
    path.write_bytes(data)
    calls = _record(monkeypatch)
    with fsutil.stream_file(os.open(path, os.O_RDONLY), "rb", buffering=WINDOW // 2) as inp:
        got = b"".join(iter(lambda: inp.read(10_000), b""))
    assert got == data
    assert len(calls) >= 3 and calls[-1][:3] == (0, 0, 4)
    assert all(length > 0 and start + length <= position - WINDOW
               for start, length, _, position in calls[:-1])


def test_without_posix_fadvise_it_is_a_plain_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "posix_fadvise", raising=False)
    path = tmp_path / "blob"
    with fsutil.stream_file(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600), "wb") as out:
        out.write(b"abc" * 1000)
        assert type(out.raw) is io.FileIO  # type: ignore[attr-defined]
    assert path.read_bytes() == b"abc" * 1000
    fsutil.forget_pages(0)  # nothing to call: no error


def test_a_closed_file_is_forgotten_by_its_path_and_not_where_fadvise_is_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "part"
    path.write_bytes(b"x" * 5000)
    calls = _record(monkeypatch)
    fsutil.forget_file_pages(path)
    assert [call[:3] for call in calls] == [(0, 0, 4)]
    monkeypatch.delattr(os, "posix_fadvise")
    fsutil.forget_file_pages(path)  # nothing to call: no error
    fsutil.forget_file_pages(tmp_path / "gone")  # nor for a file removed meanwhile
    assert len(calls) == 1 and path.read_bytes() == b"x" * 5000
