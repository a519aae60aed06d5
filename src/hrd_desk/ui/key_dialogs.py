"""Vault > Security: the recovery code, the duress passphrase, wipe after failed unlocks; the
recovery code shown once (text, QR code, save as PDF); a new passphrase after the recovery code.

The dialogs only collect answers and show results; key_actions.py runs the work off the GUI
thread through services.emergency. No button that destroys or replaces anything is the default:
Enter and Escape leave things as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPainter,
    QPdfWriter,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import HrdDeskError
from ..services.emergency import KeyStatus
from ..services.recovery_shares import MAX_SHARES
from .error_words import failure_sentence
from .exchange.qr import qr_image, qr_pixmap
from .i18n import QT_TRANSLATE_NOOP, filled, translate
from .labels import plain_label
from .pdf import a4_pdf
from .theme import scaled_font
from .vault_maintenance import _PassphraseDialog

MIN_WIPE_AFTER, MAX_WIPE_AFTER = 3, 100

DURESS_TEXT = (
    QT_TRANSLATE_NOOP("KeyDialogs", "A second passphrase for when someone forces you to open "
                                    "the vault. Typed where the passphrase is asked, it "
                                    "destroys the vault on this computer at once and then says "
                                    "the passphrase was wrong. It does not open a "
                                    "harmless-looking decoy: a decoy would have to look "
                                    "lived-in to be believed, and records gone are safer for "
                                    "the people in them than records read. Colleagues keep what "
                                    "you shared with them. Nothing on disk shows whether one is "
                                    "set."))
WIPE_AFTER_TEXT = (
    QT_TRANSLATE_NOOP("KeyDialogs", "The vault destroys itself after this many wrong "
                                    "passphrases in a row. It stops someone guessing at this "
                                    "computer through hrd-desk, not someone who copied the "
                                    "vault's files first. A mistyped passphrase counts too, so "
                                    "do not set it low."))
IDENTITY_TEXT = (
    QT_TRANSLATE_NOOP("KeyDialogs", "The keys colleagues know this vault by. New keys are "
                                    "announced in your next bundles, signed by the old and the "
                                    "new keys; colleagues that trust you move to them, still "
                                    "verified. Bundles sent to the old keys open here for 30 "
                                    "days, then the old keys are deleted. If someone may have "
                                    "copied your keys, ask colleagues to revoke them instead."))
RESTORED_TEXT = (
    QT_TRANSLATE_NOOP("KeyDialogs", "After putting back a copy of this vault (a backup), say so "
                                    "before changing anything: what you change from then on "
                                    "gets new numbers, so colleagues accept it. The vault also "
                                    "notices by itself when a colleague sends back changes it "
                                    "lost."))
RECOVERY_TEXT = (
    QT_TRANSLATE_NOOP("KeyDialogs", "A long code that opens the vault if the passphrase is "
                                    "forgotten. It is shown once: print it or write it down and "
                                    "keep it away from this computer. Anyone who has it can "
                                    "open the vault. A new code replaces the old one, which "
                                    "then opens nothing."))


class SecurityChoice(StrEnum):
    ADD_RECOVERY = "add recovery"
    SPLIT_RECOVERY = "split recovery"
    REMOVE_RECOVERY = "remove recovery"
    SET_DURESS = "set duress"
    REMOVE_DURESS = "remove duress"
    WIPE_AFTER = "wipe after"
    ROTATE_IDENTITY = "rotate identity"
    RESTORED = "restored"


def _section(title: str, text: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(plain_label(text, wrap=True, object_name="muted"))
    return box, layout


def _button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)  # Enter never starts a change
    return button


class SecurityDialog(QDialog):
    """What protects the vault, and a button per change; `choice` says which was pressed."""

    def __init__(self, status: KeyStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("KeyDialogs", "Security"))
        self.choice: SecurityChoice | None = None
        layout = QVBoxLayout(self)

        box, inner = _section(
            translate("KeyDialogs", "Recovery code"), translate("KeyDialogs", RECOVERY_TEXT)
        )
        self.recovery_state = plain_label(
            translate("KeyDialogs", "This vault has a recovery code.") if status.recovery_code
            else translate("KeyDialogs", "This vault has no recovery code."), wrap=True)
        inner.addWidget(self.recovery_state)
        row = QHBoxLayout()
        self.add_recovery = _button(
            translate("KeyDialogs", "Replace the recovery code…")
            if status.recovery_code
            else translate("KeyDialogs", "Make a recovery code…"),
            translate("KeyDialogs", "Replace the recovery code")
            if status.recovery_code
            else translate("KeyDialogs", "Make a recovery code"),
        )
        self.split_recovery = _button(
            translate("KeyDialogs", "Make one split into shares…"),
            translate("KeyDialogs", "Make a recovery code split into shares"),
        )
        self.split_recovery.setToolTip(translate("KeyDialogs", "Give the code to several "
                                                               "people: any k of n shares give "
                                                               "it back, fewer say nothing "
                                                               "about it"))
        self.remove_recovery = _button(
            translate("KeyDialogs", "Remove the recovery code…"),
            translate("KeyDialogs", "Remove the recovery code"),
        )
        self.remove_recovery.setEnabled(status.recovery_code)
        row.addWidget(self.add_recovery)
        row.addWidget(self.split_recovery)
        row.addWidget(self.remove_recovery)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box)

        box, inner = _section(
            translate("KeyDialogs", "Duress passphrase"), translate("KeyDialogs", DURESS_TEXT)
        )
        row = QHBoxLayout()
        self.set_duress = _button(
            translate("KeyDialogs", "Set or replace…"),
            translate("KeyDialogs", "Set or replace the duress passphrase"),
        )
        self.remove_duress = _button(
            translate("KeyDialogs", "Remove…"),
            translate("KeyDialogs", "Remove the duress passphrase"),
        )
        row.addWidget(self.set_duress)
        row.addWidget(self.remove_duress)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box)

        box, inner = _section(
            translate("KeyDialogs", "Identity keys"), translate("KeyDialogs", IDENTITY_TEXT)
        )
        row = QHBoxLayout()
        self.rotate_identity = _button(
            translate("KeyDialogs", "Rotate identity keys…"),
            translate("KeyDialogs", "Rotate the identity keys"),
        )
        row.addWidget(self.rotate_identity)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box)

        box, inner = _section(
            translate("KeyDialogs", "Restored from a backup"),
            translate("KeyDialogs", RESTORED_TEXT),
        )
        row = QHBoxLayout()
        self.restored = _button(
            translate("KeyDialogs", "This vault was restored…"),
            translate("KeyDialogs", "Say this vault was restored from a backup"),
        )
        row.addWidget(self.restored)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box)

        box, inner = _section(
            translate("KeyDialogs", "Wipe after failed unlocks"),
            translate("KeyDialogs", WIPE_AFTER_TEXT),
        )
        row = QHBoxLayout()
        caption = plain_label(translate("KeyDialogs", "Wrong passphrases in a row:"))
        self.wipe_after = QSpinBox()
        self.wipe_after.setRange(MIN_WIPE_AFTER - 1, MAX_WIPE_AFTER)
        self.wipe_after.setSpecialValueText(
            translate("KeyDialogs", "Never")
        )  # the minimum (2) stands for off
        self.wipe_after.setAccessibleName(
            translate("KeyDialogs", "Wipe after this many failed unlocks")
        )
        self.wipe_after.setValue(status.wipe_after_failures or MIN_WIPE_AFTER - 1)
        caption.setBuddy(self.wipe_after)
        self.apply_wipe_after = _button(
            translate("KeyDialogs", "Apply…"),
            translate("KeyDialogs", "Apply the wipe-after setting"),
        )
        self.apply_wipe_after.setEnabled(False)
        self._current_wipe_after = status.wipe_after_failures
        self.wipe_after.valueChanged.connect(
            lambda _v: self.apply_wipe_after.setEnabled(
                self.wipe_after_count() != self._current_wipe_after))
        row.addWidget(caption)
        row.addWidget(self.wipe_after)
        row.addWidget(self.apply_wipe_after)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box)

        buttons = QDialogButtonBox()
        close = buttons.addButton(
            translate("KeyDialogs", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for button, choice in ((self.add_recovery, SecurityChoice.ADD_RECOVERY),
                               (self.split_recovery, SecurityChoice.SPLIT_RECOVERY),
                               (self.remove_recovery, SecurityChoice.REMOVE_RECOVERY),
                               (self.set_duress, SecurityChoice.SET_DURESS),
                               (self.remove_duress, SecurityChoice.REMOVE_DURESS),
                               (self.rotate_identity, SecurityChoice.ROTATE_IDENTITY),
                               (self.restored, SecurityChoice.RESTORED),
                               (self.apply_wipe_after, SecurityChoice.WIPE_AFTER)):
            button.clicked.connect(lambda _c=False, chosen=choice: self._choose(chosen))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 48)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped texts: never shorter than they need at this width (a box layout's minimum
        size does not ask its labels' height for a width, so they were cut)."""
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(self.width())
            if need > self.minimumHeight():
                self.setMinimumHeight(need)

    def wipe_after_count(self) -> int:
        value = self.wipe_after.value()
        return 0 if value < MIN_WIPE_AFTER else value

    def _choose(self, choice: SecurityChoice) -> None:
        self.choice = choice
        self.accept()


class DuressDialog(_PassphraseDialog):
    """The vault's passphrase, then the duress passphrase twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("KeyDialogs", "Set the duress passphrase"),
            translate("KeyDialogs", DURESS_TEXT),
            translate("KeyDialogs", "Set duress passphrase"),
            parent,
        )
        self.current = self.add_field(translate("KeyDialogs", "Your passphrase"))
        self.duress = self.add_field(translate("KeyDialogs", "Duress passphrase"))
        self.repeat = self.add_field(translate("KeyDialogs", "Repeat duress passphrase"))
        self._finish()

    def _update(self) -> None:
        duress = self.duress.text()
        ready = self._new_typed_twice(
            duress,
            self.repeat.text(),
            hint=translate(
                "KeyDialogs", "Choose words you can say under pressure, unlike your passphrase."
            ),
            mismatch=translate("KeyDialogs", "The duress passphrases do not match yet."),
        )
        if duress and duress == self.current.text():
            self.message.setText(
                translate("KeyDialogs", "The duress passphrase must differ from your passphrase.")
            )
        self.ok.setEnabled(bool(self.current.text()) and ready and duress != self.current.text())

    def take(self) -> tuple[str, str]:
        taken = self.current.text(), self.duress.text()
        self.wipe()
        return taken


class NewPassphraseDialog(_PassphraseDialog):
    """After the recovery code opened the vault: a new passphrase, typed twice (or later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("KeyDialogs", "Set a new passphrase"),
            translate(
                "KeyDialogs",
                "You opened the vault with the recovery code. Set a new "
                "passphrase now, so the code can go back to its safe place. "
                "The vault is re-encrypted under a new key; the recovery "
                "code keeps working.",
            ),
            translate("KeyDialogs", "Set passphrase"),
            parent,
        )
        self.buttons.buttons()[-1].setText(translate("KeyDialogs", "Later"))
        self.new = self.add_field(translate("KeyDialogs", "New passphrase"))
        self.repeat = self.add_field(translate("KeyDialogs", "Repeat new passphrase"))
        self._finish()

    def _update(self) -> None:
        self.ok.setEnabled(self._new_typed_twice(self.new.text(), self.repeat.text()))

    def take(self) -> str:
        taken = self.new.text()
        self.wipe()
        return taken


def _code_font(point_size_factor: float, base: QFont) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * point_size_factor)
    font.setBold(True)
    return font


def paint_recovery_page(painter: QPainter, width: int, height: int, code: str) -> None:
    """What the code is, the code in large letters and as a QR code, on a page of that size."""
    text_font = QFont()
    text_font.setPointSize(11)
    painter.setFont(text_font)
    line = painter.fontMetrics().lineSpacing()
    explain = (translate("KeyDialogs", "hrd-desk recovery code. It opens the vault if the "
                                       "passphrase is forgotten, wherever the passphrase is "
                                       "asked. Anyone who holds it can open the vault: keep it "
                                       "locked away, apart from the computer."))
    painter.drawText(QRectF(0, 0, width, line * 5), int(Qt.TextFlag.TextWordWrap), explain)
    painter.setFont(_code_font(2.0, text_font))
    code_line = painter.fontMetrics().lineSpacing()
    painter.drawText(QRectF(0, line * 6, width, code_line * 2),
                     int(Qt.AlignmentFlag.AlignHCenter), code)
    side = min(width // 2, height // 2)
    top = line * 6 + code_line * 3
    painter.drawImage(QRectF((width - side) / 2, top, side, side), qr_image(code))


def recovery_code_pdf(code: str) -> bytes:
    """One A4 page (paint_recovery_page)."""
    return a4_pdf(
        translate("KeyDialogs", "hrd-desk recovery code"),
        lambda writer, painter: paint_recovery_page(painter, writer.width(), writer.height(), code),
    )


class RecoveryCodeDialog(QDialog):
    """The new code, once: large text, a QR code, save as PDF; closing needs a confirmation
    that it was kept (the default button is that confirmation, never a change)."""

    def __init__(self, code: str, save_pdf: Callable[[bytes], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("KeyDialogs", "Your recovery code"))
        self.code = code
        self._save_pdf = save_pdf
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "KeyDialogs",
                    "This is the vault's recovery code. It is shown only this "
                    "once. Write it down or print it, and keep it away from "
                    "this computer: anyone who has it can open the vault.",
                ),
                wrap=True,
            )
        )
        self.code_label: QLabel = plain_label(code)
        self.code_label.setFont(_code_font(1.6, self.font()))
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setAccessibleName(translate("KeyDialogs", "Recovery code"))
        layout.addWidget(self.code_label)
        em = self.fontMetrics().horizontalAdvance("M")
        self.qr = QLabel()
        self.qr.setPixmap(qr_pixmap(code, em * 14))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(translate("KeyDialogs", "Recovery code as a QR code"))
        layout.addWidget(self.qr)
        layout.addWidget(
            plain_label(
                translate(
                    "KeyDialogs",
                    "Save as PDF writes the code in clear to a file: print it, then delete "
                    "the file.",
                ),
                wrap=True,
                object_name="muted",
            )
        )
        buttons = QDialogButtonBox()
        self.save_pdf = buttons.addButton(
            translate("KeyDialogs", "Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_pdf.setAutoDefault(False)
        self.save_pdf.setVisible(save_pdf is not None)
        done = buttons.addButton(
            translate("KeyDialogs", "I have kept it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        done.setDefault(True)
        buttons.accepted.connect(self.accept)
        self.save_pdf.clicked.connect(self._save)
        layout.addWidget(buttons)

    def _save(self) -> None:
        if self._save_pdf is not None and self.code:
            self._save_pdf(recovery_code_pdf(self.code))

    def wipe(self) -> None:
        self.code = ""
        self.code_label.setText("")
        self.qr.clear()


class SplitDialog(_PassphraseDialog):
    """How many shares, how many to give the code back, and the passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("KeyDialogs", "Recovery code in shares"),
            translate(
                "KeyDialogs",
                "A new recovery code is made and given only as shares, one "
                "for each person you trust: any k of them together give the "
                "code back, fewer say nothing about it. The old code stops "
                "opening anything. The vault locks for a few seconds while "
                "it is re-encrypted, then opens again.",
            ),
            translate("KeyDialogs", "Make shares"),
            parent,
        )
        self.count = QSpinBox()
        self.count.setRange(2, MAX_SHARES)
        self.count.setValue(5)
        self.count.setAccessibleName(translate("KeyDialogs", "Number of shares"))
        self.threshold = QSpinBox()
        self.threshold.setRange(2, 5)
        self.threshold.setValue(2)
        self.threshold.setAccessibleName(
            translate("KeyDialogs", "Shares needed to give the code back")
        )
        self.count.valueChanged.connect(lambda n: self.threshold.setMaximum(n))
        for label, box in ((translate("KeyDialogs", "Shares to make (n)"), self.count),
                           (translate("KeyDialogs", "Shares needed (k)"), self.threshold)):
            caption = plain_label(label)
            caption.setBuddy(box)
            self.form.addRow(caption, box)
        self.passphrase = self.add_field(translate("KeyDialogs", "Your passphrase"))
        self._finish()

    def take(self) -> tuple[str, int, int]:
        taken = self.passphrase.text(), self.threshold.value(), self.count.value()
        self.wipe()
        return taken


def paint_share_page(painter: QPainter, width: int, height: int, share: str, number: int,
                     count: int, threshold: int) -> None:
    """One share on a page: which it is, how many are needed, the words."""
    del height
    text_font = QFont()
    text_font.setPointSize(11)
    painter.setFont(text_font)
    line = painter.fontMetrics().lineSpacing()
    explain = (filled(translate("KeyDialogs", "hrd-desk recovery share %1 of %2. Any %3 shares "
                                              "together give back the recovery code that opens "
                                              "the vault; fewer say nothing about it. Keep this "
                                              "share safe and apart from the other shares and "
                                              "from the computer."), number, count, threshold))
    painter.drawText(QRectF(0, 0, width, line * 5), int(Qt.TextFlag.TextWordWrap), explain)
    painter.setFont(_code_font(1.4, text_font))
    words = painter.fontMetrics().lineSpacing()
    painter.drawText(QRectF(0, line * 6, width, words * 8), int(Qt.TextFlag.TextWordWrap),
                     share)


def shares_pdf(shares: list[str], threshold: int) -> bytes:
    """Every share on its own A4 page, so each can be printed and handed out alone."""
    def paint(writer: QPdfWriter, painter: QPainter) -> None:
        for number, share in enumerate(shares, start=1):
            if number > 1:
                writer.newPage()
            paint_share_page(painter, writer.width(), writer.height(), share, number,
                             len(shares), threshold)

    return a4_pdf(translate("KeyDialogs", "hrd-desk recovery shares"), paint)


class SharesDialog(QDialog):
    """The new shares, once; Save as PDF puts each on its own page."""

    def __init__(self, shares: list[str], threshold: int,
                 save_pdf: Callable[[bytes], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("KeyDialogs", "Your recovery shares"))
        self.shares = list(shares)
        self.threshold = threshold
        self._save_pdf = save_pdf
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            filled(translate("KeyDialogs", "Give each share to a different person you trust, on "
                                           "paper. Any %1 of these %2 shares give back the "
                                           "recovery code (on the unlock screen: Use recovery "
                                           "shares); fewer say nothing about it. They are shown "
                                           "only this once."), threshold, len(shares)),
            wrap=True))
        self.share_labels: list[QLabel] = []
        font = _code_font(1.0, self.font())
        for number, share in enumerate(shares, start=1):
            title = plain_label(
                filled(translate("KeyDialogs", "Share %1 of %2"), number, len(shares))
            )
            title.setFont(scaled_font(title, 1.0, bold=True))
            words = plain_label(share, wrap=True)
            words.setFont(font)
            words.setAccessibleName(filled(translate("KeyDialogs", "Share %1"), number))
            layout.addWidget(title)
            layout.addWidget(words)
            self.share_labels.append(words)
        layout.addWidget(
            plain_label(
                translate(
                    "KeyDialogs",
                    "Save as PDF writes the shares in clear to a file, each on "
                    "its own page: print it, then delete the file.",
                ),
                wrap=True,
                object_name="muted",
            )
        )
        buttons = QDialogButtonBox()
        self.save_pdf = buttons.addButton(
            translate("KeyDialogs", "Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_pdf.setAutoDefault(False)
        self.save_pdf.setVisible(save_pdf is not None)
        done = buttons.addButton(
            translate("KeyDialogs", "I have kept them"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        done.setDefault(True)
        buttons.accepted.connect(self.accept)
        self.save_pdf.clicked.connect(self._save)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)

    def _save(self) -> None:
        if self._save_pdf is not None and self.shares:
            self._save_pdf(shares_pdf(self.shares, self.threshold))

    def wipe(self) -> None:
        self.shares = []
        for label in self.share_labels:
            label.setText("")


class CombineSharesDialog(QDialog):
    """Shares typed in, one per line; `combine` (services) says what is wrong, in the dialog."""

    def __init__(self, combine: Callable[[list[str]], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("KeyDialogs", "Use recovery shares"))
        self._combine = combine
        self.code = ""
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            translate("KeyDialogs", "Type the shares of the recovery code, one share per line "
                                    "(the words of a share on one line). Enough shares give "
                                    "back the code, which then opens the vault."),
            wrap=True, object_name="muted"))
        caption = plain_label(translate("KeyDialogs", "Shares"))
        self.entry = QPlainTextEdit()
        self.entry.setAccessibleName(translate("KeyDialogs", "Shares, one per line"))
        self.entry.setTabChangesFocus(True)
        self.entry.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        caption.setBuddy(self.entry)
        layout.addWidget(caption)
        layout.addWidget(self.entry, 1)
        self.message = plain_label("", wrap=True, object_name="inlineError")
        self.message.setAccessibleName(translate("KeyDialogs", "Message"))
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            translate("KeyDialogs", "Open the vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(translate("KeyDialogs", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 44, em * 20)

    def _try(self) -> None:
        try:
            self.code = self._combine(self.entry.toPlainText().splitlines())
        except HrdDeskError as exc:
            text = failure_sentence(exc)
            self.message.setText(text if text.endswith(".") else f"{text}.")
            self.message.show()
            return
        self.entry.setPlainText("")
        self.accept()

    def wipe(self) -> None:
        self.entry.setPlainText("")
        self.entry.document().clearUndoRedoStacks()
        self.code = ""
