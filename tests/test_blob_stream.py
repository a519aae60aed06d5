"""Attachment blobs (crypto/blob_stream.py): any way of feeding gives the same authentic stream,
and every cut, extension or reorder of a blob is refused."""

from __future__ import annotations

import hashlib
import io
import os
import random

import pytest

from hrd_desk.crypto import blob_stream as b


def _blob(data: bytes, key: bytes, pieces: list[int]) -> bytes:
    out = io.BytesIO()
    encryptor = b.Encryptor(out, key)
    pos = 0
    for n in pieces:
        encryptor.feed(data[pos:pos + n])
        pos += n
    encryptor.feed(data[pos:])
    streamed = encryptor.finish()
    encryptor.close()
    assert streamed == b.Streamed(hashlib.sha256(data).hexdigest(), len(data))
    return out.getvalue()


@pytest.mark.parametrize("seed", range(40))
def test_any_feeding_decrypts_to_the_same_bytes(seed: int) -> None:
    rng = random.Random(seed)
    size = rng.choice([0, 1, 65535, 65536, 65537, 131072, rng.randrange(0, 400_000)])
    data = rng.randbytes(size)
    pieces = [rng.choice([1, 100, 65536, 65537, rng.randrange(1, 200_000)]) for _ in range(8)]
    key = b.new_key()
    blob = _blob(data, key, pieces)
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
