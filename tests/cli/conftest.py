"""Run ``codevault-cli`` in-process: secrets on standard input, stdout and stderr captured."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import CHEAP_KDF, PASSPHRASE
from ui.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


CliRunner = Callable[..., Run]


@pytest.fixture
def cli(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> CliRunner:
    """``cli("list", "--json", secrets=[...])``; the vault passphrase is the default secret."""

    def run(*args: str, secrets: list[str] | None = None, vault: Path | None = None) -> Run:
        lines = [PASSPHRASE] if secrets is None else secrets
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(s + "\n" for s in lines)))
        capsys.readouterr()
        try:
            code = main(["--vault", str(vault or vault_path), *args], new_vault_kdf=CHEAP_KDF)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def initialised(cli: CliRunner) -> CliRunner:
    assert cli("init").code == 0
    return cli
