"""Versions of a record and how they combine (docs/design/merge.md).

Pure functions, no I/O: version vectors decide what supersedes what; the hybrid logical clock only
orders concurrent versions for display. What is displayed is computed field by field, so concurrent
changes to different fields combine and only a field changed on both sides is a conflict.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..crypto.canonical import MAX_SAFE_INT, digest, encode, quote_text
from ..crypto.identity import Identity, PublicIdentity

MAX_VECTOR_ENTRIES = 64
SIGNATURE_DOMAIN = b"hrd-desk version v1\0"
_ID_PERSON = b"hrd-version-id"
_FIELDS_PERSON = b"hrd-fields"

Vector = Mapping[str, int]


class MalformedVersion(ValueError):
    """A version whose numbers, names or signature cannot be accepted."""


@dataclass(frozen=True)
class Version:
    record_id: str
    kind: str
    origin: str
    counter: int
    vector: Mapping[str, int]
    hlc_wall: int
    hlc_counter: int
    deleted: bool
    field_names: tuple[str, ...]
    fields_hash: bytes
    signature: bytes
    version_id: bytes
    # The values this vault holds, each with the random salt of its commitment. A field whose
    # value is withheld (redacted for a recipient) or purged keeps only its commitment, so the
    # version still verifies while the value is gone.
    fields: Mapping[str, Any] = field(default_factory=dict, compare=False)
    salts: Mapping[str, str] = field(default_factory=dict, compare=False)
    withheld: Mapping[str, str] = field(default_factory=dict, compare=False)
    # The canonical text of each value in `fields`, when known already: a received version's,
    # made once from its checked message (history/wire.from_message); its field commitments
    # and its stored payload (store/records.payload_text) are joined from these very texts.
    # Kept with the mapping they were made from, and used only while `fields` is that mapping
    # (`known_texts`): `without`, or `replace` with other fields, leaves them unused.
    texts: tuple[Mapping[str, Any], Mapping[str, str]] | None = field(
        default=None, compare=False, repr=False)

    @property
    def order_key(self) -> tuple[int, int, str]:
        """Display order among concurrent versions: greatest (HLC, origin) wins."""
        return (self.hlc_wall, self.hlc_counter, self.origin)

    def known_texts(self) -> Mapping[str, str] | None:
        """Field name -> the canonical text of its value, when made with these very `fields`."""
        texts = self.texts
        return texts[1] if texts is not None and texts[0] is self.fields else None

    def commitments(self) -> dict[str, str]:
        """Field name -> commitment (hex), from the held values and the withheld commitments."""
        result = dict(self.withheld)
        texts = self.known_texts()
        for name, value in self.fields.items():
            result[name] = (field_commitment(name, self.salts[name], value) if texts is None
                            else _commitment(name, self.salts[name], texts[name]))
        return result

    def without(self, names: Iterable[str]) -> Version:
        """The same version with these fields' values withheld (redaction, purge)."""
        names = set(names) & set(self.fields)
        if not names:
            return self
        commitments = self.commitments()
        return replace(
            self,
            fields={k: v for k, v in self.fields.items() if k not in names},
            salts={k: v for k, v in self.salts.items() if k not in names},
            withheld={**self.withheld, **{k: commitments[k] for k in names}},
        )


def field_commitment(name: str, salt: str, value: Any) -> str:
    """A salted hash of one field: it cannot be guessed from its value without the salt."""
    return digest(encode([name, salt, value]), _FIELDS_PERSON).hex()


def _commitment(name: str, salt: str, text: str) -> str:
    """`field_commitment` of a value whose canonical text is known: the same bytes, joined as
    the encoder writes a list of three (the name and the salt are text)."""
    return digest(f"[{quote_text(name)},{quote_text(salt)},{text}]".encode(),
                  _FIELDS_PERSON).hex()


def fields_digest(commitments: Mapping[str, str]) -> bytes:
    return digest(encode(dict(commitments)), _FIELDS_PERSON)


def signed_content(
    record_id: str,
    kind: str,
    origin: str,
    counter: int,
    vector: Vector,
    hlc: tuple[int, int],
    deleted: bool,
    field_names: Iterable[str],
    fields_hash: bytes,
) -> bytes:
    return encode(
        {
            "v": 1,
            "record": record_id,
            "kind": kind,
            "origin": origin,
            "counter": counter,
            "vector": dict(vector),
            "hlc": [hlc[0], hlc[1]],
            "deleted": deleted,
            "fields": sorted(field_names),
            "fields_hash": fields_hash.hex(),
        }
    )


def check_bounds(origin: str, counter: int, vector: Vector, hlc: tuple[int, int]) -> None:
    """Counters and clock fields below 2^53, at most 64 vector entries, the dot in the vector."""
    if len(vector) > MAX_VECTOR_ENTRIES:
        raise MalformedVersion("too many vector entries")
    numbers = [counter, *vector.values(), *hlc]
    if any(not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= MAX_SAFE_INT
           for n in numbers):
        raise MalformedVersion("counter or clock out of bounds")
    if counter < 1 or vector.get(origin) != counter:
        raise MalformedVersion("the version's own counter is not in its vector")
    if any(c < 1 for c in vector.values()):
        raise MalformedVersion("vector entries must be positive")


def make_version(
    identity: Identity,
    *,
    record_id: str,
    kind: str,
    origin: str,
    counter: int,
    vector: Vector,
    hlc: tuple[int, int],
    deleted: bool,
    fields: Mapping[str, Any],
) -> Version:
    check_bounds(origin, counter, vector, hlc)
    salts = {name: secrets.token_hex(16) for name in fields}
    commitments = {name: field_commitment(name, salts[name], v) for name, v in fields.items()}
    fields_hash = fields_digest(commitments)
    content = signed_content(
        record_id, kind, origin, counter, vector, hlc, deleted, fields, fields_hash
    )
    signature = identity.sign(SIGNATURE_DOMAIN, content)
    return Version(
        record_id=record_id,
        kind=kind,
        origin=origin,
        counter=counter,
        vector=dict(vector),
        hlc_wall=hlc[0],
        hlc_counter=hlc[1],
        deleted=deleted,
        field_names=tuple(sorted(fields)),
        fields_hash=fields_hash,
        signature=signature,
        version_id=digest(content, _ID_PERSON),
        fields=dict(fields),
        salts=salts,
    )


BAD_SIGNATURE = "signature does not verify against the origin's key"


def verify_version(version: Version, origin_key: PublicIdentity,
                   signature_later: Callable[[bytes, bytes], None] | None = None) -> None:
    """Check a received version: bounds, field hash, id and the origin's signature.
    `signature_later`: given the signed content and the signature once every other check
    passed, instead of the signature being verified here; the caller then verifies it
    (`signature_verifies`) and refuses the version with BAD_SIGNATURE before trusting it."""
    hlc = (version.hlc_wall, version.hlc_counter)
    check_bounds(version.origin, version.counter, version.vector, hlc)
    held = set(version.fields)
    if held != set(version.salts) or held & set(version.withheld):
        raise MalformedVersion("each field needs exactly one salt or one withheld commitment")
    if sorted(held | set(version.withheld)) != list(version.field_names):
        raise MalformedVersion("field names do not match the fields")
    if fields_digest(version.commitments()) != version.fields_hash:
        raise MalformedVersion("fields do not match their hash")
    content = signed_content(
        version.record_id, version.kind, version.origin, version.counter, version.vector, hlc,
        version.deleted, version.field_names, version.fields_hash,
    )
    if digest(content, _ID_PERSON) != version.version_id:
        raise MalformedVersion("version id does not match its content")
    if signature_later is not None:
        signature_later(content, version.signature)
    elif not signature_verifies(origin_key, content, version.signature):
        raise MalformedVersion(BAD_SIGNATURE)


def signature_verifies(origin_key: PublicIdentity, content: bytes, signature: bytes) -> bool:
    """Whether `signature` is the origin's on a version's signed content."""
    return origin_key.verify(SIGNATURE_DOMAIN, content, signature)


def dominates(a: Vector, b: Vector) -> bool:
    """True when a has seen everything b has, and more."""
    return a != b and all(a.get(origin, 0) >= count for origin, count in b.items())


def merge_vectors(vectors: Iterable[Vector]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for vector in vectors:
        for origin, count in vector.items():
            if count > merged.get(origin, 0):
                merged[origin] = count
    return merged


def frontier(versions: Sequence[Version]) -> list[Version]:
    """The versions no other held version dominates."""
    return [
        v for v in versions if not any(dominates(o.vector, v.vector) for o in versions)
    ]


@dataclass(frozen=True)
class Display:
    """What a record shows: field values, whether it is deleted, and what is in conflict."""

    fields: dict[str, Any]
    deleted: bool
    conflict_fields: frozenset[str]
    delete_conflict: bool
    # the fields whose values may differ from the display this one was computed from
    # (display_after's: the version's fields when it dominates every held one); None: any
    changed: frozenset[str] | None = field(default=None, compare=False)

    @property
    def conflict(self) -> bool:
        return bool(self.conflict_fields) or self.delete_conflict


def display(versions: Sequence[Version]) -> Display:
    """Field by field from the whole history: the last writers of each field decide it."""
    if len(versions) == 1:  # most records an import changes: one version, its own values
        only = versions[0]
        return Display(fields={name: only.fields[name] for name in sorted(only.field_names)
                               if name in only.fields},
                       deleted=only.deleted, conflict_fields=frozenset(), delete_conflict=False)
    return weighed(versions)


def weighed(versions: Sequence[Version]) -> Display:
    """`display`, every field's writers weighed against each other (any number of versions)."""
    values: dict[str, Any] = {}
    conflicts: set[str] = set()
    names = {name for v in versions for name in v.field_names}
    for name in sorted(names):
        # A withheld value is absent, not empty: it never overwrites a value held here.
        writers = [v for v in versions if name in v.fields]
        if not writers:
            continue
        if len(writers) == 1:  # most fields of most records: one writer, nothing to weigh
            values[name] = writers[0].fields[name]
            continue
        last = [w for w in writers if not any(dominates(o.vector, w.vector) for o in writers)]
        last.sort(key=lambda v: v.order_key)
        values[name] = last[-1].fields[name]
        if len(last) > 1 and len({encode(w.fields[name]) for w in last}) > 1:
            conflicts.add(name)
    tips = frontier(versions)
    deleted_tips = [v for v in tips if v.deleted]
    all_deleted = bool(tips) and len(deleted_tips) == len(tips)
    return Display(
        fields=values,
        deleted=all_deleted,
        conflict_fields=frozenset(conflicts),
        delete_conflict=bool(deleted_tips) and not all_deleted,
    )


def display_after(shown: Display, history: Sequence[Version], version: Version) -> Display:
    """display([*history, version]) from `shown`, display(history). A version that dominates
    every held one (an edit made after all of them, as most received versions are) is the last
    writer of each field it holds and the only tip: the display takes its values and its
    deletion, and its fields leave the conflicts; the others' last writers are unchanged. Any
    other version (concurrent with one held) is weighed against the whole history again."""
    if not all(dominates(version.vector, h.vector) for h in history):
        return display([*history, version])
    merged = {**shown.fields, **version.fields}
    return Display(
        fields={name: merged[name] for name in sorted(merged)},
        deleted=version.deleted,
        conflict_fields=shown.conflict_fields - version.fields.keys(),
        delete_conflict=False,
        changed=frozenset(version.fields),
    )
