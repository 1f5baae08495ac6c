"""Code documents made on the fly by three different PDF producers, plus broken and hostile PDFs.

A document is a list of blocks: a :class:`Line` of text (maybe struck through) or a :class:`Row`
of cells side by side (a two-column layout). Each producer draws the same blocks its own way:

- :func:`fpdf_pdf` — fpdf2 with its core fonts (strike-through with the ``S`` style);
- :func:`qt_pdf` — Qt's own writer (QPdfWriter printing a QTextDocument; ``<s>`` for strike);
- :func:`handmade_pdf` — PDF bytes written here: ``TJ`` kerning arrays, codes split into two
  text runs, a font with a custom ``/Differences`` encoding, and strike lines drawn as paths.
"""

from __future__ import annotations

import html
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from fpdf import FPDF


@dataclass(frozen=True)
class Line:
    text: str
    struck: bool = False
    heading: bool = False


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    struck: tuple[bool, ...] = ()


Block = Line | Row


def _cell_struck(row: Row, index: int) -> bool:
    return index < len(row.struck) and row.struck[index]


# fpdf2 -------------------------------------------------------------------------------------------


def fpdf_pdf(blocks: Sequence[Block], *, pages: int = 1) -> bytes:
    """The blocks drawn by fpdf2 (repeated on ``pages`` pages)."""
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(auto=False)
    for _ in range(pages):
        pdf.add_page()
        for block in blocks:
            if isinstance(block, Line):
                style = ("B" if block.heading else "") + ("S" if block.struck else "")
                pdf.set_font("Helvetica", style=style, size=16 if block.heading else 11)
                pdf.cell(0, 7, block.text, new_x="LMARGIN", new_y="NEXT")
            else:
                width = (pdf.w - pdf.l_margin - pdf.r_margin) / len(block.cells)
                for index, cell in enumerate(block.cells):
                    pdf.set_font(
                        "Courier", style="S" if _cell_struck(block, index) else "", size=11
                    )
                    last = index == len(block.cells) - 1
                    pdf.cell(
                        width,
                        7,
                        cell,
                        new_x="LMARGIN" if last else "RIGHT",
                        new_y="NEXT" if last else "TOP",
                    )
    return bytes(pdf.output())


def fpdf_image_only() -> bytes:
    """A "scan": one page holding only a picture."""
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("L", (40, 20), color=200), x=10, y=10, w=80)
    return bytes(pdf.output())


# Qt ----------------------------------------------------------------------------------------------


def qt_pdf(blocks: Sequence[Block]) -> bytes:
    """The blocks drawn by Qt's PDF writer (needs a QGuiApplication, e.g. pytest-qt's ``qapp``)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Line):
            text = html.escape(block.text)
            if block.struck:
                text = f"<s>{text}</s>"
            parts.append(f"<h2>{text}</h2>" if block.heading else f"<p>{text}</p>")
        else:
            cells = []
            for index, cell in enumerate(block.cells):
                text = html.escape(cell)
                if _cell_struck(block, index):
                    text = f"<s>{text}</s>"
                cells.append(f"<td width='50%'>{text}</td>")
            parts.append(f"<table width='100%'><tr>{''.join(cells)}</tr></table>")
    document = QTextDocument()
    document.setHtml("".join(parts))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


# hand-written ------------------------------------------------------------------------------------

_GLYPHS = {
    **{
        str(d): name
        for d, name in enumerate(
            ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        )
    },
    **{c: c for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    " ": "space",
    "-": "hyphen",
    ".": "period",
    ":": "colon",
    ",": "comma",
    "@": "at",
    "(": "parenleft",
    ")": "parenright",
    "/": "slash",
    "*": "asterisk",
    "#": "numbersign",
    "!": "exclam",
    "?": "question",
    "'": "quotesingle",
}
# the custom font's byte for each character: scrambled, and outside ASCII printables
_CUSTOM_CODE = {ch: 0x80 + (i * 37) % 96 for i, ch in enumerate(sorted(_GLYPHS))}
_COURIER_ADVANCE = 0.6  # Courier is monospaced: every glyph advances 600/1000 em


@dataclass
class HandmadeOptions:
    kerning: bool = False  # draw codes with TJ arrays holding small kerning offsets
    split_runs: bool = False  # draw each code as two text runs (two Tj, the second placed by Td)
    custom_encoding: bool = False  # draw codes in a font whose bytes map through /Differences
    strike_as_rectangle: bool = (
        True  # strike lines as thin filled rectangles, else as stroked paths
    )
    row_major: bool = True  # for rows: draw row by row (extraction interleaves columns)


@dataclass
class _Pdf:
    objects: list[bytes] = field(default_factory=list)

    def add(self, body: bytes) -> int:
        self.objects.append(body)
        return len(self.objects)

    def stream(self, content: bytes, extra: bytes = b"", compress: bool = True) -> int:
        if compress:
            content = zlib.compress(content)
            extra += b" /Filter /FlateDecode"
        return self.add(
            b"<< /Length %d%s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"
        )

    def build(self, root: int, trailer_extra: bytes = b"") -> bytes:
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        for offset in offsets:
            out += b"%010d 00000 n \n" % offset
        out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(self.objects) + 1,
            root,
            trailer_extra,
            xref,
        )
        return bytes(out)


def _literal(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _custom(text: str) -> bytes:
    return b"<" + bytes(_CUSTOM_CODE[ch] for ch in text).hex().encode() + b">"


def _show(text: str, options: HandmadeOptions, x: float, y: float, size: float) -> bytes:
    """Text-showing operators for one code-bearing cell or line at (x, y)."""
    font = b"/F2" if options.custom_encoding else b"/F3"
    encode = _custom if options.custom_encoding else _literal
    out = b"BT %s %g Tf %g %g Td " % (font, size, x, y)
    if options.split_runs and len(text) > 3:
        cut = len(text) // 2
        out += encode(text[:cut]) + b" Tj "
        out += b"%g 0 Td " % (cut * _COURIER_ADVANCE * size) + encode(text[cut:]) + b" Tj"
    elif options.kerning and len(text) > 1:
        # small kerning between glyph pairs, far below a space: must not split the code
        pieces = [encode(text[i : i + 2]) for i in range(0, len(text), 2)]
        out += b"[" + b" -12 ".join(pieces) + b"] TJ"
    else:
        out += encode(text) + b" Tj"
    return out + b" ET\n"


def _strike(x: float, y: float, width: float, size: float, options: HandmadeOptions) -> bytes:
    middle = y + 0.3 * size
    if options.strike_as_rectangle:
        return b"%g %g %g 0.8 re f\n" % (x, middle, width)
    return b"0.8 w %g %g m %g %g l S\n" % (x, middle, x + width, middle)


def handmade_pdf(blocks: Sequence[Block], options: HandmadeOptions | None = None) -> bytes:
    """The blocks as a PDF written byte by byte (Letter page, 12 pt lines)."""
    options = options or HandmadeOptions()
    size, leading, left, top = 11.0, 16.0, 72.0, 720.0
    content = bytearray()
    y = top
    rows: list[tuple[Row, float]] = []
    for block in blocks:
        if isinstance(block, Line):
            if block.heading:
                content += (
                    b"BT /F1 16 Tf %g %g Td " % (left, y) + _literal(block.text) + b" Tj ET\n"
                )
            else:
                content += _show(block.text, options, left, y, size)
                if block.struck:
                    content += _strike(
                        left, y, len(block.text) * _COURIER_ADVANCE * size, size, options
                    )
        else:
            rows.append((block, y))
            if options.row_major:
                content += _row(block, y, options, size)
        y -= leading
    if not options.row_major:
        columns = max((len(row.cells) for row, _ in rows), default=0)
        for column in range(columns):
            for row, row_y in rows:
                if column < len(row.cells):
                    content += _cell(row, column, row_y, options, size)
    pdf = _Pdf()
    differences = b" ".join(
        b"%d /%s" % (code, _GLYPHS[ch].encode())
        for ch, code in sorted(_CUSTOM_CODE.items(), key=lambda i: i[1])
    )
    f1 = pdf.add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    f2 = pdf.add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier "
        b"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >> >>"
        % differences
    )
    f3 = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
    contents = pdf.stream(bytes(content))
    page = pdf.add(
        b"<< /Type /Page /Parent 6 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >> >>" % (contents, f1, f2, f3)
    )
    pages = pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    assert pages == 6
    root = pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages)
    return pdf.build(root)


def _cell(row: Row, column: int, y: float, options: HandmadeOptions, size: float) -> bytes:
    x = 72.0 + column * 250.0
    text = row.cells[column]
    out = _show(text, options, x, y, size)
    if _cell_struck(row, column):
        out += _strike(x, y, len(text) * _COURIER_ADVANCE * size, size, options)
    return out


def _row(row: Row, y: float, options: HandmadeOptions, size: float) -> bytes:
    return b"".join(_cell(row, column, y, options, size) for column in range(len(row.cells)))


# broken and hostile ------------------------------------------------------------------------------


def _one_page(pdf: _Pdf, content: bytes, resources: bytes = b"<< >>", pages_ref: int = 3) -> int:
    stream = pdf.stream(content)
    return pdf.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources %s >>" % (pages_ref, stream, resources)
    )


def image_only_pdf() -> bytes:
    """A page that paints one grey image and has no text at all (a hand-written "scan")."""
    pdf = _Pdf()
    image = pdf.stream(
        bytes([128] * 16 * 16),
        b" /Type /XObject /Subtype /Image /Width 16 /Height 16 "
        b"/ColorSpace /DeviceGray /BitsPerComponent 8",
    )
    stream = pdf.stream(b"q 200 0 0 200 100 400 cm /Im1 Do Q")
    page = pdf.add(
        b"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /XObject << /Im1 %d 0 R >> >> >>" % (stream, image)
    )
    pages = pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    return pdf.build(pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages))


def huge_page_count_pdf() -> bytes:
    """A page tree that claims a billion pages."""
    pdf = _Pdf()
    page = _one_page(pdf, b"BT /F1 12 Tf 72 700 Td (x) Tj ET", pages_ref=3)
    pages = pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1000000000 >>" % page)
    return pdf.build(pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages))


def looping_pages_pdf() -> bytes:
    """A page tree whose node lists itself as its own kid."""
    pdf = _Pdf()
    pages = pdf.add(b"<< /Type /Pages /Kids [1 0 R] /Count 1 >>")
    return pdf.build(pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages))


def deeply_nested_pdf(depth: int = 200_000) -> bytes:
    """A resource dictionary nested ``depth`` arrays deep (a recursion bomb)."""
    pdf = _Pdf()
    nested = pdf.add(b"[" * depth + b"]" * depth)
    page = _one_page(
        pdf,
        b"BT /F1 12 Tf 72 700 Td (x) Tj ET",
        resources=b"<< /Font << /F1 %d 0 R >> >>" % nested,
        pages_ref=4,
    )
    pages = pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    assert pages == 4
    return pdf.build(pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages))


def form_bomb_pdf(levels: int = 40) -> bytes:
    """Form XObjects that each draw the next one twice: 2**levels text draws if nothing stops it."""
    pdf = _Pdf()
    font = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    previous = pdf.stream(
        b"BT /F1 12 Tf 72 700 Td (1234 5678) Tj ET",
        b" /Type /XObject /Subtype /Form /BBox [0 0 612 792]"
        b" /Resources << /Font << /F1 %d 0 R >> >>" % font,
    )
    for _ in range(levels):
        previous = pdf.stream(
            b"/X Do /X Do",
            b" /Type /XObject /Subtype /Form /BBox [0 0 612 792]"
            b" /Resources << /XObject << /X %d 0 R >> >>" % previous,
        )
    stream = pdf.stream(b"/X Do")
    page = pdf.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /XObject << /X %d 0 R >> >> >>" % (len(pdf.objects) + 2, stream, previous)
    )
    pages = pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    return pdf.build(pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages))


def encrypt(data: bytes, user_password: str, owner_password: str = "owner-pw") -> bytes:  # noqa: S107
    """``data`` re-written by pypdf with AES-256 encryption."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# positioned text: the drawing habits of other producers -----------------------------------------


@dataclass(frozen=True)
class Draw:
    """One piece of text drawn where a producer puts it, in Courier (every glyph 0.6 em wide).

    ``x`` and ``y`` are the left end of the baseline in points from the page's lower left.
    """

    text: str
    x: float
    y: float
    size: float = 11.0
    char_spacing: float = 0.0  # Tc, in points: CSS letter-spacing as some producers write it
    tj_gap: float = 0.0  # thousandths of an em between glyphs in one TJ array (positive = apart)
    per_glyph: bool = False  # every glyph placed by its own Td (Qt's and wkhtmltopdf's habit)
    bold_twice: bool = False  # drawn a second time a hair to the right (a fake bold)
    struck: bool = False  # a line drawn through its middle
    line_after: bool = False  # then moves to the next line (``T*``), as ReportLab's drawString
    invisible: bool = False  # render mode 3: an OCR text layer over a scanned picture

    @property
    def width(self) -> float:
        n = len(self.text)
        return (
            n * _COURIER_ADVANCE * self.size
            + n * self.char_spacing
            + ((n - 1) * self.tj_gap / 1000 * self.size)
        )

    def after(
        self,
        text: str,
        gap_ems: float = 0.0,
        *,
        per_glyph: bool = False,
        tj_gap: float = 0.0,
        struck: bool = False,
    ) -> Draw:
        """The next piece on this baseline, ``gap_ems`` ems after this one ends."""
        x = self.x + self.width + gap_ems * self.size
        return Draw(
            text,
            x,
            self.y,
            self.size,
            per_glyph=per_glyph,
            tj_gap=tj_gap,
            struck=struck,
            line_after=self.line_after,
        )


def _draw(piece: Draw, dx: float = 0.0) -> bytes:
    out = b"BT /F3 %g Tf " % piece.size
    if piece.invisible:
        out += b"3 Tr "
    if piece.char_spacing and not piece.per_glyph:
        out += b"%g Tc " % piece.char_spacing
    out += b"1 0 0 1 %g %g Tm " % (piece.x + dx, piece.y)
    if piece.per_glyph:  # letter-spacing goes into each move
        advance = _COURIER_ADVANCE * piece.size + piece.char_spacing
        out += b" ".join(_literal(ch) + b" Tj %g 0 Td" % advance for ch in piece.text)
    elif piece.tj_gap:
        gap = b" %g " % -piece.tj_gap
        out += b"[" + gap.join(_literal(ch) for ch in piece.text) + b"] TJ"
    else:
        out += _literal(piece.text) + b" Tj"
    if piece.line_after:
        out += b" %g TL T*" % (1.2 * piece.size)
    if piece.char_spacing and not piece.per_glyph:
        out += b" 0 Tc"
    out += b" ET\n"
    if piece.struck:
        out += b"0.8 w %g %g m %g %g l S\n" % (
            piece.x,
            piece.y + 0.3 * piece.size,
            piece.x + piece.width,
            piece.y + 0.3 * piece.size,
        )
    return out


# ``cm`` operands that turn a Letter page's drawing by quarter turns counter-clockwise, keeping it
# on the (turned) media box
_TURNS = {
    0: b"",
    1: b"0 1 -1 0 792 0 cm\n",
    2: b"-1 0 0 -1 612 792 cm\n",
    3: b"0 -1 1 0 0 612 cm\n",
}


def positioned_pdf(
    pieces: Sequence[Draw], *, turn: int = 0, rotate: int = 0, annots: Sequence[bytes] = ()
) -> bytes:
    """The pieces drawn in the order given, each in its own text object (Letter page).

    ``turn`` turns the whole drawing by quarter turns counter-clockwise (a table printed sideways);
    ``rotate`` is the page's ``/Rotate`` in degrees. ``turn=1, rotate=90`` is a page a scanner
    stored sideways that a viewer shows upright. ``annots`` are annotation dictionaries put on
    the page (what a PDF viewer adds).
    """
    content = bytearray(b"q " + _TURNS[turn % 4])
    for piece in pieces:
        content += _draw(piece)
        if piece.bold_twice:
            content += _draw(piece, dx=0.3)
    content += b"Q\n"
    pdf = _Pdf()
    font = pdf.add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    )
    contents = pdf.stream(bytes(content))
    refs = b" ".join(b"%d 0 R" % pdf.add(annot) for annot in annots)
    box = b"[0 0 792 612]" if turn % 2 else b"[0 0 612 792]"
    page = pdf.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox %s /Rotate %d /Contents %d 0 R "
        b"/Resources << /Font << /F3 %d 0 R >> >> /Annots [%s] >>"
        % (len(pdf.objects) + 2, box, rotate, contents, font, refs)
    )
    pages = pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    return pdf.build(pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages))
