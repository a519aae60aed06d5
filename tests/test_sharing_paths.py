"""Every path x every recipient profile x every field of every kind that travels with a defender
(issue 10): one record of each kind with every field filled (text fields with markers), sent by
each path to an office and to a partner; at the recipient each field holds the sender's value
exactly when the one rule (sharing_rule.decide) gives it the full form, and each marker of a
withheld field is nowhere in the recipient's vault.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from exchange_support import Office, offices
from hrd_desk.model.fields import FieldKind, field_infos
from hrd_desk.model.records import KINDS
from hrd_desk.model.vocab import VOCABULARIES
from hrd_desk.services import colleagues, exchange, scope, sync
from hrd_desk.services.sharing_rule import Form, Profile, Purpose, RecordFacts, decide
from hrd_desk.store.queries import get_record
from hrd_desk.store.records import record_kind
from vault_support import table_dump

PATHS = ("export_defender", "export_case", "export_all", "share_sync", "export_changes")
# kinds that travel with a defender (an edition and a network contact travel only as named by
# the defender's enrolment and advocacy action: they concern no one defender)
ORDER = ("defender", "related", "case", "incident", "relocation", "checkin", "task",
         "risk_assessment", "risk_item", "security_measure", "training", "participant",
         "contact", "advocacy")
OVERRIDES: dict[str, dict[str, Any]] = {
    "defender": {"consent": "partners", "consent_date": "2026-01-05", "consent_how": "written"},
    "case": {"opened": "2025-01", "closed": None, "status": "active",
             "programme": "relocation"},
    "incident": {"occurred": "2025-02", "reported": "2025-02", "subtype": None,
                 "category": "digital", "also": ["legal"], "reported_to": ["police"]},
    "relocation": {"planned_arrival": "2025-01-10", "planned_departure": "2025-03-10",
                   "arrival": "2025-01-10", "departure": "2025-03-10", "status": "returned",
                   "visa_expires": "2025-06-01"},
    "checkin": {"due": "2025-02-01", "status": "done", "done_at": "2025-02-01"},
    "task": {"due": "2025-02-01", "relocation": None},
    "risk_assessment": {"assessed": "2025-01"},
    "risk_item": {"item_type": "threat", "level": None, "likelihood": 4, "impact": 5},
    "security_measure": {"due": "2025-02", "review": "2025-03"},
}


def _value(kind: str, name: str, made: dict[str, str]) -> Any:
    info = field_infos(KINDS[kind].cls)[name]
    if name in OVERRIDES.get(kind, {}):
        return OVERRIDES[kind][name]
    if info.kind in (FieldKind.TEXT, FieldKind.LONGTEXT):
        return f"MK{kind}{name}Q".replace("_", "")
    if info.kind == FieldKind.TEXT_LIST:
        return [f"MK{kind}{name}Q".replace("_", "")]
    if info.kind == FieldKind.ENUM:
        return VOCABULARIES[info.vocab or ""].slugs()[1]
    if info.kind == FieldKind.ENUM_LIST:
        return [VOCABULARIES[info.vocab or ""].slugs()[1]]
    if info.kind == FieldKind.DATE:
        return "2025-01"
    if info.kind == FieldKind.INT:
        return info.minimum or 1
    if info.kind == FieldKind.COUNTRY:
        return "KE"
    if info.kind == FieldKind.REF:
        return made.get(info.ref or "")
    return [made[info.ref or ""]] if info.ref in made else []


def _make(a: Office) -> dict[str, str]:
    made: dict[str, str] = {}
    for kind in ORDER:
        values = {n: _value(kind, n, made) for n in field_infos(KINDS[kind].cls)}
        made[kind] = a.work.add(kind, {k: v for k, v in values.items() if v not in (None, [])})
    return made


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path, "A", "OFFICE", "PARTNER") as made:
        a = made["A"]
        colleagues.set_colleague_kind(a.session, a.id_of(made["PARTNER"]), "partner")
        yield made


@pytest.mark.parametrize("recipient", ["office", "partner"])
@pytest.mark.parametrize("path", PATHS)
def test_every_field_of_every_kind_arrives_as_the_rule_says(
    world: dict[str, Office], tmp_path: Path, path: str, recipient: str
) -> None:
    a = world["A"]
    target = world["OFFICE" if recipient == "office" else "PARTNER"]
    colleague = a.id_of(target)
    made = _make(a)
    out = tmp_path / "out.hrdb"
    if path == "export_defender":
        exchange.export_bundle(a.session, out, to=[colleague], defenders=[made["defender"]])
    elif path == "export_case":
        exchange.export_bundle(a.session, out, to=[colleague], cases=[made["case"]])
    elif path == "export_all":
        exchange.export_bundle(a.session, out, to=[colleague], everything=True)
    else:
        scope.share(a.session, made["defender"], colleague)
        if path == "export_changes":
            assert sync.export_changes(a.session, colleague, out) is not None
        else:
            from hrd_desk.services.dropfolder import sync_folder

            sync_folder(a.session, tmp_path / "drop")
            [out] = list((tmp_path / "drop").rglob("*.hrdb"))
    exchange.import_bundle(target.session, out)
    text = repr(table_dump(target.session.conn))
    profile = Profile.PARTNER if recipient == "partner" else Profile.FULL
    # what each path selects: a case brings what is linked to it, its defender as context
    via_case = {"case", "incident", "relocation", "checkin", "task"}
    for kind, record_id in made.items():
        mine = get_record(a.session.conn, record_id, kind).fields
        if path == "export_case" and kind not in via_case | {"defender"}:
            assert record_kind(target.session.conn, record_id) is None, f"{kind} not in the case"
            continue
        purpose = (Purpose.CASE_CONTEXT if path == "export_case" and kind == "defender"
                   else Purpose.EXCHANGE)
        decision = decide(RecordFacts(kind=kind, consents=("partners",)), profile, purpose)
        assert decision.leaves
        got = get_record(target.session.conn, record_id, kind).fields
        for name, form in decision.forms.items():
            value = mine.get(name)
            if value in (None, "", []):
                continue
            if form is Form.FULL:
                assert got[name] == value, (path, recipient, kind, name)
            else:
                assert got.get(name) in (None, "", []), (path, recipient, kind, name)
                markers = value if isinstance(value, list) else [value]
                for marker in markers:
                    if isinstance(marker, str) and marker.startswith("MK"):
                        assert marker not in text, (path, recipient, kind, name)
