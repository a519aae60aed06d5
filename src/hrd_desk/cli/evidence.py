"""`hrd-desk attach add|list|show|export|verify|custody|check|delete`: evidence attachments.

The work is in services/evidence.py (through desk.evidence); `attach check` needs no vault: it
checks a colleague's custody statement with their identity card.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ExitCode
from ..services.evidence import Attachment, check_custody_statement
from .invocation import Invocation
from .progress import Meter

if TYPE_CHECKING:
    from .records import Subparsers


def _line(a: Attachment) -> str:
    return f"{a.id}  {a.record_id}  {a.size:>12}  {a.media_type:<24}  {a.name}"


def _metadata_text(a: Attachment) -> str:
    found = [k.upper() for k, v in sorted(a.metadata.items()) if v]
    if not found:
        return ""
    warning = " (includes GPS location)" if a.metadata.get("gps") else ""
    return f"image metadata: {', '.join(found)}{warning}; `attach export --strip-metadata` " \
           "leaves it out of the copy\n"


def _show_text(a: Attachment) -> str:
    lines = [f"attachment {a.id} of {a.record_id}", f"  name        {a.name}",
             f"  media type  {a.media_type}", f"  size        {a.size}",
             f"  sha256      {a.sha256}", f"  received    {a.received_at} by {a.received_by}"]
    if a.source:
        lines.append(f"  from        {a.source}")
    if a.note:
        lines.append(f"  note        {a.note}")
    lines.append("  custody:")
    for e in a.custody:
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(e.get("detail", {}).items()))
        lines.append(f"    {e['seq']:>3}  {e['at']}  {e['action']}  by {e['by']}"
                     + (f"  ({detail})" if detail else ""))
    return "\n".join(lines) + "\n" + _metadata_text(a)


def cmd_add(inv: Invocation) -> int:
    args = inv.args
    try:
        size = os.stat(args.file).st_size
    except OSError:
        size = 0  # the service says what is wrong with it
    with inv.desk() as desk:
        with Meter(inv.stderr, "encrypting into the vault") as meter:
            new_id = desk.evidence.add(args.to, Path(args.file), source=args.source,
                                       note=args.note, progress=meter.bytes(size))
        a = desk.evidence.get(new_id)
    inv.emit(a.as_json(), new_id)
    if not inv.json and a.metadata.get("gps"):
        inv.note("hrd-desk: note: this image carries a GPS location (EXIF)")
    return 0


def cmd_list(inv: Invocation) -> int:
    with inv.desk() as desk:
        found = desk.evidence.list(inv.args.to)
    inv.emit([a.as_json() for a in found],
             "\n".join(_line(a) for a in found) if found else "no attachments")
    return 0


def cmd_show(inv: Invocation) -> int:
    with inv.desk() as desk:
        a = desk.evidence.get(inv.args.id)
    inv.emit(a.as_json(), _show_text(a))
    return 0


def cmd_export(inv: Invocation) -> int:
    args = inv.args
    with inv.desk() as desk, Meter(inv.stderr, "decrypting") as meter:
        size = desk.evidence.get(args.id).size
        a = desk.evidence.export(args.id, Path(args.out), strip_metadata=args.strip_metadata,
                                 progress=meter.bytes(size))
    inv.note(f"hrd-desk: warning: {args.out} is a DECRYPTED copy of the evidence, outside the "
             "vault: keep it on an encrypted disk and delete it when done")
    inv.emit(a.as_json(), f"exported {a.id} to {args.out} (sha256 {a.sha256})")
    return 0


def cmd_verify(inv: Invocation) -> int:
    with inv.desk() as desk:
        result = desk.evidence.verify(inv.args.id)
    data = {"id": result.id, "ok": result.ok, "sha256": result.sha256,
            "expected": result.expected, "problem": result.problem}
    inv.emit(data, f"{result.id}: intact (sha256 {result.expected})" if result.ok
             else f"{result.id}: DAMAGED: {result.problem}")
    return ExitCode.OK if result.ok else ExitCode.DAMAGED_VAULT


def cmd_custody(inv: Invocation) -> int:
    args = inv.args
    with inv.desk() as desk:
        a = desk.evidence.custody_statement(args.id, Path(args.out))
    inv.emit({"id": a.id, "out": args.out, "events": len(a.custody)},
             f"signed custody statement of {a.id} written to {args.out}")
    return 0


def cmd_check(inv: Invocation) -> int:
    args = inv.args
    check = check_custody_statement(Path(args.statement), Path(args.card),
                                    Path(args.file) if args.file else None)
    att = check.attachment
    data = {"signed_by": check.signer_name, "fingerprint": check.signer_fingerprint,
            "made_at": check.made_at, "attachment": att, "events": check.events,
            "file_matches": check.file_matches}
    lines = [f"signature valid: signed by {check.signer_name} "
             f"(fingerprint {check.signer_fingerprint}) at {check.made_at}",
             f"attachment {att.get('id')}: {att.get('name')}, {att.get('size')} bytes, "
             f"sha256 {att.get('sha256')}",
             f"{len(check.events)} custody event(s)"]
    if check.file_matches is not None:
        lines.append("the file matches the statement" if check.file_matches
                     else "the file does NOT match the statement")
    inv.emit(data, "\n".join(lines))
    return ExitCode.OK if check.file_matches is not False else ExitCode.REJECTED_INPUT


def cmd_delete(inv: Invocation) -> int:
    with inv.desk() as desk:
        desk.evidence.delete(inv.args.id)
    inv.emit({"id": inv.args.id, "deleted": True},
             f"attachment {inv.args.id} deleted (its stored file overwritten)")
    return 0


def register(commands: Subparsers) -> None:
    summary = "evidence attachments with a chain of custody"
    attach = commands.add_parser("attach", help=summary, description=summary)
    actions = attach.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="attach a file (prints the new id)",
                             description="encrypt a file into the vault, attached to a "
                             "defender, case, incident or stay; prints the new id")
    add.add_argument("--to", required=True, metavar="ID", help="the record it belongs to")
    add.add_argument("file", metavar="FILE")
    add.add_argument("--source", metavar="TEXT", help="who it was received from")
    add.add_argument("--note", metavar="TEXT", help="a note kept with it")
    add.set_defaults(handler=cmd_add)

    listing = actions.add_parser("list", help="list attachments",
                                 description="list attachments (of one record with --to)")
    listing.add_argument("--to", metavar="ID", help="only those of this record")
    listing.set_defaults(handler=cmd_list)

    show = actions.add_parser("show", help="an attachment's facts and custody",
                              description="sha256, size, name, media type, intake and custody")
    show.add_argument("id", metavar="ID")
    show.set_defaults(handler=cmd_show)

    export = actions.add_parser("export", help="write a decrypted copy (a custody event)",
                                description="write a decrypted copy, checked against the "
                                "intake hash; exit 4 if the stored file was altered")
    export.add_argument("id", metavar="ID")
    export.add_argument("--out", required=True, metavar="FILE", help="a new file")
    export.add_argument("--strip-metadata", action="store_true",
                        help="leave a JPEG's EXIF (GPS), XMP and IPTC out of the copy")
    export.set_defaults(handler=cmd_export)

    verify = actions.add_parser("verify", help="re-read the stored file and check its hash",
                                description="re-read the stored file and check its hash: "
                                "exit 0 intact, 4 damaged")
    verify.add_argument("id", metavar="ID")
    verify.set_defaults(handler=cmd_verify)

    custody = actions.add_parser("custody", help="write a signed custody statement",
                                 description="write the hash, intake facts and custody events "
                                 "signed by this vault's identity key")
    custody.add_argument("id", metavar="ID")
    custody.add_argument("--out", required=True, metavar="FILE")
    custody.set_defaults(handler=cmd_custody)

    check = actions.add_parser("check", help="check a custody statement with a card (no vault)",
                               description="check a colleague's custody statement with their "
                               "identity card, and with --file that a file is the one it "
                               "describes: exit 0 valid, 5 invalid or not matching")
    check.add_argument("statement", metavar="STATEMENT")
    check.add_argument("--card", required=True, metavar="CARD", help="the signer's card")
    check.add_argument("--file", metavar="FILE", help="a copy of the evidence to compare")
    check.set_defaults(handler=cmd_check)

    delete = actions.add_parser("delete", help="delete an attachment and overwrite its file",
                                description="delete an attachment; its stored file is "
                                "overwritten after the deletion commits")
    delete.add_argument("id", metavar="ID")
    delete.set_defaults(handler=cmd_delete)
