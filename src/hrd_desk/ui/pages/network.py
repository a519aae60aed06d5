"""Network: the programme's contacts (embassies, EU institutions, UN mechanisms, NGOs,
journalists, lawyers) and the advocacy actions taken with them on behalf of defenders.

Two tabs, each a list. How to reach a contact is sensitive: never a column, only in the
contact's form, hidden until shown; an advocacy action's outcome and follow-up likewise. A
contact is tied to no defender; an action names the defenders and incidents it concerns.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...errors import HrdDeskError
from ...model.display import masked
from ...model.vocab import ADVOCACY_ACTIONS, CONTACT_TYPES, NETWORK_CITIES
from ...services.casework import RecordFilter
from ..contracts import AppContext
from ..forms import open_form
from ..i18n import QT_TRANSLATE_NOOP, plural, translate, vocab_term, vocab_text
from ..list_sources import CaseworkSource, ListRow
from ..record_actions import confirm_delete
from ..record_model import Column
from .list_page import RecordListPage

CONTACT_COLUMNS: list[Column[ListRow]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda r: masked(r.record, "name") or "", "name"),
    Column(
        QT_TRANSLATE_NOOP("Column", "Kind"),
        lambda r: vocab_text("contact_types", r.record.get("contact_type")),
        "contact_type",
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Organisation"),
        lambda r: masked(r.record, "organisation") or "",
        "organisation",
    ),
    Column(QT_TRANSLATE_NOOP("Column", "City"), lambda r: masked(r.record, "city") or "", "city"),
]

ADVOCACY_COLUMNS: list[Column[ListRow]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda r: r.record.get("date") or "", "date_order"),
    Column(
        QT_TRANSLATE_NOOP("Column", "Action"),
        lambda r: vocab_text("advocacy_actions", r.record.get("action")),
        "action",
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Subject"),
        lambda r: masked(r.record, "subject") or "",
        "subject",
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Contacts"), lambda r: r.linked("contacts"), None),
    Column(QT_TRANSLATE_NOOP("Column", "Defenders"), lambda r: r.linked("defenders"), None),
]


class ContactsList(RecordListPage):
    form_kind = "contact"
    kinds = frozenset({"contact"})
    noun = ("contact", "contacts")
    empty_text = QT_TRANSLATE_NOOP(
        "Page", "No network contacts match this filter. Add one with “New contact…”."
    )

    def count_text(self, total: int) -> str | None:
        return plural("Page", "%n contact(s)", total)

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Section", "Contacts"), CONTACT_COLUMNS, [18, 10, 16, 8], stretch=0
        )
        self.add_intro(
            QT_TRANSLATE_NOOP(
                "Page",
                "People and organisations in Brussels, The Hague, Geneva, New York and "
                "elsewhere. How to reach them is hidden until shown, in the contact's "
                "form.",
            )
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "New contact…"),
            self.new_contact,
            tip=QT_TRANSLATE_NOOP("Page", "Add a network contact"),
        )
        self.add_action(QT_TRANSLATE_NOOP("Page", "Edit…"), self.edit_current, needs_selection=True,
                        tip=QT_TRANSLATE_NOOP("Page", "Edit the selected contact (Enter)"))
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Log advocacy…"),
            self.log_advocacy,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP(
                "Page", "Record a meeting, letter or appeal with the selected contact"
            ),
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Delete…"),
            self.delete_current,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Move the selected contact to Deleted"),
            keys=QKeySequence(QKeySequence.StandardKey.Delete),
        )
        kinds: list[tuple[str, Any]] = [(QT_TRANSLATE_NOOP("Page", "All kinds"), None)]
        kinds += [(vocab_term(t.label), t.slug) for t in CONTACT_TYPES.terms]
        self.kind_filter = self.add_filter_combo(QT_TRANSLATE_NOOP("Page", "Kind"), kinds)
        cities: list[tuple[str, Any]] = [(QT_TRANSLATE_NOOP("Page", "All cities"), None)]
        cities += [(c, c) for c in NETWORK_CITIES]
        self.city_filter = self.add_filter_combo(QT_TRANSLATE_NOOP("Page", "City"), cities)
        self.filters.addStretch(1)

    def make_source(self) -> CaseworkSource:
        assert self.ctx is not None
        equals = {name: combo.currentData() for name, combo in (
            ("contact_type", self.kind_filter), ("city", self.city_filter))
            if combo.currentData() is not None}
        return CaseworkSource(self.ctx.reader, "contact", RecordFilter(equals=equals))

    def new_contact(self) -> None:
        if self.ctx is not None:
            open_form(self.ctx, "contact", on_saved=lambda i: self.table.select_id(i))

    def log_advocacy(self) -> None:
        contact = self.current_id()
        if self.ctx is not None and contact is not None:
            open_form(self.ctx, "advocacy", defaults={"contacts": [contact]})

    def delete_current(self) -> None:
        record_id = self.current_id()
        if self.ctx is not None and record_id is not None:
            confirm_delete(self.ctx, "contact", record_id)


class AdvocacyList(RecordListPage):
    form_kind = "advocacy"
    kinds = frozenset({"advocacy", "contact", "defender"})
    noun = ("action", "actions")
    empty_text = QT_TRANSLATE_NOOP(
        "Page", "No advocacy actions match this filter. Add one with “New action…”."
    )

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Section", "Advocacy actions"),
            ADVOCACY_COLUMNS,
            [7, 8, 14, 16, 10],
            stretch=3,
        )
        self.add_intro(
            QT_TRANSLATE_NOOP(
                "Page",
                "Meetings, letters and urgent appeals with network contacts on behalf of "
                "defenders, newest first. Outcomes and follow-ups are in each action's "
                "form, hidden until shown.",
            )
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "New action…"),
            self.new_action,
            tip=QT_TRANSLATE_NOOP("Page", "Record an advocacy action"),
        )
        self.add_action(QT_TRANSLATE_NOOP("Page", "Edit…"), self.edit_current, needs_selection=True,
                        tip=QT_TRANSLATE_NOOP("Page", "Edit the selected action (Enter)"))
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Defender"),
            self.open_defender,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Open the first defender the selected action concerns"),
        )
        self.add_action(
            QT_TRANSLATE_NOOP("Page", "Delete…"),
            self.delete_current,
            needs_selection=True,
            tip=QT_TRANSLATE_NOOP("Page", "Move the selected action to Deleted"),
            keys=QKeySequence(QKeySequence.StandardKey.Delete),
        )
        actions: list[tuple[str, Any]] = [(QT_TRANSLATE_NOOP("Page", "All actions"), None)]
        actions += [(vocab_term(t.label), t.slug) for t in ADVOCACY_ACTIONS.terms]
        self.action_filter = self.add_filter_combo(QT_TRANSLATE_NOOP("Page", "Action"), actions)
        self.filters.addStretch(1)

    def make_source(self) -> CaseworkSource:
        assert self.ctx is not None
        action = self.action_filter.currentData()
        flt = RecordFilter(equals={"action": action} if action else {})
        return CaseworkSource(self.ctx.reader, "advocacy", flt,
                              name_links=("defender", "contact"))

    def current_defender_id(self) -> str | None:
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        defenders = row.record.get("defenders") if row is not None else None
        return str(defenders[0]) if isinstance(defenders, list) and defenders else None

    def new_action(self) -> None:
        if self.ctx is not None:
            open_form(self.ctx, "advocacy", on_saved=lambda i: self.table.select_id(i))

    def delete_current(self) -> None:
        record_id = self.current_id()
        if self.ctx is not None and record_id is not None:
            confirm_delete(self.ctx, "advocacy", record_id)


class NetworkPage(QWidget):
    """contracts.Page: the two lists as tabs; records of either kind open here."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(translate("Page", "Network"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Page", "Network sections"))
        self.contacts = ContactsList()
        self.advocacy = AdvocacyList()
        self.tabs.addTab(self.contacts, translate("Page", "Contacts"))
        self.tabs.addTab(self.advocacy, translate("Page", "Advocacy actions"))
        layout.addWidget(self.tabs)

    def attach(self, ctx: AppContext) -> None:
        self.contacts.attach(ctx)
        self.advocacy.attach(ctx)

    def refresh(self, kinds: frozenset[str]) -> None:
        self.contacts.refresh(kinds)
        self.advocacy.refresh(kinds)

    def clear(self) -> None:
        self.contacts.clear()
        self.advocacy.clear()

    def show_record(self, kind: str, record_id: str) -> bool:
        """Select a contact or an advocacy action in its tab (all filters reset first)."""
        lists = {"contact": self.contacts, "advocacy": self.advocacy}
        page = lists.get(kind)
        if page is None or page.ctx is None:
            return False
        try:
            page.ctx.reader.records.get(kind, record_id)
        except HrdDeskError:
            return False
        combos = ((self.contacts.kind_filter, self.contacts.city_filter) if kind == "contact"
                  else (self.advocacy.action_filter,))
        for combo in combos:
            combo.setCurrentIndex(0)
        self.tabs.setCurrentWidget(page)
        return page.table.select_id(record_id)
