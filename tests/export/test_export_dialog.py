"""The export dialog: Export is possible only with accounts, a place and a confirmed passphrase."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.export.export_dialog import ExportDialog, ExportRequest
from vault.export import ExportFormat
from vault.model import Account

STRONG = "staple orbit lantern quietly"
# Showing a dialog with a minimum size on Qt's offscreen platform only warns that sizes are not
# passed on to a window manager (there is none).
shown = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WEAK = "password1"


@pytest.fixture
def dialog(qtbot: QtBot, accounts: list[Account], out_dir: Path) -> ExportDialog:
    widget = ExportDialog(accounts, folder=out_dir)
    qtbot.addWidget(widget)
    return widget


def type_passphrase(dialog: ExportDialog, first: str, second: str | None = None) -> None:
    dialog.passphrase_edit.setText(first)
    dialog.confirm_edit.setText(first if second is None else second)
    dialog.meter.judge_now()


def named(dialog: QWidget, kind: type[QWidget], name: str) -> QWidget:
    """The one ``kind`` control in ``dialog`` that a screen reader announces as ``name``."""
    found = [w for w in dialog.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def shown_texts(dialog: QWidget) -> list[str]:
    return [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return str(interface.text(QAccessible.Text.Name))


def test_export_needs_a_passphrase_first(dialog: ExportDialog) -> None:
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text() == "Choose an export passphrase."


def test_a_complete_choice_is_returned(
    dialog: ExportDialog, accounts: list[Account], out_dir: Path
) -> None:
    dialog.set_format(ExportFormat.BITWARDEN)
    type_passphrase(dialog, STRONG)
    assert dialog.export_button.isEnabled()
    assert dialog.problem.text() == ""
    assert dialog.chosen() == ExportRequest(
        ExportFormat.BITWARDEN,
        out_dir / "backup-codes-export.json",
        STRONG,
        tuple(a.id for a in accounts),
    )


@shown
def test_enter_exports_when_everything_is_filled_in(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    type_passphrase(dialog, STRONG)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        QTest.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_differing_passphrases_block_export(dialog: ExportDialog) -> None:
    type_passphrase(dialog, STRONG, STRONG + "s")
    assert not dialog.export_button.isEnabled()
    assert "differ" in dialog.problem.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted


@shown
def test_weak_passphrase_needs_the_extra_tick(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    type_passphrase(dialog, WEAK)
    assert not dialog.export_button.isEnabled()
    assert "too easy to guess" in dialog.problem.text()
    assert dialog.weak_ok.isVisible()
    dialog.weak_ok.setChecked(True)
    assert dialog.export_button.isEnabled()
    type_passphrase(dialog, WEAK + "2")  # a different weak one: decide again
    assert not dialog.weak_ok.isChecked()
    assert not dialog.export_button.isEnabled()
    type_passphrase(dialog, STRONG)
    assert not dialog.weak_ok.isVisible()


def test_every_account_is_ticked_the_current_one_is_one_click_away_and_tick_buttons(
    qtbot: QtBot, accounts: list[Account], out_dir: Path
) -> None:
    dialog = ExportDialog(accounts, current=accounts[1].id, folder=out_dir)
    qtbot.addWidget(dialog)
    type_passphrase(dialog, STRONG)
    assert dialog.account_ids() == tuple(a.id for a in accounts)  # everything by default
    dialog.show()
    assert "3 of 3 accounts selected" in shown_texts(dialog)
    QTest.mouseClick(dialog.accounts.only_button, Qt.MouseButton.LeftButton)
    assert dialog.account_ids() == (accounts[1].id,)
    assert "1 of 3 accounts selected" in shown_texts(dialog)
    QTest.mouseClick(
        named(dialog, QAbstractButton, "Select none of the accounts"), Qt.MouseButton.LeftButton
    )
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text() == "Select at least one account."
    QTest.mouseClick(
        named(dialog, QAbstractButton, "Select all accounts"), Qt.MouseButton.LeftButton
    )
    assert dialog.account_ids() == tuple(a.id for a in accounts)
    assert dialog.export_button.isEnabled()


@shown
def test_space_ticks_an_account_from_the_keyboard(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    view = named(dialog, QListView, "Accounts to export")
    assert isinstance(view, QListView)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert len(dialog.account_ids()) == 2


def test_changing_the_format_changes_the_file_ending(dialog: ExportDialog, out_dir: Path) -> None:
    assert dialog.path() == out_dir / "backup-codes-export.kdbx"
    dialog.set_format(ExportFormat.VAULT)
    assert dialog.path() == out_dir / "backup-codes-export.bcvault"
    dialog.path_edit.setText(str(out_dir / "mine.txt"))
    dialog.set_format(ExportFormat.BITWARDEN)
    assert dialog.path() == out_dir / "mine.txt"  # a name the user chose is left alone


def test_destination_problems_are_explained(
    qtbot: QtBot, accounts: list[Account], out_dir: Path
) -> None:
    vault = out_dir / "codes.bcvault"
    vault.write_bytes(b"vault")
    dialog = ExportDialog(accounts, folder=out_dir, vault_path=vault)
    qtbot.addWidget(dialog)
    type_passphrase(dialog, STRONG)
    dialog.path_edit.setText(str(vault))
    assert "vault file itself" in dialog.problem.text()
    dialog.path_edit.setText(str(out_dir / "missing" / "x.kdbx"))
    assert "folder" in dialog.problem.text() and not dialog.export_button.isEnabled()
    dialog.path_edit.setText("")
    assert dialog.problem.text() == "Choose where to save the file."
    existing = out_dir / "old.kdbx"
    existing.write_bytes(b"old")
    dialog.path_edit.setText(str(existing))
    assert dialog.export_button.isEnabled()
    assert "will be replaced" in dialog.problem.text()


def test_every_control_has_a_name_and_takes_keyboard_focus(dialog: ExportDialog) -> None:
    controls: list[QWidget] = [
        *dialog.findChildren(QAbstractButton),
        *dialog.findChildren(QLineEdit),
        *dialog.findChildren(QListView),
    ]
    assert len(controls) >= 11
    for control in controls:
        assert accessible_name(control), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, accessible_name(control)
    chain: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog and len(chain) < 100:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert all(c in chain for c in controls)
    assert isinstance(dialog.weak_ok, QCheckBox)


@shown
def test_nothing_is_squeezed_or_clipped_when_shown(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    type_passphrase(dialog, WEAK)  # the advice adds wrapped lines

    def top_left(widget: QWidget) -> int:
        return int(widget.mapTo(dialog, widget.rect().topLeft()).y())

    def bottom(widget: QWidget) -> int:
        return int(widget.mapTo(dialog, widget.rect().bottomLeft()).y())

    qtbot.waitUntil(lambda: dialog.height() >= dialog.heightForWidth(dialog.width()), timeout=1000)
    order = [
        dialog.format_hint,
        named(dialog, QListView, "Accounts to export"),
        named(dialog, QAbstractButton, "Select all accounts"),
        dialog.path_edit,
        dialog.passphrase_edit,
        dialog.confirm_edit,
        dialog.meter,
        dialog.weak_ok,
        dialog.problem,
        dialog.export_button,
    ]
    for upper, lower in itertools.pairwise(order):
        assert bottom(upper) < top_left(lower), (upper, lower)
    hint = dialog.format_hint
    assert hint.height() >= hint.heightForWidth(hint.width())


def test_the_request_never_shows_the_passphrase(dialog: ExportDialog) -> None:
    type_passphrase(dialog, STRONG)
    assert STRONG not in repr(dialog.chosen())
