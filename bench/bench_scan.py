"""How long a scan takes, beside pypdf's bare text extraction and poppler's pdftotext.

Targets (DESIGN.md §8): a 1-2 page code document in under 0.15 s, child process included, and
recognition adding at most 30% on top of pypdf's own extraction. Two comparisons are printed:

- cold: ``scan_file`` (child process start, pypdf import, extraction, recognition) against a fresh
  ``python -c "import pypdf; extract"`` and against ``pdftotext``;
- warm: in one process, the importer's own work (the child's line rebuilding from text positions,
  which replaces pypdf's ``extract_text``, plus the parent's analysis) beside pypdf's
  ``extract_text`` alone on the same file.

Run: ``.venv/bin/python bench/bench_scan.py`` (synthetic documents, made in a temp folder).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.documents import make_document  # noqa: E402
from vault.importers import pdf_child, pdf_layout, scan_file  # noqa: E402
from vault.importers.document import Document  # noqa: E402
from vault.importers.repair import mend  # noqa: E402
from vault.importers.scan import analyse  # noqa: E402
from vault.importers.text import clean  # noqa: E402

RUNS = 15
def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bare_pypdf_cold(path: Path) -> None:
    code = (
        "import sys, pypdf; r = pypdf.PdfReader(sys.argv[1]); [p.extract_text() for p in r.pages]"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)


def pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)


def warm(path: Path) -> tuple[float, float]:
    """pypdf's extraction alone, and what recognition adds to it, in one warm process."""
    import pypdf

    data = path.read_bytes()

    def extract() -> None:
        reader = pypdf.PdfReader(path)
        for page in reader.pages:
            page.extract_text()

    def recognise() -> None:
        reader = pypdf.PdfReader(path)
        budget = pdf_layout.Budget(10**7)
        pages = [pdf_child.read_page(reader, page, budget) for page in reader.pages]
        lines = [line for page in pages for line in clean(page["text"])]
        analyse(Document(path.name, mend(lines)))

    del data
    return median_seconds(extract), median_seconds(recognise)


def report(label: str, path: Path) -> None:
    scan = median_seconds(lambda: scan_file(path))
    cold = median_seconds(lambda: bare_pypdf_cold(path))
    native = median_seconds(lambda: pdftotext(path))
    extract, with_recognition = warm(path)
    print(f"\n{label} ({path.stat().st_size // 1024} KiB)")
    print(f"  scan_file, child included   {scan * 1000:7.1f} ms")
    print(f"  fresh python + pypdf        {cold * 1000:7.1f} ms   scan / this = {scan / cold:4.2f}")
    ratio = scan / native
    print(f"  pdftotext                   {native * 1000:7.1f} ms   scan / this = {ratio:4.2f}")
    print(f"  warm: pypdf extract_text    {extract * 1000:7.2f} ms")
    print(
        f"  warm: + recognition         {with_recognition * 1000:7.2f} ms   "
        f"overhead = {(with_recognition / extract - 1) * 100:4.0f}%"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        typical = Path(folder) / "google-backup-codes.pdf"
        typical.write_bytes(make_document(2))
        long = Path(folder) / "twenty-pages.pdf"
        long.write_bytes(make_document(20))
        print(f"median of {RUNS} runs; target: typical document under 150 ms, overhead under 30%")
        report("typical 2-page code document", typical)
        report("20-page document", long)


if __name__ == "__main__":
    main()
