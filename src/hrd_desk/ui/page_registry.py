"""Which pages the main window shows, and placeholders until the real ones exist.

The pages come from `hrd_desk.ui.pages.build_pages(ctx) -> dict[str, Page]`, built again at every
unlock (so nothing a page held survives a lock, whatever its `clear()` missed). The navigation
lists SECTIONS in order; a section the dict lacks gets a placeholder. Other keys are pages too:
"search" (has `search(text)`) receives the global search, pages with `show_record(kind, id) ->
bool` open records, and a page with a `nav_title` attribute is added to the navigation (before
the sections when it also has `nav_first`, as the start screen does).
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .i18n import QT_TRANSLATE_NOOP, translate
from .theme import scaled_font

log = logging.getLogger(__name__)

SECTIONS: tuple[tuple[str, str], ...] = (
    ("defenders", QT_TRANSLATE_NOOP("Section", "Defenders")),
    ("cases", QT_TRANSLATE_NOOP("Section", "Cases")),
    ("threat_log", QT_TRANSLATE_NOOP("Section", "Threat log")),
    ("relocations", QT_TRANSLATE_NOOP("Section", "Relocations")),
    ("trainings", QT_TRANSLATE_NOOP("Section", "Trainings")),
    ("network", QT_TRANSLATE_NOOP("Section", "Network")),
    ("tasks", QT_TRANSLATE_NOOP("Section", "Tasks")),
    ("exchange", QT_TRANSLATE_NOOP("Section", "Exchange")),
    ("statistics", QT_TRANSLATE_NOOP("Section", "Statistics")),
)
SEARCH_PAGE = "search"

PageFactory = Callable[[Any], dict[str, QWidget]]


def section_title(title: str) -> str:
    """A section's title (English in SECTIONS and pages' nav_title) in the current language."""
    return translate("Section", title)


class PlaceholderPage(QWidget):
    """A calm empty page for a section that is not built yet (contracts.Page)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().horizontalAdvance("M") * 2
        layout.setContentsMargins(margin, margin, margin, margin)
        heading = QLabel(section_title(title))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setFont(scaled_font(heading, 1.4, bold=True))
        layout.addWidget(heading)
        note = QLabel(translate("Section",
                                "This part of hrd-desk is not available in this version yet."))
        note.setObjectName("muted")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.setAccessibleName(section_title(title))

    def attach(self, ctx: Any) -> None:
        pass

    def refresh(self, kinds: frozenset[str]) -> None:
        pass

    def clear(self) -> None:
        pass


# Modules the shell loads by name (importlib), which a frozen build must collect explicitly
# (packaging/hrd-desk.spec; tests/test_frozen_modules.py imports each).
LOADED_BY_NAME = ("hrd_desk.ui.pages", "hrd_desk.ui.forms")


class IncompleteBuildError(RuntimeError):
    """A frozen (packaged) hrd-desk lacks a module of its own: a packaging mistake."""


def module_by_name(name: str) -> ModuleType | None:
    """The module `name`, or None in a source tree where it is not written yet. A frozen build
    must have it: there a missing module raises IncompleteBuildError, never a silent placeholder
    that would look to a caseworker like a part of the app that does not exist."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if getattr(sys, "frozen", False):
            raise IncompleteBuildError(
                f"this hrd-desk build is incomplete: module {exc.name} is missing; "
                "reinstall hrd-desk from a verified download") from exc
        if exc.name != name:
            raise
        return None


def _real_factory() -> PageFactory | None:
    module = module_by_name("hrd_desk.ui.pages")
    factory = getattr(module, "build_pages", None)
    return factory if callable(factory) else None


def build_all_pages(ctx: Any, factory: PageFactory | None = None) -> dict[str, QWidget]:
    """The real pages (or `factory`'s), with placeholders for every missing section."""
    factory = factory or _real_factory()
    pages: dict[str, QWidget] = dict(factory(ctx)) if factory is not None else {}
    for key, title in SECTIONS:
        if key not in pages:
            pages[key] = PlaceholderPage(title)
    return pages


def navigation_entries(pages: dict[str, QWidget]) -> list[tuple[str, str]]:
    """(key, title) for the navigation: pages asking to come first, the sections, then extra
    pages that ask to be listed."""
    first: list[tuple[str, str]] = []
    entries = list(SECTIONS)
    for key, page in pages.items():
        title = getattr(page, "nav_title", None)
        if key not in dict(SECTIONS) and isinstance(title, str):
            (first if getattr(page, "nav_first", False) else entries).append((key, title))
    return first + entries
