"""``--self-test`` of both programs, from source: one line per part, exit 0 only when all work."""

from __future__ import annotations

import importlib.util
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui import self_test

ROOT = Path(__file__).resolve().parents[2]
PART_NAMES = [name for name, _check in self_test.PARTS]


def run_program(module: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the desktop self-test must choose offscreen by itself
    return subprocess.run(
        [sys.executable, "-m", module, "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("module", "program"), [("ui.cli", "codevault-cli"), ("ui.app", "codevault")]
)
def test_every_part_works_from_source(isolated_home: Path, module: str, program: str) -> None:
    done = run_program(module)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[0].split(maxsplit=1) for line in lines[:-1]] == [
        ["ok", name] for name in PART_NAMES
    ]
    assert lines[-1] == f"{program}: all {len(PART_NAMES)} parts work"
    assert "6 codes in" in done.stdout  # the PDF child really read the sample document
    picture = next(line for line in lines if line.startswith("ok      picture import:"))
    engine = importlib.util.find_spec("rapidocr") is not None  # the ocr extra, in the test one
    assert ("read 6 codes from a picture with rapidocr" in picture) == engine
    assert not list(isolated_home.rglob("*.bcvault"))  # nothing left in the user's folders


def test_a_broken_part_is_named_and_fails_the_run_while_the_others_still_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing_library(folder: Path) -> str:
        raise ImportError("No module named 'pykeepass'")

    parts = [(n, missing_library if n == "KeePass export" else c) for n, c in self_test.PARTS]
    monkeypatch.setattr(self_test, "PARTS", tuple(parts))
    out = io.StringIO()
    assert self_test.run("codevault-cli", out) == 1
    lines = out.getvalue().splitlines()
    assert "FAILED  KeePass export: ImportError: No module named 'pykeepass'" in lines
    assert sum(line.startswith("ok") for line in lines) == len(PART_NAMES) - 1
    assert lines[-1] == f"codevault-cli: 1 of {len(PART_NAMES)} parts failed"


def test_the_sample_document_is_a_pdf_any_reader_accepts(tmp_path: Path) -> None:
    """The embedded PDF is well formed (poppler reads it too), so a failure means our reader."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("poppler-utils is not installed")
    pdf = tmp_path / "sample.pdf"
    pdf.write_bytes(self_test.sample_pdf())
    done = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stderr, done.stderr
    assert all(code in done.stdout for code in self_test.SAMPLE_CODES)


def test_without_an_ocr_engine_the_picture_part_says_so_and_passes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A bundle built without the engine (``dev.py bundle --no-ocr``) leaves the OCR child out."""
    from vault.importers import ocr

    monkeypatch.setattr(ocr, "CHILD_SCRIPT", tmp_path / "ocr_child.py")  # not there
    monkeypatch.setattr(self_test, "sample_picture", lambda: b"\x89PNG\r\n\x1a\n")
    line = self_test.check_ocr(tmp_path)
    assert line.startswith("no OCR engine in this installation")
