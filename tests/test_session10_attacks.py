"""Session 10 review: attacks on the changes merged in session 10 (the export's decision
memoised per set of facts, display rows read ahead per import batch, the audit head anchored
once per unit of work, versions found by their dot, the bulk index path). Each test states what
must hold whatever the optimisation does."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_support import PASSPHRASE, Office, add_family, export, offices, records_dump
from hrd_desk.crypto import keyslot
from hrd_desk.errors import BundleRejected
from hrd_desk.services import colleagues, exchange
from hrd_desk.services.exchange import import_bundle
from hrd_desk.services.outbound import Outbound, recipient
from hrd_desk.services.search import search
from hrd_desk.services.session import Session, unlock_vault
from hrd_desk.services.sharing_rule import Decision, Purpose
from hrd_desk.store import audit, cache
from hrd_desk.store import colleagues as colleague_store
from hrd_desk.store.dbapi import Connection, transaction


def _unmemoised(outbound: Outbound, fresh: Outbound, record_id: str, purpose: Purpose
                ) -> Decision:
    """The rule for every recipient, from a fresh Outbound's facts, combined as `decision`
    does (its unmemoised `_decision`): refused if refused for any, else each field in its most
    restrictive form."""
    return fresh._decision([fresh.facts(record_id, r.colleague.id) for r in outbound.recipients],
                           purpose)


def test_every_records_memoised_decision_is_the_rules_for_its_own_facts(tmp_path: Path) -> None:
    """A mixed vault (consents of every level, marks, deletions, a task of no one, a record
    the partner first sent) decided for an office and a partner at once, record after record
    through one Outbound (memoised): each record's decision, and the fields withheld from its
    versions, are what the unmemoised rule gives for that record's own facts."""
    with offices(tmp_path, "A", "B", "P") as made:
        a, b, p = made["A"], made["B"], made["P"]
        colleagues.set_colleague_kind(a.session, a.id_of(p), "partner")
        families = [add_family(a, f"D{level}", consent=level)
                    for level in ("colleagues", "partners", "public", "none")]
        twins = [add_family(a, "Twin1", consent="partners"),
                 add_family(a, "Twin2", consent="partners")]
        a.work.mark_sensitive("incident", twins[1].incident, "description")
        a.work.mark_sensitive("case", twins[0].case, "notes")
        a.work.delete("related", twins[1].related)
        # two deleted incidents alike for the office (which holds both), not for the partner
        # (which holds only one): a deletion reaches only a recipient that held the record
        export(a, tmp_path / "to-both", [b, p], defenders=[twins[0].defender])
        export(a, tmp_path / "to-b", [b], defenders=[families[1].defender])
        a.work.delete("incident", twins[0].incident)
        a.work.delete("incident", families[1].incident)
        a.work.add("task", {"title": "call back", "status": "open"})
        from_p = add_family(p, "Pia", consent="partners")
        export(p, tmp_path / "from-p", [a], defenders=[from_p.defender])
        import_bundle(a.session, tmp_path / "from-p")
        a.work.delete("incident", from_p.incident)
        ids = [str(r[0]) for r in a.session.conn.execute("SELECT id FROM records ORDER BY id")]
        chosen = [colleague_store.get_colleague(a.session.conn, a.id_of(o)) for o in (b, p)]
        for purpose in (Purpose.EXCHANGE, Purpose.CASE_CONTEXT):
            for group in (chosen, chosen[:1], chosen[1:]):
                memo = Outbound(a.session.conn, a.session.vault_id, group)
                memo.prepare(ids)
                for record_id in ids:
                    fresh = Outbound(a.session.conn, a.session.vault_id, group)
                    want = _unmemoised(memo, fresh, record_id, purpose)
                    got = memo.decision(record_id, purpose)
                    assert (got.leaves, got.forms) == (want.leaves, want.forms), record_id
                    if got.leaves:
                        assert got.withheld == want.withheld, record_id
        assert [recipient(c).profile.value for c in chosen] == ["full", "partner"]


def test_an_import_reads_ahead_no_stale_display_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several versions of one record in one batch (a value changed then changed back, a
    deletion then a restore, a concurrent edit), imported in one batch and one message per
    batch: the display rows, deleted flags and search index agree with the sender's."""
    with offices(tmp_path, "A", "C", "B1", "B2") as made:
        a, c, b1, b2 = made["A"], made["C"], made["B1"], made["B2"]
        family = add_family(a, "Amina")
        export(a, tmp_path / "first", [b1, b2, c], defenders=[family.defender])
        for office in (b1, b2, c):
            import_bundle(office.session, tmp_path / "first")
        a.work.edit("incident", family.incident, {"description": "zebracrossing"})
        a.work.edit("incident", family.incident, {"description": "Amina: phishing"})
        a.work.delete("case", family.case)
        a.work.restore("case", family.case)
        a.work.delete("related", family.related)
        a.work.edit("defender", family.defender, {"region": "Coast"})
        a.work.edit("defender", family.defender, {"region": None})
        c.work.edit("defender", family.defender, {"region": "Kisumu"})
        export(c, tmp_path / "from-c", [a], defenders=[family.defender])
        import_bundle(a.session, tmp_path / "from-c")
        export(a, tmp_path / "second", [b1, b2], defenders=[family.defender])
        for office, batch in ((b1, exchange.IMPORT_BATCH), (b2, 1)):
            monkeypatch.setattr(exchange, "IMPORT_BATCH", batch)
            import_bundle(office.session, tmp_path / "second")
        expected = records_dump(a.session)
        assert expected[family.defender]["conflict"] and expected[family.related]["deleted"]
        assert not expected[family.case]["deleted"]
        for office in (b1, b2):
            assert records_dump(office.session) == expected
            assert search(office.session.conn, "zebracrossing") == []
            assert {h.id for h in search(office.session.conn, "phishing")} == {family.incident}
            assert {h.id for h in search(office.session.conn, "Coast")} == set()


def test_the_chain_verifies_after_nested_units_a_rollback_and_more_events(
    tmp_path: Path
) -> None:
    """The audit head is anchored once per unit of work: inside a nested unit, after it commits,
    after a unit rolled back midway (its events gone, the head where it was), and after more
    events, verify_chain finds the chain whole and the head at its newest event."""
    with offices(tmp_path, "A") as made:
        conn = made["A"].session.conn

        def newest() -> int:
            return int(conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0])

        with transaction(conn):
            audit.append_event(conn, "test", None, None, {"n": 1})
            with transaction(conn):
                audit.append_event(conn, "test", None, None, {"n": 2})
                assert audit.verify_chain(conn) is None
            audit.append_event(conn, "test", None, None, {"n": 3})
            assert audit.verify_chain(conn) is None
        assert audit.verify_chain(conn) is None
        before = newest()
        with pytest.raises(RuntimeError), transaction(conn):
            audit.append_event(conn, "test", None, None, {"n": 4})
            with transaction(conn):
                audit.append_event(conn, "test", None, None, {"n": 5})
            raise RuntimeError("midway")
        assert newest() == before
        assert audit.verify_chain(conn) is None
        audit.append_event(conn, "test", None, None, {"n": 6})
        with transaction(conn):
            audit.append_event(conn, "test", None, None, {"n": 7})
        with transaction(conn):  # a unit with no event leaves the head where it is
            conn.execute("SELECT 1")
        assert newest() == before + 2
        assert audit.verify_chain(conn) is None


def test_a_twin_and_a_replay_in_the_same_batch_are_quarantined_and_duplicate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Versions are found by their dot (migration 25: no index on version_id): a colleague
    that sends, in one bundle, a version, the very same version again and another version
    with its counter is told apart within the batch (the history read ahead grows as the batch
    inserts), in one batch as record by record: the first applies, the replay is a duplicate,
    the twin is quarantined and its colleague marked suspect."""
    from hostile_support import Attacker

    with offices(tmp_path, "B1", "B2", "M") as made:
        m = made["M"]
        for receiver, batch in ((made["B1"], exchange.IMPORT_BATCH), (made["B2"], 1)):
            monkeypatch.setattr(exchange, "IMPORT_BATCH", batch)
            mallory = Attacker(m)
            record = str(uuid.uuid4())
            first = mallory.forge(receiver, record, "defender",
                                  {"name": "one", "country": "KE"})
            twin = mallory.forge(receiver, record, "defender", {"name": "two", "country": "KE"},
                                 counter=first.counter)
            summary = mallory.send(tmp_path, receiver, [first, first, twin])
            assert (summary.applied, summary.quarantined) == (1, 1)
            assert receiver.work.get("defender", record).fields["name"] == "one"
            conn = receiver.session.conn
            held = conn.execute("SELECT count(*) FROM versions WHERE record_id = ? AND "
                                "origin = ?", (record, m.vault_id)).fetchone()[0]
            assert held == 1
            assert conn.execute("SELECT version_id FROM quarantined_versions").fetchall() == [
                (twin.version_id,)]
            again = mallory.send(tmp_path, receiver, [twin, first])
            assert (again.applied, again.quarantined) == (0, 1)


def test_a_purge_blanks_its_own_records_versions_of_every_origin_and_no_other(
    tmp_path: Path
) -> None:
    """Purge finds each version by its dot (record, origin, counter): every version of the
    purged record, its own office's and a colleague's with the same counters, loses its
    values; another record's versions with the same origins and counters keep theirs."""
    with offices(tmp_path, "A", "B") as made:
        a, b = made["A"], made["B"]
        first, second = add_family(a, "Amina"), add_family(a, "Luis")
        export(a, tmp_path / "to-b", [b], defenders=[first.defender, second.defender])
        import_bundle(b.session, tmp_path / "to-b")
        for family in (first, second):
            b.work.edit("incident", family.incident, {"description": "from B"})
        export(b, tmp_path / "to-a", [a], defenders=[first.defender, second.defender])
        import_bundle(a.session, tmp_path / "to-a")
        conn = a.session.conn

        def payloads(record_id: str) -> list[tuple[str, int, object]]:
            return [tuple(r) for r in conn.execute(
                "SELECT origin, counter, fields FROM versions WHERE record_id = ? ORDER BY seq",
                (record_id,))]

        kept = payloads(second.incident)
        assert {o for o, _c, _f in kept} == {a.vault_id, b.vault_id}
        before = payloads(first.incident)
        a.work.delete("incident", first.incident)
        a.work.purge(first.incident)
        after = payloads(first.incident)
        assert [(o, c) for o, c, _f in after] == [(o, c) for o, c, _f in before] + [
            (a.vault_id, after[-1][1])]
        assert all("from B" not in str(f) and "phishing" not in str(f) for _o, _c, f in after)
        assert payloads(second.incident) == kept


def _display_indexes(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('incidents', 'defenders', 'cases')")}


def _schema(conn: Connection) -> list[tuple[object, ...]]:
    return sorted(tuple(r) for r in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


@pytest.fixture
def first_exchange(tmp_path: Path) -> Iterator[tuple[Path, Path, list[Path]]]:
    """A's bundle of two families for B, and three closed copies of B, which already holds a
    record of its own (the bundle, B's directory, the copies)."""
    with offices(tmp_path, "A", "B") as made:
        a, b = made["A"], made["B"]
        families = [add_family(a, "Amina"), add_family(a, "Luis")]
        add_family(b, "Own")
        bundle = tmp_path / "first.hrdb"
        export(a, bundle, [b], defenders=[f.defender for f in families])
        b.close()
        copies = [tmp_path / f"B-{n}" for n in range(3)]
        for copy in copies:
            shutil.copytree(b.directory, copy)
        yield bundle, b.directory, copies


def test_the_bulk_path_starts_at_exactly_its_threshold_in_a_vault_holding_records(
    first_exchange: tuple[Path, Path, list[Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle declaring exactly BULK_ROWS versions drops the display indexes while it applies
    (one fewer: it does not), into a vault that already holds records of its own; either way
    the vault ends with the schema it began with and the same rows as record by record."""
    bundle, _b, copies = first_exchange
    outcomes = []
    for directory, extra in zip(copies, (0, 1, 10**9), strict=True):
        with Session(unlock_vault(directory, PASSPHRASE)) as session:
            total = read_bundle_total(session, bundle)
            monkeypatch.setattr(cache, "BULK_ROWS", total + extra)
            before = _schema(session.conn)
            during: list[set[str]] = []

            def seen(_done: int, _total: int, conn: Connection = session.conn,
                     during: list[set[str]] = during) -> None:
                during.append(_display_indexes(conn))

            exchange.import_bundle(session, bundle, progress=seen)
            assert during
            dropped = not during[-1]
            assert dropped == (extra == 0)
            assert _schema(session.conn) == before
            assert session.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            outcomes.append(records_dump(session))
    assert outcomes[0] == outcomes[1] == outcomes[2]


def test_a_small_bundle_declaring_a_million_versions_keeps_the_display_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bulk path follows the versions a bundle can hold, not only the count its sender
    signed: one version declared as a million leaves every display index in place while it
    applies (a colleague could otherwise make each import rebuild a small vault's indexes)."""
    from hostile_support import Attacker

    # far below the declared count, far above what one padded 64 KiB bundle can hold (256)
    monkeypatch.setattr(cache, "BULK_ROWS", 1_000)
    with offices(tmp_path, "B", "M") as made:
        receiver, mallory = made["B"], Attacker(made["M"])
        version = mallory.forge(receiver, str(uuid.uuid4()), "defender",
                                {"name": "one", "country": "KE"})
        bundle = mallory.seal(tmp_path / "inflated.hrdb", receiver, [version],
                              declared=1_000_000)
        conn = receiver.session.conn
        before = _display_indexes(conn)
        during: list[set[str]] = []
        exchange.import_bundle(receiver.session, bundle,
                               progress=lambda _d, _t: during.append(_display_indexes(conn)))
        assert during and all(seen == before for seen in during)
        assert receiver.work.get("defender", version.record_id).fields["name"] == "one"


def read_bundle_total(session: Session, bundle: Path) -> int:
    """The number of versions `bundle` declares, as import_bundle's progress reports it."""
    totals: list[int] = []

    class Seen(Exception):
        pass

    def stop(_done: int, total: int) -> None:
        totals.append(total)
        raise Seen

    with contextlib.suppress(Seen):
        exchange.import_bundle(session, bundle, progress=stop)
    return totals[0]


_KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from hrd_desk.crypto import keyslot
from hrd_desk.errors import BundleRejected
from hrd_desk.services import exchange
from hrd_desk.services.session import Session, unlock_vault
from hrd_desk.store import cache

keyslot.MIN_MEMLIMIT, keyslot.MIN_OPSLIMIT = int(sys.argv[4]), int(sys.argv[5])  # the tests'
cache.BULK_ROWS = 1
session = Session(unlock_vault(Path(sys.argv[1]), sys.argv[2]))

def progress(done: int, _total: int) -> None:
    gone = not session.conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name = 'incidents'").fetchone()[0]
    if done >= 3 and gone:
        os.kill(os.getpid(), signal.SIGKILL)

exchange.import_bundle(session, Path(sys.argv[3]), progress=progress)
"""


def test_a_bulk_import_killed_with_its_indexes_dropped_leaves_the_vault_as_it_was(
    first_exchange: tuple[Path, Path, list[Path]]
) -> None:
    """kill -9 while a first exchange applies, its display indexes dropped: the vault opens
    with its schema and indexes as before, integrity_check ok, the import not half there; the
    same bundle then imports."""
    bundle, _b, copies = first_exchange
    directory = copies[0]
    with Session(unlock_vault(directory, PASSPHRASE)) as session:
        before, rows = _schema(session.conn), records_dump(session)
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_IMPORT, str(directory), PASSPHRASE, str(bundle),
         str(keyslot.MIN_MEMLIMIT), str(keyslot.MIN_OPSLIMIT)],  # as the test's (conftest)
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}, capture_output=True,
        timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    with Session(unlock_vault(directory, PASSPHRASE)) as session:
        assert _schema(session.conn) == before
        assert session.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert records_dump(session) == rows
        assert audit.verify_chain(session.conn) is None
        assert exchange.import_bundle(session, bundle).applied


def test_values_joining_a_version_held_without_them_reach_it_alone_by_its_dot(
    tmp_path: Path
) -> None:
    """A deleted record reaches a holder without content, a colleague's version of it among
    them (its counter the same as the creator's first); restored, it goes whole again and the
    values join each version held without them (StoreHeldVersions.complete, found by its dot):
    every version ends with its own values, as the sender holds them."""
    from exchange_support import Mail
    from hrd_desk.services import scope

    with offices(tmp_path, "A", "B", "X") as made:
        a, b, x = made["A"], made["B"], made["X"]
        mail = Mail(tmp_path)
        family = add_family(a)
        for other in (b, x):
            scope.share(a.session, family.defender, a.id_of(other))
            mail.round(a, other)
        b.work.edit("incident", family.incident, {"description": "seen by B"})
        mail.deliver(b, a)
        a.work.delete("incident", family.incident)
        mail.deliver(a, x)

        def payloads(office: Office) -> list[tuple[object, ...]]:
            return [tuple(r) for r in office.session.conn.execute(
                "SELECT origin, counter, fields FROM versions WHERE record_id = ? "
                "ORDER BY origin, counter", (family.incident,))]

        held = payloads(x)
        assert (b.vault_id, 1) in [(o, c) for o, c, _f in held]
        assert "seen by B" not in str(held)
        a.work.restore("incident", family.incident)
        mail.deliver(a, x)
        assert payloads(x) == payloads(a)
        assert "seen by B" in str(payloads(x))


def test_a_bulk_import_inside_a_callers_unit_keeps_the_indexes_whatever_the_caller_does(
    first_exchange: tuple[Path, Path, list[Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import run inside a caller's unit of work does not own the transaction: a refusal
    it raises rolls nothing back, and a caller that goes on and commits would keep the display
    indexes dropped for good. Such an import leaves them alone (the bulk path is for an import
    that owns its transaction)."""
    bundle, _b, copies = first_exchange
    monkeypatch.setattr(cache, "BULK_ROWS", 1)

    def fail(*_args: object) -> None:
        raise BundleRejected("payload failure", "failed at the end")

    monkeypatch.setattr(exchange.colleague_store, "record_import", fail)
    with Session(unlock_vault(copies[0], PASSPHRASE)) as session:
        before = _schema(session.conn)
        with transaction(session.conn), pytest.raises(BundleRejected):
            exchange.import_bundle(session, bundle)
        assert _schema(session.conn) == before
