"""The one passphrase policy: what `init`, `passwd` and the desktop app accept for a vault.

The strength estimate is rough and honest: length matters most; repeats, keyboard or alphabet runs
and common words count for little. The GUI shows it as the user types; every path that sets a
passphrase calls `check_new_passphrase`, so no face can create a vault the others would refuse.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from ..crypto.keyslot import check_new_passphrase as check_passphrase_text
from ..errors import WeakPassphrase

MIN_LENGTH = 10
MIN_BITS = 45.0
_COMMON = ("password", "passwort", "123456", "qwerty", "azerty", "letmein", "welcome", "admin",
           "iloveyou", "monkey", "dragon", "secret", "hrd-desk", "abc123", "111111")
_SEQUENCES = (string.ascii_lowercase, string.digits, "qwertyuiopasdfghjklzxcvbnm")


@dataclass(frozen=True)
class Strength:
    bits: float
    label: str
    advice: str

    @property
    def acceptable(self) -> bool:
        return self.bits >= MIN_BITS

    @property
    def percent(self) -> int:
        return min(100, round(self.bits))


def _pool(text: str) -> int:
    pool = 0
    if any(c in string.ascii_lowercase for c in text):
        pool += 26
    if any(c in string.ascii_uppercase for c in text):
        pool += 26
    if any(c in string.digits for c in text):
        pool += 10
    if any(c in string.punctuation or c == " " for c in text):
        pool += 33
    if any(ord(c) > 127 for c in text):
        pool += 100
    return max(pool, 1)


def _effective_length(text: str) -> float:
    """Length with repeats, keyboard or alphabet runs and common words counted for little."""
    lowered = text.lower()
    for word in _COMMON:
        lowered = lowered.replace(word, "\x00")
    length = 0.0
    previous = ""
    for ch in lowered:
        if ch == "\x00":
            length += 1.0
        elif ch == previous or any(previous + ch in seq for seq in _SEQUENCES if previous):
            length += 0.25
        else:
            length += 1.0
        previous = ch
    return length


def estimate_strength(passphrase: str) -> Strength:
    """A rough, honest estimate: length matters most; repeats and common words count little."""
    if not passphrase:
        return Strength(0.0, "", "")
    bits = _effective_length(passphrase) * math.log2(_pool(passphrase))
    if len(passphrase) < MIN_LENGTH:
        bits = min(bits, MIN_BITS - 1)
        return Strength(bits, "Too short", f"Use at least {MIN_LENGTH} characters; "
                        "four or more random words are easier to remember.")
    if bits < MIN_BITS:
        return Strength(bits, "Too weak", "Add more words or characters; avoid repeats and "
                        "common words.")
    if bits < 60:
        return Strength(bits, "Fair", "Acceptable. Another random word would make it good.")
    if bits < 80:
        return Strength(bits, "Good", "A good passphrase.")
    return Strength(bits, "Strong", "A strong passphrase.")


def check_new_passphrase(passphrase: str) -> None:
    """Raise WeakPassphrase (exit 5) unless `passphrase` may protect a vault."""
    check_passphrase_text(passphrase)  # not empty, and text UTF-8 can encode
    strength = estimate_strength(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(f"passphrase refused ({strength.label.lower()}): {strength.advice}")
