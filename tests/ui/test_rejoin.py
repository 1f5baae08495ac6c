"""The passphrase changed in another program while the window is open: ask, save, lose nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from shell_helpers import (
    find_open,
    select,
    wait_until,
)

from tests.conftest import PASSPHRASE
from ui.state.autosave import SaveState
from ui.window.main_window import MainWindow
from vault.store import VaultStore

NEW = "a passphrase chosen in the other window"


def change_something(window: MainWindow) -> None:
    account = select(window, "GitHub")
    account.notes = "written in this window"
    window.document.notify_account(account.id)


def test_the_new_passphrase_is_asked_for_and_the_change_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    VaultStore.open(window.document.path, PASSPHRASE).change_passphrase(NEW)
    change_something(window)
    asked = find_open(qtbot, window, QInputDialog)
    assert "changed in another window or program" in asked.labelText()
    assert window.autosaver.state is SaveState.FAILED  # and the status bar says why
    asked.setTextValue(PASSPHRASE)  # the old one: refused, asked again
    asked.accept()
    wait_until(qtbot, lambda: "does not open" in find_open(qtbot, window, QInputDialog).labelText())
    again = find_open(qtbot, window, QInputDialog)
    again.setTextValue(NEW)
    again.accept()
    wait_until(qtbot, lambda: window.autosaver.state is SaveState.SAVED)
    on_disk = VaultStore.open(window.document.path, NEW).vault
    assert on_disk.find("GitHub")[0].notes == "written in this window"
