"""Session 13 review: the system's reason for a failed file operation in the GUI's language
(ui/error_words.os_reason) where the reason is not an OSError the system raised: a key change
that found the disk full (store/rekey.py turns SQLite's words into an OSError)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hrd_desk.services.session import create_vault
from hrd_desk.store import rekey as rekey_module
from hrd_desk.store.dbapi import DatabaseError
from hrd_desk.store.vault import Vault
from hrd_desk.ui import i18n
from hrd_desk.ui.error_words import failure_text, os_reason

PASS = "correct horse battery staple"
NEW = "another horse battery staple stable"


@pytest.fixture(params=["fr", "ar"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.apply_language(qapp, request.param)
    yield request.param
    i18n.apply_language(qapp, "en")


def _full_disk(*_args: object) -> None:
    raise DatabaseError("database or disk is full")


@pytest.mark.parametrize(("driver", "name"), [("database or disk is full", "ENOSPC"),
                                              ("disk I/O error", "EIO"),
                                              ("attempt to write a readonly database",
                                               "EACCES")])
def test_a_key_change_on_a_full_disk_says_so_in_the_gui_language(
        vault_dir: Path, monkeypatch: pytest.MonkeyPatch, language: str, driver: str,
        name: str) -> None:
    """Changing the passphrase on a full disk (sqlcipher_export fails 'database or disk is
    full'): the GUI said 'a file could not be read or written (OSError)', the error having no
    errno for os_reason to word."""
    create_vault(vault_dir, PASS)
    vault = Vault.unlock(vault_dir, PASS)

    def fails(*_args: object) -> None:
        raise DatabaseError(driver)

    monkeypatch.setattr(rekey_module, "_export", fails)
    with pytest.raises(OSError) as caught:
        vault.change_passphrase(PASS, NEW)
    text = failure_text(caught.value)
    assert "OSError" not in text and driver not in text
    assert os_reason(name) in text and os_reason(name) != name
    assert Vault.unlock(vault_dir, PASS).vault_id == vault.vault_id  # nothing changed


def test_the_clis_words_for_a_key_change_on_a_full_disk_are_unchanged(
        vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI prints the OSError's text, in English, as it did before it carried an errno."""
    from cli_support import PASSPHRASE, init_vault, run

    init_vault(vault_dir)
    monkeypatch.setattr(rekey_module, "_export", _full_disk)
    done = run(vault_dir, "passwd", stdin=f"{PASSPHRASE}\nnew passphrase here\n")
    assert done.code != 0
    assert "the new database could not be written (database or disk is full)" in done.err
    assert "Errno" not in done.err
