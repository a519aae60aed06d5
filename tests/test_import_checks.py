"""An import checks each batch's versions once before applying them (services/import_checks.py),
and an export streams stored versions without parsing them (store/records.load_messages_from):
what is checked, refused and sent stays exactly what it was."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from exchange_support import Office, add_family, export, offices, refused, unchanged
from hrd_desk.crypto.canonical import decode, encode
from hrd_desk.crypto.identity import Identity
from hrd_desk.history.versions import verify_version
from hrd_desk.history.wire import from_message, to_message
from hrd_desk.services import exchange, import_checks, received
from hrd_desk.services.exchange import import_bundle
from hrd_desk.store.records import load_histories_from, load_messages_from
from test_exchange_hostile import origin, sealed, version


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path, "A", "B") as made:
        yield made


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """Replace `module.name` by itself, counting its calls."""
    calls: list[str] = []
    real: Callable[..., Any] = getattr(module, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


@pytest.fixture
def family_bundle(world: dict[str, Office], tmp_path: Path) -> Path:
    """A bundle from A to B of one defender's family (4 records)."""
    out = tmp_path / "family.bundle"
    export(world["A"], out, [world["B"]], defenders=[add_family(world["A"]).defender])
    return out


def test_versions_are_verified_and_their_values_checked_once_before_they_are_applied(
    world: dict[str, Office], family_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    b, out = world["B"], family_bundle
    checked = _counted(monkeypatch, import_checks, "verify_version")
    on_caller = _counted(monkeypatch, exchange, "verify_version")
    values_on_caller = _counted(monkeypatch, received, "check_received_values")
    assert import_bundle(b.session, out).new_records == 4
    assert on_caller == [] and values_on_caller == []
    assert len(checked) == 4  # once each, by prepare


def test_a_version_whose_key_prepare_did_not_know_is_checked_by_the_caller(
    world: dict[str, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """prepare knows only keys the bundle named (and this vault's own); when it could not check
    a version, the caller does, as it always did: a forged one is still refused."""
    a, b = world["A"], world["B"]
    monkeypatch.setattr(import_checks, "learn_origin", lambda _message, _learned: None)
    on_caller = _counted(monkeypatch, exchange, "verify_version")
    values_on_caller = _counted(monkeypatch, received, "check_received_values")
    forged = to_message(version(Identity.generate(), origin_id=a.vault_id))
    bad = sealed(tmp_path / "bad", a.identity, [b],
                 [origin(a.identity), to_message(version(a.identity)), forged])
    refused(b, bad, "payload failure")
    assert len(on_caller) == 2 and len(values_on_caller) == 1  # the forged one stops at its key
    good = sealed(tmp_path / "good", a.identity, [b],
                  [origin(a.identity), to_message(version(a.identity))])
    assert import_bundle(b.session, good).new_records == 1


def test_a_failure_while_checking_a_batch_is_raised_and_changes_nothing(
    world: dict[str, Office], family_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    b, out = world["B"], family_bundle
    real = import_checks.prepare
    batches: list[int] = []

    def failing(*args: Any) -> list[import_checks.Prepared]:
        batches.append(1)
        if len(batches) == 3:  # after the first batches were applied
            raise RuntimeError("checking broke")
        return real(*args)

    monkeypatch.setattr(exchange, "IMPORT_BATCH", 1)
    monkeypatch.setattr(import_checks, "prepare", failing)
    with unchanged(b), pytest.raises(RuntimeError, match="checking broke"):
        import_bundle(b.session, out)
    monkeypatch.setattr(import_checks, "prepare", real)
    assert import_bundle(b.session, out).new_records == 4


def test_stored_versions_stream_as_the_bytes_their_parsed_form_encodes_to(
    world: dict[str, Office]
) -> None:
    a = world["A"]
    family = add_family(a)
    work = a.work
    work.edit("incident", family.incident, {
        "description": 'quotes " and \\ backslashes\nand lines, \u00e9\u0634\u200f, \t tabs',
        "also": ["physical", "legal"]})
    work.edit("defender", family.defender, {"name": "Amina \U0001f600 A."})
    work.delete("related", family.related)
    ids = sorted(family.ids)
    stored = load_messages_from(a.session.conn, ids)
    parsed = load_histories_from(a.session.conn, ids)
    assert sum(len(h) for h in stored.values()) == 7
    for record_id in ids:
        assert stored[record_id] == [(sender, v.origin, encode(to_message(v)))
                                     for sender, v in parsed[record_id]]
        for _sender, _origin, data in stored[record_id]:  # canonical, and they verify
            verify_version(from_message(decode(data)), a.public)


def test_signatures_are_verified_beside_the_applying_thread_and_a_bad_one_still_refuses_all(
    world: dict[str, Office], family_bundle: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ed25519 verification runs on import_checks.Signatures' thread (libsodium, without the
    GIL), each version waiting for its verdict before it is applied; a forged signature after
    good versions still refuses the whole bundle, with the signature's error, vault unchanged."""
    threads: list[str] = []
    real = import_checks.signature_verifies

    def verifies(*args: Any) -> bool:
        threads.append(threading.current_thread().name)
        return bool(real(*args))

    monkeypatch.setattr(import_checks, "signature_verifies", verifies)
    a, b = world["A"], world["B"]
    forged = to_message(version(Identity.generate(), origin_id=a.vault_id))
    bad = sealed(tmp_path / "bad", a.identity, [b],
                 [origin(a.identity), to_message(version(a.identity)), forged])
    assert "signature does not verify" in refused(b, bad, "payload failure").message
    assert len(threads) == 2
    threads.clear()
    assert import_bundle(b.session, family_bundle).new_records == 4
    assert len(threads) == 4
    assert all(name.startswith("signatures") for name in threads)
