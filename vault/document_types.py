"""The files the importer reads, in one list for every way a file comes in (no imports).

The importer (``vault.importers.scan``), drag-and-drop and pasting in the window
(``ui.intake.drop``) and the file chooser (``ui.intake.import_dialog``) all use these, so a file one
of them accepts is accepted by all. A PDF or a picture is also recognised by its first bytes
whatever its name. Pictures are read by OCR (``vault.importers.ocr``); HEIC only where a decoder
is installed.
"""

from __future__ import annotations

PDF_SUFFIXES = frozenset({".pdf"})
# text downloads; "" is a file without a suffix (some sites' downloads have none)
TEXT_SUFFIXES = frozenset({".txt", ".text", ".csv", ".md", ".asc", ""})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".heic", ".heif"})
PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024  # the PDF specification lets readers find the header in the first KiB


# the first bytes of each picture format (WebP: "RIFF", four bytes of size, "WEBP")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1")


def is_image(head: bytes) -> bool:
    """Whether a file's first bytes (12 or more) are those of a PNG, JPEG, WebP or HEIC picture."""
    if head.startswith(_IMAGE_MAGIC):
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return True
    return head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS


def file_dialog_patterns() -> str:
    """``*.pdf *.png *.txt …`` for a file chooser's filter (files without a suffix: "All files")."""
    suffixes = sorted(PDF_SUFFIXES) + sorted(IMAGE_SUFFIXES) + sorted(s for s in TEXT_SUFFIXES if s)
    return " ".join(f"*{suffix}" for suffix in suffixes)
