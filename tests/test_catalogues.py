"""The Qt-free reader of the shipped catalogues (services/catalogues.py): it must read back from
each compiled .qm exactly what the .ts source says, and a damaged catalogue must give nothing
rather than wrong words."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hrd_desk.services.catalogues import (
    CATALOGUES,
    DamagedCatalogue,
    read_catalogue,
    shipped_languages,
    translations_of,
)


def _ts_messages(language: str) -> dict[tuple[str, str], tuple[str, ...]]:
    root = ET.parse(CATALOGUES / f"hrd_desk_{language}.ts").getroot()
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            found[(context.findtext("name") or "", message.findtext("source") or "")] = \
                tuple(forms)
    return found


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_the_compiled_catalogue_reads_back_as_its_source(language: str) -> None:
    read = read_catalogue(CATALOGUES / f"hrd_desk_{language}.qm")
    assert read == _ts_messages(language)


def test_every_shipped_language_is_asked_and_english_is_the_source() -> None:
    assert shipped_languages() == ("ar", "es", "fr")
    assert set(translations_of("Field", "Codename")) == {"Nom de code", "Nombre en clave",
                                                         "الاسم الرمزي"}
    assert translations_of("Field", "no such label") == ()


def test_a_damaged_catalogue_gives_no_words(tmp_path: Path) -> None:
    good = (CATALOGUES / "hrd_desk_fr.qm").read_bytes()
    (tmp_path / "hrd_desk_fr.qm").write_bytes(good[: len(good) // 2])  # cut in the middle
    (tmp_path / "hrd_desk_es.qm").write_bytes(b"not a catalogue at all")
    (tmp_path / "hrd_desk_ar.qm").write_bytes((CATALOGUES / "hrd_desk_ar.qm").read_bytes())
    with pytest.raises(DamagedCatalogue):
        read_catalogue(tmp_path / "hrd_desk_fr.qm")
    assert translations_of("Field", "Codename", tmp_path) == ("الاسم الرمزي",)
