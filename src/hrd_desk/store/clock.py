"""Hybrid logical clock: (wall ms, counter, origin). Orders concurrent versions for display only.

The state lives in the vault so it survives restarts. A remote clock more than a day ahead of the
local one is kept as it is in its version (every vault must agree on it) but never advances the
local clock, so one colleague with a wrong date cannot drag every later edit into the future.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .dbapi import Connection
from .meta import get_meta, set_meta

FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000


def wall_ms(now: Callable[[], float] = time.time) -> int:
    return int(now() * 1000)


def _state(conn: Connection) -> tuple[int, int]:
    return int(get_meta(conn, "hlc_wall", 0)), int(get_meta(conn, "hlc_counter", 0))


def tick(conn: Connection, now: Callable[[], float] = time.time) -> tuple[int, int]:
    """A timestamp newer than any this vault has made or accepted (call inside a transaction)."""
    last_wall, last_counter = _state(conn)
    current = wall_ms(now)
    if current > last_wall:
        wall, counter = current, 0
    else:
        wall, counter = last_wall, last_counter + 1
    set_meta(conn, "hlc_wall", wall)
    set_meta(conn, "hlc_counter", counter)
    return wall, counter


def is_far_future(wall: int, now: Callable[[], float] = time.time) -> bool:
    """A remote clock more than a day ahead: kept in its version, flagged, never followed."""
    return wall > wall_ms(now) + FUTURE_TOLERANCE_MS


def observe(
    conn: Connection, remote: tuple[int, int], now: Callable[[], float] = time.time
) -> bool:
    """Advance the local clock past a remote timestamp; False (and no change) if it is far ahead."""
    if is_far_future(remote[0], now):
        return False
    if remote > _state(conn):
        set_meta(conn, "hlc_wall", remote[0])
        set_meta(conn, "hlc_counter", remote[1])
    return True
