"""Settings: an INI file in the config dir with exactly the known keys, checked when read."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from hrd_desk.ui.settings import (
    DEFAULT_IDLE_SECONDS,
    MIN_IDLE_SECONDS,
    AppSettings,
    load_settings,
    save_settings,
    settings_path,
)


def test_settings_round_trip_in_the_config_dir(qtbot: QtBot, isolated_dirs: Path) -> None:
    assert load_settings() == AppSettings()
    save_settings(AppSettings(idle_timeout_s=600, theme="dark"))
    path = settings_path()
    assert path.is_relative_to(isolated_dirs / ".config")
    assert load_settings() == AppSettings(idle_timeout_s=600, language="system", theme="dark")
    text = path.read_text()
    keys = {line.split("=")[0] for line in text.splitlines() if "=" in line}
    assert keys == {"idle_timeout_s", "language", "theme"}


def test_a_hand_edited_file_cannot_switch_auto_lock_off(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[lock]\nidle_timeout_s=0\n[ui]\ntheme=<b>neon</b>\nlanguage=xx\n")
    loaded = load_settings(path)
    assert loaded.idle_timeout_s == MIN_IDLE_SECONDS
    assert loaded.theme == "system" and loaded.language == "system"
    path.write_text("[lock]\nidle_timeout_s=soon\n")
    assert load_settings(path).idle_timeout_s == DEFAULT_IDLE_SECONDS
