"""Every event the vault can write has words in the audit trail (translated), not its raw
English key (seen at a real window: "recovery code added", lower case and English in every
language, among "Created", "Bundle imported"...)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from hrd_desk.services.audit_view import AuditEvent
from hrd_desk.services.sheet_import import IMPORT_EVENT
from hrd_desk.ui import i18n
from hrd_desk.ui.audit_dialogs import ACTIONS, detail_text

SRC = Path(__file__).resolve().parents[2] / "src" / "hrd_desk"
# an event's action as the code writes it: append_event(conn, "action", ...), the key changes
# of vault_keys (_change/_rekey_with(..., "action", ...)) and evidence's self._event(row, "x")
LITERAL = re.compile(r'append_event\([^,()]+,\s*"([^"]+)"(?:\s+if\s+\w+\s+else\s+"([^"]+)")?')
KEYS = re.compile(r'_(?:change|rekey_with)\((?:[^()"]|\([^()]*\))*?"([a-z][a-z ]+)"')
EVIDENCE = re.compile(r'self\._event\(row,\s*"([^"]+)"')


def _written() -> set[str]:
    found = {IMPORT_EVENT}
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in LITERAL.finditer(text):
            found.update(g for g in match.groups() if g)
        if path.name == "vault_keys.py":
            found.update(KEYS.findall(text))
        if path.name == "evidence.py":
            found.update(f"attachment {action}" for action in EVIDENCE.findall(text))
    return found


def test_every_event_the_vault_writes_has_words() -> None:
    written = _written()
    assert {"create", "recovery code added", "duress passphrase set",
            "attachment viewed", "unmark sensitive", "restore"} <= written, "the scan works"
    assert sorted(written - set(ACTIONS)) == []


def test_the_fields_an_event_names_are_shown_by_their_labels_in_the_language(
        qapp: QApplication) -> None:
    """Seen at a real window (the record history in Arabic): the fields a change touched were
    listed by their internal names, "codename, consent, consent_date", in every language."""
    event = AuditEvent(seq=1, at="2026-12-03T10:00:00+00:00", action="edit", kind="defender",
                       record_id="d1", detail={"fields": ["codename", "consent_date", "x_gone"]})
    try:
        i18n.apply_language(qapp, "fr")
        assert detail_text(event) == "champs : Nom de code, Consentement donné le, x_gone"
        i18n.apply_language(qapp, "ar")
        shown = detail_text(event)
        assert "codename" not in shown and "consent_date" not in shown and "x_gone" in shown
    finally:
        i18n.apply_language(qapp, "en")
    assert detail_text(event) == "fields: Codename, Consent given on, x_gone"
