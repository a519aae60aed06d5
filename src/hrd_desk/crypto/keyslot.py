"""Passphrase keyslots: the only place the vault key exists outside memory, and only wrapped.

passphrase -> Argon2id(salt, opslimit, memlimit) -> key-encryption key ->
XChaCha20-Poly1305(vault key), with the format version, slot type, vault id, salt and parameters
as associated data: changing any of them makes the slot fail to authenticate.

A slot that does not authenticate is reported as a wrong passphrase; the two cases cannot be told
apart (docs/threat-model.md). Parameters outside the sane bounds below mean a damaged keyslot:
an attacker who could lower them would make guessing cheap, and one who could raise them would
make unlocking hang. Tests get a fast KDF only by patching these bounds in a pytest fixture.
"""

from __future__ import annotations

import base64
import json
import math
import time
from dataclasses import dataclass
from typing import Any

import nacl.bindings
import nacl.exceptions
import nacl.pwhash
import nacl.utils

from ..errors import DamagedVault, RejectedInput, WrongPassphrase
from .canonical import encode

FORMAT_VERSION = 1
SLOT_PASSPHRASE = "passphrase"
KDF_NAME = "argon2id13"

MiB = 1024 * 1024
MIN_MEMLIMIT = 256 * MiB
MIN_OPSLIMIT = 3
MAX_MEMLIMIT = 4096 * MiB
MAX_OPSLIMIT = 20
# Unlocking should take about this long on the machine that makes the vault.
TARGET_SECONDS = (0.5, 1.0)

VAULT_KEY_BYTES = 32
SALT_BYTES = nacl.pwhash.argon2id.SALTBYTES
NONCE_BYTES = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
MAX_KEYSLOT_FILE = 64 * 1024


@dataclass(frozen=True)
class KdfParams:
    opslimit: int
    memlimit: int

    def in_bounds(self) -> bool:
        return (
            MIN_OPSLIMIT <= self.opslimit <= MAX_OPSLIMIT
            and MIN_MEMLIMIT <= self.memlimit <= MAX_MEMLIMIT
        )


@dataclass(frozen=True)
class Keyslot:
    slot_type: str
    salt: bytes
    params: KdfParams
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class KeyslotFile:
    vault_id: str
    slots: tuple[Keyslot, ...]


def check_new_passphrase(passphrase: str) -> None:
    """A passphrase about to protect a vault: not empty, and text that UTF-8 can encode (a
    terminal may hand over undecodable bytes as lone surrogates)."""
    if not passphrase:
        raise RejectedInput("an empty passphrase cannot protect a vault")
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise RejectedInput(
            "the passphrase holds bytes that are not valid text (UTF-8): choose another"
        ) from None


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return bytes(
        nacl.pwhash.argon2id.kdf(
            32,
            passphrase.encode("utf-8"),
            salt,
            opslimit=params.opslimit,
            memlimit=params.memlimit,
        )
    )


def calibrate() -> KdfParams:
    """Start at the minimum cost and raise passes until one derivation takes the target time."""
    params = KdfParams(MIN_OPSLIMIT, MIN_MEMLIMIT)
    low, high = TARGET_SECONDS
    if high <= 0:
        return params
    started = time.perf_counter()
    derive("calibration", bytes(SALT_BYTES), params)
    elapsed = max(time.perf_counter() - started, 1e-3)
    if elapsed >= low:
        return params
    wanted = (low + high) / 2
    ops = min(MAX_OPSLIMIT, max(MIN_OPSLIMIT, math.ceil(params.opslimit * wanted / elapsed)))
    return KdfParams(ops, params.memlimit)


def _associated_data(vault_id: str, slot_type: str, salt: bytes, params: KdfParams) -> bytes:
    return encode(
        {
            "format": FORMAT_VERSION,
            "slot": slot_type,
            "vault_id": vault_id,
            "salt": salt.hex(),
            "kdf": KDF_NAME,
            "opslimit": params.opslimit,
            "memlimit": params.memlimit,
        }
    )


def wrap(vault_id: str, vault_key: bytes, passphrase: str, params: KdfParams) -> Keyslot:
    check_new_passphrase(passphrase)
    salt = nacl.utils.random(SALT_BYTES)
    nonce = nacl.utils.random(NONCE_BYTES)
    kek = derive(passphrase, salt, params)
    wrapped = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        vault_key, _associated_data(vault_id, SLOT_PASSPHRASE, salt, params), nonce, kek
    )
    return Keyslot(SLOT_PASSPHRASE, salt, params, nonce, wrapped)


def unwrap(vault_id: str, slot: Keyslot, passphrase: str) -> bytes:
    if not slot.params.in_bounds():
        raise DamagedVault("keyslot KDF parameters are outside sane bounds")
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:  # no vault accepts such a passphrase (check_new_passphrase)
        raise WrongPassphrase() from None
    kek = derive(passphrase, slot.salt, slot.params)
    try:
        key = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            slot.wrapped,
            _associated_data(vault_id, slot.slot_type, slot.salt, slot.params),
            slot.nonce,
            kek,
        )
    except nacl.exceptions.CryptoError:
        raise WrongPassphrase() from None
    if len(key) != VAULT_KEY_BYTES:
        raise DamagedVault("keyslot holds a key of the wrong length")
    return bytes(key)


def unlock(keyslots: KeyslotFile, passphrase: str) -> bytes:
    """Try every passphrase slot; WrongPassphrase when none authenticates."""
    for slot in keyslots.slots:
        if slot.slot_type != SLOT_PASSPHRASE:
            continue
        try:
            return unwrap(keyslots.vault_id, slot, passphrase)
        except WrongPassphrase:
            continue
    raise WrongPassphrase()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def serialize(keyslots: KeyslotFile) -> bytes:
    return (
        json.dumps(
            {
                "format": FORMAT_VERSION,
                "vault_id": keyslots.vault_id,
                "slots": [
                    {
                        "type": s.slot_type,
                        "kdf": KDF_NAME,
                        "salt": _b64(s.salt),
                        "opslimit": s.params.opslimit,
                        "memlimit": s.params.memlimit,
                        "nonce": _b64(s.nonce),
                        "wrapped": _b64(s.wrapped),
                    }
                    for s in keyslots.slots
                ],
            },
            indent=1,
        )
        + "\n"
    ).encode("ascii")


def _field(obj: dict[str, Any], name: str, kind: type) -> Any:
    value = obj.get(name)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise DamagedVault(f"keyslot file: field {name!r} missing or of the wrong type")
    return value


def _bytes(obj: dict[str, Any], name: str, length: int) -> bytes:
    try:
        data = base64.b64decode(_field(obj, name, str), validate=True)
    except ValueError:
        raise DamagedVault(f"keyslot file: field {name!r} is not base64") from None
    if len(data) != length:
        raise DamagedVault(f"keyslot file: field {name!r} has the wrong length")
    return data


def parse(data: bytes) -> KeyslotFile:
    """Parse a keyslot file; structural damage of any kind is DamagedVault with the reason."""
    if not data:
        raise DamagedVault("keyslot file is empty")
    if len(data) > MAX_KEYSLOT_FILE:
        raise DamagedVault("keyslot file is too large")
    try:
        obj = json.loads(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DamagedVault("keyslot file is truncated or unparsable") from None
    if not isinstance(obj, dict):
        raise DamagedVault("keyslot file is unparsable")
    if _field(obj, "format", int) != FORMAT_VERSION:
        raise DamagedVault("keyslot file has an unknown format version")
    vault_id = _field(obj, "vault_id", str)
    raw_slots = _field(obj, "slots", list)
    if not raw_slots:
        raise DamagedVault("keyslot file holds no keyslot")
    slots = []
    for raw in raw_slots:
        if not isinstance(raw, dict):
            raise DamagedVault("keyslot file: a slot is unparsable")
        if _field(raw, "kdf", str) != KDF_NAME:
            raise DamagedVault("keyslot file: unknown KDF")
        slots.append(
            Keyslot(
                _field(raw, "type", str),
                _bytes(raw, "salt", SALT_BYTES),
                KdfParams(_field(raw, "opslimit", int), _field(raw, "memlimit", int)),
                _bytes(raw, "nonce", NONCE_BYTES),
                _bytes(raw, "wrapped", VAULT_KEY_BYTES + 16),
            )
        )
    return KeyslotFile(vault_id, tuple(slots))
