"""The Settings dialog: shows what is stored, saves on OK only, keyboard- and reader-friendly."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ui.state.settings import Setting, Settings
from ui.window.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(settings: Settings, qtbot: QtBot) -> SettingsDialog:
    settings.set(Setting.IDLE_LOCK_MINUTES, 10)
    settings.set(Setting.CLIPBOARD_SECONDS, 30)
    settings.set(Setting.DEFAULT_THRESHOLD, 4)
    window = SettingsDialog(settings)
    qtbot.addWidget(window)
    return window


def button(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(which)


def test_shows_the_stored_values_in_words(dialog: SettingsDialog) -> None:
    assert dialog.idle_minutes.text() == "10 minutes"
    assert dialog.clipboard_seconds.text() == "30 seconds"
    assert dialog.threshold.value() == 4
    dialog.idle_minutes.setValue(1)
    assert dialog.idle_minutes.text() == "1 minute"
    dialog.idle_minutes.setValue(0)
    assert dialog.idle_minutes.text() == "Never"


def test_offers_only_what_the_settings_accept(dialog: SettingsDialog) -> None:
    assert (dialog.idle_minutes.minimum(), dialog.idle_minutes.maximum()) == (0, 240)
    assert (dialog.clipboard_seconds.minimum(), dialog.clipboard_seconds.maximum()) == (5, 300)
    assert (dialog.threshold.minimum(), dialog.threshold.maximum()) == (0, 50)


def test_ok_saves(dialog: SettingsDialog, settings: Settings, qtbot: QtBot) -> None:
    dialog.idle_minutes.setValue(0)
    dialog.clipboard_seconds.setValue(12)
    dialog.threshold.setValue(2)
    with qtbot.waitSignal(dialog.accepted, timeout=100):
        qtbot.mouseClick(
            button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert settings.get(Setting.IDLE_LOCK_MINUTES) == 0
    assert settings.get(Setting.CLIPBOARD_SECONDS) == 12
    assert settings.get(Setting.DEFAULT_THRESHOLD) == 2


def test_a_number_typed_but_not_confirmed_is_saved_too(
    dialog: SettingsDialog, settings: Settings, qtbot: QtBot
) -> None:
    dialog.clipboard_seconds.lineEdit().selectAll()
    qtbot.keyClicks(dialog.clipboard_seconds.lineEdit(), "45")
    dialog.accept()
    assert settings.get(Setting.CLIPBOARD_SECONDS) == 45


def test_cancel_changes_nothing(dialog: SettingsDialog, settings: Settings, qtbot: QtBot) -> None:
    dialog.idle_minutes.setValue(1)
    dialog.threshold.setValue(9)
    with qtbot.assertNotEmitted(settings.changed):
        qtbot.mouseClick(
            button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )
    assert settings.get(Setting.IDLE_LOCK_MINUTES) == 10
    assert settings.get(Setting.DEFAULT_THRESHOLD) == 4


def test_every_control_has_a_name_and_tab_goes_through_them_in_order(
    dialog: SettingsDialog,
    accessible_name: Callable[[QWidget], str],
    tab_order: Callable[[QWidget, QWidget, int], list[QWidget]],
) -> None:
    assert accessible_name(dialog.idle_minutes) == "Lock after this many minutes without use"
    assert accessible_name(dialog.threshold) == "Warn when this many codes or fewer are left"
    assert "clipboard" in accessible_name(dialog.clipboard_seconds)
    for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
        assert accessible_name(button(dialog, which))

    visited = tab_order(dialog, dialog.idle_minutes, 3)
    assert visited == [dialog.idle_minutes, dialog.clipboard_seconds, dialog.threshold]
