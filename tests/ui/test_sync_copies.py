"""The banner for a sync program's conflicted copy: shown, merged on request, then trashed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shell_helpers import (
    find_open,
    wait_until,
)

from tests.conftest import PASSPHRASE
from ui.window.main_window import MainWindow
from vault.model import utcnow
from vault.store import VaultStore

BANNER_WORDS = "Another copy of your vault was made by a sync program — Merge"


@pytest.fixture(autouse=True)
def desktop_data_folder(isolated_home: Path) -> None:
    """A desktop session always has ~/.local/share; Qt will not trash without it."""
    (isolated_home / ".local" / "share").mkdir(parents=True)


def conflicted_copy(store: VaultStore, *, passphrase: str | None = None) -> Path:
    """The other laptop used one more Login.gov code before Dropbox synced this one."""
    copy = store.path.with_name(
        f"{store.path.stem} (conflicted copy 2026-11-25){store.path.suffix}"
    )
    shutil.copy(store.path, copy)
    other = VaultStore.open(copy, PASSPHRASE)
    other.vault.find("Login.gov")[0].use(utcnow())
    other.save()
    if passphrase:
        other.change_passphrase(passphrase)
    return copy


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return str(interface.text(QAccessible.Text.Name))


def merge_button(window: MainWindow) -> QPushButton:
    """The Merge button, found as a screen reader user finds it."""
    buttons = [
        b
        for b in window.findChildren(QPushButton)
        if _accessible_name(b) == "Merge the other copy into this vault"
    ]
    assert len(buttons) == 1
    return buttons[0]


def banner_text(window: MainWindow) -> str:
    frame = merge_button(window).parentWidget()
    assert frame is not None and _accessible_name(frame) == "Another copy of your vault"
    return " ".join(label.text() for label in frame.findChildren(QLabel))


def remaining(window: MainWindow, name: str) -> int:
    return window.document.vault.find(name)[0].remaining


def answer(box: QMessageBox, text: str) -> None:
    button: QAbstractButton = next(b for b in box.buttons() if b.text() == text)
    button.click()


def test_a_copy_made_while_the_vault_is_open_shows_after_the_next_save(
    qtbot: QtBot, filled: VaultStore, window: MainWindow
) -> None:
    conflicted_copy(filled)
    window.document.vault.find("GitHub")[0].notes = "changed"
    window.document.notify_all()  # a change: autosave runs, then the banner looks again
    wait_until(qtbot, lambda: merge_button(window).isVisible())


def test_no_banner_without_a_copy(window: MainWindow) -> None:
    assert not merge_button(window).isVisible()


def test_the_banner_merges_a_copy_and_offers_the_trash(
    qtbot: QtBot, filled: VaultStore, request: pytest.FixtureRequest
) -> None:
    before = filled.vault.find("Login.gov")[0].remaining
    copy = conflicted_copy(filled)
    window: MainWindow = request.getfixturevalue("window")  # unlocked after the copy appeared
    merge = merge_button(window)
    assert merge.isVisible()
    assert BANNER_WORDS in banner_text(window)
    merge.click()
    box = find_open(qtbot, window, QMessageBox)
    assert "Everything in the other copy is now in your vault" in box.text()
    assert str(copy) in box.informativeText()
    assert remaining(window, "Login.gov") == before - 1  # the other laptop's use counts here
    answer(box, "Move to Trash")
    assert not copy.exists()
    wait_until(qtbot, lambda: not merge.isVisible())  # nothing left to merge
    on_disk = VaultStore.open(filled.path, PASSPHRASE).vault
    assert on_disk.find("Login.gov")[0].remaining == before - 1


def test_a_copy_under_another_passphrase_asks_for_it(
    qtbot: QtBot, filled: VaultStore, request: pytest.FixtureRequest
) -> None:
    before = filled.vault.find("Login.gov")[0].remaining
    copy = conflicted_copy(filled, passphrase="the other laptop's passphrase")
    window: MainWindow = request.getfixturevalue("window")
    merge_button(window).click()
    asked = find_open(qtbot, window, QInputDialog)
    assert "different passphrase" in asked.labelText()
    asked.setTextValue("the other laptop's passphrase")
    asked.accept()
    box = find_open(qtbot, window, QMessageBox)
    answer(box, "Keep it")
    assert copy.exists()
    assert remaining(window, "Login.gov") == before - 1
