"""Session 12 review: hostile file names (a bundle part's, an identity card's) in a refusal worded
in French or Arabic (ui/exchange/refusal_words.py, ui/error_words.py): nothing hidden or
reordered, nothing filled twice, no English."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hrd_desk.crypto.card import MAX_CARD_BYTES
from hrd_desk.errors import BundleRejected, RejectedInput
from hrd_desk.services.bundle_parts import read_part
from hrd_desk.services.colleagues import read_card_file
from hrd_desk.ui import i18n
from hrd_desk.ui.error_words import failure_text, os_reason
from hrd_desk.ui.exchange.summaries import refusal_text

HOSTILE = "a%2b%1c\nd\u202ee\u2069f\u2067g\x1bh"  # a newline, an override, an isolate's end
SHOWN = "a%2b%1c<U+000A>d<U+202E>e<U+2069>f<U+2067>g<U+001B>h"
HIDDEN = "\u202e\u2067\x1b"  # (the message itself has its own line breaks)


@pytest.fixture(params=["fr", "ar"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.apply_language(qapp, request.param)
    yield request.param
    i18n.apply_language(qapp, "en")


def _shown(text: str, language: str) -> None:
    assert not any(ch in text for ch in HIDDEN)
    if language == "ar":  # the name in an isolate of its own, which its own PDI cannot close
        assert f"{SHOWN}\u2069" in text and text.index("\u2068") < text.index(SHOWN)
        assert text.count("\u2068") == text.count("\u2069")
    else:
        assert SHOWN in text and "\u2068" not in text


@pytest.mark.parametrize("name", [HOSTILE, "x" * 200 + HOSTILE])
def test_a_hostile_part_name_in_a_refusal_is_shown_whole_visible_and_filled_once(
        tmp_path: Path, language: str, name: str) -> None:
    part = tmp_path / name
    part.write_bytes(b"short")
    with pytest.raises(BundleRejected) as caught:
        read_part(part)
    text = refusal_text(caught.value)
    _shown(text, language)
    assert "is too short" not in text and "bundle part" not in text


def test_a_hostile_card_name_in_a_refusal_is_shown_visible(
        tmp_path: Path, language: str) -> None:
    card = tmp_path / HOSTILE
    card.write_bytes(b"x" * (MAX_CARD_BYTES + 1))
    with pytest.raises(RejectedInput) as caught:
        read_card_file(card)
    text = failure_text(caught.value)
    _shown(text, language)
    assert "too large" not in text and "identity card" not in text


def test_an_unreadable_card_path_is_told_without_english(
        tmp_path: Path, language: str) -> None:
    (tmp_path / "card").write_bytes(b"not a folder")
    with pytest.raises(RejectedInput) as caught:
        read_card_file(tmp_path / "card" / "colleague.card")  # ENOTDIR: not FileNotFoundError
    text = failure_text(caught.value)
    assert "directory" not in text.lower()
    assert (os_reason("ENOTDIR") in text and os_reason("ENOTDIR") != "ENOTDIR"
            and os_reason("ENOTDIR") != "a name in its path is not a folder")


def test_the_systems_reasons_are_worded_in_the_gui_language(language: str) -> None:
    """Errno names from a service, OSErrors raised while writing: the phrase in the current
    language, not the system's strerror; a name not worded stays the bare name."""
    full = failure_text(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert os.strerror(errno.ENOSPC) not in full and os_reason("ENOSPC") in full
    denied = os_reason(PermissionError(errno.EACCES, os.strerror(errno.EACCES)))
    assert denied == os_reason("EACCES") != "access refused"
    assert os_reason("EXDEV") == "EXDEV" and os_reason(OSError("no errno")) == "OSError"


def test_a_part_name_that_is_not_utf8_is_shown_as_codes_in_a_label(
        tmp_path: Path, language: str) -> None:
    """A file name from a USB stick in another encoding (bytes that are not UTF-8: Python
    holds them as lone surrogates) reaches the message as codes, and a label takes it."""
    from PySide6.QtWidgets import QLabel

    part = Path(os.fsdecode(os.fsencode(tmp_path) + b"/\xff\xfe-\xe9t\xe9.part1of3"))
    part.write_bytes(b"short")
    with pytest.raises(BundleRejected) as caught:
        read_part(part)
    text = refusal_text(caught.value)
    assert "<U+DCFF><U+DCFE>-<U+DCE9>t<U+DCE9>.part1of3" in text
    label = QLabel(text)
    assert label.text() == text
