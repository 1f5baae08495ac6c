"""Starting an importer child process (the PDF reader's, the OCR reader's), and nothing more.

Kept apart from :mod:`vault.importers.pdf` so that ``codevault-cli scan FILE.pdf`` can start its
PDF child a few milliseconds into its own start: this module imports only what the standard
library loads for ``subprocess``. The child loads its own modules before it reads the header
with its password and bounds, which the parent writes when it has them
(:class:`vault.importers.pdf.StartedReader`).
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdf_child.py")
# A frozen app (PyInstaller) has no Python to run the script with: the parent starts the frozen
# program itself with this argument and the script's path, and the program's entry runs that
# script before importing anything else (packaging/frozen/pdf_child_dispatch.py).
FROZEN_CHILD_ARGUMENT = "--codevault-pdf-child"
# Runs the child script through the import system, which keeps its compiled bytecode (pip
# compiles an installed app's modules): a script named on the command line is compiled from its
# source at every start (5 ms for the PDF reader's). It runs as ``__main__`` all the same.
_RUN_COMPILED = (
    "import sys\n"
    "from importlib.util import module_from_spec, spec_from_file_location\n"
    "spec = spec_from_file_location('__main__', sys.argv[1])\n"
    "main = module_from_spec(spec)\n"
    "sys.modules['__main__'] = main\n"
    "spec.loader.exec_module(main)\n"
)


def child_command(script: str | os.PathLike[str] = CHILD_SCRIPT) -> list[str]:
    """The command that starts a child script of the importer (the PDF reader by default, the
    OCR reader too): this Python, or the bundle started again."""
    if getattr(sys, "frozen", False):
        # The console program of the pair: a windowed one on Windows has no standard streams.
        folder, name = os.path.split(sys.executable)
        console = os.path.join(folder, "codevault-cli" + os.path.splitext(name)[1])
        return [
            console if os.path.isfile(console) else sys.executable,
            FROZEN_CHILD_ARGUMENT,
            os.fspath(script),
        ]
    return [sys.executable, "-I", "-S", "-c", _RUN_COMPILED, os.fspath(script)]


def child_environment() -> dict[str, str]:
    """A minimal environment: the child needs no settings, and must not inherit PYTHON* ones."""
    keep = ("SYSTEMROOT", "PATH", "LANG", "LC_ALL", "TMPDIR", "TEMP", "TMP")
    return {name: os.environ[name] for name in keep if name in os.environ}


def start_child(command: list[str] | None = None) -> subprocess.Popen[bytes]:
    """The PDF child (or ``command``) started, its three standard streams piped to this process."""
    return subprocess.Popen(
        child_command() if command is None else command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_environment(),
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flash on Windows
    )
