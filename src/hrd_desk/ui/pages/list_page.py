"""What every list page shares: a heading with the filtered count, a filter bar, the SQL-backed
table, a calm empty state, and the Page contract (attach, refresh keeping place, clear at lock).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..contracts import AppContext
from ..flow_layout import FlowLayout, focusable_in, labelled
from ..forms import open_form
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..labels import heading, plain_label
from ..list_export import Shown, export_list
from ..list_sources import CaseworkSource
from ..page_registry import section_title
from ..record_model import Column, PagedRecordModel, RowSource
from ..record_table import RecordTable


class ListPage(QWidget):
    """A page listing one query. Subclasses give columns, `make_source()` and their actions."""

    kinds: frozenset[str] = frozenset()  # data changes of these kinds reload the list
    noun: tuple[str, str] = ("record", "records")
    empty_text = QT_TRANSLATE_NOOP("Page", "Nothing to show.")

    def count_text(self, total: int) -> str | None:
        """How many rows, in the current language (pages that have a translated plural);
        None: the English noun."""
        return None

    def __init__(self, title: str, columns: Sequence[Column[Any]], widths_em: list[float],
                 parent: QWidget | None = None, *, stretch: int | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        title = section_title(title)
        self.setAccessibleName(title)
        em = self.fontMetrics().horizontalAdvance("M")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(em, em, em, em)
        top = QHBoxLayout()
        top.addWidget(heading(title))
        self.count_label = plain_label("", object_name="muted")
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        self.action_bar = FlowLayout()  # wraps where the words are long (French, Spanish)
        top.addLayout(self.action_bar)
        self._layout.addLayout(top)
        self.filters = FlowLayout()
        self._layout.addLayout(self.filters)
        self.model: PagedRecordModel[Any] = PagedRecordModel(columns, self)
        self.table = RecordTable(self.model, title)
        self.table.set_column_widths(widths_em)
        if stretch is not None:
            self.table.set_stretch_column(stretch)
        self.table.open_requested.connect(self.open_record_id)
        self.table.current_changed.connect(lambda _id: self._update_actions())
        self.empty_label = plain_label("", object_name="muted", wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()  # the table, or a calm sentence where it would be empty
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)
        self._layout.addWidget(self.body, 1)
        self._selection_buttons: list[QPushButton] = []

    # -- building helpers --------------------------------------------------------------------

    def add_action(self, text: str, slot: Any, *, tip: str = "", needs_selection: bool = False,
                   primary: bool = False, keys: QKeySequence | None = None) -> QPushButton:
        """A button in the page's bar; `keys` also trigger it while focus is in the page."""
        text, tip = translate("Page", text), translate("Page", tip) if tip else ""
        button = QPushButton(text)
        if keys is not None:
            shortcut = QShortcut(keys, self, lambda: _click_if_enabled(button))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip = f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})"
        button.setAccessibleName(text.rstrip("…"))
        if tip:
            button.setToolTip(tip)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(lambda _checked=False: slot())
        if needs_selection:
            self._selection_buttons.append(button)
            button.setEnabled(False)
        self.action_bar.addWidget(button)
        return button

    def add_list_export(self, list_name: str) -> QPushButton:
        """"Export list as CSV…": the list (a services.reports.LIST_KINDS name) as the page
        shows it (`shown`) under the profile the person chooses, warned first
        (ui/list_export.py)."""
        self.export_button = self.add_action(
            QT_TRANSLATE_NOOP("Page", "Export list as CSV…"),
            lambda: self._export_list(list_name),
            tip=QT_TRANSLATE_NOOP("Page", "The list as the page shows it, filters included, "
                                  "as a CSV file for a programme office, a partner or the "
                                  "public: you choose the profile, then where to save it"))
        return self.export_button

    def _export_list(self, list_name: str) -> None:
        if self.ctx is not None:
            export_list(self.ctx, list_name, self.shown(), parent=self)

    def shown(self) -> Shown:
        """What the list shows now, for its export: the filter of the current source when it
        is a CaseworkSource (a page with another source says its own)."""
        source = self.model.source
        return Shown(flt=source.flt) if isinstance(source, CaseworkSource) else Shown()

    def add_intro(self, text: str) -> None:
        """A sentence under the heading saying what the page is for."""
        self._layout.insertWidget(1, plain_label(translate("Page", text), object_name="muted",
                                                 wrap=True))

    def add_filter_combo(self, label: str, options: Sequence[tuple[str, Any]],
                         default: int = 0, *, context: str = "Page") -> QComboBox:
        """`label` (marked QT_TRANSLATE_NOOP("Page", ...)) and option texts (marked in
        `context`: "Open" incidents and "Open" tasks differ in some languages) are shown
        translated; vocabulary labels come translated already."""
        label = translate("Page", label)
        caption = plain_label(label)
        combo = QComboBox()
        combo.setAccessibleName(label)
        for text, value in options:
            combo.addItem(translate(context, text), value)
        combo.setCurrentIndex(default)
        caption.setBuddy(combo)
        combo.currentIndexChanged.connect(lambda _i: self.requery())
        self.filters.addWidget(labelled(caption, combo))
        return combo

    def add_filter_text(self, label: str, placeholder: str) -> QLineEdit:
        label, placeholder = translate("Page", label), translate("Page", placeholder)
        caption = plain_label(label)
        line = QLineEdit()
        line.setAccessibleName(label)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        line.textChanged.connect(lambda _t: self.requery())
        caption.setBuddy(line)
        self.filters.addWidget(labelled(caption, line))
        return line

    # -- contracts.Page ----------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._order_tabs()
        self.requery()

    def _order_tabs(self) -> None:
        """Tab goes filters, then the list, then the page's buttons (the order a caseworker
        works in), whatever order the page built them in."""
        chain: list[QWidget] = []
        for layout in (self.filters, self.action_bar):
            if layout is self.action_bar:
                chain.append(self.table)
            for index in range(layout.count()):
                item = layout.itemAt(index)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    chain += focusable_in(widget)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def refresh(self, kinds: frozenset[str]) -> None:
        if self.ctx is not None and kinds & self.kinds:
            self.table.reload_keeping_place()
            self._counted()

    def clear(self) -> None:
        self.model.clear()
        self.ctx = None
        for line in self.findChildren(QLineEdit):
            line.setText("")  # also drops the line's undo history
        self.count_label.setText("")
        self._update_actions()

    # -- querying ----------------------------------------------------------------------------

    def make_source(self) -> RowSource[Any]:
        raise NotImplementedError

    def requery(self) -> None:
        """Filters changed: a new query, first row selected."""
        if self.ctx is None:
            return
        self.model.set_source(self.make_source())
        if self.model.rowCount():
            self.table.select_row(0)
        self._counted()
        self.table.fit_columns()

    def _counted(self) -> None:
        total = self.model.rowCount()
        counted = self.count_text(total)
        if counted is None:
            noun = self.noun[0] if total == 1 else self.noun[1]
            counted = f"{total:,} {noun}"
        self.count_label.setText(counted)
        self.empty_label.setText(translate("Page", self.empty_text))
        self.body.setCurrentWidget(self.empty_label if total == 0 else self.table)
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.table.current_id() is not None
        for button in self._selection_buttons:
            button.setEnabled(has)

    def current_id(self) -> str | None:
        return self.table.current_id()

    def open_record_id(self, record_id: str) -> None:
        """Enter or double-click on a row (subclasses decide what opening means)."""

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


class RecordListPage(ListPage):
    """A list of one kind of record whose rows open in that kind's form (Cases, Threat log)."""

    form_kind = ""

    def open_record_id(self, record_id: str) -> None:
        if self.ctx is not None:
            open_form(self.ctx, self.form_kind, record_id)

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_record_id(record_id)

    def current_defender_id(self) -> str | None:
        """The defender of the selected row (subclasses know where it is)."""
        return None

    def open_defender(self) -> None:
        defender = self.current_defender_id()
        if self.ctx is not None and defender is not None:
            self.ctx.open_record("defender", defender)


def _click_if_enabled(button: QPushButton) -> None:
    if button.isEnabled():
        button.click()
