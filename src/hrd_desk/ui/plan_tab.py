"""A defender's Security plan tab: the measures, preventive ones and emergency protocols, and the
plan summary a caseworker goes through with the defender before the return home.

One tree with two groups (Preventive measures, Emergency protocols), each measure by due date: its
due date in words, its status (overdue and review due said in words, not colour alone), its owner
and what it reduces. How a measure works is sensitive: it shows below the tree, hidden until
shown. "In place" and "Reviewed" write through the writer; forms do the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..fsutil import atomic_write
from ..model.records import Stored
from ..services.desk import Desk
from ..services.plans import PlanSummary
from .app_context import describe_failure
from .contracts import AppContext
from .defender_tree_tab import TARGET_ROLE, DefenderTreeTab
from .due_words import due_words
from .error_words import os_reason
from .forms import open_form
from .i18n import QT_TRANSLATE_NOOP, filled, isolated, number_text, plural, translate, vocab_text
from .labels import plain_label, value_label
from .pdf import text_pdf
from .plan_summary import plan_text
from .record_titles import record_title, titles
from .sensitive import SensitiveValue
from .tree_items import all_items

PLAN_KINDS = frozenset({"security_measure", "risk_item", "risk_assessment", "defender"})
GROUPS = (("preventive", QT_TRANSLATE_NOOP("DefenderTabs", "Preventive measures")),
          ("emergency", QT_TRANSLATE_NOOP("DefenderTabs", "Emergency protocols")))
# "Reviewed" sets the next review this many days on (changed in the measure's form)
REVIEW_AGAIN_DAYS = 91


class PlanTab(DefenderTreeTab):
    """The Security plan tab of a defender's page (show_defender, refresh, conceal, clear)."""

    KINDS = PLAN_KINDS

    def __init__(self, copy: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measures: dict[str, Stored] = {}
        self._item_titles: dict[str, str] = {}
        self.summary_dialog: PlanSummaryDialog | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(
            plain_label(
                translate(
                    "DefenderTabs",
                    "Measures that reduce the threats and vulnerabilities on the "
                    "Risk tab. Enter opens the selected measure.",
                ),
                object_name="muted",
                wrap=True,
            ),
            1,
        )
        self.new_button = self._button(
            bar,
            translate("DefenderTabs", "New measure…"),
            self.new_measure,
            translate("DefenderTabs", "Add a preventive measure or an emergency protocol"),
        )
        self.summary_button = self._button(
            bar,
            translate("DefenderTabs", "Plan summary…"),
            self.show_summary,
            translate(
                "DefenderTabs",
                "The plan to go through with the defender before the return home (printable)",
            ),
        )
        layout.addLayout(bar)
        self._set_columns(
            translate("DefenderTabs", "Security plan"),
            [
                translate("DefenderTabs", "Measure"),
                translate("DefenderTabs", "Due"),
                translate("DefenderTabs", "Status"),
                translate("DefenderTabs", "Owner"),
                translate("DefenderTabs", "Reduces"),
            ],
            stretch=0,
        )
        layout.addWidget(self.tree, 1)
        actions = QHBoxLayout()
        self.open_button = self._button(
            actions,
            translate("DefenderTabs", "Open…"),
            self.open_current,
            translate("DefenderTabs", "Open the selected measure (Enter)"),
        )
        self.done_button = self._button(
            actions,
            translate("DefenderTabs", "In place"),
            self.mark_in_place,
            translate("DefenderTabs", "The selected measure is in place"),
        )
        self.reviewed_button = self._button(
            actions, translate("DefenderTabs", "Reviewed"), self.mark_reviewed,
            plural("DefenderTabs", "Reviewed today; the next review in %n month(s) (change it "
                   "with Open…)", REVIEW_AGAIN_DAYS // 30))
        self.delete_button = self._button(
            actions,
            translate("DefenderTabs", "Delete…"),
            self.delete_current,
            translate("DefenderTabs", "Move the selected measure to Deleted"),
        )
        actions.addStretch(1)
        layout.addLayout(actions)
        self.notice = plain_label("", object_name="muted", wrap=True)
        layout.addWidget(self.notice)
        self.empty = plain_label(
            translate(
                "DefenderTabs",
                "No security plan for this defender yet. Add a measure with “New measure…”.",
            ),
            object_name="muted",
            wrap=True,
        )
        layout.addWidget(self.empty)
        details = QFormLayout()
        self.details = SensitiveValue(translate("DefenderTabs", "How"), copy)
        self.details_caption = plain_label(translate("DefenderTabs", "How"))
        self.reduces = value_label("")
        self.reduces.setAccessibleName(translate("DefenderTabs", "Reduces"))
        self.reduces_caption = plain_label(translate("DefenderTabs", "Reduces"))
        details.addRow(self.details_caption, self.details)
        details.addRow(self.reduces_caption, self.reduces)
        layout.addLayout(details)
        self.sensitive = [self.details]
        self._show_details(None)

    # -- showing ----------------------------------------------------------------------------

    def show_defender(self, defender_id: str, select: tuple[str, str] | None = None) -> None:
        if self.ctx is None:
            return
        keep = select or self.current_target()
        self.defender_id = defender_id
        self.tree.clear()
        plans = self.ctx.reader.plans
        today = plans.today()
        measures = plans.measures_of(defender_id)
        self._measures = {m.id: m for m in measures}
        linked = sorted({i for m in measures for i in (m.get("reduces") or [])})
        self._item_titles = titles(self.ctx.reader, "risk_item", linked)
        for group, heading in GROUPS:
            members = [m for m in measures if m.get("group") == group]
            parent = QTreeWidgetItem([f"{translate('DefenderTabs', heading)} "
                                      f"({number_text(len(members))})", "", "", "", ""])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(parent)
            for measure in members:
                due = str(measure.get("due") or "")
                words = due_words(due, today) if due and measure.get(
                    "status") == "planned" else ""
                status = [vocab_text("measure_statuses", measure.get("status"))]
                if plans.is_overdue(measure):
                    status.append(translate("DefenderTabs", "overdue"))
                if plans.needs_review(measure):
                    review = str(measure.get("review"))
                    status.append(translate("DefenderTabs", "review due %1").replace(
                        "%1", due_words(review, today) or review))
                reduces = measure.get("reduces") or []
                item = QTreeWidgetItem([
                    record_title(measure),
                    f"{due} ({words})" if words else due,
                    translate("DefenderTabs", ", ").join(status),
                    str(measure.get("owner") or ""),
                    plural("DefenderTabs", "%n item(s)", len(reduces)) if reduces else ""])
                item.setData(0, TARGET_ROLE, ("security_measure", measure.id))
                parent.addChild(item)
        self.tree.expandAll()
        self.tree.setVisible(bool(measures))
        self.empty.setVisible(not measures)
        self._select_again(keep)

    def lines(self) -> list[tuple[str, ...]]:
        """Every line as its columns, group headings before their measures (tests)."""
        return [tuple(i.text(c) for c in range(5)) for i in all_items(self.tree)]

    def current_measure(self) -> Stored | None:
        target = self.current_target()
        return self._measures.get(target[1]) if target else None

    def _selection_changed(self) -> None:
        measure = self.current_measure()
        for button in (self.open_button, self.delete_button, self.reviewed_button):
            button.setEnabled(measure is not None)
        self.done_button.setEnabled(measure is not None and measure.get("status") != "in-place")
        self._show_details(measure)

    def _show_details(self, measure: Stored | None) -> None:
        has_details = measure is not None and bool(measure.get("details"))
        self.details.setVisible(has_details)
        self.details_caption.setVisible(has_details)
        self.details.set_value(str(measure.get("details")) if has_details and measure else None)
        reduces = list(measure.get("reduces") or []) if measure is not None else []
        self.reduces.setText(
            "; ".join(
                self._item_titles.get(i, translate("DefenderTabs", "a deleted item"))
                for i in reduces
            )
        )
        self.reduces.setVisible(bool(reduces))
        self.reduces_caption.setVisible(bool(reduces))

    # -- actions ----------------------------------------------------------------------------

    def new_measure(self) -> None:
        if self.ctx is not None and self.defender_id is not None:
            open_form(self.ctx, "security_measure", defaults={"defender": self.defender_id},
                      on_saved=lambda i: self.select(("security_measure", i)))

    def _write(self, what: str, job: Callable[[Desk], bool]) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        ctx.write(
            job,
            on_done=lambda _changed: self.notice.setText(what),
            on_error=lambda exc: ctx.prompter.error(
                translate("DefenderTabs", "Measure not changed"), describe_failure(exc)
            ),
        )

    def mark_in_place(self) -> None:
        measure = self.current_measure()
        if self.ctx is None or measure is None:
            return
        measure_id = measure.id
        title = record_title(measure)
        self._write(translate("DefenderTabs", "In place: %1").replace("%1", title),
                    lambda desk: desk.plans.measure_done(measure_id))

    def mark_reviewed(self) -> None:
        measure = self.current_measure()
        if self.ctx is None or measure is None:
            return
        measure_id = measure.id
        after = (self.ctx.reader.plans.today() + timedelta(days=REVIEW_AGAIN_DAYS)).isoformat()
        title = record_title(measure)
        self._write(translate("DefenderTabs", "Reviewed today: %1. Next review %2.").replace(
                        "%1", title).replace("%2", isolated(after)),
                    lambda desk: desk.plans.measure_reviewed(measure_id, next_review=after))

    def show_summary(self) -> None:
        if self.ctx is None or self.defender_id is None:
            return
        if self.summary_dialog is not None:
            self.summary_dialog.close()
        ctx = self.ctx
        dialog = PlanSummaryDialog(ctx.reader.plans.summary(self.defender_id),
                                   lambda pdf: _save_pdf(ctx, pdf), self)
        dialog.setWindowFlag(Qt.WindowType.Window)
        self.summary_dialog = dialog
        dialog.show()

    # -- leaving, locking -------------------------------------------------------------------

    def clear(self) -> None:
        super().clear()
        self._measures = {}
        self._item_titles = {}
        self.notice.setText("")
        self.reduces.setText("")
        if self.summary_dialog is not None:  # lock: nothing of the plan stays on screen
            self.summary_dialog.wipe()
            self.summary_dialog.close()
            self.summary_dialog = None


def _save_pdf(ctx: AppContext, pdf: bytes) -> None:
    path = ctx.prompter.save_file(translate("DefenderTabs", "Save the plan summary as PDF"),
                                  "security-plan.pdf", translate("DefenderTabs", "PDF (*.pdf)"))
    if not path:
        return
    try:
        atomic_write(Path(path), pdf)
    except OSError as exc:
        ctx.prompter.error(translate("DefenderTabs", "Not saved"), filled(translate(
            "DefenderTabs", "The PDF could not be written (%1)."), os_reason(exc)))
        return
    ctx.prompter.info(
        translate("DefenderTabs", "Saved"),
        translate(
            "DefenderTabs",
            "The PDF holds the plan in clear. Print it, go through it with "
            "the defender, then delete the file and empty the trash.",
        ),
    )


class PlanSummaryDialog(QDialog):
    """The plan summary as plain text, sensitive details hidden until asked; Save as PDF."""

    def __init__(self, plan: PlanSummary, save_pdf: Callable[[bytes], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: PlanSummary | None = plan
        self.setWindowTitle(translate("DefenderTabs", "Security plan summary"))
        self._save_pdf = save_pdf
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "DefenderTabs",
                    "Go through this with the defender before the return home. Threats, the "
                    "reasoning and how measures work are hidden until shown.",
                ),
                object_name="muted",
                wrap=True,
            )
        )
        self.reveal = QCheckBox(translate("DefenderTabs", "Show hidden details"))
        self.reveal.toggled.connect(self._render)
        layout.addWidget(self.reveal)
        self.text = QPlainTextEdit()  # plain text only: nothing typed is rendered as markup
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("DefenderTabs", "Plan summary"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(translate("DefenderTabs", "Save as PDF…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setVisible(save_pdf is not None)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(64 * em, 44 * em)
        self._render()

    def summary_text(self) -> str:
        if self.plan is None:
            return ""
        return plan_text(self.plan, reveal=self.reveal.isChecked())

    def _render(self) -> None:
        self.text.setPlainText(self.summary_text())

    def pdf(self) -> bytes:
        """The summary as shown (hidden details stay hidden unless shown)."""
        return text_pdf(
            translate("DefenderTabs", "Security plan summary"), self.summary_text().splitlines()
        )

    def save(self) -> None:
        if self._save_pdf is not None and self.plan is not None:
            self._save_pdf(self.pdf())

    def wipe(self) -> None:
        self.plan = None
        self.text.setPlainText("")
