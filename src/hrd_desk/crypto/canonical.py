"""Canonical encoding: one byte string per value, so that signatures and hashes agree everywhere.

JSON with sorted keys, no spaces, UTF-8, no floats, integers within +-(2^53 - 1), nesting depth
and sizes bounded. Parsing rejects duplicate keys and anything the encoder would not produce.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

MAX_SAFE_INT = 2**53 - 1
MAX_DEPTH = 16


class CanonicalError(ValueError):
    """A value that has no canonical form, or bytes that are not one."""


def _check(value: Any, depth: int) -> None:
    """Raise CanonicalError unless `value` has a canonical form (exact built-in types are
    checked on a fast path: a version is checked and encoded many times per write)."""
    if depth > MAX_DEPTH:
        raise CanonicalError("nesting too deep")
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return
    if kind is int:
        if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
            raise CanonicalError("integer out of range")
        return
    shallow = depth < MAX_DEPTH  # its text items are within the depth limit too
    if kind is list:
        for item in value:
            if not (shallow and type(item) is str):
                _check(item, depth + 1)
        return
    if kind is dict:
        for key, item in value.items():
            if not isinstance(key, str):
                raise CanonicalError("object keys must be text")
            if not (shallow and type(item) is str):
                _check(item, depth + 1)
        return
    _check_subclass(value, depth)


def _check_subclass(value: Any, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise CanonicalError("nesting too deep")
    if value is None or isinstance(value, (str, bool)):
        return
    if isinstance(value, int):
        if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
            raise CanonicalError("integer out of range")
        return
    if isinstance(value, list):
        for item in value:
            _check(item, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise CanonicalError("object keys must be text")
            _check(item, depth + 1)
        return
    raise CanonicalError(f"unsupported type {type(value).__name__}")


_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def _one_shot_encoder() -> Callable[[Any], str]:
    """The JSON text of a checked value. JSONEncoder.encode builds its C encoder anew on every
    call, which was most of the cost of the dozens of small encodings a write makes; this
    builds it once, with the same settings (no circular-reference markers: `_check` bounds the
    depth first). Python's own encoder where the C one is missing."""
    c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
    if c_make_encoder is None:
        return _ENCODER.encode
    chunks = c_make_encoder(
        None, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",", True, False,
        False)
    return lambda value: "".join(chunks(value, 0))


_TEXT_OF = _one_shot_encoder()


def encode(value: Any) -> bytes:
    _check(value, 0)
    return _TEXT_OF(value).encode("utf-8")


def encode_known(value: Any) -> bytes:
    """`encode` of a value made only of what `decode` returned or of JSON text `encode` wrote,
    read back with json.loads: checked when it was first encoded or parsed, so not walked
    again (an export streams every stored version). Anything else goes through `encode`."""
    return _TEXT_OF(value).encode("utf-8")


def text_known(value: Any) -> str:
    """`encode_known` as text, for a value checked already (the same conditions): the pieces a
    received version's commitments and stored payload are joined from (history/versions.py)."""
    return _TEXT_OF(value)


# The canonical text of one string (quoted and escaped as `encode` writes it inside any value).
quote_text: Callable[[str], str] = json.encoder.encode_basestring


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, item in pairs:
        if key in result:
            raise CanonicalError("duplicate key")
        result[key] = item
    return result


def _no_float(text: str) -> Any:
    raise CanonicalError("floating-point numbers are not allowed")


# json.loads with any hook builds a decoder (and its scanner) on every call: built once here
_DECODERS = {
    find_duplicates: json.JSONDecoder(
        object_pairs_hook=_no_duplicates if find_duplicates else None,
        parse_float=_no_float,
        parse_constant=_no_float,
    )
    for find_duplicates in (False, True)
}


def _parse(data: bytes, *, find_duplicates: bool) -> Any:
    try:
        return _DECODERS[find_duplicates].decode(data.decode("utf-8"))
    except CanonicalError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CanonicalError(f"not valid canonical JSON ({type(exc).__name__})") from None


def decode(data: bytes) -> Any:
    """Parse canonical bytes; raises CanonicalError on anything malformed or non-canonical.

    Parsed first without a Python hook per object (every message of a bundle comes through
    here): a duplicate key cannot survive the final comparison, since the parser keeps one of
    the two and the encoding comes out shorter. Only bytes that fail it are parsed again with
    the duplicate check, to say what is wrong."""
    value = _parse(data, find_duplicates=False)
    _check(value, 0)
    if _TEXT_OF(value).encode("utf-8") != data:  # checked just above: encode without it
        _parse(data, find_duplicates=True)
        raise CanonicalError("not in canonical form")
    return value


def digest(data: bytes, person: bytes = b"") -> bytes:
    """BLAKE2b-256, optionally personalised (up to 16 bytes) to separate uses.

    hashlib's BLAKE2b (the same function as libsodium's crypto_generichash, byte for byte: see
    tests/test_canonical.py) costs a tenth of PyNaCl's per call, and a write makes a dozen; a
    copy of a hasher set up once per personalisation costs about half a new one (an import
    hashes about ten field commitments per version)."""
    blank = _HASHERS.get(person)
    if blank is None:
        blank = _HASHERS[person] = hashlib.blake2b(digest_size=32, person=person)
    hasher = blank.copy()
    hasher.update(data)
    return hasher.digest()


_HASHERS: dict[bytes, Any] = {}
