"""What a drop folder held when this vault last looked: each file's size, time and status, so a
sync round skips what it already handled and retries what was incomplete (services/dropfolder.py).
"""

from __future__ import annotations

from .dbapi import Connection, transaction
from .records import now_iso


def seen(conn: Connection, folder: str, name: str) -> tuple[int, int, str] | None:
    """(size, mtime in ns, status) of a file when last seen, or None."""
    row = conn.execute(
        "SELECT size, mtime_ns, status FROM drop_files WHERE folder = ? AND name = ?",
        (folder, name),
    ).fetchone()
    return None if row is None else (int(row[0]), int(row[1]), str(row[2]))


def remember(conn: Connection, folder: str, name: str, size: int, mtime: int,
             status: str) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO drop_files(folder, name, size, mtime_ns, status, seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(folder, name) DO UPDATE SET "
            "size = excluded.size, mtime_ns = excluded.mtime_ns, status = excluded.status, "
            "seen_at = excluded.seen_at",
            (folder, name, size, mtime, status, now_iso()),
        )


def with_status(conn: Connection, folder: str, status: str) -> list[tuple[str, int, int, str]]:
    """(name, size, mtime in ns, when last seen) of each file of a folder with that status."""
    return [(str(r[0]), int(r[1]), int(r[2]), str(r[3])) for r in conn.execute(
        "SELECT name, size, mtime_ns, seen_at FROM drop_files WHERE folder = ? AND status = ?",
        (folder, status))]


def forget(conn: Connection, folder: str, name: str) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM drop_files WHERE folder = ? AND name = ?", (folder, name))
