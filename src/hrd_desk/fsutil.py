"""File-system safety: private permissions and all-or-nothing writes.

Every file the app writes goes through `atomic_write` (temp name, fsync, rename, fsync of the
directory), so a crash leaves the old file or the new one, never a torn one. POSIX-only calls
(file modes, directory fsync) are guarded so the same code runs on Windows.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal, cast

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

POSIX = os.name == "posix"


def restrict_umask() -> None:
    """umask 077 for the process: nothing we create is readable by other users."""
    if POSIX:
        os.umask(0o077)


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed, with mode 0700 on the leaf."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if POSIX:
        os.chmod(path, 0o700)
    return path


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable. Windows cannot open directories; it journals renames."""
    if not POSIX:
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")


@contextlib.contextmanager
def atomic_writer(target: Path, buffering: int = -1, *, streamed: bool = False
                  ) -> Iterator[BinaryIO]:
    """A handle on a private temp file beside `target`, for data written as a stream: on a clean
    exit it is fsynced and renamed over `target` (directory fsynced); on any error removed.
    `streamed`: a big file written once, front to back (`stream_file`; `buffering` > 0)."""
    tmp = temp_name(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        with (stream_file(fd, "wb", buffering) if streamed
              else os.fdopen(fd, "wb", buffering=buffering)) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(target.parent)


# Where the OS has it (Linux, the BSDs; not Windows or macOS), a big file read or written front
# to back tells the kernel which of its pages it is done with, so the page cache reuses them
# rather than taking fresh pages for every MiB. On a VM that hands free pages back to its host
# every fresh page costs a fault (measured: 2.4-2.7 ms/MiB of system time writing 512 MiB into
# fresh pages, 0.2-0.7 when the writer drops what it passed): `stream_file` opens such files.
_DONTNEED = getattr(os, "POSIX_FADV_DONTNEED", None)
DROP_WINDOW = 8 * 1024 * 1024  # bytes kept behind the position before they may be dropped


def drops_pages() -> bool:
    """Whether this OS can be told which pages a file is done with (posix_fadvise)."""
    return _DONTNEED is not None and hasattr(os, "posix_fadvise")


def forget_pages(fd: int, start: int = 0, length: int = 0) -> None:
    """Tell the kernel the file's bytes [start, start+length) (length 0: to its end) are not
    needed in the page cache: clean pages are dropped, dirty ones start being written back
    (dropped by a later call). Durability is unchanged: only fsync makes data durable. A no-op
    where posix_fadvise is missing or refused."""
    if _DONTNEED is None or not drops_pages():
        return
    with contextlib.suppress(OSError):
        os.posix_fadvise(fd, start, length, _DONTNEED)


def forget_file_pages(path: Path) -> None:
    """`forget_pages` for all of a file closed earlier: a streamed file's close only starts the
    write-back of its last pages, which stay cached until someone asks again once it is done."""
    if not drops_pages():
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            forget_pages(fd)
        finally:
            os.close(fd)


class _DropBehind(io.FileIO):
    """A file read or written front to back: every DROP_WINDOW bytes, what lies more than a
    window behind the position is handed to `forget_pages` (from two windows further back, so
    pages that were still being written back last time are dropped now); all of it at close."""

    def __init__(self, fd: int, mode: str) -> None:
        super().__init__(fd, mode, closefd=True)
        self._done = 0  # bytes read or written
        self._next = 2 * DROP_WINDOW  # position of the next call
        self._from = 0

    def _passed(self, count: int) -> None:
        self._done += count
        if self._done >= self._next:
            upto = self._done - DROP_WINDOW
            forget_pages(self.fileno(), self._from, upto - self._from)
            self._from = max(0, upto - 2 * DROP_WINDOW)
            self._next = self._done + DROP_WINDOW

    def write(self, data: ReadableBuffer) -> int:
        count = super().write(data)
        if count:
            self._passed(count)
        return count

    def readinto(self, buffer: WriteableBuffer) -> int:
        count = super().readinto(buffer)
        if count:
            self._passed(count)
        return count

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        if data:
            self._passed(len(data))
        return data

    def close(self) -> None:
        if not self.closed and self._done:
            forget_pages(self.fileno())
        super().close()


def stream_file(fd: int, mode: Literal["rb", "wb"], buffering: int = 1024 * 1024
                ) -> BinaryIO:
    """`os.fdopen(fd, mode, buffering)` for a file the app streams through once (blobs, bundles,
    exported copies), telling the kernel which pages it passed where the OS can be told
    (`_DropBehind`); elsewhere exactly os.fdopen. `buffering` 0: the raw file, for a caller
    that reads in blocks of its own (a buffer would only copy each of them once more)."""
    if not drops_pages():
        return os.fdopen(fd, mode, buffering=buffering)
    try:
        raw = _DropBehind(fd, mode[0])
    except BaseException:
        os.close(fd)
        raise
    if buffering == 0:
        return cast(BinaryIO, raw)
    if mode == "rb":
        return io.BufferedReader(raw, buffer_size=buffering)
    return io.BufferedWriter(raw, buffer_size=buffering)


def atomic_write(target: Path, data: bytes) -> None:
    """Write `data` to `target` via a private temp file, fsync, rename and directory fsync."""
    with atomic_writer(target) as handle:
        handle.write(data)


def disable_core_dumps() -> None:
    """Best effort: an unlocked vault's key must not end up in a core file."""
    if not POSIX:
        return
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None)
            pr_set_dumpable = 4
            libc.prctl(pr_set_dumpable, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
