"""Finding backup codes in the documents sites hand out: PDF, text files and pasted text.

Public API (the command line and the desktop app call only these)::

    scan_file(path, pdf_password=None) -> ScanResult     # raises ScanError
    scan_bytes(data, name="", pdf_password=None)         # a document's bytes (standard input)
    scan_text(text, name="") -> ScanResult               # pasted text; raises ScanError
    ScanResult.to_json()                                  # the ``scan`` JSON shape of the CLI

Guarantees: codes come back exactly as printed (typographic dashes and odd spaces folded to
``-`` and `` ``; letter-spacing and spaces extraction put inside a code closed up), in document
order, each once. A code is never made up from noise, a product or a site's name. Every
code-shaped token is a candidate: the sure ones are read, the doubtful ones are set aside in
``ScanResult.uncertain`` with a reason; ``not_codes`` comes only when no candidate is sure, and
then carries the candidates set aside. PDFs are parsed only in a child
process bounded in time and memory (:mod:`vault.importers.limits`), and no plaintext is
written to disk. Errors are :class:`ScanError` with a :class:`ScanFailure` value; the words for
the user live in ``ui/words/scan_messages.py``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vault.importers.result import ScanError, ScanFailure, ScanResult
    from vault.importers.scan import scan_bytes, scan_file, scan_text

__all__ = ["ScanError", "ScanFailure", "ScanResult", "scan_bytes", "scan_file", "scan_text"]
_HOMES = {"ScanError": "result", "ScanFailure": "result", "ScanResult": "result"}


def __getattr__(name: str) -> Any:
    """The public names, each loaded when first asked for: importing one module of the package
    (the PDF reader's starter, :mod:`vault.importers.pdf`) does not load the whole analysis."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"vault.importers.{_HOMES.get(name, 'scan')}"), name)
