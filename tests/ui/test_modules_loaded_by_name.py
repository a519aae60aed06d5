"""The modules the shell loads by name (importlib) are there and provide what it calls, and a
frozen build that lacks one fails loudly instead of showing "not available" placeholders.

PyInstaller cannot see importlib calls: packaging/hrd-desk.spec collects every hrd_desk module,
and the frozen smoke test (tests/test_frozen_app.py) checks the built app shows real pages.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import pytest
from pytestqt.qtbot import QtBot

import hrd_desk
from hrd_desk.ui import page_registry
from hrd_desk.ui.page_registry import (
    LOADED_BY_NAME,
    IncompleteBuildError,
    PlaceholderPage,
    module_by_name,
)


def test_every_module_loaded_by_name_imports_and_provides_its_entry_point() -> None:
    entry_points = {"hrd_desk.ui.pages": "build_pages", "hrd_desk.ui.forms": "open_form"}
    assert set(LOADED_BY_NAME) == set(entry_points)
    for name in LOADED_BY_NAME:
        module = module_by_name(name)
        assert module is not None, name
        assert callable(getattr(module, entry_points[name], None)), name


def test_every_hrd_desk_module_imports() -> None:
    names = [info.name for info in pkgutil.walk_packages(hrd_desk.__path__, "hrd_desk.")
             if not info.name.endswith("__main__")]  # runs the command line when imported
    assert "hrd_desk.ui.pages.defenders" in names
    for name in names:
        importlib.import_module(name)


def test_a_missing_page_module_is_a_placeholder_only_in_a_source_tree(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setitem(sys.modules, "hrd_desk.ui.pages", None)  # import now fails
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert module_by_name("hrd_desk.ui.pages") is None
    pages = page_registry.build_all_pages(None)
    assert isinstance(pages["defenders"], PlaceholderPage)
    for page in pages.values():
        qtbot.addWidget(page)


def test_a_frozen_build_missing_a_page_module_fails_loudly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "hrd_desk.ui.forms", None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(IncompleteBuildError, match=r"incomplete: module hrd_desk\.ui\.forms"):
        module_by_name("hrd_desk.ui.forms")
    monkeypatch.setitem(sys.modules, "hrd_desk.ui.pages", None)
    with pytest.raises(IncompleteBuildError):
        page_registry.build_all_pages(None)
