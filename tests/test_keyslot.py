"""Keyslots: the wrapped vault key, what authenticates it, and how damage is told from a wrong
passphrase. Parameter bounds are tested with the real bounds (`real_kdf`): refusing them must
happen before any Argon2id run, so those tests stay fast."""

from __future__ import annotations

import base64
import json
import re
import secrets
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from hrd_desk.crypto import keyslot
from hrd_desk.crypto.keyslot import KdfParams, KeyslotFile
from hrd_desk.errors import DamagedVault, WrongPassphrase

FILE_ID = "0123456789abcdef0123456789abcdef"
MiB = 1024 * 1024
# issue 2: below 256 MiB or 3 passes, above 4 GiB or 20 passes is a damaged keyslot
REAL_BOUNDS = (256 * MiB, 3, 4096 * MiB, 20)


def bounds(module: Any) -> tuple[int, int, int, int]:
    return (module.MIN_MEMLIMIT, module.MIN_OPSLIMIT, module.MAX_MEMLIMIT, module.MAX_OPSLIMIT)


def fast_params() -> KdfParams:
    return KdfParams(keyslot.MIN_OPSLIMIT, keyslot.MIN_MEMLIMIT)


def make_file(passphrase: str = "pass one", key: bytes | None = None) -> tuple[KeyslotFile, bytes]:
    key = key or secrets.token_bytes(keyslot.VAULT_KEY_BYTES)
    slot = keyslot.wrap(FILE_ID, key, passphrase, fast_params())
    return KeyslotFile(FILE_ID, (slot,)), key


def edited(data: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    obj = json.loads(data)
    change(obj)
    return json.dumps(obj).encode("ascii")


def test_wrap_and_unlock_round_trip() -> None:
    slots, key = make_file()
    assert keyslot.unlock(slots, "pass one") == key
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        keyslot.unlock(slots, "pass two")
    with pytest.raises(WrongPassphrase):
        keyslot.unlock(slots, "")


def test_serialized_file_parses_back_to_the_same_slots() -> None:
    slots, key = make_file()
    data = keyslot.serialize(slots)
    assert keyslot.parse(data) == slots
    assert keyslot.unlock(keyslot.parse(data), "pass one") == key
    assert key not in data and key.hex().encode() not in data
    assert base64.b64encode(key) not in data


def test_the_same_key_wraps_differently_each_time() -> None:
    key = secrets.token_bytes(32)
    a = keyslot.wrap(FILE_ID, key, "pass", fast_params())
    b = keyslot.wrap(FILE_ID, key, "pass", fast_params())
    assert a.salt != b.salt and a.nonce != b.nonce and a.wrapped != b.wrapped


@pytest.mark.parametrize(
    "tamper",
    [
        lambda s: replace(s, salt=secrets.token_bytes(len(s.salt))),
        lambda s: replace(s, nonce=secrets.token_bytes(len(s.nonce))),
        lambda s: replace(s, wrapped=bytes([s.wrapped[0] ^ 1]) + s.wrapped[1:]),
        lambda s: replace(s, wrapped=s.wrapped[:-1] + bytes([s.wrapped[-1] ^ 0x80])),
        # other in-bounds parameters: authenticated as associated data, so not silently used
        lambda s: replace(s, params=KdfParams(s.params.opslimit + 1, s.params.memlimit)),
        lambda s: replace(s, params=KdfParams(s.params.opslimit, s.params.memlimit + 1024)),
    ],
)
def test_any_change_to_a_slot_fails_authentication(tamper: Callable[[Any], Any]) -> None:
    slots, _ = make_file()
    changed = KeyslotFile(FILE_ID, (tamper(slots.slots[0]),))
    with pytest.raises(WrongPassphrase):
        keyslot.unlock(changed, "pass one")


def test_the_file_id_is_authenticated() -> None:
    slots, _ = make_file()
    with pytest.raises(WrongPassphrase):
        keyslot.unlock(KeyslotFile("f" * 32, slots.slots), "pass one")


def test_slot_kinds_are_inside_the_ciphertext_and_a_duress_slot_looks_like_any_other() -> None:
    key = secrets.token_bytes(32)
    normal = keyslot.wrap(FILE_ID, key, "every day words", fast_params())
    duress = keyslot.duress_slot(FILE_ID, "words under duress", fast_params())
    data = keyslot.serialize(KeyslotFile(FILE_ID, (normal, duress)))
    slots = json.loads(data)["slots"]
    assert [sorted(s) for s in slots] == [sorted(slots[0])] * 2  # same fields, same sizes
    assert {len(s["wrapped"]) for s in slots} == {len(slots[0]["wrapped"])}
    assert slots[0]["type"] == slots[1]["type"] == "secret"
    parsed = keyslot.parse(data)
    assert keyslot.open_slots(parsed, "every day words") == keyslot.Opened(key, salt=normal.salt)
    assert keyslot.open_slots(parsed, "words under duress") == keyslot.Opened(
        None, duress=True, salt=duress.salt)
    with pytest.raises(WrongPassphrase):  # the duress passphrase never yields a key
        keyslot.unlock(parsed, "words under duress")


def test_a_refusal_runs_the_kdf_once_per_slot_whatever_the_slots(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = secrets.token_bytes(32)
    code = keyslot.new_recovery_code()
    slots = KeyslotFile(FILE_ID, (
        keyslot.wrap(FILE_ID, key, "every day words", fast_params()),
        keyslot.duress_slot(FILE_ID, "words under duress", fast_params()),
        keyslot.recovery_slot(FILE_ID, key, code, fast_params()),
    ))
    real = keyslot.derive
    runs: list[int] = []

    def counted(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        runs.append(1)
        return real(passphrase, salt, params)

    monkeypatch.setattr(keyslot, "derive", counted)
    for wrong in ("nope", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"):  # a code of the right shape
        runs.clear()
        with pytest.raises(WrongPassphrase):
            keyslot.open_slots(slots, wrong)
        assert len(runs) == 3


def test_the_recovery_code_opens_the_key_and_survives_a_reseal() -> None:
    key = secrets.token_bytes(32)
    code = keyslot.new_recovery_code()
    assert re.fullmatch(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", code)
    assert not set(code) & set("ILOU")
    slot = keyslot.recovery_slot(FILE_ID, key, code, fast_params())
    parsed = keyslot.parse(keyslot.serialize(KeyslotFile(FILE_ID, (
        keyslot.wrap(FILE_ID, key, "every day words", fast_params()), slot))))
    opened = keyslot.open_slots(parsed, code)
    assert opened.key == key and opened.recovery
    sloppy = code.lower().replace("-", " ").replace("0", "o")  # read aloud, typed loosely
    assert keyslot.unlock(parsed, sloppy) == key
    new_key = secrets.token_bytes(32)
    resealed = keyslot.reseal(FILE_ID, parsed.recovery_slots[0], new_key)  # no code needed
    assert keyslot.unlock(KeyslotFile(FILE_ID, (resealed,)), code) == new_key
    other = keyslot.new_recovery_code()
    with pytest.raises(WrongPassphrase):
        keyslot.unlock(KeyslotFile(FILE_ID, (resealed,)), other)
    tampered = replace(resealed, public=bytes(32))
    with pytest.raises(WrongPassphrase):
        keyslot.unlock(KeyslotFile(FILE_ID, (tampered,)), code)


def test_slot_count_and_total_work_are_capped() -> None:
    key = secrets.token_bytes(32)
    slot = keyslot.wrap(FILE_ID, key, "every day words", fast_params())
    too_many = {"format": 2, "file_id": FILE_ID, "database": "vault.db",
                "slots": [json.loads(keyslot.serialize(KeyslotFile(FILE_ID, (slot,))))["slots"][0]]
                * (keyslot.MAX_SLOTS + 1)}
    with pytest.raises(DamagedVault, match="more slots than any vault needs"):
        keyslot.parse(json.dumps(too_many).encode())


@pytest.mark.real_kdf
def test_the_total_kdf_work_of_a_file_is_capped_before_any_kdf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heavy = keyslot.Keyslot(bytes(keyslot.SALT_BYTES), KdfParams(20, 4096 * MiB),
                            bytes(keyslot.NONCE_BYTES), bytes(1 + 32 + 16))
    monkeypatch.setattr(keyslot, "derive", _refuse_kdf)
    keyslots = KeyslotFile(FILE_ID, (heavy,) * 5)  # each in bounds, together ~14 hours
    with pytest.raises(DamagedVault, match="more work than any vault needs"):
        keyslot.unlock(keyslots, "any passphrase")


def test_a_format_1_file_still_opens() -> None:
    """Vaults made before format 2: the slot's associated data named the vault id."""
    import nacl.bindings
    import nacl.utils

    from hrd_desk.crypto.canonical import encode

    key, salt, nonce = secrets.token_bytes(32), secrets.token_bytes(16), secrets.token_bytes(24)
    params = fast_params()
    ad = encode({"format": 1, "slot": "passphrase", "vault_id": FILE_ID, "salt": salt.hex(),
                 "kdf": "argon2id13", "opslimit": params.opslimit, "memlimit": params.memlimit})
    kek = keyslot.derive("old words", salt, params)
    wrapped = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(key, ad, nonce, kek)
    old = {"format": 1, "vault_id": FILE_ID, "slots": [{
        "type": "passphrase", "kdf": "argon2id13", "salt": base64.b64encode(salt).decode(),
        "opslimit": params.opslimit, "memlimit": params.memlimit,
        "nonce": base64.b64encode(nonce).decode(), "wrapped": base64.b64encode(wrapped).decode()}]}
    parsed = keyslot.parse(json.dumps(old).encode())
    assert parsed.legacy_vault_id == FILE_ID
    assert keyslot.unlock(parsed, "old words") == key
    with pytest.raises(WrongPassphrase):
        keyslot.unlock(parsed, "other words")


def test_any_passphrase_slot_unlocks() -> None:
    key = secrets.token_bytes(32)
    first = keyslot.wrap(FILE_ID, key, "first", fast_params())
    second = keyslot.wrap(FILE_ID, key, "second", fast_params())
    slots = KeyslotFile(FILE_ID, (first, second))
    parsed = keyslot.parse(keyslot.serialize(slots))
    assert keyslot.unlock(parsed, "first") == key
    assert keyslot.unlock(parsed, "second") == key
    with pytest.raises(WrongPassphrase):
        keyslot.unlock(parsed, "third")


def _set_slot(name: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(obj: dict[str, Any]) -> None:
        obj["slots"][0][name] = value

    return change


def _b64(n: int) -> str:
    return base64.b64encode(bytes(n)).decode()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda d: b"", "empty"),
        (lambda d: d[: len(d) // 2], "truncated or unparsable"),
        (lambda d: d[:-3], "truncated or unparsable"),
        (lambda d: b"\x00\x01\x02 not json", "unparsable"),
        (lambda d: "{\"é\": 1}".encode(), "unparsable"),
        (lambda d: b"[1, 2]", "unparsable"),
        (lambda d: b"[" * 50_000, "unparsable"),
        (lambda d: b" " * (keyslot.MAX_KEYSLOT_FILE + 1), "too large"),
        (lambda d: edited(d, lambda o: o.update(format=4)), "unknown format version"),
        (lambda d: edited(d, lambda o: o.update(format=True)), "'format'"),
        (lambda d: edited(d, lambda o: o.pop("file_id")), "'file_id'"),
        (lambda d: edited(d, lambda o: o.update(file_id="x" * 32)), "'file_id' is malformed"),
        (lambda d: edited(d, lambda o: o.update(database="../other.db")), "'database'"),
        (lambda d: edited(d, lambda o: o.update(database="keyslots")), "'database'"),
        (lambda d: edited(d, lambda o: o.update(wipe_after_failures=-1)), "out of range"),
        (lambda d: edited(d, lambda o: o.update(wipe_after_failures=10**9)), "out of range"),
        (lambda d: edited(d, _set_slot("type", "hardware")), "unknown kind of slot"),
        (lambda d: edited(d, lambda o: o.update(slots=[])), "no keyslot"),
        (lambda d: edited(d, lambda o: o.update(slots={})), "'slots'"),
        (lambda d: edited(d, lambda o: o.update(slots=["x"])), "slot is unparsable"),
        (lambda d: edited(d, _set_slot("kdf", "scrypt")), "unknown KDF"),
        (lambda d: edited(d, _set_slot("salt", _b64(15))), "'salt' has the wrong length"),
        (lambda d: edited(d, _set_slot("salt", _b64(17))), "'salt' has the wrong length"),
        (lambda d: edited(d, _set_slot("nonce", _b64(12))), "'nonce' has the wrong length"),
        (lambda d: edited(d, _set_slot("wrapped", _b64(48))), "'wrapped' has the wrong length"),
        (lambda d: edited(d, _set_slot("wrapped", _b64(64))), "'wrapped' has the wrong length"),
        (lambda d: edited(d, _set_slot("salt", "not base64!")), "'salt' is not base64"),
        (lambda d: edited(d, _set_slot("opslimit", "3")), "'opslimit'"),
        (lambda d: edited(d, _set_slot("opslimit", 3.0)), "'opslimit'"),
        (lambda d: edited(d, _set_slot("memlimit", None)), "'memlimit'"),
        (lambda d: edited(d, _set_slot("memlimit", True)), "'memlimit'"),
        (lambda d: edited(d, _set_slot("type", 7)), "'type'"),
    ],
)
def test_structural_damage_is_damaged_vault_with_the_reason(
    damage: Callable[[bytes], bytes], reason: str
) -> None:
    slots, _ = make_file()
    with pytest.raises(DamagedVault) as caught:
        keyslot.parse(damage(keyslot.serialize(slots)))
    assert reason in str(caught.value)
    assert str(caught.value).startswith("damaged vault: keyslot")


def _refuse_kdf(*_: object, **__: object) -> bytes:
    raise AssertionError("Argon2id must not run for parameters outside the bounds")


@pytest.mark.real_kdf
@pytest.mark.parametrize(
    ("opslimit", "memlimit"),
    [
        (3, 256 * MiB - 1024),  # below 256 MiB
        (3, 64 * MiB),
        (2, 256 * MiB),  # below 3 passes
        (0, 256 * MiB),
        (21, 256 * MiB),  # above 20 passes
        (3, 4096 * MiB + 1024),  # above 4 GiB
        (3, 2**40),
        (-1, 256 * MiB),
    ],
)
def test_real_bounds_refuse_parameters_before_running_the_kdf(
    opslimit: int, memlimit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert bounds(keyslot) == REAL_BOUNDS
    slot = keyslot.Keyslot(
        bytes(keyslot.SALT_BYTES), KdfParams(opslimit, memlimit),
        bytes(keyslot.NONCE_BYTES), bytes(1 + keyslot.VAULT_KEY_BYTES + 16),
    )
    data = keyslot.serialize(KeyslotFile(FILE_ID, (slot,)))
    parsed = keyslot.parse(data)  # parsing accepts the shape; the bounds decide at unlock
    monkeypatch.setattr(keyslot, "derive", _refuse_kdf)
    with pytest.raises(DamagedVault, match="outside sane bounds"):
        keyslot.unlock(parsed, "any passphrase")


@pytest.mark.real_kdf
def test_real_bounds_are_inclusive() -> None:
    assert KdfParams(3, 256 * MiB).in_bounds()
    assert KdfParams(20, 4096 * MiB).in_bounds()
    assert not KdfParams(2, 4096 * MiB).in_bounds()
    assert not KdfParams(20, 4096 * MiB + 1).in_bounds()


def test_the_fast_kdf_comes_only_from_the_test_fixture() -> None:
    """The module's own bounds are the real ones; this test run patched them (conftest)."""
    import importlib.util
    import sys

    spec = importlib.util.find_spec("hrd_desk.crypto.keyslot")
    assert spec is not None and spec.loader is not None
    fresh = importlib.util.module_from_spec(spec)
    sys.modules["_fresh_keyslot"] = fresh
    try:
        spec.loader.exec_module(fresh)
    finally:
        del sys.modules["_fresh_keyslot"]
    assert bounds(fresh) == REAL_BOUNDS
    assert fresh.TARGET_SECONDS[0] > 0
    assert keyslot.MIN_MEMLIMIT < fresh.MIN_MEMLIMIT  # the fixture is in effect here


def test_calibration_stays_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslot, "TARGET_SECONDS", (0.5, 1.0))
    calls: list[KdfParams] = []

    def slow_kdf(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        calls.append(params)
        return bytes(32)

    times = iter([0.0, 0.01])  # one derivation "took" 10 ms: far below the target
    monkeypatch.setattr(keyslot, "derive", slow_kdf)
    with monkeypatch.context() as clock:
        clock.setattr("hrd_desk.crypto.keyslot.time.perf_counter", lambda: next(times))
        params = keyslot.calibrate()
    assert calls == [KdfParams(keyslot.MIN_OPSLIMIT, keyslot.MIN_MEMLIMIT)]
    assert params.memlimit == keyslot.MIN_MEMLIMIT
    assert params.opslimit == keyslot.MAX_OPSLIMIT  # 75x the passes, capped at the maximum
    assert params.in_bounds()


def test_calibration_keeps_the_minimum_on_a_slow_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslot, "TARGET_SECONDS", (0.5, 1.0))
    monkeypatch.setattr(keyslot, "derive", lambda *_: bytes(32))
    times = iter([0.0, 2.0])
    with monkeypatch.context() as clock:
        clock.setattr("hrd_desk.crypto.keyslot.time.perf_counter", lambda: next(times))
        params = keyslot.calibrate()
    assert params == KdfParams(keyslot.MIN_OPSLIMIT, keyslot.MIN_MEMLIMIT)


def test_a_slot_asking_for_more_memory_than_there_is_is_damage_not_a_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slots, _ = make_file()

    def no_memory(*_: object, **__: object) -> bytes:
        raise MemoryError()

    monkeypatch.setattr(keyslot.nacl.pwhash.argon2id, "kdf", no_memory)
    with pytest.raises(DamagedVault, match="more memory than this computer has"):
        keyslot.unlock(slots, "pass one")
