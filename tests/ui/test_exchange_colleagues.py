"""Exchange: this vault's identity, and colleagues added, verified and revoked in the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import segno
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exchange_support import introduce, new_office
from hrd_desk.services import colleagues
from hrd_desk.ui import i18n
from hrd_desk.ui.column_font import advance_spread
from hrd_desk.ui.exchange.colleagues_panel import OFFICE, PARTNER, UNVERIFIED, VERIFIED
from hrd_desk.ui.exchange.qr import QUIET_ZONE
from hrd_desk.ui.main_window import MainWindow

from .conftest import ScriptedPrompter
from .exchange_ui_support import click, exchange_page, open_window_on, peek, settle


def _groups(text: str) -> list[str]:
    return text.split()


def test_identity_shows_the_whole_fingerprint_renames_and_saves_the_card(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    desk = new_office(tmp_path, "Desk")
    fingerprint = desk.public.fingerprint_text()
    window = open_window_on(qtbot, make_window, desk)
    panel = exchange_page(window).identity

    shown = panel.fingerprint.groups
    assert _groups(shown.text()) == _groups(fingerprint) and len(_groups(fingerprint)) == 10
    assert shown.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert shown.textFormat() == Qt.TextFormat.PlainText
    assert advance_spread(shown.font(), fingerprint) == 0, "every character the same width"
    assert shown.font().pointSizeF() > panel.font().pointSizeF(), "and larger than body text"

    # the QR code holds exactly the fingerprint: every module of segno's symbol, dark or light
    image = panel.fingerprint.qr.pixmap().toImage()
    matrix = segno.make_qr(fingerprint, error="m").matrix
    side = len(matrix) + 2 * QUIET_ZONE
    module = image.width() // side
    assert module >= 2 and image.width() == image.height() == module * side
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            x, y = (c + QUIET_ZONE) * module + module // 2, (r + QUIET_ZONE) * module + module // 2
            assert (image.pixelColor(x, y).lightness() < 128) == bool(dark), (r, c)

    panel.name_edit.setText("Kisumu desk")
    click(qtbot, panel.rename_button)
    settle(qtbot, window)
    with peek(desk) as session:
        assert colleagues.identity_info(session).name == "Kisumu desk"

    card = tmp_path / "out" / "my.card"
    card.parent.mkdir()
    prompter.files.append(str(card))
    click(qtbot, panel.export_button)
    saved = colleagues.read_card(card)
    assert saved.name == "Kisumu desk"
    assert saved.identity.fingerprint_text() == fingerprint
    assert str(card) in panel.status.text()


def test_add_a_colleague_from_a_card_and_verify_by_comparing_fingerprints(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    desk = new_office(tmp_path, "Desk")
    partner = new_office(tmp_path, "Kampala")  # its card names itself "Kampala office"
    mine, theirs = desk.public.fingerprint_text(), partner.public.fingerprint_text()
    window = open_window_on(qtbot, make_window, desk)
    panel = exchange_page(window).colleagues
    assert panel.empty.isVisibleTo(panel)

    prompter.files.append(str(partner.card))
    click(qtbot, panel.add_button)
    assert panel.add_box.isVisibleTo(panel)
    assert panel.name_edit.text() == "Kampala office", "the card's name is the suggestion"
    assert _groups(panel.card_fingerprint.groups.text()) == _groups(theirs)
    panel.name_edit.setText("Kampala partners")
    click(qtbot, panel.confirm_add_button)
    settle(qtbot, window)

    item = panel.tree.topLevelItem(0)
    assert item is not None and item.text(0) == "Kampala partners"
    assert item.text(1) == UNVERIFIED, "an unverified colleague is plainly marked"
    with peek(desk) as session:
        [added] = colleagues.list_colleagues(session)
        assert (added.local_name, added.card_name, added.verified) == (
            "Kampala partners", "Kampala office", False)

    # the comparison opens by itself: this vault's fingerprint beside theirs
    assert panel.compare_box.isVisibleTo(panel)
    assert _groups(panel.mine.groups.text()) == _groups(mine)
    assert _groups(panel.theirs.groups.text()) == _groups(theirs)
    assert "read" in panel.compare_note.text() and "QR" in panel.compare_note.text()

    prompter.confirm_answers.append(False)  # "did every group match?" - no
    click(qtbot, panel.match_button)
    settle(qtbot, window)
    with peek(desk) as session:
        assert not colleagues.get_colleague(session, added.id).verified

    prompter.confirm_answers.append(True)
    click(qtbot, panel.match_button)
    settle(qtbot, window)
    with peek(desk) as session:
        assert colleagues.get_colleague(session, added.id).verified
    item = panel.tree.topLevelItem(0)
    assert item is not None and item.text(1) == VERIFIED
    assert not panel.compare_box.isVisibleTo(panel)
    assert [c[1] for c in prompter.calls if c[0] == "confirm"] == ["Mark as verified"] * 2


def test_revoke_says_what_it_does_and_asks_first(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    desk, partner = new_office(tmp_path, "Desk"), new_office(tmp_path, "Kampala")
    colleague_id = introduce(desk, partner)
    window = open_window_on(qtbot, make_window, desk)
    panel = exchange_page(window).colleagues
    assert panel.current_id() == colleague_id

    prompter.confirm_answers.append(False)
    click(qtbot, panel.revoke_button)
    settle(qtbot, window)
    _kind, title, text = prompter.calls[-1]
    assert title == "Revoke colleague"
    assert "refused" in text and "cannot be undone" in text and "Kampala" in text
    with peek(desk) as session:
        assert not colleagues.get_colleague(session, colleague_id).revoked

    prompter.confirm_answers.append(True)
    click(qtbot, panel.revoke_button)
    settle(qtbot, window)
    with peek(desk) as session:
        assert colleagues.get_colleague(session, colleague_id).revoked
    item = panel.tree.topLevelItem(0)
    assert item is not None and item.text(1).startswith("Revoked")
    assert not panel.revoke_button.isEnabled() and not panel.verify_button.isEnabled()


def test_a_damaged_card_is_refused_with_one_message_and_adds_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    desk, partner = new_office(tmp_path, "Desk"), new_office(tmp_path, "Kampala")
    damaged = tmp_path / "damaged.card"
    data = bytearray(partner.card.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    window = open_window_on(qtbot, make_window, desk)
    panel = exchange_page(window).colleagues

    prompter.files.append(str(damaged))
    click(qtbot, panel.add_button)
    errors = [c for c in prompter.calls if c[0] == "error"]
    assert len(errors) == 1 and errors[0][1] == "Card refused"
    assert not panel.add_box.isVisibleTo(panel)
    with peek(desk) as session:
        assert colleagues.list_colleagues(session) == []


def test_card_refusals_are_worded_in_the_language(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path, qapp: QApplication,
) -> None:
    """The card service's English ("the card is malformed…", "this is this vault's own identity
    card") stayed after a French title."""
    desk, partner = new_office(tmp_path, "Desk"), new_office(tmp_path, "Kampala")
    damaged = tmp_path / "damaged.card"
    data = bytearray(partner.card.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    window = open_window_on(qtbot, make_window, desk)
    panel = exchange_page(window).colleagues
    try:
        i18n.apply_language(qapp, "fr")
        for chosen, words in ((damaged, "n’est pas une carte d’identité valide"),
                              (desk.card, "C’est la carte d’identité de ce coffre"),
                              (tmp_path, "pas un fichier ordinaire")):
            prompter.files.append(str(chosen))
            click(qtbot, panel.add_button)
            if chosen == desk.card:  # its own card reads well: refused when it is added
                click(qtbot, panel.confirm_add_button)
                settle(qtbot, window)
            _kind, _title, text = [c for c in prompter.calls if c[0] == "error"][-1][:3]
            assert words in text, text
            english = ("malformed", "verify", "regular file", "own identity")
            assert not any(w in text for w in english), text
    finally:
        i18n.apply_language(qapp, "en")
    with peek(desk) as session:
        assert colleagues.list_colleagues(session) == []


def test_a_partner_is_added_shown_and_changed_back_to_an_office(
    qtbot: QtBot, make_window: Callable[..., MainWindow], prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    desk = new_office(tmp_path, "Desk")
    partner = new_office(tmp_path, "Kampala")
    window = open_window_on(qtbot, make_window, desk)
    panel = exchange_page(window).colleagues
    prompter.files.append(str(partner.card))
    click(qtbot, panel.add_button)
    assert not panel.partner_box.isChecked(), "an office unless the caseworker says otherwise"
    panel.partner_box.setChecked(True)
    click(qtbot, panel.confirm_add_button)
    settle(qtbot, window)
    item = panel.tree.topLevelItem(0)
    assert item is not None and item.text(2) == PARTNER
    assert "redacted" in item.toolTip(2)
    with peek(desk) as session:
        [added] = colleagues.list_colleagues(session)
        assert added.kind == "partner"
    panel.close_compare()

    assert panel.kind_button.text() == "Make office…"
    prompter.confirm_answers.append(False)
    click(qtbot, panel.kind_button)
    settle(qtbot, window)
    _kind, title, text = prompter.calls[-1]
    assert title == "Change colleague kind" and "nothing is sent again unredacted" in text
    with peek(desk) as session:
        assert colleagues.get_colleague(session, added.id).kind == "partner"
    prompter.confirm_answers.append(True)
    click(qtbot, panel.kind_button)
    settle(qtbot, window)
    with peek(desk) as session:
        assert colleagues.get_colleague(session, added.id).kind == "office"
    item = panel.tree.topLevelItem(0)
    assert item is not None and item.text(2) == OFFICE
    assert panel.kind_button.text() == "Make partner…"
