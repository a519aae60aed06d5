"""Plain words for what an exchange did or refused (no Qt here, so the wording is easy to test).

Summaries name colleagues by the local name the caseworker chose and records only by counts: a
summary may sit on screen while someone looks over a shoulder. A refused bundle is one message
that names the category (docs/bundle-format.md) and says that nothing changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ...errors import BundlePartsMissing, BundleRejected, HrdDeskError
from ...model.display import counted, counts_text
from ...model.outside import clamped_local, outside_range, visible
from ...services.dropfolder import SyncSummary
from ...services.exchange import ExportSummary, ImportSummary, Inspection
from ..i18n import translate

_REJECTED = re.compile(r"^bundle rejected \(([^)]+)\): (.*)$", re.DOTALL)

REFUSAL_REASONS: dict[str, str] = {
    "no match": "This file is not addressed to this vault.",
    "not addressed": "This file is not addressed to this vault.",
    "header failure": "The file is damaged, or it is not a bundle.",
    "mac failure": "The file is damaged or was altered after it was sealed.",
    "payload failure": "The file is damaged or was altered after it was sealed.",
    "signature failure": "The sender's signature does not match: the file was altered or forged.",
    "unknown sender": "The sender is not one of your colleagues. Add their identity card and "
                      "compare fingerprints first.",
    "revoked sender": "The sender was revoked: bundles from them are refused.",
    "replay": "This bundle was imported before.",
    "over cap": "The file is larger than any bundle may be.",
    "incomplete": "The file ends early: it may still be copying. Try again when it is complete.",
    "newer schema": "A newer hrd-desk made it: update hrd-desk, then import it again.",
}




def when_text(seconds: float) -> str:
    """A local date and time to the minute; a time from outside is clamped (never raises)."""
    side = outside_range(seconds)
    if side:
        return "an impossible time" if side < 0 else "far in the future"
    return clamped_local(seconds).strftime("%Y-%m-%d %H:%M")


def names_text(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def refusal_text(exc: BundleRejected) -> str:
    """One message naming the category; BundleRejected's own detail is kept after it."""
    detail = exc.message.split(": ", 1)[1] if ": " in exc.message else exc.message
    if isinstance(exc, BundlePartsMissing):
        return translate(
            "ExchangeSummaries", "Not every part of this bundle is here (%1). Put all the parts "
            "in the same folder, then choose any one of them again.\n\nNothing in this vault "
            "was changed.").replace("%1", detail)
    reason = REFUSAL_REASONS.get(exc.category, "")
    return (f"Refused ({exc.category}). {reason} ({detail})\n\n"
            "Nothing in this vault was changed.")


def _unreadable(reason: str) -> str:
    """Inspection's reason for a bundle it could not open, as one plain refusal."""
    found = _REJECTED.match(reason)
    if found and found.group(1) in REFUSAL_REASONS:
        return (f"Refused ({found.group(1)}). {REFUSAL_REASONS[found.group(1)]} "
                f"({found.group(2)})")
    return f"This file cannot be read: {reason or 'it is damaged'}."


def failure_text(exc: Exception) -> str:
    if isinstance(exc, BundleRejected):
        return refusal_text(exc)
    if isinstance(exc, HrdDeskError):
        return f"{exc.message[:1].upper()}{exc.message[1:]}."
    if isinstance(exc, OSError):
        return f"The file could not be read or written ({exc.strerror or type(exc).__name__})."
    return f"Something unexpected stopped it ({type(exc).__name__}). Nothing was changed."


def _conflicts_line(new_conflicts: int) -> str | None:
    if not new_conflicts:
        return None
    records = "record now has" if new_conflicts == 1 else "records now have"
    return (f"{new_conflicts:,} {records} a conflict (the same field changed here and there): "
            "choose what to keep under Conflicts.")


def _future_line(future: int) -> str | None:
    if not future:
        return None
    return (f"{counted(future, 'change')} came with a clock far in the future (kept, but "
            "flagged: the sender's computer clock may be wrong).")


def trust_text(verified: bool | None, revoked: bool | None) -> str:
    """The sender's standing after its name, as `import` and `sync` both say it (nothing for a
    verified colleague in good standing)."""
    if revoked:
        return " (REVOKED)"
    return "" if verified else " (NOT VERIFIED: compare fingerprints with them)"


def import_lines(summary: ImportSummary) -> list[str]:
    """What one imported bundle did, a line per point."""
    sender = visible(summary.sender)
    if summary.already_imported:
        return [f"This bundle from {sender} was imported before. Nothing changed."]
    lines = [f"From {sender}{trust_text(summary.sender_verified, summary.sender_revoked)}: "
             f"{counted(summary.new_records, 'new record')}, "
             f"{counted(summary.applied, 'change')} applied."]
    stale = summary.stale
    if stale:
        lines.append(f"{counted(stale, 'older change')} kept in the history only (this vault "
                     "already had something newer).")
    pending = summary.pending
    if pending:
        lines.append(f"{counted(pending, 'change')} wait for earlier changes that have not "
                     "arrived yet; they apply when those come.")
    if summary.proposed:
        lines.append(f"{counted(summary.proposed, 'change')} to consent or to what a record "
                     "belongs to wait for your decision under Conflicts (proposals).")
    if summary.refused:
        lines.append(f"{counted(summary.refused, 'change')} refused: records outside what you "
                     "share with them, purged here, or from a revoked colleague.")
    theirs_kept_aside = summary.quarantined - summary.lost_kept_aside
    if theirs_kept_aside:
        lines.append(f"{counted(theirs_kept_aside, 'change')} kept aside: its maker sent two "
                     "different changes under one number (shown as suspect under Colleagues).")
    if summary.rotated:
        lines.append(f"{sender} changed its identity keys (a successor card signed by its old "
                     "and its new key): its new fingerprint is under Colleagues, and it keeps "
                     "its trust.")
    if summary.new_epoch:
        back = ("They are back." if not summary.lost_kept_aside else
                f"They are back, except {counted(summary.lost_kept_aside, 'change')} kept aside "
                "here: changes made here since the restore used their numbers again, so the "
                "records they touch may show differently here and at colleagues (check them "
                "with colleagues).")
        lines.append("This vault was restored from a copy: the bundle held changes made here "
                     f"that it no longer had. {back} It now writes under a new epoch, "
                     "so your next changes reach colleagues. Changes made since the restore may "
                     "be kept aside at colleagues: check them and make them again.")
    elif summary.lost_kept_aside:
        lines.append(f"{counted(summary.lost_kept_aside, 'change')} made here and lost in a "
                     "restore kept aside here: changes made here since the restore used their "
                     "numbers again, so the records they touch may show differently here and at "
                     "colleagues (check them with colleagues).")
    if summary.consent_notices:
        lines.append(f"{counted(summary.consent_notices, 'consent notice')}: {sender} changed "
                     "a defender's consent; nothing about them leaves this vault beyond it (see "
                     "the defender's Profile).")
    future = _future_line(summary.future_clocks)
    if future:
        lines.append(future)
    return lines


def import_text(summary: ImportSummary) -> str:
    lines = import_lines(summary)
    conflicts = _conflicts_line(summary.new_conflicts)
    if conflicts:
        lines.append(conflicts)
    return "\n".join(lines)


def export_text(summary: ExportSummary, recipient_names: list[str], keep_updated: bool) -> str:
    lines = [f"Written: {Path(summary.path).name}",
             f"For {names_text(recipient_names)}: {counts_text(summary.counts)}.",
             f"Saved in {Path(summary.path).parent}. Carry the file to them by any means: it "
             "is sealed, and only they can open it."]
    if summary.parts:
        lines[0] = translate("ExchangeSummaries", "Written in %1 parts: %2").replace(
            "%1", str(len(summary.parts))).replace("%2", ", ".join(p.name for p in summary.parts))
        lines.append(translate("ExchangeSummaries", "Carry every part. Your colleague imports "
                               "any one of them once all are in the same folder."))
    if summary.withheld_for_consent:
        lines.append(f"{counted(summary.withheld_for_consent, 'record')} left out because a "
                     "defender they concern has not consented to sharing.")
    if keep_updated:
        lines.append("These records are now shared with them: each sync sends them the "
                     "changes.")
    return "\n".join(lines)


def sync_text(summary: SyncSummary) -> str:
    lines: list[str] = []
    for imported in summary.imported:
        lines += import_lines(imported)
    for colleague, _name, versions in summary.written:
        who = visible(colleague)
        lines.append(f"Sent to {who}: {counted(versions, 'change')}."
                     if versions else f"Sent to {who}: receipts for what arrived.")
    if not summary.imported and not summary.written:
        lines.append("Nothing new to receive or send.")
    if summary.incomplete:
        lines.append(f"{counted(len(summary.incomplete), 'file')} still being copied: tried "
                     "again at the next sync.")
    for _name, reason in summary.damaged:
        lines.append(f"A damaged file was not imported ({visible(reason)}).")
    if summary.not_addressed:
        lines.append(f"{counted(summary.not_addressed, 'file')} for other vaults left alone.")
    if summary.ignored:
        lines.append(f"{counted(len(summary.ignored), 'item')} ignored (not plain files).")
    conflicts = _conflicts_line(summary.new_conflicts)
    if conflicts:
        lines.append(conflicts)
    return "\n".join(lines)


@dataclass(frozen=True)
class Preview:
    """What the import preview shows, and whether importing can go ahead."""

    rows: list[tuple[str, str]]
    warning: str
    can_import: bool


def preview_of(seen: Inspection, file_name: str) -> Preview:
    rows = [("File", file_name)]
    if not seen.possible_bundle:
        return Preview(rows, "This file is not a bundle hrd-desk can read.", False)
    if seen.addressed_to_me is False:
        return Preview(rows, "This bundle is not addressed to this vault: it was sealed for "
                       "other colleagues, and cannot be opened here.", False)
    if seen.sender_fingerprint is None:
        return Preview(rows, _unreadable(seen.reason), False)
    name = seen.sender_colleague or "Unknown sender"
    if seen.sender_colleague is None:
        trust = "Not a colleague"
    elif seen.sender_revoked:
        trust = "Revoked: bundles from them are refused"
    elif seen.sender_verified:
        trust = "Verified"
    else:
        trust = "NOT VERIFIED: you have not compared fingerprints with them"
    rows += [("From", name), ("Trust", trust), ("Sender's fingerprint", seen.sender_fingerprint)]
    if seen.created_at is not None:
        rows.append(("Made", when_text(seen.created_at)))
    rows.append(("Holds", counts_text(seen.counts)))
    if seen.sender_colleague is None:
        return Preview(rows, "The sender is not one of your colleagues, so it cannot be "
                       "imported. If you expected it, ask them for their identity card, add "
                       "it under Colleagues, and compare this fingerprint with them.", False)
    if seen.sender_revoked:
        return Preview(rows, "This sender was revoked: the bundle will not be imported.", False)
    if seen.already_imported:
        return Preview(rows, "This bundle was imported before: importing it again changes "
                       "nothing.", True)
    if not seen.sender_verified:
        return Preview(rows, "You have not verified this colleague. Import only if you expected "
                       "this file from them.", True)
    return Preview(rows, "", True)
