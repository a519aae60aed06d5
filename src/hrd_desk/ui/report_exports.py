"""Saving a report outside the vault (statistics, a dossier): warn first, naming what the file
holds and that it is not encrypted; then ask where; then write atomically (the services' CSV
writer or fsutil.atomic_write); say what happened. Nothing is kept inside the app. One flow for
every report the GUI saves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import HrdDeskError
from ..services.csv_files import check_out_path
from .contracts import Prompter
from .error_words import failure_fragment
from .i18n import translate


def save_report(prompter: Prompter, title: str, warning: str, suggested_name: str,
                write: Callable[[Path], None]) -> bool:
    """True when the file was written. `write(path)` makes the content and writes it; a
    refusal (consent, a bad place) is shown and nothing is written."""
    if not prompter.confirm(title, warning, accept=translate("Reports", "Choose where…")):
        return False
    suffix = Path(suggested_name).suffix
    filters = (
        translate("Reports", "CSV (*.csv)")
        if suffix == ".csv"
        else translate("Reports", "PDF (*.pdf)")
    )
    chosen = prompter.save_file(title, suggested_name, filters)
    if not chosen:
        return False
    try:
        write(check_out_path(Path(chosen), suffix))
    except (HrdDeskError, OSError) as exc:
        prompter.error(title, translate("Reports", "Nothing was written: %1").replace(
            "%1", failure_fragment(exc)))
        return False
    prompter.info(title, translate("Reports", "Saved. The file is not encrypted."))
    return True
