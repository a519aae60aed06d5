"""Which drop folder this vault syncs through, and whether to watch it while unlocked.

Kept inside the vault, not in the app's settings file: a folder path can say who an office works
with ("~/Sync/Nairobi partners"), the settings file holds nothing about casework, and each vault
has its own drop folder (the drop_files table remembers files per folder).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import RejectedInput
from ..store.audit import append_event
from ..store.dbapi import Connection, transaction
from ..store.meta import get_meta, set_meta
from .session import Session

FOLDER_KEY = "drop_folder"
WATCH_KEY = "drop_folder_watch"


def drop_folder(conn: Connection) -> tuple[Path | None, bool]:
    """(the configured folder or None, whether to watch it)."""
    folder = get_meta(conn, FOLDER_KEY)
    watch = bool(int(get_meta(conn, WATCH_KEY, 0) or 0))
    return (Path(str(folder)) if folder else None), watch


def set_drop_folder(session: Session, folder: Path | None, watch: bool) -> None:
    """Remember the folder (absolute) and the watch choice; None forgets the folder."""
    if folder is not None and not folder.is_absolute():
        raise RejectedInput("the drop folder must be an absolute path")
    with transaction(session.conn):
        set_meta(session.conn, FOLDER_KEY, str(folder) if folder is not None else "")
        set_meta(session.conn, WATCH_KEY, int(watch and folder is not None))
        append_event(session.conn, "drop folder set", detail={"watch": bool(watch)})
