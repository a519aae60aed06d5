"""What each colleague is known to hold: acknowledgement marks and records held whole.

Bundles carry acknowledgements of the bundles the sender imported from the recipient. The mark for
a colleague (a position in this vault's version sequence) advances only when one of our bundles is
acknowledged; until then every incremental bundle repeats everything beyond the mark, so a lost
bundle is made good by the next one, and imports being idempotent, repeats cost nothing.

The mark also passes versions a bundle left out because their record did not leave for the
colleague then (moved out of its scope by a link, refused by consent): such records it holds are
noted (`peer_skipped`) and go whole when they leave again, until a bundle carrying them whole is
acknowledged.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..crypto.canonical import decode, encode
from .dbapi import Connection
from .records import now_iso

MAX_ACKS_PER_BUNDLE = 256


def mark_of(conn: Connection, colleague_id: str) -> int:
    row = conn.execute(
        "SELECT acked_seq FROM peer_marks WHERE colleague_id = ?", (colleague_id,)
    ).fetchone()
    return 0 if row is None else int(row[0])


def held_whole(conn: Connection, colleague_id: str) -> set[str]:
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT record_id FROM peer_records WHERE colleague_id = ?", (colleague_id,)
        )
    }


def not_held_whole(conn: Connection, colleague_id: str) -> set[str]:
    """Records registered here that the colleague does not hold whole (held_whole's
    complement among this vault's records; one merge of two indexes)."""
    return {str(r[0]) for r in conn.execute(
        "SELECT id FROM records EXCEPT SELECT record_id FROM peer_records WHERE colleague_id = ?",
        (colleague_id,))}


def held_whole_among(conn: Connection, colleague_id: str, record_ids: Iterable[str]
                     ) -> set[str]:
    """Those of these records the colleague holds whole (one primary-key look-up each)."""
    return {str(r[0]) for r in conn.execute(
        "SELECT record_id FROM peer_records WHERE colleague_id = ? AND record_id IN "
        "(SELECT value FROM json_each(?))",
        (colleague_id, encode(sorted(set(record_ids))).decode("utf-8")))}


def holds_any(conn: Connection, colleague_id: str) -> bool:
    """Whether the colleague holds any record whole."""
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM peer_records WHERE colleague_id = ?)",
                             (colleague_id,)).fetchone()[0])


class HeldWhole:
    """held_whole of one colleague, asked record by record: those of `among` (the records a
    sync decides) read at once, any other with a primary-key look-up when asked (remembered).
    A sync deciding a thousand records need not read the 120,000 its colleague holds."""

    def __init__(self, conn: Connection, colleague_id: str, among: Iterable[str]) -> None:
        self._conn = conn
        self._colleague_id = colleague_id
        self._asked = set(among)
        self._held = held_whole_among(conn, colleague_id, self._asked)

    def __contains__(self, record_id: object) -> bool:
        if isinstance(record_id, str) and record_id not in self._asked:
            self._asked.add(record_id)
            self._held |= held_whole_among(self._conn, self._colleague_id, [record_id])
        return record_id in self._held


def skipped(conn: Connection, colleague_id: str) -> set[str]:
    """Records the colleague holds whose versions a sync did not send because the record did
    not leave for it then (note_skipped): sent whole when they leave again."""
    return {str(r[0]) for r in conn.execute(
        "SELECT record_id FROM peer_skipped WHERE colleague_id = ?", (colleague_id,))}


def changed_while_held(conn: Connection, colleague_id: str, after: int, upto: int,
                       not_from: Iterable[str]) -> set[str]:
    """Records the colleague holds whole, or was sent whole in a bundle it has not acknowledged
    yet, with a version that arrived here in (after, upto] that none of the origins `not_from`
    (the colleague's) made or sent us: what it lacks of them unless this sync sends it."""
    origins = encode(sorted(set(not_from))).decode("utf-8")
    return {str(r[0]) for r in conn.execute(
        "SELECT DISTINCT v.record_id FROM versions AS v WHERE v.seq > ? AND v.seq <= ? "
        "AND v.origin NOT IN (SELECT value FROM json_each(?)) AND (v.received_from IS NULL "
        "OR v.received_from NOT IN (SELECT value FROM json_each(?))) "
        "AND (EXISTS (SELECT 1 FROM peer_records AS p WHERE p.colleague_id = ? "
        "AND p.record_id = v.record_id) OR v.record_id IN (SELECT j.value FROM sent_bundles AS s, "
        "json_each(s.whole_records) AS j WHERE s.colleague_id = ?))",
        (after, upto, origins, origins, colleague_id, colleague_id))}


def note_skipped(conn: Connection, colleague_id: str, record_ids: Iterable[str],
                 upto_seq: int) -> None:
    """A bundle up to `upto_seq` left out versions of these records the colleague holds (they
    did not leave for it): once its mark passes them, only a whole send fills the gap. Noted
    with the bundle's other bookkeeping (note_sent); forgotten by apply_acks."""
    conn.executemany(
        "INSERT INTO peer_skipped(colleague_id, record_id, upto_seq) VALUES (?, ?, ?) "
        "ON CONFLICT(colleague_id, record_id) DO UPDATE "
        "SET upto_seq = max(upto_seq, excluded.upto_seq)",
        [(colleague_id, record_id, upto_seq) for record_id in record_ids])


def held_attachments(conn: Connection, colleague_id: str) -> set[str]:
    """Attachments the colleague is known to hold (acknowledged, or received from it)."""
    return {str(r[0]) for r in conn.execute(
        "SELECT attachment_id FROM peer_attachments WHERE colleague_id = ?", (colleague_id,))}


def note_holds_attachments(conn: Connection, colleague_id: str, ids: Iterable[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO peer_attachments(colleague_id, attachment_id) VALUES (?, ?)",
        [(colleague_id, i) for i in ids])


def sent_whole(conn: Connection, colleague_id: str) -> set[str]:
    """Records sent whole to this colleague in bundles it has not acknowledged yet."""
    found: set[str] = set()
    for (whole,) in conn.execute(
            "SELECT whole_records FROM sent_bundles WHERE colleague_id = ?", (colleague_id,)):
        found.update(str(r) for r in decode(whole.encode("utf-8")))
    return found


def settle(conn: Connection, colleague_id: str) -> None:
    """Count every bundle sent to this colleague as acknowledged: nothing sent so far is sent
    again (a colleague's kind changed, so a resend would carry another redaction)."""
    pending = [bytes(r[0]) for r in conn.execute(
        "SELECT bundle_id FROM sent_bundles WHERE colleague_id = ? ORDER BY upto_seq",
        (colleague_id,))]
    apply_acks(conn, colleague_id, pending)


def already_sent(conn: Connection, colleague_id: str, upto_seq: int, whole: Iterable[str],
                 attachments: Iterable[str] = (), *, echo: bool = False,
                 consent: Iterable[tuple[str, str]] = ()) -> bool:
    """Whether unacknowledged bundles already carried every version up to `upto_seq`, these
    records whole, these attachments, the echo of the colleague's own versions if `echo`, and
    these consent notices (then a new bundle would say nothing new)."""
    rows = conn.execute(
        "SELECT upto_seq, whole_records, attachments, echo, consent FROM sent_bundles "
        "WHERE colleague_id = ?", (colleague_id,)).fetchall()
    if not any(int(r[0]) >= upto_seq for r in rows):
        return False
    carried: set[str] = set()
    files: set[str] = set()
    told: set[tuple[str, str]] = set()
    echoed = False
    for _upto, records, sent_files, sent_echo, notices in rows:
        carried.update(str(r) for r in decode(records.encode("utf-8")))
        files.update(str(f) for f in decode(sent_files.encode("utf-8")))
        told.update((str(d), str(level)) for d, level in decode(notices.encode("utf-8")))
        echoed = echoed or bool(sent_echo)
    return (set(whole) <= carried and set(attachments) <= files and (echoed or not echo)
            and set(consent) <= told)


def note_sent(
    conn: Connection, colleague_id: str, bundle_id: bytes, upto_seq: int, whole: Iterable[str],
    attachments: Iterable[str] = (), *, echo: bool = False,
    consent: Iterable[tuple[str, str]] = (),
) -> None:
    """A bundle written for this colleague: what it carries counts as held once acknowledged
    (`apply_acks`): its records and files, the echo of the colleague's own versions, consent
    notices (defender, level)."""
    conn.execute(
        "INSERT INTO sent_bundles(colleague_id, bundle_id, upto_seq, whole_records, sent_at, "
        "attachments, echo, consent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (colleague_id, bundle_id, upto_seq, encode(sorted(whole)).decode("utf-8"), now_iso(),
         encode(sorted(attachments)).decode("utf-8"), int(echo),
         encode(sorted([list(pair) for pair in consent])).decode("utf-8")),
    )


def apply_acks(conn: Connection, colleague_id: str, bundle_ids: Iterable[bytes]) -> int:
    """Advance the mark for what the colleague acknowledged; returns how many were ours."""
    acknowledged = 0
    for bundle_id in bundle_ids:
        row = conn.execute(
            "SELECT upto_seq, whole_records, attachments, echo, consent FROM sent_bundles "
            "WHERE colleague_id = ? AND bundle_id = ?",
            (colleague_id, bundle_id),
        ).fetchone()
        if row is None:
            continue  # not a bundle we sent to this colleague: ignored
        acknowledged += 1
        upto, whole = int(row[0]), decode(row[1].encode("utf-8"))
        note_holds_attachments(conn, colleague_id,
                               [str(a) for a in decode(row[2].encode("utf-8"))])
        if row[3]:  # it carried the colleague's own versions back: the echo is done
            conn.execute("UPDATE peer_marks SET echo_own = 0 WHERE colleague_id = ?",
                         (colleague_id,))
        conn.executemany(  # the consent notices it carried, unless a newer level is due since
            "UPDATE consent_told SET acked = 1 WHERE colleague_id = ? AND defender_id = ? "
            "AND level = ?",
            [(colleague_id, str(d), str(level)) for d, level in decode(row[4].encode("utf-8"))])
        conn.execute(
            "INSERT INTO peer_marks(colleague_id, acked_seq) VALUES (?, ?) "
            "ON CONFLICT(colleague_id) DO UPDATE "
            "SET acked_seq = max(acked_seq, excluded.acked_seq)",
            (colleague_id, upto),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO peer_records(colleague_id, record_id) VALUES (?, ?)",
            [(colleague_id, record_id) for record_id in whole],
        )
        conn.execute(  # sent whole: the gaps noted up to this bundle are filled
            "DELETE FROM peer_skipped WHERE colleague_id = ? AND upto_seq <= ? AND record_id IN "
            "(SELECT value FROM json_each(?))", (colleague_id, upto, row[1]))
        conn.execute(
            "DELETE FROM sent_bundles WHERE colleague_id = ? AND upto_seq <= ?",
            (colleague_id, upto),
        )
    return acknowledged


def acks_due(conn: Connection, sender_key: bytes) -> list[bytes]:
    """Bundles imported from this colleague whose acknowledgement we still owe."""
    return [
        bytes(r[0])
        for r in conn.execute(
            "SELECT bundle_id FROM imported_bundles WHERE sender_key = ? AND ack_due = 1 "
            "AND records > 0 ORDER BY imported_at DESC LIMIT ?",
            (sender_key, MAX_ACKS_PER_BUNDLE),
        )
    ]


def acks_sent(conn: Connection, sender_key: bytes, bundle_ids: Iterable[bytes]) -> None:
    conn.executemany(
        "UPDATE imported_bundles SET ack_due = 0 WHERE sender_key = ? AND bundle_id = ?",
        [(sender_key, b) for b in bundle_ids],
    )


def ack_again(conn: Connection, sender_key: bytes, bundle_id: bytes) -> None:
    """A bundle seen again: our acknowledgement may have been lost, so owe it once more."""
    conn.execute(
        "UPDATE imported_bundles SET ack_due = 1 WHERE sender_key = ? AND bundle_id = ?",
        (sender_key, bundle_id),
    )


def acks_only_sent_on(conn: Connection, colleague_id: str) -> str | None:
    """The day (UTC, ISO) a bundle of acknowledgements only last went to this colleague."""
    row = conn.execute(
        "SELECT acks_only_day FROM peer_marks WHERE colleague_id = ?", (colleague_id,)
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def note_restored(conn: Connection, colleague_id: str) -> None:
    """The colleague moved to a new epoch (restored from a copy): its own versions go back to it
    once, in the next incremental bundle (services/sync.py)."""
    conn.execute(
        "INSERT INTO peer_marks(colleague_id, acked_seq, echo_own) VALUES (?, 0, 1) "
        "ON CONFLICT(colleague_id) DO UPDATE SET echo_own = 1", (colleague_id,))


def echo_due(conn: Connection, colleague_id: str) -> bool:
    row = conn.execute("SELECT echo_own FROM peer_marks WHERE colleague_id = ?",
                       (colleague_id,)).fetchone()
    return bool(row and row[0])


def note_acks_only(conn: Connection, colleague_id: str, day: str) -> None:
    conn.execute(
        "INSERT INTO peer_marks(colleague_id, acked_seq, acks_only_day) VALUES (?, 0, ?) "
        "ON CONFLICT(colleague_id) DO UPDATE SET acks_only_day = excluded.acks_only_day",
        (colleague_id, day),
    )


def outstanding(conn: Connection, colleague_id: str) -> list[bytes]:
    """Ids of the bundles sent to this colleague that it has not acknowledged (neither them nor
    a later one, which carries everything they did)."""
    return [bytes(r[0]) for r in conn.execute(
        "SELECT bundle_id FROM sent_bundles WHERE colleague_id = ?", (colleague_id,))]
