"""Release signatures: minisign-compatible Ed25519 keys and detached signatures, with PyNaCl.

The files are minisign's own formats, so anyone can check a download with `minisign -Vm FILE -p
hrd-desk-release.pub` (Debian/Ubuntu, Homebrew, Windows builds exist), or with this script where
only Python and PyNaCl are at hand. docs/release-key.md says how the key is made, kept and used.

    python packaging/release_sign.py keygen --public K.pub --secret K.key   (asks a passphrase)
    python packaging/release_sign.py sign --secret K.key FILE...            (writes FILE.minisig)
    python packaging/release_sign.py verify --public K.pub FILE...          (reads FILE.minisig)
    python packaging/release_sign.py key-id K.pub

Formats (minisign 0.11): public key "Ed" keynum(8) pk(32); secret key "Ed" "Sc" "B2" salt(32)
opslimit(8) memlimit(8) then keynum(8) sk(64) checksum(32) XORed with scrypt(passphrase);
signature "ED" keynum(8) Ed25519(BLAKE2b-512(file)), then a trusted comment signed with the
signature.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import hmac
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nacl.exceptions
import nacl.pwhash
import nacl.signing

ALG = b"Ed"
ALG_HASHED = b"ED"
KDF_SCRYPT = b"Sc"
KDF_NONE = b"\0\0"
CHK = b"B2"
# minisign's defaults (libsodium's "sensitive" scrypt limits): about 1 GiB and a few seconds
OPSLIMIT = 33554432
MEMLIMIT = 1073741824
CHUNK = 1 << 16


class SignatureError(Exception):
    """A key or signature that is malformed, does not match, or does not verify."""


@dataclass(frozen=True)
class PublicKey:
    keynum: bytes
    key: bytes

    @property
    def key_id(self) -> str:
        """minisign's key id: the key number as a little-endian integer, in hex."""
        return self.keynum[::-1].hex().upper()

    def text(self) -> str:
        blob = base64.b64encode(ALG + self.keynum + self.key).decode()
        return f"untrusted comment: minisign public key {self.key_id}\n{blob}\n"


def _payload(text: str, what: str) -> bytes:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or not lines[0].startswith("untrusted comment:"):
        raise SignatureError(f"not a minisign {what}")
    try:
        return base64.b64decode(lines[1], validate=True)
    except ValueError as exc:
        raise SignatureError(f"not a minisign {what}") from exc


def load_public(text: str) -> PublicKey:
    blob = _payload(text, "public key")
    if len(blob) != 42 or blob[:2] != ALG:
        raise SignatureError("not an Ed25519 minisign public key")
    return PublicKey(blob[2:10], blob[10:])


def _kdf_stream(passphrase: bytes, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    return nacl.pwhash.scrypt.kdf(104, passphrase, salt, opslimit=opslimit, memlimit=memlimit)


def _checksum(keynum: bytes, sk: bytes) -> bytes:
    return hashlib.blake2b(ALG + keynum + sk, digest_size=32).digest()


def generate(passphrase: bytes | None, opslimit: int = OPSLIMIT,
             memlimit: int = MEMLIMIT) -> tuple[str, str]:
    """A new key pair as (public key file text, secret key file text). Without a passphrase the
    secret key is stored unencrypted (like `minisign -W`): only for throwaway test keys."""
    signing = nacl.signing.SigningKey.generate()
    pk = bytes(signing.verify_key)
    sk = bytes(signing) + pk  # libsodium's 64-byte secret key: seed then public key
    keynum = os.urandom(8)
    secret = keynum + sk + _checksum(keynum, sk)
    salt = os.urandom(32)
    if passphrase is None:
        kdf, opslimit, memlimit = KDF_NONE, 0, 0
    else:
        kdf = KDF_SCRYPT
        stream = _kdf_stream(passphrase, salt, opslimit, memlimit)
        secret = bytes(a ^ b for a, b in zip(secret, stream, strict=True))
    blob = (ALG + kdf + CHK + salt + opslimit.to_bytes(8, "little")
            + memlimit.to_bytes(8, "little") + secret)
    secret_text = ("untrusted comment: minisign encrypted secret key\n"
                   f"{base64.b64encode(blob).decode()}\n")
    return PublicKey(keynum, pk).text(), secret_text


def load_secret(text: str, passphrase: bytes | None) -> tuple[bytes, nacl.signing.SigningKey]:
    """(keynum, signing key) from a secret key file; a wrong passphrase is a SignatureError."""
    blob = _payload(text, "secret key")
    if len(blob) != 158 or blob[:2] != ALG or blob[4:6] != CHK:
        raise SignatureError("not an Ed25519 minisign secret key")
    kdf, salt = blob[2:4], blob[6:38]
    opslimit = int.from_bytes(blob[38:46], "little")
    memlimit = int.from_bytes(blob[46:54], "little")
    secret = blob[54:]
    if kdf == KDF_SCRYPT:
        if passphrase is None:
            raise SignatureError("this secret key needs its passphrase")
        stream = _kdf_stream(passphrase, salt, opslimit, memlimit)
        secret = bytes(a ^ b for a, b in zip(secret, stream, strict=True))
    elif kdf != KDF_NONE:
        raise SignatureError("unknown key derivation in the secret key")
    keynum, sk, checksum = secret[:8], secret[8:72], secret[72:]
    if not hmac.compare_digest(_checksum(keynum, sk), checksum):
        raise SignatureError("wrong passphrase for the secret key (or a damaged key file)")
    return keynum, nacl.signing.SigningKey(sk[:32])


def _file_hash(path: Path) -> bytes:
    digest = hashlib.blake2b(digest_size=64)
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.digest()


def sign(path: Path, keynum: bytes, key: nacl.signing.SigningKey) -> str:
    """The text of `path`'s detached signature (minisign's hashed form)."""
    signature = key.sign(_file_hash(path)).signature
    trusted = f"timestamp:{int(time.time())}\tfile:{path.name}\thashed"
    global_sig = key.sign(signature + trusted.encode()).signature
    return ("untrusted comment: signature from hrd-desk release key\n"
            f"{base64.b64encode(ALG_HASHED + keynum + signature).decode()}\n"
            f"trusted comment: {trusted}\n{base64.b64encode(global_sig).decode()}\n")


def verify(path: Path, signature_text: str, public: PublicKey) -> str:
    """The trusted comment when `signature_text` is `public`'s valid signature of `path`;
    otherwise SignatureError."""
    lines = signature_text.splitlines()
    if len(lines) < 4 or not lines[2].startswith("trusted comment: "):
        raise SignatureError("not a minisign signature")
    blob = _payload(signature_text, "signature")
    if len(blob) != 74 or blob[:2] not in (ALG, ALG_HASHED):
        raise SignatureError("not an Ed25519 minisign signature")
    if blob[2:10] != public.keynum:
        raise SignatureError("signed with another key "
                             f"({blob[2:10][::-1].hex().upper()}, not {public.key_id})")
    signature = blob[10:]
    message = _file_hash(path) if blob[:2] == ALG_HASHED else path.read_bytes()
    trusted = lines[2].removeprefix("trusted comment: ")
    try:
        global_sig = base64.b64decode(lines[3], validate=True)
        checker = nacl.signing.VerifyKey(public.key)
        checker.verify(message, signature)
        checker.verify(signature + trusted.encode(), global_sig)
    except (ValueError, nacl.exceptions.BadSignatureError) as exc:
        raise SignatureError(f"{path.name}: the signature does not match the file") from exc
    return trusted


def _passphrase(args: argparse.Namespace, confirm: bool) -> bytes | None:
    if getattr(args, "unencrypted", False):
        return None
    if args.passphrase_stdin:
        return sys.stdin.readline().rstrip("\n").encode()
    first = getpass.getpass("Release key passphrase: ")
    if confirm and getpass.getpass("Again: ") != first:
        raise SignatureError("the passphrases differ")
    return first.encode()


def _write_new(path: Path, text: str, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "w") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="release_sign", description=__doc__.splitlines()[0])
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="read the secret key's passphrase from standard input")
    commands = parser.add_subparsers(dest="command", required=True)
    keygen = commands.add_parser("keygen", help="make a new key pair (never overwrites)")
    keygen.add_argument("--public", type=Path, required=True)
    keygen.add_argument("--secret", type=Path, required=True)
    keygen.add_argument("--unencrypted", action="store_true",
                        help="no passphrase: only for throwaway keys in tests")
    signer = commands.add_parser("sign", help="write FILE.minisig for each FILE")
    signer.add_argument("--secret", type=Path, required=True)
    signer.add_argument("files", type=Path, nargs="+")
    checker = commands.add_parser("verify", help="check FILE against FILE.minisig")
    checker.add_argument("--public", type=Path, required=True)
    checker.add_argument("files", type=Path, nargs="+")
    key_id = commands.add_parser("key-id", help="print a public key's id")
    key_id.add_argument("public", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "keygen":
            public_text, secret_text = generate(_passphrase(args, confirm=True))
            _write_new(args.secret, secret_text, 0o600)
            _write_new(args.public, public_text, 0o644)
            print(f"key id {load_public(public_text).key_id}")
        elif args.command == "sign":
            text = args.secret.read_text()
            encrypted = _payload(text, "secret key")[2:4] == KDF_SCRYPT
            keynum, key = load_secret(text, _passphrase(args, False) if encrypted else None)
            for path in args.files:
                Path(f"{path}.minisig").write_text(sign(path, keynum, key))
        elif args.command == "verify":
            public = load_public(args.public.read_text())
            for path in args.files:
                signature = Path(f"{path}.minisig").read_text()
                print(f"{path.name}: signature OK ({verify(path, signature, public)})")
        else:
            print(load_public(args.public.read_text()).key_id)
    except (SignatureError, OSError) as exc:
        print(f"release_sign: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
