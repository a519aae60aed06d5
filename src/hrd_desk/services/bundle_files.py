"""Files the exchange reads and writes: bundles opened only as regular files under the size cap,
and output paths checked before any work is done.

Links, devices and pipes are refused before anything is read (a hostile drop folder or USB stick
could hold a FIFO that blocks forever, or a link pointing elsewhere on the disk). Nothing is ever
written inside the vault's own folder: a bundle or card saved as `keyslots` or `vault.db` there
would replace the vault's key or database, and the vault would be lost.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..errors import BundleRejected, RejectedInput, os_code
from ..fsutil import stream_file

MAX_BUNDLE_BYTES = 4 * 1024**3
# a bundle is read a chunk (65553 bytes) at a time: through an 8 KiB buffer that was two read()
# calls a chunk, one a MiB through this one
BUNDLE_SUFFIX = ".hrdb"  # the one extension of sealed bundles: CLI, GUI filters, drop folders


def with_bundle_suffix(out: Path) -> Path:
    """The bundle's file name, with the bundle extension added when the name has none."""
    return out if out.suffix or out.is_dir() else out.with_name(out.name + BUNDLE_SUFFIX)


def open_regular_file(path: Path, buffering: int = -1, *, streamed: bool = False) -> BinaryIO:
    """A file from outside opened for reading, only when it is a regular file: never a link,
    device or pipe (checked before opening and again on the open handle, so a FIFO swapped in
    after the check cannot block). `streamed`: a bundle read once, front to back
    (fsutil.stream_file)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise RejectedInput(f"{path} does not exist", code="file-missing",
                            values=(str(path),)) from None
    except OSError as exc:
        raise RejectedInput(f"cannot read {path}: {exc.strerror}", code="file-unreadable",
                            values=(str(path), os_code(exc))) from None
    if not stat.S_ISREG(info.st_mode):
        raise RejectedInput(f"{path} is not a regular file", code="not-regular-file",
                            values=(str(path),))
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise RejectedInput(f"cannot read {path}: {exc.strerror}", code="file-unreadable",
                            values=(str(path), os_code(exc))) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise RejectedInput(f"{path} is not a regular file", code="not-regular-file",
                            values=(str(path),))
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    if streamed:
        return stream_file(fd, "rb", buffering if buffering >= 0 else io.DEFAULT_BUFFER_SIZE)
    return os.fdopen(fd, "rb", buffering=buffering)


def open_bundle_file(path: Path) -> BinaryIO:
    """A bundle file to read: a regular file no larger than any bundle may be. Unbuffered: the
    reader reads whole chunks, a MiB of them at a time once under way, and the tail a MiB at a
    time; a buffer would copy every byte once more (and, once a read left it part full, did so
    for the rest of the file: bench/issue17-figures.md, session 14)."""
    handle = open_regular_file(path, 0, streamed=True)
    if os.fstat(handle.fileno()).st_size > MAX_BUNDLE_BYTES:
        handle.close()
        raise BundleRejected("over cap", "the file is larger than any bundle may be",
                             code="bundle-too-large")
    return handle


def check_output_path(out: Path, vault_dir: Path) -> None:
    """Refuse, before anything is written, an output that is a folder or lies in the vault's."""
    if out.is_dir():
        raise RejectedInput(f"{out} is a folder: give a file name", code="output-is-folder",
                            values=(str(out),))
    if not out.parent.is_dir():
        raise RejectedInput(f"the folder {out.parent} does not exist", code="no-such-folder",
                            values=(str(out.parent),))
    target = out.resolve().parent
    vault = vault_dir.resolve()
    if target == vault or vault in target.parents:
        raise RejectedInput(
            f"{out} is inside the vault folder, where it could replace the vault's own files: "
            "choose another place", code="output-in-vault", values=(str(out),)
        )
