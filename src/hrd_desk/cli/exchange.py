"""`hrd-desk identity|colleague|export|import|inspect|share|unshare|conflicts|sync`.

Exchange with colleagues through sealed bundles; the work is in services/ (colleagues, exchange,
sync, dropfolder, scope, conflicts), this module parses and prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..model.display import counted, counts_text
from ..model.fields import field_infos
from ..model.outside import clamped_utc, outside_range, visible
from ..model.records import KINDS
from ..services import emergency
from ..services.bundle_files import with_bundle_suffix
from ..services.bundle_parts import parse_part_size
from ..services.colleagues import GRACE_DAYS, Standing
from ..services.desk import vault_exists
from ..services.exchange import ImportSummary
from ..services.topics import Colleague, inspect_file
from .invocation import Invocation
from .progress import Meter

if TYPE_CHECKING:
    from .records import Subparsers


def _when(seconds: float | None) -> str:
    """A time from outside (a bundle, a colleague's clock), never an exception: clamped."""
    if seconds is None:
        return "?"
    side = outside_range(seconds)
    if side:
        return "an impossible time" if side < 0 else "far in the future"
    return clamped_utc(seconds).strftime("%Y-%m-%d %H:%M UTC")


def _when_ms(milliseconds: int) -> str:
    return _when(milliseconds / 1000)


def _outcome_text(outcomes: dict[str, int], new_records: int, own_kept_aside: int = 0) -> str:
    """What an import did, in a caseworker's words (no 'versions' or 'acknowledgements')."""
    applied = outcomes.get("applied", 0)
    parts = [counted(new_records, "new record"), f"{counted(applied, 'change')} applied"]
    if outcomes.get("stale"):
        parts.append(f"{counted(outcomes['stale'], 'older change')} kept in the history only")
    if outcomes.get("pending"):
        parts.append(f"{counted(outcomes['pending'], 'change')} waiting for earlier ones")
    if outcomes.get("duplicate"):
        parts.append(f"{counted(outcomes['duplicate'], 'change')} already held")
    if outcomes.get("proposed"):
        parts.append(f"{counted(outcomes['proposed'], 'change')} proposed (consent, links or "
                     "fields it was not given): see `hrd-desk conflicts proposals`")
    if outcomes.get("refused"):
        parts.append(f"{counted(outcomes['refused'], 'change')} refused (outside what is "
                     "shared with the sender, purged, or from a revoked colleague)")
    theirs_kept_aside = outcomes.get("quarantined", 0) - own_kept_aside
    if theirs_kept_aside:
        parts.append(f"{counted(theirs_kept_aside, 'change')} kept aside (its maker "
                     "reused a number: marked suspect)")
    if own_kept_aside:
        parts.append(f"{counted(own_kept_aside, 'change')} made here and lost kept aside")
    if not any(outcomes.values()):
        return "receipts only, nothing new"
    return ", ".join(parts)


def _colleague_json(c: Colleague) -> dict[str, Any]:
    return {"id": c.id, "name": c.local_name, "card_name": c.card_name,
            "fingerprint": c.identity.fingerprint_text(), "verified": c.verified,
            "revoked": c.revoked, "added": c.added_at, "kind": c.kind}


_KIND_WORD = {"office": "", "partner": "PARTNER  "}  # offices are the usual case


def _trust(c: Colleague) -> str:
    return _trust_word(verified=c.verified, revoked=c.revoked)


def _trust_word(*, verified: bool | None, revoked: bool | None) -> str:
    return "REVOKED" if revoked else ("verified" if verified else "NOT VERIFIED")


def _who(s: ImportSummary) -> str:
    """A sender as `import` and `sync` both name it: its local name (made visible) and trust."""
    trust = _trust_word(verified=s.sender_verified, revoked=s.sender_revoked)
    return f"{visible(s.sender)} ({trust})"


# -- identity ------------------------------------------------------------------------------------


def _day(ms: int) -> str:
    return clamped_utc(ms / 1000).strftime("%Y-%m-%d %H:%M UTC")


def cmd_identity_show(inv: Invocation) -> int:
    with inv.desk() as desk:
        info = desk.colleagues.identity()
    lines = [f"name         {info.name}", f"fingerprint  {info.fingerprint}"]
    for old in info.former:
        lines.append(f"replaced     {old.fingerprint} on {_day(old.rotated_at)}: " + (
            f"bundles addressed to it open until {_day(old.grace_until)}" if old.secrets_kept
            else "its secret keys are deleted"))
    inv.emit({"name": info.name, "vault_id": info.vault_id, "fingerprint": info.fingerprint,
              "former": [{"vault_id": old.vault_id, "fingerprint": old.fingerprint,
                          "rotated_at": old.rotated_at, "grace_until": old.grace_until,
                          "secrets_kept": old.secrets_kept} for old in info.former]},
             "\n".join(lines))
    return 0


def cmd_identity_rotate(inv: Invocation) -> int:
    found = inv.require_vault()
    with inv.unlocking(found.directory):
        done = emergency.rotate_identity(found, inv.passphrase(), inv.args.grace_days)
    inv.emit(
        {"old_fingerprint": done.old_fingerprint, "fingerprint": done.new_fingerprint,
         "vault_id": done.new_vault_id, "grace_until": done.grace_until},
        f"new identity keys\nfingerprint  {done.new_fingerprint}\n"
        f"replaced     {done.old_fingerprint}\n"
        "Your next bundles carry a successor card signed by the old and the new key: "
        "colleagues that trust the old one move to the new one on import, verified if it was. "
        f"Bundles addressed to the old keys open until {_day(done.grace_until)}, and your "
        "bundles are signed by the old key until then; then the old secret keys are deleted. "
        "New colleagues need a new card: `identity export`.")
    return 0


def cmd_identity_rename(inv: Invocation) -> int:
    with inv.desk() as desk:
        desk.colleagues.rename_identity(inv.args.name)
        info = desk.colleagues.identity()
    inv.emit({"name": info.name}, f"this vault's cards now carry the name {info.name!r}")
    return 0


def cmd_identity_export(inv: Invocation) -> int:
    out = Path(inv.args.out)
    with inv.desk() as desk:
        desk.colleagues.export_card(out)
        info = desk.colleagues.identity()
    inv.emit({"path": str(out), "fingerprint": info.fingerprint},
             f"identity card written to {out}\nfingerprint  {info.fingerprint}")
    return 0


# -- colleagues ----------------------------------------------------------------------------------


def cmd_colleague_add(inv: Invocation) -> int:
    with inv.desk() as desk:
        added = desk.colleagues.add(Path(inv.args.file), inv.args.name,
                                    verified=inv.args.verified,
                                    kind="partner" if inv.args.partner else "office")
    note = "" if added.verified else (
        "\nnot verified: compare this fingerprint with the colleague's own (read aloud or QR), "
        f"then run `hrd-desk colleague verify {added.id}`")
    inv.emit({"id": added.id, **_colleague_json(added)},
             f"{added.id}\nadded {visible(repr(added.local_name))} ({_kind_text(added)})  "
             f"fingerprint {added.identity.fingerprint_text()}{note}")
    return 0


def _standing_lines(standing: Standing | None, colleague_id: str) -> list[str]:
    if standing is None:
        return []
    lines = []
    if standing.suspect:
        lines.append(f"    SUSPECT: {standing.suspect} (those changes are kept aside)")
    for who, at in standing.revoked_by:
        lines.append(f"    {visible(who)} says it revoked this colleague ({_when_ms(at)}): to "
                     f"do the same, `hrd-desk colleague revoke {colleague_id}`")
    return lines


def _standing_json(standing: Standing | None) -> dict[str, Any]:
    return {"suspect": standing.suspect if standing else None,
            "revoked_by": [{"by": who, "at_ms": at} for who, at in standing.revoked_by]
            if standing else []}


def cmd_colleague_list(inv: Invocation) -> int:
    with inv.desk() as desk:
        found = desk.colleagues.list()
        standing = desk.colleagues.standing()
    lines = []
    for c in found:
        lines.append(f"{c.id}  {_trust(c):12}  {_KIND_WORD[c.kind]}{visible(c.local_name)}  "
                     f"{c.identity.fingerprint_text()}")
        lines += _standing_lines(standing.get(c.id), c.id)
    lines = lines or ["no colleagues yet: add one with `hrd-desk colleague add CARD`"]
    inv.emit([{**_colleague_json(c), **_standing_json(standing.get(c.id))} for c in found],
             "\n".join(lines))
    return 0


def cmd_colleague_show(inv: Invocation) -> int:
    with inv.desk() as desk:
        c = desk.colleagues.get(inv.args.id)
        standing = desk.colleagues.standing().get(c.id)
    text = (f"id           {c.id}\nname         {visible(c.local_name)} (card says "
            f"{visible(repr(c.card_name))})\nfingerprint  {c.identity.fingerprint_text()}\n"
            f"trust        {_trust(c)}\nkind         {_kind_text(c)}")
    extra = _standing_lines(standing, c.id)
    inv.emit({**_colleague_json(c), **_standing_json(standing)},
             "\n".join([text, *extra]))
    return 0


def _kind_text(c: Colleague) -> str:
    return ("partner organisation: receives records redacted" if c.kind == "partner"
            else "programme office")


def cmd_colleague_edit(inv: Invocation) -> int:
    kind = "partner" if inv.args.partner else "office"
    with inv.desk() as desk:
        c = desk.colleagues.set_kind(inv.args.id, kind)
    inv.emit(_colleague_json(c), f"{visible(c.local_name)} is now a {_kind_text(c)}; what it "
             "already received stays as it was sent")
    return 0


def cmd_colleague_verify(inv: Invocation) -> int:
    with inv.desk() as desk:
        c = desk.colleagues.verify(inv.args.id)
    inv.emit(_colleague_json(c), f"{visible(c.local_name)} is now verified")
    return 0


def cmd_colleague_revoke(inv: Invocation) -> int:
    with inv.desk() as desk:
        c = desk.colleagues.revoke(inv.args.id)
    inv.emit(_colleague_json(c),
             f"{visible(c.local_name)} is revoked: nothing more is exported to it, its bundles "
             "and the changes it makes are refused (whoever relays them), and your next bundles "
             "tell your other colleagues")
    return 0


# -- export, import, inspect ---------------------------------------------------------------------


def cmd_export(inv: Invocation) -> int:
    args = inv.args
    out = with_bundle_suffix(Path(args.out))
    part_size = parse_part_size(args.part_size) if args.part_size else None
    if args.changes:
        if len(args.to) != 1 or args.defender or args.case or args.all:
            raise UsageError("export --changes takes exactly one --to and no selection")
        with inv.desk() as desk, Meter(inv.stderr, "writing evidence files") as meter:
            result = desk.sync.export_changes(args.to[0], out,
                                              allow_unverified=args.allow_unverified,
                                              part_size=part_size, data_progress=meter)
        if result is None:
            inv.emit({"path": None, "versions": 0}, "nothing to send: no file was written")
            return 0
    else:
        if not (args.defender or args.case or args.all):
            raise UsageError("choose what to export: --defender ID, --case ID or --all")
        with inv.desk() as desk, Meter(inv.stderr, "writing evidence files") as meter:
            result = desk.exchange.export(
                out, to=args.to, defenders=args.defender or (),
                cases=args.case or (), everything=args.all,
                allow_unverified=args.allow_unverified, keep_updated=args.keep_updated,
                part_size=part_size, data_progress=meter,
            )
    counts = counts_text(result.counts) if result.counts else (
        "no records" if result.attachments else "receipts only, no records")
    if result.attachments:
        counts += f", {counted(result.attachments, 'evidence file')}"
    withheld = (f"\n{counted(result.withheld_for_consent, 'record')} left out: their defenders "
                "have not consented to sharing") if result.withheld_for_consent else ""
    written = (f"{len(result.parts)} parts of {out}" if result.parts else str(result.path))
    parts = (f"\nparts: {', '.join(p.name for p in result.parts)}\ncarry every part; "
             "`hrd-desk import` takes any one of them (or their folder) once all are together"
             if result.parts else "")
    inv.emit(
        {"path": str(result.path), "recipients": list(result.recipients),
         "counts": result.counts, "versions": result.versions,
         "withheld_for_consent": result.withheld_for_consent,
         "parts": [str(p) for p in result.parts], "attachments": result.attachments},
        f"wrote {written}: {counts} ({counted(result.versions, 'change')})"
        f"{withheld}{parts}\nevery recipient can read it, sees the others, and can prove this "
        "vault sent it",
    )
    return 0


def _notices_line(s: ImportSummary) -> str:
    moved = (f"\n{visible(s.sender)} changed its identity keys (a successor card signed by its "
             "old and its new key; its trust carries over): see `hrd-desk colleague show "
             f"{s.sender_id}`" if s.rotated else "")
    revocations = s.notices - s.rotated
    if s.new_epoch:
        moved += ("\nthis vault was restored from a copy: the bundle held changes made here that "
                  "this vault no longer had (they are back" + (
                      f", except {counted(s.lost_kept_aside, 'change')} kept aside here: "
                      "changes made here since the restore used their numbers again, so the "
                      "records they touch may show differently here and at colleagues"
                      if s.lost_kept_aside else "") + "). It now writes under a "
                  "new epoch, so its next changes reach colleagues; changes made here since the "
                  "restore may be kept aside at colleagues: check them and make them again")
    line = moved + (f"\n{counted(revocations, 'signed notice')} from colleagues (a "
                    "revocation): see `hrd-desk colleague list`" if revocations > 0 else "")
    if s.consent_notices:
        line += (f"\n{counted(s.consent_notices, 'consent notice')}: {visible(s.sender)} "
                 "lowered (or raised back) a defender's consent; nothing about them leaves this "
                 "vault beyond it (see `hrd-desk defender show ID`)")
    return line


def cmd_import(inv: Invocation) -> int:
    path = Path(inv.args.file)
    with inv.desk() as desk, Meter(inv.stderr, "reading the bundle") as meter:
        s = desk.exchange.import_bundle(path, data_progress=meter)
    data = {"sender": s.sender, "sender_id": s.sender_id, "sender_verified": s.sender_verified,
            "bundle": s.bundle_id, "already_imported": s.already_imported,
            "outcomes": s.outcomes, "new_records": s.new_records,
            "future_clocks": s.future_clocks, "new_conflicts": s.new_conflicts,
            "notices": s.notices, "rotated": s.rotated, "new_epoch": s.new_epoch,
            "lost_kept_aside": s.lost_kept_aside, "consent_notices": s.consent_notices,
            "schema_version": s.schema_version, "attachments": s.attachments,
            "attachments_refused": s.attachments_refused,
            "attachments_deleted_here": s.attachments_deleted_here}
    who = _who(s)
    if s.already_imported:
        inv.emit(data, f"already imported from {who}: nothing changed")
        return 0
    flag = (f"\nwarning: {counted(s.future_clocks, 'change')} came with a clock more than a day "
            "ahead (kept, but flagged: the sender's clock may be wrong)") if s.future_clocks else ""
    check = "" if s.sender_verified else (
        f"\nthe sender is not verified: compare fingerprints, then run "
        f"`hrd-desk colleague verify {s.sender_id}`")
    conflicts = (f"\n{counted(s.new_conflicts, 'record')} now in conflict: see "
                 "`hrd-desk conflicts list`" if s.new_conflicts else "")
    conflicts += _notices_line(s)
    if s.attachments:
        conflicts += (f"\n{counted(s.attachments, 'evidence file')} received: see "
                      "`hrd-desk attach list`")
    if s.attachments_refused:
        conflicts += (f"\n{counted(s.attachments_refused, 'evidence file')} not kept: the "
                      "sender may not attach files to its record here")
    if s.attachments_deleted_here:
        conflicts += (f"\n{counted(s.attachments_deleted_here, 'evidence file')} not kept: "
                      "deleted here before")
    outcome = _outcome_text(s.outcomes, s.new_records, s.lost_kept_aside)
    inv.emit(data, f"imported from {who}: {outcome}{flag}{check}{conflicts}")
    return 0


def cmd_inspect(inv: Invocation) -> int:
    path = Path(inv.args.file)
    if not inv.args.no_vault and vault_exists(inv.vault_dir):
        with inv.desk() as desk:
            r = desk.exchange.inspect(path)
    else:
        r = inspect_file(path)
    data = {"size": r.size, "possible_bundle": r.possible_bundle, "reason": r.reason,
            "addressed_to_me": r.addressed_to_me, "sender_fingerprint": r.sender_fingerprint,
            "sender_colleague": r.sender_colleague, "sender_verified": r.sender_verified,
            "created_at": r.created_at, "counts": r.counts,
            "already_imported": r.already_imported}
    lines = [f"size         {r.size if r.size is not None else '?'} bytes",
             f"bundle?      {'possibly' if r.possible_bundle else 'no'} ({r.reason})"]
    if r.addressed_to_me is False:
        lines.append("recipient    not addressed to this vault")
    if r.sender_fingerprint:
        who = r.sender_colleague or "UNKNOWN (not a colleague)"
        trust = "" if r.sender_colleague is None else (
            " (revoked)" if r.sender_revoked else
            (" (verified)" if r.sender_verified else " (NOT VERIFIED)"))
        counts = counts_text({k: n for k, n in r.counts.items() if k != "versions"})
        if "versions" in r.counts:
            counts += f" ({counted(r.counts['versions'], 'change')})"
        lines += [f"sender       {who}{trust}", f"fingerprint  {r.sender_fingerprint}",
                  f"made         {_when(r.created_at)}", f"holds        {counts}",
                  f"imported     {'yes' if r.already_imported else 'not yet'}"]
    inv.emit(data, "\n".join(lines))
    return 0


# -- scope, conflicts, sync ----------------------------------------------------------------------


def cmd_share(inv: Invocation) -> int:
    with inv.desk() as desk:
        added = desk.sharing.share(inv.args.id, inv.args.with_)
    inv.emit({"id": inv.args.id, "colleague": inv.args.with_, "changed": added},
             "shared" if added else "already shared with that colleague")
    return 0


def cmd_unshare(inv: Invocation) -> int:
    with inv.desk() as desk:
        removed = desk.sharing.unshare(inv.args.id, inv.args.with_)
    inv.emit({"id": inv.args.id, "colleague": inv.args.with_, "changed": removed},
             "no longer shared; the colleague keeps what it already received" if removed
             else "it was not shared with that colleague")
    return 0


def _conflict_value(hidden: bool, value: Any, *, reveal: bool) -> str:
    """One version's value of a field, as a caseworker reads it (hidden ones masked)."""
    if hidden and not reveal:
        return "(hidden: add --reveal to show)"
    if value in (None, "", []):
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value).replace("\n", "\n" + " " * 10)


def cmd_conflicts_list(inv: Invocation) -> int:
    reveal = inv.args.reveal
    with inv.desk() as desk:
        found = desk.conflicts.list()
        waiting = len(desk.conflicts.proposals())
    data = [{"id": c.record_id, "kind": c.kind, "title": c.title, "fields": list(c.fields),
             "delete_conflict": c.delete_conflict,
             "versions": [{"version_id": v.version_id, "origin": v.origin,
                           "made_at_ms": v.made_at_ms, "deleted": v.deleted,
                           "values": v.values if reveal else {
                               k: x for k, x in v.values.items()
                               if k not in c.hidden}}
                          for v in c.versions]} for c in found]
    lines: list[str] = []
    for c in found:
        infos = field_infos(KINDS[c.kind].cls)
        lines.append(f"{KINDS[c.kind].label.capitalize()} {visible(c.title)}  ({c.record_id})")
        for name in c.fields:
            lines.append(f"  {infos[name].label}:")
            for v in c.versions:
                who = f"{visible(v.origin)}, {_when_ms(v.made_at_ms)}"
                value = ("deletes the record" if v.deleted else
                         _shown(name in c.hidden, v.values.get(name), reveal=reveal))
                lines.append(f"    {v.version_id[:16]}  {who}")
                lines.append(f"          {value}")
        if c.delete_conflict and not c.fields:
            lines.append("  Deleted on one side, changed on the other:")
            lines += [f"    {v.version_id[:16]}  {visible(v.origin)}, {_when_ms(v.made_at_ms)}: "
                      + ("deletes it" if v.deleted else "keeps it") for v in c.versions]
    if found:
        lines += ["", "Keep one version's values with: hrd-desk conflicts resolve ID --keep "
                  "VERSION_ID (the first 16 characters are enough), or --keep mine"]
    if waiting:
        lines += ["", f"{counted(waiting, 'proposal')} from colleagues "
                  f"{'waits' if waiting == 1 else 'wait'} for a decision: see "
                  "`hrd-desk conflicts proposals`"]
    inv.emit(data, "\n".join(lines) or "no conflicts")
    return 0


def _shown(hidden: bool, value: Any, *, reveal: bool,
           titles: dict[str, str] | None = None) -> str:
    if titles and value not in (None, "", []):
        ids = value if isinstance(value, list) else [value]
        if all(isinstance(v, str) and v in titles for v in ids):
            return visible(", ".join(f"{titles[v]} [{v}]" for v in ids))
    return visible(_conflict_value(hidden, value, reveal=reveal), keep_newlines=True)


def cmd_conflicts_proposals(inv: Invocation) -> int:
    reveal = inv.args.reveal
    with inv.desk() as desk:
        found = desk.conflicts.proposals()

    def hide(hidden: frozenset[str], values: dict[str, Any]) -> dict[str, Any]:
        return values if reveal else {k: v for k, v in values.items() if k not in hidden}

    data = [{"id": p.proposal_id, "record_id": p.record_id, "kind": p.kind, "title": p.title,
             "origin": p.origin, "sender": p.sender, "made_at_ms": p.made_at_ms,
             "current": hide(p.hidden, p.current), "proposed": hide(p.hidden, p.proposed)}
            for p in found]
    lines: list[str] = []
    for p in found:
        infos = field_infos(KINDS[p.kind].cls)
        relay = "" if p.sender == p.origin else f", sent by {visible(p.sender)}"
        lines.append(f"{p.proposal_id[:16]}  {KINDS[p.kind].label} {visible(p.title)}  "
                     f"({p.record_id})")
        lines.append(f"  proposed by {visible(p.origin)}{relay}, {_when_ms(p.made_at_ms)}")
        for name in p.proposed:
            label = infos[name].label if name in infos else name
            now = _shown(name in p.hidden, p.current.get(name), reveal=reveal, titles=p.titles)
            then = _shown(name in p.hidden, p.proposed.get(name), reveal=reveal, titles=p.titles)
            lines.append(f"  {label}: now {now} -> proposed {then}")
    if found:
        lines += ["", "Decide with: hrd-desk conflicts accept PROPOSAL_ID, or "
                  "hrd-desk conflicts refuse PROPOSAL_ID"]
    inv.emit(data, "\n".join(lines) or "no proposals")
    return 0


def cmd_conflicts_accept(inv: Invocation) -> int:
    with inv.desk() as desk:
        p = desk.conflicts.accept(inv.args.id)
    inv.emit({"id": p.proposal_id, "record_id": p.record_id, "accepted": True},
             f"accepted: {KINDS[p.kind].label} {visible(p.title)} now has the proposed values")
    return 0


def cmd_conflicts_refuse(inv: Invocation) -> int:
    with inv.desk() as desk:
        p = desk.conflicts.refuse(inv.args.id)
    inv.emit({"id": p.proposal_id, "record_id": p.record_id, "refused": True},
             f"refused: {KINDS[p.kind].label} {visible(p.title)} keeps this vault's values")
    return 0


def cmd_conflicts_resolve(inv: Invocation) -> int:
    with inv.desk() as desk:
        desk.conflicts.resolve(inv.args.id, inv.args.keep)
    inv.emit({"id": inv.args.id, "resolved": True}, "resolved")
    return 0


def cmd_sync(inv: Invocation) -> int:
    folder = Path(inv.args.folder)
    with inv.desk() as desk:
        s = desk.sync.sync_folder(folder)
    lines = [f"imported from {_who(i)}: " + (
        "already imported" if i.already_imported
        else _outcome_text(i.outcomes, i.new_records, i.lost_kept_aside))
        + _notices_line(i) for i in s.imported]
    lines += [f"wrote {visible(name)} for {visible(who)} ("
              + (counted(n, "change") if n else "receipts only") + ")"
              for who, name, n in s.written]
    lines += [f"incomplete, will retry: {visible(name)}" for name in s.incomplete]
    lines += [f"damaged, not imported: {visible(name)} ({visible(why)})" for name, why in s.damaged]
    lines += [f"nothing sent to {visible(who)}: {exc} (find it with `hrd-desk attach verify`)"
              for who, exc in s.not_sent]
    lines += [f"ignored: {visible(name)} ({visible(why)})" for name, why in s.ignored]
    if s.not_addressed:
        lines.append(f"{counted(s.not_addressed, 'bundle')} for other vaults left alone")
    if s.removed:
        lines.append(f"removed {counted(s.removed, 'file')} of this vault's that colleagues no "
                     "longer need")
    if s.new_conflicts:
        lines.append(f"{counted(s.new_conflicts, 'record')} now in conflict: see "
                     "`hrd-desk conflicts list`")
    inv.emit({"imported": len(s.imported), "written": len(s.written),
              "senders": [{"sender": i.sender, "sender_id": i.sender_id,
                           "sender_verified": i.sender_verified,
                           "sender_revoked": i.sender_revoked, "outcomes": i.outcomes}
                          for i in s.imported],
              "incomplete": s.incomplete, "damaged": [n for n, _ in s.damaged],
              "ignored": [n for n, _ in s.ignored], "not_addressed": s.not_addressed,
              "removed": s.removed, "new_conflicts": s.new_conflicts,
              "not_sent": [{"colleague": who, "reason": str(exc)} for who, exc in s.not_sent]},
             "\n".join(lines) or "nothing to import or send")
    return 0


def register(commands: Subparsers) -> None:
    identity = commands.add_parser("identity", help="this vault's identity and card")
    sub = identity.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub.add_parser("show", help="print the fingerprint").set_defaults(handler=cmd_identity_show)
    rename = sub.add_parser("rename", help="set the name cards carry")
    rename.add_argument("name", metavar="NAME")
    rename.set_defaults(handler=cmd_identity_rename)
    card = sub.add_parser("export", help="write the public identity card")
    card.add_argument("--out", required=True, metavar="FILE")
    card.set_defaults(handler=cmd_identity_export)
    rotate = sub.add_parser("rotate", help="new identity keys, announced to colleagues")
    rotate.add_argument("--grace-days", type=int, default=GRACE_DAYS, metavar="N",
                        help=f"days bundles addressed to the old keys still open (default "
                        f"{GRACE_DAYS}; at least 1, at most 365)")
    rotate.set_defaults(handler=cmd_identity_rotate)

    colleague = commands.add_parser("colleague", help="vaults you exchange bundles with")
    sub = colleague.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a colleague from its identity card")
    add.add_argument("file", metavar="FILE")
    add.add_argument("--name", metavar="LOCAL_NAME", help="your name for it (unique)")
    add.add_argument("--verified", action="store_true",
                     help="fingerprints were already compared out of band")
    add.add_argument("--partner", action="store_true",
                     help="a partner organisation (receives records redacted); default: an "
                     "office of the programme")
    add.set_defaults(handler=cmd_colleague_add)
    edit = sub.add_parser("edit", help="make a colleague a partner or an office")
    edit.add_argument("id", metavar="ID")
    which = edit.add_mutually_exclusive_group(required=True)
    which.add_argument("--partner", action="store_true", help="a partner organisation")
    which.add_argument("--office", action="store_true", help="an office of the programme")
    edit.set_defaults(handler=cmd_colleague_edit)
    sub.add_parser("list", help="list colleagues").set_defaults(handler=cmd_colleague_list)
    for name, handler, text in (
        ("show", cmd_colleague_show, "show one colleague"),
        ("verify", cmd_colleague_verify, "mark as verified after comparing fingerprints"),
        ("revoke", cmd_colleague_revoke, "stop exports to it and refuse its bundles"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("id", metavar="ID")
        p.set_defaults(handler=handler)

    export = commands.add_parser("export", help="write a sealed bundle for colleagues")
    export.add_argument("--to", action="append", required=True, metavar="COLLEAGUE_ID")
    export.add_argument("--defender", action="append", metavar="ID")
    export.add_argument("--case", action="append", metavar="ID")
    export.add_argument("--all", action="store_true", help="every defender who consented")
    export.add_argument("--changes", action="store_true",
                        help="what is in the colleague's scope and not yet acknowledged")
    export.add_argument("--out", required=True, metavar="FILE",
                        help="the bundle to write (.hrdb is added when the name has no extension)")
    export.add_argument("--allow-unverified", action="store_true")
    export.add_argument("--keep-updated", action="store_true",
                        help="also add the exported defenders and cases to the recipients' scope")
    export.add_argument("--part-size", metavar="SIZE",
                        help="split a larger bundle into parts of at most SIZE bytes (e.g. 18M "
                             "for a 25 MB mail limit; K, M, G are 1000s, KiB, MiB, GiB 1024s): "
                             "FILE.part1of3 and so on")
    export.set_defaults(handler=cmd_export)

    imp = commands.add_parser("import", help="import a sealed bundle")
    imp.add_argument("file", metavar="FILE",
                     help="a bundle, one of its parts, or a folder holding its parts")
    imp.set_defaults(handler=cmd_import)
    inspect = commands.add_parser("inspect", help="what can be said about a file")
    inspect.add_argument("file", metavar="FILE",
                         help="a bundle, one of its parts, or a folder holding its parts")
    inspect.add_argument("--no-vault", action="store_true", help="do not unlock the vault")
    inspect.set_defaults(handler=cmd_inspect)

    for name, handler, text in (("share", cmd_share, "share a defender or case"),
                                ("unshare", cmd_unshare, "stop sharing a defender or case")):
        p = commands.add_parser(name, help=text)
        p.add_argument("id", metavar="ID")
        p.add_argument("--with", dest="with_", required=True, metavar="COLLEAGUE_ID")
        p.set_defaults(handler=handler)

    conflict = commands.add_parser("conflicts", help="concurrent edits waiting for a decision")
    sub = conflict.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="list conflicts: each field, each version's value "
                             "and who made it")
    listing.add_argument("--reveal", action="store_true", help="show sensitive values too")
    listing.set_defaults(handler=cmd_conflicts_list)
    resolve = sub.add_parser("resolve", help="keep one version's values")
    resolve.add_argument("id", metavar="ID")
    resolve.add_argument("--keep", required=True, metavar="VERSION_ID|mine")
    resolve.set_defaults(handler=cmd_conflicts_resolve)
    proposals = sub.add_parser("proposals", help="colleagues' changes to consent or to what a "
                               "record belongs to, waiting for your decision")
    proposals.add_argument("--reveal", action="store_true", help="show sensitive values too")
    proposals.set_defaults(handler=cmd_conflicts_proposals)
    for name, helptext, handler in (
            ("accept", "make a proposal this vault's own change", cmd_conflicts_accept),
            ("refuse", "keep this vault's values; drop the proposal", cmd_conflicts_refuse)):
        decide = sub.add_parser(name, help=helptext)
        decide.add_argument("id", metavar="PROPOSAL_ID", help="its id (16 characters suffice)")
        decide.set_defaults(handler=handler)

    sync_cmd = commands.add_parser("sync", help="exchange through a drop folder")
    sync_cmd.add_argument("--folder", required=True, metavar="DIR")
    sync_cmd.set_defaults(handler=cmd_sync)
