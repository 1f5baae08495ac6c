"""``scan FILE.pdf``: the PDF child started before the rest of the command line loads.

The child's own start (a Python, then PDFium) is the longest part of scanning a short PDF; started
first, it runs on the second core while this process loads its parser, its words and the analysis
(README, Benchmarks: the scan against a pypdf one-liner). Only the plain form is started ahead —
``scan FILE`` with ``--json`` or not, no PDF password (asked for or read later, it would have to
be known now) and no help: anything else runs as it always did, and a child started for nothing
is ended.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault.importers.pdf import StartedReader

_VALUED = ("--vault", "--lang")  # the options before the command that take a value


def start_ahead(argv: list[str]) -> StartedReader | None:
    """The PDF child for ``scan FILE`` when FILE is a PDF, started now; else None."""
    rest = _after_command(argv, "scan")
    if rest is None or "--" in rest or any(a.startswith("-") and a != "--json" for a in rest):
        return None
    if len(rest) != 1 + rest.count("--json"):
        return None
    (source,) = [a for a in rest if a != "--json"]
    return start_for_file(source, None)


def start_for_file(source: str, password: str | None) -> StartedReader | None:
    """For a PDF file, its reader child started at once, and handed the document if it is one
    the scan will hand over (its header in place, not over the size bound); None for anything
    else. The scan reads the file again, and a child handed other bytes is not used."""
    from vault.document_types import PDF_MAGIC, PDF_MAGIC_WINDOW, PDF_SUFFIXES
    from vault.importers.limits import DEFAULT_LIMITS

    if source == "-":
        return None
    path = Path(source)
    try:
        with path.open("rb") as handle:
            data = handle.read(DEFAULT_LIMITS.max_pdf_bytes + 1)
    except OSError:
        return None  # the scan says what is wrong with it
    whole = PDF_MAGIC in data[:PDF_MAGIC_WINDOW] and len(data) <= DEFAULT_LIMITS.max_pdf_bytes
    if not whole and path.suffix.lower() not in PDF_SUFFIXES:
        return None
    from vault.importers.pdf import StartedReader

    try:
        return StartedReader(password, DEFAULT_LIMITS, data if whole else None)
    except OSError:
        return None  # the scan starts its own child, and says what goes wrong


def _after_command(argv: list[str], command: str) -> list[str] | None:
    """The arguments after ``command`` if it is the command ``argv`` runs, else None."""
    skip = False
    for number, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg in _VALUED:
            skip = True
        elif not arg.startswith("-"):
            return argv[number + 1 :] if arg == command else None
        elif not arg.startswith(tuple(f"{option}=" for option in _VALUED)):
            return None  # --help, --version, … : not a plain scan
    return None
