"""Calm pages for sections a later version fills in, saying what will be there."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..contracts import AppContext
from ..labels import heading, plain_label

LATER: dict[str, tuple[str, str]] = {
    "relocations": ("Relocations", "Each defender's stay in a safe city (about three months): "
                    "host city, planned and actual arrival and departure, visa and travel status, "
                    "accompanying person, accommodation, check-ins and the return plan."),
    "trainings": ("Trainings", "Course editions with their dates and place, who took part, the "
                  "modules they attended and their assessed needs."),
}


class LaterPage(QWidget):
    """contracts.Page that holds no record data."""

    def __init__(self, key: str) -> None:
        super().__init__()
        title, text = LATER[key]
        self.setAccessibleName(title)
        em = self.fontMetrics().horizontalAdvance("M")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em, em, em, em)
        layout.addWidget(heading(title))
        layout.addWidget(plain_label(f"Coming in a later version. {text}",
                                     object_name="muted", wrap=True))
        layout.addStretch(1)

    def attach(self, ctx: AppContext) -> None:
        pass

    def refresh(self, kinds: frozenset[str]) -> None:
        pass

    def clear(self) -> None:
        pass
