"""Help > About: version, licence, and the release key's id (or plainly none), as plain text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

import hrd_desk
from hrd_desk import release_info
from hrd_desk.ui.about_dialog import AboutDialog
from hrd_desk.ui.main_window import MainWindow

# a minisign public key (packaging/release_sign.py keygen) and the id minisign prints for it
PUBLIC_KEY = ("untrusted comment: minisign public key EC70BBE760C555E5\n"
              "RWTlVcVg57tw7G5VQY3hOl4km2VMEPCz0yaO57pKdQzGK+RjyEV4Dv2r\n")


def _texts(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.labels)


def test_about_names_the_version_and_licence_and_says_when_there_is_no_release_key(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(release_info, "release_key_id", lambda: None)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = _texts(dialog)
    assert f"hrd-desk {hrd_desk.__version__}" in text
    assert "GPL-3.0-or-later" in text
    assert "Release key: none in this copy" in text
    assert all(label.textFormat() == label.textFormat().PlainText for label in dialog.labels)


def test_about_shows_the_packaged_release_key_id(qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "hrd_desk"
    package.mkdir()
    (package / release_info.RELEASE_KEY_FILE).write_text(PUBLIC_KEY)
    monkeypatch.setattr(release_info.resources, "files", lambda name: package)
    assert release_info.release_key_id() == "EC70BBE760C555E5"
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "Release key: EC70BBE760C555E5." in dialog.key_label.text()


@pytest.mark.parametrize("text", ["", "untrusted comment: x\nnot base64!\n",
                                  "untrusted comment: x\nRWQ=\n"])
def test_a_malformed_key_file_is_no_key(text: str) -> None:
    assert release_info.key_id_of(text) is None


def test_help_menu_opens_about_even_while_locked(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    shown: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        shown.append(dialog)
        return 0

    window = make_window(run_dialog=run)  # on the unlock/create screen
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.act_about in help_menu.actions() and window.act_about.isEnabled()
    window.act_about.trigger()
    assert len(shown) == 1 and isinstance(shown[0], AboutDialog)
