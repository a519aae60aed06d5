"""A list page's "Export list as CSV…" (issue 18): the profile asked first (partner by default),
the list made once through the service (services/reports.list_export, the one sharing rule per
record, worded in the GUI's language by report_words.list_words), then the shared report flow
(report_exports.save_report): a warning naming how many records of which kind under which
profile, the file chooser, an atomic write of exactly what was warned about. Cancel at any step
writes nothing; the app keeps no copy. The list is the page's as it shows it (`Shown`: its
filters), every record of the kind when no filter narrows it.

Partner is the default: it never carries a name (the codename stays), contact details, an
address, a host city or a field marked sensitive, yet keeps what a partner may be given, so the
file is useful; public leaves out every record whose consent is not public (often all of them),
and full, names and places included, must be chosen on purpose.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from ..services.casework import RecordFilter
from ..services.reports import LIST_KINDS, ListExport
from ..services.sharing_rule import Profile
from .contracts import AppContext
from .i18n import filled, plural, translate
from .labels import kind_count
from .report_exports import save_report
from .report_words import list_words

PROFILES = (Profile.FULL, Profile.PARTNER, Profile.PUBLIC)
DEFAULT_PROFILE = Profile.PARTNER


@dataclass(frozen=True)
class Shown:
    """What a list page shows, for its export: the filter of its CaseworkSource (`flt`), or
    the ids of its filtered list (`only`, the Defenders overview); neither, every record."""

    flt: RecordFilter | None = None
    only: Collection[str] | None = None

    @property
    def filtered(self) -> bool:
        """A filter narrows the list: the file holds what the page shows, not every record."""
        return self.only is not None or (self.flt is not None and self.flt != RecordFilter())


def profile_options() -> list[tuple[str, str]]:
    """Each profile's name and one line saying what it drops, in PROFILES' order."""
    return [
        (translate("ListExport", "Full, for a programme office"),
         translate("ListExport", "Drops nothing: names, contact details and places included. "
                   "Leaves out records whose consent does not allow colleagues.")),
        (translate("ListExport", "Partner, for a partner organisation"),
         translate("ListExport", "Drops names (the codename stays), contact details, "
                   "addresses, accommodation, exact places (the country stays) and anything "
                   "marked sensitive.")),
        (translate("ListExport", "Public, for a published report"),
         translate("ListExport", "Drops what the partner profile drops and gives dates as "
                   "months; only records whose defenders' consent is public.")),
    ]


def warning_text(export: ListExport, kind_name: str, filtered: bool = False) -> str:
    """What the file will hold: how many records of which kind, the profile and what it drops,
    how many consent left out, the page's records or every record, and that it is not
    encrypted."""
    name, drops = profile_options()[PROFILES.index(export.profile)]
    parts = [filled(translate("ListExport", "The file will hold %1, under the profile “%2”. "
                              "%3"), kind_count(LIST_KINDS[kind_name], len(export.rows)),
                     name, drops)]
    if export.withheld_for_consent:
        parts.append(plural("ListExport", "%n record(s) left out: the consent of a defender "
                            "they concern does not allow this profile.",
                            export.withheld_for_consent))
    if filtered:
        parts.append(translate("ListExport", "Only the records the page shows are in it: its "
                               "filters apply."))
    else:
        parts.append(translate("ListExport", "Every record of the list is in it: no filter "
                               "narrows the page."))
    parts.append(translate("ListExport", "It is not encrypted, and hrd-desk keeps no copy: "
                           "save it only where it is safe."))
    return "\n\n".join(parts)


def export_list(ctx: AppContext, kind_name: str, shown: Shown | None = None) -> bool:
    """Ask the profile, warn, ask where, write `shown` (the page's records; None: every
    record); True when a file was written."""
    if kind_name not in LIST_KINDS:
        raise ValueError(kind_name)
    prompter = ctx.prompter
    title = translate("ListExport", "Export list as CSV")
    chosen = prompter.choose(
        title, translate("ListExport", "Who is the file for? Each record leaves only if the "
                         "consent of every defender it concerns allows it."),
        profile_options(), default=PROFILES.index(DEFAULT_PROFILE),
        accept=translate("ListExport", "Continue…"))
    if chosen is None:
        return False
    profile = PROFILES[chosen]
    reports = ctx.reader.reports
    shown = shown or Shown()
    export = reports.list_export(kind_name, profile, list_words(), flt=shown.flt,
                                 only=shown.only)

    def write(target: Path) -> None:  # what was warned about, not the list made again
        reports.write_list(export, target)

    return save_report(prompter, title, warning_text(export, kind_name, shown.filtered),
                       f"{kind_name}-{profile.value}.csv", write)
