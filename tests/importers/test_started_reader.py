"""A PDF child started ahead of its document (what ``codevault-cli scan`` does) reads the same,
is not used for another password, and does not outlive a scan that never needed it."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import discord
from pdfmakers import fpdf_pdf

from vault.importers import ScanError, ScanFailure, scan_file
from vault.importers.limits import DEFAULT_LIMITS
from vault.importers.pdf import StartedReader, read_pdf


def test_a_child_started_ahead_reads_what_a_child_started_then_reads(tmp_path: Path) -> None:
    case = discord()
    path = tmp_path / "codes.pdf"
    path.write_bytes(fpdf_pdf(case.blocks))
    reader = StartedReader(None, DEFAULT_LIMITS)
    try:
        ahead = scan_file(path, pdf_reader=reader)
    finally:
        reader.close()
    assert reader.process.returncode == 0
    assert ahead.codes == scan_file(path).codes
    assert ahead.codes[0] == case.codes[0]


def test_a_child_started_for_another_password_is_ended_and_not_used() -> None:
    data = fpdf_pdf(discord().blocks)
    reader = StartedReader("a password for some other document", DEFAULT_LIMITS)
    pages = read_pdf(data, None, DEFAULT_LIMITS, reader)
    assert pages and pages[0].text
    assert reader.process.returncode is not None  # ended, not left waiting for a document


def test_a_child_no_document_was_handed_to_ends_when_closed() -> None:
    reader = StartedReader(None, DEFAULT_LIMITS)
    reader.close()
    assert reader.process.returncode is not None
    reader.close()  # again: nothing left to do


def test_a_damaged_document_handed_to_a_child_started_ahead_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00" * 200)
    reader = StartedReader(None, DEFAULT_LIMITS)
    try:
        with pytest.raises(ScanError) as refused:
            scan_file(path, pdf_reader=reader)
    finally:
        reader.close()
    assert refused.value.failure is ScanFailure.DAMAGED
