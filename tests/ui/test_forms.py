"""Add/edit forms built from field metadata: what is required, dates, messages, drafts, secrets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from hrd_desk.model.fields import FieldKind, field_infos
from hrd_desk.model.records import KINDS
from hrd_desk.services.session import Session
from hrd_desk.ui.forms import RecordForm, open_form
from hrd_desk.ui.forms.editors import DateEditor, MaskedEditor

from .conftest import ScriptedPrompter
from .page_support import FakeContext, flush, type_text

SECRET = "Wanjiru-Secret-Legal"


@pytest.fixture
def ctx(session: Session, prompter: ScriptedPrompter) -> FakeContext:
    return FakeContext(session, prompter)


@pytest.fixture
def forms(qtbot: QtBot) -> Iterator[list[RecordForm]]:
    opened: list[RecordForm] = []
    yield opened
    for form in opened:
        if shiboken6.isValid(form):  # saved or closed forms delete themselves
            form.clear()
            form.close()
    flush()


def _open(ctx: FakeContext, forms: list[RecordForm], kind: str, record_id: str | None = None,
          defaults: dict[str, object] | None = None) -> RecordForm:
    form = open_form(ctx, kind, record_id, defaults)  # type: ignore[arg-type]
    forms.append(form)
    return form


def _line(form: RecordForm, name: str) -> QLineEdit:
    target = form.editors[name].focus_target()
    assert isinstance(target, QLineEdit)
    return target


def _text(form: RecordForm, name: str) -> QPlainTextEdit:
    target = form.editors[name].focus_target()
    assert isinstance(target, QPlainTextEdit)
    return target


def _choose(form: RecordForm, name: str, value: object) -> None:
    combo = form.editors[name].focus_target()
    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, (name, value)
    combo.setCurrentIndex(index)


def _shown_errors(form: RecordForm) -> dict[str, str]:
    return {n: label.text() for n, label in form.errors.items() if not label.isHidden()}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_no_date_field_is_prefilled(ctx: FakeContext, forms: list[RecordForm], kind: str) -> None:
    form = _open(ctx, forms, kind)
    dates = [n for n, i in field_infos(KINDS[kind].cls).items() if i.kind == FieldKind.DATE
             and n in form.editors]  # a new check-in asks only its due date (done_at later)
    for name in dates:
        assert isinstance(form.editors[name], DateEditor)
        assert form.editors[name].value() == ""
    assert form.draft_state() is None  # nothing typed: nothing to keep


def test_incident_needs_only_defender_date_category_and_description(
    ctx: FakeContext, forms: list[RecordForm], qtbot: QtBot
) -> None:
    defender = ctx.reader.records.add("defender", {"name": "Amina"})
    form = _open(ctx, forms, "incident")
    form.save()
    assert set(_shown_errors(form)) == {"defenders", "category", "occurred", "description"}
    assert all(text == "This is required." for text in _shown_errors(form).values())
    assert ctx.writes == 0

    form.editors["defenders"].set_value([defender])
    _choose(form, "category", "digital")
    type_text(_line(form, "occurred"), "2024-03")
    type_text(_text(form, "description"), "Spyware on the phone of Amina’s colleague")
    saved: list[str] = []
    form.saved.connect(saved.append)
    form.save()
    assert _shown_errors(form) == {}
    assert len(saved) == 1 and not form.isVisible()
    stored = ctx.reader.records.get("incident", saved[0])
    assert stored.fields["occurred"] == "2024-03"
    assert stored.fields["description"] == "Spyware on the phone of Amina’s colleague"
    assert stored.fields["status"] == "open"  # the model's default, not a typed value
    assert stored.fields["severity"] is None and stored.fields["reported"] is None


def test_a_bad_date_is_explained_beside_its_field(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    form = _open(ctx, forms, "defender")
    type_text(_line(form, "name"), "Luis")
    type_text(_line(form, "consent_date"), "2024-13-45")
    form.save()
    errors = _shown_errors(form)
    assert list(errors) == ["consent_date"]
    assert "month 13 does not exist" in errors["consent_date"]
    line = _line(form, "consent_date")
    line.setText("March 2024")
    assert "YYYY-MM" in form.errors["consent_date"].text()  # says which forms are accepted
    assert ctx.writes == 0
    line.setText("2024-02..2024-04")  # a range is a date too; the message goes as it is fixed
    assert _shown_errors(form) == {}
    form.save()
    assert ctx.reader.records.count("defender") == 1


def test_dates_typed_day_first_are_read_and_future_ones_refused(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    defender = ctx.reader.records.add("defender", {"name": "Amina"})
    form = _open(ctx, forms, "incident")
    form.editors["defenders"].set_value([defender])
    _choose(form, "category", "digital")
    type_text(_text(form, "description"), "Threatening SMS")
    tomorrow_but_one = date.today() + timedelta(days=2)
    type_text(_line(form, "occurred"), tomorrow_but_one.strftime("%d/%m/%Y"))
    form.save()
    assert "is in the future" in _shown_errors(form)["occurred"]
    assert ctx.writes == 0
    _line(form, "occurred").setText("15/03/2024")
    saved: list[str] = []
    form.saved.connect(saved.append)
    form.save()
    assert _shown_errors(form) == {}
    assert ctx.reader.records.get("incident", saved[0]).fields["occurred"] == "2024-03-15"


def test_service_errors_land_beside_the_field_they_name(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    defender = ctx.reader.records.add("defender", {"name": "Amina"})
    form = _open(ctx, forms, "incident", defaults={"defenders": [defender]})
    _choose(form, "category", "physical")
    type_text(_line(form, "occurred"), "2024")
    type_text(_text(form, "description"), "Followed")
    ctx.reader.records.delete("defender", defender)  # meanwhile, on another screen
    form.save()
    assert list(_shown_errors(form)) == ["defenders"]
    assert "deleted" in form.errors["defenders"].text()
    assert form.isVisible() and ctx.reader.records.count("incident") == 0


def test_closing_with_unsaved_changes_asks_first(
    ctx: FakeContext, forms: list[RecordForm], prompter: ScriptedPrompter
) -> None:
    clean = _open(ctx, forms, "case")
    clean.close()
    assert not clean.isVisible() and prompter.calls == []

    form = _open(ctx, forms, "defender")
    type_text(_line(form, "name"), "Olga")
    prompter.confirm_answers = [False]
    form.close()
    assert form.isVisible()
    assert prompter.calls[-1][:2] == ("confirm", "Discard changes?")
    assert "Olga" not in prompter.calls[-1][2]
    prompter.confirm_answers = [True]
    form.cancel_button.click()
    assert not form.isVisible()
    assert ctx.reader.records.count("defender") == 0


def test_edit_sends_only_what_changed(ctx: FakeContext, forms: list[RecordForm]) -> None:
    defender = ctx.reader.records.add("defender", {"name": "Amina", "organisation": "Forum"})
    form = _open(ctx, forms, "defender", defender)
    assert form.windowTitle() == "Edit defender"
    # a colleague's edit
    ctx.reader.records.edit("defender", defender, {"organisation": "New Forum"})
    _line(form, "region").setText("Coast")
    form.save()
    fields = ctx.reader.records.get("defender", defender).fields
    assert fields["region"] == "Coast"
    assert fields["organisation"] == "New Forum"  # not overwritten by the form's stale value


def test_sensitive_fields_are_hidden_until_shown(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    defender = ctx.reader.records.add("defender", {"name": "Amina", "legal_name": SECRET})
    form = _open(ctx, forms, "defender", defender)
    legal = form.editors["legal_name"]
    assert isinstance(legal, MaskedEditor)
    assert not legal.revealed
    assert SECRET not in legal.mask_label.text()
    visible = [w.text() for w in form.findChildren(QLineEdit) if w.isVisible()]
    assert SECRET not in visible
    legal.toggle.click()
    assert legal.revealed and _line(form, "legal_name").isVisible()
    assert _line(form, "legal_name").text() == SECRET
    for name, info in field_infos(KINDS["defender"].cls).items():
        assert isinstance(form.editors[name], MaskedEditor) == info.sensitive


def test_draft_round_trip_restores_typed_input(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    defender = ctx.reader.records.add("defender", {"name": "Amina"})
    sister = ctx.reader.records.add("related", {"defender": defender, "name": "Grace",
                                        "relationship": "sibling"})
    form = _open(ctx, forms, "incident", defaults={"defenders": [defender]})
    _choose(form, "category", "family")
    _choose(form, "subtype", "relative-harassment")
    type_text(_text(form, "description"), "Ни слова — رسالة تهديد")
    boxes = [b for b in form.editors["targets"].findChildren(QCheckBox) if b.isVisible()]
    assert len(boxes) == 1 and "Grace" not in boxes[0].text()  # relatives' names hidden
    boxes[0].setChecked(True)
    state = form.draft_state()
    assert state is not None
    form.clear()
    form.close()

    again = _open(ctx, forms, "incident")
    again.restore_draft(state)
    values = again.values()
    assert values["defenders"] == [defender]
    assert values["category"] == "family" and values["subtype"] == "relative-harassment"
    assert values["description"] == "Ни слова — رسالة تهديد"
    assert values["targets"] == [sister]
    assert again.is_dirty()


def test_subtypes_follow_the_primary_category(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    form = _open(ctx, forms, "incident")
    subtype = form.editors["subtype"].focus_target()
    assert isinstance(subtype, QComboBox)
    assert subtype.count() == 1  # "choose a category first"
    _choose(form, "category", "legal")
    offered = {subtype.itemData(i) for i in range(subtype.count())} - {None}
    assert "travel-ban" in offered and "spyware" not in offered


def test_every_input_has_a_label_and_an_accessible_name(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    for kind in ("defender", "related", "case", "incident"):
        form = _open(ctx, forms, kind)
        buddies = {label.buddy() for label in form.findChildren(QLabel) if label.buddy()}
        for name, editor in form.editors.items():
            target = editor.focus_target()
            assert target.accessibleName() or editor.accessibleName(), (kind, name)
            if isinstance(target, (QLineEdit, QPlainTextEdit, QComboBox)):
                assert target in buddies, (kind, name)
        inputs: list[QWidget] = [*form.findChildren(QLineEdit), *form.findChildren(QComboBox)]
        for widget in inputs:
            if widget.parent() is not None and isinstance(widget.parent(), QComboBox):
                continue  # a combo's own line edit is named by the combo
            assert widget.accessibleName(), (kind, type(widget).__name__)


def test_non_ascii_and_html_looking_input_is_kept_as_typed(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    form = _open(ctx, forms, "defender")
    type_text(_line(form, "name"), "<b>Élodie</b> Zeynep Ayşe")
    saved: list[str] = []
    form.saved.connect(saved.append)
    form.save()
    stored = ctx.reader.records.get("defender", saved[0])
    assert stored.fields["name"] == "<b>Élodie</b> Zeynep Ayşe"


def test_copy_and_cut_in_fields_go_through_the_concealing_clipboard(
    ctx: FakeContext, forms: list[RecordForm], qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()
    defender = ctx.reader.records.add("defender", {"name": "Amina", "legal_name": SECRET})
    form = _open(ctx, forms, "defender", defender)
    legal = form.editors["legal_name"]
    assert isinstance(legal, MaskedEditor)
    legal.toggle.click()
    line = _line(form, "legal_name")
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    notes = _text(form, "notes")
    type_text(notes, "Qx9 note")
    notes.selectAll()
    qtbot.keyClick(notes, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert ctx.copied == [SECRET, "Qx9 note"]
    assert notes.toPlainText() == ""  # cut removes the text
    assert SECRET not in QGuiApplication.clipboard().text()
    assert "Qx9" not in QGuiApplication.clipboard().text()


def test_a_record_that_cannot_be_read_opens_no_window(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    from hrd_desk.errors import NotFound
    from hrd_desk.ui.forms import open_form as opener

    before = len(top_forms_all())
    with pytest.raises(NotFound):
        opener(ctx, "incident", "no-such-record")  # type: ignore[arg-type]
    flush()
    assert len(top_forms_all()) == before


def top_forms_all() -> list[QWidget]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.allWidgets() if isinstance(w, RecordForm)]


def test_free_text_is_marked_sensitive_with_a_checkbox(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    defender = ctx.reader.records.add("defender", {"name": "Amina", "consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"})
    form = _open(ctx, forms, "case", defaults={"defender": defender})
    assert set(form.mark_boxes) == {"notes"}, "long free text that is not sensitive already"
    _choose(form, "programme", "relocation")
    type_text(_text(form, "notes"), "meets at the Kibera school")
    form.mark_boxes["notes"].setChecked(True)
    form.save()
    flush()
    [case] = ctx.reader.records.list("case")
    assert ctx.reader.records.sensitive_marks(case.id) == {"notes"}
    assert ctx.reader.search.find("Kibera") == []

    again = _open(ctx, forms, "case", case.id)
    assert isinstance(again.editors["notes"], MaskedEditor), "a marked text is hidden at first"
    assert again.mark_boxes["notes"].isChecked()
    again.mark_boxes["notes"].setChecked(False)
    assert again.is_dirty()
    again.save()
    flush()
    assert ctx.reader.records.sensitive_marks(case.id) == frozenset()
    assert [h.id for h in ctx.reader.search.find("Kibera")] == [case.id]


def test_a_new_defender_starts_with_consent_not_recorded(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    form = _open(ctx, forms, "defender")
    combo = form.editors["consent"].focus_target()
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == "not-recorded"
    assert "Not recorded yet" in combo.currentText()
    assert {"consent_date", "consent_how"} <= set(form.editors), "date and how asked too"


def test_consent_that_allows_sharing_asks_for_when_and_how(
    ctx: FakeContext, forms: list[RecordForm]
) -> None:
    """The new-defender form refuses 'colleagues' without when and how consent was given, beside
    the field to fill, and saves nothing until both are there."""
    form = _open(ctx, forms, "defender")
    type_text(_line(form, "name"), "Amina")
    _choose(form, "consent", "colleagues")
    form.save()
    assert list(_shown_errors(form)) == ["consent_date"]
    assert "record when consent was given" in form.errors["consent_date"].text()
    assert form.isVisible() and ctx.reader.records.count("defender") == 0
    type_text(_line(form, "consent_date"), "2024-01-15")
    form.save()
    assert list(_shown_errors(form)) == ["consent_how"]
    assert "record how consent was given" in form.errors["consent_how"].text()
    assert ctx.reader.records.count("defender") == 0
    _choose(form, "consent_how", "verbal")
    form.save()
    flush()
    saved = ctx.reader.records.list("defender")
    assert [(d.get("consent"), d.get("consent_date"), d.get("consent_how")) for d in saved] == [
        ("colleagues", "2024-01-15", "verbal")]


@pytest.fixture
def french() -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    from hrd_desk.ui.i18n import apply_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "fr")
    yield
    apply_language(app, "en")


def test_a_french_form_says_what_is_wrong_in_french(
    ctx: FakeContext, forms: list[RecordForm], french: None
) -> None:
    """The reasons a caseworker meets in a form (issue 18): required, a month or day that does
    not exist, a date in the future, a departure before the arrival, a record deleted meanwhile,
    worded in French from the services' facts; the date as typed stays as typed."""
    defender = ctx.reader.records.add("defender", {"name": "Amina"})
    form = _open(ctx, forms, "incident")
    form.save()
    assert set(_shown_errors(form).values()) == {"Ce champ est obligatoire."}
    type_text(_line(form, "occurred"), "2024-13-45")
    form.save()
    said = _shown_errors(form)["occurred"]
    assert said == "« 2024-13-45 » : le mois 13 n'existe pas (les mois vont de 01 à 12).", said
    _line(form, "occurred").setText("2025-02-30")
    assert "le jour 30 n'existe pas en février 2025, qui a 28 jours" in \
        form.errors["occurred"].text()
    _line(form, "occurred").setText((date.today() + timedelta(days=3)).isoformat())
    assert "est dans le futur" in form.errors["occurred"].text()
    assert ctx.writes == 0

    stay = _open(ctx, forms, "relocation", defaults={"defender": defender})
    for name, value in (("planned_arrival", "2025-03-10"), ("planned_departure", "2025-03-01")):
        type_text(_line(stay, name), value)
    for name, editor in stay.editors.items():
        if name in ("host_city",) and isinstance(editor.focus_target(), QLineEdit):
            type_text(_line(stay, name), "Madrid")
    stay.save()
    flush()
    shown = " ".join([*_shown_errors(stay).values(), stay.general_error.text()])
    assert "Le départ (2025-03-01) doit suivre l'arrivée (2025-03-10)." in shown, shown
    assert "must be after" not in shown


def test_french_status_words_agree_with_the_record(
    ctx: FakeContext, forms: list[RecordForm], french: None
) -> None:
    """A task is "Ouverte", an incident "Ouvert"; a measure "Prévue", a stay "Prévu": labels
    shared by several vocabularies are translated per record kind where French agrees them."""
    def items(form: RecordForm, name: str) -> list[str]:
        combo = form.editors[name].focus_target()
        assert isinstance(combo, QComboBox)
        return [combo.itemText(i) for i in range(combo.count())]

    defender = ctx.reader.records.add("defender", {"name": "Amina"})
    assert "Ouverte" in items(_open(ctx, forms, "task"), "status")
    assert "Ouvert" in items(_open(ctx, forms, "incident"), "status")
    assert "Prévue" in items(_open(ctx, forms, "security_measure",
                                   defaults={"defender": defender}), "status")
    assert "Prévu" in items(_open(ctx, forms, "relocation", defaults={"defender": defender}),
                            "status")


def test_the_country_choice_speaks_french_in_french_order(
    ctx: FakeContext, forms: list[RecordForm], french: None
) -> None:
    """Countries by their French names, sorted as French sorts them; a French name typed is
    understood."""
    form = _open(ctx, forms, "defender")
    combo = form.editors["country"].focus_target()
    assert isinstance(combo, QComboBox)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names.index("Allemagne (DE)") < names.index("Autriche (AT)")
    assert names.index("Égypte (EG)") < names.index("Équateur (EC)") < names.index("Zambie (ZM)")
    assert "Germany (DE)" not in names
    combo.setEditText("Côte d’Ivoire")
    assert form.editors["country"].value() == "CI"
    combo.setEditText("Royaume-Uni")
    assert form.editors["country"].value() == "GB" and form.editors["country"].problem() is None
