"""Record titles appear in lists, confirmations and search hits: never a sensitive value."""

from typing import Any

import pytest

from hrd_desk.model.display import title_of
from hrd_desk.model.fields import FieldKind, field_infos
from hrd_desk.model.records import KINDS
from hrd_desk.model.vocab import VOCABULARIES


def _filled(kind: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, info in field_infos(KINDS[kind].cls).items():
        if info.vocab:
            values[name] = VOCABULARIES[info.vocab].slugs()[0]
        elif info.kind == FieldKind.DATE:
            values[name] = "2024-03"
        elif info.kind == FieldKind.INT:
            values[name] = 3
        elif info.kind in (FieldKind.REF_LIST, FieldKind.TEXT_LIST):
            values[name] = [f"MARK-{name}"]
        else:
            values[name] = f"MARK-{name}"
    return values


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_titles_never_show_sensitive_fields(kind: str) -> None:
    values = _filled(kind)
    title = title_of(kind, values)
    assert title.strip()
    for name, info in field_infos(KINDS[kind].cls).items():
        if info.sensitive:
            assert f"MARK-{name}" not in title


def test_defender_is_named_by_codename_first() -> None:
    assert title_of("defender", {"name": "Amina", "codename": "Blue Heron"}) == "Blue Heron"
    assert title_of("defender", {"name": "Amina", "codename": None}) == "Amina"


def test_incident_title_names_category_and_date() -> None:
    title = title_of("incident", {"category": "digital", "occurred": "2024-03"})
    assert title == "Incident: Digital surveillance and online threats, 2024-03"
    assert title_of("related", {"name": "Secret", "relationship": "child"}) == (
        "Related person (child)"
    )
