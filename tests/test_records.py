"""Records through the services (Casework): round trips, history, audit, filters, refusals.

Every refusal must be a typed error naming the field, and must change nothing: a dump of every
table before and after is compared.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from hrd_desk.errors import InvalidValue, NotFound, RejectedInput
from hrd_desk.history.versions import frontier, verify_version
from hrd_desk.model.fields import sensitive_fields
from hrd_desk.model.records import Defender, Incident, RelatedPerson
from hrd_desk.model.vocab import THREAT_CATEGORIES
from hrd_desk.services.casework import Casework, RecordFilter
from hrd_desk.services.session import Session
from hrd_desk.store import audit as audit_store
from hrd_desk.store.audit import verify_chain
from hrd_desk.store.dbapi import transaction
from hrd_desk.store.records import load_versions
from vault_support import table_dump


@pytest.fixture
def work(session: Session) -> Casework:
    return Casework(session)


def versions_of(work: Casework, record_id: str) -> list[tuple[str, ...]]:
    """The field names each version of a record set, oldest first."""
    return [v.field_names for v in load_versions(work.conn, record_id)]


def audit(work: Casework) -> list[tuple[str, str | None, str | None]]:
    return [(str(r[0]), r[1], r[2]) for r in work.conn.execute(
        "SELECT action, kind, record_id FROM audit_events ORDER BY seq")]


def incident(work: Casework, defenders: list[str], **values: Any) -> str:
    base = {"defenders": defenders, "category": "digital", "occurred": "2024-03",
            "description": "phishing messages"}
    return work.add("incident", {**base, **values})


# -- round trips -------------------------------------------------------------------------------


def test_defender_round_trip(work: Casework, session: Session) -> None:
    values = {"name": "Amina", "codename": "Heron", "legal_name": "Amina Wanjiru",
              "contact": "+254 700 000000\nSignal", "address": "Nairobi", "country": "ke",
              "organisation": "Land Rights Now", "field_of_work": "land-environment",
              "languages": ["sw", "en"], "consent_date": "2024-01-15",
              "consent_how": "written", "notes": "two lines\nof notes"}
    defender = work.add("defender", values)
    shown = work.get("defender", defender)
    assert shown.kind == "defender" and shown.id == defender
    assert shown.fields == {**values, "country": "KE", "consent": "not-recorded", "region": None,
                            "gender": None}
    assert shown.origin == session.vault_id
    assert shown.created and shown.updated and not shown.deleted and not shown.conflict
    assert [r.id for r in work.list("defender")] == [defender]
    assert work.count("defender") == 1
    assert work.kind_of(defender) == "defender"


def test_new_defenders_consent_is_not_recorded_by_default(work: Casework) -> None:
    assert work.get("defender", work.add("defender", {"name": "A"})).fields["consent"] == (
        "not-recorded"
    )
    public = work.add("defender", {"name": "B", "consent": "public",
            "consent_date": "2024-01-15", "consent_how": "written"})
    assert work.get("defender", public).fields["consent"] == "public"


def test_related_person_case_and_incident_round_trip(work: Casework) -> None:
    defender = work.add("defender", {"name": "Amina"})
    son = work.add("related", {"defender": defender, "name": "Baraka", "relationship": "child",
                               "contact": "school"})
    case = work.add("case", {"defender": defender, "programme": "relocation",
                             "title": "Relocation 2024", "opened": "2024-02"})
    event = incident(work, [defender], also=["family", "phone"], targets=[son], case=case,
                     subtype="threat-sms-call", country="ke", location="outside the school",
                     reported="2024-03-20T14:30", channel="sms", perpetrator="unknown",
                     severity=4, actions="moved the family", reported_to=["police"])
    assert work.get("related", son).fields == {
        "defender": defender, "name": "Baraka", "relationship": "child", "contact": "school",
        "notes": None}
    shown_case = work.get("case", case).fields
    assert (shown_case["status"], shown_case["priority"], shown_case["opened"]) == (
        "intake", "normal", "2024-02")
    fields = work.get("incident", event).fields
    assert fields["defenders"] == [defender] and fields["targets"] == [son]
    assert (fields["category"], fields["also"]) == ("digital", ["family", "phone"])
    assert (fields["occurred"], fields["reported"]) == ("2024-03", "2024-03-20T14:30")
    assert (fields["severity"], fields["status"], fields["country"]) == (4, "open", "KE")
    assert fields["case"] == case and fields["reported_to"] == ["police"]


def test_dates_keep_their_precision_in_the_display_row(work: Casework) -> None:
    defender = work.add("defender", {"name": "A"})
    event = incident(work, [defender], occurred="2024-03")
    row = work.conn.execute(
        "SELECT occurred, occurred_first, occurred_last, occurred_precision FROM incidents "
        "WHERE id = ?", (event,)).fetchone()
    assert tuple(row) == ("2024-03", "2024-03-01", "2024-03-31", "month")


@pytest.mark.parametrize("kind", ["defender", "related", "case", "incident"])
def test_edit_delete_restore(work: Casework, kind: str) -> None:
    defender = work.add("defender", {"name": "Amina"})
    made = {
        "defender": lambda: defender,
        "related": lambda: work.add("related", {"defender": defender, "name": "B",
                                                "relationship": "partner"}),
        "case": lambda: work.add("case", {"defender": defender, "programme": "training"}),
        "incident": lambda: incident(work, [defender]),
    }[kind]()
    text_field = {"defender": "notes", "related": "notes", "case": "notes",
                  "incident": "actions"}[kind]
    assert work.edit(kind, made, {text_field: "first note"})
    assert work.get(kind, made).fields[text_field] == "first note"
    assert work.edit(kind, made, {text_field: None})  # cleared
    assert work.get(kind, made).fields[text_field] is None

    assert work.delete(kind, made)
    assert work.get(kind, made).deleted
    assert made not in [r.id for r in work.list(kind)]
    assert made in [r.id for r in work.list(kind, RecordFilter(deleted=True))]
    assert not work.delete(kind, made)  # already deleted: nothing to do
    with pytest.raises(RejectedInput, match="restore it first"):
        work.edit(kind, made, {text_field: "while deleted"})

    assert work.restore(kind, made)
    assert not work.get(kind, made).deleted
    assert made in [r.id for r in work.list(kind)]
    assert not work.restore(kind, made)
    assert verify_chain(work.conn) is None


# -- history and audit -------------------------------------------------------------------------


def test_an_edit_writes_only_the_changed_fields(work: Casework, session: Session) -> None:
    defender = work.add("defender", {"name": "Amina", "country": "KE", "notes": "n"})
    assert versions_of(work, defender) == [("consent", "country", "name", "notes")]
    assert work.edit("defender", defender, {"name": "Amina W.", "country": "ke", "notes": "n"})
    assert versions_of(work, defender)[-1] == ("name",)
    assert not work.edit("defender", defender, {"name": "Amina W.", "country": "KE"})
    assert len(versions_of(work, defender)) == 2  # no version for an edit that changes nothing
    work.delete("defender", defender)
    history = load_versions(work.conn, defender)
    assert history[-1].deleted and history[-1].field_names == ()
    assert [v.counter for v in history] == [1, 2, 3]
    for earlier, later in itertools.pairwise(history):
        assert later.vector[session.vault_id] == earlier.vector[session.vault_id] + 1
        assert (later.hlc_wall, later.hlc_counter) > (earlier.hlc_wall, earlier.hlc_counter)
    for version in history:
        assert version.origin == session.vault_id
        verify_version(version, session.identity.public)
    assert len(frontier(history)) == 1


def test_each_change_appends_exactly_one_audit_event(work: Casework) -> None:
    defender = work.add("defender", {"name": "Amina"})
    work.edit("defender", defender, {"notes": "x"})
    work.edit("defender", defender, {"notes": "x"})  # no change, no event
    work.delete("defender", defender)
    work.delete("defender", defender)  # already deleted, no event
    work.restore("defender", defender)
    work.delete("defender", defender)
    work.purge(defender)
    assert audit(work) == [
        ("create", "defender", defender), ("edit", "defender", defender),
        ("delete", "defender", defender), ("restore", "defender", defender),
        ("delete", "defender", defender), ("purge", "defender", defender),
    ]
    details = [r[0] for r in work.conn.execute("SELECT detail FROM audit_events ORDER BY seq")]
    assert details[:2] == ['{"fields":["consent","name"]}', '{"fields":["notes"]}']
    assert not any("Amina" in d for d in details)  # names of fields, never values
    assert verify_chain(work.conn) is None


@pytest.mark.parametrize(
    ("tamper", "broken_at"),
    [
        ("UPDATE audit_events SET detail = '{}' WHERE seq = 2", 2),
        ("UPDATE audit_events SET at = '2020-01-01T00:00:00.000+00:00' WHERE seq = 3", 3),
        ("UPDATE audit_events SET record_id = 'other' WHERE seq = 1", 1),
        ("DELETE FROM audit_events WHERE seq = 2", 3),
        ("DELETE FROM audit_events WHERE seq = 1", 2),
        ("UPDATE audit_events SET hash = zeroblob(32) WHERE seq = 3", 3),
        ("UPDATE audit_events SET prev_hash = zeroblob(32) WHERE seq = 4", 4),
    ],
)
def test_tampering_with_the_audit_trail_is_found(
    work: Casework, tamper: str, broken_at: int
) -> None:
    defender = work.add("defender", {"name": "Amina"})
    work.edit("defender", defender, {"notes": "x"})
    work.delete("defender", defender)
    work.restore("defender", defender)
    assert verify_chain(work.conn) is None
    work.conn.execute(tamper)
    assert verify_chain(work.conn) == broken_at


def test_a_unit_of_work_anchors_the_audit_head_once_at_its_newest_event(
    work: Casework, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many events in one transaction (an import notes each record it received): the head's MAC
    is computed once, before the commit, and names the newest event; the chain holds inside the
    unit and after it, and dropping the newest event is still found."""
    macs: list[int] = []
    real = audit_store._head_mac
    monkeypatch.setattr(audit_store, "_head_mac",
                        lambda c, seq, h: macs.append(seq) or real(c, seq, h))
    with transaction(work.conn):
        for name in ("Amina", "Bashir", "Chidi"):
            work.add("defender", {"name": name})
        assert macs == []
        assert verify_chain(work.conn) is None  # checked inside the unit: anchored first
        work.add("defender", {"name": "Dawit"})
    (newest,) = work.conn.execute("SELECT max(seq) FROM audit_events").fetchone()
    # the check inside the unit anchored the head at event 3 (and computed it again to compare);
    # the commit anchored it once more, at the newest event
    assert macs == [newest - 1, newest - 1, newest]
    assert verify_chain(work.conn) is None
    work.conn.execute("DELETE FROM audit_events WHERE seq = ?", (newest,))
    assert verify_chain(work.conn) == newest  # the head names an event that is gone


# -- filters -----------------------------------------------------------------------------------


@pytest.fixture
def log(work: Casework) -> dict[str, str]:
    """Two defenders (Kenya, Uganda) and incidents with different categories, places, dates."""
    ke = work.add("defender", {"name": "Kenyan defender", "country": "KE"})
    ug = work.add("defender", {"name": "Ugandan defender", "country": "UG"})
    return {
        "ke": ke, "ug": ug,
        "march": incident(work, [ke], category="digital", occurred="2024-03"),
        "family": incident(work, [ke], category="physical", also=["family"],
                           occurred="2024-04-02", status="closed"),
        "abroad": incident(work, [ke], category="legal", occurred="2023", country="TZ"),
        "uganda": incident(work, [ug], category="family", occurred="2024-03-31T23:00",
                           status="monitoring"),
        "both": incident(work, [ke, ug], category="defamation", occurred="2024-01..2024-02"),
    }


def ids(work: Casework, flt: RecordFilter) -> set[str]:
    return {r.id for r in work.list("incident", flt)}


def named(log: dict[str, str], *names: str) -> set[str]:
    return {log[n] for n in names}


def test_category_matches_primary_or_further(work: Casework, log: dict[str, str]) -> None:
    assert ids(work, RecordFilter(category="family")) == named(log, "family", "uganda")
    assert ids(work, RecordFilter(category="physical")) == named(log, "family")
    assert ids(work, RecordFilter(category="phone")) == set()
    assert work.count("incident", RecordFilter(category="family")) == 2


def test_country_falls_back_to_the_defenders_country(work: Casework, log: dict[str, str]) -> None:
    assert ids(work, RecordFilter(country="KE")) == named(log, "march", "family", "both")
    assert ids(work, RecordFilter(country="UG")) == named(log, "uganda", "both")
    assert ids(work, RecordFilter(country="TZ")) == named(log, "abroad")
    # a defender moving changes where their incidents without a country of their own count
    work.edit("defender", log["ke"], {"country": "RW"})
    assert ids(work, RecordFilter(country="KE")) == set()
    assert ids(work, RecordFilter(country="RW")) == named(log, "march", "family", "both")


def test_status_and_defender_filters(work: Casework, log: dict[str, str]) -> None:
    assert ids(work, RecordFilter(status=["closed"])) == named(log, "family")
    assert ids(work, RecordFilter(status=["open", "monitoring"])) == named(
        log, "march", "abroad", "uganda", "both")
    assert ids(work, RecordFilter(defender=log["ug"])) == named(log, "uganda", "both")
    assert ids(work, RecordFilter(defender=log["ke"], category="legal")) == named(log, "abroad")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2024, 3, 15), date(2024, 4, 1), {"march", "uganda"}),  # month overlaps
        (date(2024, 4, 1), date(2024, 4, 30), {"family"}),
        (date(2024, 3, 31), date(2024, 3, 31), {"march", "uganda"}),
        (None, date(2023, 12, 31), {"abroad"}),
        (date(2024, 2, 29), None, {"march", "family", "uganda", "both"}),  # range overlaps
        (date(2024, 2, 10), date(2024, 2, 11), {"both"}),
        (date(2025, 1, 1), None, set()),
    ],
)
def test_date_filters_match_on_overlap(
    work: Casework, log: dict[str, str], start: date | None, end: date | None,
    expected: set[str],
) -> None:
    assert ids(work, RecordFilter(date_from=start, date_to=end)) == named(log, *expected)


def test_lists_are_ordered_newest_incident_first(work: Casework, log: dict[str, str]) -> None:
    order = [r.id for r in work.list("incident")]
    assert order == [log[n] for n in ("family", "march", "uganda", "both", "abroad")] or order == [
        log[n] for n in ("family", "uganda", "march", "both", "abroad")]
    page = work.list("incident", limit=2, offset=1)
    assert [r.id for r in page] == order[1:3]


def test_deleted_records_leave_lists_and_come_back(work: Casework, log: dict[str, str]) -> None:
    work.delete("incident", log["march"])
    assert log["march"] not in ids(work, RecordFilter(category="digital"))
    assert ids(work, RecordFilter(deleted=True)) == named(log, "march")
    work.restore("incident", log["march"])
    assert log["march"] in ids(work, RecordFilter(category="digital"))


@pytest.mark.parametrize(
    ("kind", "flt", "field"),
    [
        ("defender", RecordFilter(category="digital"), "category"),
        ("defender", RecordFilter(status=["open"]), "status"),
        ("related", RecordFilter(country="KE"), "country"),
        ("defender", RecordFilter(date_from=date(2024, 1, 1)), "date"),
        ("nonsense", RecordFilter(), "kind"),
    ],
)
def test_filters_that_do_not_apply_are_refused(
    work: Casework, kind: str, flt: RecordFilter, field: str
) -> None:
    with pytest.raises(InvalidValue) as caught:
        work.list(kind, flt)
    assert caught.value.field == field


# -- refusals change nothing -------------------------------------------------------------------


@pytest.fixture
def world(work: Casework) -> dict[str, str]:
    amina = work.add("defender", {"name": "Amina", "country": "KE"})
    other = work.add("defender", {"name": "Other", "country": "UG"})
    gone = work.add("defender", {"name": "Gone"})
    work.delete("defender", gone)
    son = work.add("related", {"defender": amina, "name": "Son", "relationship": "child"})
    stranger = work.add("related", {"defender": other, "name": "X", "relationship": "sibling"})
    event = incident(work, [amina], targets=[son])
    return {"amina": amina, "other": other, "gone": gone, "son": son, "stranger": stranger,
            "event": event}


Action = Callable[[Casework, dict[str, str]], Any]


def _add_incident(**values: Any) -> Action:
    def act(work: Casework, w: dict[str, str]) -> Any:
        resolved = {k: (w[v] if isinstance(v, str) and v in w else
                        [w.get(x, x) for x in v] if isinstance(v, list) else v)
                    for k, v in values.items()}
        base = {"defenders": [w["amina"]], "category": "digital", "occurred": "2024-03",
                "description": "d"}
        return work.add("incident", {**base, **resolved})

    return act


@pytest.mark.parametrize(
    ("action", "error", "field"),
    [
        (lambda wk, w: wk.add("defender", {"name": "A", "shoe_size": 42}), InvalidValue,
         "shoe_size"),
        (lambda wk, w: wk.add("defender", {"codename": "no name"}), InvalidValue, "name"),
        (lambda wk, w: wk.add("defender", {"name": "  "}), InvalidValue, "name"),
        (lambda wk, w: wk.add("defender", {"name": "A", "consent": "everyone"}), InvalidValue,
         "consent"),
        (lambda wk, w: wk.add("defender", {"name": "A", "country": "Kenya"}), InvalidValue,
         "country"),
        (lambda wk, w: wk.add("defender", {"name": "A\x00B"}), InvalidValue, "name"),
        (lambda wk, w: wk.add("defender", {"name": "A\nB"}), InvalidValue, "name"),
        (lambda wk, w: wk.add("defender", {"name": "A", "languages": "sw"}), InvalidValue,
         "languages"),
        (lambda wk, w: wk.add("nonsense", {"name": "A"}), InvalidValue, "kind"),
        (_add_incident(category="cyber"), InvalidValue, "category"),
        (_add_incident(also=["digital", "cyber"]), InvalidValue, "also"),
        (_add_incident(subtype="no-such-subtype"), InvalidValue, "subtype"),
        (_add_incident(occurred="2024-13"), InvalidValue, "occurred"),
        (_add_incident(occurred="2024-02-30"), InvalidValue, "occurred"),
        (_add_incident(occurred="last week"), InvalidValue, "occurred"),
        (_add_incident(reported="2024-03-15T25:00"), InvalidValue, "reported"),
        (_add_incident(severity=6), InvalidValue, "severity"),
        (_add_incident(severity=0), InvalidValue, "severity"),
        (_add_incident(severity="3.5"), InvalidValue, "severity"),
        (_add_incident(severity=True), InvalidValue, "severity"),
        (_add_incident(severity=3.7), InvalidValue, "severity"),
        (_add_incident(defenders=[]), InvalidValue, "defenders"),
        (_add_incident(defenders=["no-such-defender"]), InvalidValue, "defenders"),
        (_add_incident(defenders=["gone"]), InvalidValue, "defenders"),
        (_add_incident(defenders=["son"]), InvalidValue, "defenders"),  # a related person
        (_add_incident(targets=["stranger"]), InvalidValue, "targets"),
        (_add_incident(targets=["amina"]), InvalidValue, "targets"),  # a defender, not related
        (_add_incident(case="no-such-case"), InvalidValue, "case"),
        (_add_incident(description=""), InvalidValue, "description"),
        (lambda wk, w: wk.add("related", {"defender": w["gone"], "name": "N",
                                          "relationship": "child"}), InvalidValue, "defender"),
        (lambda wk, w: wk.add("related", {"defender": w["amina"], "name": "N",
                                          "relationship": "cousin-ish"}), InvalidValue,
         "relationship"),
        (lambda wk, w: wk.add("case", {"defender": w["amina"], "programme": "holiday"}),
         InvalidValue, "programme"),
        (lambda wk, w: wk.edit("defender", w["amina"], {"shoe_size": 42}), InvalidValue,
         "shoe_size"),
        (lambda wk, w: wk.edit("defender", w["amina"], {"name": None}), InvalidValue, "name"),
        (lambda wk, w: wk.edit("incident", w["event"], {"severity": 6}), InvalidValue,
         "severity"),
        (lambda wk, w: wk.edit("incident", w["event"], {"occurred": "2023-02-29"}),
         InvalidValue, "occurred"),
        (lambda wk, w: wk.edit("incident", w["event"], {"defenders": [w["other"]]}),
         InvalidValue, "targets"),  # the son targeted is not related to the new defender
        (lambda wk, w: wk.edit("incident", w["event"], {"targets": [w["stranger"]]}),
         InvalidValue, "targets"),
        (lambda wk, w: wk.edit("defender", w["gone"], {"notes": "x"}), RejectedInput, None),
        (lambda wk, w: wk.edit("defender", "no-such-id", {"notes": "x"}), NotFound, None),
        (lambda wk, w: wk.edit("incident", w["amina"], {"notes": "x"}), NotFound, None),
        (lambda wk, w: wk.get("defender", w["event"]), NotFound, None),
        (lambda wk, w: wk.delete("defender", "no-such-id"), NotFound, None),
        (lambda wk, w: wk.restore("incident", "no-such-id"), NotFound, None),
        (lambda wk, w: wk.purge(w["amina"]), RejectedInput, None),  # not deleted
        (lambda wk, w: wk.purge("no-such-id"), NotFound, None),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    work: Casework, world: dict[str, str], action: Action, error: type[Exception],
    field: str | None,
) -> None:
    before = table_dump(work.conn)
    with pytest.raises(error) as caught:
        action(work, world)
    if field is not None:
        assert isinstance(caught.value, InvalidValue)
        assert caught.value.field == field
    message = str(caught.value)
    assert "\n" not in message
    assert table_dump(work.conn) == before


def test_a_failure_inside_the_transaction_rolls_everything_back(
    work: Casework, world: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash after the version is written (here: in the audit step) leaves no trace."""
    import hrd_desk.store.records as records

    def failing(*_: object, **__: object) -> None:
        raise RuntimeError("disk went away")

    before = table_dump(work.conn)
    monkeypatch.setattr(records, "append_event", failing)
    with pytest.raises(RuntimeError):
        work.add("defender", {"name": "Half-made"})
    with pytest.raises(RuntimeError):
        work.edit("defender", world["amina"], {"notes": "half-edited"})
    assert table_dump(work.conn) == before


# -- the hybrid logical clock ------------------------------------------------------------------


class FakeTime:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_the_clock_never_goes_back_when_the_wall_clock_does(session: Session) -> None:
    clock = FakeTime(1_700_000_000.0)
    with Session(session.vault, now=clock) as other:
        work = Casework(other)
        defender = work.add("defender", {"name": "A"})
        clock.now -= 3600  # the machine's clock is set back an hour
        work.edit("defender", defender, {"notes": "after"})
        work.edit("defender", defender, {"notes": "again"})
        clock.now += 7200
        work.edit("defender", defender, {"notes": "later"})
        stamps = [(v.hlc_wall, v.hlc_counter) for v in load_versions(other.conn, defender)]
    assert stamps == [(1_700_000_000_000, 0), (1_700_000_000_000, 1), (1_700_000_000_000, 2),
                      (1_700_003_600_000, 0)]


def test_a_remote_clock_far_ahead_does_not_drag_the_local_one(session: Session) -> None:
    from hrd_desk.store import clock as hlc
    from hrd_desk.store.dbapi import transaction

    now = FakeTime(1_700_000_000.0)
    conn = session.conn
    with transaction(conn):
        assert hlc.tick(conn, now) == (1_700_000_000_000, 0)
        day_and_more = 1_700_000_000_000 + hlc.FUTURE_TOLERANCE_MS + 1000
        assert not hlc.observe(conn, (day_and_more, 5), now)
        assert hlc.tick(conn, now) == (1_700_000_000_000, 1)
        assert hlc.observe(conn, (1_700_000_500_000, 3), now)  # within a day: accepted
        assert hlc.tick(conn, now) == (1_700_000_500_000, 4)


# -- model metadata ----------------------------------------------------------------------------


def test_sensitive_fields_are_the_ones_the_issue_names() -> None:
    assert {"legal_name", "contact", "address"} <= sensitive_fields(Defender)
    assert not {"name", "codename", "country"} & sensitive_fields(Defender)
    assert {"name", "contact"} <= sensitive_fields(RelatedPerson)
    assert "description" not in sensitive_fields(Incident)


def test_threat_categories_are_the_documented_slugs() -> None:
    assert THREAT_CATEGORIES.slugs() == (
        "physical", "digital", "family", "phone", "legal", "defamation", "other")


def test_a_merged_incident_no_single_edit_could_make_still_takes_other_edits(
    work: Casework, world: dict[str, str]
) -> None:
    """Two offices' edits merged: one moved the incident to another defender, the other kept
    targeting Amina's son. No single edit may make that (the son is not related to the new
    defender), yet an edit of the description is not refused for it; an edit of the targets or
    the defenders still is, until they agree."""
    event = world["event"]
    with transaction(work.conn):  # what a merge writes, past the form's checks
        work.store.update("incident", event, {"defenders": [world["other"]]})
    assert work.edit("incident", event, {"description": "merged, then edited"})
    third = work.add("defender", {"name": "Third"})
    before = table_dump(work.conn)
    for refused in ({"targets": [world["son"], world["stranger"]]},
                    {"defenders": [world["other"], third]}):
        with pytest.raises(InvalidValue):
            work.edit("incident", event, refused)
    assert table_dump(work.conn) == before
    assert work.edit("incident", event, {"targets": [world["stranger"]]})
