"""Building the desktop app's Qt translations: ``codevault_<lang>.ts`` → ``.qm`` — a build tool.

    python -m ui.words.qt_catalogue     build every .qm whose .ts is newer (or that is missing)

The ``.ts`` files in ``resources/translations`` are the sources translators edit (Qt Linguist);
the binary ``.qm`` the app loads is made from them by Qt's ``lrelease``, never edited or committed.
This runs in ``dev.py``, the test setup and the bundle build, beside the gettext build of
:mod:`ui.words.catalogue`. It starts ``lrelease`` as a program, so it loads no Qt itself.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from resources import path_of

SOURCES = path_of("translations")


class LreleaseMissingError(RuntimeError):
    """Qt's ``lrelease`` is not installed beside this Python (PySide6 brings it)."""


def lrelease() -> str:
    """The ``pyside6-lrelease`` beside this Python (a virtual environment), else on the PATH."""
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    found = found or shutil.which("pyside6-lrelease")
    if found is None:
        raise LreleaseMissingError("pyside6-lrelease is missing: install PySide6")
    return found


def build(folder: Path = SOURCES) -> list[Path]:
    """Compile each ``codevault_<lang>.ts`` whose ``.qm`` is missing or older; those written."""
    written = []
    for source in sorted(folder.glob("codevault_*.ts")):
        built = source.with_suffix(".qm")
        if built.exists() and built.stat().st_mtime >= source.stat().st_mtime:
            continue
        partial = source.with_suffix(".qm.partial")
        subprocess.run(
            [lrelease(), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
        )
        partial.replace(built)  # the app never loads half a file
        written.append(built)
    return written


if __name__ == "__main__":
    for path in build():
        print(f"built {path.name}", file=sys.stderr)
