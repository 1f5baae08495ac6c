"""The main window: use next code, single-code replacement, keys, mark used/unused, undo, delete,
rename, notes, history, search, banner, empty vault, paste and drop, accessibility."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shell_helpers import (
    GITHUB_CODES,
    USCIS_CODE,
    control,
    find_open,
    select,
    wait_saved,
)

from tests.conftest import CHEAP_KDF, PASSPHRASE
from ui.intake.import_dialog import ImportDialog, Page
from ui.state.autosave import Autosaver
from ui.state.clipboard import SecretClipboard
from ui.state.open_vault import OpenVault
from ui.state.settings import Settings
from ui.widgets.code_mask import masked
from ui.window import account_codes_model
from ui.window.account_dialogs import DetailsDialog, RenameDialog
from ui.window.history_dialog import HistoryDialog
from ui.window.main_window import MainWindow
from ui.window.use_code import DidItWorkBox, ReplacementDialog
from vault.model import Kind
from vault.store import VaultStore


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def select_code(window: MainWindow, row: int) -> None:
    window.codes_view.selectRow(row)
    assert window.selected_code_row() == row


def on_disk(window: MainWindow) -> VaultStore:
    return VaultStore.open(window.document.path, PASSPHRASE)


# Use next code ------------------------------------------------------------------------------------


def test_use_next_code_copies_it_and_marks_it_used_once_confirmed(
    qtbot: QtBot, window: MainWindow
) -> None:
    select(window, "GitHub")
    assert window.use_button.text().replace("&", "") == "Use next code"
    window.use_button.click()
    assert clipboard_text() == GITHUB_CODES[14]
    box = find_open(qtbot, window, DidItWorkBox)
    assert "Did the code work?" in box.windowTitle()
    assert GITHUB_CODES[14] in box.text()  # which code: the user checks it against the site
    assert window.document.vault.find("GitHub")[0].remaining == 2  # not yet: only if it worked
    box.yes.click()
    assert window.document.vault.find("GitHub")[0].remaining == 1
    wait_saved(qtbot, window.autosaver)
    assert on_disk(window).vault.find("GitHub")[0].remaining == 1


def test_a_code_that_did_not_work_stays_unused(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "GitHub")
    window.use_button.click()
    box = find_open(qtbot, window, DidItWorkBox)
    assert box.defaultButton() is box.no  # Enter by reflex spends nothing
    box.no.click()
    assert window.document.vault.find("GitHub")[0].remaining == 2


def test_undo_brings_a_used_code_back(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "GitHub")
    window.use_button.click()
    find_open(qtbot, window, DidItWorkBox).yes.click()
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.document.vault.find("GitHub")[0].remaining == 2
    window.redo_action.trigger()
    assert window.document.vault.find("GitHub")[0].remaining == 1


def test_ctrl_z_undoes(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "Login.gov")
    window.use_button.click()
    find_open(qtbot, window, DidItWorkBox).yes.click()
    window.activateWindow()
    window.accounts_view.setFocus()
    QTest.keyClick(window.accounts_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.vault.find("Login.gov")[0].remaining == 7


def test_a_single_code_asks_for_its_replacement(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "USCIS")
    window.use_button.click()
    assert clipboard_text() == USCIS_CODE
    find_open(qtbot, window, DidItWorkBox).yes.click()
    replacement = find_open(qtbot, window, ReplacementDialog)
    replacement.set_code(" QZ81-PL0M-NB4K ")
    replacement.accept()
    uscis = window.document.vault.find("USCIS")[0]
    assert [c.text for c in uscis.current.codes] == ["QZ81-PL0M-NB4K"]  # type: ignore[union-attr]
    assert uscis.remaining == 1
    assert uscis.retired[0].codes[0].used  # the spent code stays in the history
    window.undo_action.trigger()
    uscis = window.document.vault.find("USCIS")[0]
    assert [c.text for c in uscis.current.codes] == [USCIS_CODE]  # type: ignore[union-attr]
    assert uscis.remaining == 1


def test_a_single_code_without_its_replacement_yet_is_still_marked_used(
    qtbot: QtBot, window: MainWindow
) -> None:
    select(window, "USCIS")
    window.use_button.click()
    find_open(qtbot, window, DidItWorkBox).yes.click()
    find_open(qtbot, window, ReplacementDialog).reject()
    uscis = window.document.vault.find("USCIS")[0]
    assert uscis.remaining == 0
    assert "USCIS has no codes left" in window.banner.text


def test_marking_a_single_code_used_by_hand_also_asks(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "USCIS")
    select_code(window, 0)
    window.account_actions.mark_used.trigger()
    find_open(qtbot, window, ReplacementDialog).reject()
    assert window.document.vault.find("USCIS")[0].remaining == 0


def test_a_recovery_key_is_never_used(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "Apple ID")
    actions = window.account_actions
    assert window.use_button.text().replace("&", "") == "Copy the key"
    select_code(window, 0)
    assert not actions.mark_used.isEnabled()
    assert "never used up" in actions.mark_used.toolTip()
    window.use_button.click()
    assert clipboard_text() == "AB12-CD34-EF56-GH78-JK90-LM12-NP34"
    assert not [w for w in window.findChildren(DidItWorkBox) if w.isVisible()]
    assert window.document.vault.find("Apple ID")[0].kind is Kind.KEY


def test_an_empty_account_cannot_use_a_code_and_says_what_to_do(window: MainWindow) -> None:
    select(window, "Dropbox")
    assert not window.use_button.isEnabled()
    assert "Generate a new set at the site" in window.use_hint.text()


# Codes table ----------------------------------------------------------------------------------


def test_codes_are_hidden_until_shown_and_hidden_again_for_another_account(
    window: MainWindow,
) -> None:
    select(window, "GitHub")
    code_at = window.codes.index(0, account_codes_model.COL_CODE)
    assert code_at.data() == masked(GITHUB_CODES[0]) != GITHUB_CODES[0]
    window.show_button.click()
    assert window.codes.index(0, account_codes_model.COL_CODE).data() == GITHUB_CODES[0]
    assert window.show_button.text().replace("&", "") == "Hide codes"
    select(window, "Login.gov")
    login_code = window.codes.index(0, account_codes_model.COL_CODE).data()
    assert "•" in login_code and login_code not in GITHUB_CODES


def test_mark_used_and_unused_from_the_table(window: MainWindow) -> None:
    select(window, "GitHub")
    select_code(window, 15)
    assert window.used_button.isEnabled() and not window.unused_button.isEnabled()
    window.used_button.click()
    assert window.document.vault.find("GitHub")[0].current.codes[15].used  # type: ignore[union-attr]
    assert window.selected_code_row() == 15  # the selection survives the change
    assert window.unused_button.isEnabled()
    window.unused_button.click()
    assert not window.document.vault.find("GitHub")[0].current.codes[15].used  # type: ignore[union-attr]


def test_copy_copies_the_selected_code(window: MainWindow) -> None:
    select(window, "GitHub")
    select_code(window, 3)
    window.copy_button.click()
    assert clipboard_text() == GITHUB_CODES[3]
    assert window.clipboard_label.text().startswith("Clipboard cleared in")


# The account ----------------------------------------------------------------------------------


def test_delete_is_confirmed_and_undoable(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "Login.gov")
    window.account_actions.delete.trigger()
    box = find_open(qtbot, window, QMessageBox)
    assert "Delete “Login.gov”" in box.text()
    assert box.defaultButton().text().replace("&", "") == "Keep it"
    delete = next(b for b in box.buttons() if b.text().replace("&", "") == "Delete")
    delete.click()
    assert window.document.vault.find("Login.gov") == []
    assert window.proxy.rowCount() == 4
    wait_saved(qtbot, window.autosaver)
    assert on_disk(window).vault.find("Login.gov") == []
    window.undo_action.trigger()
    assert window.document.vault.find("Login.gov")
    wait_saved(qtbot, window.autosaver)
    assert on_disk(window).vault.find("Login.gov")[0].remaining == 7


def test_keeping_an_account_deletes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "Login.gov")
    window.account_actions.delete.trigger()
    find_open(qtbot, window, QMessageBox).reject()
    assert window.document.vault.find("Login.gov")


def test_rename_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "GitHub")
    window.account_actions.rename.trigger()
    dialog = find_open(qtbot, window, RenameDialog)
    dialog.set_name("GitHub — jane")
    dialog.accept()
    assert window.account_title.text() == "GitHub — jane"
    assert window.accounts.row(0).name == "GitHub — jane"
    window.undo_action.trigger()
    assert window.account_title.text() == "GitHub"


def test_notes_and_threshold(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "Login.gov")
    assert "Login.gov" not in window.banner.text
    window.account_actions.edit.trigger()
    dialog = find_open(qtbot, window, DetailsDialog)
    control(dialog, QPlainTextEdit, "Notes").setPlainText("Paper copy in the safe")
    control(dialog, QSpinBox, "Warn when this many codes are left").setValue(8)
    dialog.accept()
    assert "Paper copy in the safe" in window.account_details.text()
    assert "Login.gov has only 7 codes left" in window.banner.text  # 7 ≤ 8 now


def test_history_shows_events_without_whole_codes(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "GitHub")
    window.account_actions.history.trigger()
    dialog = find_open(qtbot, window, HistoryDialog)
    lines = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert "Codes imported: 16 codes" in lines
    assert any(line.startswith("Code •") and "marked used" in line for line in lines)
    assert not any(code in " ".join(lines) for code in GITHUB_CODES)


# Search, banner, empty vault --------------------------------------------------------------------


def test_search_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    QTest.keyClicks(window.search, "log")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    assert window.proxy.index(0, 0).data() == "Login.gov"
    assert window.current_account_id() == window.document.vault.find("Login.gov")[0].id
    window.search.clear()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 5)


def test_the_chosen_account_stays_chosen_while_the_search_narrows_and_widens(
    qtbot: QtBot, window: MainWindow
) -> None:
    select(window, "Login.gov")
    login = window.current_account_id()
    for typed in ("o", "lo", "l", ""):  # Login.gov matches each: it stays the one shown
        window.search.setText(typed)
        window.accounts_panel.apply_search()
        assert window.current_account_id() == login
        assert window.accounts_view.selectionModel().isRowSelected(
            window.accounts_view.currentIndex().row()
        )
    assert window.proxy.rowCount() == 5


def test_clicking_a_column_title_sorts_and_keeps_the_chosen_account(
    qtbot: QtBot, window: MainWindow
) -> None:
    select(window, "GitHub")
    github = window.current_account_id()
    header = window.accounts_view.horizontalHeader()
    left = header.sectionViewportPosition(0) + 5  # the Account column
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(left, 5))
    names = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(left, 5))
    names = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)
    assert window.current_account_id() == github
    assert window.accounts_view.currentIndex().data() == "GitHub"


def test_ctrl_f_goes_to_the_search_field(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.accounts_view.setFocus()
    window.find_action.trigger()
    assert window.search.hasFocus()


def test_banner_names_every_low_or_empty_account_and_what_to_do(window: MainWindow) -> None:
    text = window.banner.text
    assert window.banner.isVisible()
    assert "Dropbox has no codes left" in text
    assert "GitHub has only 2 codes left" in text
    assert "Login.gov" not in text
    assert "Generate a new set of codes at the site" in text and "import it" in text


def test_an_empty_vault_invites_the_first_import(
    qtbot: QtBot,
    store: VaultStore,
    settings: Settings,
    clipboard: SecretClipboard,
) -> None:
    document = OpenVault(store)
    win = MainWindow(document, Autosaver(document, document), settings, clipboard)
    qtbot.addWidget(win)
    win.show()
    assert win.pages.currentWidget() is win.empty_page
    assert not win.banner.isVisible()
    win.empty_page.button.click()
    dialog = find_open(qtbot, win, ImportDialog)
    assert dialog.current_page() is Page.PASTE


def test_paste_on_the_accounts_list_imports_the_text(qtbot: QtBot, window: MainWindow) -> None:
    codes = "\n".join(f"{n}1{n}2 {n}3{n}4" for n in range(1, 9))
    QGuiApplication.clipboard().setText(codes)
    window.activateWindow()
    window.accounts_view.setFocus()
    QTest.keyClick(window.accounts_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = find_open(qtbot, window, ImportDialog)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.PREVIEW, timeout=10_000)
    assert dialog.plan().codes[:2] == ["1112 1314", "2122 2324"]


def test_an_accepted_import_lands_in_the_vault_and_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.vault_actions.start_import(text="\n".join(f"{n}1{n}2 {n}3{n}4" for n in range(1, 9)))
    dialog = find_open(qtbot, window, ImportDialog)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.PREVIEW, timeout=10_000)
    name = dialog.findChildren(QLineEdit, "")
    field = next(w for w in name if w.accessibleName() == "Name of the new account")
    field.setText("Facebook")
    dialog.accept()
    assert not dialog.isVisible()
    facebook = window.document.vault.find("Facebook")
    assert facebook and facebook[0].total == 8
    assert window.current_account_id() == facebook[0].id
    wait_saved(qtbot, window.autosaver)
    assert on_disk(window).vault.find("Facebook")[0].total == 8


def drop(window: MainWindow, mime: QMimeData) -> None:
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_dropping_a_vault_file_asks_to_open_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "renamed-vault.dat"
    VaultStore.create(other, PASSPHRASE, kdf=CHEAP_KDF)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    with qtbot.waitSignal(window.open_requested) as asked:
        drop(window, mime)
    assert asked.args == [other]


def test_dropping_a_document_opens_the_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    document = tmp_path / "github-recovery-codes.txt"
    document.write_text("\r\n".join(f"{i:05x}-{i + 7:05x}" for i in range(16)) + "\r\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(document))])
    drop(window, mime)
    dialog = find_open(qtbot, window, ImportDialog)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.PREVIEW, timeout=10_000)
    assert dialog.document_path() == document


# Saving status --------------------------------------------------------------------------------


def test_a_failed_save_shows_retry(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vault.errors import SaveError, SaveFailure

    def read_only(self: VaultStore, snapshot: object) -> None:
        raise SaveError(SaveFailure.READ_ONLY, "Read-only file system")

    monkeypatch.setattr(VaultStore, "save_snapshot", read_only)
    select(window, "GitHub")
    window.account_actions.mark_used.setEnabled(True)
    select_code(window, 15)
    window.used_button.click()
    qtbot.waitUntil(window.retry_button.isVisible)
    assert "cannot be written to" in window.save_label.text()
    monkeypatch.undo()
    window.retry_button.click()
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved")
    assert not window.retry_button.isVisible()


# Accessibility ----------------------------------------------------------------------------------


def test_every_control_has_an_accessible_name(
    window: MainWindow, accessible_name: Callable[[QWidget], str]
) -> None:
    controls: list[QWidget] = [
        *window.findChildren(QAbstractButton),
        *window.findChildren(QLineEdit),
        *window.findChildren(QAbstractItemView),
    ]
    controls = [c for c in controls if c.isVisibleTo(window) and c.window() is window]
    assert len(controls) > 8
    unnamed = [c for c in controls if not accessible_name(c)]
    assert unnamed == []


def test_every_menu_action_is_reachable_by_keyboard(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if not action.isSeparator():
                assert "&" in action.text(), action.text()


def test_tab_order_goes_from_search_to_the_codes(
    window: MainWindow, tab_order: Callable[[QWidget, QWidget, int], list[QWidget]]
) -> None:
    select(window, "GitHub")
    order = tab_order(window, window.search, 3)
    assert order[:3] == [window.search, window.accounts_view, window.show_button]
