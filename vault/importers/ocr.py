"""Reading codes from a picture (PNG, JPEG, WebP, HEIC) or an image-only PDF, through OCR.

The picture goes to a bounded child process (``ocr_child.py``) through a pipe, like a PDF to the
PDF child; its lines come back with each character's box and the engine's confidence. Here they
become what the PDF child's glyphs are (:class:`pdf_lines.Glyph`): the page is turned level (a
photo is rarely straight), each character is placed on its line's baseline, and
:func:`pdf_lines.page_text` rebuilds lines, table cells and reading order exactly as for a PDF.
The text then goes through the importer's usual pipeline, after which each code is checked for
characters the engine may have misread (:mod:`ocr_lookalikes`).
"""

from __future__ import annotations

import base64
import json
import math
import os
import re
import subprocess
import sys
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import Any

from vault.importers import ocr_lookalikes, ocr_rings
from vault.importers.limits import Limits
from vault.importers.ocr_lookalikes import Correction, Family
from vault.importers.pdf import child_command, child_reply
from vault.importers.pdf_lines import Glyph, page_text
from vault.importers.pdf_start import child_environment
from vault.importers.result import (
    Doubt,
    PictureReading,
    Region,
    ScanError,
    ScanFailure,
    ScanResult,
    Uncertain,
)

CHILD_SCRIPT = Path(__file__).with_name("ocr_child.py")
_HEADER_LENGTH_BYTES = 4  # matches ocr_child.HEADER_LENGTH_BYTES
FONT_SHARE_OF_BOX = 0.8  # an engine's line box is this much taller than the font size
MIN_LINE_FOR_SKEW = 3  # characters of a line whose slope tells the page's skew
UNKNOWN_SCORE = -1.0  # a character whose confidence the engine does not give
_MIDDLE_ITEM = 6  # a character's item in the child's reply that tells how dark its middle is
_POLL_SECONDS = 0.05  # how often a running child is checked for a cancel
_GROUP = re.compile(r"([A-Za-z0-9]+)([ -]?)")
MIN_SET_FOR_GROUPING = 3  # codes of a set before its grouping is given to the others
MIN_SHOWING_GROUPING = 2  # codes read with their separators that show the set's grouping
_ITEM_GLUED = re.compile(r"^(\d{1,3}[.)])(?=[A-Za-z0-9])")  # "1.1234 5678": an item number
_ERRORS = {failure.value: failure for failure in ScanFailure}

Progress = Callable[[int, int], None]  # pages done, pages in all
Cancelled = Callable[[], bool]


class NoEngineError(Exception):
    """No OCR engine is installed: the words for the user say how to get one (``ui/``)."""


class CancelledError(Exception):
    """The user cancelled the reading; the child was stopped."""


@dataclass
class OcrChar:
    """A character the engine read and placed, with its confidence (-1: the engine gives none)."""

    text: str
    score: float
    box: tuple[float, float, float, float]  # left, top, right, bottom in pixels
    middle: float = UNKNOWN_SCORE  # a 0, O or o: how dark its middle is (ocr_rings)


@dataclass
class OcrLine:
    """One line of text as the engine found it: its box (four corners) and its characters."""

    text: str
    quad: list[tuple[float, float]]
    chars: list[OcrChar] = field(default_factory=list)


@dataclass
class OcrPage:
    """One picture and the lines read from it."""

    width: int
    height: int
    lines: list[OcrLine]
    image: bytes | None = field(default=None, repr=False)  # a PDF page as rendered (PNG)


@dataclass
class OcrReading:
    """What the child read: the engine's name and every page."""

    engine: str
    pages: list[OcrPage]


def read_pictures(
    data: bytes,
    kind: str,
    password: str | None,
    limits: Limits,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    engine: str | None = None,
    pages: list[int] | None = None,
) -> OcrReading:
    """Every page's lines, read in a child process under ``limits``.

    ``kind`` is ``"image"`` or ``"pdf"`` (a PDF whose pages are pictures; only the ``pages``
    numbered, from 0, when given). Raises :class:`ScanError`, :class:`NoEngineError` or
    :class:`CancelledError`.
    """
    if not CHILD_SCRIPT.is_file():  # a bundle built without the OCR engine leaves it out
        raise NoEngineError("no OCR child")
    header = json.dumps(
        {
            "kind": kind,
            "password": password,
            "engine": engine,
            "pages": pages,
            "max_pages": limits.max_pdf_pages,
            "max_pixels": limits.max_image_pixels,
            "memory": limits.ocr_memory_bytes,
            "cpu_seconds": math.ceil(limits.ocr_timeout_seconds) * 4,  # threads add CPU time up
            "path": [p for p in sys.path if p and os.path.isdir(p)],
        }
    ).encode()
    message = len(header).to_bytes(_HEADER_LENGTH_BYTES, "big") + header + data
    stdout, status = _run_child(message, limits.ocr_timeout_seconds, progress, cancelled)
    reply = child_reply(stdout, status, "OCR child")
    if "error" in reply:
        if reply["error"] == "no_engine":
            raise NoEngineError(str(reply.get("detail", "")))
        failure = _ERRORS.get(str(reply["error"]), ScanFailure.DAMAGED)
        raise ScanError(failure, str(reply.get("detail", "")))
    return OcrReading(str(reply["engine"]), [_page(page) for page in reply["pages"]])


def _run_child(
    message: bytes, timeout: float, progress: Progress | None, cancelled: Cancelled | None
) -> tuple[bytes, int]:
    """The child's stdout and exit status; its ``page N/M`` lines on stderr go to ``progress``."""
    child = subprocess.Popen(
        child_command(CHILD_SCRIPT),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_environment(),
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flash on Windows
    )
    out: list[bytes] = []
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    stdin, stdout, stderr = child.stdin, child.stdout, child.stderr

    def feed() -> None:
        try:
            stdin.write(message)
            stdin.close()
        except OSError:
            pass  # the child ended early (killed, or failed): its reply says why

    def report() -> None:
        for raw in stderr:
            match = re.fullmatch(rb"page (\d+)/(\d+)\s*", raw)
            if match and progress is not None:
                progress(int(match.group(1)) - 1, int(match.group(2)))

    workers = [
        threading.Thread(target=feed, daemon=True),
        threading.Thread(target=report, daemon=True),
        threading.Thread(target=lambda: out.append(stdout.read()), daemon=True),
    ]
    for worker in workers:
        worker.start()
    deadline = time.monotonic() + timeout
    try:
        while child.poll() is None:
            if cancelled is not None and cancelled():
                raise CancelledError
            if time.monotonic() > deadline:
                raise ScanError(ScanFailure.TOO_LARGE, "OCR time bound reached")
            time.sleep(_POLL_SECONDS)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for worker in workers:
            worker.join()
        for stream in (stdin, stdout, stderr):
            stream.close()
    return (out[0] if out else b""), child.returncode


def _page(page: dict[str, Any]) -> OcrPage:
    lines = []
    for line in page["lines"]:
        chars = [
            OcrChar(
                str(c[0]),
                float(c[1]),
                (float(c[2]), float(c[3]), float(c[4]), float(c[5])),
                float(c[6]) if len(c) > _MIDDLE_ITEM else UNKNOWN_SCORE,
            )
            for c in line["chars"]
        ]
        quad = [(float(x), float(y)) for x, y in line["quad"]]
        lines.append(OcrLine(str(line["text"]), quad, chars))
    image = base64.b64decode(page["image"]) if page.get("image") else None
    return OcrPage(int(page["width"]), int(page["height"]), lines, image)


# from what the engine read to the importer's pipeline ----------------------------------------


@dataclass
class _Traced:
    """A letter or digit the engine read, traced to its page and box (for crops and doubts)."""

    text: str
    score: float
    page: int
    box: tuple[float, float, float, float]
    corrected: bool


@dataclass
class PageTexts:
    """The pages' text as the PDF child would give it, and every letter or digit traced back."""

    texts: list[str]
    family: Family
    corrections: list[Correction]
    traced: list[_Traced]


def to_text(reading: OcrReading) -> PageTexts:
    """Each page's text (lines, cells, reading order), after the family's rule corrected it."""
    flat = [line for page in reading.pages for line in page.lines]
    ocr_rings.reread(flat)
    family = ocr_lookalikes.family_of([line.text for line in flat])
    for line in flat:
        line.text = _ITEM_GLUED.sub(r"\1 ", _plain_forms(line.text))
    corrected, corrections = ocr_lookalikes.correct([line.text for line in flat], family)
    changed = {(c.line, c.index) for c in corrections}
    texts: list[str] = []
    traced: list[_Traced] = []
    number = 0
    for page_number, page in enumerate(reading.pages):
        glyphs: list[Glyph] = []
        skew = _skew(page)
        for line in page.lines:
            text = corrected[number]
            placed = _placed(line, text)
            for index, (ch, score, box, source) in enumerate(placed):
                if ch.isalnum():
                    if index and placed[index - 1][0].isspace() and placed[index - 1][3] >= 0:
                        # RapidOCR's score for the letter after a space takes in the space's
                        # frames and runs low (0.6 for a clear "4"): it says nothing
                        score = UNKNOWN_SCORE
                    traced.append(_Traced(ch, score, page_number, box, (number, source) in changed))
            glyphs += _glyphs(line, placed, skew, page.height, len(glyphs))
            number += 1
        text, _struck = page_text(glyphs)
        texts.append(text)
    return PageTexts(texts, family, corrections, traced)


def _plain_forms(text: str) -> str:
    """The text with each full-width or other compatibility form as its plain character: the
    engine's models also read Chinese, and give "3．7403" for "3. 7403" (one for one, so each
    character keeps its box)."""
    out = []
    for ch in text:
        plain = unicodedata.normalize("NFKC", ch)
        out.append(plain if len(plain) == 1 else ch)
    return "".join(out)


# a character, its confidence, its box, and its index in the line's text (-1: a space added)
_Placement = tuple[str, float, tuple[float, float, float, float], int]


def _placed(line: OcrLine, text: str) -> list[_Placement]:
    """Each character of ``text`` with its confidence and box; spaces get an empty box."""
    letters = [ch for ch in text if not ch.isspace()]
    left = min(x for x, _ in line.quad)
    right = max(x for x, _ in line.quad)
    top = min(y for _, y in line.quad)
    bottom = max(y for _, y in line.quad)
    if len(line.chars) == len(letters):
        boxes = [c.box for c in line.chars]
        scores = [c.score for c in line.chars]
    else:  # the engine places only the line: share its width out evenly
        step = (right - left) / max(len(text), 1)
        spots = [i for i, ch in enumerate(text) if not ch.isspace()]
        boxes = [(left + i * step, top, left + (i + 1) * step, bottom) for i in spots]
        scores = [UNKNOWN_SCORE] * len(letters)
    out: list[_Placement] = []
    k = 0
    for index, ch in enumerate(text):
        if ch.isspace():
            previous = out[-1][2] if out else (left, top, left, bottom)
            out.append((" ", 1.0, (previous[2], previous[1], previous[2], previous[3]), index))
            continue
        box = boxes[k]
        out.append((ch, scores[k], box, index))
        k += 1
    return out


def _skew(page: OcrPage) -> float:
    """The page's tilt in radians, from the slope of its longer lines (a photo held askew)."""
    angles = []
    for line in page.lines:
        if len(line.text) >= MIN_LINE_FOR_SKEW and len(line.quad) == 4:
            (x0, y0), (x1, y1) = line.quad[0], line.quad[1]
            if x1 > x0:
                angles.append(math.atan2(y1 - y0, x1 - x0))
    return median(angles) if angles else 0.0


def _glyphs(
    line: OcrLine, placed: list[_Placement], skew: float, height: int, first: int
) -> list[Glyph]:
    """The line's characters as glyphs on one baseline, on a page turned level, y up."""
    cos, sin = math.cos(skew), math.sin(skew)

    def level(x: float, y: float) -> tuple[float, float]:
        return x * cos + y * sin, -x * sin + y * cos

    corners = [level(x, y) for x, y in line.quad]
    top = min(y for _, y in corners)
    bottom = max(y for _, y in corners)
    middle = (line.quad[0][1] + line.quad[-1][1]) / 2
    size = max((bottom - top) * FONT_SHARE_OF_BOX, 1.0)
    base = height - bottom
    spans = [(level(x0, middle)[0], level(x1, middle)[0]) for _, _, (x0, _, x1, _), _ in placed]
    # the engine's text is in reading order, its boxes overlap: "7.1" can have the "1" start left
    # of the end of the "." (and of a space put after it), so no character starts before the
    # one ahead of it, or the line would be rebuilt as "7.1 94a9"
    for index in range(1, len(spans)):
        left, right = spans[index]
        start = max(left, spans[index - 1][0])
        spans[index] = (start, max(right, start))
    out: list[Glyph] = []
    for index, (ch, _score, _box, _source) in enumerate(placed):
        left, right = spans[index]
        if index + 1 < len(placed) and not ch.isspace() and not placed[index + 1][0].isspace():
            # the engine saw no space here: its character boxes are uneven, so the gap between
            # them means nothing, and pdf_lines must not read a word gap into it
            right = max(right, spans[index + 1][0])
        out.append(Glyph(ch, left, base, 1.0, 0.0, max(right - left, 0.0), size, first + len(out)))
    return out


def check_codes(
    result: ScanResult,
    pages: PageTexts,
    reading: OcrReading,
    original: bytes,
    printed: str = "",
) -> ScanResult:
    """The scan's codes checked against what the engine read: doubts flagged, regions noted.

    ``original`` is the file's picture, kept for the preview where the child's places refer to
    it. A code with characters to check is set aside as :data:`Doubt.LOOK_ALIKE` with their
    positions; the user confirms it against the picture. Codes corrected by the family's rule
    stay, and the reading records which characters were corrected. ``printed`` is the text of
    a PDF's pages that have it (the others were pictures): a code printed there is as printed.
    """
    letters = "".join(ch for ch in printed if ch.isalnum())
    grouped = dict(zip(result.codes, regrouped(result.codes), strict=True))
    result.codes = [grouped[code] for code in result.codes]
    result.used = [grouped.get(code, code) for code in result.used]
    result.used_on = {grouped.get(code, code): when for code, when in result.used_on.items()}
    images = [page.image or original for page in reading.pages]
    picture = PictureReading(reading.engine, images)
    kept: list[str] = []
    doubts: list[Uncertain] = []
    case = ocr_lookalikes.case_of(result.codes)
    for code in result.codes:
        if letters and "".join(ch for ch in code if ch.isalnum()) in letters:
            kept.append(code)  # printed as text on a page of the PDF, not read from a picture
            continue
        trace = _trace(code, pages.traced)
        read, code, recased = code, *ocr_lookalikes.recased(code, case)
        if trace is not None:
            picture.regions[code] = _region(trace)
            corrected = _positions(read, [t.corrected for t in trace])
            if corrected:
                picture.corrected[code] = corrected
        scores = [t.score for t in trace] if trace is not None else None
        positions = ocr_lookalikes.doubtful_positions(code, scores, pages.family, case)
        positions = sorted({*positions, *recased})  # a letter put in the set's case: checked
        if positions:
            doubts.append(Uncertain(code, Doubt.LOOK_ALIKE, positions=tuple(positions)))
        else:
            kept.append(code)
    for item in result.uncertain:  # the candidates set aside get their place in the picture
        trace = _trace(item.code, pages.traced)
        if trace is not None:
            picture.regions[item.code] = _region(trace)
    result.codes = kept
    result.used = [code for code in result.used if code in kept]
    result.used_on = {code: when for code, when in result.used_on.items() if code in kept}
    result.uncertain = doubts + result.uncertain
    result.picture = picture
    return result


def regrouped(codes: list[str]) -> list[str]:
    """The codes of a set, each printed the way the set is: an engine often drops the space or
    dash between two groups ("2133 7667" read as "21337667"), in small print for most codes of
    a picture, but never puts one where the page has none. So the grouping shared by the codes
    read with separators (at least two, half of them and more than any other grouping) is the
    set's, when the codes of its length make up most of the set; a code of that length read
    without it gets it back."""
    marked = Counter(_grouping(code) for code in codes if _breaks(_grouping(code)))
    if len(codes) < MIN_SET_FOR_GROUPING or not marked:
        return codes
    (shape, count), *others = marked.most_common(2)
    tied = bool(others) and others[0][1] == count
    if count < MIN_SHOWING_GROUPING or count * 2 < marked.total() or tied:
        return codes
    length = sum(size for size, _ in shape)
    if sum(1 for code in codes if _letters(code) == length) * 2 <= len(codes):
        return codes
    wanted = _breaks(shape)
    out = []
    for code in codes:
        letters = "".join(ch for ch in code if ch.isalnum())
        own = _breaks(_grouping(code))
        if len(letters) != length or not own.items() <= wanted.items():
            out.append(code)  # another shape, or separators of its own: as read
            continue
        parts, start = [], 0
        for size, mark in shape:
            parts.append(letters[start : start + size] + mark)
            start += size
        out.append("".join(parts))
    return out


def _letters(code: str) -> int:
    return sum(1 for ch in code if ch.isalnum())


def _breaks(shape: tuple[tuple[int, str], ...]) -> dict[int, str]:
    """Where a grouping puts its separators: letters before each -> the separator."""
    out: dict[int, str] = {}
    done = 0
    for size, mark in shape:
        done += size
        if mark:
            out[done] = mark
    return out


def _grouping(code: str) -> tuple[tuple[int, str], ...]:
    """A code's groups as (length, the separator after it): "1234 5678" -> ((4, " "), (4, ""))."""
    return tuple((len(m.group(1)), m.group(2)) for m in _GROUP.finditer(code))


def _trace(code: str, traced: list[_Traced]) -> list[_Traced] | None:
    """The engine's characters that make up ``code``, found as a run of letters and digits."""
    wanted = [ch for ch in code if ch.isalnum()]
    if not wanted:
        return None
    letters = "".join(t.text for t in traced)
    start = letters.find("".join(wanted))
    if start < 0:
        return None
    return traced[start : start + len(wanted)]


def _positions(code: str, flags: list[bool]) -> tuple[int, ...]:
    """Positions in ``code`` (as printed) of its letters and digits whose flag is set."""
    spots = [index for index, ch in enumerate(code) if ch.isalnum()]
    return tuple(spot for spot, flag in zip(spots, flags, strict=False) if flag)


def _region(trace: list[_Traced]) -> Region:
    page = trace[0].page
    boxes = [t.box for t in trace if t.page == page]
    return Region(
        page,
        math.floor(min(b[0] for b in boxes)),
        math.floor(min(b[1] for b in boxes)),
        math.ceil(max(b[2] for b in boxes)),
        math.ceil(max(b[3] for b in boxes)),
    )
