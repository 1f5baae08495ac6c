"""A picture, or a PDF of pictures, through OCR and then the importer's usual pipeline.

read in the OCR child (:mod:`ocr`) -> the family's look-alikes corrected by rule -> lines rebuilt
from the characters' places -> clean, mend, analyse as any PDF page -> each code checked against
what the engine read: doubtful characters flagged for the user, each code's place noted for the
preview's crop.
"""

from __future__ import annotations

from vault.importers.limits import Limits
from vault.importers.notices import Notice, notice
from vault.importers.ocr import (
    Cancelled,
    NoEngineError,
    Progress,
    check_codes,
    read_pictures,
    to_text,
)
from vault.importers.prepared import PreparedText
from vault.importers.repair import mend
from vault.importers.result import NoOcrEngineError, ScanError, ScanFailure, ScanResult
from vault.importers.text import Line, clean


def scan_picture(
    data: bytes,
    name: str,
    kind: str,
    password: str | None,
    limits: Limits,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    printed: list[list[Line] | None] | None = None,
) -> ScanResult:
    """The codes in a picture (``kind`` ``"image"``) or a PDF of pictures (``"pdf"``).

    ``printed`` holds, for a PDF with text on some of its pages, each page's lines, or None
    for a page that is only a picture: those pages are read by OCR, and the codes of all pages
    come in page order. Raises :class:`NoOcrEngineError` when no engine is installed.
    """
    from vault.importers.scan import analyse  # the pipeline imports this module lazily

    bound = limits.max_image_bytes if kind == "image" else limits.max_pdf_bytes
    if len(data) > bound:
        raise ScanError(ScanFailure.TOO_LARGE, f"{len(data)} bytes")
    pictures = None if printed is None else [n for n, page in enumerate(printed) if page is None]
    try:
        reading = read_pictures(
            data, kind, password, limits, progress=progress, cancelled=cancelled, pages=pictures
        )
    except NoEngineError as exc:
        failure = ScanFailure.UNSUPPORTED if kind == "image" else ScanFailure.NO_TEXT
        raise NoOcrEngineError(failure, "no OCR engine") from exc
    pages = to_text(reading)
    read = iter(pages.texts)
    lines: list[Line] = []
    for page in printed or [None] * len(pages.texts):
        lines.extend(clean(next(read)) if page is None else page)
    if sum(len(line.text) for line in lines) > limits.max_text_chars:
        raise ScanError(ScanFailure.TOO_LARGE, "text")
    if not any(ch.isalnum() for line in lines for ch in line.text):
        raise ScanError(ScanFailure.NO_TEXT, f"{len(pages.texts)} pictures without text")
    original = data if kind == "image" else b""
    text = "\n".join(line.text for page in printed or [] if page is not None for line in page)
    result = check_codes(analyse(PreparedText(name, mend(lines))), pages, reading, original, text)
    words = [notice(Notice.READ_FROM_PICTURE)]
    corrected = (
        sum(len(positions) for positions in result.picture.corrected.values())
        if (result.picture is not None)
        else 0
    )
    if corrected:
        words.append(notice(Notice.CORRECTED_BY_RULE, count=corrected, rule=pages.family.value))
    result.warnings[:0] = words
    return result
