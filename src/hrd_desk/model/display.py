"""Safe titles for records: how a record is named on screen, in confirmations and search results.

A title never contains a field the model marks sensitive (a related person's name, a legal name,
contact details): it may appear in a list everyone in the room can see, in a "Delete ...?"
question or in a search hit. A defender is named by codename when there is one, because the
codename is what the programme uses on screen by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .fields import field_infos, sensitive_fields
from .records import KINDS, Stored
from .vocab import VOCABULARIES

_PLURALS = {"related": "related people"}

# What a hidden value shows on screen: fixed, never its length.
MASK = "•••••• hidden"


def hidden_fields(kind: str, marked: Iterable[str] = ()) -> frozenset[str]:
    """The one rule for what is masked wherever a record is shown (GUI and CLI) until the
    caseworker reveals it: the model's sensitive fields and the free-text fields a caseworker
    marked sensitive for this record (`marked`, table sensitive_marks)."""
    return sensitive_fields(KINDS[kind].cls) | frozenset(marked)


def hidden_of(record: Stored) -> frozenset[str]:
    """hidden_fields for a stored record (its marks are in `extra["marked"]`)."""
    return hidden_fields(record.kind, record.extra.get("marked", ()))


def masked(record: Stored, name: str) -> Any:
    """A field's value as a screen may show it without revealing: MASK for a hidden value."""
    value = record.get(name)
    return MASK if name in hidden_of(record) and value not in (None, "", []) else value


def vocab_label(vocab: str, slug: str | None) -> str:
    """The label of a vocabulary slug (the slug itself when unknown, empty for None)."""
    if not slug:
        return ""
    return VOCABULARIES[vocab].label(slug)


def _label(kind: str, name: str, fields: Mapping[str, Any],
           marked: Iterable[str] = ()) -> str:
    info = field_infos(KINDS[kind].cls)[name]
    value = fields.get(name)
    if info.sensitive or name in marked or value in (None, "", []):
        return ""
    if info.vocab:
        return vocab_label(info.vocab, str(value))
    return str(value)


def modules_text(modules: object) -> str:
    """A training participant's modules by their labels ("Digital security, Networking")."""
    slugs = modules if isinstance(modules, list) else []
    return ", ".join(vocab_label("training_modules", str(m)) for m in slugs)


def defender_title(fields: Mapping[str, Any]) -> str:
    """Codename, else display name (both are meant for screens; legal name never is)."""
    return str(fields.get("codename") or fields.get("name") or "Unnamed defender")


def title_of(kind: str, fields: Mapping[str, Any], marked: Iterable[str] = ()) -> str:
    """A one-line title from non-sensitive fields only (nor a field marked sensitive for this
    record: `marked`); always names the kind when vague."""
    marked = frozenset(marked)
    label = KINDS[kind].label
    if kind == "defender":
        return defender_title(fields)
    if kind == "related":
        relationship = _label(kind, "relationship", fields, marked)
        return f"Related person ({relationship.lower()})" if relationship else "Related person"
    if kind == "case":
        name = _label(kind, "title", fields, marked) or _label(kind, "programme", fields, marked)
        status = _label(kind, "status", fields, marked)
        text = f"Case: {name}" if name else "Case"
        return f"{text} ({status.lower()})" if status else text
    if kind == "incident":
        category = _label(kind, "category", fields, marked)
        when = _label(kind, "occurred", fields, marked)
        text = f"Incident: {category}" if category else "Incident"
        return f"{text}, {when}" if when else text
    if kind == "relocation":  # the host city is sensitive: the stay is named by its dates
        start = (_label(kind, "arrival", fields, marked)
                 or _label(kind, "planned_arrival", fields, marked))
        return f"Stay from {start}" if start else "Stay"
    if kind == "checkin":
        due = _label(kind, "due", fields, marked)
        return f"Check-in due {due}" if due else "Check-in"
    if kind == "risk_assessment":
        when = _label(kind, "assessed", fields, marked)
        level = _label(kind, "level", fields, marked)
        text = f"Risk assessment, {when}" if when else "Risk assessment"
        return f"{text} ({level.lower()})" if level else text
    if kind == "risk_item":  # what a threat says is sensitive: the item is named by its rating
        item = _label(kind, "item_type", fields, marked) or "Risk item"
        return f"{item} ({rating_text(fields)})" if rating_text(fields) else item
    if kind == "training":
        title, starts = _label(kind, "title", fields, marked), _label(kind, "starts", fields)
        return f"{title or 'Training'}, {starts}" if starts else (title or "Training")
    if kind == "participant":
        return "Training participant"
    if kind == "advocacy":  # outcome and follow-up are sensitive: named by action and date
        action, when = _label(kind, "action", fields), _label(kind, "date", fields)
        subject = _label(kind, "subject", fields, marked)
        text = f"{action or 'Advocacy action'}" + (f": {subject}" if subject else "")
        return f"{text}, {when}" if when else text
    first = {"security_measure": "title", "contact": "name", "task": "title"}.get(kind)
    text = _label(kind, first, fields, marked) if first else ""
    return text or label.capitalize()


def rating_text(fields: Mapping[str, Any]) -> str:
    """'likelihood 4, impact 5' for a threat, 'level 3' for the others; '' when unrated."""
    parts = [f"{name} {fields[name]}" for name in ("likelihood", "impact", "level")
             if fields.get(name) is not None]
    return ", ".join(parts)


def record_title(record: Stored) -> str:
    """title_of for a stored record, its sensitive marks respected."""
    return title_of(record.kind, record.fields, record.extra.get("marked", ()))


def counted(number: int, kind: str) -> str:
    """'1 defender', '3 related people', '2 changes' (kinds by their labels, else as given)."""
    spec = KINDS.get(kind)
    singular = spec.label if spec else kind
    plural = _PLURALS.get(kind) or (f"{singular}s" if not singular.endswith("s") else singular)
    return f"{number:,} {singular if number == 1 else plural}"


def counts_text(counts: Mapping[str, int]) -> str:
    """Record counts by kind, in the model's order; 'nothing' when empty."""
    parts = [counted(int(counts[k]), k) for k in KINDS if counts.get(k)]
    return ", ".join(parts) if parts else "no records"
