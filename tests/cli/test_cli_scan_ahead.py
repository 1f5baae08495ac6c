"""``scan FILE.pdf`` starts its PDF child before the rest of the command line loads; any other
form of the command line starts nothing ahead, and a child started ahead never outlives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.cli import main, scan_ahead
from vault.importers import pdf as pdf_module
from vault.importers.pdf import StartedReader


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "codes.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00" * 64)  # a PDF by its header (damaged past it)
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["scan", "{pdf}"],
        ["scan", "--json", "{pdf}"],
        ["--vault", "v.bcvault", "--lang", "es", "scan", "{pdf}", "--json"],
        ["--lang=en", "scan", "{pdf}"],
    ],
)
def test_a_plain_scan_of_a_pdf_starts_its_child_ahead(argv: list[str], pdf: Path) -> None:
    reader = scan_ahead.start_ahead([a.format(pdf=pdf) for a in argv])
    assert isinstance(reader, StartedReader)
    reader.close()


@pytest.mark.parametrize(
    "argv",
    [
        ["scan", "{text}"],  # not a PDF
        ["scan", "-"],  # standard input
        ["scan", "{pdf}", "--pdf-password-file", "-"],  # its password is not known yet
        ["scan", "--help"],
        ["--help", "scan", "{pdf}"],
        ["import", "{pdf}"],
        ["scan", "{pdf}", "{pdf}"],
        ["scan", "--", "{pdf}"],
        ["scan", "{missing}"],
    ],
)
def test_any_other_command_line_starts_nothing_ahead(
    argv: list[str], pdf: Path, tmp_path: Path
) -> None:
    text = tmp_path / "codes.txt"
    text.write_text("1234 5678\n")
    names = {"pdf": pdf, "text": text, "missing": tmp_path / "none.pdf"}
    assert scan_ahead.start_ahead([a.format(**names) for a in argv]) is None


def test_a_child_that_cannot_be_started_ahead_leaves_the_scan_to_start_its_own(
    pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no processes left")

    monkeypatch.setattr(pdf_module.subprocess, "Popen", refuse)
    assert scan_ahead.start_ahead(["scan", str(pdf)]) is None


def _started_ahead(pdf: Path, monkeypatch: pytest.MonkeyPatch) -> list[StartedReader]:
    """Make ``main`` start a child ahead whatever the command line; the list of those started."""
    started: list[StartedReader] = []

    def start_ahead(argv: list[str]) -> StartedReader | None:
        reader = scan_ahead.start_for_file(str(pdf), None)
        assert reader is not None
        started.append(reader)
        return reader

    monkeypatch.setattr(scan_ahead, "start_ahead", start_ahead)
    return started


def test_the_scan_reads_through_the_child_started_ahead_which_then_ends(
    pdf: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started = _started_ahead(pdf, monkeypatch)
    assert main(["scan", "--json", str(pdf)]) == 1
    assert (
        '"error": "damaged"' in capsys.readouterr().out
    )  # PDFium read it: damaged past its header
    (reader,) = started
    assert reader.process.returncode is not None  # reaped, not left behind


def test_a_child_started_ahead_for_a_command_that_fails_first_is_ended(
    pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = _started_ahead(pdf, monkeypatch)
    assert main(["--vault", str(tmp_path / "none.bcvault"), "list"]) == 1
    (reader,) = started
    assert reader.process.returncode is not None
