"""A PDF child started ahead of its document (what ``codevault-cli scan`` does) reads the same,
is not used for another password, and does not outlive a scan that never needed it."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import discord, github
from pdfmakers import form_bomb_pdf, fpdf_pdf

from vault.importers import ScanError, ScanFailure, scan_file
from vault.importers.limits import DEFAULT_LIMITS, Limits
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


def test_a_child_handed_the_document_at_its_start_reads_it(tmp_path: Path) -> None:
    case = discord()
    path = tmp_path / "codes.pdf"
    path.write_bytes(fpdf_pdf(case.blocks))
    reader = StartedReader(None, DEFAULT_LIMITS, path.read_bytes())
    try:
        ahead = scan_file(path, pdf_reader=reader)
    finally:
        reader.close()
    assert reader.process.returncode == 0
    assert ahead.codes == scan_file(path).codes


def test_a_file_changed_after_its_child_was_handed_it_is_read_as_it_is_now(
    tmp_path: Path,
) -> None:
    path = tmp_path / "codes.pdf"
    path.write_bytes(fpdf_pdf(github().blocks))
    reader = StartedReader(None, DEFAULT_LIMITS, path.read_bytes())
    case = discord()
    path.write_bytes(fpdf_pdf(case.blocks))  # saved again before the scan read it
    try:
        result = scan_file(path, pdf_reader=reader)
    finally:
        reader.close()
    assert result.codes[0] == case.codes[0]
    assert reader.process.returncode is not None  # the stale child is ended, not left behind


def test_a_child_handed_a_document_nobody_asked_for_ends_when_closed() -> None:
    reader = StartedReader(None, DEFAULT_LIMITS, form_bomb_pdf())  # would run to the time bound
    reader.close()
    assert reader.process.returncode is not None


def test_a_child_handed_a_document_early_still_stops_at_the_time_bound(tmp_path: Path) -> None:
    path = tmp_path / "bomb.pdf"
    path.write_bytes(form_bomb_pdf())
    limits = Limits(child_timeout_seconds=0.1)
    reader = StartedReader(None, limits, path.read_bytes())
    try:
        with pytest.raises(ScanError) as refused:
            scan_file(path, limits=limits, pdf_reader=reader)
    finally:
        reader.close()
    assert refused.value.failure is ScanFailure.TOO_LARGE
