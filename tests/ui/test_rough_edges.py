"""Small things a new user meets in the main window: the search field's Esc and clear button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from shell_helpers import (
    control,
    find_open,
)

from ui.window.main_window import MainWindow


def accessible_name(widget: QWidget) -> str:
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface else ""


def search_field(window: MainWindow) -> QLineEdit:
    fields = [f for f in window.findChildren(QLineEdit) if accessible_name(f) == "Search accounts"]
    assert len(fields) == 1
    return fields[0]


def test_esc_clears_the_search_and_every_account_shows_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show()
    search = search_field(window)
    search.setFocus()
    QTest.keyClicks(search, "log")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    QTest.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 5)


def test_the_clear_button_has_a_name_and_shows_only_with_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show()
    search = search_field(window)

    def clear_buttons() -> list[QAbstractButton]:
        return [
            b
            for b in search.findChildren(QAbstractButton)
            if accessible_name(b) == "Clear search" and b.isVisible()
        ]

    assert clear_buttons() == []
    QTest.keyClicks(search, "git")
    qtbot.waitUntil(lambda: len(clear_buttons()) == 1)
    clear_buttons()[0].click()
    assert search.text() == ""
    assert [a.text() for a in search.actions() if isinstance(a, QAction)] == ["Clear search"]


def test_the_window_title_names_the_app_once(window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    app_name = QGuiApplication.applicationDisplayName()
    # the platform shows "<title> — <display name>"; the title must not carry the name itself
    assert window.windowTitle() == window.document.path.name
    assert app_name not in window.windowTitle()


def test_a_changed_passphrase_is_confirmed_in_words(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from ui.access.passphrase_dialog import ChangePassphraseDialog
    from vault.store import VaultStore

    new = "marble orchard kettle violin"
    window.vault_actions.change_passphrase.trigger()
    dialog = find_open(qtbot, window, ChangePassphraseDialog)
    first = control(dialog, QLineEdit, "New passphrase")
    again = control(dialog, QLineEdit, "Type the new passphrase again")
    qtbot.keyClicks(first, new)
    qtbot.keyClicks(again, new)
    ok = next(b for b in dialog.findChildren(QPushButton) if "passphrase" in b.text())
    qtbot.waitUntil(ok.isEnabled, timeout=3000)
    ok.click()
    told = find_open(qtbot, window, QMessageBox)
    assert told.windowTitle() == "Passphrase changed"
    assert "new passphrase" in told.text() and "old one no longer opens it" in told.text()
    assert VaultStore.open(window.document.path, new).vault.accounts


def test_the_unlock_and_first_run_titles_leave_the_app_name_to_qt(tmp_path: Path) -> None:
    from ui.access.first_run import FirstRunDialog
    from ui.access.unlock import UnlockDialog

    for dialog in (UnlockDialog(tmp_path / "v.bcvault"), FirstRunDialog(tmp_path / "v.bcvault")):
        assert "Backup Code Vault" not in dialog.windowTitle()
        dialog.deleteLater()
