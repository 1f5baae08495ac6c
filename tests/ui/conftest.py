"""Shared fixtures for the desktop-app tests: settings on a throwaway file, accessible names.

``tests/conftest.py`` already selects the offscreen Qt platform and isolates the home folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.settings import Settings


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "BackupCodeVault.ini"


@pytest.fixture
def qsettings(settings_file: Path) -> QSettings:
    """A QSettings in INI format on a temporary file, as the app uses (but never the real one)."""
    return QSettings(str(settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def settings(qapp: object, qsettings: QSettings) -> Settings:
    return Settings(qsettings)


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"{widget!r} has no accessibility interface"
    return str(interface.text(QAccessible.Text.Name))


@pytest.fixture
def accessible_name() -> Callable[[QWidget], str]:
    """What a screen reader announces for a widget."""
    return _accessible_name


def _tab_order(qtbot: QtBot, window: QWidget, start: QWidget, count: int) -> list[QWidget]:
    """The widgets that get the focus, from ``start`` on, as the user presses Tab."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus()
    visited: list[QWidget] = []
    for _ in range(count):
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return visited


@pytest.fixture
def tab_order(qtbot: QtBot) -> Callable[[QWidget, QWidget, int], list[QWidget]]:
    """``tab_order(window, start, count)``: where the focus goes, Tab after Tab."""
    return lambda window, start, count: _tab_order(qtbot, window, start, count)
