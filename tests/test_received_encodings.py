"""A received version's values are checked and encoded once (session 11): the received-value
check's per-kind tables of normal forms (services/validation.py), the canonical texts a received
version's commitments and stored payload are joined from (Version.texts), and an export's
messages joined from the stored JSON texts (store/records.load_messages_from). What is accepted,
refused, hashed, stored and sent stays exactly what it was."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path
from typing import Any

import pytest

from exchange_support import add_family, offices
from hrd_desk.crypto.canonical import CanonicalError, decode, encode
from hrd_desk.crypto.identity import Identity
from hrd_desk.history import versions as versions_module
from hrd_desk.history.versions import MalformedVersion, field_commitment, verify_version
from hrd_desk.history.wire import from_message, to_message
from hrd_desk.model.fields import field_infos
from hrd_desk.model.records import KINDS
from hrd_desk.model.vocab import VOCABULARIES
from hrd_desk.services import validation
from hrd_desk.services.validation import check_received_values
from hrd_desk.store import records
from hrd_desk.store.records import load_histories_from, load_messages_from, payload_text
from test_exchange_hostile import version

# values of every shape a hostile colleague could send, in and out of their normal forms
ODD_VALUES: list[Any] = [
    None, "", " ", "x", " x", "x ", "a\tb", "a\nb", "a\rb", "a\x00b", "a\x7fb", "\u00e9\u0634",
    "\u200fx", "x\u3000", "\U0001f600", 'q"uote\\', "a" * 300, 0, 1, -1, 7, 100, 2**53, True,
    False, 1.5, [], [None], [""], ["x"], ["x", "x"], ["x", "y"], [" x"], [1], [["x"]], {},
    {"x": 1}, "colleagues", "public", "nonsense", "physical", "legal", "2024", "2024-02",
    "2024-02-29", "2023-02-29", "2024-2-1", "2024-02-01T10:00", "2024/02/01", "2999-01-01",
    "AB", "ab", "A", "ABC", "AB\n", "FR", ["physical", "legal"], ["physical", "physical"],
    ["legal", "nope"], "written", "12", ("x",), *VOCABULARIES["threat_categories"].slugs()[:3],
    list(VOCABULARIES["threat_categories"].slugs()[:2]), "open",
]


def _slow_verdict(kind: str, values: dict[str, Any]) -> str:
    try:
        validation._check_received_slowly(kind, values)
    except (MalformedVersion, CanonicalError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return "accepted"


def _verdict(kind: str, values: dict[str, Any]) -> str:
    try:
        check_received_values(kind, values)
    except (MalformedVersion, CanonicalError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return "accepted"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_tables_of_normal_forms_decide_as_clean_values_does(kind: str) -> None:
    """Every field of every kind, with every odd value alone and beside a normal one: the same
    verdict, and the same message, as the check through clean_values and the encodings."""
    names = list(field_infos(KINDS[kind].cls))
    accepted = 0
    for name, value in itertools.product(names, ODD_VALUES):
        values = {name: value}
        assert _verdict(kind, values) == _slow_verdict(kind, values), (name, value)
        accepted += _verdict(kind, values) == "accepted"
    assert accepted > len(names)  # normal values were among them


CATEGORIES = VOCABULARIES["threat_categories"].slugs()


def test_normal_received_values_are_not_cleaned_again(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_cleaning(*_args: Any, **_kwargs: Any) -> dict[str, Any]:
        raise AssertionError("cleaned")

    monkeypatch.setattr(validation, "clean_values", no_cleaning)
    check_received_values("incident", {
        "location": "A square", "description": "Two lines\nof \u00e9 text\twith a tab",
        "category": CATEGORIES[0], "also": list(CATEGORIES[1:3]), "occurred": "2024-02-29",
        "country": "FR", "defenders": ["2b1f3a6e-0000-4000-8000-000000000001"],
        "severity": 3, "case": None})
    check_received_values("defender", {"name": "Amina", "consent": "colleagues",
                                       "consent_date": "2024-01-15", "consent_how": "written"})
    with pytest.raises(AssertionError, match="cleaned"):  # anything else still goes there
        check_received_values("incident", {"location": " A square"})


VALUES: dict[str, Any] = {
    "name": 'Amina "A." \\ \u00e9\u0634\u200f \U0001f600', "consent": "colleagues",
    "consent_date": "2024-01-15", "consent_how": "written", "languages": ["ar", "fr"],
    "notes": "lines\nand\ttabs",
}


def test_a_received_version_hashes_and_stores_the_texts_it_was_decoded_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    signer = Identity.generate()
    made = version(signer, fields={k: v for k, v in VALUES.items() if k in field_infos(
        KINDS["defender"].cls)})
    partial = made.without(["consent_how"])  # a withheld field travels as its commitment
    for sent in (made, partial):
        data = encode(to_message(sent))
        plain, known = from_message(decode(data)), from_message(decode(data), decoded=True)
        assert plain.known_texts() is None
        assert known.known_texts() == {n: encode(v).decode() for n, v in sent.fields.items()}
        assert known.commitments() == plain.commitments() == sent.commitments()
        assert payload_text(known) == payload_text(plain)
        assert decode(payload_text(known).encode()) == decode(payload_text(plain).encode())
        # the commitments of a decoded message come from its texts, not from encoding again
        with monkeypatch.context() as patched:
            patched.setattr(versions_module, "field_commitment", None)
            verify_version(known, signer.public)
            with pytest.raises(TypeError):
                verify_version(plain, signer.public)


def test_texts_are_used_only_with_the_values_they_were_made_of() -> None:
    signer = Identity.generate()
    sent = version(signer)
    known = from_message(decode(encode(to_message(sent))), decoded=True)
    changed = dataclasses.replace(known, fields={**known.fields, "name": "Bashir"})
    assert changed.texts is known.texts and changed.known_texts() is None
    assert changed.commitments()["name"] == field_commitment(
        "name", known.salts["name"], "Bashir")
    assert '"Bashir"' in payload_text(changed)
    fewer = known.without(["name"])
    assert fewer.known_texts() is None
    assert payload_text(fewer) == encode({"salts": dict(fewer.salts), "values": dict(
        fewer.fields), "withheld": dict(fewer.withheld)}).decode()


def test_stored_versions_stream_joined_from_their_texts_without_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    with offices(tmp_path, "A") as made:
        a = made["A"]
        family = add_family(a)
        a.work.edit("incident", family.incident, {
            "description": 'quotes " and \\ backslashes\nand lines, \u00e9\u0634\u200f',
            "also": ["physical", "legal"]})
        a.work.delete("related", family.related)
        conn = a.session.conn
        # a withheld value (as a purge leaves every version), and a deletion without fields
        a.session.store.purge(family.related)
        ids = sorted(family.ids)
        parsed = load_histories_from(conn, ids)
        expected = {r: [(sender, v.origin, encode(to_message(v))) for sender, v in history]
                    for r, history in parsed.items()}
        assert any(b'"withheld":{"' in data for h in expected.values() for *_x, data in h)
        with monkeypatch.context() as patched:
            patched.setattr(records, "_stored", None)  # nothing parsed
            patched.setattr(records, "payload_fields", None)
            assert load_messages_from(conn, ids) == expected
        # a layout the joins do not know is parsed and encoded again, canonical as before
        conn.execute("UPDATE versions SET fields = ? || fields WHERE record_id = ?",
                     (" ", family.incident))
        assert load_messages_from(conn, ids) == expected
