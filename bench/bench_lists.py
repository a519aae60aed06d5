"""List speed with a big vault: the Defenders list, the Threat log and a defender's timeline.

    .venv/bin/python bench/bench_lists.py [--defenders 10000] [--incidents 100000] [--runs 7]

Each figure is the best and the median of `--runs`, through the same code the GUI runs
(ui.record_model over ui.list_sources, services.overview): the count plus the first block of
rows, a block deep in the list (a scrollbar dragged to the middle), a header click (sort in SQL),
a filtered count, and finding a record's row after a reload (keeping the place). The same
measurements on a vault of 1/100 the size are the in-process reference, printed as a ratio.
Prints figures; never asserts a time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _time(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def measure(vault: Path, runs: int) -> dict[str, tuple[float, float]]:
    from populate import BENCH_PASSPHRASE
    from PySide6.QtCore import Qt

    from hrd_desk.services.casework import Casework, RecordFilter
    from hrd_desk.services.overview import DefenderOverview, timeline_groups, timeline_items
    from hrd_desk.services.session import open_session
    from hrd_desk.ui.list_sources import CaseworkSource, OverviewSource
    from hrd_desk.ui.pages.defenders import COLUMNS as DEFENDER_COLUMNS
    from hrd_desk.ui.pages.threat_log import COLUMNS as INCIDENT_COLUMNS
    from hrd_desk.ui.record_model import PagedRecordModel

    results: dict[str, tuple[float, float]] = {}
    with open_session(vault, BENCH_PASSPHRASE) as session:
        reader = Casework(session)
        defenders: PagedRecordModel[Any] = PagedRecordModel(DEFENDER_COLUMNS)
        incidents: PagedRecordModel[Any] = PagedRecordModel(INCIDENT_COLUMNS)

        def first_page(model: PagedRecordModel[Any], make: Callable[[], Any]) -> None:
            model.set_source(make())
            for row in range(min(40, model.rowCount())):  # what one screen paints
                for column in range(model.columnCount()):
                    model.data(model.index(row, column))

        open_log = RecordFilter(status=("open", "monitoring"))
        results["defenders: count + first screen"] = _time(
            lambda: first_page(defenders, lambda: OverviewSource(reader)), runs)
        results["threat log (open+monitoring): count + first screen"] = _time(
            lambda: first_page(incidents, lambda: CaseworkSource(reader, "incident", open_log)),
            runs)
        middle = incidents.rowCount() // 2

        def deep() -> None:
            incidents.reload()
            incidents.data(incidents.index(middle, 0))

        results["threat log: a block in the middle"] = _time(deep, runs)
        results["threat log: sort by severity (header click)"] = _time(
            lambda: (incidents.sort(4, Qt.SortOrder.DescendingOrder),
                     incidents.data(incidents.index(0, 0))), runs)
        results["threat log: filtered count (category)"] = _time(
            lambda: reader.count("incident", RecordFilter(category="digital")), runs)
        incidents.set_source(CaseworkSource(reader, "incident", open_log))
        target = incidents.record_id(middle) or ""
        results["threat log: row of a record after a reload"] = _time(
            lambda: incidents.find_row(target), runs)
        busiest = DefenderOverview(reader).ids(order="open_incidents", limit=1)[0]

        def timeline() -> None:
            groups = timeline_groups(reader, busiest)
            for group in groups[:3]:
                timeline_items(reader, busiest, group.key)

        results["busiest defender: timeline groups + 3 open groups"] = _time(timeline, runs)
        defenders.clear()
        incidents.clear()
    return results


def main() -> int:
    from populate import populated_vault
    from PySide6.QtWidgets import QApplication

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--defenders", type=int, default=10_000)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        print(f"building or copying vaults ({args.defenders} defenders, {args.incidents} "
              "incidents, and 1/100 of that)...", flush=True)
        big = populated_vault(Path(tmp) / "big", args.defenders, args.incidents)
        small = populated_vault(Path(tmp) / "small", max(args.defenders // 100, 10),
                                max(args.incidents // 100, 100))
        reference = measure(small, args.runs)
        figures = measure(big, args.runs)
    width = max(len(k) for k in figures)
    print(f"{'':{width}}  best ms  median ms  vs 1/100 size")
    for name, (best, median) in figures.items():
        ratio = median / max(reference[name][1], 1e-9)
        print(f"{name:{width}}  {best * 1000:7.1f}  {median * 1000:9.1f}  {ratio:8.1f}x")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
