"""Plain words for what an exchange did or refused (no widgets here, so the wording is easy to
test), in the current language (ui/i18n).

Summaries name colleagues by the local name the caseworker chose and records only by counts: a
summary may sit on screen while someone looks over a shoulder. A refused bundle is one message
that names the category (docs/bundle-format.md, kept in English: it is what the CLI and the
format name) and says that nothing changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ...errors import BundlePartsMissing, BundleRejected, HrdDeskError
from ...model.outside import clamped_local, outside_range, visible
from ...model.records import KINDS
from ...services.choices import consent_text
from ...services.dropfolder import SyncSummary
from ...services.exchange import ExportSummary, ImportSummary, Inspection
from ...services.sharing_rule import NOT_RECORDED
from ..error_words import coded_reason, os_reason
from ..i18n import QT_TRANSLATE_NOOP, filled, plural, translate
from .refusal_words import refusal_detail

_REJECTED = re.compile(r"^bundle rejected \(([^)]+)\): (.*)$", re.DOTALL)

REFUSAL_REASONS: dict[str, str] = {  # translated where shown
    "no match": QT_TRANSLATE_NOOP("ExchangeSummary", "This file is not addressed to this vault."),
    "not addressed": QT_TRANSLATE_NOOP(
        "ExchangeSummary", "This file is not addressed to this vault."
    ),
    "header failure": QT_TRANSLATE_NOOP(
        "ExchangeSummary", "The file is damaged, or it is not a bundle."
    ),
    "mac failure": QT_TRANSLATE_NOOP(
        "ExchangeSummary", "The file is damaged or was altered after it was sealed."
    ),
    "payload failure": QT_TRANSLATE_NOOP(
        "ExchangeSummary", "The file is damaged or was altered after it was sealed."
    ),
    "signature failure": QT_TRANSLATE_NOOP(
        "ExchangeSummary", "The sender's signature does not match: the file was altered or forged."
    ),
    "unknown sender": QT_TRANSLATE_NOOP(
        "ExchangeSummary",
        "The sender is not one of your colleagues. Add "
        "their identity card and compare fingerprints "
        "first.",
    ),
    "revoked sender": QT_TRANSLATE_NOOP(
        "ExchangeSummary", "The sender was revoked: bundles from them are refused."
    ),
    "replay": QT_TRANSLATE_NOOP("ExchangeSummary", "This bundle was imported before."),
    "over cap": QT_TRANSLATE_NOOP("ExchangeSummary", "The file is larger than any bundle may be."),
    "incomplete": QT_TRANSLATE_NOOP(
        "ExchangeSummary",
        "The file ends early: it may still be copying. Try again when it is complete.",
    ),
    "newer schema": QT_TRANSLATE_NOOP(
        "ExchangeSummary", "A newer hrd-desk made it: update hrd-desk, then import it again."
    ),
    "newer format": QT_TRANSLATE_NOOP(
        "ExchangeSummary", "A newer hrd-desk made it: update hrd-desk, then import it again."
    ),
}

# Record counts by kind (plural forms per language)
_KIND_COUNTS: dict[str, Callable[[int], str]] = {
    "defender": lambda n: plural("ExchangeSummary", "%n defender(s)", n),
    "related": lambda n: plural("ExchangeSummary", "%n related people", n),
    "case": lambda n: plural("ExchangeSummary", "%n case(s)", n),
    "incident": lambda n: plural("ExchangeSummary", "%n incident(s)", n),
    "relocation": lambda n: plural("ExchangeSummary", "%n stay(s)", n),
    "checkin": lambda n: plural("ExchangeSummary", "%n check-in(s)", n),
    "training": lambda n: plural("ExchangeSummary", "%n training(s)", n),
    "participant": lambda n: plural("ExchangeSummary", "%n training participant(s)", n),
    "risk_assessment": lambda n: plural("ExchangeSummary", "%n risk assessment(s)", n),
    "risk_item": lambda n: plural("ExchangeSummary", "%n risk item(s)", n),
    "security_measure": lambda n: plural("ExchangeSummary", "%n security measure(s)", n),
    "contact": lambda n: plural("ExchangeSummary", "%n network contact(s)", n),
    "advocacy": lambda n: plural("ExchangeSummary", "%n advocacy action(s)", n),
    "task": lambda n: plural("ExchangeSummary", "%n task(s)", n),
}


def counts_text(counts: Mapping[str, int]) -> str:
    """Record counts by kind, in the model's order (model.display.counts_text, translated),
    then the evidence files that go with them (a manifest's "attachments")."""
    parts = [_KIND_COUNTS[k](int(counts[k])) for k in KINDS if counts.get(k) and k in _KIND_COUNTS]
    if not parts:
        return translate("ExchangeSummary", "no records")
    if counts.get("attachments"):
        parts.append(plural("ExchangeSummary", "%n evidence file(s)", int(counts["attachments"])))
    return ", ".join(parts)


def consent_words(consent: str | None) -> str:
    """services.choices.consent_text in the current language: the consent level in a few words
    (an unrecorded one allows nothing)."""
    if not consent or consent == NOT_RECORDED:
        return translate("ExchangeSummary", "Not recorded yet: stays in this vault")
    return {
        "none": translate("ExchangeSummary", "None: stays in this vault"),
        "colleagues": translate("ExchangeSummary", "Colleagues"),
        "partners": translate("ExchangeSummary", "Partners"),
        "public": translate("ExchangeSummary", "Public"),
    }.get(consent) or consent_text(consent)


def changes_text(n: int) -> str:
    return plural("ExchangeSummary", "%n change(s)", n)


def when_text(seconds: float) -> str:
    """A local date and time to the minute; a time from outside is clamped (never raises)."""
    side = outside_range(seconds)
    if side:
        return (translate("ExchangeSummary", "an impossible time") if side < 0
                else translate("ExchangeSummary", "far in the future"))
    return clamped_local(seconds).strftime("%Y-%m-%d %H:%M")


def names_text(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return filled(translate("ExchangeSummary", "%1 and %2"),
                  translate("ExchangeSummary", ", ").join(names[:-1]), names[-1])


def refusal_text(exc: BundleRejected) -> str:
    """One message naming the category, its detail after it (refusal_words)."""
    detail = refusal_detail(exc)
    if isinstance(exc, BundlePartsMissing):
        return filled(translate(
            "ExchangeSummary", "Not every part of this bundle is here (%1). Put all the parts "
            "in the same folder, then choose any one of them again.\n\nNothing in this vault "
            "was changed."), detail)
    reason = REFUSAL_REASONS.get(exc.category, "")
    return filled(translate("ExchangeSummary", "Refused (%1). %2 (%3)\n\nNothing in this vault "
                                               "was changed."),
                  exc.category, translate("ExchangeSummary", reason) if reason else "", detail)


def _refusal_line(exc: HrdDeskError) -> str:
    """Why a file a sync found was not imported: the category (as the format names it) and the
    detail, in the current language."""
    if isinstance(exc, BundleRejected):
        return filled(translate("ExchangeSummary", "%1: %2"), exc.category, refusal_detail(exc))
    return coded_reason(exc.code, exc.values) or visible(exc.message)


def _unreadable(reason: str, refusal: BundleRejected | None) -> str:
    """Inspection's reason for a bundle it could not open, as one plain refusal."""
    if refusal is not None and refusal.category in REFUSAL_REASONS:
        return filled(translate("ExchangeSummary", "Refused (%1). %2 (%3)"), refusal.category,
                      translate("ExchangeSummary", REFUSAL_REASONS[refusal.category]),
                      refusal_detail(refusal))
    found = _REJECTED.match(reason)
    if found and found.group(1) in REFUSAL_REASONS:
        return filled(translate("ExchangeSummary", "Refused (%1). %2 (%3)"), found.group(1),
                      translate("ExchangeSummary", REFUSAL_REASONS[found.group(1)]),
                      found.group(2))
    return filled(translate("ExchangeSummary", "This file cannot be read: %1."),
                  reason or translate("ExchangeSummary", "it is damaged"))


def failure_text(exc: Exception) -> str:
    if isinstance(exc, BundleRejected):
        return refusal_text(exc)
    if isinstance(exc, HrdDeskError):
        return coded_reason(exc.code, exc.values) or f"{exc.message[:1].upper()}{exc.message[1:]}."
    if isinstance(exc, OSError):
        return filled(translate("ExchangeSummary", "The file could not be read or written (%1)."),
                      os_reason(exc))
    return filled(translate("ExchangeSummary", "Something unexpected stopped it (%1). Nothing "
                                               "was changed."), type(exc).__name__)


def _conflicts_line(new_conflicts: int) -> str | None:
    if not new_conflicts:
        return None
    return plural("ExchangeSummary", "%n record(s) now has a conflict (the same field changed "
                                     "here and there): choose what to keep under Conflicts.",
                  new_conflicts)


def _future_line(future: int) -> str | None:
    if not future:
        return None
    return plural("ExchangeSummary", "%n change(s) came with a clock far in the future (kept, "
                                     "but flagged: the sender's computer clock may be wrong).",
                  future)


def trust_text(verified: bool | None, revoked: bool | None) -> str:
    """The sender's standing after its name, as `import` and `sync` both say it (nothing for a
    verified colleague in good standing)."""
    if revoked:
        return translate("ExchangeSummary", " (REVOKED)")
    return "" if verified else translate("ExchangeSummary",
                                         " (NOT VERIFIED: compare fingerprints with them)")


def import_lines(summary: ImportSummary) -> list[str]:
    """What one imported bundle did, a line per point."""
    sender = visible(summary.sender)
    if summary.already_imported:
        return [filled(translate("ExchangeSummary", "This bundle from %1 was imported before. "
                                                    "Nothing changed."), sender)]
    lines = [filled(translate("ExchangeSummary", "From %1%2: %3, %4."), sender,
                    trust_text(summary.sender_verified, summary.sender_revoked),
                    plural("ExchangeSummary", "%n new record(s)", summary.new_records),
                    plural("ExchangeSummary", "%n change(s) applied", summary.applied))]
    stale = summary.stale
    if stale:
        lines.append(plural("ExchangeSummary", "%n older change(s) kept in the history only "
                                               "(this vault already had something newer).",
                            stale))
    pending = summary.pending
    if pending:
        lines.append(plural("ExchangeSummary", "%n change(s) wait for earlier changes that have "
                                               "not arrived yet; they apply when those come.",
                            pending))
    if summary.proposed:
        lines.append(plural("ExchangeSummary", "%n change(s) to consent, to what a record "
                                               "belongs to or to fields the colleague was not "
                                               "given wait for your decision under Conflicts "
                                               "(proposals).", summary.proposed))
    if summary.refused:
        lines.append(plural("ExchangeSummary", "%n change(s) refused: records outside what you "
                                               "share with them, purged here, or from a revoked "
                                               "colleague.", summary.refused))
    theirs_kept_aside = summary.quarantined - summary.lost_kept_aside
    if theirs_kept_aside:
        lines.append(plural("ExchangeSummary", "%n change(s) kept aside: its maker sent two "
                                               "different changes under one number (shown as "
                                               "suspect under Colleagues).", theirs_kept_aside))
    if summary.rotated:
        lines.append(filled(translate("ExchangeSummary", "%1 changed its identity keys (a "
                                                         "successor card signed by its old and "
                                                         "its new key): its new fingerprint is "
                                                         "under Colleagues, and it keeps its "
                                                         "trust."), sender))
    if summary.new_epoch:
        back = (translate("ExchangeSummary", "They are back.") if not summary.lost_kept_aside
                else plural("ExchangeSummary", "They are back, except %n change(s) kept aside "
                                               "here: changes made here since the restore used "
                                               "their numbers again, so the records they touch "
                                               "may show differently here and at colleagues "
                                               "(check them with colleagues).",
                            summary.lost_kept_aside))
        lines.append(filled(translate("ExchangeSummary", "This vault was restored from a copy: "
                                                         "the bundle held changes made here that "
                                                         "it no longer had. %1 It now writes "
                                                         "under a new epoch, so your next "
                                                         "changes reach colleagues. Changes made "
                                                         "since the restore may be kept aside at "
                                                         "colleagues: check them and make them "
                                                         "again."), back))
    elif summary.lost_kept_aside:
        lines.append(plural("ExchangeSummary", "%n change(s) made here and lost in a restore kept "
                                               "aside here: changes made here since the restore "
                                               "used their numbers again, so the records they "
                                               "touch may show differently here and at "
                                               "colleagues (check them with colleagues).",
                            summary.lost_kept_aside))
    if summary.consent_notices:
        lines.append(filled(plural("ExchangeSummary", "%n consent notice(s): %1 changed a "
                                                      "defender's consent; nothing about them "
                                                      "leaves this vault beyond it (see the "
                                                      "defender's Profile).",
                                   summary.consent_notices), sender))
    if summary.attachments:
        lines.append(plural("ExchangeSummary", "%n evidence file(s) received: see Attachments… "
                                               "on their records.", summary.attachments))
    if summary.attachments_refused:
        lines.append(plural("ExchangeSummary", "%n evidence file(s) not kept: the sender may "
                                               "not attach files to their record here.",
                            summary.attachments_refused))
    if summary.attachments_deleted_here:
        lines.append(plural("ExchangeSummary", "%n evidence file(s) not kept: deleted here "
                                               "before.", summary.attachments_deleted_here))
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
    lines = [filled(translate("ExchangeSummary", "Written: %1"), Path(summary.path).name),
             filled(translate("ExchangeSummary", "For %1: %2."), names_text(recipient_names),
                    counts_text({**summary.counts, "attachments": summary.attachments})),
             filled(translate("ExchangeSummary", "Saved in %1. Carry the file to them by any "
                                                 "means: it is sealed, and only they can open "
                                                 "it."), Path(summary.path).parent)]
    if summary.parts:
        lines[0] = filled(translate("ExchangeSummary", "Written in %1 parts: %2"),
                          len(summary.parts), ", ".join(p.name for p in summary.parts))
        lines.append(translate("ExchangeSummary", "Carry every part. Your colleague imports "
                                                  "any one of them once all are in the same "
                                                  "folder."))
    if summary.withheld_for_consent:
        lines.append(plural("ExchangeSummary", "%n record(s) left out because a defender they "
                                               "concern has not consented to sharing.",
                            summary.withheld_for_consent))
    if keep_updated:
        lines.append(translate("ExchangeSummary", "These records are now shared with them: each "
                                                  "sync sends them the changes."))
    return "\n".join(lines)


def sync_text(summary: SyncSummary) -> str:
    lines: list[str] = []
    for imported in summary.imported:
        lines += import_lines(imported)
    for colleague, _name, versions in summary.written:
        who = visible(colleague)
        lines.append(filled(translate("ExchangeSummary", "Sent to %1: %2."), who,
                            changes_text(versions)) if versions else
                     filled(translate("ExchangeSummary", "Sent to %1: receipts for what "
                                                         "arrived."), who))
    for colleague, _exc in summary.not_sent:
        lines.append(filled(translate("ExchangeSummary", "Nothing sent to %1: an evidence file "
                                                         "that goes to them is damaged or "
                                                         "missing in this vault. Find it with "
                                                         "Verify in Attachments… on their "
                                                         "records."), visible(colleague)))
    if not summary.imported and not summary.written and not summary.not_sent:
        lines.append(translate("ExchangeSummary", "Nothing new to receive or send."))
    if summary.incomplete:
        lines.append(plural("ExchangeSummary", "%n file(s) still being copied: tried again at "
                                               "the next sync.", len(summary.incomplete)))
    for name, reason in summary.damaged:
        refusal = summary.refusals.get(name)
        lines.append(filled(translate("ExchangeSummary", "A damaged file was not imported (%1)."),
                            visible(reason) if refusal is None else _refusal_line(refusal)))
    if summary.not_addressed:
        lines.append(plural("ExchangeSummary", "%n file(s) for other vaults left alone.",
                            summary.not_addressed))
    if summary.ignored:
        lines.append(plural("ExchangeSummary", "%n item(s) ignored (not plain files).",
                            len(summary.ignored)))
    if summary.removed:
        lines.append(plural("ExchangeSummary", "%n file(s) of this vault's that colleagues no "
                                               "longer need removed from the folder.",
                            summary.removed))
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
    # translate(...) spelled out: lupdate finds only calls by that name (an alias hid these)
    rows = [(translate("ExchangeSummary", "File"), file_name)]
    if not seen.possible_bundle:
        return Preview(rows, translate("ExchangeSummary",
                                       "This file is not a bundle hrd-desk can read."), False)
    if seen.addressed_to_me is False:
        return Preview(rows, translate("ExchangeSummary",
                                       "This bundle is not addressed to this vault: it was "
                                       "sealed for other colleagues, and cannot be opened "
                                       "here."), False)
    if seen.sender_fingerprint is None:
        return Preview(rows, _unreadable(seen.reason, seen.refusal), False)
    name = seen.sender_colleague or translate("ExchangeSummary", "Unknown sender")
    if seen.sender_colleague is None:
        trust = translate("ExchangeSummary", "Not a colleague")
    elif seen.sender_revoked:
        trust = translate("ExchangeSummary", "Revoked: bundles from them are refused")
    elif seen.sender_verified:
        trust = translate("ExchangeSummary", "Verified")
    else:
        trust = translate("ExchangeSummary",
                          "NOT VERIFIED: you have not compared fingerprints with them")
    rows += [(translate("ExchangeSummary", "From"), name),
             (translate("ExchangeSummary", "Trust"), trust),
             (translate("ExchangeSummary", "Sender's fingerprint"), seen.sender_fingerprint)]
    if seen.created_at is not None:
        rows.append((translate("ExchangeSummary", "Made"), when_text(seen.created_at)))
    rows.append((translate("ExchangeSummary", "Holds"), counts_text(seen.counts)))
    if seen.sender_colleague is None:
        return Preview(rows, translate("ExchangeSummary",
                                       "The sender is not one of your colleagues, so it cannot "
                                       "be imported. If you expected it, ask them for their "
                                       "identity card, add it under Colleagues, and compare "
                                       "this fingerprint with them."), False)
    if seen.sender_revoked:
        return Preview(rows, translate("ExchangeSummary", "This sender was revoked: the bundle "
                                                          "will not be imported."), False)
    if seen.already_imported:
        return Preview(rows, translate("ExchangeSummary", "This bundle was imported before: "
                                                          "importing it again changes "
                                                          "nothing."), True)
    if not seen.sender_verified:
        return Preview(rows, translate("ExchangeSummary", "You have not verified this colleague. "
                                                          "Import only if you expected this file "
                                                          "from them."), True)
    return Preview(rows, "", True)
