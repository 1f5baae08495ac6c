"""A generated document before any producer draws it, and the truth it carries.

The document is a list of pages; a page is a list of blocks. A block is a :class:`Text` line
(a heading, a paragraph, a small footer) or a :class:`Table` (rows of cells, with or without
borders — grids, boxes and tables with extra columns are all tables). Every producer draws the
same blocks its own way, so one document is the same page through Qt, fpdf2, LibreOffice or a
text file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Span:
    """A run of text; ``struck`` draws a line through it (a used code on many sites)."""

    text: str
    struck: bool = False


@dataclass(frozen=True)
class Text:
    """One line or paragraph. ``style`` is heading, body, small (footers) or mono (codes)."""

    spans: tuple[Span, ...]
    style: str = "body"

    @property
    def plain(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class Table:
    """Rows of cells; a cell is a tuple of spans. ``borders`` draws boxes round every cell."""

    rows: tuple[tuple[tuple[Span, ...], ...], ...]
    borders: bool = False
    header: bool = False  # the first row names the columns
    mono: bool = True  # cells in a fixed-width font, as code lists usually are
    # columns only as wide as the page gives them: a word processor wraps a long cell's text
    # (a code, a date, "Not used") over two lines inside its cell
    narrow: bool = False


Block = Text | Table


def text(value: str, style: str = "body", struck: bool = False) -> Text:
    """A line of one span."""
    return Text((Span(value, struck),), style)


def cell(value: str, struck: bool = False) -> tuple[Span, ...]:
    """A table cell of one span."""
    return (Span(value, struck),)


@dataclass
class Truth:
    """What a careful person reads off the page.

    ``codes`` in the order a person reads them; ``used`` the codes the page marks as spent, with
    the date printed beside them (``None`` when no date is printed); ``account_hint`` the e-mail or
    user name the page names for the account, if any; ``kind`` set, single or key.
    """

    codes: list[str]
    kind: str
    used: dict[str, date | None] = field(default_factory=dict)
    account_hint: str | None = None
    decoys: list[str] = field(default_factory=list)  # code-shaped strings that are not codes


@dataclass
class GeneratedDocument:
    """One document of the corpus: how to draw it, which producer draws it, and its truth.

    ``doc_id`` is ``SEED-INDEX``: :func:`generated.generator.generate` with the same seed and index
    makes the same document again. ``rotation`` turns every page (degrees, clockwise as shown);
    ``rotate_mode`` says how: ``page`` sets the page's /Rotate and draws the content sideways so
    the page shows upright, ``matrix`` draws the text sideways on an upright page (a person turns
    the paper to read it).
    """

    doc_id: str
    family: str
    layout: str
    producer: str
    pages: list[list[Block]]
    truth: Truth
    tags: list[str] = field(default_factory=list)
    rotation: int = 0
    rotate_mode: str = "page"
    newline: str = "\n"  # text files only
    tabs: bool = False  # text files only: columns separated by tabs, not padded with spaces

    @property
    def suffix(self) -> str:
        return ".txt" if self.producer.startswith("text") else ".pdf"
