"""A refused bundle's detail in the GUI's language (ui/exchange/refusal_words.py): the refusals
the bundle parts, the reader and a sync raise, shown in French and Arabic with no English left,
and every refusal a raiser in src gives worded."""

from __future__ import annotations

import ast
import io
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import hrd_desk
from hrd_desk.crypto.bundle_reader import BundleReader, SenderStatus
from hrd_desk.crypto.identity import Identity
from hrd_desk.errors import BundlePartsMissing, BundleRejected, RejectedInput
from hrd_desk.services.bundle_parts import MIN_PART_BYTES, BundleOutput, gather_parts, read_part
from hrd_desk.services.dropfolder import SyncSummary
from hrd_desk.ui import i18n
from hrd_desk.ui.error_words import failure_text
from hrd_desk.ui.exchange.refusal_words import known_codes
from hrd_desk.ui.exchange.summaries import refusal_text, sync_text

SRC = Path(hrd_desk.__file__).parent


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.apply_language(qapp, "fr")
    yield
    i18n.apply_language(qapp, "en")


def _three_parts(folder: Path) -> list[Path]:
    folder.mkdir()
    out = BundleOutput(folder / "for-kampala.hrdb", MIN_PART_BYTES)
    out.write(secrets.token_bytes(MIN_PART_BYTES * 3 - 10))
    return out.commit()


def _refused(call: object) -> BundleRejected:
    with pytest.raises(BundleRejected) as caught:
        call()  # type: ignore[operator]
    return caught.value


def test_every_bundle_refusal_in_the_sources_carries_a_code_the_gui_words() -> None:
    """A raiser that gives no code (or one the GUI does not know) would show its English detail
    inside a translated sentence."""
    wrappers = {"_rejected", "_payload", "_bad"}  # functions that make one
    unworded = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
                    "BundleRejected", *wrappers):
                codes = [k.value for k in node.keywords if k.arg == "code"]
                if node.func.id == "BundleRejected" and not codes:  # type: ignore[attr-defined]
                    unworded.append(f"{path.name}:{node.lineno} gives no code")
                unworded += [f"{path.name}:{node.lineno} {ast.unparse(c)}" for c in codes
                             if not (isinstance(c, ast.Constant) and c.value in known_codes())
                             and ast.unparse(c) != "code"]  # a wrapper passing its own on
            if isinstance(node, ast.FunctionDef) and node.name in wrappers:
                unworded += [f"{path.name}:{node.lineno} default {d.value}"
                             for d in node.args.kw_defaults if isinstance(d, ast.Constant)
                             and isinstance(d.value, str) and d.value not in known_codes()]
    assert unworded == []


def test_a_cut_short_part_and_missing_parts_are_told_in_french(tmp_path: Path,
                                                               french: None) -> None:
    parts = _three_parts(tmp_path / "usb")
    assert [p.name for p in parts] == [f"for-kampala.hrdb.part{i}of3" for i in (1, 2, 3)]
    whole = parts[0].read_bytes()
    parts[0].write_bytes(whole[5:])  # its trailer intact, five bytes short
    text = refusal_text(_refused(lambda: read_part(parts[0])))
    assert text.startswith("Refusé (incomplete).") or "(incomplete)" in text
    assert "for-kampala.hrdb.part1of3 contient" in text and "tronquée ou modifiée" in text
    assert "bytes" not in text and "where part" not in text
    parts[0].write_bytes(whole)
    parts[1].unlink()
    parts[2].unlink()
    missing = _refused(lambda: gather_parts(parts[0]))
    assert isinstance(missing, BundlePartsMissing)
    text = refusal_text(missing)
    assert "manquantes : parties 2, 3 sur 3" in text
    assert "missing" not in text and "are" not in text.split()


def test_a_damaged_part_named_as_a_missing_one_is_told_in_french(tmp_path: Path,
                                                                 french: None) -> None:
    parts = _three_parts(tmp_path / "usb")
    parts[1].write_bytes(parts[1].read_bytes()[:-1])
    missing = _refused(lambda: gather_parts(parts[0]))
    text = refusal_text(missing)
    assert "manquante : partie 2 sur 3" in text
    assert "for-kampala.hrdb.part2of3 est là mais abîmé ou tronqué" in text
    assert "damaged" not in text


def test_a_file_that_is_not_a_bundle_and_a_sync_refusal_are_told_in_french(
        tmp_path: Path, french: None) -> None:
    me = Identity.generate()
    reader = BundleReader(io.BytesIO(b"\x7f" + secrets.token_bytes(400)), [me],
                          sender_status=lambda _sender: SenderStatus.KNOWN,
                          already_imported=lambda _sender, _bundle: False)
    refusal = _refused(reader.open)
    assert refusal.category == "header failure"
    text = refusal_text(refusal)
    assert "ce n’est pas un paquet d’une version que cette application lit" in text
    assert "version this app" not in text
    summary = SyncSummary(damaged=[("7f3a.hrdb", refusal.message)],
                          refusals={"7f3a.hrdb": refusal})
    line = sync_text(summary)
    assert "header failure : ce n’est pas un paquet" in line and "this app" not in line


def test_a_folder_without_parts_is_told_in_french(tmp_path: Path, french: None) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(RejectedInput) as caught:
        gather_parts(tmp_path / "empty")
    text = failure_text(caught.value)
    assert "ne contient aucune partie de paquet" in text and "holds no" not in text


def test_a_hostile_part_name_is_shown_visible_and_isolated_in_arabic(
        tmp_path: Path, qapp: QApplication) -> None:
    """A file name from a colleague's USB stick may hold reordering characters: they are shown
    as codes, and the name sits in an isolate of its own inside the Arabic sentence."""
    parts = _three_parts(tmp_path / "usb")
    hostile = parts[0].with_name("gpj.\u202eexe.part1of3")
    parts[0].rename(hostile)
    hostile.write_bytes(hostile.read_bytes()[:-5])
    refusal = _refused(lambda: read_part(hostile))
    try:
        i18n.apply_language(qapp, "ar")
        text = refusal_text(refusal)
    finally:
        i18n.apply_language(qapp, "en")
    assert "\u202e" not in text and "<U+202E>" in text
    assert "\u2068gpj.<U+202E>exe.part1of3\u2069" in text
    assert "ليس جزءًا كاملًا من حزمة" in text
