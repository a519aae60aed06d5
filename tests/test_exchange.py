"""Export and import between offices: what a bundle carries, who may receive it, what an import
does to the vault, and what `inspect` tells before anything is imported.

Everything goes through services.exchange on real vaults (fast KDF), the way the CLI and the GUI
use it; the refusals of hostile files are in test_exchange_hostile.py.
"""

from __future__ import annotations

import os
import re
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_support import (
    Office,
    add_big_incidents,
    add_family,
    export,
    introduce,
    new_office,
    offices,
    records_dump,
    refused,
    unchanged,
)
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.errors import ConsentRefused, ExitCode, NotFound, RejectedInput
from hrd_desk.services import colleagues, exchange
from hrd_desk.services.exchange import import_bundle, inspect_bundle
from hrd_desk.services.search import search

FAMILY_COUNTS = {"defender": 1, "related": 1, "case": 1, "incident": 1}


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Office]]:
    """A, B and C know and have verified one another."""
    with offices(tmp_path, "A", "B", "C") as made:
        yield made


def subset(dump: dict[str, object], ids: set[str]) -> dict[str, object]:
    return {k: v for k, v in dump.items() if k in ids}


def no_partial_files(directory: Path) -> bool:
    return not [p for p in directory.iterdir() if p.name.endswith(".tmp")]


# -- what an export carries ----------------------------------------------------------------------


def test_one_bundle_for_all_recipients_carries_the_defenders_family(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b, c = world["A"], world["B"], world["C"]
    amina = add_family(a, "Amina")
    other = add_family(a, "Other")
    out = tmp_path / "amina.bundle"
    summary = export(a, out, [b, c], defenders=[amina.defender])
    assert summary.path == out and out.is_file()
    assert summary.recipients == (a.id_of(b), a.id_of(c))
    assert summary.counts == FAMILY_COUNTS
    assert summary.versions == 4
    assert summary.withheld_for_consent == 0
    assert no_partial_files(tmp_path)
    for office in (b, c):
        result = import_bundle(office.session, out)
        assert result.sender == "A" and result.sender_id == office.id_of(a)
        assert result.outcomes == {"applied": 4}
        assert result.new_records == 4
        assert not result.already_imported
        held = records_dump(office.session)
        assert set(held) == amina.ids  # nothing of the other defender's family
        assert held == subset(records_dump(a.session), amina.ids)
        assert not set(held) & other.ids
    # the sensitive fields travel too: the recipient is a colleague who holds the full record
    assert b.work.get("defender", amina.defender).get("legal_name") == "Amina Legal"


def test_a_case_brings_its_defender_and_linked_incidents_only(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    amina = add_family(a)
    unlinked = a.work.add("incident", {"defenders": [amina.defender], "category": "legal",
                                       "occurred": "2023", "description": "summons"})
    out = tmp_path / "case.bundle"
    summary = export(a, out, [b], cases=[amina.case])
    assert summary.counts == {"case": 1, "defender": 1, "incident": 1}
    import_bundle(b.session, out)
    assert set(records_dump(b.session)) == {amina.case, amina.defender, amina.incident}
    assert unlinked not in records_dump(b.session)


def test_all_leaves_out_defenders_without_consent_and_incidents_concerning_them(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    amina = add_family(a, "Amina")
    public = add_family(a, "Public", consent="public")
    secret = add_family(a, "Secret", consent="none")
    joint = a.work.add("incident", {"defenders": [amina.defender, secret.defender],
                                    "category": "physical", "occurred": "2024",
                                    "description": "both followed"})
    out = tmp_path / "all.bundle"
    summary = export(a, out, [b], everything=True)
    assert summary.withheld_for_consent == 2  # the secret defender and the joint incident
    import_bundle(b.session, out)
    held = set(records_dump(b.session))
    assert held == amina.ids | public.ids
    assert joint not in held and not held & secret.ids


def test_a_defender_without_consent_is_refused_with_a_reason(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    amina = add_family(a, "Amina")
    secret = add_family(a, "Secret", consent="none")
    out = tmp_path / "x.bundle"
    for selection in ({"defenders": [secret.defender]}, {"cases": [secret.case]},
                      {"defenders": [amina.defender, secret.defender]}):
        with unchanged(a), pytest.raises(ConsentRefused) as caught:
            export(a, out, [b], **selection)
        assert secret.defender in caught.value.message and "consent" in caught.value.message
        assert caught.value.exit_code == ExitCode.REJECTED_INPUT
        assert not out.exists() and no_partial_files(tmp_path)


@pytest.mark.parametrize("consent", ["colleagues", "partners", "public"])
def test_consent_for_colleagues_or_wider_allows_export(
    world: dict[str, Office], tmp_path: Path, consent: str
) -> None:
    a, b = world["A"], world["B"]
    family = add_family(a, consent=consent)
    assert export(a, tmp_path / "ok", [b], defenders=[family.defender]).versions == 4


def test_unknown_or_wrong_kind_ids_and_empty_choices_are_refused(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    family = add_family(a)
    out = tmp_path / "x.bundle"
    bad: list[tuple[type[Exception], dict[str, object]]] = [
        (NotFound, {"defenders": ["11111111-2222-3333-4444-555555555555"]}),
        (NotFound, {"defenders": [family.case]}),  # a case given as a defender
        (NotFound, {"cases": [family.defender]}),
        (RejectedInput, {}),  # nothing chosen
    ]
    for error, selection in bad:
        with unchanged(a), pytest.raises(error):
            export(a, out, [b], **selection)
    assert not out.exists() and no_partial_files(tmp_path)


# -- who may receive -----------------------------------------------------------------------------


def test_recipients_must_be_verified_unless_allowed(tmp_path: Path) -> None:
    with offices(tmp_path, "A", "B", verified=False) as world:
        a, b = world["A"], world["B"]
        family = add_family(a)
        out = tmp_path / "x.bundle"
        with unchanged(a), pytest.raises(RejectedInput, match=r"not verified.*allow-unverified"):
            export(a, out, [b], defenders=[family.defender])
        assert not out.exists()
        export(a, out, [b], defenders=[family.defender], allow_unverified=True)
        assert import_bundle(b.session, out).new_records == 4


def test_a_revoked_colleague_gets_nothing_not_even_beside_others(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b, c = world["A"], world["B"], world["C"]
    family = add_family(a)
    colleagues.revoke_colleague(a.session, a.id_of(c))
    out = tmp_path / "x.bundle"
    for to in ([c], [b, c]):
        for allow in (False, True):
            with unchanged(a), pytest.raises(RejectedInput, match="revoked"):
                export(a, out, to, defenders=[family.defender], allow_unverified=allow)
            assert not out.exists() and no_partial_files(tmp_path)


def test_recipients_are_required_and_must_exist(world: dict[str, Office], tmp_path: Path) -> None:
    a = world["A"]
    family = add_family(a)
    for to, error in (([], RejectedInput), (["deadbeef"], NotFound)):
        with unchanged(a), pytest.raises(error):
            exchange.export_bundle(a.session, tmp_path / "x", to=to, defenders=[family.defender])


def test_a_failed_write_leaves_no_file_and_no_trace(
    world: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that fills up half-way: no bundle, no partial file, no export in the audit trail."""
    a, b = world["A"], world["B"]
    family = add_family(a)
    class Failing(BundleWriter):
        def add(self, message: bytes) -> None:
            if self.messages >= 2:
                raise OSError(28, "No space left on device")
            super().add(message)

    monkeypatch.setattr(exchange, "BundleWriter", Failing)
    out = tmp_path / "x.bundle"
    with unchanged(a), pytest.raises(OSError):
        export(a, out, [b], defenders=[family.defender])
    assert not out.exists() and no_partial_files(tmp_path)


def test_an_export_is_audited_with_ids_and_counts_only(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    family = add_family(a, "Zainab")
    export(a, tmp_path / "x", [b], defenders=[family.defender])
    detail = a.session.conn.execute(
        "SELECT detail FROM audit_events WHERE action = 'export'"
    ).fetchone()[0]
    assert a.id_of(b) in detail and '"versions":4' in detail
    assert "Zainab" not in detail


# -- import --------------------------------------------------------------------------------------


def test_importing_the_same_bundle_again_changes_nothing_and_says_so(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    family = add_family(a)
    out = tmp_path / "x.bundle"
    export(a, out, [b], defenders=[family.defender])
    first = import_bundle(b.session, out)
    with unchanged(b):
        again = import_bundle(b.session, out)
    assert again.already_imported and not first.already_imported
    assert again.bundle_id == first.bundle_id and again.sender == "A"
    assert again.outcomes == {} and again.new_records == 0


def test_later_edits_apply_and_the_history_already_held_is_recognised(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    family = add_family(a)
    export(a, tmp_path / "1", [b], defenders=[family.defender])
    import_bundle(b.session, tmp_path / "1")
    a.work.edit("defender", family.defender, {"region": "Rift Valley"})
    export(a, tmp_path / "2", [b], defenders=[family.defender])
    result = import_bundle(b.session, tmp_path / "2")
    assert result.outcomes == {"applied": 1, "duplicate": 4}
    assert result.new_records == 0
    assert b.work.get("defender", family.defender).get("region") == "Rift Valley"
    assert records_dump(b.session) == subset(records_dump(a.session), family.ids)


def test_concurrent_edits_converge_and_are_flagged_on_both_sides(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    family = add_family(a)
    export(a, tmp_path / "1", [b], defenders=[family.defender])
    import_bundle(b.session, tmp_path / "1")
    a.work.edit("defender", family.defender, {"region": "Nairobi", "gender": "f"})
    b.work.edit("defender", family.defender, {"region": "Mombasa", "organisation": "KHRC"})
    export(a, tmp_path / "a2", [b], defenders=[family.defender])
    export(b, tmp_path / "b2", [a], defenders=[family.defender])
    import_bundle(a.session, tmp_path / "b2")
    import_bundle(b.session, tmp_path / "a2")
    dump_a, dump_b = records_dump(a.session), records_dump(b.session)
    assert dump_a == dump_b
    shown = b.work.get("defender", family.defender)
    assert shown.conflict
    assert shown.get("gender") == "f" and shown.get("organisation") == "KHRC"  # no loss


def test_versions_relayed_from_a_third_office_verify_with_the_key_the_bundle_carries(
    tmp_path: Path,
) -> None:
    """C never met A: B forwards A's records in its own bundle, and C checks A's signatures with
    the origin key B includes, whose hash must be A's vault id."""
    a, b, c = (new_office(tmp_path, n) for n in "ABC")
    try:
        introduce(a, b)
        introduce(b, a)
        introduce(b, c)
        introduce(c, b)
        family = add_family(a)
        export(a, tmp_path / "ab", [b], defenders=[family.defender])
        import_bundle(b.session, tmp_path / "ab")
        export(b, tmp_path / "bc", [c], defenders=[family.defender])
        result = import_bundle(c.session, tmp_path / "bc")
        assert result.outcomes == {"applied": 4}
        assert records_dump(c.session) == records_dump(b.session)
        origins = {r[0] for r in c.session.conn.execute("SELECT origin FROM versions")}
        assert origins == {a.vault_id}
    finally:
        for office in (a, b, c):
            office.close()


def test_an_unknown_sender_is_refused_with_its_fingerprint(
    tmp_path: Path,
) -> None:
    a, d = new_office(tmp_path, "A"), new_office(tmp_path, "D")
    try:
        introduce(a, d)  # A knows D; D has never added A
        family = add_family(a)
        export(a, tmp_path / "x", [d], defenders=[family.defender])
        rejection = refused(d, tmp_path / "x", "unknown sender")
        assert a.public.fingerprint_text() in rejection.message
        assert rejection.exit_code == ExitCode.REJECTED_INPUT
    finally:
        a.close()
        d.close()


def test_a_revoked_sender_is_refused_even_for_a_bundle_imported_before(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    family = add_family(a)
    export(a, tmp_path / "old", [b], defenders=[family.defender])
    import_bundle(b.session, tmp_path / "old")
    a.work.edit("defender", family.defender, {"region": "x"})
    export(a, tmp_path / "new", [b], defenders=[family.defender])
    colleagues.revoke_colleague(b.session, b.id_of(a))
    for name in ("new", "old"):
        rejection = refused(b, tmp_path / name, "revoked sender")
        assert "revoked" in rejection.message


def test_progress_counts_up_to_the_declared_total(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    family = add_family(a)
    written: list[tuple[int, int]] = []
    read: list[tuple[int, int]] = []
    exchange.export_bundle(a.session, tmp_path / "x", to=[a.id_of(b)],
                           defenders=[family.defender],
                           progress=lambda d, t: written.append((d, t)))
    import_bundle(b.session, tmp_path / "x", progress=lambda d, t: read.append((d, t)))
    assert written == [(i, 4) for i in range(1, 5)]
    assert read[-1] == (4, 4) and [d for d, _ in read] == sorted(d for d, _ in read)


# -- inspect -------------------------------------------------------------------------------------


def test_inspect_without_keys_says_size_and_possible_bundle(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    out = tmp_path / "x.bundle"
    export(a, out, [b], defenders=[add_family(a).defender])
    seen = inspect_bundle(out)
    assert seen.size == out.stat().st_size and seen.possible_bundle
    assert seen.addressed_to_me is None and seen.sender_fingerprint is None
    junk = tmp_path / "junk"
    junk.write_bytes(os.urandom(1000))
    assert not inspect_bundle(junk).possible_bundle
    assert not inspect_bundle(a.card).possible_bundle


def test_inspect_for_a_recipient_shows_sender_trust_time_and_counts_and_changes_nothing(
    tmp_path: Path,
) -> None:
    with offices(tmp_path, "A", "B", verified=False) as world:
        a, b = world["A"], world["B"]
        out = tmp_path / "x.bundle"
        before = int(time.time())
        export(a, out, [b], defenders=[add_family(a).defender], allow_unverified=True)
        with unchanged(b):
            seen = inspect_bundle(out, b.session)
        assert seen.addressed_to_me is True
        assert seen.sender_colleague == "A"
        assert seen.sender_verified is False and seen.sender_revoked is False
        assert seen.sender_fingerprint == a.public.fingerprint_text()
        assert seen.created_at is not None and before <= seen.created_at <= time.time()
        assert seen.counts == {**FAMILY_COUNTS, "versions": 4}
        assert seen.already_imported is False
        colleagues.verify_colleague(b.session, b.id_of(a))
        import_bundle(b.session, out)
        again = inspect_bundle(out, b.session)
        assert again.sender_verified is True and again.already_imported is True


def test_inspect_for_a_non_recipient_or_a_stranger(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b, c = world["A"], world["B"], world["C"]
    out = tmp_path / "x.bundle"
    export(a, out, [b], defenders=[add_family(a).defender])
    with unchanged(c):
        seen = inspect_bundle(out, c.session)
    assert seen.addressed_to_me is False and seen.sender_fingerprint is None
    assert seen.counts == {}
    stranger = new_office(tmp_path, "S")
    try:
        introduce(a, stranger)
        export(a, tmp_path / "s", [stranger], defenders=[add_family(a, "X").defender])
        seen = inspect_bundle(tmp_path / "s", stranger.session)
        assert seen.addressed_to_me is True and seen.sender_colleague is None
        assert seen.sender_fingerprint == a.public.fingerprint_text()
    finally:
        stranger.close()


# -- streaming -----------------------------------------------------------------------------------


def _peak_mib(work: object) -> float:
    assert callable(work)
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_export_and_import_memory_does_not_grow_with_the_bundle(tmp_path: Path) -> None:
    """Python allocations while exporting and importing a 32 MiB bundle are those of an 8 MiB
    one, give or take the hashing queue: nothing is held whole."""
    peaks: dict[int, tuple[float, float]] = {}
    for size in (8, 32):
        with offices(tmp_path / str(size), "A", "B") as world:
            a, b = world["A"], world["B"]
            family = add_family(a)
            add_big_incidents(a, family, size)
            out = tmp_path / f"{size}.bundle"
            write = _peak_mib(lambda: export(a, out, [b], defenders=[family.defender]))  # noqa: B023
            assert out.stat().st_size > size * 2**20
            read = _peak_mib(lambda: import_bundle(b.session, out))  # noqa: B023
            assert b.work.count("incident") == size + 1
            peaks[size] = (write, read)
    (small_write, small_read), (big_write, big_read) = peaks[8], peaks[32]
    assert big_write < small_write + 6, peaks
    assert big_read < small_read + 6, peaks
    assert max(big_write, big_read) < 20, peaks


def test_nothing_is_written_inside_the_vault_folder_or_to_a_missing_folder(
    world: dict[str, Office], tmp_path: Path
) -> None:
    """A bundle saved as the vault's own keyslots or database would destroy the vault."""
    a, b = world["A"], world["B"]
    family = add_family(a)
    keyslots = (a.directory / "keyslots").read_bytes()
    for target in (a.directory / "keyslots", a.directory / "vault.db", a.directory / "x.bundle",
                   a.directory, tmp_path / "missing" / "x.bundle"):
        with unchanged(a), pytest.raises(RejectedInput):
            export(a, target, [b], defenders=[family.defender])
        with unchanged(a), pytest.raises(RejectedInput):
            colleagues.export_card(a.session, target)
    assert (a.directory / "keyslots").read_bytes() == keyslots
    assert sorted(p.name for p in a.directory.iterdir() if not p.name.startswith("vault.db-")) \
        == ["keyslots", "vault.db"]


def test_an_import_applies_the_same_whatever_its_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import reads the histories of a batch of records at once (store/merge.py): with one
    message per batch, a few, or all in one, the receiving vaults end the same as the sender,
    with the same outcomes: records with many versions, a conflict relayed from a third office,
    a deleted record, records new to the receiver and records it already held."""
    with offices(tmp_path, "A", "C", "B1", "B2", "B3") as made:
        a, c = made["A"], made["C"]
        receivers = [made["B1"], made["B2"], made["B3"]]
        first, second = add_family(a, "Amina"), add_family(a, "Luis")
        export(a, tmp_path / "first", receivers, defenders=[first.defender, second.defender])
        export(a, tmp_path / "to-c", [c], defenders=[first.defender])
        import_bundle(c.session, tmp_path / "to-c")
        for office in receivers:
            import_bundle(office.session, tmp_path / "first")
        for region in ("Rift Valley", "Coast", "Nairobi"):
            a.work.edit("defender", first.defender, {"region": region})
        c.work.edit("defender", first.defender, {"region": "Kisumu"})
        export(c, tmp_path / "from-c", [a], defenders=[first.defender])
        import_bundle(a.session, tmp_path / "from-c")
        a.work.edit("incident", first.incident, {"severity": 5})
        a.work.delete("incident", second.incident)
        third = add_family(a, "Olga")
        a.work.edit("case", third.case, {"programme": "advocacy"})
        export(a, tmp_path / "second", receivers,
               defenders=[first.defender, second.defender, third.defender])
        results = []
        for office, batch in zip(receivers, (1, 3, exchange.IMPORT_BATCH), strict=True):
            monkeypatch.setattr(exchange, "IMPORT_BATCH", batch)
            results.append(import_bundle(office.session, tmp_path / "second"))
        assert results[0].outcomes["applied"] > 8
        assert all(r.outcomes == results[0].outcomes for r in results)
        assert all(r.new_records == 4 for r in results)
        expected = records_dump(a.session)
        assert expected[first.defender]["conflict"]
        assert expected[second.incident]["deleted"]
        for office in receivers:
            assert records_dump(office.session) == expected


def test_an_import_reads_a_batchs_display_rows_and_marks_at_once(
    world: dict[str, Office], tmp_path: Path
) -> None:
    """An import of edits reads the display rows of a batch's records in one statement per kind
    (store/merge.py `prefetch`, store/cache.py `read_rows`, with the registry rowids read
    with the registry rows) and the sensitive marks of the
    records it indexes in one (search_index.marks_of), not one statement per record; what the
    receiver shows and finds is what the sender does."""
    a, b = world["A"], world["B"]
    family = add_family(a)
    incidents = [a.work.add("incident", {"defenders": [family.defender], "category": "legal",
                                         "occurred": "2024", "description": f"event {i}"})
                 for i in range(5)]
    export(a, tmp_path / "1", [b], defenders=[family.defender])
    import_bundle(b.session, tmp_path / "1")
    for number, incident in enumerate(incidents):
        a.work.edit("incident", incident, {"description": f"hearing adjourned {number}"})
    a.work.edit("defender", family.defender, {"region": "Coast"})
    export(a, tmp_path / "2", [b], defenders=[family.defender])
    statements: list[str] = []
    b.session.conn.set_trace_callback(statements.append)
    try:
        result = import_bundle(b.session, tmp_path / "2")
    finally:
        b.session.conn.set_trace_callback(None)
    assert result.outcomes["applied"] == 6
    one_by_one = [s for s in statements if re.search(
        r"FROM (incidents|defenders) WHERE id = |WHERE r\.rowid = ", s)]
    assert one_by_one == []
    reads = [s for s in statements if re.search(r"FROM (incidents|defenders) AS t ", s)]
    assert len(reads) == 2  # one per kind
    # the registry rowids come with the batch's registry rows: not joined in again
    assert not [s for s in reads if "JOIN records" in s]
    assert len([s for s in statements if "FROM sensitive_marks" in s]) == 1
    ids = family.ids | set(incidents)
    assert records_dump(b.session) == subset(records_dump(a.session), ids)
    assert {h.id for h in search(b.session.conn, "adjourned")} == set(incidents)
