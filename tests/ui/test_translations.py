"""Languages (issue 18): the catalogues are complete and current, the .qm files are what the .ts
files compile to, a language applies at once to the window's menus and navigation, Arabic lays
the window out right to left with its plural forms, and the bundled Arabic font loads."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrd_desk.ui import i18n
from hrd_desk.ui.i18n import apply_language, isolated, plural, translate

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations_tool"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english(qtbot: QtBot) -> object:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    apply_language(app, "en")


def test_vocabulary_strings_are_current() -> None:
    tool = _tool()
    shipped = (ROOT / "src/hrd_desk/ui/vocab_strings.py").read_text(encoding="utf-8")
    assert shipped == tool.vocab_source(), "run: python tools/translations.py vocab"  # type: ignore[attr-defined]


def test_catalogues_are_complete_and_current(tmp_path: Path) -> None:
    """lupdate over today's sources into copies of the shipped .ts files adds nothing, drops
    nothing and leaves nothing unfinished; lrelease of them gives the shipped .qm files."""
    tool = _tool()
    for language in tool.CATALOGUED:  # type: ignore[attr-defined]
        shutil.copy(tool.ts_path(language), tool.ts_path(language, tmp_path))  # type: ignore[attr-defined]
    tool.update(tmp_path)  # type: ignore[attr-defined]
    for language in tool.CATALOGUED:  # type: ignore[attr-defined]
        updated = ET.parse(tool.ts_path(language, tmp_path)).getroot()  # type: ignore[attr-defined]
        shipped = ET.parse(tool.ts_path(language)).getroot()  # type: ignore[attr-defined]
        sources = sorted(m.findtext("source") or "" for m in updated.iter("message"))
        assert sources == sorted(m.findtext("source") or "" for m in shipped.iter("message")), (
            f"{language}: a source string is new or gone: python tools/translations.py update")
        for message in updated.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            state = translation.get("type")
            assert state not in ("unfinished", "vanished", "obsolete"), (
                language, message.findtext("source"))
            texts = ([f.text for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text])
            assert texts and all(texts), (language, message.findtext("source"))
    out = tmp_path / "qm"
    out.mkdir()
    tool.release(tmp_path, out)  # type: ignore[attr-defined]
    for language in tool.CATALOGUED:  # type: ignore[attr-defined]
        built = (out / f"hrd_desk_{language}.qm").read_bytes()
        assert built == i18n.catalogue(language).read_bytes(), (
            f"{language}: the .qm is stale: python tools/translations.py release")


def test_a_language_applies_at_once_and_arabic_is_right_to_left(english: QApplication) -> None:
    from hrd_desk.ui.workspace import Workspace

    workspace = Workspace()
    assert workspace.lock_button.text() == "Lock"
    assert apply_language(english, "fr") == "fr"
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
    assert workspace.lock_button.text() == "Verrouiller"
    assert translate("Section", "Defenders") == "Défenseur·es"
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    apply_language(english, "ar")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
    assert english.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert workspace.lock_button.text() == "قفل"
    assert workspace.isRightToLeft()
    assert [plural("Page", "%n defender(s)", n) for n in (1, 2, 3, 11)] == [
        "مدافع واحد", "مدافعان", "3 مدافعين", "11 مدافعًا"]
    assert isolated("2024-12") == "\u20662024-12\u2069", "an ISO date in Arabic text stays LTR"
    apply_language(english, "en")
    assert isolated("2024-12") == "2024-12"
    assert [plural("Page", "%n defender(s)", n) for n in (1, 3)] == ["1 defender",
                                                                     "3 defenders"]
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    workspace.deleteLater()


def test_system_language_is_the_default(english: QApplication,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "es")
    assert apply_language(english, "system") == "es"
    assert translate("MainWindow", "Lock") == "Bloquear"


def test_the_bundled_arabic_font_loads(english: QApplication) -> None:
    ids = i18n.load_fonts()
    assert ids and all(i >= 0 for i in ids)
    families = {f for i in ids for f in QFontDatabase.applicationFontFamilies(i)}
    assert "Noto Sans Arabic" in families


def test_no_module_calls_translate_by_another_name() -> None:
    """lupdate finds strings only in calls named translate, plural or QT_TRANSLATE_NOOP: an alias
    (`t = translate`) kept the bundle preview's labels out of every catalogue, so they showed
    in English in every language."""
    import ast

    markers = {"translate", "plural", "QT_TRANSLATE_NOOP"}
    found = []
    for path in sorted((ROOT / "src" / "hrd_desk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr):
                value = node.value
                if isinstance(value, ast.Name) and value.id in markers:
                    found.append(f"{path.name}:{node.lineno}")
            elif isinstance(node, ast.ImportFrom):
                found += [f"{path.name}:{node.lineno}" for alias in node.names
                          if alias.name in markers and alias.asname not in (None, alias.name)]
    assert found == []


def test_the_bundle_preview_speaks_the_chosen_language(english: object) -> None:
    from hrd_desk.services.exchange import Inspection
    from hrd_desk.ui.exchange.summaries import preview_of

    seen = Inspection(size=10, possible_bundle=True, reason="", addressed_to_me=True,
                      sender_fingerprint="AAAA", sender_colleague="Bogota",
                      sender_verified=True, sender_revoked=False, created_at=1_700_000_000,
                      counts={"defender": 1}, already_imported=False)
    apply_language(english, "fr")  # type: ignore[arg-type]
    labels = [label for label, _value in preview_of(seen, "x.hrdb").rows]
    assert labels[:3] == ["Fichier", "De", "Confiance"] and labels[-1] == "Contient"


def test_a_later_bundle_format_is_previewed_as_update_hrd_desk(english: object) -> None:
    from hrd_desk.services.exchange import Inspection
    from hrd_desk.ui.exchange.summaries import preview_of

    seen = Inspection(size=70_000, possible_bundle=True, addressed_to_me=None,
                      reason="bundle rejected (newer format): bundle format 5, made by a newer "
                             "hrd-desk (this one reads formats 1 to 4): update hrd-desk, then "
                             "import it again")
    shown = preview_of(seen, "later.hrdb")
    assert not shown.can_import
    assert "A newer hrd-desk made it: update hrd-desk, then import it again." in shown.warning
