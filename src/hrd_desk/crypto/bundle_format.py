"""Sealed bundle format (versions 1 to 4): layout, caps, padding and the small pure helpers
both sides share.

docs/bundle-format.md is the normative description; this module is its executable half, so the
writer, the reader, the test-vector generator and `inspect` cannot disagree about a size, a
domain string or a cap. Nothing here touches a file, a database or the clock.

Layout (all integers big-endian; versions 1-3 differ only in the content hash and the final
signature's domain, and version 4 adds a tail after the final chunk):

    version u8 = 4 (1-3 read) | stanza count u16 in {1, 4, 16, 64}
    stanzas        count x 80 bytes (SealedBox of the 32-byte file key; decoys are sealed boxes
                   to throwaway keys, so they look exactly like real ones)
    stream header  24 bytes (crypto_secretstream_xchacha20poly1305)
    header MAC     32 bytes, keyed BLAKE2b over every byte above
    data chunks    n x (65536 + 17) bytes, TAG_MESSAGE, plaintext exactly 64 KiB each
    final chunk    64 + 17 bytes, TAG_FINAL, plaintext = the sender's final signature
    tail           version 4: T bytes (the end of messages says T, the final signature covers
                   it), opaque here and not authenticated by this layer: the record layer binds
                   every byte of it (attachments' blob ciphertext) or refuses the bundle
"""

from __future__ import annotations

import hashlib
import hmac

import nacl.bindings as sodium

from ..errors import BundleRejected

FORMAT_VERSION = 4  # what this hrd-desk writes: attachments' blob ciphertext in a tail
# version 1 (BLAKE2b), 2 (SHA-256 of every byte) and 3 (bulk bytes bound by the record layer)
# still read
READABLE_VERSIONS = (1, 2, 3, 4)
TAIL_VERSION = 4  # the first version whose end of messages carries a tail length
MANIFEST_FORMAT = 1  # the manifest's own "format" key, the same in every version

# -- header -----------------------------------------------------------------------------------
PREAMBLE_BYTES = 3  # version u8 + stanza count u16
STANZA_BUCKETS = (1, 4, 16, 64)
# Every later format keeps the preamble's meaning (docs/bundle-format.md, "Later versions"), so
# this hrd-desk can tell a bundle of a newer one ("update hrd-desk") from damage or junk.
LATER_VERSIONS = range(FORMAT_VERSION + 1, 16)


def names_later_format(preamble: bytes) -> bool:
    """Whether a preamble reads as a later format's: a version byte 5-15 and a stanza count one
    of STANZA_BUCKETS (a text file starting with a tab or a newline does not)."""
    return (len(preamble) >= PREAMBLE_BYTES and preamble[0] in LATER_VERSIONS
            and int.from_bytes(preamble[1:PREAMBLE_BYTES], "big") in STANZA_BUCKETS)
MAX_STANZAS = STANZA_BUCKETS[-1]
FILE_KEY_BYTES = 32
STANZA_BYTES = 80  # SealedBox: 32-byte ephemeral public key + 16-byte MAC + 32-byte file key
STREAM_HEADER_BYTES: int = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
MAC_BYTES = 32

# -- payload ----------------------------------------------------------------------------------
CHUNK_BYTES = 64 * 1024
ABYTES: int = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
CHUNK_CIPHER_BYTES = CHUNK_BYTES + ABYTES
SIGNATURE_BYTES = 64
FINAL_CIPHER_BYTES = SIGNATURE_BYTES + ABYTES
TAG_MESSAGE: int = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL: int = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
SEGMENT_CHUNKS = 16  # chunks per leaf of the content hash (1 MiB)
LEAF_BYTES = SEGMENT_CHUNKS * CHUNK_BYTES  # bytes of the hashed sequence per leaf
FRAME_HEADER_BYTES = 4  # u32 length before every message
END_OF_MESSAGES = 0xFFFFFFFF  # the u32 "length" that ends the messages; zero padding follows
TAIL_LENGTH_BYTES = 8  # version 4: u64 T after the end marker, the tail's length in bytes

# -- caps (each has a test vector exceeding it by one) ----------------------------------------
MAX_MANIFEST_BYTES = 64 * 1024
MIN_MANIFEST_BYTES = 2  # "{}" : anything shorter cannot be a manifest
MAX_MESSAGES = 1_000_000  # payload messages per bundle
MAX_MESSAGE_BYTES = 16 * 1024 * 1024  # one payload message (a field is capped at 1 MiB above us)
MAX_RECIPIENTS = MAX_STANZAS
MAX_COUNT_KEYS = 64
MAX_COUNT_KEY_CHARS = 64
MAX_COUNT_VALUE = MAX_MESSAGES
MAX_JSON_DEPTH = 16  # open brackets at any point of the manifest
MAX_SAFE_INT = 2**53 - 1  # canonical JSON integers
MAX_TAIL_BYTES = MAX_SAFE_INT  # a larger tail length is a payload failure

BUNDLE_ID_BYTES = 16

# -- domain separation ------------------------------------------------------------------------
# Signature domains are inside the encryption, so they may name the tool; nothing in the clear does.
DOMAIN_MANIFEST = b"hrd-desk bundle v1 manifest\x00"
DOMAIN_FINAL = b"hrd-desk bundle v1 final\x00"
# BLAKE2b personalisation strings (at most 16 bytes each).
PERSON_KDF_MAC = b"hrdb1 kdf mac"
PERSON_KDF_STREAM = b"hrdb1 kdf stream"
PERSON_HEADER_HASH = b"hrdb1 header"
PERSON_MANIFEST_HASH = b"hrdb1 manifest"
PERSON_LEAF = b"hrdb1 leaf"  # version 1 content hash (BLAKE2b personalisations)
PERSON_CONTENT = b"hrdb1 content"
# Version 2: SHA-256 (in hardware on most laptops: about twice BLAKE2b's speed here) behind
# fixed 16-byte prefixes that keep leaves, root and every other hash apart; and its own final
# signature domain.
PREFIX_LEAF_V2 = b"hrdb2 leaf".ljust(16, b"\x00")
PREFIX_CONTENT_V2 = b"hrdb2 content".ljust(16, b"\x00")
DOMAIN_FINAL_V2 = b"hrd-desk bundle v2 final\x00"
# Version 3: the content hash covers a bulk message (first byte BULK_PREFIX: attachment data)
# by its frame length and first byte only; the record layer binds its other bytes through the
# SHA-256 and size declared in a signed message before it (docs/bundle-format.md).
PREFIX_LEAF_V3 = b"hrdb3 leaf".ljust(16, b"\x00")
PREFIX_CONTENT_V3 = b"hrdb3 content".ljust(16, b"\x00")
DOMAIN_FINAL_V3 = b"hrd-desk bundle v3 final\x00"
# Version 4: the version 3 content hash under its own prefixes, the data stream's end of
# messages saying how many tail bytes follow the final chunk (docs/bundle-format.md, "Tail").
PREFIX_LEAF_V4 = b"hrdb4 leaf".ljust(16, b"\x00")
PREFIX_CONTENT_V4 = b"hrdb4 content".ljust(16, b"\x00")
DOMAIN_FINAL_V4 = b"hrd-desk bundle v4 final\x00"
BULK_PREFIX = b"\x00"  # a message starting with this byte is a bulk message

ZERO_CHUNK = bytes(CHUNK_BYTES)


class BundleIncomplete(BundleRejected):
    """The input ended before the final chunk: category "incomplete".

    Bytes alone cannot tell a file still being written from one cut short in transit, so both are
    "incomplete"; `size` (bytes read) and `at_boundary` (ended between two structural units rather
    than inside one) let the sync layer retry and give up once the size stops growing.
    """

    def __init__(self, message: str, *, size: int, at_boundary: bool) -> None:
        super().__init__("incomplete", message, code="ends-early")
        self.size = size
        self.at_boundary = at_boundary


def header_bytes(stanza_count: int) -> int:
    """Length of the clear header for `stanza_count` stanzas, MAC included."""
    return PREAMBLE_BYTES + stanza_count * STANZA_BYTES + STREAM_HEADER_BYTES + MAC_BYTES


def bucket_for(recipients: int) -> int:
    """Smallest stanza bucket holding `recipients` real stanzas: hides how many offices receive."""
    for bucket in STANZA_BUCKETS:
        if recipients <= bucket:
            return bucket
    raise ValueError(f"a bundle has at most {MAX_RECIPIENTS} recipients")


def padme(length: int) -> int:
    """Padmé (Nikitin et al., PETS 2019): leaks O(log log L) bits of a length, overhead <= 12%."""
    if length < 2:
        return length
    exponent = length.bit_length() - 1
    mantissa_bits = exponent.bit_length()
    mask = (1 << (exponent - mantissa_bits)) - 1
    return (length + mask) & ~mask


def padded_stream_length(content: int) -> int:
    """Versions 1-3: data-stream length for `content` plaintext bytes: Padmé, then a whole
    number of chunks."""
    padded = padme(content)
    return -(-padded // CHUNK_BYTES) * CHUNK_BYTES


def is_padded_stream_length(length: int) -> bool:
    """Whether a data-stream length is one a v1-3 writer can produce (used by `peek`)."""
    return length > 0 and padded_stream_length(length) == length


def padded_layout(version: int, content: int, tail: int = 0) -> tuple[int, int]:
    """(P, Z): the padded data-stream length for `content` bytes (up to and including the end
    of messages) and the zero bytes after the signature in the final chunk's plaintext.

    Versions 1-3: P = padded_stream_length(content), Z = 0. Version 4, with a tail of `tail`
    bytes: everything after the header (data chunks, final chunk, tail) is Padmé of its least
    size, so the file's size tells what Padmé of that total tells, and nothing of how it
    divides between the stream and the tail. Padding the data stream alone (to whole chunks)
    would leave the file's size moving byte for byte with the tail's."""
    if version < TAIL_VERSION:
        if tail:
            raise ValueError(f"bundle version {version} has no tail")
        return padded_stream_length(content), 0
    least = -(-content // CHUNK_BYTES) * CHUNK_CIPHER_BYTES + FINAL_CIPHER_BYTES + tail
    chunks, final_padding = divmod(padme(least) - FINAL_CIPHER_BYTES - tail, CHUNK_CIPHER_BYTES)
    return chunks * CHUNK_BYTES, final_padding


def bundle_size(stanza_count: int, stream_length: int, final_padding: int = 0,
                tail: int = 0) -> int:
    """A whole bundle's size: header, the data chunks of a padded data stream of
    `stream_length` bytes, the final chunk with `final_padding` zero bytes, and `tail` bytes."""
    return (header_bytes(stanza_count) + stream_length // CHUNK_BYTES * CHUNK_CIPHER_BYTES
            + FINAL_CIPHER_BYTES + final_padding + tail)


def end_of_messages(version: int, tail: int = 0) -> bytes:
    """The frame that ends the messages: the end marker, and in version 4 the u64 tail
    length `tail` (which must be 0 before version 4)."""
    if version < TAIL_VERSION:
        if tail:
            raise ValueError(f"bundle version {version} has no tail")
        return END_FRAME
    if not 0 <= tail <= MAX_TAIL_BYTES:
        raise ValueError(f"a tail holds 0 to {MAX_TAIL_BYTES} bytes")
    return END_FRAME + tail.to_bytes(TAIL_LENGTH_BYTES, "big")


def encode_preamble(stanza_count: int, version: int = FORMAT_VERSION) -> bytes:
    return bytes([version]) + stanza_count.to_bytes(2, "big")


def domain_final(version: int) -> bytes:
    """The final signature's domain for a bundle of this version."""
    return {1: DOMAIN_FINAL, 2: DOMAIN_FINAL_V2, 3: DOMAIN_FINAL_V3, 4: DOMAIN_FINAL_V4}[version]


def is_bulk(message: bytes | bytearray | memoryview) -> bool:
    """Whether a payload message is a bulk message (attachment data): its first byte is 0x00.
    Canonical JSON, every other message hrd-desk writes, starts with `{`."""
    return len(message) > 0 and message[0] == BULK_PREFIX[0]


class BulkMessage:
    """A bulk message as the data stream's own chunks held it: `pieces` (bytes, or views of
    bytes or of a buffer no one writes again, in order; the first starts with BULK_PREFIX) of
    `size` bytes in all, not joined.
    `BundleReader.messages(bulk_pieces=True)` yields these for the importer, which streams them
    into a blob: joining a MiB message only for it to be cut into chunks again was a copy of
    every byte on the importing thread (0.23 ms/MiB)."""

    __slots__ = ("pieces", "size")

    def __init__(self, pieces: list[bytes | memoryview], size: int) -> None:
        self.pieces = pieces
        self.size = size

    def __len__(self) -> int:
        return self.size

    def __bytes__(self) -> bytes:
        return b"".join(self.pieces)

    def payload(self) -> list[bytes | memoryview]:
        """The pieces after the prefix byte."""
        first = memoryview(self.pieces[0])[len(BULK_PREFIX):]
        return ([first] if len(first) else []) + self.pieces[1:]


def covered_part(
    message: bytes | bytearray | memoryview,
) -> bytes | bytearray | memoryview:
    """The bytes of a payload message that the content hash of versions 3 and 4 covers: all of
    it, or the first byte of a bulk message (the record layer binds the rest, or refuses the
    bundle)."""
    return BULK_PREFIX if is_bulk(message) else message


def derive_keys(file_key: bytes) -> tuple[bytes, bytes]:
    """(header MAC key, payload stream key): independent keys from one file key, keyed BLAKE2b."""
    mac_key = hashlib.blake2b(key=file_key, digest_size=32, person=PERSON_KDF_MAC).digest()
    stream_key = hashlib.blake2b(key=file_key, digest_size=32, person=PERSON_KDF_STREAM).digest()
    return mac_key, stream_key


def header_mac(mac_key: bytes, header_without_mac: bytes) -> bytes:
    return hashlib.blake2b(header_without_mac, key=mac_key, digest_size=MAC_BYTES).digest()


def mac_matches(mac_key: bytes, header_without_mac: bytes, mac: bytes) -> bool:
    return hmac.compare_digest(header_mac(mac_key, header_without_mac), mac)


def header_hash(header: bytes) -> bytes:
    """What the manifest commits to: the whole clear header, MAC included."""
    return hashlib.blake2b(header, digest_size=32, person=PERSON_HEADER_HASH).digest()


def manifest_hash(manifest: bytes) -> bytes:
    return hashlib.blake2b(manifest, digest_size=32, person=PERSON_MANIFEST_HASH).digest()


def final_statement(manifest_digest: bytes, content_digest: bytes) -> bytes:
    """The message the final signature covers (after DOMAIN_FINAL)."""
    return manifest_digest + content_digest


def frame_header(length: int) -> bytes:
    return length.to_bytes(FRAME_HEADER_BYTES, "big")


END_FRAME = frame_header(END_OF_MESSAGES)
