"""Checking and normalising field values before they reach the store.

One function per field kind, all driven by the model's field metadata, so the CLI, the GUI and
(later) bundle imports accept and refuse exactly the same values, each refusal naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from ..errors import InvalidValue
from ..model.dates import DateFormatError, check_not_future, parse_date
from ..model.fields import LIST_KINDS, FieldInfo, FieldKind, field_infos
from ..model.records import KINDS
from ..model.vocab import VOCABULARIES

MAX_FIELD_BYTES = 1024 * 1024  # one field <= 1 MiB (also a bundle cap)
MAX_LIST_ITEMS = 1000
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(name: str, value: Any, multiline: bool) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidValue(name, "must be text")
    value = value.strip()
    if len(value.encode("utf-8")) > MAX_FIELD_BYTES:
        raise InvalidValue(name, "is longer than 1 MiB", "too-long")
    if _CONTROL.search(value) or (not multiline and ("\n" in value or "\r" in value)):
        raise InvalidValue(name, "contains control characters", "control-characters")
    return value or None


def _scalar(name: str, info: FieldInfo, value: Any, today: date | None = None) -> Any:
    kind = info.kind
    if kind in (FieldKind.TEXT, FieldKind.LONGTEXT):
        return _text(name, value, kind == FieldKind.LONGTEXT)
    if value is None or value == "":
        return None
    if kind == FieldKind.ENUM:
        vocab = VOCABULARIES[info.vocab or ""]
        if value not in vocab:
            raise InvalidValue(name, f"{value!r} is not one of: {', '.join(vocab.slugs())}",
                               "not-a-choice", (str(value),))
        return value
    if kind == FieldKind.DATE:
        try:
            parsed = parse_date(str(value))
            if info.past and today is not None:
                check_not_future(parsed, today)
            return parsed.text
        except DateFormatError as exc:
            raise InvalidValue(name, str(exc), exc.code, exc.values) from None
    if kind == FieldKind.INT:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise InvalidValue(name, f"{value!r} is not a whole number", "not-a-number",
                               (str(value),)) from None
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, str))  # 3.7 must not be kept as 3
            or (isinstance(value, str) and value.strip() != str(number))
        ):
            raise InvalidValue(name, f"{value!r} is not a whole number", "not-a-number",
                               (str(value),))
        if (info.minimum is not None and number < info.minimum) or (
            info.maximum is not None and number > info.maximum
        ):
            raise InvalidValue(name, f"must be between {info.minimum} and {info.maximum}",
                               "out-of-range", (str(info.minimum), str(info.maximum)))
        return number
    if kind == FieldKind.COUNTRY:
        code = str(value).strip().upper()
        if not _COUNTRY.match(code):
            raise InvalidValue(name, f"{value!r} is not a two-letter country code (ISO 3166)",
                               "not-a-country", (str(value),))
        return code
    if kind == FieldKind.REF:
        return _text(name, value, False)
    raise InvalidValue(name, "unsupported field")


def _list(name: str, info: FieldInfo, value: Any) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise InvalidValue(name, "must be a list")
    if len(value) > MAX_LIST_ITEMS:
        raise InvalidValue(name, "has too many items", "too-many")
    item_kind = {
        FieldKind.ENUM_LIST: FieldKind.ENUM,
        FieldKind.REF_LIST: FieldKind.REF,
        FieldKind.TEXT_LIST: FieldKind.TEXT,
    }[info.kind]
    item_info = FieldInfo(item_kind, info.label, vocab=info.vocab, ref=info.ref)
    result: list[Any] = []
    for item in value:
        clean = _scalar(name, item_info, item)
        if clean is not None and clean not in result:
            result.append(clean)
    return result


def clean_values(
    kind: str, values: Mapping[str, Any], *, partial: bool, today: date | None = None,
    received: bool = False,
) -> dict[str, Any]:
    """Validate and normalise; with partial=False, required fields must be present and defaults
    fill what is absent. Unknown field names are refused.

    Dates of what happened may not be later than `today` (default: the local date). Values
    received from a colleague (`received`) skip that rule: their day was judged by the vault
    that wrote them, and a clock a day apart must not refuse a whole bundle forever.
    """
    if not received and today is None:
        today = date.today()
    infos = field_infos(KINDS[kind].cls)
    unknown = sorted(set(values) - set(infos))
    if unknown:
        raise InvalidValue(unknown[0], f"is not a field of a {KINDS[kind].label}")
    result: dict[str, Any] = {}
    for name, value in values.items():
        info = infos[name]
        result[name] = _list(name, info, value) if info.kind in LIST_KINDS else _scalar(
            name, info, value, None if received else today
        )
    if not partial:
        for name, info in infos.items():
            if result.get(name) in (None, []) and info.default is not None:
                result[name] = info.default
    for name, info in infos.items():
        if info.required and (name in result or not partial) and result.get(name) in (None, []):
            raise InvalidValue(name, "is required", "required")
    return result


def check_received_values(kind: str, values: Mapping[str, Any]) -> None:
    """Values in a version from another vault must be exactly what this vault would accept.

    Raises MalformedVersion (the bundle is then rejected whole) naming only the field.
    """
    from ..crypto.canonical import encode
    from ..history.versions import MalformedVersion

    try:
        clean = clean_values(kind, dict(values), partial=True, received=True)
    except InvalidValue as exc:
        raise MalformedVersion(f"a value does not fit its field ({exc.field})") from None
    if encode(clean) != encode(dict(values)):
        raise MalformedVersion("a value is not in its normal form")
