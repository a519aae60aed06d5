"""Help > About hrd-desk: the version, the licence, and the release key's id to compare with the
one the office was given (docs/release-key.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .. import release_info
from .theme import scaled_font


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About hrd-desk")
        layout = QVBoxLayout(self)
        title = QLabel(f"hrd-desk {release_info.VERSION}")
        title.setFont(scaled_font(title, 1.4, bold=True))
        key_id = release_info.release_key_id()
        key = (f"Release key: {key_id}. Compare it with the key id your office was given: "
               "releases signed with another key are not ours." if key_id else
               "Release key: none in this copy (not an official release).")
        lines = [
            title,
            QLabel("An encrypted, offline desk for caseworkers who protect human rights "
                   "defenders."),
            QLabel(f"Licence: {release_info.LICENCE} (GNU General Public License, version 3 or "
                   "later). You may share and change it under its terms; it comes with no "
                   "warranty."),
            QLabel(key),
            QLabel("Packaged app." if release_info.packaged() else "Running from source."),
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
