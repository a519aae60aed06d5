"""The single writer: writes queue instead of failing, late results after a lock are dropped."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hrd_desk.errors import InvalidValue, StorageFailure
from hrd_desk.services.casework import Casework
from hrd_desk.services.desk import Desk, unlock_desk
from hrd_desk.services.session import Session, create_vault, unlock_vault
from hrd_desk.store.dbapi import checkpoint, transaction
from hrd_desk.ui import writer
from hrd_desk.ui.app_context import LiveContext, VaultLocked
from hrd_desk.ui.tasks import BackgroundTasks

from .conftest import PASSPHRASE, ScriptedPrompter


@pytest.fixture
def ctx(qtbot: QtBot, vault_dir: Path, prompter: ScriptedPrompter) -> Iterator[LiveContext]:
    create_vault(vault_dir, PASSPHRASE)
    context = LiveContext(prompter, open_record=lambda k, i: None,
                          copy_to_clipboard=lambda t: None)
    context.open(unlock_desk(vault_dir, PASSPHRASE))
    yield context
    context.close()
    context.wait_for_stragglers()


def _defender(name: str) -> dict[str, Any]:
    return {"name": name, "consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"}


def test_a_save_during_a_long_write_waits_its_turn(qtbot: QtBot, ctx: LiveContext) -> None:
    holding = threading.Event()
    order: list[str] = []
    failures: list[Exception] = []

    def long_import(desk: Desk) -> str:
        with transaction(desk.records.conn):  # holds SQLite's write lock for a while
            desk.records.store.create("defender", _defender("Imported"))
            holding.set()
            time.sleep(0.6)
        return "import"

    ctx.write(long_import, order.append, failures.append)
    assert holding.wait(5)
    # meanwhile the GUI thread reads (WAL: readers never wait for the writer)
    started = time.monotonic()
    assert ctx.reader.records.count("defender") == 0
    assert time.monotonic() - started < 0.3
    ctx.write(lambda desk: desk.records.add("defender", _defender("Saved in a form")) and "save",
              order.append, failures.append)
    qtbot.waitUntil(lambda: len(order) + len(failures) == 2, timeout=10_000)
    assert failures == []
    assert order == ["import", "save"]
    assert ctx.reader.records.count("defender") == 2


def test_the_writer_copies_the_wal_into_the_database_once_idle(
        qtbot: QtBot, ctx: LiveContext, vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write's commit leaves its pages in the WAL (store/dbapi.py WAL_FOLD_PAGES); the writer
    copies them into the database file once no job came for IDLE_FOLD_S."""
    monkeypatch.setattr(writer, "IDLE_FOLD_S", 0.05)
    db = vault_dir / "vault.db"
    done: list[object] = []
    ctx.write(lambda desk: checkpoint(desk.records.conn), done.append)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=10_000)
    before = db.read_bytes()
    ctx.write(lambda desk: desk.records.add("defender", _defender("Folded")), done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: db.read_bytes() != before, timeout=10_000)


def test_writes_notify_pages_with_the_kinds_they_changed(qtbot: QtBot, ctx: LiveContext) -> None:
    with qtbot.waitSignal(ctx.data_changed) as changed:
        ctx.write(lambda desk: desk.records.add("defender", _defender("A")))
    assert changed.args == [frozenset({"defender"})]


def test_errors_reach_on_error_or_the_prompter(
    qtbot: QtBot, ctx: LiveContext, prompter: ScriptedPrompter
) -> None:
    errors: list[Exception] = []
    ctx.write(lambda desk: desk.records.add("defender", {"consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"}), None,
              errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], InvalidValue) and errors[0].field == "name"
    ctx.write(lambda desk: desk.records.add("defender", {"consent": "colleagues",
            "consent_date": "2024-01-15", "consent_how": "written"}))
    qtbot.waitUntil(lambda: bool(prompter.calls), timeout=5000)
    assert prompter.calls == [("error", "The change was not saved",
                              "Display name: This is required.")]
    assert ctx.reader.records.count("defender") == 0


def test_the_gui_connection_cannot_write(ctx: LiveContext) -> None:
    with pytest.raises(StorageFailure, match="readonly"):
        ctx.reader.records.add("defender", _defender("Written on the GUI thread"))


def test_a_result_that_arrives_after_the_lock_is_dropped(qtbot: QtBot, ctx: LiveContext) -> None:
    results: list[object] = []
    finished = threading.Event()

    def quick(desk: Desk) -> str:
        record = desk.records.add("defender", _defender("Late"))
        finished.set()
        return record

    ctx.write(quick, results.append, results.append)
    assert finished.wait(5)
    time.sleep(0.1)  # the result is now queued for the GUI thread, not yet delivered
    epoch = ctx.epoch
    ctx.close()
    assert ctx.epoch == epoch + 1
    qtbot.wait(100)  # the event loop delivers the queued result: it must be dropped
    assert results == []
    with pytest.raises(VaultLocked):
        _ = ctx.reader


def test_lock_cancels_a_running_write_and_commits_nothing(
    qtbot: QtBot, ctx: LiveContext, vault_dir: Path
) -> None:
    running = threading.Event()
    outcome: list[object] = []

    def endless(desk: Desk) -> None:
        with transaction(desk.records.conn):
            desk.records.store.create("defender", _defender("Never committed"))
            running.set()
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:  # a long job made of many statements
                desk.records.conn.execute("SELECT count(*) FROM versions").fetchone()

    ctx.write(endless, outcome.append, outcome.append)
    assert running.wait(5)
    started = time.monotonic()
    ctx.close()
    assert time.monotonic() - started < 5, "the lock stopped the running job"
    qtbot.wait(50)
    assert outcome == []
    with Session(unlock_vault(vault_dir, PASSPHRASE)) as session:
        assert Casework(session).count("defender") == 0


def test_jobs_queued_behind_the_lock_never_run(qtbot: QtBot, ctx: LiveContext,
                                               vault_dir: Path) -> None:
    gate = threading.Event()
    started = threading.Event()
    ran: list[str] = []

    def slow(desk: Desk) -> None:
        started.set()
        gate.wait(5)
        ran.append("slow")

    def queued(desk: Desk) -> None:
        ran.append("queued")
        desk.records.add("defender", _defender("Queued"))

    ctx.write(slow)
    ctx.write(queued)
    assert started.wait(5)
    threading.Timer(0.2, gate.set).start()
    ctx.close()
    assert ran == ["slow"]
    with Session(unlock_vault(vault_dir, PASSPHRASE)) as session:
        assert Casework(session).count("defender") == 0


def test_background_tasks_drop_results_no_longer_wanted(qtbot: QtBot) -> None:
    tasks = BackgroundTasks()
    wanted = {"yes": True}
    got: list[object] = []
    tasks.run(lambda: time.sleep(0.1) or "late", got.append, still_wanted=lambda: wanted["yes"])
    wanted["yes"] = False
    assert tasks.wait(5000)
    qtbot.wait(50)
    assert got == []
    tasks.run(lambda: "on time", got.append)
    qtbot.waitUntil(lambda: got == ["on time"], timeout=5000)
    tasks.wait()
