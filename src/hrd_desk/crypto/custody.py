"""Custody statements: an attachment's hash, intake facts and custody events, signed by the
vault's identity key, checkable by anyone who holds that vault's identity card.

    {"signature": hex, "statement": {"type": STATEMENT_TYPE, "v": 1, "signer": {...},
     "attachment": {...}, "events": [...], "made_at": "..."}}

encoded canonically (crypto/canonical.py); the signature covers DOMAIN + the canonical encoding
of "statement". Checking never trusts the key named inside: the caller gives the card, and the
statement must name exactly that card's keys.
"""

from __future__ import annotations

from typing import Any

from .canonical import CanonicalError, decode, encode
from .identity import Identity, PublicIdentity

DOMAIN = b"hrd-desk custody statement v1\x00"
STATEMENT_TYPE = "hrd-desk custody statement"
MAX_STATEMENT_BYTES = 4 * 1024 * 1024


class StatementError(ValueError):
    """A statement that is malformed, not signed by the given card's key, or altered."""


def _signer(public: PublicIdentity) -> dict[str, str]:
    return {"vault_id": public.vault_id(), "verify_key": public.verify_key.hex(),
            "box_key": public.box_key.hex()}


def make_statement(identity: Identity, attachment: dict[str, Any],
                   events: list[dict[str, Any]], made_at: str) -> bytes:
    body = {"type": STATEMENT_TYPE, "v": 1, "signer": _signer(identity.public),
            "attachment": attachment, "events": events, "made_at": made_at}
    signature = identity.sign(DOMAIN, encode(body))
    return encode({"statement": body, "signature": signature.hex()}) + b"\n"


def check_statement(data: bytes, signer: PublicIdentity) -> dict[str, Any]:
    """The statement's body once its signature verifies under `signer`; StatementError if not."""
    if len(data) > MAX_STATEMENT_BYTES:
        raise StatementError("the file is too large to be a custody statement")
    try:
        outer = decode(data.rstrip(b"\n"))
        if not isinstance(outer, dict) or set(outer) != {"statement", "signature"}:
            raise StatementError("this is not an hrd-desk custody statement")
        body = outer["statement"]
        signature = bytes.fromhex(outer["signature"])
    except StatementError:
        raise
    except (CanonicalError, TypeError, ValueError, AttributeError):
        raise StatementError("the custody statement is malformed") from None
    if not isinstance(body, dict) or body.get("type") != STATEMENT_TYPE or body.get("v") != 1:
        raise StatementError("this is not an hrd-desk custody statement of a known version")
    if body.get("signer") != _signer(signer):
        raise StatementError("the statement names another vault than this card's")
    if not signer.verify(DOMAIN, encode(body), signature):
        raise StatementError("the statement's signature does not verify: it was altered, or "
                             "not made by this card's vault")
    attachment = body.get("attachment")
    if not isinstance(attachment, dict) or not isinstance(body.get("events"), list):
        raise StatementError("the custody statement is malformed")
    return body
