"""Regenerate the bundle test vectors (tests/vectors/*.vec): every case, with its expectation.

    .venv/bin/python tests/vectors/make_vectors.py [OUT_DIR [CASE ...]]

(with CASE names, only those are written, and no other file is removed.)

The vectors are committed; this script is for maintenance. Keys, ids, times and messages are
fixed, but file keys, ephemeral keys and stream nonces are fresh, so a regeneration changes the
bytes and never the expectations (tests/test_bundle_format.py runs them all).
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if not __package__:  # run as a script: make the `vectors` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hrd_desk.crypto import bundle_format as fmt
from hrd_desk.crypto.canonical import decode, encode
from hrd_desk.crypto.identity import Identity, PublicIdentity
from vectors.forge import (
    ALICE,
    BOB,
    BUNDLE_ID,
    CAROL,
    DAVE,
    MALLORY,
    MESSAGES,
    SPANNING,
    Draft,
    Plan,
    build,
    chunk_offsets,
    content_hash,
    data_stream,
    flip,
    manifest_end,
    person,
    reseal_new_header,
    reseal_same_header,
    stanza_index,
    unseal,
)
from vectors.vector_file import (
    SUFFIX,
    VECTOR_DIR,
    VectorFile,
    messages_digest,
    tail_digest,
    write_vector,
)


@dataclass
class Case:
    name: str
    expect: str
    comment: str
    data: bytes
    reader: Identity = BOB
    known: Sequence[Identity] = (ALICE, CAROL)
    revoked: Sequence[Identity] = ()
    imported: Sequence[tuple[Identity, bytes]] = ()
    max_size: int | None = None
    messages: Sequence[bytes] | None = None
    tail: bytes | None = None  # success of version 4: the tail read back

    def vector(self) -> VectorFile:
        return VectorFile(
            expect=self.expect,
            identity=self.reader,
            data=self.data,
            comments=[self.comment],
            known=[i.public for i in self.known],
            revoked=[i.public for i in self.revoked],
            imported=[(i.public.verify_key, b) for i, b in self.imported],
            max_size=self.max_size,
            messages=None if self.messages is None else len(self.messages),
            messages_digest=None if self.messages is None else messages_digest(self.messages),
            tail_bytes=None if self.tail is None else len(self.tail),
            tail_digest=None if self.tail is None else tail_digest(self.tail),
        )


def junk(label: str, size: int) -> bytes:
    return hashlib.shake_256(label.encode()).digest(size)


def offices(n: int) -> list[PublicIdentity]:
    return [person(f"office {i}").public for i in range(n)]


def with_count(bundle: bytes, count: int) -> bytes:
    return bundle[:1] + count.to_bytes(2, "big") + bundle[3:]


def swap(data: bytes, a: int, b: int, size: int) -> bytes:
    """Swap two equal-size, non-overlapping regions starting at a < b."""
    return (
        data[:a] + data[b : b + size] + data[a + size : b] + data[a : a + size] + data[b + size :]
    )


def edit_manifest_json(edit: Callable[[dict[str, Any]], None]) -> Callable[[bytes], bytes]:
    def apply(manifest: bytes) -> bytes:
        value = decode(manifest)
        edit(value)
        return encode(value)

    return apply


def nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth - 1):
        value = [value]
    return value


def replace_end_frame(length: int) -> Callable[[bytes], bytes]:
    """Where the messages end (no messages), put a frame header declaring `length` bytes."""

    def apply(data: bytes) -> bytes:
        at = manifest_end(data)
        return data[:at] + fmt.frame_header(length) + data[at + 4 :]

    return apply


def success_cases() -> list[Case]:
    one = build(Draft())
    many = offices(63)
    return [
        Case(
            "success_one_recipient",
            "success",
            "one recipient, three records",
            one,
            messages=MESSAGES,
        ),
        Case(
            "success_three_recipients",
            "success",
            "bucket of 4 stanzas, one decoy",
            build(Draft(recipients=(CAROL.public, BOB.public, DAVE.public))),
            messages=MESSAGES,
        ),
        Case(
            "success_seventeen_recipients",
            "success",
            "17 recipients: bucket of 64 stanzas",
            build(Draft(recipients=(*offices(16), BOB.public))),
            messages=MESSAGES,
        ),
        Case(
            "success_no_messages",
            "success",
            "a bundle may carry no payload message",
            build(Draft(messages=())),
            messages=[],
        ),
        Case(
            "success_spanning_chunks",
            "success",
            "messages split across chunk boundaries, an empty message, two data chunks",
            build(Draft(recipients=(BOB.public, CAROL.public), messages=SPANNING)),
            messages=SPANNING,
        ),
        Case(
            "success_at_caps",
            "success",
            "64 recipients, 64 counts each at the 1,000,000 cap: every cap reached, none passed",
            build(
                Draft(
                    recipients=(*many, BOB.public),
                    manifest_over={
                        "counts": {f"kind_{i:02d}": fmt.MAX_COUNT_VALUE for i in range(64)}
                    },
                )
            ),
            messages=MESSAGES,
        ),
        Case(
            "success_reused_id_other_sender",
            "success",
            "Carol already used this bundle id (pre-emption attempt); the replay key is "
            "(sender, bundle id), so Alice's bundle still imports",
            one,
            imported=[(CAROL, BUNDLE_ID)],
            messages=MESSAGES,
        ),
        Case(
            "success_max_size_exact",
            "success",
            "the reader's max_size equals the file size",
            one,
            max_size=len(one),
            messages=MESSAGES,
        ),
    ]


def truncation_cases() -> list[Case]:
    span = build(Draft(recipients=(BOB.public, CAROL.public), messages=SPANNING))
    header = fmt.header_bytes(4)
    first, second, final = chunk_offsets(span)
    cuts = [
        ("truncated_empty_file", 0, "an empty file (just created, nothing written yet)"),
        ("truncated_in_preamble", 2, "version byte and half the stanza count"),
        ("truncated_in_stanzas", 3 + 80 + 10, "inside the second stanza"),
        ("truncated_in_header_mac", header - 5, "inside the header MAC"),
        ("truncated_after_header", header, "at the end of the header, before any chunk"),
        ("truncated_in_chunk_1", first + 1000, "inside the first data chunk"),
        ("truncated_after_chunk_1", second, "at the boundary after the first data chunk"),
        ("truncated_in_chunk_2", second + 30_000, "inside the second data chunk"),
        ("truncated_before_final", final, "at the boundary before the final chunk"),
        ("truncated_in_final", final + 40, "inside the final chunk"),
        ("truncated_last_byte", len(span) - 1, "the last byte missing"),
    ]
    return [
        Case(name, "incomplete", f"cut: {what}", span[:size], known=(ALICE,))
        for name, size, what in cuts
    ]


def header_cases() -> list[Case]:
    one = build(Draft())
    three = build(Draft(recipients=(CAROL.public, BOB.public, DAVE.public)))
    header = fmt.header_bytes(4)
    mine = stanza_index(three, BOB)
    other = (mine + 1) % 4
    plausible = b"\x01\x00\x01" + junk("plausible", 2_000)
    raw_junk = junk("junk", 1_000)
    if raw_junk[0] in fmt.READABLE_VERSIONS:
        raw_junk = b"\xa7" + raw_junk[1:]
    return [
        Case("version_zero", "header failure", "version byte 0", b"\x00" + one[1:]),
        Case(
            "version_unknown_5",
            "newer format",
            "version byte 5 with a stanza count a bundle uses: a later format (update hrd-desk)",
            b"\x05" + one[1:],
        ),
        Case(
            "version_5_count_3",
            "header failure",
            "version byte 5 but a stanza count no format uses: not a bundle",
            b"\x05" + with_count(one, 3)[1:],
        ),
        Case(
            "version_16",
            "header failure",
            "version byte 16: beyond the versions a later format may take",
            b"\x10" + one[1:],
        ),
        Case(
            "flip_version_bit",
            "newer format",
            "one bit flipped in the version byte (1 to 5: the preamble reads as a later format's; "
            "no version this app reads can be reached by moving the byte, the header MAC binds it)",
            flip(one, 0, 2),
        ),
        Case(
            "flip_count_bit",
            "header failure",
            "one bit flipped in the count: 4 -> 5",
            flip(three, 2, 0),
        ),
        Case(
            "flip_count_high_bit",
            "over cap",
            "one bit flipped in the count: 1 -> 32769",
            flip(one, 1, 7),
        ),
        Case("stanza_count_zero", "header failure", "0 stanzas", with_count(one, 0)),
        Case(
            "stanza_count_not_bucket",
            "header failure",
            "2 stanzas: not a bucket",
            with_count(one, 2),
        ),
        Case(
            "stanza_count_65",
            "over cap",
            "65 stanzas: the cap of 64 exceeded by one",
            with_count(one, 65),
        ),
        Case(
            "stanza_count_65000",
            "over cap",
            "65,000 stanzas: refused from the count alone, before any stanza is read",
            with_count(one[:500], 65_000),
        ),
        Case("random_junk", "header failure", "1,000 random bytes", raw_junk),
        Case(
            "random_junk_plausible_preamble",
            "no match",
            "version 1 and one stanza, then random bytes",
            plausible,
        ),
        Case(
            "wrong_recipient",
            "no match",
            "addressed to Carol only",
            build(Draft(recipients=(CAROL.public,))),
        ),
        Case(
            "flip_stanza_mine",
            "no match",
            "one bit flipped in the reader's stanza",
            flip(three, 3 + 80 * mine + 10),
        ),
        Case(
            "flip_stanza_other",
            "mac failure",
            "one bit flipped in another stanza",
            flip(three, 3 + 80 * other + 40),
        ),
        Case(
            "reordered_stanzas",
            "mac failure",
            "stanzas swapped: the MAC covers the header byte for byte",
            swap(three, 3 + 80 * min(mine, other), 3 + 80 * max(mine, other), 80),
        ),
        Case(
            "flip_stream_header",
            "mac failure",
            "one bit flipped in the stream header",
            flip(three, header - fmt.MAC_BYTES - 10),
        ),
        Case(
            "flip_mac",
            "mac failure",
            "one bit flipped in the header MAC",
            flip(three, header - 1, 7),
        ),
    ]


def manifest_cases() -> list[Case]:
    def drop_counts(value: dict[str, Any]) -> None:
        del value["counts"]

    five = (BOB.public, CAROL.public, DAVE.public, MALLORY.public)
    return [
        Case(
            "manifest_not_json",
            "header failure",
            "the manifest is not JSON",
            build(Draft(manifest_bytes=lambda m: b"not json at all")),
        ),
        Case(
            "manifest_duplicate_key",
            "header failure",
            "a key appears twice",
            build(Draft(manifest_bytes=lambda m: m[:-1] + b',"format":1}')),
        ),
        Case(
            "manifest_float",
            "header failure",
            "a floating-point number",
            build(
                Draft(
                    manifest_bytes=lambda m: m.replace(
                        b'"created_at":1767225600', b'"created_at":1767225600.0'
                    )
                )
            ),
        ),
        Case(
            "manifest_not_canonical",
            "header failure",
            "valid JSON, not canonical (a space)",
            build(Draft(manifest_bytes=lambda m: b" " + m)),
        ),
        Case(
            "manifest_unknown_field",
            "header failure",
            "an extra field",
            build(Draft(manifest_over={"extra": 1})),
        ),
        Case(
            "manifest_missing_field",
            "header failure",
            "no counts",
            build(Draft(manifest_bytes=edit_manifest_json(drop_counts))),
        ),
        Case(
            "manifest_format_2",
            "header failure",
            "manifest format 2",
            build(Draft(manifest_over={"format": 2})),
        ),
        Case(
            "manifest_bad_bundle_id",
            "header failure",
            "bundle id not 32 hex digits",
            build(Draft(manifest_over={"bundle_id": "00ff"})),
        ),
        Case(
            "manifest_empty",
            "header failure",
            "a zero-length manifest",
            build(Draft(manifest_bytes=lambda m: b"")),
        ),
        Case(
            "stanza_count_does_not_fit_recipients",
            "header failure",
            "the sender lists 5 recipients but wrote a bucket of 4 stanzas",
            build(Draft(recipients=(*five, ALICE.public), stanza_for=five)),
        ),
        Case(
            "manifest_nesting_16",
            "header failure",
            "16 levels of brackets pass the depth cap, then the unknown field is refused",
            build(Draft(manifest_over={"extra": nested(15)})),
        ),
        Case(
            "manifest_nesting_17",
            "over cap",
            "17 levels of brackets: depth cap exceeded by one",
            build(Draft(manifest_over={"extra": nested(16)})),
        ),
        Case(
            "manifest_65537_bytes",
            "over cap",
            "the manifest length says 65,537 bytes: the 64 KiB cap exceeded by one",
            build(Draft(manifest_bytes=lambda m: m + b" " * (fmt.MAX_MANIFEST_BYTES + 1 - len(m)))),
        ),
        Case(
            "manifest_65_recipients",
            "over cap",
            "65 listed recipients",
            build(Draft(recipients=(*offices(64), BOB.public), stanza_for=(BOB.public,))),
        ),
        Case(
            "manifest_65_counts",
            "over cap",
            "65 declared counts",
            build(Draft(manifest_over={"counts": {f"kind_{i:02d}": 1 for i in range(65)}})),
        ),
        Case(
            "manifest_count_1000001",
            "over cap",
            "a declared count of 1,000,001",
            build(Draft(manifest_over={"counts": {"versions": fmt.MAX_COUNT_VALUE + 1}})),
        ),
    ]


def payload_cases() -> list[Case]:
    span = build(Draft(recipients=(BOB.public, CAROL.public), messages=SPANNING))
    first, second, _final = chunk_offsets(span)
    size = fmt.CHUNK_CIPHER_BYTES
    other = build(Draft(recipients=(BOB.public, CAROL.public), messages=SPANNING))

    def tag(index: int, value: int) -> Callable[[Plan], Plan]:
        def apply(plan: Plan) -> Plan:
            plan = list(plan)
            plan[index] = (plan[index][0], value)
            return plan

        return apply

    def one_nonzero(data: bytes) -> bytes:
        return data[:-1] + b"\x01"

    def long_frame(data: bytes) -> bytes:  # first message claims more than the stream holds
        at = manifest_end(data)
        return data[:at] + fmt.frame_header(200_000) + data[at + 4 :]

    one = build(Draft())
    (one_first, one_final) = chunk_offsets(one)
    return [
        Case(
            "flip_manifest_chunk",
            "payload failure",
            "one bit flipped in the manifest's chunk",
            flip(one, one_first + 50),
        ),
        Case(
            "flip_chunk_2",
            "payload failure",
            "one bit flipped in the second data chunk",
            flip(span, second + 50),
        ),
        Case(
            "flip_chunk_tag",
            "payload failure",
            "one bit flipped in a chunk's Poly1305 tag",
            flip(one, one_final - 1),
        ),
        Case(
            "flip_final",
            "payload failure",
            "one bit flipped in the final chunk",
            flip(one, one_final + 10),
        ),
        Case("trailing_byte", "payload failure", "one byte after the final chunk", one + b"\x00"),
        Case(
            "two_final_chunks_copied",
            "payload failure",
            "the final chunk appended twice",
            one + one[one_final:],
        ),
        Case(
            "two_final_chunks_forged",
            "payload failure",
            "the sender's writer adds a second TAG_FINAL chunk",
            build(Draft(plan_edit=lambda p: [*p, p[-1]])),
        ),
        Case(
            "empty_final_chunk",
            "payload failure",
            "TAG_FINAL with no plaintext",
            build(Draft(plan_edit=lambda p: [*p[:-1], (b"", fmt.TAG_FINAL)])),
        ),
        Case(
            "final_tag_on_data_chunk",
            "payload failure",
            "the last data chunk carries TAG_FINAL (the stream ends before its final chunk)",
            build(Draft(messages=SPANNING, plan_edit=lambda p: tag(1, fmt.TAG_FINAL)(p)[:-1])),
        ),
        Case(
            "message_tag_on_final",
            "payload failure",
            "the final chunk carries TAG_MESSAGE",
            build(Draft(plan_edit=tag(-1, fmt.TAG_MESSAGE))),
        ),
        Case(
            "push_tag_on_data_chunk",
            "payload failure",
            "a data chunk carries TAG_PUSH",
            build(Draft(plan_edit=tag(0, 1))),
        ),
        Case(
            "reordered_chunks",
            "payload failure",
            "the two data chunks swapped",
            swap(span, first, second, size),
        ),
        Case(
            "dropped_chunk",
            "payload failure",
            "the first data chunk removed",
            span[:first] + span[second:],
        ),
        Case(
            "duplicated_chunk",
            "payload failure",
            "the data chunk repeated",
            one[:one_final] + one[one_first:one_final] + one[one_final:],
        ),
        Case(
            "chunk_from_other_bundle",
            "payload failure",
            "a chunk spliced in from another bundle",
            span[:second] + other[second : second + size] + span[second + size :],
        ),
        Case(
            "short_data_chunk",
            "payload failure",
            "a key holder encrypts a short data chunk",
            build(
                Draft(
                    messages=SPANNING,
                    plan_edit=lambda p: [(p[0][0][:1000], fmt.TAG_MESSAGE), *p[1:]],
                )
            ),
        ),
        Case(
            "nonzero_padding",
            "payload failure",
            "the last padding byte is 1 (signed as such by the sender)",
            build(Draft(data_edit=one_nonzero)),
        ),
        Case(
            "padding_one_chunk_too_long",
            "payload failure",
            "an extra chunk of zero padding past the Padme length",
            build(Draft(data_edit=lambda d: d + fmt.ZERO_CHUNK)),
        ),
        Case(
            "message_runs_past_stream",
            "payload failure",
            "a frame declares more bytes than the data stream holds before its final chunk",
            build(Draft(data_edit=long_frame)),
        ),
        Case(
            "message_16777217_bytes",
            "over cap",
            "a frame declares 16 MiB + 1 bytes: refused before anything is allocated",
            build(Draft(messages=(), data_edit=replace_end_frame(fmt.MAX_MESSAGE_BYTES + 1))),
        ),
        Case(
            "message_length_fffffffe",
            "over cap",
            "a frame declares 4 GiB - 2 bytes",
            build(Draft(messages=(), data_edit=replace_end_frame(0xFFFFFFFE))),
        ),
        Case(
            "max_size_exceeded",
            "over cap",
            "the reader's max_size is the file size - 1",
            one,
            max_size=len(one) - 1,
        ),
    ]


def identity_cases() -> list[Case]:
    one = build(Draft())
    shared = build(Draft(recipients=(BOB.public, CAROL.public)))
    opened = unseal(shared, CAROL)  # Carol is a co-recipient: she knows the file key
    data = opened.data
    at = manifest_end(data)
    manifest = data[4 : at - fmt.SIGNATURE_BYTES]
    signature = data[at - fmt.SIGNATURE_BYTES : at]
    altered = data[: at + 10] + b"X" + data[at + 11 :]  # inside the first record
    dropped = data_stream(manifest, signature, MESSAGES[:-1])
    appended = data_stream(manifest, signature, [*MESSAGES, b'{"t":"planted"}'])
    more = manifest.replace(b'"defenders":1', b'"defenders":9')
    inflated = data[:4] + more + data[4 + len(manifest) :]
    carol_final = CAROL.sign(
        fmt.DOMAIN_FINAL, fmt.final_statement(fmt.manifest_hash(manifest), content_hash(altered))
    )
    return [
        Case("unknown_sender", "unknown sender", "Alice is not Bob's colleague", one, known=()),
        Case(
            "revoked_sender", "revoked sender", "Bob revoked Alice", one, known=(), revoked=(ALICE,)
        ),
        Case(
            "replay",
            "replay",
            "(Alice, this bundle id) was already imported",
            one,
            imported=[(ALICE, BUNDLE_ID)],
        ),
        Case(
            "forged_manifest_signature",
            "signature failure",
            "Carol writes a bundle naming Alice as sender and signs it herself",
            build(Draft(sender=CAROL, claimed_sender=ALICE.public)),
        ),
        Case(
            "final_signed_by_other",
            "signature failure",
            "the final statement is signed by Carol, not the manifest's sender",
            build(Draft(final_signer=CAROL)),
        ),
        Case(
            "corecipient_alters_message",
            "signature failure",
            "co-recipient Carol changes one byte of a record and re-encrypts under the original "
            "header; Alice's final signature no longer covers the content",
            reseal_same_header(opened, altered, opened.final),
        ),
        Case(
            "corecipient_signs_altered",
            "signature failure",
            "as above, and Carol signs the final statement with her own key",
            reseal_same_header(opened, altered, carol_final),
        ),
        Case(
            "corecipient_drops_message",
            "signature failure",
            "Carol removes the last record and re-pads: truncation by a key holder",
            reseal_same_header(opened, dropped, opened.final),
        ),
        Case(
            "corecipient_appends_message",
            "signature failure",
            "Carol plants an extra record",
            reseal_same_header(opened, appended, opened.final),
        ),
        Case(
            "corecipient_alters_manifest",
            "signature failure",
            "Carol changes a declared count inside the manifest",
            reseal_same_header(opened, inflated, opened.final),
        ),
        Case(
            "corecipient_rewraps_for_listed",
            "signature failure",
            "Carol re-encrypts Alice's signed content under a new header for Bob (listed): the "
            "header is not the one Alice signed",
            reseal_new_header(opened, [BOB.public]),
        ),
        Case(
            "forwarded_to_non_recipient",
            "not addressed",
            "Carol re-encrypts Alice's signed content for Dave, who is not in Alice's list",
            reseal_new_header(opened, [DAVE.public]),
            reader=DAVE,
        ),
    ]


def version2_cases() -> list[Case]:
    """Version 2 (SHA-256 content hash, its own final domain): what hrd-desk writes now. The
    cases above are version 1, which readers still accept; these repeat the ones the content
    hash decides, and try every way of mixing the two versions."""
    v2 = Draft(version=2)
    one = build(v2)
    span = build(Draft(version=2, recipients=(BOB.public, CAROL.public), messages=SPANNING))
    opened = unseal(span, CAROL)
    data = opened.data
    at = manifest_end(data) + fmt.FRAME_HEADER_BYTES
    altered = data[: at + 10] + b"X" + data[at + 11 :]  # inside the first message
    manifest = data[4 : 4 + int.from_bytes(data[:4], "big")]
    carol_final = CAROL.sign(
        fmt.DOMAIN_FINAL_V2,
        fmt.final_statement(fmt.manifest_hash(manifest), content_hash(altered, 2)),
    )
    _first, second, final = chunk_offsets(span)
    return [
        Case("v2_success_one_recipient", "success", "version 2, one recipient, three records",
             one, messages=MESSAGES),
        Case("v2_success_spanning_chunks", "success",
             "version 2, messages across chunk boundaries, an empty message, two data chunks",
             span, known=(ALICE,), messages=SPANNING),
        Case("v2_success_no_messages", "success", "version 2 with no payload message",
             build(Draft(version=2, messages=())), messages=[]),
        Case("v2_success_seventeen_recipients", "success", "version 2, bucket of 64 stanzas",
             build(Draft(version=2, recipients=(*offices(16), BOB.public))), messages=MESSAGES),
        Case("v2_truncated_before_final", "incomplete", "version 2 cut before its final chunk",
             span[:final], known=(ALICE,)),
        Case("v2_flip_chunk_2", "payload failure", "version 2, one bit of the second data chunk",
             flip(span, second + 100), known=(ALICE,)),
        Case("v2_final_signed_by_other", "signature failure",
             "version 2, the final statement signed by Carol",
             build(Draft(version=2, final_signer=CAROL))),
        Case("v2_corecipient_alters_message", "signature failure",
             "version 2: co-recipient Carol changes one byte of a message and re-encrypts under "
             "the original header; Alice's final signature no longer covers the content",
             reseal_same_header(opened, altered, opened.final), known=(ALICE, CAROL)),
        Case("v2_corecipient_signs_altered", "signature failure",
             "as above, and Carol signs the version 2 final statement with her own key",
             reseal_same_header(opened, altered, carol_final), known=(ALICE, CAROL)),
        Case("v2_downgraded_to_1", "mac failure",
             "a version 2 bundle with its version byte set to 1: the header MAC covers it",
             b"\x01" + one[1:]),
        Case("v1_upgraded_to_2", "mac failure",
             "a version 1 bundle with its version byte set to 2",
             b"\x02" + build(Draft())[1:]),
        Case("v2_header_v1_content_hash", "signature failure",
             "version 2 header, Alice signs the version 1 (BLAKE2b) content hash in the version "
             "2 domain", build(Draft(version=2, hash_version=1))),
        Case("v2_header_v1_final_domain", "signature failure",
             "version 2 header and content hash, the final signature in the version 1 domain",
             build(Draft(version=2, final_domain=fmt.DOMAIN_FINAL))),
        Case("v1_header_v2_content_hash", "signature failure",
             "version 1 header, Alice signs the version 2 (SHA-256) content hash in the version "
             "1 domain", build(Draft(version=1, hash_version=2))),
        Case("v1_header_v2_final_domain", "signature failure",
             "version 1 header and content hash, the final signature in the version 2 domain",
             build(Draft(version=1, final_domain=fmt.DOMAIN_FINAL_V2))),
    ]


# Attachment-like messages: headers and bulk messages (first byte 0x00), one across a chunk
# boundary, one with no data after its first byte.
BULK = [
    encode({"t": "attachment", "n": 1}),
    b"\x00" + bytes(range(256)) * 300,  # 76,801 bytes
    b"\x00",
    encode({"t": "example", "n": 2, "text": "شاهد"}),
    b"\x00" + b"evidence " * 1000,
]


def version3_cases() -> list[Case]:
    """Version 3 (what hrd-desk writes now): the content hash covers a bulk message by its length
    and first byte only, so a co-recipient can swap a bulk message's other bytes (the importer
    binds them to the signed attachment header instead: tests/test_evidence_exchange.py), and
    nothing else; and every way of mixing version 3 with version 2."""
    one = build(Draft(version=3))
    bulk = build(Draft(version=3, recipients=(BOB.public, CAROL.public), messages=BULK))
    opened = unseal(bulk, CAROL)
    data = opened.data
    manifest = data[4 : 4 + int.from_bytes(data[:4], "big")]
    signature = data[manifest_end(data) - fmt.SIGNATURE_BYTES : manifest_end(data)]

    def restream(messages: Sequence[bytes]) -> bytes:
        return data_stream(manifest, signature, messages)

    def carol_signs(altered: bytes) -> bytes:
        return CAROL.sign(fmt.DOMAIN_FINAL_V3, fmt.final_statement(
            fmt.manifest_hash(manifest), content_hash(altered, 3)))

    swapped = [*BULK]
    swapped[1] = b"\x00" + bytes(reversed(BULK[1][1:]))
    unbulked = [*BULK]
    unbulked[1] = b"\x01" + BULK[1][1:]
    moved = [*BULK]
    moved[1], moved[2] = BULK[1][:-1], BULK[2] + BULK[1][-1:]  # same total: same padding
    altered_json = [*BULK]
    altered_json[0] = encode({"t": "attachment", "n": 2})
    assert len(restream(moved)) == len(restream(altered_json)) == len(data)
    _first, second, final = chunk_offsets(bulk)
    return [
        Case("v3_success_one_recipient", "success", "version 3, one recipient, three records",
             one, messages=MESSAGES),
        Case("v3_success_bulk_messages", "success",
             "version 3, attachment-like messages: bulk messages across a chunk boundary and "
             "one with nothing after its first byte", bulk, known=(ALICE,), messages=BULK),
        Case("v3_success_no_messages", "success", "version 3 with no payload message",
             build(Draft(version=3, messages=())), messages=[]),
        Case("v3_truncated_before_final", "incomplete", "version 3 cut before its final chunk",
             bulk[:final], known=(ALICE,)),
        Case("v3_flip_chunk_2", "payload failure",
             "version 3, one bit of the second data chunk (inside a bulk message): the stream's "
             "AEAD", flip(bulk, second + 100), known=(ALICE,)),
        Case("v3_final_signed_by_other", "signature failure",
             "version 3, the final statement signed by Carol",
             build(Draft(version=3, final_signer=CAROL))),
        Case("v3_corecipient_alters_message", "signature failure",
             "version 3: co-recipient Carol changes a non-bulk message (same length) and "
             "re-encrypts under the original header",
             reseal_same_header(opened, restream(altered_json), opened.final),
             known=(ALICE, CAROL)),
        Case("v3_corecipient_signs_altered", "signature failure",
             "as above, and Carol signs the version 3 final statement with her own key",
             reseal_same_header(opened, restream(altered_json),
                                carol_signs(restream(altered_json))), known=(ALICE, CAROL)),
        Case("v3_corecipient_swaps_bulk_bytes", "success",
             "version 3: Carol swaps a bulk message's bytes after its first byte and re-encrypts "
             "under the original header. The format does not bind them (by design): the record "
             "layer does, through the signed attachment header's SHA-256 and size, and refuses "
             "the bundle (tests/test_evidence_exchange.py)",
             reseal_same_header(opened, restream(swapped), opened.final), known=(ALICE, CAROL),
             messages=swapped),
        Case("v3_corecipient_unbulks_message", "signature failure",
             "version 3: Carol changes a bulk message's first byte (0x00 to 0x01), which the "
             "content hash covers", reseal_same_header(opened, restream(unbulked), opened.final),
             known=(ALICE, CAROL)),
        Case("v3_corecipient_moves_bulk_boundary", "signature failure",
             "version 3: Carol moves the last byte of one bulk message into the next (frame "
             "lengths are covered)", reseal_same_header(opened, restream(moved), opened.final),
             known=(ALICE, CAROL)),
        Case("v3_nonzero_padding", "payload failure",
             "version 3, the sender signs a stream whose last padding byte is 1",
             build(Draft(version=3, data_edit=lambda d: d[:-1] + b"\x01"))),
        Case("v3_downgraded_to_2", "mac failure",
             "a version 3 bundle with its version byte set to 2: the header MAC covers it",
             b"\x02" + one[1:]),
        Case("v2_upgraded_to_3", "mac failure",
             "a version 2 bundle with its version byte set to 3",
             b"\x03" + build(Draft(version=2))[1:]),
        Case("v3_header_v2_content_hash", "signature failure",
             "version 3 header, Alice signs the version 2 content hash in the version 3 domain",
             build(Draft(version=3, hash_version=2))),
        Case("v2_header_v3_content_hash", "signature failure",
             "version 2 header, Alice signs the version 3 content hash in the version 2 domain",
             build(Draft(version=2, hash_version=3))),
        Case("v3_header_v2_final_domain", "signature failure",
             "version 3 header and content hash, the final signature in the version 2 domain",
             build(Draft(version=3, final_domain=fmt.DOMAIN_FINAL_V2))),
        Case("v2_header_v3_final_domain", "signature failure",
             "version 2 header and content hash, the final signature in the version 3 domain",
             build(Draft(version=2, final_domain=fmt.DOMAIN_FINAL_V3))),
    ]


# Stands for the attachments' blob ciphertext that hrd-desk puts in a version 4 tail: opaque
# bytes to this layer. Longer than a chunk, so that the final chunk and the tail's first bytes
# fill a whole chunk-sized block.
TAIL = junk("tail", 70_000)


def tail_length(value: int) -> Callable[[bytes], bytes]:
    """Where the messages end (no messages), put `value` in the u64 tail length."""

    def apply(data: bytes) -> bytes:
        at = manifest_end(data) + fmt.FRAME_HEADER_BYTES
        return data[:at] + value.to_bytes(fmt.TAIL_LENGTH_BYTES, "big") + data[at + 8 :]

    return apply


def version4_cases() -> list[Case]:
    """Version 4 (what hrd-desk writes now): the end of messages carries the tail length T,
    signed with the rest; T bytes follow the final chunk, not authenticated by this layer (the
    record layer binds them: blob ciphertext under keys in signed attachment headers); and every
    way of mixing version 4 with version 3."""
    pair = (BOB.public, CAROL.public)
    tailed = build(Draft(version=4, recipients=pair, tail=TAIL))
    opened = unseal(tailed, CAROL)
    assert opened.tail == TAIL
    data = opened.data
    manifest = data[4 : 4 + int.from_bytes(data[:4], "big")]
    signature = data[manifest_end(data) - fmt.SIGNATURE_BYTES : manifest_end(data)]
    shorter = data_stream(manifest, signature, MESSAGES, tail=len(TAIL) - 1)
    altered = data_stream(manifest, signature, [b"X" + MESSAGES[0][1:], *MESSAGES[1:]],
                          tail=len(TAIL))
    flipped = flip(TAIL, 40_000, 3)
    lying = build(Draft(version=4, tail_size=1024 * 1024, tail=TAIL[:1000]))
    three = build(Draft(version=3))
    final = chunk_offsets(tailed, len(TAIL))[-1]
    return [
        Case("v4_success_tail", "success",
             "version 4, three records and a 70,000-byte tail (read back through readinto_tail)",
             tailed, known=(ALICE,), messages=MESSAGES, tail=TAIL),
        Case("v4_success_no_tail", "success", "version 4, three records and an empty tail "
             "(T = 0: the bundle ends at its final chunk)", build(Draft(version=4)),
             messages=MESSAGES, tail=b""),
        Case("v4_success_spanning_chunks", "success",
             "version 4, messages across chunk boundaries, an empty message, and a 1-byte tail",
             build(Draft(version=4, recipients=pair, messages=SPANNING, tail=b"\x00")),
             known=(ALICE,), messages=SPANNING, tail=b"\x00"),
        Case("v4_success_max_size_exact", "success",
             "version 4, the reader's max_size equals the file size, tail included", tailed,
             known=(ALICE,), max_size=len(tailed), messages=MESSAGES, tail=TAIL),
        Case("v4_flip_tail_bit", "success",
             "version 4, one bit flipped inside the tail: accepted at this layer by design (the "
             "tail is not authenticated here; the record layer binds every tail byte, "
             "tests/test_evidence_exchange.py), the altered tail read back",
             tailed[: -len(TAIL)] + flipped, known=(ALICE,),
             messages=MESSAGES, tail=flipped),
        Case("v4_truncated_before_final", "incomplete", "version 4 cut before its final chunk",
             tailed[:final], known=(ALICE,)),
        Case("v4_truncated_before_tail", "incomplete",
             "version 4 cut after its final chunk, before its tail", tailed[: -len(TAIL)],
             known=(ALICE,)),
        Case("v4_truncated_in_tail", "incomplete", "version 4 cut inside its tail",
             tailed[:-1000], known=(ALICE,)),
        Case("v4_byte_after_tail", "payload failure", "version 4, a byte after the tail",
             tailed + b"\x00", known=(ALICE,)),
        Case("v4_final_signed_by_other", "signature failure",
             "version 4, the final statement signed by Carol",
             build(Draft(version=4, final_signer=CAROL, tail=TAIL))),
        Case("v4_corecipient_alters_tail_length", "signature failure",
             "version 4: co-recipient Carol declares a tail one byte shorter (re-padded), "
             "drops its last byte and re-encrypts under the original header: the tail length "
             "is signed", reseal_same_header(opened, shorter, opened.final, TAIL[:-1]),
             known=(ALICE, CAROL)),
        Case("v4_corecipient_alters_message", "signature failure",
             "version 4: co-recipient Carol changes a record (same length) and re-encrypts "
             "under the original header", reseal_same_header(opened, altered, opened.final),
             known=(ALICE, CAROL)),
        Case("v4_tail_over_max_size", "over cap",
             "version 4: the sender signs a 1 MiB tail length; the file holds 1,000 tail bytes "
             "and max_size is its size: over the cap as soon as T is read", lying,
             max_size=len(lying)),
        Case("v4_tail_length_2_53", "payload failure",
             "version 4: the sender signs a tail length of 2^53 (at most 2^53 - 1)",
             build(Draft(version=4, messages=(), data_edit=tail_length(2**53)))),
        Case("v4_nonzero_padding", "payload failure",
             "version 4, the sender signs a stream whose last padding byte is 1",
             build(Draft(version=4, tail=TAIL, data_edit=lambda d: d[:-1] + b"\x01"))),
        Case("v4_nonzero_final_padding", "payload failure",
             "version 4, the sender's final chunk holds a 1 where its zero padding belongs",
             build(Draft(version=4, tail=TAIL, plan_edit=lambda plan: [
                 *plan[:-1], (plan[-1][0][:-1] + b"\x01", fmt.TAG_FINAL)]))),
        Case("v4_final_chunk_unpadded", "payload failure",
             "version 4, the sender's final chunk holds the signature alone, without the zero "
             "padding the layout puts after it (what follows is read as part of it)",
             build(Draft(version=4, tail=TAIL, plan_edit=lambda plan: [
                 *plan[:-1], (plan[-1][0][: fmt.SIGNATURE_BYTES], fmt.TAG_FINAL)]))),
        Case("v4_downgraded_to_3", "mac failure",
             "a version 4 bundle with its version byte set to 3: the header MAC covers it",
             b"\x03" + tailed[1:], known=(ALICE,)),
        Case("v3_upgraded_to_4", "mac failure",
             "a version 3 bundle with its version byte set to 4", b"\x04" + three[1:]),
        Case("v4_header_v3_content_hash", "signature failure",
             "version 4 header, Alice signs the version 3 content hash in the version 4 domain",
             build(Draft(version=4, hash_version=3, tail=TAIL))),
        Case("v3_header_v4_content_hash", "signature failure",
             "version 3 header, Alice signs the version 4 content hash in the version 3 domain",
             build(Draft(version=3, hash_version=4))),
        Case("v4_header_v3_final_domain", "signature failure",
             "version 4 header and content hash, the final signature in the version 3 domain",
             build(Draft(version=4, final_domain=fmt.DOMAIN_FINAL_V3, tail=TAIL))),
        Case("v3_header_v4_final_domain", "signature failure",
             "version 3 header and content hash, the final signature in the version 4 domain",
             build(Draft(version=3, final_domain=fmt.DOMAIN_FINAL_V4))),
    ]


def cases() -> list[Case]:
    return [
        *success_cases(),
        *truncation_cases(),
        *header_cases(),
        *manifest_cases(),
        *payload_cases(),
        *identity_cases(),
        *version2_cases(),
        *version3_cases(),
        *version4_cases(),
    ]


def main(argv: Sequence[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else VECTOR_DIR
    made = cases()
    if len(argv) > 2:  # only the named cases (the others keep their committed bytes)
        made = [c for c in made if c.name in set(argv[2:])]
    names = [c.name for c in made]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate vector names")
    for old in out.glob(f"*{SUFFIX}") if len(argv) <= 2 else ():
        old.unlink()
    for case in made:
        write_vector(out / f"{case.name}{SUFFIX}", case.vector())
    total = sum(len(c.data) for c in made)
    print(f"wrote {len(made)} vectors ({total / 1024:.0f} KiB of bundles) to {out}")


if __name__ == "__main__":
    main(sys.argv)
