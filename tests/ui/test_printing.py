"""The drawn sheet: what ends up in the PDF (as text a reader can copy) and on which page."""

from __future__ import annotations

import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pypdf import PdfReader

from ui.paper import printing
from ui.words.paper import build_emergency_sheet, build_sheet
from vault.model import Account, Code, CodeSet, Kind
from vault.page_size import PageSize
from vault.paper import Sheet

IMPORTED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
USED = datetime(2026, 10, 2, 12, 0, tzinfo=UTC)
PRINTED = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
POINTS = {PageSize.A4: (595, 842), PageSize.LETTER: (612, 792)}


def make_account(name: str, codes: list[str], *, used: tuple[int, ...] = ()) -> Account:
    account = Account(name=name, service=None, username=f"{name.lower()}@example.com")
    code_set = CodeSet(
        kind=Kind.SET,
        codes=[Code(c, used_at=USED if i in used else None) for i, c in enumerate(codes)],
        imported_at=IMPORTED,
    )
    account.replace_set(IMPORTED, code_set)
    return account


def codes_for(tag: int, count: int = 10) -> list[str]:
    """Distinct Google-style codes; ``tag`` keeps accounts' codes apart."""
    return [f"{tag:02d}{n:02d} {tag * 100 + n:04d}" for n in range(count)]


def page_texts(data: bytes) -> list[str]:
    """Each page's extractable text, whitespace runs (tabs from spacing) folded to one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def solid(text: str) -> str:
    """``text`` without whitespace, to find a code in extracted text.

    Qt places each word (and in monospace each glyph) on its own, and pypdf guesses spaces from
    the gaps: it reads the subset glyph numbered 0x20 as a space, so "6789" can come out as
    "678 9". The characters and their order are what a reader copies, so compare those.
    """
    return "".join(text.split())


def shows(code: str, text: str) -> bool:
    return solid(code) in solid(text)


def render(sheet: Sheet, size: PageSize = PageSize.A4) -> bytes:
    return printing.pdf_bytes(sheet, size)


@pytest.fixture(autouse=True)
def application(qapp: object) -> None:
    """Fonts and painting need the test session's Qt application."""


def test_pdf_holds_every_unused_code_and_the_account_as_text() -> None:
    codes = ["1234 5678", "abcde-12345", "K7QF-9XM2-00PR", "a1b2c3d4e5f6a7b8"]
    sheet = build_sheet([make_account("USCIS office account", codes)], printed_at=PRINTED, tz=UTC)
    (text,) = page_texts(render(sheet))
    assert "USCIS office account" in text
    for code in codes:
        assert shows(code, text)
    assert "25 November 2026" in text and "4 March 2026" in text
    assert "Nobody legitimate will ever ask" in text


def test_used_codes_keep_their_date_or_are_left_out() -> None:
    codes = codes_for(1)
    account = make_account("Google", codes, used=(0, 3))

    (kept,) = page_texts(render(build_sheet([account], printed_at=PRINTED, tz=UTC)))
    assert shows(f"{codes[0]} used 2 October 2026", kept)
    assert shows(f"{codes[3]} used 2 October 2026", kept)
    assert kept.count("used 2 October 2026") == 2

    left_out = build_sheet([account], printed_at=PRINTED, include_used=False, tz=UTC)
    (text,) = page_texts(render(left_out))
    assert not shows(codes[0], text) and not shows(codes[3], text)
    assert all(shows(code, text) for i, code in enumerate(codes) if i not in (0, 3))
    assert "2 used codes are not shown" in text and "used 2 October" not in text


@pytest.mark.parametrize("size", list(PageSize))
def test_page_size_is_a4_or_letter(size: PageSize) -> None:
    sheet = build_sheet([make_account("Google", codes_for(1))], printed_at=PRINTED, tz=UTC)
    reader = PdfReader(io.BytesIO(render(sheet, size)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == POINTS[size]


@pytest.mark.parametrize("size", list(PageSize))
def test_many_accounts_fill_several_pages_and_no_account_is_split(size: PageSize) -> None:
    accounts = [make_account(f"Account {n}", codes_for(n, count=8 + n % 9)) for n in range(14)]
    pages = page_texts(render(build_sheet(accounts, printed_at=PRINTED, tz=UTC), size))

    assert len(pages) >= 3
    for n, account in enumerate(accounts):
        holding = [i for i, text in enumerate(pages) if f"Account {n} " in text + " "]
        assert len(holding) == 1, f"Account {n} appears on pages {holding}"
        page = pages[holding[0]]
        assert all(shows(c.text, page) for c in account.sets[0].codes), f"Account {n} was split"
    assert pages[-1].endswith(f"Page {len(pages)} of {len(pages)}")


def test_an_account_too_long_for_one_page_continues_with_a_heading() -> None:
    codes = codes_for(7, count=90)
    accounts = [make_account("Short", codes_for(1, count=4)), make_account("Huge list", codes)]
    pages = page_texts(render(build_sheet(accounts, printed_at=PRINTED, tz=UTC)))

    first = next(i for i, text in enumerate(pages) if "Huge list" in text)
    assert "Short" not in pages[first]  # a long list starts on a fresh page
    assert "Huge list (continued)" in pages[first + 1]
    for code in codes:  # every code, once
        assert sum(solid(text).count(solid(code)) for text in pages) == 1
    assert shows(codes[-1], pages[-1])


def test_emergency_sheet_pdf_shows_key_place_and_use() -> None:
    key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    sheet = build_emergency_sheet(key, "/home/jane/codes.bcvault", printed_at=PRINTED, tz=UTC)
    pages = page_texts(render(sheet))
    assert len(pages) == 1
    text = pages[0]
    assert shows(key, text)
    for expected in (
        "/home/jane/codes.bcvault",
        "25 November 2026",
        "Forgot passphrase? Use recovery key",
        "codevault-cli passwd --recovery-key",
        "Passphrase hint",
    ):
        assert expected in text


def test_a_key_too_wide_for_the_page_breaks_between_groups() -> None:
    key = "-".join(f"{n:02d}ABC" for n in range(24))
    sheet = build_emergency_sheet(key, "/v", printed_at=PRINTED, tz=UTC)
    raw = PdfReader(io.BytesIO(render(sheet))).pages[0].extract_text()
    lines = [solid(line) for line in raw.splitlines() if "ABC" in line]
    assert len(lines) >= 2  # it did not run off the page
    assert all(line.endswith("-") for line in lines[:-1])  # groups stay whole
    assert "".join(lines) == key


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temp folder of our own, so other programs' temp files cannot disturb the comparison."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("TEMP", str(folder))
    monkeypatch.setenv("TMP", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def test_save_pdf_writes_only_the_requested_file(tmp_path: Path, private_temp: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "notes.txt").write_text("already here")
    before_out, before_temp = sorted(os.listdir(out_dir)), sorted(os.listdir(tempfile.gettempdir()))
    assert tempfile.gettempdir() == str(private_temp)

    sheet = build_sheet([make_account("Google", codes_for(1))], printed_at=PRINTED, tz=UTC)
    printing.save_pdf(sheet, out_dir / "codes.pdf", PageSize.A4)

    assert sorted(os.listdir(out_dir)) == sorted([*before_out, "codes.pdf"])
    assert sorted(os.listdir(tempfile.gettempdir())) == before_temp
    assert shows(codes_for(1)[0], page_texts((out_dir / "codes.pdf").read_bytes())[0])
    if sys.platform != "win32":
        assert stat.S_IMODE((out_dir / "codes.pdf").stat().st_mode) == 0o600


def test_save_pdf_to_a_missing_folder_fails_and_leaves_nothing(tmp_path: Path) -> None:
    sheet = build_sheet([make_account("Google", codes_for(1))], printed_at=PRINTED, tz=UTC)
    with pytest.raises(OSError):
        printing.save_pdf(sheet, tmp_path / "missing" / "codes.pdf", PageSize.A4)
    assert not (tmp_path / "missing").exists()


def test_print_preview_shows_the_same_pages_as_the_pdf(qtbot: object) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    accounts = [make_account(f"Account {n}", codes_for(n, count=12)) for n in range(8)]
    sheet = build_sheet(accounts, printed_at=PRINTED, tz=UTC)
    dialog = printing.make_print_preview(sheet, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    qtbot.waitUntil(lambda: preview.pageCount() > 0)  # type: ignore[attr-defined]

    from PySide6.QtPrintSupport import QPrinter

    printer = dialog.printer_in_use  # type: ignore[attr-defined]
    assert isinstance(printer, QPrinter)
    size = (
        PageSize.LETTER
        if printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.Letter
        else PageSize.A4
    )
    assert preview.pageCount() == len(page_texts(render(sheet, size)))
