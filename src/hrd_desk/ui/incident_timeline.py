"""A defender's incidents as a timeline: newest first, grouped by month, loaded group by group.

A date known only to the year, or a range across months, is its own group (named by its text),
so nothing sits under a month it may not belong to. Each incident's category shows by colour and
by name. Only the newest groups start open; the others read their incidents when opened, so a
defender with thousands of incidents opens as fast as one with three.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ..model.display import masked
from ..model.vocab import VOCABULARIES
from ..services.desk import Desk
from ..services.overview import TimelineGroup
from .i18n import plural, translate, vocab_text
from .labels import CATEGORY_SHORT, SEVERITY_SCALE, category_colour, category_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole
OPEN_GROUPS = 3  # the newest groups start open...
OPEN_ALL_UP_TO = 30  # ...and every group, when the defender has no more incidents than this
PLACEHOLDER = "…"
GROUP_LIMIT = 5000


def _spoken(date: str, *, with_year: bool = True) -> str:
    """'2024-03' -> 'March 2024', '2024-03-15' -> '15 March 2024' (times are left out)."""
    parts = date.split("T")[0].split("-")
    if len(parts) == 1 or not all(p.isdigit() for p in parts):
        return date
    words = [QLocale().standaloneMonthName(int(parts[1]))] if 1 <= int(parts[1]) <= 12 \
        else [parts[1]]
    if len(parts) >= 3:
        words.insert(0, str(int(parts[2])))
    if with_year:
        words.append(parts[0])
    return " ".join(words)


def span_title(key: str) -> str:
    """A range in the same words as the month headings: 'March to April 2024'."""
    first, _, last = key.partition("..")
    same_year = first[:4] == last[:4] and len(first) >= 7
    return translate("Timeline", "%1 to %2").replace(
        "%1", _spoken(first, with_year=not same_year)).replace("%2", _spoken(last))


def group_title(group: TimelineGroup) -> str:
    count = plural("Timeline", "%n incident(s)", group.count)
    if group.is_month:
        return f"{_spoken(group.key)}  ·  {count}"
    if ".." in group.key:
        return f"{span_title(group.key)}  ·  {count}"
    return translate("Timeline", "%1, month not known").replace("%1", _spoken(group.key)) \
        + f"  ·  {count}"


def first_line(text: str | None, limit: int = 140) -> str:
    lines = (text or "").strip().splitlines()
    line = lines[0] if lines else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


TimelineState = tuple[set[str], str | None]  # open groups, selected incident


class IncidentTimeline(QTreeWidget):
    open_requested = Signal(str)  # an incident's id: Enter or double-click
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader: Callable[[], Desk] | None = None
        self._defender: str | None = None
        em = self.fontMetrics().horizontalAdvance("M")
        self.setAccessibleName(translate("Timeline", "Incident timeline"))
        self.setColumnCount(5)
        self.setHeaderLabels(
            [
                translate("Timeline", "When"),
                translate("Timeline", "Category"),
                translate("Timeline", "Severity"),
                translate("Timeline", "Status"),
                translate("Timeline", "What happened"),
            ]
        )
        self.headerItem().setToolTip(2, translate("Column", SEVERITY_SCALE))
        for column, width in enumerate((13, 9, 6, 8)):
            self.setColumnWidth(column, width * em)
        # the category (with its colour) and the status as wide as their longest word in this
        # language: "Numérique" and "Surveillance" were cut short in French
        fm, spare = self.fontMetrics(), 3 * em  # the colour square, the margins
        for column, words in ((1, [category_text(s, short=True) for s in CATEGORY_SHORT]),
                              (3, [vocab_text("incident_statuses", t.slug)
                                   for t in VOCABULARIES["incident_statuses"].terms])):
            widest = max(fm.horizontalAdvance(w) for w in words) + spare
            self.setColumnWidth(column, max(self.columnWidth(column), widest))
        self.setStyleSheet("QTreeView::item { padding: 0.2em 0; }")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.itemExpanded.connect(self._load_group)
        self.itemActivated.connect(lambda item, _col: self._activated(item))
        self.currentItemChanged.connect(lambda _c, _p: self.selection_changed.emit())

    def show_defender(self, reader: Callable[[], Desk], defender_id: str,
                      state: TimelineState | None = None) -> int:
        """Fill the groups for a defender; returns how many incidents they hold."""
        self.clear()
        self._reader, self._defender = reader, defender_id
        groups = reader().overview.timeline_groups(defender_id)
        expanded, selected = state if state is not None else (set(), None)
        open_all = sum(g.count for g in groups) <= OPEN_ALL_UP_TO
        for number, group in enumerate(groups):
            item = QTreeWidgetItem([group_title(group)])
            item.setData(0, KEY_ROLE, group.key)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.addChild(QTreeWidgetItem([PLACEHOLDER]))
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            if group.key in expanded or (state is None and (open_all or number < OPEN_GROUPS)):
                item.setExpanded(True)
        if selected:
            for item in self.incident_items():
                if item.data(0, ID_ROLE) == selected:
                    self.setCurrentItem(item)
        return sum(g.count for g in groups)

    def _load_group(self, group: QTreeWidgetItem) -> None:
        first = group.child(0)
        if (self._reader is None or self._defender is None or group.childCount() != 1
                or first is None or first.text(0) != PLACEHOLDER):
            return
        group.takeChild(0)
        key = str(group.data(0, KEY_ROLE))
        for incident in self._reader().overview.timeline_items(self._defender, key,
                                                               limit=GROUP_LIMIT):
            f = incident.fields
            item = QTreeWidgetItem([
                f.get("occurred") or "", category_text(f.get("category"), short=True),
                str(f.get("severity") or ""), vocab_text("incident_statuses", f.get("status")),
                first_line(masked(incident, "description"))])
            item.setData(0, ID_ROLE, incident.id)
            item.setData(1, Qt.ItemDataRole.DecorationRole, category_colour(f.get("category")))
            item.setToolTip(1, category_text(f.get("category")))
            if f.get("targets"):
                item.setText(4, translate("Timeline", "(family targeted) %1").replace(
                    "%1", item.text(4)))
            group.addChild(item)

    def groups(self) -> list[QTreeWidgetItem]:
        found = (self.topLevelItem(g) for g in range(self.topLevelItemCount()))
        return [g for g in found if g is not None]

    def incident_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for group in self.groups():
            found = (group.child(c) for c in range(group.childCount()))
            items += [c for c in found if c is not None]
        return items

    def view_state(self) -> TimelineState:
        expanded = {str(g.data(0, KEY_ROLE)) for g in self.groups() if g.isExpanded()}
        return expanded, self.selected_id()

    def select_incident(self, record_id: str, occurred: str) -> bool:
        """Open the incident's group and select it (after it was logged or edited)."""
        keys = {occurred, occurred[:7]}
        for group in self.groups():
            if str(group.data(0, KEY_ROLE)) in keys:
                group.setExpanded(True)  # loads the group
                for index in range(group.childCount()):
                    child = group.child(index)
                    if child is not None and child.data(0, ID_ROLE) == record_id:
                        self.setCurrentItem(child)
                        self.scrollToItem(child)
                        return True
        return False

    def selected_id(self) -> str | None:
        item = self.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _activated(self, item: QTreeWidgetItem) -> None:
        record_id = item.data(0, ID_ROLE)
        if isinstance(record_id, str):
            self.open_requested.emit(record_id)

    def forget(self) -> None:
        self.clear()
        self._reader, self._defender = None, None
