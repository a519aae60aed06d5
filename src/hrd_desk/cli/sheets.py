"""`hrd-desk import-sheet KIND FILE`: bring records in from a spreadsheet, whole or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..model.dates import DAY_FIRST, MONTH_FIRST
from ..model.outside import visible
from ..model.records import KINDS
from ..services.sheet_files import open_sheet
from ..services.sheet_import import KINDS_IMPORTED, ImportOptions, ImportResult, SheetRefused
from ..services.sheet_mapping import ColumnMapping, load_mapping
from .invocation import Invocation
from .output import write_json

if TYPE_CHECKING:
    from .records import Subparsers

PLAINTEXT_NOTE = (
    "hrd-desk: note: {name} is still on this disk, unencrypted. Anyone who searches this "
    "computer can read it: delete it once you have checked the import (an ordinary delete "
    "leaves its contents recoverable; on an SSD even overwriting it may not remove them).")


def _plural(count: int, kind: str) -> str:
    label = KINDS[kind].label
    return f"{count} {label}" + ("" if count == 1 else ("es" if label.endswith("s") else "s"))


def _short(value: object) -> str:
    text = visible(", ".join(map(str, value)) if isinstance(value, list) else value)
    return text if len(text) <= 60 else text[:60] + "…"


def _report(result: ImportResult) -> str:
    verb = "would create" if result.dry_run else "created"
    lines = [f"{verb} {_plural(result.created, result.kind)} from {result.rows} row"
             f"{'' if result.rows == 1 else 's'}"]
    for row, values in result.sample:
        shown = "; ".join(f"{name}: {_short(value)}" for name, value in values.items())
        lines.append(f"  row {row}: {shown}")
    if result.created > len(result.sample) and result.sample:
        lines.append(f"  ... and {result.created - len(result.sample)} more")
    if result.date_order:
        lines.append(f"dates read {result.date_order} (dd/mm or mm/dd)")
    for dup in result.duplicates:
        action = "skipped" if result.skipped else "imported as a new record"
        lines.append(f"row {dup.row}: looks like {dup.existing} ({dup.why}): {action}")
    if result.duplicates and not result.skipped:
        lines.append("(--skip-duplicates leaves the rows that look like existing records out)")
    return "\n".join(lines)


def cmd_import_sheet(inv: Invocation) -> int:
    args = inv.args
    path = Path(args.file)
    mapping = load_mapping(args.kind, Path(args.mapping)) if args.mapping else ColumnMapping()
    order = DAY_FIRST if args.day_first else MONTH_FIRST if args.month_first else None
    options = ImportOptions(args.kind, sheet=args.sheet, encoding=args.encoding,
                            date_order=order, mapping=mapping,
                            skip_duplicates=args.skip_duplicates)
    open_sheet(path, sheet=args.sheet, encoding=args.encoding)  # refused before the unlock
    with inv.desk() as desk:
        try:
            result = desk.sheets.run(path, options, dry_run=args.dry_run)
        except SheetRefused as refused:
            if inv.json:
                write_json(inv.stdout, refused.result.as_json())
            else:
                for error in refused.result.errors:
                    inv.note(error.line())
                more = refused.result.error_count - len(refused.result.errors)
                if more > 0:
                    inv.note(f"... and {more} more errors")
            raise
    inv.emit(result.as_json(), _report(result))
    if not result.dry_run:
        inv.note(PLAINTEXT_NOTE.format(name=path.name))
    return 0


def cmd_imports(inv: Invocation) -> int:
    args = inv.args
    with inv.desk() as desk:
        if args.action == "list":
            batches = desk.sheets.batches()
            inv.emit([b.as_json() for b in batches], "\n".join(
                f"{b.number:>6}  {b.at[:16].replace('T', ' ')}  {_plural(b.created, b.kind)}"
                f" ({b.live} live, {b.deleted} deleted)" for b in batches) or "no imports")
            return 0
        if args.action == "delete":
            count = desk.sheets.delete_batch(args.batch)
            verb = "moved to the Deleted view"
        else:
            count = desk.sheets.restore_batch(args.batch)
            verb = "restored"
    inv.emit({"batch": args.batch, "changed": count},
             f"import {args.batch}: {count} record{'' if count == 1 else 's'} {verb}")
    return 0


def register(commands: Subparsers) -> None:
    sheet = commands.add_parser(
        "import-sheet", help="import records from a spreadsheet (CSV or XLSX)",
        description="Import defenders, related people, cases, incidents, stays or tasks from a "
        "CSV or XLSX file, whole or not at all: every row is checked first; any error refuses "
        "the file with every error listed (row, column, value) and nothing changed (exit 5). "
        "Columns match field names or labels; see docs/cli.md for the mapping file.",
    )
    sheet.add_argument("kind", metavar="KIND", choices=KINDS_IMPORTED,
                       help=f"what each row is: {', '.join(KINDS_IMPORTED)}")
    sheet.add_argument("file", metavar="FILE", help="a .csv or .xlsx file (never modified)")
    sheet.add_argument("--mapping", metavar="FILE",
                       help="a mapping file (TOML): columns to fields, words to vocabulary")
    sheet.add_argument("--sheet", metavar="NAME", help="the worksheet of a workbook to read "
                       "(default: the first)")
    order = sheet.add_mutually_exclusive_group()
    order.add_argument("--day-first", action="store_true",
                       help="slashed dates are day/month/year (15/03/2024)")
    order.add_argument("--month-first", action="store_true",
                       help="slashed dates are month/day/year (03/15/2024)")
    sheet.add_argument("--encoding", metavar="NAME",
                       help="the CSV's encoding when it is not detected: windows-1252 (what "
                       "Excel on Windows writes) must be confirmed this way")
    sheet.add_argument("--skip-duplicates", action="store_true",
                       help="leave out rows that look like existing records")
    sheet.add_argument("--dry-run", action="store_true",
                       help="check everything and say what would be created; change nothing")
    sheet.set_defaults(handler=cmd_import_sheet)
    imports = commands.add_parser(
        "imports", help="past spreadsheet imports: list, delete or restore one as a whole",
        description="Each import-sheet that created records is numbered (its batch). Deleting "
        "a batch moves all its records to the Deleted view in one step; restoring brings them "
        "back.")
    actions = imports.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every import, newest first").set_defaults(
        handler=cmd_imports)
    for action, text in (("delete", "move every record of an import to the Deleted view"),
                         ("restore", "bring an import's deleted records back")):
        sub = actions.add_parser(action, help=text, description=text)
        sub.add_argument("batch", metavar="BATCH", type=int, help="the import's number")
        sub.set_defaults(handler=cmd_imports)
