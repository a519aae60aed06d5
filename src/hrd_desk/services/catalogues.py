"""The app's translation catalogues read without Qt, for the services that match words a person
typed in any shipped language (the spreadsheet import's column headings and vocabulary cells).

The GUI loads the same files through QTranslator (ui/i18n.py); here the compiled catalogues
(i18n/hrd_desk_<lang>.qm, the files every build ships) are read as Qt writes them: a magic
number, then tagged blocks, of which the messages block holds for each message its translation
(UTF-16BE; several for plural forms), source text and context (UTF-8). Only what a catalogue
holds is read; a missing or damaged catalogue gives no translations for its language (English
still matches), as Qt itself does when a catalogue does not load.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from functools import cache
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parent.parent / "i18n"
SOURCE_LANGUAGE = "en"
_MAGIC = bytes((0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95,
                0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD))
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


class DamagedCatalogue(ValueError):
    """A .qm file that is not what lrelease writes (it is then not used)."""


def _blocks(data: bytes) -> Iterator[tuple[int, bytes]]:
    if not data.startswith(_MAGIC):
        raise DamagedCatalogue("not a Qt translation catalogue")
    at = len(_MAGIC)
    while at < len(data):
        if at + 5 > len(data):
            raise DamagedCatalogue("truncated block")
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        at += 5
        if at + length > len(data):
            raise DamagedCatalogue("truncated block")
        yield tag, data[at:at + length]
        at += length


def _sized(block: bytes, at: int) -> tuple[bytes | None, int]:
    if at + 4 > len(block):
        raise DamagedCatalogue("truncated message")
    length = struct.unpack_from(">I", block, at)[0]
    at += 4
    if length == 0xFFFFFFFF:
        return None, at
    if at + length > len(block):
        raise DamagedCatalogue("truncated message")
    return block[at:at + length], at + length


def _messages(block: bytes) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(context, source, translations) of each message of a messages block."""
    at, context, source = 0, "", ""
    translations: list[str] = []
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if source:
                yield context, source, tuple(translations)
            context, source, translations = "", "", []
        elif tag == _TRANSLATION:
            raw, at = _sized(block, at)
            if raw is not None:
                translations.append(raw.decode("utf-16-be"))
        elif tag == _OBSOLETE1:
            at += 4
        elif tag in (_SOURCE, _CONTEXT, _COMMENT):
            raw, at = _sized(block, at)
            text = (raw or b"").decode("utf-8")
            if tag == _SOURCE:
                source = text
            elif tag == _CONTEXT:
                context = text
        else:
            raise DamagedCatalogue(f"unknown message tag {tag}")


def read_catalogue(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, English source) -> its translations (plural forms: several) in one .qm file."""
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for tag, block in _blocks(path.read_bytes()):
        if tag == _MESSAGES:
            for context, source, translations in _messages(block):
                kept = tuple(t for t in translations if t)
                if kept:
                    found[(context, source)] = kept
    return found


def shipped_languages(folder: Path = CATALOGUES) -> tuple[str, ...]:
    """The languages a catalogue ships for, English (the sources' language) left out."""
    return tuple(sorted(p.stem.removeprefix("hrd_desk_") for p in folder.glob("hrd_desk_*.qm")
                        if p.stem != f"hrd_desk_{SOURCE_LANGUAGE}"))


@cache
def _catalogue(language: str, folder: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    try:
        return read_catalogue(folder / f"hrd_desk_{language}.qm")
    except (OSError, DamagedCatalogue, UnicodeDecodeError):
        return {}


def translations_of(context: str, source: str, folder: Path = CATALOGUES) -> tuple[str, ...]:
    """`source` (English) as every shipped language translates it in `context`."""
    return tuple(text for language in shipped_languages(folder)
                 for text in _catalogue(language, folder).get((context, source), ()))
