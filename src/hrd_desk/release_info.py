"""What this copy of hrd-desk is: version, licence, and the key its releases are signed with.

The release key's public half is packaged beside this module as `release-key.pub` (minisign's
format; docs/release-key.md) once the release manager has made it; until then there is none and
the About dialog says so. Qt-free.
"""

from __future__ import annotations

import base64
import binascii
import sys
from importlib import resources

from . import __version__

VERSION = __version__
LICENCE = "GPL-3.0-or-later"
RELEASE_KEY_FILE = "release-key.pub"


def key_id_of(public_key_text: str) -> str | None:
    """minisign's key id of a public key file's text (as packaging/release_sign.py and
    `minisign` print it), or None when the text is not an Ed25519 minisign public key."""
    lines = [line for line in public_key_text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    try:
        blob = base64.b64decode(lines[1], validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(blob) != 42 or blob[:2] != b"Ed":
        return None
    return blob[2:10][::-1].hex().upper()


def release_key_id() -> str | None:
    """The id of the release key this copy was packaged with, None when it has none."""
    try:
        text = (resources.files("hrd_desk") / RELEASE_KEY_FILE).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    return key_id_of(text)


def packaged() -> bool:
    """Whether this is the packaged (frozen) app rather than Python running the sources."""
    return bool(getattr(sys, "frozen", False))
