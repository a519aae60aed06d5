"""Fill a vault with realistic-looking, invented casework for benchmarks and speed checks.

Shared by bench/bench_gui.py, bench/bench_vault.py and quick scripts: one way to build a big vault.
Everything goes through RecordStore (signed versions, display rows, links, search index, audit),
grouped in RecordStore.batch() transactions, so the vault looks exactly like one a caseworker
filled by hand, only bigger. Values are valid by construction (the vocabularies' own slugs), so the
services' per-record validation and reference look-ups are skipped to keep it quick.

    from bench.populate import populate
    made = populate(session, defenders=10_000, incidents=100_000)   # into an open session
    path = populated_vault(tmp / "vault", 10_000, 100_000)           # built once, then copied

Run directly to build a vault on disk:

    .venv/bin/python bench/populate.py /tmp/bigvault --passphrase 'correct horse' \
        --defenders 10000 --incidents 100000
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hrd_desk.model.vocab import (
    CASE_STATUSES,
    CHANNELS,
    FIELDS_OF_WORK,
    INCIDENT_SOURCES,
    INCIDENT_STATUSES,
    PERPETRATOR_TYPES,
    PROGRAMMES,
    RELATIONSHIPS,
    THREAT_CATEGORIES,
    THREAT_SUBTYPES,
)
from hrd_desk.services.session import Session

COUNTRIES = ("KE", "CO", "PH", "HN", "MX", "BY", "RU", "TR", "EG", "SY", "IR", "AF", "MM", "VE",
             "NI", "GT", "BR", "IN", "PK", "BD", "UG", "ZW", "CM", "SD", "AZ")
_FIRST = ("Amina", "Luis", "Maria", "Olga", "Farid", "Grace", "Nasrin", "Tomas", "Ana", "Yusuf",
          "Leila", "Pedro", "Irina", "Samuel", "Fatima", "Carlos", "Noor", "Ali", "Sofia", "Jin",
          "Élodie", "Zeynep", "Dawit", "Rania", "Ngozi", "Aung", "Marisol", "Hamid", "Ayşe", "Kofi")
_LAST = ("Okoye", "García", "Petrova", "Haddad", "Mensah", "Rahimi", "Novak", "Silva", "Demir",
         "Mwangi", "Castillo", "Ivanova", "Karimi", "Nasser", "Moreno", "Tan", "Bello", "Aziz",
         "Herrera", "Kaya", "Lwanga", "Rojas", "Sokolova", "Farah", "Mendoza")
_CODE_A = ("Blue", "Red", "Green", "Silver", "Amber", "Quiet", "North", "River", "Stone", "Olive")
_CODE_B = ("Heron", "Fox", "Cedar", "Lantern", "Harbour", "Kite", "Falcon", "Willow", "Anchor")
_DESCRIPTIONS = (
    "Threatening message received after the public hearing",
    "Unknown men waited outside the office for two evenings",
    "Account login attempts from abroad, password reset requested",
    "Relative questioned by police about the defender's work",
    "Article in state media called the organisation foreign agents",
    "Summons to appear before the prosecutor without stated charges",
    "Phone calls at night with silence on the line",
    "Car followed from the community meeting to the city",
    "Office visited by tax inspectors for the third time this year",
    "Social media posts sharing the home address",
)


@dataclass
class Populated:
    """Ids made, for callers that want to pick records (e.g. open one defender's page)."""

    defenders: list[str]
    related: list[str]
    cases: list[str]
    incidents: list[str]
    seconds: float


def _day(rng: random.Random, start: date, span_days: int) -> date:
    return start + timedelta(days=rng.randrange(span_days))


def _occurred(rng: random.Random, today: date) -> str:
    """Mostly exact days, some months, years, minutes and ranges, like real reports."""
    day = _day(rng, today - timedelta(days=5 * 365), 5 * 365)
    roll = rng.random()
    if roll < 0.70:
        return day.isoformat()
    if roll < 0.85:
        return f"{day.year:04d}-{day.month:02d}"
    if roll < 0.90:
        return f"{day.year:04d}"
    if roll < 0.95:
        return f"{day.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}"
    end = min(day + timedelta(days=rng.randrange(1, 30)), today)
    return f"{day.isoformat()}..{max(end, day).isoformat()}"


def populate(
    session: Session,
    defenders: int = 10_000,
    incidents: int = 100_000,
    *,
    seed: int = 20240601,
    batch_size: int = 5_000,
    today: date | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> Populated:
    """Add `defenders` defenders (one related person for about half, one case each for about
    two thirds) and `incidents` incidents spread over them and the last five years.

    Deterministic for a given seed. Writes in transactions of `batch_size` records.
    """
    rng = random.Random(seed)
    today = today or date.today()
    store = session.store
    started = time.perf_counter()
    made = Populated([], [], [], [], 0.0)
    categories = THREAT_CATEGORIES.slugs()
    relationships = RELATIONSHIPS.slugs()

    def chunks(total: int, label: str, make: Callable[[int], None]) -> None:
        done = 0
        while done < total:
            step = min(batch_size, total - done)
            with store.batch():
                for i in range(done, done + step):
                    make(i)
            done += step
            if progress:
                progress(label, done, total)

    def make_defender(i: int) -> None:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        values: dict[str, Any] = {
            "name": name,
            "country": rng.choice(COUNTRIES),
            "field_of_work": rng.choice(FIELDS_OF_WORK.slugs()),
            "consent": "colleagues",
            "organisation": f"Association {i % 997}",
        }
        if rng.random() < 0.6:
            values["codename"] = f"{rng.choice(_CODE_A)} {rng.choice(_CODE_B)} {i}"
        if rng.random() < 0.5:
            values["legal_name"] = f"{name} {rng.choice(_LAST)}"
            values["contact"] = f"+000 {rng.randrange(10**7):07d}"
        made.defenders.append(store.create("defender", values))

    chunks(defenders, "defenders", make_defender)

    targets_of: dict[str, list[str]] = {}

    def make_related(i: int) -> None:
        defender = made.defenders[i * 2 % len(made.defenders)]
        person = store.create("related", {
            "defender": defender,
            "name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            "relationship": rng.choice(relationships),
        })
        made.related.append(person)
        targets_of.setdefault(defender, []).append(person)

    if made.defenders:
        chunks(len(made.defenders) // 2, "related people", make_related)

    case_of: dict[str, str] = {}

    def make_case(i: int) -> None:
        defender = made.defenders[i]
        opened = _day(rng, today - timedelta(days=3 * 365), 3 * 365)
        case = store.create("case", {
            "defender": defender,
            "programme": rng.choice(PROGRAMMES.slugs()),
            "status": rng.choice(CASE_STATUSES.slugs()),
            "opened": opened.isoformat(),
            "priority": rng.choice(("urgent", "high", "normal", "normal", "low")),
        })
        made.cases.append(case)
        case_of[defender] = case

    chunks(len(made.defenders) * 2 // 3, "cases", make_case)

    def make_incident(i: int) -> None:
        # Skewed, as in real caseloads: a fifth of incidents concern the 1% most targeted.
        hot = max(1, len(made.defenders) // 100)
        pool = hot if rng.random() < 0.2 else len(made.defenders)
        defender = made.defenders[rng.randrange(pool)]
        category = rng.choice(categories)
        values: dict[str, Any] = {
            "defenders": [defender],
            "category": category,
            "occurred": _occurred(rng, today),
            "description": rng.choice(_DESCRIPTIONS),
            "status": rng.choice(INCIDENT_STATUSES.slugs()),
        }
        if rng.random() < 0.8:
            values["severity"] = rng.randint(1, 5)
        subtypes = THREAT_SUBTYPES[category].slugs()
        if subtypes and rng.random() < 0.7:
            values["subtype"] = rng.choice(subtypes)
        if rng.random() < 0.6:
            values["channel"] = rng.choice(CHANNELS.slugs())
            values["perpetrator"] = rng.choice(PERPETRATOR_TYPES.slugs())
            values["source"] = rng.choice(INCIDENT_SOURCES.slugs())
        if rng.random() < 0.2:
            values["also"] = [rng.choice([c for c in categories if c != category])]
        if category == "family" and targets_of.get(defender):
            values["targets"] = [targets_of[defender][0]]
        if defender in case_of and rng.random() < 0.5:
            values["case"] = case_of[defender]
        made.incidents.append(store.create("incident", values))

    if made.defenders:
        chunks(incidents, "incidents", make_incident)
    made.seconds = time.perf_counter() - started
    return made


BENCH_PASSPHRASE = "correct horse battery staple"


def populated_vault(
    target: Path,
    defenders: int = 10_000,
    incidents: int = 100_000,
    *,
    cache_dir: Path | None = None,
) -> Path:
    """A vault directory at `target` (passphrase BENCH_PASSPHRASE) holding the populated data,
    built once per size and copied afterwards: building 110,000 records takes about a minute,
    copying well under a second. The cached copy (default: in the temp dir) holds invented data.
    """
    from hrd_desk.services.session import create_vault, open_session

    cache_root = cache_dir or Path(tempfile.gettempdir()) / "hrd-desk-bench"
    cached = cache_root / f"vault-{defenders}-{incidents}"
    if not (cached / "keyslots").exists():
        building = cache_root / f"building-{os.getpid()}"
        shutil.rmtree(building, ignore_errors=True)
        cache_root.mkdir(parents=True, exist_ok=True)
        create_vault(building, BENCH_PASSPHRASE)
        with open_session(building, BENCH_PASSPHRASE) as session:
            populate(session, defenders, incidents)
            session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        building.rename(cached)
    shutil.copytree(cached, target)
    return target


def main(argv: list[str] | None = None) -> int:
    from hrd_desk.services.session import create_vault, open_session

    parser = argparse.ArgumentParser(description="Build a big vault of invented casework.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--passphrase", required=True)
    parser.add_argument("--defenders", type=int, default=10_000)
    parser.add_argument("--incidents", type=int, default=100_000)
    args = parser.parse_args(argv)
    if not (args.directory / "keyslots").exists():
        create_vault(args.directory, args.passphrase)
    with open_session(args.directory, args.passphrase) as session:
        made = populate(
            session, args.defenders, args.incidents,
            progress=lambda label, done, total: print(f"{label}: {done}/{total}", flush=True),
        )
    print(f"{len(made.defenders)} defenders, {len(made.related)} related people, "
          f"{len(made.cases)} cases, {len(made.incidents)} incidents in {made.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
