"""`hrd-desk init|passwd|verify|purge|search`: commands about the vault as a whole."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..errors import DamagedVault, RejectedInput, VaultExists
from ..model.records import KINDS
from ..services import emergency
from ..services.desk import create_desk, vault_exists
from ..services.maintenance import change_passphrase, verify_vault
from ..services.search import search_filter
from .invocation import Invocation
from .output import format_hits

if TYPE_CHECKING:
    from .records import Subparsers

SEARCH_LIMIT = 50


def cmd_init(inv: Invocation) -> int:
    directory = inv.vault_dir
    if vault_exists(directory):
        raise VaultExists(f"a vault already exists in {directory}; it was left untouched")
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise RejectedInput(
            f"{directory} is not an empty directory: choose a new one for the vault"
        )
    passphrase = inv.new_passphrase()
    if not inv.args.passphrase_stdin:
        inv.note("creating the vault: tuning the key derivation to this machine takes a moment...")
    desk = create_desk(directory, passphrase)
    desk.lock()
    inv.emit(
        {"id": desk.vault_id, "vault": str(directory)},
        f"created a vault in {directory}\nvault id {desk.vault_id}",
    )
    return 0


def cmd_passwd(inv: Invocation) -> int:
    directory = inv.require_vault().directory
    old = inv.passphrase("Current passphrase: ")
    with inv.unlocking(directory):
        change_passphrase(directory, old, inv.new_passphrase)
    inv.emit({"changed": True}, "passphrase changed")
    return 0


def cmd_verify(inv: Invocation) -> int:
    directory = inv.vault_dir
    with inv.unlocking(directory):
        report = verify_vault(directory, inv.passphrase)
    inv.emit(
        {"ok": report.ok,
         "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in report.checks]},
        "\n".join(f"{'ok' if c.ok else 'FAILED':6}  {c.name:9}  {c.detail}"
                  for c in report.checks),
    )
    if not report.ok:
        raise DamagedVault("; ".join(f"{c.name}: {c.detail}" for c in report.failures))
    return 0


def cmd_vault_restored(inv: Invocation) -> int:
    found = inv.require_vault()
    with inv.unlocking(found.directory):
        done = emergency.vault_restored(found, inv.passphrase())
    inv.emit({"vault_id": done.new_vault_id, "previous_vault_id": done.old_vault_id},
             f"this vault now writes under a new epoch (vault id {done.new_vault_id}): what you "
             "change from now on reaches colleagues even where the copy you restored reuses "
             "numbers its later life had already sent. What colleagues received from this vault "
             "after the copy was made comes back with their next bundles after they import "
             "one of yours. Changes made since the restore and "
             "before this step may be kept aside at colleagues (they see this vault as "
             "SUSPECT); make them again.")
    return 0


def cmd_purge(inv: Invocation) -> int:
    record_id = inv.args.id
    with inv.desk() as desk:
        kind = desk.records.purge(record_id)
    inv.emit(
        {"id": record_id, "kind": kind, "purged": True},
        f"{KINDS[kind].label} {record_id} purged: its content is gone from the vault for good",
    )
    return 0


def cmd_mark_sensitive(inv: Invocation) -> int:
    args = inv.args
    on = args.action == "mark"
    with inv.desk() as desk:
        kind = desk.records.kind_of(args.id)
        changed = desk.records.mark_sensitive(kind, args.id, args.field, on)
        marked = sorted(desk.records.sensitive_marks(args.id))
    text = (f"{args.field} of {KINDS[kind].label} {args.id} is "
            f"{'now' if changed else 'already'} {'sensitive' if on else 'not marked'}")
    if on:
        text += ": hidden without --reveal, searched only on request, withheld from partners"
    inv.emit({"id": args.id, "kind": kind, "changed": changed, "sensitive_marks": marked}, text)
    return 0


def cmd_search(inv: Invocation) -> int:
    args = inv.args
    filters = {"category": args.category, "country": args.country, "status": args.status,
               "date_from": args.date_from, "date_to": args.date_to}
    search_filter(**filters)  # refuse a bad filter before the slow unlock
    with inv.desk() as desk:
        hits = desk.search.find(args.query, **filters,
                      include_sensitive=args.include_sensitive, limit=args.limit)
    inv.emit(
        [{"kind": h.kind, "id": h.id, "title": h.title, "rank": h.rank} for h in hits],
        format_hits(hits),
    )
    return 0


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def register(commands: Subparsers) -> None:
    init = commands.add_parser("init", help="create a new vault",
                               description="Create a new vault; an existing one is never touched.")
    init.set_defaults(handler=cmd_init)
    passwd = commands.add_parser(
        "passwd", help="change the passphrase",
        description="Change the passphrase (with --passphrase-stdin: the current one, or the "
        "recovery code, on the first line, the new one on the second). The vault gets a new "
        "key too: the database is re-encrypted and old keyslot files open nothing current.",
    )
    passwd.set_defaults(handler=cmd_passwd)
    verify = commands.add_parser(
        "verify", help="check the vault's integrity",
        description="Check the keyslot, every database page, the database structure and the "
        "audit chain. Exit 4 if anything failed.",
    )
    verify.set_defaults(handler=cmd_verify)
    vault = commands.add_parser("vault", help="what happened to this vault")
    vault_sub = vault.add_subparsers(dest="action", metavar="ACTION", required=True)
    vault_sub.add_parser(
        "restored", help="say this vault was restored from a backup (run it right after "
        "restoring): it writes under a new epoch").set_defaults(handler=cmd_vault_restored)
    purge = commands.add_parser(
        "purge", help="remove a deleted record's content for good",
        description="Remove a deleted record's content from its history and the search index. "
        "This cannot be undone.",
    )
    purge.add_argument("id", metavar="ID", help="id of a deleted record of any kind")
    purge.set_defaults(handler=cmd_purge)

    sensitive = commands.add_parser(
        "sensitive", help="mark a record's free text sensitive",
        description="Mark (or unmark) one record's free-text field as sensitive: it is then "
        "hidden without --reveal, indexed apart (searched only with --include-sensitive) and "
        "never sent to partner organisations. The mark stays in this vault.")
    sub = sensitive.add_subparsers(dest="action", metavar="ACTION", required=True)
    for action, text in (("mark", "mark the field sensitive"), ("unmark", "remove the mark")):
        p = sub.add_parser(action, help=text)
        p.add_argument("id", metavar="ID", help="id of a record of any kind")
        p.add_argument("field", metavar="FIELD", help="a free-text field, e.g. notes")
        p.set_defaults(handler=cmd_mark_sensitive)

    search = commands.add_parser(
        "search", help="full-text search", description="Full-text search across defenders, "
        "related people, incidents and cases; results are ranked, best first.",
    )
    search.add_argument("query", metavar="QUERY", help="words to find (the last one as a prefix)")
    search.add_argument("--category", metavar="SLUG", help="incidents of this threat category")
    search.add_argument("--country", metavar="CC", help="two-letter country code")
    search.add_argument("--status", metavar="S", help="records with this status")
    search.add_argument("--from", dest="date_from", metavar="DATE",
                        help="records whose date may fall on or after DATE")
    search.add_argument("--to", dest="date_to", metavar="DATE",
                        help="records whose date may fall on or before DATE")
    search.add_argument("--include-sensitive", action="store_true",
                        help="also search sensitive fields (results never quote them)")
    search.add_argument("--limit", type=_positive, default=SEARCH_LIMIT, metavar="N",
                        help=f"at most N results (default {SEARCH_LIMIT})")
    search.set_defaults(handler=cmd_search)
