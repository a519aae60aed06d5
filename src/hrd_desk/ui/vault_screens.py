"""The screens shown while the vault is locked: create it (first run) and unlock it.

They only collect the passphrase and show what happened; the main window runs the slow KDF on
its own thread pool and calls back `set_busy`, `show_error` or `show_damage`. A wrong passphrase
is an inline message under the field; a damaged vault is a plain explanation with what to do.
Passphrase fields are emptied as soon as their text has been handed over, and at every lock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..services.passphrase_policy import MIN_LENGTH, Strength, estimate_strength
from .i18n import filled, translate
from .sensitive import reveal_shortcut, untabbable
from .theme import scaled_font


def strength_text(strength: Strength) -> str:
    """services.passphrase_policy's verdict (fixed English words) in the current language."""
    said = {
        "Too short": (translate("Passphrase", "Too short"),
                      filled(translate("Passphrase", "Use at least %1 characters; four or more "
                                                     "random words are easier to remember."),
                             MIN_LENGTH)),
        "Too weak": (translate("Passphrase", "Too weak"),
                     translate("Passphrase", "Add more words or characters; avoid repeats and "
                                             "common words.")),
        "Fair": (translate("Passphrase", "Fair"),
                 translate("Passphrase", "Acceptable. Another random word would make it good.")),
        "Good": (translate("Passphrase", "Good"), translate("Passphrase", "A good passphrase.")),
        "Strong": (translate("Passphrase", "Strong"),
                   translate("Passphrase", "A strong passphrase.")),
    }.get(strength.label, (strength.label, strength.advice))
    return filled(translate("Passphrase", "Strength: %1. %2"), *said)

# The label says how strong it is; the colour only repeats it.
_METER_COLOURS = {"Too short": "#c0392b", "Too weak": "#c0392b", "Fair": "#c88a00",
                  "Good": "#2e8b57", "Strong": "#2e8b57"}


def _plain_label(text: str = "", *, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def _passphrase_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no "copy" of a passphrase
    field.setMinimumWidth(QFontMetrics(field.font()).horizontalAdvance("M") * 18)
    return field


def _name_toggle(button: QToolButton) -> None:
    """The Show/Hide button's words, for its state, in the current language."""
    button.setText(translate("UnlockScreen", "Hide") if button.isChecked()
                   else translate("UnlockScreen", "Show"))
    button.setAccessibleName(translate("UnlockScreen", "Show passphrase"))
    button.setToolTip(translate("UnlockScreen", "Show or hide the passphrase as you type"))


def _show_toggle(fields: list[QLineEdit]) -> QToolButton:
    button = QToolButton()
    button.setCheckable(True)
    _name_toggle(button)
    untabbable(button)  # Tab goes from field to field, never to Show

    def toggled(on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)
        _name_toggle(button)

    button.toggled.connect(toggled)
    return button


class _CardScreen(QWidget):
    """A calm centred card on the window background; subclasses fill `self.body` and name
    everything in `retranslate` (called again when the language changes: the gate's screens
    are never built again while the app runs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The card scrolls on a small screen or at 200% (Create vault is tall): it never makes
        # the window taller than the screen.
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        scroller = QScrollArea()
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        inside = QWidget()
        scroller.setWidget(inside)
        frame.addWidget(scroller)
        outer = QVBoxLayout(inside)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        self.card = QFrame()
        self.card.setObjectName("card")
        em = QFontMetrics(self.font()).horizontalAdvance("M")
        # A fixed width in `em`: wrapped text gets the height it needs at that width, and a
        # larger system font widens the card with it.
        self.card.setFixedWidth(em * 40)
        self.card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        row.addWidget(self.card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self.body = QVBoxLayout(self.card)
        margin = em * 2
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.body.setSpacing(round(em * 0.6))
        app_name = _plain_label("hrd-desk", name="muted")
        self.body.addWidget(app_name)
        self.heading = _plain_label()
        self.heading.setFont(scaled_font(self.heading, 1.6, bold=True))
        self.body.addWidget(self.heading)
        self.intro = _plain_label(name="muted")
        self.body.addWidget(self.intro)
        self.error = _plain_label(name="inlineError")
        self.error.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(max(4, em // 3))
        self.busy_text = _plain_label(name="muted")
        self.busy_bar.hide()
        self.busy_text.hide()

    def retranslate(self) -> None:
        self.heading.setAccessibleName(self.heading.text())
        self.error.setAccessibleName(translate("UnlockScreen", "Message"))
        self.busy_bar.setAccessibleName(translate("UnlockScreen", "Working"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _add_status_rows(self) -> None:
        self.body.addWidget(self.error)
        self.body.addWidget(self.busy_bar)
        self.body.addWidget(self.busy_text)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.setText("")
        self.error.hide()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy_bar.setVisible(busy)
        self.busy_text.setText(text if busy else "")
        self.busy_text.setVisible(busy)
        self._enable_inputs(not busy)

    def _enable_inputs(self, enabled: bool) -> None:
        raise NotImplementedError


class UnlockScreen(_CardScreen):
    """Passphrase in, `unlock_requested(passphrase)` out."""

    unlock_requested = Signal(str)
    wipe_requested = Signal()  # Emergency wipe… (the window asks for the typed confirmation)
    shares_requested = Signal()  # Use recovery shares… (the window asks for them)

    def __init__(self, vault_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_label = label = _plain_label(wrap=False)
        self.passphrase = _passphrase_field("")
        label.setBuddy(self.passphrase)
        self.body.addWidget(label)
        field_row = QHBoxLayout()
        field_row.addWidget(self.passphrase, 1)
        self.show_button = _show_toggle([self.passphrase])
        field_row.addWidget(self.show_button)
        self.body.addLayout(field_row)
        self._add_status_rows()
        # Unlock on its own row, the two rarer ways below it, one a row: in French or Spanish
        # they do not fit side by side in the card, and were cut at both ends.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.unlock_button)
        self.body.addLayout(buttons)
        self.shares_button = QPushButton()
        self.shares_button.setAutoDefault(False)
        self.shares_button.clicked.connect(lambda _c=False: self.shares_requested.emit())
        self.body.addWidget(self.shares_button, 0, Qt.AlignmentFlag.AlignLeading)
        # Never the default and never disabled (a damaged or busy vault can be wiped too); it
        # only asks, and the question's default is Cancel.
        self.wipe_button = QPushButton()
        self.wipe_button.setAutoDefault(False)
        self.wipe_button.clicked.connect(lambda _c=False: self.wipe_requested.emit())
        self.body.addWidget(self.wipe_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.where = _plain_label(vault_label, name="muted")
        self.body.addWidget(self.where)
        self.reason = _plain_label(name="muted")
        self.reason.hide()
        self.body.insertWidget(self.body.indexOf(self.intro) + 1, self.reason)
        self.unlock_button.clicked.connect(self._submit)
        QWidget.setTabOrder(self.passphrase, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.shares_button)
        QWidget.setTabOrder(self.shares_button, self.wipe_button)
        self.passphrase.returnPressed.connect(self._submit)
        self.passphrase.textEdited.connect(lambda _t: self.clear_error())
        self.setFocusProxy(self.passphrase)
        reveal_shortcut(self, self.show_button.toggle)
        self.damaged = False
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("UnlockScreen", "Unlock your vault"))
        self.intro.setText(translate("UnlockScreen", "Enter the passphrase, or the recovery code "
                                                     "if the vault has one."))
        self.field_label.setText(translate("UnlockScreen", "Passphrase or recovery code"))
        self.passphrase.setAccessibleName(translate("UnlockScreen", "Passphrase"))
        _name_toggle(self.show_button)
        self.wipe_button.setText(translate("UnlockScreen", "Emergency wipe…"))
        self.wipe_button.setAccessibleName(translate("UnlockScreen", "Emergency wipe"))
        self.wipe_button.setToolTip(translate("UnlockScreen",
                                              "Destroy this vault for good (asks first)"))
        self.shares_button.setText(translate("UnlockScreen", "Use recovery shares…"))
        self.shares_button.setAccessibleName(translate("UnlockScreen", "Use recovery shares"))
        self.shares_button.setToolTip(translate(
            "UnlockScreen", "Open the vault with enough shares of its recovery code"))
        self.unlock_button.setText(translate("UnlockScreen", "Unlock"))
        self.unlock_button.setAccessibleName(translate("UnlockScreen", "Unlock"))
        self.reason.setAccessibleName(translate("UnlockScreen", "Why the vault locked"))
        super().retranslate()

    def _submit(self) -> None:
        text = self.passphrase.text()
        if self.damaged or not text or self.busy_bar.isVisible():
            return
        self.passphrase.setText("")
        self.clear_error()
        self.set_busy(True, translate("UnlockScreen",
                                      "Opening the vault. This takes a second or two."))
        self.unlock_requested.emit(text)

    def _enable_inputs(self, enabled: bool) -> None:
        focused = QApplication.focusWidget()
        if not enabled and focused is not None and self.isAncestorOf(focused) and (
                focused is not self.wipe_button):
            # Disabling the focused field hands the focus on down the chain to the one button
            # left enabled: Emergency wipe…, where a second Enter would land. Nowhere instead.
            focused.clearFocus()
        for widget in (self.passphrase, self.show_button, self.unlock_button,
                       self.shares_button):
            widget.setEnabled(enabled and not self.damaged)
        if enabled and not self.damaged:
            self.passphrase.setFocus()

    def reset(self) -> None:
        """Back to an empty field, ready (at lock and when shown again)."""
        self.passphrase.setText("")
        self.show_button.setChecked(False)
        self.clear_error()
        self.set_busy(False)

    def show_reason(self, text: str) -> None:
        """Why the vault locked (idle, sleep, screen lock, panic...); empty hides it."""
        self.reason.setText(text)
        self.reason.setVisible(bool(text))

    def show_wrong_passphrase(self) -> None:
        self.show_error(translate("UnlockScreen", "That passphrase did not open the vault. "
                                                  "Check the keyboard layout and Caps Lock, "
                                                  "then try again."))

    def show_damage(self, message: str) -> None:
        """A vault that cannot be opened whatever the passphrase: say so, and what to do."""
        self.damaged = True
        self.show_error(
            filled(
                translate(
                    "UnlockScreen",
                    "This vault cannot be opened: %1. Nothing was "
                    "changed. If you have a backup of the vault "
                    "folder, restore it; otherwise ask the person who "
                    "supports your office. Do not delete the folder.",
                ),
                message,
            )
        )
        self._enable_inputs(False)


class CreateVaultScreen(_CardScreen):
    """First run: passphrase twice, strength, the no-recovery warning; `create_requested` out."""

    create_requested = Signal(str)

    def __init__(self, vault_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_label = first_label = _plain_label(wrap=False)
        self.passphrase = _passphrase_field("")
        first_label.setBuddy(self.passphrase)
        self.repeat = _passphrase_field("")
        self.show_button = _show_toggle([self.passphrase, self.repeat])
        self.body.addWidget(first_label)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_button)
        self.body.addLayout(row)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(max(6, QFontMetrics(self.font()).height() // 3))
        self.body.addWidget(self.meter)
        self.strength_text = _plain_label(name="muted")
        self.body.addWidget(self.strength_text)
        self.repeat_label = repeat_label = _plain_label(wrap=False)
        repeat_label.setBuddy(self.repeat)
        self.body.addWidget(repeat_label)
        self.body.addWidget(self.repeat)
        self.match_text = _plain_label(name="muted")
        self.body.addWidget(self.match_text)
        self.warning = _plain_label(name="warningBox")
        self.body.addWidget(self.warning)
        self.understood = QCheckBox()
        self.body.addWidget(self.understood)
        self._add_status_rows()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.create_button = QPushButton()
        self.create_button.setObjectName("primary")
        self.create_button.setDefault(True)
        buttons.addWidget(self.create_button)
        self.body.addLayout(buttons)
        self.where = _plain_label(vault_label, name="muted")
        self.body.addWidget(self.where)
        for field in (self.passphrase, self.repeat):
            field.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        self.create_button.clicked.connect(self._submit)
        self.repeat.returnPressed.connect(self._submit)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on the last field creates
            enter = QShortcut(QKeySequence(key), self.understood, self._submit)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        QWidget.setTabOrder(self.passphrase, self.repeat)
        QWidget.setTabOrder(self.repeat, self.understood)
        QWidget.setTabOrder(self.understood, self.create_button)
        self.setFocusProxy(self.passphrase)
        reveal_shortcut(self, self.show_button.toggle)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("UnlockScreen", "Create your vault"))
        self.intro.setText(translate("UnlockScreen", "Everything you record is kept in this "
                                                     "vault, encrypted on this computer. Choose "
                                                     "a passphrase you will use to open it."))
        self.first_label.setText(translate("UnlockScreen", "Passphrase"))
        self.passphrase.setAccessibleName(translate("UnlockScreen", "Passphrase"))
        self.repeat_label.setText(translate("UnlockScreen", "Repeat passphrase"))
        self.repeat.setAccessibleName(translate("UnlockScreen", "Repeat passphrase"))
        _name_toggle(self.show_button)
        self.meter.setAccessibleName(translate("UnlockScreen", "Passphrase strength"))
        self.warning.setText(translate(
            "UnlockScreen", "There is no way to recover a lost passphrase. If it is forgotten, "
                            "everything in this vault is lost for good: nobody can open it, not "
                            "your colleagues and not the people who make hrd-desk. Write it "
                            "down and keep it somewhere safe, away from this computer. Once the "
                            "vault is open you can also make a recovery code (Vault > "
                            "Security)."))
        self.warning.setAccessibleName(
            translate("UnlockScreen", "Warning: a lost passphrase cannot be recovered"))
        self.understood.setText(translate("UnlockScreen",
                                          "I understand that it cannot be recovered"))
        self.understood.setAccessibleName(
            translate("UnlockScreen", "I understand that a lost passphrase cannot be recovered"))
        self.create_button.setText(translate("UnlockScreen", "Create vault"))
        self.create_button.setAccessibleName(translate("UnlockScreen", "Create vault"))
        super().retranslate()
        self._update()

    def _ready(self) -> bool:
        first = self.passphrase.text()
        return (estimate_strength(first).acceptable and first == self.repeat.text()
                and self.understood.isChecked())

    def _update(self) -> None:
        first = self.passphrase.text()
        strength = estimate_strength(first)
        self.meter.setValue(strength.percent)
        colour = _METER_COLOURS.get(strength.label, "transparent")
        self.meter.setStyleSheet(
            "QProgressBar { border: 1px solid palette(mid); border-radius: 3px; "
            "background: palette(base); } "
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 2px; }}"
        )
        if first:
            self.strength_text.setText(strength_text(strength))
        else:
            self.strength_text.setText(translate("UnlockScreen", "Four or more random words "
                                                                 "make a strong, memorable "
                                                                 "passphrase."))
        repeat = self.repeat.text()
        if not repeat:
            self.match_text.setText("")
        elif repeat == first:
            self.match_text.setText(translate("UnlockScreen", "The passphrases match."))
        else:
            self.match_text.setText(translate("UnlockScreen", "The passphrases do not match yet."))
        self.create_button.setEnabled(self._ready() and not self.busy_bar.isVisible())

    def _submit(self) -> None:
        if not self._ready() or self.busy_bar.isVisible():
            return
        text = self.passphrase.text()
        self.passphrase.setText("")
        self.repeat.setText("")
        self.clear_error()
        self.set_busy(True, translate("UnlockScreen", "Creating the vault and tuning it to this "
                                                      "computer. This takes a few seconds."))
        self.create_requested.emit(text)

    def _enable_inputs(self, enabled: bool) -> None:
        for widget in (self.passphrase, self.repeat, self.show_button, self.understood):
            widget.setEnabled(enabled)
        self.create_button.setEnabled(enabled and self._ready())

    def reset(self) -> None:
        self.passphrase.setText("")
        self.repeat.setText("")
        self.show_button.setChecked(False)
        self.clear_error()
        self.set_busy(False)
