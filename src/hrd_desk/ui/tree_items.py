"""Walking a QTreeWidget's items (the start screen and a defender's Relocation tab)."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = [item.child(i) for i in range(item.childCount())]
    return [c for c in found if c is not None]


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [t for t in found if t is not None]


def all_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Every item, each parent before its children (two levels: groups and their lines)."""
    found: list[QTreeWidgetItem] = []
    for top in top_items(tree):
        found.append(top)
        found.extend(children(top))
    return found
