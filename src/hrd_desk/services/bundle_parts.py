"""A bundle split into parts for a small USB stick or a mail size limit, and put back together.

Part k of n is the file `NAME.partkofn` beside the bundle's NAME: a whole slice of the bundle's
bytes followed by a 36-byte trailer (docs/bundle-format.md, "Parts"): the set id (16 random
bytes shared by the parts of one bundle), k, n, the part size and the bundle's size. The parts
together are exactly the bundle, so the bundle's own authentication covers every byte: a part
altered, swapped, cut short or from another bundle is refused whole like any damaged bundle.

Writing streams the bundle into part files under temporary names and renames them (each
fsynced) only when the bundle is complete; a bundle that fits in one part is written as a plain
bundle. Reading finds the parts by their names (`.partkofn`, whatever comes before it) in the
named part's folder (or the folder given), orders them by their trailers, checks the trailers
against each other and the caps before reading any content, refuses with the missing parts
named until all are there, and then reads them as one seekable stream.
"""

from __future__ import annotations

import contextlib
import heapq
import io
import os
import re
import secrets
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from ..errors import BundlePartsMissing, BundleRejected, RejectedInput, os_code
from ..fsutil import (
    DROP_WINDOW,
    drops_pages,
    forget_file_pages,
    forget_pages,
    fsync_dir,
    stream_file,
    temp_name,
)
from .bundle_files import MAX_BUNDLE_BYTES, open_bundle_file, open_regular_file

TRAILER = struct.Struct(">16sHHQQ")  # set id, index (from 1), count, part size, bundle size
TRAILER_BYTES = TRAILER.size  # 36
MAX_PARTS = 1000
MIN_PART_BYTES = 64 * 1024
MAX_PART_BYTES = MAX_BUNDLE_BYTES
# Presets (the GUI offers them; the CLI takes any size): a 25 MB mail limit carries about
# 18 MB of attachment once base64 has grown it by a third; FAT32 holds files under 4 GiB.
MAIL_PART_BYTES = 18_000_000
SMALL_MAIL_PART_BYTES = 7_000_000  # a 10 MB mail limit
FAT32_PART_BYTES = 2**32 - 1 - TRAILER_BYTES
FORGET_CLOSED_AFTER = 2 * DROP_WINDOW  # bytes written after a part closed, before its pages go
FORGET_CLOSED_ASKS = 3  # times asked, each after twice as many bytes (write-back may lag)
MAX_CANDIDATES = 4 * MAX_PARTS  # part-named files looked at in one folder
PART_NAME = re.compile(r"\.part([1-9][0-9]{0,3})of([1-9][0-9]{0,3})$")
_SIZE = re.compile(r"^\s*([0-9]+)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 10**3, "m": 10**6, "g": 10**9,
          "ki": 2**10, "mi": 2**20, "gi": 2**30}


def part_path(out: Path, index: int, count: int) -> Path:
    return out.with_name(f"{out.name}.part{index}of{count}")


def is_part_name(path: Path) -> bool:
    return PART_NAME.search(path.name) is not None


def parse_part_size(text: str) -> int:
    """`100M`, `18MB`, `64KiB`, `4GiB` or plain bytes; K, M, G are powers of 1000, Ki, Mi, Gi
    of 1024. Refused (RejectedInput) outside MIN_PART_BYTES..MAX_PART_BYTES."""
    found = _SIZE.match(text)
    if not found:
        raise RejectedInput(f"{text!r} is not a part size: give bytes, or a number with K, M, "
                            "G (1000s) or KiB, MiB, GiB (1024s), e.g. 18M")
    unit = (found.group(2) or "").lower().removesuffix("b")
    return check_part_size(int(found.group(1)) * _UNITS[unit])


def check_part_size(size: int) -> int:
    if not MIN_PART_BYTES <= size <= MAX_PART_BYTES:
        raise RejectedInput(f"a part size must be between {MIN_PART_BYTES} bytes (64 KiB) and "
                            f"{MAX_PART_BYTES} bytes (4 GiB)")
    return size


# -- writing ------------------------------------------------------------------------------------


class BundleOutput(io.RawIOBase):
    """Where a bundle is written: one file, or parts of at most `part_size` bundle bytes each.
    Nothing appears under a final name before `commit`; `abort` removes every temporary file."""

    def __init__(self, out: Path, part_size: int | None = None) -> None:
        super().__init__()
        self._out = out
        self._part_size = check_part_size(part_size) if part_size is not None else None
        self._temps: list[Path] = []
        self._handle: BinaryIO | None = None
        self._room = 0
        self._size = 0
        # parts closed and not yet dropped from the page cache: (bundle bytes written when it is
        # asked next, order, path, times asked). Closing a part only started the write-back of
        # its last pages, which stay cached until asked again: each is asked once
        # FORGET_CLOSED_AFTER more bytes are written (written back by then, unless the disk
        # lags: then again after twice as many), so the page cache holds a part or two, not
        # the whole bundle until `commit` (the writer then took fresh pages for every MiB:
        # bench/issue17-figures.md, session 11)
        self._closed: list[tuple[int, int, Path, int]] = []
        self.paths: list[Path] = []  # the files written, once committed

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data).cast("B")
        while len(view):
            if self._handle is None or (self._part_size is not None and self._room == 0):
                self._next_file()
            assert self._handle is not None
            n = len(view) if self._part_size is None else min(self._room, len(view))
            self._handle.write(view[:n])
            self._room -= n
            self._size += n
            view = view[n:]
        while self._closed and self._closed[0][0] <= self._size:
            _due, order, path, asked = heapq.heappop(self._closed)
            forget_file_pages(path)
            if asked + 1 < FORGET_CLOSED_ASKS:
                heapq.heappush(self._closed, (self._size + (FORGET_CLOSED_AFTER << (asked + 1)),
                                              order, path, asked + 1))
        return len(data)

    def _next_file(self) -> None:
        if len(self._temps) >= MAX_PARTS:
            raise RejectedInput(f"the bundle would need more than {MAX_PARTS} parts: choose a "
                                "larger part size")
        self._close_current()
        tmp = temp_name(self._out)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        self._temps.append(tmp)
        # a MiB of buffer: one write a MiB, as the raw reference writes, instead of one per
        # 64 KiB chunk (the page cache's cost per call showed on the writing thread)
        self._handle = stream_file(fd, "wb")
        self._room = self._part_size or 0

    def _close_current(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
            if drops_pages():
                heapq.heappush(self._closed, (self._size + FORGET_CLOSED_AFTER,
                                              len(self._temps), self._temps[-1], 0))

    def commit(self) -> list[Path]:
        """Trailers added (when split), each file fsynced and renamed to its final name."""
        if self._handle is None:
            self._next_file()  # nothing was written: still one (empty) file
        self._close_current()
        self._closed.clear()  # each file's pages go below, once it is fsynced
        count = len(self._temps)
        set_id = secrets.token_bytes(16)
        finals = [self._out] if count == 1 else [part_path(self._out, i, count)
                                                 for i in range(1, count + 1)]
        for index, tmp in enumerate(self._temps, 1):
            with open(tmp, "ab") as handle:
                if count > 1:
                    assert self._part_size is not None
                    handle.write(TRAILER.pack(set_id, index, count, self._part_size, self._size))
                handle.flush()
                os.fsync(handle.fileno())
                forget_pages(handle.fileno())  # written back now: its pages can go
        for tmp, final in zip(self._temps, finals, strict=True):
            os.replace(tmp, final)
        self._temps = []
        fsync_dir(self._out.parent)
        self.paths = finals
        return finals

    def abort(self) -> None:
        self._close_current()
        self._closed.clear()
        for tmp in self._temps:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self._temps = []


# -- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    path: Path
    set_id: bytes
    index: int
    count: int
    part_size: int
    bundle_size: int

    @property
    def length(self) -> int:
        """The bundle bytes this part holds."""
        start = (self.index - 1) * self.part_size
        return min(self.part_size, self.bundle_size - start)

    def same_set(self, other: Part) -> bool:
        return (self.set_id, self.count, self.part_size, self.bundle_size) == (
            other.set_id, other.count, other.part_size, other.bundle_size)


def read_part(path: Path) -> Part:
    """A part's trailer, checked against the caps and against the file's own size."""
    with open_regular_file(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size <= TRAILER_BYTES:
            raise BundleRejected("incomplete", f"{path.name} is too short to be a bundle part "
                                 "(cut short?)", code="part-too-short", values=(path.name,))
        handle.seek(size - TRAILER_BYTES)
        set_id, index, count, part_size, bundle_size = TRAILER.unpack(handle.read(TRAILER_BYTES))
    name = path.name
    if not (count >= 2 and 1 <= index <= count and part_size >= MIN_PART_BYTES
            and (count - 1) * part_size < bundle_size <= count * part_size):
        raise BundleRejected("incomplete", f"{name} is not a whole bundle part: its trailer is "
                             "not valid (cut short, damaged or altered)",
                             code="part-trailer-invalid", values=(name,))
    if count > MAX_PARTS:  # a trailer consistent with itself, and claiming too much
        raise BundleRejected("over cap", f"{name} claims {count} parts (at most {MAX_PARTS})",
                             code="part-count-over", values=(name, str(count), str(MAX_PARTS)))
    if bundle_size > MAX_BUNDLE_BYTES or part_size > MAX_PART_BYTES:
        raise BundleRejected("over cap", f"{name} claims a bundle larger than any may be",
                             code="part-claims-too-large", values=(name,))
    part = Part(path, set_id, index, count, part_size, bundle_size)
    if size != part.length + TRAILER_BYTES:
        expected = part.length + TRAILER_BYTES
        raise BundleRejected("incomplete", f"{name} has {size} bytes where part {index} of "
                             f"{count} has {expected} (cut short or altered)",
                             code="part-wrong-size",
                             values=(name, str(size), str(index), str(count), str(expected)))
    return part


def _candidates(folder: Path) -> list[Path]:
    found: list[Path] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if PART_NAME.search(entry.name) and entry.is_file(follow_symlinks=False):
                    found.append(Path(entry.path))
                    if len(found) > MAX_CANDIDATES:
                        raise BundleRejected("over cap", f"{folder} holds more than "
                                             f"{MAX_CANDIDATES} files named as bundle parts",
                                             code="parts-folder-over",
                                             values=(str(folder), str(MAX_CANDIDATES)))
    except OSError as exc:
        raise RejectedInput(f"cannot read the folder {folder}: {exc.strerror}",
                            code="folder-unreadable",
                            values=(str(folder), os_code(exc))) from None
    return sorted(found)


def gather_parts(path: Path) -> list[Part]:
    """Every part of the bundle that `path` (one part, or a folder holding one bundle's parts)
    belongs to, in order; refused, naming what is missing, unless all are there."""
    if path.is_dir():
        folder, named = path, None
    else:
        folder, named = path.parent, read_part(path)
    readable: list[Part] = []
    unreadable: list[Path] = []
    for candidate in _candidates(folder):
        if named is not None and candidate == path:
            readable.append(named)
            continue
        try:
            readable.append(read_part(candidate))
        except BundleRejected:
            unreadable.append(candidate)
    if named is None:
        sets = {p.set_id for p in readable}
        if not sets:
            raise RejectedInput(f"{folder} holds no bundle parts (files named NAME.part1of3 "
                                "and so on)", code="no-parts", values=(str(folder),))
        if len(sets) > 1:
            raise RejectedInput(f"{folder} holds parts of {len(sets)} different bundles: name "
                                "one part of the bundle to import", code="parts-of-many",
                                values=(str(folder), str(len(sets))))
        named = readable[0]
    mine = [p for p in readable if p.set_id == named.set_id]
    for part in mine:
        if not part.same_set(named):
            raise BundleRejected("header failure", f"{part.path.name} and {named.path.name} "
                                 "disagree about the bundle they belong to (altered)",
                                 code="parts-disagree", values=(part.path.name, named.path.name))
    by_index: dict[int, Part] = {}
    for part in mine:
        if part.index in by_index:
            first = by_index[part.index].path.name
            raise RejectedInput(f"{first} and {part.path.name} are both part {part.index} of "
                                f"{named.count}: keep one of them", code="duplicate-part",
                                values=(first, part.path.name, str(part.index), str(named.count)))
        by_index[part.index] = part
    missing = [i for i in range(1, named.count + 1) if i not in by_index]
    if missing:
        raise BundlePartsMissing(named.count, missing, _notes(missing, named, unreadable))
    return [by_index[i] for i in range(1, named.count + 1)]


def _notes(missing: list[int], named: Part,
           unreadable: list[Path]) -> tuple[tuple[str, str], ...]:
    """What is known of files named as the missing parts: (name, "damaged") for one damaged or
    cut short, (name, "other bundle") for one of another bundle (BundlePartsMissing)."""
    base = PART_NAME.sub("", named.path.name)
    notes = []
    for index in missing:
        expected = f"{base}.part{index}of{named.count}"
        if any(p.name == expected for p in unreadable):
            notes.append((expected, "damaged"))
        elif (named.path.parent / expected).is_file():
            notes.append((expected, "other bundle"))
    return tuple(notes)


class PartsReader(io.RawIOBase):
    """The parts' bundle bytes read as one seekable stream (one part file open at a time; each
    checked again, on its open handle, to be the size its trailer gave)."""

    def __init__(self, parts: list[Part]) -> None:
        super().__init__()
        self._parts = parts
        self._starts = [(p.index - 1) * p.part_size for p in parts]
        self._size = parts[0].bundle_size
        self._pos = 0
        self._open: tuple[int, io.RawIOBase] | None = None

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def _handle(self, number: int) -> io.RawIOBase:
        if self._open is not None and self._open[0] == number:
            return self._open[1]
        self._close_open()
        part = self._parts[number]
        handle = cast(io.RawIOBase, open_regular_file(part.path, 0, streamed=True))  # unbuffered
        if os.fstat(handle.fileno()).st_size != part.length + TRAILER_BYTES:
            handle.close()
            raise BundleRejected("incomplete", f"{part.path.name} changed while it was read",
                                 code="part-changed", values=(part.path.name,))
        self._open = (number, handle)
        return handle

    def _close_open(self) -> None:
        if self._open is not None:
            self._open[1].close()
            self._open = None

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self._size:
            number = min(self._pos // self._parts[0].part_size, len(self._parts) - 1)
            offset = self._pos - self._starts[number]
            want = min(len(view) - done, self._parts[number].length - offset)
            handle = self._handle(number)
            handle.seek(offset)
            got = handle.readinto(view[done:done + want])
            if not got:
                name = self._parts[number].path.name
                raise BundleRejected("incomplete", f"{name} ended early while it was read",
                                     code="part-ended-early", values=(name,))
            done += got
            self._pos += got
        return done

    def close(self) -> None:
        self._close_open()
        super().close()


@contextlib.contextmanager
def open_bundle_input(path: Path) -> Iterator[tuple[BinaryIO, int]]:
    """A bundle to read, and its size: a bundle file, one of its parts, or a folder of parts."""
    if path.is_dir() or is_part_name(path):
        reader = PartsReader(gather_parts(path))  # unbuffered, as open_bundle_file
        with reader:
            yield cast(BinaryIO, reader), reader.size
        return
    with open_bundle_file(path) as plain:
        yield plain, os.fstat(plain.fileno()).st_size
