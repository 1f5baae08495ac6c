"""The child process that draws a paper copy as a PDF: a script, run as ``python -I -S`` on it.

The desktop app draws the PDF here rather than on one of its own threads (see
:mod:`ui.paper.pdf_process`, the parent's side): laying out and drawing a long sheet is Python
and long Qt calls that hold the interpreter lock, and every call from Qt into Python on the
window's thread waited for them.

It reads from stdin a length-prefixed JSON header (``{"path": [...], "font": str}``: where the
parent finds its packages, and the parent's general font as ``QFont.toString()``), then the
pickled ``(sheet without its blocks, page size, n)`` and ``n`` pickled tuples of blocks; it
writes the PDF to stdout and exits 0. Nothing is written to disk. A frozen app runs this file
through ``packaging/frozen/pdf_child_dispatch.py``.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
from dataclasses import replace
from pathlib import Path

HEADER_LENGTH_BYTES = 4  # matches pdf_process.HEADER_LENGTH_BYTES
BACKGROUND_NICENESS = 10  # a tenth of the CPU share of a normal process on a busy core


def main() -> int:
    if hasattr(os, "nice"):  # POSIX: the window's thread goes first when they want the same core
        os.nice(BACKGROUND_NICENESS)
    stdin = sys.stdin.buffer
    length = int.from_bytes(stdin.read(HEADER_LENGTH_BYTES), "big")
    header = json.loads(stdin.read(length))
    # The parent's packages, then the folder holding ``ui`` and ``vault`` (a source checkout).
    sys.path[:0] = [*header["path"], str(Path(__file__).resolve().parents[2])]

    from PySide6.QtGui import QFont

    from ui.paper.printing import ensure_application, pdf_bytes
    from ui.widgets.code_font import bundled_family

    # From the parent, which started this process: the sheet without its blocks, the paper size
    # and how many pickles of blocks follow.
    head, page_size, slices = pickle.load(stdin)  # noqa: S301 - from our own parent
    blocks = [block for _ in range(slices) for block in pickle.load(stdin)]  # noqa: S301
    sheet = replace(head, blocks=tuple(blocks))
    ensure_application()
    bundled_family()
    general = QFont()
    general.fromString(header["font"])
    sys.stdout.buffer.write(pdf_bytes(sheet, page_size, general))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
