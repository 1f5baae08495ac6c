"""The codes table model: hidden until shown, exact text when shown, used dates, key accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from shell_helpers import (
    APPLE_KEY,
    GITHUB_CODES,
)

from ui.state.open_vault import OpenVault
from ui.state.undo import UnuseCode, UseCode
from ui.window.account_codes_model import (
    COL_CODE,
    COL_NUMBER,
    COL_STATUS,
    AccountCodesModel,
    CodeRole,
    masked,
)


def model_for(document: OpenVault, name: str) -> AccountCodesModel:
    model = AccountCodesModel(document)
    model.set_account(document.vault.find(name)[0].id)
    return model


def column(
    model: AccountCodesModel, col: int, role: int = Qt.ItemDataRole.DisplayRole
) -> list[object]:
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, document: OpenVault) -> None:
    model = model_for(document, "GitHub")
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.set_revealed(True)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_hidden_codes_keep_their_shape_and_last_two_characters_so_rows_differ(
    document: OpenVault,
) -> None:
    model = model_for(document, "GitHub")
    hidden = column(model, COL_CODE)
    assert hidden == ["•••••-•••" + code[-2:] for code in GITHUB_CODES]
    assert not any(code in hidden for code in GITHUB_CODES)
    spoken_hidden = column(model, COL_CODE, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken_hidden[0] == f"Code hidden, ends in {GITHUB_CODES[0][-2]} {GITHUB_CODES[0][-1]}"
    model.set_revealed(True)
    assert column(model, COL_CODE) == GITHUB_CODES  # exactly as the site printed them
    model.set_revealed(False)
    assert GITHUB_CODES[0] not in column(model, COL_CODE)


def test_the_real_text_is_available_to_actions_while_hidden(document: OpenVault) -> None:
    model = model_for(document, "GitHub")
    assert column(model, COL_CODE, CodeRole.CODE) == GITHUB_CODES


def test_numbers_status_and_used_dates(document: OpenVault) -> None:
    model = model_for(document, "GitHub")
    assert column(model, COL_NUMBER)[:3] == ["1", "2", "3"]
    statuses = column(model, COL_STATUS)
    assert all(str(s).startswith("Used ") and "2026" in str(s) for s in statuses[:14])
    assert statuses[14:] == ["Unused", "Unused"]
    assert column(model, COL_CODE, CodeRole.USED)[13:15] == [True, False]


def test_codes_are_monospaced(document: OpenVault) -> None:
    model = model_for(document, "GitHub")
    font = model.index(0, COL_CODE).data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font)
    assert metrics.horizontalAdvance("iiii1111") == metrics.horizontalAdvance("MMMMOOOO")


def test_a_recovery_key_is_never_called_used(document: OpenVault) -> None:
    model = model_for(document, "Apple ID")
    model.set_revealed(True)
    assert column(model, COL_CODE) == [APPLE_KEY]
    assert column(model, COL_STATUS) == ["Reusable key"]


def test_follows_changes_without_losing_rows(qtbot: QtBot, document: OpenVault) -> None:
    model = model_for(document, "GitHub")
    github = document.vault.find("GitHub")[0]
    code = github.next_unused()
    assert code is not None
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        UseCode(document, github, code).redo()
    assert column(model, COL_STATUS)[14] != "Unused"
    UnuseCode(document, github, code).redo()
    assert column(model, COL_STATUS)[14] == "Unused"


def test_no_account_means_no_rows(document: OpenVault) -> None:
    model = model_for(document, "GitHub")
    model.set_account(None)
    assert model.rowCount() == 0


def test_masking_keeps_separators_and_hides_phrases_word_lengths() -> None:
    assert masked("1234 5678") == "•••• ••78"
    assert masked("ABCD-EFGH-JKMN-PQRS") == "••••-••••-••••-••RS"
    assert masked("correct horse battery staple") == "•••• •••• •••• ••••"
    assert masked("7") == "7"  # too short to hide anything by shape: never longer than the code
