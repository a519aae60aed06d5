"""The training course as a caseworker acts on it (desk.training): enrol a defender in an
edition with the modules they attend, an edition's participants, a defender's trainings.

Editions and participants are records (added, edited and deleted through `Casework`, which
applies network_rules.py); this module names the actions on top.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model.display import defender_title
from ..model.records import Stored
from .casework import Casework, RecordFilter
from .session import Session


class Training:
    def __init__(self, session: Session) -> None:
        self._work = Casework(session)

    def enrol(self, training_id: str, defender_id: str, modules: Sequence[str] = (),
              needs: str | None = None) -> str:
        """Enrol a defender in an edition; the new participant's id. A defender already
        enrolled there is refused (InvalidValue naming that participant)."""
        values: dict[str, object] = {"training": training_id, "defender": defender_id,
                                     "modules": list(modules)}
        if needs:
            values["needs"] = needs
        return self._work.add("participant", values)

    def participants(self, training_id: str) -> list[Stored]:
        """An edition's live participants, by their defender's title (codename, else name)."""
        self._work.get("training", training_id)
        found = self._work.list("participant",
                                RecordFilter(equals={"training": training_id}))
        titles = {p.id: defender_title(self._work.get("defender", str(p.get("defender"))).fields)
                  for p in found}
        return sorted(found, key=lambda p: (titles[p.id].casefold(), p.id))

    def trainings_of(self, defender_id: str) -> list[tuple[Stored, Stored]]:
        """(edition, participant) for each live edition the defender is enrolled in, the most
        recent edition first."""
        self._work.get("defender", defender_id)
        pairs: list[tuple[Stored, Stored]] = []
        for participant in self._work.list("participant", RecordFilter(defender=defender_id)):
            edition = self._work.get("training", str(participant.get("training")))
            if not edition.deleted:
                pairs.append((edition, participant))
        return sorted(pairs, key=lambda p: (str(p[0].get("starts") or ""), p[0].id),
                      reverse=True)
