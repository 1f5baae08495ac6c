"""Which PDF text extractor the importer should stand on: recall, order and speed, measured.

Every candidate turns the same PDFs into page text; the importer's own analysis (clean, mend,
analyse) then reads the codes from that text, so the figures say what a user would get with each.
The PDFs are the ones the importer tests generate (every code shape drawn by fpdf2, Qt and
hand-written content streams; other producers' habits; numbered tables turned by /Rotate and
printed sideways; columns; scanned pages' OCR layers) and the other producers' documents in
``tests/importers/realworld``. Candidates:

- ``pypdf``: pypdf's ``extract_text()``; ``pypdf-layout``: its layout mode;
- ``pdfminer``: pdfminer.six's layout analysis (``extract_text``), if installed;
- ``pdftotext``: poppler's command line tool (not a Python library; the reference reader);
- ``pdfium``: what the importer uses: PDFium's character boxes (pypdfium2) and the lines that
  ``vault/importers/pdf_lines.py`` rebuilds from them.

Printed per candidate: documents read exactly (codes and their order), recall and precision of
codes, and the median milliseconds per document in one warm process, the candidates taking turns
on each document. Run: ``.venv/bin/python bench/bench_extractors.py``.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests" / "importers"
sys.path[:0] = [str(ROOT), str(TESTS)]

from vault.importers import pdf_child  # noqa: E402
from vault.importers.prepared import PreparedText  # noqa: E402
from vault.importers.repair import mend  # noqa: E402
from vault.importers.result import ScanError  # noqa: E402
from vault.importers.scan import analyse  # noqa: E402
from vault.importers.text import clean  # noqa: E402


@dataclass
class Sample:
    name: str
    data: bytes
    codes: list[str]
    ordered: bool = True


def samples() -> Iterator[Sample]:
    """Every generated test PDF with its codes, then the other producers' documents."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    import test_reading_order as reading
    from corpus import CASES
    from pdfmakers import fpdf_pdf, handmade_pdf, positioned_pdf, qt_pdf
    from test_extraction_quirks import QUIRKS
    from test_pdf_documents import HANDMADE_VARIANTS

    for index, make in enumerate(CASES):
        case = make()
        yield Sample(f"fpdf2/{case.id}", fpdf_pdf(case.blocks), case.codes)
        yield Sample(f"qt/{case.id}", qt_pdf(case.blocks), case.codes)
        options = HANDMADE_VARIANTS[index % len(HANDMADE_VARIANTS)]
        yield Sample(f"handmade/{case.id}", handmade_pdf(case.blocks, options), case.codes)
    for quirk_maker in QUIRKS:
        quirk = quirk_maker()
        yield Sample(f"quirk/{quirk_maker.__name__}", positioned_pdf(quirk.pieces), quirk.codes)
    for producer in reading.PRODUCERS:
        name = producer.__name__
        table = reading.bank_table(seed=901)
        for turn, rotate in ((0, 0), (1, 90), (2, 180), (3, 270), (1, 0), (0, 90)):
            yield Sample(
                f"{name}/table-turn{turn}-rotate{rotate}",
                producer(table, turn, rotate),
                table.notes["codes"],
            )
        for columns in (2, 3):
            grid = reading.code_columns(seed=910 + columns, columns=columns, column_major=True)
            yield Sample(f"{name}/columns-{columns}", producer(grid), grid.notes["codes"])
        scanned = reading.scanned_page(930)
        codes = [line.split(" ", 1)[1] for line in scanned.notes["lines"][2:-1]]
        yield Sample(f"{name}/scanned-ocr-layer", producer(scanned), codes)
    realworld = TESTS / "realworld"
    for expected in json.loads((realworld / "expected.json").read_text("utf-8")):
        yield Sample(
            f"realworld/{expected['file']}",
            (realworld / expected["file"]).read_bytes(),
            expected["codes"],
            expected["ordered"],
        )
    del app


# the candidates: bytes in, one text per page out -------------------------------------------------


def pypdf_plain(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pypdf_layout(data: bytes) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text(extraction_mode="layout") for page in reader.pages]


def pdfminer_six(data: bytes) -> list[str]:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data)).split("\f")


def pdftotext(data: bytes) -> list[str]:
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return done.stdout.decode("utf-8", "replace").split("\f")


def pdfium(data: bytes) -> list[str]:
    reply = pdf_child.extract(data, None, 1000, 10**7)
    return [page["text"] for page in reply.get("pages", [])]


def candidates() -> dict[str, Callable[[bytes], list[str]]]:
    found: dict[str, Callable[[bytes], list[str]]] = {
        "pypdf": pypdf_plain,
        "pypdf-layout": pypdf_layout,
    }
    if importlib.util.find_spec("pdfminer") is None:
        print("pdfminer.six is not installed: left out")
    else:
        found["pdfminer"] = pdfminer_six
    found["pdftotext"] = pdftotext
    found["pdfium"] = pdfium
    return found


def codes_read(texts: list[str], name: str) -> list[str]:
    """The codes the importer's analysis reads from the pages' text."""
    lines = [line for text in texts for line in clean(text)]
    try:
        return analyse(PreparedText(name, mend(lines))).codes
    except ScanError:
        return []


@dataclass
class Score:
    exact: int = 0
    documents: int = 0
    expected: int = 0
    found: int = 0
    read: int = 0
    failures: list[str] | None = None


def main() -> None:
    extractors = candidates()
    scores = {name: Score(failures=[]) for name in extractors}
    times: dict[str, list[float]] = {name: [] for name in extractors}
    for sample in samples():
        for name, extract in extractors.items():
            started = time.perf_counter()
            try:
                texts = extract(sample.data)
            except Exception:  # a candidate that cannot read the file reads nothing
                texts = []
            times[name].append(time.perf_counter() - started)
            codes = codes_read(texts, sample.name)
            score = scores[name]
            score.documents += 1
            score.expected += len(sample.codes)
            score.read += len(codes)
            score.found += len(set(codes) & set(sample.codes))
            same = (
                codes == sample.codes if sample.ordered else sorted(codes) == sorted(sample.codes)
            )
            if same:
                score.exact += 1
            elif score.failures is not None:
                score.failures.append(sample.name)
    print(f"{'extractor':14} {'exact':>9} {'recall':>7} {'precision':>9} {'ms/doc':>7}")
    for name, score in scores.items():
        recall = score.found / max(score.expected, 1)
        precision = score.found / max(score.read, 1)
        milliseconds = statistics.median(times[name]) * 1000
        print(
            f"{name:14} {score.exact:4}/{score.documents:<4} {recall:7.3f} {precision:9.3f} "
            f"{milliseconds:7.1f}"
        )
    for name, score in scores.items():
        if score.failures:
            print(f"\n{name} misses: {', '.join(score.failures)}")


if __name__ == "__main__":
    main()
