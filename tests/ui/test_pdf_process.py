"""The app's "Save as PDF" draws the paper copy in a child process: the same PDF, the app's font,
nothing on disk but the finished file, and a failed child leaves no file behind."""

from __future__ import annotations

import io
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFont, QFontDatabase

from ui.paper import pdf_process, printing
from ui.widgets.code_font import bundled_family
from ui.words.paper import build_sheet
from vault.model import Account, Code, CodeSet, Kind
from vault.page_size import PageSize
from vault.paper import Sheet

WHEN = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def application(qapp: object) -> None:
    """Fonts and painting need the test session's Qt application."""


def long_sheet(accounts: int = 120) -> Sheet:
    """More accounts than fit in one pickle of blocks, on several pages, one code used each."""
    made = []
    for i in range(accounts):
        account = Account(name=f"Account {i:03d} — ñandú", service="Example")
        codes = [Code(f"{i:03d}-{j:05d}", used_at=WHEN if j == 3 else None) for j in range(10)]
        account.replace_set(WHEN, CodeSet(Kind.SET, codes, WHEN))
        made.append(account)
    return build_sheet(made, printed_at=WHEN, tz=UTC)


def pages(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


def fonts(data: bytes) -> set[str]:
    """The base names of the fonts the PDF's pages use, without their subset tags."""
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1].lstrip("/"))
    return names


@pytest.mark.parametrize("size", list(PageSize))
def test_the_child_draws_the_same_pdf_as_the_app_would(size: PageSize) -> None:
    sheet = long_sheet()
    here, there = printing.pdf_bytes(sheet, size), pdf_process.draw_pdf(sheet, size)
    assert len(pages(there)) > 1
    assert pages(there) == pages(here)
    assert fonts(there) == fonts(here)
    first = PdfReader(io.BytesIO(there)).pages[0]
    assert (round(float(first.mediabox.width)), round(float(first.mediabox.height))) == {
        PageSize.A4: (595, 842),
        PageSize.LETTER: (612, 792),
    }[size]


def test_the_words_are_in_the_apps_general_font(monkeypatch: pytest.MonkeyPatch) -> None:
    # The child has no desktop theme of its own: it is handed the font the app's window uses.
    family = bundled_family()
    assert family is not None
    # (the words are in another font here, the system's: the child's own would be that one)
    own = fonts(pdf_process.draw_pdf(long_sheet(2), PageSize.A4))
    assert any(not name.startswith("JetBrainsMono") for name in own)
    app_font = QFont(family)
    monkeypatch.setattr(QFontDatabase, "systemFont", lambda _role: QFont(app_font))
    data = pdf_process.draw_pdf(long_sheet(2), PageSize.A4)
    assert {name.split("-")[0] for name in fonts(data)} == {"JetBrainsMono"}


def test_saving_writes_only_the_chosen_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out"
    out.mkdir()
    pdf_process.save_pdf(long_sheet(3), out / "codes.pdf", PageSize.A4)
    assert sorted(out.iterdir()) == [out / "codes.pdf"]
    assert list(temp.iterdir()) == []
    assert "001-00000" in "".join(pages((out / "codes.pdf").read_bytes())[0].split())


def test_a_child_that_draws_nothing_fails_the_save_and_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken_child.py"
    broken.write_text("import sys\nsys.stdin.buffer.read()\nsys.exit(3)\n")
    monkeypatch.setattr(pdf_process, "CHILD_SCRIPT", broken)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "codes.pdf"
    target.write_bytes(b"the copy printed last year")
    with pytest.raises(OSError, match="exit status 3"):
        pdf_process.save_pdf(long_sheet(1), target, PageSize.A4)
    assert target.read_bytes() == b"the copy printed last year"
    assert list(out.iterdir()) == [target]
