"""The pages caseworkers look at: built at every unlock by the shell (page_registry).

`build_pages(ctx)` returns every section keyed as the navigation expects, and the start screen
("start", first in the navigation, the page shown after unlock); the Defenders page
also answers `current_defender_id()` (Ctrl+N) and `show_record(kind, id)`, the Threat log opens
incidents, the search page receives the global search (`show_results(text)`), and Deleted adds
itself to the navigation (`nav_title`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..contracts import AppContext
from ..exchange import ExchangePage
from .cases import CasesPage
from .defenders import DefendersPage
from .deleted import DeletedPage
from .network import NetworkPage
from .relocations import RelocationsPage
from .search import SearchPage
from .start import StartPage
from .statistics import StatisticsPage
from .tasks import TasksPage
from .threat_log import ThreatLogPage
from .trainings import TrainingsPage

__all__ = ["build_pages"]


def build_pages(ctx: AppContext) -> dict[str, QWidget]:
    """Fresh pages (nothing survives a lock); each is attached the first time it is shown."""
    pages: dict[str, QWidget] = {
        "start": StartPage(),
        "defenders": DefendersPage(),
        "cases": CasesPage(),
        "threat_log": ThreatLogPage(),
        "relocations": RelocationsPage(),
        "trainings": TrainingsPage(),
        "network": NetworkPage(),
        "tasks": TasksPage(),
        "statistics": StatisticsPage(),
    }
    pages["exchange"] = ExchangePage(ctx)  # given ctx now: drop-folder watching starts at unlock
    pages["deleted"] = DeletedPage()
    pages["search"] = SearchPage()
    return pages
