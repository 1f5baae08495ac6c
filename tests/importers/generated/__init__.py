"""A generated corpus of code documents, and the importer's score on it.

Not fixtures: :func:`generate` lays random code sets of every family (``families``) into random
layouts (``layouts``) among prose, labelled numbers and used marks (``decoys``), and a real
producer draws each one — Qt's PDF writer, fpdf2, LibreOffice headless, or a text file in one of
four encodings (``render``). Every document carries its truth (``model.Truth``); ``scoring``
judges a scan against it. ``bench/score_importer.py`` prints the rates; the corpus test in
``tests/importers`` holds the importer to its targets.
"""

from .generator import FAST_PRODUCERS, PRODUCERS, corpus, generate, parse_id
from .model import GeneratedDocument, Truth
from .render import document_bytes, office_available, write_all
from .scoring import TARGETS, Outcome, Rates, rates, scan, scan_all, table

__all__ = [
    "FAST_PRODUCERS",
    "PRODUCERS",
    "TARGETS",
    "GeneratedDocument",
    "Outcome",
    "Rates",
    "Truth",
    "corpus",
    "document_bytes",
    "generate",
    "office_available",
    "parse_id",
    "rates",
    "scan",
    "scan_all",
    "table",
    "write_all",
]
