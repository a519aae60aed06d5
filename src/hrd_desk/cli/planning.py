"""`hrd-desk task done`, `checkin done|missed` and `dashboard`: acting on what is due.

The record commands of stays, check-ins and tasks (add, show, edit, list, delete, restore) are
records.py's; these are the actions on top, through `desk.planning`. Today is the caseworker's
local calendar day.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..model.vocab import VOCABULARIES
from ..services.dashboard import Dashboard, Item, StayInProgress
from ..services.validation import clean_values
from .invocation import Invocation

if TYPE_CHECKING:
    from .records import Subparsers


def cmd_task_done(inv: Invocation) -> int:
    task_id = inv.args.id
    with inv.desk() as desk:
        changed = desk.planning.task_done(task_id)
    inv.emit({"id": task_id, "changed": changed},
             f"task {task_id} " + ("done" if changed else "was already done"))
    return 0


def cmd_checkin_done(inv: Invocation) -> int:
    args = inv.args
    # refuse a bad method or date before the slow unlock
    clean_values("checkin", {k: v for k, v in (("how", args.how), ("done_at", args.on))
                             if v is not None}, partial=True)
    with inv.desk() as desk:
        changed = desk.planning.checkin_done(args.id, on=args.on, how=args.how, note=args.note,
                                             concern=args.concern, incident=args.incident)
    inv.emit({"id": args.id, "changed": changed},
             f"check-in {args.id} " + ("recorded as done" if changed else "unchanged"))
    return 0


def cmd_checkin_missed(inv: Invocation) -> int:
    checkin_id = inv.args.id
    with inv.desk() as desk:
        changed = desk.planning.checkin_missed(checkin_id)
    inv.emit({"id": checkin_id, "changed": changed},
             f"check-in {checkin_id} " + ("recorded as missed" if changed
                                          else "was already missed"))
    return 0


_WHAT = {"visa": "Visa expires", "arrival": "Arrival", "departure": "Departure",
         "measure": "Measure due", "review": "Review measure"}


def item_title(item: Item) -> str:
    """A start screen line's title in English ("Missed check-in with Blue Heron", "Visa
    expires: Blue Heron", "Measure due: Panic button"); the GUI words the same facts in the
    user's language (ui/pages/start.py)."""
    if item.kind == "task":
        return item.subject or "Task"
    if item.kind == "checkin":
        what = "Missed check-in" if item.missed else "Check-in"
        return f"{what} with {item.subject}" if item.subject else what
    what = _WHAT[item.kind]
    return f"{what}: {item.subject}" if item.subject else what


def _item_json(item: Item) -> dict[str, Any]:
    return {"id": item.id, "kind": item.kind, "due": item.due, "title": item_title(item),
            "about": item.about}


def _stay_json(stay: StayInProgress, reveal: bool) -> dict[str, Any]:
    """A stay in progress; its host city (sensitive) only with --reveal."""
    data: dict[str, Any] = {"id": stay.id, "defender": stay.defender, "title": stay.title}
    if reveal:
        data["host_city"] = stay.host_city
    data.update(arrival=stay.arrival, departure=stay.departure, days_left=stay.days_left)
    return data


def dashboard_json(board: Dashboard, *, reveal: bool = False) -> dict[str, Any]:
    return {
        "date": board.day.isoformat(),
        "overdue": [_item_json(i) for i in board.overdue],
        "today": [_item_json(i) for i in board.today],
        "week": [_item_json(i) for i in board.week],
        "escalating": [{"defender": e.defender, "title": e.title, "recent": e.recent,
                        "before": e.before, "recent_severity": e.recent_severity,
                        "before_severity": e.before_severity} for e in board.escalating],
        "open_incidents_by_category": dict(board.open_incidents_by_category),
        "in_stay": [_stay_json(s, reveal) for s in board.in_stay],
    }


def _items_text(heading: str, items: Sequence[Item]) -> list[str]:
    lines = [f"{heading} ({len(items)})"]
    lines.extend(f"  {i.due:<16}  {item_title(i)}  [{i.kind} {i.id}]" for i in items)
    return lines


def dashboard_text(board: Dashboard, *, reveal: bool = False) -> str:
    categories = VOCABULARIES["threat_categories"]
    lines = [f"As of {board.day.isoformat()}"]
    lines += _items_text("Overdue", board.overdue)
    lines += _items_text("Today", board.today)
    lines += _items_text("This week", board.week)
    lines.append(f"Escalating (last 30 days against the 90 before) ({len(board.escalating)})")
    lines.extend(f"  {e.title}: {e.recent} against {e.before} incidents, highest severity "
                 f"{e.recent_severity or '-'} against {e.before_severity or '-'} "
                 f"[defender {e.defender}]" for e in board.escalating)
    total = sum(board.open_incidents_by_category.values())
    lines.append(f"Open incidents by category ({total})")
    lines.extend(f"  {categories.label(c)}: {n}"
                 for c, n in board.open_incidents_by_category.items())
    lines.append(f"In stay ({len(board.in_stay)})")
    lines.extend(f"  {s.title}{f' in {s.host_city}' if reveal and s.host_city else ''}, "
                 f"until {s.departure or '?'} "
                 f"({s.days_left if s.days_left is not None else '?'} days left) "
                 f"[relocation {s.id}]" for s in board.in_stay)
    return "\n".join(lines) + "\n"


def cmd_dashboard(inv: Invocation) -> int:
    with inv.desk() as desk:
        board = desk.planning.dashboard()
        if inv.json:
            inv.emit(dashboard_json(board, reveal=inv.args.reveal), "")
        else:
            inv.emit(None, dashboard_text(board, reveal=inv.args.reveal))
    return 0


def register(commands: Subparsers, actions: dict[str, Subparsers]) -> None:
    done = actions["task"].add_parser("done", help="record a task as done",
                                      description="record a task as done")
    done.add_argument("id", metavar="ID", help="id of the task")
    done.set_defaults(handler=cmd_task_done)

    how = ", ".join(VOCABULARIES["checkin_methods"].slugs())
    summary = "record a check-in as done (today unless --on)"
    checkin = actions["checkin"].add_parser("done", help=summary, description=summary)
    checkin.add_argument("id", metavar="ID", help="id of the check-in")
    checkin.add_argument("--on", metavar="DATE", help="when it was done (default: today)")
    checkin.add_argument("--how", metavar="SLUG", help=f"one of {how}")
    checkin.add_argument("--note", metavar="TEXT", help="a short note")
    checkin.add_argument("--concern", action="store_true",
                         help="something worrying was raised")
    checkin.add_argument("--incident", metavar="ID", help="the incident it led to")
    checkin.set_defaults(handler=cmd_checkin_done)

    summary = "record a check-in as missed (it stays open until someone acts on it)"
    missed = actions["checkin"].add_parser("missed", help=summary, description=summary)
    missed.add_argument("id", metavar="ID", help="id of the check-in")
    missed.set_defaults(handler=cmd_checkin_missed)

    summary = ("the start screen: overdue, today, this week, escalating defenders, open "
               "incidents by category, stays in progress")
    board = commands.add_parser("dashboard", help=summary, description=summary)
    board.add_argument("--reveal", action="store_true",
                       help="include the host cities of stays in progress (sensitive)")
    board.set_defaults(handler=cmd_dashboard)
