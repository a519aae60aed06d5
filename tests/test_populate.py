"""bench/populate.py skips the services' validation for speed: prove its records would pass it."""

import sys
from pathlib import Path

from hrd_desk.model.records import KINDS
from hrd_desk.services.casework import Casework, RecordFilter
from hrd_desk.services.session import Session
from hrd_desk.services.validation import clean_values

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.populate import populate


def test_populated_records_are_valid_and_linked(session: Session) -> None:
    made = populate(session, defenders=30, incidents=300, batch_size=100)
    work = Casework(session)
    assert work.count("defender") == 30
    assert work.count("incident") == 300
    assert work.count("related") == len(made.related) == 15
    for kind in ("defender", "related", "case", "incident"):
        for record in work.list(kind):
            clean_values(kind, {k: v for k, v in record.fields.items()
                                if v not in (None, [])}, partial=False)
            assert record.kind in KINDS
    per_defender = sum(work.count("incident", RecordFilter(defender=d)) for d in made.defenders)
    assert per_defender == 300
    for incident in work.list("incident", RecordFilter(category="family")):
        for person in incident.fields["targets"]:
            assert work.get("related", person).fields["defender"] in incident.fields["defenders"]
