#!/usr/bin/env python3
"""Set up and run Backup Code Vault from a source checkout — the README's two commands.

    python3 dev.py run     start the desktop app (any further arguments go to it)
    python3 dev.py test    run the linters, the type checker and the test suite
    python3 dev.py cli …   run codevault-cli
    python3 dev.py bench            every performance figure of DESIGN §8 against its anchor
    python3 dev.py score-importer   the importer's rates on a generated corpus of documents
    python3 dev.py fuzz             fuzz the vault reader and the importer (--minutes N)
    python3 dev.py bundle           build the installable bundle for this system into dist/
                                    (on Linux with the OCR engine; --no-ocr without it)

The first run creates a virtual environment in .venv and installs the app with its test tools;
later runs reinstall only when pyproject.toml changed. Works the same on Windows (`py dev.py run`).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"
INSTALL_LOG = VENV / "install.log"
MIN_PYTHON = (3, 11)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment() -> Path:
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"Backup Code Vault needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Creating a virtual environment in .venv (first run only)…", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing the app and its tools into .venv (a minute or two)…", file=sys.stderr)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
        with INSTALL_LOG.open("w") as log:  # pip's and setuptools' chatter; shown only on failure
            for step in ([*pip, "--upgrade", "pip"], [*pip, "--editable", f"{ROOT}[test]"]):
                if subprocess.run(step, stdout=log, stderr=subprocess.STDOUT).returncode != 0:
                    sys.exit(
                        f"Installing failed; nothing else was changed. The details are in "
                        f"{INSTALL_LOG}:\n\n{INSTALL_LOG.read_text()[-3000:]}"
                    )
        unpack_pyside_support(python)
        STAMP.write_text(wanted)
    return python


def unpack_pyside_support(python: Path) -> None:
    """PySide's support code as files, so the app does not compile it at every start (optional:
    see packaging/pyside_support.py)."""
    script = ROOT / "packaging" / "pyside_support.py"
    subprocess.run([str(python), str(script)], stdout=subprocess.DEVNULL, check=False)


def run(command: list[str]) -> int:
    return subprocess.call(command, cwd=ROOT)


# commands that run one script of the project with the environment's Python
SCRIPTS = {
    "bench": "bench/run_all.py",
    "score-importer": "bench/score_importer.py",
    "fuzz": "tests/fuzz/run_fuzz.py",
    "bundle": "packaging/build_bundle.py",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "cli", *SCRIPTS}:
        print(__doc__, file=sys.stderr)
        return 2
    what, rest = argv[0], argv[1:]
    if what in SCRIPTS and not (ROOT / SCRIPTS[what]).exists():
        print(f"{what}: {SCRIPTS[what]} is not part of this checkout.", file=sys.stderr)
        return 2
    python = str(ensure_environment())
    # the gettext .mo files, built from the .po sources (only when a .po changed)
    if run([python, "-m", "ui.words.catalogue", "build"]) != 0:
        return 1
    # the window's Qt .qm files, built from the .ts sources (only when a .ts changed)
    if run([python, "-m", "ui.words.qt_catalogue"]) != 0:
        return 1
    if what == "run":
        return run([python, "-m", "ui.app", *rest])
    if what == "cli":
        return run([python, "-m", "ui.cli", *rest])
    if what in SCRIPTS:
        return run([python, str(ROOT / SCRIPTS[what]), *rest])
    for step in (
        [python, "-m", "ruff", "check", "."],
        [python, "-m", "mypy"],
        [python, "-m", "pytest", *rest],
    ):
        code = run(step)
        if code != 0:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
