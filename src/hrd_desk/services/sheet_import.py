"""Spreadsheet import (issue 20): a file of defenders, related people, cases, incidents, stays or
tasks brought in whole, or not at all.

`SheetImport.preview` looks at a file (how it is read, which row holds the headings, which column
is which field, the first rows, the date order) without touching the vault. `SheetImport.run`
reads it twice, streaming: once for the order of slashed dates, once to check and create every
row in ONE transaction through `Casework.add`, so every rule of the CLI and the forms holds here
too (required fields, vocabularies, dates not in the future, codenames unique, stays that do not
overlap, links to live records), the rows of the file included. Any error, on any row, refuses the
whole file: the transaction is rolled back and every error is listed by row, column and value.
A dry run does the same and always rolls back.

The file itself is never written. Duplicates of existing records (defenders: same name or
codename and country; incidents: same defender, date and primary category) are flagged and
imported anyway unless the user asks to skip them; nothing is ever merged.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import HrdDeskError, InvalidValue, RejectedInput
from ..model.dates import DAY_FIRST, MONTH_FIRST, DateFormatError
from ..model.fields import FieldInfo, FieldKind, field_infos
from ..model.outside import looks_key, visible
from ..model.records import KINDS, Stored
from ..store.audit import append_event, created_between, events_named, next_seq
from ..store.dbapi import transaction
from ..store.vault_files import shred
from .casework import Casework, RecordFilter
from .session import Session
from .sheet_dates import SAY_ORDER, sheet_date, slash_order
from .sheet_files import (
    Cell,
    SheetFile,
    column_index,
    column_letter,
    is_blank,
    open_sheet,
    preview_text,
)
from .sheet_mapping import IGNORE, ColumnMapping, closest_fields, match_term

IMPORT_EVENT = "import sheet"
KINDS_IMPORTED = ("defender", "related", "case", "incident", "relocation", "task")
MAX_ERRORS = 1000  # listed; more are counted
PREVIEW_ROWS = 20
SAMPLE_ROWS = 5
_HEADING_SCAN = 20  # the headings are in one of the first non-blank rows
_CHECK_EVERY = 50  # rows between progress reports and cancel checks
_VALUE_SHOWN = 60  # characters of a cell quoted in an error


class ImportCancelled(RejectedInput):
    def __init__(self) -> None:
        super().__init__("the import was cancelled: nothing was changed")


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet numbers it (the headings' row included)
    column: str  # "C (Date)", or "" for the file as a whole
    value: str  # the cell, shortened, control characters shown
    message: str
    # the same facts for a face that words them itself (ui/sheet_import_dialog.row_error_text):
    # a code with its values (a date's or a field's code comes from model.dates or
    # errors.InvalidValue), and the field the reason is about when no column holds it
    code: str = ""
    values: tuple[str, ...] = ()
    field_name: str = ""

    def line(self) -> str:
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        shown = f" [{self.value}]" if self.value else ""
        return f"{where}: {self.message}{shown}"

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "value": self.value,
                "message": self.message}


@dataclass(frozen=True)
class Duplicate:
    row: int
    existing: str  # the id of the existing record it looks like
    why: str

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "existing": self.existing, "why": self.why}


@dataclass
class ImportOptions:
    kind: str
    sheet: str | None = None
    encoding: str | None = None  # None: detected; windows-1252 must be given (confirmed)
    date_order: str | None = None  # DAY_FIRST or MONTH_FIRST, as the user said
    mapping: ColumnMapping = field(default_factory=ColumnMapping)
    skip_duplicates: bool = False
    heading_row: int | None = None  # the row of headings, when the user (the wizard) says


@dataclass
class Layout:
    """Where the headings are and which column is which field (None: not mapped)."""

    heading_row: int
    headings: list[str]
    fields: list[str | None]
    ignored: set[int] = field(default_factory=set)  # columns the user chose to leave out
    missing_required: bool = False  # no column for a required field: rows are only read

    def column(self, index: int) -> str:
        heading = self.headings[index] if index < len(self.headings) else ""
        return f"{column_letter(index)} ({visible(heading)})" if heading else column_letter(index)


@dataclass
class Preview:
    file: SheetFile
    layout: Layout
    rows: list[list[str]]  # the first data rows as text
    problems: list[RowError]  # headings that map to nothing, required fields with no column
    date_order: str | None  # the order the file shows (or the user said), None if no slashes
    date_order_needed: bool  # slashed dates that read both ways, and no order said
    data_rows: int = 0  # non-blank rows below the headings


@dataclass
class ImportResult:
    kind: str
    created: int = 0
    dry_run: bool = False
    duplicates: list[Duplicate] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    rows: int = 0
    skipped: int = 0
    date_order: str | None = None
    encoding: str | None = None
    batch: int | None = None  # the import's number (its audit event): undone as a whole
    # the first rows as they will be (would be) created, field -> value; sensitive fields and
    # links shown as the file wrote them only when not sensitive
    sample: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"created": self.created, "dry_run": self.dry_run, "batch": self.batch,
                "sample": [{"row": row, "values": values} for row, values in self.sample],
                "duplicates": [d.as_json() for d in self.duplicates],
                "errors": [e.as_json() for e in self.errors], "error_count": self.error_count,
                "skipped_duplicates": self.skipped, "date_order": self.date_order,
                "encoding": self.encoding}


@dataclass(frozen=True)
class ImportBatch:
    """One past import: its number, when, what, and how many of its records are live now."""

    number: int
    at: str
    kind: str
    created: int
    live: int
    deleted: int

    def as_json(self) -> dict[str, Any]:
        return {"batch": self.number, "at": self.at, "kind": self.kind, "created": self.created,
                "live": self.live, "deleted": self.deleted}


class SheetRefused(RejectedInput):
    """The file was checked and refused whole: `result.errors` lists every error."""

    def __init__(self, result: ImportResult) -> None:
        count = result.error_count
        super().__init__(f"the file was not imported: {count} error{'s' if count != 1 else ''} "
                         "(nothing was changed)")
        self.result = result


class _RollBack(Exception):
    """Raised inside the transaction to end it without a commit (dry run, or errors)."""


def _a(label: str) -> str:
    return f"{'an' if label[:1] in 'aeiou' else 'a'} {label}"


def _shown(value: Cell) -> str:
    text = visible(preview_text(value))
    return text if len(text) <= _VALUE_SHOWN else text[:_VALUE_SHOWN] + "…"


def _cell_text(value: Cell) -> str | None:
    """A cell as text for a text field (a workbook's number 12.0 as '12')."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return preview_text(value)


def _split(value: Cell) -> list[str]:
    text = _cell_text(value) or ""
    return [part.strip() for part in text.split(";") if part.strip()]


class _Problem(Exception):
    def __init__(self, message: str, code: str = "", values: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.values = values


class _Links:
    """Records a row may name by codename, name or title, read once per import."""

    def __init__(self, work: Casework) -> None:
        self._work = work
        self._defenders: dict[str, list[str]] | None = None
        self._defender_ids: set[str] = set()
        self._by_defender: dict[str, dict[str, dict[str, list[str]]]] = {}
        self.defender_rows: list[Stored] = []

    def _load_defenders(self) -> dict[str, list[str]]:
        if self._defenders is None:
            self._defenders = {}
            self.defender_rows = self._work.list("defender")
            for stored in self.defender_rows:
                self._defender_ids.add(stored.id)
                for name in {stored.get("codename"), stored.get("name")}:
                    if name:
                        self._defenders.setdefault(looks_key(name), []).append(stored.id)
        return self._defenders

    def defender(self, text: str) -> str:
        index = self._load_defenders()
        if text in self._defender_ids:
            return text
        found = list(dict.fromkeys(index.get(looks_key(text), [])))
        if not found:
            raise _Problem("no defender has this codename or name", "no-defender")
        if len(found) > 1:
            raise _Problem(f"{len(found)} defenders have this codename or name: give the "
                           "codename", "defenders-alike", (str(len(found)),))
        return found[0]

    def _of_defender(self, kind: str, defender: str, name: str) -> dict[str, list[str]]:
        key = f"{kind}:{defender}"
        if key not in self._by_defender:
            self._by_defender[key] = {}
        cached = self._by_defender[key]
        if name not in cached:
            index: dict[str, list[str]] = {}
            for stored in self._work.list(kind, RecordFilter(defender=defender)):
                if stored.get(name):
                    index.setdefault(looks_key(str(stored.get(name))), []).append(stored.id)
            cached[name] = index
        return cached[name]

    def linked(self, info: FieldInfo, text: str, defenders: list[str]) -> str:
        target = info.ref or ""
        if target == "defender":
            return self.defender(text)
        try:
            uuid.UUID(text)
            return text  # an id: checked by Casework.add
        except ValueError:
            pass
        by = {"related": "name", "case": "title"}.get(target)
        if by is None or not defenders:
            raise _Problem(f"name the {KINDS[target].label} by its id", "link-by-id", (target,))
        found: list[str] = []
        for defender in defenders:
            found += self._of_defender(target, defender, by).get(looks_key(text), [])
        if not found:
            raise _Problem(f"no {KINDS[target].label} of this row's defender has this {by}",
                           "link-none", (target, by))
        if len(found) > 1:
            raise _Problem(f"{len(found)} {KINDS[target].label}s of this row's defender have "
                           f"this {by}: give the id", "link-alike", (str(len(found)), target, by))
        return found[0]


class _Duplicates:
    def __init__(self, kind: str, work: Casework, links: _Links) -> None:
        self.kind = kind
        self._keys: dict[tuple[str, ...], str] = {}
        if kind == "defender":
            links._load_defenders()
            for stored in links.defender_rows:
                for name in {stored.get("name"), stored.get("codename")}:
                    if name:
                        self._keys.setdefault(
                            (looks_key(name), stored.get("country") or ""), stored.id)
        elif kind == "incident":
            for stored in work.list("incident"):
                for defender in stored.get("defenders") or []:
                    self._keys.setdefault(
                        (defender, stored.get("occurred") or "", stored.get("category") or ""),
                        stored.id)

    def find(self, values: dict[str, Any]) -> tuple[str, str] | None:
        if self.kind == "defender":
            for name in (values.get("name"), values.get("codename")):
                if name and isinstance(name, str):
                    hit = self._keys.get((looks_key(name), values.get("country") or ""))
                    if hit:
                        return hit, "same name or codename and country as an existing defender"
        elif self.kind == "incident":
            for defender in values.get("defenders") or []:
                hit = self._keys.get((defender, values.get("occurred") or "",
                                      values.get("category") or ""))
                if hit:
                    return hit, "same defender, date and category as an existing incident"
        return None


@cache
def _infos(kind: str) -> dict[str, FieldInfo]:
    return field_infos(KINDS[kind].cls)


@cache
def _field_order(kind: str) -> tuple[str, ...]:
    """Links to defenders first: a related person or case is looked for among theirs."""
    infos = _infos(kind)
    return tuple(sorted(infos, key=lambda n: 0 if infos[n].ref == "defender" else 1))


class SheetImport:
    """desk.sheets: preview and import spreadsheets."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._work = Casework(session)

    # -- looking at a file ------------------------------------------------------------------

    @staticmethod
    def _check_kind(kind: str) -> None:
        if kind not in KINDS_IMPORTED:
            raise InvalidValue("kind", f"{kind!r} cannot be imported from a spreadsheet (one of: "
                               f"{', '.join(KINDS_IMPORTED)})")

    @staticmethod
    def _data_rows(sheet: SheetFile, layout: Layout) -> Iterator[tuple[int, tuple[Cell, ...]]]:
        for number, row in enumerate(sheet.rows(), start=1):
            if number > layout.heading_row and not is_blank(row):
                yield number, row

    def _layout(self, sheet: SheetFile, options: ImportOptions) -> tuple[Layout, list[RowError]]:
        best: tuple[int, int, list[str]] | None = None
        seen = 0
        for number, row in enumerate(sheet.rows(), start=1):
            if is_blank(row):
                if number > 10_000 and best is None:
                    break  # a file that starts with a sea of blank rows has no headings
                continue
            headings = [preview_text(c).strip() for c in row]
            if options.heading_row is not None and number != options.heading_row:
                continue
            # by heading text only: a column chosen by letter says nothing of where headings are
            hits = sum(1 for h in headings if h and options.mapping.field_of(options.kind, h, ""))
            if best is None or hits > best[0]:
                best = (hits, number, headings)
            seen += 1
            if seen >= _HEADING_SCAN or (best is not None and number > best[1] + 1000):
                break  # headings are at the top: a sea of blank rows below is not searched
        if best is None:
            raise RejectedInput("the file has no rows (or only blank ones)")
        # no row names a field: the first row is taken as the headings, each one listed
        _, heading_row, headings = best
        while headings and not headings[-1]:
            headings.pop()
        infos = field_infos(KINDS[options.kind].cls)
        fields: list[str | None] = []
        problems: list[RowError] = []
        taken: dict[str, int] = {}
        ignored: set[int] = set()
        missing = False
        for index, heading in enumerate(headings):
            name = options.mapping.field_of(options.kind, heading, column_letter(index))
            where = f"{column_letter(index)} ({visible(heading)})" if heading else \
                column_letter(index)
            if name is None and heading:
                near = closest_fields(options.kind, heading)
                hint = f" (closest: {', '.join(near)})" if near else ""
                problems.append(RowError(heading_row, where, "", "this heading is no field of "
                                         f"{_a(KINDS[options.kind].label)}: map it in a mapping "
                                         f"file or choose '{IGNORE}'{hint}", "unknown-heading",
                                         (options.kind, *near)))
            if name == IGNORE:
                ignored.add(index)
                name = None
            if name is not None:
                if name in taken:
                    problems.append(RowError(heading_row, where, "", f"a second column for "
                                             f"{name} (column {column_letter(taken[name])} is "
                                             "the first)", "second-column",
                                             (column_letter(taken[name]),), name))
                taken[name] = index
            fields.append(name)
        for name, info in infos.items():
            if info.required and info.default is None and name not in taken:
                missing = True
                problems.append(RowError(heading_row, "", "", f"no column for {name} "
                                         f"({info.label}), which every "
                                         f"{KINDS[options.kind].label} needs", "no-column",
                                         (options.kind,), name))
        for key, target in options.mapping.columns.items():  # left out past the headings too
            letters = key.removeprefix("column ").strip()
            if target == IGNORE and key.startswith("column ") and letters.isalpha():
                ignored.add(column_index(letters))
        return Layout(heading_row, headings, fields, ignored, missing), problems

    def _date_order(self, sheet: SheetFile, layout: Layout, options: ImportOptions
                    ) -> tuple[str | None, bool, list[RowError]]:
        """The file's order of slashed dates: as the user said, or as the file shows it."""
        infos = field_infos(KINDS[options.kind].cls)
        columns = [i for i, n in enumerate(layout.fields) if n and infos[n].kind == FieldKind.DATE]
        if not columns or options.date_order is not None:
            return options.date_order, False, []
        first: dict[str, tuple[int, int, Cell]] = {}
        for number, row in self._data_rows(sheet, layout):
            for index in columns:
                if index < len(row) and isinstance(row[index], str):
                    order = slash_order(row[index])  # type: ignore[arg-type]
                    if order and order not in first:
                        first[order] = (number, index, row[index])
            if len(first) == 3:
                break
        shown = {o for o in (DAY_FIRST, MONTH_FIRST) if o in first}
        if len(shown) == 2:
            errors = [RowError(first[o][0], layout.column(first[o][1]), _shown(first[o][2]),
                               f"reads only {o}", "reads-only", (o,))
                      for o in (DAY_FIRST, MONTH_FIRST)]
            return None, True, [*errors, RowError(layout.heading_row, "", "", "the file mixes "
                                "day-first and month-first dates: correct it", "mixed-orders")]
        if shown:
            return shown.pop(), False, []
        return None, "ambiguous" in first, []

    def preview(self, path: Path, options: ImportOptions) -> Preview:
        """How the file is read, with its first rows; changes nothing."""
        self._check_kind(options.kind)
        sheet = open_sheet(path, sheet=options.sheet, encoding=options.encoding)
        layout, problems = self._layout(sheet, options)
        rows: list[list[str]] = []
        count = 0
        for _, row in self._data_rows(sheet, layout):
            count += 1
            if len(rows) < PREVIEW_ROWS:
                rows.append([preview_text(c) for c in row])
        order, needed, order_problems = self._date_order(sheet, layout, options)
        return Preview(sheet, layout, rows, problems + order_problems, order, needed, count)

    # -- past imports, undone (and redone) as a whole ---------------------------------------

    def _batch_ids(self, number: int) -> tuple[str, list[str]]:
        conn = self._session.conn
        for event in events_named(conn, IMPORT_EVENT, limit=100_000):
            if event.seq == number and event.kind:
                first = int(event.detail.get("first", number))
                return event.kind, created_between(conn, first, number - 1, event.kind)
        raise RejectedInput(f"no import numbered {number} (hrd-desk imports list)")

    def batches(self) -> list[ImportBatch]:
        """Every import, newest first, with how many of its records are live or deleted."""
        conn = self._session.conn
        made = []
        for event in events_named(conn, IMPORT_EVENT):
            kind = str(event.kind)
            ids = created_between(conn, int(event.detail.get("first", event.seq)),
                                  event.seq - 1, kind)
            deleted = sum(1 for record_id in ids if self._work.get(kind, record_id).deleted)
            made.append(ImportBatch(event.seq, event.at, kind, len(ids), len(ids) - deleted,
                                    deleted))
        return made

    def delete_batch(self, number: int) -> int:
        """Move every live record of an import to the Deleted view, in one transaction."""
        kind, ids = self._batch_ids(number)
        count = 0
        with transaction(self._session.conn):
            for record_id in ids:
                count += self._work.delete(kind, record_id)
            append_event(self._session.conn, "delete import", kind, None,
                         {"import": number, "deleted": count})
        return count

    def restore_batch(self, number: int) -> int:
        """Bring an import's deleted records back, in one transaction (the rules of restore
        hold: a codename taken meanwhile refuses the whole batch)."""
        kind, ids = self._batch_ids(number)
        count = 0
        with transaction(self._session.conn):
            for record_id in ids:
                count += self._work.restore(kind, record_id)
            append_event(self._session.conn, "restore import", kind, None,
                         {"import": number, "restored": count})
        return count

    # -- importing ---------------------------------------------------------------------------

    def _values(self, row: tuple[Cell, ...], layout: Layout, options: ImportOptions,
                order: str | None, links: _Links, number: int, errors: list[RowError]
                ) -> dict[str, Any] | None:
        infos = _infos(options.kind)
        by_field = {n: i for i, n in enumerate(layout.fields) if n}
        for index in range(len(layout.fields), len(row)):  # cells past the last heading
            if index not in layout.ignored and row[index] is not None and \
                    str(row[index]).strip():
                errors.append(RowError(number, column_letter(index), _shown(row[index]),
                                       "a value in a column without a heading", "no-heading"))
                return None
        for index, name in enumerate(layout.fields):
            if name is None and index not in layout.ignored and index < len(row) and \
                    not layout.headings[index] and \
                    row[index] is not None and str(row[index]).strip():
                errors.append(RowError(number, column_letter(index), _shown(row[index]),
                                       "a value in a column without a heading (a merged "
                                       "heading?): map it as \"column "
                                       f"{column_letter(index)}\" in a mapping file",
                                       "merged-heading"))
                return None
        values: dict[str, Any] = {}
        defenders: list[str] = []
        ok = True
        for name in _field_order(options.kind):
            if name not in by_field:
                continue
            index = by_field[name]
            cell = row[index] if index < len(row) else None
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                continue
            try:
                values[name] = self._value(name, infos[name], cell, options, order, links,
                                           defenders)
                if infos[name].ref == "defender":
                    found = values[name]
                    defenders = list(found) if isinstance(found, list) else [found]
            except _Problem as problem:
                errors.append(RowError(number, layout.column(index), _shown(cell),
                                       problem.message, problem.code, problem.values))
                ok = False
        return values if ok else None

    @staticmethod
    def _value(name: str, info: FieldInfo, cell: Cell, options: ImportOptions,
               order: str | None, links: _Links, defenders: list[str]) -> Any:
        kind = info.kind
        if kind in (FieldKind.TEXT, FieldKind.LONGTEXT):
            return _cell_text(cell)
        if kind == FieldKind.TEXT_LIST:
            return _split(cell)
        if kind == FieldKind.DATE:
            try:
                return sheet_date(cell, order)
            except DateFormatError as exc:
                raise _Problem(str(exc), exc.code, exc.values) from None
        if kind in (FieldKind.ENUM, FieldKind.ENUM_LIST, FieldKind.COUNTRY, FieldKind.INT):
            vocab = "countries" if kind == FieldKind.COUNTRY else (
                "severities" if kind == FieldKind.INT and name == "severity" else info.vocab)
            words = _split(cell) if kind == FieldKind.ENUM_LIST else [_cell_text(cell) or ""]
            slugs = []
            for word in words:
                if vocab is None:
                    slugs.append(word)
                    continue
                hit = match_term(vocab, word, options.mapping.values.get(name))
                if hit.slug is None:
                    near = f" (closest: {'; '.join(hit.suggestions)})" if hit.suggestions else ""
                    raise _Problem(f"not a known {info.label.lower()}{near}", "unknown-term",
                                   (vocab, *hit.slugs))
                slugs.append(hit.slug)
            if kind == FieldKind.ENUM_LIST:
                return slugs
            return int(slugs[0]) if kind == FieldKind.INT and slugs[0].isdigit() else slugs[0]
        if kind in (FieldKind.REF, FieldKind.REF_LIST):
            names = _split(cell) if kind == FieldKind.REF_LIST else [_cell_text(cell) or ""]
            ids = [links.linked(info, n, defenders) for n in names]
            return ids if kind == FieldKind.REF_LIST else ids[0]
        raise _Problem("this field cannot be imported", "not-importable")

    def run(self, path: Path, options: ImportOptions, *, dry_run: bool = False,
            progress: Callable[[int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> ImportResult:
        """Check every row and create them all in one transaction, or refuse the file whole
        (SheetRefused, listing every error); a dry run rolls back in any case."""
        self._check_kind(options.kind)
        if dry_run and self._session.conn.unit_depth:
            # its rollback would only leave the caller's unit, which would then commit the rows
            raise RuntimeError("a dry run needs its own transaction: call it outside any other")
        sheet = open_sheet(path, sheet=options.sheet, encoding=options.encoding)
        layout, problems = self._layout(sheet, options)
        order, needed, order_problems = self._date_order(sheet, layout, options)
        result = ImportResult(options.kind, dry_run=dry_run, date_order=order,
                              encoding=sheet.encoding)
        errors = problems + order_problems
        if needed:
            errors.append(RowError(layout.heading_row, "", "", "dates such as 03/04/2024 read "
                                   "both as day/month and month/day: say which order the file "
                                   f"uses ({SAY_ORDER})", "order-needed"))
        # heading problems do not stop the rows being checked: every error is listed at once;
        # without a column for a required field, rows are only read, not tried as records
        only_read = layout.missing_required
        links = _Links(self._work)
        duplicates = _Duplicates(options.kind, self._work, links)
        conn = self._session.conn
        try:
            with transaction(conn):
                first_seq = next_seq(conn)  # the batch: this import's create events, in a row
                for number, row in self._data_rows(sheet, layout):
                    result.rows += 1
                    if result.rows % _CHECK_EVERY == 0:
                        if cancelled is not None and cancelled():
                            raise ImportCancelled()
                        if progress is not None:
                            progress(result.rows)
                    self._one_row(row, number, layout, options, order, links, duplicates,
                                  result, errors, only_read)
                if result.rows == 0:
                    errors.append(RowError(layout.heading_row, "", "", "no rows below the "
                                           "headings: nothing to import", "no-rows"))
                result.error_count += len(errors)  # those listed, and those only counted
                result.errors = errors[:MAX_ERRORS]
                if errors or dry_run:
                    raise _RollBack()
                result.batch = next_seq(conn)
                append_event(conn, IMPORT_EVENT, options.kind, None,
                             {"created": result.created, "rows": result.rows,
                              "skipped": result.skipped, "first": first_seq})
        except _RollBack:
            pass
        if result.errors:
            result.created = 0
            raise SheetRefused(result)
        if progress is not None:
            progress(result.rows)
        return result

    def _one_row(self, row: tuple[Cell, ...], number: int, layout: Layout,
                 options: ImportOptions, order: str | None, links: _Links,
                 duplicates: _Duplicates, result: ImportResult, errors: list[RowError],
                 only_read: bool = False) -> None:
        values = self._values(row, layout, options, order, links, number, errors)
        if len(errors) > MAX_ERRORS:  # keep the list bounded; the count goes on
            result.error_count += len(errors) - MAX_ERRORS
            del errors[MAX_ERRORS:]
        if values is None or only_read:
            return
        same = duplicates.find(values)
        if same is not None:
            result.duplicates.append(Duplicate(number, *same))
            if options.skip_duplicates:
                result.skipped += 1
                return
        try:
            if errors or result.error_count:
                # the file is refused already: the remaining rows are checked, not written
                # (faster; rules across rows then see the rows before the first error)
                self._work.check_new(options.kind, values)
            else:
                self._work.add(options.kind, values)
        except InvalidValue as exc:
            fields = list(layout.fields)
            if exc.field in fields:
                index = fields.index(exc.field)
                where = layout.column(index)
                shown = _shown(row[index]) if index < len(row) else ""
                reason, named = exc.reason, ""
            else:  # a field the file has no column for: name it, or the error says nothing
                info = _infos(options.kind).get(exc.field)
                where, shown = "", ""
                reason = f"{info.label if info else exc.field}: {exc.reason}"
                named = exc.field
            self._error(errors, result, RowError(number, where, shown, reason, exc.code,
                                                 exc.values, named))
        except HrdDeskError as exc:
            self._error(errors, result, RowError(number, "", "", exc.message))
        else:
            result.created += 1
            if len(result.sample) < SAMPLE_ROWS:
                result.sample.append((number, self._shown_values(values, row, layout,
                                                                 options.kind)))

    @staticmethod
    def _shown_values(values: dict[str, Any], row: tuple[Cell, ...], layout: Layout,
                      kind: str) -> dict[str, Any]:
        """A created row as a person checks it: links as the file named them, sensitive
        fields hidden (as `show` without --reveal)."""
        infos = _infos(kind)
        shown: dict[str, Any] = {}
        for name, value in values.items():
            if value in (None, [], ""):
                continue
            if infos[name].sensitive:
                shown[name] = "(sensitive)"
            elif infos[name].ref and name in layout.fields:
                index = layout.fields.index(name)
                shown[name] = _cell_text(row[index]) if index < len(row) else value
            else:
                shown[name] = value
        return shown

    @staticmethod
    def _error(errors: list[RowError], result: ImportResult, error: RowError) -> None:
        if len(errors) < MAX_ERRORS:
            errors.append(error)
        else:
            result.error_count += 1


def shred_source(path: Path) -> bool:
    """Overwrite the imported file with random bytes and delete it (best effort: an SSD's old
    blocks, backups and synced copies are out of reach); False when it could not be deleted."""
    return shred(path)
