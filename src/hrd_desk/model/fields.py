"""Metadata on record fields: the one place saying what a field holds and whether it is sensitive.

Masking on screen, search (the separate sensitive index), CLI output (`--reveal`) and, later,
redaction profiles all read `sensitive` from here; nothing else keeps its own list.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class FieldKind(StrEnum):
    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # several lines
    ENUM = "enum"  # one slug of a vocabulary
    ENUM_LIST = "enum_list"  # several slugs of a vocabulary
    REF = "ref"  # id of another record
    REF_LIST = "ref_list"  # ids of other records
    DATE = "date"  # a PartialDate in canonical text
    INT = "int"
    COUNTRY = "country"  # ISO 3166-1 alpha-2, upper case
    TEXT_LIST = "text_list"  # free words, e.g. languages


LIST_KINDS = frozenset({FieldKind.ENUM_LIST, FieldKind.REF_LIST, FieldKind.TEXT_LIST})


@dataclass(frozen=True)
class FieldInfo:
    kind: FieldKind
    label: str
    sensitive: bool = False
    required: bool = False
    vocab: str | None = None
    ref: str | None = None  # record kind a REF/REF_LIST points to
    minimum: int | None = None
    maximum: int | None = None
    default: Any = None
    past: bool = False  # a date of something that happened: not later than today


def meta(
    kind: FieldKind,
    label: str,
    *,
    sensitive: bool = False,
    required: bool = False,
    vocab: str | None = None,
    ref: str | None = None,
    minimum: int | None = None,
    maximum: int | None = None,
    default: Any = None,
    past: bool = False,
) -> Any:
    """A dataclass field whose metadata is a FieldInfo; lists default to empty, others to None."""
    info = FieldInfo(kind, label, sensitive, required, vocab, ref, minimum, maximum, default, past)
    if kind in LIST_KINDS:
        return dataclasses.field(default_factory=list, metadata={"info": info})
    return dataclasses.field(default=default, metadata={"info": info})


def field_infos(cls: type) -> dict[str, FieldInfo]:
    """Field name -> FieldInfo, in declaration order (the caller's own copy)."""
    return dict(_field_infos(cls))


@functools.cache
def _field_infos(cls: type) -> dict[str, FieldInfo]:
    # a record's fields never change while running; an import asks four times per version
    return {f.name: f.metadata["info"] for f in dataclasses.fields(cls)}


@functools.cache
def sensitive_fields(cls: type) -> frozenset[str]:
    return frozenset(name for name, info in field_infos(cls).items() if info.sensitive)
