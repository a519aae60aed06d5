"""The bundle manifest (message 0): who sent it, to whom, when, and what it commits to.

Canonical JSON, so that the bytes the sender signed are the only bytes a reader accepts. Parsing is
strict and capped before work: the length is checked by the caller before allocation, the bracket
depth here before the JSON parser recurses, then the exact key set, types and ranges. A manifest
is parsed before its signature is checked (the sender's key is inside it), so every rule here
faces hostile input.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import BundleRejected
from .bundle_format import (
    BUNDLE_ID_BYTES,
    MANIFEST_FORMAT,
    MAX_COUNT_KEY_CHARS,
    MAX_COUNT_KEYS,
    MAX_COUNT_VALUE,
    MAX_JSON_DEPTH,
    MAX_RECIPIENTS,
    MAX_SAFE_INT,
)
from .canonical import CanonicalError, decode, encode
from .identity import PublicIdentity

MANIFEST_KEYS = frozenset(
    {
        "format",
        "bundle_id",
        "sender",
        "recipients",
        "created_at",
        "header_hash",
        "schema_version",
        "counts",
    }
)
_KEY_FIELDS = frozenset({"verify_key", "box_key"})
_HEX32 = re.compile(r"[0-9a-f]{64}")
_HEX16 = re.compile(f"[0-9a-f]{{{2 * BUNDLE_ID_BYTES}}}")
COUNT_KEY = re.compile(f"[a-z][a-z0-9_]{{0,{MAX_COUNT_KEY_CHARS - 1}}}")
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]")


@dataclass(frozen=True)
class Manifest:
    bundle_id: bytes
    sender: PublicIdentity
    recipients: tuple[PublicIdentity, ...]
    created_at: int
    header_hash: bytes
    schema_version: int
    counts: Mapping[str, int]

    def to_bytes(self) -> bytes:
        return encode(
            {
                "format": MANIFEST_FORMAT,
                "bundle_id": self.bundle_id.hex(),
                "sender": _key_dict(self.sender),
                "recipients": [_key_dict(r) for r in self.recipients],
                "created_at": self.created_at,
                "header_hash": self.header_hash.hex(),
                "schema_version": self.schema_version,
                "counts": dict(self.counts),
            }
        )


def _key_dict(identity: PublicIdentity) -> dict[str, str]:
    return {"verify_key": identity.verify_key.hex(), "box_key": identity.box_key.hex()}


def check_counts(counts: Mapping[str, int]) -> dict[str, int]:
    """Writer-side check of the declared counts; ValueError names what does not fit."""
    if len(counts) > MAX_COUNT_KEYS:
        raise ValueError(f"at most {MAX_COUNT_KEYS} counts")
    for key, value in counts.items():
        if not isinstance(key, str) or not COUNT_KEY.fullmatch(key):
            raise ValueError(f"count name {key!r} must be lower-case letters, digits, _")
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"count {key} must be an integer")
        if not 0 <= value <= MAX_COUNT_VALUE:
            raise ValueError(f"count {key} must be within 0..{MAX_COUNT_VALUE}")
    return dict(counts)


def check_recipients(recipients: Sequence[PublicIdentity]) -> tuple[PublicIdentity, ...]:
    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    if len(recipients) > MAX_RECIPIENTS:
        raise ValueError(f"a bundle has at most {MAX_RECIPIENTS} recipients")
    if len(set(recipients)) != len(recipients):
        raise ValueError("a recipient is listed twice")
    return tuple(recipients)


def json_depth(data: bytes) -> int:
    """Deepest bracket nesting, strings skipped: measured before any parser recursion."""
    brackets = _NOT_BRACKET.sub(b"", _STRING.sub(b"", data))
    depth = deepest = 0
    for byte in brackets:
        if byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _bad(message: str) -> BundleRejected:
    return BundleRejected("header failure", f"the manifest is malformed: {message}",
                          code="manifest-malformed")


def _int(value: Any, name: str, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= MAX_SAFE_INT:
        raise _bad(f"{name} is not an integer in range")
    return value


def _identity(value: Any, name: str) -> PublicIdentity:
    if not isinstance(value, dict) or set(value) != _KEY_FIELDS:
        raise _bad(f"{name} is not a pair of public keys")
    if not all(isinstance(v, str) and _HEX32.fullmatch(v) for v in value.values()):
        raise _bad(f"{name} has a key that is not 64 lower-case hex digits")
    return PublicIdentity(bytes.fromhex(value["verify_key"]), bytes.fromhex(value["box_key"]))


def _counts(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise _bad("counts is not an object")
    if len(value) > MAX_COUNT_KEYS:
        raise BundleRejected("over cap", f"the manifest declares more than {MAX_COUNT_KEYS} "
                             "counts", code="limits-exceeded")
    counts: dict[str, int] = {}
    for key, item in value.items():
        if not COUNT_KEY.fullmatch(key):
            raise _bad("a count has a name outside [a-z][a-z0-9_]*")
        number = _int(item, "a count", 0)
        if number > MAX_COUNT_VALUE:
            raise BundleRejected(
                "over cap", f"the manifest declares more than {MAX_COUNT_VALUE} {key}",
                code="limits-exceeded")
        counts[key] = number
    return counts


def parse_manifest(data: bytes) -> Manifest:
    """Parse manifest bytes (already length-capped) or raise "over cap" / "header failure"."""
    if json_depth(data) > MAX_JSON_DEPTH:
        raise BundleRejected("over cap", f"the manifest nests deeper than {MAX_JSON_DEPTH} "
                             "levels", code="limits-exceeded")
    try:
        value = decode(data)
    except CanonicalError as exc:
        raise _bad(str(exc)) from None
    if not isinstance(value, dict) or set(value) != MANIFEST_KEYS:
        raise _bad("unexpected or missing fields")
    if value["format"] != MANIFEST_FORMAT or isinstance(value["format"], bool):
        raise _bad("unknown manifest format")
    bundle_id = value["bundle_id"]
    if not isinstance(bundle_id, str) or not _HEX16.fullmatch(bundle_id):
        raise _bad("the bundle id is not 32 lower-case hex digits")
    header_digest = value["header_hash"]
    if not isinstance(header_digest, str) or not _HEX32.fullmatch(header_digest):
        raise _bad("the header hash is not 64 lower-case hex digits")
    listed = value["recipients"]
    if not isinstance(listed, list) or not listed:
        raise _bad("the recipient list is empty or not a list")
    if len(listed) > MAX_RECIPIENTS:
        raise BundleRejected(
            "over cap", f"the manifest lists more than {MAX_RECIPIENTS} recipients",
            code="limits-exceeded")
    recipients = tuple(_identity(item, "a recipient") for item in listed)
    if len(set(recipients)) != len(recipients):
        raise _bad("a recipient is listed twice")
    return Manifest(
        bundle_id=bytes.fromhex(bundle_id),
        sender=_identity(value["sender"], "the sender"),
        recipients=recipients,
        created_at=_int(value["created_at"], "created_at", 0),
        header_hash=bytes.fromhex(header_digest),
        schema_version=_int(value["schema_version"], "schema_version", 1),
        counts=_counts(value["counts"]),
    )
