"""Help > About hrd-desk: the version, the licence, and the release key's id to compare with the
one the office was given (docs/release-key.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .. import release_info
from .i18n import filled, translate
from .theme import scaled_font


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About hrd-desk"))
        layout = QVBoxLayout(self)
        title = QLabel(filled(translate("AboutDialog", "hrd-desk %1"), release_info.VERSION))
        title.setFont(scaled_font(title, 1.4, bold=True))
        key_id = release_info.release_key_id()
        key = (
            filled(
                translate(
                    "AboutDialog",
                    "Release key: %1. Compare it with the key id "
                    "your office was given: releases signed with "
                    "another key are not ours.",
                ),
                key_id,
            )
            if key_id
            else translate(
                "AboutDialog", "Release key: none in this copy (not an official release)."
            )
        )
        lines = [
            title,
            QLabel(
                translate(
                    "AboutDialog",
                    "An encrypted, offline desk for caseworkers who "
                    "protect human rights defenders.",
                )
            ),
            QLabel(
                filled(
                    translate(
                        "AboutDialog",
                        "Licence: %1 (GNU General Public License, "
                        "version 3 or later). You may share and "
                        "change it under its terms; it comes with no "
                        "warranty.",
                    ),
                    release_info.LICENCE,
                )
            ),
            QLabel(key),
            QLabel(
                translate("AboutDialog", "Packaged app.")
                if release_info.packaged()
                else translate("AboutDialog", "Running from source.")
            ),
        ]
        self.key_label = lines[3]
        for label in lines:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.labels = lines
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
