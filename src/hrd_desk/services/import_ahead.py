"""An import's pure work, a batch ahead on a second thread: parsing and checking messages.

What a received version needs before the store sees it depends on nothing the import writes:
its canonical decoding (crypto/canonical.py), its parsing (history/wire.py), its signature and
hashes against its origin's key (history/versions.verify_version) and the check of its values
(services/validation.check_received_values). `Ahead` runs that on one thread for the next batch
while the caller's thread applies the current one to the vault: libsodium's signature check and
SQLite's statements release the GIL, so on two cores the two overlap (bench/issue13-figures.md,
session 9).

Nothing is checked less: the worker knows only the keys it can be sure of without the database
(this vault's own, and those the bundle's origin messages named before, checked against their
self-certifying ids as the caller checks them), and says with which key it verified; the caller
verifies again itself whenever its own key for the origin is not that one. Every failure is kept
with its message and raised by the caller when it reaches that message, in order, so what comes
before it is applied first and the bundle is refused whole as before; a failure of the thread
itself is raised in the caller too. Batches are bounded (at most `AHEAD` waiting), so memory stays
bounded whatever the bundle's size.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from ..crypto.bundle_format import BulkMessage
from ..crypto.canonical import CanonicalError, decode
from ..crypto.identity import EPOCH_BYTES, PublicIdentity
from ..history.versions import MalformedVersion, Version, verify_version
from ..history.wire import from_message
from . import evidence_exchange
from .validation import check_received_values

AHEAD = 1  # batches prepared or being prepared while the caller applies one, at most

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
    the worker knew no key for its origin."""

    message: Any
    raw: bytes | BulkMessage  # attachment data stays in the bundle's pieces (never parsed)
    version: Version | None = None
    error: MalformedVersion | None = None
    checked_with: bytes | None = None


def prepare(raws: Sequence[bytes | BulkMessage], own: tuple[str, bytes],
            learned: dict[str, tuple[bytes, bytes]]) -> list[Prepared]:
    """A batch of messages, in order; stops after one that is not canonical (nothing after it
    is applied). `own`: this vault's id and key; `learned`: the origins named so far (this
    worker's own copy, extended here)."""
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
            _version(one, own, learned)
    return prepared


def _version(one: Prepared, own: tuple[str, bytes],
             learned: dict[str, tuple[bytes, bytes]]) -> None:
    try:
        one.version = version = from_message(one.message)
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
    try:
        verify_version(version, PublicIdentity(key, bytes(32)))
        check_received_values(version.kind, version.fields)
    except MalformedVersion as exc:
        one.error = exc


class Ahead:
    """`prepare` on one thread, batch after batch, results taken in order (a context manager:
    its thread is stopped and waited for when the import ends, however it ends)."""

    def __init__(self, own: tuple[str, bytes]) -> None:
        self._own = own
        self._learned: dict[str, tuple[bytes, bytes]] = {}  # the worker's only
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-ahead")
        self._waiting: deque[Future[list[Prepared]]] = deque()

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, *exc: object) -> None:
        self._waiting.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, raws: Sequence[bytes | BulkMessage]) -> None:
        self._waiting.append(self._pool.submit(prepare, list(raws), self._own, self._learned))

    @property
    def full(self) -> bool:
        """Whether the caller should take a batch before submitting another."""
        return len(self._waiting) > AHEAD

    def __bool__(self) -> bool:
        return bool(self._waiting)

    def take(self) -> list[Prepared]:
        """The oldest batch, once prepared (a failure of the worker itself is raised here)."""
        return self._waiting.popleft().result()
