"""Acknowledgement files: the one small file a vault writes when it owes a colleague nothing but
acknowledgements (docs/bundle-format.md "Acknowledgement files").

A bundle is at least 65,773 bytes (whole 64 KiB chunks); acknowledgements alone are a few hundred
bytes of ids. Such a file is instead one sealed box to the recipient's X25519 key holding a
signed, fixed-size plaintext:

    u32 L | statement (L bytes, canonical JSON) | Ed25519 signature (64 bytes) | zero padding

padded to PLAIN_BYTES whatever the number of ids, so every acknowledgement file has the same
length (ACK_FILE_BYTES, which no bundle can have): an observer learns that acknowledgements went,
never how many. The statement names its sender's keys, its one recipient's keys, a random
`ack_id`, the sender's clock and the acknowledged bundle ids; the signature (domain ACK_DOMAIN)
covers it, so only the sender can make one and it cannot be re-addressed. The sealed box hides it
from everyone but the recipient.

Every refusal is a BundleRejected with the bundle reader's categories; nothing else escapes for
malformed input. Pure functions, no I/O.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import nacl.bindings
import nacl.exceptions
import nacl.public

from ..errors import BundleRejected
from .bundle_reader import SenderStatus
from .canonical import MAX_SAFE_INT, CanonicalError, decode, encode
from .identity import Identity, PublicIdentity

ACK_DOMAIN = b"hrd-desk acknowledgements v1\x00"
ACK_FORMAT = 1
MAX_ACKS = 256  # peers.MAX_ACKS_PER_BUNDLE
ACK_ID_BYTES = 16
BUNDLE_ID_BYTES = 16
PLAIN_BYTES = 12_288  # holds MAX_ACKS ids with room to spare
ACK_FILE_BYTES = PLAIN_BYTES + nacl.bindings.crypto_box_SEALBYTES  # 12,336 bytes
_SIGNATURE_BYTES = 64
_KEYS = {"format", "t", "ack_id", "sender", "recipient", "created_at", "bundles"}


@dataclass(frozen=True)
class AckFile:
    ack_id: bytes
    sender: PublicIdentity
    created_at: int
    bundles: tuple[bytes, ...]


def _keys(identity: PublicIdentity) -> dict[str, str]:
    return {"verify_key": identity.verify_key.hex(), "box_key": identity.box_key.hex()}


def is_ack_file_size(size: int) -> bool:
    """Whether a file of `size` bytes is to be read as an acknowledgement file (no bundle is)."""
    return size == ACK_FILE_BYTES


def write_ack_file(me: Identity, to: PublicIdentity, bundles: Sequence[bytes],
                   created_at: int) -> tuple[bytes, bytes]:
    """(the file's bytes, its ack id) acknowledging `bundles` to `to`."""
    if not 0 < len(bundles) <= MAX_ACKS or any(len(b) != BUNDLE_ID_BYTES for b in bundles):
        raise ValueError("an acknowledgement file holds 1 to 256 bundle ids")
    ack_id = secrets.token_bytes(ACK_ID_BYTES)
    statement = encode({
        "format": ACK_FORMAT, "t": "acks", "ack_id": ack_id.hex(), "sender": _keys(me.public),
        "recipient": _keys(to), "created_at": created_at, "bundles": [b.hex() for b in bundles],
    })
    signed = len(statement).to_bytes(4, "big") + statement + me.sign(ACK_DOMAIN, statement)
    plain = signed + bytes(PLAIN_BYTES - len(signed))
    return nacl.public.SealedBox(nacl.public.PublicKey(to.box_key)).encrypt(plain), ack_id


def _payload(message: str) -> BundleRejected:
    return BundleRejected("payload failure", message, code="contents-malformed")


def _public(value: Any) -> PublicIdentity:
    if not isinstance(value, dict) or set(value) != {"verify_key", "box_key"}:
        raise _payload("unexpected key layout")
    try:
        return PublicIdentity(bytes.fromhex(str(value["verify_key"])),
                              bytes.fromhex(str(value["box_key"])))
    except ValueError:
        raise _payload("bad key") from None


def _hex_id(value: Any, length: int) -> bytes:
    try:
        raw = bytes.fromhex(value) if isinstance(value, str) else b""
    except ValueError:
        raw = b""
    if len(raw) != length or raw.hex() != value:
        raise _payload("bad id")
    return raw


def _open(data: bytes, mine: Sequence[Identity]) -> tuple[bytes, Identity]:
    for me in mine:
        try:
            return nacl.public.SealedBox(me.box_private).decrypt(data), me
        except (nacl.exceptions.CryptoError, ValueError):
            continue
    raise BundleRejected("no match", "not addressed to this vault", code="not-for-this-vault")


def read_ack_file(data: bytes, me: Identity | Sequence[Identity],
                  sender_status: Callable[[PublicIdentity], SenderStatus]) -> AckFile:
    """An acknowledgement file addressed to this vault, its signature and sender checked. `me`:
    this vault's identity, then former ones still in their grace period (an identity rotation,
    as for bundles): the one that opens it is the recipient the statement must name."""
    if len(data) != ACK_FILE_BYTES:
        raise BundleRejected("header failure", "not an acknowledgement file", code="not-acks")
    plain, me = _open(data, (me,) if isinstance(me, Identity) else me)
    length = int.from_bytes(plain[:4], "big")
    end = 4 + length + _SIGNATURE_BYTES
    if length == 0 or end > len(plain):
        raise _payload("the statement runs past the file")
    if any(plain[end:]):
        raise _payload("the padding is not zero")
    statement, signature = plain[4:4 + length], plain[4 + length:end]
    try:
        fields = decode(statement)
    except CanonicalError:
        raise _payload("the statement is not canonical JSON") from None
    if not isinstance(fields, dict) or set(fields) != _KEYS or fields["t"] != "acks":
        raise _payload("unexpected statement layout")
    if fields["format"] != ACK_FORMAT:
        raise BundleRejected("header failure", "unknown acknowledgement format",
                             code="newer-acks")
    sender, recipient = _public(fields["sender"]), _public(fields["recipient"])
    status = sender_status(sender)
    if status is SenderStatus.UNKNOWN:
        raise BundleRejected("unknown sender", "the sender is not a colleague",
                             code="sender-unknown")
    if status is SenderStatus.REVOKED:
        raise BundleRejected("revoked sender", "the sender was revoked", code="sender-revoked")
    if not sender.verify(ACK_DOMAIN, statement, signature):
        raise BundleRejected("signature failure", "the acknowledgements' signature does not "
                             "verify", code="signature-fails")
    if not (hmac.compare_digest(recipient.verify_key, me.public.verify_key)
            and hmac.compare_digest(recipient.box_key, me.public.box_key)):
        raise BundleRejected("not addressed", "signed for another vault", code="forwarded")
    created = fields["created_at"]
    if not isinstance(created, int) or isinstance(created, bool) or not (
            0 <= created <= MAX_SAFE_INT):
        raise _payload("a time out of bounds")
    bundles = fields["bundles"]
    if not isinstance(bundles, list) or not bundles:
        raise _payload("no acknowledgements")
    if len(bundles) > MAX_ACKS:
        raise BundleRejected("over cap", "too many acknowledgements", code="limits-exceeded")
    return AckFile(_hex_id(fields["ack_id"], ACK_ID_BYTES), sender, created,
                   tuple(_hex_id(b, BUNDLE_ID_BYTES) for b in bundles))
