"""The `hrd-desk` command line: parsing, dispatch, and turning every failure into one line.

`main()` is the only entry point (console script, `python -m hrd_desk`, tests in-process). Every
error a user can cause is an `HrdDeskError` whose exit code is documented in docs/cli.md (the
door, services/desk.py, turns a database error met after opening into damage); anything else is
a bug and is reported as one line naming its type, never as a traceback that could carry record
contents to a terminal or a log (set HRD_DESK_DEBUG=1 to see it).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from typing import NoReturn, TextIO

from .. import __version__
from ..errors import ExitCode, HrdDeskError, UsageError
from ..fsutil import disable_core_dumps, restrict_umask
from . import evidence as cli_evidence
from . import exchange as cli_exchange
from . import keys as cli_keys
from . import network as cli_network
from . import planning as cli_planning
from . import plans as cli_plans
from . import records as cli_records
from . import reports as cli_reports
from . import sheets as cli_sheets
from . import vault as cli_vault
from .invocation import Invocation

PROG = "hrd-desk"
DEBUG_ENV = "HRD_DESK_DEBUG"
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
GLOBAL_OPTIONS = ("--vault", "--passphrase-stdin", "--json")


class _Parser(argparse.ArgumentParser):
    """argparse that raises UsageError (one line) instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        hint = ""
        if "unrecognized arguments" in message and any(o in message for o in GLOBAL_OPTIONS):
            hint = "; global options (--vault, --passphrase-stdin, --json) go before the command"
        where = self.prog.removeprefix(PROG).strip()
        prefix = f"{where}: " if where else ""
        raise UsageError(f"{prefix}{message}{hint} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="An encrypted, offline desk for caseworkers who protect human rights "
        "defenders. Global options go before the command.",
        epilog="Exit codes: 0 ok, 1 internal error, 2 usage error, 3 wrong passphrase, "
        "4 damaged vault, 5 rejected input, 6 no vault, 7 no window can be opened, "
        "130 interrupted. See docs/cli.md.",
    )
    parser.add_argument("--vault", metavar="DIR",
                        help="vault directory (default: $HRD_DESK_VAULT, else the per-user "
                        "data directory)")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="read the passphrase from the first line of standard input (for "
                        "passwd, the new one from the second) instead of asking on the terminal")
    parser.add_argument("--json", action="store_true", help="print results as JSON on stdout")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    record_actions = cli_records.register(commands)
    cli_planning.register(commands, record_actions)
    cli_plans.register(record_actions)
    cli_network.register(record_actions)
    cli_vault.register(commands)
    cli_exchange.register(commands)
    cli_keys.register(commands)
    cli_reports.register(commands)
    cli_evidence.register(commands)
    cli_sheets.register(commands)
    return parser


def run_gui(inv: Invocation) -> int:
    """What `hrd-desk` without a command does: open the desktop app, or say in one line why no
    window can be opened here (NoWindow, exit 7), before Qt would abort the process."""
    from ..ui.display_probe import choose_platform  # Qt-free, so it runs before Qt loads

    platform = choose_platform()
    if platform is not None:
        os.environ["QT_QPA_PLATFORM"] = platform  # what was checked is what Qt will use
    from ..ui import app  # Qt is loaded only for the GUI

    return app.run_gui(sys.argv[:1], inv.vault_dir)


def _run(argv: list[str] | None, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # --help and --version print, then "exit"
        return exc.code if isinstance(exc.code, int) else ExitCode.OK
    inv = Invocation(args, stdin, stdout, stderr)
    if args.command is None:
        return run_gui(inv)
    code: int = args.handler(inv)
    return code


def _say(stderr: TextIO, message: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        stderr.write(f"{PROG}: {message}\n")
        stderr.flush()


def main(
    argv: list[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    restrict_umask()
    disable_core_dumps()
    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr
    for stream in (stdout, stderr):  # a name a terminal cannot encode must not crash a command
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")
    try:
        code = _run(argv, stdin, stdout, stderr)
        stdout.flush()
        return code
    except HrdDeskError as exc:
        _say(stderr, exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        _say(stderr, "interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        with contextlib.suppress(OSError, ValueError):  # the reader went away (| head)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        _say(stderr, f"{exc.strerror or str(exc) or exc.__class__.__name__}{where}")
        return ExitCode.INTERNAL
    except Exception as exc:
        if os.environ.get(DEBUG_ENV) == "1":
            traceback.print_exc(file=stderr)
        _say(stderr, f"internal error: {exc.__class__.__name__}")
        return ExitCode.INTERNAL
