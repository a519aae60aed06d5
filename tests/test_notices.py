"""Signed notices (history/notices.py): the revocation notice against its committed vector, and
every way a relayed or forged notice could be wrong refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hrd_desk.crypto.canonical import decode, encode
from hrd_desk.history.notices import from_message, make_revocation, make_successor
from hrd_desk.history.versions import MalformedVersion
from vectors.forge import ALICE, BOB, MALLORY

VECTOR = json.loads((Path(__file__).parent / "vectors" / "notice_revoked.json").read_text())


def test_the_revocation_notice_matches_its_vector_byte_for_byte() -> None:
    made = make_revocation(ALICE, MALLORY.public, VECTOR["at"])
    assert encode(made.to_message()).decode("utf-8") == VECTOR["message"]
    assert made.notice_id.hex() == VECTOR["notice_id"]
    read = from_message(decode(VECTOR["message"].encode("utf-8")))
    assert read == made and read.subject == MALLORY.public.vault_id()
    assert read.signer == ALICE.public.vault_id()


def _altered(**changes: Any) -> dict[str, Any]:
    message = dict(decode(VECTOR["message"].encode("utf-8")))
    message.update(changes)
    return {k: v for k, v in message.items() if v is not None}


@pytest.mark.parametrize("changes, why", [
    ({"at": VECTOR["at"] + 1}, "signature"),
    ({"subject": BOB.public.vault_id()}, "subject"),
    ({"subject": BOB.public.vault_id(), "subject_key": BOB.public.verify_key.hex()},
     "signature"),
    ({"signer_key": BOB.public.verify_key.hex()}, "signer"),
    ({"signer": BOB.public.vault_id(), "signer_key": BOB.public.verify_key.hex()},
     "signature"),
    ({"notice": "successor"}, "layout"),
    ({"extra": 1}, "layout"),
    ({"signature": None}, "layout"),
    ({"at": -1}, "time"),
    ({"at": True}, "time"),
    ({"signature": "00" * 63}, "signature"),
    ({"subject_key": "zz"}, "key"),
])
def test_an_altered_or_forged_notice_is_refused(changes: dict[str, Any], why: str) -> None:
    with pytest.raises(MalformedVersion, match=why):
        from_message(_altered(**changes))


def test_a_successor_notice_needs_both_signatures() -> None:
    made = make_successor(ALICE, BOB, 1_700_000_000_000)
    message = made.to_message()
    read = from_message(message)
    assert read == made and read.successor == BOB.public and read.signer_key == (
        ALICE.public.verify_key)
    # the new key's signature replaced by another key's: only the old key signed
    mallory_signed = make_successor(ALICE, MALLORY, 1_700_000_000_000)
    for changes, why in [
        ({"subject_signature": mallory_signed.subject_signature.hex()}, "new key"),
        ({"box_key": MALLORY.public.box_key.hex()}, "signature"),
        ({"signature": made.subject_signature.hex()}, "signature"),
        ({"subject_signature": None}, "layout"),
        ({"until": 1}, "time"),  # before the card was made
        ({"until": made.until_ms + 1}, "signature"),
    ]:
        altered = {k: v for k, v in {**message, **changes}.items() if v is not None}
        with pytest.raises(MalformedVersion, match=why):
            from_message(altered)
    with pytest.raises(MalformedVersion, match="same key twice"):
        from_message(make_successor(ALICE, ALICE, 1).to_message())
