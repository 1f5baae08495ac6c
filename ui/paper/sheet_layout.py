"""How a :class:`vault.paper.Sheet` is laid out: fonts, sizes, columns and page breaks.

Pagination is done here rather than left to Qt, so that an account's codes stay on one page
whenever they fit: a block that does not fit on what is left of a page starts a new page, and
only a code list too long for a whole page is split, with the rest under a "continued" heading.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPen,
)

from ui.widgets.code_font import code_font
from vault.paper import (
    Block,
    Bullets,
    CodeList,
    CodeRow,
    Emphasis,
    Facts,
    KeyText,
    Paragraph,
    Part,
    Sheet,
    Steps,
    WriteIn,
)

MARGIN_MM = 18.0  # room for printers that cannot print near the edge, and for a hole punch
TITLE_PT = 20.0
HEADING_PT = 14.0
BODY_PT = 10.0
SMALL_PT = 8.0
CODE_PT = 15.0  # large enough to read at arm's length and to copy without mistakes
CODE_MIN_PT = 9.0  # a very long code shrinks to this before it wraps
KEY_PT = 20.0
KEY_MIN_PT = 12.0
MAX_CODE_COLUMNS = 2  # two columns, like most sites print them
COLUMN_GAP_PT = 24.0
TICK_BOX_PT = 11.0
CELL_GAP_PT = 7.0  # between the tick box and the number
NUMBER_GAP_PT = 5.0  # between the number and its code
NOTE_GAP_PT = 8.0  # between a used code and its "used …" date
ROW_GAP_PT = 9.0
PART_GAP_PT = 7.0
BLOCK_GAP_PT = 20.0
TITLE_GAP_PT = 12.0
INDENT_PT = 14.0
FRAME_PADDING_PT = 8.0
WRITE_IN_LINE_PT = 24.0  # a handwritten line
RULE_PT = 0.6
HEAVY_RULE_PT = 1.5
FRAME_PT = 1.0
MIN_SPLIT_CODES = 3  # never leave fewer codes than this alone on either side of a page break
INK = QColor(0, 0, 0)
QUIET_INK = QColor(80, 80, 80)  # dark enough to stay legible on a black-and-white printer
MM_PER_INCH = 25.4
PT_PER_INCH = 72.0
LIGATURE_FEATURES = ("liga", "clig")  # OpenType features turned off in every font

# Layout --------------------------------------------------------------------------------------


class _Item:
    """Something placed on a page: it knows its height and draws itself at a position."""

    height: float = 0.0

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        raise NotImplementedError


@dataclass
class _Placed:
    y: float
    item: _Item


class SheetLayout:
    """Fonts, measurements and pagination for one sheet on one device."""

    def __init__(
        self, sheet: Sheet, device: QPagedPaintDevice, general: QFont | None = None
    ) -> None:
        """``general``: the font of the words (default: the system's general font, as the app's
        window has it; a drawing child process is handed the app's)."""
        self.sheet = sheet
        self.device = device
        self.px_per_pt = device.logicalDpiY() / PT_PER_INCH
        margins = device.pageLayout().margins(QPageLayout.Unit.Millimeter)
        # Top up whatever margins the device has to at least MARGIN_MM on every side.
        left = self.mm(max(0.0, MARGIN_MM - margins.left()))
        top = self.mm(max(0.0, MARGIN_MM - margins.top()))
        right = self.mm(max(0.0, MARGIN_MM - margins.right()))
        bottom = self.mm(max(0.0, MARGIN_MM - margins.bottom()))
        self.left = left
        self.top = top
        self.width = device.width() - left - right
        self.page_bottom = device.height() - bottom

        if general is None:
            general = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        self.body = _font(general, BODY_PT)
        self.bold = _font(general, BODY_PT, bold=True)
        self.italic = _font(general, BODY_PT, italic=True)
        self.small = _font(general, SMALL_PT)
        self.small_italic = _font(general, SMALL_PT, italic=True)
        self.heading = _font(general, HEADING_PT, bold=True)
        self.title = _font(general, TITLE_PT, bold=True)

        self.footer = _Footer(self, sheet.footer, sheet.page_text(99, 99))
        self.head = _Text(self, sheet.running_head, self.small, QUIET_INK, rule_below=True)

    # units
    def pt(self, points: float) -> float:
        return points * self.px_per_pt

    def mm(self, millimetres: float) -> float:
        return millimetres / MM_PER_INCH * PT_PER_INCH * self.px_per_pt

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def text_height(self, text: str, font: QFont, width: float) -> float:
        rect = self.metrics(font).boundingRect(
            QRectF(0, 0, width, 1e9), _WRAP | Qt.AlignmentFlag.AlignLeft, text
        )
        return max(rect.height(), self.metrics(font).height())

    def capacity(self, page_index: int) -> float:
        """Height available for content on a page (after header and footer)."""
        top = self.top + (0.0 if page_index == 0 else self.head.height + self.pt(PART_GAP_PT))
        return self.page_bottom - top - self.footer.height - self.pt(PART_GAP_PT)

    # pagination
    def paginate(self) -> list[list[_Placed]]:
        flow = _Flow(self)
        flow.place(_Text(self, self.sheet.title, self.title))
        flow.place(_Text(self, self.sheet.subtitle, self.body, QUIET_INK), gap=2.0)
        for number, part in enumerate(self.sheet.intro):
            flow.place_all(self.items_for(part), TITLE_GAP_PT if number == 0 else PART_GAP_PT)
        for block in self.sheet.blocks:
            self.place_block(flow, block)
        return flow.pages

    def place_block(self, flow: _Flow, block: Block) -> None:
        items: list[_Item] = [_Heading(self, block.title, block.subtitle)]
        for part in block.parts:
            items.extend(self.items_for(part))
        gaps = [BLOCK_GAP_PT] + [PART_GAP_PT] * (len(items) - 1)
        whole = sum(i.height for i in items) + sum(self.pt(g) for g in gaps[1:])
        if flow.fits(whole, BLOCK_GAP_PT):
            flow.place_all(items, gaps)
            return
        if whole <= self.capacity(1):
            flow.new_page()
            flow.place_all(items, gaps)
            return
        # Too long for any page: start on a fresh page, split the code list, continue overleaf.
        if not flow.page_is_empty():
            flow.new_page()
        continued = _Heading(self, block.continued_title or block.title, block.subtitle)
        for item, gap in zip(items, gaps, strict=True):
            if isinstance(item, _CodeGrid):
                rest: Sequence[CodeRow] = item.rows
                while rest:
                    chunk, rest = item.take(rest, flow.room(PART_GAP_PT))
                    if chunk is None and len(flow.pages[-1]) <= 1:
                        # a fresh page cannot hold even a few rows: place one at a time
                        chunk, rest = item.piece(rest[:1]), rest[1:]
                    if chunk is None:
                        flow.new_page()
                        flow.place(continued)
                        continue
                    flow.place(chunk, gap)
                    if rest:
                        flow.new_page()
                        flow.place(continued)
            else:
                if not flow.fits(item.height, gap):
                    flow.new_page()
                    flow.place(continued)
                flow.place(item, gap)

    def items_for(self, part: Part) -> list[_Item]:
        if isinstance(part, Paragraph):
            font = {
                Emphasis.NORMAL: self.body,
                Emphasis.STRONG: self.bold,
                Emphasis.QUIET: self.italic,
            }[part.emphasis]
            ink = QUIET_INK if part.emphasis is Emphasis.QUIET else INK
            return [_Text(self, part.text, font, ink)]
        if isinstance(part, Bullets):
            return [_ListItems(self, part.items, part.heading, part.framed, numbered=False)]
        if isinstance(part, Steps):
            return [_ListItems(self, part.items, "", framed=False, numbered=True)]
        if isinstance(part, Facts):
            return [_Facts(self, part.rows)]
        if isinstance(part, CodeList):
            return [_CodeGrid(self, part)]
        if isinstance(part, KeyText):
            return [_KeyBox(self, part.text)]
        return [_WriteIn(self, part)]

    # drawing
    def draw_page(self, painter: QPainter, index: int, pages: int, page: list[_Placed]) -> None:
        top = self.top
        if index:
            self.head.draw(painter, self.left, top)
            top += self.head.height + self.pt(PART_GAP_PT)
        for placed in page:
            placed.item.draw(painter, self.left, top + placed.y)
        self.footer.draw(
            painter,
            self.left,
            self.page_bottom - self.footer.height,
            self.sheet.page_text(index + 1, pages),
        )


_WRAP = Qt.TextFlag.TextWordWrap


class _Flow:
    """Pages being filled top to bottom; y is measured from the top of the page's body."""

    def __init__(self, layout: SheetLayout) -> None:
        self.layout = layout
        self.pages: list[list[_Placed]] = [[]]
        self.y = 0.0

    def page_is_empty(self) -> bool:
        return not self.pages[-1]

    def room(self, gap_pt: float) -> float:
        used = self.y + (self.layout.pt(gap_pt) if self.pages[-1] else 0.0)
        return self.layout.capacity(len(self.pages) - 1) - used

    def fits(self, height: float, gap_pt: float) -> bool:
        return height <= self.room(gap_pt)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def place(self, item: _Item, gap: float = PART_GAP_PT) -> None:
        if self.pages[-1]:
            self.y += self.layout.pt(gap)
        self.pages[-1].append(_Placed(self.y, item))
        self.y += item.height

    def place_all(self, items: Sequence[_Item], gaps: Sequence[float] | float) -> None:
        if isinstance(gaps, float | int):
            gaps = [float(gaps)] * len(items)
        for item, gap in zip(items, gaps, strict=True):
            self.place(item, gap)


def _font(general: QFont, points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(general)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return _without_ligatures(font)


def _without_ligatures(font: QFont) -> QFont:
    """No "fi"/"ffi" ligatures: text copied or searched in the PDF keeps its plain letters."""
    for tag in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _pen(layout: SheetLayout, width_pt: float, color: QColor = INK) -> QPen:
    pen = QPen(color)
    pen.setWidthF(layout.pt(width_pt))
    return pen


# Items ---------------------------------------------------------------------------------------


class _Text(_Item):
    """A wrapped paragraph (optionally with a thin rule under it)."""

    def __init__(
        self,
        layout: SheetLayout,
        text: str,
        font: QFont,
        ink: QColor = INK,
        *,
        rule_below: bool = False,
    ) -> None:
        self.layout, self.text, self.font, self.ink = layout, text, font, ink
        self.rule_below = rule_below
        self.text_h = layout.text_height(text, font, layout.width)
        self.height = self.text_h + (layout.pt(3 + RULE_PT) if rule_below else 0.0)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setFont(self.font)
        painter.setPen(self.ink)
        painter.drawText(QRectF(x, y, self.layout.width, self.text_h), _WRAP, self.text)
        if self.rule_below:
            painter.setPen(_pen(self.layout, RULE_PT, QUIET_INK))
            rule_y = y + self.text_h + self.layout.pt(2)
            painter.drawLine(QPointF(x, rule_y), QPointF(x + self.layout.width, rule_y))


class _Heading(_Item):
    """A block's title under a heavy rule, with an optional subtitle (the service)."""

    def __init__(self, layout: SheetLayout, title: str, subtitle: str) -> None:
        self.layout, self.title, self.subtitle = layout, title, subtitle
        self.rule_h = layout.pt(HEAVY_RULE_PT + 4)
        self.title_h = layout.text_height(title, layout.heading, layout.width)
        self.sub_h = layout.text_height(subtitle, layout.body, layout.width) if subtitle else 0.0
        self.height = self.rule_h + self.title_h + self.sub_h

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        layout = self.layout
        painter.setPen(_pen(layout, HEAVY_RULE_PT))
        painter.drawLine(QPointF(x, y), QPointF(x + layout.width, y))
        y += self.rule_h
        painter.setFont(layout.heading)
        painter.setPen(INK)
        painter.drawText(QRectF(x, y, layout.width, self.title_h), _WRAP, self.title)
        if self.subtitle:
            painter.setFont(layout.body)
            painter.setPen(QUIET_INK)
            rect = QRectF(x, y + self.title_h, layout.width, self.sub_h)
            painter.drawText(rect, _WRAP, self.subtitle)


class _ListItems(_Item):
    """Bullets or numbered steps, with hanging indents, optionally framed with a heading."""

    def __init__(
        self,
        layout: SheetLayout,
        items: Sequence[str],
        heading: str,
        framed: bool,
        *,
        numbered: bool,
    ) -> None:
        self.layout, self.items, self.heading, self.framed = layout, items, heading, framed
        self.marks = [f"{n}." if numbered else "•" for n in range(1, len(items) + 1)]
        self.pad = layout.pt(FRAME_PADDING_PT) if framed else 0.0
        self.indent = layout.pt(INDENT_PT + (4 if numbered else 0))
        self.text_w = layout.width - 2 * self.pad - self.indent
        self.heading_h = layout.text_height(heading, layout.bold, self.text_w) if heading else 0.0
        self.item_hs = [layout.text_height(t, layout.body, self.text_w) for t in items]
        self.spacing = layout.pt(3)
        self.height = (
            2 * self.pad
            + (self.heading_h + self.spacing if heading else 0.0)
            + sum(self.item_hs)
            + self.spacing * (len(items) - 1)
        )

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        layout = self.layout
        if self.framed:
            painter.setPen(_pen(layout, FRAME_PT))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, y, layout.width, self.height))
        x += self.pad
        y += self.pad
        painter.setPen(INK)
        if self.heading:
            painter.setFont(layout.bold)
            width = layout.width - 2 * self.pad
            painter.drawText(QRectF(x, y, width, self.heading_h), _WRAP, self.heading)
            y += self.heading_h + self.spacing
        painter.setFont(layout.body)
        for mark, text, height in zip(self.marks, self.items, self.item_hs, strict=True):
            painter.drawText(QRectF(x, y, self.indent, height), Qt.AlignmentFlag.AlignLeft, mark)
            painter.drawText(QRectF(x + self.indent, y, self.text_w, height), _WRAP, text)
            y += height + self.spacing


class _Facts(_Item):
    """Labels in bold on the left, values beside them."""

    def __init__(self, layout: SheetLayout, rows: Sequence[tuple[str, str]]) -> None:
        self.layout, self.rows = layout, rows
        label_w = max((layout.metrics(layout.bold).horizontalAdvance(f"{k}:") for k, _ in rows),
                      default=0.0)  # fmt: skip
        self.label_w = min(label_w + layout.pt(CELL_GAP_PT * 2), layout.width * 0.4)
        self.value_w = layout.width - self.label_w
        self.row_hs = [
            max(
                layout.text_height(f"{k}:", layout.bold, self.label_w),
                layout.text_height(v, layout.body, self.value_w),
            )
            for k, v in rows
        ]
        self.spacing = layout.pt(1.5)
        self.height = sum(self.row_hs) + self.spacing * max(0, len(rows) - 1)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        layout = self.layout
        painter.setPen(INK)
        for (label, value), height in zip(self.rows, self.row_hs, strict=True):
            painter.setFont(layout.bold)
            painter.drawText(QRectF(x, y, self.label_w, height), _WRAP, f"{label}:")
            painter.setFont(layout.body)
            painter.drawText(QRectF(x + self.label_w, y, self.value_w, height), _WRAP, value)
            y += height + self.spacing


class _CodeGrid(_Item):
    """Codes in up to two columns, numbered down each column, each with a box to tick.

    A grid may hold only part of a list (after a page break); :meth:`take` cuts it.
    """

    font: QFont
    columns: int
    number_w: float
    notes_inline: bool  # "used …" beside the code when the column has room, else under it

    def __init__(
        self,
        layout: SheetLayout,
        part: CodeList,
        rows: Sequence[CodeRow] | None = None,
        *,
        shape: _CodeGrid | None = None,
    ) -> None:
        self.layout, self.part, self.tick_boxes = layout, part, part.tick_boxes
        self.rows = part.rows if rows is None else rows
        if shape is not None:  # a piece of a split list keeps the whole list's columns and font
            self.font, self.columns, self.number_w = shape.font, shape.columns, shape.number_w
            self.notes_inline = shape.notes_inline
        else:
            self._choose_shape()
        self.strike = QFont(self.font)
        self.strike.setStrikeOut(True)
        self.col_w = (layout.width - (self.columns - 1) * layout.pt(COLUMN_GAP_PT)) / self.columns
        self.code_x = (
            (layout.pt(TICK_BOX_PT + CELL_GAP_PT) if self.tick_boxes else 0.0)
            + self.number_w
            + (layout.pt(NUMBER_GAP_PT) if self.number_w else 0.0)
        )
        self.code_w = self.col_w - self.code_x
        self._heights: dict[CodeRow, float] = shape._heights if shape is not None else {}
        self.line_hs = self._row_heights(self.rows)
        self.height = sum(self.line_hs)

    def _choose_shape(self) -> None:
        layout = self.layout
        numbers = self.part.numbered
        self.number_w = (
            layout.metrics(layout.body).horizontalAdvance(f"{max(r.number for r in self.rows)}.")
            if numbers
            else 0.0
        )
        prefix = (layout.pt(TICK_BOX_PT + CELL_GAP_PT) if self.tick_boxes else 0.0) + (
            self.number_w + layout.pt(NUMBER_GAP_PT) if numbers else 0.0
        )
        font = code_font(CODE_PT)
        widest = max(layout.metrics(font).horizontalAdvance(r.text) for r in self.rows)
        notes = max(
            (layout.metrics(layout.small_italic).horizontalAdvance(r.used_note) for r in self.rows),
            default=0.0,
        )
        cell = prefix + max(widest, notes)
        columns = MAX_CODE_COLUMNS
        while columns > 1 and columns * cell + (columns - 1) * layout.pt(COLUMN_GAP_PT) > (
            layout.width
        ):
            columns -= 1
        self.columns = min(columns, len(self.rows))
        # A single column: shrink a code whose longest unbreakable piece is wider than the page.
        room = layout.width - prefix
        longest = max(
            layout.metrics(font).horizontalAdvance(word)
            for r in self.rows
            for word in r.text.split()
        )
        if longest > room:
            font = code_font(max(CODE_MIN_PT, CODE_PT * room / longest))
        self.font = font
        widest = max(layout.metrics(font).horizontalAdvance(r.text) for r in self.rows)
        column_w = (layout.width - (self.columns - 1) * layout.pt(COLUMN_GAP_PT)) / self.columns
        self.notes_inline = prefix + widest + layout.pt(NOTE_GAP_PT) + notes <= column_w

    def _cell_height(self, row: CodeRow) -> float:
        cached = self._heights.get(row)
        if cached is None:
            cached = self._heights[row] = self._measure_cell(row)
        return cached

    def _measure_cell(self, row: CodeRow) -> float:
        layout = self.layout
        height = max(layout.text_height(row.text, self.font, self.code_w), layout.pt(TICK_BOX_PT))
        if row.used_note and not self.notes_inline:
            height += layout.metrics(layout.small_italic).height()
        return height + layout.pt(ROW_GAP_PT)

    def _grid(self, rows: Sequence[CodeRow]) -> list[list[CodeRow]]:
        """Rows of the grid (column-major: 1–5 down the left, 6–10 down the right)."""
        per_column = math.ceil(len(rows) / self.columns)
        return [list(rows[r::per_column]) for r in range(per_column)]

    def _row_heights(self, rows: Sequence[CodeRow]) -> list[float]:
        return [max(self._cell_height(c) for c in line) for line in self._grid(rows)]

    def take(
        self, rows: Sequence[CodeRow], room: float
    ) -> tuple[_CodeGrid | None, Sequence[CodeRow]]:
        """As many of ``rows`` as fit in ``room`` (a grid, or None if too few), and the rest."""
        count = len(rows)
        while count and sum(self._row_heights(rows[:count])) > room:
            count -= 1
        rest = len(rows) - count
        if 0 < rest < MIN_SPLIT_CODES and count > MIN_SPLIT_CODES:
            count -= MIN_SPLIT_CODES - rest  # do not leave a lone code or two overleaf
        if count < min(MIN_SPLIT_CODES, len(rows)):
            return None, rows
        return self.piece(rows[:count]), rows[count:]

    def piece(self, rows: Sequence[CodeRow]) -> _CodeGrid:
        """A grid of ``rows`` shaped like this one (same columns and font)."""
        return _CodeGrid(self.layout, self.part, rows, shape=self)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        layout = self.layout
        gap = layout.pt(COLUMN_GAP_PT)
        code_metrics = layout.metrics(self.font)
        number_metrics = layout.metrics(layout.body)
        box = layout.pt(TICK_BOX_PT)
        number_right = (box + layout.pt(CELL_GAP_PT) if self.tick_boxes else 0.0) + self.number_w
        for line, height in zip(self._grid(self.rows), self.line_hs, strict=True):
            # box, number and the code's first line share one baseline, the box centred on capitals
            baseline = y + code_metrics.ascent()
            for column, row in enumerate(line):
                cx = x + column * (self.col_w + gap)
                if self.tick_boxes:
                    box_y = baseline - code_metrics.capHeight() / 2 - box / 2
                    self._draw_box(painter, cx, box_y, row.used)
                if self.number_w:
                    number = f"{row.number}."
                    painter.setFont(layout.body)
                    painter.setPen(INK)
                    number_x = cx + number_right - number_metrics.horizontalAdvance(number)
                    painter.drawText(QPointF(number_x, baseline), number)
                painter.setFont(self.strike if row.used else self.font)
                painter.setPen(QUIET_INK if row.used else INK)
                text_h = layout.text_height(row.text, self.font, self.code_w)
                painter.drawText(QRectF(cx + self.code_x, y, self.code_w, text_h), _WRAP, row.text)
                if row.used_note:
                    painter.setFont(layout.small_italic)
                    if self.notes_inline:
                        width = code_metrics.horizontalAdvance(row.text)
                        note_x = cx + self.code_x + width + layout.pt(NOTE_GAP_PT)
                        painter.drawText(QPointF(note_x, baseline), row.used_note)
                    else:
                        note_h = layout.metrics(layout.small_italic).height()
                        note = QRectF(cx + self.code_x, y + text_h, self.code_w, note_h)
                        painter.drawText(note, Qt.AlignmentFlag.AlignLeft, row.used_note)
            y += height

    def _draw_box(self, painter: QPainter, x: float, y: float, crossed: bool) -> None:
        layout = self.layout
        side = layout.pt(TICK_BOX_PT)
        painter.setPen(_pen(layout, FRAME_PT))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x, y, side, side))
        if crossed:
            inset = layout.pt(2)
            painter.drawLine(
                QPointF(x + inset, y + inset), QPointF(x + side - inset, y + side - inset)
            )
            painter.drawLine(
                QPointF(x + inset, y + side - inset), QPointF(x + side - inset, y + inset)
            )


class _KeyBox(_Item):
    """A recovery key in large fixed-pitch type inside a frame; long keys break at dashes."""

    def __init__(self, layout: SheetLayout, key: str) -> None:
        self.layout = layout
        self.pad = layout.pt(FRAME_PADDING_PT * 1.5)
        room = layout.width - 2 * self.pad
        size = KEY_PT
        font = _key_font(size)
        while layout.metrics(font).horizontalAdvance(key) > room and size > KEY_MIN_PT:
            size -= 1
            font = _key_font(size)
        self.font = font
        self.lines = _break_at_dashes(
            key, lambda s: layout.metrics(font).horizontalAdvance(s), room
        )
        self.line_h = layout.metrics(font).height()
        self.height = 2 * self.pad + self.line_h * len(self.lines)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        layout = self.layout
        painter.setPen(_pen(layout, FRAME_PT * 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x, y, layout.width, self.height))
        painter.setFont(self.font)
        painter.setPen(INK)
        for number, line in enumerate(self.lines):
            rect = QRectF(x, y + self.pad + number * self.line_h, layout.width, self.line_h)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, line)


def _key_font(points: float) -> QFont:
    font = code_font(points)
    font.setBold(True)
    return font


def _break_at_dashes(text: str, width: Callable[[str], float], room: float) -> list[str]:
    """``text`` in lines no wider than ``room``, breaking after dashes (the groups stay whole)."""
    groups = text.split("-")
    pieces = [g + "-" for g in groups[:-1]] + [groups[-1]]
    lines: list[str] = []
    for piece in pieces:
        if lines and width(lines[-1] + piece) <= room:
            lines[-1] += piece
        else:
            lines.append(piece)
    return lines


class _WriteIn(_Item):
    """A label and ruled lines to write on by hand."""

    def __init__(self, layout: SheetLayout, part: WriteIn) -> None:
        self.layout, self.part = layout, part
        self.label_h = layout.text_height(part.label, layout.body, layout.width)
        self.height = self.label_h + layout.pt(WRITE_IN_LINE_PT) * part.lines

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        layout = self.layout
        painter.setFont(layout.body)
        painter.setPen(INK)
        painter.drawText(QRectF(x, y, layout.width, self.label_h), _WRAP, self.part.label)
        painter.setPen(_pen(layout, RULE_PT))
        for n in range(1, self.part.lines + 1):
            line_y = y + self.label_h + layout.pt(WRITE_IN_LINE_PT) * n
            painter.drawLine(QPointF(x, line_y), QPointF(x + layout.width, line_y))


class _Footer:
    """The reminder line and the page number, under a thin rule, on every page."""

    def __init__(self, layout: SheetLayout, text: str, widest_page_label: str) -> None:
        self.layout, self.text = layout, text
        self.label_w = layout.metrics(layout.small).horizontalAdvance(widest_page_label)
        self.text_w = layout.width - self.label_w - layout.pt(COLUMN_GAP_PT)
        self.rule_h = layout.pt(4)
        self.text_h = layout.text_height(text, layout.small, self.text_w)
        self.height = self.rule_h + self.text_h

    def draw(self, painter: QPainter, x: float, y: float, page_label: str) -> None:
        layout = self.layout
        painter.setPen(_pen(layout, RULE_PT, QUIET_INK))
        painter.drawLine(QPointF(x, y), QPointF(x + layout.width, y))
        painter.setFont(layout.small)
        painter.setPen(INK)
        painter.drawText(QRectF(x, y + self.rule_h, self.text_w, self.text_h), _WRAP, self.text)
        rect = QRectF(x + layout.width - self.label_w, y + self.rule_h, self.label_w, self.text_h)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, page_label)
