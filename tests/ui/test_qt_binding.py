"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 did not on Python 3.11.

That release returned None from every void method without taking a reference, so after a few
thousand calls (a minute of normal use) the interpreter aborted with "deallocating None".
pyproject pins below it; this test fails loudly if an upgrade brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


def test_void_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    obj = QObject()
    field = QLineEdit()
    qtbot.addWidget(field)
    before = sys.getrefcount(None)
    for _ in range(500):
        obj.setObjectName("x")
        field.setText("y")
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) - before > -50
