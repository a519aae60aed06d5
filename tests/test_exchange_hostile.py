"""Hostile and broken bundles against a real vault: each refused with one typed, one-line message
and the rejected-input exit code, and the vault exactly as it was (rows and file bytes).

The crypto layer's own vectors (tests/vectors/) pin each category on bytes; here the same attacks
run end to end through services.exchange.import_bundle, with colleagues, revocation, replay
records and version signatures coming from the vault itself. Three vaults play the cases the
threat model names: a non-recipient, a recipient who forwards, a co-recipient who forges.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from exchange_support import (
    Office,
    add_big_incidents,
    add_family,
    export,
    new_office,
    offices,
    records_dump,
    refused,
    snapshot,
    unchanged,
)
from hrd_desk.crypto import bundle_format as fmt
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.crypto.canonical import encode
from hrd_desk.crypto.identity import Identity
from hrd_desk.errors import BUNDLE_CATEGORIES, BundleRejected, ExitCode, RejectedInput
from hrd_desk.history.versions import Version, make_version
from hrd_desk.history.wire import to_message
from hrd_desk.services import bundle_files, exchange
from hrd_desk.services.exchange import import_bundle, inspect_bundle
from hrd_desk.store.dbapi import PAGE_CACHE_KIB
from hrd_desk.store.migrations import LATEST
from vectors.forge import (
    Draft,
    build,
    chunk_offsets,
    content_hash,
    data_stream,
    flip,
    manifest_end,
    reseal_new_header,
    reseal_same_header,
    stanza_index,
    unseal,
)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path, "A", "B", "C") as made:
        yield made


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def one_line_rejection(exc: BundleRejected) -> None:
    assert exc.category in BUNDLE_CATEGORIES
    assert exc.exit_code == ExitCode.REJECTED_INPUT
    assert "\n" not in exc.message and exc.message.startswith(f"bundle rejected ({exc.category})")


def sealed(
    path: Path,
    sender: Identity,
    to: Sequence[Office],
    messages: Sequence[dict[str, Any] | bytes],  # dicts are encoded, bytes sent as they are
    *,
    bundle_id: bytes | None = None,
) -> Path:
    """A bundle written by the real writer, with any messages the sender chooses to sign."""
    with open(path, "wb") as handle:
        writer = BundleWriter(handle, sender, [o.public for o in to], schema_version=LATEST,
                              counts={"versions": len(messages)}, bundle_id=bundle_id)
        for message in messages:
            writer.add(message if isinstance(message, bytes) else encode(message))
        writer.finish()
    return path


def origin(identity: Identity) -> dict[str, Any]:
    public = identity.public
    return {"t": "origin", "vault_id": public.vault_id(), "verify_key": public.verify_key.hex()}


def now_hlc() -> tuple[int, int]:
    return (int(time.time() * 1000), 0)


def version(
    signer: Identity, *, origin_id: str | None = None, kind: str = "defender",
    fields: dict[str, Any] | None = None, record_id: str | None = None, counter: int = 1,
) -> Version:
    """A version signed by `signer`, claiming `origin_id` (default: the signer's own id)."""
    origin_id = origin_id or signer.public.vault_id()
    return make_version(
        signer, record_id=record_id or str(uuid.uuid4()), kind=kind, origin=origin_id,
        counter=counter, vector={origin_id: counter}, hlc=now_hlc(), deleted=False,
        fields=fields if fields is not None else {"name": "Amina", "consent": "colleagues",
        "consent_date": "2024-01-15", "consent_how": "written"},
    )


# -- every category, end to end ------------------------------------------------------------------


def test_every_kind_of_damage_is_refused_with_its_category_and_changes_nothing(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    family = add_family(a)
    good = tmp_path / "good.bundle"
    export(a, good, [b], defenders=[family.defender])
    data = good.read_bytes()
    count = int.from_bytes(data[1:3], "big")
    header = fmt.header_bytes(count)
    mine = stanza_index(data, b.identity)
    chunks = chunk_offsets(data)
    cases = {
        "empty": (b"", "incomplete"),
        "cut in the header": (data[:100], "incomplete"),
        "cut after a chunk": (data[: chunks[-1]], "incomplete"),
        "last byte missing": (data[:-1], "incomplete"),
        "version 5": (b"\x05" + data[1:], "newer format"),
        "downgraded to version 3": (b"\x03" + data[1:], "mac failure"),
        "version 16": (b"\x10" + data[1:], "header failure"),
        "downgraded to version 2": (b"\x02" + data[1:], "mac failure"),
        "downgraded to version 1": (b"\x01" + data[1:], "mac failure"),
        "65 stanzas": (data[:1] + (65).to_bytes(2, "big") + data[3:], "over cap"),
        "3 stanzas": (data[:1] + (3).to_bytes(2, "big") + data[3:], "header failure"),
        "our stanza flipped": (flip(data, 3 + 80 * mine + 40), "no match"),
        "stream header flipped": (flip(data, header - 40), "mac failure"),
        "MAC flipped": (flip(data, header - 1), "mac failure"),
        "data chunk flipped": (flip(data, header + 100), "payload failure"),
        "final chunk flipped": (flip(data, len(data) - 10), "payload failure"),
        "trailing byte": (data + b"\0", "payload failure"),
        # a first byte that names no version (a random one names version 1-3 about once in 85 runs)
        "random junk": (b"\xa7" + os.urandom(len(data) - 1), "header failure"),
        "junk after a real version and count": (data[:3] + os.urandom(len(data) - 3), "no match"),
        "an identity card": (a.card.read_bytes(), "header failure"),
    }
    for name, (bad, category) in cases.items():
        rejection = refused(b, write(tmp_path / "bad", bad), category)
        one_line_rejection(rejection)
        assert category in rejection.message, name
    assert import_bundle(b.session, good).new_records == 4  # the vault still takes the real one


def test_a_large_bundle_damaged_at_its_end_is_rolled_back_after_pages_spilled(
    world: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import streams through a bounded page cache, so a big bundle's staged pages spill to
    the WAL before the end is reached; a damaged last chunk must still undo every one of them.
    (The cache is made 8 MiB here, so that a 16 MiB bundle spills.)"""
    monkeypatch.setattr(exchange, "STREAMING_CACHE_KIB", 8 * 1024)
    a, b = world["A"], world["B"]
    family = add_family(a)
    add_big_incidents(a, family, 16)
    good = tmp_path / "big.bundle"
    export(a, good, [b], defenders=[family.defender])
    data = good.read_bytes()
    damaged = write(tmp_path / "damaged", flip(data, chunk_offsets(data)[-2] + 100))
    before = snapshot(b)
    with pytest.raises(BundleRejected) as caught:
        import_bundle(b.session, damaged)
    assert caught.value.category == "payload failure"
    spilled = (b.directory / "vault.db-wal").stat().st_size
    assert spilled > 8 * 2**20  # staged pages did reach the WAL (encrypted, uncommitted)
    assert snapshot(b) == before
    assert import_bundle(b.session, good).new_records == 20
    # the connection's own cache (lists, search) is back to its size afterwards
    assert b.session.conn.execute("PRAGMA cache_size").fetchone()[0] == -PAGE_CACHE_KIB
    assert a.session.conn.execute("PRAGMA cache_size").fetchone()[0] == -PAGE_CACHE_KIB


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(
    world: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = world["A"], world["B"]
    good = tmp_path / "good.bundle"
    export(a, good, [b], defenders=[add_family(a).defender])
    monkeypatch.setattr(bundle_files, "MAX_BUNDLE_BYTES", good.stat().st_size - 1)
    one_line_rejection(refused(b, good, "over cap"))


def test_links_pipes_and_directories_are_refused_without_reading(
    world: dict[str, Office], tmp_path: Path
) -> None:
    """A hostile USB stick could hold a FIFO (blocks forever) or a link to a file elsewhere."""
    a, b = world["A"], world["B"]
    good = tmp_path / "good.bundle"
    export(a, good, [b], defenders=[add_family(a).defender])
    link = tmp_path / "link.bundle"
    link.symlink_to(good)
    fifo = tmp_path / "fifo.bundle"
    os.mkfifo(fifo)
    for path in (link, fifo, tmp_path, tmp_path / "missing"):
        with unchanged(b), pytest.raises(RejectedInput) as caught:
            import_bundle(b.session, path)
        assert "\n" not in caught.value.message


# -- three vaults --------------------------------------------------------------------------------


def test_a_non_recipient_cannot_import_and_a_forwarded_copy_is_not_addressed(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b, c = world["A"], world["B"], world["C"]
    family = add_family(a)
    to_b = tmp_path / "to_b.bundle"
    export(a, to_b, [b], defenders=[family.defender])
    one_line_rejection(refused(c, to_b, "no match"))
    # B, a recipient, re-encrypts A's signed manifest and payload for C under a new header
    forwarded = reseal_new_header(unseal(to_b.read_bytes(), b.identity), [c.public])
    rejection = refused(c, write(tmp_path / "fwd", forwarded), "not addressed")
    assert "did not address" in rejection.message
    seen = inspect_bundle(tmp_path / "fwd", c.session)  # inspect says so too, and no more
    assert seen.addressed_to_me is False and "did not address" in seen.reason
    assert seen.sender_fingerprint is None and seen.counts == {}
    import_bundle(b.session, to_b)  # the genuine bundle still works for B
    assert set(records_dump(b.session)) == family.ids


def test_a_co_recipient_can_neither_forge_nor_pre_empt_a_bundle_in_the_senders_name(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b, c = world["A"], world["B"], world["C"]
    family = add_family(a)
    genuine = tmp_path / "genuine.bundle"
    summary = export(a, genuine, [b, c], defenders=[family.defender])
    opened = unseal(genuine.read_bytes(), b.identity)  # B knows the file key
    data = opened.data
    at = manifest_end(data)
    manifest = data[4 : at - fmt.SIGNATURE_BYTES]
    manifest_signature = data[at - fmt.SIGNATURE_BYTES : at]
    altered = data.replace(b'"Amina"', b'"Amino"', 1)
    assert altered != data
    written = opened.header[0]  # the app writes version 2 (SHA-256 content hash)
    assert written == fmt.FORMAT_VERSION
    b_final = b.identity.sign(fmt.domain_final(written), fmt.final_statement(
        fmt.manifest_hash(manifest), content_hash(altered, written)))
    forgeries = {
        # edits under A's header, keeping A's final signature, or signing with B's own key
        "altered, A's final": reseal_same_header(opened, altered, opened.final),
        "altered, B's final": reseal_same_header(opened, altered, b_final),
        # A's content with a record dropped and re-padded
        "dropped": reseal_same_header(opened, data_stream(manifest, manifest_signature, []),
                                      opened.final),
        # A's signed content re-wrapped for C alone (C is listed, but the header is not A's)
        "re-wrapped": reseal_new_header(opened, [c.public]),
        # a new bundle naming A as sender, with A's bundle id, signed by B
        "in A's name": build(Draft(
            sender=b.identity, claimed_sender=a.public, recipients=(c.public,),
            messages=[encode(origin(b.identity))],
            manifest_over={"bundle_id": summary.bundle_id.hex(), "schema_version": LATEST,
                           "created_at": int(time.time())},
        )),
    }
    for name, forged in forgeries.items():
        rejection = refused(c, write(tmp_path / "forged", forged), "signature failure")
        one_line_rejection(rejection)
        assert rejection.category == "signature failure", name

    # B's own bundle reusing A's bundle id, carrying A's versions with a value changed:
    # signed by B as sender, but the versions' own signatures are A's and no longer verify
    tampered = [
        encode(origin(a.identity)),
        *[m.replace(b"Amina", b"Amino") for m in _messages(opened.data) if b'"version"' in m],
    ]
    own_with_id = sealed(tmp_path / "b_tampered", b.identity, [c], tampered,
                         bundle_id=summary.bundle_id)
    refused(c, own_with_id, "payload failure")

    # B's own honest bundle with A's bundle id is accepted as B's, and does not pre-empt A's
    honest = sealed(tmp_path / "b_honest", b.identity, [c],
                    [origin(b.identity), to_message(version(b.identity))],
                    bundle_id=summary.bundle_id)
    assert import_bundle(c.session, honest).sender == "B"
    result = import_bundle(c.session, genuine)
    assert not result.already_imported and result.new_records == 4
    assert result.sender == "A"
    assert import_bundle(c.session, genuine).already_imported
    mine = {k: v for k, v in records_dump(c.session).items() if k in family.ids}
    assert mine == {k: v for k, v in records_dump(a.session).items() if k in family.ids}


def _messages(data: bytes) -> list[bytes]:
    """The payload messages of a decrypted data stream (after the manifest frame)."""
    at, found = manifest_end(data), list[bytes]()
    while True:
        length = int.from_bytes(data[at : at + 4], "big")
        if length == fmt.END_OF_MESSAGES:
            return found
        found.append(data[at + 4 : at + 4 + length])
        at += 4 + length


# -- versions from other origins -----------------------------------------------------------------


def test_a_valid_relayed_version_is_accepted(world: dict[str, Office], tmp_path: Path) -> None:
    """The control for the refusals below: the same construction, honest, imports."""
    a, b = world["A"], world["B"]
    mallory = Identity.generate()  # a third office B has never met
    good = version(mallory)
    path = sealed(tmp_path / "ok", a.identity, [b],
                  [origin(a.identity), to_message(version(a.identity)), origin(mallory),
                   to_message(good)])
    result = import_bundle(b.session, path)
    assert result.outcomes == {"applied": 2}
    assert b.work.get("defender", good.record_id).get("name") == "Amina"


def _bad_versions(a: Office, b: Office) -> dict[str, list[dict[str, Any] | bytes]]:
    mallory = Identity.generate()
    stranger = Identity.generate()
    incident = {"defenders": [str(uuid.uuid4())], "category": "digital", "occurred": "2024",
                "description": "x"}
    valid = to_message(version(a.identity))  # first in every bundle: nothing may be kept
    tampered = to_message(version(a.identity))
    tampered["values"] = {**tampered["values"], "name": "Changed"}
    held_id = str(uuid.uuid4())
    return {
        "signed by another key than its origin's": [
            valid, to_message(version(mallory, origin_id=a.vault_id))],
        "a value changed after signing": [valid, tampered],
        "a third origin whose key is unknown": [valid, to_message(version(stranger))],
        "an origin key that does not hash to its id": [
            valid, {**origin(mallory), "verify_key": stranger.public.verify_key.hex()},
            to_message(version(mallory))],
        "claims the receiving vault, signed by the sender": [
            valid, to_message(version(a.identity, origin_id=b.vault_id))],
        # a version signed with the receiving vault's own key that it does not hold is its
        # own lost history (it was restored from a copy): kept, and the vault moves to a new
        # epoch (tests/test_restored_vault.py)
        "severity 9": [valid, to_message(version(
            a.identity, kind="incident", fields={**incident, "severity": 9}))],
        "unknown category": [valid, to_message(version(
            a.identity, kind="incident", fields={**incident, "category": "alien"}))],
        "control characters in text": [valid, to_message(version(
            a.identity, fields={"name": "A\x1b[2J", "consent": "colleagues",
                                      "consent_date": "2024-01-15", "consent_how": "written"}))],
        "a value not in its normal form": [valid, to_message(version(
            a.identity, fields={"name": "Amina", "country": "ke"}))],
        "a field the kind does not have": [valid, to_message(version(
            a.identity, fields={"name": "Amina", "shoe_size": "42"}))],
        "a record that changes kind": [
            valid, to_message(version(a.identity, record_id=held_id)),
            to_message(version(a.identity, record_id=held_id, kind="case", counter=2,
                               fields={"defender": held_id, "programme": "training"}))],
        # two versions with the same origin and counter: quarantined, the rest applies
        # (tests/test_colleague_authority.py)
        "an unknown message type": [valid, {"t": "planted", "x": 1}],
        "a message that is not an object": [valid, encode([1, 2, 3])],
        "a version without its signature": [valid, {k: v for k, v in tampered.items()
                                                    if k != "signature"}],
        "non-canonical JSON": [valid, b'{"t": "version"}'],
        "a float": [valid, b'{"t":1.5}'],
        "nested a million deep": [valid, b"[" * 1_000_000 + b"]" * 1_000_000],
        "not UTF-8": [valid, b"\xff\xfe"],
        "an empty message": [valid, b""],
        "a malformed acknowledgement": [valid, {"t": "ack", "bundles": "nope"}],
        "too many acknowledgements": [valid, {"t": "ack", "bundles": ["00" * 16] * 257}],
    }


def test_a_bundle_with_any_bad_version_is_rejected_whole(
    world: dict[str, Office], tmp_path: Path
) -> None:
    a, b = world["A"], world["B"]
    before = snapshot(b)
    for name, messages in _bad_versions(a, b).items():
        path = sealed(tmp_path / "bad", a.identity, [b], [origin(a.identity), *messages])
        with pytest.raises(BundleRejected) as caught:
            import_bundle(b.session, path)
        assert caught.value.category == "payload failure", (name, caught.value.message)
        one_line_rejection(caught.value)
        assert snapshot(b) == before, name


def test_rejection_messages_name_no_values(world: dict[str, Office], tmp_path: Path) -> None:
    a, b = world["A"], world["B"]
    secret = "Secret place 42"
    bad = to_message(version(a.identity, kind="incident", fields={
        "defenders": [str(uuid.uuid4())], "category": "digital", "occurred": "2024",
        "description": secret, "location": secret, "severity": 77}))
    path = sealed(tmp_path / "bad", a.identity, [b], [origin(a.identity), bad])
    rejection = refused(b, path, "payload failure")
    assert secret not in rejection.message and "77" not in rejection.message
    assert "severity" in rejection.message  # the field is named, its value is not


def test_a_sender_outside_the_vaults_colleagues_cannot_smuggle_versions(tmp_path: Path) -> None:
    """Versions signed by a colleague's key, in a bundle from a stranger, are still refused at the
    bundle level: the stranger is an unknown sender."""
    a, b = new_office(tmp_path, "A"), new_office(tmp_path, "B")
    try:
        stranger = Identity.generate()
        path = sealed(tmp_path / "s", stranger, [b], [origin(a.identity),
                                                      to_message(version(a.identity))])
        rejection = refused(b, path, "unknown sender")
        assert stranger.public.fingerprint_text() in rejection.message
    finally:
        a.close()
        b.close()
