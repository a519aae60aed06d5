"""The vault on disk: create, unlock, wrong passphrase, damage, permissions, passphrase change.

A wrong passphrase must leave every file byte-for-byte as it was; damage must be a DamagedVault
that says what is wrong, never another exception.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrd_desk import cli
from hrd_desk.crypto import keyslot
from hrd_desk.errors import (
    DamagedVault,
    ExitCode,
    NoVault,
    RejectedInput,
    VaultExists,
    WrongPassphrase,
)
from hrd_desk.fsutil import POSIX, restrict_umask
from hrd_desk.services.casework import Casework
from hrd_desk.services.maintenance import verify_vault
from hrd_desk.services.session import create_vault, open_session, unlock_vault
from hrd_desk.store.dbapi import checkpoint, connect
from hrd_desk.store.vault import DB_NAME, KEYSLOTS_NAME, Vault
from hrd_desk.store.vault_files import FAILURES_NAME
from vault_support import PAGE_SIZE, file_hashes

PASS = "correct horse battery staple"
OTHER = "a different passphrase"
CLOSED_FILES = sorted([DB_NAME, KEYSLOTS_NAME])


@pytest.fixture
def seeded(vault_dir: Path) -> Iterator[Path]:
    """A closed vault with a few records and a checkpointed database (no WAL left)."""
    create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as session:
        work = Casework(session)
        for i in range(3):
            defender = work.add("defender", {"name": f"Defender {i}", "country": "KE"})
            work.add("incident", {"defenders": [defender], "category": "digital",
                                  "occurred": "2024-03", "description": f"event {i}"})
        checkpoint(session.conn)
    assert sorted(p.name for p in vault_dir.iterdir()) == CLOSED_FILES
    yield vault_dir


def names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


# -- create and unlock -------------------------------------------------------------------------


def test_round_trip_keeps_records_vault_id_and_identity(vault_dir: Path) -> None:
    created = create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as session:
        assert session.vault_id == created.vault_id
        assert session.identity.public.vault_id() == created.vault_id
        fingerprint = session.identity.public.fingerprint()
        work = Casework(session)
        defender = work.add("defender", {"name": "Amina", "legal_name": "Amina K."})
        incident = work.add("incident", {"defenders": [defender], "category": "legal",
                                         "occurred": "2023", "description": "court summons"})
    for _ in range(2):  # survives close and reopen, twice
        with open_session(vault_dir, PASS) as session:
            assert session.vault_id == created.vault_id
            assert session.identity.public.fingerprint() == fingerprint
            work = Casework(session)
            assert work.get("defender", defender).fields["legal_name"] == "Amina K."
            assert work.get("incident", incident).fields["defenders"] == [defender]
            assert [r.id for r in work.list("defender")] == [defender]
    raw = (vault_dir / KEYSLOTS_NAME).read_bytes()
    slots = json.loads(raw)
    # the keyslot file does not name the office: its id is random, unrelated to the vault's
    assert created.vault_id.encode() not in raw and "vault_id" not in slots
    assert len(slots["file_id"]) == 32 and slots["file_id"] != created.vault_id


def test_two_vaults_have_different_ids_keys_and_identities(tmp_path: Path) -> None:
    a = create_vault(tmp_path / "a", PASS)
    b = create_vault(tmp_path / "b", PASS)
    assert a.vault_id != b.vault_id
    key_a = keyslot.unlock(Vault.read_keyslots(tmp_path / "a"), PASS)
    key_b = keyslot.unlock(Vault.read_keyslots(tmp_path / "b"), PASS)
    assert key_a != key_b and len(key_a) == 32


@pytest.mark.parametrize("present", [[DB_NAME, KEYSLOTS_NAME], [DB_NAME], [KEYSLOTS_NAME]])
def test_create_refuses_an_existing_vault_and_leaves_it_untouched(
    seeded: Path, present: list[str]
) -> None:
    for name in {DB_NAME, KEYSLOTS_NAME} - set(present):
        (seeded / name).unlink()
    before = file_hashes(seeded)
    with pytest.raises(VaultExists, match="already exists"):
        create_vault(seeded, OTHER)
    assert file_hashes(seeded) == before


def test_create_refuses_an_empty_passphrase_and_creates_nothing(vault_dir: Path) -> None:
    with pytest.raises(RejectedInput, match="empty passphrase"):
        create_vault(vault_dir, "")
    assert not vault_dir.exists()


UNDECODABLE = "pass\udcff\udcfeword"  # what a terminal hands over for bytes that are not UTF-8


def test_a_passphrase_that_is_not_text_is_refused_or_wrong(seeded: Path, vault_dir: Path) -> None:
    other_dir = vault_dir.parent / "other"
    with pytest.raises(RejectedInput, match="not valid text"):
        create_vault(other_dir, UNDECODABLE)
    assert not other_dir.exists()
    before = file_hashes(seeded)
    with pytest.raises(WrongPassphrase):
        open_session(seeded, UNDECODABLE)
    with pytest.raises(RejectedInput, match="not valid text"):
        unlock_vault(seeded, PASS).change_passphrase(PASS, UNDECODABLE)
    assert file_hashes(seeded) == before


@pytest.mark.parametrize("where", ["calibrate", "migrate", "atomic_write"])
def test_an_interrupted_create_leaves_nothing_behind(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """Half a vault (a database without its keyslot) would read as damaged and block init."""
    import hrd_desk.store.vault as vault_module

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    target = keyslot if where == "calibrate" else vault_module
    with monkeypatch.context() as patched:
        patched.setattr(target, where, interrupted)
        with pytest.raises(KeyboardInterrupt):
            create_vault(vault_dir, PASS)
    assert not vault_dir.exists()
    vault_dir.mkdir()
    with pytest.raises(KeyboardInterrupt), monkeypatch.context() as patched:
        patched.setattr(target, where, interrupted)
        create_vault(vault_dir, PASS)
    assert vault_dir.is_dir() and names(vault_dir) == []  # an existing directory stays
    create_vault(vault_dir, PASS)  # and a vault can be made there afterwards
    open_session(vault_dir, PASS).close()


@pytest.mark.parametrize("other", ["notes.txt", ".hidden", "sub/"])
def test_create_refuses_a_directory_holding_other_files(vault_dir: Path, other: str) -> None:
    vault_dir.mkdir()
    os.chmod(vault_dir, 0o755)  # whatever the umask other tests left (cli.main restricts it)
    if other.endswith("/"):
        (vault_dir / other.rstrip("/")).mkdir()
    else:
        (vault_dir / other).write_text("mine")
    before = file_hashes(vault_dir)
    with pytest.raises(RejectedInput, match="not an empty directory"):
        create_vault(vault_dir, PASS)
    assert file_hashes(vault_dir) == before
    assert [p.name for p in vault_dir.iterdir()] == [other.rstrip("/")]
    if POSIX:
        assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o755  # not made private behind our back


def test_create_refuses_a_file_in_place_of_the_directory(vault_dir: Path) -> None:
    vault_dir.write_text("a file")
    with pytest.raises(RejectedInput, match="not an empty directory"):
        create_vault(vault_dir, PASS)
    assert vault_dir.read_text() == "a file"


def test_unlocking_where_there_is_no_vault_is_no_vault(vault_dir: Path) -> None:
    with pytest.raises(NoVault):
        unlock_vault(vault_dir, PASS)
    vault_dir.mkdir()
    with pytest.raises(NoVault):
        unlock_vault(vault_dir, PASS)
    assert names(vault_dir) == []


def test_a_locked_vault_opens_no_connection(vault_dir: Path) -> None:
    vault = create_vault(vault_dir, PASS)
    vault.lock()
    assert vault.locked
    with pytest.raises(DamagedVault, match="locked"):
        vault.connect()


# -- wrong passphrase --------------------------------------------------------------------------


@pytest.mark.parametrize("passphrase", [OTHER, "", PASS + " ", PASS.upper()])
def test_wrong_passphrase_leaves_every_file_identical(seeded: Path, passphrase: str) -> None:
    """Only the count of failed unlocks is written (no secret: shown after the next success)."""
    before = file_hashes(seeded)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_session(seeded, passphrase)
    after = file_hashes(seeded)
    assert after.pop(FAILURES_NAME) and after == before
    assert names(seeded) == sorted([*CLOSED_FILES, FAILURES_NAME])  # no -wal, -shm or temp


def test_wrong_passphrase_while_another_session_is_open(seeded: Path) -> None:
    with open_session(seeded, PASS) as session:
        Casework(session).add("defender", {"name": "Still in the WAL"})
        before = file_hashes(seeded)
        assert f"{DB_NAME}-wal" in before
        with pytest.raises(WrongPassphrase):
            unlock_vault(seeded, OTHER)
        after = file_hashes(seeded)
        assert after.pop(FAILURES_NAME) and after == before


# -- damage ------------------------------------------------------------------------------------


def _edit_slot(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
    def damage(vault: Path) -> None:
        path = vault / KEYSLOTS_NAME
        obj = json.loads(path.read_bytes())
        change(obj["slots"][0])
        path.write_bytes(json.dumps(obj).encode())

    return damage


def _keyslot_is_a_directory(vault: Path) -> None:
    (vault / KEYSLOTS_NAME).unlink()
    (vault / KEYSLOTS_NAME).mkdir()


def _truncate(vault: Path) -> None:
    path = vault / KEYSLOTS_NAME
    path.write_bytes(path.read_bytes()[:40])


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (_truncate, "keyslot file is truncated or unparsable"),
        (lambda v: (v / KEYSLOTS_NAME).write_bytes(b"\x89PNG\r\n"), "unparsable"),
        (lambda v: (v / KEYSLOTS_NAME).write_bytes(b""), "keyslot file is empty"),
        (_edit_slot(lambda s: s.update(salt=s["salt"][:8])), "'salt' has the wrong length"),
        (_edit_slot(lambda s: s.update(nonce="AAAA")), "'nonce' has the wrong length"),
        (_edit_slot(lambda s: s.update(wrapped="AAAA")), "'wrapped' has the wrong length"),
        (lambda v: (v / DB_NAME).unlink(), "vault.db is missing"),
        (lambda v: (v / KEYSLOTS_NAME).unlink(), "keyslot file is missing"),
        (_keyslot_is_a_directory, "keyslot file is missing"),
        (lambda v: (v / DB_NAME).write_bytes(b""), "vault.db is empty"),
        (lambda v: (v / DB_NAME).write_bytes((v / DB_NAME).read_bytes()[:100]),
         "cannot be decrypted"),
    ],
)
def test_structural_damage_is_damaged_vault_saying_what(
    seeded: Path, damage: Callable[[Path], None], reason: str
) -> None:
    damage(seeded)
    with pytest.raises(DamagedVault) as caught:
        open_session(seeded, PASS)
    assert reason in str(caught.value)
    assert str(caught.value).startswith("damaged vault: ")


@pytest.mark.real_kdf
@pytest.mark.parametrize(
    ("opslimit", "memlimit"),
    [(3, 128 * 1024 * 1024), (2, 256 * 1024 * 1024), (21, 256 * 1024 * 1024),
     (3, 5 * 1024 * 1024 * 1024)],
)
def test_kdf_parameters_out_of_the_real_bounds_are_damage(
    vault_dir: Path, opslimit: int, memlimit: int
) -> None:
    """A vault made with sane (cheap) parameters, then its keyslot's parameters changed."""
    create_vault(vault_dir, PASS, keyslot.KdfParams(1, 8 * 1024 * 1024))
    _edit_slot(lambda s: s.update(opslimit=opslimit, memlimit=memlimit))(vault_dir)
    before = file_hashes(vault_dir)
    started = time.perf_counter()
    with pytest.raises(DamagedVault, match="KDF parameters are outside sane bounds"):
        unlock_vault(vault_dir, PASS)
    assert time.perf_counter() - started < 5  # refused before running Argon2id
    assert file_hashes(vault_dir) == before


@pytest.mark.real_kdf
def test_the_cheap_parameters_tests_use_are_refused_by_the_real_bounds(vault_dir: Path) -> None:
    create_vault(vault_dir, PASS, keyslot.KdfParams(1, 8 * 1024 * 1024))
    with pytest.raises(DamagedVault, match="outside sane bounds"):
        unlock_vault(vault_dir, PASS)


def test_a_keyslot_file_from_another_vault_is_damage(tmp_path: Path) -> None:
    create_vault(tmp_path / "a", PASS)
    create_vault(tmp_path / "b", OTHER)
    shutil.copy(tmp_path / "b" / KEYSLOTS_NAME, tmp_path / "a" / KEYSLOTS_NAME)
    before = file_hashes(tmp_path / "a")
    # b's passphrase opens b's key, which does not decrypt a's database
    with pytest.raises(DamagedVault, match="cannot be decrypted"):
        open_session(tmp_path / "a", OTHER)
    with pytest.raises(WrongPassphrase):  # a's passphrase opens nothing in b's keyslot
        open_session(tmp_path / "a", PASS)
    after = file_hashes(tmp_path / "a")
    assert after.pop(FAILURES_NAME) and after == before


def test_a_keyslot_whose_file_id_was_changed_does_not_open(seeded: Path) -> None:
    path = seeded / KEYSLOTS_NAME
    obj = json.loads(path.read_bytes())
    obj["file_id"] = "0" * 32
    path.write_bytes(json.dumps(obj).encode())
    with pytest.raises(WrongPassphrase):  # the file id is authenticated with the key
        open_session(seeded, PASS)


def _root_page(vault: Path, table: str) -> int:
    with open_session(vault, PASS) as session:
        row = session.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    return int(row[0])


def _flip(vault: Path, page_number: int, offset: int = 1000) -> None:
    db = vault / DB_NAME
    data = bytearray(db.read_bytes())
    assert len(data) >= page_number * PAGE_SIZE
    data[(page_number - 1) * PAGE_SIZE + offset] ^= 0x5A
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("page", [1, 2])
def test_a_failing_page_read_while_opening_is_damage(seeded: Path, page: int) -> None:
    _flip(seeded, page)
    with pytest.raises(DamagedVault) as caught:
        open_session(seeded, PASS)
    assert "database" in str(caught.value)


def test_the_meta_page_failing_its_hmac_is_damage(seeded: Path) -> None:
    """The validating read passes, but the vault id lives on another page."""
    _flip(seeded, _root_page(seeded, "meta"))
    with pytest.raises(DamagedVault, match="could not be read"):
        open_session(seeded, PASS)


def test_a_damaged_page_deep_in_the_file(seeded: Path) -> None:
    """Opening does not read every page, so it succeeds; the integrity check, verify and any read
    of the page find it, and the CLI reports it as a damaged vault (exit 4), not a traceback."""
    page = _root_page(seeded, "defenders")
    assert page > 2
    _flip(seeded, page)
    with open_session(seeded, PASS) as session:
        work = Casework(session)
        # Casework passes the driver's error on; the CLI and GUI map it (as_damage)
        assert len(work.list("incident")) == 3  # other tables still read
        with pytest.raises(sqlcipher3.DatabaseError):
            work.list("defender")
    with open_session(seeded, PASS) as session:
        problems = session.conn.execute("PRAGMA cipher_integrity_check").fetchall()
        assert [str(row[0]) for row in problems] == [f"HMAC verification failed for page {page}"]
    report = verify_vault(seeded, lambda: PASS)
    assert report.failures[0].name == "pages"  # the database opened; its pages did not check
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--vault", str(seeded), "--passphrase-stdin", "defender", "list"],
                    stdin=io.StringIO(PASS + "\n"), stdout=out, stderr=err)
    assert code == ExitCode.DAMAGED_VAULT
    assert err.getvalue().startswith("hrd-desk: damaged vault: ")
    assert len(err.getvalue().splitlines()) == 1 and "Traceback" not in err.getvalue()


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_change_to_the_keyslot_file_is_a_typed_error(
    seeded: Path, monkeypatch: pytest.MonkeyPatch, data: st.DataObject
) -> None:
    """Flipped, dropped or inserted bytes: WrongPassphrase or DamagedVault, nothing else, and
    the database untouched. (The upper bounds are lowered so a mutated parameter cannot make
    Argon2id allocate gigabytes here.)"""
    monkeypatch.setattr(keyslot, "MAX_MEMLIMIT", 64 * 1024 * 1024)
    monkeypatch.setattr(keyslot, "MAX_OPSLIMIT", 3)
    path = seeded / KEYSLOTS_NAME
    original = path.read_bytes()
    damaged = bytearray(original)
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, max(len(damaged) - 1, 0)))
        how = data.draw(st.sampled_from(["flip", "drop", "insert"]))
        if how == "flip" and damaged:
            damaged[at] ^= data.draw(st.integers(1, 255))
        elif how == "drop" and damaged:
            del damaged[at]
        else:
            damaged.insert(at, data.draw(st.integers(0, 255)))
    db_before = (seeded / DB_NAME).read_bytes()
    path.write_bytes(bytes(damaged))
    try:
        open_session(seeded, PASS).close()
    except (WrongPassphrase, DamagedVault):
        pass
    finally:
        path.write_bytes(original)
    assert (seeded / DB_NAME).read_bytes() == db_before or bytes(damaged) == original


def test_a_flipped_byte_on_any_page_is_damage_or_found_by_the_checks(seeded: Path) -> None:
    """Every page of a small vault in turn: opening either refuses with DamagedVault, or opens
    and the page check finds the flipped page; reads raise only the driver's DatabaseError
    (which the CLI and GUI map to a damaged vault)."""
    db = seeded / DB_NAME
    pristine = db.read_bytes()
    pages = len(pristine) // PAGE_SIZE
    refused = opened = 0
    for number in range(1, pages + 1):
        _flip(seeded, number, offset=PAGE_SIZE // 2)
        try:
            session = open_session(seeded, PASS)
        except DamagedVault:
            refused += 1
        else:
            opened += 1
            with session:
                problems = session.conn.execute("PRAGMA cipher_integrity_check").fetchall()
                assert [str(r[0]) for r in problems] == [
                    f"HMAC verification failed for page {number}"]
            with open_session(seeded, PASS) as session:
                work = Casework(session)
                for kind in ("defender", "incident", "related", "case"):
                    with contextlib.suppress(sqlcipher3.DatabaseError):
                        work.list(kind)
        db.write_bytes(pristine)
        for extra in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
            (seeded / extra).unlink(missing_ok=True)
    assert refused >= 2 and opened > pages // 2


def test_a_damaged_page_prints_nothing_to_stderr(
    seeded: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """SQLCipher logs HMAC failures to stderr unless told not to; the CLI's one line is all a
    user may see."""
    page = _root_page(seeded, "defenders")
    _flip(seeded, page)
    capfd.readouterr()
    with open_session(seeded, PASS) as session:
        session.conn.execute("PRAGMA cipher_integrity_check").fetchall()
        with pytest.raises(sqlcipher3.DatabaseError):
            Casework(session).list("defender")
    _flip(seeded, 1)
    with pytest.raises(DamagedVault):
        open_session(seeded, PASS)
    assert capfd.readouterr().err == ""


def test_connections_are_set_up_as_documented(seeded: Path) -> None:
    with open_session(seeded, PASS) as session:
        def pragma(name: str) -> object:
            return session.conn.execute(f"PRAGMA {name}").fetchone()[0]

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("secure_delete") == 1
        # off by design (docs/threat-model.md, "Memory"): it cost writes and searches several
        # times over while protecting only SQLite's own copies of the plaintext
        assert str(pragma("cipher_memory_security")) == "0"
        assert int(str(pragma("cache_size"))) <= -64 * 1024  # at least 64 MiB of page cache


def test_opening_keys_the_database_once(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keying and checking the database is most of an open after the KDF: the connection that
    checked it is the session's, not closed and made again (it doubled the open)."""
    from hrd_desk.store import vault as vault_module

    made: list[object] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        made.append(connect(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(vault_module, "connect", counted)
    with open_session(seeded, PASS) as session:
        assert made == [session.conn]


def test_a_connection_that_migrated_is_not_the_sessions(
        seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a schema change the session works through a new connection: measured, a first
    full exchange imported through the connection that ran migration 25 took 89 s, through a
    new one 50 s (bench/issue13-figures.md, session 10)."""
    from hrd_desk.store import vault as vault_module

    migrating: list[object] = []
    real = vault_module.migrate

    def one_step(conn: Any) -> int:  # as if the vault were one schema behind
        migrating.append(conn)
        return real(conn) + 1

    monkeypatch.setattr(vault_module, "migrate", one_step)
    with open_session(seeded, PASS) as session:
        assert len(migrating) == 1 and session.conn is not migrating[0]
        assert Casework(session).list("defender")  # the new connection reads the vault


# -- permissions -------------------------------------------------------------------------------


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    """Set the process umask for one test; the test run's own umask comes back afterwards."""
    original = os.umask(0o077)
    os.umask(original)

    def set_mask(mask: int) -> None:
        os.umask(mask)

    yield set_mask
    os.umask(original)


def _modes(directory: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in directory.iterdir()}


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
@pytest.mark.parametrize("mask", ["restricted", 0o022, 0o002], ids=["077", "022", "002"])
def test_directory_0700_and_files_0600(
    vault_dir: Path, umask: Callable[[int], None], mask: str | int
) -> None:
    """Private with the app's umask (restrict_umask), and still private under a lax one."""
    if mask == "restricted":
        umask(0o022)
        restrict_umask()
    else:
        assert isinstance(mask, int)
        umask(mask)
    create_vault(vault_dir, PASS)
    with open_session(vault_dir, PASS) as session:
        Casework(session).add("defender", {"name": "Amina"})
        modes = _modes(vault_dir)
        assert {f"{DB_NAME}-wal", f"{DB_NAME}-shm"} <= set(modes)
        assert modes == {name: 0o600 for name in modes}
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    Vault.unlock(vault_dir, PASS).change_passphrase(PASS, OTHER)
    database = Vault.read_keyslots(vault_dir).database  # a rekey moves to a new file
    assert _modes(vault_dir) == {database: 0o600, KEYSLOTS_NAME: 0o600}


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_an_existing_directory_is_made_private(
    vault_dir: Path, umask: Callable[[int], None]
) -> None:
    umask(0o022)
    vault_dir.mkdir(mode=0o755)
    create_vault(vault_dir, PASS)
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700


# -- changing the passphrase -------------------------------------------------------------------


def test_change_passphrase_rekeys_the_database(seeded: Path) -> None:
    """The old keyslot file with the old passphrase opens nothing current (issue 12)."""
    slot_before = (seeded / KEYSLOTS_NAME).read_bytes()
    old_key = keyslot.unlock(keyslot.parse(slot_before), PASS)
    vault = unlock_vault(seeded, PASS)
    vault.change_passphrase(PASS, OTHER)
    new_slots = Vault.read_keyslots(seeded)
    assert new_slots.database != DB_NAME and not (seeded / DB_NAME).exists()
    assert names(seeded) == sorted([new_slots.database, KEYSLOTS_NAME])  # nothing left over
    with pytest.raises(WrongPassphrase):
        unlock_vault(seeded, PASS)
    with open_session(seeded, OTHER) as session:
        assert session.vault_id == vault.vault_id
        assert len(Casework(session).list("defender")) == 3
    new_key = keyslot.unlock(new_slots, OTHER)
    assert new_key != old_key
    with pytest.raises(DamagedVault, match="cannot be decrypted"):  # the old key opens nothing
        connect(seeded / new_slots.database, old_key)
    (seeded / KEYSLOTS_NAME).write_bytes(slot_before)  # the carved old keyslot file, put back
    with pytest.raises(DamagedVault):
        open_session(seeded, PASS)


def test_change_passphrase_with_the_wrong_old_one_changes_nothing(seeded: Path) -> None:
    before = file_hashes(seeded)
    vault = unlock_vault(seeded, PASS)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not it", OTHER)
    with pytest.raises(RejectedInput, match="empty passphrase"):
        vault.change_passphrase(PASS, "")
    after = file_hashes(seeded)
    assert after.pop(FAILURES_NAME) and after == before  # the wrong one was counted


def test_a_crash_while_replacing_the_keyslot_keeps_the_old_one(
    seeded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = file_hashes(seeded)
    vault = unlock_vault(seeded, PASS)

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched, pytest.raises(OSError):
        patched.setattr(os, "replace", crash)
        vault.change_passphrase(PASS, OTHER)
    assert file_hashes(seeded) == before
    assert names(seeded) == CLOSED_FILES  # the temp file and the new database were removed
    with open_session(seeded, PASS) as session:
        assert len(Casework(session).list("defender")) == 3
    with pytest.raises(WrongPassphrase):
        unlock_vault(seeded, OTHER)


# -- the real Argon2id -------------------------------------------------------------------------


@pytest.mark.real_kdf
def test_real_kdf_calibrated_vault(vault_dir: Path) -> None:
    create_vault(vault_dir, PASS)  # calibrates on this machine
    stored = json.loads((vault_dir / KEYSLOTS_NAME).read_bytes())["slots"][0]
    assert stored["kdf"] == "argon2id13"
    assert stored["memlimit"] >= 256 * 1024 * 1024
    assert stored["opslimit"] >= 3
    assert keyslot.KdfParams(stored["opslimit"], stored["memlimit"]).in_bounds()
    started = time.perf_counter()
    vault = unlock_vault(vault_dir, PASS)
    elapsed = time.perf_counter() - started
    stored_file = (vault_dir / KEYSLOTS_NAME).read_bytes()
    assert vault.vault_id and vault.vault_id.encode() not in stored_file
    # loose: 256 MiB x 3 passes cannot be instant, and calibration aims at about a second
    assert 0.05 < elapsed < 30
    with pytest.raises(WrongPassphrase):
        unlock_vault(vault_dir, OTHER)
