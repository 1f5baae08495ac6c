"""The child process that parses an untrusted PDF: a script, run as ``python -I -S pdf_child.py``.

pypdf has had many denial-of-service bugs, so the parent never parses a PDF itself. This script
reads a length-prefixed JSON header and then the PDF bytes from stdin, caps its own memory
(RLIMIT_AS) and CPU time on POSIX before touching the bytes, and writes one JSON object to stdout:
``{"pages": [{"text": str, "struck": [[start, end], ...]}]}`` or ``{"error": str, "detail": str}``.
Nothing is written to disk. It imports nothing from the ``vault`` package, and no more of the
standard library than it needs, so it starts fast (the parent also waits for it).

Struck-through text: a horizontal line or thin filled rectangle drawn through the middle band of
the text (not below the baseline, where underlines go) marks the characters under it. Positions
come from the text-showing operators; characters inside one operator are placed at half an em
each unless the next operator on the line says exactly where they end.
"""

from __future__ import annotations

import json
import sys
from typing import Any

HEADER_LENGTH_BYTES = 4
_EM_PER_CHAR = 0.5  # average advance of a character, in ems, when no better figure is known
_BAND_LOW = 0.15  # a strike line runs between these fractions of the font size above the baseline
_BAND_HIGH = 0.65
_THIN = 0.2  # a rectangle no taller than this many font sizes (or 3 units) is a line
_MIN_LINE_HEIGHT = 3.0
_SAME_BASELINE = 0.2  # fraction of the font size
_SHOW_TEXT = frozenset((b"Tj", b"TJ", b"'", b'"'))


def main() -> None:
    stdin = sys.stdin.buffer
    size = int.from_bytes(stdin.read(HEADER_LENGTH_BYTES), "big")
    header = json.loads(stdin.read(size))
    _limit(int(header["memory"]), int(header["cpu_seconds"]))
    data = stdin.read()
    sys.path[:0] = [p for p in header["path"] if p not in sys.path]
    try:
        result = _extract(
            data, header.get("password"), int(header["max_pages"]), int(header["max_chars"])
        )
    except _TooMuchTextError:
        result = {"error": "too_large", "detail": "text"}
    except MemoryError:
        result = {"error": "too_large", "detail": "memory"}
    except RecursionError:
        result = {"error": "damaged", "detail": "recursion"}
    except Exception as exc:
        result = {"error": "damaged", "detail": type(exc).__name__}
    sys.stdout.write(json.dumps(result))
    sys.stdout.flush()


def _limit(memory: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:
        return  # Windows: the parent's time bound is all there is
    for which, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu_seconds)):
        _soft, hard = resource.getrlimit(which)
        if hard == resource.RLIM_INFINITY or value <= hard:
            resource.setrlimit(which, (value, hard))


def _quiet_imports(data: bytes) -> None:
    """Keep pypdf from importing what text extraction never needs (startup time is the budget)."""
    import logging

    logging.disable(logging.WARNING)  # pypdf's warnings may quote the document
    sys.modules.setdefault("PIL", None)  # type: ignore[arg-type]  # images are never decoded
    if b"/Encrypt" not in data:
        # an unencrypted file needs no cipher library (cryptography takes ~20 ms to import)
        sys.modules.setdefault("cryptography", None)  # type: ignore[arg-type]
        sys.modules.setdefault("Crypto", None)  # type: ignore[arg-type]


def _import_pypdf_with_lazy_fonttools() -> None:
    """Import pypdf without importing fontTools (~10 ms), which it needs only for rare fonts.

    pypdf imports fontTools.ttLib eagerly but uses it only when a font lacks a Unicode map. The
    import is blocked while pypdf loads, then pypdf's module gets a stand-in that imports
    fontTools on first use. If pypdf's internals differ from what is expected here, fontTools
    is simply imported the ordinary way.
    """
    import importlib.util

    if importlib.util.find_spec("fontTools") is None or "fontTools" in sys.modules:
        import pypdf

        return
    sys.modules["fontTools"] = None  # type: ignore[assignment]
    try:
        import pypdf  # noqa: F401
        from pypdf.generic import _font
    finally:
        del sys.modules["fontTools"]
    if getattr(_font, "HAS_FONTTOOLS", True) is not False or hasattr(_font, "TTFont"):
        return
    from io import BytesIO

    def tt_font(*args: Any, **kwargs: Any) -> Any:
        from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

        return TTFont(*args, **kwargs)

    _font.BytesIO = BytesIO  # type: ignore[attr-defined]
    _font.TTFont = tt_font  # type: ignore[attr-defined]
    _font.HAS_FONTTOOLS = True


class _TooMuchTextError(Exception):
    """More text than any code document holds: stop extracting."""


def _extract(data: bytes, password: str | None, max_pages: int, max_chars: int) -> dict[str, Any]:
    _quiet_imports(data)
    _import_pypdf_with_lazy_fonttools()
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = PdfReader(BytesIO(data))
    if reader.is_encrypted:
        try:
            opened = reader.decrypt(password or "")
        except (DependencyError, NotImplementedError) as exc:
            return {"error": "damaged", "detail": type(exc).__name__}
        if not opened:
            return {"error": "wrong_password" if password else "encrypted", "detail": ""}
    tree: Any = reader.root_object["/Pages"].get_object()
    declared = tree.get("/Count", 0)
    if not isinstance(declared, int) or declared > max_pages:
        return {"error": "too_large", "detail": f"{declared} pages"}
    try:
        pages = reader.pages
        count = len(pages)
    except FileNotDecryptedError:
        return {"error": "encrypted", "detail": ""}
    if count > max_pages:
        return {"error": "too_large", "detail": f"{count} pages"}
    budget = _Budget(max_chars)
    return {"pages": [_page(pages[i], budget) for i in range(count)]}


class _Budget:
    """Characters still allowed, shared by all pages."""

    def __init__(self, chars: int) -> None:
        self.chars = chars

    def spend(self, chars: int) -> None:
        self.chars -= chars
        if self.chars < 0:
            raise _TooMuchTextError


class _PageVisitor:
    """Collects text chunks, text-showing operators and horizontal strokes of one page."""

    def __init__(self, budget: _Budget) -> None:
        self.budget = budget
        self.chunks: list[tuple[str, list[tuple[float, float, float, int]]]] = []
        self.pending: list[tuple[float, float, float, int]] = []  # x, y, size, units
        self.strokes: list[tuple[float, float, float, float]] = []  # x0, x1, y0, y1
        self.point: tuple[float, float] | None = None
        self.quote: bytes | None = None

    def text(self, text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text:
            self.budget.spend(len(text))
            # ' and " move to the next line before showing: the chunk they end is not theirs
            carried = self.pending[-1:] if self.quote is not None else []
            self.chunks.append((text, self.pending[: len(self.pending) - len(carried)]))
            self.pending = carried

    def operator(self, op: bytes, args: Any, cm: Any, tm: Any) -> None:
        self.quote = op if op in (b"'", b'"') else None
        if op in _SHOW_TEXT:
            self._show(op, args, cm, tm)
        elif op == b"Tf" and len(args) > 1:
            self.font_size = _number(args[1])
        elif op == b"re" and len(args) == 4:
            x, y, w, h = (_number(a) for a in args)
            x0, y0 = _apply(cm, x, y)
            x1, y1 = _apply(cm, x + w, y + h)
            self._stroke(x0, x1, y0, y1, rectangle=True)
        elif op == b"m" and len(args) == 2:
            self.point = _apply(cm, _number(args[0]), _number(args[1]))
        elif op == b"l" and len(args) == 2 and self.point is not None:
            x1, y1 = _apply(cm, _number(args[0]), _number(args[1]))
            x0, y0 = self.point
            self._stroke(x0, x1, y0, y1, rectangle=False)
            self.point = (x1, y1)

    font_size = 0.0

    def _show(self, op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"TJ":
            strings = args[0] if args else []
            units = sum(len(s) for s in strings if isinstance(s, (str, bytes)))
        else:
            units = len(args[-1]) if args and isinstance(args[-1], (str, bytes)) else 0
        m = _multiply(tm, cm)
        scale = (m[2] ** 2 + m[3] ** 2) ** 0.5
        self.pending.append((m[4], m[5], self.font_size * scale, units))

    def _stroke(self, x0: float, x1: float, y0: float, y1: float, *, rectangle: bool) -> None:
        height = abs(y1 - y0)
        width = abs(x1 - x0)
        if width > 0 and (
            height < 0.5 or (rectangle and height <= _MIN_LINE_HEIGHT and width > 3 * height)
        ):
            self.strokes.append((min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)))


def _page(page: Any, budget: _Budget) -> dict[str, Any]:
    visitor = _PageVisitor(budget)
    page.extract_text(visitor_text=visitor.text, visitor_operand_before=visitor.operator)
    if visitor.pending:
        visitor.chunks.append(("", visitor.pending))
    text = "".join(chunk for chunk, _ in visitor.chunks)
    struck = _struck(visitor) if visitor.strokes else []
    return {"text": text, "struck": struck}


def _struck(visitor: _PageVisitor) -> list[list[int]]:
    """Character ranges of the page text that a stroke runs through."""
    ranges: list[list[int]] = []
    offset = 0
    for chunk, ops in visitor.chunks:
        for index, (x, y, size) in enumerate(_positions(chunk, ops)):
            if size > 0 and any(
                x0 <= x <= x1
                and y + _BAND_LOW * size <= (y0 + y1) / 2 <= y + _BAND_HIGH * size
                and y1 - y0 <= max(_THIN * size, _MIN_LINE_HEIGHT)
                for x0, x1, y0, y1 in visitor.strokes
            ):
                position = offset + index
                if ranges and ranges[-1][1] == position:
                    ranges[-1][1] = position + 1
                else:
                    ranges.append([position, position + 1])
        offset += len(chunk)
    return ranges


def _positions(
    chunk: str, ops: list[tuple[float, float, float, int]]
) -> list[tuple[float, float, float]]:
    """Where each character of a chunk sits: shared out over the operators that drew it."""
    positions = [(0.0, 0.0, 0.0)] * len(chunk)
    if not ops:
        return positions
    total = sum(units for *_, units in ops) or 1
    visible = [i for i, ch in enumerate(chunk) if ch != "\n"]
    number, seen = 0, 0
    for rank, index in enumerate(visible):
        share = rank / len(visible) * total
        while number < len(ops) - 1 and share >= seen + ops[number][3]:
            seen += ops[number][3]
            number += 1
        x, y, size, units = ops[number]
        advance = _EM_PER_CHAR * size
        if number + 1 < len(ops):
            nx, ny, _, _ = ops[number + 1]
            if abs(ny - y) <= _SAME_BASELINE * size and nx > x and units:
                advance = min(advance, (nx - x) / units)
        positions[index] = (x + (share - seen + 0.5) * advance, y, size)
    return positions


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _multiply(a: Any, b: Any) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _apply(cm: Any, x: float, y: float) -> tuple[float, float]:
    return (cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5])


if __name__ == "__main__":
    main()
