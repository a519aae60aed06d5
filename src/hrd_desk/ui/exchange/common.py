"""Widgets and plumbing the Exchange panels share.

Long work (export, import, sync) writes to the vault, so it runs on the writer thread through
`ctx.write`, which holds the only write connection: a save made meanwhile waits its turn instead
of failing with "database is locked", and locking cancels the job and drops its results. Progress
crosses threads through a plain locked box that a GUI-thread timer reads (no Qt object is touched
from the writer thread, so nothing can outlive a page torn down at lock).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.bundle_files import BUNDLE_SUFFIX
from ...services.desk import Desk
from ..column_font import equal_width_font
from ..contracts import AppContext
from ..i18n import filled, translate
from ..labels import heading, plain_label
from ..theme import scaled_font
from .qr import qr_pixmap

T = TypeVar("T")
POLL_MS = 100
GROUPS_PER_LINE = 5


class ProgressBox:
    """Progress written by a job on the writer thread, read by the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = 0
        self._total = 0
        self._phase = ""

    def report(self, done: int, total: int) -> None:
        with self._lock:
            self._done, self._total = done, total

    def set_phase(self, phase: str) -> None:
        with self._lock:
            self._phase = phase

    def read(self) -> tuple[int, int, str]:
        with self._lock:
            return self._done, self._total, self._phase


class LongJob(QObject):
    """One long write at a time on the writer thread, shown on a progress bar."""

    def __init__(self, bar: QProgressBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.bar.hide()
        self.phase_names: dict[str, str] = {}
        self._box: ProgressBox | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        return self._box is not None

    def start(
        self,
        ctx: AppContext,
        job: Callable[[Desk, ProgressBox], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> bool:
        """Queue `job` on the writer; False (and nothing queued) while another is running."""
        if self._box is not None:
            return False
        box = ProgressBox()
        self._box = box
        self.bar.setRange(0, 0)  # busy until the job reports a total
        self.bar.setFormat(translate("Progress", "Working…"))
        self.bar.show()
        self._timer.start()

        def done(result: T) -> None:
            self.stop()
            on_done(result)

        def failed(exc: Exception) -> None:
            self.stop()
            on_error(exc)

        ctx.write(lambda desk: job(desk, box), on_done=done, on_error=failed)
        return True

    def _poll(self) -> None:
        if self._box is None:
            return
        done, total, phase = self._box.read()
        label = self.phase_names.get(phase) or translate("Progress", "Working…")
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            # %v and %m are the bar's own placeholders (done, total), filled in by Qt
            self.bar.setFormat(filled(translate("Progress", "%1 %v of %m"), label))
        else:
            self.bar.setFormat(label)

    def stop(self) -> None:
        """Forget the job (it finished, or the vault is locking: its results are dropped)."""
        self._timer.stop()
        self._box = None
        self.bar.hide()
        self.bar.reset()


def bundle_filters(*, parts: bool = False) -> str:
    """The file dialog filter for sealed bundles, in the current language; with `parts`, the
    parts of a split bundle (NAME.part1of3 and so on) are offered too (import)."""
    patterns = f"*{BUNDLE_SUFFIX} *.part*of*" if parts else f"*{BUNDLE_SUFFIX}"
    return filled(translate("Exchange", "Sealed bundles (%1);;All files (*)"), patterns)


def progress_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setAccessibleName(name)
    bar.setTextVisible(True)
    return bar


def button(text: str, slot: Callable[[], Any], *, tip: str = "", primary: bool = False,
           name: str | None = None) -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(name or text.rstrip("…"))
    if tip:
        made.setToolTip(tip)
    if primary:
        made.setObjectName("primary")
    made.clicked.connect(lambda _checked=False: slot())
    return made


def card(parent_layout: QLayout | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A framed group (QFrame#card in the theme)."""
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    if parent_layout is not None:
        parent_layout.addWidget(frame)
    return frame, layout


def warning_label(text: str = "") -> QLabel:
    label = plain_label(text, object_name="warningBox", wrap=True)
    if not text:  # never show() it here: without a parent yet, it would open as a window
        label.hide()
    return label


def set_warning(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def grouped_fingerprint(fingerprint: str) -> str:
    """Ten groups of four, five to a line (easier to read aloud and to compare by eye)."""
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[i:i + GROUPS_PER_LINE])
                     for i in range(0, len(groups), GROUPS_PER_LINE))


class FingerprintView(QWidget):
    """A fingerprint in full (large, monospace, selectable) and as a QR code."""

    def __init__(self, caption: str = "", parent: QWidget | None = None, *,
                 qr_em: int = 11) -> None:
        super().__init__(parent)
        self.fingerprint = ""
        em = self.fontMetrics().horizontalAdvance("M")
        self._qr_px = em * qr_em
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        text_side = QVBoxLayout()
        self.caption = heading(caption, factor=1.1)
        text_side.addWidget(self.caption)
        self.groups = plain_label("", selectable=True)
        self.groups.setFont(equal_width_font(scaled_font(self.groups, 1.5, bold=True)))
        self.groups.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keyboard users can select it
        text_side.addWidget(self.groups)
        text_side.addStretch(1)
        layout.addLayout(text_side)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        layout.addStretch(1)

    def show_fingerprint(self, fingerprint: str, caption: str | None = None) -> None:
        self.fingerprint = fingerprint
        if caption is not None:
            self.caption.setText(caption)
        self.groups.setText(grouped_fingerprint(fingerprint))
        label = self.caption.text() or translate("Exchange", "Fingerprint")
        self.groups.setAccessibleName(label if "fingerprint" in label.lower()
                                      else filled(translate("Exchange", "%1: fingerprint"), label))
        self.groups.setAccessibleDescription(fingerprint)
        pixmap = qr_pixmap(fingerprint, self._qr_px)
        self.qr.setFixedSize(pixmap.size())
        self.qr.setPixmap(pixmap)
        self.qr.setAccessibleName(
            filled(translate("Exchange", "%1: fingerprint as a QR code"), label)
        )

    def clear(self) -> None:
        self.fingerprint = ""
        self.caption.setText("")
        self.groups.setText("")
        self.groups.setAccessibleName("")
        self.groups.setAccessibleDescription("")
        self.qr.clear()
        self.qr.setAccessibleName("")
