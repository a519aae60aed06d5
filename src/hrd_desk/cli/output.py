"""What the command line prints: records as JSON objects, as labelled text, and as tables.

Sensitivity comes from the model (`sensitive_fields`) and from a caseworker's per-record marks on
free text (`Stored.extra["marked"]`): such a field is left out of every output unless the caller
asked to reveal it, and a reference to a related person (whose name is
sensitive) is described by the relationship instead. Defenders are shown by their codename when
they have one, as on screen.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from ..errors import NotFound
from ..model.dates import DateFormatError, parse_date
from ..model.display import defender_title, hidden_of, title_of
from ..model.fields import LIST_KINDS, FieldInfo, FieldKind, field_infos, sensitive_fields
from ..model.outside import visible
from ..model.records import KINDS, Stored
from ..model.vocab import VOCABULARIES
from ..services.casework import Casework
from ..services.search import SearchHit

TABLE_CELL_WIDTH = 32
DESCRIPTION_WIDTH = 48

# Columns of `list` tables, in order; sensitive ones appear only with --reveal.
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "defender": ("name", "legal_name", "country", "organisation", "field_of_work", "consent"),
    "related": ("name", "relationship", "defender"),
    "incident": ("occurred", "category", "severity", "status", "defenders", "description"),
    "case": ("defender", "programme", "status", "priority", "opened", "title"),
    "relocation": ("defender", "host_city", "status", "planned_arrival", "planned_departure",
                   "visa_expires"),
    "checkin": ("due", "status", "relocation", "done_at", "how", "concern"),
    "task": ("due", "title", "status", "assignee", "defender", "relocation"),
    "risk_assessment": ("assessed", "level", "defender", "assessor", "summary"),
    "risk_item": ("item_type", "likelihood", "impact", "level", "text", "incidents"),
    "security_measure": ("due", "title", "group", "status", "owner", "review", "defender"),
    "training": ("starts", "ends", "title", "place"),
    "participant": ("training", "defender", "modules", "needs"),
    "contact": ("name", "contact_type", "organisation", "city", "reach"),
    "advocacy": ("date", "action", "subject", "contacts", "defenders", "outcome"),
}


# Whole-number fields whose values have fixed meanings kept as a vocabulary.
INT_VOCABULARIES = {"severity": "severities"}


def write_json(out: TextIO, data: Any) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2))
    out.write("\n")


def precision_of(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return parse_date(text).precision
    except DateFormatError:  # stored values were validated; an odd one stays unlabelled
        return None


def record_to_json(stored: Stored, *, reveal: bool) -> dict[str, Any]:
    """One record as the JSON object of `show --json`: its field names as keys, each date
    followed by `<name>_precision`, then the bookkeeping. Hidden fields are absent."""
    cls = KINDS[stored.kind].cls
    hidden = frozenset() if reveal else hidden_fields(stored)
    data: dict[str, Any] = {"id": stored.id, "kind": stored.kind}
    for name, info in field_infos(cls).items():
        if name in hidden:
            continue
        value = stored.fields.get(name)
        data[name] = list(value or []) if info.kind in LIST_KINDS else value
        if info.kind == FieldKind.DATE:
            data[f"{name}_precision"] = precision_of(value)
    data.update(
        created=stored.created,
        updated=stored.updated,
        deleted=stored.deleted,
        conflict=stored.conflict,
        sensitive_marks=sorted(stored.extra.get("marked", ())),
    )
    return data


def hidden_fields(stored: Stored) -> frozenset[str]:
    """What is masked unless revealed: model/display.hidden_of, the rule every face uses."""
    return hidden_of(stored)


class RefNames:
    """Short human titles for referenced records, looked up once each."""

    def __init__(self, work: Casework, *, reveal: bool) -> None:
        self.work = work
        self.reveal = reveal
        self._titles: dict[str, str] = {}

    def title(self, kind: str, record_id: str) -> str:
        if record_id not in self._titles:
            self._titles[record_id] = self._lookup(kind, record_id)
        return self._titles[record_id]

    def _lookup(self, kind: str, record_id: str) -> str:
        try:
            stored = self.work.get(kind, record_id)
        except NotFound:
            return f"(unknown {KINDS[kind].label})"
        return record_title(stored, self, reveal=self.reveal)


def record_title(stored: Stored, names: RefNames | None, *, reveal: bool) -> str:
    """The model's safe title, plus what a terminal can add: whose related person it is, the
    person's name when revealed, and whether the record is deleted."""
    title = title_of(stored.kind, stored.fields,
                     () if reveal else stored.extra.get("marked", ()))
    if stored.kind == "related":
        name = stored.fields.get("name")
        if reveal and name:
            title = f"{name}, {title[0].lower()}{title[1:]}"
        defender = stored.fields.get("defender")
        if names is not None and defender:
            title += f" of {names.title('defender', defender)}"
    if stored.kind == "participant" and names is not None:  # who, in which edition
        defender, edition = stored.fields.get("defender"), stored.fields.get("training")
        if defender and edition:
            title = (f"{names.title('defender', defender)} in "
                     f"{names.title('training', edition)}")
    return title + (" (deleted)" if stored.deleted else "")


def _value_text(info: FieldInfo, name: str, value: Any, names: RefNames | None) -> str:
    """A field value as people read it: vocabulary labels, titles of linked records."""
    if info.kind == FieldKind.ENUM:
        return VOCABULARIES[info.vocab or ""].label(value)
    if info.kind == FieldKind.ENUM_LIST:
        return ", ".join(VOCABULARIES[info.vocab or ""].label(v) for v in value)
    if info.kind == FieldKind.REF:
        return _ref_text(info, value, names)
    if info.kind == FieldKind.REF_LIST:
        return ", ".join(_ref_text(info, v, names) for v in value)
    if info.kind == FieldKind.TEXT_LIST:
        return ", ".join(str(v) for v in value)
    if name in INT_VOCABULARIES:
        return VOCABULARIES[INT_VOCABULARIES[name]].label(str(value))
    return str(value)


def _ref_text(info: FieldInfo, record_id: str, names: RefNames | None) -> str:
    if names is None or info.ref is None:
        return record_id
    return f"{names.title(info.ref, record_id)} [{record_id}]"


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def format_record(
    stored: Stored, names: RefNames, *, reveal: bool, received: str | None = None
) -> str:
    """`show` without --json: labelled lines, empty fields left out, long text indented."""
    cls = KINDS[stored.kind].cls
    hidden = frozenset() if reveal else hidden_fields(stored)
    rows: list[tuple[str, str]] = [("ID", stored.id)]
    withheld = 0
    for name, info in field_infos(cls).items():
        value = stored.fields.get(name)
        if _empty(value):
            continue
        if name in hidden:
            withheld += 1
            continue
        rows.append((info.label, visible(_value_text(info, name, value, names),
                                         keep_newlines=True)))
    rows.extend((("Created", stored.created), ("Updated", stored.updated)))
    if received:
        rows.append(("Received", received))
    if stored.deleted:
        rows.append(("Deleted", "yes (restore it, or purge it for good)"))
    if stored.conflict:
        rows.append(("Conflict", "yes: concurrent changes wait to be resolved"))
    width = max(len(label) for label, _ in rows)
    title = visible(record_title(stored, names, reveal=reveal))
    label = KINDS[stored.kind].label.capitalize()
    lines = [title if title.lower().startswith(label.lower()) else f"{label}: {title}"]
    for label, text in rows:
        first, *more = text.splitlines() or [""]
        lines.append(f"  {label.ljust(width)}  {first}")
        lines.extend(f"  {'':{width}}  {line}" for line in more)
    if withheld:
        lines.append(f"  ({withheld} sensitive field(s) hidden: add --reveal to show them)")
    return "\n".join(lines) + "\n"


def format_linked(heading: str, records: Sequence[Stored], names: RefNames, *,
                  reveal: bool) -> str:
    """Records belonging to the one shown (a defender's stays and tasks), one line each."""
    if not records:
        return ""
    lines = [f"{heading.capitalize()}:"]
    lines.extend(f"  {r.id}  {visible(record_title(r, names, reveal=reveal))}" for r in records)
    return "\n".join(lines) + "\n"


def _cell(text: str, width: int) -> str:
    text = visible(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def _column_cell(stored: Stored, name: str, names: RefNames) -> str:
    info = field_infos(KINDS[stored.kind].cls)[name]
    value = stored.fields.get(name)
    if stored.kind == "defender" and name == "name":
        return _cell(defender_title(stored.fields), TABLE_CELL_WIDTH)
    if value is None or _empty(value):
        return ""
    if info.kind == FieldKind.REF:
        return _cell(names.title(info.ref or "", value), TABLE_CELL_WIDTH)
    if info.kind == FieldKind.REF_LIST:
        titles = ", ".join(names.title(info.ref or "", v) for v in value)
        return _cell(titles, TABLE_CELL_WIDTH)
    if name in INT_VOCABULARIES:
        return str(value)
    width = DESCRIPTION_WIDTH if info.kind == FieldKind.LONGTEXT else TABLE_CELL_WIDTH
    return _cell(_value_text(info, name, value, None), width)


def format_table(kind: str, records: Sequence[Stored], names: RefNames, *, reveal: bool) -> str:
    """`list` without --json: one row per record with its full id, then a count."""
    plural = {"related": "related people", "case": "cases",
              "advocacy": "advocacy actions"}.get(kind, f"{KINDS[kind].label}s")
    if not records:
        return f"no {plural}\n"
    infos = field_infos(KINDS[kind].cls)
    hidden = frozenset() if reveal else sensitive_fields(KINDS[kind].cls)
    columns = [c for c in LIST_COLUMNS[kind] if c not in hidden]
    headers = ["ID"] + [
        "Name" if kind == "defender" and c == "name" else infos[c].label for c in columns
    ]
    rows = [[r.id + ("*" if r.deleted else "")] + [
        "(hidden)" if not reveal and c in r.extra.get("marked", ()) else _column_cell(r, c, names)
        for c in columns] for r in records]
    lines = _align([headers, *rows])
    lines.append(f"{len(records)} {plural if len(records) != 1 else KINDS[kind].label}")
    if any(r.deleted for r in records):
        lines.append("* deleted")
    return "\n".join(lines) + "\n"


def display_width(text: str) -> int:
    """Columns a terminal gives `text`: combining marks (Arabic harakat) take none, wide
    East Asian characters two."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _align(rows: Iterable[Sequence[str]]) -> list[str]:
    table = [list(r) for r in rows]
    widths = [max(display_width(r[i]) for r in table) for i in range(len(table[0]))]
    return [
        "  ".join(c + " " * (w - display_width(c)) for c, w in zip(r, widths, strict=True))
        .rstrip()
        for r in table
    ]


def format_hits(hits: Sequence[SearchHit]) -> str:
    """Search results, best first: record type, id and a title that quotes no sensitive field."""
    if not hits:
        return "nothing found\n"
    rows = [[KINDS[h.kind].label, h.id, _cell(h.title, 80)] for h in hits]
    return "\n".join(_align(rows)) + "\n"
