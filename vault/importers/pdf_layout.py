"""Lines of a PDF page rebuilt from where its text is drawn (runs inside the PDF child).

pypdf's ``extract_text`` decides line breaks and spaces from the order of the drawing operators
and from its own guess of widths, and codes suffer in ways a user feels: a code drawn as two
runs (report engines, ``drawString``) comes out on two lines; letter-spaced codes, and codes
whose every glyph is placed on its own (Qt, wkhtmltopdf), get spaces inside them. So this
module runs the page's content stream itself, with pypdf only parsing the stream and decoding
the fonts, places every string it shows, and rebuilds lines the way a reader sees them (as
``pdftotext`` does):

- strings drawn one after another on one baseline form one line, sorted left to right; a change
  of baseline starts a new line, so lines keep drawing order (a column drawn after a column
  stays in reading order). A line drawn later on an earlier line's baseline, right next to it,
  joins it (numbers drawn before the codes beside them);
- between two strings goes a space only where the gap is a real word gap for the font size,
  with the letter-spacing around it discounted, and a wider "column" gap where the cells of a
  table row sit far apart;
- characters under a horizontal line through their middle band are reported as struck through.

The child falls back to pypdf's own text extraction if this interpreter fails on a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Word and column gaps, in ems of the larger of the two glyphs' sizes. A space in common fonts is
# 0.25-0.33 em and kerning stays under 0.1 em; letter-spacing seen around a gap is discounted.
WORD_GAP_EM = 0.15
COLUMN_GAP_EM = 1.5
COLUMN_GAP = "    "  # what a column gap becomes: never read as the space inside a code
MAX_LETTER_SPACING_EM = 0.6  # more than this between every glyph is layout, not letter-spacing
_GAP_CONTEXT = 4  # gaps on each side that tell the letter-spacing around a gap
SAME_BASELINE_EM = 0.3  # baselines closer than this (in ems) are one line
_OVERLAP_EM = 0.5  # a later line may start this far inside an earlier one and still continue it
_SHORT_LINE = 4  # characters of a line that is only a number or a mark ("10.", "(12)", "☐")
_MERGE_LOOKBACK = 64  # earlier lines on one baseline a later line is compared with (bounds work)
DUPLICATE_EM = 0.2  # the same glyph drawn again this close is fake bold, not a second letter
MAX_FORM_DEPTH = 12  # form XObjects inside form XObjects; documents use one or two levels
MAX_FORM_CALLS = 500  # form XObjects drawn on one page (a "form bomb" draws millions)
MAX_STACK = 64  # q without Q
_DEFAULT_WIDTH = 500.0  # a glyph's width in thousandths of an em when the font does not say
_UNKNOWN = "\ufffd"  # a glyph of a font that cannot be read (what pypdf shows too)
_SPACE = 32  # the one byte word-spacing applies to (in one-byte encodings)
_CACHED_STRINGS = 4096  # decoded strings kept per font

# struck-through: a horizontal line or thin rectangle through the middle band of the text (not
# below the baseline, where underlines go), as a share of the font size above the baseline
_BAND_LOW = 0.15
_BAND_HIGH = 0.65
_THIN = 0.2  # a rectangle no taller than this many font sizes (or 3 units) is a line
_MIN_LINE_HEIGHT = 3.0
_HAIRLINE = 0.5

# annotations: strike-out marks and ink strokes mark text used; text fields' values are text
MAX_ANNOTATIONS = 500  # annotations read on one page
MAX_INK_POINTS = 2000  # points read of one ink stroke
MAX_FIELD_CHARS = 2000  # characters read of one field's value
INK_FLATNESS = 3.0  # an ink stroke this many times wider than tall crosses the text
HIDDEN_ANNOTATION = 2  # the "Hidden" bit of an annotation's /F flags
FIELD_FONT_SHARE = 0.6  # an automatic font size: this share of the field's height
FIELD_PADDING = 2.0  # points between a field's border and its text
FIELD_LEADING = 1.15  # line height of a multi-line field, in font sizes
FIELD_DESCENT = 0.2  # where the baseline sits above the bottom of the text, in font sizes
FIELD_GLYPH_EM = 0.55  # assumed glyph width in a field's value (its font is not read)

_RECT_NUMBERS = 4
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
Matrix = tuple[float, float, float, float, float, float]


class TooMuchTextError(Exception):
    """More text, or more nested drawing, than any code document holds: stop extracting."""


class Budget:
    """Characters still allowed, shared by all pages."""

    def __init__(self, chars: int) -> None:
        self.chars = chars

    def spend(self, chars: int) -> None:
        self.chars -= chars
        if self.chars < 0:
            raise TooMuchTextError


@dataclass(slots=True)
class Run:
    """One string drawn by one operator, in a frame turned so that its text runs left to right.

    Inside a string the glyphs follow each other with no gap but letter- and word-spacing, so a
    string is never split; where its characters sit is worked out only for strike-through.
    """

    text: str
    x0: float
    x1: float
    base: float
    size: float
    turn: int  # 0 upright, 1, 2, 3: quarter turns anticlockwise
    glyphs: list[tuple[str, float, bool]]  # as _Shown holds them
    spacing: tuple[float, float, float, float]  # font size, char and word spacing, scale
    origin: tuple[float, float, float, float]  # x, y on the page and the direction of the text


@dataclass(frozen=True)
class _Shown:
    """A string decoded with its font, and its width: computed once per font and string."""

    glyphs: list[tuple[str, float, bool]]  # unicode text, width in ems, single-byte space
    text: str
    width: float  # in ems, without letter- and word-spacing
    spaces: int  # glyphs that word-spacing applies to


@dataclass
class _Font:
    """What the interpreter needs of a font: text and width for each string it shows."""

    font: Any  # pypdf Font, or None when the font cannot be read
    width_scale: float  # glyph-space width units to ems
    cache: dict[bytes, _Shown] = field(default_factory=dict)

    def show(self, data: bytes) -> _Shown:
        """The string ``data`` in this font."""
        known = self.cache.get(data)
        if known is not None:
            return known
        glyphs = self._glyphs(data)
        shown = _Shown(
            glyphs,
            "".join(text for text, _, _ in glyphs),
            sum(width for _, width, _ in glyphs),
            sum(is_space for _, _, is_space in glyphs),
        )
        if len(self.cache) < _CACHED_STRINGS:
            self.cache[data] = shown
        return shown

    def _glyphs(self, data: bytes) -> list[tuple[str, float, bool]]:
        font = self.font
        if font is None:
            return [(_UNKNOWN, _DEFAULT_WIDTH * self.width_scale, b == _SPACE) for b in data]
        out: list[tuple[str, float, bool]] = []
        widths = font.character_widths
        default = widths.get("default", _DEFAULT_WIDTH)
        cmap = font.character_map
        encoding = font.encoding
        if isinstance(encoding, dict):
            for byte in data:
                raw = chr(byte)
                char = encoding.get(byte, raw)
                text = cmap.get(char, char)
                out.append((text, widths.get(raw, default) * self.width_scale, byte == _SPACE))
            return out
        try:
            decoded = data.decode(encoding, "surrogatepass")
        except (UnicodeDecodeError, LookupError):
            decoded = data.decode("utf-16-be" if len(data) % 2 == 0 else "latin-1", "replace")
        for char in decoded:
            text = cmap.get(char, char)
            out.append((text, widths.get(char, default) * self.width_scale, False))
        return out


_NO_FONT = _Font(None, 0.001)  # text shown before any font is set, or in a font not found


@dataclass
class Graphics:
    """The graphics and text state that ``q`` saves and ``Q`` restores."""

    ctm: Matrix = _IDENTITY
    font: _Font | None = None
    size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0

    def copy(self) -> Graphics:
        return Graphics(
            self.ctm,
            self.font,
            self.size,
            self.char_spacing,
            self.word_spacing,
            self.scale,
            self.leading,
            self.rise,
        )


def _multiply(a: Matrix, b: Matrix) -> Matrix:
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def _number(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if abs(number) < 1e9 else 0.0  # absurd values (and NaN) count as 0


def _matrix(values: Any) -> Matrix | None:
    if not isinstance(values, (list, tuple)) or len(values) < 6:
        return None
    m = tuple(_number(v) for v in values[:6])
    return (m[0], m[1], m[2], m[3], m[4], m[5])


class PageReader:
    """Runs one page's content stream and collects the strings it shows and its strokes."""

    def __init__(self, pdf: Any, budget: Budget) -> None:
        self.pdf = pdf
        self.budget = budget
        self.runs: list[Run] = []
        self.strokes: list[tuple[float, float, float, float]] = []  # x0, x1, y0, y1
        self.form_calls = 0
        self.drawing: set[int] = set()  # forms being drawn (a form that draws itself is skipped)
        self.parsed: dict[int, list[tuple[Any, bytes]]] = {}  # operations of each stream
        self.fonts: dict[int, _Font] = {}

    # the interpreter ---------------------------------------------------------------------------

    def run(self, content: Any, resources: Any, graphics: Graphics, depth: int = 0) -> None:
        from pypdf.generic import ContentStream

        operations = self.parsed.get(id(content))
        if operations is None:  # strings as bytes: the font, not pypdf, says what they mean
            operations = ContentStream(content, self.pdf, "bytes").operations
            self.parsed[id(content)] = operations
        fonts = _dictionary(resources, "/Font")
        stack: list[Graphics] = []
        tm: Matrix = _IDENTITY
        line: Matrix = _IDENTITY
        point: tuple[float, float] | None = None
        g = graphics
        for operands, op in operations:
            if op == b"Tj" or op == b"TJ" or op == b"'" or op == b'"':
                if op != b"Tj" and op != b"TJ":
                    if op == b'"' and len(operands) >= 3:
                        g.word_spacing = _number(operands[0])
                        g.char_spacing = _number(operands[1])
                    line = _multiply((1.0, 0.0, 0.0, 1.0, 0.0, -g.leading), line)
                    tm = line
                if not operands:
                    continue
                if op == b"TJ":
                    items = operands[0] if isinstance(operands[0], list) else []
                else:
                    items = [operands[-1]]
                for item in items:
                    if isinstance(item, bytes):  # strings are parsed as bytes (see above)
                        tm = self._show(item, tm, g)
                    else:
                        shift = -_number(item) / 1000.0 * g.size * g.scale
                        tm = (
                            tm[0],
                            tm[1],
                            tm[2],
                            tm[3],
                            tm[4] + shift * tm[0],
                            tm[5] + shift * tm[1],
                        )
            elif op == b"Td" or op == b"TD":
                if len(operands) >= 2:
                    tx, ty = _number(operands[0]), _number(operands[1])
                    if op == b"TD":
                        g.leading = -ty
                    line = _multiply((1.0, 0.0, 0.0, 1.0, tx, ty), line)
                    tm = line
            elif op == b"Tm":
                matrix = _matrix(operands)
                if matrix is not None:
                    tm = line = matrix
            elif op == b"T*":
                line = _multiply((1.0, 0.0, 0.0, 1.0, 0.0, -g.leading), line)
                tm = line
            elif op == b"BT":
                tm = line = _IDENTITY
            elif op == b"Tf":
                if len(operands) >= 2:
                    g.font = self._font(fonts, operands[0])
                    g.size = _number(operands[1])
            elif op == b"Tc":
                g.char_spacing = _number(operands[0]) if operands else 0.0
            elif op == b"Tw":
                g.word_spacing = _number(operands[0]) if operands else 0.0
            elif op == b"Tz":
                g.scale = _number(operands[0]) / 100.0 if operands else 1.0
            elif op == b"TL":
                g.leading = _number(operands[0]) if operands else 0.0
            elif op == b"Ts":
                g.rise = _number(operands[0]) if operands else 0.0
            elif op == b"q":
                if len(stack) < MAX_STACK:
                    stack.append(g.copy())
            elif op == b"Q":
                if stack:
                    g = stack.pop()
            elif op == b"cm":
                matrix = _matrix(operands)
                if matrix is not None:
                    g.ctm = _multiply(matrix, g.ctm)
            elif op == b"re":
                if len(operands) == 4:
                    x, y, w, h = (_number(v) for v in operands)
                    x0, y0 = _apply(g.ctm, x, y)
                    x1, y1 = _apply(g.ctm, x + w, y + h)
                    self._stroke(x0, x1, y0, y1, rectangle=True)
            elif op == b"m":
                if len(operands) == 2:
                    point = _apply(g.ctm, _number(operands[0]), _number(operands[1]))
            elif op == b"l":
                if len(operands) == 2 and point is not None:
                    end = _apply(g.ctm, _number(operands[0]), _number(operands[1]))
                    self._stroke(point[0], end[0], point[1], end[1], rectangle=False)
                    point = end
            elif op == b"Do" and operands:
                self._form(resources, operands[0], g, depth)

    def _show(self, data: bytes, tm: Matrix, g: Graphics) -> Matrix:
        font = g.font if g.font is not None else _NO_FONT
        shown = font.show(bytes(data))
        self.budget.spend(len(shown.glyphs))
        advance = (
            shown.width * g.size
            + g.char_spacing * len(shown.glyphs)
            + g.word_spacing * shown.spaces
        ) * g.scale
        if shown.text and g.size:
            self._place(shown, _multiply(tm, g.ctm), advance, g)
        return (tm[0], tm[1], tm[2], tm[3], tm[4] + advance * tm[0], tm[5] + advance * tm[1])

    def _place(self, shown: _Shown, m: Matrix, advance: float, g: Graphics) -> None:
        """Record a string drawn at text-to-page matrix ``m`` that advances ``advance``."""
        a, b, c, d, e, f = m
        height = (c * c + d * d) ** 0.5
        size = abs(g.size) * height
        if size == 0:
            return
        e, f = e + g.rise * c, f + g.rise * d
        x1, y1 = e + advance * a, f + advance * b
        turn = (0 if a > 0 else 2) if abs(a) >= abs(b) else (1 if b > 0 else 3)
        if turn == 0:
            start, end, base = e, x1, f
        elif turn == 1:
            start, end, base = f, y1, -e
        elif turn == 2:
            start, end, base = -e, -x1, -f
        else:
            start, end, base = -f, -y1, e
        self.runs.append(
            Run(
                shown.text,
                start,
                end,
                base,
                size,
                turn,
                shown.glyphs,
                (g.size, g.char_spacing, g.word_spacing, g.scale),
                (e, f, a, b),
            )
        )

    def _font(self, fonts: Any, name: Any) -> _Font:
        try:
            reference = fonts[name]
            font_dict = reference.get_object()
        except (KeyError, TypeError, AttributeError):
            return _NO_FONT
        known = self.fonts.get(id(font_dict))
        if known is not None:
            return known
        from pypdf.generic._font import Font

        read_font = Font.from_font_resource  # another pypdf: fails here, and pypdf's text is used
        font: Any
        try:
            font = read_font(font_dict)
        except (AttributeError, TypeError, KeyError, ValueError, IndexError):
            font = None  # a broken font: its glyphs show as U+FFFD, as pypdf shows them
        scale = 0.001
        if font_dict.get("/Subtype") == "/Type3":
            matrix = _matrix(font_dict.get("/FontMatrix"))
            if matrix is not None and matrix[0]:
                scale = abs(matrix[0])
        made = _Font(font, scale)
        self.fonts[id(font_dict)] = made
        return made

    def _form(self, resources: Any, name: Any, g: Graphics, depth: int) -> None:
        if depth >= MAX_FORM_DEPTH or self.form_calls >= MAX_FORM_CALLS:
            raise TooMuchTextError  # a "form bomb": no code document nests drawings like this
        xobjects = _dictionary(resources, "/XObject")
        try:
            form = xobjects[name].get_object()
        except (KeyError, TypeError, AttributeError):
            return
        if form.get("/Subtype") != "/Form" or id(form) in self.drawing:
            return  # a picture, or a form that draws itself (a broken file): nothing to read
        self.form_calls += 1
        inner = g.copy()
        matrix = _matrix(form.get("/Matrix"))
        if matrix is not None:
            inner.ctm = _multiply(matrix, inner.ctm)
        own = form.get("/Resources")
        self.drawing.add(id(form))
        try:
            self.run(form, own.get_object() if own is not None else resources, inner, depth + 1)
        finally:
            self.drawing.discard(id(form))

    def _stroke(self, x0: float, x1: float, y0: float, y1: float, *, rectangle: bool) -> None:
        height = abs(y1 - y0)
        width = abs(x1 - x0)
        if width > 0 and (
            height < _HAIRLINE or (rectangle and height <= _MIN_LINE_HEIGHT and width > 3 * height)
        ):
            self.strokes.append((min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)))

    # annotations -------------------------------------------------------------------------------

    def annotations(self, annots: Any) -> None:
        """Read what a PDF viewer or a form adds on top of the page.

        Strike-out marks and ink strokes drawn across text mark it struck through (a highlight
        does not); the values typed into a form's text fields are text of the page, placed where
        the field is.
        """
        try:
            items = annots.get_object() if annots is not None else []
        except AttributeError:
            return
        if not isinstance(items, list):
            return
        for reference in items[:MAX_ANNOTATIONS]:
            try:
                annot = reference.get_object()
                subtype = annot.get("/Subtype")
                if subtype == "/StrikeOut":
                    self._strike_out(annot)
                elif subtype == "/Ink":
                    self._ink(annot)
                elif subtype == "/Widget":
                    self._field_value(annot)
            except (AttributeError, TypeError, KeyError, ValueError, IndexError):
                continue  # a broken annotation: the page's own text still counts

    def _strike_out(self, annot: Any) -> None:
        quads = annot.get("/QuadPoints")
        values = [_number(v) for v in quads[: 8 * MAX_ANNOTATIONS]] if quads else []
        if len(values) < 8:
            rect = _rectangle(annot)
            if rect is not None:
                values = [rect[0], rect[3], rect[2], rect[3], rect[0], rect[1], rect[2], rect[1]]
        for i in range(0, len(values) - 7, 8):
            xs, ys = values[i : i + 8 : 2], values[i + 1 : i + 8 : 2]
            middle = sum(ys) / 4
            self.strokes.append((min(xs), max(xs), middle, middle))

    def _ink(self, annot: Any) -> None:
        paths = annot.get("/InkList")
        strokes: list[list[float]] = []
        if isinstance(paths, list) and paths:
            for path in paths[:MAX_ANNOTATIONS]:
                strokes.append([_number(v) for v in path.get_object()[: 2 * MAX_INK_POINTS]])
        else:
            rect = _rectangle(annot)
            if rect is not None:
                strokes.append([rect[0], (rect[1] + rect[3]) / 2, rect[2], (rect[1] + rect[3]) / 2])
        for points in strokes:
            xs, ys = points[0::2], points[1::2]
            if len(xs) < 2 or len(ys) < 2:
                continue
            width, height = max(xs) - min(xs), max(ys) - min(ys)
            if width > INK_FLATNESS * height:  # a line across, not a tick or a circle
                middle = sum(ys) / len(ys)
                self.strokes.append((min(xs), max(xs), middle, middle))

    def _field_value(self, annot: Any) -> None:
        field = annot
        kind = annot.get("/FT")
        value = annot.get("/V")
        flags = annot.get("/F", 0)
        parent = annot.get("/Parent")
        if parent is not None and (kind is None or value is None):
            parent = parent.get_object()
            kind = kind if kind is not None else parent.get("/FT")
            value = value if value is not None else parent.get("/V")
            field = parent
        if kind != "/Tx" or not isinstance(value, str) or not value.strip():
            return
        if isinstance(flags, int) and flags & HIDDEN_ANNOTATION:
            return
        rect = _rectangle(annot)
        if rect is None:
            return
        x0, y0, _, y1 = rect
        appearance = str(annot.get("/DA") or field.get("/DA") or "")
        size = _field_font_size(appearance) or FIELD_FONT_SHARE * (y1 - y0)
        if size <= 0:
            return
        text_lines = value[:MAX_FIELD_CHARS].replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.budget.spend(sum(len(t) for t in text_lines))
        multiline = len(text_lines) > 1
        for number, text in enumerate(text_lines):
            if not text.strip():
                continue
            if multiline:
                base = y1 - FIELD_PADDING - size * (1 + number * FIELD_LEADING)
            else:
                base = y0 + (y1 - y0 - size) / 2 + FIELD_DESCENT * size
            start = x0 + FIELD_PADDING
            glyphs = [(ch, FIELD_GLYPH_EM, ch == " ") for ch in text]
            end = start + FIELD_GLYPH_EM * size * len(text)
            self.runs.append(
                Run(
                    text,
                    start,
                    end,
                    base,
                    size,
                    0,
                    glyphs,
                    (size, 0.0, 0.0, 1.0),
                    (start, base, 1.0, 0.0),
                )
            )

    # from runs to lines --------------------------------------------------------------------------

    def text(self) -> tuple[str, list[list[int]]]:
        """The page's text, one line per line of runs, and the struck-through ranges in it."""
        out: list[str] = []
        struck: list[list[int]] = []
        length = 0
        for line in _lines(self.runs):
            if out:
                out.append("\n")
                length += 1
            for run, text in _join(line):
                if run is not None and self.strokes and run.turn == 0:
                    for offset in self._struck_characters(run):
                        position = length + offset
                        if struck and struck[-1][1] == position:
                            struck[-1][1] = position + 1
                        else:
                            struck.append([position, position + 1])
                out.append(text)
                length += len(text)
        return "".join(out), struck

    def _struck_characters(self, run: Run) -> list[int]:
        """Offsets in the run's text of the characters a stroke runs through."""
        size, char_spacing, word_spacing, scale = run.spacing
        x, y, dx, _ = run.origin
        height = run.size
        low, high = y + _BAND_LOW * height, y + _BAND_HIGH * height
        thin = max(_THIN * height, _MIN_LINE_HEIGHT)
        strokes = [
            (x0, x1)
            for x0, x1, y0, y1 in self.strokes
            if low <= (y0 + y1) / 2 <= high and y1 - y0 <= thin
        ]
        if not strokes:
            return []
        offsets: list[int] = []
        advance = 0.0
        offset = 0
        for text, width, is_space in run.glyphs:
            centre = x + (advance + width * size * scale / 2) * dx
            if not text.isspace() and any(x0 <= centre <= x1 for x0, x1 in strokes):
                offsets.extend(range(offset, offset + len(text)))
            advance += (width * size + char_spacing + (word_spacing if is_space else 0.0)) * scale
            offset += len(text)
        return offsets


def _rectangle(annot: Any) -> tuple[float, float, float, float] | None:
    rect = annot.get("/Rect")
    if not isinstance(rect, list) or len(rect) != _RECT_NUMBERS:
        return None
    a, b, c, d = (_number(v) for v in rect)
    return (min(a, c), min(b, d), max(a, c), max(b, d))


def _field_font_size(appearance: str) -> float:
    """The font size in a field's default appearance ("/Helv 10 Tf 0 g"); 0 means automatic."""
    parts = appearance.split()
    for i, part in enumerate(parts):
        if part == "Tf" and i >= 1:
            return _number(parts[i - 1])
    return 0.0


def _dictionary(resources: Any, key: str) -> Any:
    try:
        value = resources.get(key)
        return value.get_object() if value is not None else {}
    except AttributeError:
        return {}


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _lines(runs: list[Run]) -> list[list[Run]]:
    """Runs on one baseline, as lines in drawing order, each sorted left to right.

    Runs drawn one after another on one baseline are a line. A line drawn later on the baseline
    of an earlier one, and next to it (not a column gap away), joins it: some producers draw
    all the numbers of a list, or all the text of one font, before the rest.
    """
    lines: list[list[Run]] = []
    current: list[Run] = []
    for run in runs:
        if (
            current
            and run.turn == current[0].turn
            and abs(run.base - current[0].base) <= SAME_BASELINE_EM * max(run.size, current[0].size)
        ):
            current.append(run)
            continue
        if current:
            lines.append(current)
        current = [run]
    if current:
        lines.append(current)
    if len(lines) > 1:
        lines = _merge_neighbours(lines)
    for line in lines:
        if any(line[i].x0 > line[i + 1].x0 for i in range(len(line) - 1)):
            line.sort(key=lambda r: r.x0)
    return lines


def _merge_neighbours(lines: list[list[Run]]) -> list[list[Run]]:
    """Lines joined to an earlier line on the same baseline that they continue or precede.

    One of the two must be short (a number, a bullet, a check box): two columns of codes drawn
    one after the other stay apart, in column order, however narrow the gap between them.
    """
    kept: list[list[Run]] = []
    spans: list[list[float]] = []  # per kept line: left end, right end, largest size
    by_baseline: dict[tuple[int, int], list[int]] = {}
    for line in lines:
        first = line[0]
        short = _is_short(line)
        size = max(run.size for run in line)
        start = min(run.x0 for run in line)
        end = max(run.x1 for run in line)
        bucket = round(first.base / max(size, 1.0))
        target = None
        for key in ((first.turn, bucket - 1), (first.turn, bucket), (first.turn, bucket + 1)):
            for index in by_baseline.get(key, [])[-_MERGE_LOOKBACK:]:
                other_start, other_end, other_size = spans[index]
                if abs(kept[index][0].base - first.base) > SAME_BASELINE_EM * max(size, other_size):
                    continue
                if not short and not _is_short(kept[index]):
                    continue
                gap = max(start - other_end, other_start - end)
                if -_OVERLAP_EM * size <= gap < COLUMN_GAP_EM * size:
                    target = index
                    break
            if target is not None:
                break
        if target is None:
            by_baseline.setdefault((first.turn, bucket), []).append(len(kept))
            kept.append(list(line))
            spans.append([start, end, size])
        else:
            kept[target].extend(line)
            span = spans[target]
            span[0], span[1], span[2] = min(span[0], start), max(span[1], end), max(span[2], size)
    return kept


def _is_short(line: list[Run]) -> bool:
    """Whether a line holds no more than a number or a mark ("10.", "•", "☐")."""
    return sum(len(run.text.strip()) for run in line) <= _SHORT_LINE


def _join(line: list[Run]) -> list[tuple[Run | None, str]]:
    """The line's runs with the spaces a reader sees between them (None marks a gap)."""
    kept: list[Run] = [line[0]]
    for run in line[1:]:
        last = kept[-1]
        if run.text == last.text and abs(run.x0 - last.x0) < DUPLICATE_EM * run.size:
            continue  # drawn twice for a bold look
        kept.append(run)
    if len(kept) == 1:
        return [(kept[0], kept[0].text)]
    gaps = [
        (kept[i + 1].x0 - kept[i].x1) / max(kept[i].size, kept[i + 1].size)
        for i in range(len(kept) - 1)
    ]
    # letter-spacing shows between glyphs drawn one by one; inside a string it is no gap at all
    single = [len(run.text) == 1 for run in kept]
    spaced = [single[i] and single[i + 1] for i in range(len(kept) - 1)]
    pieces: list[tuple[Run | None, str]] = [(kept[0], kept[0].text)]
    for i in range(1, len(kept)):
        run = kept[i]
        gap = gaps[i - 1]
        if gap >= COLUMN_GAP_EM:
            pieces.append((None, COLUMN_GAP))
        elif (
            gap >= WORD_GAP_EM
            and not kept[i - 1].text[-1:].isspace()
            and not run.text[:1].isspace()
            and (not spaced[i - 1] or gap >= WORD_GAP_EM + _letter_spacing(gaps, spaced, i - 1))
        ):
            pieces.append((None, " "))
        pieces.append((run, run.text))
    return pieces


def _letter_spacing(gaps: list[float], spaced: list[bool], index: int) -> float:
    """The spacing between letters around gap ``index``: the median of the gaps around it
    between glyphs drawn one by one."""
    low, high = max(0, index - _GAP_CONTEXT), index + 1 + _GAP_CONTEXT
    around = [gap for i, gap in enumerate(gaps[low:high], start=low) if i != index and spaced[i]]
    if not around:
        return 0.0
    around.sort()
    middle = around[len(around) // 2]
    return min(max(middle, 0.0), MAX_LETTER_SPACING_EM)
