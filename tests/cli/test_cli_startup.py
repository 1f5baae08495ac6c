"""``list``, ``show`` and ``use`` load only what they use: no Qt, no paper layout, no importer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault.model import Account, Code, CodeSet, Kind, utcnow
from vault.store import VaultStore

# Modules that only other commands need (print, scan/import, export, init/passwd's strength,
# add/import's plan; argparse's own wish for shutil, to ask the terminal's width).
NOT_NEEDED = ("PySide6", "vault.paper", "vault.importers", "vault.export", "zxcvbn", "pypdf",
              "vault.import_plan", "shutil")  # fmt: skip
PROBE = """
import sys
from ui.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.startswith({prefixes!r}))
print("loaded:", ",".join(loaded), file=sys.stderr)
sys.exit(code)
""".replace("{prefixes!r}", repr(NOT_NEEDED))


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["show", "GitHub"],
                                     ["use", "GitHub"]], ids=" ".join)  # fmt: skip
def test_a_daily_command_loads_only_what_it_uses(command: list[str], store: VaultStore) -> None:
    account = Account(name="GitHub", service="GitHub")
    account.replace_set(utcnow(), CodeSet(Kind.SET, [Code("1234-5678")], utcnow()))
    store.vault.add(account)
    store.save()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, "--vault", str(store.path), *command],
        input=PASSPHRASE + "\n", capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "GitHub" in run.stdout or "1234-5678" in run.stdout
    assert "loaded: \n" in run.stderr + "\n", run.stderr


def test_export_offers_every_format_the_exporters_write() -> None:
    from ui.cli.export_cmd import ENCRYPTING, OPEN_HINTS
    from vault.export import ExportFormat

    assert set(ENCRYPTING) == set(OPEN_HINTS) == {f.value for f in ExportFormat}


def _usage_lines(
    columns: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> int:
    from ui.cli import main

    monkeypatch.setenv("COLUMNS", str(columns))
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    lines = capsys.readouterr().out.splitlines()
    return lines.index("")  # the usage ends at the first blank line


def test_help_is_laid_out_for_the_terminals_width(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    wide, usual, narrow = (_usage_lines(n, monkeypatch, capsys) for n in (200, 80, 50))
    assert wide == 1 < usual < narrow


PROGRAM = """
import atexit, sys
atexit.register(lambda: print("exit handler ran", file=sys.stderr))
from ui.cli import main
sys.argv[0] = "codevault-cli"
sys.exit(main())
"""


@pytest.mark.parametrize("command", [["list"], ["show", "GitHub"]], ids=" ".join)
def test_a_command_that_changes_nothing_ends_with_all_its_output_and_exit_handlers(
    command: list[str], store: VaultStore
) -> None:
    """Such a command ends the process at once (ui/cli/leave.py): its buffered output and the
    exit handlers registered with atexit (a coverage tracer's, say) must not be lost."""
    account = Account(name="GitHub", service="GitHub")
    account.replace_set(utcnow(), CodeSet(Kind.SET, [Code("1234-5678")], utcnow()))
    store.vault.add(account)
    store.save()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    env.pop("PYTHONUNBUFFERED", None)  # output to a pipe stays in its buffer until flushed
    run = subprocess.run(
        [sys.executable, "-c", PROGRAM, "--vault", str(store.path), *command],
        input=PASSPHRASE + "\n", capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "GitHub" in run.stdout or "1234-5678" in run.stdout
    assert run.stderr.endswith("exit handler ran\n")
