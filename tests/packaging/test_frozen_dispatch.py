"""The PDF child in a bundle: the frozen program started again as the child, without Qt."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ui.self_test import SAMPLE_CODES, sample_pdf
from vault.importers import pdf, scan_file

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
    return pdf.child_command()


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
    with pytest.raises(SystemExit, match="runs only the bundle's own child scripts"):
        load_dispatch().child_script(
            ["codevault", pdf.FROZEN_CHILD_ARGUMENT, str(stranger)], str(ROOT)
        )


# A stand-in for the frozen program: what its entry does first, with this checkout as the bundle;
# at exit it reports which of Qt's and the app's modules the child process had loaded.
FROZEN_ENTRY = """
import atexit, sys
sys._MEIPASS = sys.argv.pop(1)
sys.path.insert(0, sys.argv.pop(1))
report = sys.argv.pop(1)

def loaded():
    with open(report, "w") as out:
        out.write(" ".join(sorted(m for m in sys.modules if m.startswith(("PySide6", "vault")))))

atexit.register(loaded)
from pdf_child_dispatch import serve_pdf_child_if_asked
serve_pdf_child_if_asked()
raise SystemExit("not started as the child")
"""


def test_the_frozen_child_reads_a_pdf_and_loads_no_qt(
    frozen_command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real scan, its parent side unchanged, with the child started the bundle's way."""
    report = tmp_path / "loaded.txt"
    stand_in = [sys.executable, "-c", FROZEN_ENTRY, str(ROOT), str(FROZEN), str(report)]
    monkeypatch.setattr(pdf, "child_command", lambda: [*stand_in, *frozen_command[1:]])
    document = tmp_path / "codes.pdf"
    document.write_bytes(sample_pdf())
    assert scan_file(document).codes == list(SAMPLE_CODES)
    loaded = report.read_text().split()
    assert not [name for name in loaded if name.startswith("PySide6")]
    assert "vault.importers.scan" not in loaded  # the script ran, not the app's package


def test_the_desktop_program_starts_the_child_through_the_console_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A windowed program on Windows has no standard streams to talk to the child through."""
    for name in ("codevault.exe", "codevault-cli.exe"):
        (tmp_path / name).write_bytes(b"MZ")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "codevault.exe"))
    assert pdf.child_command()[:2] == [
        str(tmp_path / "codevault-cli.exe"),
        "--codevault-pdf-child",
    ]


def test_the_frozen_program_draws_the_paper_copy(
    qapp: object, frozen_command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desktop app's "Save as PDF", its drawing child started the bundle's way."""
    from pypdf import PdfReader

    from ui.paper import pdf_process
    from ui.words.paper import build_sheet
    from vault.model import Account, Kind, utcnow
    from vault.page_size import PageSize

    report = tmp_path / "loaded.txt"
    stand_in = [sys.executable, "-c", FROZEN_ENTRY, str(ROOT), str(FROZEN), str(report)]
    drawer = pdf.child_command(pdf_process.CHILD_SCRIPT)
    monkeypatch.setattr(pdf_process, "child_command", lambda _script: [*stand_in, *drawer[1:]])
    account = Account(name="Bank", service="Example")
    account.add_codes(utcnow(), SAMPLE_CODES, Kind.SET)
    out = tmp_path / "codes.pdf"
    pdf_process.save_pdf(build_sheet([account], printed_at=utcnow()), out, PageSize.A4)
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert all("".join(code.split()) in text for code in SAMPLE_CODES)
    assert "vault.paper" in report.read_text().split()  # the drawing child ran
