"""The SQL-backed table model: totals from a count, rows in blocks as painted, sorting in SQL,
and a list that keeps its place on the same records after the data changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrd_desk.services.casework import RecordFilter
from hrd_desk.services.desk import Desk
from hrd_desk.services.session import Session
from hrd_desk.store.dbapi import transaction
from hrd_desk.ui.list_sources import CaseworkSource, ListRow
from hrd_desk.ui.record_model import BLOCK_ROWS, ID_ROLE, KEEP_BLOCKS, Column, PagedRecordModel
from hrd_desk.ui.record_table import RecordTable

N = 650  # more than three blocks


def _columns() -> list[Column[ListRow]]:
    return [
        Column("When", lambda r: r.record.get("occurred") or "", "occurred_order"),
        Column("Severity", lambda r: str(r.record.get("severity") or ""), "severity"),
        Column("Defender", lambda r: r.linked("defenders"), None),
    ]


@pytest.fixture
def work(session: Session) -> Desk:
    work = Desk.on(session)
    defender = work.records.add("defender", {"name": "Amina", "codename": "Blue Heron"})
    with transaction(session.conn):
        for n in range(N):
            day = f"20{10 + n // 300:02d}-{1 + (n // 28) % 12:02d}-{1 + n % 28:02d}"
            work.records.add("incident", {"defenders": [defender], "category": "digital",
                                  "occurred": day, "description": f"event {n}",
                                  "severity": 1 + n % 4,
                                  "status": "closed" if n % 5 == 0 else "open"})
    # the one severity-5 incident is the oldest: last in date order, first by severity
    work.records.add("incident", {"defenders": [defender], "category": "legal", "occurred": "1999",
                          "description": "the worst", "severity": 5})
    return work


@pytest.fixture
def model(qtbot: QtBot) -> Iterator[PagedRecordModel[ListRow]]:
    made: PagedRecordModel[ListRow] = PagedRecordModel(_columns())
    yield made
    made.clear()


def test_row_count_is_the_filtered_total_and_rows_load_in_blocks(
    work: Desk, model: PagedRecordModel[ListRow]
) -> None:
    flt = RecordFilter(status=("open",))
    model.set_source(CaseworkSource(work, "incident", flt))
    assert model.rowCount() == work.records.count("incident", flt) == N - N // 5 + 1
    assert model.fetches == 0  # counting reads no rows
    first = model.data(model.index(0, 0))
    assert model.fetches == 1
    model.data(model.index(BLOCK_ROWS - 1, 2))
    assert model.fetches == 1  # same block
    last_row = model.rowCount() - 1
    assert model.data(model.index(last_row, 0)) == "1999"
    assert model.fetches == 2  # only the block painted, not those in between
    expected = work.records.list("incident", flt, limit=1)[0].fields["occurred"]
    assert first == expected
    assert model.data(model.index(5, 2)) == "Blue Heron"  # linked names, one query per block


def test_only_a_few_blocks_are_kept(work: Desk, model: PagedRecordModel[ListRow]) -> None:
    model.set_source(CaseworkSource(work, "incident"))
    for block in range(4):
        model.row(block * BLOCK_ROWS)
    assert model.fetches == 4
    model.row(0)
    assert model.fetches == 4
    assert KEEP_BLOCKS >= 4


def test_sorting_runs_in_sql_over_every_row(
    work: Desk, model: PagedRecordModel[ListRow]
) -> None:
    model.set_source(CaseworkSource(work, "incident"))
    model.row(0)  # only the first block is loaded
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == "5"  # the oldest row, never loaded before
    assert model.data(model.index(0, 0)) == "1999"
    model.sort(2, Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    assert model.data(model.index(0, 1)) == "5"
    assert model.headerData(2, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole).endswith("cannot be sorted.")


def test_place_is_kept_on_the_same_records_after_changes(
    work: Desk, model: PagedRecordModel[ListRow], qtbot: QtBot
) -> None:
    model.set_source(CaseworkSource(work, "incident"))
    table = RecordTable(model, "Incidents")
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    table.select_row(420)
    table.scrollTo(model.index(410, 0), table.ScrollHint.PositionAtTop)
    chosen = table.current_id()
    top = model.record_id(table.rowAt(0))
    defender = work.records.list("defender")[0].id
    for n in range(3):  # newer incidents arrive above (an import)
        work.records.add("incident", {"defenders": [defender], "category": "phone",
                              "occurred": f"2025-01-0{n + 1}", "description": "new"})
    table.reload_keeping_place()
    assert model.rowCount() == N + 4
    assert table.current_id() == chosen
    assert table.currentIndex().row() == 423
    assert model.record_id(table.rowAt(0)) == top

    work.records.delete("incident", chosen or "")  # the selected record itself goes away
    table.reload_keeping_place()
    assert table.current_id() != chosen
    assert model.rowCount() == N + 3


def test_find_row_far_from_the_hint_asks_sql(
    work: Desk, model: PagedRecordModel[ListRow]
) -> None:
    source = CaseworkSource(work, "incident")
    model.set_source(source)
    target = work.records.list("incident", limit=1, offset=600)[0].id
    model.row(0)
    before = model.fetches
    assert model.find_row(target, hint=None) == 600
    assert model.fetches == before  # answered by a count query, not by loading rows
    assert model.data(model.index(600, 0), ID_ROLE) == target
    assert model.find_row("no-such-id", hint=10) is None


def test_clear_forgets_every_row(work: Desk, model: PagedRecordModel[ListRow]) -> None:
    model.set_source(CaseworkSource(work, "incident"))
    assert model.data(model.index(0, 2)) == "Blue Heron"
    model.clear()
    assert model.rowCount() == 0 and model.source is None
    assert model.row(0) is None
