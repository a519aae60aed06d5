"""Plaintext never reaches the vault's files, and what is purged is gone.

Unique marker strings (random ASCII words and non-ASCII words) go into every field of every kind
of record the services support. No file in the vault directory may contain them, in UTF-8 or
UTF-16 of either byte order, while the WAL holds the latest writes and after closing. After a
purge the markers must be gone from the files, from every table (FTS5 shadow tables, versions and
the audit trail included), from a plaintext export of the database, and from the decrypted pages
themselves, free space included (decrypted here independently of SQLCipher).

Each test also checks that live markers *are* found by the same scans, so a scan that could not
see anything would fail.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from hrd_desk.crypto import keyslot
from hrd_desk.errors import NotFound
from hrd_desk.history.versions import verify_version
from hrd_desk.model.fields import FieldKind, field_infos
from hrd_desk.model.records import KINDS
from hrd_desk.model.vocab import THREAT_SUBTYPES, VOCABULARIES
from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session, create_vault, open_session
from hrd_desk.store.audit import verify_chain
from hrd_desk.store.dbapi import (
    WAL_FOLD_PAGES,
    Connection,
    checkpoint,
    fold_wal,
    transaction,
    wipe_pending,
)
from hrd_desk.store.records import load_versions
from hrd_desk.store.vault import Vault
from vault_support import decrypted_pages, found_in, tables_holding

pytest.importorskip("cryptography")  # decrypts pages independently of SQLCipher

PASS = "correct horse battery staple"
_NON_ASCII = "ÆØÅßçñéżłŋЖЩЯжщяΩΨΔλعربيةनमस्ते中文字"


def ascii_marker() -> str:
    """A random lower-case word: FTS5 keeps it as it is, so its tail can be looked for in the
    index's pages (which store terms prefix-compressed)."""
    return "q" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(23))


def non_ascii_marker() -> str:
    return "".join(secrets.choice(_NON_ASCII) for _ in range(10)) + "🛡"


@dataclass
class Written:
    """What one set of records put into the vault: ids, and every marker by (kind, field)."""

    ids: dict[str, str] = field(default_factory=dict)  # kind -> record id
    ascii: list[str] = field(default_factory=list)
    non_ascii: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    fields_written: set[tuple[str, str]] = field(default_factory=set)
    edited_from: int = 0  # ascii[edited_from:] are the values shown now; earlier ones are history
    # a threat is rated by likelihood and impact: a vulnerability of the same assessment holds
    # the risk item's level
    level_item: str = ""

    @property
    def texts(self) -> list[str]:
        return [*self.ascii, *self.non_ascii, *self.dates, *self.ids.values()]


def _value(kind: str, name: str, written: Written) -> Any:
    info = field_infos(KINDS[kind].cls)[name]
    if info.kind in (FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.TEXT_LIST):
        a, n = ascii_marker(), non_ascii_marker()
        written.ascii.append(a)
        written.non_ascii.append(n)
        if info.kind == FieldKind.TEXT_LIST:
            return [a, n]
        return f"{a}\n{n}" if info.kind == FieldKind.LONGTEXT else f"{a} {n}"
    if info.kind == FieldKind.DATE:
        century = "19" if info.past else "21"  # what happened is never in the future
        day = f"{century}{secrets.randbelow(100):02d}-{1 + secrets.randbelow(12):02d}-" \
              f"{1 + secrets.randbelow(28):02d}"
        written.dates.append(day)
        return day
    if info.kind in (FieldKind.ENUM, FieldKind.ENUM_LIST):
        slug = VOCABULARIES[info.vocab or ""].slugs()[0]
        return [slug] if info.kind == FieldKind.ENUM_LIST else slug
    if info.kind == FieldKind.INT:
        return info.maximum or 1
    if info.kind == FieldKind.COUNTRY:
        return "KE"
    target = written.ids.get(info.ref or "")
    if info.kind == FieldKind.REF:
        return target
    return [target] if target else []


def _refs_ready(kind: str, written: Written) -> bool:
    """Every record kind this one refers to (other than itself) already exists."""
    return all(
        info.ref in written.ids
        for info in field_infos(KINDS[kind].cls).values()
        if info.kind in (FieldKind.REF, FieldKind.REF_LIST) and info.ref != kind
    )


def write_every_kind(work: Casework) -> Written:
    """One record of every kind, every field set; an edit then gives every text field a second
    marker, so the history holds two versions of each value."""
    written = Written()
    pending = list(KINDS)
    while pending:
        ready = [k for k in pending if _refs_ready(k, written)]
        assert ready, f"cannot order the kinds {pending} by their references"
        for kind in ready:
            values = {name: _value(kind, name, written) for name in field_infos(KINDS[kind].cls)}
            if kind == "incident":  # a sub-type must belong to the incident's category
                values["category"] = next(c for c, v in THREAT_SUBTYPES.items() if v.slugs())
                values["subtype"] = THREAT_SUBTYPES[values["category"]].slugs()[0]
            if kind == "relocation":  # departure after arrival, planned and actual
                for arrival, departure in (("planned_arrival", "planned_departure"),
                                           ("arrival", "departure")):
                    while values[arrival] >= values[departure]:
                        values[arrival], values[departure] = sorted((
                            _value(kind, arrival, written), _value(kind, departure, written)))
            if kind == "training":  # an edition ends on or after its start
                values["starts"], values["ends"] = sorted((values["starts"], values["ends"]))
            if kind == "checkin":  # only one done says when, how and what was raised
                values["status"] = "done"
            if kind == "risk_item":
                values["level"] = None
                written.level_item = work.add(kind, {
                    "assessment": values["assessment"], "item_type": "vulnerability",
                    "text": _value(kind, "text", written),
                    "level": _value(kind, "level", written)})
            written.ids[kind] = work.add(kind, values)
            pending.remove(kind)
    written.edited_from = len(written.ascii)
    for kind, record_id in written.ids.items():
        changes: dict[str, Any] = {}
        for name, info in field_infos(KINDS[kind].cls).items():
            if info.kind in (FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.TEXT_LIST):
                changes[name] = _value(kind, name, written)
            elif info.kind in (FieldKind.REF, FieldKind.REF_LIST) and not work.get(
                kind, record_id
            ).fields[name]:
                changes[name] = _value(kind, name, written)  # self-references, now possible
        assert work.edit(kind, record_id, changes)
        shown = work.get(kind, record_id).fields
        for name in field_infos(KINDS[kind].cls):
            if (kind, name) == ("risk_item", "level"):
                shown = {**shown, "level": work.get(kind, written.level_item).fields["level"]}
            assert shown[name] not in (None, []), f"{kind}.{name} was not written"
            written.fields_written.add((kind, name))
    return written


def files_holding(directory: Path, texts: list[str]) -> dict[str, list[str]]:
    """file name -> the texts found in it (any encoding)."""
    result: dict[str, list[str]] = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits = [t for t in texts if found_in(data, t)]
            if hits:
                result[path.name] = hits
    return result


def key_of(directory: Path) -> bytes:
    return keyslot.unlock(Vault.read_keyslots(directory), PASS)


def pages_holding(directory: Path, needles: list[str]) -> list[str]:
    """Texts found in any decrypted page of vault.db or its WAL (free space included)."""
    pages = [data for _, data in decrypted_pages(directory, key_of(directory))]
    return [n for n in needles if any(found_in(page, n) for page in pages)]


def tails(markers: list[str]) -> list[str]:
    return [m[-14:] for m in markers]


@pytest.fixture
def opened(vault_dir: Path) -> Iterator[Session]:
    create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as session:
        yield session


def test_every_field_of_every_kind_is_covered(opened: Session) -> None:
    written = write_every_kind(Casework(opened))
    every_field = {(k, n) for k, kind in KINDS.items() for n in field_infos(kind.cls)}
    assert written.fields_written == every_field
    sensitive = {(k, n) for k, kind in KINDS.items()
                 for n, i in field_infos(kind.cls).items() if i.sensitive}
    assert sensitive and sensitive <= written.fields_written


def test_no_plaintext_in_any_file_with_the_wal_and_after_closing(vault_dir: Path) -> None:
    create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as session:
        written = write_every_kind(Casework(session))
        wal = vault_dir / "vault.db-wal"
        assert wal.exists() and wal.stat().st_size > 0  # the writes are still in the WAL
        assert files_holding(vault_dir, written.texts) == {}
        # the same scan, on the decrypted pages, does see them: the markers were written
        assert pages_holding(vault_dir, written.ascii[:5] + written.non_ascii[:5]) == (
            written.ascii[:5] + written.non_ascii[:5]
        )
    assert not wal.exists()
    assert files_holding(vault_dir, written.texts) == {}
    assert pages_holding(vault_dir, written.ascii[-3:]) == written.ascii[-3:]


def test_a_commit_stays_in_the_wal_encrypted_until_the_idle_fold_or_close(
        vault_dir: Path) -> None:
    """A commit below the checkpoint threshold (WAL_FOLD_PAGES) is not copied into the database
    file at the commit: the pages wait in the WAL, encrypted, until the writer is idle
    (fold_wal) or the last connection closes (the WAL is then deleted)."""
    create_vault(vault_dir, PASS)
    db, wal = vault_dir / "vault.db", vault_dir / "vault.db-wal"
    markers = [f"walfold{secrets.token_hex(6)}" for _ in range(3)]
    with open_session(vault_dir, PASS) as session:
        conn = session.conn
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_FOLD_PAGES
        checkpoint(conn)
        size = db.stat().st_size
        with transaction(conn):
            conn.execute("CREATE TABLE scratch(body TEXT)")
            conn.executemany("INSERT INTO scratch VALUES (?)",
                             [(f"{markers[i % 3]} {i} " + "w" * 3000,) for i in range(600)])
        assert db.stat().st_size == size  # nothing copied at the commit
        assert wal.stat().st_size > 500 * 4096
        assert files_holding(vault_dir, markers) == {}
        assert pages_holding(vault_dir, markers) == markers  # they are in the WAL's frames
        fold_wal(conn)
        assert db.stat().st_size > size + 500 * 4096  # copied in
        assert files_holding(vault_dir, markers) == {}
    assert not wal.exists()
    assert files_holding(vault_dir, markers) == {}


def _export_plaintext(conn: Connection, target: Path) -> bytes:
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
    finally:
        conn.execute("DETACH DATABASE plain")
    data = target.read_bytes()
    assert data.startswith(b"SQLite format 3\0")  # really unencrypted
    return data


def _fts_terms(conn: Connection) -> set[str]:
    terms: set[str] = set()
    for table in ("search_text", "search_sensitive"):
        conn.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_terms "
            f"USING fts5vocab(main, {table}, row)"
        )
        terms |= {str(r[0]) for r in conn.execute(f"SELECT term FROM temp.{table}_terms")}
    return terms


def test_purge_removes_a_record_from_every_file_table_and_page(
    vault_dir: Path, tmp_path: Path
) -> None:
    create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as session:
        work = Casework(session)
        kept = write_every_kind(work)
        purged = write_every_kind(work)
        work.delete("risk_item", purged.level_item)  # the item holding a level goes too
        assert work.purge(purged.level_item) == "risk_item"
        for kind in reversed(list(purged.ids)):  # incidents and other dependants first
            work.delete(kind, purged.ids[kind])
        for kind in reversed(list(purged.ids)):
            assert work.purge(purged.ids[kind]) == kind
        conn = session.conn

        for kind, record_id in purged.ids.items():
            with pytest.raises(NotFound):
                work.get(kind, record_id)
            assert record_id not in {r.id for r in work.list(kind, None)}
            # the history stays, as stubs that still verify
            history = load_versions(conn, record_id)
            assert len(history) == 3  # created, edited, deleted
            for version in history:
                assert version.fields == {}
                verify_version(version, session.identity.public)
        assert verify_chain(conn) is None
        actions = [r[0] for r in conn.execute(
            "SELECT action FROM audit_events WHERE record_id = ? ORDER BY seq",
            (purged.ids["defender"],))]
        assert actions == ["create", "edit", "delete", "purge"]

        # every table, FTS5 shadow tables included, read through SQL
        for marker in [*purged.ascii, *purged.non_ascii]:
            assert tables_holding(conn, marker) == [], marker
        live = kept.ascii[-1]
        assert "versions" in tables_holding(conn, live)
        assert any(conn.execute(f"SELECT 1 FROM {t} WHERE {t} MATCH ?", (f'"{live}"',)).fetchone()
                   for t in ("search_text", "search_sensitive"))  # indexed, the text not kept
        terms = _fts_terms(conn)
        assert not terms & set(purged.ascii)
        assert set(kept.ascii[kept.edited_from:]) <= terms

        # a plaintext export of the whole database
        export = _export_plaintext(conn, tmp_path / "plain.db")
        assert [m for m in purged.texts if found_in(export, m) and m not in purged.ids.values()] \
            == []
        assert all(found_in(export, m) for m in kept.ascii + kept.non_ascii)

        # the vault's files, and their decrypted pages (free space and WAL frames included)
        assert not (vault_dir / "vault.db-wal").exists() or (
            vault_dir / "vault.db-wal").stat().st_size == 0  # truncated by the purge
        assert files_holding(vault_dir, purged.texts + kept.texts) == {}
        assert pages_holding(vault_dir, tails(purged.ascii) + purged.non_ascii) == []
        assert pages_holding(vault_dir, tails(kept.ascii[:5])) == tails(kept.ascii[:5])

    assert files_holding(vault_dir, purged.texts + kept.texts) == {}
    assert pages_holding(vault_dir, tails(purged.ascii) + purged.non_ascii) == []


def test_purge_refuses_a_record_that_is_not_deleted(opened: Session) -> None:
    work = Casework(opened)
    defender = work.add("defender", {"name": "Not deleted"})
    with pytest.raises(Exception, match="delete it before purging"):
        work.purge(defender)
    assert work.get("defender", defender).fields["name"] == "Not deleted"
    with pytest.raises(NotFound):
        work.purge("no-such-id")


def _purge_while_reading(vault_dir: Path, writer: Session, reader: Session) -> str:
    """Purge a defender while `reader` holds a read snapshot taken before it; the marker."""
    work = Casework(writer)
    marker = ascii_marker()
    defender = work.add("defender", {"name": marker})
    work.delete("defender", defender)
    writer.conn.execute("PRAGMA busy_timeout = 200")  # not the 30 s the app waits
    reader.conn.execute("BEGIN")
    reader.conn.execute("SELECT count(*) FROM defenders").fetchall()
    try:
        work.purge(defender)
        # the reader's snapshot still needs the old pages: the WAL cannot be truncated yet
        assert wipe_pending(writer.conn)
        assert pages_holding(vault_dir, [marker[-14:]]) == [marker[-14:]]
    finally:
        reader.conn.execute("COMMIT")
    return marker


def test_purge_while_another_connection_reads_finishes_at_the_next_write(
    vault_dir: Path,
) -> None:
    create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as writer, open_session(vault_dir, PASS) as reader:
        marker = _purge_while_reading(vault_dir, writer, reader)
        # the next unit of work on any connection (here the reader's thread saving a draft)
        Casework(reader).add("defender", {"name": "Next one"})
        assert not wipe_pending(writer.conn)
        assert pages_holding(vault_dir, [marker[-14:]]) == []


def test_purge_while_another_connection_reads_finishes_when_the_writer_is_idle(
    vault_dir: Path,
) -> None:
    """No next write, no close: the GUI's writer folding the WAL once idle (fold_wal) finishes
    the truncation the reader blocked (noticed by the session 11 review)."""
    create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as writer, open_session(vault_dir, PASS) as reader:
        marker = _purge_while_reading(vault_dir, writer, reader)
        fold_wal(writer.conn)
        assert not wipe_pending(writer.conn)
        assert pages_holding(vault_dir, [marker[-14:]]) == []


def test_purge_while_another_connection_reads_finishes_when_the_reader_closes(
    vault_dir: Path,
) -> None:
    create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as writer:
        with Session(writer.vault, read_only=True) as reader:
            marker = _purge_while_reading(vault_dir, writer, reader)
        # a read-only view closing (the writer stays open, so SQLite's own last-close
        # checkpoint is not what wipes it)
        assert not wipe_pending(writer.conn)
        assert pages_holding(vault_dir, [marker[-14:]]) == []


def test_purge_leaves_no_word_of_the_record_in_the_search_shadow_tables(
    session: Session,
) -> None:
    """The purge's own transaction takes every word of the record out of the search tables'
    b-trees: the words it holds now and those an earlier edit replaced (which an index keeps in
    older segments until they are merged), with nothing left for a later step to do."""
    def word() -> str:
        return "".join(secrets.choice(string.ascii_lowercase) for _ in range(24))

    replaced, current, sensitive, live = word(), word(), word(), word()
    work = Casework(session)
    kept = work.add("defender", {"name": f"Kept {live}"})
    gone = work.add("defender", {"name": f"Gone {replaced}", "legal_name": sensitive})
    work.edit("defender", gone, {"name": f"Gone {current}"})
    work.delete("defender", gone)
    session.store.purge(gone)  # the store's purge alone: no later optimize, no checkpoint

    def holding(text: str) -> list[str]:
        return [t for t in tables_holding(session.conn, text[-12:]) if t.startswith("search_")]

    for text in (replaced, current, sensitive):
        assert holding(text) == [], text
    assert holding(live) == ["search_text_data"]  # the scan sees a word that is there
    assert work.get("defender", kept).fields["name"] == f"Kept {live}"
