"""What the import dialog asks the importer to scan, and the call that scans it.

The dialog runs :func:`scan` on a worker thread; tests hand the dialog a fake scanner with the
same signature instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault.importers import ScanResult


@dataclass(frozen=True)
class ScanRequest:
    """What to scan: a document (with the PDF's password, when it needs one) or pasted text.

    Secrets stay out of ``repr`` so a traceback or log line never shows codes or the password.
    """

    path: Path | None = None
    text: str = field(default="", repr=False)
    pdf_password: str | None = field(default=None, repr=False)


Scanner = Callable[[ScanRequest], "ScanResult"]


def scan(request: ScanRequest) -> ScanResult:
    """The real scanner; runs on a worker thread. The importer (and pypdf) load on first use."""
    from vault.importers import scan_file, scan_text

    if request.path is not None:
        return scan_file(request.path, pdf_password=request.pdf_password)
    return scan_text(request.text)
