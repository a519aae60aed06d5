"""The link summaries kept for lists, brought up to date once per batch of writes.

`incident_links` (one row per defender and incident, with the incident's date, severity and
status) and `defender_activity` (a defender's newest incident and open incident count) are what
the schema's triggers keep (store/migrations.py, versions 5, 8 and 17): row by row, as each
display row and link is written. A batch of thousands of writes (a spreadsheet import, a first
exchange) paid for a link insert and a defender summary per record. Inside `deferred`, the
triggers stand aside (a row in `upkeep_deferred`, written in the batch's own transaction), the
display cache (store/cache.py) notes which incidents and defenders it touched, and at the end
of the batch, in the same transaction, those summaries are recomputed in a few statements:
what the triggers would have left, row for row (tests/test_batch_upkeep.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .dbapi import Connection, transaction

# Ids per statement (SQLite allows 32,766 parameters).
_IDS_PER_QUERY = 500
# The summary tables, with the indexes `bring_up_to_date` reads: a large batch may build their
# other indexes at its end, after this module's statements (store/cache.py indexes_built_after).
SUMMARY_INDEXES_READ: dict[str, frozenset[str]] = {
    "incident_links": frozenset({"incident_links_incident"}),
    "defender_activity": frozenset(),
}

# The display columns an incident's links carry (as the triggers copy them).
LINK_COLUMNS = ("deleted", "occurred", "occurred_first", "occurred_last", "severity", "status")
_COLUMNS = ", ".join(LINK_COLUMNS)


@dataclass
class Touched:
    """Incidents whose links may have changed, defenders whose own row did, in one batch."""

    incidents: set[str] = field(default_factory=set)
    defenders: set[str] = field(default_factory=set)


def touched(conn: Connection) -> Touched | None:
    """What the open batch on this connection touched so far; None outside a batch (the
    triggers keep the summaries then)."""
    found = getattr(conn, "upkeep_touched", None)  # bench/'s plain sqlite3 has none
    return found if isinstance(found, Touched) else None


@contextlib.contextmanager
def deferred(conn: Connection) -> Iterator[None]:
    """One unit of work (it joins the caller's) whose summaries are brought up to date at its
    end. Until then they lag behind the display rows: only the lists' readers (defender_list,
    overview, agenda, plans) use them, never a writer. Nested batches join the outer."""
    with transaction(conn):
        if touched(conn) is not None:
            yield
            return
        conn.execute("INSERT INTO upkeep_deferred(batch) VALUES (1)")
        seen = conn.upkeep_touched = Touched()
        try:
            yield
            bring_up_to_date(conn, seen)
        finally:
            conn.upkeep_touched = None
        conn.execute("DELETE FROM upkeep_deferred")


def _chunks(ids: Sequence[str]) -> Iterator[tuple[list[str], str]]:
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = list(ids[start:start + _IDS_PER_QUERY])
        yield chunk, ", ".join("?" for _ in chunk)


_LINKED = "SELECT value FROM record_refs WHERE field = 'incident.defenders' AND record_id IN ({})"
_LINKS_WANTED = (
    f"SELECT r.value, i.id, {', '.join(f'i.{c}' for c in LINK_COLUMNS)} "
    "FROM record_refs AS r CROSS JOIN incidents AS i ON i.id = r.record_id "
    "WHERE r.field = 'incident.defenders' AND r.record_id IN ({})"
)


def bring_up_to_date(conn: Connection, seen: Touched) -> None:
    """Recompute the links of `seen.incidents` and the summaries of every defender they link
    (before or after) and of `seen.defenders`, writing only rows that differ."""
    defenders = set(seen.defenders)
    for chunk, marks in _chunks(sorted(seen.incidents)):
        defenders.update(str(r[0]) for r in conn.execute(
            f"SELECT defender FROM incident_links WHERE incident IN ({marks})", chunk))
        defenders.update(str(r[0]) for r in conn.execute(_LINKED.format(marks), chunk))
        conn.execute(
            f"DELETE FROM incident_links WHERE incident IN ({marks}) AND NOT EXISTS ("
            "SELECT 1 FROM record_refs AS r CROSS JOIN incidents AS i ON i.id = r.record_id "
            "WHERE r.field = 'incident.defenders' AND r.value = incident_links.defender "
            "AND r.record_id = incident_links.incident)", chunk)
        conn.execute(
            f"INSERT INTO incident_links (defender, incident, {_COLUMNS}) "
            f"{_LINKS_WANTED.format(marks)} "
            "ON CONFLICT (defender, incident) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in LINK_COLUMNS)
            + " WHERE " + " OR ".join(f"{c} IS NOT excluded.{c}" for c in LINK_COLUMNS),
            chunk)
    for chunk, marks in _chunks(sorted(defenders)):
        conn.execute(
            "INSERT INTO defender_activity (defender, deleted, last_incident, open_incidents) "
            "SELECT d.id, d.deleted, "
            "(SELECT max(l.occurred_order) FROM incident_links AS l "
            "WHERE l.defender = d.id AND l.deleted = 0), "
            "(SELECT count(*) FROM incident_links AS l WHERE l.defender = d.id "
            "AND l.deleted = 0 AND l.status IN ('open', 'monitoring')) "
            f"FROM defenders AS d WHERE d.id IN ({marks}) "
            "ON CONFLICT (defender) DO UPDATE SET deleted = excluded.deleted, "
            "last_incident = excluded.last_incident, open_incidents = excluded.open_incidents "
            "WHERE deleted IS NOT excluded.deleted OR last_incident IS NOT excluded.last_incident "
            "OR open_incidents IS NOT excluded.open_incidents", chunk)
        conn.execute(  # a defender purged in the batch has no summary any more
            f"DELETE FROM defender_activity WHERE defender IN ({marks}) "
            "AND defender NOT IN (SELECT id FROM defenders)", chunk)
