"""The PDF child in a bundle: the frozen program started again as the child, without Qt."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ui.self_test import SAMPLE_CODES, sample_pdf
from vault.importers import pdf

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "packaging" / "frozen"


def load_dispatch() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dispatch", FROZEN / "pdf_child_dispatch.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def frozen_command(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The command the parent runs for the child inside a bundle."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    return pdf._child_command()


def test_the_bundle_recognises_the_command_the_parent_runs(frozen_command: list[str]) -> None:
    dispatch = load_dispatch()
    assert dispatch.CHILD_ARGUMENT == pdf.FROZEN_CHILD_ARGUMENT
    assert dispatch.child_script(frozen_command, str(ROOT)) == str(pdf.CHILD_SCRIPT.resolve())


@pytest.mark.parametrize(
    "argv",
    [["codevault"], ["codevault", "my codes.bcvault"], ["codevault-cli", "--codevault-pdf-child"]],
)
def test_an_ordinary_start_is_no_child(argv: list[str]) -> None:
    assert load_dispatch().child_script(argv, str(ROOT)) is None


def test_only_the_bundles_own_reader_is_run(tmp_path: Path) -> None:
    stranger = tmp_path / "anything.py"
    stranger.write_text("print('not ours')")
    with pytest.raises(SystemExit, match="runs only the bundle's own PDF reader"):
        load_dispatch().child_script(
            ["codevault", pdf.FROZEN_CHILD_ARGUMENT, str(stranger)], str(ROOT)
        )


# A stand-in for the frozen program: what its entry does first, with this checkout as the bundle.
FROZEN_ENTRY = """
import sys
sys._MEIPASS = sys.argv.pop(1)
sys.path.insert(0, sys.argv.pop(1))
from pdf_child_dispatch import serve_pdf_child_if_asked
serve_pdf_child_if_asked()
raise SystemExit("not started as the child")
"""


def test_the_frozen_child_reads_a_pdf_and_loads_no_qt(frozen_command: list[str]) -> None:
    header = json.dumps(
        {
            "password": None,
            "max_pages": 10,
            "max_chars": 100_000,
            "memory": 2**31,
            "cpu_seconds": 30,
            "path": [p for p in sys.path if p],
        }
    ).encode()
    message = len(header).to_bytes(4, "big") + header + sample_pdf()
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-c",
            FROZEN_ENTRY,
            str(ROOT),
            str(FROZEN),
            *frozen_command[1:],
        ],
        input=message,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    text = "".join(page["text"] for page in json.loads(done.stdout)["pages"])
    assert all(code in text for code in SAMPLE_CODES)
    assert b"PySide6" not in done.stderr  # -X importtime lists every module imported
    assert b"vault.importers.scan" not in done.stderr  # the script, not the package, ran


def test_the_desktop_program_starts_the_child_through_the_console_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A windowed program on Windows has no standard streams to talk to the child through."""
    for name in ("codevault.exe", "codevault-cli.exe"):
        (tmp_path / name).write_bytes(b"MZ")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "codevault.exe"))
    assert pdf._child_command()[:2] == [
        str(tmp_path / "codevault-cli.exe"),
        "--codevault-pdf-child",
    ]
