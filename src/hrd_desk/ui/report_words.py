"""A dossier and a list's CSV in the user's language (issue 18): services/reports builds them
from the records through the one sharing rule and words them with a ReportWording (English for
the CLI); this gives the GUI's words, as ui/plan_summary.py does for the security plan."""

from __future__ import annotations

from dataclasses import replace

from ..services.reports import ReportWording
from .i18n import (
    QT_TRANSLATE_NOOP,
    country_text,
    field_label,
    isolated,
    plural,
    translate,
    vocab_text,
)

# services/reports.PHRASES, marked for lupdate (tests/ui/test_report_pdf checks they match)
PHRASES = (
    QT_TRANSLATE_NOOP("Dossier", "(withheld)"),
    QT_TRANSLATE_NOOP("Dossier", "Defender"),
    QT_TRANSLATE_NOOP("Dossier", "Profile"),
    QT_TRANSLATE_NOOP("Dossier", "Incident timeline"),
    QT_TRANSLATE_NOOP("Dossier", "Threat pattern"),
    QT_TRANSLATE_NOOP("Dossier", "Stays"),
    QT_TRANSLATE_NOOP("Dossier", "Advocacy"),
    QT_TRANSLATE_NOOP("Dossier", "Risk trend"),
    QT_TRANSLATE_NOOP("Dossier", "Risks in the latest assessment"),
    QT_TRANSLATE_NOOP("Dossier", "Security plan status"),
    QT_TRANSLATE_NOOP("Dossier", "Category: %1"),
    QT_TRANSLATE_NOOP("Dossier", "Perpetrator: %1"),
    QT_TRANSLATE_NOOP("Dossier", "Not known"),
    QT_TRANSLATE_NOOP("Dossier", "Highest severity"),
    QT_TRANSLATE_NOOP("Dossier", "No incident under this profile."),
    QT_TRANSLATE_NOOP("Dossier", "Incidents counted in the chart"),
    QT_TRANSLATE_NOOP("Dossier", "%1 from %2 to %3 (those this profile lets leave)"),
    QT_TRANSLATE_NOOP("Dossier", "Measures planned"),
    QT_TRANSLATE_NOOP("Dossier", "Measures in place"),
    QT_TRANSLATE_NOOP("Dossier", "Measures lapsed"),
    QT_TRANSLATE_NOOP("Dossier", "Measures dropped"),
    QT_TRANSLATE_NOOP("Dossier", "Measures %1"),
    QT_TRANSLATE_NOOP("Dossier", "Measures overdue on %1"),
    QT_TRANSLATE_NOOP("Dossier", "Measures whose review is due"),
    QT_TRANSLATE_NOOP("Dossier", "Next review"),
    QT_TRANSLATE_NOOP("Dossier", "none set"),
    QT_TRANSLATE_NOOP("Dossier", "Overdue"),
    QT_TRANSLATE_NOOP("Dossier", "Yes"),
    QT_TRANSLATE_NOOP("Dossier", "Profile: %1 · %2 · Office: %3"),
    QT_TRANSLATE_NOOP("Dossier", "Dossier: %1"),
    QT_TRANSLATE_NOOP("Dossier", "Prepared %1 by %2, %3 profile. Not encrypted: keep it safe."),
    QT_TRANSLATE_NOOP("Dossier", "None under this profile."),
    QT_TRANSLATE_NOOP("Dossier", "%1: %2"),
    QT_TRANSLATE_NOOP("Dossier", "; "),
    QT_TRANSLATE_NOOP("Dossier", "full"),
    QT_TRANSLATE_NOOP("Dossier", "partner"),
    QT_TRANSLATE_NOOP("Dossier", "public"),
    QT_TRANSLATE_NOOP("Dossier", "this office (no name set)"),
    QT_TRANSLATE_NOOP("Dossier", "Id"),
)


def _counted(text: str, n: int) -> str:
    """services/reports.COUNTED in the plural form the current language uses for n (each a
    literal plural call, so tools/translations.py writes them into the catalogues)."""
    phrases = {
        "%n incident(s) left out: the consent of a defender they concern does not allow this "
        "profile.": lambda: plural(
            "Dossier", "%n incident(s) left out: the consent of a defender they concern does "
            "not allow this profile.", n),
        "%n stay(s) left out (consent).": lambda: plural(
            "Dossier", "%n stay(s) left out (consent).", n),
        "%n action(s) left out (consent).": lambda: plural(
            "Dossier", "%n action(s) left out (consent).", n),
        "%n assessment(s) left out (consent).": lambda: plural(
            "Dossier", "%n assessment(s) left out (consent).", n),
        "%n risk item(s) left out (consent).": lambda: plural(
            "Dossier", "%n risk item(s) left out (consent).", n),
        "%n measure(s) left out (consent).": lambda: plural(
            "Dossier", "%n measure(s) left out (consent).", n),
    }
    return phrases[text]()


def dossier_words() -> ReportWording:
    """The dossier's words in the current language; dates in a left-to-right isolate where the
    layout is right to left (i18n.isolated), so an Arabic line never shows 2025-03-01 reversed."""
    return ReportWording(
        phrase=lambda text: translate("Dossier", text),
        count=_counted,
        field=field_label,
        vocab=vocab_text,
        country=country_text,
        day=isolated,
    )


def list_words() -> ReportWording:
    """A list's CSV in the current language (headings are the fields' labels, values' words
    as in the dossier), with no bidi isolates: a spreadsheet cell holds one value."""
    return replace(dossier_words(), day=lambda text: text)
