"""The security plan summary in the user's language (issue 18): services/plans.PlanSummary holds
the facts (the latest assessment, its items, the measures with their flags); this words them as
services/plans.summary_text does in English for the CLI, in the same order, with the same
hiding: sensitive fields and fields marked sensitive read "[hidden]" unless revealed."""

from __future__ import annotations

from typing import Any

from ..model.display import defender_title
from ..model.fields import field_infos
from ..model.records import KINDS, Stored
from ..services.plan_rules import FIVE_QUESTIONS
from ..services.plans import ITEM_TYPES, PlanSummary
from .i18n import QT_TRANSLATE_NOOP, field_label, isolated, translate, vocab_text
from .record_titles import rating_text, record_title

HEADINGS = {"threat": QT_TRANSLATE_NOOP("PlanSummary", "Threats"),
            "vulnerability": QT_TRANSLATE_NOOP("PlanSummary", "Vulnerabilities"),
            "capacity": QT_TRANSLATE_NOOP("PlanSummary", "Capacities")}


def _value(kind: str, name: str, value: Any) -> str:
    info = field_infos(KINDS[kind].cls)[name]
    if info.vocab and value:
        return vocab_text(info.vocab, str(value))
    return str(value)


def plan_text(plan: PlanSummary, *, reveal: bool) -> str:
    """The plan summary as plain text, in the order a caseworker goes through it."""
    hidden_word = translate("PlanSummary", "[hidden]")

    def field_line(kind: str, record: Stored, name: str, indent: str) -> str | None:
        value = record.get(name)
        if value in (None, "", []):
            return None
        info = field_infos(KINDS[kind].cls)[name]
        hidden = info.sensitive or name in record.extra.get("marked", ())
        shown = _value(kind, name, value) if reveal or not hidden else hidden_word
        return indent + translate("PlanSummary", "%1: %2").replace(
            "%1", field_label(info)).replace("%2", shown)

    out = [translate("PlanSummary", "Security plan: %1").replace(
               "%1", defender_title(plan.defender.fields)),
           translate("PlanSummary", "Gone through on %1").replace(
               "%1", isolated(plan.day.isoformat())), ""]
    if plan.assessment is None:
        out.append(translate("PlanSummary", "No risk assessment yet."))
    else:
        assessment = plan.assessment
        out.append(record_title(assessment))
        for name in ("assessor", "summary"):
            line = field_line("risk_assessment", assessment, name, "  ")
            if line:
                out.append(line)
        for kind in ITEM_TYPES:
            chosen = [i for i in plan.items if i.get("item_type") == kind]
            if not chosen:
                continue
            out += ["", translate("PlanSummary", HEADINGS[kind])]
            for item in chosen:
                text = str(item.get("text")) if reveal else hidden_word
                rating = rating_text(item.fields)
                out.append(f"  - {text}" + (f" ({rating})" if rating else ""))
                if kind == "threat":
                    for name in FIVE_QUESTIONS:
                        line = field_line("risk_item", item, name, "      ")
                        if line:
                            out.append(line)
    for group, lines in ((translate("PlanSummary", "Preventive measures"), plan.preventive),
                         (translate("PlanSummary", "Emergency protocols"), plan.emergency)):
        out += ["", group]
        if not lines:
            out.append("  " + translate("PlanSummary", "none"))
        for plan_line in lines:
            measure = plan_line.measure
            flags = [_value("security_measure", "status", measure.get("status"))]
            if plan_line.overdue:
                flags.append(translate("PlanSummary", "OVERDUE"))
            if plan_line.needs_review:
                flags.append(translate("PlanSummary", "REVIEW DUE"))
            title = measure.get("title") if reveal or "title" not in measure.extra.get(
                "marked", ()) else hidden_word
            joined = translate("PlanSummary", ", ").join(flags)
            out.append(f"  [ ] {title} ({joined})")
            for name in ("owner", "due", "review", "details"):
                text_line = field_line("security_measure", measure, name, "      ")
                if text_line:
                    out.append(text_line)
            if plan_line.reduces:
                out.append("      " + translate("PlanSummary", "Reduces: %1").replace(
                    "%1", "; ".join(record_title(r) for r in plan_line.reduces)))
    return "\n".join(out) + "\n"
