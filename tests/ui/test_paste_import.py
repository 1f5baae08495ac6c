"""Pasting codes: every paste says what happened; imported pasted codes leave the clipboard.

Ctrl+V on the main window and the import dialog's paste box both go through the real importer.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shell_helpers import (
    find_open,
)

from ui.intake.import_dialog import ImportDialog, Page
from ui.window.main_window import MainWindow
from vault.model import Kind

FACEBOOK = [f"{n}1{n}2 {n}3{n}4" for n in range(1, 9)]


def named(parent: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{kind.__name__} {name!r}: {len(found)} found"
    return found[0]


def visible_texts(dialog: QWidget) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def press_ctrl_v(window: MainWindow) -> ImportDialog:
    window.activateWindow()
    window.accounts_view.setFocus()
    QTest.keyClick(window.accounts_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return find_open_dialog(window)


def find_open_dialog(window: MainWindow) -> ImportDialog:
    found = [w for w in window.findChildren(ImportDialog) if w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_ctrl_v_with_nothing_to_paste_says_so(qtbot: QtBot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setImageData(QImage(8, 8, QImage.Format.Format_RGB32))  # a picture, not text
    QGuiApplication.clipboard().setMimeData(mime)
    dialog = press_ctrl_v(window)
    assert dialog.current_page() is Page.PASTE
    said = "There is nothing to import on the clipboard: no text, and no PDF or text file."
    assert said in visible_texts(dialog)
    box = named(dialog, QPlainTextEdit, "Codes to scan")
    assert dialog.focusWidget() is box  # ready to type or paste the codes


def test_a_paste_without_codes_says_so_and_keeps_the_text(qtbot: QtBot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("Thanks for your order! See you soon.")
    dialog = press_ctrl_v(window)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.PASTE, timeout=10_000)
    assert "Nothing in the pasted text looks like a backup code." in visible_texts(dialog)
    box = named(dialog, QPlainTextEdit, "Codes to scan")
    assert isinstance(box, QPlainTextEdit)
    assert box.toPlainText() == "Thanks for your order! See you soon."


def test_pasted_codes_leave_the_clipboard_once_imported(qtbot: QtBot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("\n".join(FACEBOOK))
    dialog = press_ctrl_v(window)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.PREVIEW, timeout=10_000)
    name = named(dialog, QLineEdit, "Name of the new account")
    assert isinstance(name, QLineEdit)
    name.setText("Facebook")
    QTest.mouseClick(named(dialog, QPushButton, "Import the codes"), Qt.MouseButton.LeftButton)
    assert window.document.vault.find("Facebook")
    assert QGuiApplication.clipboard().text() == ""


def test_the_clipboard_is_left_alone_once_it_holds_something_else(
    qtbot: QtBot, window: MainWindow
) -> None:
    QGuiApplication.clipboard().setText("\n".join(FACEBOOK))
    dialog = press_ctrl_v(window)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.PREVIEW, timeout=10_000)
    QGuiApplication.clipboard().setText("a shopping list")
    name = named(dialog, QLineEdit, "Name of the new account")
    assert isinstance(name, QLineEdit)
    name.setText("Facebook")
    QTest.mouseClick(named(dialog, QPushButton, "Import the codes"), Qt.MouseButton.LeftButton)
    assert window.document.vault.find("Facebook")
    assert QGuiApplication.clipboard().text() == "a shopping list"


MICROSOFT = "QX7KD-M2RPT-9WZ4C-HB8NV-J3LFY"  # a 25-character recovery code, made up
USCIS = "UA7K2M9PQX4T"


def test_ctrl_v_of_one_code_imports_it_as_a_single_code(qtbot: QtBot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText(MICROSOFT)
    dialog = press_ctrl_v(window)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.PREVIEW, timeout=10_000)
    assert "Found 1 code in the pasted text." in visible_texts(dialog)
    kind = named(dialog, QComboBox, "Kind of codes")
    assert isinstance(kind, QComboBox)
    assert kind.currentText() == "One code that the site replaces after use"
    name = named(dialog, QLineEdit, "Name of the new account")
    assert isinstance(name, QLineEdit)
    name.setText("Microsoft — jane@outlook.com")
    QTest.mouseClick(named(dialog, QPushButton, "Import the codes"), Qt.MouseButton.LeftButton)
    account = window.document.vault.find("Microsoft — jane@outlook.com")[0]
    assert account.kind is Kind.SINGLE
    assert [c.text for c in account.current.codes] == [MICROSOFT]  # type: ignore[union-attr]


def test_one_code_typed_in_the_paste_box_imports_as_a_single_code(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.vault_actions.import_.trigger()
    dialog = find_open(qtbot, window, ImportDialog)
    box = named(dialog, QPlainTextEdit, "Codes to scan")
    QTest.keyClicks(box, USCIS)
    QTest.mouseClick(
        named(dialog, QPushButton, "Scan the pasted text for codes"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.current_page() is Page.PREVIEW, timeout=10_000)
    assert dialog.plan().codes == [USCIS]
    assert dialog.plan().kind is Kind.SINGLE
