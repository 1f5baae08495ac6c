"""Codes are drawn in a font that tells 0 from O and 1 from l, on screen and on paper."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter

from ui.paper import printing
from ui.widgets.code_font import code_font
from ui.words.paper import build_sheet
from vault.model import Account, Code, CodeSet, Kind
from vault.page_size import PageSize


def glyph(character: str, size: int = 96) -> QImage:
    """``character`` drawn black on white in the code font, cropped to its advance."""
    font = code_font(size)
    metrics = QFontMetrics(font)
    image = QImage(
        metrics.horizontalAdvance(character), metrics.height(), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPoint(0, metrics.ascent()), character)
    painter.end()
    return image


def ink_at_centre(image: QImage, character_height: int) -> bool:
    """Whether the middle of the glyph's body (between baseline and x-height top) has ink."""
    x = image.width() // 2
    y = image.height() - QFontMetrics(code_font(96)).descent() - character_height // 2
    return any(
        QColor(image.pixel(x + dx, y + dy)).lightness() < 128
        for dx in range(-3, 4)
        for dy in range(-3, 4)
    )


def test_zero_has_a_mark_inside_and_the_letter_o_does_not(qapp: object) -> None:
    height = QFontMetrics(code_font(96)).capHeight()
    assert ink_at_centre(glyph("0"), round(height))
    assert not ink_at_centre(glyph("O"), round(height))


def test_one_ell_and_capital_i_are_three_different_shapes(qapp: object) -> None:
    shapes = {bytes(glyph(ch).constBits()) for ch in "1lI"}
    assert len(shapes) == 3


def test_the_paper_copy_embeds_the_same_code_font(qapp: object) -> None:
    now = datetime(2026, 11, 25, tzinfo=UTC)
    account = Account(name="Google", service="Google")
    account.sets.append(CodeSet(Kind.SET, [Code("1000 0001"), Code("O0O0 1lI1")], now))
    pdf = printing.pdf_bytes(build_sheet([account], printed_at=now, tz=UTC), PageSize.A4)
    fonts: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"]["/Font"]  # type: ignore[index]
        fonts.update(str(resources[name]["/BaseFont"]) for name in resources)  # type: ignore[index]
    assert any("JetBrainsMono" in name for name in fonts), fonts
