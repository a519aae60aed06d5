"""Network contacts and advocacy as a caseworker reads them (desk.network): the advocacy actions
about a defender, and those a contact was involved in.

Contacts and actions are records (added, edited and deleted through `Casework`); a contact's way
to reach them and an action's outcome and follow-up are sensitive fields (model/records.py), so
they are masked and withheld from partners like every other sensitive field (docs/sharing.md).
"""

from __future__ import annotations

from ..model.records import Stored
from .casework import Casework, RecordFilter
from .session import Session


class Network:
    def __init__(self, session: Session) -> None:
        self._work = Casework(session)

    def advocacy_of(self, defender_id: str) -> list[Stored]:
        """Live advocacy actions concerning the defender, the most recent first."""
        self._work.get("defender", defender_id)
        return self._work.list("advocacy", RecordFilter(defender=defender_id))

    def advocacy_with(self, contact_id: str) -> list[Stored]:
        """Live advocacy actions the contact was involved in, the most recent first."""
        self._work.get("contact", contact_id)
        return self._work.list("advocacy", RecordFilter(links={"contacts": contact_id}))
