"""The files the importer reads, in one list for every way a file comes in (no imports).

The importer (``vault.importers.scan``), drag-and-drop and pasting in the window
(``ui.intake.drop``) and the file chooser (``ui.intake.import_dialog``) all use these, so a file one
of them accepts is accepted by all. A PDF is also recognised by its header whatever its name.
"""

from __future__ import annotations

PDF_SUFFIXES = frozenset({".pdf"})
# text downloads; "" is a file without a suffix (some sites' downloads have none)
TEXT_SUFFIXES = frozenset({".txt", ".text", ".csv", ".md", ".asc", ""})
PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024  # the PDF specification lets readers find the header in the first KiB


def file_dialog_patterns() -> str:
    """``*.pdf *.txt …`` for a file chooser's filter (files without a suffix: "All files")."""
    suffixes = sorted(PDF_SUFFIXES) + sorted(s for s in TEXT_SUFFIXES if s)
    return " ".join(f"*{suffix}" for suffix in suffixes)
