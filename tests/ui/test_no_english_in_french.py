"""In French, no page, a defender's view or a record form shows an English string the sources
hold (issue 18): every visible text, header, tab title, placeholder, combo item and tooltip of
each section, of a defender's page with each of its tabs and of the incident form is compared
with the English strings of the GUI's sources, the field labels and the texts the services build;
one that shows as written in English (and is not also the French word, as "Notes" or "Date")
was never wrapped for translation."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hrd_desk.model.fields import field_infos
from hrd_desk.model.records import KINDS
from hrd_desk.model.vocab import COUNTRIES
from hrd_desk.ui.i18n import apply_language
from hrd_desk.ui.main_window import MainWindow

from .conftest import unlock

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "hrd_desk"
# proper names, and words the same in both languages that no catalogue holds alone ("Total: 3"
# shows "Total : 3" in French)
ALLOWED = {"hrd-desk", "PDF", "CSV", "OK", "ID", "Total", "Brussels", "The Hague", "Geneva",
           "New York"}
# Country names (model/vocab.COUNTRIES, CLDR's English) count as English too: the defender's
# header, profile, the defenders list and the country choice show them in French (iso-codes)
COUNTRY_NAMES = {t.label for t in COUNTRIES.terms}
KEYS = re.compile(r"(Ctrl|Alt|Shift|Meta)\+\S+")
# the Exchange section and a defender's Sharing tab (ui/exchange) are translated on their own
# branch (s5-i18n-a, issue 18's other half)
OTHER_BRANCH = {"exchange", "Sharing"}
SPLIT = re.compile(r"\s*(?:[:·(),;\n—]|\s-\s)\s*")


def _constants(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def _english() -> set[str]:
    """English texts the GUI could show: string constants of ui/ and of the services that build
    display texts, field labels and record kind labels."""
    files = [*(SRC / "ui").rglob("*.py"), SRC / "services" / "dashboard.py",
             SRC / "services" / "risk.py", SRC / "model" / "vocab.py"]
    texts = {t for path in files if path.exists() for t in _constants(path)}
    texts |= COUNTRY_NAMES
    for kind in KINDS.values():
        texts.add(kind.label)
        texts |= {info.label for info in field_infos(kind.cls).values()}
    # sentences and labels: a capital or a space, some letters, no markup or paths
    return {t.strip() for t in texts
            if len(t.strip()) >= 3 and re.search(r"[A-Za-z]{3}", t)
            and (t[:1].isupper() or " " in t.strip()) and not re.search(r"[<>{}/_=\\]|%\d", t)
            and t.strip() not in ALLOWED
            and not KEYS.fullmatch(t.strip())}


def _french() -> set[str]:
    root = ET.parse(SRC / "i18n" / "hrd_desk_fr.ts").getroot()
    found: set[str] = set()
    for translation in root.iter("translation"):
        texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
        found |= {t.strip() for t in texts if t}
    return found


def _model_texts(model: QAbstractItemModel) -> Iterator[str]:
    flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))
    for section in range(model.columnCount() if not isinstance(model, QAbstractListModel) else 1):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    rows = min(model.rowCount(), 50)
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(min(model.rowCount(parent), rows)):
            for column in range(1 if isinstance(model, QAbstractListModel)
                                else model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
            first = model.index(row, 0, parent)
            if not flat and model.rowCount(first) > 0:
                stack.append(first)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__}({widget.objectName() or '-'})"
        yield name + ".toolTip", widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name + ".text", widget.text()
        if isinstance(widget, QGroupBox):
            yield name + ".title", widget.title()
        if isinstance(widget, QLineEdit):
            yield name + ".placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield name + ".item", widget.itemText(i)
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield name + ".tab", widget.tabText(i)
                yield name + ".tabTip", widget.tabToolTip(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for text in _model_texts(widget.model()):
                yield name + ".model", text


def untranslated(root: QWidget, english: set[str], french: set[str]) -> list[str]:
    found: list[str] = []
    for where, text in visible_texts(root):
        text = re.sub(r"<[^>]+>", " ", text or "").replace("&", "")
        candidates = {text.strip(), *SPLIT.split(text)}
        for part in candidates:
            part = part.strip().rstrip("*…:.").strip()
            if part and part not in french and part not in ALLOWED and (part in english
                                                or part + "…" in english or part + "." in english
                                                or part + ":" in english):
                found.append(f"{where}: {part!r}")
    return sorted(set(found))


def _screens() -> object:
    spec = importlib.util.spec_from_file_location("screenshots_tool",
                                                  ROOT / "tools" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["screenshots_tool"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def french_window(qtbot: QtBot, make_window: Callable[..., MainWindow], vault_dir: Path
                  ) -> Iterator[tuple[MainWindow, str]]:
    screens = _screens()
    from hrd_desk.services.session import create_vault

    create_vault(vault_dir, screens.PASSPHRASE).lock()  # type: ignore[attr-defined]
    defender, _plans = screens._records(vault_dir)  # type: ignore[attr-defined]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "fr")
    try:
        window = make_window()
        unlock(qtbot, window, screens.PASSPHRASE)  # type: ignore[attr-defined]
        yield window, defender
    finally:
        apply_language(app, "en")


def test_no_page_shows_english_in_french(french_window: tuple[MainWindow, str]) -> None:
    window, defender = french_window
    english, french = _english(), _french()
    problems: list[str] = []
    for key in window.pages:
        if key in OTHER_BRANCH:
            continue
        window.workspace.go(key)
        page = window.pages[key]
        tabs = page.findChildren(QTabWidget)
        for tab_widget in tabs or [None]:
            for index in range(tab_widget.count() if tab_widget is not None else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(index)
                problems += [f"{key}: {p}" for p in untranslated(page, english, french)]
    window.workspace.go("defenders")
    window.ctx.open_record("defender", defender)
    view = window.pages["defenders"].view
    for index in range(view.tabs.count()):
        if view.tab_key(index) in OTHER_BRANCH:
            continue
        view.tabs.setCurrentIndex(index)
        problems += [f"defender/{index}: {p}" for p in untranslated(view, english, french)]
    before = set(QApplication.topLevelWidgets())
    window.log_incident()
    forms = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert forms, "the incident form opened"
    for form in forms:
        problems += [f"incident form: {p}" for p in untranslated(form, english, french)]
        form.close()
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))
