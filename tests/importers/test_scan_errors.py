"""Every way a scan can fail ends in its typed error, quickly, and with a plain message."""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from corpus import NOT_CODES, discord
from pdfmakers import (
    Line,
    deeply_nested_pdf,
    encrypt,
    form_bomb_pdf,
    fpdf_image_only,
    fpdf_pdf,
    huge_page_count_pdf,
    image_only_pdf,
    looping_pages_pdf,
)

from ui.words.scan_messages import describe_scan_error
from vault.importers import ScanError, ScanFailure, scan_file, scan_text
from vault.importers.limits import MAX_PDF_PAGES, Limits

HOSTILE_TIME_BOUND = 3.0  # seconds: tight, so a hang would show as a slow test, not a stuck suite


def _failure(
    path: Path, data: bytes, password: str | None = None, limits: Limits | None = None
) -> ScanFailure:
    path.write_bytes(data)
    with pytest.raises(ScanError) as caught:
        if limits is None:
            scan_file(path, password)
        else:
            scan_file(path, password, limits=limits)
    assert describe_scan_error(caught.value)
    return caught.value.failure


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return tmp_path / "codes.pdf"


@pytest.mark.parametrize("make", [image_only_pdf, fpdf_image_only], ids=["handmade", "fpdf2"])
def test_picture_only_pdf_has_no_text(pdf: Path, make: object) -> None:
    assert _failure(pdf, make()) is ScanFailure.NO_TEXT  # type: ignore[operator]


def test_encrypted_pdf_needs_its_password(pdf: Path) -> None:
    case = discord()
    data = encrypt(fpdf_pdf(case.blocks), "s3cret")
    assert _failure(pdf, data) is ScanFailure.ENCRYPTED
    assert _failure(pdf, data, "wrong") is ScanFailure.WRONG_PASSWORD
    assert scan_file(pdf, "s3cret").codes == case.codes


def test_pdf_with_only_an_owner_password_opens_without_asking(pdf: Path) -> None:
    case = discord()
    pdf.write_bytes(encrypt(fpdf_pdf(case.blocks), ""))
    assert scan_file(pdf).codes == case.codes


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_pdf_is_damaged(pdf: Path, keep: float) -> None:
    data = fpdf_pdf(discord().blocks)
    assert _failure(pdf, data[: int(len(data) * keep)]) is ScanFailure.DAMAGED


def test_garbage_after_a_pdf_header_is_damaged(pdf: Path) -> None:
    assert _failure(pdf, b"%PDF-1.7\n" + bytes(range(256)) * 20) is ScanFailure.DAMAGED


def test_pdf_named_file_that_is_not_a_pdf_is_damaged(pdf: Path) -> None:
    assert _failure(pdf, b"just some words, no codes") is ScanFailure.DAMAGED


def test_pdf_without_codes(pdf: Path) -> None:
    assert _failure(pdf, fpdf_pdf(NOT_CODES)) is ScanFailure.NOT_CODES


def test_too_many_pages(pdf: Path) -> None:
    data = fpdf_pdf([Line("Page of a long report")], pages=MAX_PDF_PAGES + 1)
    assert _failure(pdf, data) is ScanFailure.TOO_LARGE


def test_too_many_bytes(tmp_path: Path) -> None:
    small = Limits(max_pdf_bytes=1000, max_text_file_bytes=1000)
    assert (
        _failure(tmp_path / "a.pdf", fpdf_pdf(discord().blocks), limits=small)
        is ScanFailure.TOO_LARGE
    )
    assert _failure(tmp_path / "a.txt", b"1234 5678\n" * 200, limits=small) is ScanFailure.TOO_LARGE
    with pytest.raises(ScanError) as caught:
        scan_text("1234 5678\n" * 200, limits=Limits(max_text_chars=100))
    assert caught.value.failure is ScanFailure.TOO_LARGE


def _zip() -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>" * 50)
    return out.getvalue()


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    b"\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00:~\x9bU"
)


@pytest.mark.parametrize(
    ("name", "data"), [("codes.png", PNG), ("codes.docx", _zip()), ("codes", bytes(range(256)) * 4)]
)
def test_other_file_types_are_unsupported(tmp_path: Path, name: str, data: bytes) -> None:
    assert _failure(tmp_path / name, data) is ScanFailure.UNSUPPORTED


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        # PDFium counts the pages that are there and stops at a nesting depth: the one page
        # of these files reads, with no codes on it
        (huge_page_count_pdf, {ScanFailure.TOO_LARGE, ScanFailure.NOT_CODES}),
        (looping_pages_pdf, {ScanFailure.DAMAGED}),
        (deeply_nested_pdf, {ScanFailure.DAMAGED, ScanFailure.NOT_CODES}),
        (form_bomb_pdf, {ScanFailure.NOT_CODES, ScanFailure.TOO_LARGE}),
    ],
    ids=["huge-page-count", "looping-page-tree", "deep-nesting", "form-bomb"],
)
def test_hostile_pdf_ends_in_an_error_within_the_time_bound(
    pdf: Path, make: object, expected: set[ScanFailure]
) -> None:
    limits = Limits(child_timeout_seconds=HOSTILE_TIME_BOUND)
    started = time.monotonic()
    assert _failure(pdf, make(), limits=limits) in expected  # type: ignore[operator]
    assert time.monotonic() - started < HOSTILE_TIME_BOUND + 2  # the bound plus process start-up


def test_time_bound_stops_a_slow_parse(pdf: Path) -> None:
    # the form bomb draws 2**40 strings if nothing stops it; a tenth of a second must stop it
    limits = Limits(child_timeout_seconds=0.1)
    assert _failure(pdf, form_bomb_pdf(), limits=limits) is ScanFailure.TOO_LARGE


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX only")
@pytest.mark.parametrize("megabytes", [8, 16])
def test_memory_bound_stops_the_child_and_says_too_large(pdf: Path, megabytes: int) -> None:
    # below what PDFium and Python already use: the document cannot be read within the bound
    limits = Limits(child_memory_bytes=megabytes * 1024 * 1024)
    assert _failure(pdf, fpdf_pdf(discord().blocks), limits=limits) is ScanFailure.TOO_LARGE


def test_every_failure_has_a_message_that_says_what_to_do() -> None:
    for failure in ScanFailure:
        message = describe_scan_error(ScanError(failure, "detail for developers"))
        assert "detail" not in message
        assert message.endswith(".") and len(message.split(". ")) >= 2


def test_scan_messages_load_no_qt() -> None:
    code = "import sys, ui.words.scan_messages; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
