"""Every code shape, drawn by three PDF producers, read back exactly and in order."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from pathlib import Path

import pytest
from corpus import CASES, Case
from pdfmakers import HandmadeOptions, fpdf_pdf, handmade_pdf, qt_pdf

from tests.importers.words import warning_words
from vault.importers import ScanResult, scan_file

# each case is drawn by hand with one of these, in turn, so every technique meets several shapes
HANDMADE_VARIANTS = [
    HandmadeOptions(kerning=True),
    HandmadeOptions(split_runs=True, strike_as_rectangle=False),
    HandmadeOptions(custom_encoding=True),
    HandmadeOptions(custom_encoding=True, kerning=True, strike_as_rectangle=False),
]


def _scan(tmp_path: Path, data: bytes, name: str = "codes.pdf") -> ScanResult:
    path = tmp_path / name
    path.write_bytes(data)
    return scan_file(path)


def _check(result: ScanResult, case: Case) -> None:
    assert result.codes == case.codes
    assert result.used == case.used
    assert result.service == case.service
    assert result.kind is case.kind
    for words in case.warning_words:
        assert any(words in warning for warning in warning_words(result)), warning_words(result)


@pytest.mark.parametrize("make", CASES, ids=lambda make: make.__name__)
def test_fpdf2_documents(tmp_path: Path, make: Callable[[], Case]) -> None:
    case = make()
    _check(_scan(tmp_path, fpdf_pdf(case.blocks)), case)


@pytest.mark.parametrize("make", CASES, ids=lambda make: make.__name__)
def test_qt_documents(tmp_path: Path, qapp: object, make: Callable[[], Case]) -> None:
    case = make()
    _check(_scan(tmp_path, qt_pdf(case.blocks)), case)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[make.__name__ for make in CASES])
def test_handmade_documents(tmp_path: Path, index: int) -> None:
    case = CASES[index]()
    options = HANDMADE_VARIANTS[index % len(HANDMADE_VARIANTS)]
    _check(_scan(tmp_path, handmade_pdf(case.blocks, options)), case)


def test_columns_drawn_column_by_column_keep_reading_order(tmp_path: Path) -> None:
    case = CASES[[m.__name__ for m in CASES].index("login_gov_backup")]()
    data = handmade_pdf(case.blocks, HandmadeOptions(row_major=False, split_runs=True))
    _check(_scan(tmp_path, data), case)


def test_two_page_document_reads_both_pages(tmp_path: Path) -> None:
    case = CASES[[m.__name__ for m in CASES].index("github")]()
    result = _scan(tmp_path, fpdf_pdf(case.blocks, pages=2))
    assert result.codes == case.codes  # the same list printed twice is one list
