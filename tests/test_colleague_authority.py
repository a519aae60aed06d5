"""A hostile colleague, with validly signed versions (tests/hostile_support.py, the project's own
bundle writer), against the findings of issue 11 one by one. Three offices: A (the vault under
attack), B (the hostile colleague: a real colleague of A, with a defender shared with it) and C
(an innocent third office that A shares the same defender with).

What A holds:
- S, a defender with consent `colleagues`, shared with B and C, with a related person, a case and
  an incident;
- N, a defender with consent `none`, with case K (notes: a safehouse address) and incident I;
- X, a defender with consent `colleagues`, shared with nobody.

Each test states the finding, then what must hold: A's scope and consent unchanged, the
proposal visible, nothing sent onward, and the rest of the bundle applied where the rule says so.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cli_support import ok, run
from exchange_support import Office, offices, refused, unchanged
from hostile_support import Attacker, every_text, held_ids, relay
from hrd_desk.errors import BundleRejected
from hrd_desk.history.versions import frontier
from hrd_desk.services import colleagues, conflicts, exchange, received, scope, sync
from hrd_desk.services.received import Outcome
from hrd_desk.store.audit import list_events
from hrd_desk.store.migrations import LATEST
from hrd_desk.store.records import load_versions

SAFEHOUSE = "safehouse address 12 Hill Road"
WITHHELD = "withheld incident: met the lawyer"
PRIVATE = "Private defender never shared"


@dataclass
class World:
    a: Office
    b: Office
    c: Office
    mallory: Attacker
    root: Path
    s: str
    s_related: str
    s_case: str
    s_incident: str
    n: str
    k: str
    i: str
    x: str


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with offices(tmp_path, "A", "B", "C") as made:
        a, b, c = made["A"], made["B"], made["C"]
        work = a.work
        s = work.add("defender", {"name": "Shared", "country": "KE", "consent": "colleagues",
                "consent_date": "2024-01-15", "consent_how": "written"})
        s_related = work.add("related", {"defender": s, "name": "Sibling",
                                         "relationship": "sibling"})
        s_case = work.add("case", {"defender": s, "programme": "relocation"})
        s_incident = work.add("incident", {"defenders": [s], "category": "digital",
                                           "occurred": "2024-03", "description": "phishing"})
        n = work.add("defender", {"name": "Hidden", "country": "KE", "consent": "none"})
        k = work.add("case", {"defender": n, "programme": "relocation", "title": "Move",
                              "notes": SAFEHOUSE})
        i = work.add("incident", {"defenders": [n], "category": "digital", "occurred": "2024",
                                  "description": WITHHELD, "case": k})
        x = work.add("defender", {"name": PRIVATE, "country": "UG", "consent": "colleagues",
                "consent_date": "2024-01-15", "consent_how": "written"})
        for other in (b, c):
            scope.share(a.session, s, a.id_of(other))
            relay(a, other, tmp_path, "start")
        yield World(a, b, c, Attacker(b), tmp_path, s, s_related, s_case, s_incident, n, k, i,
                    x)


def shown(office: Office, kind: str, record_id: str) -> dict[str, object]:
    stored = office.work.get(kind, record_id)
    return {**stored.fields, "deleted": stored.deleted}


def sent_to(office: Office, other: Office) -> set[str]:
    """Record ids `office` would send `other` now (computed through the public sync path)."""
    return {v.record_id for v in sync.changes_for(office.session, office.id_of(other)).versions}


def nothing_of_n_leaves(w: World) -> None:
    """Nothing about N (its case, its incident, the safehouse) reaches B or C, by any bundle."""
    for other in (w.b, w.c):
        assert not sent_to(w.a, other) & {w.n, w.k, w.i}
        relay(w.a, other, w.root, "check")
        assert not held_ids(other) & {w.n, w.k, w.i}
        text = every_text(other)
        assert SAFEHOUSE not in text and WITHHELD not in text


# -- finding 1: widening sharing, defeating consent `none` -------------------------------------


def test_1_a_colleague_cannot_move_a_record_or_raise_consent(world: World) -> None:
    w = world
    m = w.mallory
    summary = m.send(w.root, w.a, [
        m.forge(w.a, w.k, "case", {"defender": w.s}),  # move N's case under the shared S
        m.forge(w.a, w.n, "defender", {"consent": "colleagues"}),  # open N up
        m.forge(w.a, w.s_case, "case", {"defender": w.x, "title": "moved to X"}),
        m.forge(w.a, w.s, "defender", {"consent": "public", "region": "Mombasa"}),
    ])
    # outside B's scope: refused; inside it: the move and the widening wait, the rest applies
    assert summary.refused == 2 and summary.proposed == 2
    assert shown(w.a, "case", w.k)["defender"] == w.n
    assert shown(w.a, "defender", w.n)["consent"] == "none"
    assert shown(w.a, "case", w.s_case)["defender"] == w.s
    assert shown(w.a, "case", w.s_case)["title"] == "moved to X", "the rest of it applied"
    s = shown(w.a, "defender", w.s)
    assert s["consent"] == "colleagues" and s["region"] == "Mombasa"
    waiting = {(p.record_id, tuple(sorted(p.proposed.items())))
               for p in conflicts.list_proposals(w.a.session)}
    assert waiting == {(w.s_case, (("defender", w.x),)), (w.s, (("consent", "public"),))}
    assert scope.scope_of(w.a.session, w.a.id_of(w.c)).records.keys() == \
        scope.scope_of(w.a.session, w.a.id_of(w.b)).records.keys(), "scopes unchanged"
    assert w.x not in sent_to(w.a, w.c) and w.x not in sent_to(w.a, w.b)
    nothing_of_n_leaves(w)
    # what C received of S is this vault's consent, not the proposal
    assert shown(w.c, "defender", w.s)["consent"] == "colleagues"
    assert shown(w.c, "case", w.s_case)["defender"] == w.s
    events = [(e.action, e.record_id) for e in list_events(w.a.session.conn, limit=500)
              if e.action == "received"]
    assert {r for _a, r in events} >= {w.k, w.n, w.s_case, w.s}, "an event per record"


def test_1_lowering_consent_applies_and_stops_the_flow(world: World) -> None:
    w = world
    m = w.mallory
    summary = m.send(w.root, w.a, [m.forge(w.a, w.s, "defender", {"consent": "none"})])
    assert summary.applied == 1 and summary.proposed == 0
    assert shown(w.a, "defender", w.s)["consent"] == "none"
    assert not sent_to(w.a, w.c) & {w.s, w.s_case, w.s_incident, w.s_related}


def test_1_a_proposal_is_accepted_or_refused_by_a_caseworker(world: World) -> None:
    w = world
    m = w.mallory
    m.send(w.root, w.a, [m.forge(w.a, w.s, "defender", {"consent": "partners"}),
                         m.forge(w.a, w.s_case, "case", {"defender": w.x})])
    by_record = {p.record_id: p for p in conflicts.list_proposals(w.a.session)}
    assert by_record[w.s].current == {"consent": "colleagues"}
    conflicts.accept_proposal(w.a.session, by_record[w.s].proposal_id[:16])
    assert shown(w.a, "defender", w.s)["consent"] == "partners"
    conflicts.refuse_proposal(w.a.session, by_record[w.s_case].proposal_id)
    assert shown(w.a, "case", w.s_case)["defender"] == w.s
    assert conflicts.list_proposals(w.a.session) == []


def test_1_proposals_through_the_cli(world: World) -> None:
    w = world
    m = w.mallory
    m.send(w.root, w.a, [m.forge(w.a, w.s, "defender", {"consent": "public"})])
    w.a.close()  # the CLI opens the vault itself
    listing = ok(w.a.directory, "conflicts", "list").out
    assert "1 proposal from colleagues waits" in listing
    shown_text = ok(w.a.directory, "conflicts", "proposals").out
    assert "proposed by B" in shown_text and "Consent: now" in shown_text
    assert "-> proposed" in shown_text
    found = ok(w.a.directory, "conflicts", "proposals", as_json=True).json()
    assert [p["proposed"] for p in found] == [{"consent": "public"}]
    refused_out = ok(w.a.directory, "conflicts", "refuse", found[0]["id"][:16]).out
    assert refused_out.startswith("refused")
    assert ok(w.a.directory, "conflicts", "proposals").out.strip() == "no proposals"
    assert run(w.a.directory, "conflicts", "accept", "0123456789abcdef").code != 0


def test_1_a_new_record_cannot_attach_itself_to_a_record_outside_the_senders_scope(
    world: World,
) -> None:
    w = world
    m = w.mallory
    new_case = "0d6f3c1e-0000-4000-8000-0000000000c1"
    summary = m.send(w.root, w.a, [m.forge(w.a, new_case, "case",
                                           {"defender": w.x, "programme": "relocation"})])
    assert summary.new_records == 1 and summary.proposed == 1
    assert w.a.work.get("case", new_case).fields.get("defender") is None
    assert w.x not in sent_to(w.a, w.b), "the colleague gets nothing of X by attaching to it"


def test_1_naming_a_contact_in_an_advocacy_action_does_not_bring_it_into_the_senders_scope(
    world: World,
) -> None:
    """A defender's family brings the network contacts its advocacy actions name
    (selection._BRINGING), and an action's contacts are no moving link: naming one of A's
    contacts in an action about the shared S put it in B's scope. B could then overwrite it
    (in the same bundle since the reach is read lazily, 0802076; in a later bundle before),
    and A sent it, how to reach them included, to B and to C."""
    w = world
    m = w.mallory
    contact = w.a.work.add("contact", {"name": "Ambassador", "contact_type": "embassy",
                                       "reach": "direct line 555"})
    ours = w.a.work.add("advocacy", {"action": "letter", "date": "2024-05-01",
                                     "defenders": [w.s]})  # in B's scope, through S
    b_contact = "0d6f3c1e-0000-4000-8000-0000000000b2"
    action = "0d6f3c1e-0000-4000-8000-0000000000a1"
    summary = m.send(w.root, w.a, [
        m.forge(w.a, b_contact, "contact", {"name": "B's lawyer", "contact_type": "lawyer"}),
        m.forge(w.a, action, "advocacy", {"action": "meeting", "date": "2024-05-01",
                                          "defenders": [w.s], "contacts": [contact]}),
        m.forge(w.a, contact, "contact", {"name": "Overwritten"}),
        m.forge(w.a, ours, "advocacy", {"action": "letter", "date": "2024-05-01",
                                        "defenders": [w.s], "contacts": [contact, b_contact]}),
        m.forge(w.a, ours, "advocacy", {"action": "letter", "date": "2024-05-01",
                                        "defenders": [w.s], "contacts": [b_contact],
                                        "subject": "named B's own"}),
    ])
    assert summary.new_records == 2 and summary.refused == 1 and summary.proposed == 2
    assert shown(w.a, "contact", contact)["name"] == "Ambassador"
    assert shown(w.a, "advocacy", action)["contacts"] == []
    assert shown(w.a, "advocacy", ours)["contacts"] == [b_contact], "a contact B gave applies"
    waiting = sorted((p.record_id, p.proposed) for p in conflicts.list_proposals(w.a.session))
    assert waiting == sorted([(action, {"contacts": [contact]}),
                              (ours, {"contacts": [contact, b_contact]})])
    later = m.send(w.root, w.a, [m.forge(w.a, contact, "contact", {"name": "Later"}, counter=1)])
    assert later.refused == 1 and shown(w.a, "contact", contact)["name"] == "Ambassador"
    for other in (w.b, w.c):
        assert contact not in sent_to(w.a, other)
        relay(w.a, other, w.root, "contact")
        assert contact not in held_ids(other)
        assert "direct line 555" not in every_text(other)


def test_1_a_defender_given_as_a_cases_context_keeps_what_was_withheld_from_the_colleague(
    world: World,
) -> None:
    """A shared case carries its defender as context, without legal name, contact details,
    address or notes. B could still overwrite those fields here (the defender is in its scope
    as context): a hostile colleague could put its own number where caseworkers call the
    defender. Fields withheld from B are held back as proposals; what B was given applies."""
    w = world
    m = w.mallory
    d = w.a.work.add("defender", {"name": "Context", "codename": "Owl", "country": "KE",
                                  "consent": "colleagues", "consent_date": "2024-01-15",
                                  "consent_how": "written", "contact": "+254 700 000 001",
                                  "address": "Safe flat 4"})
    case = w.a.work.add("case", {"defender": d, "programme": "relocation", "title": "Owl"})
    scope.share(w.a.session, case, w.a.id_of(w.b))
    relay(w.a, w.b, w.root, "context")
    assert d in held_ids(w.b) and "+254 700 000 001" not in every_text(w.b)
    version = m.forge(w.a, d, "defender", {
        "name": "Context", "codename": "Owl II", "country": "KE",
        "contact": "+1 555 0100 (attacker)", "address": "Elsewhere"})
    summary = m.send(w.root, w.a, [version])
    assert summary.proposed == 1 and summary.refused == 0
    now = shown(w.a, "defender", d)
    assert (now["contact"], now["address"]) == ("+254 700 000 001", "Safe flat 4")
    assert now["codename"] == "Owl II", "a field B was given applies"
    waiting = [(p.record_id, p.proposed) for p in conflicts.list_proposals(w.a.session)]
    assert waiting == [(d, {"contact": "+1 555 0100 (attacker)", "address": "Elsewhere"})]
    m.send(w.root, w.a, [version])  # the same version again, its values complete
    now = shown(w.a, "defender", d)
    assert (now["contact"], now["address"]) == ("+254 700 000 001", "Safe flat 4")


# -- finding 2: deleting or overwriting any record whose id it knows ----------------------------


def test_2_records_outside_the_senders_scope_are_neither_overwritten_nor_deleted(
    world: World,
) -> None:
    w = world
    m = w.mallory
    before = shown(w.a, "defender", w.x)
    summary = m.send(w.root, w.a, [
        m.forge(w.a, w.x, "defender", {"name": "Overwritten"}),
        m.forge(w.a, w.n, "defender", {}, deleted=True),
        m.forge(w.a, w.k, "case", {}, deleted=True),
        m.forge(w.a, w.s_related, "related", {}, deleted=True),  # in scope: applies
    ])
    assert summary.refused == 3 and summary.applied == 1
    assert shown(w.a, "defender", w.x) == before
    assert not shown(w.a, "defender", w.n)["deleted"] and not shown(w.a, "case", w.k)["deleted"]
    assert shown(w.a, "related", w.s_related)["deleted"]
    x_versions = w.a.session.conn.execute(
        "SELECT count(*) FROM versions WHERE record_id = ?", (w.x,)).fetchone()[0]
    assert x_versions == 1, "nothing of the refused versions is kept"


# -- finding 3: other kinds first received from a colleague, whatever the consent ----------------


def test_3_a_related_person_received_from_a_colleague_stops_when_consent_is_withdrawn(
    world: World,
) -> None:
    w = world
    m = w.mallory
    person = "0d6f3c1e-0000-4000-8000-0000000000d1"
    m.send(w.root, w.a, [m.forge(w.a, person, "related", {"defender": w.s, "name": "Cousin",
                                                          "relationship": "other"})])
    relay(w.a, w.b, w.root, "before")
    w.a.work.edit("defender", w.s, {"consent": "none"})
    w.a.work.edit("related", person, {"notes": SAFEHOUSE})
    assert person not in sent_to(w.a, w.b)


# -- finding 4: revocation bypassed by relay ------------------------------------------------------


def test_4_a_revoked_colleagues_changes_are_refused_from_any_relay(world: World) -> None:
    w = world
    # B and C share S with each other (C accepts B's changes to it), then A revokes B
    scope.share(w.b.session, w.s, w.b.id_of(w.c))
    scope.share(w.c.session, w.s, w.c.id_of(w.b))
    colleagues.revoke_colleague(w.a.session, w.a.id_of(w.b))
    # B edits S and sends it to C, which still trusts B; C edits S too and syncs to A
    w.c.work.edit("defender", w.s, {"organisation": "C's edit"})
    w.b.work.edit("defender", w.s, {"region": "B after revocation"})
    relay(w.b, w.c, w.root, "b")
    assert shown(w.c, "defender", w.s)["region"] == "B after revocation"
    summary = relay(w.c, w.a, w.root, "c")
    assert summary is not None and summary.refused >= 1
    s = shown(w.a, "defender", w.s)
    assert s.get("region") != "B after revocation"
    assert s["organisation"] == "C's edit", "the rest of the relay's bundle applied"
    # the revocation travels as a signed notice; C's caseworker decides
    summary = relay(w.a, w.c, w.root, "notice")
    assert summary is not None and summary.notices == 1
    told = colleagues.standing(w.c.session)[w.c.id_of(w.b)]
    assert told.revoked_by and told.revoked_by[0][0] == "A"
    assert not colleagues.get_colleague(w.c.session, w.c.id_of(w.b)).revoked
    w.c.close()
    listing = ok(w.c.directory, "colleague", "list").out
    assert "A says it revoked this colleague" in listing


# -- finding 5: purge, pending versions --------------------------------------------------------


def test_5_purge_removes_pending_versions_and_refuses_later_ones(world: World) -> None:
    w = world
    m = w.mallory
    marker = "parked: the school in Kibera"
    waiting = m.forge(w.a, w.s_related, "related", {"notes": marker}, counter=5)
    assert m.send(w.root, w.a, [waiting]).pending == 1
    assert marker in every_text(w.a)
    w.a.work.delete("related", w.s_related)
    w.a.work.purge(w.s_related)
    assert marker not in every_text(w.a), "purge leaves nothing waiting"
    again = m.send(w.root, w.a, [
        m.forge(w.a, w.s_related, "related", {"notes": marker}),
        m.forge(w.a, w.s_related, "related", {"notes": marker}, counter=9),
        m.forge(w.a, w.s, "defender", {"region": "still works"}),
    ])
    assert again.refused == 2 and again.applied == 1
    assert marker not in every_text(w.a)
    assert w.a.session.conn.execute("SELECT count(*) FROM pending_versions").fetchone()[0] == 0


def test_5_pending_versions_expire_and_are_capped_per_colleague(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world
    m = w.mallory
    m.send(w.root, w.a, [m.forge(w.a, w.s, "defender", {"notes": "n1"}, counter=7)])
    w.a.session.conn.execute("UPDATE pending_versions SET received_at = '2000-01-01T00:00:00'")
    summary = m.send(w.root, w.a, [m.forge(w.a, w.s_incident, "incident", {"location": "r"})])
    assert summary.expired == 1 and summary.applied == 1
    monkeypatch.setattr(received, "MAX_PENDING", 2)
    parked = m.send(w.root, w.a, [m.forge(w.a, w.s_case, "case", {"title": f"t{n}"},
                                          counter=10 + n) for n in range(3)])
    assert parked.pending == 2 and parked.refused == 1
    assert w.a.session.conn.execute("SELECT count(*) FROM pending_versions").fetchone()[0] == 2


# -- finding 6: equivocation ---------------------------------------------------------------------


def test_6_two_versions_with_one_counter_are_quarantined_and_exchange_goes_on(
    world: World,
) -> None:
    w = world
    m = w.mallory
    first = m.forge(w.a, w.s, "defender", {"region": "one"})
    m.send(w.root, w.a, [first])
    twin = m.forge(w.a, w.s, "defender", {"region": "two"}, counter=first.counter)
    new_record = "0d6f3c1e-0000-4000-8000-0000000000e1"
    summary = m.send(w.root, w.a, [twin, m.forge(
        w.a, new_record, "incident", {"defenders": [w.s], "category": "digital",
                                      "occurred": "2024"})])
    assert summary.quarantined == 1 and summary.new_records == 1, "the rest applied"
    assert shown(w.a, "defender", w.s)["region"] == "one"
    standing = colleagues.standing(w.a.session)[w.a.id_of(w.b)]
    assert standing.suspect and "counter" in standing.suspect
    later = m.send(w.root, w.a, [m.forge(w.a, w.s, "defender", {"region": "three"})])
    assert later.applied == 1, "later bundles still import"
    w.a.close()
    assert "SUSPECT" in ok(w.a.directory, "colleague", "list").out


# -- finding 7: hostile clocks ---------------------------------------------------------------------


def test_7_far_future_clocks_are_shown_clamped_never_raised(world: World) -> None:
    w = world
    m = w.mallory
    w.a.work.edit("defender", w.s, {"region": "here"})
    held = frontier(load_versions(w.a.session.conn, w.s))
    assert len(held) == 1
    # concurrent with A's edit: a conflict whose other side claims the year 287396
    from hrd_desk.history.versions import make_version

    base = {w.a.vault_id: 1}
    hostile = make_version(w.b.identity, record_id=w.s, kind="defender", origin=w.b.vault_id,
                           counter=1, vector={**base, w.b.vault_id: 1},
                           hlc=(2**53 - 1, 0), deleted=False, fields={"region": "there"})
    summary = m.send(w.root, w.a, [hostile])
    assert summary.future_clocks == 1
    bundle = m.seal(w.root / "huge.hrdb", w.a, [], created_at=2**53 - 1)
    w.a.close()
    listing = ok(w.a.directory, "conflicts", "list").out
    assert "far in the future" in listing
    inspected = ok(w.a.directory, "inspect", str(bundle)).out
    assert "far in the future" in inspected


# -- finding 8: terminal escapes and bidi controls -------------------------------------------------


def _inbox(office: Office, drop: Path, sender: Office) -> Path:
    """The drop folder's subfolder for the pair (office, sender) (issue 10), made."""
    from hrd_desk.services.dropfolder import pair_folder
    from hrd_desk.store.colleagues import find_by_vault_id

    colleague = find_by_vault_id(office.session.conn, sender.vault_id)
    assert colleague is not None
    folder = pair_folder(office.session, drop, colleague)
    folder.mkdir(parents=True)
    return folder


def test_8_outside_strings_are_shown_with_controls_made_visible(world: World) -> None:
    w = world
    m = w.mallory
    m.send(w.root, w.a, [m.forge(w.a, w.s, "defender", {"organisation": "abc\u202edcba"})])
    drop = w.root / "drop"
    inbox = _inbox(w.a, drop, m.office)  # the pair's subfolder (issue 10)
    crafted = "\x1b[2K\rimported from A: 99 new records\x1b[0m.hrdb"
    (inbox / crafted).write_bytes(os.urandom(300))
    w.a.close()
    shown_text = ok(w.a.directory, "defender", "show", w.s).out
    assert "\u202e" not in shown_text and "abc<U+202E>dcba" in shown_text
    synced = ok(w.a.directory, "sync", "--folder", str(drop)).out
    assert "\x1b" not in synced and "\r" not in synced
    assert "<U+001B>[2K<U+000D>imported from A" in synced


# -- finding 9: sync reports trust -----------------------------------------------------------------


def test_9_sync_names_an_unverified_sender_as_import_does(tmp_path: Path) -> None:
    with offices(tmp_path, "A", "B", verified=False) as made:
        a, b = made["A"], made["B"]
        defender = b.work.add("defender", {"name": "From B", "country": "KE",
                                           "consent": "colleagues",
                                           "consent_date": "2024-01-15", "consent_how": "written"})
        drop = tmp_path / "drop"
        inbox = _inbox(a, drop, b)
        exchange.export_bundle(b.session, inbox / "b.hrdb", to=[b.id_of(a)],
                               defenders=[defender], allow_unverified=True)
        a.close()
        synced = ok(a.directory, "sync", "--folder", str(drop))
        assert "imported from B (NOT VERIFIED)" in synced.out


# -- finding 10: the manifest's schema version ----------------------------------------------------


def test_10_a_bundle_of_a_newer_schema_is_refused_and_changes_nothing(world: World) -> None:
    w = world
    m = w.mallory
    path = m.seal(w.root / "newer.hrdb", w.a, [m.forge(w.a, w.s, "defender", {"region": "r"})],
                  schema_version=LATEST + 1)
    rejection = refused(w.a, path, "newer schema")
    assert f"schema {LATEST + 1}" in rejection.message and "update hrd-desk" in rejection.message
    with unchanged(w.a), pytest.raises(BundleRejected):
        exchange.import_bundle(w.a.session, path)
    older = m.seal(w.root / "older.hrdb", w.a,
                   [m.forge(w.a, w.s, "defender", {"region": "o"}, counter=1)],
                   schema_version=LATEST - 1)
    assert exchange.import_bundle(w.a.session, older).applied == 1


def test_outcome_names_are_the_ones_the_faces_count() -> None:
    assert {o.value for o in Outcome} == {"duplicate", "stale", "applied", "pending",
                                          "proposed", "refused", "quarantined"}


def test_10_a_drop_folder_tries_a_newer_schemas_bundle_again_at_each_sync(world: World) -> None:
    from hrd_desk.services.dropfolder import sync_folder

    w = world
    m = w.mallory
    drop = w.root / "drop"
    m.seal(_inbox(w.a, drop, m.office) / "newer.hrdb", w.a,
           [m.forge(w.a, w.s, "defender", {"region": "r"})], schema_version=LATEST + 1)
    for _ in range(2):
        summary = sync_folder(w.a.session, drop)
        assert [why for _n, why in summary.damaged] == [
            f"bundle rejected (newer schema): made by a newer hrd-desk (records of schema "
            f"{LATEST + 1}; this one knows up to {LATEST}): update hrd-desk, then import it again"]


def test_10_a_later_bundle_format_says_update_and_is_tried_again_at_each_sync(
    world: World,
) -> None:
    """A bundle of a format this build does not know (a colleague updated first) is refused as
    "newer format", telling the caseworker to update, not as damage; the drop folder keeps it and
    tries it again at each sync. Bytes that only start like one stay a header failure."""
    from hrd_desk.services.dropfolder import sync_folder

    w = world
    m = w.mallory
    drop = w.root / "drop"
    inbox = _inbox(w.a, drop, m.office)
    m.seal(inbox / "later.hrdb", w.a, [m.forge(w.a, w.s, "defender", {"region": "r"})])
    later = inbox / "later.hrdb"
    later.write_bytes(b"\x05" + later.read_bytes()[1:])
    rejection = refused(w.a, later, "newer format")
    assert "update hrd-desk" in rejection.message and "format 5" in rejection.message
    for _ in range(2):
        summary = sync_folder(w.a.session, drop)
        assert [why for _n, why in summary.damaged] == [rejection.message]
    seen = exchange.inspect_bundle(later, w.a.session)
    assert seen.possible_bundle and "newer hrd-desk" in seen.reason
    assert seen.addressed_to_me is None and seen.sender_fingerprint is None  # none of it known
    (inbox / "tab.hrdb").write_bytes(b"\t\x00\x02 not a bundle at all")
    refused(w.a, inbox / "tab.hrdb", "header failure")


def test_1_a_defender_exported_once_as_a_cases_context_keeps_what_was_withheld(
    world: World,
) -> None:
    """`export --case` (no `--keep-updated`) gives B the case's defender as context, without
    contact details or address, and notes it as exported to B (so B may change it): the sharing
    scope then does not reach it, and nothing was held back: B could put its own number there."""
    w = world
    m = w.mallory
    d = w.a.work.add("defender", {"name": "Once", "codename": "Kite", "country": "KE",
                                  "consent": "colleagues", "consent_date": "2024-01-15",
                                  "consent_how": "written", "contact": "+254 700 000 002",
                                  "address": "Safe flat 5"})
    case = w.a.work.add("case", {"defender": d, "programme": "relocation", "title": "Kite"})
    out = w.root / "case-once.hrdb"
    exchange.export_bundle(w.a.session, out, to=[w.a.id_of(w.b)], cases=[case])
    exchange.import_bundle(w.b.session, out)
    assert d in held_ids(w.b) and "+254 700 000 002" not in every_text(w.b)
    summary = m.send(w.root, w.a, [m.forge(w.a, d, "defender", {
        "name": "Once", "codename": "Kite II", "country": "KE",
        "contact": "+1 555 0101 (attacker)", "address": "Elsewhere"})])
    assert summary.proposed == 1 and summary.refused == 0
    now = shown(w.a, "defender", d)
    assert (now["contact"], now["address"]) == ("+254 700 000 002", "Safe flat 5")
    assert now["codename"] == "Kite II", "a field B was given applies"


def test_1_records_shared_by_other_families_do_not_make_a_context_defender_whole(
    world: World,
) -> None:
    """Found reviewing 6c1ef5e: a contact exported to B through S's family, named by B in an
    action about a context-only defender, joined that defender's family as a record exported
    to B, so the defender counted as given whole and B's rewrite of its contact details
    applied. An incident about two defenders does the same without any attacker. Only records
    that belong to one defender (related people, risk assessments, stays, tasks...) show that
    the defender itself went whole."""
    w = world
    m = w.mallory
    contact = w.a.work.add("contact", {"name": "Embassy desk", "contact_type": "embassy"})
    w.a.work.add("advocacy", {"action": "letter", "date": "2024-05-01", "defenders": [w.s],
                              "contacts": [contact]})
    d = w.a.work.add("defender", {"name": "Twice", "codename": "Wren", "country": "KE",
                                  "consent": "colleagues", "consent_date": "2024-01-15",
                                  "consent_how": "written", "contact": "+254 700 000 003"})
    w.a.work.add("incident", {"defenders": [w.s, d], "category": "digital",
                              "occurred": "2024-04", "description": "both"})
    case = w.a.work.add("case", {"defender": d, "programme": "relocation", "title": "Wren"})
    for name, what in (("s", {"defenders": [w.s]}), ("wren", {"cases": [case]})):
        # S's family once (the contact, the incident about both), then D as the case's context
        out = w.root / f"once-{name}.hrdb"
        exchange.export_bundle(w.a.session, out, to=[w.a.id_of(w.b)], **what)
        exchange.import_bundle(w.b.session, out)
    assert contact in held_ids(w.b) and "+254 700 000 003" not in every_text(w.b)
    action = "0d6f3c1e-0000-4000-8000-0000000000a7"
    summary = m.send(w.root, w.a, [
        m.forge(w.a, action, "advocacy", {"action": "meeting", "date": "2024-06-01",
                                          "defenders": [d], "contacts": [contact]}),
        m.forge(w.a, d, "defender", {"name": "Twice", "codename": "Wren",
                                     "contact": "+1 555 0102 (attacker)"})])
    assert summary.proposed == 1
    assert shown(w.a, "defender", d)["contact"] == "+254 700 000 003"


@pytest.mark.parametrize("lowered_by", ["colleague", "caseworker", "deleted here"])
def test_1_a_partner_cannot_rewrite_redacted_fields_once_the_record_stops_leaving_for_it(
    world: World, lowered_by: str,
) -> None:
    """A partner holds a shared defender redacted (codename, country). Once the defender no
    longer leaves for it (consent lowered, by the partner itself, which applies, or by A's
    caseworker; or the defender deleted here), the rule withheld nothing from it any more and
    its next edit wrote the name, contact details and address it was never given."""
    w = world
    m = w.mallory
    colleagues.set_colleague_kind(w.a.session, w.a.id_of(w.b), "partner")
    d = w.a.work.add("defender", {"name": "Real Name", "codename": "Heron", "country": "KE",
                                  "consent": "partners", "consent_date": "2024-01-15",
                                  "consent_how": "written", "contact": "+254 700 000 003",
                                  "address": "Safe flat 6"})
    scope.share(w.a.session, d, w.a.id_of(w.b))
    relay(w.a, w.b, w.root, "partner")
    assert d in held_ids(w.b) and "+254 700 000 003" not in every_text(w.b)
    if lowered_by == "colleague":
        lowered = m.send(w.root, w.a, [m.forge(w.a, d, "defender", {"consent": "colleagues"})])
        assert lowered.applied == 1
    elif lowered_by == "caseworker":
        w.a.work.edit("defender", d, {"consent": "none"})
    else:
        w.a.work.delete("defender", d)
    summary = m.send(w.root, w.a, [m.forge(w.a, d, "defender", {
        "name": "Attacker's pick", "codename": "Heron II",
        "contact": "+1 555 0102 (attacker)", "address": "Elsewhere"})])
    assert summary.refused == 0
    now = shown(w.a, "defender", d)
    assert (now["name"], now["contact"], now["address"]) == (
        "Real Name", "+254 700 000 003", "Safe flat 6")
    assert now["codename"] == "Heron II", "a field the partner was given applies"


def test_1_a_partner_rewrites_its_own_defenders_values_not_those_written_here(
    world: World,
) -> None:
    """The creator of a record was exempt: a partner that made a defender could overwrite the
    contact details and address a caseworker here wrote in it, which the rule never sends to a
    partner (its own number where caseworkers call the defender). Its own values it still
    changes at once."""
    w = world
    m = w.mallory
    colleagues.set_colleague_kind(w.a.session, w.a.id_of(w.b), "partner")
    d = "0d6f3c1e-0000-4000-8000-0000000000d1"
    made = m.send(w.root, w.a, [m.forge(w.a, d, "defender", {
        "name": "Partner's defender", "codename": "Ibis", "country": "KE",
        "contact": "+254 700 000 010 (partner)"})])
    assert made.new_records == 1
    w.a.work.edit("defender", d, {"address": "Safe flat 7", "legal_name": "Legal Name"})
    summary = m.send(w.root, w.a, [m.forge(w.a, d, "defender", {
        "codename": "Ibis II", "contact": "+254 700 000 011 (partner)",
        "address": "Elsewhere (attacker)", "legal_name": "Attacker's pick"})])
    assert summary.proposed == 1 and summary.refused == 0
    now = shown(w.a, "defender", d)
    assert (now["address"], now["legal_name"]) == ("Safe flat 7", "Legal Name")
    assert (now["codename"], now["contact"]) == ("Ibis II", "+254 700 000 011 (partner)"), \
        "what the partner wrote itself it changes"
    waiting = [(p.record_id, p.proposed) for p in conflicts.list_proposals(w.a.session)]
    assert waiting == [(d, {"address": "Elsewhere (attacker)", "legal_name": "Attacker's pick"})]
