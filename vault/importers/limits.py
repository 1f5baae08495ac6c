"""Every bound the importer enforces, in one place.

Code documents are one or two pages and a few kilobytes; the bounds are generous for them and tight
enough that a hostile file (PDF parsers have had many denial-of-service bugs) cannot hang or
exhaust the machine. The PDF child process is killed at the time bound and, on POSIX, cannot map
more memory than the memory bound. The child also bounds what it reads of one page (objects,
nested forms, annotations, form fields); those bounds live in ``pdf_child.py``, which runs on its
own.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_PDF_BYTES = (
    20 * 1024 * 1024
)  # a code document is tens of kilobytes; scans of paper run to a few MiB
MAX_PDF_PAGES = 50  # code documents have 1-2 pages; the benchmark uses 20
MAX_TEXT_FILE_BYTES = 1024 * 1024  # a text download of codes is well under 10 KiB
MAX_TEXT_CHARS = 1_000_000  # pasted text, and text extracted from a PDF
CHILD_TIMEOUT_SECONDS = 10.0  # a 2-page document takes about 0.1 s; 100x headroom for slow machines
CHILD_MEMORY_BYTES = (
    1024 * 1024 * 1024
)  # address space of the child (RLIMIT_AS), not resident memory
# Pictures are read by OCR in a child of their own: a model runs for seconds, not milliseconds,
# and onnxruntime maps far more address space than it touches.
MAX_IMAGE_BYTES = 30 * 1024 * 1024  # a phone photo is 2-8 MiB; a PNG screenshot under 3 MiB
MAX_IMAGE_PIXELS = 60_000_000  # a 48-megapixel phone photo, with room; larger is a bomb
OCR_TIMEOUT_SECONDS = 180.0  # a phone screenshot takes seconds; a slow machine with 50 pages more
OCR_MEMORY_BYTES = 6 * 1024 * 1024 * 1024  # address space (RLIMIT_AS) of the OCR child
MAX_CODES = 200  # more "codes" than this is a table of numbers, not a code document


@dataclass(frozen=True)
class Limits:
    """The bounds one scan runs under; tests pass tighter ones (a deterministic seam)."""

    max_pdf_bytes: int = MAX_PDF_BYTES
    max_pdf_pages: int = MAX_PDF_PAGES
    max_text_file_bytes: int = MAX_TEXT_FILE_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    child_timeout_seconds: float = CHILD_TIMEOUT_SECONDS
    child_memory_bytes: int = CHILD_MEMORY_BYTES
    max_image_bytes: int = MAX_IMAGE_BYTES
    max_image_pixels: int = MAX_IMAGE_PIXELS
    ocr_timeout_seconds: float = OCR_TIMEOUT_SECONDS
    ocr_memory_bytes: int = OCR_MEMORY_BYTES


DEFAULT_LIMITS = Limits()
