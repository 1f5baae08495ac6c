"""An account's history: newest first, in local time, codes shown only by their last characters."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from shell_helpers import (
    GITHUB_CODES,
)

from ui.state.open_vault import OpenVault
from ui.state.undo import Rename, ReplaceSingleCode
from ui.widgets.code_mask import masked
from ui.window.history_dialog import HistoryDialog, HistoryModel


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, document: OpenVault) -> None:
    model = HistoryModel(document.vault.find("GitHub")[0])
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_newest_first_and_codes_masked(document: OpenVault) -> None:
    github = document.vault.find("GitHub")[0]
    Rename(document, github, "GitHub (work)").redo()
    model = HistoryModel(document.vault.find("GitHub (work)")[0])
    lines = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert lines[0] == "Renamed: GitHub → GitHub (work)"  # no brackets inside brackets
    assert lines[-1] == "Codes imported: 16 codes"
    # the same mask as the codes table: the code's shape and its last two characters
    assert lines[1] == f"Code {masked(GITHUB_CODES[13])} marked used"
    assert all(code not in " ".join(lines) for code in GITHUB_CODES)


def test_retired_sets_are_listed(document: OpenVault) -> None:
    uscis = document.vault.find("USCIS")[0]
    ReplaceSingleCode(document, uscis, uscis.current.codes[0], "NEW123").redo()  # type: ignore[union-attr]
    dialog = HistoryDialog(document.vault.find("USCIS")[0])
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert any("Earlier sets" in t and "1 code" in t for t in labels), labels
