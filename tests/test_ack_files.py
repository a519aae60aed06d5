"""Acknowledgements alone go as one small file (issue 10), not a padded 64 KiB bundle: signed by
the sender, sealed to the one recipient, every such file the same size. A hostile or damaged one
is refused with the bundle reader's categories and changes nothing."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import nacl.public
import pytest

from hrd_desk.crypto import ack_file
from hrd_desk.crypto.ack_file import ACK_DOMAIN, ACK_FILE_BYTES, PLAIN_BYTES, write_ack_file
from hrd_desk.crypto.canonical import encode
from hrd_desk.crypto.identity import Identity, PublicIdentity
from hrd_desk.errors import BundleRejected
from hrd_desk.services import colleagues, dropfolder, exchange, scope, sync
from hrd_desk.store import peers
from hrd_desk.store.dump import canonical_dump
from sync_support import Office, close_all, make_offices

SMALLEST_BUNDLE = 65_773


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[dict[str, Office]]:
    made = make_offices(tmp_path / "vaults", ["A", "B", "C"])
    yield made
    close_all(made)


def _share(a: Office, to: str = "B") -> str:
    defender = a.work.add("defender", {"name": "Amina", "consent": "colleagues",
                                       "consent_date": "2024-01-15", "consent_how": "written"})
    scope.share(a.session, defender, a.colleague_ids[to])
    return defender


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def _acks_from_b(a: Office, b: Office, folder: Path) -> Path:
    """A sends B a bundle; B, with nothing of its own to send, answers with acknowledgements."""
    _share(a)
    dropfolder.sync_folder(a.session, folder)
    before = _files(folder)
    got = dropfolder.sync_folder(b.session, folder)
    assert len(got.imported) == 1
    (answer,) = _files(folder) - before
    return answer


def test_acknowledgements_alone_are_one_small_file_that_advances_the_mark(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["A"], offices["B"]
    folder = tmp_path / "drop"
    answer = _acks_from_b(a, b, folder)
    assert answer.stat().st_size == ACK_FILE_BYTES < SMALLEST_BUNDLE / 5
    b_at_a = a.colleague_ids["B"]
    assert peers.held_whole(a.conn, b_at_a) == set(), "not acknowledged yet"
    got = dropfolder.sync_folder(a.session, folder)
    assert [s.acknowledged for s in got.imported] == [1] and got.damaged == []
    assert len(peers.held_whole(a.conn, b_at_a)) == 1, "B holds the defender now"
    assert got.written == [], "nothing new, nothing written (an acknowledgement is not answered)"
    # once a day per pair at most, and never again for the same bundles
    assert dropfolder.sync_folder(b.session, folder).written == []
    again = exchange.import_bundle(a.session, answer)
    assert again.already_imported


def test_every_acknowledgement_file_has_the_same_size_and_no_plaintext(
    offices: dict[str, Office]
) -> None:
    a, b = offices["A"], offices["B"]
    sizes = set()
    for count in (1, 7, 256):
        ids = [secrets.token_bytes(16) for _ in range(count)]
        data, ack_id = write_ack_file(b.session.identity, a.session.identity.public, ids, 1)
        sizes.add(len(data))
        for needle in (*ids, ack_id, b.session.identity.public.verify_key):
            assert needle not in data and needle.hex().encode() not in data
    assert sizes == {ACK_FILE_BYTES}


def _seal(to: PublicIdentity, signer: Identity, statement: dict[str, object], *,
          padding: bytes = b"", sign_as: Identity | None = None) -> bytes:
    raw = encode(statement)
    signature = (sign_as or signer).sign(ACK_DOMAIN, raw)
    plain = len(raw).to_bytes(4, "big") + raw + signature
    plain += padding + bytes(PLAIN_BYTES - len(plain) - len(padding))
    return nacl.public.SealedBox(nacl.public.PublicKey(to.box_key)).encrypt(plain)


def _statement(sender: PublicIdentity, recipient: PublicIdentity, bundles: list[bytes],
               **over: object) -> dict[str, object]:
    keys = {"sender": sender, "recipient": recipient}
    made: dict[str, object] = {
        "format": 1, "t": "acks", "ack_id": secrets.token_hex(16), "created_at": 1,
        "bundles": [b.hex() for b in bundles],
        **{k: {"verify_key": v.verify_key.hex(), "box_key": v.box_key.hex()}
           for k, v in keys.items()}}
    made.update(over)
    return made


def test_hostile_acknowledgement_files_are_refused_and_change_nothing(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b, c = offices["A"], offices["B"], offices["C"]
    folder = tmp_path / "drop"
    genuine = _acks_from_b(a, b, folder)
    # the bundle A sent B and awaits acknowledgement of: accepting a forged file would advance
    sent = [bytes(r[0]) for r in a.conn.execute("SELECT bundle_id FROM sent_bundles")]
    assert len(sent) == 1
    me, bi, ci = a.session.identity.public, b.session.identity, c.session.identity
    stranger = Identity.generate()
    data = genuine.read_bytes()
    flipped = bytearray(data)
    flipped[100] ^= 1
    cases: dict[str, bytes] = {
        "no match": bytes(flipped),  # damaged: the sealed box no longer opens
        "unknown sender": _seal(me, stranger, _statement(stranger.public, me, sent)),
        "signature failure": _seal(me, bi, _statement(bi.public, me, sent), sign_as=ci),
        "not addressed": _seal(me, bi, _statement(bi.public, c.session.identity.public, sent)),
        "payload failure": _seal(me, bi, _statement(bi.public, me, sent), padding=b"\x01"),
        "over cap": _seal(me, bi, _statement(bi.public, me, sent * 257)),
    }
    cases["header failure"] = _seal(me, bi, _statement(bi.public, me, sent, format=2))
    before = canonical_dump(a.conn)
    for category, hostile in cases.items():
        path = tmp_path / f"{category.replace(' ', '-')}.hrdb"
        path.write_bytes(hostile)
        assert len(hostile) == ACK_FILE_BYTES
        with pytest.raises(BundleRejected) as caught:
            exchange.import_bundle(a.session, path)
        assert caught.value.category == category, (category, caught.value.message)
        assert canonical_dump(a.conn) == before, category
    # a revoked colleague's acknowledgements are refused too
    colleagues.revoke_colleague(a.session, a.colleague_ids["B"])
    with pytest.raises(BundleRejected) as revoked:
        exchange.import_bundle(a.session, genuine)
    assert revoked.value.category == "revoked sender"


def test_with_notices_to_carry_acknowledgements_still_go_in_a_bundle(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    """A revocation notice travels in every bundle: an acknowledgement file cannot carry it, so
    a vault that signed one answers with a bundle."""
    a, b = offices["A"], offices["B"]
    colleagues.revoke_colleague(b.session, b.colleague_ids["C"])
    _share(a)
    folder = tmp_path / "drop"
    dropfolder.sync_folder(a.session, folder)
    before = _files(folder)
    dropfolder.sync_folder(b.session, folder)
    (answer,) = _files(folder) - before
    assert answer.stat().st_size >= SMALLEST_BUNDLE
    got = dropfolder.sync_folder(a.session, folder)
    assert [s.acknowledged for s in got.imported] == [1] and got.imported[0].notices == 1


def test_export_changes_by_hand_writes_the_small_file_and_import_reads_it(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["A"], offices["B"]
    _share(a)
    bundle = tmp_path / "to-b.hrdb"
    sync.export_changes(a.session, a.colleague_ids["B"], bundle)
    exchange.import_bundle(b.session, bundle)
    answer = tmp_path / "to-a.hrdb"
    summary = sync.export_changes(b.session, b.colleague_ids["A"], answer)
    assert summary is not None and summary.versions == 0
    assert answer.stat().st_size == ACK_FILE_BYTES
    assert exchange.import_bundle(a.session, answer).acknowledged == 1
    assert ack_file.is_ack_file_size(answer.stat().st_size)


def test_cli_receipts_only_file_round_trip(tmp_path: Path) -> None:
    from cli_support import init_vault, new_id, ok, ok_json, run

    a, b = init_vault(tmp_path / "A"), init_vault(tmp_path / "B")
    ok(a, "identity", "export", "--out", str(tmp_path / "a.card"))
    ok(b, "identity", "export", "--out", str(tmp_path / "b.card"))
    b_at_a = ok_json(a, "colleague", "add", str(tmp_path / "b.card"), "--name", "B",
                     "--verified")["id"]
    a_at_b = ok_json(b, "colleague", "add", str(tmp_path / "a.card"), "--name", "A",
                     "--verified")["id"]
    defender = new_id(a, "defender", "add", "--name", "Amina", "--consent", "colleagues",
                      "--consent-date", "2024-01-15", "--consent-how", "verbal")
    ok(a, "share", defender, "--with", b_at_a)
    to_b, to_a = tmp_path / "to-b.hrdb", tmp_path / "to-a.hrdb"
    ok(a, "export", "--changes", "--to", b_at_a, "--out", str(to_b))
    ok(b, "import", str(to_b))
    assert "receipts only" in ok(b, "export", "--changes", "--to", a_at_b, "--out",
                                 str(to_a)).out
    assert to_a.stat().st_size == ACK_FILE_BYTES
    assert "an acknowledgement file" in run(a, "inspect", str(to_a)).out
    assert "receipts only" in ok(a, "import", str(to_a)).out
    assert "already imported" in ok(a, "import", str(to_a)).out
    assert "nothing to send" in ok(a, "export", "--changes", "--to", b_at_a, "--out",
                                   str(tmp_path / "again.hrdb")).out
