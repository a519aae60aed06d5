"""`hrd-desk training enrol`, and what `show` adds for the training course and the network: a
defender's trainings and advocacy, an edition's participants, a contact's advocacy actions.

The record commands of editions, participants, contacts and advocacy actions (add, show, edit,
list, delete, restore) are records.py's; these act through `desk.training` and `desk.network`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model.display import modules_text
from ..model.records import Stored
from ..model.vocab import VOCABULARIES
from ..services.desk import Desk
from ..services.validation import clean_values
from .invocation import Invocation
from .output import RefNames, format_linked, record_to_json

if TYPE_CHECKING:
    from .records import Subparsers


def cmd_enrol(inv: Invocation) -> int:
    args = inv.args
    modules = list(args.module or [])
    # refuse an unknown module before the slow unlock
    clean_values("participant", {"modules": modules}, partial=True)
    with inv.desk() as desk:
        participant = desk.training.enrol(args.id, args.defender, modules, needs=args.needs)
    inv.emit({"id": participant}, participant)
    return 0


def _modules_text(participant: Stored) -> str:
    return modules_text(participant.get("modules")) or "none yet"


def show_extra(desk: Desk, stored: Stored, *, reveal: bool,
               names: RefNames | None) -> tuple[dict[str, Any], str]:
    """(JSON keys, text) that `show` adds for a defender, an edition or a network contact."""
    data: dict[str, Any] = {}
    text = ""
    if stored.kind == "defender":
        trainings = desk.training.trainings_of(stored.id)
        advocacy = desk.network.advocacy_of(stored.id)
        data["trainings"] = [{**record_to_json(edition, reveal=reveal),
                              "participant": record_to_json(participant, reveal=reveal)}
                             for edition, participant in trainings]
        data["advocacy"] = [record_to_json(a, reveal=reveal) for a in advocacy]
        if names is not None:
            if trainings:
                text += "Trainings:\n" + "".join(
                    f"  {e.id}  {names.title('training', e.id)}; modules: {_modules_text(p)} "
                    f"[participant {p.id}]\n" for e, p in trainings)
            text += format_linked("advocacy", advocacy, names, reveal=reveal)
    elif stored.kind == "training":
        participants = desk.training.participants(stored.id)
        data["participants"] = [record_to_json(p, reveal=reveal) for p in participants]
        if names is not None and participants:
            text += "Participants:\n" + "".join(
                f"  {p.id}  {names.title('defender', str(p.get('defender')))}; modules: "
                f"{_modules_text(p)}\n" for p in participants)
    elif stored.kind == "contact":
        advocacy = desk.network.advocacy_with(stored.id)
        data["advocacy"] = [record_to_json(a, reveal=reveal) for a in advocacy]
        if names is not None:
            text += format_linked("advocacy", advocacy, names, reveal=reveal)
    return data, text


def register(actions: dict[str, Subparsers]) -> None:
    modules = ", ".join(VOCABULARIES["training_modules"].slugs())
    summary = "enrol a defender in a training edition, with the modules they attend"
    enrol = actions["training"].add_parser("enrol", help=summary, description=summary)
    enrol.add_argument("id", metavar="ID", help="id of the training edition")
    enrol.add_argument("--defender", metavar="ID", required=True, help="id of the defender")
    enrol.add_argument("--module", metavar="SLUG", action="append",
                       help=f"a module attended: one of {modules}; repeatable")
    enrol.add_argument("--needs", metavar="TEXT", help="needs noted for them (sensitive)")
    enrol.set_defaults(handler=cmd_enrol)
