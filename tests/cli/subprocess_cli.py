"""Run ``codevault-cli`` as a real child process (for stdin bytes, pipes and concurrency)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def cli_command(vault: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "ui.cli", "--vault", str(vault), *args]


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "PYTHONUTF8": "0"}


def run_cli(vault: Path, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        cli_command(vault, *args), input=stdin, capture_output=True, env=child_env(), timeout=60
    )
