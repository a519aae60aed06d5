"""Casework use cases: add, edit, delete, restore, purge, show and list records.

The CLI and the GUI both call these; nothing here knows about terminals or widgets. Every method
validates first (InvalidValue naming the field, NotFound for unknown ids) and then makes one
transaction, so bad input changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import InvalidValue, NotFound
from ..model.fields import FieldKind, field_infos
from ..model.records import KINDS, Stored
from ..model.vocab import THREAT_SUBTYPES
from ..store import attachments as attachment_store
from ..store import sharing as sharing_store
from ..store.audit import append_event
from ..store.dbapi import checkpoint, transaction
from ..store.queries import (
    TASK_ABOUT_DEFENDER,
    ListQuery,
    count_records,
    first_received,
    get_many,
    get_record,
    list_records,
    live_ids_where_text,
)
from ..store.records import record_kind
from . import consent_notices, network_rules, plan_rules, stay_rules
from .consent_notices import ConsentLimit
from .session import Session
from .sharing_rule import CONSENT_FIELDS, markable_fields, missing_consent_facts
from .validation import clean_values

_COUNTRY_WITH_FALLBACK = (
    "t.country = ? OR (t.country IS NULL AND EXISTS ("
    "SELECT 1 FROM record_refs r JOIN defenders d ON d.id = r.value "
    "WHERE r.field = 'incident.defenders' AND r.record_id = t.id AND d.country = ?))"
)


@dataclass
class RecordFilter:
    """What a list may be narrowed by; fields that do not apply to a kind are refused."""

    defender: str | None = None
    category: str | None = None
    country: str | None = None
    status: Sequence[str] = ()
    date_from: date | None = None
    date_to: date | None = None
    ends_before: date | None = None  # the kind's date certainly over before this day (overdue)
    equals: dict[str, Any] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)  # a link (list) field holds this id
    deleted: bool = False


_PLANNING = frozenset({"relocation", "checkin", "task", "training", "participant", "risk_item",
                       "security_measure"})
_DATE_FIELD = {"incident": "occurred", "case": "opened", "task": "due",
               "relocation": "planned_arrival", "checkin": "due",
               "risk_assessment": "assessed", "training": "starts", "advocacy": "date",
               "security_measure": "due"}
# kind -> (column, descending) when the caller does not say
_DEFAULT_ORDER = {
    "incident": ("occurred_order", True),
    "defender": ("name", False),
    "task": ("due_order", False),
    "checkin": ("due_order", False),
    "relocation": ("planned_arrival_order", True),
    "training": ("starts_order", True),
    "advocacy": ("date_order", True),
    "contact": ("name", False),
    "risk_assessment": ("assessed_order", True),
    "security_measure": ("due_order", False),
}


def record_query(
    kind: str,
    flt: RecordFilter | None = None,
    *,
    order_by: str | None = None,
    descending: bool = True,
    limit: int | None = None,
    offset: int = 0,
    ranks: Mapping[str, int] | None = None,
) -> ListQuery:
    """The SQL query for a filtered page of one kind (lists, counts, and search's filters);
    `ranks` orders `order_by`'s values by their place in it (store.queries.ListQuery).

    A filter that cannot apply to the kind (a category for a defender) raises InvalidValue.
    """
    if kind not in KINDS:
        raise InvalidValue("kind", f"{kind!r} is not a kind of record")
    flt = flt or RecordFilter()
    infos = field_infos(KINDS[kind].cls)
    if order_by is None:
        order_by, descending = _DEFAULT_ORDER.get(kind, ("updated", True))
    q = ListQuery(kind, equals=dict(flt.equals), deleted=flt.deleted, order_by=order_by,
                  descending=descending, limit=limit, offset=offset, order_ranks=ranks)
    for name, value in flt.links.items():
        if infos.get(name) is None or infos[name].kind not in (FieldKind.REF,
                                                                FieldKind.REF_LIST):
            raise InvalidValue(name, f"a {KINDS[kind].label} has no link {name!r}")
        q.refs[name] = value
    if flt.defender:
        if "defenders" in infos:
            q.refs["defenders"] = flt.defender
        elif kind == "task":
            q.extra.append((TASK_ABOUT_DEFENDER, (flt.defender,) * 3))
        elif "defender" in infos:
            q.equals["defender"] = flt.defender
        else:
            raise InvalidValue("defender", f"a {KINDS[kind].label} has no defender")
    if flt.category:
        if kind != "incident":
            raise InvalidValue("category", "only incidents have a category")
        q.refs["categories"] = flt.category
    if flt.country:
        if "country" not in infos:
            raise InvalidValue("country", f"a {KINDS[kind].label} has no country")
        if kind == "incident":
            q.extra.append((_COUNTRY_WITH_FALLBACK, (flt.country, flt.country)))
        else:
            q.equals["country"] = flt.country
    if flt.status:
        if "status" not in infos:
            raise InvalidValue("status", f"a {KINDS[kind].label} has no status")
        q.any_of["status"] = list(flt.status)
    if flt.date_from or flt.date_to:
        if kind not in _DATE_FIELD:
            raise InvalidValue("date", f"a {KINDS[kind].label} has no date to filter on")
        q.date_field = _DATE_FIELD[kind]
        q.date_from, q.date_to = flt.date_from, flt.date_to
    if flt.ends_before:
        if kind not in _DATE_FIELD:
            raise InvalidValue("date", f"a {KINDS[kind].label} has no date to filter on")
        q.extra.append((f"t.{_DATE_FIELD[kind]}_last < ?", (flt.ends_before.isoformat(),)))
    return q


class Casework:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.conn = session.conn
        self.store = session.store

    def consent_limits(self, defender_id: str) -> list[ConsentLimit]:
        """Colleagues' consent notices about this defender: limits on what leaves from here
        (services/consent_notices.py)."""
        return consent_notices.limits_of(self.session, defender_id)

    # -- checks -----------------------------------------------------------------------------

    def _check_kind(self, kind: str) -> None:
        if kind not in KINDS:
            raise InvalidValue("kind", f"{kind!r} is not a kind of record")

    def _check_refs(self, kind: str, values: Mapping[str, Any]) -> None:
        for name, info in field_infos(KINDS[kind].cls).items():
            if info.kind not in (FieldKind.REF, FieldKind.REF_LIST) or name not in values:
                continue
            targets = values[name] if info.kind == FieldKind.REF_LIST else [values[name]]
            for target in targets:
                if target is None:
                    continue
                if record_kind(self.conn, target) != info.ref:
                    raise InvalidValue(name, f"no {KINDS[info.ref or ''].label} with id {target}")
                stored = get_record(self.conn, target)
                if stored.deleted:
                    raise InvalidValue(name, f"{KINDS[stored.kind].label} {target} is deleted",
                                       "deleted")

    @staticmethod
    def _check_subtype(values: Mapping[str, Any]) -> None:
        """A sub-type must belong to the incident's primary or further categories."""
        subtype = values.get("subtype")
        if not subtype:
            return
        categories = {values.get("category"), *(values.get("also") or [])}
        if not any(subtype in THREAT_SUBTYPES.get(c or "", ()) for c in categories):
            raise InvalidValue(
                "subtype", f"{subtype!r} is not a sub-type of the incident's categories",
                "subtype-category")

    @staticmethod
    def _check_reported_to(values: Mapping[str, Any]) -> None:
        """'Reported to: none' says nobody was told: it cannot stand beside a body."""
        bodies = values.get("reported_to") or []
        if "none" in bodies and len(bodies) > 1:
            others = ", ".join(b for b in bodies if b != "none")
            raise InvalidValue("reported_to", f"'none' contradicts the other bodies given "
                               f"({others}): give either none or the bodies it was reported to",
                               "none-and-bodies")

    @staticmethod
    def _check_consent(values: Mapping[str, Any]) -> None:
        """Consent that allows sharing is recorded with when and how it was obtained."""
        missing = missing_consent_facts(values.get("consent"), values.get("consent_date"),
                                        values.get("consent_how"))
        if missing:
            what = "when" if missing[0] == "consent_date" else "how"
            raise InvalidValue(missing[0], f"is required when consent allows sharing: record "
                               f"{what} consent was given (or leave consent 'not recorded')",
                               "consent-when" if what == "when" else "consent-how")

    def _check_codename(self, values: Mapping[str, Any], record_id: str | None) -> None:
        """Two live defenders never share a codename: lists and pickers show codenames."""
        codename = values.get("codename")
        if not codename:
            return
        others = [i for i in live_ids_where_text(self.conn, "defender", "codename", codename)
                  if i != record_id]
        if others:
            existing = get_record(self.conn, others[0])
            raise InvalidValue("codename", f"{codename!r} is already the codename of "
                               f"{existing.fields['name']} (defender {others[0]}): choose "
                               "another", "codename-taken",
                               (str(codename), str(existing.fields["name"])))

    def _check_targets(self, values: Mapping[str, Any]) -> None:
        """Targeted related people must be related to one of the incident's defenders."""
        defenders = set(values.get("defenders") or [])
        people = get_many(self.conn, "related", list(values.get("targets") or []))
        for person_id, person in people.items():
            if person.get("defender") not in defenders:
                raise InvalidValue(
                    "targets", f"related person {person_id} is not related to this incident's "
                    "defenders", "not-related")

    def _linked(self, kind: str, record_id: object) -> Stored | None:
        return self.get(kind, str(record_id)) if record_id else None

    def _check_planning(self, kind: str, values: Mapping[str, Any], record_id: str | None
                        ) -> None:
        """Stays, check-ins and tasks (stay_rules.py), risk items and measures (plan_rules.py):
        the rules across fields and records."""
        if kind == "relocation":
            stay_rules.check_stay_dates(values)
            stay_rules.check_stay_links(values, self._linked("case", values.get("case")),
                                        self._linked("related", values.get("companion")))
            others = self.list("relocation", RecordFilter(defender=str(values["defender"])))
            stay_rules.check_no_overlap(values, record_id, others)
        elif kind == "checkin":
            stay = self.get("relocation", str(values["relocation"]))
            stay_rules.check_checkin_date(values, stay)
            stay_rules.check_checkin_outcome(values)
        elif kind == "task":
            linked = [r for r in (self._linked("case", values.get("case")),
                                  self._linked("relocation", values.get("relocation"))) if r]
            stay_rules.check_task_links(values, linked)
        elif kind == "risk_item":
            plan_rules.check_item(values, self.get("risk_assessment", str(values["assessment"])),
                                  get_many(self.conn, "incident", list(values.get("incidents")
                                                                       or [])))
        elif kind == "security_measure":
            items = get_many(self.conn, "risk_item", list(values.get("reduces") or []))
            owners = get_many(self.conn, "risk_assessment",
                              sorted({str(i.get("assessment")) for i in items.values()}))
            plan_rules.check_measure(values, items, owners)
        elif kind == "training":
            network_rules.check_edition_dates(values)
        elif kind == "participant":
            enrolled = self.list("participant", RecordFilter(equals={
                "training": values["training"], "defender": values["defender"]}))
            network_rules.check_not_enrolled(values, record_id, enrolled)

    # -- writing ----------------------------------------------------------------------------

    def check_new(self, kind: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Every check `add` makes, writing nothing; the values as `add` would store them."""
        self._check_kind(kind)
        clean = clean_values(kind, values, partial=False)
        self._check_refs(kind, clean)
        if kind == "incident":
            self._check_targets(clean)
            self._check_subtype(clean)
            self._check_reported_to(clean)
        elif kind == "defender":
            self._check_codename(clean, None)
            self._check_consent(clean)
        self._check_planning(kind, clean, None)
        return clean

    def add(self, kind: str, values: Mapping[str, Any],
            marks: Mapping[str, bool] | None = None) -> str:
        """`marks`: free-text fields to mark sensitive (True) or not, in the same transaction."""
        self._check_kind(kind)
        self._check_marks(kind, marks)
        clean = self.check_new(kind, values)
        with transaction(self.conn):
            record_id = self.store.create(kind, clean)
            self._apply_marks(kind, record_id, marks)
        return record_id

    def edit(self, kind: str, record_id: str, changes: Mapping[str, Any],
             marks: Mapping[str, bool] | None = None) -> bool:
        """Apply changes (and sensitive marks); returns False when they change nothing."""
        self._check_kind(kind)
        self._check_marks(kind, marks)
        current = self.get(kind, record_id)
        clean = clean_values(kind, changes, partial=True)
        self._check_refs(kind, clean)
        if kind == "incident":
            merged = dict(current.fields)
            merged.update(clean)
            # a rule across fields is checked when the edit changes one of them: a merge of two
            # offices' edits can leave a combination no single edit may make (one office moved
            # the incident to another defender while the other targeted a relative), and an
            # edit of the description must not be refused for it
            touched = {name for name, value in clean.items() if current.fields.get(name) != value}
            if touched & {"targets", "defenders"}:
                self._check_targets(merged)
            if touched & {"subtype", "category", "also"}:
                self._check_subtype(merged)
            if "reported_to" in touched:
                self._check_reported_to(merged)
        elif kind == "defender":
            self._check_codename(clean, record_id)
            if CONSENT_FIELDS & set(clean):
                self._check_consent({**current.fields, **clean})
        if kind in _PLANNING:
            self._check_planning(kind, {**current.fields, **clean}, record_id)
        with transaction(self.conn):
            changed = self.store.update(kind, record_id, clean)
            if kind == "defender" and "consent" in clean and \
                    clean["consent"] != current.fields.get("consent"):
                # colleagues that hold the defender are told (services/consent_notices.py)
                sharing_store.note_consent_change(self.conn, record_id)
            return self._apply_marks(kind, record_id, marks) or changed

    def delete(self, kind: str, record_id: str) -> bool:
        self.get(kind, record_id)
        return self.store.delete(kind, record_id)

    def restore(self, kind: str, record_id: str) -> bool:
        stored = self.get(kind, record_id)
        if kind == "defender" and stored.deleted:
            self._check_codename(stored.fields, record_id)
        if kind in _PLANNING and stored.deleted:
            self._check_planning(kind, stored.fields, record_id)
        return self.store.restore(kind, record_id)

    def purge(self, record_id: str) -> str:
        """Remove a deleted record's content for good, its evidence attachments with it (their
        files overwritten after the commit); the WAL is truncated afterwards."""
        with transaction(self.conn):
            kind = self.store.purge(record_id)
            files = attachment_store.list_for(self.conn, record_id)
            for row in files:
                attachment_store.delete(self.conn, row.id)
        for row in files:
            attachment_store.discard_blob(self.session.vault.directory, row.blob)
        checkpoint(self.conn)
        return kind

    @staticmethod
    def _check_marks(kind: str, marks: Mapping[str, bool] | None) -> None:
        for name in marks or {}:
            if name not in markable_fields(kind):
                raise InvalidValue(name, f"only free-text fields of a {KINDS[kind].label} that "
                                   "are not sensitive already can be marked")

    def _apply_marks(self, kind: str, record_id: str, marks: Mapping[str, bool] | None) -> bool:
        changed = False
        for name, on in sorted((marks or {}).items()):
            if sharing_store.set_mark(self.conn, record_id, name, on):
                changed = True
                append_event(self.conn, "mark sensitive" if on else "unmark sensitive", kind,
                             record_id, {"field": name})
        if changed:
            self.store.refresh(kind, record_id, reindex=True)  # the search index follows
        return changed

    def mark_sensitive(self, kind: str, record_id: str, name: str, on: bool = True) -> bool:
        """Mark (or unmark) one record's free-text field sensitive: masked like sensitive
        fields, indexed apart, withheld from partners (sharing_rule.py); False if unchanged."""
        self.get(kind, record_id)
        self._check_marks(kind, {name: on})
        with transaction(self.conn):
            return self._apply_marks(kind, record_id, {name: on})

    def sensitive_marks(self, record_id: str) -> frozenset[str]:
        """The free-text fields marked sensitive for this record."""
        return sharing_store.marks_of(self.conn, record_id)

    # -- reading ----------------------------------------------------------------------------

    def get(self, kind: str | None, record_id: str) -> Stored:
        if kind is not None:
            self._check_kind(kind)
        return get_record(self.conn, record_id, kind)

    def received(self, record_id: str) -> str | None:
        """When a colleague's version of the record first arrived here (None: made here)."""
        return first_received(self.conn, record_id)

    def kind_of(self, record_id: str) -> str:
        kind = record_kind(self.conn, record_id)
        if kind is None:
            raise NotFound("record", record_id)
        return kind

    def query(
        self,
        kind: str,
        flt: RecordFilter | None = None,
        *,
        order_by: str | None = None,
        descending: bool = True,
        limit: int | None = None,
        offset: int = 0,
        ranks: Mapping[str, int] | None = None,
    ) -> ListQuery:
        return record_query(kind, flt, order_by=order_by, descending=descending, limit=limit,
                            offset=offset, ranks=ranks)

    def list(self, kind: str, flt: RecordFilter | None = None, **page: Any) -> list[Stored]:
        return list_records(self.conn, self.query(kind, flt, **page))

    def count(self, kind: str, flt: RecordFilter | None = None) -> int:
        return count_records(self.conn, self.query(kind, flt))
