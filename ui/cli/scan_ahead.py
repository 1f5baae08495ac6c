"""``scan FILE.pdf``: the PDF child started before the rest of the command line loads.

The child's own start (a Python, then PDFium) is the longest part of scanning a short PDF; started
first, it runs on the second core while this process loads its parser, its words and the analysis
(README, Benchmarks: the scan against a pypdf one-liner). Only the plain form is started ahead —
``scan FILE`` with ``--json`` or not, no PDF password (asked for or read later, it would have to
be known now) and no help: anything else runs as it always did, and a child started for nothing
is ended.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # not ``typing``'s: this module runs before the command line loads it
if TYPE_CHECKING:
    from vault.importers.pdf import StartedReader

_VALUED = ("--vault", "--lang")  # the options before the command that take a value


def start_ahead(argv: list[str]) -> StartedReader | None:
    """The PDF child for ``scan FILE`` when FILE is a PDF, started now; else None."""
    found = _command_and_rest(argv)
    rest = found[1] if found is not None and found[0] == "scan" else None
    if rest is None or "--" in rest or any(a.startswith("-") and a != "--json" for a in rest):
        return None
    if len(rest) != 1 + rest.count("--json"):
        return None
    (source,) = [a for a in rest if a != "--json"]
    return start_for_file(source, None)


def start_for_file(source: str, password: str | None) -> StartedReader | None:
    """For a PDF file, its reader child started at once, and handed the document if it is one
    the scan will hand over (its header in place, not over the size bound); None for anything
    else. The scan reads the file again, and a child handed other bytes is not used.

    The child is started before the bounds and the reader's own module are loaded: it loads its
    own modules meanwhile, and reads its header (password, bounds) only then.
    """
    from vault.document_types import PDF_MAGIC, PDF_MAGIC_WINDOW, PDF_SUFFIXES

    if source == "-":
        return None
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed below, whatever happens
    except OSError:
        return None  # the scan says what is wrong with it
    with handle:
        try:
            head = handle.read(PDF_MAGIC_WINDOW)
        except OSError:
            return None
        if PDF_MAGIC not in head and os.path.splitext(source)[1].lower() not in PDF_SUFFIXES:
            return None
        from vault.importers.pdf_start import start_child

        try:
            process = start_child()
        except OSError:
            return None  # the scan starts its own child, and says what goes wrong
        from vault.importers.limits import DEFAULT_LIMITS

        try:
            data: bytes | None = head + handle.read(DEFAULT_LIMITS.max_pdf_bytes + 1 - len(head))
        except OSError:
            data = None  # the scan hands it over, or says what is wrong with the file
    from vault.importers.pdf import StartedReader

    if data is not None and (PDF_MAGIC not in head or len(data) > DEFAULT_LIMITS.max_pdf_bytes):
        data = None  # not a document the scan hands over as it is
    return StartedReader(password, DEFAULT_LIMITS, data, process=process)


def command_of(argv: list[str]) -> str | None:
    """The command ``argv`` runs (``scan``, ``list``, …); None for ``--help``, ``--version``, …"""
    found = _command_and_rest(argv)
    return found[0] if found is not None else None


def _command_and_rest(argv: list[str]) -> tuple[str, list[str]] | None:
    """The command ``argv`` runs and the arguments after it; None for ``--help``, ``--version``,
    … and for no command at all."""
    skip = False
    for number, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg in _VALUED:
            skip = True
        elif not arg.startswith("-"):
            return arg, argv[number + 1 :]
        elif not arg.startswith(tuple(f"{option}=" for option in _VALUED)):
            return None  # --help, --version, … : not a plain command
    return None
