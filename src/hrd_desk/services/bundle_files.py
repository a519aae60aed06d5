"""Opening a file that claims to be a bundle: only regular files, under the size cap.

Links, devices and pipes are refused before anything is read (a hostile drop folder or USB stick
could hold a FIFO that blocks forever, or a link pointing elsewhere on the disk).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..errors import BundleRejected, RejectedInput

MAX_BUNDLE_BYTES = 4 * 1024**3


def open_bundle_file(path: Path) -> BinaryIO:
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise RejectedInput(f"cannot read {path}: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise RejectedInput(f"{path} is not a regular file")
    if info.st_size > MAX_BUNDLE_BYTES:
        raise BundleRejected("over cap", "the file is larger than any bundle may be")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after lstat must not block
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise RejectedInput(f"cannot read {path}: {exc.strerror}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise RejectedInput(f"{path} is not a regular file")
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")
