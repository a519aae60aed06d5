"""Render packaging/icons/hrd-desk.svg into the PNG sizes Linux desktops use, and pack the same
PNGs into hrd-desk.ico (Windows) and hrd-desk.icns (macOS). Needs `rsvg-convert` (Debian package
librsvg2-bin). Run it after changing the SVG and commit what it writes:

    python3 packaging/icons/make_icons.py
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "hrd-desk.svg"
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
              b"ic10": 1024}


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG)],
                          check=True, capture_output=True).stdout


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file of PNG images (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(pngs: dict[bytes, bytes]) -> bytes:
    """An ICNS file of PNG images (macOS 10.7 and later)."""
    body = b"".join(kind + struct.pack(">I", len(data) + 8) + data for kind, data in pngs.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> None:
    rendered = {size: render(size) for size in {*LINUX_SIZES, *ICO_SIZES, *ICNS_TYPES.values()}}
    for size in LINUX_SIZES:
        (HERE / f"hrd-desk-{size}.png").write_bytes(rendered[size])
    (HERE / "hrd-desk.ico").write_bytes(ico({size: rendered[size] for size in ICO_SIZES}))
    (HERE / "hrd-desk.icns").write_bytes(
        icns({kind: rendered[size] for kind, size in ICNS_TYPES.items()}))


if __name__ == "__main__":
    main()
