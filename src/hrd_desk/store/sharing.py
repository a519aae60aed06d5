"""The SQL of sharing: scope rows, what belongs with a defender or a case, what a colleague
holds, and the sensitive marks a caseworker put on free-text fields.

The decisions are in services/ (scope.py, selection.py, outbound.py, sharing_rule.py); this module
only reads and writes rows. Families are read from the display rows (a superset: every record
leaving is checked again by the one rule against this vault's own versions).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..crypto.canonical import encode
from ..model.records import KINDS
from .dbapi import Connection
from .records import now_iso

SHARE_HOWS = ("shared", "received")


def _ids(conn: Connection, sql: str, params: Sequence[object]) -> set[str]:
    return {str(row[0]) for row in conn.execute(sql, params)}


# -- scope rows ----------------------------------------------------------------------------------


def add_share(conn: Connection, record_id: str, colleague_id: str, how: str) -> bool:
    """A scope row (`shared` by a caseworker, or `received` from the colleague); False if held."""
    if how not in SHARE_HOWS:
        raise ValueError(how)
    cursor = conn.execute(
        "INSERT OR IGNORE INTO shares(record_id, colleague_id, how, since) VALUES (?, ?, ?, ?)",
        (record_id, colleague_id, how, now_iso()),
    )
    return bool(cursor.rowcount)


def remove_share(conn: Connection, record_id: str, colleague_id: str) -> bool:
    cursor = conn.execute(
        "DELETE FROM shares WHERE record_id = ? AND colleague_id = ?", (record_id, colleague_id)
    )
    return bool(cursor.rowcount)


def shared_with(conn: Connection, record_id: str) -> list[str]:
    return [str(row[0]) for row in conn.execute(
        "SELECT colleague_id FROM shares WHERE record_id = ? ORDER BY colleague_id", (record_id,))]


def scope_rows(conn: Connection, colleague_id: str) -> list[tuple[str, str]]:
    """(record id, kind) of the colleague's scope rows whose record is not purged."""
    return [(str(r[0]), str(r[1])) for r in conn.execute(
        "SELECT s.record_id, r.kind FROM shares s JOIN records r ON r.id = s.record_id "
        "WHERE s.colleague_id = ? AND r.purged = 0 ORDER BY s.record_id", (colleague_id,))]


def scope_rows_among(conn: Connection, colleague_id: str, record_ids: Iterable[str]
                     ) -> dict[str, str]:
    """record id -> kind of those of these records that are the colleague's scope rows (not
    purged): scope_rows, asked about a few records (one primary-key look-up each)."""
    return {str(r[0]): str(r[1]) for r in conn.execute(
        "SELECT s.record_id, r.kind FROM shares s JOIN records r ON r.id = s.record_id "
        "WHERE s.colleague_id = ? AND r.purged = 0 AND s.record_id IN "
        "(SELECT value FROM json_each(?))",
        (colleague_id, encode(sorted(set(record_ids))).decode("utf-8")))}


def received_from(conn: Connection, colleague_id: str) -> set[str]:
    """Records first received from this colleague (it holds them)."""
    return _ids(conn, "SELECT record_id FROM shares WHERE colleague_id = ? AND how = 'received'",
                (colleague_id,))


def forget_held_outside(conn: Connection, colleague_id: str, still: Iterable[str]) -> None:
    """Whatever left a colleague's scope is sent whole again if it ever re-enters."""
    conn.execute(
        "DELETE FROM peer_records WHERE colleague_id = ? AND record_id NOT IN "
        "(SELECT value FROM json_each(?))",
        (colleague_id, encode(sorted(still)).decode("utf-8")),
    )


# -- families ------------------------------------------------------------------------------------


def refs_to(conn: Connection, field: str, value: str) -> set[str]:
    """Records whose link `field` (kind.name) holds `value`."""
    return _ids(conn, "SELECT record_id FROM record_refs WHERE field = ? AND value = ?",
                (field, value))


def refs_to_each(conn: Connection, field: str, values: Iterable[str]) -> dict[str, set[str]]:
    """refs_to for many values in one statement: value -> records whose link holds it (values
    no record links to are left out)."""
    found: dict[str, set[str]] = {}
    for value, record_id in conn.execute(
            "SELECT value, record_id FROM record_refs WHERE field = ? AND value IN "
            "(SELECT value FROM json_each(?))",
            (field, encode(sorted(set(values))).decode("utf-8"))):
        found.setdefault(str(value), set()).add(str(record_id))
    return found


def links_of_each(conn: Connection, record_ids: Iterable[str], field: str) -> dict[str, set[str]]:
    """record id -> the records its link `field` (kind.name) holds, for many records in one
    statement (records without that link are left out)."""
    found: dict[str, set[str]] = {}
    for record_id, value in conn.execute(
            "SELECT record_id, value FROM record_refs WHERE field = ? AND record_id IN "
            "(SELECT value FROM json_each(?))",
            (field, encode(sorted(set(record_ids))).decode("utf-8"))):
        found.setdefault(str(record_id), set()).add(str(value))
    return found


def refs_of_each(conn: Connection, record_ids: Iterable[str]) -> list[tuple[str, str, str]]:
    """(record id, link field, value) of every link these records hold, in one statement."""
    return [(str(r[0]), str(r[1]), str(r[2])) for r in conn.execute(
        "SELECT record_id, field, value FROM record_refs WHERE record_id IN "
        "(SELECT value FROM json_each(?))", (encode(sorted(set(record_ids))).decode("utf-8"),))]


def defender_ids(conn: Connection) -> list[str]:
    return sorted(_ids(conn, "SELECT id FROM defenders", ()))


def defender_consent_shown(conn: Connection, defender_id: str) -> str | None:
    """The consent a defender's display row shows ('' when empty); None: no such defender."""
    row = conn.execute("SELECT consent FROM defenders WHERE id = ?", (defender_id,)).fetchone()
    return None if row is None else str(row[0] or "")


def case_defenders(conn: Connection, case_ids: Iterable[str]) -> dict[str, str]:
    """case id -> the defender its display row shows (cases without one are left out)."""
    return {str(case): str(defender) for case, defender in conn.execute(
        "SELECT id, defender FROM cases WHERE defender IS NOT NULL AND id IN "
        "(SELECT value FROM json_each(?))", (encode(sorted(set(case_ids))).decode("utf-8"),))}


def cases_about(conn: Connection, defender_ids: Iterable[str]) -> dict[str, set[str]]:
    """defender id -> the cases whose display row shows it (case_defenders the other way;
    defenders no case shows are left out)."""
    found: dict[str, set[str]] = {}
    for case, defender in conn.execute(
            "SELECT id, defender FROM cases WHERE defender IN (SELECT value FROM json_each(?))",
            (encode(sorted(set(defender_ids))).decode("utf-8"),)):
        found.setdefault(str(defender), set()).add(str(case))
    return found


def version_count(conn: Connection, record_ids: Iterable[str]) -> int:
    return int(conn.execute(
        "SELECT count(*) FROM versions WHERE record_id IN (SELECT value FROM json_each(?))",
        (encode(sorted(record_ids)).decode("utf-8"),)).fetchone()[0])


def version_kinds(conn: Connection, record_ids: Iterable[str], *, not_from: Iterable[str]
                  ) -> dict[str, tuple[int, int]]:
    """Versions and records per kind of these records, leaving out versions made or sent us by
    any of the origins `not_from` (a colleague's, before and after rotations and epochs): what a
    sync sends of their whole histories, counted before it streams them."""
    origins = encode(sorted(set(not_from))).decode("utf-8")
    return {str(kind): (int(n), int(records)) for kind, n, records in conn.execute(
        "SELECT kind, count(*), count(DISTINCT record_id) FROM versions "
        "WHERE record_id IN (SELECT value FROM json_each(?)) "
        "AND origin NOT IN (SELECT value FROM json_each(?)) AND (received_from IS NULL OR "
        "received_from NOT IN (SELECT value FROM json_each(?))) GROUP BY kind",
        (encode(sorted(record_ids)).decode("utf-8"), origins, origins))}


def made_only_by(conn: Connection, record_ids: Sequence[str], origins: Iterable[str]
                 ) -> set[str]:
    """Those of these records with no version made under any origin but these (one index
    lookup per record: versions_dot holds the origin)."""
    if not record_ids:
        return set()
    return _ids(conn, "SELECT c.value FROM json_each(?) AS c WHERE NOT EXISTS (SELECT 1 FROM "
                "versions AS v WHERE v.record_id = c.value AND v.origin NOT IN "
                "(SELECT value FROM json_each(?)))",
                (encode(list(record_ids)).decode("utf-8"),
                 encode(sorted(set(origins))).decode("utf-8")))


def records_made_by(conn: Connection, origins: Iterable[str]) -> set[str]:
    """Records holding a version made under any of these origins."""
    return _ids(conn, "SELECT DISTINCT record_id FROM versions WHERE origin IN "
                "(SELECT value FROM json_each(?))",
                (encode(sorted(set(origins))).decode("utf-8"),))


def is_deleted(conn: Connection, record_id: str) -> bool:
    """Whether the record shows as deleted (every version on its frontier deletes it: its
    display row says so) or was purged (only a deleted record can be)."""
    return record_id in deleted_among(conn, [record_id])


def deleted_among(conn: Connection, record_ids: Iterable[str]) -> set[str]:
    """is_deleted for many records: those of them that show as deleted."""
    by_kind: dict[str, list[str]] = {}
    found: set[str] = set()
    for record_id, kind, purged in conn.execute(
            "SELECT id, kind, purged FROM records WHERE id IN (SELECT value FROM json_each(?))",
            (encode(sorted(set(record_ids))).decode("utf-8"),)):
        if purged:
            found.add(str(record_id))
        else:
            by_kind.setdefault(str(kind), []).append(str(record_id))
    for kind, ids in sorted(by_kind.items()):
        found |= _ids(conn, f"SELECT id FROM {KINDS[kind].table} WHERE deleted = 1 "
                      "AND id IN (SELECT value FROM json_each(?))",
                      (encode(sorted(ids)).decode("utf-8"),))
    return found


# -- sensitive marks -----------------------------------------------------------------------------


def marks_of(conn: Connection, record_id: str) -> frozenset[str]:
    return frozenset(_ids(conn, "SELECT field FROM sensitive_marks WHERE record_id = ?",
                          (record_id,)))


def marks_of_many(conn: Connection, record_ids: Iterable[str]) -> dict[str, frozenset[str]]:
    """marks_of for many records in one statement (records without marks are left out)."""
    found: dict[str, set[str]] = {}
    for record_id, name in conn.execute(
            "SELECT record_id, field FROM sensitive_marks WHERE record_id IN "
            "(SELECT value FROM json_each(?))", (encode(sorted(set(record_ids))).decode("utf-8"),)):
        found.setdefault(str(record_id), set()).add(str(name))
    return {record_id: frozenset(names) for record_id, names in found.items()}


def set_mark(conn: Connection, record_id: str, field: str, on: bool) -> bool:
    """Mark (or unmark) a field sensitive for one record; False when nothing changed."""
    if on:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO sensitive_marks(record_id, field) VALUES (?, ?)",
            (record_id, field))
    else:
        cursor = conn.execute(
            "DELETE FROM sensitive_marks WHERE record_id = ? AND field = ?", (record_id, field))
    return bool(cursor.rowcount)


# -- consent notices (history/notices.py) ---------------------------------------------------------


def note_consent_change(conn: Connection, defender_id: str) -> None:
    """A defender whose consent changed here: its holders may need a consent notice."""
    conn.execute("INSERT INTO consent_changes(defender_id, changed_at) VALUES (?, ?) "
                 "ON CONFLICT(defender_id) DO UPDATE SET changed_at = excluded.changed_at",
                 (defender_id, now_iso()))


def consent_changed(conn: Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT defender_id FROM consent_changes ORDER BY defender_id")]


def told_level(conn: Connection, colleague_id: str, defender_id: str) -> tuple[str, bool] | None:
    """The consent level last sent to this colleague for this defender, and whether a bundle
    carrying it was acknowledged."""
    row = conn.execute("SELECT level, acked FROM consent_told WHERE colleague_id = ? "
                       "AND defender_id = ?", (colleague_id, defender_id)).fetchone()
    return None if row is None else (str(row[0]), bool(row[1]))


def set_told(conn: Connection, colleague_id: str, defender_id: str, level: str) -> None:
    """A notice of `level` went out; it counts as told when its bundle is acknowledged
    (store/peers.apply_acks)."""
    conn.execute("INSERT INTO consent_told(colleague_id, defender_id, level, acked) "
                 "VALUES (?, ?, ?, 0) ON CONFLICT(colleague_id, defender_id) DO UPDATE "
                 "SET level = excluded.level, "
                 "acked = CASE WHEN consent_told.level = excluded.level THEN consent_told.acked "
                 "ELSE 0 END",
                 (colleague_id, defender_id, level))


def keep_consent_limit(conn: Connection, defender_id: str, colleague_id: str, level: str,
                       made_at: int, message: str) -> bool:
    """A colleague's consent notice, kept unless a later one of its own is held; False if not
    kept (an older or the same notice)."""
    cursor = conn.execute(
        "INSERT INTO consent_limits(defender_id, colleague_id, level, made_at, message, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(defender_id, colleague_id) DO UPDATE "
        "SET level = excluded.level, made_at = excluded.made_at, message = excluded.message, "
        "received_at = excluded.received_at WHERE excluded.made_at > consent_limits.made_at",
        (defender_id, colleague_id, level, made_at, message, now_iso()))
    return bool(cursor.rowcount)


def consent_limits(conn: Connection, defender_id: str) -> list[tuple[str, str, int]]:
    """(colleague id, level, made at ms) of the consent notices colleagues sent about a
    defender."""
    return [(str(r[0]), str(r[1]), int(r[2])) for r in conn.execute(
        "SELECT colleague_id, level, made_at FROM consent_limits WHERE defender_id = ? "
        "ORDER BY colleague_id", (defender_id,))]


def consent_limits_of_each(conn: Connection, defender_ids: Iterable[str]
                           ) -> dict[str, list[tuple[str, str, int]]]:
    """consent_limits for many defenders in one statement (defenders without any left out)."""
    found: dict[str, list[tuple[str, str, int]]] = {}
    for defender_id, colleague_id, level, made_at in conn.execute(
            "SELECT defender_id, colleague_id, level, made_at FROM consent_limits "
            "WHERE defender_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY defender_id, colleague_id",
            (encode(sorted(set(defender_ids))).decode("utf-8"),)):
        found.setdefault(str(defender_id), []).append((str(colleague_id), str(level), int(made_at)))
    return found
