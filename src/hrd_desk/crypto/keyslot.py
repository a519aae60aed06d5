"""Keyslots: the only place the vault key exists outside memory, and only wrapped.

The keyslot file (format 3) holds a random file id, the name of the database file the key opens
(a rekey writes a new database under a new name and switches to it by rewriting this file), a
`binding` (BLAKE2b keyed with the vault key over the file id and that name: the name cannot be
changed without the key), an optional wipe-after-failures setting, and up to MAX_SLOTS slots.
Nothing in it names the office: the vault id derived from the identity lives only inside the
encrypted database. Format 2 (the same without the binding; the slots are identical, their
associated data still says 2) and format 1 (slots keyed by the vault id) are read and rewritten
as format 3 at the next unlock.

Secret slots: secret -> Argon2id(salt, opslimit, memlimit) -> key-encryption key ->
XChaCha20-Poly1305(tag || payload), with the format, file id, salt and parameters as associated
data. The tag inside the ciphertext says what the slot is: `P` (a passphrase: the payload is the
vault key) or `D` (the duress passphrase: the payload is random). A duress slot looks exactly like
a passphrase slot on disk and costs the same to try.

Recovery slots: the recovery code -> Argon2id -> an X25519 secret whose public key is in the slot;
the vault key is sealed to that public key (ephemeral X25519, BLAKE2b, XChaCha20-Poly1305). A
rekey reseals the new key to the same public key, so a recovery code survives passphrase changes
and rekeys without anyone typing it.

Unlocking tries the secret against slots in order and stops at the first that opens; a refusal has
run the KDF once for every slot, whatever their kind. Each slot costs one Argon2id run within the
bounds below, and the whole file at most MAX_TOTAL_COST: an attacker who edits the file can make
unlocking neither cheap nor endless. A slot that does not authenticate is a wrong passphrase; the
two cases cannot be told apart (docs/threat-model.md). Tests get a fast KDF only by patching these
bounds in a pytest fixture.
"""

from __future__ import annotations

import base64
import json
import math
import re
import secrets
import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import nacl.bindings
import nacl.encoding
import nacl.exceptions
import nacl.hash
import nacl.pwhash
import nacl.utils

from ..errors import DamagedVault, RejectedInput, WrongPassphrase
from .canonical import encode

FORMAT_VERSION = 3  # format 2 with `binding`: the database name authenticated by the key
SLOT_FORMAT = 2  # what the slots' associated data says (unchanged since format 2)
UNBOUND_FORMAT = 2  # read, and rewritten as format 3 at the next unlock
LEGACY_FORMAT = 1  # read, and rewritten as format 3 at the next unlock
KDF_NAME = "argon2id13"
DEFAULT_DATABASE = "vault.db"
_DATABASE_NAME = re.compile(r"vault(-[0-9a-f]{16})?\.db")

MiB = 1024 * 1024
MIN_MEMLIMIT = 256 * MiB
MIN_OPSLIMIT = 3
MAX_MEMLIMIT = 4096 * MiB
MAX_OPSLIMIT = 20
MAX_SLOTS = 8
# The most Argon2id work one unlock may be asked for: four slots at the maximum cost.
MAX_TOTAL_COST = 4 * MAX_MEMLIMIT * MAX_OPSLIMIT
MAX_WIPE_AFTER = 100
# Unlocking should take about this long on the machine that makes the vault.
TARGET_SECONDS = (0.5, 1.0)

VAULT_KEY_BYTES = 32
FILE_ID_BYTES = 16
SALT_BYTES = nacl.pwhash.argon2id.SALTBYTES
NONCE_BYTES = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
_AEAD_TAG = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_ABYTES
_X25519_BYTES = nacl.bindings.crypto_scalarmult_BYTES
MAX_KEYSLOT_FILE = 64 * 1024
RECOVERY_CODE_BYTES = 20  # 160 bits, written as 32 base32 characters in groups of four
_RECOVERY_PERSON = b"hrd-recovery-v1"
_BINDING_PERSON = b"hrd-ks-binding1"  # BLAKE2b personalisation: at most 16 bytes
BINDING_BYTES = 32


def _damaged(what: str) -> DamagedVault:
    """A keyslot file that cannot be read as one (the GUI says so in its language)."""
    return DamagedVault(what, code="keyslot-damaged")


class SlotKind(StrEnum):
    PASSPHRASE = "P"
    DURESS = "D"


@dataclass(frozen=True)
class KdfParams:
    opslimit: int
    memlimit: int

    def in_bounds(self) -> bool:
        return (
            MIN_OPSLIMIT <= self.opslimit <= MAX_OPSLIMIT
            and MIN_MEMLIMIT <= self.memlimit <= MAX_MEMLIMIT
        )

    @property
    def cost(self) -> int:
        return self.opslimit * self.memlimit


@dataclass(frozen=True)
class Keyslot:
    """A secret slot (passphrase or duress: which one is known only inside its ciphertext)."""

    salt: bytes
    params: KdfParams
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class RecoverySlot:
    """The vault key sealed to the public key a recovery code derives."""

    salt: bytes
    params: KdfParams
    public: bytes
    ephemeral: bytes
    nonce: bytes
    wrapped: bytes


Slot = Keyslot | RecoverySlot


@dataclass(frozen=True)
class KeyslotFile:
    file_id: str
    slots: tuple[Slot, ...]
    database: str = DEFAULT_DATABASE
    wipe_after_failures: int = 0  # 0: off. Not authenticated: see docs/threat-model.md
    legacy_vault_id: str | None = field(default=None, compare=False)  # format 1 files only
    # format 3: a MAC of the file id and the database name under the vault key; None when the
    # file was read in an older format (rewritten with one at the next unlock)
    binding: bytes | None = field(default=None, compare=False)

    @property
    def needs_upgrade(self) -> bool:
        return self.binding is None

    @property
    def recovery_slots(self) -> tuple[RecoverySlot, ...]:
        return tuple(s for s in self.slots if isinstance(s, RecoverySlot))

    @property
    def secret_slots(self) -> tuple[Keyslot, ...]:
        return tuple(s for s in self.slots if isinstance(s, Keyslot))


@dataclass(frozen=True)
class Opened:
    """What a secret opened: the vault key (through a passphrase or the recovery code), or the
    duress slot (key None)."""

    key: bytes | None
    duress: bool = False
    recovery: bool = False
    salt: bytes = b""  # of the slot that opened


def new_file_id() -> str:
    return secrets.token_hex(FILE_ID_BYTES)


def check_new_passphrase(passphrase: str) -> None:
    """A passphrase about to protect a vault: not empty, and text that UTF-8 can encode (a
    terminal may hand over undecodable bytes as lone surrogates)."""
    if not passphrase:
        raise RejectedInput("an empty passphrase cannot protect a vault", code="passphrase-empty")
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise RejectedInput(
            "the passphrase holds bytes that are not valid text (UTF-8): choose another",
            code="passphrase-not-text") from None


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    try:
        return bytes(
            nacl.pwhash.argon2id.kdf(
                32,
                passphrase.encode("utf-8"),
                salt,
                opslimit=params.opslimit,
                memlimit=params.memlimit,
            )
        )
    except (MemoryError, nacl.exceptions.RuntimeError):
        # The slot asks for more memory than this machine can give: not a wrong passphrase.
        raise DamagedVault("a keyslot asks for more memory than this computer has",
                           code="keyslot-memory") from None


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


# -- secret slots -------------------------------------------------------------------------------


def _associated_data(file_id: str, kind: str, salt: bytes, params: KdfParams,
                     extra: dict[str, str] | None = None) -> bytes:
    return encode(
        {
            "format": SLOT_FORMAT,
            "file_id": file_id,
            "slot": kind,
            "salt": salt.hex(),
            "kdf": KDF_NAME,
            "opslimit": params.opslimit,
            "memlimit": params.memlimit,
            **(extra or {}),
        }
    )


def wrap(file_id: str, vault_key: bytes, passphrase: str, params: KdfParams) -> Keyslot:
    """A passphrase slot holding the vault key."""
    check_new_passphrase(passphrase)
    return _seal_secret(file_id, SlotKind.PASSPHRASE.encode() + vault_key, passphrase, params)


def duress_slot(file_id: str, passphrase: str, params: KdfParams) -> Keyslot:
    """A slot that opens nothing: typing its passphrase destroys the vault (services.emergency)."""
    check_new_passphrase(passphrase)
    payload = SlotKind.DURESS.encode() + nacl.utils.random(VAULT_KEY_BYTES)
    return _seal_secret(file_id, payload, passphrase, params)


def _seal_secret(file_id: str, payload: bytes, passphrase: str, params: KdfParams) -> Keyslot:
    salt = nacl.utils.random(SALT_BYTES)
    nonce = nacl.utils.random(NONCE_BYTES)
    kek = derive(passphrase, salt, params)
    wrapped = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        payload, _associated_data(file_id, "secret", salt, params), nonce, kek
    )
    return Keyslot(salt, params, nonce, wrapped)


def _open_secret(file_id: str, slot: Keyslot, passphrase: str) -> Opened:
    kek = derive(passphrase, slot.salt, slot.params)
    try:
        payload = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            slot.wrapped, _associated_data(file_id, "secret", slot.salt, slot.params),
            slot.nonce, kek,
        )
    except nacl.exceptions.CryptoError:
        raise WrongPassphrase() from None
    tag, body = payload[:1], bytes(payload[1:])
    if len(body) != VAULT_KEY_BYTES:
        raise _damaged("keyslot holds a key of the wrong length")
    if tag == SlotKind.PASSPHRASE.encode():
        return Opened(body, salt=slot.salt)
    if tag == SlotKind.DURESS.encode():
        return Opened(None, duress=True, salt=slot.salt)
    raise _damaged("keyslot holds an unknown kind of slot")


SECRET_SLOTS = 2  # every file holds this many: the passphrase and a duress slot or a decoy


def padded(file_id: str, secret: list[Keyslot], params: KdfParams) -> tuple[Keyslot, ...]:
    """The secret slots, made up to SECRET_SLOTS with decoys (duress-shaped slots under a random
    passphrase nobody knows) and shuffled, so neither their number nor their order tells whether
    a duress passphrase exists."""
    slots = list(secret)
    while len(slots) < SECRET_SLOTS:
        slots.append(duress_slot(file_id, secrets.token_hex(32), params))
    secrets.SystemRandom().shuffle(slots)
    return tuple(slots)


# -- recovery slots -----------------------------------------------------------------------------

_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ0123456789"[:32]  # Crockford-like: no I, L, O, U


def new_recovery_code() -> str:
    """160 random bits as 32 characters in eight groups of four (printable, read aloud)."""
    return recovery_code_from_bytes(secrets.token_bytes(RECOVERY_CODE_BYTES))


def recovery_code_from_bytes(data: bytes) -> str:
    """The code for 160 bits (what shares of a code combine into)."""
    if len(data) != RECOVERY_CODE_BYTES:
        raise ValueError("a recovery code holds 20 bytes")
    value = int.from_bytes(data, "big")
    chars = [_CODE_ALPHABET[(value >> (5 * i)) & 31] for i in range(32)]
    text = "".join(reversed(chars))
    return "-".join(text[i:i + 4] for i in range(0, 32, 4))


def recovery_code_bytes(text: str) -> bytes | None:
    """The 160 bits a code stands for (to split it into shares), or None if it is not one."""
    code = normalise_recovery_code(text)
    if code is None:
        return None
    value = 0
    for char in code:
        value = value * 32 + _CODE_ALPHABET.index(char)
    return value.to_bytes(RECOVERY_CODE_BYTES, "big")


def normalise_recovery_code(text: str) -> str | None:
    """The code as stored (32 characters), or None when `text` cannot be a recovery code.

    Case, spaces and dashes do not matter; O reads as 0 and I or L as 1, as people misread them.
    """
    cleaned = re.sub(r"[\s-]", "", text.upper()).replace("O", "0").replace("I", "1")
    cleaned = cleaned.replace("L", "1")
    if len(cleaned) != 32 or any(c not in _CODE_ALPHABET for c in cleaned):
        return None
    return cleaned


def _recovery_secret(code: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    secret = derive(code, salt, params)
    public = nacl.bindings.crypto_scalarmult_base(secret)
    return secret, public


def _recovery_kek(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return nacl.hash.blake2b(shared + ephemeral + public, key=_RECOVERY_PERSON,
                             digest_size=32, encoder=nacl.encoding.RawEncoder)


def _recovery_ad(file_id: str, slot_salt: bytes, params: KdfParams, public: bytes,
                 ephemeral: bytes) -> bytes:
    return _associated_data(file_id, "recovery", slot_salt, params,
                            {"public": public.hex(), "ephemeral": ephemeral.hex()})


def recovery_slot(file_id: str, vault_key: bytes, code: str, params: KdfParams) -> RecoverySlot:
    """A new recovery slot for `code` (from new_recovery_code)."""
    normal = normalise_recovery_code(code)
    if normal is None:
        raise RejectedInput("that is not a recovery code", code="not-recovery-code")
    salt = nacl.utils.random(SALT_BYTES)
    _secret, public = _recovery_secret(normal, salt, params)
    return reseal(file_id, RecoverySlot(salt, params, public, b"", b"", b""), vault_key)


def reseal(file_id: str, slot: RecoverySlot, vault_key: bytes) -> RecoverySlot:
    """The same recovery code, now opening `vault_key` (a rekey needs no code)."""
    ephemeral_secret = nacl.utils.random(_X25519_BYTES)
    ephemeral = nacl.bindings.crypto_scalarmult_base(ephemeral_secret)
    shared = nacl.bindings.crypto_scalarmult(ephemeral_secret, slot.public)
    nonce = nacl.utils.random(NONCE_BYTES)
    wrapped = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        vault_key, _recovery_ad(file_id, slot.salt, slot.params, slot.public, ephemeral),
        nonce, _recovery_kek(shared, ephemeral, slot.public),
    )
    return RecoverySlot(slot.salt, slot.params, slot.public, ephemeral, nonce, wrapped)


def _open_recovery(file_id: str, slot: RecoverySlot, text: str) -> Opened:
    code = normalise_recovery_code(text)
    # A passphrase that cannot be a code still costs one KDF, like any other slot.
    secret, public = _recovery_secret(code or text, slot.salt, slot.params)
    if code is None or not secrets.compare_digest(public, slot.public):
        raise WrongPassphrase()
    shared = nacl.bindings.crypto_scalarmult(secret, slot.ephemeral)
    try:
        key = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            slot.wrapped,
            _recovery_ad(file_id, slot.salt, slot.params, slot.public, slot.ephemeral),
            slot.nonce, _recovery_kek(shared, slot.ephemeral, slot.public),
        )
    except nacl.exceptions.CryptoError:
        raise WrongPassphrase() from None
    if len(key) != VAULT_KEY_BYTES:
        raise _damaged("keyslot holds a key of the wrong length")
    return Opened(bytes(key), recovery=True, salt=slot.salt)


# -- the binding: which database this file's key is for ------------------------------------


def binding(vault_key: bytes | bytearray, file_id: str, database: str) -> bytes:
    """Keyed BLAKE2b over the file id and the database name: only someone holding the vault key
    can point the file at another database file."""
    message = encode({"file_id": file_id, "database": database})
    return nacl.hash.blake2b(message, key=bytes(vault_key), person=_BINDING_PERSON,
                             digest_size=BINDING_BYTES, encoder=nacl.encoding.RawEncoder)


def check_binding(keyslots: KeyslotFile, vault_key: bytes | bytearray) -> None:
    """DamagedVault when a format 3 file's database name was changed (older formats have no
    binding yet: they get one at this unlock)."""
    if keyslots.binding is None:
        return
    expected = binding(vault_key, keyslots.file_id, keyslots.database)
    if not secrets.compare_digest(expected, keyslots.binding):
        raise _damaged("the keyslot file names a database it was not written for")


# -- unlocking ----------------------------------------------------------------------------------


def _check_cost(keyslots: KeyslotFile) -> None:
    for slot in keyslots.slots:
        if not slot.params.in_bounds():
            raise _damaged("keyslot KDF parameters are outside sane bounds")
    if sum(s.params.cost for s in keyslots.slots) > MAX_TOTAL_COST:
        raise _damaged("the keyslot file asks for more work than any vault needs")


def open_slots(keyslots: KeyslotFile, secret: str) -> Opened:
    """Try `secret` on every slot in order; the first that opens wins. WrongPassphrase when none
    does, after one KDF run per slot whatever the slots are."""
    _check_cost(keyslots)
    try:
        secret.encode("utf-8")
    except UnicodeEncodeError:  # no vault accepts such a passphrase (check_new_passphrase)
        secret = secret.encode("utf-8", "replace").decode("utf-8")
    if keyslots.legacy_vault_id is not None:
        return _open_legacy(keyslots, secret)
    for slot in keyslots.slots:
        try:
            if isinstance(slot, RecoverySlot):
                return _open_recovery(keyslots.file_id, slot, secret)
            return _open_secret(keyslots.file_id, slot, secret)
        except WrongPassphrase:
            continue
    raise WrongPassphrase()


def unlock(keyslots: KeyslotFile, secret: str) -> bytes:
    """The vault key, or WrongPassphrase (a duress secret is not a key: see open_slots)."""
    opened = open_slots(keyslots, secret)
    if opened.key is None:
        raise WrongPassphrase()
    return opened.key


def _open_legacy(keyslots: KeyslotFile, passphrase: str) -> Opened:
    """Format 1: passphrase slots keyed by the vault id (no tag inside)."""
    for slot in keyslots.secret_slots:
        kek = derive(passphrase, slot.salt, slot.params)
        ad = encode({"format": LEGACY_FORMAT, "slot": "passphrase",
                     "vault_id": keyslots.legacy_vault_id, "salt": slot.salt.hex(),
                     "kdf": KDF_NAME, "opslimit": slot.params.opslimit,
                     "memlimit": slot.params.memlimit})
        try:
            key = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
                slot.wrapped, ad, slot.nonce, kek)
        except nacl.exceptions.CryptoError:
            continue
        if len(key) != VAULT_KEY_BYTES:
            raise _damaged("keyslot holds a key of the wrong length")
        return Opened(bytes(key))
    raise WrongPassphrase()


# -- the file -----------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_json(slot: Slot) -> dict[str, Any]:
    common = {"kdf": KDF_NAME, "salt": _b64(slot.salt), "opslimit": slot.params.opslimit,
              "memlimit": slot.params.memlimit}
    if isinstance(slot, RecoverySlot):
        return {"type": "recovery", **common, "public": _b64(slot.public),
                "ephemeral": _b64(slot.ephemeral), "nonce": _b64(slot.nonce),
                "wrapped": _b64(slot.wrapped)}
    return {"type": "secret", **common, "nonce": _b64(slot.nonce), "wrapped": _b64(slot.wrapped)}


def serialize(keyslots: KeyslotFile, vault_key: bytes | bytearray | None = None) -> bytes:
    """The file as written: format 3 with the binding under `vault_key` (what the app always
    writes); without a key, format 2 (only tests write that, to check the upgrade)."""
    if keyslots.legacy_vault_id is not None:
        raise ValueError("format 1 keyslot files are only read")
    if not 1 <= len(keyslots.slots) <= MAX_SLOTS:
        raise ValueError("a keyslot file holds 1 to MAX_SLOTS slots")
    obj: dict[str, Any] = {
        "format": FORMAT_VERSION if vault_key is not None else UNBOUND_FORMAT,
        "file_id": keyslots.file_id, "database": keyslots.database}
    if vault_key is not None:
        obj["binding"] = _b64(binding(vault_key, keyslots.file_id, keyslots.database))
    if keyslots.wipe_after_failures:
        obj["wipe_after_failures"] = keyslots.wipe_after_failures
    obj["slots"] = [_slot_json(s) for s in keyslots.slots]
    return (json.dumps(obj, indent=1) + "\n").encode("ascii")


def _field(obj: dict[str, Any], name: str, kind: type) -> Any:
    value = obj.get(name)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise _damaged(f"keyslot file: field {name!r} missing or of the wrong type")
    return value


def _bytes(obj: dict[str, Any], name: str, length: int) -> bytes:
    try:
        data = base64.b64decode(_field(obj, name, str), validate=True)
    except ValueError:
        raise _damaged(f"keyslot file: field {name!r} is not base64") from None
    if len(data) != length:
        raise _damaged(f"keyslot file: field {name!r} has the wrong length")
    return data


def _params(raw: dict[str, Any]) -> KdfParams:
    if _field(raw, "kdf", str) != KDF_NAME:
        raise _damaged("keyslot file: unknown KDF")
    return KdfParams(_field(raw, "opslimit", int), _field(raw, "memlimit", int))


def _parse_slot(raw: Any, legacy: bool) -> Slot:
    if not isinstance(raw, dict):
        raise _damaged("keyslot file: a slot is unparsable")
    kind = _field(raw, "type", str)
    params = _params(raw)
    salt = _bytes(raw, "salt", SALT_BYTES)
    if legacy:
        if kind != "passphrase":
            raise _damaged("keyslot file: unknown kind of slot")
        return Keyslot(salt, params, _bytes(raw, "nonce", NONCE_BYTES),
                       _bytes(raw, "wrapped", VAULT_KEY_BYTES + _AEAD_TAG))
    if kind == "secret":
        return Keyslot(salt, params, _bytes(raw, "nonce", NONCE_BYTES),
                       _bytes(raw, "wrapped", 1 + VAULT_KEY_BYTES + _AEAD_TAG))
    if kind == "recovery":
        return RecoverySlot(salt, params, _bytes(raw, "public", _X25519_BYTES),
                            _bytes(raw, "ephemeral", _X25519_BYTES),
                            _bytes(raw, "nonce", NONCE_BYTES),
                            _bytes(raw, "wrapped", VAULT_KEY_BYTES + _AEAD_TAG))
    raise _damaged("keyslot file: unknown kind of slot")


def parse(data: bytes) -> KeyslotFile:
    """Parse a keyslot file; structural damage of any kind is DamagedVault with the reason."""
    if not data:
        raise _damaged("keyslot file is empty")
    if len(data) > MAX_KEYSLOT_FILE:
        raise _damaged("keyslot file is too large")
    try:
        obj = json.loads(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged("keyslot file is truncated or unparsable") from None
    if not isinstance(obj, dict):
        raise _damaged("keyslot file is unparsable")
    version = _field(obj, "format", int)
    if version not in (FORMAT_VERSION, UNBOUND_FORMAT, LEGACY_FORMAT):
        raise _damaged("keyslot file has an unknown format version")
    legacy = version == LEGACY_FORMAT
    raw_slots = _field(obj, "slots", list)
    if not raw_slots:
        raise _damaged("keyslot file holds no keyslot")
    if len(raw_slots) > MAX_SLOTS:
        raise _damaged("keyslot file holds more slots than any vault needs")
    slots = tuple(_parse_slot(raw, legacy) for raw in raw_slots)
    if legacy:
        vault_id = _field(obj, "vault_id", str)
        return KeyslotFile("", slots, DEFAULT_DATABASE, 0, legacy_vault_id=vault_id)
    if version == UNBOUND_FORMAT and "binding" in obj:
        raise _damaged("keyslot file: a format 2 file holds no binding")
    file_id = _field(obj, "file_id", str)
    if not re.fullmatch(r"[0-9a-f]{32}", file_id):
        raise _damaged("keyslot file: field 'file_id' is malformed")
    database = _field(obj, "database", str)
    if not _DATABASE_NAME.fullmatch(database):
        raise _damaged("keyslot file: field 'database' is not a database file name")
    wipe_after = obj.get("wipe_after_failures", 0)
    if not isinstance(wipe_after, int) or isinstance(wipe_after, bool) or not (
            0 <= wipe_after <= MAX_WIPE_AFTER):
        raise _damaged("keyslot file: field 'wipe_after_failures' is out of range")
    bound = _bytes(obj, "binding", BINDING_BYTES) if version == FORMAT_VERSION else None
    return KeyslotFile(file_id, slots, database, wipe_after, binding=bound)
