"""The Exchange section: identity, colleagues, sending, receiving, sync and conflicts, as tabs.

Built at every unlock like every page. The page gets the context when it is built so that
watching the drop folder (if switched on) starts at unlock, not only once the section is opened;
everything else loads when the section is first shown. A bundle file dropped anywhere on the
page opens the import preview. At lock `clear()` stops the watcher and empties every panel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...model.records import KINDS
from ..contracts import AppContext
from ..i18n import filled, translate
from ..labels import heading, plain_label
from .colleagues_panel import ColleaguesPanel
from .conflicts_view import ConflictsView
from .export_wizard import ExportWizard
from .identity_panel import IdentityPanel
from .import_flow import ImportFlow
from .sync_panel import SyncPanel

RECORD_KINDS = frozenset(KINDS)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file being dragged, if that is what it is."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


class ExchangePage(QWidget):
    """contracts.Page for the Exchange section."""

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.setAccessibleName(translate("Exchange", "Exchange"))
        self.setAcceptDrops(True)
        em = self.fontMetrics().horizontalAdvance("M")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em, em, em, em)
        layout.addWidget(heading(translate("Exchange", "Exchange")))
        layout.addWidget(plain_label(
            translate("Exchange", "Share records with colleagues as sealed files, and receive "
                                  "theirs, without any server: by USB stick, e-mail or a synced "
                                  "folder."), object_name="muted", wrap=True))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Exchange", "Exchange sections"))
        self.identity = IdentityPanel()
        self.colleagues = ColleaguesPanel()
        self.export = ExportWizard()
        self.importer = ImportFlow()
        self.sync = SyncPanel()
        self.conflicts = ConflictsView()
        for panel, title in (
            (self.identity, translate("Exchange", "My identity")),
            (self.colleagues, translate("Exchange", "Colleagues")),
            (self.export, translate("Exchange", "Send records")),
            (self.importer, translate("Exchange", "Receive a bundle")),
            (self.sync, translate("Exchange", "Sync folder")),
            (self.conflicts, translate("Exchange", "Conflicts")),
        ):
            self.tabs.addTab(panel, title)
        layout.addWidget(self.tabs, 1)
        self.colleagues.changed.connect(self.export.reload)
        self.conflicts.count_changed.connect(self._conflict_count)
        if ctx is not None:
            self.sync.prepare(ctx)

    # -- contracts.Page ----------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        for panel in (self.identity, self.colleagues, self.export, self.importer, self.sync,
                      self.conflicts):
            panel.attach(ctx)

    def refresh(self, kinds: frozenset[str]) -> None:
        if self.ctx is None:
            return
        if "colleague" in kinds:
            self.colleagues.reload()
        if "colleague" in kinds or kinds & {"defender", "case"}:
            self.export.reload()
        if kinds & RECORD_KINDS:
            self.conflicts.reload()

    def clear(self) -> None:
        self.ctx = None
        for panel in (self.sync, self.identity, self.colleagues, self.export, self.importer,
                      self.conflicts):
            panel.clear()
        self._conflict_count(0)

    # -- conveniences ------------------------------------------------------------------------

    def _conflict_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.conflicts)
        self.tabs.setTabText(
            index,
            filled(translate("Exchange", "Conflicts (%1)"), count)
            if count
            else translate("Exchange", "Conflicts"),
        )

    def show_tab(self, panel: QWidget) -> None:
        self.tabs.setCurrentWidget(panel)

    def receive(self, path: Path) -> None:
        """Preview a bundle (a dropped file, or a file chosen elsewhere)."""
        if self.ctx is None:
            return
        self.show_tab(self.importer)
        self.importer.preview(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.ctx is not None and _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if self.ctx is None or path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.receive(path)
