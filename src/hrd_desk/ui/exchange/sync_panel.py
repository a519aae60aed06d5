"""Sync through a drop folder: choose the folder, "Sync now", and optionally watch it.

One sync imports every bundle addressed to this vault that it has not seen and writes what each
verified colleague is owed (services/dropfolder.py). It runs on the writer thread. Watching
(folder_watch.py) starts when the vault unlocks, if it was switched on, and stops at lock; a sync
it starts reports on this panel only, never in a dialog over the caseworker's work.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from ...errors import StorageFailure
from ...services.desk import Desk
from ...services.dropfolder import SyncSummary
from ..contracts import AppContext
from ..i18n import QT_TRANSLATE_NOOP, filled, translate
from ..labels import heading, plain_label
from .common import LongJob, ProgressBox, button, card, progress_bar
from .folder_watch import FolderWatcher, Listing
from .summaries import failure_text, sync_text, when_text

PHASES = {
    "": QT_TRANSLATE_NOOP("SyncFolder", "Starting"),
    "importing": QT_TRANSLATE_NOOP("SyncFolder", "Receiving"),
    "writing": QT_TRANSLATE_NOOP("SyncFolder", "Sending"),
}


WATCH_NOTE = QT_TRANSLATE_NOOP(
    "SyncFolder", "Sync when bundles arrive there (the folder is also checked every minute)."
)


class SyncPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.folder: Path | None = None
        self._pending = False
        outer = QVBoxLayout(self)
        outer.addWidget(plain_label(
            translate("SyncFolder", "Sync through a folder that another tool carries between "
                                    "offices: a Syncthing folder, a network share, or a USB "
                                    "stick. Each pair of offices has its own subfolder there, "
                                    "named by a code only the two can work out, so a partner "
                                    "that carries only its own subfolder sees nothing of the "
                                    "others. Each sync imports what colleagues left for this "
                                    "vault and leaves a sealed bundle for each verified "
                                    "colleague that has new changes to the records shared with "
                                    "them (nothing when there is nothing new). Unverified "
                                    "colleagues are never synced. File and folder names carry "
                                    "no names."), object_name="muted", wrap=True))
        _frame, box = card(outer)
        box.addWidget(heading(translate("SyncFolder", "Drop folder"), factor=1.1))
        row = QHBoxLayout()
        self.folder_label = plain_label(
            translate("SyncFolder", "No folder chosen yet."), wrap=True, selectable=True
        )
        self.folder_label.setAccessibleName(translate("SyncFolder", "Drop folder"))
        row.addWidget(self.folder_label, 1)
        self.choose_button = button(translate("SyncFolder", "Choose folder…"), self.choose_folder,
                                    name=translate("SyncFolder", "Choose the drop folder"))
        row.addWidget(self.choose_button)
        box.addLayout(row)
        self.watch_box = QCheckBox(
            translate("SyncFolder", "Watch this folder while the vault is unlocked")
        )
        self.watch_box.setAccessibleName(
            translate("SyncFolder", "Watch the drop folder while unlocked")
        )
        self.watch_box.setAccessibleDescription(translate("SyncFolder", WATCH_NOTE))
        self.watch_box.toggled.connect(self._watch_toggled)
        box.addWidget(self.watch_box)
        box.addWidget(
            plain_label(translate("SyncFolder", WATCH_NOTE), object_name="muted", wrap=True)
        )  # a check
        # box cannot wrap: the detail goes underneath, so a narrow window needs no sideways scroll
        row = QHBoxLayout()
        self.sync_button = button(
            translate("SyncFolder", "Sync now"),
            lambda: self.sync_now(),
            primary=True,
            tip=translate("SyncFolder", "Receive and send through the drop folder now"),
        )
        row.addWidget(self.sync_button)
        row.addStretch(1)
        box.addLayout(row)
        self.progress = progress_bar(translate("SyncFolder", "Sync progress"))
        box.addWidget(self.progress)
        self.last = plain_label("", object_name="muted")
        box.addWidget(self.last)
        self.summary = plain_label("", wrap=True, selectable=True)
        self.summary.setAccessibleName(translate("SyncFolder", "What the last sync did"))
        box.addWidget(self.summary)
        outer.addStretch(1)
        self.job = LongJob(self.progress, self)
        self.job.phase_names = {k: translate("SyncFolder", v) for k, v in PHASES.items()}
        self.watcher = FolderWatcher(self)
        self.watcher.changed.connect(self._folder_changed)
        self._update()

    # -- life --------------------------------------------------------------------------------

    def prepare(self, ctx: AppContext) -> None:
        """At unlock, before the page is first shown: read the setting and start watching."""
        self.ctx = ctx
        try:
            self.folder, watch = ctx.reader.sync.drop_folder()
        except StorageFailure:
            self.folder, watch = None, False
        self.watch_box.blockSignals(True)
        self.watch_box.setChecked(watch)
        self.watch_box.blockSignals(False)
        self._apply_watch()
        self._update()

    def attach(self, ctx: AppContext) -> None:
        if self.ctx is None:
            self.prepare(ctx)

    def clear(self) -> None:
        """Lock: stop watching and forget the folder, the job and what the last sync said."""
        self.watcher.stop()
        self.job.stop()
        self._pending = False
        self.ctx = None
        self.folder = None
        self.folder_label.setText("")
        self.last.setText("")
        self.summary.setText("")
        self.watch_box.blockSignals(True)
        self.watch_box.setChecked(False)
        self.watch_box.blockSignals(False)
        self._update()

    def _update(self) -> None:
        ready = self.ctx is not None
        self.folder_label.setText(
            str(self.folder)
            if self.folder
            else (translate("SyncFolder", "No folder chosen yet.") if ready else "")
        )
        self.sync_button.setEnabled(ready and self.folder is not None and not self.job.busy)
        self.choose_button.setEnabled(ready and not self.job.busy)
        self.watch_box.setEnabled(ready and self.folder is not None)

    # -- settings ------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        if self.ctx is None:
            return
        chosen = self.ctx.prompter.open_folder(translate("SyncFolder", "Choose the drop folder"))
        if not chosen:
            return
        folder = Path(chosen).absolute()
        self._save(folder, self.watch_box.isChecked())

    def _watch_toggled(self, _on: bool) -> None:
        if self.folder is not None:
            self._save(self.folder, self.watch_box.isChecked())

    def _save(self, folder: Path, watch: bool) -> None:
        if self.ctx is None:
            return
        ctx = self.ctx

        def done(_result: None) -> None:
            self.folder = folder
            self._apply_watch()
            self._update()

        ctx.write(
            lambda desk: desk.sync.set_drop_folder(folder, watch),
            on_done=done,
            on_error=lambda exc: ctx.prompter.error(
                translate("SyncFolder", "Not saved"), failure_text(exc)
            ),
        )

    def _apply_watch(self) -> None:
        if self.folder is not None and self.watch_box.isChecked():
            if self.watcher.folder != self.folder:
                self.watcher.start(self.folder)
        else:
            self.watcher.stop()

    # -- syncing -------------------------------------------------------------------------------

    def _folder_changed(self) -> None:
        if self.job.busy:
            self._pending = True
        else:
            self.sync_now(automatic=True)

    def sync_now(self, *, automatic: bool = False) -> None:
        folder = self.folder
        if self.ctx is None or folder is None or self.job.busy:
            return
        ctx = self.ctx
        if not folder.is_dir():  # e.g. a USB stick not plugged in: never create it elsewhere
            text = (filled(translate("SyncFolder", "The drop folder %1 is not there right now "
                                                   "(a USB stick or a network share not "
                                                   "connected?). Nothing was synced."), folder))
            self.summary.setText(text)
            if not automatic:
                ctx.prompter.error(translate("SyncFolder", "Sync did not start"), text)
            return
        seen: Listing | None = self.watcher.snapshot()
        # Sync now is disabled while it runs, which sends the keyboard focus out of the page
        # (into the search field): it comes back when the sync ends
        from_here = self.sync_button.hasFocus()

        def job(desk: Desk, box: ProgressBox) -> SyncSummary:
            return desk.sync.sync_folder(folder, progress=box.set_phase)

        def done(outcome: SyncSummary) -> None:
            self.watcher.mark_seen(seen, also=[name for _c, name, _v in outcome.written])
            quiet = automatic and not (outcome.imported or outcome.written or outcome.damaged
                                       or outcome.not_sent)
            if quiet:
                said = translate("SyncFolder", "Last checked %1 (automatically).")
            elif automatic:
                said = translate("SyncFolder", "Last synced %1 (automatically).")
            else:
                said = translate("SyncFolder", "Last synced %1.")
            self.last.setText(filled(said, when_text(time.time())))
            if not quiet:
                self.summary.setText(sync_text(outcome))
            self._finished(from_here)

        def failed(exc: Exception) -> None:
            self.watcher.mark_seen(seen)
            self.last.setText(
                filled(
                    translate("SyncFolder", "The sync at %1 did not finish."),
                    when_text(time.time()),
                )
            )
            self.summary.setText(failure_text(exc))
            if not automatic:
                ctx.prompter.error(
                    translate("SyncFolder", "Sync did not finish"), failure_text(exc)
                )
            self._finished(from_here)

        if self.job.start(ctx, job, done, failed):
            self._update()

    def _finished(self, refocus: bool = False) -> None:
        self._update()
        if refocus and self.sync_button.isEnabled():
            self.sync_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._pending:
            self._pending = False
            self.watcher.check_now()

