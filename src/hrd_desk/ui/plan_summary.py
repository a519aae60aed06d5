"""The security plan summary in the user's language (issue 18): services/plans.summary_text
lays it out (the same order and hiding as the CLI's English); this gives it the words."""

from __future__ import annotations

from ..services.plans import PlanSummary, PlanWording, summary_text
from .i18n import QT_TRANSLATE_NOOP, field_label, isolated, translate, vocab_text
from .record_titles import rating_text, record_title

# services/plans.PHRASES, marked for lupdate (tests/ui/test_plan_summary checks they match)
PHRASES = (
    QT_TRANSLATE_NOOP("PlanSummary", "Security plan: %1"),
    QT_TRANSLATE_NOOP("PlanSummary", "Gone through on %1"),
    QT_TRANSLATE_NOOP("PlanSummary", "No risk assessment yet."),
    QT_TRANSLATE_NOOP("PlanSummary", "Threats"),
    QT_TRANSLATE_NOOP("PlanSummary", "Vulnerabilities"),
    QT_TRANSLATE_NOOP("PlanSummary", "Capacities"),
    QT_TRANSLATE_NOOP("PlanSummary", "[hidden]"),
    QT_TRANSLATE_NOOP("PlanSummary", "%1: %2"),
    QT_TRANSLATE_NOOP("PlanSummary", "Preventive measures"),
    QT_TRANSLATE_NOOP("PlanSummary", "Emergency protocols"),
    QT_TRANSLATE_NOOP("PlanSummary", "none"),
    QT_TRANSLATE_NOOP("PlanSummary", "OVERDUE"),
    QT_TRANSLATE_NOOP("PlanSummary", "REVIEW DUE"),
    QT_TRANSLATE_NOOP("PlanSummary", ", "),
    QT_TRANSLATE_NOOP("PlanSummary", "Reduces: %1"),
)


def _words() -> PlanWording:
    return PlanWording(
        phrase=lambda text: translate("PlanSummary", text),
        field=field_label,
        vocab=vocab_text,
        title=record_title,
        rating=rating_text,
        day=isolated,
    )


def plan_text(plan: PlanSummary, *, reveal: bool) -> str:
    """The plan summary as plain text in the current language."""
    return summary_text(plan, reveal=reveal, words=_words())
