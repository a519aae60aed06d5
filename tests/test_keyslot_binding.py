"""Keyslot format 3: the database name is bound to the vault key (a keyed BLAKE2b over the file
id and the name), with test vectors, and formats 1 and 2 upgraded at the next unlock with every
slot still working (passphrase, recovery code, duress)."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from cli_support import PASSPHRASE, init_vault, new_id
from hrd_desk.crypto import keyslot
from hrd_desk.crypto.keyslot import KdfParams, KeyslotFile
from hrd_desk.errors import DamagedVault, WrongPassphrase
from hrd_desk.services import emergency
from hrd_desk.services.maintenance import verify_vault
from hrd_desk.store.vault import KEYSLOTS_NAME, Vault

FILE_ID = "0123456789abcdef0123456789abcdef"
VECTOR_KEY = bytes(range(32))
# (database, binding): frozen; the format is these bytes (docs/threat-model.md, keyslot.py)
VECTORS = [
    ("vault.db", "6f44de4f2b9e426971a74510c2db4c0088ce73249dcb3c93732d7a25da06ebc0"),
    ("vault-0123456789abcdef.db",
     "c4c087ee7f611b2c54d8582128fe39098fb31efe9d4b23d1a3652f9ed926ae24"),
]
DURESS = "the words I give under duress"


@pytest.mark.parametrize(("database", "expected"), VECTORS)
def test_binding_vectors(database: str, expected: str) -> None:
    assert keyslot.binding(VECTOR_KEY, FILE_ID, database).hex() == expected
    # plain BLAKE2b (RFC 7693) over the canonical JSON, keyed and personalised: any
    # implementation can check a file
    message = json.dumps({"database": database, "file_id": FILE_ID}, separators=(",", ":"),
                         sort_keys=True).encode()
    assert hashlib.blake2b(message, key=VECTOR_KEY, person=b"hrd-ks-binding1",
                           digest_size=32).hexdigest() == expected


def _file(key: bytes) -> KeyslotFile:
    params = KdfParams(keyslot.MIN_OPSLIMIT, keyslot.MIN_MEMLIMIT)
    return KeyslotFile(FILE_ID, (keyslot.wrap(FILE_ID, key, "pass one", params),))


def _edited(data: bytes, **changes: object) -> bytes:
    obj = json.loads(data)
    for name, value in changes.items():
        if value is None:
            obj.pop(name, None)
        else:
            obj[name] = value
    return json.dumps(obj).encode("ascii")


def test_format_3_carries_the_binding_and_refuses_another_database_name() -> None:
    data = keyslot.serialize(_file(VECTOR_KEY), VECTOR_KEY)
    obj = json.loads(data)
    assert obj["format"] == 3
    assert base64.b64decode(obj["binding"]).hex() == VECTORS[0][1]
    parsed = keyslot.parse(data)
    assert not parsed.needs_upgrade
    keyslot.check_binding(parsed, VECTOR_KEY)
    moved = keyslot.parse(_edited(data, database="vault-0123456789abcdef.db"))
    with pytest.raises(DamagedVault, match="names a database it was not written for"):
        keyslot.check_binding(moved, VECTOR_KEY)
    with pytest.raises(DamagedVault):
        keyslot.check_binding(parsed, bytes(32))  # another key
    with pytest.raises(DamagedVault, match="binding"):
        keyslot.parse(_edited(data, binding=None))  # format 3 needs one
    with pytest.raises(DamagedVault, match="binding"):
        keyslot.parse(_edited(data, format=2))  # and format 2 may not hold one


def test_format_2_still_parses_and_needs_an_upgrade() -> None:
    data = keyslot.serialize(_file(VECTOR_KEY))
    assert json.loads(data)["format"] == 2 and "binding" not in json.loads(data)
    parsed = keyslot.parse(data)
    assert parsed.needs_upgrade
    keyslot.check_binding(parsed, VECTOR_KEY)  # nothing to check yet
    assert keyslot.unlock(parsed, "pass one") == VECTOR_KEY


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    directory = init_vault(tmp_path / "vault")
    new_id(directory, "defender", "add", "--name", "Amina", "--codename", "Heron")
    return directory


def _key(directory: Path, secret: str = PASSPHRASE) -> bytes:
    vault = Vault.unlock(directory, secret)
    assert vault._key is not None
    key = bytes(vault._key.value)
    vault.lock()
    return key


def test_a_keyslot_file_pointed_at_another_database_file_is_damage(vault: Path) -> None:
    """A copy of the database under another name (the same key opens it) cannot be swapped in
    by editing the keyslot file."""
    live = Vault.read_keyslots(vault).database
    shutil.copy(vault / live, vault / "vault-00000000000000aa.db")
    path = vault / KEYSLOTS_NAME
    path.write_bytes(_edited(path.read_bytes(), database="vault-00000000000000aa.db"))
    with pytest.raises(DamagedVault, match="not written for"):
        Vault.unlock(vault, PASSPHRASE)
    report = verify_vault(vault, lambda: PASSPHRASE)
    assert not report.ok and "not written for" in report.failures[0].detail


def test_every_keyslot_file_the_app_writes_is_format_3(vault: Path) -> None:
    def fmt() -> int:
        return int(json.loads((vault / KEYSLOTS_NAME).read_bytes())["format"])

    assert fmt() == 3
    code = emergency.add_recovery_code(vault, PASSPHRASE)
    assert fmt() == 3
    emergency.set_duress_passphrase(vault, PASSPHRASE, DURESS)
    assert fmt() == 3
    emergency.set_wipe_after_failures(vault, PASSPHRASE, 5)
    assert fmt() == 3
    emergency.rekey(vault, PASSPHRASE)
    assert fmt() == 3
    Vault.unlock(vault, code).lock()


def test_format_2_is_upgraded_at_the_next_unlock_with_every_slot_kept(vault: Path) -> None:
    code = emergency.add_recovery_code(vault, PASSPHRASE)
    emergency.set_duress_passphrase(vault, PASSPHRASE, DURESS)
    path = vault / KEYSLOTS_NAME
    as_2 = keyslot.serialize(keyslot.parse(path.read_bytes()))  # the same slots, format 2
    path.write_bytes(as_2)
    before = keyslot.parse(as_2)
    key = _key(vault)  # this unlock upgrades
    after = keyslot.parse(path.read_bytes())
    assert json.loads(path.read_bytes())["format"] == 3 and not after.needs_upgrade
    assert after.slots == before.slots  # nothing rewrapped: the duress slot is the same bytes
    keyslot.check_binding(after, key)
    Vault.unlock(vault, code).lock()
    copy = vault.parent / "copy"
    shutil.copytree(vault, copy)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(copy, DURESS)
    assert not copy.exists()  # the duress slot still destroys


def test_format_1_is_upgraded_to_format_3(vault: Path) -> None:
    """A vault from before format 2: the slot's associated data named the vault id."""
    import nacl.bindings
    import nacl.utils

    from hrd_desk.crypto.canonical import encode

    key = _key(vault)
    vault_id = emergency_vault_id(vault)
    params = keyslot.parse((vault / KEYSLOTS_NAME).read_bytes()).secret_slots[0].params
    salt, nonce = nacl.utils.random(16), nacl.utils.random(24)
    ad = encode({"format": 1, "slot": "passphrase", "vault_id": vault_id, "salt": salt.hex(),
                 "kdf": "argon2id13", "opslimit": params.opslimit, "memlimit": params.memlimit})
    kek = keyslot.derive(PASSPHRASE, salt, params)
    wrapped = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(key, ad, nonce, kek)
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    old = {"format": 1, "vault_id": vault_id, "slots": [{
        "type": "passphrase", "kdf": "argon2id13", "salt": b64(salt),
        "opslimit": params.opslimit, "memlimit": params.memlimit, "nonce": b64(nonce),
        "wrapped": b64(wrapped)}]}
    live = Vault.read_keyslots(vault).database
    if live != "vault.db":  # format 1 always named vault.db
        for suffix in ("", "-wal", "-shm"):
            if (vault / f"{live}{suffix}").exists():
                (vault / f"{live}{suffix}").rename(vault / f"vault.db{suffix}")
    (vault / KEYSLOTS_NAME).write_text(json.dumps(old))
    Vault.unlock(vault, PASSPHRASE).lock()
    upgraded = json.loads((vault / KEYSLOTS_NAME).read_bytes())
    assert upgraded["format"] == 3 and "vault_id" not in upgraded
    keyslot.check_binding(keyslot.parse((vault / KEYSLOTS_NAME).read_bytes()), key)
    Vault.unlock(vault, PASSPHRASE).lock()


def emergency_vault_id(directory: Path) -> str:
    vault = Vault.unlock(directory, PASSPHRASE)
    try:
        return vault.vault_id
    finally:
        vault.lock()
