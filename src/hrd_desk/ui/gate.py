"""The locked side of the window: create the vault (first run) or unlock it.

The KDF (Argon2id, about a second by design) and vault creation (which also calibrates the KDF)
run on the window's own thread pool; the screen shows a busy indicator meanwhile, and the result
comes back by signal. A wrong passphrase is an inline message; a damaged vault a plain
explanation, shown before asking for the passphrase when the keyslot file itself is unreadable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QWidget

from ..errors import DamagedVault, HrdDeskError, NoVault, WrongPassphrase
from ..services.desk import create_desk, find_vault, unlock_desk, vault_exists
from .error_words import damage_reason, failure_sentence
from .i18n import filled, isolated, translate
from .tasks import BackgroundTasks
from .vault_screens import CreateVaultScreen, UnlockScreen


class VaultGate(QStackedWidget):
    opened = Signal(object)  # the unlocked vault's Desk (not connected yet)

    def __init__(
        self,
        vault_dir: Path,
        tasks: BackgroundTasks,
        still_wanted: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self._tasks = tasks
        self._still_wanted = still_wanted
        self.unlock_screen = UnlockScreen(self._where())
        self.create_screen = CreateVaultScreen(self._where())
        self.unlock_screen.unlock_requested.connect(self._unlock_requested)
        self.create_screen.create_requested.connect(self._create_requested)
        self.addWidget(self.unlock_screen)
        self.addWidget(self.create_screen)

    def _where(self) -> str:
        return filled(translate("Gate", "Vault folder: %1"), isolated(str(self.vault_dir)))

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the screens name themselves again, the folder too."""
        if event.type() == QEvent.Type.LanguageChange:
            for screen in (self.unlock_screen, self.create_screen):
                screen.where.setText(self._where())
        super().changeEvent(event)

    def show_start(self) -> None:
        """The create or unlock screen, emptied; a damaged keyslot file is reported at once."""
        if vault_exists(self.vault_dir):
            self.unlock_screen.damaged = False
            self.unlock_screen.reset()
            self.setCurrentWidget(self.unlock_screen)
            try:
                find_vault(self.vault_dir)
            except DamagedVault as exc:
                self.unlock_screen.show_damage(damage_reason(exc))
            except HrdDeskError as exc:
                self.unlock_screen.show_error(failure_sentence(exc))
        else:
            self.create_screen.reset()
            self.setCurrentWidget(self.create_screen)
        current = self.currentWidget()
        if current is not None:
            current.setFocus()

    def reset(self) -> None:
        self.unlock_screen.reset()
        self.create_screen.reset()

    def unlock_with(self, passphrase: str) -> None:
        """Open the vault with a passphrase the app already holds (right after changing it)."""
        self.setCurrentWidget(self.unlock_screen)
        self._unlock_requested(passphrase)

    @Slot(str)
    def _unlock_requested(self, passphrase: str) -> None:
        directory = self.vault_dir
        self._tasks.run(lambda: unlock_desk(directory, passphrase), self.opened.emit,
                        self._unlock_failed, still_wanted=self._still_wanted)

    @Slot(str)
    def _create_requested(self, passphrase: str) -> None:
        directory = self.vault_dir
        self._tasks.run(lambda: create_desk(directory, passphrase), self.opened.emit,
                        self._create_failed, still_wanted=self._still_wanted)

    def _unlock_failed(self, exc: Exception) -> None:
        screen = self.unlock_screen
        if isinstance(exc, WrongPassphrase):
            screen.show_wrong_passphrase()
        elif isinstance(exc, DamagedVault):
            screen.show_damage(damage_reason(exc))
        elif isinstance(exc, NoVault):
            self.show_start()
        elif isinstance(exc, HrdDeskError):
            screen.show_error(failure_sentence(exc))
        else:
            screen.show_error(filled(translate("Gate", "The vault could not be opened (%1). "
                                                       "Nothing was changed."), type(exc).__name__))

    def _create_failed(self, exc: Exception) -> None:
        if isinstance(exc, HrdDeskError):
            self.create_screen.show_error(failure_sentence(exc))
        else:
            self.create_screen.show_error(
                filled(
                    translate("Gate", "The vault could not be created (%1)."), type(exc).__name__
                )
            )

    def show_open_failure(self, exc: Exception) -> None:
        """The keyslot opened but the database did not: damage, said plainly."""
        self.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.show_damage(damage_reason(exc))
