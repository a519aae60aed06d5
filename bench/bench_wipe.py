"""Emergency wipe and rekey against vault size: how soon nothing can be opened.

Builds a vault of N MiB (incidents with random text through the real write path, cheap Argon2id
so building is quick; the KDF plays no part in wiping), then measures:
- wipe: time until every keyslot is destroyed (target < 1 s whatever the size), and until every
  file is gone; beside it, a plain `unlink` of the same files in the same run (the reference).
- rekey: sqlcipher_export into a new file and the switch, beside a plain file copy of the
  database (the reference: rekeying cannot be faster than reading and writing every page).
After the wipe it checks that neither the passphrase nor the recovery code opens anything.
Never asserts a time: it prints figures and pass/miss.

    .venv/bin/python bench/bench_wipe.py [--mib 50]
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path

from hrd_desk.crypto import keyslot

keyslot.MIN_MEMLIMIT, keyslot.MIN_OPSLIMIT, keyslot.TARGET_SECONDS = 8 << 20, 1, (0.0, 0.0)

from hrd_desk.errors import HrdDeskError  # noqa: E402
from hrd_desk.services import emergency  # noqa: E402
from hrd_desk.services.casework import Casework  # noqa: E402
from hrd_desk.services.session import create_vault, open_session  # noqa: E402
from hrd_desk.store.dbapi import transaction  # noqa: E402
from hrd_desk.store.vault import Vault  # noqa: E402

PASSPHRASE = "a bench passphrase of some length"
MiB = 1024 * 1024


def build(directory: Path, mib: int) -> None:
    create_vault(directory, PASSPHRASE).lock()
    with open_session(directory, PASSPHRASE) as session:
        work = Casework(session)
        defender = work.add("defender", {"name": "Bench"})
        while size_of(directory) < mib * MiB:
            with transaction(session.conn):  # 200 records a transaction
                for _ in range(200):
                    work.add("incident", {"defenders": [defender], "category": "digital",
                                          "occurred": "2024-03",
                                          "description": secrets.token_hex(2048)})
        session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def size_of(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.iterdir() if p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        vault = root / "vault"
        started = time.perf_counter()
        build(vault, args.mib)
        built = time.perf_counter() - started
        print(f"built a {size_of(vault) / MiB:.1f} MiB vault in {built:.1f} s")
        code = emergency.add_recovery_code(vault, PASSPHRASE)

        copy = root / "copy.db"
        started = time.perf_counter()
        shutil.copyfile(vault / Vault.read_keyslots(vault).database, copy)
        copy_s = time.perf_counter() - started
        started = time.perf_counter()
        emergency.rekey(vault, PASSPHRASE)
        rekey_s = time.perf_counter() - started
        print(f"rekey           {rekey_s:8.3f} s   plain copy {copy_s:8.3f} s   "
              f"ratio {rekey_s / max(copy_s, 1e-6):6.1f}x")

        plain = root / "plain"
        shutil.copytree(vault, plain)
        started = time.perf_counter()
        for path in plain.iterdir():
            path.unlink()
        unlink_s = time.perf_counter() - started
        report = emergency.wipe(vault)
        verdict = "pass" if report.keys_seconds < 1.0 else "MISS"
        print(f"wipe: keys gone {report.keys_seconds:8.4f} s   (target < 1 s: {verdict})")
        print(f"wipe: all gone  {report.total_seconds:8.3f} s   plain unlink {unlink_s:8.4f} s")
        for secret in (PASSPHRASE, code):
            try:
                open_session(vault, secret)
            except HrdDeskError as exc:
                print(f"after the wipe, {'passphrase' if secret == PASSPHRASE else 'code':10} "
                      f"-> {type(exc).__name__}")
            else:
                print("after the wipe something still opened: FAIL")
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
