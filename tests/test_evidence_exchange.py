"""Evidence attachments in sealed bundles: they travel to offices with their records, byte for
byte, with their custody; never to partners or without consent; and a hostile colleague's
attachments (wrong hash, truncated stream, oversized) make the whole bundle refused, the vault
and its blob folder unchanged."""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import os
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from unittest import mock

import pytest

from exchange_support import Family, Office, add_family, export, offices, refused
from hrd_desk.crypto import blob_stream
from hrd_desk.crypto.bundle_writer import BundleWriter
from hrd_desk.crypto.canonical import encode
from hrd_desk.services import colleagues, exchange
from hrd_desk.services.evidence import MAX_ATTACHMENT_BYTES, Evidence
from hrd_desk.services.evidence_exchange import DATA_PREFIX


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path / "offices", "a", "b") as made:
        yield made


def _file(tmp_path: Path, name: str, size: int) -> Path:
    path = tmp_path / "files" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(os.urandom(size))
    return path


def _blobs(office: Office) -> list[str]:
    folder = office.directory / "blobs"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_attachments_travel_to_an_office_byte_for_byte_with_their_custody(
        pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["a"], pair["b"]
    family = add_family(a)
    sent = {record: _file(tmp_path, f"{i}.bin", size) for i, (record, size) in
            enumerate([(family.incident, 200_000), (family.defender, 65536), (family.case, 0)])}
    ids = {record: Evidence(a.session).add(record, path, source="a journalist")
           for record, path in sent.items()}
    bundle = tmp_path / "family.hrdb"
    export(a, bundle, [b], defenders=[family.defender])
    summary = exchange.import_bundle(b.session, bundle)
    assert summary.attachments == 3 and summary.attachments_refused == 0
    held = Evidence(b.session)
    for record, path in sent.items():
        [got] = held.list(record)
        assert got.id == ids[record] and got.source == "a journalist"
        out = tmp_path / f"out-{got.id}"
        held.export(got.id, out)
        assert out.read_bytes() == path.read_bytes()
        actions = [e["action"] for e in got.custody]
        assert actions == ["received", "received in bundle"]
        assert got.custody[0]["detail"]["kept by"] == "a"
    custody = Evidence(a.session).get(ids[family.incident]).custody
    assert custody[-1]["action"] == "sent in bundle"
    assert custody[-1]["detail"]["to"] == [a.id_of(b)]
    # the same bundle again changes nothing; a fresh export of the same files is no duplicate
    assert exchange.import_bundle(b.session, bundle).already_imported
    again = tmp_path / "again.hrdb"
    export(a, again, [b], defenders=[family.defender])
    assert exchange.import_bundle(b.session, again).attachments == 0
    assert len(_blobs(b)) == 3


@contextlib.contextmanager
def format_3() -> Iterator[None]:
    """Bundles written as hrd-desk wrote them before format 4 (files as data messages): offices
    have them in flight, and they still import."""
    with mock.patch.object(exchange, "BundleWriter", partial(BundleWriter, format_version=3)):
        yield


def test_a_format_3_import_hashes_each_attachment_on_the_importing_thread(
        pair: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Format 3: the importer hashes what it receives on its own thread (blob_stream.Encryptor,
    hash_here): the bundle's reading thread keeps another core busy, and a hashing thread of
    its own cost more CPU in all (bench/issue17-figures.md, session 10). The check still binds
    the bytes: test_hostile_attachments_refuse_the_whole_bundle."""
    a, b = pair["a"], pair["b"]
    family = add_family(a)
    sent = _file(tmp_path, "big.bin", 3 * 65536 + 11)
    Evidence(a.session).add(family.defender, sent)
    bundle = tmp_path / "family.hrdb"
    with format_3():
        export(a, bundle, [b], defenders=[family.defender])
    assert bundle.read_bytes()[0] == 3

    def no_hashing_thread(self: object) -> None:
        raise AssertionError("the import started a hashing thread")

    monkeypatch.setattr(blob_stream._Hasher, "__init__", no_hashing_thread)
    assert exchange.import_bundle(b.session, bundle).attachments == 1
    [got] = Evidence(b.session).list(family.defender)
    assert got.sha256 == hashlib.sha256(sent.read_bytes()).hexdigest()


def test_a_file_deleted_here_does_not_come_back_with_the_next_full_export(
        pair: dict[str, Office], tmp_path: Path) -> None:
    """A full export carries every file of its records; one the receiver deleted stays deleted
    (it came back before), while a file the sender attached since still comes."""
    a, b = pair["a"], pair["b"]
    family = add_family(a)
    first = Evidence(a.session).add(family.incident, _file(tmp_path, "threat.png", 5000))
    export(a, tmp_path / "1.hrdb", [b], defenders=[family.defender])
    assert exchange.import_bundle(b.session, tmp_path / "1.hrdb").attachments == 1
    Evidence(b.session).delete(first)
    assert _blobs(b) == [] and Evidence(b.session).list() == []
    later = Evidence(a.session).add(family.incident, _file(tmp_path, "summons.pdf", 3000))
    export(a, tmp_path / "2.hrdb", [b], defenders=[family.defender])
    summary = exchange.import_bundle(b.session, tmp_path / "2.hrdb")
    assert (summary.attachments, summary.attachments_deleted_here) == (1, 1)
    assert summary.attachments_refused == 0
    assert [x.id for x in Evidence(b.session).list()] == [later] and len(_blobs(b)) == 1
    # the sender keeps its own copy: deleting is not told to colleagues
    assert {x.id for x in Evidence(a.session).list()} == {first, later}


def test_no_attachment_goes_to_a_partner_or_without_consent(pair: dict[str, Office],
                                                            tmp_path: Path) -> None:
    a, b = pair["a"], pair["b"]
    family = add_family(a, consent="partners")
    Evidence(a.session).add(family.incident, _file(tmp_path, "x.bin", 1000))
    colleagues.set_colleague_kind(a.session, a.id_of(b), "partner")
    bundle = tmp_path / "partner.hrdb"
    summary = export(a, bundle, [b], defenders=[family.defender])
    assert "attachments" not in summary.counts
    imported = exchange.import_bundle(b.session, bundle)
    assert imported.attachments == 0 and _blobs(b) == []
    other = add_family(a, "Zara", consent="none")
    Evidence(a.session).add(other.incident, _file(tmp_path, "y.bin", 1000))
    colleagues.set_colleague_kind(a.session, a.id_of(b), "office")
    everything = tmp_path / "all.hrdb"
    export(a, everything, [b], everything=True)
    exchange.import_bundle(b.session, everything)
    assert [x.record_id for x in Evidence(b.session).list()] == [family.incident]


def test_a_damaged_blob_stops_the_export(pair: dict[str, Office], tmp_path: Path) -> None:
    a, b = pair["a"], pair["b"]
    family = add_family(a)
    Evidence(a.session).add(family.incident, _file(tmp_path, "x.bin", 100_000))
    [blob] = _blobs(a)
    path = a.directory / "blobs" / blob
    path.write_bytes(path.read_bytes()[:-1])
    bundle = tmp_path / "x.hrdb"
    from hrd_desk.errors import EvidenceDamaged
    with pytest.raises(EvidenceDamaged):
        export(a, bundle, [b], defenders=[family.defender])
    assert not bundle.exists() and list(tmp_path.glob("*x.hrdb*")) == []


# -- a hostile colleague ------------------------------------------------------------------------

Add = Callable[[bytes], None]


def _header(record: str, data: bytes, **over: object) -> bytes:
    header = {"t": "attachment", "id": "0b8f7c2e-1d2a-4c3b-9e8f-7a6b5c4d3e2f", "record": record,
              "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "name": "x.jpg",
              "source": None, "received_at": "2026-01-01T00:00:00+00:00", "note": None,
              "custody": []}
    header.update(over)
    return encode(header)


def _data(add: Add, data: bytes) -> None:
    for start in range(0, len(data), 65536):
        add(DATA_PREFIX + data[start:start + 65536])


def _colleague(a: Office, b: Office) -> colleagues.Colleague:
    [colleague] = [c for c in colleagues.list_colleagues(a.session) if c.id == a.id_of(b)]
    return colleague


def _hostile(a: Office, b: Office, out: Path, emit: Callable[[Add], None]) -> Path:
    """A format 3 bundle validly sealed and signed by colleague `a` for `b`, carrying what
    `emit` adds (files as data messages)."""
    with format_3():
        exchange.write_bundle(a.session, out, [_colleague(a, b)], iter(()), total=0, counts={},
                              after=emit)
    return out


@pytest.fixture
def shared(pair: dict[str, Office], tmp_path: Path) -> Family:
    """b holds a's family (first received from a: in a's scope), with one attachment."""
    a, b = pair["a"], pair["b"]
    family = add_family(a)
    Evidence(a.session).add(family.incident, _file(tmp_path, "first.bin", 1000))
    bundle = tmp_path / "family.hrdb"
    export(a, bundle, [b], defenders=[family.defender])
    exchange.import_bundle(b.session, bundle)
    return family


DATA = os.urandom(200_000)
OTHER_DATA = bytes(reversed(DATA))  # same length, other bytes
OTHER_ID = "1c9e8d7f-2a3b-4c5d-8e9f-0a1b2c3d4e5f"
UNKNOWN_RECORD = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"


def _cases(record: str) -> dict[str, tuple[Callable[[Add], None], tuple[str, ...]]]:
    good = [lambda add: (add(_header(record, DATA, id=OTHER_ID)), _data(add, DATA))]

    def then(step: Callable[[Add], None]) -> Callable[[Add], None]:
        return lambda add: (good[0](add), step(add))  # a good attachment first

    return {
        "wrong hash": (then(lambda add: (add(_header(record, DATA, sha256="0" * 64)),
                                         _data(add, DATA))), ("payload failure",)),
        "truncated at the end": (then(lambda add: (add(_header(record, DATA)),
                                                   _data(add, DATA[:100_000]))),
                                 ("payload failure",)),
        "truncated, then another": (
            lambda add: (add(_header(record, DATA)), _data(add, DATA[:70_000]),
                         add(_header(record, DATA, id=OTHER_ID)), _data(add, DATA)),
            ("payload failure",)),
        "more than declared": (then(lambda add: (add(_header(record, DATA[:1000])),
                                                 _data(add, DATA))), ("over cap",)),
        "oversized declaration": (then(lambda add: add(_header(
            record, b"", size=MAX_ATTACHMENT_BYTES + 1))), ("over cap",)),
        "data without a header": (lambda add: _data(add, DATA), ("payload failure",)),
        "malformed header": (then(lambda add: add(_header(record, DATA, size="big"))),
                             ("payload failure",)),
        "reused id, other content": (
            lambda add: (add(_header(record, DATA, id=_first_id[0])), _data(add, DATA)),
            ("payload failure",)),
        # every bulk message is bound to a signed header, kept or not (review of version 3)
        "an empty data message alone": (lambda add: add(DATA_PREFIX), ("payload failure",)),
        "a data message after the last file is whole": (
            then(lambda add: add(DATA_PREFIX + b"x")), ("over cap",)),
        "a zero-size file, then data": (
            then(lambda add: (add(_header(record, b"")), _data(add, DATA))), ("over cap",)),
        "a file not kept (record unknown here), other bytes": (
            then(lambda add: (add(_header(UNKNOWN_RECORD, DATA)), _data(add, OTHER_DATA))),
            ("payload failure",)),
        "a file not kept (held already), other bytes": (
            then(lambda add: (add(_header(record, DATA, id=OTHER_ID)), _data(add, OTHER_DATA))),
            ("payload failure",)),
        "interleaved headers": (
            lambda add: (add(_header(record, DATA)), add(_header(record, DATA, id=OTHER_ID)),
                         _data(add, DATA), _data(add, DATA)),
            ("payload failure",)),
        "a good file, then a message that is not JSON": (
            then(lambda add: add(b"{not json")), ("payload failure",)),
        "a good file, then a message of an unknown type": (
            then(lambda add: add(encode({"t": "surprise"}))), ("payload failure",)),
        # custody as hrd-desk writes it, or the bundle goes: no megabytes of text kept per file
        "custody: a huge 'by'": (then(lambda add: (add(_header(
            record, DATA, custody=[{"seq": 1, "at": "2026-01-01", "action": "intake",
                                    "by": "x" * 100_000}])), _data(add, DATA))),
            ("payload failure",)),
        "custody: a nested detail": (then(lambda add: (add(_header(
            record, DATA, custody=[{"seq": 1, "action": "intake",
                                    "detail": {"a": {"b": ["c"] * 10}}}])), _data(add, DATA))),
            ("payload failure",)),
        "custody: a negative seq": (then(lambda add: (add(_header(
            record, DATA, custody=[{"seq": -1, "action": "intake"}])), _data(add, DATA))),
            ("payload failure",)),
        "custody: a megabyte in all": (then(lambda add: (add(_header(
            record, DATA, custody=[{"seq": n, "action": "viewed", "by": "y" * 1500}
                                   for n in range(1000)])), _data(add, DATA))),
            ("payload failure",)),
    }


_first_id: list[str] = []


@pytest.mark.parametrize("case", list(_cases("x")))
def test_hostile_attachments_refuse_the_whole_bundle(pair: dict[str, Office], shared: Family,
                                                     tmp_path: Path, case: str) -> None:
    a, b = pair["a"], pair["b"]
    _first_id[:] = [Evidence(b.session).list()[0].id]
    emit, categories = _cases(shared.incident)[case]
    bundle = _hostile(a, b, tmp_path / "hostile.hrdb", emit)
    before = _blobs(b)
    refused(b, bundle, *categories)
    assert _blobs(b) == before  # no blob of the refused bundle is left
    assert len(Evidence(b.session).list()) == 1


def test_a_bundle_cut_inside_an_attachment_is_refused(pair: dict[str, Office], shared: Family,
                                                      tmp_path: Path) -> None:
    a, b = pair["a"], pair["b"]
    bundle = _hostile(a, b, tmp_path / "cut.hrdb", lambda add: (
        add(_header(shared.incident, DATA, id=OTHER_ID)), _data(add, DATA)))
    cut = tmp_path / "cut-short.hrdb"
    cut.write_bytes(bundle.read_bytes()[:150_000])
    before = _blobs(b)
    refused(b, cut, "incomplete")
    assert _blobs(b) == before


def test_attachments_of_records_outside_the_senders_scope_are_not_kept(
        pair: dict[str, Office], shared: Family, tmp_path: Path) -> None:
    a, b = pair["a"], pair["b"]
    own = add_family(b, "Bashir")  # b's own records, never shared with a
    bundle = _hostile(a, b, tmp_path / "scope.hrdb", lambda add: (
        add(_header(own.incident, DATA, id=OTHER_ID)), _data(add, DATA)))
    summary = exchange.import_bundle(b.session, bundle)
    assert summary.attachments == 0 and summary.attachments_refused == 1
    assert Evidence(b.session).list(own.incident) == []
    assert len(_blobs(b)) == 1


@pytest.mark.parametrize("given", ["whole", "as a case's context", "made by the colleague"])
def test_a_colleague_attaches_files_only_to_what_was_shared_with_it(
        pair: dict[str, Office], tmp_path: Path, given: str) -> None:
    """A colleague changes only what was shared with it: given a case, it holds the case's
    defender as context (most fields withheld) and may change the case, not the defender; its
    file for the defender is read, checked and not kept. Given the defender whole, it is kept."""
    a, b = pair["a"], pair["b"]
    family = add_family(b if given.startswith("made") else a)
    if not given.startswith("made"):
        first = tmp_path / "first.hrdb"
        if given == "whole":
            export(a, first, [b], defenders=[family.defender])
        else:
            export(a, first, [b], cases=[family.case])
        exchange.import_bundle(b.session, first)
    for i, record in enumerate((family.defender, family.case)):
        Evidence(b.session).add(record, _file(tmp_path, f"{i}.bin", 1000))
    back = tmp_path / "back.hrdb"
    export(b, back, [a], defenders=[family.defender])
    summary = exchange.import_bundle(a.session, back)
    context = given.endswith("context")
    assert (summary.attachments, summary.attachments_refused) == ((1, 1) if context else (2, 0))
    assert len(Evidence(a.session).list(family.defender)) == (0 if context else 1)
    assert len(Evidence(a.session).list(family.case)) == 1
    assert len(_blobs(a)) == summary.attachments


def test_no_attachment_is_kept_for_a_purged_record(
        pair: dict[str, Office], shared: Family, tmp_path: Path) -> None:
    """Purging keeps nothing new of a record; its scope rows stay (first received from a), so
    the sender's scope alone kept a file a colleague sent for it (before 0802076 too)."""
    a, b = pair["a"], pair["b"]
    b.work.delete("incident", shared.incident)
    b.work.purge(shared.incident)
    before = _blobs(b)
    bundle = _hostile(a, b, tmp_path / "purged.hrdb", lambda add: (
        add(_header(shared.incident, DATA, id=OTHER_ID)), _data(add, DATA)))
    summary = exchange.import_bundle(b.session, bundle)
    assert summary.attachments == 0 and summary.attachments_refused == 1
    assert _blobs(b) == before
    assert b.session.conn.execute("SELECT count(*) FROM attachments WHERE record_id = ?",
                                  (shared.incident,)).fetchone()[0] == 0


# -- bundle format 3 (still read): the attachment header binds the data ---------------------------
# The version 3 content hash covers a data message by its length and first byte only
# (docs/bundle-format.md); the importer's size and SHA-256 checks against the signed header are
# what stops a co-recipient, who knows the stream key, from swapping the bytes.

TRAILER = 36  # a part's trailer (docs/bundle-format.md, "Parts")


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path / "offices", "a", "b", "c") as made:
        yield made


def _bundle_bytes(paths: list[Path]) -> bytes:
    if len(paths) == 1:
        return paths[0].read_bytes()
    return b"".join(p.read_bytes()[:-TRAILER] for p in paths)


def _rewrite(paths: list[Path], data: bytes) -> None:
    """Put a bundle's bytes back into its file, or its parts (same slices, same trailers)."""
    if len(paths) == 1:
        paths[0].write_bytes(data)
        return
    at = 0
    for path in paths:
        old = path.read_bytes()
        size = len(old) - TRAILER
        path.write_bytes(data[at:at + size] + old[-TRAILER:])
        at += size
    assert at == len(data)


def _corecipient_edit(paths: list[Path], carol: Office,
                      edit: Callable[[bytes], bytes]) -> None:
    """Carol, a co-recipient, decrypts the bundle, edits the plaintext data stream and
    re-encrypts it under the original header with the sender's final signature."""
    from vectors.forge import reseal_same_header, unseal

    opened = unseal(_bundle_bytes(paths), carol.session.identity)
    data = edit(opened.data)
    assert len(data) == len(opened.data) and data != opened.data
    _rewrite(paths, reseal_same_header(opened, data, opened.final))


def _swap(original: bytes) -> Callable[[bytes], bytes]:
    """Replace a file's bytes in the data stream by others of the same length."""
    def edit(data: bytes) -> bytes:
        at = data.index(original)
        return data[:at] + bytes(reversed(original)) + data[at + len(original):]
    return edit


@pytest.mark.parametrize("path", ["kept", "held already: read, checked, not kept", "parts"])
def test_a_corecipient_swapping_an_attachments_bytes_is_refused_whole(
        trio: dict[str, Office], tmp_path: Path, path: str) -> None:
    a, b, c = trio["a"], trio["b"], trio["c"]
    family = add_family(a)
    content = _file(tmp_path, "evidence.jpg", 200_000).read_bytes()  # one data message
    Evidence(a.session).add(family.incident, tmp_path / "files" / "evidence.jpg")
    if path.startswith("held"):
        first = tmp_path / "first.hrdb"
        export(a, first, [b], defenders=[family.defender])
        exchange.import_bundle(b.session, first)
    bundle = tmp_path / "both.hrdb"
    with format_3():
        summary = exchange.export_bundle(
            a.session, bundle, to=[a.id_of(b), a.id_of(c)], defenders=[family.defender],
            part_size=64 * 1024 if path == "parts" else None)
    paths = list(summary.parts) or [summary.path]
    assert data_version(paths) == 3 and (path != "parts" or len(paths) > 2)
    _corecipient_edit(paths, c, _swap(content))
    blobs = _blobs(b)
    rejection = refused(b, paths[0], "payload failure")
    assert "does not match its declared SHA-256" in rejection.message
    assert _blobs(b) == blobs


def data_version(paths: list[Path]) -> int:
    return paths[0].read_bytes()[0]


def test_a_corecipient_that_also_rewrites_the_header_hash_breaks_the_signature(
        trio: dict[str, Office], tmp_path: Path) -> None:
    """The attachment header is not bulk: its declared SHA-256 is under the sender's final
    signature, so swapping the bytes and the hash to match is a signature failure."""
    a, b, c = trio["a"], trio["b"], trio["c"]
    family = add_family(a)
    source = _file(tmp_path, "evidence.jpg", 200_000)
    content = source.read_bytes()
    Evidence(a.session).add(family.incident, source)
    bundle = tmp_path / "both.hrdb"
    with format_3():
        export(a, bundle, [b, c], defenders=[family.defender])
    swapped = bytes(reversed(content))
    old_hash = hashlib.sha256(content).hexdigest().encode()
    new_hash = hashlib.sha256(swapped).hexdigest().encode()
    _corecipient_edit([bundle], c, lambda data: _swap(content)(data).replace(old_hash, new_hash))
    refused(b, bundle, "signature failure")


def test_a_blob_whose_intake_hash_is_wrong_still_cannot_pass(pair: dict[str, Office],
                                                              tmp_path: Path) -> None:
    """The sender no longer hashes a blob again when it seals it into a bundle (decryption
    authenticates it): were its recorded hash ever wrong, the receiver's check refuses it."""
    a, b = pair["a"], pair["b"]
    family = add_family(a)
    attachment = Evidence(a.session).add(family.incident, _file(tmp_path, "x.bin", 100_000))
    with a.session.conn:
        a.session.conn.execute("UPDATE attachments SET sha256 = ? WHERE id = ?",
                               ("0" * 64, attachment))
    bundle = tmp_path / "x.hrdb"
    export(a, bundle, [b], defenders=[family.defender])
    refused(b, bundle, "payload failure")


def test_a_version_2_bundle_with_attachments_still_imports(
        pair: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Offices have version 2 bundles in flight: they import, files byte for byte."""
    a, b = pair["a"], pair["b"]
    family = add_family(a)
    source = _file(tmp_path, "x.bin", 1_500_000)  # two data messages
    Evidence(a.session).add(family.incident, source)
    monkeypatch.setattr(exchange, "BundleWriter", partial(BundleWriter, format_version=2))
    bundle = tmp_path / "v2.hrdb"
    export(a, bundle, [b], defenders=[family.defender])
    assert bundle.read_bytes()[0] == 2
    assert exchange.import_bundle(b.session, bundle).attachments == 1
    [got] = Evidence(b.session).list(family.incident)
    out = tmp_path / "out.bin"
    Evidence(b.session).export(got.id, out)
    assert out.read_bytes() == source.read_bytes()


def _frames(data: bytes) -> list[tuple[int, int]]:
    """(offset of its length, length) of each message after the manifest, in order."""
    from vectors.forge import manifest_end

    found, at = [], manifest_end(data)
    while (length := int.from_bytes(data[at:at + 4], "big")) != 0xFFFFFFFF:
        found.append((at, length))
        at += 4 + length
    return found


def _bulk(data: bytes) -> list[tuple[int, int]]:
    return [(at, n) for at, n in _frames(data) if data[at + 4:at + 5] == DATA_PREFIX]


def _swap_first_two_files(data: bytes) -> bytes:
    """Two files of one size, one data message each: each takes the other's bytes."""
    (one, n), (two, m) = _bulk(data)[:2]
    assert n == m
    first, second = data[one + 5:one + 4 + n], data[two + 5:two + 4 + m]
    return (data[:one + 5] + second + data[one + 4 + n:two + 5] + first
            + data[two + 4 + m:])


def _move_boundary(data: bytes) -> bytes:
    """The large file's two data messages: the first gives its last byte to the second (the
    file's bytes, in order, and the stream's length unchanged; two frame lengths differ)."""
    bulk = _bulk(data)
    [((one, n), (two, m))] = [(x, y) for x, y in itertools.pairwise(bulk)
                              if y[0] == x[0] + 4 + x[1]]
    file_bytes = data[one + 5:one + 4 + n] + data[two + 5:two + 4 + m]
    moved = ((n - 1).to_bytes(4, "big") + DATA_PREFIX + file_bytes[:n - 2]
             + (m + 1).to_bytes(4, "big") + DATA_PREFIX + file_bytes[n - 2:])
    return data[:one] + moved + data[two + 4 + m:]


def _header_into_data(data: bytes) -> bytes:
    """The first attachment header's `{` becomes the bulk prefix."""
    at = next(at for at, _n in _frames(data) if b'"t":"attachment"' in data[at:at + 4096])
    return data[:at + 4] + DATA_PREFIX + data[at + 5:]


def _data_into_json(data: bytes) -> bytes:
    at, _n = _bulk(data)[0]
    return data[:at + 4] + b"{" + data[at + 5:]


@pytest.mark.parametrize("edit, category", [
    (_swap_first_two_files, "payload failure"),  # the SHA-256 of each header catches it
    (_move_boundary, "signature failure"),  # the file is whole: only the frame lengths differ
    (_header_into_data, "signature failure"),  # a message's first byte is signed
    (_data_into_json, "signature failure"),
], ids=["files swap data messages", "a data message boundary moves",
        "a header becomes data", "data becomes a JSON message"])
def test_a_corecipient_cannot_move_attachment_bytes_or_change_what_is_data(
        trio: dict[str, Office], tmp_path: Path, edit: Callable[[bytes], bytes],
        category: str) -> None:
    """Version 3 signs a data message by its frame length and first byte: a co-recipient who
    moves a boundary, turns a message into data or back, or trades data messages between files
    is refused whole, whether the signature or the attachment headers' SHA-256 catches it."""
    a, b, c = trio["a"], trio["b"], trio["c"]
    family = add_family(a)
    for name, size in (("x.bin", 200_000), ("y.bin", 200_000), ("z.bin", 1_500_000)):
        Evidence(a.session).add(family.incident, _file(tmp_path, name, size))
    bundle = tmp_path / "three.hrdb"
    with format_3():
        export(a, bundle, [b, c], defenders=[family.defender])
    _corecipient_edit([bundle], c, edit)
    blobs = _blobs(b)
    refused(b, bundle, category)
    assert _blobs(b) == blobs


def test_a_file_that_cannot_be_finished_leaves_no_temp_file(
        pair: dict[str, Office], shared: Family, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk filled by a large file fails its last write (raised by `finish`, the encryption
    runs on a worker): the import is refused and the file's temp blob goes at once, not at the
    next orphan sweep."""
    from hrd_desk.crypto import blob_stream

    a, b = pair["a"], pair["b"]
    bundle = _hostile(a, b, tmp_path / "full.hrdb", lambda add: (
        add(_header(shared.incident, DATA, id=OTHER_ID)), _data(add, DATA)))
    before = _blobs(b)

    def full(self: blob_stream.Encryptor) -> blob_stream.Streamed:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(blob_stream.Encryptor, "finish", full)
    with pytest.raises(OSError):
        exchange.import_bundle(b.session, bundle)
    assert _blobs(b) == before


# -- bundle format 4: each file's stored bytes follow the bundle's end (its tail) ---------------
# The tail is not under the bundle's encryption or signature, only its length is
# (docs/bundle-format.md): the signed header's SHA-256, size and blob key are what bind it, for a
# co-recipient (who knows every blob key) as for anyone who alters a bundle on the way.

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def _blob(data: bytes, key: bytes = KEY) -> bytes:
    out = io.BytesIO()
    blob_stream.encrypt(io.BytesIO(data), out, key)
    return out.getvalue()


def _tail_header(record: str, data: bytes, key: bytes = KEY, **over: object) -> bytes:
    return _header(record, data, **{"blob_key": key.hex(), **over})


def _hostile_tail(a: Office, b: Office, out: Path, messages: list[bytes], tail: bytes) -> Path:
    """A format 4 bundle validly sealed and signed by colleague `a` for `b`: `messages`, then
    `tail` after its end (its length signed)."""
    from hrd_desk.store.migrations import LATEST

    with out.open("wb") as handle:
        writer = BundleWriter(handle, colleagues.bundle_signer(a.session),
                              [_colleague(a, b).identity], schema_version=LATEST, counts={})
        for message in messages:
            writer.add(message)
        writer.finish(tail_size=len(tail))
        writer.write_tail(tail)
        writer.end_tail()
    return out


def _tail_cases(record: str) -> dict[str, tuple[list[bytes], bytes, str, str]]:
    """Each: the messages, the tail, and the refusal's category and code."""
    good_header, good_blob = _tail_header(record, DATA, id=OTHER_ID), _blob(DATA)
    other = _blob(OTHER_DATA)  # same length as DATA's blob
    short = _blob(DATA[:100_000])
    payload = "payload failure"
    return {
        "wrong hash": ([_tail_header(record, DATA, sha256="0" * 64)], good_blob, payload,
                       "attachment-hash"),
        "other bytes under the key (a co-recipient's swap)": (
            [_tail_header(record, DATA)], other, payload, "attachment-hash"),
        "a blob under another key": ([_tail_header(record, DATA)], _blob(DATA, OTHER_KEY),
                                     payload, "attachment-hash"),
        "a good file, then a bad one": (
            [good_header, _tail_header(record, DATA)], good_blob + other, payload,
            "attachment-hash"),
        "a shorter file, padded to the declared length": (
            [_tail_header(record, DATA)], short + os.urandom(len(good_blob) - len(short)),
            payload, "attachment-hash"),
        "a tail shorter than the files": ([_tail_header(record, DATA)], good_blob[:-1],
                                          payload, "attachment-truncated"),
        "a tail longer than the files": ([_tail_header(record, DATA)], good_blob + b"x",
                                         "over cap", "attachment-overlong"),
        "a tail and no file": ([], good_blob, "over cap", "attachment-overlong"),
        "a file's header without its key": ([_header(record, DATA)], good_blob, payload,
                                            "attachment-malformed"),
        "a malformed key": ([_tail_header(record, DATA, blob_key="zz" * 32)], good_blob,
                            payload, "attachment-malformed"),
        "data messages beside the tail": (
            [_tail_header(record, DATA), DATA_PREFIX + DATA[:1000]], good_blob, payload,
            "attachment-malformed"),
        "oversized declaration": ([_tail_header(record, b"", size=MAX_ATTACHMENT_BYTES + 1)],
                                  b"", "over cap", "attachment-over"),
        "a file not kept (record unknown here), other bytes": (
            [_tail_header(UNKNOWN_RECORD, DATA)], other, payload, "attachment-hash"),
    }


@pytest.mark.parametrize("case", [*_tail_cases("x"), "held already"])
def test_hostile_files_in_the_tail_refuse_the_whole_bundle(
        pair: dict[str, Office], shared: Family, tmp_path: Path, case: str) -> None:
    a, b = pair["a"], pair["b"]
    if case == "held already":  # read and checked, not kept: its bytes are bound all the same
        [held] = Evidence(b.session).list()
        messages = [_tail_header(shared.incident, DATA, id=held.id, sha256=held.sha256,
                                 size=held.size)]
        tail, category, code = _blob(os.urandom(held.size)), "payload failure", "attachment-hash"
    else:
        messages, tail, category, code = _tail_cases(shared.incident)[case]
    bundle = _hostile_tail(a, b, tmp_path / "hostile.hrdb", messages, tail)
    before = _blobs(b)
    assert refused(b, bundle, category).code == code
    assert _blobs(b) == before  # no blob of the refused bundle is left, not even a temp file
    assert len(Evidence(b.session).list()) == 1


def test_a_good_file_in_the_tail_is_kept_as_it_came(pair: dict[str, Office], shared: Family,
                                                    tmp_path: Path) -> None:
    """The receiver keeps the tail's ciphertext as its blob under the header's key: nothing is
    encrypted again (format 4's point: bench/issue17-figures.md), and the file reads back whole."""
    a, b = pair["a"], pair["b"]
    blob = _blob(DATA)
    bundle = _hostile_tail(a, b, tmp_path / "good.hrdb",
                           [_tail_header(shared.incident, DATA, id=OTHER_ID)], blob)
    with mock.patch.object(blob_stream.Encryptor, "__init__",
                           side_effect=AssertionError("encrypted again")):
        assert exchange.import_bundle(b.session, bundle).attachments == 1
    row = Evidence(b.session).get(OTHER_ID)
    assert row.media_type and row.custody[-1]["action"] == "received in bundle"
    stored = [n for n in _blobs(b) if (b.directory / "blobs" / n).read_bytes() == blob]
    assert len(stored) == 1
    out = tmp_path / "out.bin"
    Evidence(b.session).export(OTHER_ID, out)
    assert out.read_bytes() == DATA


@pytest.mark.parametrize("path", ["kept", "held already: read, checked, not kept", "parts"])
def test_a_corecipient_swapping_a_files_tail_bytes_is_refused_whole(
        trio: dict[str, Office], tmp_path: Path, path: str) -> None:
    """Carol, a co-recipient, read the blob key in the header and re-encrypts other bytes of the
    same length under it in the tail (every chunk authenticates): Bob's check of the signed
    SHA-256 refuses the bundle, whether he keeps the file, already holds it, or reads parts."""
    a, b, c = trio["a"], trio["b"], trio["c"]
    family = add_family(a)
    source = _file(tmp_path, "evidence.jpg", 200_000)
    attachment = Evidence(a.session).add(family.incident, source)
    if path.startswith("held"):
        first = tmp_path / "first.hrdb"
        export(a, first, [b], defenders=[family.defender])
        exchange.import_bundle(b.session, first)
    summary = exchange.export_bundle(
        a.session, tmp_path / "both.hrdb", to=[a.id_of(b), a.id_of(c)],
        defenders=[family.defender], part_size=64 * 1024 if path == "parts" else None)
    paths = list(summary.parts) or [summary.path]
    data = _bundle_bytes(paths)
    assert data[0] == 4 and (path != "parts" or len(paths) > 2)
    key = a.session.conn.execute("SELECT file_key FROM attachments WHERE id = ?",
                                 (attachment,)).fetchone()[0]  # as carol read it in the header
    swapped = _blob(bytes(reversed(source.read_bytes())), bytes(key))
    _rewrite(paths, data[:-len(swapped)] + swapped)
    blobs = _blobs(b)
    rejection = refused(b, paths[0], "payload failure")
    assert "does not match its declared SHA-256" in rejection.message
    assert _blobs(b) == blobs


@pytest.mark.parametrize("where", ["a flipped bit", "cut inside the tail"])
def test_a_bundle_damaged_in_its_tail_on_the_way_is_refused(
        pair: dict[str, Office], tmp_path: Path, where: str) -> None:
    a, b = pair["a"], pair["b"]
    family = add_family(a)
    Evidence(a.session).add(family.incident, _file(tmp_path, "x.bin", 300_000))
    bundle = tmp_path / "x.hrdb"
    export(a, bundle, [b], defenders=[family.defender])
    data = bundle.read_bytes()
    if where == "a flipped bit":
        at = len(data) - 1000
        bundle.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])
        refused(b, bundle, "payload failure")
    else:
        bundle.write_bytes(data[:-1000])
        refused(b, bundle, "incomplete")
    assert _blobs(b) == []


def test_the_disk_filling_up_while_a_tail_file_is_kept_leaves_no_temp_file(
        pair: dict[str, Office], shared: Family, tmp_path: Path) -> None:
    from hrd_desk.services import evidence_exchange

    a, b = pair["a"], pair["b"]
    bundle = _hostile_tail(a, b, tmp_path / "full.hrdb",
                           [_tail_header(shared.incident, DATA, id=OTHER_ID)], _blob(DATA))
    before = _blobs(b)

    class FullDisk(evidence_exchange._Copier):
        def __init__(self, write: Callable[[bytes], object]) -> None:
            written = [0]

            def fill(data: bytes) -> object:
                written[0] += len(data)
                if written[0] > 100_000:
                    raise OSError(28, "No space left on device")
                return write(data)

            super().__init__(fill)

    with mock.patch.object(evidence_exchange, "_Copier", FullDisk), pytest.raises(OSError):
        exchange.import_bundle(b.session, bundle)
    assert _blobs(b) == before
    assert len(Evidence(b.session).list()) == 1


@pytest.mark.parametrize("fails", ["the file's fsync", "the folder's fsync, after the rename"])
@pytest.mark.parametrize("layout", ["format 4 (tail)", "format 3 (data messages)"])
def test_a_received_blob_that_cannot_be_made_durable_leaves_nothing_behind(
        pair: dict[str, Office], shared: Family, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, fails: str, layout: str) -> None:
    """A full disk may show only when the received blob is flushed and synced (delayed
    allocation, a network share, a quota), after every byte was written: the import is refused
    and neither its temp file nor the blob renamed into place stays for the next orphan sweep
    (up to ORPHAN_GRACE_SECONDS later, at the next unlock)."""
    from hrd_desk.store import attachments

    a, b = pair["a"], pair["b"]
    if layout.startswith("format 4"):
        bundle = _hostile_tail(a, b, tmp_path / "full.hrdb",
                               [_tail_header(shared.incident, DATA, id=OTHER_ID)], _blob(DATA))
    else:
        bundle = _hostile(a, b, tmp_path / "full.hrdb", lambda add: (
            add(_header(shared.incident, DATA, id=OTHER_ID)), _data(add, DATA)))
    before = _blobs(b)
    real, calls = os.fsync, [0]
    failing = 1 if fails.startswith("the file's") else 2

    def fsync(fd: int) -> None:
        calls[0] += 1
        if calls[0] == failing:
            raise OSError(28, "No space left on device")
        real(fd)

    monkeypatch.setattr(attachments.os, "fsync", fsync)
    with pytest.raises(OSError):
        exchange.import_bundle(b.session, bundle)
    monkeypatch.setattr(attachments.os, "fsync", real)
    assert _blobs(b) == before  # temp files included (_blobs lists the whole folder)
    assert len(Evidence(b.session).list()) == 1
