"""How long a scan takes, beside pypdf's bare text extraction and poppler's pdftotext.

Targets: a 1-2 page code document in under 0.15 s, child process included, and no more than
1.3 times a bare pypdf one-liner. Two comparisons are printed, each measured interleaved (the
actions take turns, so the machine's load falls on all of them alike):

- cold: ``scan_file`` (child process start, PDFium import, extraction, line rebuilding,
  recognition) against a fresh ``python -c "import pypdf; extract"`` and against ``pdftotext``;
- warm: in one process, the importer's own work (PDFium's character positions, the lines
  rebuilt from them, the parent's analysis) beside pypdf's ``extract_text`` alone.

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
from vault.importers import pdf_child, scan_file  # noqa: E402
from vault.importers.prepared import PreparedText  # noqa: E402
from vault.importers.repair import mend  # noqa: E402
from vault.importers.scan import analyse  # noqa: E402
from vault.importers.text import clean  # noqa: E402

RUNS = 15


def interleaved(actions: dict[str, Callable[[], object]], runs: int = RUNS) -> dict[str, float]:
    """The median seconds of each action, run in turn (so machine load hits them alike)."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            started = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def bare_pypdf_cold(path: Path) -> None:
    code = (
        "import sys, pypdf; r = pypdf.PdfReader(sys.argv[1]); [p.extract_text() for p in r.pages]"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)


def pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)


def warm_actions(path: Path) -> dict[str, Callable[[], object]]:
    """In one process: pypdf's text extraction, and the importer's (PDFium, then line rebuilding
    from character positions, then the parent's analysis)."""
    import pypdf

    data = path.read_bytes()

    def extract() -> None:
        reader = pypdf.PdfReader(path)
        for page in reader.pages:
            page.extract_text()

    def ours() -> None:
        reply = pdf_child.extract(data, None, 10**4, 10**7)
        lines = [line for page in reply["pages"] for line in clean(page["text"])]
        analyse(PreparedText(path.name, mend(lines)))

    return {"pypdf": extract, "ours": ours}


def report(label: str, path: Path) -> None:
    cold = interleaved(
        {
            "scan": lambda: scan_file(path),
            "pypdf": lambda: bare_pypdf_cold(path),
            "pdftotext": lambda: pdftotext(path),
        }
    )
    warm = interleaved(warm_actions(path))
    scan = cold["scan"]
    print(f"\n{label} ({path.stat().st_size // 1024} KiB)")
    print(f"  scan_file, child included   {scan * 1000:7.1f} ms")
    print(
        f"  fresh python + pypdf        {cold['pypdf'] * 1000:7.1f} ms   "
        f"scan / this = {scan / cold['pypdf']:4.2f}"
    )
    print(
        f"  pdftotext                   {cold['pdftotext'] * 1000:7.1f} ms   "
        f"scan / this = {scan / cold['pdftotext']:4.2f}"
    )
    print(f"  warm: pypdf extract_text    {warm['pypdf'] * 1000:7.2f} ms")
    print(
        f"  warm: PDFium + lines + recognition {warm['ours'] * 1000:7.2f} ms   "
        f"ours / pypdf = {warm['ours'] / warm['pypdf']:4.2f}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        typical = Path(folder) / "google-backup-codes.pdf"
        typical.write_bytes(make_document(2))
        long = Path(folder) / "twenty-pages.pdf"
        long.write_bytes(make_document(20))
        print(
            f"median of {RUNS} interleaved runs; "
            "target: typical document under 150 ms, scan / pypdf <= 1.3"
        )
        report("typical 2-page code document", typical)
        report("20-page document", long)


if __name__ == "__main__":
    main()
