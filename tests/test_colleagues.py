"""Identities and colleagues: fingerprints from the keys, signed cards, local names, trust.

A caseworker relies on these to know who a bundle comes from and who can read what she sends:
a card whose signature or keys were touched is refused, a name on a card is only a suggestion,
and trust (verified, revoked) is a local decision that only changes when she says so.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_support import Office, introduce, new_office, offices, unchanged
from hrd_desk.crypto.card import MAX_CARD_BYTES, make_card, parse_card
from hrd_desk.crypto.identity import Identity
from hrd_desk.errors import NotFound, RejectedInput
from hrd_desk.services import colleagues

FINGERPRINT = re.compile(r"^[0-9A-F]{4}( [0-9A-F]{4}){9}$")


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Office, Office]]:
    """Two offices that have not met: A and B, each with its card written."""
    a, b = new_office(tmp_path, "A"), new_office(tmp_path, "B")
    yield a, b
    a.close()
    b.close()


def card_json(path: Path) -> dict[str, object]:
    value = json.loads(path.read_bytes())
    assert isinstance(value, dict)
    return value


def write_json(path: Path, value: object) -> Path:
    path.write_bytes(json.dumps(value, sort_keys=True, separators=(",", ":"),
                                ensure_ascii=False).encode() + b"\n")
    return path


# -- this vault's identity -----------------------------------------------------------------------


def test_fingerprint_is_160_bits_in_ten_groups_computed_from_both_keys(
    pair: tuple[Office, Office],
) -> None:
    a, b = pair
    info = colleagues.identity_info(a.session)
    assert FINGERPRINT.match(info.fingerprint)
    public = a.public
    expected = hashlib.blake2b(public.verify_key + public.box_key, digest_size=32,
                               person=b"hrd-desk-fpr-v1").digest()[:20]
    assert info.fingerprint.replace(" ", "") == expected.hex().upper()
    assert colleagues.identity_info(b.session).fingerprint != info.fingerprint
    # both keys count: the same signing key with another encryption key is another fingerprint
    seed, _ = a.identity.secret_bytes()
    other_box = Identity(seed, bytes(Identity.generate().secret_bytes()[1])).public
    assert other_box.verify_key == public.verify_key
    assert other_box.fingerprint_text() != info.fingerprint


def test_identity_is_unnamed_until_renamed_and_the_card_carries_the_name(tmp_path: Path) -> None:
    from hrd_desk.services.session import Session, create_vault, unlock_vault

    create_vault(tmp_path / "v", "a passphrase for tests")
    with Session(unlock_vault(tmp_path / "v", "a passphrase for tests")) as session:
        assert colleagues.identity_info(session).name == "unnamed"
        colleagues.rename_identity(session, "  Nairobi \t office  ")
        assert colleagues.identity_info(session).name == "Nairobi office"
        colleagues.export_card(session, tmp_path / "card")
        card = parse_card((tmp_path / "card").read_bytes())
        assert card.name == "Nairobi office"
        assert card.identity == session.identity.public
        assert card.identity.fingerprint_text() == colleagues.identity_info(session).fingerprint


@pytest.mark.parametrize("name", ["", "   ", "x" * 101, "bell\x07", "esc\x1b[31m"])
def test_bad_identity_names_are_refused_and_change_nothing(
    pair: tuple[Office, Office], name: str
) -> None:
    a, _ = pair
    with unchanged(a), pytest.raises(RejectedInput):
        colleagues.rename_identity(a.session, name)


def test_the_card_is_signed_by_the_identity_key(pair: tuple[Office, Office]) -> None:
    a, _ = pair
    body = card_json(a.card)
    assert set(body) == {"card", "signature"}
    inner = body["card"]
    assert isinstance(inner, dict)
    assert inner["verify_key"] == a.public.verify_key.hex()
    assert inner["box_key"] == a.public.box_key.hex()
    assert inner["name"] == "A office"
    assert "fingerprint" not in inner  # always computed by the reader, never carried


# -- adding colleagues ---------------------------------------------------------------------------


def test_add_prints_an_id_and_keeps_the_keys_fingerprint_and_both_names(
    pair: tuple[Office, Office],
) -> None:
    a, b = pair
    added = colleagues.add_colleague(b.session, a.card)
    assert re.fullmatch(r"[0-9a-f]{8}", added.id)
    assert added.local_name == "A office"  # the card's name, as a suggestion taken
    assert added.card_name == "A office"
    assert added.identity == a.public
    assert added.vault_id == a.vault_id
    assert added.identity.fingerprint_text() == colleagues.identity_info(a.session).fingerprint
    assert not added.verified and not added.revoked
    assert colleagues.get_colleague(b.session, added.id) == added


def test_the_local_name_is_the_users_choice(pair: tuple[Office, Office]) -> None:
    a, b = pair
    added = colleagues.add_colleague(b.session, a.card, "Bogotá (Juan)")
    assert added.local_name == "Bogotá (Juan)"
    assert added.card_name == "A office"


def test_local_names_are_unique_whatever_the_cards_say(tmp_path: Path) -> None:
    with offices(tmp_path, "A", "B") as world:
        a = world["A"]
        # two strangers whose cards both call themselves "Office"
        strangers = [new_office(tmp_path, n) for n in ("S1", "S2")]
        try:
            for s in strangers:
                colleagues.rename_identity(s.session, "Office")
                colleagues.export_card(s.session, s.card)
            first = colleagues.add_colleague(a.session, strangers[0].card)
            assert first.local_name == "Office"
            with unchanged(a), pytest.raises(RejectedInput, match="already taken"):
                colleagues.add_colleague(a.session, strangers[1].card)
            with unchanged(a), pytest.raises(RejectedInput, match="already taken"):
                colleagues.add_colleague(a.session, strangers[1].card, "B")  # B's local name
            second = colleagues.add_colleague(a.session, strangers[1].card, "Office 2")
            assert second.card_name == "Office"
            names = [c.local_name for c in colleagues.list_colleagues(a.session)]
            assert sorted(names) == ["B", "Office", "Office 2"]
        finally:
            for s in strangers:
                s.close()


def test_the_same_card_twice_is_refused(pair: tuple[Office, Office]) -> None:
    a, b = pair
    first = colleagues.add_colleague(b.session, a.card)
    with unchanged(b), pytest.raises(RejectedInput, match=first.id):
        colleagues.add_colleague(b.session, a.card, "another name")


def test_a_vaults_own_card_is_refused(pair: tuple[Office, Office]) -> None:
    a, _ = pair
    with unchanged(a), pytest.raises(RejectedInput, match="own identity card"):
        colleagues.add_colleague(a.session, a.card)


def _tampered(path: Path, out: Path, **changes: str) -> Path:
    value = card_json(path)
    inner = value["card"]
    assert isinstance(inner, dict)
    inner.update(changes)
    return write_json(out, value)


def test_a_card_with_an_altered_key_name_or_signature_is_refused(
    pair: tuple[Office, Office], tmp_path: Path
) -> None:
    a, b = pair
    other = Identity.generate().public
    signature = str(card_json(a.card)["signature"])
    bad_signature = card_json(a.card)
    bad_signature["signature"] = ("0" if signature[0] != "0" else "1") + signature[1:]
    cases = [
        _tampered(a.card, tmp_path / "box", box_key=other.box_key.hex()),
        _tampered(a.card, tmp_path / "verify", verify_key=other.verify_key.hex()),
        _tampered(a.card, tmp_path / "name", name="Trusted HQ"),
        write_json(tmp_path / "sig", bad_signature),
    ]
    for case in cases:
        with unchanged(b), pytest.raises(RejectedInput, match="signature does not verify"):
            colleagues.add_colleague(b.session, case)
    assert colleagues.list_colleagues(b.session) == []


def test_a_card_signed_by_another_key_is_refused(
    pair: tuple[Office, Office], tmp_path: Path
) -> None:
    """Mallory signs a card carrying A's public keys: it must not pass for A's."""
    a, b = pair
    mallory = Identity.generate()
    forged = json.loads(make_card(mallory, "A office"))
    forged["card"] = card_json(a.card)["card"]  # A's keys and name, Mallory's signature
    with unchanged(b), pytest.raises(RejectedInput, match="signature"):
        colleagues.add_colleague(b.session, write_json(tmp_path / "forged", forged))


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"{}", b'{"card": {}, "signature": ""}', b"[1, 2]",
     b"\xff\xfe garbage", b"x" * (MAX_CARD_BYTES + 1)],
)
def test_malformed_files_are_refused(
    pair: tuple[Office, Office], tmp_path: Path, content: bytes
) -> None:
    _, b = pair
    path = tmp_path / "card"
    path.write_bytes(content)
    with unchanged(b), pytest.raises(RejectedInput):
        colleagues.add_colleague(b.session, path)


def test_a_card_carrying_a_fingerprint_or_unknown_field_is_refused(
    pair: tuple[Office, Office], tmp_path: Path
) -> None:
    a, b = pair
    with unchanged(b), pytest.raises(RejectedInput):
        colleagues.add_colleague(
            b.session, _tampered(a.card, tmp_path / "fp", fingerprint="0000 " * 10)
        )


def test_missing_file_and_directory_are_refused(
    pair: tuple[Office, Office], tmp_path: Path
) -> None:
    _, b = pair
    for path in (tmp_path / "nothing", tmp_path):
        with unchanged(b), pytest.raises(RejectedInput):
            colleagues.add_colleague(b.session, path)


@pytest.mark.parametrize("name", ["", "x" * 101, "tab\x00"])
def test_bad_local_names_are_refused(pair: tuple[Office, Office], name: str) -> None:
    a, b = pair
    with unchanged(b), pytest.raises(RejectedInput):
        colleagues.add_colleague(b.session, a.card, name)


def test_a_cards_name_with_control_characters_is_not_taken_as_a_local_name(
    pair: tuple[Office, Office], tmp_path: Path
) -> None:
    a, b = pair
    colleagues.rename_identity(a.session, "ok")
    card = make_card(a.identity, "A\x1b[2J office")  # a terminal escape in the card's name
    path = tmp_path / "esc.card"
    path.write_bytes(card)
    with unchanged(b), pytest.raises(RejectedInput):
        colleagues.add_colleague(b.session, path)
    added = colleagues.add_colleague(b.session, path, "A")
    assert added.local_name == "A"


@pytest.mark.parametrize("mark", ["\u202e", "\u2066", "\u202a"])
def test_names_with_bidi_controls_are_refused(
    pair: tuple[Office, Office], tmp_path: Path, mark: str
) -> None:
    """A right-to-left override in a name would reorder what follows it on the line (the
    fingerprint in `colleague list`): refused both as a card name taken and as a local name."""
    a, b = pair
    path = tmp_path / "bidi.card"
    path.write_bytes(make_card(a.identity, f"A{mark}office"))
    with unchanged(b), pytest.raises(RejectedInput):
        colleagues.add_colleague(b.session, path)
    with unchanged(b), pytest.raises(RejectedInput):
        colleagues.add_colleague(b.session, a.card, f"A{mark}")
    with unchanged(a), pytest.raises(RejectedInput):
        colleagues.rename_identity(a.session, f"A{mark}office")


def test_arabic_and_accented_names_are_kept(pair: tuple[Office, Office]) -> None:
    a, b = pair
    added = colleagues.add_colleague(b.session, a.card, "مكتب عمّان — Bogotá")
    assert added.local_name == "مكتب عمّان — Bogotá"


# -- trust ---------------------------------------------------------------------------------------


def test_colleagues_are_unverified_until_verified(pair: tuple[Office, Office]) -> None:
    a, b = pair
    added = colleagues.add_colleague(b.session, a.card)
    assert [c.verified for c in colleagues.list_colleagues(b.session)] == [False]
    verified = colleagues.verify_colleague(b.session, added.id)
    assert verified.verified and not verified.revoked
    assert colleagues.get_colleague(b.session, added.id).verified


def test_added_as_verified_when_fingerprints_were_compared_already(
    pair: tuple[Office, Office],
) -> None:
    a, b = pair
    assert colleagues.add_colleague(b.session, a.card, verified=True).verified


def test_revoke_is_recorded_and_a_revoked_colleague_cannot_be_verified(
    pair: tuple[Office, Office],
) -> None:
    a, b = pair
    cid = introduce(b, a)
    revoked = colleagues.revoke_colleague(b.session, cid)
    assert revoked.revoked
    with unchanged(b), pytest.raises(RejectedInput, match="revoked"):
        colleagues.verify_colleague(b.session, cid)
    # a revoked key cannot come back under a new name: the card is still known
    with unchanged(b), pytest.raises(RejectedInput, match="already colleague"):
        colleagues.add_colleague(b.session, a.card, "A again")


def test_unknown_colleague_ids_are_not_found(pair: tuple[Office, Office]) -> None:
    _, b = pair
    for action in (colleagues.get_colleague, colleagues.verify_colleague,
                   colleagues.revoke_colleague):
        with unchanged(b), pytest.raises(NotFound):
            action(b.session, "deadbeef")


def test_trust_changes_are_audited_without_names_or_keys(pair: tuple[Office, Office]) -> None:
    a, b = pair
    cid = introduce(b, a, verified=False)
    colleagues.verify_colleague(b.session, cid)
    colleagues.revoke_colleague(b.session, cid)
    rows = b.session.conn.execute(
        "SELECT action, record_id FROM audit_events WHERE action LIKE 'colleague%' ORDER BY seq"
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("colleague add", cid), ("colleague verify", cid), ("colleague revoke", cid)
    ]
    everything = repr(b.session.conn.execute("SELECT * FROM audit_events").fetchall())
    assert "A office" not in everything and a.public.verify_key.hex() not in everything


def test_colleagues_list_in_local_name_order(tmp_path: Path) -> None:
    with offices(tmp_path, "C", "A", "B") as world:
        names = [c.local_name for c in colleagues.list_colleagues(world["A"].session)]
        assert names == ["B", "C"]
