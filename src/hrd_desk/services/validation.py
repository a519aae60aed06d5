"""Checking and normalising field values before they reach the store.

One function per field kind, all driven by the model's field metadata, so the CLI, the GUI and
(later) bundle imports accept and refuse exactly the same values, each refusal naming the field.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from ..crypto.canonical import MAX_SAFE_INT
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

    Raises MalformedVersion (the bundle is then rejected whole) naming only the field. Each
    value is first tried against its field's table of normal forms (`_normal_checks`): one
    accepted there is one `clean_values` leaves as it is, with the same canonical encoding.
    Anything else (an unknown field, another type, a value out of its normal form) goes through
    `clean_values` and the encodings' comparison, which accepts or says what is wrong.
    """
    checks = _normal_checks(kind)
    for name, value in values.items():
        normal = checks.get(name)
        if normal is None or not normal(value):
            _check_received_slowly(kind, values)
            return


def _check_received_slowly(kind: str, values: Mapping[str, Any]) -> None:
    from ..crypto.canonical import encode
    from ..history.versions import MalformedVersion

    try:
        clean = clean_values(kind, dict(values), partial=True, received=True)
    except InvalidValue as exc:
        raise MalformedVersion(f"a value does not fit its field ({exc.field})") from None
    if encode(clean) != encode(dict(values)):
        raise MalformedVersion("a value is not in its normal form")


# -- received values in their normal form, per field kind ---------------------------------------
# Each test accepts only values of exactly the built-in types `decode` returns that `_scalar` or
# `_list` (received: no date is refused as future) returns unchanged, so that their canonical
# encodings are equal; it may refuse more (the slow path then decides). A received version's
# values are checked for every version of an import: the tables are made once per kind.

_CONTROL_OR_LINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # `_CONTROL` and new lines
_COUNTRY_EXACT = re.compile(r"[A-Z]{2}")


def _normal_text(value: Any, multiline: bool) -> bool:
    if type(value) is not str or not value or value[0].isspace() or value[-1].isspace():
        return False
    if len(value) > MAX_FIELD_BYTES or (  # encoded as `_text` does (a lone surrogate raises)
            not value.isascii() and len(value.encode("utf-8")) > MAX_FIELD_BYTES):
        return False
    return not (_CONTROL if multiline else _CONTROL_OR_LINE).search(value)


# No date's text is longer (a range of two minutes is 34 characters): a longer one goes the slow
# way, so that the memo below holds at most 64K short strings whatever a bundle sends.
_LONGEST_DATE = 64


def _normal_date(value: str) -> bool:
    return len(value) <= _LONGEST_DATE and _normal_short_date(value)


@functools.lru_cache(maxsize=65536)  # many records share a date
def _normal_short_date(value: str) -> bool:
    try:
        return parse_date(value).text == value
    except Exception:  # the slow path raises it again, as it always did
        return False


def _normal_scalar(info: FieldInfo) -> Callable[[Any], bool]:
    """A non-empty value of a scalar kind (None is decided by the caller)."""
    kind = info.kind
    if kind in (FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.REF):
        multiline = kind == FieldKind.LONGTEXT
        return lambda v: _normal_text(v, multiline)
    if kind == FieldKind.ENUM:
        slugs = frozenset(VOCABULARIES[info.vocab or ""].slugs())
        return lambda v: type(v) is str and v in slugs
    if kind == FieldKind.DATE:
        return lambda v: type(v) is str and _normal_date(v)
    if kind == FieldKind.INT:
        low = -MAX_SAFE_INT if info.minimum is None else max(info.minimum, -MAX_SAFE_INT)
        high = MAX_SAFE_INT if info.maximum is None else min(info.maximum, MAX_SAFE_INT)
        return lambda v: type(v) is int and low <= v <= high
    if kind == FieldKind.COUNTRY:
        return lambda v: type(v) is str and _COUNTRY_EXACT.fullmatch(v) is not None
    return lambda v: False


_LIST_ITEMS = {FieldKind.ENUM_LIST: FieldKind.ENUM, FieldKind.REF_LIST: FieldKind.REF,
               FieldKind.TEXT_LIST: FieldKind.TEXT}


def _normal_value(info: FieldInfo) -> Callable[[Any], bool]:
    if info.kind in LIST_KINDS:
        item = _normal_scalar(FieldInfo(_LIST_ITEMS[info.kind], info.label, vocab=info.vocab,
                                        ref=info.ref))
        least = 1 if info.required else 0

        def normal_list(v: Any) -> bool:  # no None, empty text or repeated item: all dropped
            return (type(v) is list and least <= len(v) <= MAX_LIST_ITEMS
                    and all(item(i) for i in v) and len(set(v)) == len(v))

        return normal_list
    scalar = _normal_scalar(info)
    if info.required:
        return scalar
    return lambda v: v is None or scalar(v)


@functools.cache
def _normal_checks(kind: str) -> dict[str, Callable[[Any], bool]]:
    return {name: _normal_value(info) for name, info in field_infos(KINDS[kind].cls).items()}
