"""After an import: the offer to move the plaintext document to the trash, and the move itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.intake.trash import move_to_trash, offer_to_trash

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def desktop_data_folder(isolated_home: Path) -> Path:
    """A desktop session always has ~/.local/share; Qt will not trash without it."""
    folder = isolated_home / ".local" / "share"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "Downloads" / "github-recovery-codes.txt"
    path.parent.mkdir()
    path.write_text("0a1b2-c3d4e\n5f6a7-b8c9d\n")
    return path


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def trash_folder(home: Path) -> Path:
    return home / ".local" / "share" / "Trash" / "files"


def buttons(box: QMessageBox) -> dict[str, QAbstractButton]:
    return {b.text(): b for b in box.buttons()}


def test_move_to_trash_moves_the_file_into_the_trash(document: Path, isolated_home: Path) -> None:
    assert move_to_trash(document)
    assert not document.exists()
    assert [p.name for p in trash_folder(isolated_home).iterdir()] == [document.name]


def test_move_to_trash_of_a_missing_file_says_it_failed(tmp_path: Path) -> None:
    assert not move_to_trash(tmp_path / "gone.pdf")


def test_move_to_trash_without_a_trash_says_it_failed(
    document: Path, desktop_data_folder: Path
) -> None:
    desktop_data_folder.rmdir()  # not a desktop session: there is no trash to move it to
    assert not move_to_trash(document)
    assert document.exists()


def test_the_offer_explains_why_and_names_the_file(window: QWidget, document: Path) -> None:
    box = offer_to_trash(window, document)
    assert box.isVisible() and box.windowModality() != Qt.WindowModality.NonModal
    assert box.text() == (
        "Move the original document to the trash? It holds your codes unencrypted."
    )
    assert str(document) in box.informativeText()
    assert set(buttons(box)) == {"Move to Trash", "Keep it"}
    assert box.defaultButton() is buttons(box)["Move to Trash"]
    assert box.escapeButton() is buttons(box)["Keep it"]


def test_move_to_trash_button_moves_it(qtbot: QtBot, window: QWidget, document: Path) -> None:
    answers: list[bool] = []
    box = offer_to_trash(window, document, answers.append)
    QTest.mouseClick(buttons(box)["Move to Trash"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers == [True])
    assert not document.exists()


def test_keep_it_leaves_the_file(qtbot: QtBot, window: QWidget, document: Path) -> None:
    answers: list[bool] = []
    box = offer_to_trash(window, document, answers.append)
    QTest.mouseClick(buttons(box)["Keep it"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers == [False])
    assert document.exists()


def test_escape_keeps_the_file(qtbot: QtBot, window: QWidget, document: Path) -> None:
    answers: list[bool] = []
    box = offer_to_trash(window, document, answers.append)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: answers == [False])
    assert document.exists()


@pytest.mark.qt_log_ignore("Unable to establish trash directory")
def test_a_failed_move_says_where_the_file_is(
    qtbot: QtBot, window: QWidget, document: Path, desktop_data_folder: Path
) -> None:
    desktop_data_folder.rmdir()  # no trash to move it to
    answers: list[bool] = []
    box = offer_to_trash(window, document, answers.append)
    QTest.mouseClick(buttons(box)["Move to Trash"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers == [False])
    notes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(notes) == 1
    note = notes[0]
    assert note.text() == "The document could not be moved to the trash."
    assert str(document) in note.informativeText()
    assert "delete it yourself" in note.informativeText()
    assert document.exists()
