"""Signed notices between offices: what one office tells its colleagues about a key or a
defender's consent.

A notice is a bundle message (`{"t": "notice", ...}`, docs/bundle-format.md "Payload
messages") signed by the office that makes it, with its own domain, so it stays attributable
whatever bundle carries it. Three kinds:

- `revoked`: the signer revoked the colleague whose vault id and verify key are named; a
  receiving office shows it and its caseworker decides whether to revoke too. Nothing is revoked
  automatically: a notice is advice from a colleague, never a command.
- `consent`: the signer's consent for a defender (the record id `subject`) is now `level`. It
  goes only to colleagues that hold the defender, when a lowered consent no longer lets the
  defender's records reach them (so the lowered version itself cannot travel), and again when
  it is raised back. A receiving office applies it only as a limit (services/outbound.py): it
  can narrow what leaves from there, never widen it.
- `successor`: the signer rotated its identity (`identity rotate`); the subject is its new
  vault id, verify key and (`box_key`) encryption key. Signed twice over the same content: by
  the old key (`signature`, the signer's) and by the new key (`subject_signature`), so it proves
  that one holder had both. A colleague that trusted the old key moves to the new one on its
  own (services/colleagues.accept_successor); a card signed by the new key alone is not one.
  `until`: the old key signs the signer's bundles until then (its grace period), never after.

A notice of a kind this version does not know is refused with its bundle, like any unknown
message.

Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..crypto.canonical import MAX_SAFE_INT, digest, encode
from ..crypto.identity import Identity, PublicIdentity
from ..model.vocab import CONSENT_LEVELS
from .versions import MalformedVersion

NOTICE_DOMAIN = b"hrd-desk notice v1\0"
_ID_PERSON = b"hrd-notice-id"
REVOKED = "revoked"
CONSENT = "consent"
SUCCESSOR = "successor"
_COMMON = {"t", "notice", "subject", "subject_key", "signer", "signer_key", "at", "signature"}
_FIELDS = {REVOKED: _COMMON, SUCCESSOR: _COMMON | {"box_key", "until", "subject_signature"},
           CONSENT: {"t", "notice", "subject", "level", "signer", "signer_key", "at",
                     "signature"}}
_MAX_SUBJECT = 64  # a record id (a UUID is 36 characters)


@dataclass(frozen=True)
class Notice:
    kind: str
    subject: str  # the vault id the notice is about
    subject_key: bytes  # its verify key
    signer: str  # the vault id that signed it
    signer_key: bytes
    at_ms: int  # when the signer made it (its claim)
    signature: bytes
    box_key: bytes = b""  # successor: the new encryption key
    subject_signature: bytes = b""  # successor: the new key's signature over content()
    until_ms: int = 0  # successor: the old key signs this vault's bundles until then, no later

    def content(self) -> bytes:
        body: dict[str, Any] = {"notice": self.kind, "subject": self.subject,
                                "subject_key": self.subject_key.hex(), "signer": self.signer,
                                "signer_key": self.signer_key.hex(), "at": self.at_ms}
        if self.kind == SUCCESSOR:
            body["box_key"] = self.box_key.hex()
            body["until"] = self.until_ms
        return encode(body)

    @property
    def successor(self) -> PublicIdentity:
        """The new identity a successor notice names."""
        return PublicIdentity(self.subject_key, self.box_key)

    @property
    def notice_id(self) -> bytes:
        return digest(self.content(), _ID_PERSON)

    def to_message(self) -> dict[str, Any]:
        message = {"t": "notice", "notice": self.kind, "subject": self.subject,
                   "subject_key": self.subject_key.hex(), "signer": self.signer,
                   "signer_key": self.signer_key.hex(), "at": self.at_ms,
                   "signature": self.signature.hex()}
        if self.kind == SUCCESSOR:
            message["box_key"] = self.box_key.hex()
            message["until"] = self.until_ms
            message["subject_signature"] = self.subject_signature.hex()
        return message


@dataclass(frozen=True)
class ConsentNotice:
    subject: str  # the defender's record id
    level: str  # a consent level (model/vocab.py consent_levels)
    signer: str
    signer_key: bytes
    at_ms: int
    signature: bytes
    kind: str = CONSENT

    def content(self) -> bytes:
        return encode({"notice": CONSENT, "subject": self.subject, "level": self.level,
                       "signer": self.signer, "signer_key": self.signer_key.hex(),
                       "at": self.at_ms})

    @property
    def notice_id(self) -> bytes:
        return digest(self.content(), _ID_PERSON)

    def to_message(self) -> dict[str, Any]:
        return {"t": "notice", "notice": CONSENT, "subject": self.subject, "level": self.level,
                "signer": self.signer, "signer_key": self.signer_key.hex(), "at": self.at_ms,
                "signature": self.signature.hex()}


def make_consent_notice(signer: Identity, defender_id: str, level: str,
                        at_ms: int) -> ConsentNotice:
    unsigned = ConsentNotice(defender_id, level, signer.public.vault_id(),
                             signer.public.verify_key, at_ms, b"")
    return replace(unsigned, signature=signer.sign(NOTICE_DOMAIN, unsigned.content()))


def make_revocation(signer: Identity, subject: PublicIdentity, at_ms: int) -> Notice:
    unsigned = Notice(REVOKED, subject.vault_id(), subject.verify_key,
                      signer.public.vault_id(), signer.public.verify_key, at_ms, b"")
    return Notice(**{**unsigned.__dict__,
                     "signature": signer.sign(NOTICE_DOMAIN, unsigned.content())})


def make_successor(old: Identity, new: Identity, at_ms: int, until_ms: int | None = None
                   ) -> Notice:
    """The successor card of an identity rotation, signed by the old key and by the new one;
    the old key signs bundles until `until_ms` (the grace period's end), never after."""
    unsigned = Notice(SUCCESSOR, new.public.vault_id(), new.public.verify_key,
                      old.public.vault_id(), old.public.verify_key, at_ms, b"",
                      new.public.box_key, b"", at_ms if until_ms is None else until_ms)
    content = unsigned.content()
    return replace(unsigned, signature=old.sign(NOTICE_DOMAIN, content),
                   subject_signature=new.sign(NOTICE_DOMAIN, content))


def _key(value: object, what: str) -> bytes:
    try:
        key = bytes.fromhex(str(value))
    except ValueError:
        raise MalformedVersion(f"bad {what}") from None
    if len(key) != 32:
        raise MalformedVersion(f"bad {what}")
    return key


def from_message(message: Mapping[str, Any]) -> Notice | ConsentNotice:
    """A notice from its message; its layout, ids and signature checked (never trusted more)."""
    kind = message.get("notice")
    if kind not in _FIELDS or set(message) != _FIELDS[kind]:
        raise MalformedVersion("unexpected notice layout")
    at = message["at"]
    if not isinstance(at, int) or isinstance(at, bool) or not 0 <= at <= MAX_SAFE_INT:
        raise MalformedVersion("a notice's time is out of bounds")
    if kind == CONSENT:
        return _consent_from_message(message, at)
    subject_key, signer_key = _key(message["subject_key"], "key"), _key(message["signer_key"],
                                                                          "key")
    notice = Notice(str(kind), str(message["subject"]), subject_key, str(message["signer"]),
                    signer_key, at, _key_or_signature(message["signature"]))
    if kind == SUCCESSOR:
        until = message["until"]
        if not isinstance(until, int) or isinstance(until, bool) or not at <= until <= (
                MAX_SAFE_INT):
            raise MalformedVersion("a successor notice's time is out of bounds")
        notice = replace(notice, box_key=_key(message["box_key"], "key"), until_ms=until,
                         subject_signature=_key_or_signature(message["subject_signature"]))
        if subject_key == signer_key:
            raise MalformedVersion("a successor notice names the same key twice")
    if PublicIdentity(subject_key, bytes(32)).vault_id() != notice.subject:
        raise MalformedVersion("a notice's subject does not match its key")
    _check_signature(notice.signer, signer_key, notice.content(), notice.signature)
    if kind == SUCCESSOR:
        # the new key signs the same content: a card signed by the old key alone is not one
        _check_signature(notice.subject, subject_key, notice.content(),
                         notice.subject_signature,
                         "a successor notice's signature by the new key")
    return notice


def _consent_from_message(message: Mapping[str, Any], at: int) -> ConsentNotice:
    subject, level = message["subject"], message["level"]
    if not isinstance(subject, str) or not 0 < len(subject) <= _MAX_SUBJECT:
        raise MalformedVersion("a consent notice's record is malformed")
    if not isinstance(level, str) or level not in CONSENT_LEVELS:
        raise MalformedVersion("a consent notice's level is unknown")
    signer_key = _key(message["signer_key"], "key")
    notice = ConsentNotice(subject, level, str(message["signer"]), signer_key, at,
                           _key_or_signature(message["signature"]))
    _check_signature(notice.signer, signer_key, notice.content(), notice.signature)
    return notice


def _check_signature(signer_id: str, signer_key: bytes, content: bytes, signature: bytes,
                     what: str = "a notice's signature") -> None:
    """A notice's signer id must be its key's, and the signature the key's over the content
    (`what` names the signature in the error: a successor notice carries two)."""
    signer = PublicIdentity(signer_key, bytes(32))
    if signer.vault_id() != signer_id:
        raise MalformedVersion("a notice's signer does not match its key")
    if not signer.verify(NOTICE_DOMAIN, content, signature):
        raise MalformedVersion(f"{what} does not verify")


def _key_or_signature(value: object) -> bytes:
    try:
        signature = bytes.fromhex(str(value))
    except ValueError:
        raise MalformedVersion("bad notice signature") from None
    if len(signature) != 64:
        raise MalformedVersion("bad notice signature")
    return signature
