"""Restore from a paper copy: the accounts on the printed copy, what happens to each, and undo.

The disaster path: the computer is gone and the safe-deposit copy is all that is left. The copy is
printed with the app's own printing into a temporary folder, then restored through File ▸ Restore
from a paper copy into an empty vault and into a vault that already holds one of its accounts.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shell_helpers import (
    find_open,
)

from ui.intake.import_dialog import ImportDialog, Page, ScanRequest
from ui.state.autosave import Autosaver
from ui.state.clipboard import SecretClipboard
from ui.state.open_vault import OpenVault
from ui.state.settings import Settings
from ui.state.tasks import wait_for_background_work
from ui.window.main_window import MainWindow
from vault.importers import ScanResult
from vault.importers.result import ScannedAccount
from vault.model import Account, Code, CodeSet, Kind, Vault
from vault.store import VaultStore

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

IMPORTED = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
USED_ON = datetime(2026, 2, 14, tzinfo=UTC)
GOOGLE = [f"{n}{n}{n}{n} {n}{n}{n}{n}" for n in range(10)]
GITHUB = [f"{n:02d}a4e-b{n:02d}7c" for n in range(16)]
APPLE = "AB12-CD34-EF56-GH78-JK90-LM12-NP34"
PAPER = [
    ScannedAccount(
        "Google — jane@example.com",
        "Google",
        Kind.SET,
        GOOGLE,
        used=GOOGLE[:2],
        used_on={GOOGLE[0]: USED_ON},
        username="jane@example.com",
    ),
    ScannedAccount("GitHub", "GitHub", Kind.SET, GITHUB, used=GITHUB[:3]),
    ScannedAccount("Apple ID", "Apple", Kind.KEY, [APPLE]),
]


class FakeScanner:
    def __init__(self, result: ScanResult) -> None:
        self.result = result

    def __call__(self, request: ScanRequest) -> ScanResult:
        assert threading.current_thread() is not threading.main_thread()
        return self.result


def paper_result() -> ScanResult:
    return ScanResult("paper-copy.pdf", None, Kind.SET, [], accounts=PAPER)


def holding(name: str, service: str, codes: list[str], used: int = 0) -> Account:
    account = Account(name=name, service=service)
    account.replace_set(IMPORTED, CodeSet(Kind.SET, [Code(c) for c in codes], IMPORTED))
    for _ in range(used):
        account.use(IMPORTED)
    return account


@pytest.fixture
def open_dialog(qtbot: QtBot) -> Iterator[object]:
    made: list[ImportDialog] = []

    def make(vault: Vault) -> ImportDialog:
        dialog = ImportDialog(
            vault, path=Path("/bank/paper-copy.pdf"), scanner=FakeScanner(paper_result())
        )
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitUntil(lambda: dialog.current_page() is Page.RESTORE, timeout=5000)
        made.append(dialog)
        return dialog

    yield make
    wait_for_background_work()


def named(parent: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{kind.__name__} {name!r}: {len(found)} found"
    return found[0]


def shown_rows(dialog: QWidget) -> list[list[str]]:
    view = named(dialog, QTableView, "Accounts on the paper copy")
    assert isinstance(view, QTableView)
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def visible_texts(dialog: QWidget) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def test_a_paper_copy_lists_its_accounts_and_what_happens_to_each(
    qtbot: QtBot, open_dialog: object
) -> None:
    vault = Vault()
    vault.add(holding("GitHub", "GitHub", GITHUB, used=1))  # the same codes: marks merged
    vault.add(holding("Apple ID", "Apple", ["ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"]))  # other codes
    dialog = open_dialog(vault)  # type: ignore[operator]
    assert "This is a paper copy with 3 accounts" in visible_texts(dialog)
    assert shown_rows(dialog) == [
        ["Google — jane@example.com", "10 codes, 2 used", "Added as a new account"],
        [
            "GitHub",
            "16 codes, 3 used",
            "Already in your vault: the codes used on paper are marked used",
        ],
        ["Apple ID", "A recovery key", "Skipped: your account of that name holds other codes"],
    ]
    assert "1 account will be skipped" in visible_texts(dialog)
    restore = named(dialog, QPushButton, "Restore the accounts")
    assert restore.isVisible() and restore.isEnabled()
    assert restore.text().replace("&", "") == "Restore"
    # nothing changes before the user says so
    assert [a.name for a in vault.accounts] == ["GitHub", "Apple ID"]
    assert vault.accounts[0].remaining == 15


def test_nothing_to_restore_leaves_the_button_disabled(qtbot: QtBot, open_dialog: object) -> None:
    vault = Vault()
    for scanned in PAPER:  # every name taken by other codes
        vault.add(holding(scanned.account, "Other", [f"{scanned.account[:3]}-0000-1111"]))
    dialog = open_dialog(vault)  # type: ignore[operator]
    assert {row[2] for row in shown_rows(dialog)} == {
        "Skipped: your account of that name holds other codes"
    }
    restore = named(dialog, QPushButton, "Restore the accounts")
    assert not restore.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_restore_and_undo_through_the_document(
    qtbot: QtBot, open_dialog: object, store: VaultStore
) -> None:
    from PySide6.QtGui import QUndoStack

    from ui.state.undo import RestoreAccounts

    store.vault.add(holding("GitHub", "GitHub", GITHUB, used=1))
    document = OpenVault(store)
    dialog = open_dialog(store.vault)  # type: ignore[operator]
    QTest.mouseClick(named(dialog, QPushButton, "Restore the accounts"), Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted

    stack = QUndoStack()
    command = RestoreAccounts(document, dialog.paper_accounts())
    stack.push(command)
    vault = store.vault
    assert command.outcome is not None
    assert command.outcome.restored == ["Google — jane@example.com", "Apple ID"]
    assert command.outcome.merged == ["GitHub"]
    google = vault.find("Google — jane@example.com")[0]
    assert google.username == "jane@example.com"
    codes = google.current.codes  # type: ignore[union-attr]
    assert (codes[0].used_at, codes[1].used_undated, codes[2].used) == (USED_ON, True, False)
    github = vault.find("GitHub")[0]
    assert github.remaining == 13  # its own mark and the paper's three (one the same)

    stack.undo()
    assert [a.name for a in vault.accounts] == ["GitHub"]
    assert vault.find("GitHub")[0].remaining == 15  # the vault's own mark stays

    stack.redo()
    assert [a.name for a in vault.accounts] == ["GitHub", "Google — jane@example.com", "Apple ID"]
    assert vault.find("GitHub")[0].remaining == 13
    assert vault.find("Google — jane@example.com")[0].id == google.id
    document.deleteLater()


# The round trip: the app's own printed copy, restored through File ▸ Restore from a paper copy


def lost_accounts() -> list[Account]:
    """Three accounts as they were on the lost computer, with used codes."""
    google = holding("Google — jane@example.com", "Google", GOOGLE, used=2)
    google.username = "jane@example.com"
    github = holding("GitHub — janedoe", "GitHub", GITHUB, used=3)
    apple = Account(name="Apple ID", service="Apple")
    apple.replace_set(IMPORTED, CodeSet(Kind.KEY, [Code(APPLE)], IMPORTED))
    return [google, github, apple]


def print_paper_copy(folder: Path) -> Path:
    """The safe-deposit copy as the app prints it to a PDF."""
    from ui.paper import printing
    from ui.words.paper import build_sheet
    from vault.page_size import PageSize

    sheet = build_sheet(lost_accounts(), printed_at=datetime(2026, 3, 1, tzinfo=UTC), tz=UTC)
    path = folder / "paper-copy.pdf"
    path.write_bytes(printing.pdf_bytes(sheet, PageSize.A4))
    return path


def what_it_holds(vault: Vault) -> dict[str, tuple[Kind, list[tuple[str, bool]]]]:
    held = {}
    for account in vault.accounts:
        current = account.current
        assert current is not None
        held[account.name] = (current.kind, [(c.text, c.used) for c in current.codes])
    return held


def restore_through_the_file_menu(qtbot: QtBot, window: MainWindow, paper: Path) -> ImportDialog:
    """File ▸ Restore from a paper copy, choose the PDF: the restore page."""
    window.vault_actions.restore.trigger()
    chooser = find_open(qtbot, window, QFileDialog)
    chooser.selectFile(str(paper))
    chooser.accept()
    dialog = find_open(qtbot, window, ImportDialog)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.RESTORE, timeout=20_000)
    return dialog


@pytest.fixture
def empty_window(
    qtbot: QtBot, store: VaultStore, settings: Settings, qapp: QApplication
) -> Iterator[MainWindow]:
    document = OpenVault(store)
    window = MainWindow(
        document, Autosaver(document, document), settings, SecretClipboard(settings)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    wait_for_background_work()


def test_a_printed_copy_restores_every_account_into_an_empty_vault(
    qtbot: QtBot, empty_window: MainWindow, tmp_path: Path
) -> None:
    paper = print_paper_copy(tmp_path)
    dialog = restore_through_the_file_menu(qtbot, empty_window, paper)
    assert [row[2] for row in shown_rows(dialog)] == ["Added as a new account"] * 3
    QTest.mouseClick(named(dialog, QPushButton, "Restore the accounts"), Qt.MouseButton.LeftButton)
    vault = empty_window.document.vault
    expected = Vault()
    for account in lost_accounts():
        expected.add(account)
    assert what_it_holds(vault) == what_it_holds(expected)
    google = vault.find("Google — jane@example.com")[0]
    spent = google.current.codes[0]  # type: ignore[union-attr]
    assert spent.used_at is not None and spent.used_at.date() == IMPORTED.date()  # as printed
    assert google.username == "jane@example.com"
    assert "Restored 3 accounts from the paper copy." in empty_window.status_bar.currentMessage()

    # the app offers to trash the PDF, as after any import; keep it
    trash = find_open(qtbot, empty_window, QMessageBox)
    QTest.mouseClick(
        named(trash, QPushButton, "Keep it, do not move the document"), Qt.MouseButton.LeftButton
    )
    assert paper.exists()

    # Ctrl+Z takes the restore back, like an import
    empty_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is empty_window)
    empty_window.accounts_view.setFocus()
    QTest.keyClick(empty_window.accounts_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert vault.accounts == []


def test_a_printed_copy_merges_into_the_account_the_vault_still_holds(
    qtbot: QtBot, empty_window: MainWindow, tmp_path: Path
) -> None:
    vault = empty_window.document.vault
    kept = holding("GitHub — janedoe", "GitHub", GITHUB, used=1)  # one mark older than the paper
    vault.add(kept)
    empty_window.document.notify_all()
    paper = print_paper_copy(tmp_path)
    dialog = restore_through_the_file_menu(qtbot, empty_window, paper)
    assert [row[2] for row in shown_rows(dialog)] == [
        "Added as a new account",
        "Already in your vault: the codes used on paper are marked used",
        "Added as a new account",
    ]
    QTest.mouseClick(named(dialog, QPushButton, "Restore the accounts"), Qt.MouseButton.LeftButton)
    assert [a.name for a in vault.accounts] == [
        "GitHub — janedoe",
        "Google — jane@example.com",
        "Apple ID",
    ]
    assert vault.accounts[0].id == kept.id
    message = empty_window.status_bar.currentMessage()
    assert message == (
        "Restored 2 accounts from the paper copy. "
        "Added the used marks of the paper copy to 1 account."
    )
    assert [c.used for c in kept.current.codes] == [True] * 3 + [False] * 13  # type: ignore[union-attr]


def test_the_restore_page_works_from_the_keyboard(
    qtbot: QtBot, open_dialog: object, tab_order: object
) -> None:
    dialog = open_dialog(Vault())  # type: ignore[operator]
    accounts = named(dialog, QTableView, "Accounts on the paper copy")
    restore = named(dialog, QPushButton, "Restore the accounts")
    cancel = named(dialog, QPushButton, "Cancel the restore")
    visited = tab_order(dialog, accounts, 3)  # type: ignore[operator]
    assert visited == [accounts, restore, cancel]
    accounts.setFocus()
    QTest.keyClick(accounts, Qt.Key.Key_Return)  # Enter restores: it is the default button
    assert dialog.result() == ImportDialog.DialogCode.Accepted
