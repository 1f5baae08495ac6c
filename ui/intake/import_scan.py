"""What the import dialog asks the importer to scan, and the call that scans it.

The dialog runs :func:`scan` on a worker thread; tests hand the dialog a fake scanner with the
same signature instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault.importers import ScanResult

PASTED_PICTURE = "pasted picture.png"  # the name a picture from the clipboard is scanned under


@dataclass(frozen=True)
class ScanRequest:
    """What to scan: a document (with the PDF's password, when it needs one), pasted text, or a
    picture pasted from the clipboard (PNG bytes, kept in memory only).

    Secrets stay out of ``repr`` so a traceback or log line never shows codes or the password.
    ``stop`` is set when the scan is no longer wanted: reading a picture then ends at once.
    ``progress`` hears (pages done, pages in all) while pictures are read, on the worker thread.
    """

    path: Path | None = None
    text: str = field(default="", repr=False)
    pdf_password: str | None = field(default=None, repr=False)
    picture: bytes = field(default=b"", repr=False)
    stop: threading.Event = field(default_factory=threading.Event, repr=False, compare=False)
    progress: Callable[[int, int], None] | None = field(default=None, repr=False, compare=False)


Scanner = Callable[[ScanRequest], "ScanResult"]


def scan(request: ScanRequest) -> ScanResult:
    """The real scanner; runs on a worker thread. The importer (and pypdf) load on first use."""
    from vault.importers import scan_bytes, scan_file, scan_text

    if request.path is not None:
        return scan_file(
            request.path,
            pdf_password=request.pdf_password,
            progress=request.progress,
            cancelled=request.stop.is_set,
        )
    if request.picture:
        return scan_bytes(
            request.picture,
            PASTED_PICTURE,
            progress=request.progress,
            cancelled=request.stop.is_set,
        )
    return scan_text(request.text)
