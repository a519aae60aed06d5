"""This vault's identity: its fingerprint (groups and QR code), the name on its card, the card.

A colleague adds this vault from its card, but a card only proves that whoever made it holds the
key. The fingerprint, compared read aloud or by QR code, is what tells a colleague the card is
really ours; so it is shown in full and large, never shortened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ...errors import HrdDeskError
from ...services.colleagues import MAX_NAME, UNNAMED_OFFICE
from ..contracts import AppContext
from ..i18n import QT_TRANSLATE_NOOP, filled, translate
from ..labels import heading, plain_label
from .common import FingerprintView, button, card
from .summaries import failure_text

CARD_FILTERS = QT_TRANSLATE_NOOP("Identity", "Identity cards (*.card);;All files (*)")
SUGGESTED_CARD_NAME = "identity.card"


class IdentityPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self._saved_name = ""
        outer = QVBoxLayout(self)
        outer.addWidget(plain_label(
            translate("Identity", "Colleagues add this vault from its identity card. Before "
                                  "they trust the card, compare this fingerprint with them: "
                                  "read it aloud on a call or in person, group by group, or let "
                                  "them scan the QR code."), object_name="muted", wrap=True))
        _frame, body = card(outer)
        self.fingerprint = FingerprintView(
            translate("Identity", "This vault's fingerprint"), qr_em=16
        )
        body.addWidget(self.fingerprint)

        _frame, naming = card(outer)
        naming.addWidget(heading(translate("Identity", "Name on your card"), factor=1.1))
        naming.addWidget(plain_label(
            translate("Identity", "Colleagues see this name when they add your card; each of "
                                  "them still chooses their own name for you. An office name is "
                                  "safer than a person's name."),
            object_name="muted", wrap=True))
        row = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(translate("Identity", "Name on your card"))
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(translate("Identity", "e.g. Nairobi office"))
        self.name_edit.textChanged.connect(lambda _t: self._update())
        self.name_edit.returnPressed.connect(self.rename)
        row.addWidget(self.name_edit, 1)
        self.rename_button = button(
            translate("Identity", "Save name"),
            self.rename,
            tip=translate("Identity", "Use this name on cards you save from now on"),
        )
        row.addWidget(self.rename_button)
        naming.addLayout(row)

        _frame, saving = card(outer)
        saving.addWidget(heading(translate("Identity", "Your identity card"), factor=1.1))
        saving.addWidget(plain_label(
            translate("Identity", "Give this file to colleagues you will exchange records with "
                                  "(it holds only the name above and public keys, nothing "
                                  "secret)."), object_name="muted", wrap=True))
        row = QHBoxLayout()
        self.export_button = button(
            translate("Identity", "Save identity card…"),
            self.export_card,
            primary=True,
            tip=translate("Identity", "Save your public identity card to a file"),
        )
        row.addWidget(self.export_button)
        row.addStretch(1)
        saving.addLayout(row)
        self.status = plain_label("", object_name="muted", wrap=True)
        saving.addWidget(self.status)
        outer.addStretch(1)
        self._update()

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        if self.ctx is None:
            return
        info = self.ctx.reader.colleagues.identity()
        self.fingerprint.show_fingerprint(
            info.fingerprint, translate("Identity", "This vault's fingerprint")
        )
        self._saved_name = "" if info.name == UNNAMED_OFFICE else info.name
        self.name_edit.setText(self._saved_name)
        self._update()

    def _update(self) -> None:
        name = " ".join(self.name_edit.text().split())
        self.rename_button.setEnabled(self.ctx is not None and bool(name)
                                      and name != self._saved_name)

    def rename(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if self.ctx is None or not name or name == self._saved_name:
            return
        ctx = self.ctx

        def done(_result: None) -> None:
            self.reload()
            self.status.setText(
                translate("Identity", "Name saved. Cards you save from now on carry it.")
            )

        ctx.write(
            lambda desk: desk.colleagues.rename_identity(name),
            on_done=done,
            on_error=lambda exc: ctx.prompter.error(
                translate("Identity", "Name not saved"), failure_text(exc)
            ),
        )

    def export_card(self) -> None:
        if self.ctx is None:
            return
        chosen = self.ctx.prompter.save_file(
            translate("Identity", "Save your identity card"), SUGGESTED_CARD_NAME,
            translate("Identity", CARD_FILTERS),
        )
        if not chosen:
            return
        try:  # writes a file only (nothing in the vault changes): done here, it is instant
            self.ctx.reader.colleagues.export_card(Path(chosen))
        except (HrdDeskError, OSError) as exc:
            self.ctx.prompter.error(translate("Identity", "Card not saved"), failure_text(exc))
            return
        self.status.setText(filled(translate("Identity", "Saved as %1. Give it to your "
                                                         "colleague, then compare fingerprints "
                                                         "with them."), chosen))

    def clear(self) -> None:
        self.ctx = None
        self._saved_name = ""
        self.fingerprint.clear()
        self.name_edit.setText("")
        self.status.setText("")
        self._update()
