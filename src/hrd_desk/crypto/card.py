"""Identity cards: a vault's public keys and display name, signed by its own signing key.

A card proves only that whoever made it holds the signing key; whether that is the colleague a
caseworker thinks it is, is settled by comparing fingerprints out of band (read aloud, QR code).
The fingerprint is always computed from the keys, never read from the card.
"""

from __future__ import annotations

from dataclasses import dataclass

from .canonical import CanonicalError, decode, encode
from .identity import Identity, PublicIdentity

CARD_DOMAIN = b"hrd-desk card v1\0"
CARD_TYPE = "hrd-desk identity card"
MAX_CARD_BYTES = 4096
MAX_NAME_CHARS = 100


class CardError(ValueError):
    """A card that is malformed or whose signature does not verify."""


@dataclass(frozen=True)
class Card:
    name: str
    identity: PublicIdentity


def _body(name: str, public: PublicIdentity) -> dict[str, object]:
    return {
        "type": CARD_TYPE,
        "v": 1,
        "name": name,
        "verify_key": public.verify_key.hex(),
        "box_key": public.box_key.hex(),
    }


def make_card(identity: Identity, name: str) -> bytes:
    body = _body(name, identity.public)
    signature = identity.sign(CARD_DOMAIN, encode(body))
    return encode({"card": body, "signature": signature.hex()}) + b"\n"


def parse_card(data: bytes) -> Card:
    """Parse and verify a card; CardError says what is wrong."""
    if len(data) > MAX_CARD_BYTES:
        raise CardError("the file is too large to be an identity card")
    try:
        outer = decode(data.rstrip(b"\n"))
        body = outer["card"]
        signature = bytes.fromhex(outer["signature"])
        if set(outer) != {"card", "signature"} or body.get("type") != CARD_TYPE:
            raise CardError("this is not an hrd-desk identity card")
        if body.get("v") != 1 or set(body) != set(_body("", _ZERO)):
            raise CardError("unknown identity card version")
        name = body["name"]
        public = PublicIdentity(bytes.fromhex(body["verify_key"]), bytes.fromhex(body["box_key"]))
    except CardError:
        raise
    except (CanonicalError, KeyError, TypeError, ValueError, AttributeError):
        raise CardError("the identity card is malformed") from None
    if not isinstance(name, str) or len(name) > MAX_NAME_CHARS:
        raise CardError("the identity card's name is malformed")
    if not public.verify(CARD_DOMAIN, encode(body), signature):
        raise CardError("the identity card's signature does not verify")
    return Card(name, public)


_ZERO = PublicIdentity(bytes(32), bytes(32))
