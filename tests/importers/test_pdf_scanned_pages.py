"""A PDF with typed pages and scanned ones: the scanned pages are read by OCR, in page order.

A person prints the site's codes page, scans one sheet and saves it with the typed pages; the
codes of every page are wanted, in the order the pages give them.
"""

from __future__ import annotations

import io

import pytest
from fpdf import FPDF
from pictures import available_fonts
from PIL import Image, ImageDraw, ImageFont

from vault.importers import scan_bytes
from vault.importers.result import Doubt

pytest.importorskip("rapidocr", reason="the OCR extra is not installed (pip install .[ocr])")

CODES = ["4821 5903", "1177 2041", "6650 3189", "7302 9914", "2468 1357",
         "9081 7264", "3355 0792", "5140 8826", "8619 4073", "0927 6581"]  # fmt: skip


def _scanned(lines: list[str]) -> bytes:
    """A page of text as a scanner gives it: a picture, 200 dots per inch."""
    font = ImageFont.truetype(available_fonts()[0], 40)
    image = Image.new("RGB", (1400, 120 + 80 * len(lines)), "white")
    pen = ImageDraw.Draw(image)
    for row, text in enumerate(lines):
        pen.text((80, 60 + row * 80), text, font=font, fill="black")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _typed(pdf: FPDF, lines: list[str]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for text in lines:
        pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")


def _pdf(pages: list[tuple[str, list[str]]]) -> bytes:
    pdf = FPDF(format="letter")
    for kind, lines in pages:
        if kind == "typed":
            _typed(pdf, lines)
        elif kind == "scanned":
            pdf.add_page()
            pdf.image(io.BytesIO(_scanned(lines)), x=10, y=10, w=190)
        else:
            pdf.add_page()  # an empty page
    return bytes(pdf.output())


def test_scanned_pages_among_typed_ones_are_read_and_every_code_comes_in_page_order() -> None:
    data = _pdf(
        [
            ("typed", ["Google backup codes", *CODES[:3]]),
            ("scanned", [f"{n}. {code}" for n, code in enumerate(CODES[3:7], 4)]),
            ("typed", CODES[7:]),
        ]
    )
    result = scan_bytes(data, "codes.pdf")
    flagged = [u.code for u in result.uncertain if u.doubt is Doubt.LOOK_ALIKE]
    assert sorted(result.codes + flagged) == sorted(CODES)
    assert result.codes == [code for code in CODES if code not in flagged]  # in page order
    assert not set(flagged) & set(CODES[:3] + CODES[7:])  # typed codes are taken as printed
    assert result.service == "Google"
    assert result.picture is not None
    assert len(result.picture.images) == 1  # the scanned page, rendered to crop its codes from
    assert set(result.picture.regions) == set(CODES[3:7])  # the typed codes have no picture


def test_a_typed_pdf_with_an_empty_page_is_read_as_text_only() -> None:
    data = _pdf([("typed", ["Google backup codes", *CODES]), ("empty", [])])
    result = scan_bytes(data, "codes.pdf")
    assert result.codes == CODES
    assert result.picture is None  # no OCR: nothing on the empty page to read
