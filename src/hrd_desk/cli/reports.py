"""`hrd-desk report stats|list|dossier`: statistics for donors, lists and dossiers (issue 18).

Files leave the vault unencrypted: each command says on stderr what it wrote and that it is not
encrypted; the app keeps no copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..fsutil import atomic_write
from ..services.csv_files import check_out_path
from ..services.reports import LIST_KINDS, profile_named
from ..services.statistics import (
    IMPRECISE_LABEL,
    KEY_LABELS,
    KEYS,
    Statistics,
    StatsQuery,
    label_of,
    parse_day,
)
from .invocation import Invocation

if TYPE_CHECKING:
    from .records import Subparsers


def stats_text(stats: Statistics) -> str:
    by = stats.query.by
    lines = []
    if by:
        header = [KEY_LABELS[k] for k in by] + ["Count"]
        table = [header] + [[label_of(k, r[k]) for k in by] + [str(r["count"])]
                            for r in stats.rows]
        widths = [max(len(row[i]) for row in table) for i in range(len(header))]
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                  for row in table]
    else:
        lines.append(f"Incidents: {stats.total}")
    lines.append(f"{IMPRECISE_LABEL}: {stats.imprecise}")
    if stats.query.leaving:
        lines.append(f"Not counted (consent does not allow statistics): "
                     f"{stats.withheld_for_consent}")
    else:
        lines.append("Every defender counted (--internal): not for use outside the office")
    return "\n".join(lines) + "\n"


def cmd_stats(inv: Invocation) -> int:
    args = inv.args
    query = StatsQuery(parse_day("from", args.date_from, end=False),
                       parse_day("to", args.date_to, end=True), tuple(args.by or ()),
                       args.programme, leaving=not args.internal)
    if args.csv and args.internal:
        from ..errors import UsageError
        raise UsageError("report stats: --internal counts every defender and cannot go to a "
                         "file (--csv); a file leaves the office")
    with inv.desk() as desk:
        stats = desk.reports.statistics(query)
        if args.csv:
            written = desk.reports.write_statistics_csv(stats, Path(args.csv))
            inv.note(f"hrd-desk: wrote {written} (not encrypted: incident counts of consented "
                     "defenders; the app keeps no copy)")
    inv.emit(stats.as_json(), stats_text(stats))
    return 0


def cmd_list(inv: Invocation) -> int:
    args = inv.args
    profile = profile_named(args.profile)
    with inv.desk() as desk:
        export = desk.reports.write_list_csv(args.kind, profile, Path(args.out))
    inv.note(f"hrd-desk: wrote {args.out} (not encrypted: {len(export.rows)} {args.kind} under "
             f"the {profile.value} profile; the app keeps no copy)")
    inv.emit({"out": args.out, "kind": args.kind, "profile": profile.value,
              "rows": len(export.rows), "withheld_for_consent": export.withheld_for_consent},
             f"{len(export.rows)} {args.kind} written to {args.out}; "
             f"{export.withheld_for_consent} left out (consent)")
    return 0


def cmd_dossier(inv: Invocation) -> int:
    args = inv.args
    profile = profile_named(args.profile)
    out = check_out_path(Path(args.out), ".pdf")
    with inv.desk() as desk:
        dossier = desk.reports.dossier(args.id, profile)
    from ..ui.report_pdf import dossier_pdf  # Qt's PDF writer, offscreen (no window)

    atomic_write(out, dossier_pdf(dossier))
    inv.note(f"hrd-desk: wrote {out} (not encrypted: the dossier of defender {args.id} under "
             f"the {profile.value} profile; the app keeps no copy)")
    inv.emit({"out": str(out), "id": args.id, "profile": profile.value},
             f"dossier of {args.id} written to {out}")
    return 0


def register(commands: Subparsers) -> None:
    summary = "reports: incident statistics, lists as CSV, dossiers"
    report = commands.add_parser("report", help=summary, description=summary)
    sub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True,
                                parser_class=type(report))

    summary = ("count incidents by category, country, month, quarter, year, programme, "
               "severity, perpetrator, field_of_work (counting rules: docs/reports.md)")
    stats = sub.add_parser("stats", help=summary, description=summary)
    stats.add_argument("--from", dest="date_from", metavar="DATE",
                       help="first day counted (a month or year means its first day)")
    stats.add_argument("--to", dest="date_to", metavar="DATE",
                       help="last day counted (a month or year means its last day)")
    stats.add_argument("--by", metavar="KEY", nargs="+", choices=KEYS,
                       help="grouping keys: " + ", ".join(KEYS))
    stats.add_argument("--programme", metavar="P", help="only incidents of this programme's cases")
    stats.add_argument("--csv", metavar="FILE", help="also write the counts to FILE (.csv)")
    stats.add_argument("--internal", action="store_true",
                       help="count every defender, whatever their consent (inside the office "
                       "only; refused with --csv)")
    stats.set_defaults(handler=cmd_stats)

    summary = "write a list as CSV with a profile applied (the sharing rule)"
    lst = sub.add_parser("list", help=summary, description=summary)
    lst.add_argument("kind", metavar="KIND", choices=list(LIST_KINDS),
                     help="one of " + ", ".join(LIST_KINDS))
    lst.add_argument("--profile", required=True, choices=("full", "partner", "public"))
    lst.add_argument("--out", required=True, metavar="FILE.csv")
    lst.set_defaults(handler=cmd_list)

    summary = ("write a defender's dossier as PDF with a profile applied: profile, incident "
               "timeline, threat pattern, stays")
    dossier = sub.add_parser("dossier", help=summary, description=summary)
    dossier.add_argument("id", metavar="ID", help="id of the defender")
    dossier.add_argument("--profile", required=True, choices=("full", "partner", "public"))
    dossier.add_argument("--out", required=True, metavar="FILE.pdf")
    dossier.set_defaults(handler=cmd_dossier)
