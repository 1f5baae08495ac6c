"""PySide's support code unpacked at install time is what a fresh start of PySide imports."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_support() -> ModuleType:
    path = ROOT / "packaging" / "pyside_support.py"
    spec = importlib.util.spec_from_file_location("pyside_support", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_fresh_start_of_pyside_imports_the_unpacked_compiled_support() -> None:
    folder = load_support().unpack()
    assert folder is not None and folder.name == "files.dir"
    assert list(folder.glob("shibokensupport/__pycache__/*.pyc"))
    where = subprocess.run(
        [sys.executable, "-c", "import PySide6.QtCore, shibokensupport as s; print(s.__file__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(folder)  # not the copy zipped inside libshiboken
