"""The Qt binding we install must not corrupt Python: PySide6 6.12.0 lowered None's refcount on
every call returning nothing, so a long session aborted with "none_dealloc". pyproject pins
below it; this test fails if an install picks a binding with that bug again."""

from __future__ import annotations

import sys

import pytest
from PySide6 import __version_info__ as pyside_version
from PySide6.QtCore import QObject

BROKEN = (6, 12, 0)  # the release with the bug; pyproject asks for an older one


def test_the_installed_binding_is_not_the_broken_release() -> None:
    assert tuple(pyside_version[:3]) != BROKEN, pyside_version


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 on: its refcount never changes, so the bug "
    "cannot be seen (nor abort the process) there",
)
def test_void_qt_calls_leave_the_refcount_of_none_alone() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 50
