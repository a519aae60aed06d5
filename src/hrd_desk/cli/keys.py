"""`hrd-desk wipe|rekey|recovery|duress|wipe-after|keys|audit`: keys and emergencies.

The work is in services/emergency.py; this module parses, asks and prints. `wipe` needs no
passphrase (seconds may count at a border) but a typed confirmation, or `--yes` for scripts.
"""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING

from ..errors import RejectedInput, UsageError
from ..services import emergency, recovery_shares
from . import invocation
from .invocation import Invocation

if TYPE_CHECKING:
    from .records import Subparsers

WIPE_WORD = emergency.WIPE_WORD


def cmd_wipe(inv: Invocation) -> int:
    directory = inv.require_vault_folder()
    if not inv.args.yes:
        try:
            typed = invocation.prompt_hidden(
                f"This destroys the vault in {directory} for good: no passphrase or recovery "
                f"code will open it again. Type {WIPE_WORD} to go on: ")
        except UsageError:
            raise UsageError("wipe asks for a typed confirmation on a terminal; scripts pass "
                             "--yes") from None
        if typed.strip() != WIPE_WORD:
            raise RejectedInput("not confirmed: nothing was destroyed")
    report = emergency.wipe(directory)
    inv.emit({"wiped": str(directory), "keys_seconds": round(report.keys_seconds, 3),
              "seconds": round(report.total_seconds, 3)},
             f"wiped: the keys were destroyed in {report.keys_seconds:.2f} s and every vault "
             f"file in {directory} is gone")
    return 0


def cmd_rekey(inv: Invocation) -> int:
    found = inv.require_vault()
    directory = found.directory
    with inv.unlocking(directory):
        emergency.rekey(found, inv.passphrase())
    inv.emit({"rekeyed": True}, "rekeyed: the database is encrypted under a new key; copies of "
             "the old keyslot file no longer open it")
    return 0


def cmd_recovery_add(inv: Invocation) -> int:
    found = inv.require_vault()
    directory = found.directory
    if inv.args.split is not None:
        threshold, count = inv.args.split
        recovery_shares.check_split(threshold, count)  # before the passphrase is asked
        with inv.unlocking(directory):
            shares = emergency.add_recovery_shares(found, inv.passphrase(), threshold,
                                                   count)
        inv.emit({"threshold": threshold, "shares": shares},
                 "\n\n".join(f"share {n} of {count}:\n{share}"
                              for n, share in enumerate(shares, start=1)) +
                 f"\n\nGive each share to a different person, on paper: any {threshold} of "
                 "them give back the recovery code (`hrd-desk recovery combine`), fewer say "
                 "nothing about it. They are shown only once.")
        return 0
    with inv.unlocking(directory):
        code = emergency.add_recovery_code(found, inv.passphrase())
    inv.emit({"recovery_code": code},
             f"recovery code: {code}\n"
             "Write it down now and keep it apart from this computer: it is shown only once. "
             "It opens this vault wherever a passphrase is asked (and `passwd` with it sets a "
             "new passphrase). A new code replaces this one.")
    return 0


def cmd_recovery_combine(inv: Invocation) -> int:
    """Shares in (stdin lines with --passphrase-stdin, else asked without echo), the code out."""
    shares: list[str] = []
    while True:
        if inv.args.passphrase_stdin:
            line = inv.stdin.readline()
            if not line.strip():
                break
        else:
            line = invocation.prompt_hidden(
                f"Share {len(shares) + 1} (an empty line when all are given): ")
            if not line.strip():
                break
        shares.append(line)
    code = recovery_shares.combine_shares(shares)
    inv.emit({"recovery_code": code},
             f"recovery code: {code}\nIt opens the vault wherever a passphrase is asked; "
             "`passwd` with it sets a new passphrase.")
    return 0


def _split(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)-?of-?(\d+)", text.strip().lower().replace(" ", ""))
    if match is None:
        raise argparse.ArgumentTypeError("write it K-of-N, e.g. 2-of-5")
    return int(match.group(1)), int(match.group(2))


def cmd_recovery_remove(inv: Invocation) -> int:
    found = inv.require_vault()
    directory = found.directory
    with inv.unlocking(directory):
        removed = emergency.remove_recovery_code(found, inv.passphrase())
    inv.emit({"removed": removed},
             "the recovery code no longer opens this vault" if removed else
             "this vault had no recovery code")
    return 0


def cmd_duress_set(inv: Invocation) -> int:
    found = inv.require_vault()
    directory = found.directory
    passphrase = inv.passphrase()
    duress = inv.new_passphrase()
    with inv.unlocking(directory):
        emergency.set_duress_passphrase(found, passphrase, duress)
    inv.emit({"duress": True},
             "duress passphrase set: typed at any unlock, it destroys this vault and answers "
             "like a wrong passphrase")
    return 0


def cmd_duress_remove(inv: Invocation) -> int:
    found = inv.require_vault()
    directory = found.directory
    with inv.unlocking(directory):
        removed = emergency.remove_duress_passphrase(found, inv.passphrase())
    inv.emit({"removed": removed},
             "the duress passphrase is gone" if removed else "there was no duress passphrase")
    return 0


def cmd_wipe_after(inv: Invocation) -> int:
    found = inv.require_vault()
    directory = found.directory
    count = inv.args.count
    with inv.unlocking(directory):
        emergency.set_wipe_after_failures(found, inv.passphrase(), count)
    inv.emit({"wipe_after_failures": count},
             "the vault is no longer wiped after failed unlocks" if count == 0 else
             f"after {count} failed unlocks in a row the vault destroys itself")
    return 0


def cmd_keys(inv: Invocation) -> int:
    status = emergency.key_status(inv.require_vault())
    inv.emit({"recovery_code": status.recovery_code,
              "wipe_after_failures": status.wipe_after_failures},
             f"recovery code  {'yes' if status.recovery_code else 'none'}\n"
             f"wipe after     " + (f"{status.wipe_after_failures} failed unlocks"
                                   if status.wipe_after_failures else "never"))
    return 0


def cmd_audit_list(inv: Invocation) -> int:
    with inv.desk() as desk:
        events = desk.audit.events(record_id=inv.args.record, limit=inv.args.limit)
    inv.emit([{"seq": e.seq, "at": e.at, "action": e.action, "kind": e.kind,
               "record": e.record_id, "detail": e.detail} for e in events],
             "\n".join(f"{e.seq:>6}  {e.at}  {e.action:<28} {e.kind or '':<12} "
                       f"{e.record_id or ''}  {e.detail_text}" for e in events)
             or "no events")
    return 0


def _count(text: str) -> int:
    if text in ("off", "never"):
        return 0
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a number, or off") from None


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def register(commands: Subparsers) -> None:
    wipe = commands.add_parser(
        "wipe", help="destroy the vault for good (keys first)",
        description="Destroy the keyslot file first (overwritten, synced, deleted), then the "
        "database and every other vault file. No passphrase is needed; a typed confirmation "
        "is, unless --yes.")
    wipe.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    wipe.set_defaults(handler=cmd_wipe)
    rekey = commands.add_parser(
        "rekey", help="re-encrypt the vault under a new key",
        description="A new vault key; the database is re-encrypted under it and old copies of "
        "the keyslot file open nothing. The passphrase and recovery code stay.")
    rekey.set_defaults(handler=cmd_rekey)

    recovery = commands.add_parser("recovery", help="the recovery code")
    sub = recovery.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="make a recovery code (shown once)")
    add.add_argument("--split", type=_split, metavar="K-of-N",
                     help="give the code only as N shares, any K of which give it back "
                     "(SLIP-39 word lists; 2 <= K <= N <= 16)")
    add.set_defaults(handler=cmd_recovery_add)
    sub.add_parser("combine", help="the recovery code from K of its shares").set_defaults(
        handler=cmd_recovery_combine)
    sub.add_parser("remove", help="the recovery code stops opening the vault").set_defaults(
        handler=cmd_recovery_remove)

    duress = commands.add_parser(
        "duress", help="a passphrase that destroys the vault",
        description="With --passphrase-stdin: the passphrase on the first line, the duress "
        "passphrase on the second.")
    sub = duress.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub.add_parser("set", help="set (or replace) the duress passphrase").set_defaults(
        handler=cmd_duress_set)
    sub.add_parser("remove", help="remove the duress passphrase").set_defaults(
        handler=cmd_duress_remove)

    after = commands.add_parser(
        "wipe-after", help="destroy the vault after N failed unlocks in a row",
        description="Off by default. 3 to 100, or off. The setting sits unprotected in the "
        "keyslot file: it stops someone guessing at this laptop, not someone with a copy.")
    after.add_argument("count", type=_count, metavar="N|off")
    after.set_defaults(handler=cmd_wipe_after)
    commands.add_parser(
        "keys", help="what protects the vault (recovery code, wipe after failures)"
    ).set_defaults(handler=cmd_keys)

    audit = commands.add_parser("audit", help="who did what and when (never contents)")
    sub = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="the audit trail, newest first")
    listing.add_argument("--record", metavar="ID", help="only events about this record")
    listing.add_argument("--limit", type=_positive, default=50, metavar="N",
                         help="at most N events (default 50)")
    listing.set_defaults(handler=cmd_audit_list)
