"""PDFs drawn by fpdf2 with DejaVu fonts: lines, tables, boxes, strike-through, rotation.

Rotation is done two real ways: ``page`` draws the content turned a quarter and sets the page's
/Rotate so a viewer shows it upright (as scanners and "landscape" exports do); ``matrix`` draws
the text sideways on an upright page (a person turns the paper). Both go through a ``cm``
transform that fpdf2 writes for its ``rotation`` context.
"""

from __future__ import annotations

import io
from pathlib import Path

from fpdf import FPDF

from .model import Block, GeneratedDocument, Span, Table, Text

FONTS = Path("/usr/share/fonts/truetype/dejavu")
WIDTH, HEIGHT = 612.0, 792.0  # US Letter in points, as shown to a reader
MARGIN = 54.0
SIZES = {"heading": 15.0, "body": 10.5, "small": 8.0, "mono": 11.5}

# used only when the DejaVu fonts are missing: core fonts know Latin-1 and nothing else
_LATIN = str.maketrans({"☐": "[ ]", "☑": "[x]", "✓": "x", "✔": "x", "•": "*", "◦": "o", "—": "-"})


class _Writer:
    """Draws blocks top-down in a frame ``width`` points wide."""

    def __init__(self, pdf: FPDF, unicode_fonts: bool, width: float) -> None:
        self.pdf = pdf
        self.unicode = unicode_fonts
        self.width = width
        self.y = MARGIN

    def font(
        self, style: str, struck: bool = False, bold: bool = False, scale: float = 1.0
    ) -> None:
        family = (
            ("DejaVuMono" if style == "mono" else "DejaVu")
            if self.unicode
            else ("Courier" if style == "mono" else "Helvetica")
        )
        flags = ("B" if bold or style == "heading" else "") + ("S" if struck else "")
        self.pdf.set_font(family, style=flags, size=SIZES.get(style, SIZES["body"]) * scale)

    def clean(self, value: str) -> str:
        return value if self.unicode else value.translate(_LATIN)

    def spans(self, spans: tuple[Span, ...], style: str, x: float, height: float) -> None:
        self.pdf.set_xy(x, self.y)
        self.font(style)
        wide = self.pdf.get_string_width(self.clean("".join(span.text for span in spans)))
        room = self.width - x - MARGIN
        scale = min(1.0, room / wide) if wide else 1.0  # a long line shrinks to fit, never clips
        for span in spans:
            self.font(style, span.struck, scale=scale)
            value = self.clean(span.text)
            self.pdf.cell(self.pdf.get_string_width(value), height, value)

    def line(self, block: Text) -> None:
        size = SIZES.get(block.style, SIZES["body"])
        height = size * 1.5
        if block.style == "heading":
            self.y += size * 0.6
        if len(block.spans) == 1 and not block.spans[0].struck and block.style != "mono":
            self.font(block.style)
            self.pdf.set_xy(MARGIN, self.y)
            self.pdf.multi_cell(self.width - 2 * MARGIN, height, self.clean(block.plain))
            self.y = self.pdf.get_y()
        else:
            self.spans(block.spans, block.style, MARGIN, height)
            self.y += height
        if block.style == "heading":
            self.y += size * 0.4

    def table(self, table: Table) -> None:
        style = "mono" if table.mono else "body"
        columns = len(table.rows[0])
        widths = [0.0] * columns
        for row in table.rows:
            for index, cell in enumerate(row):
                self.font(style, bold=table.header and row is table.rows[0])
                width = self.pdf.get_string_width(self.clean("".join(s.text for s in cell)))
                widths[index] = max(widths[index], width + 14)
        spare = self.width - 2 * MARGIN - sum(widths)
        if spare > 0 and not table.borders:  # grids spread over the page, as sites lay them out
            widths = [w + spare / columns for w in widths]
        height = SIZES[style] * 1.9
        self.y += 4
        for number, row in enumerate(table.rows):
            x = MARGIN
            for index, cell in enumerate(row):
                if table.borders:
                    self.pdf.rect(x, self.y, widths[index], height)
                self.pdf.set_xy(x + 6, self.y)
                for span in cell:
                    self.font(style, span.struck, bold=table.header and number == 0)
                    value = self.clean(span.text)
                    self.pdf.cell(self.pdf.get_string_width(value), height, value)
                x += widths[index]
            self.y += height
        self.y += 6

    def page(self, blocks: list[Block]) -> None:
        for block in blocks:
            if isinstance(block, Text):
                self.line(block)
            else:
                self.table(block)


def _latin1(document: GeneratedDocument) -> bool:
    """Whether every character of the document is in Latin-1 (what the core fonts can show)."""
    for blocks in document.pages:
        for block in blocks:
            spans = (
                block.spans
                if isinstance(block, Text)
                else [s for r in block.rows for c in r for s in c]
            )
            try:
                "".join(span.text for span in spans).encode("latin-1")
            except UnicodeEncodeError:
                return False
    return True


def fpdf_bytes(document: GeneratedDocument) -> bytes:
    """The document drawn by fpdf2 (rotated as the document asks)."""
    turned = document.rotation in (90, 270)
    # the sheet as it leaves the printer: for /Rotate pages the content lies on a landscape sheet
    sheet = (HEIGHT, WIDTH) if turned and document.rotate_mode == "page" else (WIDTH, HEIGHT)
    pdf = FPDF(unit="pt", format=sheet)
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(0, 0, 0)
    # the PDF core fonts (Helvetica, Courier) when Latin-1 is enough, as many generators do;
    # embedded DejaVu for check boxes, ticks and bullets (and it costs half a second a file)
    unicode_fonts = (
        not _latin1(document)
        and (FONTS / "DejaVuSans.ttf").exists()
        and (FONTS / "DejaVuSansMono.ttf").exists()
    )
    if unicode_fonts:
        pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        pdf.add_font("DejaVuMono", "", str(FONTS / "DejaVuSansMono.ttf"))
        pdf.add_font("DejaVuMono", "B", str(FONTS / "DejaVuSansMono-Bold.ttf"))
    for blocks in document.pages:
        pdf.add_page()
        # sideways text on an upright sheet reads in a landscape frame
        sideways = turned and document.rotate_mode == "matrix"
        writer = _Writer(pdf, unicode_fonts, HEIGHT if sideways else WIDTH)
        if not turned:
            writer.page(blocks)
            continue
        # turn the frame a quarter about the point that lands it exactly on the sheet
        sheet_w, sheet_h = sheet
        pivot = sheet_h / 2 if document.rotation == 90 else sheet_w / 2
        with pdf.rotation(90 if document.rotation == 90 else -90, x=pivot, y=pivot):
            writer.page(blocks)
    data = bytes(pdf.output())
    if turned and document.rotate_mode == "page":
        from pypdf import PdfReader, PdfWriter

        out = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        for page in out.pages:
            page.rotate(document.rotation)
        buffer = io.BytesIO()
        out.write(buffer)
        data = buffer.getvalue()
    return data
