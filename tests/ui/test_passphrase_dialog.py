"""Choosing a new passphrase: typed twice, judged, and a weak one only on purpose."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shell_helpers import passphrase_fields

from ui.access.passphrase_dialog import ChangePassphraseDialog, NewPassphraseFields

STRONG = "marble orchard kettle violin"
WEAK = "sunflower2024"


@pytest.fixture
def dialog(qtbot: QtBot) -> ChangePassphraseDialog:
    window = ChangePassphraseDialog()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def parts(fields: NewPassphraseFields) -> tuple[QLineEdit, QLineEdit, QCheckBox, QCheckBox]:
    """The passphrase, its confirmation, "Show passphrase" and "Use this weak … anyway"."""
    edits = fields.findChildren(QLineEdit)
    boxes = {box.text().replace("&", ""): box for box in fields.findChildren(QCheckBox)}
    return edits[0], edits[1], boxes["Show passphrase"], boxes["Use this weak passphrase anyway"]


def ok_button(dialog: ChangePassphraseDialog) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if "passphrase" in b.text())


def type_both(qtbot: QtBot, fields: NewPassphraseFields, first: str, second: str) -> None:
    passphrase, confirm, _, _ = parts(fields)
    qtbot.keyClicks(passphrase, first)
    qtbot.keyClicks(confirm, second)


def judged(qtbot: QtBot, dialog: ChangePassphraseDialog, enabled: bool) -> None:
    """Wait for the strength meter's pause-in-typing delay to pass."""
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled() is enabled, timeout=2000)


def test_a_strong_passphrase_typed_twice_is_accepted(
    dialog: ChangePassphraseDialog, qtbot: QtBot
) -> None:
    type_both(qtbot, passphrase_fields(dialog), STRONG, STRONG)
    judged(qtbot, dialog, True)
    assert not parts(passphrase_fields(dialog))[3].isVisible()  # no extra step for a strong one
    with qtbot.waitSignal(dialog.accepted, timeout=100):
        ok_button(dialog).click()
    assert dialog.passphrase() == STRONG


def test_a_mismatch_blocks_ok_and_says_so(dialog: ChangePassphraseDialog, qtbot: QtBot) -> None:
    type_both(qtbot, passphrase_fields(dialog), STRONG, "marble orchard kettle viola")
    qtbot.wait(300)  # well past the meter's delay
    assert not ok_button(dialog).isEnabled()
    messages = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "The two passphrases are not the same. Check both." in messages
    dialog.accept()  # Enter in a field, say: still refused
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_a_weak_passphrase_needs_the_extra_step(
    dialog: ChangePassphraseDialog, qtbot: QtBot
) -> None:
    _, _, _, weak_ok = parts(passphrase_fields(dialog))
    assert not weak_ok.isVisible()
    type_both(qtbot, passphrase_fields(dialog), WEAK, WEAK)
    qtbot.waitUntil(weak_ok.isVisible, timeout=2000)
    assert not ok_button(dialog).isEnabled()
    weak_ok.click()
    assert ok_button(dialog).isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=100):
        ok_button(dialog).click()
    assert dialog.passphrase() == WEAK


def test_changing_a_weak_passphrase_takes_back_the_tick(
    dialog: ChangePassphraseDialog, qtbot: QtBot
) -> None:
    passphrase, _, _, weak_ok = parts(passphrase_fields(dialog))
    type_both(qtbot, passphrase_fields(dialog), WEAK, WEAK)
    qtbot.waitUntil(weak_ok.isVisible, timeout=2000)
    weak_ok.click()
    qtbot.keyClicks(passphrase, "!")
    assert not weak_ok.isChecked()
    assert not passphrase_fields(dialog).is_acceptable()


def test_a_fast_typist_cannot_slip_a_weak_passphrase_past_the_meter(qtbot: QtBot) -> None:
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    passphrase, confirm, _, _ = parts(fields)
    passphrase.setText(STRONG)
    confirm.setText(STRONG)
    assert fields.is_acceptable()
    passphrase.setText(WEAK)  # and at once, before the meter's delay
    confirm.setText(WEAK)
    assert not fields.is_acceptable()


def test_validity_is_announced_for_the_first_run_dialog(qtbot: QtBot) -> None:
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    passphrase, confirm, _, _ = parts(fields)
    with qtbot.waitSignal(fields.validity_changed, timeout=2000) as became:
        passphrase.setText(STRONG)
        confirm.setText(STRONG)
    assert became.args == [True]
    with qtbot.waitSignal(fields.validity_changed, timeout=2000) as became:
        confirm.setText(STRONG + "x")
    assert became.args == [False]


def test_the_first_run_dialog_can_name_the_field_its_own_way(
    qtbot: QtBot, accessible_name: Callable[[QWidget], str]
) -> None:
    fields = NewPassphraseFields(label="&Passphrase:")
    qtbot.addWidget(fields)
    passphrase = parts(fields)[0]
    assert accessible_name(passphrase) == "Passphrase"
    assert any(label.buddy() is passphrase for label in fields.findChildren(QLabel))


def test_show_passphrase_shows_both_fields(dialog: ChangePassphraseDialog) -> None:
    passphrase, confirm, show, _ = parts(passphrase_fields(dialog))
    assert passphrase.echoMode() == confirm.echoMode() == QLineEdit.EchoMode.Password
    show.click()
    assert passphrase.echoMode() == confirm.echoMode() == QLineEdit.EchoMode.Normal
    show.click()
    assert passphrase.echoMode() == confirm.echoMode() == QLineEdit.EchoMode.Password


def test_it_says_plainly_that_a_forgotten_passphrase_is_gone(qtbot: QtBot) -> None:
    for has_key, expected in ((False, "the codes in this vault are lost"), (True, "still opens")):
        dialog = ChangePassphraseDialog(has_recovery_key=has_key)
        qtbot.addWidget(dialog)
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "A forgotten passphrase cannot be recovered." in text
        assert expected in text


def test_cancel_forgets_what_was_typed(dialog: ChangePassphraseDialog, qtbot: QtBot) -> None:
    type_both(qtbot, passphrase_fields(dialog), STRONG, STRONG)
    dialog.reject()
    assert dialog.passphrase() == ""
    assert all(edit.text() == "" for edit in passphrase_fields(dialog).findChildren(QLineEdit))


def test_every_control_has_a_name_and_tab_order_follows_the_form(
    dialog: ChangePassphraseDialog,
    qtbot: QtBot,
    accessible_name: Callable[[QWidget], str],
    tab_order: Callable[[QWidget, QWidget, int], list[QWidget]],
) -> None:
    passphrase, confirm, show, weak_ok = parts(passphrase_fields(dialog))
    assert accessible_name(passphrase) == "New passphrase"
    assert accessible_name(confirm) == "Type the new passphrase again"
    assert accessible_name(show) == "Show passphrase"
    assert accessible_name(weak_ok) == "Use this weak passphrase anyway"
    for push in dialog.findChildren(QPushButton):
        assert accessible_name(push)
    type_both(qtbot, passphrase_fields(dialog), WEAK, WEAK)
    qtbot.waitUntil(weak_ok.isVisible, timeout=2000)
    weak_ok.click()
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    visited = tab_order(dialog, passphrase, 6)
    assert visited == [passphrase, show, confirm, weak_ok, ok_button(dialog), cancel]


def test_a_passphrase_longer_than_72_characters_is_judged(
    dialog: ChangePassphraseDialog, qtbot: QtBot
) -> None:
    # zxcvbn 4.5 raises above 72 characters; the meter must judge, not crash.
    long_one = "marble orchard kettle violin canyon harbour tulip engine lantern meadow pepper"
    assert len(long_one) > 72
    passphrase, confirm, _, _ = parts(passphrase_fields(dialog))
    passphrase.setText(long_one)
    confirm.setText(long_one)
    judged(qtbot, dialog, True)
    verdicts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "Strength: Very strong" in verdicts
