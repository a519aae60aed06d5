"""Report PDFs (issue 18), read back as a person's PDF reader would (pdftotext): for each profile
no marker of a field the profile drops is in the dossier's text (Arabic presentation forms folded
first; the risk trend and security plan sections included), Arabic text comes out as Arabic, the
footer names profile, date and office on every page; the statistics PDF holds the counts;
`report dossier` writes the same through the CLI."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cli_support import init_vault, new_id, run
from hrd_desk.services.desk import Desk
from hrd_desk.services.session import Session
from hrd_desk.services.sharing_rule import Profile
from hrd_desk.services.statistics import StatsQuery
from hrd_desk.ui.i18n import apply_language
from hrd_desk.ui.report_pdf import dossier_pdf, statistics_pdf
from hrd_desk.ui.report_words import dossier_words
from test_report_redaction import check_plan_sections, dropped, make_records

# consent that allows sharing is recorded with when and how it was given (issue 10)
GIVEN = {"consent_date": "2024-01-10", "consent_how": "written"}
GIVEN_CLI = ("--consent-date", "2024-01-10", "--consent-how", "written")


ARABIC = "رسائل تهديد عبر واتساب"


def pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is missing: run-tests.sh installs it")
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    # presentation forms (ﻋ, ﺒ...) and ligatures (ﬁ) folded; bidi marks pdftotext adds removed
    folded = unicodedata.normalize("NFKC", out)
    return "".join(c for c in folded if unicodedata.category(c) != "Cf")


@pytest.mark.parametrize("profile", list(Profile))
def test_dossier_pdf_text_lacks_every_dropped_field(qtbot: QtBot, session: Session,
                                                     tmp_path: Path, profile: Profile) -> None:
    desk = Desk.on(session)
    made = make_records(desk)
    desk.records.add("incident", {"defenders": [made["defender"]], "category": "digital",
                                  "occurred": "2025-01-20", "description": ARABIC})
    dossier = desk.reports.dossier(made["defender"], profile, date(2026, 1, 2))
    text = pdf_text(dossier_pdf(dossier), tmp_path)
    for kind, markers in dropped(profile).items():
        for gone in markers:
            assert gone not in text, (profile, kind, gone)
    assert ARABIC in text, "Arabic reads back as Arabic"
    assert "MKincidentdescriptionQ" in text, "a kept field is there (the test can fail)"
    pages = text.count("\f")
    assert text.count(f"Profile: {profile.value} · 2026-01-02 · Office: ") >= max(pages, 1)
    if profile is Profile.FULL:
        assert "MKdefendernameQ" in text and "MKdefenderlegalnameQ" in text
    else:
        assert "MKdefendernameQ" not in text and "MKdefendercodenameQ" in text
    check_plan_sections(profile, text)  # risk trend and security plan status (issue 16)


def test_statistics_pdf_holds_the_counts(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    desk = Desk.on(session)
    amina = desk.records.add("defender", {"name": "Amina", "consent": "public", **GIVEN})
    for when in ("2024-01-05", "2024-01-06", "2024-02-01", "2024"):
        desk.records.add("incident", {"defenders": [amina], "category": "legal",
                                      "occurred": when, "description": "x"})
    stats = desk.reports.statistics(StatsQuery(by=("month",)))
    text = pdf_text(statistics_pdf(stats, "Nairobi office", date(2026, 1, 2)), tmp_path)
    assert "2024-01: 2" in text and "2024-02: 1" in text and "Total: 3" in text
    assert "Imprecise (date fits no single period): 1" in text
    assert "Office: Nairobi office" in text


def test_statistics_pdf_is_in_the_users_language(qtbot: QtBot, session: Session,
                                                 tmp_path: Path) -> None:
    """The GUI's statistics PDF speaks the language of the window (issue 18)."""
    desk = Desk.on(session)
    amina = desk.records.add("defender", {"name": "Amina", "consent": "public", **GIVEN})
    for when in ("2024-01-05", "2024"):
        desk.records.add("incident", {"defenders": [amina], "category": "legal",
                                      "occurred": when, "description": "x"})
    stats = desk.reports.statistics(StatsQuery(by=("category",)))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "fr")
    try:
        text = pdf_text(statistics_pdf(stats, "Bureau de Nairobi", date(2026, 1, 2)), tmp_path)
    finally:
        apply_language(app, "en")
    assert "Statistiques des incidents" in text and "Total : 2" in text
    assert "Entraves par les lois et les tribunaux : 2" in text, "vocabulary labels translated"
    assert "Total: 2" not in text and "Incident statistics" not in text


def test_cli_report_dossier(qtbot: QtBot, tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "v")
    amina = new_id(vault, "defender", "add", "--name", "أمينة", "--codename", "Heron",
                   "--legal-name", "MKlegalQ", "--consent", "partners", *GIVEN_CLI)
    out = tmp_path / "dossier.pdf"
    done = run(vault, "report", "dossier", amina, "--profile", "partner", "--out", str(out))
    assert done.code == 0 and "not encrypted" in done.err
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "Heron" in text and "MKlegalQ" not in text and "أمينة" not in text
    refused = run(vault, "report", "dossier", amina, "--profile", "public", "--out",
                  str(tmp_path / "public.pdf"))
    assert refused.code == 5 and not (tmp_path / "public.pdf").exists()
    bad = run(vault, "report", "dossier", amina, "--profile", "full", "--out",
              str(tmp_path / "missing" / "x.pdf"))
    assert bad.code == 5


def _in_language(language: str, make: Callable[[], bytes]) -> bytes:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, language)
    try:
        return make()
    finally:
        apply_language(app, "en")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_dossier_pdf_is_in_the_users_language(qtbot: QtBot, session: Session, tmp_path: Path,
                                              language: str) -> None:
    """The GUI's dossier speaks the window's language (issue 18): section titles, labels,
    notes, table headings, the footer, country and vocabulary names; no English section title
    is left; the markers of a full dossier are there all the same."""
    desk = Desk.on(session)
    made = make_records(desk)
    pdf = _in_language(language, lambda: dossier_pdf(desk.reports.dossier(
        made["defender"], Profile.FULL, date(2026, 1, 2), words=dossier_words())))
    text = pdf_text(pdf, tmp_path)
    english = [p for p in ("Incident timeline", "Threat pattern", "Stays", "Risk trend",
                           "Security plan status", "Profile: full", "Office:", "Prepared ",
                           "Category: ", "Measures overdue on", "Occurred")
               if p in text or (language == "ar" and "Kenya" in text)]
    assert not english, english
    assert "MKdefendernameQ" in text and "MKincidentdescriptionQ" in text
    if language == "fr":
        assert "Chronologie des incidents" in text and "Schéma des menaces" in text
        assert "Profil : complet · 2026-01-02 · Bureau : " in text, "the footer"
        assert "Catégorie : " in text and "Mesures en retard au 2026-01-02" in text
    else:
        assert "التسلسل الزمني للحوادث" in text and "كينيا" in text, "Arabic titles, country"
        assert "2026-01-02" in text, "an ISO date in an Arabic line keeps its order"


def test_every_phrase_of_the_dossier_is_marked_for_translation() -> None:
    """services/reports words the dossier with these phrases; ui/report_words marks them for
    the catalogues (and the counted ones are its plural calls), or the PDF shows English."""
    from hrd_desk.services import reports
    from hrd_desk.ui import report_words

    assert set(report_words.PHRASES) == set(reports.PHRASES)
    for text in reports.COUNTED:
        assert report_words._counted(text, 2)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_an_office_without_a_name_is_not_called_unnamed(qtbot: QtBot, session: Session,
                                                        tmp_path: Path, language: str) -> None:
    """Seen in the Arabic dossier (100-ar-dossier-1.png): 'أُعدّ في ... من قِبل unnamed' and
    'المكتب: unnamed' in the footer: the identity's placeholder name, in English, as the office.
    The statistics PDF saved from the screen named it the same way."""
    from hrd_desk.ui.pages.statistics import StatisticsPage

    from .conftest import ScriptedPrompter
    from .page_support import FakeContext

    desk = Desk.on(session)
    assert desk.colleagues.identity().name == "unnamed", "a vault whose office has no name"
    made = make_records(desk)
    dossier_text = pdf_text(_in_language(language, lambda: dossier_pdf(desk.reports.dossier(
        made["defender"], Profile.FULL, date(2026, 1, 2), words=dossier_words()))), tmp_path)
    out = tmp_path / "stats.pdf"
    prompter = ScriptedPrompter(confirm_answers=[True], files=[str(out)])

    def stats_pdf() -> bytes:
        page = StatisticsPage()
        qtbot.addWidget(page)
        page.attach(FakeContext(session, prompter))  # type: ignore[arg-type]
        page.export("pdf")
        return out.read_bytes()

    stats_text = pdf_text(_in_language(language, stats_pdf), tmp_path)
    # (pdftotext gives an Arabic line's brackets mirrored: the words are checked apart)
    named = {"fr": ("ce bureau (sans nom)",), "ar": ("هذا المكتب", "بلا اسم")}[language]
    for text in (dossier_text, stats_text):
        assert "unnamed" not in text
        assert all(words in " ".join(text.split()) for words in named)
