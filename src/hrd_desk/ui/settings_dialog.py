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

from .i18n import NATIVE_NAMES, system_language, translate
from .settings import LANGUAGES, MAX_IDLE_SECONDS, MIN_IDLE_SECONDS, THEMES, AppSettings


def _theme_label(key: str) -> str:
    return {"system": translate("SettingsDialog", "Follow the system"),
            "light": translate("SettingsDialog", "Light"),
            "dark": translate("SettingsDialog", "Dark")}[key]


def _language_label(key: str) -> str:
    """Each language in its own name (a person who cannot read the current one finds theirs)."""
    if key == "system":
        return translate("SettingsDialog", "As the system ({language})").replace(
            "{language}", NATIVE_NAMES[system_language()])
    return NATIVE_NAMES.get(key, key)


class SettingsDialog(QDialog):
    def __init__(self, current: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.idle = QSpinBox()
        self.idle.setRange(MIN_IDLE_SECONDS // 60, MAX_IDLE_SECONDS // 60)
        self.idle.setSuffix(translate("SettingsDialog", " min"))
        self.idle.setValue(max(1, current.idle_timeout_s // 60))
        # room for the number and its unit in any language (Arabic's crowded the arrows)
        self.idle.setMinimumWidth(self.idle.fontMetrics().horizontalAdvance("M") * 9)
        self.idle.setAccessibleName(translate("SettingsDialog",
                                              "Lock after this many idle minutes"))
        form.addRow(translate("SettingsDialog", "Lock after idle time"), self.idle)
        self.theme = QComboBox()
        for key in THEMES:
            self.theme.addItem(_theme_label(key), key)
        self.theme.setCurrentIndex(THEMES.index(current.theme))
        self.theme.setAccessibleName(translate("SettingsDialog", "Colour theme"))
        form.addRow(translate("SettingsDialog", "Colour theme"), self.theme)
        self.language = QComboBox()
        for key in LANGUAGES:
            self.language.addItem(_language_label(key), key)
        self.language.setCurrentIndex(LANGUAGES.index(current.language)
                                      if current.language in LANGUAGES else 0)
        self.language.setAccessibleName(translate("SettingsDialog", "Language"))
        form.addRow(translate("SettingsDialog", "Language"), self.language)
        layout.addLayout(form)
        note = QLabel(translate("SettingsDialog", "Settings are kept on this computer outside "
                                "the vault, so they never hold anything about your records."))
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
