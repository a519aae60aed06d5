"""An import's pure work on a batch of messages: parsing and checking them before they are applied.

What a received version needs before the store sees it depends on nothing the import writes:
its canonical decoding (crypto/canonical.py), its parsing (history/wire.py), its signature and
hashes against its origin's key (history/versions.verify_version) and the check of its values
(services/validation.check_received_values). `prepare` does that for a batch, once per version,
with the keys it can be sure of without the database (this vault's own, and those the bundle's
origin messages named before, checked against their self-certifying ids as the caller checks
them), and says with which key it verified; the caller verifies again itself whenever its own key
for the origin is not that one. Every failure is kept with its message and raised by the caller
when it reaches that message, in order, so what comes before it is applied first and the bundle
is refused whole as before.

Run on a second thread a batch ahead (session 9, branch s9-first), this saved wall time only on a
loaded machine: on an idle one the two threads contended for the GIL (parsing and the applying
thread's Python) and the first import of the 100k vault took 82.8 s wall and 93 s of CPU against
71.0 s and 71.4 s with each batch prepared in turn (bench/issue13-figures.md, session 9).

Only the Ed25519 verification itself leaves the caller's thread (`Signatures`): libsodium works
without the GIL and the thread runs little Python per signature, so it needs the GIL only
between calls. Every other check stays in `prepare`, and the caller takes a version's verdict
(`Prepared.settle`) before it trusts the version.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from ..crypto.bundle_format import BulkMessage
from ..crypto.canonical import CanonicalError, decode
from ..crypto.identity import EPOCH_BYTES, PublicIdentity
from ..history.versions import (
    BAD_SIGNATURE,
    MalformedVersion,
    Version,
    signature_verifies,
    verify_version,
)
from ..history.wire import from_message
from . import evidence_exchange
from .validation import check_received_values

DATA = object()  # a message that is attachment data (evidence_exchange.py): not parsed here

_ORIGIN_FIELDS = {"t", "vault_id", "verify_key"}


def learn_origin(message: dict[str, Any], learned: dict[str, tuple[bytes, bytes]]) -> None:
    """An origin message's key (and epoch), once its id is the hash of them."""
    if set(message) not in (_ORIGIN_FIELDS, _ORIGIN_FIELDS | {"epoch"}):
        raise MalformedVersion("unexpected origin layout")
    try:
        key = bytes.fromhex(message["verify_key"])
        epoch = bytes.fromhex(message.get("epoch", ""))
        if "epoch" in message and len(epoch) != EPOCH_BYTES:
            raise ValueError("epoch")
        claimed = PublicIdentity(key, bytes(32)).vault_id(epoch)
    except (ValueError, TypeError):
        raise MalformedVersion("bad origin key") from None
    if claimed != message["vault_id"]:
        raise MalformedVersion("an origin's key does not match its id")
    learned[claimed] = (key, epoch)


@dataclass
class Prepared:
    """One message as the worker left it: decoded (`message`: a value, DATA, or the
    CanonicalError its bytes raised), and for a version message its parsed `version` or the
    MalformedVersion parsing raised (`error`). `checked_with`: the key the version's signature,
    hashes and values were checked against (`error` then holds what that check raised), None if
    the worker knew no key for its origin. `verdict`: where the version's signature is being
    verified (`Signatures`), until `settle` took the verdict."""

    message: Any
    raw: bytes | BulkMessage  # attachment data stays in the bundle's pieces (never parsed)
    version: Version | None = None
    error: MalformedVersion | None = None
    checked_with: bytes | None = None
    verdict: tuple[Future[list[bool]], int] | None = None

    def settle(self) -> None:
        """Wait for the signature's verdict, if it is verified on the other thread: a bad one
        is the version's error (before any about its values, which verify_version would have
        raised first)."""
        if self.verdict is None:
            return
        (future, at), self.verdict = self.verdict, None
        if not future.result()[at]:
            self.error = MalformedVersion(BAD_SIGNATURE)


class Signatures:
    """Ed25519 verification of a batch's versions on one thread beside the caller's, a chunk of
    versions per hand-over (one per signature costs more in thread switches than it saves).
    `close` it (always: also after a failure)."""

    CHUNK = 32

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="signatures")
        self._chunk: list[tuple[Prepared, PublicIdentity, bytes, bytes]] = []

    def add(self, one: Prepared, key: PublicIdentity, content: bytes, signature: bytes) -> None:
        self._chunk.append((one, key, content, signature))
        if len(self._chunk) >= self.CHUNK:
            self.send()

    def send(self) -> None:
        """Hand the versions added so far to the thread."""
        if not self._chunk:
            return
        chunk, self._chunk = self._chunk, []
        future = self._pool.submit(_verdicts, [(key, content, signature)
                                               for _one, key, content, signature in chunk])
        for at, (one, *_rest) in enumerate(chunk):
            one.verdict = (future, at)

    def close(self) -> None:
        self._chunk = []
        self._pool.shutdown(wait=True, cancel_futures=True)


def _verdicts(items: list[tuple[PublicIdentity, bytes, bytes]]) -> list[bool]:
    return [signature_verifies(key, content, signature) for key, content, signature in items]


def prepare(raws: Sequence[bytes | BulkMessage], own: tuple[str, bytes],
            learned: dict[str, tuple[bytes, bytes]],
            signatures: Signatures | None = None) -> list[Prepared]:
    """A batch of messages, in order; stops after one that is not canonical (nothing after it
    is applied). `own`: this vault's id and key; `learned`: the origins named so far (this
    worker's own copy, extended here); `signatures`: where the versions' signatures are
    verified (here when None), each version then settled by the caller before it is used."""
    prepared: list[Prepared] = []
    for raw in raws:
        if isinstance(raw, BulkMessage) or evidence_exchange.is_data(raw):
            prepared.append(Prepared(DATA, raw))
            continue
        try:
            message = decode(raw)
        except CanonicalError as exc:
            prepared.append(Prepared(exc, raw))
            break
        one = Prepared(message, raw)
        prepared.append(one)
        kind = message.get("t") if isinstance(message, dict) else None
        if kind == "origin":
            with contextlib.suppress(MalformedVersion):  # refused when the caller gets there
                learn_origin(message, learned)
        elif kind == "version":
            _version(one, own, learned, signatures)
    if signatures is not None:
        signatures.send()
    return prepared


def _version(one: Prepared, own: tuple[str, bytes], learned: dict[str, tuple[bytes, bytes]],
             signatures: Signatures | None) -> None:
    try:
        one.version = version = from_message(one.message, decoded=True)
    except MalformedVersion as exc:
        one.error = exc
        return
    if version.origin == own[0]:  # the caller's order: this vault, then what the bundle named
        key = own[1]
    elif version.origin in learned:
        key = learned[version.origin][0]
    else:
        return  # a key from the database: the caller checks it
    one.checked_with = key
    origin_key = PublicIdentity(key, bytes(32))
    later = None if signatures is None else (
        lambda content, signature: signatures.add(one, origin_key, content, signature))
    try:
        verify_version(version, origin_key, later)
        check_received_values(version.kind, version.fields)
    except MalformedVersion as exc:
        one.error = exc
