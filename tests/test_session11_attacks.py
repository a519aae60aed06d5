"""Session 11's changes attacked: the WAL folded when idle and the
display computed once per received version (history/versions.py `display_after`).

The WAL: a kill -9 with thousands of pages in it loses no commit; a fold racing a reader neither
waits nor raises nor loses a write; a WAL grown past 64 MiB is cut back; a CLI command leaves no
WAL; a purge after a large unfolded WAL leaves no page of the record. Found: a rekey leaves the
frames of the WAL the lock before it deleted under the retired key (xfail, strict).
The display: after exchanges in hostile orders (concurrent versions, a version dominating some
but not all, relayed versions, replays, deletions and restores, conflicts cleared by a later
edit, a field held back from a colleague given a defender as a case's context, a forged version
of a record outside the sender's scope), every display row, deleted flag
and search index entry is what recomputing it from the whole history gives.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import hrd_desk
from cli_support import init_vault, new_id, run
from exchange_support import Mail, Office, add_family, offices
from hostile_support import Attacker
from hrd_desk.services import scope
from hrd_desk.services.casework import Casework
from hrd_desk.services.emergency import rekey
from hrd_desk.services.session import Session, create_vault, open_session
from hrd_desk.store.dbapi import WAL_KEEP_BYTES, fold_wal, transaction
from hrd_desk.store.vault import Vault
from vault_support import decrypted_pages, found_in

pytest.importorskip("cryptography")  # the WAL's frames are decrypted independently

PASS = "correct horse battery staple"
PAGE = 4096


def _key(directory: Path) -> bytes:
    from hrd_desk.crypto import keyslot

    return keyslot.unlock(Vault.read_keyslots(directory), PASS)


def _pages_holding(directory: Path, key: bytes, needles: list[str]) -> list[str]:
    pages = [data for _, data in decrypted_pages(directory, key)]
    return [n for n in needles if any(found_in(page, n) for page in pages)]


def _fill(conn: Any, pages: int, tag: str) -> None:
    """One commit of about `pages` pages of new rows (each row most of a page)."""
    with transaction(conn):
        conn.execute("CREATE TABLE IF NOT EXISTS scratch(body TEXT)")
        conn.executemany("INSERT INTO scratch VALUES (?)",
                         [(f"{tag} {i} " + "w" * 3000,) for i in range(pages)])


# -- the WAL ------------------------------------------------------------------------------------


_CRASH = """
import os, signal, sys
sys.path[:0] = {paths!r}
from pathlib import Path
from hrd_desk.store.dbapi import connect, transaction
conn = connect(Path({db!r}), bytes.fromhex({key!r}))
for batch in range(3):
    with transaction(conn):
        conn.execute("CREATE TABLE IF NOT EXISTS scratch(batch INTEGER, body TEXT)")
        conn.executemany("INSERT INTO scratch VALUES (?, ?)",
                         [(batch, "w" * 3000) for _ in range(300)])
print("committed", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_kill_9_with_commits_only_in_the_wal_reopens_with_every_commit(vault_dir: Path) -> None:
    """Three commits of 300 pages each (900: below WAL_FOLD_PAGES, so none was copied into
    the database file), then the process is killed: the next open has all of them."""
    create_vault(vault_dir, PASS)
    db, wal = vault_dir / "vault.db", vault_dir / "vault.db-wal"
    size = db.stat().st_size
    src = Path(hrd_desk.__path__[0]).parent
    code = _CRASH.format(paths=[str(src)], db=str(db), key=_key(vault_dir).hex())
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert done.stdout == "committed\n"
    assert db.stat().st_size == size  # nothing was copied into the database file
    assert wal.stat().st_size > 800 * PAGE
    with open_session(vault_dir, PASS) as session:
        counts = dict(session.conn.execute(
            "SELECT batch, count(*) FROM scratch GROUP BY batch").fetchall())
    assert counts == {0: 300, 1: 300, 2: 300}
    assert not wal.exists()


def test_a_fold_racing_a_reader_neither_waits_nor_raises_nor_loses_a_write(
        vault_dir: Path) -> None:
    """The GUI reads on its own connections while the writer folds: a PASSIVE fold copies what
    no reader needs, returns at once, and a later fold finishes the rest."""
    create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as writer, \
            Session(writer.vault, read_only=True) as reader:
        writer.conn.execute("PRAGMA busy_timeout = 60000")  # a wait would show as a hang
        _fill(writer.conn, 50, "first")
        reader.conn.execute("BEGIN")
        assert reader.conn.execute("SELECT count(*) FROM scratch").fetchone() == (50,)
        _fill(writer.conn, 1500, "second")  # after the reader's snapshot
        # PASSIVE: no busy handler, so a wait would show as this call hanging
        busy, log, copied = writer.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert busy == 0 and copied < log  # the reader's snapshot kept the newer frames back
        fold_wal(writer.conn)  # the app's own fold, racing the same reader: no exception
        # the reader still sees its snapshot, the writer writes on
        assert reader.conn.execute("SELECT count(*) FROM scratch").fetchone() == (50,)
        _fill(writer.conn, 10, "third")
        reader.conn.execute("COMMIT")
        fold_wal(writer.conn)
        busy, log, copied = writer.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert busy == 0 and copied == log  # everything copied once the reader let go
        assert reader.conn.execute("SELECT count(*) FROM scratch").fetchone() == (1560,)


def test_a_fold_while_another_connection_holds_the_write_lock_loses_nothing(
        vault_dir: Path) -> None:
    create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as one, open_session(vault_dir, PASS) as other:
        _fill(one.conn, 200, "one")
        other.conn.execute("BEGIN IMMEDIATE")
        other.conn.execute("CREATE TABLE other_rows(x)")
        other.conn.execute("INSERT INTO other_rows VALUES (1)")
        fold_wal(one.conn)  # the other's open write transaction: no wait, no error
        other.conn.execute("COMMIT")
        fold_wal(one.conn)
    with open_session(vault_dir, PASS) as again:
        assert again.conn.execute("SELECT count(*) FROM scratch").fetchone() == (200,)
        assert again.conn.execute("SELECT x FROM other_rows").fetchall() == [(1,)]


def test_a_wal_grown_past_64_mib_is_cut_back_after_the_fold(vault_dir: Path) -> None:
    """One transaction larger than the limit (a first exchange's import) grows the WAL past
    it; after the fold, the next commit cuts the file back to WAL_KEEP_BYTES."""
    create_vault(vault_dir, PASS)
    wal = vault_dir / "vault.db-wal"
    with open_session(vault_dir, PASS) as session:
        _fill(session.conn, WAL_KEEP_BYTES // PAGE + 2000, "big")
        assert wal.stat().st_size > WAL_KEEP_BYTES
        fold_wal(session.conn)
        _fill(session.conn, 1, "small")
        assert wal.stat().st_size <= WAL_KEEP_BYTES


def test_a_cli_command_leaves_no_wal_behind_whether_it_succeeds_or_fails(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    defender = new_id(vault, "defender", "add", "--name", "Amina", "--country", "KE")
    assert (vault / "vault.db").exists()
    assert not (vault / "vault.db-wal").exists()
    assert not (vault / "vault.db-shm").exists()
    assert run(vault, "defender", "add", "--name", "X", "--country", "Kenya").code == 5
    assert run(vault, "defender", "edit", defender, "--country", "Kenya").code == 5
    assert run(vault, "purge", defender).code == 5  # not deleted first
    assert run(vault, "defender", "delete", defender).code == 0
    assert run(vault, "purge", defender).code == 0
    assert sorted(p.name for p in vault.iterdir() if p.name.startswith("vault.db")) == \
        ["vault.db"]


def test_the_last_close_folds_and_deletes_the_wal_when_it_is_the_read_only_view(
        vault_dir: Path) -> None:
    """At lock the GUI's read-only view may close after the writer's connection, still reading
    when the writer closed (so the writer's close left the WAL alone): the view's close still
    overwrites the WAL (query_only stops SQL writes, not that) and SQLite's last close deletes
    it, with everything in the database file."""
    create_vault(vault_dir, PASS)
    writer = open_session(vault_dir, PASS)
    reader = Session(writer.vault, read_only=True)
    try:
        reader.conn.execute("BEGIN")
        reader.conn.execute("SELECT count(*) FROM defenders").fetchall()
        _fill(writer.conn, 3000, "unfolded")
    finally:
        writer.close()
    assert (vault_dir / "vault.db-wal").stat().st_size > 2900 * PAGE
    reader.conn.execute("COMMIT")
    reader.close()
    assert sorted(p.name for p in vault_dir.iterdir()) == ["keyslots", "vault.db"]
    with open_session(vault_dir, PASS) as session:
        assert session.conn.execute("SELECT count(*) FROM scratch").fetchone() == (3000,)


def test_a_purge_after_a_large_unfolded_wal_leaves_no_page_of_the_record(
        vault_dir: Path) -> None:
    """Thousands of pages still in the WAL (not folded: the writer was never idle), the record
    among them and edited several times: the purge's checkpoint removes every frame."""
    create_vault(vault_dir, PASS)
    key = _key(vault_dir)
    marker = "q" + secrets.token_hex(12)
    with open_session(vault_dir, PASS) as session, \
            Session(session.vault, read_only=True) as reader:
        work = Casework(session)
        _fill(session.conn, 3000, "before")
        defender = work.add("defender", {"name": f"Gone {marker}", "notes": f"{marker} one"})
        for n in range(5):
            work.edit("defender", defender, {"notes": f"{marker} edit {n}"})
        _fill(session.conn, 3000, "after")
        assert _pages_holding(vault_dir, key, [marker]) == [marker]
        reader.conn.execute("SELECT count(*) FROM defenders").fetchall()  # read, then idle
        work.delete("defender", defender)
        work.purge(defender)
        wal = vault_dir / "vault.db-wal"
        assert not wal.exists() or wal.stat().st_size == 0
        assert _pages_holding(vault_dir, key, [marker]) == []


def test_a_rekey_leaves_no_frame_of_an_old_wal_under_the_retired_key(vault_dir: Path) -> None:
    """The rekey promises that no database under the retired key is left (docs/threat-model.md):
    the old database file is overwritten in place before it is deleted. Its WAL is not: the
    lock before the rekey (the last close) had SQLite fold it in and delete the file without
    overwriting it, so its frames stay in free blocks, and an old keyslot carved from free
    blocks with the old passphrase opens them. The test keeps a hard link to the WAL's inode (as
    the free blocks keep its bytes) and decrypts it under the old key after the rekey."""
    create_vault(vault_dir, PASS)
    old_key = _key(vault_dir)
    marker = "q" + secrets.token_hex(12)
    with open_session(vault_dir, PASS) as session:
        Casework(session).add("defender", {"name": f"Old {marker}"})
        _fill(session.conn, 2000, "unfolded")
        kept = vault_dir.parent / "old-wal-blocks"
        os.link(vault_dir / "vault.db-wal", kept)
    assert not (vault_dir / "vault.db-wal").exists()  # the lock's close folded and deleted it
    rekey(vault_dir, PASS)
    assert not any(p.name.startswith("vault.db") for p in vault_dir.iterdir())
    probe = vault_dir.parent / "probe"
    probe.mkdir()
    (probe / "vault.db").write_bytes(b"")
    os.link(kept, probe / "vault.db-wal")
    assert _pages_holding(probe, old_key, [marker]) == []


# The purge's truncation with the WAL folded only past 10,000 pages (found here in session 11,
# when the truncation freed the record's old frames unoverwritten) is tested where the WAL scrub
# is: tests/test_wal_scrub.py, test_the_purge_frees_only_zeroed_wal_blocks_even_with_frames_older
# _than_the_fold, which looks at what the cut frees rather than at the WAL before the checkpoint.


# -- the display after an import ----------------------------------------------------------------


def _display_state(conn: Any) -> dict[str, Any]:
    """Every display table's rows (but when each was written) and every entry of both search
    indexes (term, row, column, position): what a refresh from the whole history writes."""
    skip = ("audit", "meta", "search_", "versions", "pending", "proposals", "quarantined",
            "sqlite_")
    state: dict[str, Any] = {}
    tables = [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for name in tables:
        if not name.startswith(skip):
            columns = ", ".join(f'"{c[1]}"' for c in conn.execute(f'PRAGMA table_info("{name}")')
                                if c[1] != "updated")  # when the row was written: now
            state[name] = sorted(repr(tuple(r)) for r in conn.execute(
                f'SELECT {columns} FROM "{name}"'))
    for table in ("search_text", "search_sensitive"):
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_instances "
                     f"USING fts5vocab(main, {table}, instance)")
        state[table] = sorted(conn.execute(f"SELECT * FROM temp.{table}_instances").fetchall())
    return state


def _recomputed_differs(office: Office) -> dict[str, Any]:
    """Tables whose content changes when every record is refreshed from its whole history."""
    conn = office.session.conn
    before = _display_state(conn)
    rows = conn.execute("SELECT id, kind FROM records WHERE NOT purged").fetchall()
    with transaction(conn):
        for record_id, kind in rows:
            office.session.store.refresh(kind, record_id)
    after = _display_state(conn)
    return {t: (sorted(set(before[t]) - set(after.get(t, []))),
                sorted(set(after.get(t, [])) - set(before[t])))
            for t in before if before[t] != after.get(t)}


def test_every_display_row_after_hostile_exchanges_is_the_whole_historys(tmp_path: Path) -> None:
    with offices(tmp_path, "a", "b", "c") as made:
        a, b, c = made["a"], made["b"], made["c"]
        mail = Mail(tmp_path)
        amina, bashir = add_family(a), add_family(a, "Bashir")
        for other in (b, c):
            scope.share(a.session, amina.defender, a.id_of(other))
        for one, other in ((a, b), (a, c), (b, c)):
            mail.round(one, other)
        # concurrent edits: b and c both change the name and the incident
        b.work.edit("defender", amina.defender, {"name": "Amina B", "country": "UG"})
        c.work.edit("defender", amina.defender, {"name": "Amina C"})
        b.work.edit("incident", amina.incident, {"description": "b's words"})
        c.work.delete("incident", amina.incident)
        c.work.edit("case", amina.case, {"programme": "advocacy"})
        # c's news reaches a before b's: b's then is concurrent with what a holds
        mail.deliver(c, a)
        mail.deliver(b, a)
        mail.deliver(b, c)  # c: b's edit dominates none of c's own
        mail.deliver(a, b)  # a relays c's edit: b holds both too
        for office in (a, b):  # the name is in conflict where both edits arrived
            assert office.work.get("defender", amina.defender).conflict, office.name
        # a edits the name in conflict and restores the incident: versions dominating both,
        # here (an edit's display) and at b and c (a received version's)
        a.work.edit("defender", amina.defender, {"name": "Amina A", "notes": "calls weekly"})
        assert not a.work.get("defender", amina.defender).conflict
        a.work.restore("incident", amina.incident)
        # a hostile c: a version dominating a's frontier, changing what only a may change
        attacker = Attacker(c)
        forged = attacker.forge(a, amina.defender, "defender",
                                {"name": "Taken over", "legal_name": "Not yours",
                                 "contact": "+000 hostile"})
        attacker.send(tmp_path, a, [forged])
        attacker.send(tmp_path, a, [forged])  # replayed
        # b, given Bashir's case only (Bashir as its context, without his sensitive fields):
        # its edit of Bashir's contact details is held back, its region applied
        a.work.edit("defender", bashir.defender, {"contact": "+254 kept here"})
        scope.share(a.session, bashir.case, a.id_of(b))
        mail.round(a, b)
        context = Attacker(b)
        outcome = context.send(tmp_path, a, [context.forge(
            a, bashir.defender, "defender", {"contact": "rewritten by b", "region": "b's"})])
        shown = a.work.get("defender", bashir.defender).fields
        assert shown["contact"] == "+254 kept here" and shown["region"] == "b's", outcome
        # c, never given Bashir: its version of him is refused, his display row untouched
        outsider = Attacker(c)
        outsider.send(tmp_path, a, [outsider.forge(a, bashir.defender, "defender",
                                                   {"name": "Not c's"})])
        for one, other in ((a, b), (a, c), (b, c), (c, a)):
            mail.round(one, other)
        b.work.delete("case", amina.case)
        mail.deliver(b, a)
        mail.deliver(b, a)  # nothing new: a replay of the marks
        mail.deliver(b, c)
        for office in (a, b, c):
            assert _recomputed_differs(office) == {}, office.name
        assert a.work.get("defender", bashir.defender).fields["name"] == "Bashir"


def test_the_display_check_sees_a_wrong_row(tmp_path: Path) -> None:
    """The comparison above is not blind: a display row written wrongly is found."""
    with offices(tmp_path, "a") as made:
        a = made["a"]
        amina = add_family(a)
        assert _recomputed_differs(a) == {}
        a.session.conn.execute("UPDATE defenders SET name = 'wrong' WHERE id = ?",
                               (amina.defender,))
        assert _recomputed_differs(a) != {}
