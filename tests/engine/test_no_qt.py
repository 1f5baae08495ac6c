"""The engine never loads Qt: importing every module of vault/ leaves PySide6 unloaded."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import pkgutil, importlib, sys
import vault
for info in pkgutil.walk_packages(vault.__path__, "vault."):
    importlib.import_module(info.name)
banned = {"PySide6", "shiboken6", "ui", "resources"}
loaded = sorted(m for m in sys.modules if m.split(".")[0] in banned)
print(",".join(loaded))
print(len([m for m in sys.modules if m.startswith("vault.")]))
"""


def test_importing_all_of_vault_loads_no_qt() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == ""
    assert int(out[1]) >= 10  # the walk really imported the engine's modules


def test_the_command_line_loads_no_qt() -> None:
    probe = (
        "import sys, ui.cli; ui.cli.build_parser(); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
