"""Vault > Change passphrase and Vault > Check integrity: the CLI's `passwd` and `verify`.

The dialogs only collect passphrases and show results; the slow work (Argon2id, and reading
every page of the database) runs on the main window's own thread pool through
services.maintenance, so the window keeps painting and can still lock. Passphrase fields are
emptied as soon as their text has been taken.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.maintenance import VerifyReport
from ..services.passphrase_policy import estimate_strength
from .i18n import QT_TRANSLATE_NOOP, plural, translate
from .labels import plain_label
from .sensitive import reveal_shortcut
from .vault_screens import strength_text

CHECK_NAMES = {
    "keyslot": QT_TRANSLATE_NOOP("VaultMaintenance", "Keyslot file"),
    "unlock": QT_TRANSLATE_NOOP("VaultMaintenance", "Passphrase opens the vault key"),
    "database": QT_TRANSLATE_NOOP("VaultMaintenance", "Database opens"),
    "pages": QT_TRANSLATE_NOOP("VaultMaintenance", "Every page is intact (encryption checksums)"),
    "structure": QT_TRANSLATE_NOOP("VaultMaintenance", "Database structure"),
    "audit": QT_TRANSLATE_NOOP("VaultMaintenance", "Audit trail is unbroken"),
}


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


NEW_HINT = QT_TRANSLATE_NOOP(
    "VaultMaintenance", "Four or more random words make a strong, memorable passphrase."
)


class _PassphraseDialog(QDialog):
    """A small form of passphrase fields with a verb on its OK button."""

    def __init__(self, title: str, intro: str, verb: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(plain_label(intro, wrap=True, object_name="muted"))
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.message = plain_label("", wrap=True, object_name="muted")
        self.buttons = QDialogButtonBox()
        self.ok: QPushButton = self.buttons.addButton(verb, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(
            translate("VaultMaintenance", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields: list[QLineEdit] = []
        reveal_shortcut(self, self._toggle_echo)

    def _finish(self) -> None:
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        for field in self.fields:
            field.textChanged.connect(lambda _t: self._update())
        self._update()

    def add_field(self, label: str) -> QLineEdit:
        field = _secret_field(label)
        caption = plain_label(label)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        self.fields.append(field)
        return field

    def _toggle_echo(self) -> None:
        hidden = self.fields[0].echoMode() == QLineEdit.EchoMode.Password
        mode = QLineEdit.EchoMode.Normal if hidden else QLineEdit.EchoMode.Password
        for field in self.fields:
            field.setEchoMode(mode)

    def _update(self) -> None:
        self.ok.setEnabled(all(f.text() for f in self.fields))

    def _new_typed_twice(
        self,
        new: str,
        repeat: str,
        *,
        hint: str = NEW_HINT,
        mismatch: str = QT_TRANSLATE_NOOP(
            "VaultMaintenance", "The new passphrases do not match yet."
        ),
    ) -> bool:
        """Say what a new passphrase typed twice still lacks (or how strong it is); True when it
        is strong enough and both fields match."""
        strength = estimate_strength(new)
        if not new:
            self.message.setText(translate("VaultMaintenance", hint))
        elif strength.acceptable and repeat and repeat != new:
            self.message.setText(translate("VaultMaintenance", mismatch))
        else:
            self.message.setText(strength_text(strength))
        return strength.acceptable and new == repeat

    def wipe(self) -> None:
        for field in self.fields:
            field.setText("")


class ChangePassphraseDialog(_PassphraseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("VaultMaintenance", "Change passphrase"),
            translate("VaultMaintenance", "The vault locks for a few seconds while it is "
                                          "re-encrypted for the new passphrase (open forms are "
                                          "kept as drafts), then opens again. There is still no "
                                          "way to recover a lost passphrase: write the new one "
                                          "down and keep it somewhere safe, away from this "
                                          "computer."),
            translate("VaultMaintenance", "Change passphrase"), parent)
        self.current = self.add_field(translate("VaultMaintenance", "Current passphrase"))
        self.new = self.add_field(translate("VaultMaintenance", "New passphrase"))
        self.repeat = self.add_field(translate("VaultMaintenance", "Repeat new passphrase"))
        self._finish()

    def _update(self) -> None:
        ready = self._new_typed_twice(self.new.text(), self.repeat.text())
        self.ok.setEnabled(bool(self.current.text()) and ready)

    def take(self) -> tuple[str, str]:
        """The current and new passphrases; the fields are emptied."""
        taken = self.current.text(), self.new.text()
        self.wipe()
        return taken


class AskPassphraseDialog(_PassphraseDialog):
    def __init__(self, title: str, intro: str, verb: str, parent: QWidget | None = None) -> None:
        super().__init__(title, intro, verb, parent)
        self.passphrase = self.add_field(translate("VaultMaintenance", "Passphrase"))
        self._finish()

    def take(self) -> str:
        taken = self.passphrase.text()
        self.wipe()
        return taken


class IntegrityReportDialog(QDialog):
    """Every check with its result, failures first in words a caseworker can pass on."""

    def __init__(self, report: VerifyReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("VaultMaintenance", "Vault integrity"))
        layout = QVBoxLayout(self)
        if report.ok:
            summary = translate("VaultMaintenance", "Every check passed. The vault is intact.")
        else:
            summary = plural("VaultMaintenance", "%n check(s) failed. Do not delete anything; keep "
                                                 "a copy of the vault folder and ask the person "
                                                 "who supports your office.", len(report.failures))
        self.summary: QLabel = plain_label(summary, wrap=True)
        layout.addWidget(self.summary)
        self.checks = QTreeWidget()
        self.checks.setAccessibleName(translate("VaultMaintenance", "Integrity checks"))
        self.checks.setRootIsDecorated(False)
        self.checks.setHeaderLabels(
            [
                translate("VaultMaintenance", "Check"),
                translate("VaultMaintenance", "Result"),
                translate("VaultMaintenance", "Detail"),
            ]
        )
        for check in report.checks:
            item = QTreeWidgetItem(
                [
                    translate("VaultMaintenance", CHECK_NAMES.get(check.name, check.name)),
                    translate("VaultMaintenance", "Passed")
                    if check.ok
                    else translate("VaultMaintenance", "FAILED"),
                    check.detail,
                ]
            )
            self.checks.addTopLevelItem(item)
        for column in range(3):
            self.checks.resizeColumnToContents(column)
        layout.addWidget(self.checks, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(
            translate("VaultMaintenance", "Close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 56, em * 22)
