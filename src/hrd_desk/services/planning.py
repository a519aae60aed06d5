"""Stays, check-ins and tasks as a caseworker acts on them: record a check-in done or missed,
close a task, list what is open or overdue, a defender's stays and tasks, the start screen.

Records are added and edited through `Casework` (which applies stay_rules.py); this module names
the actions on top. `today` is the caseworker's local calendar day (dashboard.local_today unless
a test injects another).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..errors import InvalidValue
from ..model.records import Stored
from ..store import agenda
from . import dashboard, stay_rules
from .casework import Casework, RecordFilter
from .session import Session

OPEN_TASKS = frozenset({"open"})
# a missed check-in stays open until someone acts on it (records a later contact as done)
OPEN_CHECKINS = frozenset({"scheduled", "missed"})
OPEN_STATUSES = {"task": OPEN_TASKS, "checkin": OPEN_CHECKINS}


class Planning:
    def __init__(self, session: Session,
                 today: Callable[[], date] = dashboard.local_today) -> None:
        self._session = session
        self._work = Casework(session)
        self._today = today

    def today(self) -> date:
        return self._today()

    # -- check-ins --------------------------------------------------------------------------

    def checkin_done(self, checkin_id: str, *, on: str | None = None, how: str | None = None,
                     note: str | None = None, concern: bool = False,
                     incident: str | None = None) -> bool:
        """Record a check-in as done (today unless `on`), how, a note, whether anything
        worrying was raised, and the incident it led to. Recording one done again keeps what it
        said unless told otherwise: its date, and a concern once raised."""
        current = self._work.get("checkin", checkin_id)
        values: dict[str, object] = {
            "status": "done",
            "done_at": on or current.get("done_at") or self.today().isoformat(),
            "concern": "raised" if concern else (current.get("concern") or "none")}
        values.update({k: v for k, v in (("how", how), ("note", note), ("incident", incident))
                       if v is not None})
        return self._work.edit("checkin", checkin_id, values)

    def checkin_missed(self, checkin_id: str) -> bool:
        current = self._work.get("checkin", checkin_id)
        if current.get("status") == "done":
            raise InvalidValue("status", f"check-in {checkin_id} was recorded as done")
        return self._work.edit("checkin", checkin_id, {"status": "missed"})

    def checkins(self, relocation: str | None = None, *, open_only: bool = False
                 ) -> list[Stored]:
        """Check-ins by due date; `open_only`: those scheduled or missed."""
        flt = RecordFilter(status=sorted(OPEN_CHECKINS) if open_only else ())
        if relocation is not None:
            self._work.get("relocation", relocation)
            flt.equals["relocation"] = relocation
        return self._work.list("checkin", flt)

    # -- tasks ------------------------------------------------------------------------------

    def task_done(self, task_id: str) -> bool:
        self._work.get("task", task_id)
        return self._work.edit("task", task_id, {"status": "done"})

    def tasks(self, *, open_only: bool = False, overdue_only: bool = False,
              limit: int | None = None, offset: int = 0) -> list[Stored]:
        """Tasks by due date; overdue ones are open and due before today."""
        flt = RecordFilter(status=sorted(OPEN_TASKS) if open_only or overdue_only else ())
        if not overdue_only:
            return self._work.list("task", flt, limit=limit, offset=offset)
        today = self.today()
        flt.date_to = today
        overdue = [t for t in self._work.list("task", flt)
                   if stay_rules.is_overdue(t.get("due"), t.get("status"), today, OPEN_TASKS)]
        return overdue[offset:None if limit is None else offset + limit]

    def is_overdue(self, task: Stored) -> bool:
        return stay_rules.is_overdue(task.get("due"), task.get("status"), self.today(),
                                     OPEN_TASKS)

    # -- a defender's stays and tasks -------------------------------------------------------

    def stays_of(self, defender: str) -> list[Stored]:
        return self._work.list("relocation", RecordFilter(defender=defender))

    def tasks_of(self, defender: str) -> list[Stored]:
        """Tasks about the defender or one of their stays, by due date."""
        found = {t.id: t for t in self._work.list("task", RecordFilter(defender=defender))}
        for stay in self.stays_of(defender):
            found.update((t.id, t) for t in self._work.list(
                "task", RecordFilter(equals={"relocation": stay.id})))
        return sorted(found.values(), key=lambda t: (t.get("due") or "9999", t.id))

    def next_checkins(self, stays: list[str]) -> dict[str, tuple[str, str]]:
        """Per stay id: (due, status) of the check-in that needs someone next (a missed one
        first); stays with no open check-in are absent."""
        return agenda.next_checkins(self._session.conn, stays)

    def assignees(self) -> list[str]:
        """Everyone tasks are for (the Tasks page's "For" filter)."""
        return agenda.task_assignees(self._session.conn)

    @staticmethod
    def warnings(stay: Stored) -> list[str]:
        return stay_rules.stay_warnings(stay.fields)

    @staticmethod
    def visa_before_departure(stay: Stored) -> tuple[str, str] | None:
        return stay_rules.visa_before_departure(stay.fields)

    # -- the start screen -------------------------------------------------------------------

    def dashboard(self) -> dashboard.Dashboard:
        return dashboard.build(self._session.conn, self.today())
