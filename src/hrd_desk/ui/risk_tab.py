"""A defender's Risk tab: the trend of assessed levels beside the incidents, and the assessments
with their threats, vulnerabilities and capacities.

The chart (risk_trend.py) comes first: whether the level follows the threats. Below it one tree,
newest assessment first: an assessment's line says its date, level and who assessed it; its items
sit under it, threats first with their rating (likelihood x impact, and the level it suggests) and
the incidents they are linked to. What an item says, the five questions and an assessment's
reasoning are sensitive: they show below the tree for the selected line, hidden until shown.
Nothing here writes by itself: forms do, through the writer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.records import Stored
from ..services.plan_rules import FIVE_QUESTIONS
from .defender_tree_tab import TARGET_ROLE, DefenderTreeTab
from .forms import open_form
from .i18n import QT_TRANSLATE_NOOP, translate, vocab_text
from .labels import plain_label
from .record_titles import rating_text, record_title, titles
from .risk_trend import RiskTrendChart
from .sensitive import SensitiveValue
from .tree_items import all_items

RISK_KINDS = frozenset({"risk_assessment", "risk_item", "incident", "defender"})
_QUESTIONS = {"facts": QT_TRANSLATE_NOOP("DefenderTabs", "The facts"),
              "pattern": QT_TRANSLATE_NOOP("DefenderTabs", "Pattern over time"),
              "objective": QT_TRANSLATE_NOOP("DefenderTabs", "Objective"),
              "behind": QT_TRANSLATE_NOOP("DefenderTabs", "Who is behind it"),
              "feasibility": QT_TRANSLATE_NOOP("DefenderTabs", "Can it be carried out")}


def _item_rating(item: Stored, suggested: str | None) -> str:
    rating = rating_text(item.fields)
    if suggested:
        rating += translate("DefenderTabs", " (suggests %1)").replace(
            "%1", vocab_text("risk_levels", suggested).lower())
    return rating or translate("DefenderTabs", "not rated")


class RiskTab(DefenderTreeTab):
    """The Risk tab of a defender's page (show_defender, refresh, conceal, clear)."""

    KINDS = RISK_KINDS

    def __init__(self, copy: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: dict[str, Stored] = {}
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(
            plain_label(
                translate(
                    "DefenderTabs",
                    "The assessed level over time beside the incidents logged "
                    "each month. Enter opens the selected line.",
                ),
                object_name="muted",
                wrap=True,
            ),
            1,
        )
        self.new_button = self._button(
            bar,
            translate("DefenderTabs", "New assessment…"),
            self.new_assessment,
            translate("DefenderTabs", "Assess this defender's risk again"),
        )
        self.item_button = self._button(
            bar,
            translate("DefenderTabs", "Add item…"),
            self.add_item,
            translate(
                "DefenderTabs", "Add a threat, vulnerability or capacity to the selected assessment"
            ),
        )
        layout.addLayout(bar)
        self.chart = RiskTrendChart()
        layout.addWidget(self.chart)
        self._set_columns(
            translate("DefenderTabs", "Risk assessments and their items"),
            [
                translate("DefenderTabs", "What"),
                translate("DefenderTabs", "Rating"),
                translate("DefenderTabs", "Linked incidents"),
            ],
            stretch=2,
        )  # titles are long
        layout.addWidget(self.tree, 1)
        actions = QHBoxLayout()
        self.open_button = self._button(
            actions,
            translate("DefenderTabs", "Open…"),
            self.open_current,
            translate("DefenderTabs", "Open the selected assessment or item (Enter)"),
        )
        self.delete_button = self._button(
            actions,
            translate("DefenderTabs", "Delete…"),
            self.delete_current,
            translate("DefenderTabs", "Move the selected assessment or item to Deleted"),
        )
        actions.addStretch(1)
        layout.addLayout(actions)
        self.empty = plain_label(
            translate(
                "DefenderTabs",
                "No risk assessment for this defender yet. Make one with “New assessment…”.",
            ),
            object_name="muted",
            wrap=True,
        )
        layout.addWidget(self.empty)
        details = QFormLayout()
        self.text = SensitiveValue(translate("DefenderTabs", "Description"), copy)
        self.reasoning = SensitiveValue(translate("DefenderTabs", "Reasoning"), copy)
        self.questions = {name: SensitiveValue(label, copy) for name, label in _QUESTIONS.items()}
        self._captions: dict[str, QWidget] = {}
        for name, widget in (("text", self.text), ("summary", self.reasoning),
                             *self.questions.items()):
            caption = plain_label(widget.field_label)
            caption.setBuddy(widget)
            self._captions[name] = caption
            details.addRow(caption, widget)
        layout.addLayout(details)
        self.sensitive = [self.text, self.reasoning, *self.questions.values()]
        self._show_details(None)

    # -- showing ----------------------------------------------------------------------------

    def show_defender(self, defender_id: str, select: tuple[str, str] | None = None) -> None:
        if self.ctx is None:
            return
        keep = select or self.current_target()
        self.defender_id = defender_id
        self.tree.clear()
        self._records = {}
        plans = self.ctx.reader.plans
        self.chart.set_trend(plans.trend(defender_id))
        assessments = plans.assessments_of(defender_id)
        incident_titles: dict[str, str] = {}
        for assessment in assessments:
            self._records[assessment.id] = assessment
            by = assessment.get("assessor")
            line = self._line(None, record_title(assessment),
                              translate("DefenderTabs", "by %1").replace("%1", str(by))
                              if by else "", "", ("risk_assessment", assessment.id))
            for item in plans.items_of(assessment.id):
                self._records[item.id] = item
                linked = list(item.get("incidents") or [])
                missing = [i for i in linked if i not in incident_titles]
                if missing:
                    incident_titles.update(titles(self.ctx.reader, "incident", missing))
                self._line(
                    line,
                    vocab_text("risk_item_types", item.get("item_type")),
                    _item_rating(item, plans.suggested_level(item)),
                    "; ".join(
                        incident_titles.get(i, translate("DefenderTabs", "deleted incident"))
                        for i in linked
                    ),
                    ("risk_item", item.id),
                )
        self.tree.expandAll()
        self.tree.setVisible(bool(assessments))
        self.empty.setVisible(not assessments)
        self._select_again(keep)

    def _line(self, parent: QTreeWidgetItem | None, what: str, rating: str, linked: str,
              target: tuple[str, str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([what, rating, linked])
        item.setData(0, TARGET_ROLE, target)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def lines(self) -> list[tuple[str, str, str]]:
        """Every line as (what, rating, linked incidents), assessments before their items."""
        return [(i.text(0), i.text(1), i.text(2)) for i in all_items(self.tree)]

    def current_assessment(self) -> str | None:
        """The selected assessment, or the assessment of the selected item."""
        target = self.current_target()
        if target is None:
            return None
        if target[0] == "risk_assessment":
            return target[1]
        item = self._records.get(target[1])
        return str(item.get("assessment")) if item is not None else None

    def _selection_changed(self) -> None:
        has = self.current_target() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.item_button.setEnabled(self.current_assessment() is not None)
        target = self.current_target()
        self._show_details(self._records.get(target[1]) if target else None)

    def _show_details(self, record: Stored | None) -> None:
        kind = record.kind if record is not None else None
        threat = record is not None and record.get("item_type") == "threat"
        shown = {"text": kind == "risk_item", "summary": kind == "risk_assessment",
                 **{name: threat for name in FIVE_QUESTIONS}}
        values = {"text": self.text, "summary": self.reasoning, **self.questions}
        for name, widget in values.items():
            visible = shown[name] and record is not None and bool(record.get(name))
            widget.setVisible(visible)
            self._captions[name].setVisible(visible)
            if visible and record is not None:
                widget.set_value(str(record.get(name)))
            else:
                widget.clear()

    # -- actions ----------------------------------------------------------------------------

    def new_assessment(self) -> None:
        if self.ctx is None or self.defender_id is None:
            return
        today = self.ctx.reader.plans.today().isoformat()
        open_form(self.ctx, "risk_assessment",
                  defaults={"defender": self.defender_id, "assessed": today},
                  on_saved=lambda i: self.select(("risk_assessment", i)))

    def add_item(self) -> None:
        assessment = self.current_assessment()
        if self.ctx is not None and assessment is not None:
            open_form(self.ctx, "risk_item",
                      defaults={"assessment": assessment, "item_type": "threat"},
                      on_saved=lambda i: self.select(("risk_item", i)))

    # -- leaving, locking -------------------------------------------------------------------

    def clear(self) -> None:
        super().clear()
        self._records = {}
        self.chart.clear()
