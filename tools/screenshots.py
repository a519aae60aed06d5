"""Save PNG screenshots for review: the gate, the start screen, every section, a defender's tabs
(Risk and Security plan included) and full dossier (PDF, pages as PNG), the forms and the
check-in window, the Trainings and Network pages.

    .venv/bin/python tools/screenshots.py [--out screenshots]

Under a real X server with a window manager, on the 1600x1000 screen of the 200% check:

    xvfb-run -a -s "-screen 0 1600x1000x24" sh -c \
        'openbox & sleep 1; QT_QPA_PLATFORM=xcb .venv/bin/python tools/screenshots.py'

Five variants, each in its own process (Qt reads the scale factor once, at start): 100% light,
200% light (QT_SCALE_FACTOR=2), 100% dark, and 100% light in French and in Arabic (`--only
100-fr --only 100-ar` for some of them). Every
variant uses a fresh vault in a temporary folder filled with a few invented records, on the
offscreen platform unless QT_QPA_PLATFORM says otherwise; nothing touches the user's own vault
or settings. Files are named
`<variant>-<screen>.png`, e.g. `200-light-defenders.png`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

# scale, theme, language (Arabic lays the window out right to left)
VARIANTS = {"100-light": ("1", "light", "en"), "200-light": ("2", "light", "en"),
            "100-dark": ("1", "dark", "en"), "100-fr": ("1", "light", "fr"),
            "100-ar": ("1", "light", "ar")}
# Under a real X server (QT_QPA_PLATFORM=xcb, e.g. xvfb-run with a window manager, a 1600x1000
# screen) windows keep the size the window manager allows: at 200% that is 800x500 logical pixels.
PASSPHRASE = "screenshots only: four random words"
SIZE = (1180, 760)


def _plans(work: Any, amina: str, luis: str) -> dict[str, str]:
    """Stays, check-ins and tasks around today (local date), so every start-screen bucket has a
    line: a missed check-in, one due today, a visa expiring before departure, an arrival."""
    from datetime import date, timedelta

    today = date.today()

    def day(offset: int) -> str:
        return (today + timedelta(days=offset)).isoformat()

    stay = work.add("relocation", {
        "defender": amina, "host_city": "Utrecht", "status": "in-stay", "arrival": day(-40),
        "planned_arrival": day(-40), "planned_departure": day(50), "visa_expires": day(30),
        "travel_status": "arrived", "accommodation": "Guest flat of the partner organisation",
        "return_plan": "Back to Mombasa with the network's support"})
    work.add("relocation", {"defender": luis, "host_city": "Madrid", "planned_arrival": day(4),
                            "planned_departure": day(94), "travel_status": "visa-granted"})
    missed = work.add("checkin", {"relocation": stay, "due": day(-3)})
    work.edit("checkin", missed, {"status": "missed"})
    work.add("checkin", {"relocation": stay, "due": day(0)})
    done = work.add("checkin", {"relocation": stay, "due": day(-17)})
    work.edit("checkin", done, {"status": "done", "done_at": day(-17), "how": "video",
                                "note": "Settled in, first week of the course"})
    work.add("checkin", {"relocation": stay, "due": day(14)})
    work.add("task", {"title": "Send the visa extension letter", "due": day(-2),
                      "defender": amina, "relocation": stay, "assignee": "Maria"})
    work.add("task", {"title": "Book the return flight", "due": day(6), "defender": amina,
                      "relocation": stay, "assignee": "Maria"})
    work.add("task", {"title": "Invitation letter for the host organisation", "due": day(1),
                      "defender": luis, "assignee": "Tom"})
    return {"stay": stay, "missed": missed, **_risk(work, amina)}


def _risk(work: Any, amina: str) -> dict[str, str]:
    """Two risk assessments of Amina (medium, then high), rated items, and a security plan with
    a measure overdue, one due for review today and an emergency protocol."""
    from datetime import date, timedelta

    from hrd_desk.services.plans import Plans

    today = date.today()

    def day(offset: int) -> str:
        return (today + timedelta(days=offset)).isoformat()

    plans = Plans(work.session)
    followed = work.add("incident", {"defenders": [amina], "category": "physical",
                                     "occurred": day(-25), "description": "Followed home",
                                     "severity": 4})
    work.add("incident", {"defenders": [amina], "category": "digital", "occurred": day(-60),
                          "description": "Phishing message", "severity": 2})
    plans.assess(amina, "medium", on=day(-150), assessor="Tom")
    risk = plans.assess(amina, "high", on=day(-10), assessor="Maria",
                        summary="Surveillance has grown since the land hearing")
    threat = plans.add_item(risk, {
        "item_type": "threat", "text": "Followed by plain-clothes police", "likelihood": 4,
        "impact": 5, "incidents": [followed], "facts": "Seen twice near her home",
        "pattern": "Weekly since the hearing", "objective": "Stop her testimony",
        "behind": "Local police unit", "feasibility": "They have the people and the time"})
    weak = plans.add_item(risk, {"item_type": "vulnerability", "level": 3,
                                 "text": "Same route to the office every day"})
    plans.add_item(risk, {"item_type": "capacity", "level": 4,
                          "text": "A lawyer on call and a strong community network"})
    plans.add_measure({"defender": amina, "title": "Vary the route to the office",
                       "due": day(-2), "owner": "Amina", "reduces": [threat, weak],
                       "review": day(30), "details": "Three routes, chosen each morning"})
    plans.add_measure({"defender": amina, "title": "Safe room at the office",
                       "status": "in-place", "review": day(0), "reduces": [threat]})
    plans.add_measure({"defender": amina, "title": "Call the hotline, then the lawyer",
                       "group": "emergency", "due": day(5), "owner": "Maria"})
    return {"risk": risk}


def _network(work: Any, amina: str, luis: str) -> dict[str, str]:
    """Two editions of the course with participants, network contacts, advocacy actions."""
    desk_training = {"title": "Hague Training Course, autumn", "starts": "2026-09-07",
                     "ends": "2026-09-11", "place": "The Hague"}
    autumn = work.add("training", desk_training)
    work.add("training", {"title": "Hague Training Course, spring", "starts": "2026-03-02",
                          "ends": "2026-03-06", "place": "The Hague"})
    work.add("participant", {"training": autumn, "defender": amina,
                             "modules": ["digital-security", "physical-security", "networking"],
                             "needs": "A phone that is not tapped; a safe way to store files"})
    work.add("participant", {"training": autumn, "defender": luis,
                             "modules": ["reporting", "policy-influencing"]})
    embassy = work.add("contact", {"name": "Human rights officer", "contact_type": "embassy",
                                   "organisation": "Embassy of the Netherlands in Nairobi",
                                   "city": "Geneva", "reach": "+41 22 555 01 02"})
    rapporteur = work.add("contact", {"name": "Office of the Special Rapporteur on HRDs",
                                      "contact_type": "un-mechanism", "city": "Geneva"})
    work.add("contact", {"name": "DG for external relations, human rights desk",
                         "contact_type": "eu-institution", "city": "Brussels"})
    work.add("contact", {"name": "Maître Diallo", "contact_type": "lawyer",
                         "city": "Brussels", "organisation": "Avocats pour la défense"})
    work.add("contact", {"name": "Press freedom desk", "contact_type": "journalist",
                         "city": "New York"})
    work.add("advocacy", {"action": "meeting", "date": "2026-06-02",
                          "subject": "Trial monitoring", "contacts": [embassy],
                          "defenders": [amina], "outcome": "An observer at the next hearing"})
    work.add("advocacy", {"action": "urgent-appeal", "date": "2026-06-20",
                          "subject": "Summons without charges", "contacts": [rapporteur],
                          "defenders": [luis]})
    return {"training": autumn, "contact": embassy}


def _records(vault: Path) -> tuple[str, dict[str, str]]:
    """A few invented records in three threat categories, and plans (stays, check-ins, tasks);
    returns the first defender's id and the ids of a stay and its missed check-in."""
    from hrd_desk.services.casework import Casework
    from hrd_desk.services.session import open_session

    with open_session(vault, PASSPHRASE) as session:
        work = Casework(session)
        amina = work.add("defender", {"name": "Amina Okoye", "codename": "Blue Heron",
                                      "country": "KE", "organisation": "Coast Land Rights Forum",
                                      "field_of_work": "land-environment",
                                      "legal_name": "Amina N. Okoye", "consent": "colleagues",
                                      "consent_date": "2024-01-15", "consent_how": "written"})
        luis = work.add("defender", {"name": "Luis García", "codename": "River Fox",
                                     "country": "CO", "consent": "colleagues",
                                     "consent_date": "2024-01-15", "consent_how": "written"})
        work.add("defender", {"name": "Olga Petrova", "country": "BY", "consent": "colleagues",
                "consent_date": "2024-01-15", "consent_how": "written"})
        # consent public: counted in the Statistics screen (an Arabic name, mixed scripts)
        huda = work.add("defender", {"name": "هدى الأمين", "codename": "Desert Lark",
                                     "country": "SD", "field_of_work": "journalism",
                                     "consent": "public", "consent_date": "2024-01-10",
                                     "consent_how": "written"})
        for category, when in (("digital", "2024-01-14"), ("digital", "2024-02-03"),
                               ("legal", "2024-02-20"), ("physical", "2024-03-09"),
                               ("digital", "2024-03-30"), ("defamation", "2024")):
            work.add("incident", {"defenders": [huda], "category": category, "occurred": when,
                                  "description": "تهديد عبر الهاتف", "severity": 2})
        sister = work.add("related", {"defender": amina, "name": "Grace Okoye",
                                      "relationship": "sibling"})
        work.add("case", {"defender": amina, "programme": "relocation", "title": "Relocation 2024",
                          "status": "active"})
        for category, when, text, extra in (
            ("digital", "2024-05-02", "Account login attempts from abroad", {}),
            ("physical", "2024-04", "Car followed from the community meeting", {}),
            ("family", "2024-03-18", "Threatening message sent to her sister",
             {"targets": [sister]}),
        ):
            work.add("incident", {"defenders": [amina], "category": category, "occurred": when,
                                  "description": text, "status": "open", "severity": 3, **extra})
        work.add("incident", {"defenders": [luis], "category": "legal", "occurred": "2024-02",
                              "description": "Summons without stated charges",
                              "status": "monitoring"})
        return amina, {**_plans(work, amina, luis), **_network(work, amina, luis)}


class _QuietPrompter:
    """Answers instead of showing a modal dialog (which would wait forever offscreen)."""

    def confirm(self, title: str, text: str, *, destructive: bool = False,
                accept: str = "OK", reject: str = "Cancel") -> bool:
        return False

    typed_answers: list[bool] = []  # noqa: RUF012 - one prompter per process

    def confirm_typed(self, title: str, text: str, expected: str) -> bool:
        return self.typed_answers.pop(0) if self.typed_answers else False

    def info(self, title: str, text: str) -> None:
        print(f"(info) {title}: {text}")

    def error(self, title: str, text: str) -> None:
        print(f"(error) {title}: {text}")

    def open_file(self, title: str, filters: str) -> str | None:
        return None

    def save_file(self, title: str, suggested_name: str, filters: str) -> str | None:
        return None

    def open_folder(self, title: str) -> str | None:
        return None


def _grab(widget: Any, out: Path, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(out / name))
    print(f"saved {out / name}")


def _child(variant: str, out: Path) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from hrd_desk.services.desk import create_desk, unlock_desk
    from hrd_desk.ui.app import make_application
    from hrd_desk.ui.main_window import build_main_window
    from hrd_desk.ui.settings import AppSettings

    _scale, theme, language = VARIANTS[variant]
    settings = AppSettings(theme=theme, language=language)
    app = make_application([sys.argv[0]], settings)
    with tempfile.TemporaryDirectory() as tmp:
        vault_dir = Path(tmp) / "vault"
        window = build_main_window(vault_dir, settings=settings, prompter=_QuietPrompter())
        screen = window.screen().availableGeometry()
        if SIZE[0] <= screen.width() * 0.95 and SIZE[1] <= screen.height() * 0.95:
            window.resize(*SIZE)  # else the window's own size for the screen (200% on X)
        window.show()
        _grab(window, out, f"{variant}-create-vault.png")
        create_desk(vault_dir, PASSPHRASE).lock()
        defender, plans = _records(vault_dir)
        window.show_gate()
        _grab(window, out, f"{variant}-unlock.png")
        window.unlock_screen.show_wrong_passphrase()
        _grab(window, out, f"{variant}-unlock-wrong-passphrase.png")
        window.unlock_screen.reset()
        window.gate.opened.emit(unlock_desk(vault_dir, PASSPHRASE))
        _grab(window, out, f"{variant}-start.png")
        window.workspace.go("defenders")
        _grab(window, out, f"{variant}-defenders.png")
        window.ctx.open_record("defender", defender)
        _grab(window, out, f"{variant}-defender.png")
        view = window.pages["defenders"].view
        for tab in ("Profile", "Related people", "Cases", "Relocation", "Training and advocacy",
                    "Risk", "Security plan"):
            for index in range(view.tabs.count()):
                if view.tab_key(index) == tab:
                    view.tabs.setCurrentIndex(index)
            _grab(window, out, f"{variant}-defender-{tab.lower().replace(' ', '-')}.png")
        _dossier_pages(window, defender, variant, out)
        for key in ("cases", "threat_log", "relocations", "trainings", "network", "tasks",
                    "deleted", "exchange", "statistics"):
            if key in window.pages:
                window.workspace.go(key)
                _grab(window, out, f"{variant}-{key.replace('_', '-')}.png")
        network = window.pages.get("network")
        if network is not None:
            window.workspace.go("network")
            network.tabs.setCurrentWidget(network.advocacy)
            _grab(window, out, f"{variant}-network-advocacy.png")
            network.tabs.setCurrentWidget(network.contacts)
        exchange = window.pages.get("exchange")
        if exchange is not None:
            window.workspace.go("exchange")
            exchange.tabs.setCurrentWidget(exchange.conflicts)
            _grab(window, out, f"{variant}-exchange-conflicts.png")
            _exchange_screens(window, exchange, variant, out, Path(tmp))
        window.workspace.search_field.setText("Okoye")
        window.workspace.run_search()
        _grab(window, out, f"{variant}-search.png")
        window.workspace.search_field.setText("")
        for kind, name, defaults in (
                ("incident", "incident-form", None),
                ("related", "related-form", {"defender": defender}),
                ("case", "case-form", {"defender": defender}),
                ("relocation", "stay-form", {"defender": defender}),
                ("checkin", "checkin-schedule-form", {"relocation": plans["stay"]}),
                ("task", "task-form", {"defender": defender, "relocation": plans["stay"]}),
                ("risk_item", "risk-item-form", {"assessment": plans["risk"],
                                                 "item_type": "threat"}),
                ("security_measure", "measure-form", {"defender": defender}),
                ("participant", "participant-form", {"training": plans["training"]}),
                ("contact", "contact-form", None),
                ("advocacy", "advocacy-form", {"contacts": [plans["contact"]],
                                               "defenders": [defender]}),
                ("checkin-outcome", "checkin-window", plans["missed"])):
            before = set(QApplication.topLevelWidgets())
            window.workspace.go("defenders")
            if kind == "incident":
                window.log_incident()
            else:
                from hrd_desk.ui.forms import CHECKIN_OUTCOME, open_form
                if kind == CHECKIN_OUTCOME:
                    open_form(window.ctx, kind, str(defaults))
                else:
                    open_form(window.ctx, kind, defaults=defaults)
            new = [w for w in QApplication.topLevelWidgets()
                   if w not in before and w.isVisible() and isinstance(w, QWidget)]
            _grab(new[0] if new else window, out, f"{variant}-{name}.png")
            for form in new:
                form.clear()
                form.close()
        from hrd_desk.ui.main_window import SHORTCUTS
        from hrd_desk.ui.settings_dialog import SettingsDialog
        from hrd_desk.ui.shortcuts_dialog import ShortcutsDialog
        from hrd_desk.ui.vault_maintenance import ChangePassphraseDialog
        for dialog, name in ((SettingsDialog(settings, window), "settings"),
                             (ShortcutsDialog(SHORTCUTS, window), "shortcuts"),
                             (ChangePassphraseDialog(window), "change-passphrase")):
            dialog.show()
            _grab(dialog, out, f"{variant}-{name}.png")
            dialog.close()
        _key_screens(window, variant, out, vault_dir, defender)
        _sheet_import_screens(window, variant, out, Path(tmp))
        window.lock("idle")
        _grab(window, out, f"{variant}-locked-idle.png")
        _wipe_screens(window, variant, out, vault_dir)
        window.shutdown()
    app.processEvents()


def _dossier_pages(window: Any, defender: str, variant: str, out: Path) -> None:
    """The defender's full dossier as the GUI words and writes it (DefenderView.save_dossier:
    ui/report_words in the window's language, ui/report_pdf), its pages rendered to PNG by
    pdftoppm (poppler-utils) when it is there: `<variant>-dossier-<page>.png`."""
    import shutil

    from hrd_desk.services.sharing_rule import Profile
    from hrd_desk.ui.report_pdf import dossier_pdf
    from hrd_desk.ui.report_words import dossier_words

    dossier = window.ctx.reader.reports.dossier(defender, Profile.FULL, words=dossier_words())
    pdf = out / f"{variant}-dossier.pdf"
    pdf.write_bytes(dossier_pdf(dossier))
    print(f"saved {pdf}")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf),
                        str(out / f"{variant}-dossier")], check=True)


def _settle(window: Any) -> None:
    """Let the window's queued writes finish and report back."""
    import time

    from PySide6.QtWidgets import QApplication

    for _ in range(200):
        QApplication.processEvents()
        if not window.ctx.writes_pending:
            break
        time.sleep(0.02)
    for _ in range(5):
        QApplication.processEvents()


def _exchange_screens(window: Any, exchange: Any, variant: str, out: Path, tmp: Path) -> None:
    """The Exchange tabs: identity, a colleague being added then compared, the export wizard's
    first two steps, receiving and the sync folder."""
    from hrd_desk.services.desk import create_desk

    for panel, name in ((exchange.identity, "identity"), (exchange.importer, "import"),
                        (exchange.sync, "sync")):
        exchange.tabs.setCurrentWidget(panel)
        _grab(window, out, f"{variant}-exchange-{name}.png")
    other = create_desk(tmp / "kampala", PASSPHRASE)
    other.colleagues.rename_identity("Kampala office")
    card = tmp / "kampala.card"
    other.colleagues.export_card(card)
    other.close()
    colleagues = exchange.colleagues
    exchange.tabs.setCurrentWidget(colleagues)
    colleagues.preview_card(card)
    _grab(window, out, f"{variant}-exchange-colleague-add.png")
    colleagues.add()
    _settle(window)
    _grab(window, out, f"{variant}-exchange-colleagues.png")
    wizard = exchange.export
    exchange.tabs.setCurrentWidget(wizard)
    wizard.reload()
    from PySide6.QtCore import Qt
    items = [i for i in wizard.record_items() if i.flags() & Qt.ItemFlag.ItemIsUserCheckable]
    for item in items[:2]:
        item.setCheckState(0, Qt.CheckState.Checked)
    _grab(window, out, f"{variant}-exchange-export-1.png")
    wizard.next()
    for item in wizard._recipient_items()[:1]:
        item.setCheckState(Qt.CheckState.Checked)
    _grab(window, out, f"{variant}-exchange-export-2.png")
    wizard.next()
    _grab(window, out, f"{variant}-exchange-export-3.png")
    wizard.restart()


def _sheet_import_screens(window: Any, variant: str, out: Path, tmp: Path) -> None:
    """The spreadsheet import wizard on an Excel-made CSV (Windows-1252, semicolons), each step,
    then a file with errors at the checks step."""
    import time

    from PySide6.QtWidgets import QApplication

    from hrd_desk.ui.sheet_import_dialog import SheetImportDialog

    good = tmp / "registre-menaces.csv"
    # in French, the office's file is headed in French: the columns match through the catalogue
    headings = ("Défenseur;Catégorie principale;Date des faits;Description;Gravité;Pays\r\n"
                if variant.endswith("-fr") else
                "Defender;Primary category;When it happened;Description;Severity;Country\r\n")
    good.write_bytes((
        headings +
        "Blue Heron;Physical;15/03/2024;Suivi jusqu'à l'école, menacé;3;Kenya\r\n"
        "Blue Heron;Digital;02/04/2024;Compte piraté: mot de passe changé;2;KE\r\n"
        "Blue Heron;Defamation;2023;Article diffamatoire « Le Matin »;1;kenya\r\n"
        'Blue Heron;Legal;March 2024;"=HYPERLINK(""http://x.example"";""click"")";2;Kenya\r\n'
    ).encode("cp1252"))
    bad = tmp / "threat-log.csv"
    bad.write_text("Defender,Primary category,When it happened,Description,Internal ref\n"
                   "Blue Heron,physcal,2024-01-06,Followed,7\nNobody,phone,03/04/2024,SMS,8\n",
                   encoding="utf-8")

    def settle(dialog: Any) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            QApplication.processEvents()
            if not dialog.job.busy:
                break
            time.sleep(0.02)
        for _ in range(5):
            QApplication.processEvents()

    dialog = SheetImportDialog(window.ctx, window.prompter, window)
    dialog.show()
    dialog.path_edit.setText(str(good))
    _grab(dialog, out, f"{variant}-import-1-file.png")
    dialog.next()
    settle(dialog)
    dialog.encoding_check.setChecked(True)
    _grab(dialog, out, f"{variant}-import-2-columns-1252.png")
    dialog.next()
    settle(dialog)
    _grab(dialog, out, f"{variant}-import-3-checked.png")
    dialog.next()
    settle(dialog)
    _grab(dialog, out, f"{variant}-import-4-done.png")
    dialog.close()
    from hrd_desk.ui.import_batches_dialog import ImportBatchesDialog

    batches = ImportBatchesDialog(window.ctx, window)
    batches.show()
    _grab(batches, out, f"{variant}-import-batches.png")
    batches.close()
    dialog = SheetImportDialog(window.ctx, window.prompter, window)
    dialog.show()
    dialog.path_edit.setText(str(bad))
    dialog.next()
    settle(dialog)
    _grab(dialog, out, f"{variant}-import-2-columns-problems.png")
    dialog.next()
    settle(dialog)
    _grab(dialog, out, f"{variant}-import-3-errors.png")
    dialog.close()


def _key_screens(window: Any, variant: str, out: Path, vault_dir: Path, defender: str) -> None:
    """Issue 12: the Security dialog, a recovery code with its QR code, a record's history, the
    audit trail, a new passphrase after the recovery code."""
    from hrd_desk.services import emergency
    from hrd_desk.services.recovery_shares import combine_shares, split_code
    from hrd_desk.ui.audit_dialogs import AuditTrailDialog, RecordHistoryDialog
    from hrd_desk.ui.key_dialogs import (
        CombineSharesDialog,
        NewPassphraseDialog,
        RecoveryCodeDialog,
        SecurityDialog,
        SharesDialog,
        SplitDialog,
    )

    window.workspace.go("defenders")
    window.ctx.open_record("defender", defender)
    view = window.pages["defenders"].view
    view.history_button.click()
    history = [d for d in window.findChildren(RecordHistoryDialog) if d.isVisible()]
    if history:
        _grab(history[0], out, f"{variant}-record-history.png")
        history[0].close()
    status = emergency.key_status(vault_dir)
    code = "7K2M-Q9XD-4HTR-8WNB-C3PF-6YJA-0ZGE-5VS1"  # invented: no vault holds it
    for dialog, name in ((SecurityDialog(status, window), "security"),
                         (RecoveryCodeDialog(code, lambda _pdf: None, window), "recovery-code"),
                         (AuditTrailDialog(window.ctx.reader, window), "audit-trail"),
                         (NewPassphraseDialog(window), "new-passphrase-after-recovery"),
                         (SplitDialog(window), "recovery-split"),
                         (SharesDialog(split_code(code, 2, 3), 2, lambda _pdf: None, window),
                          "recovery-shares"),
                         (CombineSharesDialog(combine_shares, window), "recovery-combine")):
        dialog.show()
        _grab(dialog, out, f"{variant}-{name}.png")
        dialog.close()
    from PySide6.QtGui import QImage, QPainter

    from hrd_desk.ui.key_dialogs import paint_recovery_page
    page = QImage(794, 1123, QImage.Format.Format_RGB32)  # A4 at 96 dpi, as the PDF lays it out
    page.fill(0xFFFFFF)
    painter = QPainter(page)
    paint_recovery_page(painter, page.width(), page.height(), code)
    painter.end()
    page.save(str(out / f"{variant}-recovery-code-page.png"))


def _wipe_screens(window: Any, variant: str, out: Path, vault_dir: Path) -> None:
    """The unlock screen with its wipe button, the typed confirmation, the create screen after."""
    from PySide6.QtWidgets import QApplication

    from hrd_desk.services.emergency import WIPE_WORD
    from hrd_desk.ui.i18n import translate
    from hrd_desk.ui.key_actions import WIPE_TEXT
    from hrd_desk.ui.prompts import TypedConfirmation

    window.unlock_screen.wipe_button.setFocus()
    _grab(window, out, f"{variant}-unlock-wipe-focused.png")
    confirm = TypedConfirmation(window, translate("KeyActions", "Emergency wipe"),
                                translate("KeyActions", WIPE_TEXT), WIPE_WORD)
    confirm.show()
    _grab(confirm, out, f"{variant}-wipe-confirm.png")
    confirm.close()
    window.prompter.typed_answers = [True]
    window.keys.wipe()
    for _ in range(200):
        QApplication.processEvents()
        if not window.keys.wiping:
            break
        import time
        time.sleep(0.05)
    _grab(window, out, f"{variant}-after-wipe.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--variant", choices=sorted(VARIANTS), help=argparse.SUPPRESS)
    parser.add_argument("--only", nargs="+", choices=sorted(VARIANTS), metavar="VARIANT",
                        help="only these variants (e.g. --only 100-fr 100-ar for the languages)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.variant:
        _child(args.variant, args.out)
        return 0
    failed = 0
    for variant, (scale, _theme, _language) in VARIANTS.items():
        if args.only and variant not in args.only:
            continue
        env = {**os.environ, "QT_SCALE_FACTOR": scale}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        with tempfile.TemporaryDirectory() as home:  # no settings or Qt files in the real home
            env.update({"HOME": home, "XDG_CONFIG_HOME": f"{home}/.config",
                        "XDG_DATA_HOME": f"{home}/.local/share", "HRD_DESK_VAULT": ""})
            result = subprocess.run([sys.executable, __file__, "--variant", variant,
                                     "--out", str(args.out)], env=env, timeout=300)
        failed += result.returncode != 0
    print(f"screenshots in {args.out.resolve()}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
