"""`hrd-desk import-sheet` as a caseworker runs it: the contract in docs/cli.md, and a process
killed with SIGKILL in the middle of an import leaving nothing or everything."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_support import PASSPHRASE, init_vault, ok, ok_json, run, vault_dump
from hrd_desk.services.session import Session, unlock_vault
from sheet_support import excel_windows_csv, libreoffice_xlsx


def imported(vault: Path, *args: str) -> dict[str, object]:
    """import-sheet ARGS with --json: exit 0, and stderr says only that the file is still there."""
    result = run(vault, "import-sheet", *args, as_json=True)
    assert result.code == 0, result.err
    assert result.err.startswith("hrd-desk: note: ") and "unencrypted" in result.err
    data: dict[str, object] = result.json()
    return data


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    v = init_vault(tmp_path / "vault")
    ok(v, "defender", "add", "--name", "Amina Diallo", "--codename", "Heron", "--country", "KE")
    return v


def test_import_sheet_json_contract_and_dry_run(vault: Path, tmp_path: Path) -> None:
    path = libreoffice_xlsx(tmp_path / "log.xlsx")
    before = vault_dump(vault)
    dry = ok_json(vault, "import-sheet", "incident", str(path), "--dry-run")
    assert dry["created"] == 4 and dry["dry_run"] is True and dry["errors"] == []
    assert dry["sample"][0] == {"row": 3, "values": {
        "defenders": "Heron", "category": "physical", "occurred": "2024-03-15",
        "description": "Followed home", "severity": 3}}
    assert vault_dump(vault) == before
    result = run(vault, "import-sheet", "incident", str(path), "--sheet", "Threat log",
                 as_json=True)
    assert result.code == 0
    data = result.json()
    assert {"created", "duplicates", "errors"} <= set(data) and data["created"] == 4
    assert "still on this disk, unencrypted" in result.err  # the plaintext file is named
    listed = ok_json(vault, "incident", "list")
    assert sorted(i["occurred"] for i in listed) == ["2023-11-30", "2024-02-01T14:30",
                                                      "2024-03-15", "2024-03-15"]
    [batch] = ok_json(vault, "imports", "list")
    assert batch["batch"] == data["batch"] and batch["live"] == 4
    assert ok_json(vault, "imports", "delete", str(data["batch"]))["changed"] == 4
    assert ok_json(vault, "incident", "list") == []
    assert run(vault, "imports", "delete", "99999").code == 5


def test_refused_file_lists_every_error_exit_5_nothing_changed(vault: Path,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Defender;Primary category;When it happened;Description\n"
                    "Heron;physcal;2024;a\nNobody;other;2024;b\n", encoding="utf-8")
    before = vault_dump(vault)
    human = run(vault, "import-sheet", "incident", str(path))
    assert human.code == 5 and human.out == ""
    assert human.err.splitlines() == [
        "row 2, column B (Primary category): not a known primary category (closest: physical "
        "(Physical harassment and direct threats)) [physcal]",
        "row 3, column A (Defender): no defender has this codename or name [Nobody]",
        "hrd-desk: the file was not imported: 2 errors (nothing was changed)",
    ]
    as_json = run(vault, "import-sheet", "incident", str(path), as_json=True)
    assert as_json.code == 5
    data = as_json.json()
    assert data["created"] == 0 and [e["row"] for e in data["errors"]] == [2, 3]
    assert data["errors"][0] == {"row": 2, "column": "B (Primary category)", "value": "physcal",
                                 "message": data["errors"][0]["message"]}
    assert vault_dump(vault) == before


def test_windows_1252_needs_the_encoding_said_and_the_order_flags(vault: Path,
                                                                  tmp_path: Path) -> None:
    path = excel_windows_csv(tmp_path / "menaces.csv")
    refused = run(vault, "import-sheet", "incident", str(path))
    assert refused.code == 5 and "--encoding windows-1252" in refused.err
    done = imported(vault, "incident", str(path), "--encoding", "windows-1252", "--day-first")
    assert done["created"] == 3 and done["encoding"] == "windows-1252"
    usage = run(vault, "import-sheet", "incident", str(path), "--day-first", "--month-first")
    assert usage.code == 2


def test_a_mapping_file_from_the_docs_example(vault: Path, tmp_path: Path) -> None:
    """The example in docs/cli.md works as printed."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text()
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    mapping = tmp_path / "mapping.toml"
    mapping.write_text(example, encoding="utf-8")
    path = tmp_path / "registre.csv"
    path.write_text("Nom de code;Type de menace;Date;Récit;Pays;N° interne\n"
                    "Heron;Harcèlement;15/03/2024;Suivi;Kenya;A-17\n", encoding="utf-8")
    data = imported(vault, "incident", str(path), "--mapping", str(mapping))
    assert data["created"] == 1
    [incident] = ok_json(vault, "incident", "list")
    assert incident["category"] == "physical" and incident["occurred"] == "2024-03-15"


_CHILD = """
import sys
from hrd_desk.crypto import keyslot
keyslot.MIN_MEMLIMIT, keyslot.MIN_OPSLIMIT = {mem}, {ops}
keyslot.TARGET_SECONDS = (0.0, 0.0)
from hrd_desk.cli import main
sys.exit(main(["--vault", sys.argv[1], "--passphrase-stdin", "--json", "import-sheet",
               "incident", sys.argv[2]]))
"""


@pytest.mark.timeout(600)  # a real process writing thousands of rows
def test_kill_9_during_an_import_leaves_nothing_or_everything(vault: Path,
                                                              tmp_path: Path) -> None:
    from hrd_desk.crypto import keyslot  # the fast bounds the fixture set, for the child

    rows = 6_000
    path = tmp_path / "many.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Defender", "Primary category", "When it happened", "Description"])
        out.writerows(["Heron", "other", "2024", f"row {i}"] for i in range(rows))
    child = _CHILD.format(mem=keyslot.MIN_MEMLIMIT, ops=keyslot.MIN_OPSLIMIT)
    wal = vault / "vault.db-wal"
    start_size = wal.stat().st_size if wal.exists() else 0
    process = subprocess.Popen([sys.executable, "-c", child, str(vault), str(path)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH":
                                                             os.pathsep.join(sys.path)})
    assert process.stdin is not None
    process.stdin.write((PASSPHRASE + "\n").encode())
    process.stdin.close()
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > start_size + 512 * 1024:
            break  # the import is writing its transaction
        time.sleep(0.01)
    killed_while_running = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert killed_while_running, "the import ended before it could be killed"
    with Session(unlock_vault(vault, PASSPHRASE)) as session:
        count = session.conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
        check = session.conn.execute("PRAGMA integrity_check").fetchone()[0]
    assert check == "ok"
    assert count in (0, rows), f"{count} of {rows} rows survived a kill -9"
    if count == 0:  # and then it can be run again
        assert imported(vault, "incident", str(path))["created"] == rows
    assert json.loads(run(vault, "verify", as_json=True).out)["ok"] is True
