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

import threading
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..errors import Cancelled
from ..services.casework import RecordFilter
from ..services.desk import Desk
from ..services.reports import LIST_KINDS, ListExport
from ..services.sharing_rule import Profile
from .contracts import AppContext
from .error_words import failure_sentence
from .exchange.common import LongJob, ProgressBox, progress_bar
from .i18n import filled, plural, translate
from .labels import kind_count
from .report_exports import save_report
from .report_words import list_words

PROFILES = (Profile.FULL, Profile.PARTNER, Profile.PUBLIC)
DEFAULT_PROFILE = Profile.PARTNER
LIST_PROGRESS_AFTER_MS = 400  # a small list is made before any dialog would flash


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


def nothing_text(export: ListExport) -> str:
    """Why no file is offered: no record of the list may leave under the profile."""
    name, _drops = profile_options()[PROFILES.index(export.profile)]
    parts = [filled(translate("ListExport", "No record of the list can leave under the profile "
                              "“%1”: there is nothing to save."), name)]
    if export.withheld_for_consent:
        parts.append(plural("ListExport", "%n record(s) left out: the consent of a defender "
                            "they concern does not allow this profile.",
                            export.withheld_for_consent))
    return "\n\n".join(parts)


def export_list(ctx: AppContext, kind_name: str, shown: Shown | None = None,
                parent: QWidget | None = None) -> None:
    """Ask the profile, make the list on the writer thread with progress and Cancel, then
    warn, ask where and write `shown` (the page's records; None: every record)."""
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
        return
    profile = PROFILES[chosen]
    shown = shown or Shown()
    words = list_words()  # translated here, on the GUI thread
    flt, only = shown.flt, shown.only
    stop = threading.Event()
    dialog, job = _progress(parent, stop)

    def make(desk: Desk, box: ProgressBox) -> ListExport:
        box.set_phase("list")

        def tick(done: int, total: int) -> bool:
            box.report(done, total)
            return not stop.is_set()

        return desk.reports.list_export(kind_name, profile, words, flt=flt, only=only,
                                        progress=tick)

    def made(export: ListExport) -> None:
        _close(dialog)
        if not export.rows:  # a file of headings only would be no use to anyone
            prompter.info(title, nothing_text(export))
            return

        def write(target: Path) -> None:  # what was warned about, not the list made again
            ctx.reader.reports.write_list(export, target)

        save_report(prompter, title, warning_text(export, kind_name, shown.filtered),
                    f"{kind_name}-{profile.value}.csv", write)

    def failed(exc: Exception) -> None:
        _close(dialog)
        if not isinstance(exc, Cancelled):
            prompter.error(translate("ListExport", "The list was not exported"),
                           failure_sentence(exc))

    job.start(ctx, make, made, failed)


def _progress(parent: QWidget | None, stop: threading.Event) -> tuple[QProgressDialog, LongJob]:
    """The dialog a list is made behind: window-modal (the page cannot start a second export),
    shown only if the work outlasts LIST_PROGRESS_AFTER_MS, its Cancel setting `stop`."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(translate("ListExport", "Export list as CSV"))
    dialog.setLabelText(translate("ListExport", "Making the list under the chosen profile…"))
    dialog.setCancelButtonText(translate("ListExport", "Cancel"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("M") * 32)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    bar = progress_bar(translate("ListExport", "Progress of the list"))
    dialog.setBar(bar)
    bar.setRange(0, 0)
    bar.setValue(0)  # at its minimum, so the dialog's own timer restarts at the new duration
    dialog.setMinimumDuration(LIST_PROGRESS_AFTER_MS)
    dialog.canceled.connect(stop.set)
    job = LongJob(bar, dialog)
    job.phase_names["list"] = translate("ListExport", "Records decided:")
    return dialog, job


def _close(dialog: QProgressDialog) -> None:
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()
