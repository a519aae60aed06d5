"""One run of the command line: its streams, the vault it works on and how it gets passphrases.

Handlers receive an `Invocation` instead of reaching for `sys.stdin`/`sys.stdout`, so `main()` can
run in-process with string buffers (tests) exactly as it runs in a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ..errors import NoVault, RejectedInput, UsageError
from ..services import emergency
from ..services.desk import Desk, FoundVault, find_vault, locate_vault, open_desk, vault_exists
from ..services.passphrase_policy import check_new_passphrase
from .output import write_json


def ask_on_terminal(prompt: str) -> str:
    """Ask without echo on the controlling terminal; refuse rather than echo a passphrase."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            return getpass.getpass(prompt)
        except getpass.GetPassWarning:
            raise UsageError(
                "no terminal to ask the passphrase on: pipe it in with --passphrase-stdin"
            ) from None
        except EOFError:
            raise UsageError("no passphrase was given") from None


# Replaced by tests that exercise the terminal path; the CLI never asks any other way.
prompt_hidden: Callable[[str], str] = ask_on_terminal


@dataclass
class Invocation:
    args: argparse.Namespace
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO

    @property
    def json(self) -> bool:
        return bool(self.args.json)

    @property
    def vault_dir(self) -> Path:
        """--vault, else HRD_DESK_VAULT, else the platform's per-user data directory."""
        if self.args.vault is not None and not self.args.vault.strip():
            raise UsageError("--vault needs a directory")
        return locate_vault(self.args.vault)

    # -- passphrases ------------------------------------------------------------------------

    def _stdin_line(self, what: str) -> str:
        line = self.stdin.readline()
        if not line:
            raise UsageError(f"--passphrase-stdin: standard input has no line with {what}")
        return line.rstrip("\n").rstrip("\r")

    def passphrase(self, prompt: str = "Passphrase: ") -> str:
        """The vault's current passphrase: the first line of stdin, or asked without echo."""
        if self.args.passphrase_stdin:
            return self._stdin_line("the passphrase")
        return prompt_hidden(prompt)

    def new_passphrase(self) -> str:
        """A passphrase being set: the next line of stdin, or asked twice on the terminal."""
        if self.args.passphrase_stdin:
            return self._stdin_line("the new passphrase")
        first = prompt_hidden("New passphrase: ")
        check_new_passphrase(first)  # refused before it is typed a second time
        if prompt_hidden("Repeat the new passphrase: ") != first:
            raise RejectedInput("the two passphrases differ; nothing was changed")
        return first

    # -- the vault --------------------------------------------------------------------------

    def require_vault_folder(self) -> Path:
        """The vault directory when a vault is there at all (even one too damaged to open)."""
        directory = self.vault_dir
        if not vault_exists(directory):
            raise NoVault(f"no vault in {directory}")
        return directory

    def require_vault(self) -> FoundVault:
        """The vault, checked (no vault, damaged keyslot) before any question."""
        return find_vault(self.vault_dir)

    @contextlib.contextmanager
    def desk(self) -> Iterator[Desk]:
        """The one door to the vault for this run: keyslot read once, database opened once."""
        found = self.require_vault()
        desk = open_desk(found, self.passphrase())
        self.note_failed_unlocks(desk.failed_unlocks)
        try:
            yield desk
        finally:
            desk.close()

    @contextlib.contextmanager
    def unlocking(self, directory: Path) -> Iterator[None]:
        """Around a command that unlocks the vault without a Desk (passwd, verify, rekey, the
        key changes): the failed unlocks before it are told once it succeeded (the successful
        unlock cleared them), as `desk()` tells them."""
        failed = emergency.failed_unlocks(directory)
        yield
        self.note_failed_unlocks(failed)

    def note_failed_unlocks(self, failed: int) -> None:
        if failed:
            self.note(f"hrd-desk: note: {failed} failed unlock attempt"
                      f"{'' if failed == 1 else 's'} since this vault was last opened")

    # -- output -----------------------------------------------------------------------------

    def emit(self, data: Any, human: str) -> None:
        """`data` as JSON with --json, else the human text."""
        if self.json:
            write_json(self.stdout, data)
        else:
            self.stdout.write(human if human.endswith("\n") else human + "\n")

    def note(self, text: str) -> None:
        """A remark for a person (stderr), never part of a command's result."""
        self.stderr.write(text + "\n")
