"""Attachment blobs (crypto/blob_stream.py): any way of feeding gives the same authentic stream,
and every cut, extension or reorder of a blob is refused."""

from __future__ import annotations

import hashlib
import io
import os
import random
import threading

import pytest

from hrd_desk.crypto import blob_stream as b


def _blob(data: bytes, key: bytes, pieces: list[int], hash_here: bool = False) -> bytes:
    out = io.BytesIO()
    encryptor = b.Encryptor(out, key, hash_here=hash_here)
    pos = 0
    for n in pieces:
        encryptor.feed(data[pos:pos + n])
        pos += n
    encryptor.feed(data[pos:])
    streamed = encryptor.finish()
    encryptor.close()
    assert streamed == b.Streamed(hashlib.sha256(data).hexdigest(), len(data))
    return out.getvalue()


@pytest.mark.parametrize("hash_here", [False, True])
@pytest.mark.parametrize("seed", range(40))
def test_any_feeding_decrypts_to_the_same_bytes(seed: int, hash_here: bool) -> None:
    rng = random.Random(seed)
    size = rng.choice([0, 1, 65535, 65536, 65537, 131072, rng.randrange(0, 400_000)])
    data = rng.randbytes(size)
    pieces = [rng.choice([1, 100, 65536, 65537, rng.randrange(1, 200_000)]) for _ in range(8)]
    key = b.new_key()
    blob = _blob(data, key, pieces, hash_here)
    assert len(blob) == b.cipher_size(size)
    parts: list[bytes] = []
    assert b.decrypt(io.BytesIO(blob), key, parts.append).size == size
    assert b"".join(parts) == data
    if size >= 64:  # no plaintext in the clear
        assert data[size // 2:size // 2 + 32] not in blob


def test_cuts_extensions_reorders_and_wrong_keys_are_refused() -> None:
    data = os.urandom(3 * 65536 + 5)
    key = b.new_key()
    blob = _blob(data, key, [])
    c = b.CHUNK_CIPHER_BYTES
    h = b.HEADER_BYTES
    damaged = [blob[:-1], blob[:h + 3 * c], blob[:h + c], blob[:h], blob + b"\x00",
               blob[:h] + blob[h + c:h + 2 * c] + blob[h:h + c] + blob[h + 2 * c:], b""]
    for bad in damaged:
        with pytest.raises(b.BlobDamaged):
            b.decrypt(io.BytesIO(bad), key)
    with pytest.raises(b.BlobDamaged):
        b.decrypt(io.BytesIO(blob), b.new_key())


@pytest.mark.parametrize("keep", [True, False])
def test_hashing_here_starts_no_hashing_thread_and_hashes_what_it_does_not_keep(
        keep: bool) -> None:
    """`hash_here` (a bundle import): the SHA-256 runs on the caller's thread, so no
    "evidence-hash" thread exists while it works, and a file not kept (out None) is still
    hashed and counted exactly."""
    data = os.urandom(5 * 65536 + 7)
    out = io.BytesIO() if keep else None
    encryptor = b.Encryptor(out, b.new_key(), hash_here=True)
    try:
        for start in range(0, len(data), 100_000):
            encryptor.feed(data[start:start + 100_000])
            assert not [t for t in threading.enumerate() if t.name.startswith("evidence-hash")]
        assert encryptor.finish() == b.Streamed(hashlib.sha256(data).hexdigest(), len(data))
    finally:
        encryptor.close()
    assert (out is None) or len(out.getvalue()) == b.cipher_size(len(data))
