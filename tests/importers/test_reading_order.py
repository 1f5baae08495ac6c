"""Text comes out of a PDF as a reader sees it, whoever drew it and however the page is turned.

Every document is generated here from a fixed seed (its codes, and for a scanned page the order
its words are drawn in) and drawn by several producers: hand-written content streams
(:func:`pdfmakers.positioned_pdf`), fpdf2 and Qt's QPdfWriter. The checks read the PDF child's
text as the recognisers get it (:func:`vault.importers.pdf.read_pdf`): one line per line of the
page, the cells of a table row apart by the column gap, struck-through ranges per page.
"""

from __future__ import annotations

import io
import random
import shutil
import string
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fpdf import FPDF
from pdfmakers import Draw, positioned_pdf

from vault.importers.limits import DEFAULT_LIMITS
from vault.importers.pdf import PdfPage, read_pdf
from vault.importers.pdf_lines import COLUMN_GAP

WIDTH, HEIGHT = 612.0, 792.0  # a Letter page, in points
SIZE = 11.0


@dataclass(frozen=True)
class Piece:
    """Text drawn with its baseline starting at (x, y), in points from the lower left."""

    text: str
    x: float
    y: float
    struck: bool = False


@dataclass
class Page:
    pieces: list[Piece]  # in drawing order
    invisible: bool = False  # an OCR text layer (render mode 3)
    notes: dict[str, list[str]] = field(default_factory=dict)


def _codes(seed: int, count: int, length: int = 10) -> list[str]:
    rng = random.Random(seed)
    alphabet = string.ascii_uppercase + string.digits
    return ["".join(rng.choice(alphabet) for _ in range(length)) for _ in range(count)]


# producers ---------------------------------------------------------------------------------------


def _turned(turn: int, x: float, y: float) -> tuple[float, float]:
    """Where (x, y) of an upright Letter page lands when the drawing is turned ``turn`` times
    a quarter counter-clockwise (as ``pdfmakers.positioned_pdf`` turns it)."""
    return {
        0: (x, y),
        1: (HEIGHT - y, x),
        2: (WIDTH - x, HEIGHT - y),
        3: (y, WIDTH - x),
    }[turn % 4]


def handmade(page: Page, turn: int = 0, rotate: int = 0) -> bytes:
    draws = [
        Draw(p.text, p.x, p.y, SIZE, struck=p.struck, invisible=page.invisible) for p in page.pieces
    ]
    return positioned_pdf(draws, turn=turn, rotate=rotate)


def fpdf2(page: Page, turn: int = 0, rotate: int = 0) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page(orientation="L" if turn % 2 else "P")
    height = WIDTH if turn % 2 else HEIGHT
    if page.invisible:
        from fpdf.enums import TextMode

        pdf.text_mode = TextMode.INVISIBLE
    for piece in page.pieces:
        pdf.set_font("Courier", style="S" if piece.struck else "", size=SIZE)
        x, y = _turned(turn, piece.x, piece.y)
        with pdf.rotation(90 * turn, x, height - y):
            pdf.text(x, height - y, piece.text)
    data = bytes(pdf.output())
    return _rotated(data, rotate) if rotate else data


def qt(page: Page, turn: int = 0, rotate: int = 0) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    orientation = (
        QPageLayout.Orientation.Landscape if turn % 2 else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            orientation,
            QMarginsF(0, 0, 0, 0),
        )
    )
    height = WIDTH if turn % 2 else HEIGHT
    painter = QPainter(writer)
    font = QFont("Courier")
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPointSizeF(SIZE)
    painter.setFont(font)
    for piece in page.pieces:
        x, y = _turned(turn, piece.x, piece.y)
        painter.save()
        painter.translate(x, height - y)
        painter.rotate(-90 * turn)  # Qt turns clockwise on a y-down page
        painter.drawText(0, 0, piece.text)
        if piece.struck:
            width = painter.fontMetrics().horizontalAdvance(piece.text)
            painter.drawLine(QLineF(0, -0.3 * SIZE, width, -0.3 * SIZE))
        painter.restore()
    painter.end()
    del writer  # finishes the file
    buffer.close()
    result = bytes(data.data())
    return _rotated(result, rotate) if rotate else result


def _rotated(data: bytes, degrees: int) -> bytes:
    """The PDF with ``/Rotate degrees`` on its pages (as a scanner or a viewer saves it)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        page.rotate(degrees)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


Producer = Callable[..., bytes]
PRODUCERS: list[Producer] = [handmade, fpdf2, qt]


@pytest.fixture(params=PRODUCERS, ids=lambda producer: producer.__name__)
def producer(request: pytest.FixtureRequest, qapp: object) -> Producer:
    made: Producer = request.param
    return made


def _pages(data: bytes) -> list[PdfPage]:
    return read_pdf(data, None, DEFAULT_LIMITS)


def _lines(data: bytes) -> list[str]:
    return [line for page in _pages(data) for line in page.text.split("\n")]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split(COLUMN_GAP) if cell.strip()]


def _line_with(lines: Sequence[str], text: str) -> int:
    found = [i for i, line in enumerate(lines) if text in line]
    assert len(found) == 1, (text, lines)
    return found[0]


# a numbered table with extra columns (issue 9, failure class 1) ---------------------------------


def bank_table(seed: int) -> Page:
    """A bank's code table: number, 10-character code, status, date used; an account number and
    a receipt number on the same page. Used codes are struck through."""
    rng = random.Random(seed)
    codes = _codes(seed, 10)
    used = sorted(rng.sample(range(10), 3))
    pieces = [
        Piece("Northwind Bank - backup codes", 72, 740),
        Piece("Account number 4471 9902 3381", 72, 722),
        Piece("Receipt no. 2025-118734", 330, 722),
        Piece("No.", 72, 690),
        Piece("Code", 110, 690),
        Piece("Status", 260, 690),
        Piece("Date used", 340, 690),
    ]
    for i, code in enumerate(codes):
        y = 670 - 18 * i
        spent = i in used
        pieces += [
            Piece(f"{i + 1}.", 72, y),
            Piece(code, 110, y, struck=spent),
            Piece("Used" if spent else "Unused", 260, y),
        ]
        if spent:
            pieces.append(Piece(f"2025-0{i % 9 + 1}-1{i}", 340, y))
    pieces.append(Piece("Keep this sheet with your passport.", 72, 470))
    return Page(pieces, notes={"codes": codes, "used": [codes[i] for i in used]})


def _check_table(data: bytes, page: Page) -> None:
    lines = _lines(data)
    codes, used = page.notes["codes"], page.notes["used"]
    rows = [_line_with(lines, code) for code in codes]
    assert rows == sorted(rows), "rows in their printed order"
    for number, (row, code) in enumerate(zip(rows, codes, strict=True), start=1):
        cells = _cells(lines[row])
        assert cells[:3] == [f"{number}.", code, "Used" if code in used else "Unused"], lines[row]
    assert _line_with(lines, "Account number 4471 9902 3381") < rows[0]
    assert _cells(lines[_line_with(lines, "Receipt no.")])[-1] == "Receipt no. 2025-118734"
    assert lines.index("Keep this sheet with your passport.") > rows[-1]
    struck = _struck_words(data)
    assert sorted(struck) == sorted(used)


def _struck_words(data: bytes) -> list[str]:
    """The whole words drawn struck through."""
    words: list[str] = []
    for page in _pages(data):
        for start, end in page.struck:
            words.append(page.text[start:end])
    return words


TURNS = [
    pytest.param(0, 0, id="upright"),
    pytest.param(1, 90, id="scanned-sideways-shown-upright"),
    pytest.param(2, 180, id="upside-down-shown-upright"),
    pytest.param(3, 270, id="scanned-other-way-shown-upright"),
    pytest.param(1, 0, id="table-printed-sideways"),
    pytest.param(0, 90, id="upright-drawing-on-a-turned-page"),
]


@pytest.mark.parametrize(("turn", "rotate"), TURNS)
def test_numbered_table_with_extra_columns_reads_row_by_row_however_turned(
    producer: Producer, turn: int, rotate: int
) -> None:
    page = bank_table(seed=901)
    _check_table(producer(page, turn, rotate), page)


# columns: flowing column by column, or rows of one table -----------------------------------------


def code_columns(seed: int, columns: int, *, column_major: bool, count: int = 12) -> Page:
    """A heading, unnumbered codes in ``columns`` columns, then a closing sentence under the
    first column: the way a word processor's columns flow (down the first column, then the
    next; the last column may be shorter), or a table's rows."""
    codes = _codes(seed, count)
    rows = -(-len(codes) // columns)
    places: list[tuple[str, float, float]] = []
    for index, code in enumerate(codes):
        column, row = (
            (index // rows, index % rows) if column_major else divmod(index, columns)[::-1]
        )
        places.append((code, 72 + 150 * column, 680 - 16 * row))
    # a word processor draws each column in turn; a table, row by row
    places.sort(key=lambda p: (p[1], -p[2]) if column_major else (-p[2], p[1]))
    pieces = [Piece("Your recovery codes for Fabrikam Cloud", 72, 720)]
    pieces += [Piece(code, x, y) for code, x, y in places]
    pieces.append(Piece("Each code works once.", 72, 680 - 16 * rows))
    return Page(pieces, notes={"codes": codes})


@pytest.mark.parametrize(("columns", "count"), [(2, 12), (3, 12), (2, 7), (3, 11)])
def test_codes_flowing_down_columns_come_out_column_by_column(
    producer: Producer, columns: int, count: int
) -> None:
    page = code_columns(seed=910 + columns + count, columns=columns, column_major=True, count=count)
    lines = _lines(producer(page))
    found = [cell for line in lines for cell in _cells(line) if cell in page.notes["codes"]]
    assert found == page.notes["codes"]
    assert [line for line in lines if line.strip()][-1] == "Each code works once."


@pytest.mark.parametrize("columns", [2, 3])
def test_rows_of_a_table_stay_rows(producer: Producer, columns: int) -> None:
    page = code_columns(seed=920 + columns, columns=columns, column_major=False)
    lines = _lines(producer(page))
    codes = page.notes["codes"]
    rows = [_cells(line) for line in lines if _cells(line) and _cells(line)[0] in codes]
    assert rows == [codes[i : i + columns] for i in range(0, len(codes), columns)]


def numbered_grid(seed: int, columns: int, count: int, style: str) -> Page:
    """Numbered codes in columns, numbered down each column (the last one shorter), drawn as a
    table is, row by row; a used mark after some codes; a line under the first column."""
    rng = random.Random(seed)
    codes = _codes(seed, count)
    rows = -(-count // columns)
    pieces = [Piece("Backup codes for your Litware account", 72, 720)]
    for row in range(rows):
        for column in range(columns):
            index = column * rows + row
            if index < count:
                mark = " (used)" if rng.random() < 0.3 else ""
                text = f"{style.format(index + 1)} {codes[index]}{mark}"
                pieces.append(Piece(text, 72 + 170 * column, 680 - 18 * row))
    pieces.append(Piece("Support ticket 20206233", 72, 680 - 18 * rows))
    return Page(pieces, notes={"codes": codes})


@pytest.mark.parametrize(
    ("columns", "count", "style"), [(2, 5, "#{}"), (3, 10, "{})"), (2, 10, "{} -"), (3, 7, "{}.")]
)
def test_numbered_columns_drawn_row_by_row_read_in_number_order(
    producer: Producer, columns: int, count: int, style: str
) -> None:
    page = numbered_grid(seed=970 + count, columns=columns, count=count, style=style)
    lines = _lines(producer(page))
    found = [code for line in lines for code in page.notes["codes"] if code in line]
    assert found == page.notes["codes"]
    assert [line for line in lines if line.strip()][-1] == "Support ticket 20206233"


def wrapped_cells(seed: int) -> Page:
    """A table drawn row by row, two codes a row, each code wrapped after its dash inside a
    narrow cell, its number centred beside the two lines (an office suite's table)."""
    codes = [f"{code[:5]}-{code[5:]}" for code in _codes(seed, 8)]
    pieces = [Piece("Litware backup codes - keep this page safe", 72, 720)]
    for row in range(4):
        top = 680 - 40 * row
        for column in range(2):
            index = 2 * row + column
            x = 72 + 200 * column
            pieces += [
                Piece(f"{index + 1}.", x, top - 6.5),
                Piece(codes[index][:6], x + 30, top),
                Piece(codes[index][6:], x + 30, top - 13),
            ]
    return Page(pieces, notes={"codes": codes})


def test_wrapped_cells_of_a_table_come_out_whole_in_their_rows(producer: Producer) -> None:
    page = wrapped_cells(seed=980)
    lines = [cell for line in _lines(producer(page)) for cell in _cells(line)]
    for number, code in enumerate(page.notes["codes"], start=1):
        at = lines.index(code)  # the cell's two lines joined back into the code
        assert lines[at - 1] == f"{number}.", lines
    starts = [lines.index(code) for code in page.notes["codes"]]
    assert starts == sorted(starts)


def _flat_odt(heading: str, codes: list[str], columns: int, closing: str) -> str:
    """A word-processor document (flat ODF): the codes in a section of ``columns`` columns."""
    paragraphs = "".join(f"<text:p>{code}</text:p>" for code in codes)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:style style:name="Codes" style:family="section">
<style:section-properties><style:columns fo:column-count="{columns}" fo:column-gap="0.4in"/>
</style:section-properties></style:style></office:automatic-styles>
<office:body><office:text><text:p>{heading}</text:p>
<text:section text:style-name="Codes" text:name="Codes">{paragraphs}</text:section>
<text:p>{closing}</text:p></office:text></office:body></office:document>"""


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("columns", [2, 3])
def test_word_processor_columns_come_out_column_by_column(tmp_path: Path, columns: int) -> None:
    codes = _codes(960 + columns, 11)
    source = tmp_path / "codes.fodt"
    closing = "Each code works once."
    source.write_text(_flat_odt("Fabrikam Cloud recovery codes", codes, columns, closing), "utf-8")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    lines = [line for line in _lines((tmp_path / "codes.pdf").read_bytes()) if line.strip()]
    assert lines == ["Fabrikam Cloud recovery codes", *codes, closing]


# a scanned page's invisible text layer ----------------------------------------------------------


def scanned_page(seed: int) -> Page:
    """An OCR text layer: every word on its own, baselines a little uneven, drawn in a shuffled
    order, invisible (render mode 3; Qt, which has no such mode, draws the words visibly)."""
    rng = random.Random(seed)
    codes = _codes(seed, 8)
    lines = [
        "Contoso Health patient portal",
        "Backup codes - keep them private",
        *[f"{i + 1}. {code}" for i, code in enumerate(codes)],
        "Each code works once.",
    ]
    pieces: list[Piece] = []
    for row, line in enumerate(lines):
        x = 72.0
        y = 720 - 20 * row
        for word in line.split(" "):
            pieces.append(Piece(word, x, y + rng.uniform(-1.0, 1.0)))
            x += (len(word) + 1) * 0.6 * SIZE  # Courier: 0.6 em a glyph
    rng.shuffle(pieces)
    return Page(pieces, invisible=True, notes={"lines": lines})


@pytest.mark.parametrize("seed", [930, 931])
def test_scanned_page_with_a_text_layer_reads_in_reading_order(
    producer: Producer, seed: int
) -> None:
    page = scanned_page(seed)
    lines = [line for line in _lines(producer(page)) if line.strip()]
    assert lines == page.notes["lines"]


# codes drawn in pieces -------------------------------------------------------------------------


def codes_in_pieces(seed: int) -> Page:
    """Codes drawn glyph by glyph, in two runs that touch, and letter-spaced by moves."""
    codes = _codes(seed, 6)
    advance = 0.6 * SIZE
    pieces = [Piece("Wide World Importers - recovery codes", 72, 720)]
    for i, code in enumerate(codes):
        y = 690 - 18 * i
        if i % 3 == 0:  # glyph by glyph
            pieces += [Piece(ch, 72 + k * advance, y) for k, ch in enumerate(code)]
        elif i % 3 == 1:  # two runs that touch
            pieces += [Piece(code[:4], 72, y), Piece(code[4:], 72 + 4 * advance, y)]
        else:  # letter-spaced: each glyph a third of an em further on
            pieces += [Piece(ch, 72 + k * (advance + SIZE / 3), y) for k, ch in enumerate(code)]
    return Page(pieces, notes={"codes": codes})


def test_codes_drawn_in_pieces_come_out_whole(producer: Producer) -> None:
    page = codes_in_pieces(seed=940)
    lines = _lines(producer(page))
    assert [line for line in lines if line in page.notes["codes"]] == page.notes["codes"]


# marks a PDF viewer adds on top of the page ------------------------------------------------------


def test_strike_out_and_ink_marks_strike_the_codes_under_them() -> None:
    codes = _codes(950, 6)
    draws = [Draw("Tailspin Toys recovery codes", 72, 720)]
    draws += [Draw(code, 72, 690 - 18 * i) for i, code in enumerate(codes)]
    width = 10 * 0.6 * SIZE

    def quad(i: int) -> tuple[float, float, float, float]:
        y = 690 - 18 * i
        return 72, y - 2, 72 + width, y + SIZE

    x0, y0, x1, y1 = quad(1)
    strike_out = (
        b"<< /Type /Annot /Subtype /StrikeOut /Rect [%g %g %g %g] "
        b"/QuadPoints [%g %g %g %g %g %g %g %g] >>"
        % (x0, y0, x1, y1, x0, y1, x1, y1, x0, y0, x1, y0)
    )
    x0, y0, x1, y1 = quad(3)
    middle = (y0 + y1) / 2
    ink = b"<< /Type /Annot /Subtype /Ink /Rect [%g %g %g %g] /InkList [[%g %g %g %g %g %g]] >>" % (
        x0 - 2, y0, x1 + 2, y1, x0 - 2, middle, (x0 + x1) / 2, middle + 1, x1 + 2, middle,
    )  # fmt: skip
    x0, y0, x1, y1 = quad(4)
    highlight = (
        b"<< /Type /Annot /Subtype /Highlight /Rect [%g %g %g %g] "
        b"/QuadPoints [%g %g %g %g %g %g %g %g] >>"
        % (x0, y0, x1, y1, x0, y1, x1, y1, x0, y0, x1, y0)
    )
    data = positioned_pdf(draws, annots=[strike_out, ink, highlight])
    assert _lines(data)[1:] == codes
    assert _struck_words(data) == [codes[1], codes[3]]
