"""Running `hrd-desk` in-process for tests, and a canonical dump to prove a vault did not change.

`main()` runs in the test process, so the fast-KDF fixture applies; the passphrase comes through
`--passphrase-stdin` from a string buffer.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrd_desk.cli import main
from hrd_desk.services.session import Session, unlock_vault

PASSPHRASE = "correct horse battery staple"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run(vault: Path, *args: str, stdin: str | None = None, as_json: bool = False) -> Result:
    """hrd-desk --vault VAULT --passphrase-stdin [--json] ARGS, with the passphrase on stdin."""
    out, err = io.StringIO(), io.StringIO()
    argv = ["--vault", str(vault), "--passphrase-stdin", *(["--json"] if as_json else []), *args]
    stdin_text = PASSPHRASE + "\n" if stdin is None else stdin
    code = main(argv, stdin=io.StringIO(stdin_text), stdout=out, stderr=err)
    return Result(code, out.getvalue(), err.getvalue())


def ok(vault: Path, *args: str, as_json: bool = False, stdin: str | None = None) -> Result:
    result = run(vault, *args, as_json=as_json, stdin=stdin)
    assert result.code == 0, result.err
    assert result.err == ""
    return result


def ok_json(vault: Path, *args: str) -> Any:
    return ok(vault, *args, as_json=True).json()


def new_id(vault: Path, *args: str) -> str:
    """Run a creating command with --json and return the id it printed."""
    data = ok_json(vault, *args)
    assert set(data) == {"id"}
    return str(data["id"])


def init_vault(vault: Path) -> Path:
    ok(vault, "init")
    return vault


def vault_dump(vault: Path) -> dict[str, Any]:
    """Every row of every table (full-text shadow tables included) plus the keyslot bytes."""
    dump: dict[str, Any] = {"keyslots": (vault / "keyslots").read_bytes()}
    with Session(unlock_vault(vault, PASSPHRASE)) as session:
        names = [
            r[0] for r in session.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for name in names:
            rows = session.conn.execute(f'SELECT * FROM "{name}"').fetchall()
            dump[name] = sorted(repr(tuple(r)) for r in rows)
    return dump


def file_bytes(vault: Path) -> dict[str, bytes]:
    """Every file in the vault directory, by name."""
    return {p.name: p.read_bytes() for p in sorted(vault.iterdir()) if p.is_file()}
