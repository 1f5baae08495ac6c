"""The new recovery key: shown once, big and grouped, and not dismissed until it is on paper."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.access.recovery_key_dialog import RecoveryKeyDialog
from vault import recovery

KEY = "7K2M-QX4P-R9TB-HW3C-E6NZ-V8DJ-FA5S"


@pytest.fixture
def printed() -> list[str]:
    return []


@pytest.fixture
def dialog(qtbot: QtBot, printed: list[str]) -> RecoveryKeyDialog:
    window = RecoveryKeyDialog(KEY, "/home/ana/codes.bcvault", print_sheet=printed.append)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def visible_text(dialog: QDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def test_the_key_is_shown_large_monospaced_and_in_groups(dialog: RecoveryKeyDialog) -> None:
    shown = dialog.key_label.text()
    assert shown.split() == ["7K2M", "QX4P", "R9TB", "HW3C", "E6NZ", "V8DJ", "FA5S"]
    assert recovery.canonical(shown) == recovery.canonical(KEY)  # types back in as is
    metrics = QFontMetricsF(dialog.key_label.font())  # QFontInfo.fixedPitch() is unreliable
    assert metrics.horizontalAdvance("1") == metrics.horizontalAdvance("W")
    assert dialog.key_label.font().pointSizeF() > 1.5 * dialog.font().pointSizeF()


def test_it_says_what_the_key_is_for_and_how_to_keep_it(dialog: RecoveryKeyDialog) -> None:
    text = visible_text(dialog)
    assert "forget your passphrase" in text
    assert "only this once" in text
    assert "away from this computer" in text
    assert "new recovery key" in text and "stops working" in text


def test_it_cannot_be_dismissed_before_the_key_is_on_paper(
    dialog: RecoveryKeyDialog, qtbot: QtBot
) -> None:
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()  # the window's close box
    assert dialog.isVisible()
    assert "will not be shown again" in visible_text(dialog)

    dialog.confirm_box.click()
    assert dialog.close_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=100):
        dialog.close_button.click()
    assert dialog.key_label.text() == ""  # not kept in a hidden widget


def test_escape_closes_once_confirmed(dialog: RecoveryKeyDialog, qtbot: QtBot) -> None:
    dialog.confirm_box.click()
    with qtbot.waitSignal(dialog.accepted, timeout=100):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_print_hands_the_key_to_the_printer(dialog: RecoveryKeyDialog, printed: list[str]) -> None:
    dialog.print_button.click()
    assert printed == [KEY]
    assert dialog.isVisible()  # printing is not the same as confirming
    assert not dialog.close_button.isEnabled()


def test_a_printing_failure_says_what_to_do_instead(qtbot: QtBot) -> None:
    def broken_printer(key: str) -> None:
        raise RuntimeError("no printer support")

    dialog = RecoveryKeyDialog(KEY, "/tmp/v.bcvault", print_sheet=broken_printer)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.print_button.click()
    assert "Write the key down by hand" in visible_text(dialog)


def test_every_control_is_named_and_reachable_by_tab(
    dialog: RecoveryKeyDialog,
    accessible_name: Callable[[QWidget], str],
    tab_order: Callable[[QWidget, QWidget, int], list[QWidget]],
) -> None:
    # heard as what it is, then the key as shown (spelled out in the description)
    assert accessible_name(dialog.key_label) == "Emergency recovery key: " + " ".join(
        KEY.split("-")
    )
    assert accessible_name(dialog.print_button) == "Print emergency sheet"
    assert accessible_name(dialog.confirm_box) == "I have printed it or written it down"
    assert accessible_name(dialog.close_button) == "Close"
    # A screen reader can spell the key out, character by character.
    assert dialog.key_label.accessibleDescription().startswith("7 K 2 M, Q X 4 P")
    dialog.confirm_box.click()
    visited = tab_order(dialog, dialog.key_label, 4)
    assert visited == [
        dialog.key_label,
        dialog.print_button,
        dialog.confirm_box,
        dialog.close_button,
    ]


def test_print_opens_our_print_dialog_and_a_saved_pdf_is_not_called_printed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from tests.ui.test_accessibility import audit
    from ui.paper.paper_dialog import PaperDialog

    dialog = RecoveryKeyDialog(KEY, tmp_path / "codes.bcvault")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.print_button.click()
    (printer,) = [d for d in dialog.findChildren(PaperDialog) if d.isVisible()]
    assert printer.accessibleName() == "Print the emergency sheet"
    assert audit(qtbot, printer) == []  # named controls, all reachable from the keyboard
    pdf = tmp_path / "sheet.pdf"
    printer.save_to(pdf)
    qtbot.waitUntil(lambda: dialog.status.isVisible(), timeout=10_000)
    assert f"saved as {pdf}" in dialog.status.text()
    assert "sent to the printer" not in dialog.status.text()
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert all(group in text for group in KEY.split("-"))
    assert pdf.stat().st_mode & 0o077 == 0  # the key on paper: readable by its owner only


def test_the_reminder_that_appears_is_never_cut_off(
    dialog: RecoveryKeyDialog, qtbot: QtBot
) -> None:
    from tests.ui.clipping import clipped_texts

    assert clipped_texts(dialog) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing too early shows a reminder
    reminder = [
        t for t in (lbl.text() for lbl in dialog.findChildren(QLabel)) if "not be shown again" in t
    ]
    assert reminder
    qtbot.waitUntil(lambda: clipped_texts(dialog) == [], timeout=2000)
