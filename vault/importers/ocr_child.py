"""The child process that reads text from a picture: a script, run as ``python -I -S ocr_child.py``.

Like the PDF child (``pdf_child.py``) it reads a length-prefixed JSON header and then the
document's bytes from stdin (a picture, or a PDF whose pages are only pictures), caps its own
memory and CPU time on POSIX before touching them, and writes one JSON object to stdout::

    {"engine": str, "pages": [{"width": int, "height": int, "image": str (base64 PNG),
      "lines": [{"text": str, "quad": [[x, y] * 4], "chars": [[ch, score, x0, y0, x1, y1], ...]}]}]}

or ``{"error": str, "detail": str}``. The header's ``pages`` (numbers from 0) picks the pages of a
PDF to read, when only some are pictures; without it every page is read. ``image`` is the
picture the places refer to, when it is not the file itself (a PDF's rendered page; a photo
turned upright or scaled down). ``chars`` places each character of ``text`` that is not a
space, in order, with the engine's confidence (0-1, or -1 where the engine gives none); it is
empty when the engine places only whole lines. A character read as 0, O or o has a seventh
item: how dark the middle of its glyph is (0 paper to 1 ink, -1 unknown; see ``_mark_rings``).
Image pixels run right and down from the top left. Progress goes to stderr as ``page N/M``
lines. Nothing is written to disk: the picture stays in memory, the engines' models are loaded
from the installed packages, and a Python audit hook refuses every network socket (an engine
that tried to download a model fails instead).

Engines, best first, the first importable one is used: Apple's Vision (macOS, through
``ocrmac``), Windows.Media.Ocr (through the ``winrt`` projections), then RapidOCR (ONNX models
inside its wheel, run by onnxruntime). The first two cannot be tried on Linux: they are kept
small and hand back the same shape.
"""

from __future__ import annotations

import base64
import io
import json
import sys
from typing import Any

HEADER_LENGTH_BYTES = 4
PDF_RENDER_DPI = 200  # printed code pages read reliably from 150 dpi; 200 gives headroom
DETECT_SIDE = 1280  # pixels: text lines are found at this size (4x faster than at 2400)
MAX_SIDE = 4000  # longer sides are scaled down: a phone photo is 4000 px, codes stay legible
_POINTS_PER_INCH = 72
_UNKNOWN_SCORE = -1.0
_LOCAL_FAMILIES = ("AF_UNIX",)


class NoEngineError(Exception):
    """No OCR engine can be imported."""


class NetworkRefusedError(RuntimeError):
    """Something in the child tried to open a network socket."""


def main() -> None:
    stdin = sys.stdin.buffer
    size = int.from_bytes(stdin.read(HEADER_LENGTH_BYTES), "big")
    header = json.loads(stdin.read(size))
    _limit(int(header["memory"]), int(header["cpu_seconds"]))
    _refuse_network()
    data = stdin.read()
    sys.path[:0] = [p for p in header["path"] if p not in sys.path]
    try:
        result = read(data, header)
    except NoEngineError as exc:
        result = {"error": "no_engine", "detail": str(exc)}
    except NetworkRefusedError:
        result = {"error": "network", "detail": "an engine tried to use the network"}
    except MemoryError:
        result = {"error": "too_large", "detail": "memory"}
    except Exception as exc:
        detail = type(exc).__name__
        too_large = detail == "DecompressionBombError"
        result = {"error": "too_large" if too_large else "damaged", "detail": detail}
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


def _refuse_network() -> None:
    """Fail any socket that could leave the machine (DESIGN §7: the app never uses the network)."""
    import socket

    local = {getattr(socket, name) for name in _LOCAL_FAMILIES if hasattr(socket, name)}

    def audit(event: str, args: tuple[Any, ...]) -> None:
        if event == "socket.__new__" and (len(args) < 2 or args[1] not in local):
            raise NetworkRefusedError(event)
        if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.connect"):
            raise NetworkRefusedError(event)

    sys.addaudithook(audit)


def read(data: bytes, header: dict[str, Any]) -> dict[str, Any]:
    """Every page's lines of text, from a picture or an image-only PDF."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = int(header["max_pixels"])  # larger raises DecompressionBombError
    engine = _engine(header.get("engine"))
    if header["kind"] == "pdf":
        only = header.get("pages")  # the pages without a text layer, when some have one
        images = _pdf_pages(data, header.get("password"), int(header["max_pages"]), only)
        changed = True
    else:
        image, changed = _open_image(data)
        images = [image]
    pages = []
    for index, image in enumerate(images):
        sys.stderr.write(f"page {index + 1}/{len(images)}\n")
        sys.stderr.flush()
        fitted = _fit(image)
        page: dict[str, Any] = {"width": fitted.width, "height": fitted.height}
        page["lines"] = engine(fitted)
        _mark_rings(fitted, page["lines"])
        if changed or fitted is not image:
            # the places are in this picture, not the file's: the preview crops from it
            buffer = io.BytesIO()
            fitted.save(buffer, "PNG")
            page["image"] = base64.b64encode(buffer.getvalue()).decode("ascii")
        pages.append(page)
    return {"engine": engine.__name__.removeprefix("_engine_"), "pages": pages}


RINGS = "0Oo"  # characters whose middle tells a zero with a dot or slash from a letter O
_MIN_CONTRAST = 30  # grey levels between paper and ink for a glyph to be measured


def _mark_rings(image: Any, lines: list[dict[str, Any]]) -> None:
    """Add to each character read as 0, O or o how dark its middle is (0: as the paper, 1: as
    the ink; -1 unknown): a zero drawn with a dot or slash has ink there, a letter O never."""
    try:
        import numpy
    except ImportError:
        return
    grey = numpy.asarray(image.convert("L"), dtype=numpy.float32)
    for line in lines:
        (x0, y0), (x1, y1), (_, y2), (_, y3) = line["quad"]
        for char in line["chars"]:
            if char[0] not in RINGS:
                continue
            middle = (char[2] + char[4]) / 2
            share = (middle - x0) / (x1 - x0) if x1 != x0 else 0.0
            top = y0 + (y1 - y0) * share
            bottom = y3 + (y2 - y3) * share
            crop = grey[
                max(int(top), 0) : max(round(bottom) + 1, 0),
                max(int(char[2]), 0) : max(round(char[4]) + 1, 0),
            ]
            char.append(_middle_ink(numpy, crop))


def _middle_ink(numpy: Any, crop: Any) -> float:
    """How dark the middle of the glyph nearest the crop's middle is, paper 0 to ink 1."""
    if crop.size == 0:
        return _UNKNOWN_SCORE
    paper = float(numpy.percentile(crop, 90))
    ink = float(numpy.percentile(crop, 5))
    if paper - ink < _MIN_CONTRAST:
        return _UNKNOWN_SCORE
    inked = crop < (paper + ink) / 2
    columns = [bool(v) for v in inked.any(axis=0)]
    runs: list[tuple[int, int]] = []  # runs of inked columns: the glyphs in the crop
    start = None
    for index, value in enumerate([*columns, False]):
        if value and start is None:
            start = index
        elif not value and start is not None:
            runs.append((start, index))
            start = None
    if not runs:
        return _UNKNOWN_SCORE
    centre = len(columns) / 2
    left, right = min(runs, key=lambda run: abs((run[0] + run[1]) / 2 - centre))
    rows = numpy.nonzero(inked[:, left:right].any(axis=1))[0]
    top, bottom = int(rows.min()), int(rows.max()) + 1
    height, width = bottom - top, right - left
    inner = crop[
        top + height * 3 // 8 : max(bottom - height * 3 // 8, top + height * 3 // 8 + 1),
        left + width * 3 // 8 : max(right - width * 3 // 8, left + width * 3 // 8 + 1),
    ]
    return round(min(max((paper - float(inner.min())) / (paper - ink), 0.0), 1.0), 3)


def _open_image(data: bytes) -> tuple[Any, bool]:
    """The picture upright, and whether it differs from the file (turned, or not RGB-like)."""
    from PIL import Image, ImageOps

    try:  # HEIC/HEIF, where the optional decoder is installed
        from pillow_heif import register_heif_opener

        register_heif_opener()
    except ImportError:
        pass
    image = Image.open(io.BytesIO(data))
    # a phone photo stores its turn in EXIF; a HEIC picture is no format the preview shows
    turned = ImageOps.exif_transpose(image)
    changed = turned is not image or image.format not in ("PNG", "JPEG", "WEBP")
    return turned.convert("RGB"), changed


def _fit(image: Any) -> Any:
    longest = max(image.width, image.height)
    if longest <= MAX_SIDE:
        return image
    scale = MAX_SIDE / longest
    return image.resize((round(image.width * scale), round(image.height * scale)))


def _pdf_pages(
    data: bytes, password: str | None, max_pages: int, only: list[int] | None
) -> list[Any]:
    """The PDF's pages rendered (only those numbered in ``only``, from 0, when given)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data, password=password)
    try:
        if len(document) > max_pages:
            raise MemoryError  # reported as too large
        scale = PDF_RENDER_DPI / _POINTS_PER_INCH
        numbers = range(len(document)) if only is None else [int(n) for n in only]
        return [document[n].render(scale=scale).to_pil().convert("RGB") for n in numbers]
    finally:
        document.close()


# engines -------------------------------------------------------------------------------------


def _engine(name: str | None) -> Any:
    """The first engine that imports (or the one named, for the benchmark's comparisons)."""
    order = [_engine_vision, _engine_windows, _engine_rapidocr]
    for engine in order:
        if name and engine.__name__ != "_engine_" + name:
            continue
        try:
            engine(None)  # loads the library only
        except ImportError:
            continue
        return engine
    raise NoEngineError(name or "none importable")


def _engine_vision(image: Any) -> list[dict[str, Any]]:
    """Apple's Vision framework (macOS). It places lines, not characters."""
    from ocrmac import ocrmac

    if image is None:
        return []
    found = ocrmac.OCR(image, recognition_level="accurate", language_preference=["en-US"])
    lines = []
    for text, confidence, (x, y, w, h) in found.recognize():
        # normalised, origin at the bottom left
        left, right = x * image.width, (x + w) * image.width
        top, bottom = (1 - y - h) * image.height, (1 - y) * image.height
        quad = [[left, top], [right, top], [right, bottom], [left, bottom]]
        lines.append({"text": text, "quad": quad, "chars": [], "score": float(confidence)})
    return lines


def _engine_windows(image: Any) -> list[dict[str, Any]]:
    """Windows.Media.Ocr. It places words and gives no confidence."""
    import asyncio

    from winrt.windows.graphics.imaging import BitmapDecoder
    from winrt.windows.media.ocr import OcrEngine
    from winrt.windows.storage.streams import DataWriter, InMemoryRandomAccessStream

    if image is None:
        return []
    buffer = io.BytesIO()
    image.save(buffer, "PNG")

    async def recognise() -> Any:
        stream = InMemoryRandomAccessStream()
        writer = DataWriter(stream)
        writer.write_bytes(buffer.getvalue())
        await writer.store_async()
        stream.seek(0)
        decoder = await BitmapDecoder.create_async(stream)
        bitmap = await decoder.get_software_bitmap_async()
        engine = OcrEngine.try_create_from_user_profile_languages()
        return await engine.recognize_async(bitmap)

    result = asyncio.run(recognise())
    lines = []
    for line in result.lines:
        chars: list[list[Any]] = []
        for word in line.words:
            rect = word.bounding_rect
            step = rect.width / max(len(word.text), 1)
            for i, ch in enumerate(word.text):
                x0 = rect.x + i * step
                chars.append([ch, _UNKNOWN_SCORE, x0, rect.y, x0 + step, rect.y + rect.height])
        if not chars:
            continue
        left = min(c[2] for c in chars)
        right = max(c[4] for c in chars)
        top = min(c[3] for c in chars)
        bottom = max(c[5] for c in chars)
        quad = [[left, top], [right, top], [right, bottom], [left, bottom]]
        lines.append({"text": line.text, "quad": quad, "chars": chars})
    return lines


_RAPID: list[Any] = []  # the loaded engine, made once per child


def _engine_rapidocr(image: Any) -> list[dict[str, Any]]:
    """RapidOCR: PaddleOCR's models in ONNX form, shipped inside the ``rapidocr`` wheel."""
    if not _RAPID:
        _RAPID.append(_load_rapidocr())
    if image is None:
        return []
    import numpy

    output = _RAPID[0](numpy.asarray(image)[:, :, ::-1])  # RGB to the BGR OpenCV works in
    if output.boxes is None:
        return []
    lines = []
    words = output.word_results or [()] * len(output.txts)
    found = zip(output.boxes, output.txts, output.scores, words, strict=False)
    for quad, text, score, placed in found:
        chars = []
        for ch, ch_score, ch_box in placed:
            xs = [p[0] for p in ch_box]
            ys = [p[1] for p in ch_box]
            chars.append([ch, float(ch_score), min(xs), min(ys), max(xs), max(ys)])
        lines.append(
            {
                "text": text,
                "quad": [[float(x), float(y)] for x, y in quad],
                "chars": chars,
                "score": float(score),
            }
        )
    return lines


def _load_rapidocr() -> Any:
    """The engine with every model named by path, so it never looks for one to download."""
    from pathlib import Path

    import rapidocr

    models = Path(rapidocr.__file__).with_name("models")
    det = next(models.glob("*_det_*.onnx"))
    rec = next(models.glob("*_rec_*.onnx"))
    cls = next(models.glob("*_cls_*.onnx"))
    return rapidocr.RapidOCR(
        params={
            "Global.log_level": "critical",
            # pictures of code pages come upright (a photo's turn is undone from its EXIF)
            "Global.use_cls": False,
            # find the lines on the picture scaled to fit this side; each line is then read
            # from the full picture, so large text loses nothing
            "Det.limit_type": "max",
            "Det.limit_side_len": DETECT_SIDE,
            "Global.return_word_box": True,
            "Global.return_single_char_box": True,
            "Det.model_path": str(det),
            "Rec.model_path": str(rec),
            "Cls.model_path": str(cls),
        }
    )


if __name__ == "__main__":
    main()
