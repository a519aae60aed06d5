"""Build bundles byte by byte, the way a sender, a co-recipient or an outsider could.

The same helpers as the library (header, stanzas, KDF, hashes) so that each malformed bundle
differs from a valid one in exactly one way: an outsider edits bytes; a co-recipient knows the
file key, so it can decrypt, edit and re-encrypt, even under the original stream header (a
secretstream state initialised for pulling pushes identically); a sender whose writer misbehaves
can put anything inside the encryption and sign it.

Keys come from fixed names; file keys, ephemeral keys and stream nonces are fresh randomness (the
library offers no way to inject them, on purpose).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import nacl.bindings as sodium
import nacl.exceptions
import nacl.public
import nacl.utils

from hrd_desk.crypto import bundle_format as fmt
from hrd_desk.crypto.bundle_hash import ContentHasher
from hrd_desk.crypto.bundle_writer import build_header, make_stanzas
from hrd_desk.crypto.canonical import encode
from hrd_desk.crypto.identity import Identity, PublicIdentity


def person(name: str) -> Identity:
    """A test identity derived from a name: the same keys on every regeneration."""
    seed = hashlib.blake2b(name.encode(), digest_size=32, person=b"vector sign").digest()
    box = hashlib.blake2b(name.encode(), digest_size=32, person=b"vector box").digest()
    return Identity(seed, box)


ALICE = person("alice")  # the sender
BOB = person("bob")  # the reader of most vectors
CAROL = person("carol")  # a co-recipient: knows the file key of bundles sent to her and Bob
DAVE = person("dave")  # not a recipient
MALLORY = person("mallory")  # a stranger to Bob
BUNDLE_ID = bytes.fromhex("0f1e2d3c4b5a69788796a5b4c3d2e1f0")
CREATED_AT = 1_767_225_600  # 2026-01-01
COUNTS = {"defenders": 1, "cases": 1, "versions": 3}
MESSAGES = [
    encode({"t": "example", "n": 1, "text": "a record as canonical JSON"}),
    encode({"t": "example", "n": 2, "text": "شاهد"}),
    encode({"t": "example", "n": 3, "list": [1, 2, 3]}),
]
# Crosses chunk boundaries: a message split over two chunks, an empty one, one over a chunk long.
SPANNING = [
    b"A" * 40_000,
    b"",
    bytes(range(256)) * 300,  # 76,800 bytes
    b"tail",
]


# -- building blocks ------------------------------------------------------------------------------


def hashed_sequence_v3(data: bytes) -> bytes:
    """What the version 3 and 4 content hash covers, from docs/bundle-format.md: the data stream
    with the bytes of every bulk message (first byte 0x00) after its first byte left out (in
    version 4 the end marker's u64 tail length is hashed with the padding after it)."""
    covered = []
    manifest = int.from_bytes(data[:4], "big")
    at = 4 + manifest + fmt.SIGNATURE_BYTES
    covered.append(data[:at])
    while at < len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        if length == 0xFFFFFFFF:
            covered.append(data[at:])  # the end marker and the padding
            break
        message = data[at + 4 : at + 4 + length]
        covered.append(data[at : at + 4])
        covered.append(message[:1] if message[:1] == b"\x00" else message)
        at += 4 + length
    return b"".join(covered)


def content_hash(data: bytes, version: int = 1) -> bytes:
    """The content hash of a data stream (whole chunks), written out from docs/bundle-format.md
    rather than taken from the library: version 1 BLAKE2b, version 2 SHA-256 of every byte,
    versions 3 and 4 SHA-256 of every byte but the bulk bytes (each behind its own prefixes)."""
    whole = data[: len(data) - len(data) % fmt.CHUNK_BYTES]
    segment = 1024 * 1024
    if version in (3, 4):
        hashed = hashed_sequence_v3(whole)
        pieces = [hashed[i : i + segment] for i in range(0, len(hashed), segment)]
        leaf, root = (b"hrdb3 leaf", b"hrdb3 content") if version == 3 else (
            b"hrdb4 leaf", b"hrdb4 content")
        leaves = [hashlib.sha256(leaf + bytes(6) + p).digest() for p in pieces]
        return hashlib.sha256(
            root + bytes(3) + b"".join(leaves) + len(whole).to_bytes(8, "big")
        ).digest()
    pieces = [whole[i : i + segment] for i in range(0, len(whole), segment)]
    if version == 1:
        leaves = [hashlib.blake2b(p, digest_size=32, person=b"hrdb1 leaf").digest() for p in pieces]
        root = b"".join(leaves) + len(whole).to_bytes(8, "big")
        return hashlib.blake2b(root, digest_size=32, person=b"hrdb1 content").digest()
    leaf_prefix = b"hrdb2 leaf" + bytes(6)
    leaves = [hashlib.sha256(leaf_prefix + p).digest() for p in pieces]
    return hashlib.sha256(
        b"hrdb2 content" + bytes(3) + b"".join(leaves) + len(whole).to_bytes(8, "big")
    ).digest()


def library_content_hash(data: bytes, version: int, parallel: bool = False) -> bytes:
    hasher = ContentHasher(version, parallel=parallel)
    whole = data[: len(data) - len(data) % fmt.CHUNK_BYTES]
    if version >= 3:
        hasher.update(hashed_sequence_v3(whole))
    else:
        for start in range(0, len(whole), fmt.CHUNK_BYTES):
            hasher.update(whole[start : start + fmt.CHUNK_BYTES])
    return hasher.digest(len(whole))


def manifest_value(
    sender: PublicIdentity, recipients: Sequence[PublicIdentity], header: bytes, **over: Any
) -> dict[str, Any]:
    value: dict[str, Any] = {
        "format": 1,
        "bundle_id": BUNDLE_ID.hex(),
        "sender": {"verify_key": sender.verify_key.hex(), "box_key": sender.box_key.hex()},
        "recipients": [
            {"verify_key": r.verify_key.hex(), "box_key": r.box_key.hex()} for r in recipients
        ],
        "created_at": CREATED_AT,
        "header_hash": fmt.header_hash(header).hex(),
        "schema_version": 3,
        "counts": dict(COUNTS),
    }
    value.update(over)
    return value


def data_stream(
    manifest: bytes, signature: bytes, messages: Sequence[bytes], pad: bool = True,
    tail: int | None = None,
) -> bytes:
    """The data-stream plaintext: manifest frame, message frames, end marker, zero padding.
    With `tail` (version 4) the end marker is followed by the u64 tail length, and the padding
    is the one docs/bundle-format.md gives for a tail of that length."""
    parts = [fmt.frame_header(len(manifest)), manifest, signature]
    for message in messages:
        parts += [fmt.frame_header(len(message)), message]
    parts.append(fmt.END_FRAME)
    if tail is not None:
        parts.append(tail.to_bytes(8, "big"))
    data = b"".join(parts)
    if pad:
        data += bytes(layout(len(data), tail)[0] - len(data))
    return data


def layout(content: int, tail: int | None) -> tuple[int, int]:
    """(P, Z) from docs/bundle-format.md, written out: the padded data-stream length for U =
    `content` bytes, and the zero bytes after the signature in the final chunk. Versions 1-3
    (`tail` None): P = ceil(padme(U) / 65536) * 65536, Z = 0. Version 4:
    B = padme(ceil(U / 65536) * 65553 + 81 + T), P = floor((B - 81 - T) / 65553) * 65536,
    Z = (B - 81 - T) mod 65553."""
    if tail is None:
        return -(-fmt.padme(content) // 65536) * 65536, 0
    body = fmt.padme(-(-content // 65536) * 65553 + 81 + tail)
    return (body - 81 - tail) // 65553 * 65536, (body - 81 - tail) % 65553


def messages_end(data: bytes) -> int:
    """Offset in a data stream just after its end marker."""
    at = manifest_end(data)
    while at < len(data) and (length := int.from_bytes(data[at : at + 4], "big")) != 0xFFFFFFFF:
        at += 4 + length
    return at + 4


def final_plaintext(data: bytes, signature: bytes, version: int) -> bytes:
    """The final chunk's plaintext for a (padded) data stream: the signature, and in version 4
    the zero bytes the layout puts after it (from the stream's own U and T)."""
    if version < 4:
        return signature
    end = messages_end(data)
    return signature + bytes(layout(end + 8, int.from_bytes(data[end : end + 8], "big"))[1])


Plan = list[tuple[bytes, int]]  # (plaintext, tag) per chunk, final chunk included


def plan_of(data: bytes, final: bytes) -> Plan:
    plan = [
        (data[i : i + fmt.CHUNK_BYTES], fmt.TAG_MESSAGE)
        for i in range(0, len(data), fmt.CHUNK_BYTES)
    ]
    return [*plan, (final, fmt.TAG_FINAL)]


def encrypt(state: Any, plan: Plan) -> bytes:
    push = sodium.crypto_secretstream_xchacha20poly1305_push
    return b"".join(push(state, plain, None, tag) for plain, tag in plan)


@dataclass
class Draft:
    """One bundle as its sender builds it; each field is a knob for one kind of mistake."""

    sender: Identity = ALICE  # signs the manifest and the final statement
    recipients: Sequence[PublicIdentity] = (BOB.public,)  # listed in the manifest
    stanza_for: Sequence[PublicIdentity] | None = None  # who gets a stanza (default: listed)
    messages: Sequence[bytes] = tuple(MESSAGES)
    claimed_sender: PublicIdentity | None = None  # the manifest's sender field
    manifest_over: dict[str, Any] = field(default_factory=dict)
    manifest_bytes: Callable[[bytes], bytes] | None = None  # edit the encoded manifest
    data_edit: Callable[[bytes], bytes] | None = None  # edit the padded data stream
    final_signer: Identity | None = None
    plan_edit: Callable[[Plan], Plan] | None = None  # edit the (plaintext, tag) chunk list
    version: int = 1  # the header's version byte (the vectors of version 1 came first)
    hash_version: int | None = None  # the content hash signed (default: the header's)
    final_domain: bytes | None = None  # the final signature's domain (default: the header's)
    tail: bytes = b""  # version 4: the bytes after the final chunk
    tail_size: int | None = None  # version 4: the length T signed (default: len(tail))


def build(draft: Draft) -> bytes:
    file_key = nacl.utils.random(fmt.FILE_KEY_BYTES)
    stanza_for = draft.stanza_for if draft.stanza_for is not None else draft.recipients
    stanzas = make_stanzas(file_key, [r.box_key for r in stanza_for])
    mac_key, stream_key = fmt.derive_keys(file_key)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, stream_key)
    header = build_header(stanzas, stream_header, mac_key, draft.version)
    claimed = draft.claimed_sender or draft.sender.public
    manifest = encode(manifest_value(claimed, draft.recipients, header, **draft.manifest_over))
    if draft.manifest_bytes:
        manifest = draft.manifest_bytes(manifest)
    signature = draft.sender.sign(fmt.DOMAIN_MANIFEST, manifest)
    declared = (len(draft.tail) if draft.tail_size is None else draft.tail_size) \
        if draft.version >= 4 else None
    data = data_stream(manifest, signature, draft.messages, tail=declared)
    if draft.data_edit:
        data = draft.data_edit(data)
    content = content_hash(data, draft.hash_version or draft.version)
    statement = fmt.final_statement(fmt.manifest_hash(manifest), content)
    domain = draft.final_domain or fmt.domain_final(draft.version)
    final = (draft.final_signer or draft.sender).sign(domain, statement)
    plan = plan_of(data, final_plaintext(data, final, draft.version))
    if draft.plan_edit:
        plan = draft.plan_edit(plan)
    return header + encrypt(state, plan) + draft.tail


@dataclass
class Opened:
    """A bundle as a recipient sees it after decryption (no checks: what a co-recipient holds)."""

    header: bytes
    file_key: bytes
    stream_header: bytes
    data: bytes
    final: bytes  # the final signature
    tail: bytes  # what follows the final chunk (version 4)


def unseal(bundle: bytes, me: Identity) -> Opened:
    count = int.from_bytes(bundle[1:3], "big")
    header = bundle[: fmt.header_bytes(count)]
    box = nacl.public.SealedBox(me.box_private)
    file_key = b""
    for i in range(count):
        try:
            file_key = box.decrypt(header[3 + 80 * i : 3 + 80 * (i + 1)])
            break
        except nacl.exceptions.CryptoError:
            continue
    _, stream_key = fmt.derive_keys(file_key)
    stream_header = header[-fmt.MAC_BYTES - fmt.STREAM_HEADER_BYTES : -fmt.MAC_BYTES]
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, stream_key)
    pull = sodium.crypto_secretstream_xchacha20poly1305_pull
    at, chunks = len(header), []
    final = b""
    while len(block := bundle[at : at + fmt.CHUNK_CIPHER_BYTES]) == fmt.CHUNK_CIPHER_BYTES:
        try:  # data chunks until a whole block does not authenticate: the final chunk is next
            plain, tag = pull(state, block)
        except nacl.exceptions.CryptoError:
            break  # (the state is unchanged)
        at += fmt.CHUNK_CIPHER_BYTES
        if tag == fmt.TAG_FINAL:  # a final chunk as long as a data chunk
            final = plain
            break
        chunks.append(plain)
    data = b"".join(chunks)
    if not final:
        size = len(final_plaintext(data, bytes(fmt.SIGNATURE_BYTES), bundle[0])) + fmt.ABYTES
        final, _ = pull(state, bundle[at : at + size])
        at += size
    return Opened(header, file_key, stream_header, data, final[: fmt.SIGNATURE_BYTES],
                  bundle[at:])


def reseal_same_header(opened: Opened, data: bytes, final: bytes,
                       tail: bytes | None = None) -> bytes:
    """Re-encrypt under the original header and stream nonce: a key holder can do exactly this
    (and put any tail after it: by default the original one)."""
    _, stream_key = fmt.derive_keys(opened.file_key)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, opened.stream_header, stream_key)
    final_plain = final_plaintext(data, final, opened.header[0])
    return opened.header + encrypt(state, plan_of(data, final_plain)) + (
        opened.tail if tail is None else tail)


def reseal_new_header(opened: Opened, to: Sequence[PublicIdentity]) -> bytes:
    """Wrap the same signed plaintext for other recipients, under a fresh file key."""
    file_key = nacl.utils.random(fmt.FILE_KEY_BYTES)
    mac_key, stream_key = fmt.derive_keys(file_key)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, stream_key)
    header = build_header(
        make_stanzas(file_key, [r.box_key for r in to]), stream_header, mac_key, opened.header[0]
    )
    final_plain = final_plaintext(opened.data, opened.final, opened.header[0])
    return header + encrypt(state, plan_of(opened.data, final_plain)) + opened.tail


def manifest_end(data: bytes) -> int:
    """Offset in the data stream just after the manifest frame and its signature."""
    return fmt.FRAME_HEADER_BYTES + int.from_bytes(data[:4], "big") + fmt.SIGNATURE_BYTES


def flip(data: bytes, offset: int, bit: int = 0) -> bytes:
    return data[:offset] + bytes([data[offset] ^ (1 << bit)]) + data[offset + 1 :]


def stanza_index(bundle: bytes, me: Identity) -> int:
    box = nacl.public.SealedBox(me.box_private)
    for i in range(int.from_bytes(bundle[1:3], "big")):
        try:
            box.decrypt(bundle[3 + 80 * i : 3 + 80 * (i + 1)])
            return i
        except nacl.exceptions.CryptoError:
            continue
    raise ValueError("no stanza for this identity")


def chunk_offsets(bundle: bytes, tail: int = 0) -> list[int]:
    """Start of every data chunk and of the final chunk, in a bundle that ends with a tail of
    `tail` bytes (version 4; the final chunk's own padding follows from the sizes, as it is
    shorter than a data chunk and a bit: 0 before version 4)."""
    start = fmt.header_bytes(int.from_bytes(bundle[1:3], "big"))
    chunks = (len(bundle) - tail - start - fmt.FINAL_CIPHER_BYTES) // fmt.CHUNK_CIPHER_BYTES
    return [start + i * fmt.CHUNK_CIPHER_BYTES for i in range(chunks + 1)]
