"""Property (issue 11): whatever validly signed versions a hostile colleague sends, what this vault
sends a third office keeps this vault's scope and consent.

Three offices as in tests/test_colleague_authority.py: A holds S (shared with B and C), N
(consent `none`, with case K and incident I) and X (shared with nobody); B is hostile. B sends
random versions, sealed with the project's own writer: edits, deletions, consent changes, moves
of records to other defenders and cases, new records linked anywhere, with counters that follow
on, repeat (equivocation) or skip (pending), and clocks now or far in the future. After each of
B's bundles, A syncs to C through the public path (`sync.export_changes`, then C imports).

What must hold at C, the third office, every time:
- it holds no record beyond what it held before, except new records B made;
- it holds nothing of N, K, I or X, and no marker text of theirs;
- every record it held keeps the consent and the links A decided (B's content edits of records
  in its scope are legitimate and may travel; consent, scope and links may not).
And at A: no defender's consent is wider than A made it.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchange_support import offices
from hostile_support import Attacker, every_text, held_ids, relay
from hrd_desk.errors import BundleRejected
from hrd_desk.services import scope
from hrd_desk.services.received import CONSENT_ORDER, controlled_fields

SAFEHOUSE = "safehouse 12 Hill Road"
WITHHELD = "withheld: met the lawyer"
PRIVATE = "Private defender"
WORDS = ["raid", "visa", "court", "smear", "watch"]
LEVELS = ["none", "colleagues", "partners", "public"]

KINDS_OF = ["S", "S_related", "S_case", "S_incident", "N", "K", "I", "X"]
KIND = {"S": "defender", "S_related": "related", "S_case": "case", "S_incident": "incident",
        "N": "defender", "K": "case", "I": "incident", "X": "defender"}
DEFENDERS = ["S", "N", "X"]
CASES = ["S_case", "K"]


def _change(data: st.DataObject, kind: str) -> tuple[dict[str, Any], bool]:
    """(fields, deleted) of one hostile change to a record of `kind`."""
    choice = data.draw(st.sampled_from(["content", "link", "consent", "delete"]))
    if choice == "delete":
        return {}, True
    word = data.draw(st.sampled_from(WORDS))
    if kind == "defender":
        if choice == "consent":
            return {"consent": data.draw(st.sampled_from(LEVELS))}, False
        return {"region": word}, False
    if choice in ("link", "consent"):
        if kind == "incident":
            return ({"defenders": [data.draw(st.sampled_from(DEFENDERS))]}
                    if data.draw(st.booleans()) else {"case": data.draw(st.sampled_from(CASES))}
                    ), False
        return {"defender": data.draw(st.sampled_from(DEFENDERS))}, False
    return {{"case": "title", "related": "notes", "incident": "description"}[kind]: word}, False


def _new_record(data: st.DataObject) -> tuple[str, dict[str, Any]]:
    kind = data.draw(st.sampled_from(["incident", "case", "related"]))
    defender = data.draw(st.sampled_from(DEFENDERS))
    if kind == "incident":
        fields: dict[str, Any] = {"defenders": [defender], "category": "digital",
                                  "occurred": "2024", "description": "new"}
        if data.draw(st.booleans()):
            fields["case"] = data.draw(st.sampled_from(CASES))
        return kind, fields
    if kind == "case":
        return kind, {"defender": defender, "programme": "relocation"}
    return kind, {"defender": defender, "name": "Cousin", "relationship": "other"}


def _resolve(ids: dict[str, str], fields: dict[str, Any]) -> dict[str, Any]:
    def one(v: Any) -> Any:
        return ids.get(v, v) if isinstance(v, str) else v
    return {k: [one(x) for x in v] if isinstance(v, list) else one(v) for k, v in fields.items()}


def _controlled_view(office: Any, ids: set[str]) -> dict[str, dict[str, Any]]:
    """record id -> its consent and links as `office` shows them."""
    view = {}
    for record_id in ids:
        row = office.session.conn.execute("SELECT kind FROM records WHERE id = ?",
                                          (record_id,)).fetchone()
        stored = office.work.get(str(row[0]), record_id)
        view[record_id] = {n: stored.fields.get(n) for n in controlled_fields(stored.kind)}
    return view


@pytest.mark.timeout(900)  # three vaults per example; slow on a loaded machine
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_hostile_versions_never_change_what_a_third_office_receives(data: st.DataObject) -> None:
    root = Path(tempfile.mkdtemp(prefix="hrd-hostile-"))
    try:
        with offices(root, "A", "B", "C") as made:
            a, b, c = made["A"], made["B"], made["C"]
            ids: dict[str, str] = {}
            ids["S"] = a.work.add("defender", {"name": "Shared", "consent": "colleagues",
                    "consent_date": "2024-01-15", "consent_how": "written"})
            ids["S_related"] = a.work.add("related", {"defender": ids["S"], "name": "Sibling",
                                                      "relationship": "sibling"})
            ids["S_case"] = a.work.add("case", {"defender": ids["S"], "programme": "relocation"})
            ids["S_incident"] = a.work.add("incident", {
                "defenders": [ids["S"]], "category": "digital", "occurred": "2024",
                "description": "phishing"})
            ids["N"] = a.work.add("defender", {"name": "Hidden", "consent": "none"})
            ids["K"] = a.work.add("case", {"defender": ids["N"], "programme": "relocation",
                                           "notes": SAFEHOUSE})
            ids["I"] = a.work.add("incident", {"defenders": [ids["N"]], "category": "digital",
                                               "occurred": "2024", "description": WITHHELD,
                                               "case": ids["K"]})
            ids["X"] = a.work.add("defender", {"name": PRIVATE, "consent": "colleagues",
                    "consent_date": "2024-01-15", "consent_how": "written"})
            for other in (b, c):
                scope.share(a.session, ids["S"], a.id_of(other))
                relay(a, other, root, "start")
            hidden = {ids[n] for n in ("N", "K", "I", "X")}
            baseline = held_ids(c)
            decided = _controlled_view(c, baseline)
            consent_before = {d: a.work.get("defender", ids[d]).fields["consent"]
                              for d in DEFENDERS}
            mallory = Attacker(b)
            created: set[str] = set()
            for round_no in range(data.draw(st.integers(1, 3))):
                versions = []
                for _ in range(data.draw(st.integers(1, 5))):
                    wall = data.draw(st.sampled_from([None, None, 2**53 - 1]))
                    if data.draw(st.integers(0, 4)) == 0:
                        kind, fields = _new_record(data)
                        record_id = str(uuid.uuid4())
                        created.add(record_id)
                        versions.append(mallory.forge(a, record_id, kind, _resolve(ids, fields),
                                                      wall=wall))
                        continue
                    target = data.draw(st.sampled_from(KINDS_OF))
                    fields, deleted = _change(data, KIND[target])
                    counter = None
                    step = data.draw(st.sampled_from(["next", "next", "reuse", "skip"]))
                    last = mallory.counters.get(ids[target], 0)
                    if step == "reuse" and last:
                        counter = last
                    elif step == "skip":
                        counter = last + 3
                    versions.append(mallory.forge(a, ids[target], KIND[target],
                                                  _resolve(ids, fields), deleted=deleted,
                                                  counter=counter, wall=wall))
                try:
                    mallory.send(root, a, versions)
                except BundleRejected as exc:  # pragma: no cover - would be a bug in the rule
                    raise AssertionError(f"a validly signed bundle was refused: {exc}") from exc
                relay(a, c, root, f"r{round_no}")

                held = held_ids(c)
                assert held <= baseline | created, "C got a record of A's it was not given"
                assert not held & hidden
                text = every_text(c)
                assert SAFEHOUSE not in text and WITHHELD not in text and PRIVATE not in text
                assert _controlled_view(c, baseline & held) == {
                    r: v for r, v in decided.items() if r in held}, "consent or links moved"
                for d in DEFENDERS:
                    now = a.work.get("defender", ids[d]).fields["consent"]
                    assert CONSENT_ORDER.index(now) <= CONSENT_ORDER.index(consent_before[d])
    finally:
        shutil.rmtree(root, ignore_errors=True)
