"""File-system safety: private permissions and all-or-nothing writes.

Every file the app writes goes through `atomic_write` (temp name, fsync, rename, fsync of the
directory), so a crash leaves the old file or the new one, never a torn one. POSIX-only calls
(file modes, directory fsync) are guarded so the same code runs on Windows.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

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
def atomic_writer(target: Path, buffering: int = -1) -> Iterator[BinaryIO]:
    """A handle on a private temp file beside `target`, for data written as a stream: on a clean
    exit it is fsynced and renamed over `target` (directory fsynced); on any error removed."""
    tmp = temp_name(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb", buffering=buffering) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(target.parent)


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
