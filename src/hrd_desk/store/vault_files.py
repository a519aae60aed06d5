"""The files of a vault folder, and how they are destroyed.

A vault folder holds `keyslots` (the wrapped key), the database it names (`vault.db`, or
`vault-<16 hex>.db` after a rekey) with SQLite's `-wal` and `-shm` beside it, and
`unlock-failures` (how many unlocks failed since the last success; no secret), and `blobs/`
(encrypted attachments, store/attachments.py). Anything else a
crash may leave (a database a rekey did not finish, the hard link to a replaced keyslot file) is
removed at the next unlock.

Destroying a file overwrites it in place with random bytes, fsyncs and deletes it: on a hard disk
that removes the old content; on SSDs and copy-on-write file systems the old blocks may survive,
which is why a rekey (new key) and full-disk encryption matter more (docs/threat-model.md).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import stat
from pathlib import Path

from ..fsutil import atomic_write, fsync_dir

KEYSLOTS_NAME = "keyslots"
REPLACED_KEYSLOTS = "keyslots.old"  # a hard link kept only while a rekey replaces the file
FAILURES_NAME = "unlock-failures"
BLOBS_DIR = "blobs"  # encrypted attachment files (store/attachments.py)
_DATABASE_FILE = re.compile(r"^vault(-[0-9a-f]{16})?\.db(-wal|-shm|-journal)?$")
_TEMP_FILE = re.compile(r"^\.(keyslots|unlock-failures)\.[0-9a-f]+\.tmp$")
_CHUNK = 1024 * 1024


def database_files(name: str) -> tuple[str, ...]:
    """A database file and the files SQLite keeps beside it."""
    return (name, f"{name}-wal", f"{name}-shm", f"{name}-journal")


def is_vault_file(name: str) -> bool:
    return (name in (KEYSLOTS_NAME, REPLACED_KEYSLOTS, FAILURES_NAME)
            or bool(_DATABASE_FILE.match(name)) or bool(_TEMP_FILE.match(name)))


def shred(path: Path) -> bool:
    """Overwrite a regular file with random bytes, fsync, delete; False when it was not there.

    Links and other non-regular files are only unlinked (never followed).
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if stat.S_ISREG(info.st_mode) and info.st_nlink == 1:
        flags = os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
        with contextlib.suppress(OSError):
            fd = os.open(path, flags)
            try:
                left = info.st_size
                while left > 0:
                    step = min(left, _CHUNK)
                    os.write(fd, secrets.token_bytes(step))
                    left -= step
                os.fsync(fd)
            finally:
                os.close(fd)
    try:
        path.unlink(missing_ok=True)
    except OSError:  # Windows: still open elsewhere; the next unlock removes leftovers
        return False
    return True


def destroy_keys(directory: Path) -> None:
    """The emergency step: every keyslot file overwritten and gone. Fast whatever the size of
    the database, which no one can read without them."""
    for name in (KEYSLOTS_NAME, REPLACED_KEYSLOTS):
        shred(directory / name)
    for path in directory.glob(".keyslots.*.tmp"):
        shred(path)
    left = [n for n in (KEYSLOTS_NAME, REPLACED_KEYSLOTS) if (directory / n).exists()]
    if left:  # a read-only medium, a file held open elsewhere: say so, never claim success
        raise OSError(f"the keyslot file in {directory} could not be destroyed")
    fsync_dir(directory)


def destroy_vault(directory: Path) -> None:
    """Keys first, then the database and everything else the vault wrote; the folder goes too
    when nothing else is in it."""
    destroy_keys(directory)
    blobs = directory / BLOBS_DIR
    if blobs.is_dir() and not blobs.is_symlink():
        for path in sorted(blobs.iterdir()):
            shred(path)
        with contextlib.suppress(OSError):
            blobs.rmdir()
    if directory.is_dir():
        for path in sorted(directory.iterdir()):
            if is_vault_file(path.name):
                shred(path)
        left = sorted(p.name for p in directory.iterdir() if is_vault_file(p.name))
        if left:
            raise OSError(f"the keys are destroyed, but {', '.join(left)} in {directory} could "
                          "not be removed")
        fsync_dir(directory)
        with contextlib.suppress(OSError):
            directory.rmdir()


def remove_leftovers(directory: Path, database: str) -> None:
    """What a crash during a rekey or a create may leave: databases the keyslot file does not
    name, and the link to a keyslot file that was replaced."""
    replaced = directory / REPLACED_KEYSLOTS
    if replaced.exists():
        current = directory / KEYSLOTS_NAME
        if current.exists() and os.path.samefile(replaced, current):
            replaced.unlink()  # the rekey stopped before its switch: this is the live file
        else:
            shred(replaced)
    keep = set(database_files(database))
    for path in directory.iterdir():
        if (_DATABASE_FILE.match(path.name) and path.name not in keep) or _TEMP_FILE.match(
                path.name):
            shred(path)


# -- failed unlocks -------------------------------------------------------------------------------


def failed_unlocks(directory: Path) -> int:
    """How many unlocks failed since the last one that succeeded."""
    try:
        data = json.loads((directory / FAILURES_NAME).read_text("ascii"))
        count = data.get("count", 0) if isinstance(data, dict) else 0
        return count if isinstance(count, int) and count >= 0 else 0
    except (OSError, ValueError):
        return 0


def record_failed_unlock(directory: Path) -> int:
    count = failed_unlocks(directory) + 1
    with contextlib.suppress(OSError):  # a read-only medium must not turn into another error
        atomic_write(directory / FAILURES_NAME, json.dumps({"count": count}).encode("ascii"))
    return count


def clear_failed_unlocks(directory: Path) -> int:
    """Reset the count after a successful unlock; returns what it was."""
    count = failed_unlocks(directory)
    if count:
        with contextlib.suppress(OSError):
            (directory / FAILURES_NAME).unlink()
    return count
