"""Values from outside (a colleague's bundle, a drop folder's file names, a signed clock) made
safe to show: one place for both faces, so the CLI and the GUI show them alike.

- `visible(text)`: control characters (C0, DEL, C1) and the characters that reorder or hide
  text (bidi embeddings, overrides and isolates, marks, zero-width characters, the BOM) shown as
  `<U+202E>`-style tokens, so a file name cannot erase a terminal line and a value cannot
  reverse what follows it. Ordinary letters of every script stay as they are.
- `clamped_seconds(seconds)`: a time a display can always format (never an exception): values
  outside 1970-01-01 .. 9999-12-31 are pinned to the nearest end; `outside_range` tells which.
"""

from __future__ import annotations

import math
import unicodedata
from datetime import UTC, datetime

# 9999-12-31T23:59:59Z: the last second datetime can format anywhere
LATEST_SECONDS = 253402300799.0
_REORDERING = frozenset(
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space/non-joiner/joiner, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings, overrides, pop
    "\u2066\u2067\u2068\u2069"  # isolates
    "\u061c\u2060\ufeff"  # Arabic letter mark, word joiner, BOM
)


def _hidden(ch: str) -> bool:
    if ch in _REORDERING:
        return True
    category = unicodedata.category(ch)
    return category in ("Cc", "Cs", "Co", "Cn") or (category == "Cf" and ch not in "\u00ad")


def visible(text: object, *, keep_newlines: bool = False) -> str:
    """`text` as a string with every control or reordering character made visible."""
    value = str(text)
    if not any(_hidden(ch) for ch in value):
        return value
    out = []
    for ch in value:
        if keep_newlines and ch == "\n":
            out.append(ch)
        elif _hidden(ch):
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


def outside_range(seconds: float) -> int:
    """-1 before 1970, 1 after 9999, 0 when a display can show it as it is."""
    if math.isnan(seconds) or seconds < 0:
        return -1
    return 1 if seconds > LATEST_SECONDS else 0


def clamped_seconds(seconds: float) -> float:
    side = outside_range(seconds)
    return 0.0 if side < 0 else (LATEST_SECONDS if side > 0 else float(seconds))


def clamped_utc(seconds: float) -> datetime:
    """A UTC datetime for any number of seconds (pinned to the displayable range)."""
    return datetime.fromtimestamp(clamped_seconds(seconds), UTC)


def clamped_local(seconds: float) -> datetime:
    """A local datetime for any number of seconds (pinned; a day kept away from the ends so the
    local offset cannot overflow)."""
    pinned = min(max(clamped_seconds(seconds), 86400.0), LATEST_SECONDS - 86400.0)
    return datetime.fromtimestamp(pinned).astimezone()


def looks_key(text: str) -> str:
    """What a text looks like on screen: compatibility-normalised, case-folded, without
    invisible format characters (zero-width spaces, joiners, bidi marks) or outer spaces. Two
    names with the same key are the same name to a person (codenames, links by name)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in folded if unicodedata.category(c) != "Cf").strip()
