"""The window's key and emergency actions: emergency wipe (Vault menu and the unlock screen),
Vault > Security (recovery code, duress passphrase, wipe after failed unlocks), a new passphrase
after the recovery code, the failed unlocks told after an unlock, the audit views.

All slow or destructive work runs on the window's thread pool through services.emergency. Changes
that re-encrypt the database (the recovery code, like a new passphrase) lock the vault first,
then open it again with the passphrase just given; the others leave it open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from ..errors import HrdDeskError, WrongPassphrase
from ..fsutil import atomic_write
from ..services import emergency, recovery_shares
from ..services.colleagues import Rotation
from ..services.desk import Desk
from .audit_dialogs import AuditTrailDialog, RecordHistoryDialog
from .error_words import failure_fragment, failure_sentence, os_reason
from .exchange.summaries import when_text
from .i18n import QT_TRANSLATE_NOOP, filled, plural, translate
from .key_dialogs import (
    CombineSharesDialog,
    DuressDialog,
    NewPassphraseDialog,
    RecoveryCodeDialog,
    SecurityChoice,
    SecurityDialog,
    SharesDialog,
    SplitDialog,
)
from .vault_maintenance import AskPassphraseDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

WIPE_TEXT = (
    QT_TRANSLATE_NOOP("KeyActions", "This destroys the vault on this computer for good. The "
                                    "keys go first, in under a second: from then on neither the "
                                    "passphrase nor the recovery code opens anything. Then the "
                                    "records, drafts and every other file of the vault are "
                                    "removed. Colleagues keep what you shared with them. There "
                                    "is no undo."))


def failed_unlocks_text(count: int) -> str:
    return plural("KeyActions", "%n failed attempt(s) to unlock this vault since it was last "
                                "opened. If that was not you, someone may have tried to open it.",
                  count)


def _failure_text(exc: Exception, what: str) -> str:
    if isinstance(exc, WrongPassphrase):
        return translate(
            "KeyActions", "That passphrase did not open the vault. Nothing was changed."
        )
    if isinstance(exc, HrdDeskError):
        return filled(translate("KeyActions", "%1 failed: %2."), what, failure_fragment(exc))
    return filled(translate("KeyActions", "%1 failed (%2)."), what, type(exc).__name__)


class KeyActions:
    """Held by the main window; every method is a menu action or a screen's request."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.wiping = False
        self.carried_failures = 0  # counted before a change that unlocked the vault itself

    @property
    def directory(self) -> Path:
        return self.window.vault_dir

    def vault_gone_check(self) -> None:
        """After a change refused as a wrong passphrase: if it was the duress passphrase (or the
        last guess allowed), the vault is gone; lock and show the create screen, as a wrong
        passphrase would look otherwise."""
        if self.window.ctx.is_open and not emergency.vault_exists(self.directory):
            self.window.lock("wipe")
            self.window.show_gate()

    def carry_failures(self) -> None:
        """Before a change that unlocks the vault itself (and so clears the count): keep the
        count to tell after the vault opens again."""
        self.carried_failures += emergency.failed_unlocks(self.directory)

    def _run(self, dialog: QDialog) -> bool:
        try:
            return self.window._run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    # -- emergency wipe ---------------------------------------------------------------------

    def wipe(self) -> None:
        """Typed confirmation (Enter cancels until WIPE is typed; Escape cancels), then keys."""
        window = self.window
        if self.wiping or not emergency.vault_exists(self.directory):
            return
        if not window.prompter.confirm_typed(
            translate("KeyActions", "Emergency wipe"),
            translate("KeyActions", WIPE_TEXT),
            emergency.WIPE_WORD,
        ):
            return
        self.wiping = True
        window.lock("wipe")
        screen = window.unlock_screen
        screen.set_busy(
            True, translate("KeyActions", "Destroying the keys, then every file of the vault.")
        )
        directory = self.directory

        def done(report: object) -> None:
            self.wiping = False
            window.show_gate()  # no vault any more: the create screen
            seconds = report.keys_seconds if isinstance(report, emergency.WipeReport) else 0.0
            took = (
                filled(translate("KeyActions", "%1 seconds"), f"{seconds:.1f}")
                if seconds >= 1
                else filled(
                    translate("KeyActions", "%1 milliseconds"), max(1, round(seconds * 1000))
                )
            )
            window.prompter.info(
                translate("KeyActions", "Vault wiped"),
                filled(translate("KeyActions", "The keys were destroyed in %1 and every file of "
                                               "the vault is gone from %2. Nothing on this "
                                               "computer opens it any more."), took, directory))

        def failed(exc: Exception) -> None:
            self.wiping = False
            window.show_gate()
            keys_left = emergency.keys_remain(directory)
            if keys_left:
                text = (filled(translate("KeyActions", "The keys could NOT be destroyed, so the "
                                                       "vault may still open with the "
                                                       "passphrase (%1). The folder may be "
                                                       "read-only or held by another program: "
                                                       "destroy the computer's disk if you must "
                                                       "be sure."), exc))
            else:
                text = (filled(translate("KeyActions", "The keys were destroyed: nothing opens "
                                                       "the vault any more. Some other files "
                                                       "could not be removed (%1)."), exc))
            window.prompter.error(translate("KeyActions", "Emergency wipe incomplete"), text)

        window.tasks.run(lambda: emergency.wipe(directory), done, failed)

    # -- after an unlock ----------------------------------------------------------------------

    def after_unlock(self, desk: Desk, go_on: Callable[[Desk], None]) -> None:
        """Before the workspace: after the recovery code, offer a new passphrase (the desk has
        no connection yet, so the database can be re-encrypted)."""
        if not desk.recovered:
            go_on(desk)
            return
        window = self.window
        dialog = NewPassphraseDialog(window)
        try:
            accepted = window._run_dialog(dialog) == QDialog.DialogCode.Accepted
            new = dialog.take() if accepted else ""
        finally:
            dialog.wipe()
            dialog.deleteLater()
        if not new:
            go_on(desk)
            return
        screen = window.unlock_screen
        screen.set_busy(
            True, translate("KeyActions", "Setting the new passphrase and re-encrypting the vault.")
        )

        def done(_result: object) -> None:
            screen.show_reason(
                translate("KeyActions", "The new passphrase is set. The recovery code still works.")
            )
            go_on(desk)

        def failed(exc: Exception) -> None:
            window.prompter.error(
                translate("KeyActions", "Passphrase not changed"),
                _failure_text(exc, translate("KeyActions", "Setting the new passphrase"))
                + translate(
                    "KeyActions",
                    " The old passphrase and the recovery "
                    "code still open the vault; try again "
                    "from Vault > Change passphrase.",
                ),
            )
            go_on(desk)

        window.tasks.run(lambda: desk.set_passphrase(new), done, failed)

    def tell_failed_unlocks(self, desk: Desk) -> None:
        """The count the unlock cleared (plus one a key change cleared), shown once."""
        count = desk.failed_unlocks + self.carried_failures
        self.carried_failures = 0
        if count:
            self.window.prompter.info(
                translate("KeyActions", "Failed unlock attempts"), failed_unlocks_text(count)
            )

    # -- Vault > Security ---------------------------------------------------------------------

    def security(self) -> None:
        window = self.window
        if not window.ctx.is_open:
            return
        try:
            status = emergency.key_status(self.directory)
        except HrdDeskError as exc:
            window.prompter.error(translate("KeyActions", "Security"), failure_sentence(exc))
            return
        dialog = SecurityDialog(status, window)
        accepted = self._run_security(dialog)
        choice, count = dialog.choice, dialog.wipe_after_count()
        if not accepted or choice is None:
            return
        if choice is SecurityChoice.ADD_RECOVERY:
            self._recovery(add=True, replacing=status.recovery_code)
        elif choice is SecurityChoice.SPLIT_RECOVERY:
            self._split_recovery()
        elif choice is SecurityChoice.REMOVE_RECOVERY:
            self._recovery(add=False, replacing=True)
        elif choice is SecurityChoice.SET_DURESS:
            self._set_duress()
        elif choice is SecurityChoice.REMOVE_DURESS:
            self._simple_change(
                translate("KeyActions", "Remove the duress passphrase"),
                translate(
                    "KeyActions",
                    "The duress passphrase stops working: typed at an "
                    "unlock it will be a wrong passphrase like any other. "
                    "Enter your passphrase to remove it.",
                ),
                translate("KeyActions", "Remove"),
                emergency.remove_duress_passphrase,
                lambda removed: (
                    translate("KeyActions", "The duress passphrase is removed.")
                    if removed
                    else translate("KeyActions", "There was no duress passphrase.")
                ),
            )
        elif choice is SecurityChoice.ROTATE_IDENTITY:
            self._rotate_identity()
        elif choice is SecurityChoice.RESTORED:
            self._restored()
        elif choice is SecurityChoice.WIPE_AFTER:
            self._simple_change(
                translate("KeyActions", "Wipe after failed unlocks"),
                plural("KeyActions", "After %n wrong passphrase(s) in a row the vault destroys "
                                     "itself. Enter your passphrase to apply this.", count)
                if count else
                translate("KeyActions", "The vault will no longer destroy itself after wrong "
                                        "passphrases. Enter your passphrase to apply this."),
                translate("KeyActions", "Apply"),
                lambda directory, passphrase: emergency.set_wipe_after_failures(
                    directory, passphrase, count
                ),
                lambda _r: (
                    plural("KeyActions", "The vault now destroys itself after %n wrong "
                                         "passphrase(s) in a row.", count)
                    if count else
                    translate("KeyActions", "The vault no longer destroys itself after wrong "
                                            "passphrases.")
                ),
            )

    def _run_security(self, dialog: SecurityDialog) -> bool:
        try:
            return self.window._run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def _ask_passphrase(self, title: str, intro: str, verb: str) -> str:
        dialog = AskPassphraseDialog(title, intro, verb, self.window)
        try:
            accepted = self.window._run_dialog(dialog) == QDialog.DialogCode.Accepted
            return dialog.take() if accepted else ""
        finally:
            dialog.wipe()
            dialog.deleteLater()

    def _simple_change(self, title: str, intro: str, verb: str,
                       work: Callable[[Path, str], object],
                       told: Callable[[object], str]) -> None:
        """A change of the keyslot file only (no re-encryption): the vault stays open."""
        passphrase = self._ask_passphrase(title, intro, verb)
        if not passphrase:
            return
        window, directory = self.window, self.directory
        before = emergency.failed_unlocks(directory)

        def done(result: object) -> None:
            window.prompter.info(title, told(result))
            if before:
                window.prompter.info(
                    translate("KeyActions", "Failed unlock attempts"), failed_unlocks_text(before)
                )

        def failed(exc: Exception) -> None:
            window.prompter.error(title, _failure_text(exc, title))
            self.vault_gone_check()

        window.tasks.run(lambda: work(directory, passphrase), done, failed)

    def _set_duress(self) -> None:
        window = self.window
        dialog = DuressDialog(window)
        try:
            if window._run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
            passphrase, duress = dialog.take()
        finally:
            dialog.wipe()
            dialog.deleteLater()
        directory = self.directory
        before = emergency.failed_unlocks(directory)

        def done(_result: object) -> None:
            window.prompter.info(translate("KeyActions", "Duress passphrase set"),
                                 translate("KeyActions", "Typed wherever the passphrase is "
                                                         "asked, the duress passphrase now "
                                                         "destroys this vault and says the "
                                                         "passphrase was wrong."))
            if before:
                window.prompter.info(
                    translate("KeyActions", "Failed unlock attempts"), failed_unlocks_text(before)
                )

        def failed(exc: Exception) -> None:
            window.prompter.error(
                translate("KeyActions", "Duress passphrase not set"),
                _failure_text(exc, translate("KeyActions", "Setting the duress passphrase")),
            )
            self.vault_gone_check()

        window.tasks.run(
            lambda: emergency.set_duress_passphrase(directory, passphrase, duress), done, failed)

    def _recovery(self, *, add: bool, replacing: bool) -> None:
        """Make, replace or remove the recovery code: the vault is re-encrypted, so it locks
        first and opens again with the passphrase given."""
        if add:
            title, verb = (
                (
                    translate("KeyActions", "Replace the recovery code"),
                    translate("KeyActions", "Replace"),
                )
                if replacing
                else (
                    translate("KeyActions", "Make a recovery code"),
                    translate("KeyActions", "Make code"),
                )
            )
            intro = (translate("KeyActions", "A new code is made and shown once; the old code "
                                             "stops opening anything. The vault locks for a few "
                                             "seconds while it is re-encrypted, then opens "
                                             "again. Enter your passphrase (not the recovery "
                                             "code).") if replacing else
                     translate("KeyActions", "A new code is made and shown once. The vault locks "
                                             "for a few seconds while it is re-encrypted, then "
                                             "opens again. Enter your passphrase (not the "
                                             "recovery code)."))
        else:
            title, verb = (
                translate("KeyActions", "Remove the recovery code"),
                translate("KeyActions", "Remove"),
            )
            intro = (translate("KeyActions", "The recovery code stops opening anything, so a "
                                             "forgotten passphrase can no longer be recovered. "
                                             "The vault locks for a few seconds while it is "
                                             "re-encrypted, then opens again. Enter your "
                                             "passphrase."))
        passphrase = self._ask_passphrase(title, intro, verb)
        if not passphrase:
            return
        if add:
            self._rekeying_change(
                title, lambda directory: emergency.add_recovery_code(directory, passphrase),
                passphrase, lambda code: self.show_code(code) if isinstance(code, str) else None,
                translate("KeyActions", "A new recovery code was made. The vault opens again."))
        else:
            self._rekeying_change(
                title, lambda directory: emergency.remove_recovery_code(directory, passphrase),
                passphrase, lambda _removed: None,
                translate("KeyActions", "The recovery code was removed. The vault opens again."))

    def _rotate_identity(self) -> None:
        """New identity keys: the vault locks (every view holds the old identity), rotates and
        opens again; the new fingerprint is shown to read to colleagues."""
        title = translate("KeyActions", "Rotate identity keys")
        passphrase = self._ask_passphrase(
            title, translate("KeyActions", "New identity keys are made and announced to your "
                                           "colleagues in your next bundles. The vault locks "
                                           "for a moment, then opens again. Enter your "
                                           "passphrase."),
            translate("KeyActions", "Rotate"))
        if not passphrase:
            return
        self._rekeying_change(
            title,
            lambda directory: emergency.rotate_identity(directory, passphrase),
            passphrase,
            self._show_rotation,
            translate("KeyActions", "New identity keys were made. The vault opens again."),
            busy=translate("KeyActions", "Making new identity keys."),
        )

    def _restored(self) -> None:
        """This vault was restored from a copy: a new epoch (the vault locks and opens again,
        as every view holds the vault id it writes under)."""
        title = translate("KeyActions", "Restored from a backup")
        passphrase = self._ask_passphrase(
            title,
            translate(
                "KeyActions",
                "From now on your changes get new numbers, so "
                "colleagues accept them even where the copy reuses "
                "numbers it had already sent. The vault locks for a "
                "moment, then opens again. Enter your passphrase.",
            ),
            translate("KeyActions", "Confirm"),
        )
        if not passphrase:
            return
        self._rekeying_change(
            title,
            lambda directory: emergency.vault_restored(directory, passphrase),
            passphrase,
            lambda _done: self.window.prompter.info(
                title,
                translate(
                    "KeyActions",
                    "This vault now writes under a new epoch: your "
                    "next changes reach colleagues. What they "
                    "received from this vault after the copy was "
                    "made comes back with their next bundles once "
                    "they import one of yours. Changes made after "
                    "putting the copy back and before this step may "
                    "be kept aside at colleagues (they show this "
                    "vault as suspect): check them and make them "
                    "again.",
                ),
            ),
            translate(
                "KeyActions", "This vault now writes under a new epoch. The vault opens again."
            ),
            busy=translate("KeyActions", "Starting a new epoch."),
        )

    def _show_rotation(self, done: object) -> None:
        if isinstance(done, Rotation):
            self.window.prompter.info(
                translate("KeyActions", "New identity keys"),
                filled(
                    translate(
                        "KeyActions",
                        "Your new fingerprint is\n%1\n\nColleagues that "
                        "trust you move to it when they import your next "
                        "bundle. New colleagues need your new card (My "
                        "identity > Save identity card). Bundles sent to "
                        "the old keys open here until %2.",
                    ),
                    done.new_fingerprint,
                    when_text(done.grace_until / 1000),
                ),
            )

    def _split_recovery(self) -> None:
        """A new code given only as shares (the vault locks and reopens, as for a code)."""
        window = self.window
        dialog = SplitDialog(window)
        try:
            if window._run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
            passphrase, threshold, count = dialog.take()
        finally:
            dialog.wipe()
            dialog.deleteLater()
        self._rekeying_change(
            translate("KeyActions", "Making the recovery shares"),
            lambda directory: emergency.add_recovery_shares(directory, passphrase, threshold,
                                                            count),
            passphrase,
            lambda shares: self.show_shares(shares, threshold) if isinstance(shares, list)
            else None,
            translate("KeyActions", "New recovery shares were made. The vault opens again."))

    def _rekeying_change(
        self,
        title: str,
        work: Callable[[Path], object],
        passphrase: str,
        show: Callable[[object], None],
        reason: str,
        *,
        busy: str = QT_TRANSLATE_NOOP(
            "KeyActions", "Re-encrypting the vault for the change. This takes a few seconds."
        ),
    ) -> None:
        """Lock, run `work` off the GUI thread, show its result, open again with `passphrase`."""
        window, directory = self.window, self.directory
        self.carry_failures()
        window.lock("keys")
        screen = window.unlock_screen
        screen.set_busy(True, translate("KeyActions", busy))

        def done(result: object) -> None:
            show(result)
            screen.show_reason(reason)
            screen.set_busy(
                True, translate("KeyActions", "Opening the vault. This takes a second or two.")
            )
            window.gate.unlock_with(passphrase)

        def failed(exc: Exception) -> None:
            self.carried_failures = 0
            screen.set_busy(False)
            if emergency.vault_exists(directory):
                screen.show_error(
                    _failure_text(exc, title)
                    + translate("KeyActions", " Unlock with your passphrase to go on.")
                )
            else:
                window.show_gate()

        window.tasks.run(lambda: work(directory), done, failed)

    def show_shares(self, shares: list[str], threshold: int) -> None:
        dialog = SharesDialog(shares, threshold, self._save_pdf, self.window)
        try:
            self.window._run_dialog(dialog)
        finally:
            dialog.wipe()
            dialog.deleteLater()

    def use_shares(self) -> None:
        """On the unlock screen: shares in, the code they give opens the vault (and a new
        passphrase is offered, as after the code itself)."""
        window = self.window
        dialog = CombineSharesDialog(recovery_shares.combine_shares, window)
        try:
            accepted = window._run_dialog(dialog) == QDialog.DialogCode.Accepted
            code = dialog.code if accepted else ""
        finally:
            dialog.wipe()
            dialog.deleteLater()
        if code:
            window.unlock_screen.clear_error()
            window.unlock_screen.set_busy(
                True, translate("KeyActions", "Opening the vault. This takes a second or two.")
            )
            window.gate.unlock_with(code)

    def show_code(self, code: str) -> None:
        dialog = RecoveryCodeDialog(code, self._save_pdf, self.window)
        try:
            self.window._run_dialog(dialog)
        finally:
            dialog.wipe()
            dialog.deleteLater()

    def _save_pdf(self, pdf: bytes) -> None:
        path = self.window.prompter.save_file(
            translate("KeyActions", "Save the recovery code as PDF"),
            "hrd-desk-recovery-code.pdf",
            translate("KeyActions", "PDF (*.pdf)"),
        )
        if not path:
            return
        try:
            atomic_write(Path(path), pdf)
        except OSError as exc:
            self.window.prompter.error(
                translate("KeyActions", "Not saved"),
                filled(
                    translate("KeyActions", "The PDF could not be written (%1)."),
                    os_reason(exc),
                ),
            )
            return
        self.window.prompter.info(
            translate("KeyActions", "Saved"),
            translate(
                "KeyActions",
                "The PDF holds the recovery "
                "code in clear. Print it, "
                "then delete the file and "
                "empty the trash.",
            ),
        )

    # -- audit --------------------------------------------------------------------------------

    def audit_trail(self) -> None:
        window = self.window
        if not window.ctx.is_open:
            return
        try:
            dialog = AuditTrailDialog(window.ctx.reader, window)
        except HrdDeskError as exc:
            window.prompter.error(translate("KeyActions", "Audit trail"),
                                  failure_sentence(exc))
            return
        self._run(dialog)

    def record_history(self, kind: str, record_id: str) -> None:
        window = self.window
        if not window.ctx.is_open:
            return
        try:
            dialog = RecordHistoryDialog(window.ctx.reader, kind, record_id, window)
        except HrdDeskError as exc:
            window.prompter.error(translate("KeyActions", "History"), failure_sentence(exc))
            return
        self._run(dialog)
