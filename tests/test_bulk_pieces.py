"""BundleReader.messages(bulk_pieces=True): bulk messages (attachment data) come as the data
stream's own pieces, unjoined, for the importer; everything a caller can see is otherwise what
the plain reader gives: the same bytes, the same refusal, the same bytes read."""

from __future__ import annotations

import io
import random

import pytest

from hrd_desk.crypto import bundle_format as fmt
from hrd_desk.crypto.bundle_reader import BundleReader, SenderStatus
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.errors import BundleRejected
from vectors.forge import ALICE, BOB

SIZES = [1, 2, 5000, 65535, 65536, 65537, 100_000, 1024 * 1024 + 1, 0]


def _bundle(version: int = fmt.FORMAT_VERSION) -> bytes:
    rng = random.Random(23)
    out = io.BytesIO()
    writer = BundleWriter(out, ALICE, [BOB.public], schema_version=3, counts={})
    for size in SIZES * 2:
        writer.add(b'{"t":"x","n":' + str(size).encode() + b"}")
        if size:  # a bulk message of `size` bytes, prefix included
            writer.add(fmt.BULK_PREFIX + rng.randbytes(size - 1))
    writer.finish()
    return out.getvalue()


def _read(data: bytes, bulk_pieces: bool) -> tuple[list[object], str | None, int, bool]:
    reader = BundleReader(io.BytesIO(data), BOB, sender_status=lambda _s: SenderStatus.KNOWN,
                          already_imported=lambda _s, _i: False)
    seen: list[object] = []
    refusal = None
    try:
        reader.open()
        for message in (reader.messages(bulk_pieces=True) if bulk_pieces
                        else reader.messages()):
            seen.append(message)
    except BundleRejected as exc:
        refusal = f"{exc.category}: {exc.message}"
    return seen, refusal, reader.bytes_read, reader.complete


def test_bulk_messages_come_as_pieces_of_the_same_bytes() -> None:
    bundle = _bundle()
    plain, refusal, read, complete = _read(bundle, bulk_pieces=False)
    pieces, refusal_p, read_p, complete_p = _read(bundle, bulk_pieces=True)
    assert complete and complete_p and refusal is refusal_p is None and read == read_p
    assert len(plain) == len(pieces) == 2 * (2 * len(SIZES) - 1)
    bulk = 0
    for one, other in zip(plain, pieces, strict=True):
        assert isinstance(one, bytes)
        if fmt.is_bulk(one):
            bulk += 1
            assert isinstance(other, fmt.BulkMessage)
            assert len(other) == len(one) and bytes(other) == one
            assert b"".join(bytes(p) for p in other.payload()) == one[1:]
            # never joined: a chunk's own bytes, or views (chunks read ahead lie one after
            # another in their batch's buffer, so a view may span several of them)
            assert all(isinstance(p, memoryview) or len(p) <= fmt.CHUNK_BYTES
                       for p in other.pieces)
        else:
            assert other == one and isinstance(other, bytes)
    assert bulk == 2 * (len(SIZES) - 1)


@pytest.mark.parametrize("where", [0.3, 0.6, 0.95])
def test_a_damaged_bundle_is_refused_alike(where: float) -> None:
    bundle = bytearray(_bundle())
    offset = int(len(bundle) * where)
    bundle[offset] ^= 0x10
    plain, refusal, read, complete = _read(bytes(bundle), bulk_pieces=False)
    pieces, refusal_p, read_p, complete_p = _read(bytes(bundle), bulk_pieces=True)
    assert refusal is not None and refusal == refusal_p
    assert (read, complete) == (read_p, complete_p) and not complete
    assert [bytes(m) if isinstance(m, fmt.BulkMessage) else m for m in pieces] == plain
