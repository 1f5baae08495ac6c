"""Shared fixtures for the desktop-app tests: settings on a throwaway file, accessible names,
and the app shell (a filled vault, its document, autosaver, clipboard and main window).

``tests/conftest.py`` already selects the offscreen Qt platform and isolates the home folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shell_helpers import CLIPBOARD_MS, fill

from ui.state.autosave import Autosaver
from ui.state.clipboard import SecretClipboard
from ui.state.open_vault import OpenVault
from ui.state.settings import Settings
from ui.state.tasks import wait_for_background_work
from ui.window.main_window import MainWindow
from ui.words.plurals import EnglishPlurals
from vault.store import VaultStore


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


@pytest.fixture(name="english_plurals", autouse=True)
def english_plurals_fixture(qapp: QApplication) -> Iterator[None]:
    """As the app entry does: "1 code", "3 codes"."""
    translator = EnglishPlurals()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(name="no_work_left_behind", autouse=True)
def no_work_left_behind_fixture() -> Iterator[None]:
    """Background saves and unlocks finish before the next test's files appear."""
    yield
    wait_for_background_work()


@pytest.fixture(name="filled")
def filled_fixture(store: VaultStore) -> VaultStore:
    return fill(store)


@pytest.fixture(name="clipboard")
def clipboard_fixture(settings: Settings, qapp: QApplication) -> SecretClipboard:
    return SecretClipboard(settings, interval_ms=CLIPBOARD_MS)


@pytest.fixture(name="document")
def document_fixture(filled: VaultStore, qapp: QApplication) -> Iterator[OpenVault]:
    doc = OpenVault(filled)
    yield doc
    doc.deleteLater()


@pytest.fixture(name="autosaver")
def autosaver_fixture(document: OpenVault) -> Autosaver:
    return Autosaver(document, document)


@pytest.fixture(name="window")
def window_fixture(
    qtbot: QtBot,
    document: OpenVault,
    autosaver: Autosaver,
    settings: Settings,
    clipboard: SecretClipboard,
) -> MainWindow:
    win = MainWindow(document, autosaver, settings, clipboard)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
