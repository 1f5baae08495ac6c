"""PySide's own support code, unpacked once so that the app does not compile it at every start.

PySide keeps that code (``shibokensupport``: signatures, feature switching) zipped inside
libshiboken and compiles it from source each time a program imports PySide, unless a folder
``files.dir`` beside the ``shiboken6`` package holds it as files; then Python imports it like any
other module, from its bytecode. ``SBK_EMBED=0`` is shiboken's switch that writes that folder.
Run at install time (``dev.py``) and before a bundle is built (the spec copies the folder in);
the running app never writes into its own installation.

    python packaging/pyside_support.py      prints the folder, or nothing if it could not be made
"""

from __future__ import annotations

import compileall
import os
import py_compile
import subprocess
import sys
from pathlib import Path


def unpack(python: str = sys.executable) -> Path | None:
    """Write and byte-compile ``files.dir`` for ``python``'s PySide; None if that failed (the
    app then starts as before, only slower)."""
    done = subprocess.run(
        [python, "-c", "import shiboken6; print(shiboken6.__file__)"],
        env={**os.environ, "SBK_EMBED": "0"},
        capture_output=True,
        text=True,
        check=False,
    )
    folder = Path(done.stdout.strip()).parent / "files.dir"
    if done.returncode != 0 or not folder.is_dir():
        return None
    # Unchecked: the bytecode is used whatever the copied sources' times (a bundle's copies).
    mode = py_compile.PycInvalidationMode.UNCHECKED_HASH
    if not compileall.compile_dir(folder, quiet=1, invalidation_mode=mode):
        return None
    return folder


if __name__ == "__main__":
    made = unpack()
    if made is not None:
        print(made)
