"""Fingerprints are set in equal-width columns whatever fonts the machine has."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from pytestqt.qtbot import QtBot

from hrd_desk.ui.column_font import FINGERPRINT_CHARACTERS, advance_spread, equal_width_font


def test_the_chosen_font_gives_every_fingerprint_character_the_same_width(qtbot: QtBot) -> None:
    base = QFont()
    base.setPointSizeF(15.0)
    base.setWeight(QFont.Weight.DemiBold)
    chosen = equal_width_font(base)
    assert advance_spread(chosen, FINGERPRINT_CHARACTERS) == 0
    assert chosen.pointSizeF() == 15.0 and chosen.weight() == QFont.Weight.DemiBold


def test_a_family_with_unequal_widths_is_passed_over_for_one_with_equal_widths(
    qtbot: QtBot,
) -> None:
    proportional = [family for family in QFontDatabase.families()
                    if advance_spread(QFont(family), FINGERPRINT_CHARACTERS) > 1]
    assert proportional, "this machine has a proportional font to try first"
    chosen = equal_width_font(QFont(), families=(proportional[0], "DejaVu Sans Mono",
                                                 "Noto Sans Mono", "monospace"))
    assert QFontInfo(chosen).family() != proportional[0]
    assert advance_spread(chosen, FINGERPRINT_CHARACTERS) == 0
