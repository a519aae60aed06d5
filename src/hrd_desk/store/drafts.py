"""Drafts of unsaved forms, kept inside the encrypted vault.

When the vault locks, whatever a caseworker was typing into an open form is saved here (never in
settings, temp files or anywhere outside the vault) and the form is closed; after unlock the form
is reopened with the draft and the draft row is deleted. Payloads are canonical JSON; the table
lives in the SQLCipher database, and `secure_delete` zeroes a deleted draft's pages.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..crypto.canonical import CanonicalError, decode, encode
from .dbapi import Connection
from .records import now_iso

MAX_DRAFT_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Draft:
    id: int
    form_kind: str
    record_id: str | None
    payload: dict[str, Any]
    saved_at: str


def _plain(value: Any) -> Any:
    """Coerce a form's state to what canonical JSON holds (no floats, tuples or sets).

    A form's unsaved input must not be lost because one widget reported a float: floats become
    their decimal text, tuples and sets become lists, anything else becomes its text.
    """
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        return [_plain(v) for v in items]
    return str(value)


def encode_payload(state: Mapping[str, Any]) -> str:
    data = encode(_plain(state))
    if len(data) > MAX_DRAFT_BYTES:
        raise ValueError("draft is larger than a form can hold")
    return data.decode("utf-8")


def save_draft(
    conn: Connection, form_kind: str, record_id: str | None, state: Mapping[str, Any]
) -> int:
    """Insert one draft (the caller holds the transaction); returns its id."""
    cur = conn.execute(
        "INSERT INTO drafts(form_kind, record_id, payload, saved_at) VALUES (?, ?, ?, ?)",
        (form_kind, record_id, encode_payload(state), now_iso()),
    )
    return int(cur.lastrowid)


def list_drafts(conn: Connection) -> list[Draft]:
    """Every draft, oldest first; a row whose payload does not parse is skipped, not fatal."""
    drafts: list[Draft] = []
    rows = conn.execute(
        "SELECT id, form_kind, record_id, payload, saved_at FROM drafts ORDER BY id"
    ).fetchall()
    for draft_id, form_kind, record_id, payload, saved_at in rows:
        try:
            value = decode(str(payload).encode("utf-8"))
        except CanonicalError:
            continue
        if isinstance(value, dict):
            drafts.append(Draft(int(draft_id), str(form_kind), record_id, value, str(saved_at)))
    return drafts


def delete_draft(conn: Connection, draft_id: int) -> bool:
    cur = conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
    return bool(cur.rowcount)


def count_drafts(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM drafts").fetchone()[0])
