"""Canonical encoding: the bytes that signatures, version ids and the audit chain are computed on.

Two vaults must produce the same bytes for the same value, and a parser must refuse anything an
encoder would not have produced (or a signature could cover two readings of one message).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrd_desk.crypto.canonical import (
    MAX_DEPTH,
    MAX_SAFE_INT,
    CanonicalError,
    decode,
    digest,
    encode,
)

_SAFE_INTS = st.integers(min_value=-MAX_SAFE_INT, max_value=MAX_SAFE_INT)
_VALUES = st.recursive(
    st.none() | st.booleans() | _SAFE_INTS | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_VALUES)
def test_round_trip_is_exact_and_stable(value: Any) -> None:
    data = encode(value)
    assert decode(data) == value
    assert encode(decode(data)) == data


def test_keys_are_sorted_and_there_is_no_whitespace() -> None:
    assert encode({"b": 1, "a": [True, None, "x"]}) == b'{"a":[true,null,"x"],"b":1}'
    assert encode({"b": 1, "a": 2}) == encode({"a": 2, "b": 1})


def test_text_is_utf8_not_escaped() -> None:
    assert encode("Nguyễn Ωмега") == '"Nguyễn Ωмега"'.encode()
    assert decode('"Nguyễn"'.encode()) == "Nguyễn"


@pytest.mark.parametrize("value", [1.5, 0.0, float("nan"), float("inf"), {"a": [2.0]}])
def test_floats_are_refused_when_encoding(value: Any) -> None:
    with pytest.raises(CanonicalError):
        encode(value)


@pytest.mark.parametrize("data", [b"1.5", b"[1e3]", b'{"a":0.0}', b"NaN", b"[Infinity]"])
def test_floats_are_refused_when_decoding(data: bytes) -> None:
    with pytest.raises(CanonicalError):
        decode(data)


@pytest.mark.parametrize("value", [MAX_SAFE_INT + 1, -MAX_SAFE_INT - 1, 2**64, [2**53]])
def test_big_integers_are_refused(value: Any) -> None:
    with pytest.raises(CanonicalError, match="out of range"):
        encode(value)


def test_big_integers_are_refused_when_decoding() -> None:
    assert decode(str(MAX_SAFE_INT).encode()) == MAX_SAFE_INT
    with pytest.raises(CanonicalError):
        decode(str(MAX_SAFE_INT + 1).encode())


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(CanonicalError, match="duplicate"):
        decode(b'{"a":1,"a":1}')
    with pytest.raises(CanonicalError, match="duplicate"):
        decode(b'{"x":{"a":1,"a":2}}')


@pytest.mark.parametrize(
    "data",
    [
        b'{"b":1,"a":2}',  # keys out of order
        b'{"a": 1}',  # space
        b'{"a":1}\n',  # trailing newline
        b'"\\u00e9"',  # an escape where the encoder writes the character
        b"[01]",  # not JSON
        b"[1,]",
        b"",
        b"\xff\xfe",  # not UTF-8
        b'"\xed\xa0\x80"',  # a lone surrogate in UTF-8
    ],
)
def test_non_canonical_or_malformed_bytes_are_refused(data: bytes) -> None:
    with pytest.raises(CanonicalError):
        decode(data)


def _nested(depth: int) -> Any:
    value: Any = 0
    for _ in range(depth):
        value = [value]
    return value


def test_nesting_is_bounded() -> None:
    assert decode(encode(_nested(MAX_DEPTH))) == _nested(MAX_DEPTH)
    with pytest.raises(CanonicalError, match="deep"):
        encode(_nested(MAX_DEPTH + 1))
    with pytest.raises(CanonicalError):
        decode(b"[" * (MAX_DEPTH + 1) + b"0" + b"]" * (MAX_DEPTH + 1))
    with pytest.raises(CanonicalError):  # deeper than Python's recursion limit
        decode(b"[" * 100_000 + b"]" * 100_000)


@pytest.mark.parametrize("value", [b"bytes", {1: "int key"}, {("t",): 1}, object(), (1, 2)])
def test_other_types_are_refused(value: Any) -> None:
    with pytest.raises(CanonicalError):
        encode(value)


def test_digest_is_personalised() -> None:
    data = encode({"a": 1})
    assert len(digest(data)) == 32
    assert digest(data, b"one") != digest(data, b"two")
    assert digest(data, b"one") == digest(data, b"one")


@given(st.binary(max_size=300), st.sampled_from([b"", b"one", b"hrd-fields", b"p" * 16]))
def test_digest_is_libsodiums_blake2b(data: bytes, person: bytes) -> None:
    """Version ids, commitments and the audit chain were made with libsodium's BLAKE2b: the
    faster hashlib digest must give the very same bytes, or every signed history breaks."""
    import nacl.encoding
    import nacl.hash

    expected = nacl.hash.blake2b(data, digest_size=32, person=person,
                                 encoder=nacl.encoding.RawEncoder)
    assert digest(data, person) == expected


def test_text_is_counted_in_the_nesting_depth() -> None:
    """The fast path for text items keeps the depth rule: text one level too deep is refused."""
    too_deep: Any = "x"
    for _ in range(MAX_DEPTH + 1):
        too_deep = [too_deep]
    with pytest.raises(CanonicalError, match="deep"):
        encode(too_deep)
    keyed: Any = {"k": "x"}
    for _ in range(MAX_DEPTH):
        keyed = [keyed]
    with pytest.raises(CanonicalError, match="deep"):
        encode(keyed)


@given(_VALUES)
def test_encoding_is_the_json_modules_canonical_text(value: Any) -> None:
    """encode builds its C encoder once (canonical._one_shot_encoder): the bytes are those of
    json.dumps with the canonical settings, so signatures made before it still verify."""
    reference = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                           allow_nan=False)
    assert encode(value) == reference.encode("utf-8")
