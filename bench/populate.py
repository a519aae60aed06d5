"""Fill a vault with realistic-looking, invented casework for benchmarks and speed checks.

Shared by bench/bench_gui.py, bench/bench_vault.py and quick scripts: one way to build a big vault.
Everything goes through RecordStore (signed versions, display rows, links, search index, audit),
grouped in store.dbapi.transaction units, so the vault looks exactly like one a caseworker
filled by hand, only bigger. Names mix Latin diacritics and Arabic script; descriptions are
composed from Zipf-weighted parts (a few common words, a long tail of places and details, some
Spanish and Arabic), so full-text search meets realistic term frequencies. Values are valid by
construction (the vocabularies' own slugs), so the services' per-record validation and reference
look-ups are skipped to keep it quick.

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
from hrd_desk.store.dbapi import transaction

COUNTRIES = ("KE", "CO", "PH", "HN", "MX", "BY", "RU", "TR", "EG", "SY", "IR", "AF", "MM", "VE",
             "NI", "GT", "BR", "IN", "PK", "BD", "UG", "ZW", "CM", "SD", "AZ")
_FIRST = ("Amina", "Luis", "Maria", "Olga", "Farid", "Grace", "Nasrin", "Tomas", "Ana", "Yusuf",
          "Leila", "Pedro", "Irina", "Samuel", "Fatima", "Carlos", "Noor", "Ali", "Sofia", "Jin",
          "Élodie", "Zeynep", "Dawit", "Rania", "Ngozi", "Aung", "Marisol", "Hamid", "Ayşe", "Kofi",
          "José", "Łucja", "Gülşen", "Thị Lan", "Văn Minh", "Zoë", "Şükrü", "Inés", "Dragoș")
_LAST = ("Okoye", "García", "Petrova", "Haddad", "Mensah", "Rahimi", "Novak", "Silva", "Demir",
         "Mwangi", "Castillo", "Ivanova", "Karimi", "Nasser", "Moreno", "Tan", "Bello", "Aziz",
         "Herrera", "Kaya", "Lwanga", "Rojas", "Sokolova", "Farah", "Mendoza", "Nguyễn", "Núñez",
         "Wójcik", "Öztürk", "Çelik", "Trần", "Ramírez", "Müller", "Đặng", "Ó Briain")
# Names in Arabic script, some written with harakat (search must find them without).
_ARABIC = ("فاطمة الزهراء", "مُحَمَّد عَلِي", "ليلى حداد", "يوسف الخطيب", "نور الهدى", "عُمَر فاروق",
           "سلمى ناصر", "خالد منصور", "رَنِيا عَزِيز", "حسن البنا")
_CODE_A = ("Blue", "Red", "Green", "Silver", "Amber", "Quiet", "North", "River", "Stone", "Olive")
_CODE_B = ("Heron", "Fox", "Cedar", "Lantern", "Harbour", "Kite", "Falcon", "Willow", "Anchor")

# Incident descriptions are built from parts picked with Zipf-like weights (the first entries are
# common, the last rare), so full-text search meets realistic term frequencies: a few words in a
# large share of incidents, a long tail of places and details in a handful each.
_WHO = ("unknown men", "police officers", "a local official", "men in plain clothes",
        "soldiers", "a private security guard", "members of a paramilitary group",
        "a journalist from a state channel", "company employees", "a neighbour",
        "an anonymous account", "the mayor's office", "a prosecutor", "intelligence agents",
        "a landowner's representatives", "a religious leader", "border guards")
_DID = ("threatened", "followed", "photographed", "questioned", "insulted", "warned",
        "filmed", "searched", "detained", "intimidated", "called", "surrounded",
        "denounced", "pushed", "accused", "blackmailed", "impersonated")
_WHOM = ("the defender", "the defender and a colleague", "the defender's brother",
         "the defender's daughter", "staff of the organisation", "the defender's lawyer",
         "community leaders", "the defender's partner", "volunteers of the association")
_WHERE = ("outside the office", "at home", "near the community radio station",
          "on the road to the city", "at a checkpoint", "during the land rights protest",
          "after the public hearing", "at the court", "in the market", "at the mine entrance",
          "near the river crossing", "at the airport", "during a training workshop",
          "outside the school", "at the police station", "in the village square",
          "at the hospital", "during the funeral", "at the port", "on a bus")
_DIGITAL = ("Login attempts on the email account from abroad.",
            "A password reset was requested for the organisation's account.",
            "Messages on social media shared the home address.",
            "A fake profile used the defender's photo.",
            "The phone showed signs of spyware after a link was opened.",
            "Private chats were published on a blog.",
            "The website of the organisation was taken offline.",
            "An SMS with a death threat arrived at night.")
_LEGAL = ("A summons to appear before the prosecutor gave no charges.",
          "Tax inspectors visited the office for the third time this year.",
          "The organisation's registration was suspended.",
          "A defamation lawsuit was filed by the company.",
          "The bank account of the association was frozen.",
          "An arrest warrant was issued under the anti-terror law.")
_AFTER = ("The defender reported it to the national protection mechanism.",
          "Colleagues accompanied the defender home.",
          "The incident was documented with photographs.",
          "Witnesses confirmed the licence plate.",
          "The defender changed the daily route.",
          "A complaint was filed but no investigation opened.",
          "The family moved to a relative's house for a week.",
          "The defender did not want the incident made public.")
_PLACES = ("Nairobi", "Kisumu", "Medellín", "Cali", "Tegucigalpa", "San Pedro Sula", "Oaxaca",
           "Guerrero", "Minsk", "Gomel", "Diyarbakır", "Izmir", "Cairo", "Alexandria", "Aleppo",
           "Idlib", "Mashhad", "Herat", "Mandalay", "Sagaing", "Maracaibo", "León",
           "Quetzaltenango", "Belém", "Altamira", "Chhattisgarh", "Quetta", "Khulna", "Gulu",
           "Bulawayo", "Bamenda",
           "Darfur", "Ganja", "Kananga", "Tumaco", "Buenaventura", "Cajamarca", "Puno",
           "Marabá", "Lamu", "Turkana", "Mindanao", "Negros", "Bukidnon", "Sinaloa", "Chiapas")
_SPANISH = ("Amenazas por teléfono tras la audiencia pública.",
            "Hombres armados preguntaron por la defensora en la vereda.",
            "Panfleto con nombres de líderes sociales en la plaza.")
_ARABIC_TEXT = ("رسالة تهديد بعد الجلسة العلنية.", "استدعاء للتحقيق دون توضيح التهم.",
                "مراقبة المكتب من سيارة مجهولة.")
_ACTIONS = ("Safety plan reviewed with the defender.", "Emergency grant requested.",
            "Lawyer informed.", "Temporary relocation discussed.", "Phone replaced and accounts "
            "secured.", "Embassy contacts alerted.", "Follow-up call scheduled.")


def _zipf(rng: random.Random, items: tuple[str, ...]) -> str:
    """One item, the first ones far more often than the last (weights 1, 1/2, 1/3, ...)."""
    weights = _ZIPF_WEIGHTS.setdefault(len(items), [1 / (k + 1) for k in range(len(items))])
    return rng.choices(items, weights)[0]


_ZIPF_WEIGHTS: dict[int, list[float]] = {}


def _description(rng: random.Random, category: str, country: str) -> str:
    """One to three sentences, mostly English, some Spanish or Arabic where that is spoken."""
    if country in ("CO", "HN", "MX", "GT", "NI", "VE") and rng.random() < 0.15:
        return _zipf(rng, _SPANISH)
    if country in ("EG", "SY") and rng.random() < 0.2:
        return _zipf(rng, _ARABIC_TEXT)
    if category in ("digital", "phone") and rng.random() < 0.6:
        first = _zipf(rng, _DIGITAL)
    elif category == "legal" and rng.random() < 0.6:
        first = _zipf(rng, _LEGAL)
    else:
        first = (f"{_zipf(rng, _WHO).capitalize()} {_zipf(rng, _DID)} {_zipf(rng, _WHOM)} "
                 f"{_zipf(rng, _WHERE)}")
        first += f" in {_zipf(rng, _PLACES)}." if rng.random() < 0.5 else "."
    if rng.random() < 0.5:
        return f"{first} {_zipf(rng, _AFTER)}"
    return first


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
            with transaction(store.conn):
                for i in range(done, done + step):
                    make(i)
            done += step
            if progress:
                progress(label, done, total)

    country_of: dict[str, str] = {}

    def person_name() -> str:
        if rng.random() < 0.08:
            return rng.choice(_ARABIC)
        return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"

    def make_defender(i: int) -> None:
        name = person_name()
        country = rng.choice(COUNTRIES)
        values: dict[str, Any] = {
            "name": name,
            "country": country,
            "field_of_work": rng.choice(FIELDS_OF_WORK.slugs()),
            "consent": "colleagues",
            "consent_date": "2024-01-15",
            "consent_how": "written",
            "organisation": f"Association {i % 997}",
        }
        if rng.random() < 0.6:
            values["codename"] = f"{rng.choice(_CODE_A)} {rng.choice(_CODE_B)} {i}"
        if rng.random() < 0.5:
            values["legal_name"] = f"{name} {rng.choice(_LAST)}"
            values["contact"] = f"+000 {rng.randrange(10**7):07d}"
        made.defenders.append(store.create("defender", values))
        country_of[made.defenders[-1]] = country

    chunks(defenders, "defenders", make_defender)

    targets_of: dict[str, list[str]] = {}

    def make_related(i: int) -> None:
        defender = made.defenders[i * 2 % len(made.defenders)]
        person = store.create("related", {
            "defender": defender,
            "name": person_name(),
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
            "description": _description(rng, category, country_of[defender]),
            "status": rng.choice(INCIDENT_STATUSES.slugs()),
        }
        if rng.random() < 0.8:
            values["severity"] = rng.randint(1, 5)
        if rng.random() < 0.85:  # where it happened: mostly the defender's own country
            values["country"] = (country_of[defender] if rng.random() < 0.9
                                 else rng.choice(COUNTRIES))
        if rng.random() < 0.3:
            values["location"] = _zipf(rng, _PLACES)
        if rng.random() < 0.25:
            values["actions"] = _zipf(rng, _ACTIONS)
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
# Bump whenever populate() makes different data: cached vaults are keyed by it.
DATA_VERSION = 3  # 3: consent recorded with its date and how (issue 10: consent first)


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
    cached = cache_root / f"vault-v{DATA_VERSION}-{defenders}-{incidents}"
    if not (cached / "keyslots").exists():
        building = cache_root / f"building-{os.getpid()}"
        shutil.rmtree(building, ignore_errors=True)
        cache_root.mkdir(parents=True, exist_ok=True)
        create_vault(building, BENCH_PASSPHRASE)
        with open_session(building, BENCH_PASSPHRASE) as session:
            populate(session, defenders, incidents)
            session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        building.rename(cached)
    else:  # bring a cache made by an older schema up to date once, not in every copy
        with open_session(cached, BENCH_PASSPHRASE) as session:
            session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
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
