"""The Qt binding we install must not corrupt Python: PySide6 6.12.0 lowered None's refcount on
every call returning nothing, so a long session aborted with "none_dealloc". pyproject pins
below it; this test fails if an install picks a binding with that bug again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_leave_the_refcount_of_none_alone() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 50
