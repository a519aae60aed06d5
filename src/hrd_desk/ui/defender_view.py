"""A defender's page: who they are, who is around them, their cases, and what happened to them.

The incident timeline comes first (incident_timeline.py): it is what a caseworker opens a
defender for. Profile, related people and cases follow, then sharing and the Relocation tab
(stay_tab.py: stays with their check-ins and tasks), Training and advocacy (course_tab.py), the
Risk tab (risk_tab.py: the trend of assessed levels beside the incidents, the assessments and
their items) and the Security plan tab (plan_tab.py: the measures and the plan summary).
Sensitive values (legal name, contact details, relatives' names, threats, how measures work) are
hidden until shown and hidden again when the page is left or another record opens.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import HrdDeskError
from ..fsutil import atomic_write
from ..model.display import hidden_of, masked
from ..model.fields import FieldKind, field_infos
from ..model.outside import visible
from ..model.records import Defender, Stored
from ..services.casework import RecordFilter
from ..services.sharing_rule import Profile
from .attachments_dialog import open_attachments
from .audit_dialogs import open_history
from .contracts import AppContext
from .copy_guard import copyable_label
from .course_tab import COURSE_KINDS, COURSE_TAB, CourseTab
from .exchange.sharing import SharingPanel
from .flow_layout import FlowLayout
from .forms import open_form
from .i18n import QT_TRANSLATE_NOOP, country_text, field_label, plural, translate, vocab_text
from .incident_timeline import IncidentTimeline, TimelineState
from .labels import ValueLabel, heading, plain_label, value_label
from .plan_tab import PLAN_KINDS, PlanTab
from .record_actions import confirm_delete
from .record_titles import record_title, title_text
from .report_exports import save_report
from .report_pdf import dossier_pdf
from .report_words import dossier_words
from .risk_tab import RISK_KINDS, RiskTab
from .sensitive import SensitiveValue, reveal_shortcut
from .stay_tab import STAY_KINDS, StayTab
from .theme import scaled_font

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Tabs are named by their English titles (the key kept as the tab's data; shown translated)
INCIDENTS_TAB = QT_TRANSLATE_NOOP("DefenderView", "Incidents")
PROFILE_TAB = QT_TRANSLATE_NOOP("DefenderView", "Profile")
RELATED_TAB = QT_TRANSLATE_NOOP("DefenderView", "Related people")
CASES_TAB = QT_TRANSLATE_NOOP("DefenderView", "Cases")
SHARING_TAB = QT_TRANSLATE_NOOP("DefenderView", "Sharing")
RELOCATION_TAB = QT_TRANSLATE_NOOP("DefenderView", "Relocation")
RISK_TAB = QT_TRANSLATE_NOOP("DefenderView", "Risk")
PLAN_TAB = QT_TRANSLATE_NOOP("DefenderView", "Security plan")
_TAB_OF = {"incident": INCIDENTS_TAB, "related": RELATED_TAB, "case": CASES_TAB,
           "relocation": RELOCATION_TAB, "checkin": RELOCATION_TAB, "task": RELOCATION_TAB,
           "participant": COURSE_TAB, "advocacy": COURSE_TAB}
_TAB_OF.update({"risk_assessment": RISK_TAB, "risk_item": RISK_TAB,
                "security_measure": PLAN_TAB})


def _show(kind: FieldKind, vocab: str | None, value: Any) -> str:
    if value in (None, "", []):
        return "—"
    if kind == FieldKind.COUNTRY:
        name = country_text(str(value))
        return f"{name} ({value})" if name != value else str(value)
    if vocab:
        if isinstance(value, list):
            return translate("DefenderView", ", ").join(vocab_text(vocab, v) for v in value)
        return vocab_text(vocab, str(value))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class DefenderView(QWidget):
    """One defender (contracts-style: show_defender, refresh, clear)."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.defender_id: str | None = None
        self.sensitive: list[SensitiveValue] = []
        em = self.fontMetrics().horizontalAdvance("M")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em, em, em, em)
        top = QHBoxLayout()
        self.back = QPushButton(translate("DefenderView", "‹ All defenders"))
        self.back.setAccessibleName(translate("DefenderView", "Back to all defenders"))
        self.back.clicked.connect(self.back_requested)
        top.addWidget(self.back)
        top.addStretch(1)
        actions = FlowLayout()  # wraps where the words are long (French, Spanish)
        top.addLayout(actions)
        self.log_button = self._button(
            actions,
            translate("DefenderView", "Log incident…"),
            self.log_incident,
            translate("DefenderView", "Log an incident for this defender (Ctrl+N)"),
        )
        self.edit_button = self._button(
            actions,
            translate("DefenderView", "Edit…"),
            self.edit_defender,
            translate("DefenderView", "Edit this defender"),
        )
        self.delete_button = self._button(
            actions,
            translate("DefenderView", "Delete…"),
            self.delete_defender,
            translate("DefenderView", "Move this defender to Deleted"),
        )
        self.attachments_button = self._button(
            actions,
            translate("DefenderView", "Attachments…"),
            self.show_attachments,
            translate("DefenderView", "Evidence files attached to this defender: add, view, "
                                      "export, verify"),
        )
        self.history_button = self._button(
            actions,
            translate("DefenderView", "History…"),
            self.show_history,
            translate("DefenderView", "What was done to this defender, and when"),
        )
        self.dossier_button = QPushButton(translate("DefenderView", "Dossier PDF"))
        self.dossier_button.setAccessibleName(translate("DefenderView", "Dossier PDF"))
        self.dossier_button.setToolTip(translate(
            "DefenderView", "This defender's dossier as PDF, for an office, a partner or the "
            "public (what each may see: docs/sharing.md)"))
        menu = QMenu(self.dossier_button)
        for profile, text in ((Profile.FULL, translate("DefenderView", "For a programme office…")),
                              (Profile.PARTNER, translate("DefenderView",
                                                          "For a partner organisation…")),
                              (Profile.PUBLIC, translate("DefenderView", "For the public…"))):
            menu.addAction(text, functools.partial(self.save_dossier, profile))
        self.dossier_button.setMenu(menu)
        actions.addWidget(self.dossier_button)
        outer.addLayout(top)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back.setToolTip(translate("DefenderView", "Back to the list of defenders (Esc)"))
        reveal_shortcut(self, self.toggle_hidden_values)
        # a codename and a country read from the window's leading edge in Arabic too
        self.title = ValueLabel()
        self.title.setFont(scaled_font(self.title, 1.4, bold=True))
        self.subtitle = ValueLabel()
        self.subtitle.setObjectName("muted")
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        self.notice = plain_label("", object_name="notice", wrap=True)  # "Incident saved: ..."
        self.notice.setAccessibleName(translate("DefenderView", "What just happened"))
        self.notice.hide()
        outer.addWidget(self.notice)
        self._timeline_states: dict[str, TimelineState] = {}  # open groups, per defender
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("DefenderView", "Defender sections"))
        outer.addWidget(self.tabs, 1)
        self._build_timeline_tab()
        self.profile_body = QWidget()
        self.profile_form = QFormLayout(self.profile_body)
        self._add_tab(self._scrolled(self.profile_body), PROFILE_TAB)
        self._build_related_tab()
        self._build_cases_tab()
        self.sharing = SharingPanel()  # who this defender is shared with (Exchange)
        self._add_tab(self.sharing, SHARING_TAB)
        self.stays = StayTab()
        self._add_tab(self.stays, RELOCATION_TAB)
        self.course = CourseTab()
        self._add_tab(self.course, COURSE_TAB)
        self.risk = RiskTab()
        self._add_tab(self.risk, RISK_TAB)
        self.plan = PlanTab()
        self._add_tab(self.plan, PLAN_TAB)

    # -- building ---------------------------------------------------------------------------

    @staticmethod
    def _button(layout: QHBoxLayout | FlowLayout, text: str, slot: Callable[[], None],
                tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        layout.addWidget(button)
        return button

    def _add_tab(self, page: QWidget, key: str) -> None:
        """A tab shown in the current language; `key`, its English title, names it in code
        (tab_key, show_tab)."""
        index = self.tabs.addTab(page, translate("DefenderView", key))
        self.tabs.tabBar().setTabData(index, key)

    def tab_key(self, index: int) -> str:
        """The English title naming tab `index` (whatever the language shown)."""
        return str(self.tabs.tabBar().tabData(index) or "")

    @staticmethod
    def _scrolled(body: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    def _build_timeline_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.timeline_note = plain_label("", object_name="muted", wrap=True)
        bar.addWidget(self.timeline_note, 1)
        self.incident_edit = self._button(
            bar,
            translate("DefenderView", "Edit…"),
            self.edit_incident,
            translate("DefenderView", "Edit the selected incident"),
        )
        self.incident_delete = self._button(
            bar,
            translate("DefenderView", "Delete…"),
            self.delete_incident,
            translate("DefenderView", "Move the selected incident to Deleted"),
        )
        layout.addLayout(bar)
        self.timeline = IncidentTimeline()
        self.timeline.open_requested.connect(lambda record_id: self._edit("incident", record_id))
        self.timeline.selection_changed.connect(self._update_buttons)
        layout.addWidget(self.timeline, 1)
        self._add_tab(page, INCIDENTS_TAB)

    def _build_related_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        bar.addWidget(
            plain_label(
                translate(
                    "DefenderView",
                    "Family members, colleagues and others close to the "
                    "defender. Names are hidden until shown.",
                ),
                object_name="muted",
                wrap=True,
            ),
            1,
        )
        self._button(
            bar,
            translate("DefenderView", "Add related person…"),
            self.add_related,
            translate("DefenderView", "Add a family member, colleague or other related person"),
        )
        layout.addLayout(bar)
        self.related_body = QWidget()
        self.related_layout = QVBoxLayout(self.related_body)
        self.related_layout.addStretch(1)
        layout.addWidget(self._scrolled(self.related_body), 1)
        self._add_tab(page, RELATED_TAB)

    def _build_cases_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self._button(
            bar,
            translate("DefenderView", "Add case…"),
            self.add_case,
            translate("DefenderView", "Open a new case for this defender"),
        )
        self.case_edit = self._button(
            bar,
            translate("DefenderView", "Edit…"),
            self.edit_case,
            translate("DefenderView", "Edit the selected case"),
        )
        self.case_delete = self._button(
            bar,
            translate("DefenderView", "Delete…"),
            self.delete_case,
            translate("DefenderView", "Move the selected case to Deleted"),
        )
        layout.addLayout(bar)
        cases = QTreeWidget()
        cases.setAccessibleName(translate("DefenderView", "Cases"))
        cases.setRootIsDecorated(False)
        cases.setHeaderLabels(
            [
                translate("DefenderView", "Case"),
                translate("DefenderView", "Status"),
                translate("DefenderView", "Priority"),
                translate("DefenderView", "Opened"),
                translate("DefenderView", "Closed"),
                translate("DefenderView", "Caseworker"),
            ]
        )
        header = cases.header()  # the title takes the room; the short columns fit their text
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        cases.itemActivated.connect(lambda item, _col: self.edit_case())
        cases.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.cases = cases
        layout.addWidget(cases, 1)
        self.cases_empty = plain_label(
            translate("DefenderView", "No cases for this defender yet. Open one with “Add case…”."),
            object_name="muted",
            wrap=True,
        )
        self.cases_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.cases_empty, 1)
        self.cases_empty.hide()
        self._add_tab(page, CASES_TAB)

    def save_dossier(self, profile: Profile) -> bool:
        """The dossier under `profile`, warned first, written where the caseworker chooses."""
        if self.ctx is None or self.defender_id is None:
            return False
        ctx, defender_id = self.ctx, self.defender_id

        def write(target: Path) -> None:
            dossier = ctx.reader.reports.dossier(defender_id, profile, words=dossier_words())
            atomic_write(target, dossier_pdf(dossier))

        warning = {
            Profile.FULL: translate(
                "DefenderView", "The dossier will hold this defender's profile, incidents and "
                "stays in full, names and places included, for a programme office."),
            Profile.PARTNER: translate(
                "DefenderView", "The dossier will hold what a partner organisation may see: "
                "the codename instead of the name, countries instead of places, no contact "
                "details, addresses or host cities."),
            Profile.PUBLIC: translate(
                "DefenderView", "The dossier will hold what may be published, if the "
                "defender's consent allows it: as for a partner, with dates as months."),
        }[profile]
        warning += " " + translate("DefenderView", "It is not encrypted, and hrd-desk keeps no "
                                   "copy: save it only where it is safe.")
        return save_report(ctx.prompter, translate("DefenderView", "Dossier PDF"), warning,
                           f"dossier-{profile.value}.pdf", write)

    def show_attachments(self) -> None:
        """The defender's evidence files (ui/attachments_dialog.py); the lock closes them."""
        if self.ctx is not None and self.defender_id is not None:
            open_attachments(self.ctx, "defender", self.defender_id, self)

    def show_history(self) -> None:
        """Who did what to this defender and when (ids and field names, never contents)."""
        if self.ctx is not None and self.defender_id is not None:
            open_history(self, self.ctx.reader, "defender", self.defender_id)

    # -- showing a defender ----------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.sharing.attach(ctx)
        self.stays.attach(ctx)
        self.course.attach(ctx)
        self.risk.attach(ctx)
        self.plan.attach(ctx)

    def show_defender(self, defender_id: str, *, tab: str | None = None,
                      select: tuple[str, str] | None = None) -> bool:
        """Show a defender (False if it cannot be read); everything sensitive starts hidden."""
        if self.ctx is None:
            return False
        try:
            defender = self.ctx.reader.records.get("defender", defender_id)
        except HrdDeskError:
            return False
        same = defender_id == self.defender_id
        current_tab = self.tabs.currentIndex() if same else 0
        self.clear()  # remembers the timeline's open groups of the defender shown
        state = self._timeline_states.get(defender_id)
        self.defender_id = defender_id
        self._show_header(defender)
        self._show_profile(defender)
        self._show_related()
        self._show_cases()
        self.sharing.show_record("defender", defender_id)
        self.stays.show_defender(defender_id, select if select and select[0] in STAY_KINDS
                                 else None)
        self.risk.show_defender(defender_id, select if select and select[0] in RISK_KINDS
                                else None)
        self.plan.show_defender(defender_id, select if select and select[0] in PLAN_KINDS
                                else None)
        self.course.show_defender(defender_id)
        self._show_timeline(state)
        if tab is not None:
            for index in range(self.tabs.count()):
                if self.tab_key(index) == tab:
                    current_tab = index
        self.tabs.setCurrentIndex(current_tab)
        self._update_buttons()
        return True

    def refresh(self, kinds: frozenset[str]) -> None:
        if self.defender_id is not None and "colleague" in kinds:
            self.sharing.reload()
        if self.defender_id is None or not kinds & ({"incident"} | STAY_KINDS | COURSE_KINDS
                                                    | RISK_KINDS | PLAN_KINDS):
            return
        selected = {RISK_TAB: self.risk.current_target(),
                    PLAN_TAB: self.plan.current_target()}.get(
            self.tab_key(self.tabs.currentIndex()), self.stays.current_target())
        if not self.show_defender(self.defender_id, select=selected) or (
                self._is_deleted()):
            self.back_requested.emit()

    def _is_deleted(self) -> bool:
        if self.ctx is None or self.defender_id is None:
            return True
        try:
            return self.ctx.reader.records.get("defender", self.defender_id).deleted
        except HrdDeskError:
            return True

    def _show_header(self, defender: Stored) -> None:
        fields = defender.fields
        self.title.setText(title_text("defender", fields))
        # The title is the codename when there is one; the name then shows only on Profile.
        hidden = hidden_of(defender)  # a header never shows a hidden value, not even masked
        parts = [country_text(fields.get("country")),
                 None if "organisation" in hidden else fields.get("organisation"),
                 None if "field_of_work" in hidden else vocab_text(
                     "fields_of_work", fields.get("field_of_work"))]
        if defender.deleted:
            parts.append(translate("DefenderView", "deleted"))
        self.subtitle.setText("  ·  ".join(str(p) for p in parts if p))

    def _show_profile(self, defender: Stored) -> None:
        copy = self.ctx.copy_to_clipboard if self.ctx else None
        hidden = hidden_of(defender)
        for name, info in field_infos(Defender).items():
            value = defender.fields.get(name)
            if name in hidden:
                widget: QWidget = SensitiveValue(field_label(info), copy)
                assert isinstance(widget, SensitiveValue)
                widget.set_value(str(value) if value else None)
                self.sensitive.append(widget)
            else:
                widget = value_label(_show(info.kind, info.vocab, value))
                widget.setAccessibleName(field_label(info))
                if copy is not None and value not in (None, "", []):
                    copyable_label(widget, copy)
            caption = plain_label(field_label(info))
            caption.setBuddy(widget)
            self.profile_form.addRow(caption, widget)
        limits = self.ctx.reader.records.consent_limits(defender.id) if self.ctx else []
        for limit in limits:  # a colleague's consent notice: what leaves from here is narrowed
            text = value_label(translate(
                "DefenderView", "%1 lowered it to “%2”: nothing about them leaves this vault "
                "beyond that").replace("%1", visible(limit.colleague)).replace(
                    "%2", vocab_text("consent_levels", limit.level)))
            text.setWordWrap(True)
            text.setAccessibleName(translate("DefenderView", "Consent limit from a colleague"))
            self.profile_form.addRow(plain_label(translate("DefenderView", "Consent limit")), text)

    def _show_related(self) -> None:
        assert self.ctx is not None and self.defender_id is not None
        people = self.ctx.reader.records.list("related", RecordFilter(defender=self.defender_id))
        if not people:
            self.related_layout.insertWidget(0, plain_label(
                translate("DefenderView", "No related people recorded yet."), object_name="muted"))
        for number, person in enumerate(people):
            self.related_layout.insertWidget(number, self._person_card(person))

    def _person_card(self, person: Stored) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        top = QHBoxLayout()
        relation = vocab_text("relationships", person.get("relationship")) or translate(
            "DefenderView", "Related person")
        label = heading(relation, factor=1.1)
        top.addWidget(label, 1)
        record_id = person.id
        self._button(
            top,
            translate("DefenderView", "Edit…"),
            lambda: self._edit("related", record_id),
            translate("DefenderView", "Edit this related person"),
        )
        self._button(
            top,
            translate("DefenderView", "Delete…"),
            lambda: self._delete("related", record_id),
            translate("DefenderView", "Move this related person to Deleted"),
        )
        layout.addLayout(top)
        form = QFormLayout()
        copy = self.ctx.copy_to_clipboard if self.ctx else None
        hidden = hidden_of(person)
        for name, caption in (("name", translate("DefenderView", "Name")),
                              ("contact", translate("DefenderView", "Contact details")),
                              ("notes", translate("DefenderView", "Notes"))):
            if name == "notes" and not person.get("notes"):
                continue
            if name in hidden:
                value = SensitiveValue(caption, copy)
                value.set_value(person.get(name))
                self.sensitive.append(value)
                form.addRow(plain_label(caption), value)
            else:
                shown = value_label(str(person.get(name) or "—"))
                shown.setAccessibleName(caption)
                if copy is not None and person.get(name):
                    copyable_label(shown, copy)
                form.addRow(plain_label(caption), shown)
        layout.addLayout(form)
        return card

    def _show_cases(self) -> None:
        assert self.ctx is not None and self.defender_id is not None
        for case in self.ctx.reader.records.list("case", RecordFilter(defender=self.defender_id)):
            f = case.fields
            item = QTreeWidgetItem([
                masked(case, "title") or vocab_text("programmes", f.get("programme")),
                vocab_text("case_statuses", f.get("status")),
                vocab_text("priorities", f.get("priority")),
                f.get("opened") or "", f.get("closed") or "", masked(case, "caseworker") or ""])
            item.setData(0, ID_ROLE, case.id)
            self.cases.addTopLevelItem(item)
        empty = self.cases.topLevelItemCount() == 0
        self.cases.setVisible(not empty)
        self.cases_empty.setVisible(empty)

    # -- the timeline ----------------------------------------------------------------------

    def _show_timeline(self, state: TimelineState | None) -> None:
        assert self.ctx is not None and self.defender_id is not None
        ctx = self.ctx
        total = self.timeline.show_defender(lambda: ctx.reader, self.defender_id, state)
        self.timeline_note.setText(
            translate("DefenderView", "No incidents logged yet.") if not total else
            plural("DefenderView", "%n incident(s), newest first. Open a group to see its "
                   "incidents; Enter edits the selected one.", total))

    def selected_incident(self) -> str | None:
        return self.timeline.selected_id()

    def selected_case(self) -> str | None:
        item = self.cases.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _update_buttons(self) -> None:
        has_incident = self.selected_incident() is not None
        self.incident_edit.setEnabled(has_incident)
        self.incident_delete.setEnabled(has_incident)
        has_case = self.selected_case() is not None
        self.case_edit.setEnabled(has_case)
        self.case_delete.setEnabled(has_case)

    # -- actions ---------------------------------------------------------------------------

    def _edit(self, kind: str, record_id: str) -> None:
        if self.ctx is not None:
            open_form(self.ctx, kind, record_id, on_saved=lambda i: self.saved(kind, i))

    def saved(self, kind: str, record_id: str) -> None:
        """A form opened from this page saved: say so, and show the record where it now is."""
        if self.ctx is None or self.defender_id is None:
            return
        try:
            record = self.ctx.reader.records.get(kind, record_id)
        except HrdDeskError:
            return
        tab = _TAB_OF.get(kind)
        if tab is not None:
            self.show_tab(tab)
        if kind == "incident":
            self.timeline.select_incident(record_id, str(record.get("occurred") or ""))
            self.timeline.setFocus()
        self.notice.setText(translate("DefenderView", "Saved. %1").replace(
            "%1", record_title(record)))
        self.notice.show()

    def show_tab(self, name: str) -> None:
        for index in range(self.tabs.count()):
            if self.tab_key(index) == name:
                self.tabs.setCurrentIndex(index)

    def _delete(self, kind: str, record_id: str) -> None:
        if self.ctx is not None:
            confirm_delete(self.ctx, kind, record_id)

    def _add(self, kind: str, defaults: dict[str, Any]) -> None:
        if self.ctx is not None and self.defender_id is not None:
            open_form(self.ctx, kind, defaults=defaults, on_saved=lambda i: self.saved(kind, i))

    def log_incident(self) -> None:
        self._add("incident", {"defenders": [self.defender_id]})

    def add_related(self) -> None:
        self._add("related", {"defender": self.defender_id})

    def add_case(self) -> None:
        self._add("case", {"defender": self.defender_id})

    def edit_defender(self) -> None:
        if self.defender_id is not None:
            self._edit("defender", self.defender_id)

    def delete_defender(self) -> None:
        if self.ctx is not None and self.defender_id is not None:
            confirm_delete(self.ctx, "defender", self.defender_id,
                           on_done=self.back_requested.emit)

    def edit_incident(self) -> None:
        record_id = self.selected_incident()
        if record_id is not None:
            self._edit("incident", record_id)

    def delete_incident(self) -> None:
        record_id = self.selected_incident()
        if record_id is not None:
            self._delete("incident", record_id)

    def edit_case(self) -> None:
        record_id = self.selected_case()
        if record_id is not None:
            self._edit("case", record_id)

    def delete_case(self) -> None:
        record_id = self.selected_case()
        if record_id is not None:
            self._delete("case", record_id)

    # -- leaving, locking ------------------------------------------------------------------

    def conceal(self) -> None:
        for value in self.sensitive:
            value.conceal()
        self.stays.conceal()
        self.risk.conceal()
        self.plan.conceal()

    def toggle_hidden_values(self) -> None:
        """REVEAL_KEYS: show every hidden value on the page, or hide them all again."""
        values = [*self.sensitive, *(v for tab in (self.stays, self.risk, self.plan)
                                     for v in tab.sensitive if v.isVisible())]
        if any(value.hiding for value in values):
            for value in values:
                value.reveal()
        else:
            self.conceal()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (another section, the lock screen, minimising) hides values again."""
        self.conceal()
        super().hideEvent(event)

    def forget_timeline_states(self) -> None:
        """Lock: forget which groups were open for whom."""
        self._timeline_states.clear()

    def clear(self) -> None:
        """Forget the defender shown (lock, or before showing another); which timeline groups
        were open is kept for when the defender is shown again."""
        if self.defender_id is not None:
            self._timeline_states[self.defender_id] = self.timeline.view_state()
        self.notice.setText("")
        self.notice.hide()
        self.defender_id = None
        for value in self.sensitive:
            value.clear()
        self.sensitive = []
        self.title.setText("")
        self.subtitle.setText("")
        self.timeline.forget()
        self.timeline_note.setText("")
        self.cases.clear()
        self.sharing.clear()
        self.stays.clear()
        self.course.clear()
        self.risk.clear()
        self.plan.clear()
        while self.profile_form.rowCount():
            self.profile_form.removeRow(0)
        while self.related_layout.count() > 1:
            item = self.related_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
