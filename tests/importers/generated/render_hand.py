"""PDFs written byte by byte, the way browser engines and report tools lay out text.

Each line is placed with its own text matrix (``Tm``); sideways pages use a rotated text matrix
(``0 1 -1 0 x y Tm``), turned pages a /Rotate entry. Like Chromium's and many report writers'
output, a code may be drawn as separate runs with no space character between its groups, or
through a ``TJ`` array with kerning; strike-through is a drawn line; boxes are drawn paths. The
fonts are the PDF core fonts in WinAnsiEncoding, so the text is what Windows-1252 can hold.
"""

from __future__ import annotations

import random
import zlib

from fpdf import FPDF

from .model import Block, GeneratedDocument, Span, Table, Text

WIDTH, HEIGHT = 612.0, 792.0
MARGIN = 56.0
SIZES = {"heading": 15.0, "body": 10.5, "small": 8.0, "mono": 11.0}
FONTS = {"body": b"/F1", "bold": b"/F2", "mono": b"/F3"}
_BASE = {b"/F1": "helvetica", b"/F2": "helveticaB", b"/F3": "courier"}


class _Frame:
    """Maps frame points (top-left origin, y down) onto the sheet, turned as the document says."""

    def __init__(self, rotation: int, sheet: tuple[float, float]) -> None:
        self.rotation = rotation
        self.sheet_w, self.sheet_h = sheet

    def point(self, u: float, v: float) -> tuple[float, float]:
        if self.rotation == 90:  # drawn a quarter turn anticlockwise
            return v, u
        if self.rotation == 270:
            return self.sheet_w - v, self.sheet_h - u
        return u, self.sheet_h - v

    def matrix(self) -> tuple[int, int, int, int]:
        return {90: (0, 1, -1, 0), 270: (0, -1, 1, 0)}.get(self.rotation, (1, 0, 0, 1))


def _literal(value: str) -> bytes:
    raw = value.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


class _Page:
    """Content stream of one page, laid out top-down."""

    def __init__(self, frame: _Frame, width: float, rng: random.Random, measure: FPDF) -> None:
        self.frame, self.width, self.rng, self.measure = frame, width, rng, measure
        self.out: list[bytes] = []
        self.y = MARGIN
        # how this producer draws a code: whole, in runs split at spaces/dashes, or kerned
        self.code_style = rng.choice(("whole", "runs", "kerned"))

    def text_width(self, value: str, font: bytes, size: float) -> float:
        family = _BASE[font]
        self.measure.set_font(
            family.rstrip("B"), style="B" if family.endswith("B") else "", size=size
        )
        # the core-font widths are indexed by byte: measure the WinAnsi bytes the page will hold
        return float(self.measure.get_string_width(value.encode("cp1252").decode("latin-1")))

    def show(self, value: str, font: bytes, size: float, u: float, baseline: float) -> float:
        """Draw ``value`` with its baseline at frame point (u, baseline); returns its width."""
        a, b, c, d = self.frame.matrix()
        x, y = self.frame.point(u, baseline)
        head = b"BT %s %.2f Tf %d %d %d %d %.2f %.2f Tm " % (font, size, a, b, c, d, x, y)
        if font == FONTS["mono"] and self.code_style == "kerned" and len(value) > 3:
            parts = b" ".join(_literal(ch) + b" -8" for ch in value)
            self.out.append(head + b"[" + parts + b"] TJ ET\n")
            return self.text_width(value, font, size) + 0.008 * size * len(value)
        self.out.append(head + _literal(value) + b" Tj ET\n")
        return self.text_width(value, font, size)

    def run(self, value: str, font: bytes, size: float, u: float, baseline: float) -> float:
        """A span; codes may be drawn as separate runs, with no space between them."""
        if font != FONTS["mono"] or self.code_style != "runs" or " " not in value.strip():
            return self.show(value, font, size, u, baseline)
        start = u
        for n, piece in enumerate(value.split(" ")):
            if n:
                u += self.text_width(" ", font, size)
            if piece:
                u += self.show(piece, font, size, u, baseline)
        return u - start

    def line_path(self, points: list[tuple[float, float]], close: bool = False) -> None:
        mapped = [self.frame.point(u, v) for u, v in points]
        path = b"%.2f %.2f m " % mapped[0] + b"".join(b"%.2f %.2f l " % p for p in mapped[1:])
        self.out.append(b"0.6 w " + path + (b"h S\n" if close else b"S\n"))

    def spans(self, spans: tuple[Span, ...], style: str, u: float, baseline: float) -> None:
        font = FONTS["mono"] if style == "mono" else FONTS["bold" if style == "heading" else "body"]
        size = SIZES[style]
        total = sum(self.text_width(span.text, font, size) for span in spans)
        room = self.width - u - MARGIN
        if total > room:
            size *= room / total
        for span in spans:
            drawn = self.run(span.text, font, size, u, baseline)
            if span.struck:
                middle = baseline - size * 0.3
                self.line_path([(u, middle), (u + drawn, middle)])
            u += drawn

    def line(self, block: Text) -> None:
        size = SIZES[block.style]
        if block.style == "heading":
            self.y += size * 0.6
        self.y += size * 1.3
        self.spans(block.spans, block.style, MARGIN, self.y)
        self.y += size * 0.3 + (size * 0.4 if block.style == "heading" else 0)

    def table(self, table: Table) -> None:
        style = "mono" if table.mono else "body"
        font = FONTS["mono"] if table.mono else FONTS["body"]
        size = SIZES[style]
        columns = len(table.rows[0])
        widths = [0.0] * columns
        for row in table.rows:
            for index, cell in enumerate(row):
                value = "".join(span.text for span in cell)
                widths[index] = max(widths[index], self.text_width(value, font, size) + 12)
        spare = self.width - 2 * MARGIN - sum(widths)
        if spare > 0 and not table.borders:
            widths = [w + spare / columns for w in widths]
        height = size * 1.9
        self.y += 4
        for row in table.rows:
            u = MARGIN
            for index, cell in enumerate(row):
                if table.borders:
                    w = widths[index]
                    box = [
                        (u, self.y),
                        (u + w, self.y),
                        (u + w, self.y + height),
                        (u, self.y + height),
                    ]
                    self.line_path(box, close=True)
                self.spans(cell, style, u + 6, self.y + height * 0.68)
                u += widths[index]
            self.y += height
        self.y += 6

    def draw(self, blocks: list[Block]) -> bytes:
        for block in blocks:
            if isinstance(block, Text):
                self.line(block)
            else:
                self.table(block)
        return b"".join(self.out)


def hand_bytes(document: GeneratedDocument) -> bytes:
    """The document as a PDF written here, turned as the document asks."""
    rng = random.Random(f"{document.doc_id}:hand")
    turned = document.rotation in (90, 270)
    page_mode = turned and document.rotate_mode == "page"
    sheet = (HEIGHT, WIDTH) if page_mode else (WIDTH, HEIGHT)
    frame_width = HEIGHT if turned and not page_mode else WIDTH
    measure = FPDF(unit="pt")
    objects: list[bytes] = [b"", b""]  # catalog and page tree, filled in at the end
    fonts = b"".join(
        b"%s %d 0 R " % (name, len(objects) + 1 + n) for n, name in enumerate(FONTS.values())
    )
    for base in (b"Helvetica", b"Helvetica-Bold", b"Courier"):
        objects.append(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base
        )
    kids = []
    for blocks in document.pages:
        content = _Page(
            _Frame(document.rotation if turned else 0, sheet), frame_width, rng, measure
        ).draw(blocks)
        packed = zlib.compress(content)
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed)
        )
        rotate = b" /Rotate %d" % document.rotation if page_mode else b""
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.0f %.0f]%s"
            % (sheet[0], sheet[1], rotate)
            + b" /Resources << /Font << %s>> >> /Contents %d 0 R >>" % (fonts, len(objects))
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    return _assemble(objects)


def _assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
