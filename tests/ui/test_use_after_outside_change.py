"""Use next code in the window after another program used a code: it is never handed out twice."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from shell_helpers import (
    GITHUB_CODES,
    find_open,
    select,
    wait_saved,
)

from tests.conftest import PASSPHRASE
from ui.window.main_window import MainWindow
from ui.window.use_code import DidItWorkBox
from vault.model import utcnow
from vault.store import VaultStore


def test_a_code_used_by_another_program_is_skipped(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "GitHub")  # 2 codes left: GITHUB_CODES[14] and [15]
    other = VaultStore.open(window.document.path, PASSPHRASE)  # the command line, say
    assert other.vault.find("GitHub")[0].use(utcnow()).text == GITHUB_CODES[14]
    other.save()

    window.use_button.click()
    box = find_open(qtbot, window, DidItWorkBox)
    assert QGuiApplication.clipboard().text() == GITHUB_CODES[15]  # not the one used elsewhere
    box.yes.click()
    assert window.document.vault.find("GitHub")[0].remaining == 0
    wait_saved(qtbot, window.autosaver)
    on_disk = VaultStore.open(window.document.path, PASSPHRASE).vault.find("GitHub")[0]
    assert on_disk.remaining == 0
    assert on_disk.current is not None
    assert [c.text for c in on_disk.current.codes if c.used][-2:] == GITHUB_CODES[14:16]


def test_without_outside_changes_the_code_is_copied_at_once(window: MainWindow) -> None:
    select(window, "Login.gov")
    window.use_button.click()
    assert QGuiApplication.clipboard().text()  # no wait: the file is as this window left it
