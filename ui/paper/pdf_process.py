"""A paper copy drawn as a PDF in a child process (``pdf_child.py``), for the desktop app.

Laying out and drawing a sheet of a thousand accounts takes a second or more of Python and of
long Qt calls that keep the interpreter lock; on a worker thread, every call from Qt into Python
on the window's thread (painting a list, a timer) waited for it, and the window stalled for tens
of milliseconds at a time. In a child, the worker only waits on a pipe, without the lock.

The sheet goes to the child through a pipe and the PDF comes back through one; nothing plaintext
touches the disk until the finished PDF is written where the user asked, through the vault's
atomic writer (as :func:`ui.paper.printing.save_pdf` does). The child is this Python (``-I -S``)
or, in a frozen app, the program started again (:func:`vault.importers.pdf.child_command`); it is
handed the app's general font, so the PDF is drawn in the same fonts as it was in the app.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from vault.atomic import write_atomic
from vault.importers.pdf import child_command
from vault.page_size import PageSize
from vault.paper import Sheet

CHILD_SCRIPT = Path(__file__).with_name("pdf_child.py")
HEADER_LENGTH_BYTES = 4  # matches pdf_child.HEADER_LENGTH_BYTES
BLOCKS_PER_PICKLE = 50  # accounts pickled in one call (~1 ms)
PICKLE_PROTOCOL = 5
_NATIVE = sys.platform.startswith(("win", "darwin"))  # their own platforms open no window either
_BUNDLE_VARIABLES = ("_PYI", "_MEI")  # a frozen parent's own: the child is a program of its own


class PdfChildError(OSError):
    """The child drew no PDF (it failed or was killed)."""


def _environment() -> dict[str, str]:
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith(_BUNDLE_VARIABLES)
    }
    if not _NATIVE:
        environment["QT_QPA_PLATFORM"] = "offscreen"  # no display needed, as on the command line
    if sys.platform == "darwin":  # Qt's own switch: no Dock icon for a process that shows nothing
        environment["QT_MAC_DISABLE_FOREGROUND_APPLICATION_TRANSFORM"] = "1"
    return environment


def _request(sheet: Sheet, page_size: PageSize) -> bytes:
    """The header, then the sheet without its blocks with the paper size, then the blocks a few
    at a time: pickling a thousand accounts in one call would keep the interpreter lock ~20 ms."""
    general = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    header = json.dumps(
        {"path": [p for p in sys.path if p and os.path.isdir(p)], "font": general.toString()}
    ).encode()
    blocks = sheet.blocks
    slices = [blocks[i : i + BLOCKS_PER_PICKLE] for i in range(0, len(blocks), BLOCKS_PER_PICKLE)]
    pieces = [
        len(header).to_bytes(HEADER_LENGTH_BYTES, "big"),
        header,
        pickle.dumps((replace(sheet, blocks=()), page_size, len(slices)), protocol=PICKLE_PROTOCOL),
    ]
    pieces += [pickle.dumps(piece, protocol=PICKLE_PROTOCOL) for piece in slices]
    return b"".join(pieces)


def draw_pdf(sheet: Sheet, page_size: PageSize) -> bytes:
    """The sheet as a PDF, drawn by a child process (raises :class:`PdfChildError`)."""
    finished = subprocess.run(
        child_command(CHILD_SCRIPT),
        input=_request(sheet, page_size),
        capture_output=True,
        env=_environment(),
        check=False,
        # Windows: no console flash, and the window's thread first when both want a core (POSIX:
        # the child lowers its own priority)
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0)
        | getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0),
    )
    if finished.returncode != 0 or not finished.stdout.startswith(b"%PDF"):
        raise PdfChildError(f"the paper copy was not drawn (exit status {finished.returncode})")
    return finished.stdout


def save_pdf(sheet: Sheet, path: Path, page_size: PageSize) -> None:
    """Draw ``sheet`` in a child and write the PDF to ``path`` as
    :func:`ui.paper.printing.save_pdf` does (the old file, or none, is left if writing fails)."""
    write_atomic(path, draw_pdf(sheet, page_size))
