"""A PDF page's lines rebuilt from where its characters are drawn, as a reader sees them.

The PDF child hands over every character PDFium places on a page (:class:`Glyph`: its origin,
the direction of its baseline, its advance, its size and when it was drawn) and the boxes of
the thin lines drawn on the page. From these alone, whatever order the producer drew them in,
this module rebuilds the text the way a person reads it (as ``pdftotext`` does):

- text is read in its own direction: a page turned by ``/Rotate``, or a table printed sideways
  with a turned text matrix, reads as if the page were turned to read it; upright text comes
  first, then each other direction;
- one baseline is one line, left to right, lines from top to bottom, whatever order the glyphs
  were drawn in (a scanned page's invisible text layer places its words in odd orders);
- between two glyphs goes a space only where the gap is a real word gap for the font size, with
  the letter-spacing around it discounted (letter-spaced codes, and codes drawn glyph by glyph or
  in two runs, come out whole), and :data:`COLUMN_GAP` where the cells of a table row sit far
  apart, or where glyphs drawn at different times sit a gutter apart;
- lines side by side in columns (a blank band, a *gutter*, running down between them) are read
  column by column when the producer drew them column by column (a word processor's columns,
  a column-major grid), and row by row otherwise (a table's rows stay rows, and so do words
  drawn in no clear order); a column holding only numbers or marks goes with the column on its
  right;
- characters under a horizontal line through their middle band (not under the baseline, where
  underlines go) are reported as struck through.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple

# Word and column gaps, in ems of the larger of the two glyphs' sizes. A space in common fonts is
# 0.25-0.33 em and kerning stays under 0.1 em; letter-spacing seen around a gap is discounted.
WORD_GAP_EM = 0.15
COLUMN_GAP_EM = 1.5
COLUMN_GAP = "    "  # what a column gap becomes: never read as the space inside a code
GUTTER_EM = 0.9  # glyphs drawn at different times this far apart are in different columns
MAX_LETTER_SPACING_EM = 0.6  # more than this between every glyph is layout, not letter-spacing
_GAP_CONTEXT = 4  # gaps on each side that tell the letter-spacing around a gap
SAME_BASELINE_EM = 0.3  # baselines closer than this (in ems) are one line
LABEL_BETWEEN_EM = 0.9  # a number this close to the lines above and below sits between them
BLOCK_BREAK_EM = 2.5  # a blank this many ems tall between lines ends a block of columns
WRAPPED_ROW_STEP = 1.3  # rows of wrapped cells step this many times the wrap's line pitch
ROW_STEP_SHARE = 0.7  # and at least this share of the widest step between lines
MAX_WRAPPED_LINES = 6  # lines of one wrapped table row (cells centred beside taller ones)
_ROOM_LEFT_EM = 0.8  # a wrapped cell's line ending closer than this to the column's edge was full
_JOIN_SPACE_EM = 0.35  # the word space put back where a cell's text wrapped at a space
_SAME_START_EM = 0.5  # the lines of one left-aligned cell start this close together
_STICK_OUT_EM = 1.0  # a wrapped cell's later line ends at most this far past its first line
_TAIL_SHARE = 0.75  # the rest of a word cut at a narrow column's edge is shorter than its start
_MIN_CUT_ROWS = 2  # rows whose cells go on in a later line that make a table of narrow cells
DUPLICATE_EM = 0.2  # the same glyph drawn again this close is fake bold, not a second letter
_SAME_PLACE = 1e-3  # page units: the parts of one ligature glyph sit exactly here
_ITEM_NUMBER = re.compile(r"#?(\d{1,3})[.):]?|\((\d{1,3})\)")  # "1." "2)" "(3)" "#4" "5"
_LONGEST_NUMBER = 5  # glyphs of "(123)"
SHORT_CELL = 4  # characters of a cell that is only a number or a mark ("10.", "(12)", "☐")

# struck-through: a horizontal line or thin rectangle through the middle band of the text, as a
# share of the font size above the baseline
_BAND_LOW = 0.15
_BAND_HIGH = 0.65
_THIN = 0.2  # a rectangle no taller than this many font sizes (or 3 units) is a line
_MIN_LINE_HEIGHT = 3.0
_HAIRLINE = 0.5
_LONG = 3.0  # a line is this many times longer than it is thick

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 of a drawn line, in page units


class Glyph(NamedTuple):
    """One character as drawn: where, which way, how wide and how big, and when."""

    text: str
    x: float  # origin on the baseline, in page units
    y: float
    dx: float  # the baseline's direction (a unit vector)
    dy: float
    advance: float  # along the baseline, in page units
    size: float  # the font size on the page, in page units
    order: int  # glyphs are numbered in drawing order


# The three classes below are written out rather than made by ``dataclasses``: this module runs in
# the PDF child at every scan, and ``dataclasses`` (with ``inspect``, ``ast``, ``dis`` and
# ``tokenize``) and the functions it compiles for each class were some 10 ms of the child's start.
# Each compares equal by its fields and is unhashable, as the dataclasses were.


class _Placed:
    """A glyph in the reading frame of its direction: x to the right along the text, y up."""

    __slots__ = ("base", "order", "size", "space", "struck", "text", "x0", "x1")

    def __init__(
        self,
        text: str,
        x0: float,
        x1: float,
        base: float,
        size: float,
        order: int,
        space: bool,
        struck: bool = False,
    ) -> None:
        self.text, self.x0, self.x1, self.base = text, x0, x1, base
        self.size, self.order, self.space, self.struck = size, order, space, struck

    def _fields(self) -> tuple[object, ...]:
        return (self.text, self.x0, self.x1, self.base, self.size, self.order, self.space,
                self.struck)  # fmt: skip

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Placed)
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]

    def moved(self, shift: float) -> _Placed:
        """The same glyph ``shift`` further along its line."""
        return _Placed(self.text, self.x0 + shift, self.x1 + shift, self.base, self.size,
                       self.order, self.space, self.struck)  # fmt: skip


class _Cell:
    def __init__(self, glyphs: list[_Placed]) -> None:
        self.glyphs = glyphs
        self.x0 = min(g.x0 for g in glyphs)
        self.x1 = max(g.x1 for g in glyphs)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Cell)
        return (self.glyphs, self.x0, self.x1) == (other.glyphs, other.x0, other.x1)

    __hash__ = None  # type: ignore[assignment]

    def is_short(self) -> bool:
        """Whether the cell is only a number or a mark ("10.", "(12)", "•", "☐"), not a word."""
        text = "".join(g.text for g in self.glyphs if not g.space)
        return len(text) <= SHORT_CELL and (len(text) <= 2 or not text.isalnum())

    def first_drawn(self) -> int:
        return min(g.order for g in self.glyphs)


class _Line:
    def __init__(self, base: float, size: float) -> None:
        self.base, self.size = base, size
        self.cells: list[_Cell] = []

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Line)
        return (self.base, self.size, self.cells) == (other.base, other.size, other.cells)

    __hash__ = None  # type: ignore[assignment]


def turn_of(dx: float, dy: float) -> int:
    """Quarter turns (counter-clockwise) from left-to-right text to a baseline going (dx, dy)."""
    if abs(dx) >= abs(dy):
        return 0 if dx > 0 else 2
    return 1 if dy > 0 else 3


def _to_frame(turn: int, x: float, y: float) -> tuple[float, float]:
    """A page point in the frame where text of ``turn`` runs left to right."""
    if turn == 0:
        return x, y
    if turn == 1:
        return y, -x
    if turn == 2:
        return -x, -y
    return -y, x


def page_text(
    glyphs: Iterable[Glyph], boxes: Sequence[Box] = (), rotation: int = 0
) -> tuple[str, list[list[int]]]:
    """The page's text and the ``[start, end)`` ranges of it that are struck through.

    ``rotation`` is the page's ``/Rotate`` in quarter turns clockwise: it decides which text is
    upright for the reader, and so read first.
    """
    frames: dict[int, list[_Placed]] = {}
    for glyph in glyphs:
        turn = turn_of(glyph.dx, glyph.dy)
        x, y = _to_frame(turn, glyph.x, glyph.y)
        frames.setdefault(turn, []).append(
            _Placed(
                glyph.text,
                x,
                x + max(glyph.advance, 0.0),
                y,
                glyph.size,
                glyph.order,
                glyph.text.isspace(),
            )
        )
    # upright for the reader first, then the direction with the most text
    turns = sorted(frames, key=lambda t: ((t - rotation) % 4 != 0, -len(frames[t]), t))
    out = _Text()
    for turn in turns:
        placed = frames[turn]
        _mark_struck(placed, [_box_in_frame(turn, box) for box in boxes])
        for line in _read(placed):
            out.line(line)
    return out.text(), out.struck


class _Text:
    """The page's text as it is written out, with its struck-through ranges."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.struck: list[list[int]] = []

    def line(self, cells: list[_Cell]) -> None:
        if self.parts:
            self._add("\n")
        for index, cell in enumerate(cells):
            if index:
                self._add(COLUMN_GAP)
            pieces = _join(cell.glyphs)
            if not any(glyph.struck for glyph in cell.glyphs):
                self._add("".join(text for _, text in pieces))
                continue
            for glyph, text in pieces:
                if glyph is not None and glyph.struck:
                    position = self.length
                    end = position + len(text)
                    if self.struck and self.struck[-1][1] == position:
                        self.struck[-1][1] = end
                    else:
                        self.struck.append([position, end])
                self._add(text)

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


# lines, cells and blocks -------------------------------------------------------------------------


def _read(placed: list[_Placed]) -> list[list[_Cell]]:
    """The frame's lines in reading order, each as its cells left to right."""
    lines = _lines(placed)
    out: list[list[_Cell]] = []
    for block in _blocks(lines):
        out.extend(_block_in_reading_order(block))
    return out


def _lines(placed: list[_Placed]) -> list[_Line]:
    """Glyphs on one baseline as lines, from top to bottom, each cut into cells."""
    placed.sort(key=lambda g: -g.base)
    lines: list[_Line] = []
    current: list[_Placed] = []
    for glyph in placed:
        if current:
            top = current[0]
            size = glyph.size if glyph.size > top.size else top.size
            if top.base - glyph.base > SAME_BASELINE_EM * size:
                lines.append(_make_line(current))
                current = []
        current.append(glyph)
    if current:
        lines.append(_make_line(current))
    return _attach_row_labels([line for line in lines if line.cells])


def _attach_row_labels(lines: list[_Line]) -> list[_Line]:
    """Numbers or marks centred beside a cell of two lines, joined to the first of the lines.

    A table row whose code wraps onto a second line has its number half a line lower, between
    the code's two lines; read as a line of its own it would come between the halves.
    """
    out: list[_Line] = []
    for index, line in enumerate(lines):
        if 0 < index < len(lines) - 1 and all(cell.is_short() for cell in line.cells):
            above, below = out[-1], lines[index + 1]
            reach = LABEL_BETWEEN_EM * max(line.size, above.size, below.size)
            if (
                above.base - line.base < reach
                and line.base - below.base < reach
                and not any(
                    cell.x0 < other.x1 and other.x0 < cell.x1
                    for cell in line.cells
                    for other in above.cells
                )
            ):
                above.cells = sorted([*above.cells, *line.cells], key=lambda cell: cell.x0)
                continue
        out.append(line)
    return out


def _make_line(glyphs: list[_Placed]) -> _Line:
    glyphs.sort(key=lambda g: (g.x0, g.order))
    kept: list[_Placed] = []
    size = 0.0
    for glyph in glyphs:
        text = glyph.text
        for earlier in kept[-3:]:
            if earlier.text == text and _drawn_again(earlier, glyph):
                break  # drawn twice for a bold look
        else:
            kept.append(glyph)
            if glyph.size > size:
                size = glyph.size
    line = _Line(kept[0].base, size)
    cell: list[_Placed] = []
    last: _Placed | None = None  # the last glyph that is not a space
    for glyph in kept:
        if glyph.space:
            if cell:
                cell.append(glyph)
            continue
        if last is not None and _cell_break(last, glyph):
            line.cells.append(_Cell(_trim(cell)))
            cell = []
        cell.append(glyph)
        last = glyph
    if cell and last is not None:
        line.cells.append(_Cell(_trim(cell)))
    return line


def _drawn_again(first: _Placed, glyph: _Placed) -> bool:
    """Whether ``glyph`` repeats ``first`` a hair to the side (a fake bold).

    The letters of a ligature ("ff" drawn as one glyph) come one right after the other at the
    very same place: they are two letters.
    """
    if first.text != glyph.text or abs(first.x0 - glyph.x0) >= DUPLICATE_EM * glyph.size:
        return False
    return abs(glyph.order - first.order) != 1 or abs(first.x0 - glyph.x0) > _SAME_PLACE


def _trim(cell: list[_Placed]) -> list[_Placed]:
    while cell and cell[-1].space:
        cell.pop()
    return cell


def _cell_break(left: _Placed, right: _Placed) -> bool:
    gap = (right.x0 - left.x1) / max(left.size, right.size, 1e-6)
    if gap >= COLUMN_GAP_EM:
        return True
    # glyphs drawn one after the other (a space may come between) belong together up to a
    # column gap; glyphs drawn at different times a gutter apart are in different columns
    return gap >= GUTTER_EM and not 0 < right.order - left.order <= 2


def _blocks(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of lines that share their gutters (or have none), top to bottom."""
    blocks: list[list[_Line]] = []
    block: list[_Line] = []
    coverage = _Coverage()
    for line in lines:
        if block:
            above = block[-1]
            blank = above.base - line.base - line.size
            if blank <= BLOCK_BREAK_EM * max(line.size, above.size):
                joined = coverage.add(line)
                had = len(coverage.gutters())
                if (had and len(joined.gutters()) >= had) or not (
                    had or _Coverage().add(line).gutters()
                ):
                    block.append(line)
                    coverage = joined
                    continue
                # else this line runs across a gutter, or starts columns of its own
            blocks.append(block)
        block, coverage = [line], _Coverage().add(line)
    if block:
        blocks.append(block)
    return [part for block in blocks for part in _split_off_columns(block)]


def _split_off_columns(block: list[_Line]) -> list[list[_Line]]:
    """A block without gutters, split where a run of lines with gutters ends it.

    Prose above a table covers the table's gutters, so the table joins the prose's block as it
    is read down the page; the longest run of last lines that has gutters is a block of its own.
    """
    if len(block) < 3 or _Coverage().add_all(block).gutters():
        return [block]
    coverage = _Coverage()
    start = len(block)
    for index in range(len(block) - 1, -1, -1):
        wider = coverage.add(block[index])
        if index < len(block) - 1 and not wider.gutters():
            break
        coverage = wider
        if coverage.gutters():
            start = index
    if start > len(block) - 2:
        return [block]
    return [block[:start], block[start:]] if start else [block]


class _Coverage:
    """Where across the page a block's cells reach: the spans left blank between are gutters."""

    def __init__(self, spans: tuple[tuple[float, float], ...] = (), size: float = 0.0) -> None:
        self.spans = spans  # left to right, at least a gutter apart
        self.size = size

    def add(self, line: _Line) -> _Coverage:
        size = max(self.size, line.size)
        least = GUTTER_EM * size
        merged: list[tuple[float, float]] = []
        for x0, x1 in sorted([*self.spans, *((cell.x0, cell.x1) for cell in line.cells)]):
            if merged and x0 - merged[-1][1] < least:
                merged[-1] = (merged[-1][0], max(merged[-1][1], x1))
            else:
                merged.append((x0, x1))
        return _Coverage(tuple(merged), size)

    def add_all(self, lines: Iterable[_Line]) -> _Coverage:
        coverage = self
        for line in lines:
            coverage = coverage.add(line)
        return coverage

    def gutters(self) -> list[tuple[float, float]]:
        return [(self.spans[i][1], self.spans[i + 1][0]) for i in range(len(self.spans) - 1)]


def _block_in_reading_order(block: list[_Line]) -> list[list[_Cell]]:
    """The block's rows; or, if it was drawn column by column, each column's lines in turn."""
    gutters = _Coverage().add_all(block).gutters()
    if len(block) < 2 or not gutters:
        return _rows_of_cells(block)
    columns = _columns(block, gutters)
    if len(columns) < 2:
        return _rows_of_cells(block)
    column_of = {
        id(cell): index
        for index, (x0, x1) in enumerate(columns)
        for line in block
        for cell in line.cells
        if x0 <= cell.x0 <= x1
    }
    by_rows = [line.cells for line in block]
    # numbers that count up down the columns, not along the rows, say how to read; a numbered
    # item runs from its number's column up to the next numbered column
    group_of = _item_groups(block, column_of, len(columns))
    if group_of is not None:
        by_items = _read_down(block, group_of)
        numbers_down = _counts_up(cell for cells in by_items for cell in cells)
        numbers_across = _counts_up(cell for cells in by_rows for cell in cells)
        if numbers_down != numbers_across:
            return by_items if numbers_down else _rows_of_cells(block)
    # else the drawing order does: a block drawn column by column (moving to another column
    # once per column, give or take a heading or a closing line) is read so
    drawn = sorted((cell for line in block for cell in line.cells), key=_Cell.first_drawn)
    switches = sum(1 for a, b in pairwise(drawn) if column_of.get(id(a)) != column_of.get(id(b)))
    if switches <= len(columns):
        return _read_down(block, column_of)
    return _rows_of_cells(block)  # drawn row by row, or in no clear order


def _rows_of_cells(block: list[_Line]) -> list[list[_Cell]]:
    """The block row by row; a table row whose cells wrap onto more lines is one row, each
    cell's lines joined back into one text."""
    out: list[list[_Cell]] = []
    rows = _wrapped_rows(block)
    wrapped = [line for row in rows if len(row) > 1 for line in row]  # where edges are found
    anchored = {id(row[0]): _anchored(row, wrapped) for row in rows if len(row) > 1}
    continued = sum(
        1 for cells in anchored.values() if cells and any(len(lines) > 1 for lines in cells)
    )
    cut = {  # lines of one cell cut at the column's edge, their word going on below
        id(line)
        for row in rows
        for line, below in pairwise(row)
        if len(line.cells) == len(below.cells) == 1 and _cut_short(line, below, wrapped)
    }
    for row in rows:
        if len(row) == 1 or continued < _MIN_CUT_ROWS:
            # one row that seems to wrap is a code above a sentence, not a narrow table
            out.extend(line.cells for line in row)
        elif (cells := anchored[id(row[0])]) is not None and len(cells) > 1:
            out.append(_unwrapped_row(cells, wrapped))
        elif len(cut) >= _MIN_CUT_ROWS:  # one cell a line: a one-column table's cells
            out.extend(_cut_lines_joined(row, cut))
        else:  # or a paragraph's lines, or a code above a sentence
            out.extend(line.cells for line in row)
    return out


def _split_at_columns(cells: list[_Cell], starts: list[float]) -> list[_Cell]:
    """The cells, each cut before a word that starts where another line's cell starts.

    Narrow cells stand closer than a column gap, so "ECMZK5C5W4X Availabl" reads as one cell;
    the next line's "e", under "Availabl", shows where the second cell begins.
    """
    out: list[_Cell] = []
    for cell in cells:
        size = max(g.size for g in cell.glyphs)
        part: list[_Placed] = []
        after_space = False
        for glyph in cell.glyphs:
            if glyph.space:
                after_space = bool(part)
                part.append(glyph)
                continue
            if part and glyph.x0 - part[-1].x1 >= WORD_GAP_EM * size:
                after_space = True  # a word gap with no space drawn in it
            if after_space and any(abs(glyph.x0 - x) <= _SAME_START_EM * size for x in starts):
                out.append(_Cell(_trim(part)))
                part = []
            part.append(glyph)
            after_space = False
        out.append(_Cell(part))
    return out


def _cut_short(line: _Line, below: _Line, block: list[_Line]) -> bool:
    """Whether a line of one cell broke inside its word, and the next line is the short rest."""
    above, rest = line.cells[0], below.cells[0]
    size = max(g.size for g in above.glyphs)
    short = rest.x1 - rest.x0 <= _TAIL_SHARE * (above.x1 - above.x0)  # not a sentence
    return short and abs(above.x0 - rest.x0) <= size and _cut(above, _edge(block, above))


def _cut_lines_joined(row: list[_Line], cut: set[int]) -> list[list[_Cell]]:
    """Lines of one cell each, where a line cut inside a word (``cut``: ids of such lines)
    is joined to the short rest of its word on the next line."""
    out: list[list[_Cell]] = [row[0].cells]
    for above, line in pairwise(row):
        if id(above) in cut:
            out[-1] = [_joined_cells(out[-1][0], line.cells[0], cut=True)]
        else:
            out.append(line.cells)
    return out


def _edge(block: list[_Line], cell: _Cell) -> float:
    """How far right the words of the cell's column reach: where the one-word lines of the
    wrapped rows that start where it starts end (a paragraph's lines of several words, and
    lines that did not wrap, do not count)."""
    size = max(g.size for g in cell.glyphs)
    ends = sorted(
        (
            c.x1
            for line in block
            for c in line.cells
            if abs(c.x0 - cell.x0) <= size and " " not in _text_of(c)
        ),
        reverse=True,
    )
    # the edge is where several lines end (a lone long line, a web address under the table,
    # is no column's width); with no such place there is no edge, and no line was cut there
    shared = [a for a, b in pairwise(ends) if a - b <= _ROOM_LEFT_EM * size]
    return shared[0] if shared else math.inf


def _cut(cell: _Cell, edge: float) -> bool:
    """Whether a cell's line broke inside a word: it ends in a dash, or it is one word that
    fills its column to the edge."""
    text = _text_of(cell)
    size = max(g.size for g in cell.glyphs)
    return text.endswith("-") or (" " not in text and cell.x1 >= edge - _ROOM_LEFT_EM * size)


def _joined_cells(first: _Cell, second: _Cell, *, cut: bool) -> _Cell:
    """One cell of two lines' text: the second line's glyphs moved to go on after the first's,
    with a word space between them unless the first was cut inside a word."""
    size = max(g.size for g in first.glyphs)
    shift = first.x1 - second.x0 + (0.0 if cut else _JOIN_SPACE_EM * size)
    moved = [g.moved(shift) for g in second.glyphs]
    return _Cell([*first.glyphs, *moved])


def _anchored(row: list[_Line], block: list[_Line]) -> list[list[_Cell]] | None:
    """The row's cells, each with the lines it wrapped onto (top to bottom), left to right.

    A cell's lines start where it starts (cells are left-aligned), whatever their baselines (a
    cell centred beside a taller one sits between its lines), and none ends past its column's
    edge (see :func:`_edge`; with none seen, past its first line) by more than a character or
    so. ``None`` when a line does: a paragraph's next sentence, not the rest of a cell.
    """
    starts = [cell.x0 for line in row for cell in line.cells]
    cells: list[list[_Cell]] = []
    for line in row:
        for cell in _split_at_columns(line.cells, starts):
            size = max(g.size for g in cell.glyphs)
            home = next(
                (lines for lines in cells if abs(lines[0].x0 - cell.x0) <= _SAME_START_EM * size),
                None,
            )
            if home is None:
                cells.append([cell])
                continue
            edge = _edge(block, home[0])
            if math.isinf(edge):  # no column edge seen: the first line is the widest
                edge = home[0].x1
            if cell.x1 > edge + _STICK_OUT_EM * size:
                return None
            home.append(cell)
    return sorted(cells, key=lambda lines: lines[0].x0)


def _unwrapped_row(cells: list[list[_Cell]], block: list[_Line]) -> list[_Cell]:
    """A table row whose cells wrapped (see :func:`_anchored`), as one line.

    A line ending in a dash, or one word that fills its column to the edge, broke inside a word
    (a code, a date, "10" in a narrow number column): the next line goes on without a space.
    Else it broke at a space ("Not" / "used"), and a space goes between them.
    """
    out: list[_Cell] = []
    for lines in cells:
        edge = _edge(block, lines[0])
        joined = lines[0]
        for above, cell in pairwise(lines):
            joined = _joined_cells(joined, cell, cut=_cut(above, edge))
        out.append(joined)
    return out


def _text_of(cell: _Cell) -> str:
    """The cell's text as read (with the spaces between its words)."""
    return "".join(text for _, text in _join(cell.glyphs)).strip()


def _wrapped_rows(block: list[_Line]) -> list[list[_Line]]:
    """The block's lines grouped into table rows: lines closer than the rows are apart.

    Only where both pitches are there (the lines of a wrapped cell, and the wider step from one
    row to the next), in rows of two to six lines; else every line is a row.
    """
    pitches = [a.base - b.base for a, b in pairwise(block)]
    if not pitches:
        return [[line] for line in block]
    within = min(pitches)
    if max(pitches) < WRAPPED_ROW_STEP * within:
        return [[line] for line in block]
    # a cell centred beside a taller one puts its lines half a line apart from the others':
    # the step between rows is then the wide pitch, not any pitch wider than the narrowest
    step = max(WRAPPED_ROW_STEP * within, ROW_STEP_SHARE * max(pitches))
    rows = [[block[0]]]
    for pitch, line in zip(pitches, block[1:], strict=True):
        if pitch < step:
            rows[-1].append(line)
        else:
            rows.append([line])
    wrapped = [row for row in rows if len(row) > 1]
    if len(wrapped) < 2 or any(len(row) > MAX_WRAPPED_LINES for row in rows):
        return [[line] for line in block]  # not rows of wrapped cells: a list, a paragraph
    return rows


def _read_down(block: list[_Line], column_of: dict[int, int]) -> list[list[_Cell]]:
    """Each column's lines in turn (``column_of`` maps a cell's id to its column).

    A line above or below all the other columns' lines, and drawn before or after all of them
    (a heading, a closing sentence under the first column), is read before or after the columns,
    not as part of its column, unless it is a numbered item.
    """
    columns = sorted(set(column_of.values()))
    rows: dict[int, list[int]] = {index: [] for index in columns}
    drawn: dict[int, list[int]] = {index: [] for index in columns}  # first glyphs' order
    for number, line in enumerate(block):
        for cell in line.cells:
            index = column_of.get(id(cell))
            if index is not None:
                if not rows[index] or rows[index][-1] != number:
                    rows[index].append(number)
                drawn[index].append(cell.first_drawn())
    before: list[list[_Cell]] = []
    after: list[list[_Cell]] = []
    outside: set[int] = set()
    for number, line in enumerate(block):
        own = {column_of.get(id(cell)) for cell in line.cells}
        if len(own) != 1 or any(_item_number(cell) is not None for cell in line.cells):
            continue  # in several columns, or a numbered item of its column
        others = [index for index in columns if index not in own and rows[index]]
        if not others:
            continue
        first = min(cell.first_drawn() for cell in line.cells)
        if number < min(rows[i][0] for i in others) and first < min(min(drawn[i]) for i in others):
            before.append(line.cells)
            outside.add(number)
        elif number > max(rows[i][-1] for i in others) and first > max(
            max(drawn[i]) for i in others
        ):
            after.append(line.cells)
            outside.add(number)
    out = before
    for index in columns:
        for number, line in enumerate(block):
            cells = [cell for cell in line.cells if column_of.get(id(cell)) == index]
            if cells and number not in outside:
                out.append(cells)
    return out + after


def _item_groups(
    block: list[_Line], column_of: dict[int, int], columns: int
) -> dict[int, int] | None:
    """Cells mapped to runs of columns that each start with a column of item numbers."""
    numbered = [False] * columns
    for line in block:
        for cell in line.cells:
            index = column_of.get(id(cell))
            if index is not None and _item_number(cell) is not None:
                numbered[index] = True
    starts = [index for index in range(columns) if numbered[index]]
    if len(starts) < 2:
        return None
    group = [sum(1 for start in starts if start <= index) for index in range(columns)]
    return {key: group[index] for key, index in column_of.items()}


def _counts_up(cells: Iterable[_Cell]) -> bool:
    """Whether the cells' item numbers ("1.", "2)", "(3)", "#4") count up, at least two of them.

    A bare number counts too: numbers that happen to count up down every column and not along
    the rows are item numbers, whatever their punctuation.
    """
    numbers = [n for n in (_item_number(cell) for cell in cells) if n is not None]
    return len(numbers) >= 2 and all(b > a for a, b in pairwise(numbers))


def _item_number(cell: _Cell) -> int | None:
    """The number a cell starts with, when it is written as an item number."""
    word: list[_Placed] = []
    for glyph in cell.glyphs:
        if glyph.space or len(word) > _LONGEST_NUMBER:
            break
        if word and glyph.x0 - word[-1].x1 >= WORD_GAP_EM * glyph.size:
            break
        word.append(glyph)
    text = "".join(g.text for g in word)
    match = _ITEM_NUMBER.fullmatch(text)
    return int(match.group(1) or match.group(2)) if match else None


def _columns(block: list[_Line], gutters: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The x ranges of the block's columns; a column of only numbers or marks joins the next."""
    edges = [-float("inf")] + [x for gutter in gutters for x in gutter] + [float("inf")]
    ranges = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
    cells = [cell for line in block for cell in line.cells]
    columns: list[tuple[float, float]] = []
    pending: float | None = None  # the left end of short columns waiting for the next one
    for x0, x1 in ranges:
        inside = [cell for cell in cells if x0 <= cell.x0 <= x1]
        if inside and all(cell.is_short() for cell in inside):
            pending = x0 if pending is None else pending
            continue
        columns.append((x0 if pending is None else pending, x1))
        pending = None
    if pending is not None:
        if columns:
            columns[-1] = (columns[-1][0], float("inf"))
        else:
            columns.append((pending, float("inf")))
    return columns


# spaces inside a cell ----------------------------------------------------------------------------


def _join(glyphs: list[_Placed]) -> list[tuple[_Placed | None, str]]:
    """The cell's glyphs with the spaces a reader sees between them (None marks a space)."""
    letters: list[_Placed] = []
    spaced: list[bool] = []  # whether a space glyph is drawn between letters i and i + 1
    space_pending = False
    for glyph in glyphs:
        if glyph.space:
            space_pending = bool(letters)
            continue
        if letters:
            spaced.append(space_pending)
        letters.append(glyph)
        space_pending = False
    gaps = [
        (letters[i + 1].x0 - letters[i].x1) / max(letters[i].size, letters[i + 1].size, 1e-6)
        for i in range(len(letters) - 1)
    ]
    pieces: list[tuple[_Placed | None, str]] = [(letters[0], letters[0].text)]
    for i in range(1, len(letters)):
        gap = gaps[i - 1]
        if gap >= COLUMN_GAP_EM:
            pieces.append((None, COLUMN_GAP))
        elif spaced[i - 1] or (
            gap >= WORD_GAP_EM and gap >= WORD_GAP_EM + _letter_spacing(gaps, spaced, i - 1)
        ):
            pieces.append((None, " "))
        pieces.append((letters[i], letters[i].text))
    return pieces


def _letter_spacing(gaps: list[float], spaced: list[bool], index: int) -> float:
    """The spacing between letters around gap ``index``: the lower quartile of the gaps near it."""
    low, high = max(0, index - _GAP_CONTEXT), index + 1 + _GAP_CONTEXT
    around = [
        gap
        for i, gap in enumerate(gaps[low:high], start=low)
        if i != index and not spaced[i] and gap < COLUMN_GAP_EM
    ]
    if not around:
        return 0.0
    around.sort()
    low_quarter = around[len(around) // 4]  # word gaps around a short word are no letter-spacing
    return min(max(low_quarter, 0.0), MAX_LETTER_SPACING_EM)


# struck through ----------------------------------------------------------------------------------


def _box_in_frame(turn: int, box: Box) -> Box:
    ax, ay = _to_frame(turn, box[0], box[1])
    bx, by = _to_frame(turn, box[2], box[3])
    return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


def _mark_struck(placed: list[_Placed], boxes: list[Box]) -> None:
    """Mark the glyphs a thin horizontal line runs through (in the middle band of the text)."""
    lines = [
        box
        for box in boxes
        if box[2] - box[0] > 0
        and (box[3] - box[1] < _HAIRLINE or box[2] - box[0] > _LONG * (box[3] - box[1]))
    ]
    if not lines:
        return
    for glyph in placed:
        if glyph.space:
            continue
        size = glyph.size
        low, high = glyph.base + _BAND_LOW * size, glyph.base + _BAND_HIGH * size
        thin = max(_THIN * size, _MIN_LINE_HEIGHT)
        centre = (glyph.x0 + glyph.x1) / 2
        glyph.struck = any(
            x0 <= centre <= x1 and low <= (y0 + y1) / 2 <= high and y1 - y0 <= thin
            for x0, y0, x1, y1 in lines
        )
