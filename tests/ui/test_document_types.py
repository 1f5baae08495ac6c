"""One list of document files: what the importer reads, drag-and-drop and the file chooser take."""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from ui.intake.drop import is_document
from ui.intake.import_dialog import ImportDialog
from vault.document_types import PDF_SUFFIXES, TEXT_SUFFIXES
from vault.importers import ScanError, ScanFailure, scan_file
from vault.model import Vault

CODES = "Google backup codes\n1. 1234 5678\n2. 2345 6789\n3. 3456 7890\n"


def chooser_filters(qtbot: QtBot) -> list[str]:
    """The name filters of the file chooser the import dialog opens."""
    dialog = ImportDialog(Vault())
    qtbot.addWidget(dialog)
    dialog.open()
    (choose,) = [
        b
        for b in dialog.findChildren(QPushButton)
        if b.accessibleName() == "Choose a file with your codes"
    ]
    choose.click()
    chooser = dialog.findChild(QFileDialog)
    assert chooser is not None
    filters = chooser.nameFilters()
    chooser.reject()
    return filters


@pytest.mark.parametrize("suffix", sorted(s for s in TEXT_SUFFIXES if s))
def test_a_text_document_is_taken_by_all_three(suffix: str, tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / f"codes{suffix}"
    path.write_text(CODES)
    assert scan_file(path).codes  # the importer reads it
    assert is_document(path)  # dropping or pasting it opens the import
    first = chooser_filters(qtbot)[0]  # the chooser shows it without "All files"
    patterns = first[first.index("(") + 1 : first.index(")")].split()
    assert any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns), first


def test_the_chooser_lists_pdfs_and_every_text_suffix(qtbot: QtBot) -> None:
    first = chooser_filters(qtbot)[0]
    for suffix in sorted(PDF_SUFFIXES | {s for s in TEXT_SUFFIXES if s}):
        assert f"*{suffix}" in first


def test_a_picture_is_refused_by_all_three(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert not is_document(path)
    with pytest.raises(ScanError) as caught:
        scan_file(path)
    assert caught.value.failure is ScanFailure.UNSUPPORTED
    assert "*.png" not in chooser_filters(qtbot)[0]
