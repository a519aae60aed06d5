"""The GUI's few settings, in an INI file in the platform's config directory.

Only how the app behaves lives here (idle timeout, language, theme): nothing about records, no
paths a caseworker opened, no window geometry that could hint at what was on screen. Everything
about casework stays inside the encrypted vault. Values read back are checked and clamped, so a
hand-edited file cannot switch auto-lock off.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from ..fsutil import private_dir

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "fr", "es", "ar")  # "system": the system's, else English
DEFAULT_IDLE_SECONDS = 5 * 60
MIN_IDLE_SECONDS = 60
MAX_IDLE_SECONDS = 60 * 60
SETTINGS_NAME = "settings.ini"


@dataclass
class AppSettings:
    idle_timeout_s: int = DEFAULT_IDLE_SECONDS
    language: str = "system"
    theme: str = "system"

    def normalised(self) -> AppSettings:
        return AppSettings(
            idle_timeout_s=min(MAX_IDLE_SECONDS, max(MIN_IDLE_SECONDS, int(self.idle_timeout_s))),
            language=self.language if self.language in LANGUAGES else "system",
            theme=self.theme if self.theme in THEMES else "system",
        )


def settings_path() -> Path:
    return platformdirs.user_config_path("hrd-desk", appauthor=False) / SETTINGS_NAME


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def load_settings(path: Path | None = None) -> AppSettings:
    """Read the settings file; missing or unreadable values fall back to the defaults."""
    path = path or settings_path()
    if not path.is_file():
        return AppSettings()
    store = QSettings(str(path), QSettings.Format.IniFormat)
    loaded = AppSettings(
        idle_timeout_s=_int(store.value("lock/idle_timeout_s"), DEFAULT_IDLE_SECONDS),
        language=str(store.value("ui/language", "system")),
        theme=str(store.value("ui/theme", "system")),
    )
    return loaded.normalised()


def save_settings(settings: AppSettings, path: Path | None = None) -> None:
    """Write exactly the known keys (QSettings writes the INI file atomically)."""
    path = path or settings_path()
    private_dir(path.parent)
    clean = settings.normalised()
    store = QSettings(str(path), QSettings.Format.IniFormat)
    store.clear()
    store.setValue("lock/idle_timeout_s", clean.idle_timeout_s)
    store.setValue("ui/language", clean.language)
    store.setValue("ui/theme", clean.theme)
    store.sync()
