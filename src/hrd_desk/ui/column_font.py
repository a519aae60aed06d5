"""A font that sets given characters in equal-width columns, whatever fonts are installed.

Fingerprints are compared column by column, by eye and aloud, so each character must take the
same width. Qt's "fixed pitch" flag cannot be trusted for that (it is false for Noto Sans Mono, a
common default monospace), and the system's fixed font may be substituted by a proportional one
where no monospace font is installed: the widths themselves are measured instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

FINGERPRINT_CHARACTERS = "0123456789ABCDEF "
# Tried after the system's fixed font, in order: common monospace families of Linux, Windows, macOS.
MONOSPACE_FAMILIES = ("DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Cascadia Mono",
                      "Consolas", "Menlo", "SF Mono", "Courier New", "Nimbus Mono PS", "monospace")
_TOLERANCE = 0.01  # pixels


def advance_spread(font: QFont, characters: str) -> float:
    """The widest minus the narrowest advance among `characters` in `font` (0: equal columns)."""
    metrics = QFontMetricsF(font)
    widths = [metrics.horizontalAdvance(ch) for ch in set(characters)]
    return max(widths) - min(widths)


def equal_width_font(base: QFont, characters: str = FINGERPRINT_CHARACTERS,
                     families: Iterable[str] | None = None) -> QFont:
    """`base` (its size and weight) in the first family that sets `characters` in equal widths:
    the system's fixed font first, then MONOSPACE_FAMILIES (or `families`). If none does, the one
    whose widths differ least."""
    if families is None:
        system = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        families = (system, *MONOSPACE_FAMILIES)
    best: tuple[float, QFont] | None = None
    for family in dict.fromkeys(families):
        font = QFont(base)
        font.setFamilies([family])
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFixedPitch(True)
        spread = advance_spread(font, characters)
        if spread <= _TOLERANCE:
            return font
        if best is None or spread < best[0]:
            best = (spread, font)
    return best[1] if best is not None else QFont(base)
