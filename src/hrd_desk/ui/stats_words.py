"""Statistics' grouping keys and values in the current language: the Statistics screen and its
PDF (report_pdf.statistics_pdf) word them the same way."""

from __future__ import annotations

from functools import cmp_to_key
from typing import Any

from ..model.vocab import VOCABULARIES
from ..services.statistics import SEVERAL, Statistics, StatsWording, label_of
from .i18n import QT_TRANSLATE_NOOP, compare_texts, country_text, translate, vocab_text

KEY_TITLES = {
    "category": QT_TRANSLATE_NOOP("Statistics", "Category"),
    "country": QT_TRANSLATE_NOOP("Statistics", "Country"),
    "month": QT_TRANSLATE_NOOP("Statistics", "Month"),
    "quarter": QT_TRANSLATE_NOOP("Statistics", "Quarter"),
    "year": QT_TRANSLATE_NOOP("Statistics", "Year"),
    "programme": QT_TRANSLATE_NOOP("Statistics", "Programme"),
    "severity": QT_TRANSLATE_NOOP("Statistics", "Severity"),
    "perpetrator": QT_TRANSLATE_NOOP("Statistics", "Perpetrator type"),
    "field_of_work": QT_TRANSLATE_NOOP("Statistics", "Field of work"),
}
_VOCABS = {"category": "threat_categories", "programme": "programmes",
           "perpetrator": "perpetrator_types", "field_of_work": "fields_of_work"}


def value_text(key: str, value: str | None) -> str:
    """A grouping value in the current language (vocabulary labels translated)."""
    if value in (None, ""):
        return translate("Statistics", "(none)")
    if key == "country":
        return country_text(value)
    if key == "field_of_work" and value == SEVERAL:
        return translate("Statistics", "Several fields")
    if key in _VOCABS and value in VOCABULARIES[_VOCABS[key]]:
        return vocab_text(_VOCABS[key], value)
    return label_of(key, value)


def shown_rows(stats: Statistics) -> list[dict[str, Any]]:
    """The counted rows in the order of what they show in the current language (QCollator):
    countries and categories alphabetical as the language writes them, periods in time order
    (ISO text sorts so), whatever order the slugs and codes had."""
    by = stats.query.by
    shown = {id(r): [value_text(k, r[k]) for k in by] for r in stats.rows}
    return sorted(stats.rows, key=cmp_to_key(lambda a, b: compare_texts(shown[id(a)],
                                                                        shown[id(b)])))


def key_title(key: str) -> str:
    """A grouping key's title ("Month", "Category") in the current language."""
    return translate("Statistics", KEY_TITLES[key])


# services/statistics.CSV_PHRASES, marked for lupdate (tests/ui/test_statistics_page checks)
CSV_PHRASES = (
    QT_TRANSLATE_NOOP("Statistics", "Incidents"),
    QT_TRANSLATE_NOOP("Statistics", "Count"),
    QT_TRANSLATE_NOOP("Statistics", "All"),
    QT_TRANSLATE_NOOP("Statistics", "Imprecise (date fits no single period)"),
)


def csv_words() -> StatsWording:
    """The statistics CSV's headings and values in the current language (no bidi isolates:
    a spreadsheet cell holds one value)."""
    return StatsWording(title=key_title, value=value_text,
                        phrase=lambda text: translate("Statistics", text))
