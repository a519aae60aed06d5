"""Versions as bundle messages: a strict, canonical dictionary form.

Everything read here comes from a file someone else made, so every type, length and name is
checked and anything unexpected is a MalformedVersion (the bundle is then rejected whole).
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

from ..crypto.canonical import text_known
from ..model.fields import field_infos
from ..model.records import KINDS
from .versions import MalformedVersion, Version

_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_KEYS = frozenset(
    {"t", "record", "kind", "origin", "counter", "vector", "hlc", "deleted", "field_names",
     "fields_hash", "signature", "version_id", "values", "salts", "withheld"}
)


class Encoded(NamedTuple):
    """A version's message already encoded (store/records.load_messages_from), and its origin
    (a bundle names each origin's key before its first version)."""

    origin: str
    data: bytes


def to_message(version: Version) -> dict[str, Any]:
    return message(version.record_id, version.kind, version.origin, version.counter,
                   dict(version.vector), (version.hlc_wall, version.hlc_counter),
                   version.deleted, list(version.field_names), version.fields_hash,
                   version.signature, version.version_id, dict(version.fields),
                   dict(version.salts), dict(version.withheld))


def message(record_id: str, kind: str, origin: str, counter: int, vector: dict[str, int],
            hlc: tuple[int, int], deleted: bool, field_names: list[str], fields_hash: bytes,
            signature: bytes, version_id: bytes, values: dict[str, Any], salts: dict[str, str],
            withheld: dict[str, str]) -> dict[str, Any]:
    """A version's message from its parts (`to_message`, or a stored row: store/records.py)."""
    return {
        "t": "version",
        "record": record_id,
        "kind": kind,
        "origin": origin,
        "counter": counter,
        "vector": vector,
        "hlc": [hlc[0], hlc[1]],
        "deleted": deleted,
        "field_names": field_names,
        "fields_hash": fields_hash.hex(),
        "signature": signature.hex(),
        "version_id": version_id.hex(),
        "values": values,
        "salts": salts,
        "withheld": withheld,
    }


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise MalformedVersion(what)


@functools.cache
def _known_fields(kind: str) -> frozenset[str]:
    return frozenset(field_infos(KINDS[kind].cls))


def _hex(value: Any, pattern: re.Pattern[str], what: str) -> bytes:
    _expect(isinstance(value, str) and bool(pattern.match(value)), what)
    return bytes.fromhex(value)


def from_message(message: Any, *, decoded: bool = False) -> Version:
    """Parse a version message; MalformedVersion says what is wrong. Signatures are not checked
    here (history/versions.verify_version does that against the origin's key). `decoded`: the
    message is what crypto/canonical.decode returned (every value checked), so the canonical
    text of each value is taken once here (Version.texts)."""
    _expect(isinstance(message, dict) and set(message) == _KEYS, "unexpected version layout")
    _expect(message["t"] == "version", "not a version")
    kind = message["kind"]
    _expect(isinstance(kind, str) and kind in KINDS, "unknown record kind")
    known_fields = _known_fields(kind)
    record_id = message["record"]
    _expect(isinstance(record_id, str) and bool(_UUID.match(record_id)), "bad record id")
    origin = message["origin"]
    _expect(isinstance(origin, str) and bool(_HEX32.match(origin)), "bad origin")
    vector = message["vector"]
    _expect(isinstance(vector, dict) and all(_HEX32.match(k) for k in vector), "bad vector")
    hlc = message["hlc"]
    _expect(isinstance(hlc, list) and len(hlc) == 2, "bad clock")
    _expect(isinstance(message["deleted"], bool), "bad deleted flag")
    names = message["field_names"]
    _expect(isinstance(names, list) and all(isinstance(n, str) for n in names), "bad names")
    _expect(names == sorted(set(names)) and set(names) <= known_fields, "unknown field names")
    values, salts, withheld = message["values"], message["salts"], message["withheld"]
    _expect(all(isinstance(x, dict) for x in (values, salts, withheld)), "bad field maps")
    _expect(all(isinstance(s, str) and _HEX32.match(s) for s in salts.values()), "bad salt")
    _expect(all(isinstance(c, str) and _HEX64.match(c) for c in withheld.values()), "bad hash")
    _expect(isinstance(message["counter"], int), "bad counter")
    signature = message["signature"]
    _expect(isinstance(signature, str) and len(signature) == 128, "bad signature")
    try:
        signature_bytes = bytes.fromhex(signature)
    except ValueError:
        raise MalformedVersion("bad signature") from None
    return Version(
        record_id=record_id,
        kind=kind,
        origin=origin,
        counter=message["counter"],
        vector=vector,
        hlc_wall=hlc[0],
        hlc_counter=hlc[1],
        deleted=message["deleted"],
        field_names=tuple(names),
        fields_hash=_hex(message["fields_hash"], _HEX64, "bad fields hash"),
        signature=signature_bytes,
        version_id=_hex(message["version_id"], _HEX64, "bad version id"),
        fields=values,
        salts=salts,
        withheld=withheld,
        texts=(values, {name: text_known(value) for name, value in values.items()})
        if decoded else None,
    )
