"""Hostile origin messages and versions against the checks an import runs before applying a
batch (services/import_checks.py): each bundle is refused, or applied, exactly as before those
checks moved ahead of the database (e0c996e gave these very outcomes, compared by running this
table against its source), and a refused one changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from exchange_support import Office, offices, refused
from hrd_desk.crypto.identity import Identity
from hrd_desk.history.wire import to_message
from hrd_desk.services import colleagues
from hrd_desk.services.exchange import import_bundle
from test_exchange_hostile import origin, sealed, version

Messages = Callable[[Identity, Identity, Identity, Identity], list[dict[str, Any]]]
BOGUS = {"name": "Amina", "consent": "bogus"}


def _origin_as(key_of: Identity, id_of: Identity) -> dict[str, Any]:
    return {**origin(key_of), "vault_id": id_of.public.vault_id()}


def _as(signer: Identity, claimed: Identity, **kw: Any) -> dict[str, Any]:
    return to_message(version(signer, origin_id=claimed.public.vault_id(), **kw))


# (a, b = the receiving vault, c = a colleague of both, m = a stranger) -> messages from A
REFUSED: dict[str, tuple[Messages, str]] = {
    "a key for this vault's own id": (lambda a, b, c, m: [_origin_as(a, b)], "does not match"),
    "another key for a colleague's id": (lambda a, b, c, m: [_origin_as(a, c)], "does not match"),
    "an epoch its id was not made with": (
        lambda a, b, c, m: [{**origin(m), "epoch": "00" * 16}, _as(m, m)], "does not match"),
    "a version before its origin": (lambda a, b, c, m: [_as(m, m), origin(m)], "no known key"),
    "this vault's id, signed by the sender": (
        lambda a, b, c, m: [origin(b), _as(a, b)], "signature does not verify"),
    "the sender's id, signed by a colleague": (
        lambda a, b, c, m: [origin(a), _as(c, a)], "signature does not verify"),
    "a stranger's id, signed by a colleague, after a good one": (
        lambda a, b, c, m: [origin(m), _as(m, m), _as(c, m)], "signature does not verify"),
    "bad values under a named origin": (
        lambda a, b, c, m: [origin(m), _as(m, m, fields=BOGUS)], "does not fit"),
    "bad values under a colleague's known key": (
        lambda a, b, c, m: [_as(c, c, fields=BOGUS)], "does not fit"),
    "bad values under this vault's own key": (
        lambda a, b, c, m: [_as(b, b, fields=BOGUS)], "does not fit"),
}

APPLIED: dict[str, Messages] = {
    "a stranger named first": lambda a, b, c, m: [origin(m), _as(m, m)],
    "a stranger named twice": lambda a, b, c, m: [origin(m), origin(m), _as(m, m)],
    "a colleague unnamed": lambda a, b, c, m: [_as(c, c)],
    "this vault's own, named": lambda a, b, c, m: [origin(b), _as(b, b)],
}


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Office]]:
    with offices(tmp_path, "A", "B", "C") as made:
        yield made


def _bundle(world: dict[str, Office], path: Path, messages: Messages) -> Path:
    a, b, c = (world[n] for n in "ABC")
    return sealed(path, a.identity, [b],
                  messages(a.identity, b.identity, c.identity, Identity.generate()))


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_hostile_origin_or_version_is_refused_whole(
        world: dict[str, Office], tmp_path: Path, case: str) -> None:
    messages, said = REFUSED[case]
    rejection = refused(world["B"], _bundle(world, tmp_path / "x.bundle", messages),
                        "payload failure")
    assert said in rejection.message


@pytest.mark.parametrize("case", sorted(APPLIED))
def test_a_version_under_a_key_its_origin_proves_is_applied(
        world: dict[str, Office], tmp_path: Path, case: str) -> None:
    summary = import_bundle(world["B"].session, _bundle(world, tmp_path / "x.bundle",
                                                        APPLIED[case]))
    assert summary.outcomes == {"applied": 1} and summary.new_records == 1


@pytest.mark.parametrize("named", [False, True])
def test_a_revoked_colleagues_version_is_refused_named_or_not(
        world: dict[str, Office], tmp_path: Path, named: bool) -> None:
    b = world["B"]
    colleagues.revoke_colleague(b.session, b.colleague_ids["C"])

    def messages(a: Identity, b_: Identity, c_: Identity, m: Identity) -> list[dict[str, Any]]:
        return [*([origin(c_)] if named else []), _as(c_, c_)]

    summary = import_bundle(b.session, _bundle(world, tmp_path / "x.bundle", messages))
    assert summary.outcomes == {"refused": 1} and summary.new_records == 0
