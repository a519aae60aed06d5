"""Who a defender or a case is shared with: one tick per colleague.

Sharing puts the record in that colleague's scope, so each sync sends it and its later changes
(services/scope.py: a defender brings its related people, cases and incidents; a case brings the
incidents linked to it and its defender's non-sensitive details). A defender whose consent does not
cover colleagues cannot be shared, and the control says why. Unsharing asks first and says that
the colleague keeps what it already received.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...services.colleagues import Colleague
from ..contracts import AppContext
from ..i18n import QT_TRANSLATE_NOOP, filled, translate
from ..labels import heading, plain_label
from ..record_titles import choice_title
from .summaries import consent_words, failure_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
INTRO = {
    "defender": QT_TRANSLATE_NOOP("Sharing", "Colleagues ticked here receive this defender at "
                                             "each sync, with their related people, cases and "
                                             "incidents, and every later change. Only verified "
                                             "colleagues are synced."),
    "case": QT_TRANSLATE_NOOP("Sharing", "Colleagues ticked here receive this case at each "
                                         "sync, with the incidents linked to it and its "
                                         "defender's non-sensitive details, and every later "
                                         "change. Only verified colleagues are synced."),
}


class SharingPanel(QWidget):
    def __init__(self, parent: QWidget | None = None, *, show_title: bool = False) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.kind: str | None = None
        self.record_id: str | None = None
        self._names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self.title = heading("", factor=1.1)
        self.title.setVisible(show_title)
        layout.addWidget(self.title)
        self.intro = plain_label("", object_name="muted", wrap=True)
        layout.addWidget(self.intro)
        self.consent = plain_label("", wrap=True)
        layout.addWidget(self.consent)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Sharing", "Colleagues this record is shared with"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(self._ticked)
        layout.addWidget(self.list, 1)
        self.note = plain_label("", object_name="muted", wrap=True)
        layout.addWidget(self.note)

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def show_record(self, kind: str, record_id: str) -> None:
        self.kind, self.record_id = kind, record_id
        self.reload()

    def reload(self) -> None:
        ctx, kind, record_id = self.ctx, self.kind, self.record_id
        self.list.blockSignals(True)
        self.list.clear()
        self._names = {}
        if ctx is None or kind is None or record_id is None:
            self.list.blockSignals(False)
            return
        self.intro.setText(translate("Sharing", INTRO[kind]))
        found = ctx.reader.sharing.choice_for(kind, record_id)
        self.title.setText(choice_title(found) if found else "")
        allowed = found is not None and found.may_leave
        consent = consent_words(found.consent if found else None)
        if kind == "defender":
            said = (filled(translate("Sharing", "This defender's consent: %1."), consent)
                    if allowed else
                    translate("Sharing", "This defender's consent does not cover colleagues: "
                                         "nothing about them leaves this vault, so this cannot "
                                         "be shared."))
        else:
            said = (filled(translate("Sharing", "The defender's consent: %1."), consent)
                    if allowed else
                    translate("Sharing", "The defender's consent does not cover colleagues: "
                                         "nothing about them leaves this vault, so this cannot "
                                         "be shared."))
        self.consent.setText(said)
        shared = set(ctx.reader.sharing.shared_with(record_id))
        for colleague in ctx.reader.colleagues.list():
            if colleague.revoked:
                continue
            self._names[colleague.id] = colleague.local_name
            item = QListWidgetItem(self._label(colleague))
            item.setData(ID_ROLE, colleague.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if allowed or colleague.id in shared:  # unsharing stays possible
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if colleague.id in shared
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.note.setText(
            ""
            if self._names
            else translate("Sharing", "No colleagues yet: add them in the Exchange section.")
        )

    @staticmethod
    def _label(colleague: Colleague) -> str:
        if colleague.verified:
            return colleague.local_name
        return filled(
            translate("Sharing", "%1  (NOT VERIFIED: not synced until verified)"),
            colleague.local_name,
        )

    def shared_ids(self) -> list[str]:
        return [str(item.data(ID_ROLE)) for r in range(self.list.count())
                if (item := self.list.item(r)) is not None
                and item.checkState() == Qt.CheckState.Checked]

    def set_shared(self, colleague_id: str, shared: bool) -> None:
        """Tick or untick a colleague, as a person would (tests, keyboard)."""
        for r in range(self.list.count()):
            item = self.list.item(r)
            if item is not None and item.data(ID_ROLE) == colleague_id:
                item.setCheckState(Qt.CheckState.Checked if shared else Qt.CheckState.Unchecked)

    def _ticked(self, item: QListWidgetItem) -> None:
        ctx, record_id = self.ctx, self.record_id
        if ctx is None or record_id is None:
            return
        colleague_id = str(item.data(ID_ROLE))
        name = self._names.get(colleague_id) or translate("Sharing", "this colleague")
        if item.checkState() == Qt.CheckState.Checked:
            ctx.write(
                lambda desk: desk.sharing.share(record_id, colleague_id),
                on_done=lambda _r: self._done(
                    filled(translate("Sharing", "Shared with %1."), name)
                ),
                on_error=lambda exc: self._failed(translate("Sharing", "Not shared"), exc),
            )
            return
        if not ctx.prompter.confirm(
            translate("Sharing", "Stop sharing"),
            filled(
                translate(
                    "Sharing",
                    "Stop sharing with %1?\n\nThey keep everything they "
                    "already received; from now on, changes are no longer "
                    "sent to them.",
                ),
                name,
            ),
            accept=translate("Sharing", "Stop sharing"),
            reject=translate("Sharing", "Keep sharing"),
        ):
            self.reload()
            return
        ctx.write(lambda desk: desk.sharing.unshare(record_id, colleague_id),
                  on_done=lambda _r: self._done(filled(translate("Sharing", "No longer shared with "
                                                                            "%1."), name)),
                  on_error=lambda exc: self._failed(translate("Sharing", "Still shared"), exc))

    def _done(self, text: str) -> None:
        self.reload()
        self.note.setText(text)

    def _failed(self, title: str, exc: Exception) -> None:
        self.reload()
        if self.ctx is not None:
            self.ctx.prompter.error(title, failure_text(exc))

    def clear(self) -> None:
        """Forget the record shown (lock, or before showing another); the context stays, as
        the page holding this control keeps it too."""
        self.kind = self.record_id = None
        self._names = {}
        self.list.clear()
        for label in (self.title, self.intro, self.consent, self.note):
            label.setText("")


class SharingWindow(QDialog):
    """A small window with the sharing control for one case (the Cases list has no detail pane).

    Not modal: it never blocks, and the Cases page closes it at lock. Its title names no record.
    """

    def __init__(self, ctx: AppContext, kind: str, record_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Sharing", "Sharing"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.panel = SharingPanel(show_title=True)
        self.panel.attach(ctx)
        self.panel.show_record(kind, record_id)
        layout.addWidget(self.panel)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 50, em * 30)

    def clear(self) -> None:
        self.panel.clear()
        self.hide()
