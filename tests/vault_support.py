"""Helpers for tests of the vault's files: hashes of every file, a dump of every table, and the
vault's pages decrypted independently of SQLCipher (to look for plaintext residue in free space).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hrd_desk.store.dbapi import Connection

PAGE_SIZE = 4096
# SQLCipher 4 keeps a 16-byte IV and a 64-byte HMAC-SHA512 at the end of every page.
PAGE_RESERVE = 80
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def file_hashes(directory: Path) -> dict[str, str]:
    """SHA-256 of every file under `directory` (recursively), by relative path."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def table_names(conn: Connection) -> list[str]:
    """Every table, virtual tables and their FTS5 shadow tables included."""
    return [
        str(r[0])
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]


def table_dump(conn: Connection) -> dict[str, list[str]]:
    """Every row of every table, sorted, as text: equal dumps mean nothing changed."""
    return {
        name: sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{name}"'))
        for name in table_names(conn)
    }


def encodings(text: str) -> list[bytes]:
    """The forms a string could take on disk: UTF-8 and UTF-16 in both byte orders."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def found_in(data: bytes, text: str) -> bool:
    return any(form in data for form in encodings(text))


def cell_contains(value: Any, text: str) -> bool:
    if isinstance(value, str):
        return text in value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return found_in(bytes(value), text)
    return False


def tables_holding(conn: Connection, text: str) -> list[str]:
    """Names of the tables (shadow tables included) with a cell that contains `text`."""
    return [
        name
        for name in table_names(conn)
        if any(
            cell_contains(cell, text)
            for row in conn.execute(f'SELECT * FROM "{name}"')
            for cell in row
        )
    ]


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    iv = page[len(page) - PAGE_RESERVE : len(page) - PAGE_RESERVE + 16]
    body = page[16 if first else 0 : len(page) - PAGE_RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(directory: Path, key: bytes) -> Iterator[tuple[str, bytes]]:
    """(where, plaintext) for every page of vault.db and every frame of its WAL, free space
    included: what a forensic reader holding the key would see, beyond what SQL shows."""
    db = directory / "vault.db"
    data = db.read_bytes()
    assert len(data) % PAGE_SIZE == 0
    for offset in range(0, len(data), PAGE_SIZE):
        yield f"vault.db page {offset // PAGE_SIZE + 1}", _decrypt_page(
            key, data[offset : offset + PAGE_SIZE], offset == 0
        )
    wal = directory / "vault.db-wal"
    if wal.exists():
        frames = wal.read_bytes()
        step = WAL_FRAME_HEADER + PAGE_SIZE
        for offset in range(WAL_HEADER, len(frames) - step + 1, step):
            page_no = int.from_bytes(frames[offset : offset + 4], "big")
            page = frames[offset + WAL_FRAME_HEADER : offset + step]
            yield f"WAL frame at {offset}", _decrypt_page(key, page, page_no == 1)
