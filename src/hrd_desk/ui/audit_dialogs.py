"""A record's history and the vault's audit trail, from desk.audit: what was done, when, to
which record, with field names and counts, never contents.

The audit trail records what this vault did (edits here, imports from colleagues by colleague,
shares, key changes); changes received in a bundle show as that bundle's import.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.audit_view import AuditEvent, ChainCheck
from ..services.desk import Desk
from .i18n import QT_TRANSLATE_NOOP, filled, kind_label, named_field_label, plural, translate
from .labels import plain_label

HISTORY_LIMIT = 200
TRAIL_LIMIT = 500

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditDialogs", "Created"),
    "edit": QT_TRANSLATE_NOOP("AuditDialogs", "Edited"),
    "resolve": QT_TRANSLATE_NOOP("AuditDialogs", "Conflict resolved"),
    "delete": QT_TRANSLATE_NOOP("AuditDialogs", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditDialogs", "Restored"),
    "purge": QT_TRANSLATE_NOOP("AuditDialogs", "Purged"),
    "share": QT_TRANSLATE_NOOP("AuditDialogs", "Shared"),
    "unshare": QT_TRANSLATE_NOOP("AuditDialogs", "No longer shared"),
    "mark sensitive": QT_TRANSLATE_NOOP("AuditDialogs", "Marked sensitive"),
    "unmark sensitive": QT_TRANSLATE_NOOP("AuditDialogs", "No longer marked sensitive"),
    "received": QT_TRANSLATE_NOOP("AuditDialogs", "Received"),
    "import": QT_TRANSLATE_NOOP("AuditDialogs", "Bundle imported"),
    "export": QT_TRANSLATE_NOOP("AuditDialogs", "Bundle written"),
    "export changes": QT_TRANSLATE_NOOP("AuditDialogs", "Changes sent"),
    "identity rename": QT_TRANSLATE_NOOP("AuditDialogs", "Name on the card changed"),
    "colleague add": QT_TRANSLATE_NOOP("AuditDialogs", "Colleague added"),
    "colleague verify": QT_TRANSLATE_NOOP("AuditDialogs", "Colleague verified"),
    "colleague revoke": QT_TRANSLATE_NOOP("AuditDialogs", "Colleague revoked"),
    "colleague kind": QT_TRANSLATE_NOOP("AuditDialogs", "Colleague kind changed"),
    "proposal accepted": QT_TRANSLATE_NOOP("AuditDialogs", "Proposal accepted"),
    "proposal refused": QT_TRANSLATE_NOOP("AuditDialogs", "Proposal refused"),
    "drop folder set": QT_TRANSLATE_NOOP("AuditDialogs", "Drop folder set"),
    "attachment received": QT_TRANSLATE_NOOP("AuditDialogs", "Attachment added"),
    "attachment deleted": QT_TRANSLATE_NOOP("AuditDialogs", "Attachment deleted"),
    "attachment verified": QT_TRANSLATE_NOOP("AuditDialogs", "Attachment verified"),
    "attachment viewed": QT_TRANSLATE_NOOP("AuditDialogs", "Attachment viewed"),
    "attachment exported decrypted copy": QT_TRANSLATE_NOOP(
        "AuditDialogs", "Decrypted copy of an attachment saved"),
    "attachment custody statement": QT_TRANSLATE_NOOP(
        "AuditDialogs", "Custody statement of an attachment made"),
    "colleague rotated": QT_TRANSLATE_NOOP("AuditDialogs", "Colleague's new keys accepted"),
    "identity rotate": QT_TRANSLATE_NOOP("AuditDialogs", "Identity keys rotated"),
    "identity old keys deleted": QT_TRANSLATE_NOOP("AuditDialogs", "Old identity keys deleted"),
    "vault restored": QT_TRANSLATE_NOOP("AuditDialogs", "Marked as restored from a backup"),
    "import sheet": QT_TRANSLATE_NOOP("AuditDialogs", "Spreadsheet imported"),
    "delete import": QT_TRANSLATE_NOOP("AuditDialogs", "Spreadsheet import undone"),
    "restore import": QT_TRANSLATE_NOOP("AuditDialogs", "Spreadsheet import brought back"),
    "recovery code added": QT_TRANSLATE_NOOP("AuditDialogs", "Recovery code made"),
    "recovery code removed": QT_TRANSLATE_NOOP("AuditDialogs", "Recovery code removed"),
    "duress passphrase set": QT_TRANSLATE_NOOP("AuditDialogs", "Duress passphrase set"),
    "duress passphrase removed": QT_TRANSLATE_NOOP("AuditDialogs", "Duress passphrase removed"),
    "wipe after failed unlocks set": QT_TRANSLATE_NOOP(
        "AuditDialogs", "Wipe after failed unlocks set"),
}
# What events that are not about a record concern (record kinds: i18n.kind_label)
SUBJECTS = {
    "colleague": QT_TRANSLATE_NOOP("AuditDialogs", "colleague"),
    "attachment": QT_TRANSLATE_NOOP("AuditDialogs", "attachment"),
}
# The names of an event's details (its values are ids and counts, kept as they are, and field
# names, shown by their labels)
DETAILS = {
    "fields": QT_TRANSLATE_NOOP("AuditDialogs", "fields"),
    "field": QT_TRANSLATE_NOOP("AuditDialogs", "field"),
    "versions": QT_TRANSLATE_NOOP("AuditDialogs", "versions"),
    "kind": QT_TRANSLATE_NOOP("AuditDialogs", "kind"),
    "acks": QT_TRANSLATE_NOOP("AuditDialogs", "receipts"),
    "size": QT_TRANSLATE_NOOP("AuditDialogs", "size"),
    "records": QT_TRANSLATE_NOOP("AuditDialogs", "records"),
    "recipients": QT_TRANSLATE_NOOP("AuditDialogs", "recipients"),
    "outcome": QT_TRANSLATE_NOOP("AuditDialogs", "outcome"),
    "outcomes": QT_TRANSLATE_NOOP("AuditDialogs", "outcomes"),
    "from": QT_TRANSLATE_NOOP("AuditDialogs", "from"),
    "watch": QT_TRANSLATE_NOOP("AuditDialogs", "watched"),
    "verified": QT_TRANSLATE_NOOP("AuditDialogs", "verified"),
    "received": QT_TRANSLATE_NOOP("AuditDialogs", "received"),
    "attachments": QT_TRANSLATE_NOOP("AuditDialogs", "attachments"),
}


def when_text(at: str) -> str:
    """An event's UTC time as local date and time (the stored text if it does not parse)."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def _field_names(kind: str | None, value: object) -> str:
    """Field names as their labels in the current language (a name the kind does not have, as
    it is), in the language's list form."""
    names = value if isinstance(value, list) else [value]
    return translate("Vocab", ", ").join(named_field_label(kind, str(n)) for n in names)


def detail_text(event: AuditEvent) -> str:
    """Field names, counts and ids, in words (never values: the trail holds none)."""
    parts = []
    for key, value in sorted(event.detail.items()):
        if key in ("fields", "field"):
            shown = _field_names(event.kind, value)
        else:
            shown = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
        name = translate("AuditDialogs", DETAILS[key]) if key in DETAILS else key
        parts.append(filled(translate("AuditDialogs", "%1: %2"), name, shown))
    return "; ".join(parts)


def _table(headers: list[str], accessible: str) -> QTreeWidget:
    table = QTreeWidget()
    table.setAccessibleName(accessible)
    table.setRootIsDecorated(False)
    table.setUniformRowHeights(True)
    table.setHeaderLabels(headers)
    header = table.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class _EventsDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        buttons = QDialogButtonBox()
        close = buttons.addButton(
            translate("AuditDialogs", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 64, em * 30)

    def clear(self) -> None:
        """Empty every table (at lock, with the dialog)."""
        for table in self.findChildren(QTreeWidget):
            table.clear()


class RecordHistoryDialog(_EventsDialog):
    """What was done to one record in this vault, newest first."""

    def __init__(self, reader: Desk, kind: str, record_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("AuditDialogs", "History of this record"), parent)
        events = reader.audit.events(record_id=record_id, limit=HISTORY_LIMIT)
        self.layout_.addWidget(plain_label(
            translate("AuditDialogs", "What was done to this record in this vault, newest first: "
                                      "when, what and which fields. Contents are never kept "
                                      "here. Changes from colleagues arrive with their bundles "
                                      "and show in Vault > Audit trail as imports."),
            wrap=True, object_name="muted"))
        self.table = _table(
            [
                translate("AuditDialogs", "When"),
                translate("AuditDialogs", "What"),
                translate("AuditDialogs", "Fields"),
            ],
            translate("AuditDialogs", "Record history"),
        )
        for event in events:
            self.table.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        when_text(event.at),
                        translate("AuditDialogs", ACTIONS.get(event.action, event.action)),
                        detail_text(event),
                    ]
                )
            )
        self.layout_.addWidget(self.table, 1)
        self.empty = plain_label(
            translate("AuditDialogs", "Nothing recorded for it yet."), object_name="muted"
        )
        self.empty.setVisible(not events)
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.buttons)
        self.table.setFocus()


class AuditTrailDialog(_EventsDialog):
    """The vault's audit trail, newest first, with the result of checking its chain."""

    def __init__(self, reader: Desk, parent: QWidget | None = None) -> None:
        super().__init__(translate("AuditDialogs", "Audit trail"), parent)
        check: ChainCheck = reader.audit.check()
        events = reader.audit.events(limit=TRAIL_LIMIT)
        if check.ok:
            verdict = plural("AuditDialogs", "The audit trail is whole: %n event(s), each linked "
                                             "to the one before, and none removed from the end.",
                             check.events)
        else:
            verdict = filled(
                translate(
                    "AuditDialogs",
                    "The audit trail is broken at event %1: "
                    "events were changed or removed. Keep a "
                    "copy of the vault folder and ask the "
                    "person who supports your office.",
                ),
                check.broken_at,
            )
        self.verdict = plain_label(verdict, wrap=True,
                                   object_name="" if check.ok else "inlineError")
        self.verdict.setAccessibleName(translate("AuditDialogs", "Audit trail check"))
        self.layout_.addWidget(self.verdict)
        shown = (
            filled(translate("AuditDialogs", "The newest %1 events are shown."), TRAIL_LIMIT)
            if check.events > TRAIL_LIMIT
            else translate("AuditDialogs", "Ids and field names only, never contents.")
        )
        self.layout_.addWidget(plain_label(shown, wrap=True, object_name="muted"))
        self.table = _table(
            [
                "#",
                translate("AuditDialogs", "When"),
                translate("AuditDialogs", "What"),
                translate("AuditDialogs", "Kind"),
                translate("AuditDialogs", "Record or colleague"),
                translate("AuditDialogs", "Details"),
            ],
            translate("AuditDialogs", "Audit events"),
        )
        for event in events:
            kind = (translate("AuditDialogs", SUBJECTS[event.kind]) if event.kind in SUBJECTS
                    else kind_label(event.kind) if event.kind else "")
            self.table.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        str(event.seq),
                        when_text(event.at),
                        translate("AuditDialogs", ACTIONS.get(event.action, event.action)),
                        kind,
                        event.record_id or "",
                        detail_text(event),
                    ]
                )
            )
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.buttons)
        self.table.setFocus()


def open_history(parent: QWidget, reader: Desk, kind: str, record_id: str) -> RecordHistoryDialog:
    """A record's history beside its page or form (not modal; it goes with its parent, which
    lock deletes)."""
    dialog = RecordHistoryDialog(reader, kind, record_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
