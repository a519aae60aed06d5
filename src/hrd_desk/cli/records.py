"""`hrd-desk defender|related|incident|case|relocation|checkin|task|training|participant|contact|
advocacy ...`: the record commands.

Options are derived from the model's field metadata (one option per field, named after it unless
the CLI contract gives it a shorter name), so a field added to the model is scriptable at once and
validation, labels and sensitivity have one source. Values are checked with the same
`clean_values` the store uses before the passphrase is asked, so a typo costs no unlock.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import InvalidValue, UsageError
from ..model.dates import DateFormatError, PartialDate, parse_date
from ..model.fields import LIST_KINDS, FieldInfo, FieldKind, field_infos
from ..model.outside import visible
from ..model.records import KINDS, Stored
from ..model.vocab import VOCABULARIES
from ..services.casework import RecordFilter
from ..services.dashboard import local_today
from ..services.planning import OPEN_STATUSES
from ..services.validation import clean_values
from .invocation import Invocation
from .network import show_extra
from .output import (
    INT_VOCABULARIES,
    RefNames,
    format_linked,
    format_record,
    format_table,
    record_to_json,
)

Handler = Callable[[Invocation], int]
if TYPE_CHECKING:  # generic only to type checkers
    Subparsers = argparse._SubParsersAction[Any]

RECORD_KINDS = ("defender", "related", "incident", "case", "relocation", "checkin", "task",
                "risk_assessment", "security_measure", "training", "participant", "contact",
                "advocacy")
# The command of a kind whose CLI name differs from the kind's (`hrd-desk risk add`); a risk
# assessment's items are `hrd-desk risk item ...` (SUBKINDS).
COMMAND_NAMES = {"risk_assessment": "risk", "security_measure": "measure"}
SUBKINDS = {"risk_assessment": ("risk_item", "item")}
# A link given as the first argument of `add` instead of an option (`risk item add RISK_ID`).
POSITIONAL = {("risk_item", "assessment"): "RISK_ID"}
# Required fields the command line may leave out: the command fills them in (today's date).
FILLED_IN = {("risk_assessment", "assessed")}

# Where the CLI contract names an option differently from the field it sets.
OPTION_NAMES: dict[tuple[str, str], str] = {
    ("defender", "field_of_work"): "--field",
    ("defender", "languages"): "--language",
    ("incident", "defenders"): "--defender",
    ("incident", "targets"): "--target",
    ("incident", "location"): "--where",
    ("relocation", "host_city"): "--city",
    ("relocation", "planned_arrival"): "--arrival",
    ("relocation", "planned_departure"): "--departure",
    ("relocation", "arrival"): "--arrived",
    ("relocation", "departure"): "--left",
    ("checkin", "done_at"): "--done-on",
    ("task", "assignee"): "--for",
    ("risk_assessment", "assessed"): "--date",
    ("risk_assessment", "assessor"): "--by",
    ("risk_item", "item_type"): "--type",
    ("risk_item", "incidents"): "--incident",
    ("security_measure", "group"): "--type",
    ("training", "starts"): "--from",
    ("training", "ends"): "--to",
    ("participant", "modules"): "--module",
    ("contact", "contact_type"): "--kind",
    ("advocacy", "contacts"): "--contact",
    ("advocacy", "defenders"): "--defender",
    ("advocacy", "incidents"): "--incident",
}

# Filters each `list` offers (beyond --deleted, --reveal, --limit, --offset).
LIST_FILTERS: dict[str, tuple[str, ...]] = {
    "defender": ("country",),
    "related": ("defender",),
    "incident": ("defender", "category", "country", "status", "from", "to"),
    "case": ("defender", "status", "from", "to"),
    "relocation": ("defender", "status", "from", "to"),
    "checkin": ("relocation", "open"),
    "task": ("defender", "status", "open", "overdue"),
    "risk_assessment": ("defender", "from", "to"),
    "risk_item": ("risk",),
    "security_measure": ("defender", "status", "due"),
    "training": ("from", "to"),
    "participant": ("defender", "training"),
    "contact": ("kind", "city"),
    "advocacy": ("defender", "contact", "from", "to"),
}

_KIND_HELP = {
    "defender": "human rights defenders",
    "related": "people related to a defender (family, colleagues, lawyer)",
    "incident": "the threat log",
    "case": "cases (engagements in a programme)",
    "relocation": "relocation stays in a host city",
    "checkin": "scheduled contacts with a defender during and after a stay",
    "task": "anything with a due date",
    "risk_assessment": "risk assessments of a defender (level, reasoning; items: `risk item`)",
    "risk_item": "threats, vulnerabilities and capacities of a risk assessment, rated",
    "security_measure": "a defender's security plan: preventive measures and emergency "
                        "protocols",
    "training": "editions of the training course (`training enrol` adds a participant)",
    "participant": "defenders enrolled in a training edition: modules attended, needs noted",
    "contact": "network contacts: embassies, EU institutions, UN mechanisms, NGOs, journalists, "
               "lawyers",
    "advocacy": "advocacy actions: meetings, letters, urgent appeals with network contacts",
}


def option_name(kind: str, name: str) -> str:
    return OPTION_NAMES.get((kind, name), "--" + name.replace("_", "-"))


_METAVARS = {
    FieldKind.DATE: "DATE", FieldKind.COUNTRY: "CC", FieldKind.INT: "N", FieldKind.ENUM: "SLUG",
    FieldKind.ENUM_LIST: "SLUG", FieldKind.REF: "ID", FieldKind.REF_LIST: "ID",
}


def _field_help(name: str, info: FieldInfo) -> str:
    parts = [info.label]
    if name in INT_VOCABULARIES:
        vocab = VOCABULARIES[INT_VOCABULARIES[name]]
        parts.append("; ".join(t.label for t in vocab.terms))
    elif info.kind == FieldKind.DATE:
        parts.append("YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, A..B or about YYYY")
    elif info.kind == FieldKind.COUNTRY:
        parts.append("two-letter ISO code")
    elif info.kind == FieldKind.INT and info.minimum is not None:
        parts.append(f"{info.minimum}-{info.maximum}")
    elif info.vocab:
        parts.append("one of " + ", ".join(VOCABULARIES[info.vocab].slugs()))
    elif info.ref:
        parts.append(f"id of a {KINDS[info.ref].label}")
    if info.kind in LIST_KINDS:
        parts.append("repeatable")
    if info.default is not None:
        parts.append(f"default {info.default}")
    if info.sensitive:
        parts.append("sensitive")
    return "; ".join(parts).replace("%", "%%")


def _add_field_options(parser: argparse.ArgumentParser, kind: str, *, creating: bool) -> None:
    for name, info in field_infos(KINDS[kind].cls).items():
        if (kind, name) in POSITIONAL:
            if creating:
                parser.add_argument(f"field_{name}", metavar=POSITIONAL[(kind, name)],
                                    help=_field_help(name, info))
            continue  # not changed by edit: moving an item is a new item
        option = option_name(kind, name)
        parser.add_argument(
            option,
            dest=f"field_{name}",
            action="append" if info.kind in LIST_KINDS else "store",
            required=(creating and info.required and info.default is None
                      and (kind, name) not in FILLED_IN),
            metavar=_METAVARS.get(info.kind, "TEXT"),
            help=_field_help(name, info),
        )


def _field_values(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    """The fields the command line set (an empty value clears a field on edit)."""
    values: dict[str, Any] = {}
    for name in field_infos(KINDS[kind].cls):
        value = getattr(args, f"field_{name}", None)
        if value is not None:
            values[name] = value
    return values


def command_of(kind: str) -> str:
    """The command words of a kind: `risk`, `risk item`, `measure`, `task`."""
    for owner, (sub, word) in SUBKINDS.items():
        if sub == kind:
            return f"{command_of(owner)} {word}"
    return COMMAND_NAMES.get(kind, kind)


def _label(kind: str) -> str:
    return KINDS[kind].label


def _a(kind: str) -> str:
    label = KINDS[kind].label
    return ("an " if label[0] in "aeiou" else "a ") + label


# -- handlers --------------------------------------------------------------------------------


def cmd_add(kind: str, inv: Invocation) -> int:
    values = _field_values(kind, inv.args)
    for filled_kind, name in FILLED_IN:
        if filled_kind == kind and name not in values:
            values[name] = local_today().isoformat()
    clean_values(kind, values, partial=False)  # refuse bad values before the slow unlock
    with inv.desk() as desk:
        work = desk.records
        record_id = work.add(kind, values)
    inv.emit({"id": record_id}, record_id)
    return 0


def cmd_edit(kind: str, inv: Invocation) -> int:
    values = _field_values(kind, inv.args)
    if not values:
        raise UsageError(f"{kind} edit: give at least one field to change (see --help)")
    clean_values(kind, values, partial=True)
    record_id = inv.args.id
    with inv.desk() as desk:
        work = desk.records
        changed = work.edit(kind, record_id, values)
    human = f"{_label(kind)} {record_id} " + ("updated" if changed else "unchanged")
    inv.emit({"id": record_id, "changed": changed}, human)
    return 0


def cmd_delete(kind: str, inv: Invocation) -> int:
    record_id = inv.args.id
    with inv.desk() as desk:
        work = desk.records
        changed = work.delete(kind, record_id)
    human = (
        f"{_label(kind)} {record_id} deleted: "
        f"`hrd-desk {command_of(kind)} restore {record_id}` brings it back"
        if changed
        else f"{_label(kind)} {record_id} was already deleted"
    )
    inv.emit({"id": record_id, "changed": changed}, human)
    return 0


def cmd_restore(kind: str, inv: Invocation) -> int:
    record_id = inv.args.id
    with inv.desk() as desk:
        work = desk.records
        changed = work.restore(kind, record_id)
    human = f"{_label(kind)} {record_id} " + ("restored" if changed else "was not deleted")
    inv.emit({"id": record_id, "changed": changed}, human)
    return 0


def cmd_show(kind: str, inv: Invocation) -> int:
    reveal = inv.args.reveal
    with inv.desk() as desk:
        work = desk.records
        stored = work.get(kind, inv.args.id)
        received = work.received(stored.id)
        planning = desk.planning
        related: dict[str, list[Stored]] = {}
        if kind == "defender":
            related = {"relocations": planning.stays_of(stored.id),
                       "tasks": planning.tasks_of(stored.id),
                       "risk_assessments": desk.plans.assessments_of(stored.id),
                       "measures": desk.plans.measures_of(stored.id)}
        elif kind == "risk_assessment":
            related = {"items": desk.plans.items_of(stored.id)}
        warnings = planning.warnings(stored) if kind == "relocation" else []
        limits = work.consent_limits(stored.id) if kind == "defender" else []
        names = None if inv.json else RefNames(work, reveal=reveal)
        extra, extra_text = show_extra(desk, stored, reveal=reveal, names=names)
        if inv.json:
            data = {**record_to_json(stored, reveal=reveal), "received": received}
            if kind == "defender":
                data["consent_limits"] = [
                    {"colleague": x.colleague_id, "name": x.colleague, "level": x.level,
                     "made_at_ms": x.made_at_ms} for x in limits]
            data.update({key: [record_to_json(r, reveal=reveal) for r in records]
                         for key, records in related.items()})
            data.update(extra)
            if kind == "relocation":
                data["warnings"] = warnings
            inv.emit(data, "")
        else:
            assert names is not None
            text = format_record(stored, names, reveal=reveal, received=received)
            text += "".join(f"  Warning: {w}\n" for w in warnings)
            text += "".join(
                f"  Consent limit: {visible(x.colleague)} lowered it to '{x.level}' (a signed "
                "consent notice): nothing about them leaves this vault beyond that\n"
                for x in limits)
            for key, records in related.items():
                text += format_linked(key.replace("_", " "), records, names, reveal=reveal)
            inv.emit(None, text + extra_text)
    return 0


def _filter_value(kind: str, name: str, value: str) -> Any:
    """A filter value checked exactly as the field's own values are (vocabulary, country)."""
    return clean_values(kind, {name: value}, partial=True)[name]


def _filter_date(option: str, text: str) -> PartialDate:
    try:
        return parse_date(text)
    except DateFormatError as exc:
        raise InvalidValue(option, str(exc)) from None


def build_filter(kind: str, args: argparse.Namespace) -> RecordFilter:
    flt = RecordFilter(deleted=args.deleted)
    if getattr(args, "category", None) is not None:
        flt.category = _filter_value("incident", "category", args.category)
    if getattr(args, "country", None) is not None:
        flt.country = _filter_value(kind, "country", args.country)
    if getattr(args, "contact_type", None) is not None:
        flt.equals["contact_type"] = _filter_value(kind, "contact_type", args.contact_type)
    if getattr(args, "city", None) is not None:
        flt.equals["city"] = args.city
    if getattr(args, "status", None):
        flt.status = [_filter_value(kind, "status", s) for s in args.status]
    if getattr(args, "date_from", None) is not None:
        flt.date_from = _filter_date("from", args.date_from).first
    if getattr(args, "date_to", None) is not None:
        flt.date_to = _filter_date("to", args.date_to).last
    if getattr(args, "open", False):
        flt.status = sorted(OPEN_STATUSES[kind])
    if flt.date_from and flt.date_to and flt.date_to < flt.date_from:
        raise InvalidValue("to", "the period ends before it starts")
    return flt


def cmd_list(kind: str, inv: Invocation) -> int:
    args = inv.args
    flt = build_filter(kind, args)
    reveal = args.reveal
    with inv.desk() as desk:
        work = desk.records
        if getattr(args, "defender", None) is not None:
            work.get("defender", args.defender)  # an unknown id is refused, not an empty list
            flt.defender = args.defender
        if getattr(args, "relocation", None) is not None:
            work.get("relocation", args.relocation)
            flt.equals["relocation"] = args.relocation
        if getattr(args, "training", None) is not None:
            work.get("training", args.training)
            flt.equals["training"] = args.training
        if getattr(args, "contact", None) is not None:
            work.get("contact", args.contact)
            flt.links["contacts"] = args.contact
        if getattr(args, "risk", None) is not None:
            work.get("risk_assessment", args.risk)
            flt.equals["assessment"] = args.risk
        if getattr(args, "due", False):
            if flt.deleted:
                raise UsageError("measure list: --due lists live measures, not deleted ones")
            plans = desk.plans
            records = [m for m in work.list(kind, flt)
                       if plans.is_overdue(m) or plans.needs_review(m)]
            records = records[args.offset:None if args.limit is None
                              else args.offset + args.limit]
        elif getattr(args, "overdue", False):
            if flt.deleted:
                raise UsageError("task list: --overdue lists open tasks, not deleted ones")
            records = desk.planning.tasks(overdue_only=True, limit=args.limit,
                                          offset=args.offset)
        else:
            records = work.list(kind, flt, limit=args.limit, offset=args.offset)
        if inv.json:
            inv.emit([record_to_json(r, reveal=reveal) for r in records], "")
        else:
            names = RefNames(work, reveal=reveal)
            inv.emit(None, format_table(kind, records, names, reveal=reveal))
    return 0


# -- parsers ---------------------------------------------------------------------------------


def _non_negative(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return number


def _add_filter_options(parser: argparse.ArgumentParser, kind: str) -> None:
    filters = LIST_FILTERS[kind]
    if "defender" in filters:
        parser.add_argument("--defender", metavar="ID", help="only records of this defender")
    if "relocation" in filters:
        parser.add_argument("--relocation", metavar="ID", help="only those of this stay")
    if "risk" in filters:
        parser.add_argument("--risk", metavar="ID", help="only those of this risk assessment")
    if "due" in filters:
        parser.add_argument("--due", action="store_true",
                            help="only planned measures past their due date and measures whose "
                            "review date has come (your local date)")
    if "training" in filters:
        parser.add_argument("--training", metavar="ID", help="only those of this edition")
    if "contact" in filters:
        parser.add_argument("--contact", metavar="ID",
                            help="only those this network contact was involved in")
    if "kind" in filters:
        kinds = ", ".join(VOCABULARIES["contact_types"].slugs())
        parser.add_argument("--kind", dest="contact_type", metavar="SLUG",
                            help=f"one of {kinds}")
    if "city" in filters:
        parser.add_argument("--city", metavar="TEXT", help="only contacts in this city (exact)")
    if "open" in filters:
        open_ones = ", ".join(sorted(OPEN_STATUSES[kind]))
        parser.add_argument("--open", action="store_true",
                            help=f"only open ones ({open_ones})")
    if "overdue" in filters:
        parser.add_argument("--overdue", action="store_true",
                            help="only open tasks due before today (your local date)")
    if "category" in filters:
        parser.add_argument("--category", metavar="SLUG",
                            help="primary or further threat category")
    if "country" in filters:
        parser.add_argument("--country", metavar="CC", help="two-letter country code")
    if "status" in filters:
        slugs = VOCABULARIES[field_infos(KINDS[kind].cls)["status"].vocab or ""].slugs()
        parser.add_argument("--status", metavar="S", action="append",
                            help="one of " + ", ".join(slugs) + "; repeatable (any of them)")
    if "from" in filters:
        parser.add_argument("--from", dest="date_from", metavar="DATE",
                            help="only those whose date may fall on or after DATE")
        parser.add_argument("--to", dest="date_to", metavar="DATE",
                            help="only those whose date may fall on or before DATE")
    parser.add_argument("--deleted", action="store_true",
                        help="list deleted records instead (the Deleted view)")
    parser.add_argument("--reveal", action="store_true", help="include sensitive fields")
    parser.add_argument("--limit", type=_non_negative, metavar="N", help="at most N records")
    parser.add_argument("--offset", type=_non_negative, default=0, metavar="N",
                        help="skip the first N records")


def _register_kind(commands: Subparsers, kind: str, word: str | None = None) -> Subparsers:
    label = _label(kind)
    group = commands.add_parser(word or COMMAND_NAMES.get(kind, kind), help=_KIND_HELP[kind],
                                description=_KIND_HELP[kind])
    actions: Subparsers = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, handler: Callable[[str, Invocation], int], summary: str,
               with_id: bool = True) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(
            name, help=summary, description=summary
        )
        if with_id:
            parser.add_argument("id", metavar="ID", help=f"id of the {label}")
        handle: Handler = functools.partial(handler, kind)
        parser.set_defaults(handler=handle)
        return parser

    add = action("add", cmd_add, f"create {_a(kind)} and print its id", with_id=False)
    _add_field_options(add, kind, creating=True)
    show = action("show", cmd_show, f"show one {label}")
    show.add_argument("--reveal", action="store_true", help="include sensitive fields")
    edit = action("edit", cmd_edit, f"change fields of {_a(kind)} (an empty value clears one)")
    _add_field_options(edit, kind, creating=False)
    listing = action("list", cmd_list, f"list {label} records", with_id=False)
    _add_filter_options(listing, kind)
    action("delete", cmd_delete, f"move {_a(kind)} to the Deleted view")
    action("restore", cmd_restore, f"bring back a deleted {label}")
    return actions


def register(commands: Subparsers) -> dict[str, Subparsers]:
    """The record commands; returns each kind's actions, for commands acting on a kind."""
    actions = {kind: _register_kind(commands, kind) for kind in RECORD_KINDS}
    for owner, (sub, word) in SUBKINDS.items():
        actions[sub] = _register_kind(actions[owner], sub, word)
    return actions
