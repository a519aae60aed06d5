"""What the export wizard and the sharing control offer: live defenders and cases with the consent
that decides whether they may leave this vault (services/sharing_rule.py holds the rule; this only
reads it for display; the export itself checks again, from the vault's own versions). Titles come
from model/display.py, so no sensitive field is ever shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model.display import defender_title, title_of, vocab_label
from ..store.dbapi import Connection
from ..store.queries import live_case_consents, live_defender_consents
from .sharing_rule import NOT_RECORDED, Profile, consent_allows


@dataclass(frozen=True)
class Choice:
    kind: str  # "defender" or "case"
    record_id: str
    title: str
    consent: str | None  # the consent level that applies (a case: its defender's), as stored
    defender_id: str | None
    # the facts a face words its own title from (the GUI in its language; `title` is English):
    # a case's title, programme and status; the defender's title ("" when none)
    fields: Mapping[str, Any] = field(default_factory=dict)
    defender: str = ""

    @property
    def may_leave(self) -> bool:
        """Whether it may leave for a programme office at least."""
        return consent_allows(self.consent, Profile.FULL)

    def may_leave_for(self, recipient_kind: str) -> bool:
        return consent_allows(self.consent, Profile.PARTNER if recipient_kind == "partner"
                              else Profile.FULL)


def consent_text(consent: str | None) -> str:
    """The consent level in a few words; an unrecorded one allows nothing (sharing_rule.py)."""
    if not consent or consent == NOT_RECORDED:
        return "Not recorded yet: stays in this vault"
    if consent == "none":
        return "None: stays in this vault"
    return vocab_label("consent_levels", consent).split(":")[0]


def defender_choices(conn: Connection, only: str | None = None) -> list[Choice]:
    return [Choice("defender", i, defender_title({"name": n, "codename": c}), consent or None, i)
            for i, n, c, consent in live_defender_consents(conn, only)]


def case_choices(conn: Connection, only: str | None = None) -> list[Choice]:
    made = []
    for case_id, title, programme, status, defender, name, codename, consent in (
            live_case_consents(conn, only)):
        fields = {"title": title, "programme": programme, "status": status}
        label = title_of("case", fields)
        whose = (defender_title({"name": name, "codename": codename})
                 if defender and (name or codename) else "")
        if whose:
            label = f"{label}, {whose}"
        made.append(Choice("case", str(case_id), label, consent or None,
                           str(defender) if defender else None, fields, whose))
    return made


def choice_for(conn: Connection, kind: str, record_id: str) -> Choice | None:
    """One defender or case (the sharing control's record), or None if it is gone."""
    found = (defender_choices if kind == "defender" else case_choices)(conn, record_id)
    return found[0] if found else None
