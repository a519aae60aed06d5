"""`hrd-desk risk trend`, `measure done|reviewed|summary`: acting on risk and security plans.

The record commands of risk assessments, their items and measures (add, show, edit, list,
delete, restore) are records.py's (`risk`, `risk item`, `measure`); these are the actions on top,
through `desk.plans`. Today is the caseworker's local calendar day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..services.plans import Trend
from ..services.validation import clean_values
from .invocation import Invocation

if TYPE_CHECKING:
    from .records import Subparsers


def cmd_measure_done(inv: Invocation) -> int:
    measure_id = inv.args.id
    with inv.desk() as desk:
        changed = desk.plans.measure_done(measure_id)
    inv.emit({"id": measure_id, "changed": changed},
             f"measure {measure_id} " + ("in place" if changed else "was already in place"))
    return 0


def cmd_measure_reviewed(inv: Invocation) -> int:
    args = inv.args
    if args.next is not None:
        clean_values("security_measure", {"review": args.next}, partial=True)
    with inv.desk() as desk:
        changed = desk.plans.measure_reviewed(args.id, next_review=args.next)
    after = f"; next review {args.next}" if args.next else "; no next review set"
    inv.emit({"id": args.id, "changed": changed},
             f"measure {args.id} reviewed today{after}")
    return 0


def cmd_measure_summary(inv: Invocation) -> int:
    reveal = inv.args.reveal
    with inv.desk() as desk:
        plan = desk.plans.summary(inv.args.defender)
        if inv.json:
            inv.emit({
                "defender": plan.defender.id,
                "assessment": plan.assessment.id if plan.assessment else None,
                "items": [i.id for i in plan.items],
                **{group: [{"id": line.measure.id, "overdue": line.overdue,
                            "needs_review": line.needs_review,
                            "reduces": [r.id for r in line.reduces]} for line in lines]
                   for group, lines in (("preventive", plan.preventive),
                                        ("emergency", plan.emergency))},
            }, "")
        else:
            inv.emit(None, plan.text(reveal=reveal))
    return 0


def trend_json(trend: Trend) -> dict[str, Any]:
    return {"assessments": [{"id": p.assessment, "assessed": p.assessed, "level": p.level}
                            for p in trend.points],
            "incidents": {m: trend.incidents.get(m, {}) for m in trend.months}}


def trend_text(trend: Trend) -> str:
    """Month by month: the incidents logged, and the level assessed that month if any."""
    levels: dict[str, list[str]] = {}
    for point in trend.points:
        levels.setdefault(point.day[:7], []).append(point.level)
    lines = ["Month    Incidents  Assessed level"]
    for month in trend.months:
        count = trend.incident_count(month)
        bar = "#" * min(count, 40)
        lines.append(f"{month}  {count:>9}  {', '.join(levels.get(month, [])):<14} {bar}"
                     .rstrip())
    if not trend.points:
        lines.append("(no risk assessment yet)")
    return "\n".join(lines) + "\n"


def cmd_risk_trend(inv: Invocation) -> int:
    with inv.desk() as desk:
        trend = desk.plans.trend(inv.args.defender)
    if inv.json:
        inv.emit(trend_json(trend), "")
    else:
        inv.emit(None, trend_text(trend))
    return 0


def register(actions: dict[str, Subparsers]) -> None:
    summary = "the measure is in place"
    done = actions["security_measure"].add_parser("done", help=summary, description=summary)
    done.add_argument("id", metavar="ID", help="id of the measure")
    done.set_defaults(handler=cmd_measure_done)

    summary = "record that a measure was reviewed today, and when to review it next"
    reviewed = actions["security_measure"].add_parser("reviewed", help=summary,
                                                      description=summary)
    reviewed.add_argument("id", metavar="ID", help="id of the measure")
    reviewed.add_argument("--next", metavar="DATE", help="the next review (default: none)")
    reviewed.set_defaults(handler=cmd_measure_reviewed)

    summary = ("the plan summary to go through with the defender: the latest assessment and "
               "its items, then the measures with what they reduce")
    plan = actions["security_measure"].add_parser("summary", help=summary, description=summary)
    plan.add_argument("--defender", metavar="ID", required=True, help="id of the defender")
    plan.add_argument("--reveal", action="store_true",
                      help="include the threats, reasoning and how measures work (sensitive)")
    plan.set_defaults(handler=cmd_measure_summary)

    summary = ("a defender's assessed levels over time beside the incidents logged each month "
               "(from a year before the first assessment)")
    trend = actions["risk_assessment"].add_parser("trend", help=summary, description=summary)
    trend.add_argument("--defender", metavar="ID", required=True, help="id of the defender")
    trend.set_defaults(handler=cmd_risk_trend)
