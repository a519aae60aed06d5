"""What an attached file is, told from its bytes, and a name from outside made safe.

- `safe_name`: the last path component only, no separators, control, format or bidirectional
  characters, no leading dots, at most MAX_NAME_CHARS, never a reserved Windows device name: a
  name from a colleague or a USB stick can never say where a file goes.
- `sniff`: the media type from the content's first bytes (magic numbers), never from the name.
- `image_metadata`: whether a JPEG carries EXIF, and GPS within it (shown before sharing).
- `JpegMetadataStripper`: a streaming filter that drops EXIF/XMP (APP1) and IPTC (APP13)
  segments from a JPEG on the way out; the stored original stays intact.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

MAX_NAME_CHARS = 120
SNIFF_BYTES = 64 * 1024
_SEPARATORS = frozenset('/\\:*?"<>|')
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                       *(f"lpt{i}" for i in range(1, 10))})


def safe_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    kept = []
    for ch in name:
        category = unicodedata.category(ch)
        if ch in _SEPARATORS or category[0] == "C" or category in ("Zl", "Zp"):
            continue
        kept.append(" " if category == "Zs" else ch)
    name = " ".join("".join(kept).split()).lstrip(". ").rstrip(". ")
    if len(name) > MAX_NAME_CHARS:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            name = stem[: MAX_NAME_CHARS - len(ext) - 1].rstrip(". ") + "." + ext
        else:
            name = name[:MAX_NAME_CHARS].rstrip(". ")
    if not name:
        return "attachment"
    if name.split(".", 1)[0].lower() in _RESERVED:
        name = "_" + name
    return name


_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
    (b"OggS", 0, "audio/ogg"),
    (b"ID3", 0, "audio/mpeg"),
    (b"fLaC", 0, "audio/flac"),
    (b"\x1aE\xdf\xa3", 0, "video/webm"),
    (b"PK\x03\x04", 0, "application/zip"),
    (b"\x1f\x8b", 0, "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c", 0, "application/x-7z-compressed"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
)


def sniff(head: bytes) -> str:
    """The media type of content starting with `head` (the first SNIFF_BYTES)."""
    for magic, offset, media_type in _MAGIC:
        if head[offset:offset + len(magic)] == magic:
            return media_type
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}[
            head[8:12]]
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "audio/mp4" if brand in (b"M4A ", b"M4B ") else (
            "image/heic" if brand in (b"heic", b"heix", b"mif1") else "video/mp4")
    if _is_text(head):
        return "text/plain"
    return "application/octet-stream"


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3 and len(head) == SNIFF_BYTES  # cut inside a character
    return True


# -- JPEG metadata ----------------------------------------------------------------------------

_APP1 = 0xE1
_APP13 = 0xED
_SOS = 0xDA
_GPS_TAG = 0x8825
MAX_JPEG_HEADER = 16 * 1024 * 1024  # segments before the image data, at most


def _segments(data: bytes) -> list[tuple[int, int, int]]:
    """(marker, start, end) of each segment before the image data, as far as `data` reaches."""
    found = []
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == _SOS:
            found.append((marker, pos, -1))
            break
        length = int.from_bytes(data[pos + 2:pos + 4], "big")
        if length < 2:
            break
        found.append((marker, pos, pos + 2 + length))
        pos += 2 + length
    return found


def _has_gps(exif: bytes) -> bool:
    """Whether the TIFF structure after "Exif\\0\\0" has a GPS IFD pointer in IFD0."""
    tiff = exif[6:]
    order = {b"II": "little", b"MM": "big"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return False
    offset = int.from_bytes(tiff[4:8], order)  # type: ignore[arg-type]
    if offset + 2 > len(tiff):
        return False
    count = int.from_bytes(tiff[offset:offset + 2], order)  # type: ignore[arg-type]
    for i in range(min(count, 512)):
        entry = offset + 2 + 12 * i
        if entry + 2 > len(tiff):
            break
        if int.from_bytes(tiff[entry:entry + 2], order) == _GPS_TAG:  # type: ignore[arg-type]
            return True
    return False


def image_metadata(media_type: str, head: bytes) -> dict[str, bool]:
    """{"exif": ..., "gps": ..., "xmp": ..., "iptc": ...} for a JPEG, else {}."""
    if media_type != "image/jpeg":
        return {}
    found = {"exif": False, "gps": False, "xmp": False, "iptc": False}
    for marker, start, end in _segments(head):
        body = head[start + 4:end] if end > 0 else b""
        if marker == _APP1 and body.startswith(b"Exif\x00\x00"):
            found["exif"] = True
            found["gps"] = found["gps"] or _has_gps(body)
        elif marker == _APP1 and body.startswith(b"http://ns.adobe.com/xap/"):
            found["xmp"] = True
        elif marker == _APP13:
            found["iptc"] = True
    return found


class JpegMetadataStripper:
    """Feed plaintext chunks; the output (to `sink`) is the JPEG without APP1 and APP13 segments.
    Only the segments before the image data are held (at most MAX_JPEG_HEADER)."""

    def __init__(self, sink: Callable[[bytes], object]) -> None:
        self._sink = sink
        self._head = bytearray()
        self._passing = False

    def write(self, chunk: bytes) -> None:
        if self._passing:
            self._sink(chunk)
            return
        self._head += chunk
        segments = _segments(bytes(self._head))
        if segments and segments[-1][0] == _SOS:
            self._flush(segments)
        elif len(self._head) > MAX_JPEG_HEADER:
            raise ValueError("the JPEG's header segments are too large to strip")

    def close(self) -> None:
        if not self._passing:  # no image data found: nothing is stripped from a broken JPEG
            self._sink(bytes(self._head))
            self._passing = True

    def _flush(self, segments: list[tuple[int, int, int]]) -> None:
        head = bytes(self._head)
        out = [head[:2]]
        for marker, start, end in segments:
            if end < 0:
                out.append(head[start:])
            elif marker not in (_APP1, _APP13):
                out.append(head[start:end])
        self._head = bytearray()
        self._passing = True
        self._sink(b"".join(out))
