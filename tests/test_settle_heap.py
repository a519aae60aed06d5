"""workers.settle_heap: where the C library is glibc, a stream's threads keep their freed heap
instead of giving it back and faulting it in again every few chunks; elsewhere nothing."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator

import pytest

from hrd_desk.crypto import workers


class _Libc:
    def __init__(self, glibc: bool) -> None:
        self.calls: list[tuple[int, int]] = []
        if glibc:
            self.gnu_get_libc_version = lambda: b"2.36"

    def mallopt(self, param: int, value: int) -> int:
        self.calls.append((param, value))
        return 1


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    workers.settle_heap.cache_clear()
    yield
    workers.settle_heap.cache_clear()


def test_a_streaming_worker_keeps_the_heap_once_where_glibc_runs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    libc = _Libc(glibc=True)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "CDLL", lambda name: libc)
    for _ in range(2):
        worker = workers.OrderedWorker("test")
        worker.close()
        workers.HandOver[int](2)
    assert libc.calls == [(-1, workers.HEAP_KEEP_BYTES), (-3, workers.HEAP_MMAP_BYTES)]


@pytest.mark.parametrize("platform, glibc", [("win32", True), ("darwin", True),
                                             ("linux", False)])
def test_nothing_is_called_elsewhere(monkeypatch: pytest.MonkeyPatch, platform: str,
                                     glibc: bool) -> None:
    libc = _Libc(glibc)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: libc)
    workers.OrderedWorker("test").close()
    assert libc.calls == [] and workers.settle_heap() is False
