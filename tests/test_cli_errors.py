"""Every way a command can fail: its documented exit code, one line on stderr, nothing changed."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlcipher3

from cli_support import PASSPHRASE, Result, file_bytes, init_vault, new_id, ok, run, vault_dump
from hrd_desk.errors import ExitCode
from hrd_desk.services.casework import Casework
from hrd_desk.services.session import Session, unlock_vault

USAGE, WRONG, DAMAGED, REJECTED, NO_VAULT = (
    ExitCode.USAGE, ExitCode.WRONG_PASSPHRASE, ExitCode.DAMAGED_VAULT,
    ExitCode.REJECTED_INPUT, ExitCode.NO_VAULT,
)


@dataclass
class Seeded:
    vault: Path
    defender: str
    other: str
    related: str
    incident: str
    case: str
    deleted: str


def _seed(vault: Path) -> Seeded:
    init_vault(vault)
    defender = new_id(vault, "defender", "add", "--name", "Amina", "--country", "KE")
    other = new_id(vault, "defender", "add", "--name", "Bashir")
    related = new_id(vault, "related", "add", "--defender", defender, "--name", "Juma",
                     "--relationship", "child")
    case = new_id(vault, "case", "add", "--defender", defender, "--programme", "relocation")
    incident = new_id(vault, "incident", "add", "--defender", defender, "--category", "digital",
                      "--occurred", "2024-03", "--description", "phishing")
    deleted = new_id(vault, "defender", "add", "--name", "Gone")
    ok(vault, "defender", "delete", deleted)
    return Seeded(vault, defender, other, related, incident, case, deleted)


_template: Seeded | None = None


@pytest.fixture
def seeded(vault_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Seeded:
    """A vault with one record of each kind and a deleted one: seeded once (with the fast KDF
    of the first test that asks), then copied, closed files and all, for each test."""
    global _template
    if _template is None:
        _template = _seed(tmp_path_factory.mktemp("seeded") / "vault")
    shutil.copytree(_template.vault, vault_dir)
    return dataclasses.replace(_template, vault=vault_dir)


def assert_one_line_error(result: Result, code: int) -> None:
    assert result.code == code, (result.code, result.err)
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("hrd-desk: ")
    assert "Traceback" not in result.err


UNKNOWN = "00000000-0000-4000-8000-000000000000"

# (arguments with {placeholders} from Seeded, expected exit code)
BAD_COMMANDS: list[tuple[str, int]] = [
    ("defender add --name A --country Kenya", REJECTED),
    ("defender add --name A --consent everyone", REJECTED),
    ("defender add --name A --field plumbing", REJECTED),
    ("defender add --name A --consent-date 2024-02-30", REJECTED),
    ("defender add --name \x01bell", REJECTED),
    ("defender add --codename NoName", USAGE),
    ("defender add --name A --bogus 1", USAGE),
    ("defender show " + UNKNOWN, REJECTED),
    ("defender show {incident}", REJECTED),
    ("defender edit {defender}", USAGE),
    ("defender edit {defender} --name ''", REJECTED),
    ("defender edit {defender} --country XYZ", REJECTED),
    ("defender edit " + UNKNOWN + " --name B", REJECTED),
    ("defender edit {deleted} --name B", REJECTED),
    ("defender delete " + UNKNOWN, REJECTED),
    ("defender delete {incident}", REJECTED),
    ("defender restore " + UNKNOWN, REJECTED),
    ("defender list --country 12", REJECTED),
    ("defender list --limit -1", USAGE),
    ("defender frobnicate", USAGE),
    ("related add --defender " + UNKNOWN + " --name J --relationship child", REJECTED),
    ("related add --defender {deleted} --name J --relationship child", REJECTED),
    ("related add --defender {defender} --name J --relationship cousin", REJECTED),
    ("related add --defender {defender} --relationship child", USAGE),
    ("related edit {related} --defender {incident}", REJECTED),
    ("related list --defender " + UNKNOWN, REJECTED),
    ("related show {defender}", REJECTED),
    ("incident add --defender {defender} --category weather --occurred 2024 --description x",
     REJECTED),
    ("incident add --defender {defender} --category digital --occurred 2024-13 --description x",
     REJECTED),
    ("incident add --defender {defender} --category digital --occurred 03/2024 --description x",
     REJECTED),
    ("incident add --defender {defender} --category digital --occurred 2024 --description x "
     "--severity 6", REJECTED),
    ("incident add --defender {defender} --category digital --occurred 2024 --description x "
     "--severity high", REJECTED),
    ("incident add --defender {other} --category family --occurred 2024 --description x "
     "--target {related}", REJECTED),
    ("incident add --defender {defender} --category digital --occurred 2024 --description x "
     "--case " + UNKNOWN, REJECTED),
    ("incident add --defender {defender} --category digital --occurred 2024-05..2024-01 "
     "--description x", REJECTED),
    ("incident add --defender {defender} --category digital --occurred 2024", USAGE),
    ("incident edit {incident} --defender ''", REJECTED),
    ("incident edit {incident} --also weather", REJECTED),
    ("incident list --category weather", REJECTED),
    ("incident list --status pending", REJECTED),
    ("incident list --from yesterday", REJECTED),
    ("incident list --from 2024-05 --to 2024-01", REJECTED),
    ("incident list --defender " + UNKNOWN, REJECTED),
    ("incident list --severity 3", USAGE),
    ("case add --defender {defender} --programme holiday", REJECTED),
    ("case add --defender {defender} --programme training --opened soon", REJECTED),
    ("case add --defender {defender} --programme training --priority extreme", REJECTED),
    ("case add --programme training", USAGE),
    ("case list --status intake --status gone", REJECTED),
    ("case edit {case} --status", USAGE),
    ("search phishing --category weather", REJECTED),
    ("search phishing --from someday", REJECTED),
    ("search phishing --country Kenya", REJECTED),
    ("search phishing --status nope", REJECTED),
    ("search", USAGE),
    ("purge " + UNKNOWN, REJECTED),
    ("purge {defender}", REJECTED),
    ("init", REJECTED),
    ("defender list --json", USAGE),
]


@pytest.mark.parametrize(("command", "code"), BAD_COMMANDS)
def test_bad_input_is_refused_and_changes_nothing(
    seeded: Seeded, command: str, code: int
) -> None:
    import shlex

    args = [a.format(**vars(seeded)) for a in shlex.split(command)]
    before = vault_dump(seeded.vault)
    files_before = file_bytes(seeded.vault)
    result = run(seeded.vault, *args)
    assert_one_line_error(result, code)
    assert vault_dump(seeded.vault) == before
    assert file_bytes(seeded.vault)["keyslots"] == files_before["keyslots"]


def test_a_read_only_command_leaves_the_dump_unchanged(seeded: Seeded) -> None:
    """The comparison above would be worthless if merely opening changed the dump."""
    before = vault_dump(seeded.vault)
    ok(seeded.vault, "incident", "list")
    assert vault_dump(seeded.vault) == before
    ok(seeded.vault, "defender", "edit", seeded.other, "--organisation", "Coast Media")
    assert vault_dump(seeded.vault) != before


@pytest.mark.parametrize(
    "args",
    [["defender", "list"], ["defender", "add", "--name", "X"], ["verify"], ["passwd"],
     ["purge", UNKNOWN], ["search", "phishing"]],
)
def test_wrong_passphrase_exits_3_and_leaves_every_file_identical(
    seeded: Seeded, args: list[str]
) -> None:
    before = file_bytes(seeded.vault)
    result = run(seeded.vault, *args, stdin="not the passphrase\nnew one\n")
    assert_one_line_error(result, WRONG)
    assert "wrong passphrase" in result.err
    after = file_bytes(seeded.vault)
    failures = after.pop("unlock-failures", None)  # the count shown after the next success
    assert failures in (None, b'{"count": 1}')
    assert after == before


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda data: data[: len(data) // 2], "truncated or unparsable"),
        (lambda data: b"\x00\xff garbage", "unparsable"),
        (lambda data: b"", "empty"),
        (lambda data: data.replace(b'"format": 3', b'"format": 99'), "format"),
    ],
)
@pytest.mark.parametrize("command", [["defender", "list"], ["verify"], ["passwd"]])
def test_damaged_keyslot_exits_4_with_a_clear_message(
    seeded: Seeded, damage: object, expected: str, command: list[str]
) -> None:
    slot = seeded.vault / "keyslots"
    slot.write_bytes(damage(slot.read_bytes()))  # type: ignore[operator]
    before = file_bytes(seeded.vault)
    result = run(seeded.vault, *command)
    assert result.code == DAMAGED
    assert result.err.startswith("hrd-desk: damaged vault: ")
    assert expected in result.err and "keyslot" in result.err
    assert len(result.err.splitlines()) == 1
    assert file_bytes(seeded.vault) == before


def test_verify_json_names_the_failed_check(seeded: Seeded) -> None:
    (seeded.vault / "keyslots").write_bytes(b"{")
    result = run(seeded.vault, "verify", as_json=True)
    assert result.code == DAMAGED
    report = result.json()
    assert report["ok"] is False
    assert [(c["name"], c["ok"]) for c in report["checks"]] == [("keyslot", False)]


def test_missing_database_exits_4(seeded: Seeded) -> None:
    (seeded.vault / "vault.db").unlink()
    for args in (["defender", "list"], ["verify"]):
        result = run(seeded.vault, *args)
        assert result.code == DAMAGED
        assert "vault.db is missing" in result.err


def test_missing_keyslot_exits_4(seeded: Seeded) -> None:
    (seeded.vault / "keyslots").unlink()
    result = run(seeded.vault, "defender", "list")
    assert_one_line_error(result, DAMAGED)
    assert "keyslot file is missing" in result.err


def test_damaged_database_page_is_found_by_verify(seeded: Seeded) -> None:
    db = seeded.vault / "vault.db"
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[3 * page + 100] ^= 0xFF  # a page deep in the file, not the first
    db.write_bytes(bytes(data))
    result = run(seeded.vault, "verify", as_json=True)
    assert result.code == DAMAGED
    failed = {c["name"] for c in result.json()["checks"] if not c["ok"]}
    assert "pages" in failed
    assert result.err.startswith("hrd-desk: damaged vault: ")
    assert "Traceback" not in result.err


@pytest.mark.parametrize("args", [["defender", "list"], ["verify"], ["passwd"], ["purge", "x"]])
def test_no_vault_exits_6(vault_dir: Path, args: list[str]) -> None:
    result = run(vault_dir, *args)
    assert_one_line_error(result, NO_VAULT)
    assert "hrd-desk init" in result.err
    assert not vault_dir.exists()


def test_init_refuses_an_existing_vault_and_touches_nothing(seeded: Seeded) -> None:
    before = file_bytes(seeded.vault)
    result = run(seeded.vault, "init", stdin="another passphrase\n")
    assert_one_line_error(result, REJECTED)
    assert "already exists" in result.err
    assert file_bytes(seeded.vault) == before
    assert run(seeded.vault, "defender", "list").code == 0


def test_init_refuses_a_directory_holding_other_files(vault_dir: Path) -> None:
    vault_dir.mkdir()
    (vault_dir / "notes.txt").write_text("mine")
    assert_one_line_error(run(vault_dir, "init"), REJECTED)
    assert [p.name for p in vault_dir.iterdir()] == ["notes.txt"]


def test_passphrase_stdin_without_a_line_is_a_usage_error(seeded: Seeded) -> None:
    assert_one_line_error(run(seeded.vault, "defender", "list", stdin=""), USAGE)
    before = file_bytes(seeded.vault)
    result = run(seeded.vault, "passwd", stdin=PASSPHRASE + "\n")
    assert_one_line_error(result, USAGE)
    assert "new passphrase" in result.err
    assert file_bytes(seeded.vault) == before


def test_passwd_refuses_an_empty_new_passphrase(seeded: Seeded) -> None:
    before = file_bytes(seeded.vault)
    assert_one_line_error(run(seeded.vault, "passwd", stdin=PASSPHRASE + "\n\n"), REJECTED)
    assert file_bytes(seeded.vault) == before


@pytest.mark.skipif(sys.platform == "win32", reason="a session without a terminal is POSIX's")
def test_no_terminal_and_no_passphrase_stdin_is_a_usage_error(seeded: Seeded) -> None:
    # a new session has no controlling terminal, whether or not the test run has one
    done = subprocess.run(
        [sys.executable, "-m", "hrd_desk", "--vault", str(seeded.vault), "defender", "list"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, start_new_session=True,
        timeout=60,
    )
    assert done.returncode == USAGE, done.stderr
    assert done.stdout == "" and len(done.stderr.splitlines()) == 1
    assert "--passphrase-stdin" in done.stderr


def test_unexpected_errors_are_one_line_without_contents(
    seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("Amina lives at SECRET ADDRESS")

    monkeypatch.setattr(Casework, "list", broken)
    monkeypatch.delenv("HRD_DESK_DEBUG", raising=False)
    result = run(seeded.vault, "defender", "list")
    assert_one_line_error(result, ExitCode.INTERNAL)
    assert result.err == "hrd-desk: internal error: RuntimeError\n"

    monkeypatch.setenv("HRD_DESK_DEBUG", "1")
    debug = run(seeded.vault, "defender", "list")
    assert debug.code == ExitCode.INTERNAL
    assert "Traceback" in debug.err


def test_database_errors_after_opening_are_damage(
    seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*_: object, **__: object) -> None:
        raise sqlcipher3.DatabaseError("file is not a database")

    monkeypatch.setattr(Casework, "get", failing)
    result = run(seeded.vault, "defender", "show", seeded.defender)
    assert_one_line_error(result, DAMAGED)
    assert "damaged vault" in result.err


def test_interrupt_exits_130_quietly(seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Casework, "add", interrupted)
    before = vault_dump(seeded.vault)
    result = run(seeded.vault, "defender", "add", "--name", "X")
    assert_one_line_error(result, 130)
    assert vault_dump(seeded.vault) == before


def test_verify_finds_a_tampered_audit_chain(seeded: Seeded) -> None:
    with Session(unlock_vault(seeded.vault, PASSPHRASE)) as session:
        session.conn.execute("UPDATE audit_events SET action = 'nothing' WHERE seq = 2")
    result = run(seeded.vault, "verify", as_json=True)
    assert result.code == DAMAGED
    failed = [c["name"] for c in result.json()["checks"] if not c["ok"]]
    assert failed == ["audit"]
    assert result.err == "hrd-desk: damaged vault: audit: the audit chain breaks at event 2\n"
