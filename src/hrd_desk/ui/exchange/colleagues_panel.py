"""Colleagues: add one from its card, verify it by comparing fingerprints, revoke it.

Each colleague is a programme office (receives records whole) or a partner organisation
(receives them redacted: services/sharing_rule.py); the kind is chosen when adding, shown in the
list, and can be changed later (which never widens what was already sent).

Adding shows the card's fingerprint and asks for the local name (the card's own name is only a
suggestion). Verifying puts both fingerprints side by side, this vault's and theirs, with the
instruction to compare them read aloud or by QR code, then asks once more. Unverified colleagues
say so in words, in the list and wherever they can be chosen. Revoking says what it does and that
it cannot be undone, with No as the default answer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import HrdDeskError
from ...model.outside import visible
from ...services.colleagues import MAX_NAME, Colleague
from ...services.topics import Colleagues
from ..contracts import AppContext
from ..flow_layout import FlowLayout
from ..i18n import QT_TRANSLATE_NOOP, filled, translate
from ..labels import heading, plain_label
from .common import FingerprintView, button, card
from .identity_panel import CARD_FILTERS
from .summaries import failure_text, when_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VERIFIED, UNVERIFIED, REVOKED = (
    QT_TRANSLATE_NOOP("Colleagues", "Verified"),
    QT_TRANSLATE_NOOP("Colleagues", "NOT VERIFIED"),
    QT_TRANSLATE_NOOP("Colleagues", "Revoked"),
)
TRUST_TIPS = {
    VERIFIED: QT_TRANSLATE_NOOP("Colleagues", "You compared fingerprints with them"),
    UNVERIFIED: QT_TRANSLATE_NOOP(
        "Colleagues", "Compare fingerprints with them before sending anything"
    ),
    REVOKED: QT_TRANSLATE_NOOP(
        "Colleagues", "Nothing is sent to them, and their bundles are refused"
    ),
}


OFFICE, PARTNER = (
    QT_TRANSLATE_NOOP("Colleagues", "Programme office"),
    QT_TRANSLATE_NOOP("Colleagues", "Partner organisation"),
)
KIND_TIPS = {
    OFFICE: QT_TRANSLATE_NOOP("Colleagues", "Receives the records you share whole"),
    PARTNER: QT_TRANSLATE_NOOP("Colleagues", "Receives records redacted: codenames instead of "
                                             "names; no legal names, contact details, "
                                             "addresses, exact places, related people's names "
                                             "or notes, or free text marked sensitive"),
}


def colleague_kind(colleague: Colleague) -> str:
    """The colleague's kind in English (translated where shown)."""
    return PARTNER if colleague.kind == "partner" else OFFICE


def trust_text(colleague: Colleague) -> str:
    """The colleague's standing in English (translated where shown)."""
    if colleague.revoked:
        return REVOKED
    return VERIFIED if colleague.verified else UNVERIFIED


class ColleaguesPanel(QWidget):
    changed = Signal()  # a colleague was added, verified or revoked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self._card_path: Path | None = None
        self._comparing: str | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(plain_label(
            translate("Colleagues", "Colleagues are the offices and caseworkers you exchange "
                                    "records with. Add one from the identity card they gave "
                                    "you, then compare fingerprints with them before you send "
                                    "them anything."), object_name="muted", wrap=True))
        bar = FlowLayout()  # wraps where the words are long (French: no sideways scroll)
        self.add_button = button(
            translate("Colleagues", "Add from card file…"),
            self.choose_card,
            primary=True,
            tip=translate("Colleagues", "Add a colleague from the identity card they gave you"),
        )
        self.verify_button = button(
            translate("Colleagues", "Compare fingerprints…"),
            self.start_compare,
            tip=translate("Colleagues", "Compare fingerprints with the selected colleague"),
        )
        self.revoke_button = button(
            translate("Colleagues", "Revoke…"),
            self.revoke,
            tip=translate("Colleagues", "Stop all exchange with the selected colleague"),
        )
        self.kind_button = button(translate("Colleagues", "Make partner…"), self.change_kind,
                                  tip=translate("Colleagues", "Change whether the selected "
                                                              "colleague is a programme office "
                                                              "or a partner organisation"))
        for made in (self.add_button, self.verify_button, self.kind_button, self.revoke_button):
            bar.addWidget(made)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("Colleagues", "Colleagues"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                translate("Colleagues", "Name"),
                translate("Colleagues", "Trust"),
                translate("Colleagues", "Kind"),
                translate("Colleagues", "Name on their card"),
                translate("Colleagues", "Added"),
            ]
        )
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in enumerate((14, 12, 14, 16)):
            self.tree.setColumnWidth(column, em * width)
        for column in (1, 2):  # trust and kind: words whose length depends on the language
            self.tree.header().setSectionResizeMode(column,
                                                    QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._update())
        self.tree.itemActivated.connect(lambda _item, _col: self.start_compare())
        outer.addWidget(self.tree, 1)
        self.empty = plain_label(translate("Colleagues", "No colleagues yet. Ask the office you "
                                                         "will exchange with for their identity "
                                                         "card, and give them yours (under My "
                                                         "identity)."),
                                 object_name="muted", wrap=True)
        outer.addWidget(self.empty)
        self._build_add_box(outer)
        self._build_compare_box(outer)
        self.status = plain_label("", object_name="muted", wrap=True)
        outer.addWidget(self.status)
        self._update()

    def _build_add_box(self, outer: QVBoxLayout) -> None:
        self.add_box, layout = card(outer)
        layout.addWidget(heading(translate("Colleagues", "Add a colleague"), factor=1.1))
        self.card_note = plain_label("", wrap=True)
        layout.addWidget(self.card_note)
        self.card_fingerprint = FingerprintView(qr_em=8)
        layout.addWidget(self.card_fingerprint)
        layout.addWidget(plain_label(translate("Colleagues", "Your name for this colleague "
                                                             "(only you see it; it must differ "
                                                             "from your other colleagues' "
                                                             "names):"), wrap=True))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(translate("Colleagues", "Your name for this colleague"))
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.textChanged.connect(lambda _t: self._update())
        self.name_edit.returnPressed.connect(self.add)
        layout.addWidget(self.name_edit)
        self.partner_box = QCheckBox(
            translate("Colleagues", "A partner organisation (not an office of the programme)")
        )
        self.partner_box.setAccessibleName(translate("Colleagues", "A partner organisation"))
        self.partner_box.setToolTip(translate("Colleagues", KIND_TIPS[PARTNER]))
        layout.addWidget(self.partner_box)
        layout.addWidget(
            plain_label(
                translate(
                    "Colleagues",
                    "Partners receive records redacted, and only about "
                    "defenders whose consent covers partners.",
                ),
                object_name="muted",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_add_button = button(
            translate("Colleagues", "Cancel"),
            self.cancel_add,
            name=translate("Colleagues", "Cancel adding"),
        )
        self.confirm_add_button = button(
            translate("Colleagues", "Add colleague"), self.add, primary=True
        )
        row.addWidget(self.cancel_add_button)
        row.addWidget(self.confirm_add_button)
        layout.addLayout(row)
        self.add_box.hide()

    def _build_compare_box(self, outer: QVBoxLayout) -> None:
        self.compare_box, layout = card(outer)
        self.compare_title = heading("", factor=1.1)
        layout.addWidget(self.compare_title)
        self.compare_note = plain_label("", wrap=True)
        layout.addWidget(self.compare_note)
        sides = FlowLayout()  # one below the other in a narrow window
        self.mine = FingerprintView(qr_em=9)
        self.theirs = FingerprintView(qr_em=9)
        sides.addWidget(self.mine)
        sides.addWidget(self.theirs)
        layout.addLayout(sides)
        outer_row = QHBoxLayout()
        outer_row.addStretch(1)
        row = FlowLayout()  # the long "Every group matches" wraps below Close when narrow
        outer_row.addLayout(row)
        self.close_compare_button = button(translate("Colleagues", "Close"), self.close_compare,
                                           name=translate("Colleagues", "Close the comparison"))
        self.match_button = button(
            translate("Colleagues", "Every group matches: mark verified…"),
            self.verify,
            primary=True,
            name=translate("Colleagues", "Every group matches: mark verified"),
        )
        row.addWidget(self.close_compare_button)
        row.addWidget(self.match_button)
        layout.addLayout(outer_row)
        self.compare_box.hide()

    # -- contracts-style -------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.reload()

    def reload(self, select: str | None = None) -> None:
        if self.ctx is None:
            return
        keep = select or self.current_id()
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        standing = self.ctx.reader.colleagues.standing()
        for colleague in self.ctx.reader.colleagues.list():
            trust = trust_text(colleague)
            told = standing.get(colleague.id)
            notes = []
            if told is not None and told.suspect:
                notes.append(filled(translate("Colleagues", "Suspect: %1; those changes are "
                                                            "kept aside."), told.suspect))
            for who, at in told.revoked_by if told is not None else ():
                notes.append(
                    filled(
                        translate(
                            "Colleagues",
                            "%1 says it revoked them (%2). Revoke them here too if you agree.",
                        ),
                        visible(who),
                        when_text(at / 1000),
                    )
                )
            marks = (
                [translate("Colleagues", " · SUSPECT")] if told is not None and told.suspect else []
            ) + (
                [translate("Colleagues", " · revoked by a colleague")]
                if told is not None and told.revoked_by
                else []
            )
            kind = colleague_kind(colleague)
            item = QTreeWidgetItem([visible(colleague.local_name),
                                    translate("Colleagues", trust) + "".join(marks),
                                    translate("Colleagues", kind), visible(colleague.card_name),
                                    colleague.added_at[:10]])
            item.setData(0, ID_ROLE, colleague.id)
            if (not colleague.verified and not colleague.revoked) or notes:
                item.setFont(1, bold)
            item.setToolTip(1, "\n".join([translate("Colleagues", TRUST_TIPS[trust]), *notes]))
            item.setToolTip(2, translate("Colleagues", KIND_TIPS[kind]))
            self.tree.addTopLevelItem(item)
            if colleague.id == keep:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.empty.setVisible(self.tree.topLevelItemCount() == 0)
        self._update()

    def clear(self) -> None:
        self.ctx = None
        self.tree.clear()
        self.cancel_add()
        self.close_compare()
        self.status.setText("")
        self._update()

    # -- selection -------------------------------------------------------------------------

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _current(self) -> Colleague | None:
        record_id = self.current_id()
        if self.ctx is None or record_id is None:
            return None
        try:
            return self.ctx.reader.colleagues.get(record_id)
        except HrdDeskError:
            return None

    def _update(self) -> None:
        current = self._current()
        self.verify_button.setEnabled(current is not None and not current.revoked)
        self.revoke_button.setEnabled(current is not None and not current.revoked)
        self.kind_button.setEnabled(current is not None and not current.revoked)
        self.kind_button.setText(
            translate("Colleagues", "Make office…")
            if current and current.kind == "partner"
            else translate("Colleagues", "Make partner…")
        )
        self.verify_button.setText(
            translate("Colleagues", "Compare fingerprints…")
            if not current or not current.verified
            else translate("Colleagues", "Compare fingerprints again…")
        )
        self.add_button.setEnabled(self.ctx is not None)
        name = " ".join(self.name_edit.text().split())
        self.confirm_add_button.setEnabled(self._card_path is not None and bool(name))

    # -- adding ------------------------------------------------------------------------------

    def choose_card(self) -> None:
        if self.ctx is None:
            return
        chosen = self.ctx.prompter.open_file(
            translate("Colleagues", "Open a colleague's identity card"),
            translate("Identity", CARD_FILTERS),
        )
        if chosen:
            self.preview_card(Path(chosen))

    def preview_card(self, path: Path) -> None:
        """Show the card's name and fingerprint and ask for the local name."""
        if self.ctx is None:
            return
        try:
            found = Colleagues.read_card(path)
        except HrdDeskError as exc:
            self.ctx.prompter.error(translate("Colleagues", "Card refused"), failure_text(exc))
            return
        self.close_compare()
        self._card_path = path
        self.card_note.setText(
            filled(
                translate(
                    "Colleagues",
                    "This card names itself “%1”. Choose your own name "
                    "for this colleague below. Adding them does not make "
                    "them trusted: compare fingerprints with them next.",
                ),
                found.name,
            )
        )
        self.card_fingerprint.show_fingerprint(found.identity.fingerprint_text(),
                                               translate("Colleagues", "Fingerprint on this card"))
        self.name_edit.setText(found.name)
        self.add_box.show()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()
        self._update()

    def cancel_add(self) -> None:
        self._card_path = None
        self.add_box.hide()
        self.card_note.setText("")
        self.card_fingerprint.clear()
        self.name_edit.setText("")
        self.partner_box.setChecked(False)

    def add(self) -> None:
        path = self._card_path
        name = " ".join(self.name_edit.text().split())
        if self.ctx is None or path is None or not name:
            return
        ctx = self.ctx
        kind = "partner" if self.partner_box.isChecked() else "office"

        def done(added: Colleague) -> None:
            self.cancel_add()
            self.reload(select=added.id)
            self.status.setText(
                filled(
                    translate(
                        "Colleagues",
                        "Added %1. Not verified yet: "
                        "compare fingerprints with them "
                        "before sending anything.",
                    ),
                    added.local_name,
                )
            )
            self.changed.emit()
            self.start_compare()

        ctx.write(
            lambda desk: desk.colleagues.add(path, name, kind=kind),
            on_done=done,
            on_error=lambda exc: ctx.prompter.error(
                translate("Colleagues", "Colleague not added"), failure_text(exc)
            ),
        )

    # -- verifying -------------------------------------------------------------------------

    def start_compare(self) -> None:
        current = self._current()
        if self.ctx is None or current is None or current.revoked:
            return
        self.cancel_add()
        mine = self.ctx.reader.colleagues.identity()
        self._comparing = current.id
        name = current.local_name
        self.compare_title.setText(
            filled(translate("Colleagues", "Compare fingerprints with %1"), name)
        )
        self.compare_note.setText(
            filled(translate("Colleagues", "Meet %1, or call them on a line where you know "
                                           "their voice. Each of you reads your own fingerprint "
                                           "aloud, group by group, while the other checks it "
                                           "here. In person, you can instead scan the QR code "
                                           "on their screen with a phone camera and compare the "
                                           "groups it shows with theirs below. Mark them "
                                           "verified only if every group matches. If any group "
                                           "differs, do not verify: someone may be posing as "
                                           "them."), name))
        self.mine.show_fingerprint(mine.fingerprint, translate("Colleagues", "This vault (yours)"))
        self.theirs.show_fingerprint(current.identity.fingerprint_text(),
                                     filled(translate("Colleagues", "%1 (theirs, from their "
                                                                    "card)"), name))
        self.match_button.setVisible(not current.verified)
        self.compare_box.show()
        self.match_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_compare(self) -> None:
        self._comparing = None
        self.compare_box.hide()
        self.compare_title.setText("")
        self.compare_note.setText("")
        self.mine.clear()
        self.theirs.clear()

    def verify(self) -> None:
        colleague_id = self._comparing
        if self.ctx is None or colleague_id is None:
            return
        ctx = self.ctx
        name = ctx.reader.colleagues.get(colleague_id).local_name
        if not ctx.prompter.confirm(
            translate("Colleagues", "Mark as verified"),
            filled(
                translate(
                    "Colleagues",
                    "Did all ten groups match, compared with %1 in "
                    "person or on a call where you knew their voice?\n\n"
                    "Once verified, records can be sent to them and "
                    "synced with them without further warnings.",
                ),
                name,
            ),
            accept=translate("Colleagues", "They matched: mark as verified"),
            reject=translate("Colleagues", "Not yet"),
        ):
            return
        self._change(Colleagues.verify, colleague_id, translate("Colleagues", "%1 is verified."),
                     translate("Colleagues", "Not verified"))

    def _change(self, change: Callable[[Colleagues, str], Colleague], colleague_id: str,
                done_text: str, failed_title: str) -> None:
        """Run a verify or revoke on the writer, then show the colleague in its new state
        (`done_text` holds %1 for the colleague's name)."""
        ctx = self.ctx
        if ctx is None:
            return

        def done(changed: Colleague) -> None:
            self.close_compare()
            self.reload(select=changed.id)
            self.status.setText(filled(done_text, changed.local_name))
            self.changed.emit()

        ctx.write(
            lambda desk: change(desk.colleagues, colleague_id),
            on_done=done,
            on_error=lambda exc: ctx.prompter.error(
                failed_title, failure_text(exc)
            ),
        )

    # -- kind ------------------------------------------------------------------------------

    def change_kind(self) -> None:
        current = self._current()
        if self.ctx is None or current is None or current.revoked:
            return
        to_partner = current.kind != "partner"
        name = current.local_name
        text = (filled(translate("Colleagues", "Make %1 a partner organisation?\n\nFrom now on "
                                               "they receive records redacted, and only about "
                                               "defenders whose consent covers partners."), name)
                if to_partner else
                filled(translate("Colleagues", "Make %1 an office of the programme?\n\nFrom now "
                                               "on what you share with them leaves whole. What "
                                               "they already received stays as it was sent: "
                                               "nothing is sent again unredacted."), name))
        if not self.ctx.prompter.confirm(
            translate("Colleagues", "Change colleague kind"),
            text,
            accept=translate("Colleagues", "Make partner")
            if to_partner
            else translate("Colleagues", "Make office"),
            reject=translate("Colleagues", "Keep as it is"),
        ):
            return
        kind = "partner" if to_partner else "office"
        self._change(
            lambda colleagues, cid: colleagues.set_kind(cid, kind),
            current.id,
            translate("Colleagues", "%1 is now a partner organisation.")
            if to_partner
            else translate("Colleagues", "%1 is now a programme office."),
            translate("Colleagues", "Kind not changed"),
        )

    # -- revoking --------------------------------------------------------------------------

    def revoke(self) -> None:
        current = self._current()
        if self.ctx is None or current is None or current.revoked:
            return
        ctx = self.ctx
        colleague_id = current.id
        if not ctx.prompter.confirm(
            translate("Colleagues", "Revoke colleague"),
            filled(
                translate(
                    "Colleagues",
                    "Revoke %1?\n\nNothing will be sent to them again, and "
                    "bundles from them will be refused from now on. What "
                    "they already received stays with them; records they "
                    "sent you stay here.\n\nThis cannot be undone: their "
                    "card cannot be added again. Revoke only if their "
                    "key may be lost, stolen or no longer theirs.",
                ),
                current.local_name,
            ),
            destructive=True,
            accept=translate("Colleagues", "Revoke"),
            reject=translate("Colleagues", "Keep colleague"),
        ):
            return
        self._change(Colleagues.revoke, colleague_id, translate("Colleagues", "%1 is revoked."),
                     translate("Colleagues", "Not revoked"))
