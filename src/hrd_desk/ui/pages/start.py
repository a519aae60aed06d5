"""The start screen ("Today"): what needs attention, the page the app opens on after unlock.

One keyboard-first list (services/dashboard.py computes it): overdue (missed check-ins stay here
until someone acts), today, the next seven days, defenders whose threats are escalating, open
incidents by category, and stays in progress. Arrow keys move, Enter opens the line's record: a
check-in opens the check-in window, a task its form, a visa, arrival or departure its stay, an
escalating defender their page, a category the Threat log filtered to it. Lines name defenders by
their safe titles and never a host city (sensitive).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import HrdDeskError
from ...services.dashboard import Dashboard, Escalation, Item
from ..contracts import AppContext
from ..due_words import due_words
from ..forms import open_checkin
from ..i18n import QT_TRANSLATE_NOOP, isolated, number_text, plural, translate, vocab_text
from ..labels import heading, plain_label
from ..tree_items import all_items, children, top_items
from .threat_log import INCIDENT_CATEGORY

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id) a line opens
# Record kinds a line can open through the shell (ctx.open_record); INCIDENT_CATEGORY asks the
# Threat log to list a category's open incidents.
CATEGORY_TARGET = INCIDENT_CATEGORY
_KINDS = {"visa": "relocation", "arrival": "relocation", "departure": "relocation",
          "task": "task", "checkin": "checkin", "measure": "security_measure",
          "review": "security_measure"}


def item_text(item: Item) -> str:
    """A dated line's title in the current language, from the facts services/dashboard.py gives
    ("Missed check-in with Blue Heron", "Visa expires: Blue Heron", "Measure due: Panic
    button"); cli/planning.item_title words the same facts in English."""
    subject = item.subject
    if item.kind == "task":
        return subject or translate("StartPage", "Task")
    if item.kind == "checkin":
        if item.missed:
            return (translate("StartPage", "Missed check-in with %1").replace("%1", subject)
                    if subject else translate("StartPage", "Missed check-in"))
        return (translate("StartPage", "Check-in with %1").replace("%1", subject)
                if subject else translate("StartPage", "Check-in"))
    what = {"visa": translate("StartPage", "Visa expires"),
            "arrival": translate("StartPage", "Arrival"),
            "departure": translate("StartPage", "Departure"),
            "measure": translate("StartPage", "Measure due"),
            "review": translate("StartPage", "Review measure")}.get(item.kind, item.kind)
    return translate("StartPage", "%1: %2").replace("%1", what).replace("%2", subject) \
        if subject else what


def _item_line(item: Item, today: date) -> tuple[str, str, tuple[str, str]]:
    """(what, due, the record it opens) of a dated line."""
    words = due_words(item.due, today)
    title = item_text(item)
    what = f"{title} · {item.who}" if item.who else title
    return (what, f"{item.due} ({words})" if words else item.due, (_KINDS[item.kind], item.id))


def escalation_text(e: Escalation) -> str:
    """'Blue Heron: 3 incidents in the last 30 days, 1 in the 90 before'."""
    recent = plural("StartPage", "%n incident(s) in the last 30 days", e.recent)
    before = translate("StartPage", "%1 in the 90 before").replace("%1", str(e.before))
    return translate("StartPage", "%1: %2").replace("%1", e.title).replace(
        "%2", f"{recent}, {before}")


def severity_change(e: Escalation) -> str:
    """'severity 5, was 2'; empty when no incident of the period was assessed."""
    if e.recent_severity is None:
        return ""
    now = translate("StartPage", "severity %1").replace("%1", str(e.recent_severity))
    if e.before_severity is None:
        return now
    return now + translate("StartPage", ", was %1").replace("%1", str(e.before_severity))


class StartPage(QWidget):
    """contracts.Page: the start screen. `nav_title` and `nav_first` put it first in the
    navigation."""

    nav_title = QT_TRANSLATE_NOOP("Section", "Today")
    nav_first = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.board: Dashboard | None = None
        self.setAccessibleName(translate("Section", "Today"))
        em = self.fontMetrics().horizontalAdvance("M")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em, em, em, em)
        top = QHBoxLayout()
        top.addWidget(heading(translate("Section", "Today")))
        self.day_label = plain_label("", object_name="muted")
        top.addWidget(self.day_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        self.open_button = QPushButton(translate("StartPage", "Open"))
        self.open_button.setAccessibleName(translate("StartPage", "Open"))
        self.open_button.setToolTip(translate("StartPage", "Open the selected line's record "
                                              "(Enter)"))
        self.open_button.clicked.connect(lambda _c=False: self.open_current())
        top.addWidget(self.open_button)
        layout.addLayout(top)
        layout.addWidget(plain_label(translate(
            "StartPage", "What needs attention: overdue first (a missed check-in stays until "
            "someone records a contact), then today and the next seven days. Enter opens a "
            "line."),
            object_name="muted", wrap=True))
        tree = QTreeWidget()
        tree.setAccessibleName(translate("StartPage", "What needs attention"))
        tree.setHeaderLabels([translate("StartPage", "What"), translate("StartPage", "When")])
        tree.setRootIsDecorated(True)
        tree.setUniformRowHeights(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.itemActivated.connect(lambda item, _col: self._open(item))
        tree.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.tree = tree
        layout.addWidget(tree, 1)
        self.setFocusProxy(tree)

    # -- contracts.Page ---------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        # in the window by now: the list first, then what acts on it
        QWidget.setTabOrder(self.tree, self.open_button)
        self.reload()

    def refresh(self, kinds: frozenset[str]) -> None:
        if self.ctx is not None and kinds & {"task", "checkin", "relocation", "incident",
                                             "defender", "security_measure"}:
            self.reload()

    def clear(self) -> None:
        self.tree.clear()
        self.board = None
        self.day_label.setText("")
        self.ctx = None

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back after midnight: today is another day."""
        if self.ctx is not None and self.board is not None and (
                self.board.day != self.ctx.reader.planning.today()):
            self.reload()
        super().showEvent(event)

    # -- content ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Compute the start screen again, keeping the selected line when it is still there."""
        if self.ctx is None:
            return
        current = self.current_target()
        board = self.ctx.reader.planning.dashboard()
        self.board = board
        day = board.day
        self.day_label.setText(QLocale().toString(QDate(day.year, day.month, day.day),
                                                  QLocale.FormatType.LongFormat))
        self.tree.clear()
        today = board.day
        self._group(translate("StartPage", "Overdue"),
                    [_item_line(i, today) for i in board.overdue],
                    translate("StartPage", "Nothing overdue."))
        self._group(translate("StartPage", "Today"), [_item_line(i, today) for i in board.today],
                    translate("StartPage", "Nothing due today."))
        self._group(translate("StartPage", "Next 7 days"),
                    [_item_line(i, today) for i in board.week],
                    translate("StartPage", "Nothing due in the next seven days."))
        self._group(translate("StartPage",
                              "Threats escalating (last 30 days against the 90 before)"), [
            (escalation_text(e), severity_change(e), ("defender", e.defender))
            for e in board.escalating],
            translate("StartPage", "No defender's threats are escalating."))
        categories = board.open_incidents_by_category
        self._group(translate("StartPage", "Open incidents by category"), [
            (translate("StartPage", "%1: %2").replace(
                "%1", vocab_text("threat_categories", slug)).replace("%2", number_text(count)),
             "",
             (CATEGORY_TARGET, slug))
            for slug, count in sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))],
            translate("StartPage", "No open incidents."), count=sum(categories.values()))
        self._group(translate("StartPage", "Stays in progress"), [
            (translate("StartPage", "%1, in stay since %2").replace("%1", s.title).replace(
                "%2", isolated(s.arrival)) if s.arrival else s.title,
             plural("StartPage", "until %1 (%n day(s) left)", s.days_left).replace(
                 "%1", isolated(str(s.departure))) if s.days_left is not None else "",
             ("relocation", s.id)) for s in board.in_stay],
            translate("StartPage", "No stay in progress."))
        self.tree.expandAll()
        if current is None or not self.select_target(current):
            self._select_first()
        self._update_buttons()

    def _group(self, title: str, lines: list[tuple[str, str, tuple[str, str]]], empty: str,
               *, count: int | None = None) -> None:
        number = len(lines) if count is None else count
        group = QTreeWidgetItem([f"{title} ({number_text(number)})", ""])
        font = QFont(self.tree.font())
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(group)
        if not lines:
            calm = QTreeWidgetItem([empty, ""])
            calm.setFlags(Qt.ItemFlag.ItemIsEnabled)
            calm.setForeground(0, self.palette().placeholderText())
            group.addChild(calm)
        for what, when, target in lines:
            item = QTreeWidgetItem([what, when])
            item.setData(0, TARGET_ROLE, target)
            item.setToolTip(0, translate("StartPage", "Enter opens it"))
            group.addChild(item)

    def _lines(self) -> list[QTreeWidgetItem]:
        return [i for i in all_items(self.tree) if i.data(0, TARGET_ROLE) is not None]

    def _select_first(self) -> None:
        lines = self._lines()
        if lines:
            self.tree.setCurrentItem(lines[0])

    def lines(self, group: int) -> list[tuple[str, str]]:
        """(what, due) of a group's lines, calm sentences included (tests, screenshots)."""
        return [(c.text(0), c.text(1)) for c in children(top_items(self.tree)[group])]

    def group_titles(self) -> list[str]:
        return [g.text(0) for g in top_items(self.tree)]

    def current_target(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        target = item.data(0, TARGET_ROLE) if item is not None else None
        return (str(target[0]), str(target[1])) if target else None

    def select_target(self, target: tuple[str, str]) -> bool:
        for item in self._lines():
            if tuple(item.data(0, TARGET_ROLE)) == tuple(target):
                self.tree.setCurrentItem(item)
                return True
        return False

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current_target() is not None)

    # -- opening ----------------------------------------------------------------------------

    def open_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, TARGET_ROLE)
        if self.ctx is None or not target:
            return
        kind, record_id = target
        if kind == "checkin":
            try:
                open_checkin(self.ctx, record_id)
            except HrdDeskError:
                self.reload()
            return
        self.ctx.open_record(kind, record_id)

    def current_defender_id(self) -> str | None:
        """Ctrl+N on the start screen: the escalating defender selected, if one is."""
        target = self.current_target()
        return target[1] if target and target[0] == "defender" else None

    def focus_list(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
