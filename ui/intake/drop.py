"""What the main window does with a drop or a paste: a vault to open, a document to import, or text.

A vault file is recognised by its magic bytes (``vault.container.MAGIC``), never by its name,
so a renamed vault still opens and a document called ``codes.bcvault`` is not mistaken for one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from vault.container import MAGIC
from vault.document_types import PDF_MAGIC, PDF_MAGIC_WINDOW, PDF_SUFFIXES, TEXT_SUFFIXES


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files in a drop or paste, in order; web links and other URLs are left out."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def pasted_text(mime: QMimeData) -> str:
    """Plain text to scan for codes, or "" when the clipboard holds files or nothing textual.

    File managers put a file's path as text beside its URL; that is a file, not codes.
    """
    if dropped_paths(mime) or not mime.hasText():
        return ""
    return mime.text()


def _head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file, or b"" when it cannot be read."""
    try:
        if not path.is_file():
            return b""
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError:
        return b""


def is_vault_file(path: Path) -> bool:
    """Whether ``path`` starts with the vault magic bytes (its name does not matter)."""
    return _head(path, len(MAGIC)) == MAGIC


def is_document(path: Path) -> bool:
    """Whether ``path`` is a file the importer should be offered: a PDF or a text file.

    A file with a PDF header counts whatever its name; a vault file never counts.
    """
    head = _head(path, PDF_MAGIC_WINDOW)
    if not path.is_file() or head.startswith(MAGIC):
        return False
    suffix = path.suffix.lower()
    return suffix in PDF_SUFFIXES or suffix in TEXT_SUFFIXES or PDF_MAGIC in head
