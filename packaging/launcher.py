"""The frozen app's entry point: the same as the `hrd-desk` command (hrd_desk.cli.main)."""

import os
import sys

from hrd_desk.cli import main

if sys.stdout is None or sys.stderr is None:
    # Windows' hrd-desk-gui.exe has no console, so no standard streams: the one-line messages
    # the app prints would raise instead (the window shows what matters to the caseworker)
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the app)
    sys.stdout = sys.stdout or sink
    sys.stderr = sys.stderr or sink

raise SystemExit(main())
