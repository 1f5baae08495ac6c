"""The child process that parses an untrusted PDF: a script, run as ``python -I -S pdf_child.py``.

PDF parsers have many denial-of-service bugs, so the parent never parses a PDF itself. This script
reads a length-prefixed JSON header and then the PDF bytes from stdin, caps its own memory
(RLIMIT_AS) and CPU time on POSIX before touching the bytes, and writes one JSON object to stdout:
``{"pages": [{"text": str, "struck": [[start, end], ...], "pictures": bool}]}`` or
``{"error": str, "detail": str}``.
A page's ``text`` has one line per line of the page, in reading order, separated by ``"\\n"``;
the cells of a table row are separated by ``pdf_lines.COLUMN_GAP``; ``struck`` lists the
``[start, end)`` character ranges of ``text`` drawn struck through; ``pictures`` says whether
the page draws a picture (a scanned page). Nothing is written to disk.

The PDF is read by PDFium (through pypdfium2's raw binding of its public C API): it places every
character with its exact box and tells which way its baseline runs, and its page objects give
the lines drawn on the page. The sibling ``pdf_lines.py`` (loaded by file, so the ``vault``
package's other modules stay out) rebuilds the lines a reader sees from those positions. The
child imports no more than it needs, so it starts fast (the parent waits for it).
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING or __package__:  # imported as part of the package (frozen app, benchmark)
    from vault.importers import pdf_lines
else:  # run as a script: load the sibling file without importing the vault package

    def _sibling(name: str) -> Any:
        from importlib.util import module_from_spec, spec_from_file_location
        from pathlib import Path

        spec = spec_from_file_location(name, Path(__file__).with_name(name + ".py"))
        if spec is None or spec.loader is None:
            raise ImportError(name)
        module = module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while they are made
        spec.loader.exec_module(module)
        return module

    pdf_lines = _sibling("pdf_lines")

HEADER_LENGTH_BYTES = 4
Matrix = tuple[float, float, float, float, float, float]
MAX_FORM_DEPTH = 12  # form XObjects inside form XObjects searched for drawn lines
MAX_OBJECTS = 20_000  # page objects looked at on one page for drawn lines
MAX_PATH_SEGMENTS = 64  # a path with more segments is a picture: only its outline counts
MAX_ANNOTATIONS = 500  # annotations read on one page
MAX_INK_POINTS = 2000  # points read of one ink stroke
INK_FLATNESS = 3.0  # an ink stroke this many times wider than tall crosses the text
MAX_FIELD_CHARS = 2000  # characters read of one form field's value
MAX_FIELD_FONT = 1000.0  # a larger font size in a field's appearance is nonsense
FIELD_FONT_SHARE = 0.6  # an automatic font size: this share of the field's height
FIELD_PADDING = 2.0  # points between a field's border and its text
FIELD_LEADING = 1.15  # line height of a multi-line field, in font sizes
FIELD_DESCENT = 0.2  # where the baseline sits above the bottom of the text, in font sizes
FIELD_GLYPH_EM = 0.55  # assumed glyph width in a field's value (its font is not read)
_SURROGATES = range(0xD800, 0xE000)
_LAST_CODE_POINT = 0x10FFFF
_UNKNOWN = "\ufffd"
# PDFium's stand-ins for a hyphen that ends a line (a real "-" is drawn there): FPDFText_GetUnicode
# gives 2, FPDFText_GetText gives U+FFFE
_PDFIUM_HYPHENS = frozenset((2, 0xFFFE))


class TooMuchTextError(Exception):
    """More text than any code document holds: stop extracting."""


def main() -> None:
    stdin = sys.stdin.buffer
    size = int.from_bytes(stdin.read(HEADER_LENGTH_BYTES), "big")
    header = json.loads(stdin.read(size))
    sys.path[:0] = [p for p in header["path"] if p not in sys.path]
    _pdfium()  # PDFium is mapped before the bound, which is for the document
    memory, in_use = int(header["memory"]), _address_space()
    _limit(memory, int(header["cpu_seconds"]))
    try:
        if in_use > memory:  # a bound below what this reader needs to start
            raise MemoryError
        data = stdin.read()  # the document counts against the bound too
        result = extract(
            data, header.get("password"), int(header["max_pages"]), int(header["max_chars"])
        )
    except TooMuchTextError:
        result = {"error": "too_large", "detail": "text"}
    except MemoryError:
        result = {"error": "too_large", "detail": "memory"}
    except RecursionError:
        result = {"error": "damaged", "detail": "recursion"}
    except Exception as exc:
        result = {"error": "damaged", "detail": type(exc).__name__}
    sys.stdout.write(json.dumps(result))
    sys.stdout.flush()


def _pdfium() -> Any:
    """PDFium's raw binding, the library initialised (once; again is harmless).

    ``pypdfium2_raw`` alone, not ``pypdfium2``: the helper package around it loads ``logging``
    and its own classes, which this child never uses (some 40 ms of its start).
    """
    import pypdfium2_raw as pdfium  # type: ignore[import-untyped]

    config = pdfium.FPDF_LIBRARY_CONFIG(
        version=2, m_pUserFontPaths=None, m_pIsolate=None, m_v8EmbedderSlot=0
    )
    pdfium.FPDF_InitLibraryWithConfig(config)  # (PDFium returns at once if it already is)
    return pdfium


def _address_space() -> int:
    """Bytes of address space this process holds (Linux; 0 where it cannot be read).

    The memory bound caps the whole address space: one below what the reader already holds is
    refused outright, rather than left to whatever room the allocator has spare (which varies
    with what was loaded before).
    """
    try:
        with open("/proc/self/statm", "rb") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    import os

    return pages * os.sysconf("SC_PAGE_SIZE")


def _limit(memory: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:
        return  # Windows: the parent's time bound is all there is
    for which, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu_seconds)):
        _soft, hard = resource.getrlimit(which)
        if hard == resource.RLIM_INFINITY or value <= hard:
            resource.setrlimit(which, (value, hard))


def extract(data: bytes, password: str | None, max_pages: int, max_chars: int) -> dict[str, Any]:
    """Every page's text and struck ranges, or an error; at most ``max_chars`` characters."""
    pdfium = _pdfium()
    # PDFium tries the password as given and in the encoding older encryption expects (Latin-1)
    secret = password.encode("utf-8") if password else None
    document = pdfium.FPDF_LoadMemDocument64(data, len(data), secret)  # reads ``data`` in place
    if not document:
        error = pdfium.FPDF_GetLastError()
        if error == pdfium.FPDF_ERR_PASSWORD:
            return {"error": "wrong_password" if password else "encrypted", "detail": ""}
        return {"error": "damaged", "detail": f"pdfium error {error}"}
    try:
        count = pdfium.FPDF_GetPageCount(document)
        if count > max_pages:
            return {"error": "too_large", "detail": f"{count} pages"}
        budget = [max_chars]
        pages = []
        for index in range(count):
            page = pdfium.FPDF_LoadPage(document, index)
            if not page:
                return {"error": "damaged", "detail": f"page {index + 1}"}
            try:
                pages.append(read_page(pdfium, page, budget))
            finally:
                pdfium.FPDF_ClosePage(page)
        return {"pages": pages}
    finally:
        pdfium.FPDF_CloseDocument(document)


def read_page(pdfium: Any, page: Any, budget: list[int]) -> dict[str, Any]:
    """One page's text rebuilt from where its characters are drawn (see ``pdf_lines``)."""
    glyphs = _glyphs(pdfium, page, budget)
    boxes = _drawn_lines(pdfium, page)
    boxes += _annotation_lines(pdfium, page, glyphs, budget)
    text, struck = pdf_lines.page_text(glyphs, boxes, pdfium.FPDFPage_GetRotation(page))
    return {"text": text, "struck": struck, "pictures": _draws_pictures(pdfium, page)}


def _draws_pictures(pdfium: Any, page: Any) -> bool:
    """Whether the page draws a picture (a scanned page among typed ones is read by OCR)."""
    objects = [
        pdfium.FPDFPage_GetObject(page, i)
        for i in range(min(pdfium.FPDFPage_CountObjects(page), MAX_OBJECTS))
    ]
    for _depth in range(MAX_FORM_DEPTH + 1):
        kinds = [pdfium.FPDFPageObj_GetType(obj) for obj in objects]
        if pdfium.FPDF_PAGEOBJ_IMAGE in kinds:
            return True
        forms = [
            obj
            for obj, kind in zip(objects, kinds, strict=True)
            if kind == pdfium.FPDF_PAGEOBJ_FORM
        ]
        objects = [
            pdfium.FPDFFormObj_GetObject(form, i)
            for form in forms
            for i in range(min(pdfium.FPDFFormObj_CountObjects(form), MAX_OBJECTS))
        ][:MAX_OBJECTS]
    return False


def _glyphs(pdfium: Any, page: Any, budget: list[int]) -> list[pdf_lines.Glyph]:
    """Every character PDFium places on the page, but spaces and line breaks.

    Spaces are left out: PDFium makes some up, and where words part is told by the gaps
    between the glyphs. One text object's characters share their direction and size.
    """
    from ctypes import addressof, c_double

    textpage = pdfium.FPDFText_LoadPage(page)
    if not textpage:
        return []
    try:
        count = pdfium.FPDFText_CountChars(textpage)
        budget[0] -= max(count, 0)
        if budget[0] < 0:
            raise TooMuchTextError
        texts = _characters(pdfium, textpage, count)
        x, y = c_double(), c_double()
        box = pdfium.FS_RECTF()
        matrix = pdfium.FS_MATRIX()
        styles: dict[int, tuple[float, float, int, float] | None] = {}  # per text object
        glyph = pdf_lines.Glyph
        out: list[pdf_lines.Glyph] = []
        for index, text in enumerate(texts):
            if text.isspace():
                continue
            owner = pdfium.FPDFText_GetTextObject(textpage, index)
            key = addressof(owner.contents) if owner else 0
            if key in styles:
                style = styles[key]
            else:
                style = styles[key] = _style(pdfium, textpage, index, matrix)
            if style is None or not pdfium.FPDFText_GetCharOrigin(textpage, index, x, y):
                continue
            dx, dy, turn, size = style
            pdfium.FPDFText_GetLooseCharBox(textpage, index, box)
            advance = (box.right - box.left) if turn % 2 == 0 else (box.top - box.bottom)
            out.append(glyph(text, x.value, y.value, dx, dy, advance, size, len(out)))
        return out
    finally:
        pdfium.FPDFText_ClosePage(textpage)


def _characters(pdfium: Any, textpage: Any, count: int) -> list[str]:
    """The text of each character index of the page."""
    from ctypes import c_ushort

    if count <= 0:
        return []
    buffer = (c_ushort * (count + 1))()
    written = pdfium.FPDFText_GetText(textpage, 0, count, buffer)
    if written - 1 == count and not any(0xD800 <= unit < 0xE000 for unit in buffer[:count]):
        codes = list(buffer[:count])  # one UTF-16 unit per character: the fast way
    else:
        codes = [pdfium.FPDFText_GetUnicode(textpage, index) for index in range(count)]
    return [_character(code) for code in codes]


def _character(code: int) -> str:
    if code in _PDFIUM_HYPHENS:
        return "-"
    if code == 0 or code in _SURROGATES or code > _LAST_CODE_POINT:
        return _UNKNOWN
    return chr(code)


def _style(
    pdfium: Any, textpage: Any, index: int, matrix: Any
) -> tuple[float, float, int, float] | None:
    """The direction of a character's baseline, its quarter turn and its size on the page."""
    if not pdfium.FPDFText_GetMatrix(textpage, index, matrix):
        return None
    length = (matrix.a * matrix.a + matrix.b * matrix.b) ** 0.5
    height = (matrix.c * matrix.c + matrix.d * matrix.d) ** 0.5
    size = pdfium.FPDFText_GetFontSize(textpage, index) * height
    if length == 0 or size <= 0:
        return None
    dx, dy = matrix.a / length, matrix.b / length
    return dx, dy, pdf_lines.turn_of(dx, dy), size


def _drawn_lines(pdfium: Any, page: Any) -> list[pdf_lines.Box]:
    """The boxes of the straight lines and the outlines of the shapes drawn on the page."""
    boxes: list[pdf_lines.Box] = []
    seen = [0]
    objects = [
        pdfium.FPDFPage_GetObject(page, i) for i in range(pdfium.FPDFPage_CountObjects(page))
    ]
    _walk(pdfium, objects, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), 0, boxes, seen)
    return boxes


def _walk(
    pdfium: Any,
    objects: list[Any],
    outer: Matrix,
    depth: int,
    boxes: list[pdf_lines.Box],
    seen: list[int],
) -> None:
    matrix = pdfium.FS_MATRIX()
    for obj in objects:
        seen[0] += 1
        if seen[0] > MAX_OBJECTS:
            return
        kind = pdfium.FPDFPageObj_GetType(obj)
        if kind not in (pdfium.FPDF_PAGEOBJ_PATH, pdfium.FPDF_PAGEOBJ_FORM):
            continue
        if not pdfium.FPDFPageObj_GetMatrix(obj, matrix):
            continue
        own = _multiply((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        if kind == pdfium.FPDF_PAGEOBJ_FORM:
            if depth < MAX_FORM_DEPTH:
                inner = [
                    pdfium.FPDFFormObj_GetObject(obj, i)
                    for i in range(min(pdfium.FPDFFormObj_CountObjects(obj), MAX_OBJECTS))
                ]
                _walk(pdfium, inner, own, depth + 1, boxes, seen)
            continue
        _path(pdfium, obj, own, boxes)


def _path(pdfium: Any, obj: Any, matrix: Matrix, boxes: list[pdf_lines.Box]) -> None:
    """Each straight segment of a small path, and each of its closed shapes, as a box."""
    from ctypes import c_float

    count = pdfium.FPDFPath_CountSegments(obj)
    if count <= 0 or count > MAX_PATH_SEGMENTS:
        return
    x, y = c_float(), c_float()
    shape: list[tuple[float, float]] = []
    previous: tuple[float, float] | None = None
    for index in range(count):
        segment = pdfium.FPDFPath_GetPathSegment(obj, index)
        if not pdfium.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        point = _apply(matrix, x.value, y.value)
        kind = pdfium.FPDFPathSegment_GetType(segment)
        if kind == pdfium.FPDF_SEGMENT_MOVETO:
            _add_shape(shape, boxes)
            shape = [point]
        else:
            if kind == pdfium.FPDF_SEGMENT_LINETO and previous is not None:
                boxes.append(_box([previous, point]))
            shape.append(point)
        previous = point
    _add_shape(shape, boxes)


def _add_shape(shape: list[tuple[float, float]], boxes: list[pdf_lines.Box]) -> None:
    if len(shape) > 2:
        boxes.append(_box(shape))


def _box(points: list[tuple[float, float]]) -> pdf_lines.Box:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def _multiply(a: Matrix, b: Matrix) -> Matrix:
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _annotation_lines(
    pdfium: Any, page: Any, glyphs: list[pdf_lines.Glyph], budget: list[int]
) -> list[pdf_lines.Box]:
    """What a PDF viewer or a form adds on top of the page.

    A strike-out mark, or an ink stroke drawn across text, is a line through it (a highlight
    is not); the value typed into a form's text field is text of the page, placed in the field
    (added to ``glyphs``).
    """
    boxes: list[pdf_lines.Box] = []
    for index in range(min(pdfium.FPDFPage_GetAnnotCount(page), MAX_ANNOTATIONS)):
        annot = pdfium.FPDFPage_GetAnnot(page, index)
        if not annot:
            continue
        try:
            kind = pdfium.FPDFAnnot_GetSubtype(annot)
            if kind == pdfium.FPDF_ANNOT_STRIKEOUT:
                boxes += _strike_out(pdfium, annot)
            elif kind == pdfium.FPDF_ANNOT_INK:
                boxes += _ink(pdfium, annot)
            elif kind == pdfium.FPDF_ANNOT_WIDGET:
                glyphs += _field_value(pdfium, annot, len(glyphs), budget)
        finally:
            pdfium.FPDFPage_CloseAnnot(annot)
    return boxes


def _strike_out(pdfium: Any, annot: Any) -> list[pdf_lines.Box]:
    quad = pdfium.FS_QUADPOINTSF()
    marks = []
    for index in range(min(pdfium.FPDFAnnot_CountAttachmentPoints(annot), MAX_ANNOTATIONS)):
        if pdfium.FPDFAnnot_GetAttachmentPoints(annot, index, quad):
            xs = (quad.x1, quad.x2, quad.x3, quad.x4)
            middle = (quad.y1 + quad.y2 + quad.y3 + quad.y4) / 4
            marks.append((min(xs), middle, max(xs), middle))
    if not marks:
        rect = pdfium.FS_RECTF()
        if pdfium.FPDFAnnot_GetRect(annot, rect):
            middle = (rect.top + rect.bottom) / 2
            marks.append((min(rect.left, rect.right), middle, max(rect.left, rect.right), middle))
    return marks


def _ink(pdfium: Any, annot: Any) -> list[pdf_lines.Box]:
    marks = []
    for index in range(min(pdfium.FPDFAnnot_GetInkListCount(annot), MAX_ANNOTATIONS)):
        length = min(pdfium.FPDFAnnot_GetInkListPath(annot, index, None, 0), MAX_INK_POINTS)
        if length < 2:
            continue
        points = (pdfium.FS_POINTF * length)()
        pdfium.FPDFAnnot_GetInkListPath(annot, index, points, length)
        xs = [p.x for p in points]
        ys = [p.y for p in points]
        width, height = max(xs) - min(xs), max(ys) - min(ys)
        if width > INK_FLATNESS * height:  # a line across, not a tick or a circle
            middle = sum(ys) / len(ys)
            marks.append((min(xs), middle, max(xs), middle))
    return marks


def _field_value(pdfium: Any, annot: Any, order: int, budget: list[int]) -> list[pdf_lines.Glyph]:
    """The text typed into a form field, as glyphs spread over the field's box.

    The field's font is not read: its glyphs are taken to be ``FIELD_GLYPH_EM`` wide.
    """
    if pdfium.FPDFAnnot_GetFlags(annot) & pdfium.FPDF_ANNOT_FLAG_HIDDEN:
        return []
    if pdfium.FPDFAnnot_GetValueType(annot, b"V") != pdfium.FPDF_OBJECT_STRING:
        return []  # no value, or a check box's name
    value = _annotation_string(pdfium, annot, b"V")[:MAX_FIELD_CHARS]
    rect = pdfium.FS_RECTF()
    if not value.strip() or not pdfium.FPDFAnnot_GetRect(annot, rect):
        return []
    x0, y0 = min(rect.left, rect.right), min(rect.bottom, rect.top)
    y1 = max(rect.bottom, rect.top)
    size = _field_font_size(_annotation_string(pdfium, annot, b"DA"))
    size = size or FIELD_FONT_SHARE * (y1 - y0)
    if size <= 0:
        return []
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    budget[0] -= len(value)
    if budget[0] < 0:
        raise TooMuchTextError
    glyphs: list[pdf_lines.Glyph] = []
    for number, text in enumerate(lines):
        if len(lines) > 1:
            base = y1 - FIELD_PADDING - size * (1 + number * FIELD_LEADING)
        else:
            base = y0 + (y1 - y0 - size) / 2 + FIELD_DESCENT * size
        width = FIELD_GLYPH_EM * size
        for index, ch in enumerate(text):
            x = x0 + FIELD_PADDING + index * width
            glyphs.append(pdf_lines.Glyph(ch, x, base, 1.0, 0.0, width, size, order + len(glyphs)))
    return glyphs


def _annotation_string(pdfium: Any, annot: Any, key: bytes) -> str:
    from ctypes import c_ushort

    length = pdfium.FPDFAnnot_GetStringValue(annot, key, None, 0)  # bytes, with the final NUL
    if length <= 2:
        return ""
    buffer = (c_ushort * (length // 2))()
    pdfium.FPDFAnnot_GetStringValue(annot, key, buffer, length)
    return bytes(buffer)[: length - 2].decode("utf-16-le", "replace")


def _field_font_size(appearance: str) -> float:
    """The font size in a field's default appearance ("/Helv 10 Tf 0 g"); 0 means automatic."""
    parts = appearance.split()
    for i, part in enumerate(parts):
        if part == "Tf" and i >= 1:
            try:
                size = float(parts[i - 1])
            except ValueError:
                return 0.0
            return size if 0 < size < MAX_FIELD_FONT else 0.0
    return 0.0


if __name__ == "__main__":
    main()
