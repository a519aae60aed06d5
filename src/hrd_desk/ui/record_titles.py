"""Records' one-line titles in the current language (issue 18).

The same rule as model/display.title_of (the CLI's English titles): a title is made of
non-sensitive fields only, nor a field marked sensitive for the record, and names the kind when
vague; here each sentence goes through tr() and vocabulary labels are translated. User data (a
case's title, a codename) is never translated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..model.display import defender_title
from ..model.fields import field_infos
from ..model.records import KINDS, Stored
from ..services.choices import Choice
from ..services.desk import Desk
from .i18n import isolated, kind_label, translate, vocab_text


def _label(kind: str, name: str, fields: Mapping[str, Any], marked: frozenset[str]) -> str:
    info = field_infos(KINDS[kind].cls)[name]
    value = fields.get(name)
    if info.sensitive or name in marked or value in (None, "", []):
        return ""
    if info.vocab:
        return vocab_text(info.vocab, str(value))
    return str(value)


def _t(text: str, *values: str) -> str:
    """`text` (translated already: lupdate reads the literal translate() call) with %1, %2..."""
    result = text
    for number, value in enumerate(values, start=1):
        result = result.replace(f"%{number}", value)
    return result


def rating_text(fields: Mapping[str, Any]) -> str:
    """'likelihood 4, impact 5' for a threat, 'level 3' for the others; '' when unrated."""
    words = {"likelihood": translate("Titles", "likelihood %1"),
             "impact": translate("Titles", "impact %1"),
             "level": translate("Titles", "level %1")}
    parts = [words[name].replace("%1", str(fields[name]))
             for name in ("likelihood", "impact", "level") if fields.get(name) is not None]
    return translate("Titles", ", ").join(parts)


def title_text(kind: str, fields: Mapping[str, Any], marked: Iterable[str] = ()) -> str:
    """model/display.title_of in the current language."""
    hidden = frozenset(marked)

    def label(name: str, *, keep_marked: bool = False) -> str:
        return _label(kind, name, fields, frozenset() if keep_marked else hidden)

    if kind == "defender":
        return defender_title(fields)
    if kind == "related":
        relationship = label("relationship")
        return (
            _t(translate("Titles", "Related person (%1)"), relationship.lower())
            if relationship
            else _t(translate("Titles", "Related person"))
        )
    if kind == "case":
        name = label("title") or label("programme")
        status = label("status")
        text = (
            _t(translate("Titles", "Case: %1"), name) if name else _t(translate("Titles", "Case"))
        )
        return _t(translate("Titles", "%1 (%2)"), text, status.lower()) if status else text
    if kind == "incident":
        category, when = label("category"), label("occurred")
        text = (
            _t(translate("Titles", "Incident: %1"), category)
            if category
            else _t(translate("Titles", "Incident"))
        )
        return _t(translate("Titles", "%1, %2"), text, isolated(when)) if when else text
    if kind == "relocation":  # the host city is sensitive: the stay is named by its dates
        start = label("arrival") or label("planned_arrival")
        return (
            _t(translate("Titles", "Stay from %1"), isolated(start))
            if start
            else _t(translate("Titles", "Stay"))
        )
    if kind == "checkin":
        due = label("due")
        return (
            _t(translate("Titles", "Check-in due %1"), isolated(due))
            if due
            else _t(translate("Titles", "Check-in"))
        )
    if kind == "risk_assessment":
        when, level = label("assessed"), label("level")
        text = (
            _t(translate("Titles", "Risk assessment, %1"), isolated(when))
            if when
            else _t(translate("Titles", "Risk assessment"))
        )
        return _t(translate("Titles", "%1 (%2)"), text, level.lower()) if level else text
    if kind == "risk_item":  # what a threat says is sensitive: the item is named by its rating
        item = label("item_type") or _t(translate("Titles", "Risk item"))
        rating = rating_text(fields)
        return _t(translate("Titles", "%1 (%2)"), item, rating) if rating else item
    if kind == "training":
        title, starts = label("title"), label("starts", keep_marked=True)
        title = title or _t(translate("Titles", "Training"))
        return _t(translate("Titles", "%1, %2"), title, isolated(starts)) if starts else title
    if kind == "participant":
        return _t(translate("Titles", "Training participant"))
    if kind == "advocacy":  # outcome and follow-up are sensitive: named by action and date
        action, when = label("action", keep_marked=True), label("date", keep_marked=True)
        subject = label("subject")
        text = action or _t(translate("Titles", "Advocacy action"))
        text = _t(translate("Titles", "%1: %2"), text, subject) if subject else text
        return _t(translate("Titles", "%1, %2"), text, isolated(when)) if when else text
    first = {"security_measure": "title", "contact": "name", "task": "title"}.get(kind)
    text = label(first) if first else ""
    name = kind_label(kind)
    return text or name[:1].upper() + name[1:]


def record_title(record: Stored) -> str:
    """title_text for a stored record, its sensitive marks respected."""
    return title_text(record.kind, record.fields, record.extra.get("marked", ()))


def titles(reader: Desk, kind: str, ids: list[str]) -> dict[str, str]:
    """Safe titles of linked records in the current language (desk.overview.titles in English),
    one query."""
    return {i: record_title(r) for i, r in reader.overview.linked(kind, ids).items()}


def choice_title(choice: Choice) -> str:
    """A defender or case offered for sharing (services/choices.Choice) in the current
    language: a case by its title and status, then its defender."""
    if choice.kind != "case":
        return choice.title
    text = title_text("case", choice.fields)
    return _t(translate("Titles", "%1, %2"), text, choice.defender) if choice.defender else text
