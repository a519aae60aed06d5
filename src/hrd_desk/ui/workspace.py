"""The unlocked workspace: top bar (search, log incident, lock), navigation and the pages.

Pages are built at every unlock (page_registry.build_all_pages) and attached lazily, the first
time they are shown, so unlocking paints the Defenders list without loading every other section.
At lock `tear_down()` asks every page to clear itself, empties whatever it missed
(locking.scrub_tree) and deletes it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .i18n import translate
from .locking import scrub_tree
from .page_registry import SEARCH_PAGE, navigation_entries, section_title

log = logging.getLogger(__name__)
TYPING_PAUSE_MS = 400  # search this long after the last key
MIN_TYPED = 2  # characters before searching as one types
DEFAULT_PAGE = "defenders"


class Workspace(QWidget):
    lock_clicked = Signal()
    incident_clicked = Signal()
    status = Signal(str)  # a short message for the status bar (never record contents)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.pages: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}
        self._attached: set[str] = set()
        self._history: list[str] = []
        em = self.fontMetrics().horizontalAdvance("M")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._top_bar(em))
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(translate("Workspace", "Sections"))
        self.nav.setFixedWidth(em * 13)  # "Relocations" whole, with the focus ring
        self._nav_min = em * 13
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.nav.itemClicked.connect(self._nav_clicked)  # the section already selected, too
        self.page_stack = QStackedWidget()
        body.addWidget(self.nav)
        body.addWidget(self.page_stack, 1)
        outer.addLayout(body, 1)
        QWidget.setTabOrder(self.search_field, self.incident_button)
        QWidget.setTabOrder(self.incident_button, self.lock_button)
        QWidget.setTabOrder(self.lock_button, self.nav)

    def _top_bar(self, em: int) -> QFrame:
        top = QFrame()
        top.setObjectName("topBar")
        bar = QHBoxLayout(top)
        bar.setContentsMargins(em, round(em * 0.5), em, round(em * 0.5))
        self.search_label = search_label = QLabel()
        search_label.setTextFormat(Qt.TextFormat.PlainText)
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(em * 36)
        self.search_field.returnPressed.connect(self.run_search)
        self.search_field.textEdited.connect(self._typed)
        self.search_field.installEventFilter(self)
        self._typing = QTimer(self)  # search once the caseworker pauses
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(lambda: self.run_search(focus_results=False))
        search_label.setBuddy(self.search_field)
        bar.addWidget(search_label)
        bar.addWidget(self.search_field, 1)
        bar.addStretch(1)
        self.incident_button = QPushButton()
        self.incident_button.clicked.connect(self.incident_clicked)
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.lock_clicked)
        bar.addWidget(self.incident_button)
        bar.addWidget(self.lock_button)
        self._translate_top_bar()
        return top

    def _translate_top_bar(self) -> None:
        self.search_label.setText(translate("Workspace", "Search"))
        self.search_field.setPlaceholderText(
            translate("Workspace", "Names, places, descriptions (Ctrl+F)"))
        self.search_field.setToolTip(translate(
            "Workspace", "Results appear as you type; Enter goes to them, Escape empties the "
            "field"))
        self.search_field.setAccessibleName(translate("Workspace", "Search everything"))
        self.incident_button.setText(translate("Workspace", "Log incident"))
        self.incident_button.setToolTip(
            translate("Workspace", "Log an incident for the selected defender (Ctrl+N)"))
        self.incident_button.setAccessibleName(translate("Workspace", "Log incident"))
        self.lock_button.setText(translate("Workspace", "Lock"))
        self.lock_button.setToolTip(translate("Workspace", "Lock the vault now (Ctrl+L)"))
        self.lock_button.setAccessibleName(translate("Workspace", "Lock"))

    def _fit_nav(self) -> None:
        """Wide enough for the longest section title in the current language (French and
        Spanish titles are longer than English ones), never narrower than 13 em."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(row).text())
                      for row in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(self._nav_min, widest + metrics.horizontalAdvance("M") * 5))

    def changeEvent(self, event: QEvent) -> None:
        """A language change: the top bar and the navigation at once (pages at next unlock)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._translate_top_bar()
            self.nav.setAccessibleName(translate("Workspace", "Sections"))
            for row in range(self.nav.count()):
                item = self.nav.item(row)
                english = item.data(Qt.ItemDataRole.UserRole + 1)
                if isinstance(english, str):
                    item.setText(section_title(english))
            self._fit_nav()
        super().changeEvent(event)

    # -- pages -----------------------------------------------------------------------------

    def populate(self, ctx: Any, pages: dict[str, QWidget]) -> None:
        self.ctx = ctx
        self.pages = pages
        for key, page in pages.items():
            holder = _scroller(page)
            self._holders[key] = holder
            self.page_stack.addWidget(holder)
        self.nav.blockSignals(True)
        self.nav.clear()
        for key, title in navigation_entries(pages):
            item = QListWidgetItem(section_title(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.UserRole + 1, title)  # English, for a language change
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        self._fit_nav()

    def _attach(self, key: str) -> QWidget:
        page = self.pages[key]
        if key not in self._attached:
            self._attached.add(key)
            page.attach(self.ctx)  # type: ignore[attr-defined]
        return page

    def go(self, key: str, *, remember: bool = True, home: bool = True) -> None:
        """Show page `key` (attaching it the first time) and select it in the navigation.

        `home`: the page shows its start (the Defenders list, not the defender last opened),
        as Ctrl+1 or a click on the section promises; Back keeps where the page was."""
        if key not in self.pages:
            return
        page = self._attach(key)
        show_home = getattr(page, "show_home", None)
        if home and callable(show_home):
            show_home()
        self.page_stack.setCurrentWidget(self._holders[key])
        if remember and (not self._history or self._history[-1] != key):
            self._history.append(key)
        self._select_in_nav(key)

    def _select_in_nav(self, key: str) -> None:
        """The navigation marks the page shown (also when a record opened it)."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)

    def go_back(self) -> None:
        if len(self._history) > 1:
            self._history.pop()
            self.go(self._history[-1], remember=False, home=False)

    def _nav_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.go(str(current.data(Qt.ItemDataRole.UserRole)))

    def _nav_clicked(self, item: QListWidgetItem) -> None:
        key = str(item.data(Qt.ItemDataRole.UserRole))
        if key == self.current_key():
            self.go(key)

    def current_page(self) -> QWidget | None:
        holder = self.page_stack.currentWidget()
        return next((self.pages[k] for k, h in self._holders.items() if h is holder), None)

    def current_key(self) -> str | None:
        page = self.current_page()
        return next((k for k, p in self.pages.items() if p is page), None)

    def open_record(self, kind: str, record_id: str) -> bool:
        """Show a record on the first page that can (pages with `show_record(kind, id)`)."""
        for key, page in self.pages.items():
            show = getattr(page, "show_record", None)
            if callable(show):
                self._attach(key)
                if show(kind, record_id):
                    self.page_stack.setCurrentWidget(self._holders[key])
                    self._history.append(key)
                    self._select_in_nav(key)
                    return True
        self.status.emit(translate("Workspace", "This kind of record cannot be opened here yet."))
        return False

    def refresh(self, kinds: frozenset[str]) -> None:
        for key in list(self._attached):
            page = self.pages.get(key)
            if page is not None:
                page.refresh(kinds)  # type: ignore[attr-defined]

    def selected_defender(self) -> str | None:
        """The defender a new incident is for (Ctrl+N): the page's `defender_for_new_incident`
        where it has one, else its selected defender."""
        page = self.current_page()
        getter = getattr(page, "defender_for_new_incident", None)
        if getter is None:
            getter = getattr(page, "current_defender_id", None)
        if callable(getter):
            value = getter()
            return value if isinstance(value, str) and value else None
        return None

    def tear_down(self) -> None:
        """Lock: every page cleared, emptied and deleted; search and navigation emptied."""
        for key, page in self.pages.items():
            try:
                page.clear()  # type: ignore[attr-defined]
            except Exception as exc:  # the page is emptied and deleted below anyway
                log.warning("page %s failed to clear (%s)", key, type(exc).__name__)
            holder = self._holders.get(key)
            page.hide()
            scrub_tree(page)
            page.deleteLater()
            if holder is not None:
                self.page_stack.removeWidget(holder)
                holder.hide()
                holder.deleteLater()
        self.pages = {}
        self._holders = {}
        self._attached.clear()
        self._history.clear()
        self.ctx = None
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        self.search_field.setText("")
        self._typing.stop()

    # -- search ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _typed(self, text: str) -> None:
        if len(text.strip()) >= MIN_TYPED:
            self._typing.start()
        else:
            self._typing.stop()

    def run_search(self, *, focus_results: bool = True) -> None:
        """Enter in the search field, or a pause in typing: the search page if there is one,
        else the current page. Enter also moves to the results."""
        self._typing.stop()
        text = self.search_field.text().strip()
        if not text or not self.pages:
            return
        page = self.pages.get(SEARCH_PAGE)
        if page is not None and callable(getattr(page, "search", None)):
            if self.current_key() != SEARCH_PAGE:
                self.go(SEARCH_PAGE)
            page.search(text, focus=focus_results)  # type: ignore[attr-defined]
            return
        current = self.current_page()
        if current is not None and callable(getattr(current, "set_search_text", None)):
            current.set_search_text(text)  # type: ignore[attr-defined]
            return
        self.status.emit(translate("Workspace", "Search is not available in this version yet."))

    def leave_search(self) -> None:
        """Escape: empty the field and the results, and go back to the page searched from."""
        self._typing.stop()
        self.search_field.setText("")
        results = self.pages.get(SEARCH_PAGE)
        if results is not None and self.current_page() is results:
            show = getattr(results, "show_results", None)
            if callable(show):
                show("", focus=False)
            if len(self._history) > 1:
                self.go_back()
            elif DEFAULT_PAGE in self.pages:
                self.go(DEFAULT_PAGE, home=False)
        page = self.current_page()
        if page is not None:
            page.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the search field empties it and goes back to the page."""
        if (watched is self.search_field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            self.leave_search()
            return True
        return super().eventFilter(watched, event)


def _scroller(page: QWidget) -> QScrollArea:
    """A page in a frameless scroll area: on a small screen or at 200% the page scrolls instead
    of pushing the window (and its Lock button) past the screen's edge."""
    holder = QScrollArea()
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setWidgetResizable(True)
    holder.setWidget(page)
    holder.setAccessibleName(page.accessibleName())
    return holder
