"""The Settings dialog: idle timeout, theme, language. Nothing else is a setting."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .settings import LANGUAGES, MAX_IDLE_SECONDS, MIN_IDLE_SECONDS, THEMES, AppSettings

_THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}
_LANGUAGE_LABELS = {"en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, current: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.idle = QSpinBox()
        self.idle.setRange(MIN_IDLE_SECONDS // 60, MAX_IDLE_SECONDS // 60)
        self.idle.setSuffix(" min")
        self.idle.setValue(max(1, current.idle_timeout_s // 60))
        self.idle.setAccessibleName("Lock after this many idle minutes")
        form.addRow("Lock after idle time", self.idle)
        self.theme = QComboBox()
        for key in THEMES:
            self.theme.addItem(_THEME_LABELS[key], key)
        self.theme.setCurrentIndex(THEMES.index(current.theme))
        self.theme.setAccessibleName("Colour theme")
        form.addRow("Colour theme", self.theme)
        self.language = QComboBox()
        for key in LANGUAGES:
            self.language.addItem(_LANGUAGE_LABELS.get(key, key), key)
        self.language.setAccessibleName("Language")
        form.addRow("Language", self.language)
        layout.addLayout(form)
        note = QLabel("Settings are kept on this computer outside the vault, so they never hold "
                      "anything about your records.")
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> AppSettings:
        return AppSettings(
            idle_timeout_s=self.idle.value() * 60,
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
        ).normalised()
