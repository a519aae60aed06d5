"""A vault's identity: an Ed25519 signing key and a separate X25519 encryption key.

Both are made with the vault and kept only inside it (in the encrypted database). The fingerprint
is a hash of both public keys, always computed from the keys, never stored or trusted from a file.
"""

from __future__ import annotations

from dataclasses import dataclass

import nacl.bindings
import nacl.exceptions
import nacl.public
import nacl.signing

from .canonical import digest

FINGERPRINT_BYTES = 20  # 160 bits
_FINGERPRINT_PERSON = b"hrd-desk-fpr-v1"
_VAULT_ID_PERSON = b"hrd-vault-id-v1"
_PAIR_PERSON = b"hrd-drop-pair-v1"
PAIR_TOKEN_BYTES = 16
EPOCH_BYTES = 16


@dataclass(frozen=True)
class PublicIdentity:
    verify_key: bytes  # Ed25519 public key, 32 bytes
    box_key: bytes  # X25519 public key, 32 bytes

    def __post_init__(self) -> None:
        if len(self.verify_key) != 32 or len(self.box_key) != 32:
            raise ValueError("public keys must be 32 bytes each")

    def fingerprint(self) -> bytes:
        return digest(self.verify_key + self.box_key, _FINGERPRINT_PERSON)[:FINGERPRINT_BYTES]

    def vault_id(self, epoch: bytes = b"") -> str:
        """The vault's id (the origin of its versions), derived from its signing key and its
        epoch (none until the vault says it was restored from a copy: `vault restored`).

        Self-certifying: a version claiming an origin can be checked against any key whose hash
        (with the epoch) is that origin, so no table mapping ids to keys can be poisoned, and a
        new epoch needs no other proof than the key's signature on its versions.
        """
        if epoch and len(epoch) != EPOCH_BYTES:
            raise ValueError("an epoch is 16 bytes")
        return digest(self.verify_key + epoch, _VAULT_ID_PERSON)[:16].hex()

    def fingerprint_text(self) -> str:
        """Ten groups of four hex digits, to read aloud and compare."""
        hexed = self.fingerprint().hex().upper()
        return " ".join(hexed[i : i + 4] for i in range(0, len(hexed), 4))

    def verify(self, domain: bytes, message: bytes, signature: bytes) -> bool:
        try:
            nacl.signing.VerifyKey(self.verify_key).verify(domain + message, signature)
        except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, TypeError):
            return False
        return True


class Identity:
    """The private half. Keys are bytes inside PyNaCl objects and cannot be wiped (threat model)."""

    def __init__(self, signing_seed: bytes, box_secret: bytes) -> None:
        self._signing = nacl.signing.SigningKey(signing_seed)
        self._box = nacl.public.PrivateKey(box_secret)
        self.public = PublicIdentity(
            bytes(self._signing.verify_key), bytes(self._box.public_key)
        )

    @classmethod
    def generate(cls) -> Identity:
        return cls(
            bytes(nacl.signing.SigningKey.generate()), bytes(nacl.public.PrivateKey.generate())
        )

    def secret_bytes(self) -> tuple[bytes, bytes]:
        return bytes(self._signing), bytes(self._box)

    def sign(self, domain: bytes, message: bytes) -> bytes:
        """Detached Ed25519 signature over domain || message (domains separate every use)."""
        return bytes(self._signing.sign(domain + message).signature)

    @property
    def box_private(self) -> nacl.public.PrivateKey:
        return self._box

    def pair_token(self, other: PublicIdentity) -> str:
        """A name two vaults share and nobody else can compute: a hash of their X25519 shared
        secret and both public keys (sorted). Drop folders use it for each pair's subfolder,
        so the name says nothing of who the pair is, and differs for every pair."""
        shared = nacl.bindings.crypto_scalarmult(bytes(self._box), other.box_key)
        keys = sorted([self.public.box_key, other.box_key])
        return digest(shared + keys[0] + keys[1], _PAIR_PERSON)[:PAIR_TOKEN_BYTES].hex()
