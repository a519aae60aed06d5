"""The layering rule, read from the source: the two faces (ui/, cli/) reach the core only through
the services (the door is services/desk.py), SQL runs only in store/, Qt only in ui/.

Dependency direction: ui, cli -> services -> store -> history -> crypto; model, errors and fsutil
are used by all. A test that reads imports and calls, so a slip fails here rather than in review.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import hrd_desk

PACKAGE = Path(hrd_desk.__file__).parent
FACES = ("ui", "cli")
# What each layer must never import (by top-level package under hrd_desk).
FORBIDDEN = {
    "ui": {"store", "history", "crypto", "cli"},
    "cli": {"store", "history", "crypto", "ui"},
    "services": {"ui", "cli"},
    "store": {"services", "ui", "cli"},
    "history": {"store", "services", "ui", "cli"},
    "crypto": {"store", "history", "services", "ui", "cli"},
    "model": {"store", "history", "crypto", "services", "ui", "cli"},
}
SQL_CALLS = {"execute", "executemany", "executescript"}
SQL = re.compile(r"\s*(SELECT\s|INSERT\s+(OR\s+[A-Z]+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|"
                 r"DELETE\s+FROM\s|PRAGMA\s|CREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER)\s|"
                 r"BEGIN\b|ROLLBACK\b|COMMIT\b|WITH\s+\w+\s+AS\s)")
# `hrd-desk` without a command opens the desktop app: the one place a face reaches the other.
# (`from ..ui import app`, and the Qt-free display probe that runs before Qt loads).
APP_STARTER = "hrd_desk.cli.program"
APP_START = ("hrd_desk.ui.app", "hrd_desk.ui.display_probe")


# `report dossier` draws its PDF with Qt's own writer (issue 18): the one other use of ui/.
PDF_STARTER = ("hrd_desk.cli.reports", "hrd_desk.ui.report_pdf")


def _allowed(module: str, name: str) -> bool:
    if module == PDF_STARTER[0] and (name == PDF_STARTER[1]
                                     or name.startswith(f"{PDF_STARTER[1]}.")):
        return True
    if module != APP_STARTER:
        return False
    return name == "hrd_desk.ui" or any(name == m or name.startswith(f"{m}.") for m in APP_START)


# Services modules that still run SQL themselves, to move into store/ (docs/developing.md). The
# list may only shrink: a module that stops running SQL must leave it, and no module may join it.
SERVICES_STILL_RUNNING_SQL: frozenset[str] = frozenset()


def _modules(layer: str | None = None) -> Iterator[tuple[str, Path]]:
    root = PACKAGE / layer if layer else PACKAGE
    for path in sorted(root.rglob("*.py")):
        yield ".".join(("hrd_desk", *path.relative_to(PACKAGE).with_suffix("").parts)), path


def _imported(module: str, path: Path) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import, relative ones resolved."""
    package = module.split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, node.module] if node.module else base)
            yield node.lineno, name
            for alias in node.names:  # `from .. import store`
                yield node.lineno, f"{name}.{alias.name}"


def _layer_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "hrd_desk" else None


def _runs_sql(path: Path) -> list[int]:
    """Lines calling a cursor's execute*, or holding a string that starts like SQL."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        calls = (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                 and node.func.attr in SQL_CALLS)
        text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if calls or (text and SQL.match(node.value)):  # type: ignore[attr-defined]
            found.append(node.lineno)
    return found


def test_each_layer_imports_only_what_is_below_it() -> None:
    broken = []
    for layer, forbidden in FORBIDDEN.items():
        for module, path in _modules(layer):
            for line, name in _imported(module, path):
                if _layer_of(name) in forbidden and not _allowed(module, name):
                    broken.append(f"{path.relative_to(PACKAGE)}:{line} imports {name}")
    assert broken == []


def test_the_faces_import_no_store_and_no_crypto() -> None:
    """Stated on its own: the CLI and the GUI hold a Desk, never a connection or a key."""
    reached = [
        f"{path.relative_to(PACKAGE)}:{line} {name}"
        for face in FACES for module, path in _modules(face)
        for line, name in _imported(module, path)
        if _layer_of(name) in {"store", "crypto"}
    ]
    assert reached == []


def test_qt_only_in_ui() -> None:
    outside = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for module, path in _modules()
        if path.relative_to(PACKAGE).parts[0] != "ui"
        for line, name in _imported(module, path)
        if name.split(".")[0] in {"PySide6", "shiboken6"}
    ]
    assert outside == []


def test_no_sql_is_run_outside_store() -> None:
    running = {}
    for module, path in _modules():
        parts = path.relative_to(PACKAGE).parts
        if parts[0] == "store":
            continue
        lines = _runs_sql(path)
        if lines:
            running[module] = lines
    faces = {m: lines for m, lines in running.items() if _layer_of(m) in FACES}
    assert faces == {}, "the faces run SQL"
    services = {m.split(".")[-1] for m in running if _layer_of(m) == "services"}
    others = {m for m in running if _layer_of(m) not in {*FACES, "services"}}
    assert others == set()
    assert services - SERVICES_STILL_RUNNING_SQL == set(), "new SQL outside store/"
    assert SERVICES_STILL_RUNNING_SQL - services == set(), "moved to store/: shrink the list"


def test_the_driver_is_imported_only_by_store() -> None:
    users = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for module, path in _modules()
        if path.relative_to(PACKAGE).parts[0] != "store"
        for line, name in _imported(module, path)
        if name.split(".")[0] in {"sqlcipher3", "sqlite3"}
    ]
    assert users == []
